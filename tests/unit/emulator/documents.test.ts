import { describe, expect, it } from "vitest";
import {
  accessibleDocuments,
  gearboxIds,
  pumpIds,
  seedDocuments,
  seedId,
} from "../../../emulator/seed";
import { ada, grace, soren } from "../../../emulator/seed/people";
import { call, callValid, expectError, ORIGIN } from "./api-client";

type Summary = {
  id: string;
  name: string;
  modifiedAt: string;
  owner: { id: string };
  permission: string;
};
type DocumentList = { items: Summary[]; next?: string; previous?: string; href: string };

const list = (query = "", user = ada) =>
  callValid<DocumentList>("getDocuments", "/documents", query, user);

/** Turns an absolute `next`/`previous` URL back into a router call. */
function follow(url: string, user = ada): DocumentList {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(ORIGIN);
  expect(parsed.pathname).toBe("/api/v16/documents");
  return list(parsed.searchParams.toString(), user);
}

describe("getDocuments", () => {
  it("pages at 20 with absolute next/previous links", () => {
    const first = list();
    expect(first.items).toHaveLength(20);
    expect(first.previous).toBeUndefined();
    expect(first.next).toMatch(/^http:\/\/localhost:4010\/api\/v16\/documents\?.*offset=20/);
    const second = follow(first.next ?? "");
    expect(second.items).toHaveLength(6);
    expect(second.next).toBeUndefined();
    expect(second.previous).toContain("offset=0");
    const ids = [...first.items, ...second.items].map((doc) => doc.id);
    expect(new Set(ids).size).toBe(26);
    expect(ids.sort()).toEqual(
      accessibleDocuments(ada.id)
        .map((doc) => doc.id)
        .sort(),
    );
  });

  it("clamps limit to 20 and honours smaller limits", () => {
    const clamped = list("limit=50");
    expect(clamped.items).toHaveLength(20);
    expect(new URL(clamped.next ?? "").searchParams.get("limit")).toBe("20");
    const small = list("limit=5&offset=5");
    expect(small.items).toHaveLength(5);
    expect(small.items[0]?.id).toBe(list().items[5]?.id);
  });

  it("filter=0 lists only the user's own documents", () => {
    const first = list("filter=0");
    const second = follow(first.next ?? "");
    const all = [...first.items, ...second.items];
    expect(all).toHaveLength(21);
    expect(all.every((doc) => doc.owner.id === ada.id && doc.permission === "OWNER")).toBe(true);
  });

  it("filter=2 lists documents shared with the user", () => {
    const shared = list("filter=2");
    expect(shared.items).toHaveLength(5);
    expect(shared.items.every((doc) => doc.owner.id !== ada.id)).toBe(true);
    expect(shared.items.map((doc) => doc.id)).toContain(pumpIds.document);
    expect(
      list("filter=2", grace)
        .items.map((doc) => doc.id)
        .sort(),
    ).toEqual([gearboxIds.document, seedId("document", 4)].sort());
  });

  it("filter=5 sorts by modification time, newest first", () => {
    const first = list("filter=5");
    const second = follow(first.next ?? "");
    const times = [...first.items, ...second.items].map((doc) => doc.modifiedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("sorts by name when asked", () => {
    const names = list("sortColumn=name&sortOrder=asc&limit=20").items.map((doc) => doc.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("q matches names case-insensitively among accessible documents only", () => {
    const names = list("q=GETRIEBE")
      .items.map((doc) => doc.name)
      .sort();
    expect(names).toEqual(["Getriebe GX-200", "Getriebedeckel"]);
    expect(list(`q=${encodeURIComponent('"typ b"')}`).items.map((doc) => doc.name)).toEqual([
      'Adapter "Typ B"',
    ]);
    expect(list("q=greifer").items).toEqual([]); // Grace's private document
    expect(list("q=greifer", grace).items).toHaveLength(1);
  });

  it("Søren sees his own and shared documents", () => {
    const ids = list("", soren).items.map((doc) => doc.id);
    expect(ids).toContain(gearboxIds.document);
    expect(ids).not.toContain(pumpIds.document);
  });
});

describe("getDocument", () => {
  it("returns BTDocumentInfo for an owned document", () => {
    const doc = callValid<Summary & { jsonType: string; defaultWorkspace: { id: string } }>(
      "getDocument",
      `/documents/${gearboxIds.document}`,
    );
    expect(doc).toMatchObject({
      id: gearboxIds.document,
      name: "Getriebe GX-200",
      jsonType: "document",
    });
    expect(doc.permission).toBe("OWNER");
    expect(doc.defaultWorkspace.id).toBe(gearboxIds.workspace);
  });

  it("reports the share permission for a shared document", () => {
    const doc = callValid<Summary>("getDocument", `/documents/${pumpIds.document}`);
    expect(doc.permission).toBe("READ");
  });

  it("answers 403, 404 and 400 like Onshape", () => {
    expectError(call(`/documents/${seedId("document", 3)}`), 403);
    expectError(call(`/documents/${seedId("document", 999)}`), 404);
    expectError(call(`/documents/${gearboxIds.workspace}`), 404);
    expectError(call("/documents/not-an-id"), 400);
    expectError(call(`/documents/${gearboxIds.document.toUpperCase()}`), 400);
  });
});

describe("getDocumentWorkspaces and getDocumentVersions", () => {
  it("lists the Main workspace", () => {
    const workspaces = callValid<{ id: string; name: string; isReadOnly: boolean }[]>(
      "getDocumentWorkspaces",
      `/documents/d/${gearboxIds.document}/workspaces`,
    );
    expect(workspaces).toEqual([
      expect.objectContaining({ id: gearboxIds.workspace, name: "Main", isReadOnly: false }),
    ]);
    const shared = callValid<{ isReadOnly: boolean }[]>(
      "getDocumentWorkspaces",
      `/documents/d/${pumpIds.document}/workspaces`,
    );
    expect(shared[0]?.isReadOnly).toBe(true);
  });

  it("lists versions oldest first, with offset and limit", () => {
    const path = `/documents/d/${gearboxIds.document}/versions`;
    const versions = callValid<{ id: string; name: string; microversion: string }[]>(
      "getDocumentVersions",
      path,
    );
    expect(versions.map((v) => v.name)).toEqual(["Start", "V1", "V2 Freigabe"]);
    expect(versions.map((v) => v.id)).toEqual([
      gearboxIds.versionStart,
      gearboxIds.versionV1,
      gearboxIds.versionV2,
    ]);
    const page = callValid<{ id: string }[]>("getDocumentVersions", path, "offset=1&limit=1");
    expect(page.map((v) => v.id)).toEqual([gearboxIds.versionV1]);
  });

  it("checks access", () => {
    expectError(call(`/documents/d/${seedId("document", 3)}/versions`), 403);
    expectError(call(`/documents/d/${seedId("document", 998)}/workspaces`), 404);
  });

  it("every seeded document the user can open validates", () => {
    for (const doc of seedDocuments.filter((d) => accessibleDocuments(ada.id).includes(d))) {
      callValid("getDocument", `/documents/${doc.id}`);
      callValid("getDocumentWorkspaces", `/documents/d/${doc.id}/workspaces`);
      callValid("getDocumentVersions", `/documents/d/${doc.id}/versions`);
    }
  });
});

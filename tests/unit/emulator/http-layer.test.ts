import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gearboxIds as g } from "../../../emulator/seed";
import { propertyIds as p } from "../../../emulator/seed/properties";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { katherine } from "../../../emulator/seed/people";
import { httpEmulator } from "./http-emulator";

// What the HTTP layer adds: scopes from the token, faults that skip calls first (after),
// a refused write changes nothing, and the control routes that edit and read the documents.

let http: Awaited<ReturnType<typeof httpEmulator>>;
beforeAll(async () => {
  http = await httpEmulator();
});
afterAll(() => http.close());
beforeEach(async () => {
  await http.control("/reset", {});
});

const metadataPath = `/metadata/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/p/JHD`;
const rename = (name: string, token?: string) =>
  http.api(metadataPath, {
    method: "POST",
    token,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jsonType: "metadata-part",
      partId: "JHD",
      properties: [{ propertyId: p.name, value: name }],
    }),
  });
const currentName = async () => {
  const parts = (await (
    await http.api(`/parts/d/${g.document}/w/${g.workspace}/e/${g.partStudio}`)
  ).json()) as { name: string }[];
  return parts[0]?.name;
};

describe("scopes", () => {
  it("a token without OAuth2Write reads but cannot write (403), one with it can", async () => {
    const readOnly = http.tokenFor({ scope: "OAuth2ReadPII OAuth2Read" });
    expect((await http.api(`/documents/${g.document}`, { token: readOnly })).status).toBe(200);
    const refused = await rename("X", readOnly);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toContain("OAuth2Write");
    expect(await currentName()).toBe("Gehäuse");
    expect((await rename("Neu")).status).toBe(200);
    expect(await currentName()).toBe("Neu");
    const counters = (await http.control("/counters")).json as {
      documentWrites: Record<string, number>;
    };
    expect(counters.documentWrites).toEqual({ updateWVEPMetadata: 1 });
    const noRead = http.tokenFor({ scope: "OAuth2ReadPII" });
    expect((await http.api(`/documents/${g.document}`, { token: noRead })).status).toBe(403);
    expect((await http.api("/users/sessioninfo", { token: noRead })).status).toBe(200);
  });
});

describe("faults with after", () => {
  it("let the first N matching calls through, then hit `remaining` of them, before the write", async () => {
    await http.control("/faults", {
      faults: [
        {
          target: "updateWVEPMetadata",
          kind: "status",
          status: 429,
          retryAfterSec: 2,
          after: 2,
          remaining: 1,
        },
      ],
    });
    expect((await rename("A")).status).toBe(200);
    expect((await rename("B")).status).toBe(200);
    const limited = await rename("C");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(await currentName()).toBe("B"); // the refused write changed nothing
    expect((await rename("D")).status).toBe(200);
    expect(await currentName()).toBe("D");
  });

  it("a 500 in the middle of a batch of part writes", async () => {
    await http.control("/faults", {
      faults: [{ target: "updateWVEPMetadata", kind: "status", status: 500, after: 1 }],
    });
    expect([
      (await rename("1")).status,
      (await rename("2")).status,
      (await rename("3")).status,
    ]).toEqual([200, 500, 200]);
  });

  it("apply to the downloads behind a 307 with target download", async () => {
    await http.control("/faults", {
      faults: [{ target: "download", kind: "status", status: 503 }],
    });
    const redirect = await http.api(
      `/partstudios/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/gltf`,
    );
    const location = redirect.headers.get("location") ?? "";
    expect((await http.api(location)).status).toBe(503);
    expect((await http.api(location)).status).toBe(200);
  });
});

describe("control routes", () => {
  it("edit-part changes a part, answers the new microversion; parts shows the model", async () => {
    const edited = await http.control("/edit-part", {
      documentId: g.document,
      workspaceId: g.workspace,
      elementId: g.partStudio,
      partId: "JHH",
      name: "Welle Ø25",
      volume: 4e-5,
      materialId: "Stainless Steel - 316",
    });
    expect(edited.status).toBe(200);
    const { microversionId } = edited.json as { microversionId: string };
    expect(microversionId).toMatch(/^[0-9a-f]{24}$/);
    const current = (await (
      await http.api(`/documents/d/${g.document}/w/${g.workspace}/currentmicroversion`)
    ).json()) as { microversion: string };
    expect(current.microversion).toBe(microversionId);
    const parts = await http.control(
      `/parts?documentId=${g.document}&wvm=w&wvmId=${g.workspace}&elementId=${g.partStudio}`,
    );
    expect(parts.json.microversionId).toBe(microversionId);
    expect(
      (
        parts.json.parts as {
          partId: string;
          name: string;
          volume: number;
          material: { id: string };
        }[]
      )[1],
    ).toMatchObject({
      partId: "JHH",
      name: "Welle Ø25",
      volume: 4e-5,
      material: { id: "Stainless Steel - 316" },
    });
    const configured = await http.control(
      `/parts?documentId=${r.document}&wvm=w&wvmId=${r.workspace}&elementId=${r.partStudio}&configuration=EndCaps%3Dfalse`,
    );
    expect((configured.json.parts as unknown[]).length).toBe(2);
    const mass = (await (
      await http.api(
        `/partstudios/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/massproperties?partId=JHH`,
      )
    ).json()) as { bodies: Record<string, { mass: number[] }> };
    expect(mass.bodies["-all-"]?.mass[0]).toBeCloseTo(8000 * 4e-5, 12);
    // The emulator's own edits are not the app's writes.
    expect((await http.control("/counters")).json.documentWrites as object).toEqual({});
  });

  it("edit-part names what is wrong", async () => {
    const base = {
      documentId: g.document,
      workspaceId: g.workspace,
      elementId: g.partStudio,
      partId: "JHH",
    };
    expect(await http.control("/edit-part", { ...base, colour: "red" })).toMatchObject({
      status: 400,
      json: { error: expect.stringContaining('unknown change "colour"') },
    });
    expect(await http.control("/edit-part", { ...base, partId: "NOPE", name: "x" })).toMatchObject({
      status: 404,
    });
    expect(await http.control("/edit-part", { name: "x" })).toMatchObject({
      status: 400,
      json: { error: "missing documentId, workspaceId, elementId, partId" },
    });
  });

  it("reset puts the seed back but never reissues a microversion", async () => {
    const edit = () =>
      http.control("/edit-part", {
        documentId: g.document,
        workspaceId: g.workspace,
        elementId: g.partStudio,
        partId: "JHD",
        name: "X",
      });
    const first = ((await edit()).json as { microversionId: string }).microversionId;
    await http.control("/reset", {});
    expect(await currentName()).toBe("Gehäuse");
    const second = ((await edit()).json as { microversionId: string }).microversionId;
    expect(second).not.toBe(first);
  });

  it("config takes the translation knobs, numbers and the failure text", async () => {
    const config = await http.control("/config", {
      translationActiveMs: 10,
      translationFailureReason: "Kaputt",
      latencyMs: "fast",
    });
    expect(config.json).toMatchObject({
      translationActiveMs: 10,
      translationFailureReason: "Kaputt",
      latencyMs: 0,
    });
  });

  it("grants lists what a user granted; revoke takes an optional clientId", async () => {
    http.state.grants.set(`${katherine.id} other-app`, new Set(["OAuth2Read"]));
    http.state.grants.set(
      `${katherine.id} ${[...http.state.clients.keys()][0]}`,
      new Set(["OAuth2Read", "OAuth2ReadPII"]),
    );
    expect(Object.keys((await http.control(`/grants?userId=${katherine.id}`)).json)).toHaveLength(
      2,
    );
    await http.control("/revoke", { userId: katherine.id, clientId: "other-app" });
    expect(Object.keys((await http.control(`/grants?userId=${katherine.id}`)).json)).toHaveLength(
      1,
    );
    await http.control("/revoke", { userId: katherine.id });
    expect((await http.control(`/grants?userId=${katherine.id}`)).json).toEqual({});
  });
});

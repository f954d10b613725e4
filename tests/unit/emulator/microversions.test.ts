import { describe, expect, it } from "vitest";
import { newMicroversionId } from "../../../emulator/model/microversion-ids";
import { partChanges, updateParts } from "../../../emulator/model/part-edits";
import { createDocumentStore } from "../../../emulator/model/store";
import { gearboxIds as g, hexIdPattern, seedId, type SeedPart } from "../../../emulator/seed";
import { ada } from "../../../emulator/seed/people";
import { expectError, expectValid, send } from "./api-client";

// Workspaces change: every edit gives the workspace a new microversion, never seen before,
// and the old one keeps its content at /m/{id}, as Onshape's history does.

const seedMicroversion = seedId("microversion", 1);
const ref = { documentId: g.document, workspaceId: g.workspace, elementId: g.partStudio };

function edit(
  store: ReturnType<typeof createDocumentStore>,
  partId: string,
  changes: Record<string, unknown>,
) {
  const checked = partChanges(changes);
  if (!checked.ok) throw new Error(checked.message);
  const result = updateParts(store, [{ ref: { ...ref, partId }, update: checked.update }], {
    userId: ada.id,
    now: Date.UTC(2026, 0, 2, 3, 4, 5),
  });
  if (!result.ok) throw new Error(result.message);
  return result.microversionId;
}

type Part = { partId: string; name: string; partNumber?: string; material?: { id: string } };
const parts = (store: ReturnType<typeof createDocumentStore>, wvm: string, id: string) =>
  expectValid<Part[]>(
    "getPartsWMVE",
    send(`/parts/d/${g.document}/${wvm}/${id}/e/${g.partStudio}`, { store }),
  );

describe("workspace microversions", () => {
  it("an edit gives a new 24-hex microversion everywhere the workspace's is reported", () => {
    const store = createDocumentStore();
    const current = (path: string, operationId: string) =>
      expectValid<Record<string, unknown>>(operationId, send(path, { store }));
    expect(
      current(
        `/documents/d/${g.document}/w/${g.workspace}/currentmicroversion`,
        "getCurrentMicroversion",
      ),
    ).toEqual({ microversion: seedMicroversion });

    const next = edit(store, "JHD", { name: "Gehäuse neu", partNumber: "GX-200-001-B" });
    expect(next).toMatch(hexIdPattern);
    expect(next).not.toBe(seedMicroversion);
    expect(
      current(
        `/documents/d/${g.document}/w/${g.workspace}/currentmicroversion`,
        "getCurrentMicroversion",
      ),
    ).toEqual({ microversion: next });
    const doc = current(`/documents/${g.document}`, "getDocument") as {
      defaultWorkspace: { microversion: string };
      modifiedAt: string;
    };
    expect(doc.defaultWorkspace.microversion).toBe(next);
    expect(doc.modifiedAt).toBe("2026-01-02T03:04:05.000+00:00");
    const mass = current(
      `/partstudios/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/massproperties`,
      "getPartStudioMassProperties",
    );
    expect(mass.microversionId).toBe(next);
    const [workspace] = current(
      `/documents/d/${g.document}/workspaces`,
      "getDocumentWorkspaces",
    ) as unknown as {
      microversion: string;
    }[];
    expect(workspace?.microversion).toBe(next);
    // A version's microversion does not move.
    expect(
      current(
        `/documents/d/${g.document}/v/${g.versionV1}/currentmicroversion`,
        "getCurrentMicroversion",
      ),
    ).toEqual({ microversion: seedId("microversion", 1, 2) });
  });

  it("shows edits in the workspace and keeps the old content at /m/{old}", () => {
    const store = createDocumentStore();
    const elementsBefore = expectValid<{ id: string; microversionId: string }[]>(
      "getElementsInDocument",
      send(`/documents/d/${g.document}/w/${g.workspace}/elements`, { store }),
    );
    const first = edit(store, "JHD", { name: "Gehäuse neu", materialId: "Steel" });
    const second = edit(store, "JHT", { materialId: "ABS", volume: 3e-6 });

    expect(parts(store, "w", g.workspace)[0]).toMatchObject({
      name: "Gehäuse neu",
      material: { id: "Steel" },
    });
    expect(parts(store, "m", seedMicroversion)[0]).toMatchObject({
      name: "Gehäuse",
      material: { id: "Aluminum - 6061" },
    });
    expect(parts(store, "m", first)[0]?.name).toBe("Gehäuse neu");
    expect(parts(store, "m", first).find((p) => p.partId === "JHT")?.material).toBeUndefined();
    expect(parts(store, "m", second).find((p) => p.partId === "JHT")?.material?.id).toBe("ABS");

    const elementsAfter = expectValid<{ id: string; microversionId: string }[]>(
      "getElementsInDocument",
      send(`/documents/d/${g.document}/w/${g.workspace}/elements`, { store }),
    );
    expect(elementsAfter[0]?.microversionId).not.toBe(elementsBefore[0]?.microversionId);
    expect(elementsAfter[1]?.microversionId).toBe(elementsBefore[1]?.microversionId); // untouched
    const old = expectValid<{ microversionId: string }[]>(
      "getElementsInDocument",
      send(`/documents/d/${g.document}/m/${seedMicroversion}/elements`, { store }),
    );
    expect(old[0]?.microversionId).toBe(elementsBefore[0]?.microversionId);

    const massAt = (wvm: string, id: string) =>
      expectValid<{ bodies: Record<string, { mass: number[] }> }>(
        "getPartStudioMassProperties",
        send(`/partstudios/d/${g.document}/${wvm}/${id}/e/${g.partStudio}/massproperties`, {
          store,
          query: "massAsGroup=false",
        }),
      ).bodies;
    expect(massAt("w", g.workspace).JHD?.mass[0]).toBeCloseTo(7850 * 4e-4, 12);
    expect(massAt("w", g.workspace).JHT?.mass[0]).toBeCloseTo(1060 * 3e-6, 12);
    expect(massAt("m", seedMicroversion).JHD?.mass[0]).toBeCloseTo(2700 * 4e-4, 12);
  });

  it("keeps microversions apart between documents, and unknown ones are 404", () => {
    const store = createDocumentStore();
    const next = edit(store, "JHD", { description: "neu" });
    expectError(send(`/documents/d/${seedId("document", 10)}/m/${next}/elements`, { store }), 404);
    expectError(send(`/documents/d/${g.document}/m/${"f".repeat(24)}/elements`, { store }), 404);
  });

  it("never issues an id twice, also not after a reset (a fresh store)", () => {
    const ids = new Set<string>();
    for (let round = 0; round < 3; round++) {
      const store = createDocumentStore();
      for (let i = 0; i < 5; i++) ids.add(edit(store, "JHH", { name: `Welle ${round}.${i}` }));
    }
    expect(ids.size).toBe(15);
    expect(newMicroversionId()).toMatch(hexIdPattern);
  });

  it("a fresh store is the seed again", () => {
    const store = createDocumentStore();
    edit(store, "JHD", { name: "weg" });
    expect(parts(createDocumentStore(), "w", g.workspace)[0]?.name).toBe("Gehäuse");
  });
});

describe("partChanges", () => {
  it.each([
    [{ name: "" }, "name must be a non-empty string"],
    [{ materialId: "Unobtainium" }, 'materialId "Unobtainium" is not a seeded material'],
    [{ volume: -1 }, "volume must be a positive number"],
    [{ colour: "red" }, 'unknown change "colour"'],
    [{}, "no changes given"],
  ])("refuses %j", (changes, message) => {
    const checked = partChanges(changes);
    expect(checked.ok ? "" : checked.message).toContain(message);
  });

  it("removes a material with null and clears text with an empty string", () => {
    const store = createDocumentStore();
    edit(store, "JHD", { materialId: null, partNumber: "", revision: "C" });
    expect(parts(store, "w", g.workspace)[0]).toMatchObject({ partId: "JHD", revision: "C" });
    expect(parts(store, "w", g.workspace)[0]?.material).toBeUndefined();
    expect(parts(store, "w", g.workspace)[0]?.partNumber).toBeUndefined();
  });

  it("refuses parts and elements that do not exist", () => {
    const store = createDocumentStore();
    const update = { ref: { ...ref, partId: "NOPE" }, update: (p: SeedPart) => p };
    expect(updateParts(store, [update], { userId: ada.id, now: 0 })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(
      updateParts(
        store,
        [{ ...update, ref: { ...ref, elementId: g.topAssembly, partId: "JHD" } }],
        { userId: ada.id, now: 0 },
      ),
    ).toMatchObject({ ok: false, status: 404 });
  });
});

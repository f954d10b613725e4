import { describe, expect, it } from "vitest";
import {
  accessibleDocuments,
  gearboxIds,
  hexIdPattern,
  isAssembly,
  isPartStudio,
  partMass,
  seedDocuments,
  seedElement,
} from "../../../emulator/seed";
import { ada } from "../../../emulator/seed/people";

const allElements = seedDocuments.flatMap((doc) =>
  [...doc.workspaces, ...doc.versions].flatMap((snapshot) => snapshot.elements),
);

describe("seed data", () => {
  it("has enough documents to page and Ada can open at least 23", () => {
    expect(seedDocuments.length).toBeGreaterThanOrEqual(25);
    expect(accessibleDocuments(ada.id).length).toBeGreaterThanOrEqual(23);
  });

  it("uses unique 24-hex ids", () => {
    const ids = seedDocuments.flatMap((doc) => [
      doc.id,
      ...doc.workspaces.flatMap((ws) => [ws.id, ws.microversionId]),
      ...doc.versions.flatMap((v) => [v.id, v.microversionId]),
    ]);
    const elementIds = new Set(allElements.map((e) => e.id));
    for (const id of [...ids, ...elementIds]) expect(id).toMatch(hexIdPattern);
    expect(new Set([...ids, ...elementIds]).size).toBe(ids.length + elementIds.size);
  });

  it("gives every document a workspace and versions", () => {
    for (const doc of seedDocuments) {
      expect(doc.workspaces.length).toBeGreaterThan(0);
      expect(doc.versions[0]?.name).toBe("Start");
    }
  });

  it("covers the cases the app must handle", () => {
    const names = [
      ...seedDocuments.map((doc) => doc.name),
      ...allElements.flatMap((e) => (isPartStudio(e) ? e.parts.map((p) => p.name) : [e.name])),
    ];
    expect(names).toContain('Lager "Ø40", Stahl');
    expect(names).toContain("Zahnrad Ü-Klasse");
    expect(names.some((n) => n.includes(","))).toBe(true);
    const parts = allElements.filter(isPartStudio).flatMap((ps) => ps.parts);
    expect(parts.some((p) => !p.material)).toBe(true);
    expect(allElements.filter(isAssembly).some((a) => !a.bomGenerated)).toBe(true);
    expect(allElements.some((e) => e.elementType === "DRAWING")).toBe(true);
    expect(allElements.some((e) => e.elementType === "BLOB" && !e.hasThumbnail)).toBe(true);
  });

  it("computes masses as volume × density", () => {
    const studio = seedElement(gearboxIds.document, gearboxIds.partStudio);
    expect(isPartStudio(studio)).toBe(true);
    const masses = isPartStudio(studio) ? studio.parts.map(partMass) : [];
    expect(masses.map((m) => Number(m.toFixed(6)))).toEqual([1.08, 0.2355, 0.0785, 0.157, 0]);
  });
});

describe("seeds for later features", () => {
  it("has names that attack spreadsheets where Ada can read them", async () => {
    const { formulaIds, formulaPartNames, formulaDocumentName } =
      await import("../../../emulator/seed/formula-names");
    const doc = accessibleDocuments(ada.id).find((d) => d.id === formulaIds.document);
    expect(doc?.name).toBe(formulaDocumentName);
    expect(doc?.name.startsWith("=")).toBe(true);
    const studio = seedElement(formulaIds.document, formulaIds.partStudio);
    const names = isPartStudio(studio) ? studio.parts.map((p) => p.name) : [];
    expect(names).toEqual([...formulaPartNames]);
    expect(names.map((n) => n[0])).toEqual(["=", "+", "-", "@", "\t", "＝"]);
    const assembly = seedElement(formulaIds.document, formulaIds.assembly);
    expect(isAssembly(assembly) && assembly.bomColumns?.map((c) => c.name[0])).toEqual(["=", "@"]);
  });

  it("keeps the new elements in filler documents after their first Part Studio", async () => {
    const { railIds } = await import("../../../emulator/seed/configured-rail");
    const rail = seedDocuments.find((d) => d.id === railIds.document);
    expect(rail?.workspaces[0]?.elements.map((e) => e.name)).toEqual([
      "Part Studio 1",
      "Schiene konfigurierbar",
      "Schiene montiert",
    ]);
  });

  it("has a fourth user, who can read the gearbox and owns nothing", async () => {
    const { katherine } = await import("../../../emulator/seed/people");
    expect(katherine.name).toBe("Katherine Johnson");
    expect(accessibleDocuments(katherine.id).map((d) => d.id)).toEqual([gearboxIds.document]);
  });
});

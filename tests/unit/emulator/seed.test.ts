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

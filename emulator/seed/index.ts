// Seeded Onshape data for the emulator. Deterministic: tests may hard-code these values.
//
// Ids: seedId(kind, doc, sub) = 4-char prefix + 15 zeros + doc (3 digits) + sub (2 digits).
//   document d0c0…, workspace a0a0…, version b0b0…, microversion c0c0…, element e0e0….
//   e.g. document 1 = d0c000000000000000000100, its element 3 = e0e000000000000000000103.
//
// Users (emulator/users.ts): Ada (first), Grace, Søren (company 6d2b8f1caf4e5b3f9c7d1e44),
//   Katherine (…0d44: owns nothing, reads the gearbox, signed in by no existing test).
//
// | doc | name                          | owner | shared with          | notes                    |
// |-----|-------------------------------|-------|----------------------|--------------------------|
// | 1   | Getriebe GX-200               | Ada   | Grace W, Søren R     | see gearboxIds below     |
// | 2   | Pumpengehäuse P-10            | Grace | Ada R                | PS + single-level ASM    |
// | 3   | Prototyp Greifer (vertraulich)| Grace | -                    | Ada → 403                |
// | 4   | Rammeværk Ø-serie             | Søren | Ada W, Grace R       | PS "Ramme"               |
// | 5   | Søren – skitser               | Søren | -                    | PS without parts         |
// | 10…29 | 20 small docs ("Halter, links", 'Adapter "Typ B"', …) | Ada | - | 1 PS each  |
// | 30, 31 | Hydraulikblock HB-3, Ventilplatte | Grace | Ada W / Ada R | 1 PS each             |
// | 32  | Grace Notizen                 | Grace | -                    |                          |
// | 33  | Bordplade, eg                 | Søren | Ada R                |                          |
// 29 documents. Ada: owns 21 (filter=0, two pages), 5 shared with her (filter=2), 26 in all.
// Later seeds live in filler documents so that these counts and pages stay:
//   23: renamed to a formula (formula-names.ts), plus elements 2 "=Formeln" (six parts whose
//       names attack spreadsheets) and 3 "@Formel-Baugruppe" (BOM columns "=Kostenstelle",
//       "@Lieferzeit").
//   26 "Führungsschiene 500": elements 2 "Schiene konfigurierbar" (configured Part Studio) and
//       3 "Schiene montiert" (configured assembly), configured-rail.ts has ids and masses.
// Metadata properties (standard and custom) are in properties.ts.
//
// Document 1 "Getriebe GX-200" (gearboxIds), workspace "Main" a0a000000000000000000100,
// versions Start b0b0…00101 (empty), V1 b0b0…00102 (older data), V2 Freigabe b0b0…00103:
// | element                  | id                        | type       | notes                  |
// |--------------------------|---------------------------|------------|------------------------|
// | Gehäuse & Wellen         | e0e000000000000000000101  | PARTSTUDIO | 5 parts, see below     |
// | Wellenbaugruppe          | e0e000000000000000000102  | ASSEMBLY   | sub-assembly           |
// | Getriebe GX-200          | e0e000000000000000000103  | ASSEMBLY   | multi-level BOM        |
// | Getriebe Variante B      | e0e000000000000000000104  | ASSEMBLY   | BOM not generated: 404 |
// | Zeichnung GX-200         | e0e000000000000000000105  | DRAWING    |                        |
// | Datenblatt Lager.pdf     | e0e000000000000000000106  | BLOB       | no thumbnail: 404      |
// Parts (workspace & V2): JHD Gehäuse (Aluminum - 6061, 4e-4 m^3 → 1.08 kg),
//   JHH Welle Ø20 (Steel, 3e-5 → 0.2355 kg), JHL Lager "Ø40", Stahl (Steel, 1e-5 → 0.0785 kg),
//   JHP Zahnrad Ü-Klasse (Steel, 2e-5 → 0.157 kg), JHT Dichtung (no material: hasMass false).
//   "-all-" mass 1.551 kg. In V1: JHD is Steel (3.14 kg), no JHP; "-all-" 3.454 kg.
// BOM of Getriebe GX-200: JHD ×1, Wellenbaugruppe ×2 (JHH ×1, JHL ×2, JHP ×1), JHT ×4.
//   Flattened: JHD 1, JHH 2, JHL 4, JHP 2, JHT 4. In V1 it is single-level: JHD 1, JHH 1,
//   JHL 2, JHT 4.

import { fillerDocuments } from "./filler-documents";
import { gearboxDocument } from "./gearbox-document";
import { sharedDocuments } from "./shared-documents";
import type {
  SeedAssembly,
  SeedCompany,
  SeedDocument,
  SeedElement,
  SeedPart,
  SeedPartStudio,
  SeedPermission,
  SeedSnapshot,
} from "./types";

export { gearboxIds } from "./gearbox-document";
export { frameIds, pumpIds } from "./shared-documents";
export { materials } from "./materials";
export { derivedId, hexIdPattern, seedId } from "./ids";
export type * from "./types";

export const seedCompanies: readonly SeedCompany[] = [
  { id: "6d2b8f1caf4e5b3f9c7d1e44", name: "Ølgaard Engineering ApS", domainPrefix: "olgaard" },
];

export const seedDocuments: readonly SeedDocument[] = [
  gearboxDocument,
  ...sharedDocuments,
  ...fillerDocuments,
];

export function findDocument(documentId: string): SeedDocument | undefined {
  return seedDocuments.find((doc) => doc.id === documentId);
}

export function findCompany(companyId: string | undefined): SeedCompany | undefined {
  return seedCompanies.find((company) => company.id === companyId);
}

/** The user's permission on the document, or undefined when they cannot open it. */
export function documentPermission(
  doc: SeedDocument,
  userId: string,
): SeedPermission | "OWNER" | undefined {
  if (doc.ownerId === userId) return "OWNER";
  return doc.sharedWith.find((share) => share.userId === userId)?.permission;
}

export function accessibleDocuments(userId: string): SeedDocument[] {
  return seedDocuments.filter((doc) => documentPermission(doc, userId) !== undefined);
}

export type SnapshotRef = { wvm: "w" | "v" | "m"; wvmId: string };

/** The document content a `/{wvm}/{wvmid}` path refers to. `m` accepts any known microversion. */
export function findSnapshot(doc: SeedDocument, ref: SnapshotRef): SeedSnapshot | undefined {
  if (ref.wvm === "w") return doc.workspaces.find((ws) => ws.id === ref.wvmId);
  if (ref.wvm === "v") return doc.versions.find((version) => version.id === ref.wvmId);
  return [...doc.workspaces, ...doc.versions].find((s) => s.microversionId === ref.wvmId);
}

export function findElement(snapshot: SeedSnapshot, elementId: string): SeedElement | undefined {
  return snapshot.elements.find((element) => element.id === elementId);
}

export function findPart(partStudio: SeedPartStudio, partId: string): SeedPart | undefined {
  return partStudio.parts.find((part) => part.partId === partId);
}

/** kg; 0 without material, as Onshape reports it. */
export function partMass(part: SeedPart): number {
  return part.material ? part.volume * part.material.density : 0;
}

/** Convenience for tests: the seeded element, typed by kind. */
export function seedElement(documentId: string, elementId: string): SeedElement | undefined {
  const doc = findDocument(documentId);
  const workspace = doc?.workspaces[0];
  return workspace ? findElement(workspace, elementId) : undefined;
}

export function isAssembly(element: SeedElement | undefined): element is SeedAssembly {
  return element?.elementType === "ASSEMBLY";
}

export function isPartStudio(element: SeedElement | undefined): element is SeedPartStudio {
  return element?.elementType === "PARTSTUDIO";
}

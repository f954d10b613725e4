import { toDocumentInfo, toSnapshot } from "@/lib/onshape/mappers/documents";
import { describe, expect, it } from "vitest";
import { gearboxIds as g, seedId } from "../../../emulator/seed";
import { toBomTable, bomCell } from "@/lib/onshape/mappers/bom";
import { offsetOf, toDocumentPage, toSnapshotOptions } from "@/lib/onshape/mappers/documents";
import { groupElements, thumbnailSource, toElementSummary } from "@/lib/onshape/mappers/elements";
import { partTotals, toPartRow, toPartRows } from "@/lib/onshape/mappers/parts";
import type {
  RawBom,
  RawDocumentList,
  RawElement,
  RawMassProperties,
  RawPart,
  RawVersion,
  RawWorkspace,
} from "@/lib/onshape/raw-types";
import { callValid } from "../emulator/api-client";

// Mappers fed with the local Onshape's JSON (checked against Onshape's spec by callValid) and
// with hand-made edge cases.

const ws = { documentId: g.document, wvm: "w" as const, wvmId: g.workspace };
const onWorkspace = (path: string) => `/${path}/d/${g.document}/w/${g.workspace}`;

describe("documents", () => {
  it("maps a page of documents and reads offsets from Onshape's page links", () => {
    const raw = callValid<RawDocumentList>("getDocuments", "/documents", "filter=0");
    const page = toDocumentPage(raw, 0);
    expect(page.items).toHaveLength(20);
    expect(page.nextOffset).toBe(20);
    expect(page.previousOffset).toBeNull();
    const second = toDocumentPage(
      callValid<RawDocumentList>("getDocuments", "/documents", "filter=0&offset=20"),
      20,
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextOffset).toBeNull();
    expect(second.previousOffset).toBe(0);
  });

  it("keeps name, owner, modified time and the thumbnail's workspace", () => {
    const raw = callValid<RawDocumentList>("getDocuments", "/documents", "q=Getriebe GX");
    expect(toDocumentPage(raw, 0).items).toEqual([
      {
        id: g.document,
        name: "Getriebe GX-200",
        ownerName: "Ada Lovelace",
        modifiedAt: "2025-03-20T16:45:00.000+00:00",
        defaultWorkspaceId: g.workspace,
        thumbnail: { workspaceId: g.workspace, cacheKey: seedId("microversion", 1) },
      },
    ]);
  });

  it("skips folders and survives missing fields", () => {
    const page = toDocumentPage(
      {
        items: [
          { jsonType: "folder", resourceType: "folder", id: "f" },
          { jsonType: "document-summary", id: "x" },
        ],
      },
      40,
    );
    expect(page).toEqual({
      items: [
        {
          id: "x",
          name: "Untitled document",
          ownerName: null,
          modifiedAt: null,
          defaultWorkspaceId: null,
          thumbnail: null,
        },
      ],
      offset: 40,
      nextOffset: null,
      previousOffset: null,
    });
    expect(offsetOf("not a url")).toBeNull();
    expect(offsetOf("https://cad.onshape.com/api/documents?offset=-3")).toBeNull();
  });

  it("lists workspaces first, then versions newest first", () => {
    const workspaces = callValid<RawWorkspace[]>(
      "getDocumentWorkspaces",
      `/documents/d/${g.document}/workspaces`,
    );
    const versions = callValid<RawVersion[]>(
      "getDocumentVersions",
      `/documents/d/${g.document}/versions`,
    );
    expect(toSnapshotOptions(workspaces, versions).map((o) => [o.wvm, o.id, o.name])).toEqual([
      ["w", g.workspace, "Main"],
      ["v", g.versionV2, "V2 Freigabe"],
      ["v", g.versionV1, "V1"],
      ["v", g.versionStart, "Start"],
    ]);
  });
});

describe("elements", () => {
  const raw = callValid<RawElement[]>(
    "getElementsInDocument",
    `${onWorkspace("documents")}/elements`,
    "withThumbnails=true",
  );
  const elements = raw.map((element) => toElementSummary(element, ws));

  it("maps kind, label and thumbnail source; a file without picture has none", () => {
    expect(elements.map((e) => [e.name, e.kind, e.typeLabel])).toEqual([
      ["Gehäuse & Wellen", "PARTSTUDIO", "Part Studio"],
      ["Wellenbaugruppe", "ASSEMBLY", "Assembly"],
      ["Getriebe GX-200", "ASSEMBLY", "Assembly"],
      ["Getriebe Variante B", "ASSEMBLY", "Assembly"],
      ["Zeichnung GX-200", "DRAWING", "Drawing"],
      ["Datenblatt Lager.pdf", "BLOB", "Blob"],
    ]);
    expect(elements[0]?.thumbnail).toMatchObject({ wv: "w", wvId: g.workspace });
    expect(elements[5]).toMatchObject({ thumbnail: null, mimeType: "application/pdf" });
  });

  it("groups by kind in a fixed order", () => {
    expect(groupElements(elements).map((group) => [group.label, group.elements.length])).toEqual([
      ["Part Studios", 1],
      ["Assemblies", 3],
      ["Drawings", 1],
      ["Files", 1],
    ]);
  });

  it("at a microversion, takes the thumbnail's workspace from Onshape's href", () => {
    const mv = { documentId: g.document, wvm: "m" as const, wvmId: seedId("microversion", 1) };
    const info = {
      id: "k",
      href: `http://x/api/v16/thumbnails/d/${g.document}/w/${g.workspace}/e/${g.partStudio}`,
    };
    expect(thumbnailSource(info, mv)).toEqual({ wv: "w", wvId: g.workspace, cacheKey: "k" });
    expect(thumbnailSource({ id: "k", href: "http://x/odd" }, mv)).toBeNull();
    expect(thumbnailSource({ href: "http://x/odd" }, ws, "mv")).toEqual({
      wv: "w",
      wvId: g.workspace,
      cacheKey: "mv",
    });
  });
});

describe("parts", () => {
  const path = `${onWorkspace("parts")}/e/${g.partStudio}`;
  const parts = callValid<RawPart[]>("getPartsWMVE", path);
  const mass = callValid<RawMassProperties>(
    "getPartStudioMassProperties",
    `${onWorkspace("partstudios")}/e/${g.partStudio}/massproperties`,
    "massAsGroup=false",
  );
  const rows = toPartRows(parts, mass);

  it("joins metadata and mass properties by part id", () => {
    expect(rows.map((r) => [r.name, r.partNumber, r.material])).toEqual([
      ["Gehäuse", "GX-200-001", "Aluminum - 6061"],
      ["Welle Ø20", "GX-200-002", "Steel"],
      ['Lager "Ø40", Stahl', "GX-200-003", "Steel"],
      ["Zahnrad Ü-Klasse", "GX-200-004", "Steel"],
      ["Dichtung", null, null],
    ]);
    expect(rows[0]?.massKg).toBeCloseTo(1.08, 12);
    expect(rows[0]?.volumeM3).toBeCloseTo(4e-4, 15);
    expect(rows[0]?.areaM2).toBeCloseTo(0.112, 12);
    expect(rows[0]?.centroidM).toEqual([0, 0, 0.04]);
  });

  it("reads the revision, the density and the principal moments from Onshape's tensor", () => {
    expect(rows.map((r) => r.revision)).toEqual(["B", null, null, null, null]);
    expect(rows[0]?.densityKgM3).toBeCloseTo(2700, 6);
    // The housing is weighed as a 200 × 120 × 80 mm box of 1.08 kg: m/12·(b² + c²), ascending.
    const box = (b: number, c: number) => (1.08 / 12) * (b * b + c * c);
    const moments = rows[0]?.principalInertiaKgM2 ?? [];
    [box(0.12, 0.08), box(0.2, 0.08), box(0.2, 0.12)]
      .sort((a, b) => a - b)
      .forEach((expected, axis) => expect(moments[axis]).toBeCloseTo(expected, 12));
    expect(rows[4]).toMatchObject({ densityKgM3: null, principalInertiaKgM2: null });
  });

  it("gives a part without material no mass (not 0) but keeps its geometry", () => {
    expect(rows[4]).toMatchObject({ massKg: null, volumeM3: 2e-6 });
  });

  it("totals mass, volume and area, with the centre of mass of what has mass", () => {
    const totals = partTotals(rows);
    expect(totals.massKg).toBeCloseTo(1.551, 12);
    expect(totals.volumeM3).toBeCloseTo(4.62e-4, 15);
    expect(totals.areaM2).toBeCloseTo(0.1417, 12);
    expect(totals.partsWithoutMass).toBe(1);
    // (1.08·0 + 0.2355·0 + 0.0785·0.03 + 0.157·(−0.03)) / 1.551
    expect(totals.centroidM?.[0]).toBeCloseTo((0.0785 * 0.03 - 0.157 * 0.03) / 1.551, 12);
    expect(totals.centroidM?.[2]).toBeCloseTo(0.04, 12);
  });

  it("copes with a part Onshape gave no mass properties for", () => {
    expect(toPartRow({ partId: "X", name: "Wire" }, undefined)).toEqual({
      partId: "X",
      name: "Wire",
      partNumber: null,
      material: null,
      massKg: null,
      volumeM3: null,
      areaM2: null,
      centroidM: null,
      revision: null,
      densityKgM3: null,
      principalInertiaKgM2: null,
    });
    expect(partTotals([]).centroidM).toBeNull();
  });
});

describe("bill of materials", () => {
  const bom = (query: string) =>
    toBomTable(
      callValid<RawBom>(
        "getBillOfMaterials",
        `${onWorkspace("assemblies")}/e/${g.topAssembly}/bom`,
        query,
      ),
    );

  it("shows Onshape's visible columns in its order", () => {
    expect(bom("indented=true&multiLevel=true").columns.map((c) => c.name)).toEqual([
      "Item",
      "Quantity",
      "Part number",
      "Name",
      "Description",
      "Material",
    ]);
  });

  it("keeps levels and quantities of the multi-level indented BOM", () => {
    const table = bom("indented=true&multiLevel=true");
    expect(table.rows.map((r) => [r.indentLevel, r.cells[0], r.cells[1], r.cells[3]])).toEqual([
      [0, "1", 1, "Gehäuse"],
      [0, "2", 2, "Wellenbaugruppe"],
      [1, "2.1", 1, "Welle Ø20"],
      [1, "2.2", 2, 'Lager "Ø40", Stahl'],
      [1, "2.3", 1, "Zahnrad Ü-Klasse"],
      [0, "3", 4, "Dichtung"],
    ]);
    expect(table.rows[0]?.cells[5]).toBe("Aluminum - 6061");
    expect(table.rows[5]?.cells[5]).toBeNull();
  });

  it("reads each row's values by header id, skipping hidden columns", () => {
    // The spec types header values as empty objects; Onshape sends numbers and strings.
    const raw = {
      headers: [
        { id: "h-name", name: "Name", propertyName: "name", visible: true },
        { id: "h-secret", name: "Cost", propertyName: "cost", visible: false },
        { id: "h-qty", name: "Quantity", propertyName: "quantity", visible: true },
      ],
      rows: [
        {
          rowId: "r1",
          indentLevel: 1,
          headerIdToValue: { "h-qty": 4, "h-secret": 99, "h-name": "Dichtung" },
        },
        { indentLevel: -2, headerIdToValue: { "h-name": "Welle" } },
      ],
    } as unknown as RawBom;
    const table = toBomTable(raw);
    expect(table.columns.map((c) => c.id)).toEqual(["h-name", "h-qty"]);
    expect(table.rows).toEqual([
      { id: "r1", indentLevel: 1, cells: ["Dichtung", 4], source: null },
      { id: "1", indentLevel: 0, cells: ["Welle", null], source: null },
    ]);
  });

  it("keeps the flattened BOM's total quantities as Onshape sends them", () => {
    const table = bom("indented=false&multiLevel=true");
    expect(table.rows.map((r) => [r.cells[3], r.cells[1]])).toEqual([
      ["Gehäuse", 1],
      ["Welle Ø20", 2],
      ['Lager "Ø40", Stahl', 4],
      ["Zahnrad Ü-Klasse", 2],
      ["Dichtung", 4],
    ]);
  });

  it("turns Onshape's value objects into text", () => {
    expect(bomCell({ displayName: "Steel", id: "Steel" })).toBe("Steel");
    expect(bomCell({ value: 3 })).toBe(3);
    expect(bomCell([{ name: "a" }, "b", null])).toBe("a, b");
    expect(bomCell(true)).toBe("Yes");
    expect(bomCell(Number.NaN)).toBeNull();
    expect(bomCell({ unknown: 1 })).toBeNull();
  });
});

describe("what a page shows", () => {
  it("names a workspace by its last change and a version by when it was made", () => {
    const raw = {
      id: "a",
      name: "Main",
      createdAt: "2024-01-15T09:00:00Z",
      modifiedAt: "2025-03-20T16:45:00Z",
    };
    expect(toSnapshot("w", raw)).toEqual({
      wvm: "w",
      id: "a",
      name: "Main",
      date: "2025-03-20T16:45:00Z",
    });
    expect(toSnapshot("v", { ...raw, name: "V1" })).toEqual({
      wvm: "v",
      id: "a",
      name: "V1",
      date: "2024-01-15T09:00:00Z",
    });
    expect(toSnapshot("v", { id: "b", name: "" })).toEqual({
      wvm: "v",
      id: "b",
      name: null,
      date: null,
    });
    const doc = { id: "d", name: "Doc", defaultWorkspace: raw } as Parameters<
      typeof toDocumentInfo
    >[0];
    expect(toDocumentInfo(doc).defaultWorkspace).toEqual(toSnapshot("w", raw));
  });
});

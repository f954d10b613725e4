import { describe, expect, it } from "vitest";
import { createDocumentStore } from "../../../emulator/model/store";
import { frameIds, gearboxIds as g, pumpIds } from "../../../emulator/seed";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { openapiSpec } from "../../../emulator/openapi/spec-validator";
import { partProperties, propertyIds as p } from "../../../emulator/seed/properties";
import { expectError, expectValid, ORIGIN, send } from "./api-client";

// Part metadata: what getWMVEPsMetadata shows, and the rules writes must follow.

type Property = {
  propertyId: string;
  name: string;
  value: unknown;
  valueType: string;
  editable: boolean;
  required: boolean;
  computedProperty: boolean;
  computedPropertyError?: string;
  validator?: Record<string, unknown>;
  enumValues?: { value: string; label: string }[];
};
type Item = { href: string; partId: string; properties: Property[] };
type List = { href: string; items: Item[] };

const base = `/d/${g.document}/w/${g.workspace}/e/${g.partStudio}`;
const list = (store = createDocumentStore(), query = "", path = `/metadata${base}/p`) =>
  expectValid<List>("getWMVEPsMetadata", send(path, { store, query }));
const byName = (item: Item | undefined) =>
  Object.fromEntries((item?.properties ?? []).map((x) => [x.name, x]));
const write = (
  store: ReturnType<typeof createDocumentStore>,
  properties: unknown[],
  options: { partId?: string; scopes?: string[]; path?: string; body?: unknown } = {},
) =>
  send(options.path ?? `/metadata${base}/p/${options.partId ?? "JHD"}`, {
    method: "POST",
    store,
    scopes: options.scopes,
    body: options.body ?? {
      jsonType: "metadata-part",
      partId: options.partId ?? "JHD",
      properties,
    },
  });

describe("getWMVEPsMetadata", () => {
  it("names value types as the spec's BTMetadataValueType does (INT, not INTEGER)", () => {
    // BTMetadataPropertyInfo declares valueType as any string, so ajv cannot hold it to this.
    const schemas = (openapiSpec.components as { schemas: Record<string, { enum?: string[] }> })
      .schemas;
    const names = schemas.BTMetadataValueType?.enum ?? [];
    expect(names).toContain("INT");
    for (const property of partProperties) expect(names).toContain(property.valueType);
    const served = list().items.flatMap((item) => item.properties.map((x) => x.valueType));
    expect(served).toContain("INT");
    for (const valueType of served) expect(names).toContain(valueType);
  });

  it("lists every part with Onshape's standard and the company's custom properties", () => {
    const result = list();
    expect(result.href).toBe(`${ORIGIN}/api/v16/metadata${base}/p`);
    expect(result.items.map((item) => item.partId)).toEqual(["JHD", "JHH", "JHL", "JHP", "JHT"]);
    expect(result.items[0]?.href).toBe(`${ORIGIN}/api/v16/metadata${base}/p/JHD`);
    const housing = byName(result.items[0]);
    expect(Object.keys(housing)).toEqual([
      "Name",
      "Part number",
      "Description",
      "Revision",
      "Vendor",
      "Material",
      "State",
      "Mass",
      "Oberfläche",
      "Lieferzeit (Tage)",
      "Prüfpflichtig",
      "Kostenstelle",
      "Zuschnittlänge",
    ]);
    expect(housing.Name).toMatchObject({
      propertyId: p.name,
      value: "Gehäuse",
      valueType: "STRING",
      editable: true,
      required: true,
      validator: { maxLength: 100 },
    });
    expect(housing["Part number"]).toMatchObject({
      value: "GX-200-001",
      validator: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength: 40 },
    });
    expect(housing.Revision?.value).toBe("B");
    expect(housing.Material).toMatchObject({
      valueType: "OBJECT",
      value: { id: "Aluminum - 6061", displayName: "Aluminum - 6061" },
    });
    expect(housing.State).toMatchObject({
      valueType: "ENUM",
      value: "IN_PROGRESS",
      editable: false,
    });
    expect(housing.Mass).toMatchObject({
      value: "1.08 kg",
      computedProperty: true,
      editable: false,
    });
    expect(housing["Oberfläche"]).toMatchObject({ valueType: "ENUM", value: "ELOXIERT" });
    expect(housing["Oberfläche"]?.enumValues?.map((e) => e.value)).toEqual([
      "BLANK",
      "ELOXIERT",
      "VERZINKT",
      "PULVERBESCHICHTET",
    ]);
    expect(housing["Lieferzeit (Tage)"]).toMatchObject({
      valueType: "INT",
      value: 21,
      validator: { min: 0, max: 365 },
    });
    expect(housing["Prüfpflichtig"]).toMatchObject({ valueType: "BOOL", value: true });
    expect(housing["Zuschnittlänge"]).toMatchObject({
      valueType: "VALUE_WITH_UNITS",
      value: "100 mm",
      defaultValue: "100 mm",
      editable: true,
      computedProperty: false,
      validator: { min: 1, max: 6000 },
    });
    const seal = byName(result.items[4]);
    expect(seal.Mass).toMatchObject({ value: "", computedPropertyError: "No material assigned" });
    expect(seal.Material?.value).toBeNull();
    expect(byName(result.items[2]).Vendor?.value).toBe("SKF");
  });

  it("leaves computed properties out on request, follows configurations, and serves one part", () => {
    expect(
      byName(list(createDocumentStore(), "includeComputedProperties=false").items[0]).Mass,
    ).toBeUndefined();
    const rail = list(
      createDocumentStore(),
      `configuration=${encodeURIComponent("EndCaps=false;Label=Q")}`,
      `/metadata/d/${r.document}/w/${r.workspace}/e/${r.partStudio}/p`,
    );
    expect(rail.items.map((i) => i.partId)).toEqual(["JRD", "JRH"]);
    expect(byName(rail.items[0])["Part number"]?.value).toBe("SR-20-Q");
    const one = expectValid<{ jsonType: string; properties: Property[] }>(
      "getWMVEPMetadata",
      send(`/metadata${base}/p/JHL`),
    );
    expect(one.jsonType).toBe("metadata-part");
    expect(one.properties.find((x) => x.name === "Name")?.value).toBe('Lager "Ø40", Stahl');
    expectError(send(`/metadata${base}/p/NOPE`), 404);
    expectError(send(`/metadata${base}/x/JHD`), 400);
    expectError(send(`/metadata/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}/p`), 400);
  });

  it("pages at the page-size knob, linking each next page by an absolute `next`", () => {
    const store = createDocumentStore();
    const page = (query = "") =>
      expectValid<List & { next?: string; prev?: string }>(
        "getWMVEPsMetadata",
        send(`/metadata${base}/p`, { store, query, settings: { metadataPageSize: 2 } }),
      );
    const first = page();
    expect(first.items.map((item) => item.partId)).toEqual(["JHD", "JHH"]);
    expect(first.prev).toBeUndefined();
    const ids: string[] = [];
    let next: string | undefined = first.next;
    ids.push(...first.items.map((item) => item.partId));
    while (next) {
      const url = new URL(next);
      expect(url.origin + url.pathname).toBe(`${ORIGIN}/api/v16/metadata${base}/p`);
      const answer = page(url.search.slice(1));
      expect(answer.prev).toBeDefined();
      ids.push(...answer.items.map((item) => item.partId));
      next = answer.next;
    }
    expect(ids).toEqual(["JHD", "JHH", "JHL", "JHP", "JHT"]);
    // Without the knob, one page holds every part.
    expect(list(store).items).toHaveLength(5);
  });
});

describe("updateWVEPMetadata", () => {
  it("writes, shows the change in the parts, and gives the workspace a new microversion", () => {
    const store = createDocumentStore();
    const before = store.documents.get(g.document)?.workspaces[0]?.microversionId;
    const response = write(store, [
      { propertyId: p.name, value: "Gehäuse, neu" },
      { propertyId: p.partNumber, value: "GX-200-001-C" },
      { propertyId: p.material, value: { id: "Steel", libraryName: "Onshape Material Library" } },
      { propertyId: p.finish, value: "PULVERBESCHICHTET" },
      { propertyId: p.leadTime, value: 30 },
      { propertyId: p.inspection, value: false },
      { propertyId: p.revision, value: "B" },
    ]);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    expect(response.documentWrites).toEqual(["updateWVEPMetadata"]);
    expect(
      (response.json as { properties: { status: string }[] }).properties.map((x) => x.status),
    ).toEqual([
      "SUCCEEDED",
      "SUCCEEDED",
      "SUCCEEDED",
      "SUCCEEDED",
      "SUCCEEDED",
      "SUCCEEDED",
      "NOTHING_TO_UPDATE",
    ]);
    const after = store.documents.get(g.document)?.workspaces[0]?.microversionId;
    expect(after).not.toBe(before);
    const parts = expectValid<{ name: string; partNumber: string; material: { id: string } }[]>(
      "getPartsWMVE",
      send(`/parts${base}`, { store }),
    );
    expect(parts[0]).toMatchObject({
      name: "Gehäuse, neu",
      partNumber: "GX-200-001-C",
      material: { id: "Steel" },
    });
    const housing = byName(list(store).items[0]);
    expect(housing.Mass?.value).toBe("3.14 kg");
    expect(housing["Lieferzeit (Tage)"]?.value).toBe(30);
    // The old microversion keeps the old metadata.
    const old = list(store, "", `/metadata/d/${g.document}/m/${before}/e/${g.partStudio}/p`);
    expect(byName(old.items[0]).Name?.value).toBe("Gehäuse");
  });

  it("writes a value with units as Onshape writes it, in any length unit within the range", () => {
    const store = createDocumentStore();
    const cutLength = (partId: string) =>
      byName(list(store).items.find((item) => item.partId === partId))["Zuschnittlänge"]?.value;
    expect(write(store, [{ propertyId: p.cutLength, value: "250 mm" }]).status).toBe(200);
    expect(cutLength("JHD")).toBe("250 mm");
    // 6 m is the upper limit of 6000 mm; another part keeps the default.
    expect(write(store, [{ propertyId: p.cutLength, value: "6 m" }]).status).toBe(200);
    expect(cutLength("JHD")).toBe("6 m");
    expect(cutLength("JHH")).toBe("100 mm");
    // Cleared, it stays empty rather than showing the default again.
    expect(write(store, [{ propertyId: p.cutLength, value: "" }]).status).toBe(200);
    expect(cutLength("JHD")).toBe("");
  });

  it("changes nothing, and no microversion, when every value is already so", () => {
    const store = createDocumentStore();
    const before = store.documents.get(g.document)?.workspaces[0]?.microversionId;
    const response = write(store, [{ propertyId: p.name, value: "Gehäuse" }]);
    expect(response.status).toBe(200);
    expect(response.documentWrites).toBeUndefined();
    expect(store.documents.get(g.document)?.workspaces[0]?.microversionId).toBe(before);
  });

  it.each([
    [[{ propertyId: p.mass, value: "2 kg" }], 'The property "Mass"'],
    [[{ propertyId: p.state, value: "RELEASED" }], 'The property "State"'],
    [[{ propertyId: p.name, value: "" }], "is required"],
    [[{ propertyId: p.name, value: "x".repeat(101) }], "at most 100 characters"],
    [
      [{ propertyId: p.partNumber, value: "GX 200" }],
      'pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$ of the property "Part number"',
    ],
    [
      [{ propertyId: p.finish, value: "Eloxiert" }],
      'is not one of the values of the property "Oberfläche"',
    ],
    [
      [{ propertyId: p.leadTime, value: 400 }],
      'outside the range 0–365 of the property "Lieferzeit (Tage)"',
    ],
    [[{ propertyId: p.leadTime, value: "21" }], "takes a whole number"],
    [[{ propertyId: p.inspection, value: "yes" }], "takes true or false"],
    [
      [{ propertyId: p.cutLength, value: "6001 mm" }],
      'outside the range 1 mm–6000 mm of the property "Zuschnittlänge"',
    ],
    [[{ propertyId: p.cutLength, value: "0.5 mm" }], "outside the range 1 mm–6000 mm"],
    [[{ propertyId: p.cutLength, value: "6.1 m" }], "outside the range 1 mm–6000 mm"],
    [[{ propertyId: p.cutLength, value: "250" }], "is not a number with a unit"],
    [[{ propertyId: p.cutLength, value: "0,25 m" }], "is not a number with a unit"],
    [[{ propertyId: p.cutLength, value: "2 kg" }], 'has unit "kg", which is not a length unit'],
    [[{ propertyId: p.cutLength, value: 250 }], "takes a value with units as a string"],
    [[{ propertyId: p.material, value: "Steel" }], "takes a material object"],
    [[{ propertyId: p.material, value: { id: "Gold" } }], 'Unknown material "Gold"'],
    [
      [{ propertyId: "000000000000000000000000", value: "x" }],
      'Unknown property id "000000000000000000000000"',
    ],
    [
      [
        { propertyId: p.name, value: "a" },
        { propertyId: p.name, value: "b" },
      ],
      "is given twice",
    ],
  ])("refuses %j with a 400 naming it, and writes nothing", (properties, message) => {
    const store = createDocumentStore();
    const before = store.documents.get(g.document);
    expect(expectError(write(store, properties), 400)).toContain(message);
    expect(store.documents.get(g.document)).toBe(before);
  });

  it("refuses a body that is not Onshape's", () => {
    const store = createDocumentStore();
    expect(
      expectError(
        write(store, [], {
          body: { jsonType: "metadata-part", partId: "JHD", properties: [{ propertyId: p.name }] },
        }),
        400,
      ),
    ).toContain("required property 'value'");
    expect(
      expectError(
        write(store, [], {
          body: { jsonType: "metadata-part", partId: "JHD", properties: [], extra: true },
        }),
        400,
      ),
    ).toContain("body.extra is not in the schema");
    expect(
      expectError(write(store, [], { body: { jsonType: "part", properties: [] } }), 400),
    ).toContain("jsonType");
    expect(
      expectError(write(store, [], { body: { partId: "JHH", properties: [] } }), 400),
    ).toContain('partId "JHH" is not the part in the path (JHD)');
    expectError(send(`/metadata${base}/p/JHD`, { method: "POST", store }), 400);
  });

  it("needs the OAuth2Write scope, a workspace, and write permission", () => {
    const store = createDocumentStore();
    const properties = [{ propertyId: p.name, value: "X" }];
    expect(
      expectError(write(store, properties, { scopes: ["OAuth2ReadPII", "OAuth2Read"] }), 403),
    ).toContain("needs the OAuth2Write scope");
    expect(
      expectError(
        write(store, properties, {
          path: `/metadata/d/${g.document}/v/${g.versionV2}/e/${g.partStudio}/p/JHD`,
        }),
        400,
      ),
    ).toContain("only be changed in a workspace");
    expectError(
      write(store, properties, {
        path: `/metadata/d/${g.document}/m/${g.workspace}/e/${g.partStudio}/p/JHD`,
      }),
      400,
    );
    expect(
      expectError(
        write(store, properties, {
          partId: "JFD",
          path: `/metadata/d/${pumpIds.document}/w/${pumpIds.workspace}/e/${pumpIds.partStudio}/p/JFD`,
        }),
        403,
      ),
    ).toContain("only read");
    // Ada may write Søren's frame document.
    const frame = write(store, properties, {
      partId: "JKD",
      path: `/metadata/d/${frameIds.document}/w/${frameIds.workspace}/e/${frameIds.partStudio}/p/JKD`,
    });
    expect(frame.status).toBe(200);
  });
});

describe("updateWVMetadata", () => {
  it("writes several parts in one microversion, by the hrefs the GET gives", () => {
    const store = createDocumentStore();
    const [housing, shaft] = list(store).items;
    const response = send(`/metadata/d/${g.document}/w/${g.workspace}`, {
      method: "POST",
      store,
      body: {
        items: [
          { href: housing!.href, properties: [{ propertyId: p.description, value: "Neu" }] },
          { href: shaft!.href, properties: [{ propertyId: p.vendor, value: "Acme" }] },
        ],
      },
    });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    expect(response.documentWrites).toEqual(["updateWVMetadata"]);
    expect(store.history.size).toBe(1);
    const after = list(store).items;
    expect(byName(after[0]).Description?.value).toBe("Neu");
    expect(byName(after[1]).Vendor?.value).toBe("Acme");
  });

  it("refuses hrefs of other workspaces and bad values, writing nothing", () => {
    const store = createDocumentStore();
    const [housing] = list(store).items;
    const post = (items: unknown[]) =>
      send(`/metadata/d/${g.document}/w/${g.workspace}`, {
        method: "POST",
        store,
        body: { items },
      });
    expect(
      expectError(
        post([{ href: housing!.href.replace(g.workspace, "a".repeat(24)), properties: [] }]),
        400,
      ),
    ).toContain("is not a part of this document's workspace");
    expect(
      expectError(
        post([
          { href: housing!.href, properties: [{ propertyId: p.description, value: "ok" }] },
          {
            href: housing!.href.replace("/p/JHD", "/p/JHH"),
            properties: [{ propertyId: p.revision, value: "lower" }],
          },
        ]),
        400,
      ),
    ).toContain("Revision");
    expect(store.history.size).toBe(0);
    expectError(
      send(`/metadata/d/${g.document}/w/${g.workspace}`, {
        method: "POST",
        store,
        scopes: ["OAuth2Read"],
        body: { items: [] },
      }),
      403,
    );
    expectError(
      send(`/metadata/d/${g.document}/v/${g.versionV1}`, {
        method: "POST",
        store,
        body: { items: [] },
      }),
      400,
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  configurationString,
  parseConfiguration,
} from "../../../emulator/configurations/parse-configuration";
import { gearboxIds as g } from "../../../emulator/seed";
import { railIds as r, railParameters } from "../../../emulator/seed/configured-rail";
import { expectError, expectValid, send } from "./api-client";

// The configured Part Studio "Schiene konfigurierbar" and assembly "Schiene montiert"
// (emulator/seed/configured-rail.ts): parameters, encodings, and exact masses per configuration.

const studio = `/d/${r.document}/w/${r.workspace}/e/${r.partStudio}`;
const q = (configuration: string) => `configuration=${encodeURIComponent(configuration)}`;
const L = r.length;

type Body = { mass: number[]; volume: number[] };
const masses = (configuration = "") => {
  const json = expectValid<{ bodies: Record<string, Body> }>(
    "getPartStudioMassProperties",
    send(`/partstudios${studio}/massproperties`, {
      query: `massAsGroup=false&${configuration ? q(configuration) : ""}`,
    }),
  );
  return Object.fromEntries(Object.entries(json.bodies).map(([id, b]) => [id, b.mass[0]]));
};
const total = (configuration = "") =>
  expectValid<{ bodies: Record<string, Body> }>(
    "getPartStudioMassProperties",
    send(`/partstudios${studio}/massproperties`, { query: configuration ? q(configuration) : "" }),
  ).bodies["-all-"]?.mass[0];

describe("parseConfiguration", () => {
  it("gives defaults for nothing, '' and 'default', and takes Onshape's URL forms", () => {
    for (const raw of [undefined, "", "default"]) {
      expect(parseConfiguration(railParameters, raw)).toEqual({
        ok: true,
        value: {
          values: { [L]: "_200_mm", EndCaps: true, Thickness: 10, Label: "A" },
          explicit: [],
        },
      });
    }
    const parsed = parseConfiguration(
      railParameters,
      `${L}=_400_mm;EndCaps=false;Thickness=0.02+meter;Label=X;`,
    );
    expect(parsed).toMatchObject({
      ok: true,
      value: {
        values: { [L]: "_400_mm", EndCaps: false, Thickness: 20, Label: "X" },
        explicit: [L, "EndCaps", "Thickness", "Label"],
      },
    });
  });

  it.each([
    [`${L}=200 mm`, `is an option name; use its option id _200_mm`],
    [`${L}=_300_mm`, `is not an option of ${L} (Länge); options are _100_mm, _200_mm, _400_mm`],
    ["EndCaps=yes", "for EndCaps (Endkappen) must be true or false"],
    ["Thickness=20 millimeter", "must be <number>+<unit>, e.g. 10+millimeter"],
    ["Thickness=20", "must be <number>+<unit>"],
    ["Thickness=20+mm", 'has unit "mm", which is not a length unit'],
    ["Thickness=20+degree", 'has unit "degree", which is not a length unit'],
    ["Thickness=60+millimeter", "is out of range 5…50 millimeter"],
    ["Thickness=4.9+millimeter", "is out of range 5…50 millimeter"],
    ["Nope=1", 'Unknown configuration parameter "Nope"'],
    ["EndCaps=true;EndCaps=false", 'Configuration parameter "EndCaps" is given twice'],
    ["{$configuration}", 'Configuration "{$configuration}" is not of the form parameterId=value'],
  ])("refuses %s, naming the problem", (raw, message) => {
    const parsed = parseConfiguration(railParameters, raw);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.message).toContain(message);
  });

  it("accepts the range's ends and writes quantities back as <number>+<unit>", () => {
    expect(parseConfiguration(railParameters, "Thickness=5+millimeter").ok).toBe(true);
    expect(parseConfiguration(railParameters, "Thickness=5e1+millimeter").ok).toBe(true);
    expect(
      configurationString(railParameters, {
        [L]: "_100_mm",
        EndCaps: true,
        Thickness: 7.5,
        Label: "",
      }),
    ).toBe(`${L}=_100_mm;EndCaps=true;Thickness=7.5+millimeter;Label=`);
  });
});

describe("getConfiguration", () => {
  it("describes the four inputs in Onshape's shapes", () => {
    const json = expectValid<{
      configurationParameters: Record<string, unknown>[];
      currentConfiguration: Record<string, unknown>[];
    }>("getConfiguration", send(`/elements${studio}/configuration`));
    const [list, flag, quantity, text] = json.configurationParameters;
    expect(list).toMatchObject({
      btType: "BTMConfigurationParameterEnum-105",
      parameterId: L,
      parameterName: "Länge",
      parameterType: "ENUM",
      defaultValue: "_200_mm",
      options: [
        { option: "_100_mm", optionName: "100 mm" },
        { option: "_200_mm", optionName: "200 mm" },
        { option: "_400_mm", optionName: "400 mm" },
      ],
    });
    expect(flag).toMatchObject({
      btType: "BTMConfigurationParameterBoolean-2550",
      parameterId: "EndCaps",
      defaultValue: true,
    });
    expect(quantity).toMatchObject({
      btType: "BTMConfigurationParameterQuantity-1826",
      parameterId: "Thickness",
      quantityType: "LENGTH",
      rangeAndDefault: { defaultValue: 10, minValue: 5, maxValue: 50, units: "millimeter" },
    });
    expect(text).toMatchObject({
      btType: "BTMConfigurationParameterString-872",
      parameterId: "Label",
      defaultValue: "A",
    });
    expect(json.currentConfiguration.map((p) => [p.btType, p.value])).toEqual([
      ["BTMParameterEnum-145", "_200_mm"],
      ["BTMParameterBoolean-144", true],
      ["BTMParameterQuantity-147", 10],
      ["BTMParameterString-149", "A"],
    ]);
  });

  it("has no parameters for an unconfigured Part Studio and refuses drawings", () => {
    const json = expectValid<{ configurationParameters: unknown[] }>(
      "getConfiguration",
      send(`/elements/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/configuration`),
    );
    expect(json.configurationParameters).toEqual([]);
    expectError(
      send(`/elements/d/${g.document}/w/${g.workspace}/e/${g.drawing}/configuration`),
      400,
    );
  });
});

describe("encodeConfigurationMap and decodeConfiguration", () => {
  const encode = (parameters: unknown) =>
    send(`/elements/d/${r.document}/e/${r.partStudio}/configurationencodings`, {
      method: "POST",
      body: { parameters },
    });

  it("encodes option ids and quantities, and decodes them back", () => {
    const json = expectValid<{ encodedId: string; queryParam: string }>(
      "encodeConfigurationMap",
      encode([
        { parameterId: "Thickness", parameterValue: "0.025+meter" },
        { parameterId: L, parameterValue: "_400_mm" },
      ]),
    );
    expect(json).toEqual({
      encodedId: `${L}=_400_mm;Thickness=25+millimeter`,
      queryParam: `configuration=${L}%3D_400_mm%3BThickness%3D25%2Bmillimeter`,
    });
    const decoded = expectValid<{ parameters: Record<string, unknown>[] }>(
      "decodeConfiguration",
      send(`/elements${studio}/configurationencodings/${encodeURIComponent(json.encodedId)}`, {
        query: "includeDisplay=true",
      }),
    );
    expect(
      decoded.parameters.map((p) => [
        p.parameterId,
        p.parameterValue,
        p.explicit,
        p.parameterDisplayValue,
      ]),
    ).toEqual([
      [L, "_400_mm", true, "400 mm"],
      ["EndCaps", "true", false, "true"],
      ["Thickness", "25+millimeter", true, "25 mm"],
      ["Label", "A", false, "A"],
    ]);
    // The queryParam works as it is in a request.
    expect(total(decodeURIComponent(json.queryParam.slice("configuration=".length)))).toBeCloseTo(
      0.432 + 7850 * 0.1 * 0.05 * 0.025 + 2 * 1060 * 4e-6,
      12,
    );
  });

  it("refuses bad values and bodies with a 400 naming them", () => {
    expect(expectError(encode([{ parameterId: L, parameterValue: "400 mm" }]), 400)).toContain(
      "option",
    );
    expect(expectError(encode([{ parameterId: "Nope", parameterValue: "1" }]), 400)).toContain(
      '"Nope"',
    );
    expect(
      expectError(
        send(`/elements/d/${r.document}/e/${r.partStudio}/configurationencodings`, {
          method: "POST",
          body: { parameters: [{ parameterId: L, parameterValue: "_100_mm", extra: 1 }] },
        }),
        400,
      ),
    ).toContain("body.parameters[0].extra is not in the schema");
    expectError(
      send(`/elements/d/${r.document}/e/${r.partStudio}/configurationencodings`, {
        method: "POST",
      }),
      400,
    );
    expectError(
      send(
        `/elements${studio}/configurationencodings/${encodeURIComponent("Thickness=99+millimeter")}`,
      ),
      400,
    );
  });
});

describe("configured parts and masses", () => {
  it("default configuration: 20×20 mm × 200 mm rail, 10 mm plate, two caps", () => {
    expect(masses()).toEqual({
      JRD: expect.closeTo(2700 * 0.2 * 0.02 * 0.02, 12),
      JRH: expect.closeTo(7850 * 0.1 * 0.05 * 0.01, 12),
      JRL: expect.closeTo(1060 * 0.01 * 0.02 * 0.02, 12),
      JRP: expect.closeTo(1060 * 0.01 * 0.02 * 0.02, 12),
    });
    expect(total()).toBeCloseTo(0.216 + 0.3925 + 0.00848, 12);
    expect(total("default")).toBeCloseTo(0.61698, 12);
  });

  it("400 mm, no end caps, 20 mm plate: the caps disappear, the others keep their ids", () => {
    const configuration = `${L}=_400_mm;EndCaps=false;Thickness=20+millimeter`;
    expect(masses(configuration)).toEqual({
      JRD: expect.closeTo(0.432, 12),
      JRH: expect.closeTo(0.785, 12),
    });
    expect(total(configuration)).toBeCloseTo(1.217, 12);
    expect(masses(`${L}=_100_mm;Thickness=5+millimeter`)).toMatchObject({
      JRD: expect.closeTo(0.108, 12),
      JRH: expect.closeTo(0.19625, 12),
    });
    expect(masses("Thickness=0.05+meter").JRH).toBeCloseTo(1.9625, 12);
  });

  it("getPartsWMVE: the configuration's parts, the string input in the part number", () => {
    type Part = { partId: string; partNumber?: string; configurationId: string };
    const parts = (configuration: string) =>
      expectValid<Part[]>("getPartsWMVE", send(`/parts${studio}`, { query: q(configuration) }));
    expect(parts("").map((p) => [p.partId, p.partNumber, p.configurationId])).toEqual([
      ["JRD", "SR-20-A", "default"],
      ["JRH", "GP-100", "default"],
      ["JRL", "EK-20", "default"],
      ["JRP", "EK-20", "default"],
    ]);
    const custom = parts("EndCaps=false;Label=ZZ");
    expect(custom.map((p) => p.partId)).toEqual(["JRD", "JRH"]);
    expect(custom[0]).toMatchObject({
      partNumber: "SR-20-ZZ",
      configurationId: `${L}=_200_mm;EndCaps=false;Thickness=10+millimeter;Label=ZZ`,
    });
  });

  it.each([
    ["getPartsWMVE", `/parts${studio}`],
    ["getPartStudioMassProperties", `/partstudios${studio}/massproperties`],
    ["getPartStudioBodyDetails", `/partstudios${studio}/bodydetails`],
    ["getWMVEPsMetadata", `/metadata${studio}/p`],
    ["exportPartStudioGltf", `/partstudios${studio}/gltf`],
  ])("%s answers 400 naming a bad configuration", (operationId, path) => {
    const response = send(path, { query: q(`${L}=400 mm`) });
    expect(response.operationId).toBe(operationId);
    expect(expectError(response, 400)).toContain("_400_mm");
  });

  it("an unconfigured element takes only the default", () => {
    const path = `/parts/d/${g.document}/w/${g.workspace}/e/${g.partStudio}`;
    expectValid("getPartsWMVE", send(path, { query: "configuration=default" }));
    expect(expectError(send(path, { query: q("Length=200+millimeter") }), 400)).toContain(
      "none: the element is not configured",
    );
  });

  it("the assembly's BOM: SecondRail=true makes two 400 mm rails; item sources say so", () => {
    type Bom = {
      headers: { id: string; propertyName: string }[];
      rows: {
        headerIdToValue: Record<string, unknown>;
        itemSource: { partId?: string; configuration: string; fullConfiguration: string };
      }[];
    };
    const bom = (configuration: string) =>
      expectValid<Bom>(
        "getBillOfMaterials",
        send(`/assemblies/d/${r.document}/w/${r.workspace}/e/${r.assembly}/bom`, {
          query: q(configuration),
        }),
      );
    const quantities = (result: Bom) => {
      const quantity = result.headers.find((h) => h.propertyName === "quantity")!.id;
      return result.rows.map((row) => [row.itemSource.partId, row.headerIdToValue[quantity]]);
    };
    expect(quantities(bom(""))).toEqual([
      ["JRD", 1],
      ["JRH", 1],
      ["JRL", 1],
      ["JRP", 1],
    ]);
    expect(quantities(bom("SecondRail=true"))).toEqual([
      ["JRD", 2],
      ["JRH", 1],
      ["JRL", 1],
      ["JRP", 1],
    ]);
    expect(bom("").rows[0]?.itemSource).toMatchObject({
      configuration: `${L}=_400_mm`,
      fullConfiguration: `${L}=_400_mm;EndCaps=true;Thickness=10+millimeter;Label=A`,
    });
    expectError(
      send(`/assemblies/d/${r.document}/w/${r.workspace}/e/${r.assembly}/bom`, {
        query: q("SecondRail=maybe"),
      }),
      400,
    );
  });
});

describe("configured thumbnails", () => {
  const thumb = (cid: string, size = "300x170") =>
    send(
      `/thumbnails/d/${r.document}/w/${r.workspace}/e/${r.partStudio}/ac/${encodeURIComponent(cid)}/s/${size}`,
    );

  it("differ by configuration and equal the plain thumbnail at the default", () => {
    const plain = send(`/thumbnails/d/${r.document}/w/${r.workspace}/e/${r.partStudio}/s/300x170`);
    const byDefault = thumb(`${L}=_200_mm`);
    expect(byDefault).toMatchObject({
      status: 200,
      contentType: "image/png",
      operationId: "getElementThumbnailWithApiConfiguration",
    });
    expect(byDefault.body).toEqual(plain.body);
    expect(thumb(`${L}=_400_mm`).body).not.toEqual(byDefault.body);
    expect(thumb("EndCaps=false").body).not.toEqual(byDefault.body);
    const assembly = (cid: string) =>
      send(`/thumbnails/d/${r.document}/w/${r.workspace}/e/${r.assembly}/ac/${cid}/s/300x170`).body;
    expect(assembly("SecondRail%3Dtrue")).not.toEqual(assembly("SecondRail%3Dfalse"));
  });

  it("answer 400 for a bad configuration or size", () => {
    expectError(thumb("EndCaps=perhaps"), 400);
    expectError(thumb(`${L}=_400_mm`, "1x1"), 400);
  });
});

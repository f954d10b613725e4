import { describe, expect, it } from "vitest";
import { exportFileName } from "@/lib/csv/file-names";
import {
  checkConfiguration,
  describeConfiguration,
  encodeConfiguration,
} from "@/lib/onshape/configuration-values";
import { toConfigurationParameters } from "@/lib/onshape/mappers/configuration";
import type { RawConfiguration } from "@/lib/onshape/raw-types";
import type { ConfigurationParameter } from "@/lib/onshape/types";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { gearboxIds as g } from "../../../emulator/seed";
import { expectValid, send } from "../emulator/api-client";

// The configured rail of seed document 26 as getConfiguration describes it, mapped by the app
// and read back: what a link may say, and the one string Onshape is then sent.

const inputsOf = (did: string, wid: string, eid: string) =>
  toConfigurationParameters(
    expectValid<RawConfiguration>(
      "getConfiguration",
      send(`/elements/d/${did}/w/${wid}/e/${eid}/configuration`),
    ),
  );
const rail = inputsOf(r.document, r.workspace, r.partStudio);
const L = r.length;
const defaults = `${L}=_200_mm;EndCaps=true;Thickness=10+millimeter;Label=A`;

const check = (raw: string | undefined, parameters: ConfigurationParameter[] = rail) =>
  checkConfiguration(parameters, raw);
const encoded = (raw: string) => {
  const result = check(raw);
  if (!result.ok) throw new Error(result.message);
  return result.configuration.encoded;
};

describe("configuration inputs from getConfiguration", () => {
  it("maps list, boolean, quantity and string inputs with their defaults", () => {
    expect(rail).toEqual([
      {
        type: "list",
        id: L,
        name: "Länge",
        defaultValue: "_200_mm",
        options: [
          { id: "_100_mm", name: "100 mm" },
          { id: "_200_mm", name: "200 mm" },
          { id: "_400_mm", name: "400 mm" },
        ],
      },
      { type: "boolean", id: "EndCaps", name: "Endkappen", defaultValue: true },
      {
        type: "quantity",
        id: "Thickness",
        name: "Plattendicke",
        quantityType: "LENGTH",
        units: "millimeter",
        defaultValue: 10,
        minValue: 5,
        maxValue: 50,
      },
      { type: "string", id: "Label", name: "Beschriftung", defaultValue: "A" },
    ]);
  });

  it("an unconfigured Part Studio has none", () => {
    expect(inputsOf(g.document, g.workspace, g.partStudio)).toEqual([]);
  });
});

describe("checkConfiguration", () => {
  it("fills in every input, in Onshape's order, for nothing, '' and 'default'", () => {
    for (const raw of [undefined, "", "default", " "]) {
      const result = check(raw);
      expect(result).toMatchObject({
        ok: true,
        configuration: { encoded: defaults, isDefault: true },
      });
    }
  });

  it("writes what a link says the one way Onshape documents", () => {
    expect(encoded(`Thickness=20+millimeter;${L}=_400_mm;EndCaps=false`)).toBe(
      `${L}=_400_mm;EndCaps=false;Thickness=20+millimeter;Label=A`,
    );
    // A "+" typed into a URL arrives as a space; other units are converted to the input's.
    for (const thickness of ["20 millimeter", "20mm", "20 mm", "2 cm", "0.02+meter", "20"]) {
      expect(encoded(`Thickness=${thickness}`), thickness).toBe(
        `${L}=_200_mm;EndCaps=true;Thickness=20+millimeter;Label=A`,
      );
    }
    expect(encoded("Thickness=1 in")).toContain("Thickness=25.4+millimeter");
    // An option's name is read as that option; Onshape is sent its id.
    expect(encoded(`${L}=400 mm`)).toContain(`${L}=_400_mm`);
    expect(encoded("Länge=_100_mm")).toContain(`${L}=_100_mm`);
    expect(encoded("Label=x=1")).toContain("Label=x=1");
    expect(check(`${L}=_200_mm;EndCaps=true`)).toMatchObject({
      ok: true,
      configuration: { isDefault: true },
    });
  });

  it.each([
    [`${L}=_300_mm`, L, `Länge: "_300_mm" is not one of its options (100 mm, 200 mm, 400 mm).`],
    ["EndCaps=yes", "EndCaps", `Endkappen: "yes" must be true or false.`],
    [
      "Thickness=80+millimeter",
      "Thickness",
      "Plattendicke: 80 mm is out of range (5 mm to 50 mm).",
    ],
    ["Thickness=4.9 mm", "Thickness", "Plattendicke: 4.9 mm is out of range (5 mm to 50 mm)."],
    [
      "Thickness=20+kilogram",
      "Thickness",
      `Plattendicke: "kilogram" is not a unit of length (use mm, cm, m, in, ft, yd).`,
    ],
    [
      "Thickness=20 deg",
      "Thickness",
      `Plattendicke: "deg" is not a unit of length (use mm, cm, m, in, ft, yd).`,
    ],
    [
      "Thickness=thick",
      "Thickness",
      `Plattendicke: "thick" is not a number with a unit, e.g. 10 mm.`,
    ],
    ["EndCaps=true;EndCaps=false", "EndCaps", "Endkappen: given twice."],
    [
      "Colour=red",
      null,
      `Configuration: this element has no input "Colour". Its inputs are Länge (${L}), Endkappen (EndCaps), Plattendicke (Thickness), Beschriftung (Label).`,
    ],
    ["EndCaps", null, `Configuration: "EndCaps" is not of the form input=value.`],
  ])("refuses %s, naming the input", (raw, parameterId, message) => {
    expect(check(raw)).toEqual({ ok: false, parameterId, message });
  });

  it("an unconfigured element takes no configuration", () => {
    expect(check("", [])).toMatchObject({ ok: true, configuration: { encoded: "" } });
    expect(check("EndCaps=true", [])).toEqual({
      ok: false,
      parameterId: null,
      message: `Configuration: this element has no input "EndCaps". It has no configuration inputs.`,
    });
  });

  it("reads plain numbers, angles and whole numbers", () => {
    const inputs: ConfigurationParameter[] = [
      {
        type: "quantity",
        id: "Angle",
        name: "Winkel",
        quantityType: "ANGLE",
        units: "degree",
        defaultValue: 45,
        minValue: 0,
        maxValue: 90,
      },
      {
        type: "quantity",
        id: "Count",
        name: "Anzahl",
        quantityType: "INTEGER",
        units: "",
        defaultValue: 2,
        minValue: 1,
        maxValue: 8,
      },
    ];
    expect(encodeConfiguration(inputs, { Angle: 30, Count: 3 })).toBe("Angle=30+degree;Count=3");
    const checked = checkConfiguration(inputs, "Angle=0.5 rad;Count=4");
    expect(checked.ok && checked.configuration.encoded).toBe("Angle=28.6478897565+degree;Count=4");
    expect(checkConfiguration(inputs, "Count=2.5")).toMatchObject({
      ok: false,
      message: "Anzahl: 2.5 is not a whole number.",
    });
    expect(checkConfiguration(inputs, "Count=3 mm")).toMatchObject({
      ok: false,
      message: `Anzahl: takes a plain number, without a unit ("mm").`,
    });
  });
});

describe("naming a configuration", () => {
  it("says every input's value, for headings and file names", () => {
    const result = check(`${L}=_400_mm;EndCaps=false;Thickness=20+millimeter`);
    if (!result.ok) throw new Error(result.message);
    expect(describeConfiguration(result.configuration)).toBe(
      "Länge 400 mm, Endkappen no, Plattendicke 20 mm, Beschriftung A",
    );
    expect(exportFileName("Schiene konfigurierbar", result.configuration, "parts")).toBe(
      "Schiene konfigurierbar (Länge 400 mm, Endkappen no, Plattendicke 20 mm, Beschriftung A) - parts.csv",
    );
    const none = check("", []);
    if (!none.ok) throw new Error(none.message);
    expect(exportFileName("Gehäuse & Wellen", none.configuration, "parts")).toBe(
      "Gehäuse & Wellen - parts.csv",
    );
  });
});

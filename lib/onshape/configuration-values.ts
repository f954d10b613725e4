import {
  convertQuantity,
  dimensionOf,
  findUnit,
  parseQuantity,
  plainNumber,
  quantityText as formatQuantity,
  unitSymbols,
  type QuantityUnit,
} from "./quantity-units";
import type {
  Configuration,
  ConfigurationParameter,
  ConfigurationValue,
  ConfigurationValues,
} from "./types";

// Onshape's configuration strings (`id=value;id=value`) read against an element's inputs, and
// written back the one way Onshape documents: list inputs by option id, booleans true/false,
// quantities `<number>+<unit>` in the input's own unit. Links typed by hand are read more
// kindly (an option's name, "20 mm", "20 millimeter", a number in the input's unit), but what
// is sent to Onshape, and so every cache key, is always the one canonical string. Pure and
// client-safe: the configuration form checks with the same code before it navigates.

export type ConfigurationCheck =
  | { ok: true; configuration: Configuration }
  | { ok: false; message: string; parameterId: string | null };

/** The unit a quantity input's range and default are given in; none for INTEGER and REAL. */
function unitOfInput(parameter: { units: string }): QuantityUnit | undefined {
  return parameter.units ? findUnit(parameter.units) : undefined;
}

/** How a unit is shown next to a number: "mm", "°"; Onshape's name for units it has no symbol of. */
export function unitLabel(units: string): string {
  return (units && findUnit(units)?.symbol) || units;
}

/** No float noise in what is sent or shown: 19.99 stays 19.99, 0.1 + 0.2 is 0.3. */
function plain(value: number): string {
  return String(plainNumber(value));
}

export function quantityText(parameter: { units: string }, value: number): string {
  const known = unitOfInput(parameter);
  if (known || !parameter.units) return formatQuantity(value, known);
  return `${plain(value)} ${parameter.units}`;
}

/** A value as the user reads it: an option's name, yes/no, "20 mm". */
export function displayValue(parameter: ConfigurationParameter, value: ConfigurationValue): string {
  switch (parameter.type) {
    case "list":
      return parameter.options.find((option) => option.id === value)?.name ?? String(value);
    case "boolean":
      return value === true ? "yes" : "no";
    case "quantity":
      return quantityText(parameter, Number(value));
    case "string":
      return String(value);
  }
}

/** How a value is written in Onshape's configuration string. */
export function encodedValue(parameter: ConfigurationParameter, value: ConfigurationValue): string {
  if (parameter.type !== "quantity") return String(value);
  const number = plain(Number(value));
  return parameter.units ? `${number}+${parameter.units}` : number;
}

export function defaultValues(parameters: readonly ConfigurationParameter[]): ConfigurationValues {
  return Object.fromEntries(parameters.map((p) => [p.id, p.defaultValue]));
}

/** Every input as `id=value;…`, in the order Onshape lists them (all of them: see PLATFORM §6). */
export function encodeConfiguration(
  parameters: readonly ConfigurationParameter[],
  values: ConfigurationValues,
): string {
  return parameters
    .map(
      (parameter) =>
        `${parameter.id}=${encodedValue(parameter, values[parameter.id] ?? parameter.defaultValue)}`,
    )
    .join(";");
}

export function toConfiguration(
  parameters: readonly ConfigurationParameter[],
  values: ConfigurationValues,
): Configuration {
  const complete = { ...defaultValues(parameters), ...values };
  return {
    parameters: [...parameters],
    values: complete,
    encoded: encodeConfiguration(parameters, complete),
    isDefault: parameters.every((p) => complete[p.id] === p.defaultValue),
  };
}

/** "Länge 400 mm, Endkappen no": what a heading or a file name says the configuration is. */
export function describeConfiguration(configuration: Configuration): string {
  return configuration.parameters
    .map((p) => `${p.name} ${displayValue(p, configuration.values[p.id] ?? p.defaultValue)}`)
    .join(", ");
}

type ValueCheck = { ok: true; value: ConfigurationValue } | { ok: false; message: string };

function checkQuantity(
  parameter: Extract<ConfigurationParameter, { type: "quantity" }>,
  raw: string,
): ValueCheck {
  const label = parameter.name;
  const example = quantityText(parameter, parameter.defaultValue);
  const parsed = parseQuantity(raw);
  if (!parsed) {
    return {
      ok: false,
      message: `${label}: "${raw}" is not a number${parameter.units ? ` with a unit, e.g. ${example}` : ""}.`,
    };
  }
  const { unit, unitText } = parsed;
  const target = unitOfInput(parameter);
  let value = parsed.value;
  if (unitText !== "") {
    if (unit && target && unit.dimension === target.dimension) {
      value = convertQuantity(value, unit, target);
    } else if (target || parameter.units === "" || unitText !== parameter.units) {
      // Only a unit this app does not know, spelled exactly as Onshape names it, is taken as is.
      const dimension = dimensionOf(parameter.quantityType);
      const allowed = dimension ? unitSymbols(dimension) : parameter.units;
      return {
        ok: false,
        message: parameter.units
          ? `${label}: "${unitText}" is not a unit of ${parameter.quantityType.toLowerCase()} (use ${allowed}).`
          : `${label}: takes a plain number, without a unit ("${unitText}").`,
      };
    }
  }
  if (parameter.quantityType === "INTEGER" && !Number.isInteger(value)) {
    return { ok: false, message: `${label}: ${plain(value)} is not a whole number.` };
  }
  const tolerance = 1e-9 * Math.max(1, Math.abs(parameter.maxValue), Math.abs(parameter.minValue));
  if (value < parameter.minValue - tolerance || value > parameter.maxValue + tolerance) {
    const range = `${quantityText(parameter, parameter.minValue)} to ${quantityText(parameter, parameter.maxValue)}`;
    return {
      ok: false,
      message: `${label}: ${quantityText(parameter, value)} is out of range (${range}).`,
    };
  }
  return { ok: true, value: plainNumber(value) };
}

function checkValue(parameter: ConfigurationParameter, raw: string): ValueCheck {
  switch (parameter.type) {
    case "list": {
      const option =
        parameter.options.find((o) => o.id === raw) ??
        parameter.options.find((o) => o.name === raw);
      if (option) return { ok: true, value: option.id };
      const names = parameter.options.map((o) => o.name).join(", ");
      return {
        ok: false,
        message: `${parameter.name}: "${raw}" is not one of its options (${names}).`,
      };
    }
    case "boolean":
      if (raw === "true" || raw === "false") return { ok: true, value: raw === "true" };
      return { ok: false, message: `${parameter.name}: "${raw}" must be true or false.` };
    case "quantity":
      return checkQuantity(parameter, raw);
    case "string":
      return { ok: true, value: raw };
  }
}

/**
 * A configuration string from a link, checked against the element's inputs. Inputs it leaves
 * out keep their defaults; "" and "default" are all defaults.
 */
export function checkConfiguration(
  parameters: readonly ConfigurationParameter[],
  raw: string | undefined,
): ConfigurationCheck {
  const text = (raw ?? "").trim();
  const values: Record<string, ConfigurationValue> = {};
  if (text !== "" && text !== "default") {
    for (const segment of text.split(";")) {
      if (segment.trim() === "") continue;
      const at = segment.indexOf("=");
      const id = segment.slice(0, Math.max(0, at)).trim();
      if (at <= 0 || !id) {
        return {
          ok: false,
          parameterId: null,
          message: `Configuration: "${segment}" is not of the form input=value.`,
        };
      }
      const parameter =
        parameters.find((p) => p.id === id) ?? parameters.find((p) => p.name === id);
      if (!parameter) {
        const known = parameters.length
          ? `Its inputs are ${parameters.map((p) => `${p.name} (${p.id})`).join(", ")}.`
          : "It has no configuration inputs.";
        return {
          ok: false,
          parameterId: null,
          message: `Configuration: this element has no input "${id}". ${known}`,
        };
      }
      if (parameter.id in values) {
        return { ok: false, parameterId: parameter.id, message: `${parameter.name}: given twice.` };
      }
      const checked = checkValue(parameter, segment.slice(at + 1));
      if (!checked.ok) return { ok: false, parameterId: parameter.id, message: checked.message };
      values[parameter.id] = checked.value;
    }
  }
  return { ok: true, configuration: toConfiguration(parameters, values) };
}

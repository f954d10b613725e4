import { lengthUnitNamed, lengthUnits } from "../model/length-units";
import type { ConfigurationValues, SeedConfigurationParameter } from "../seed/types";

// Onshape's configuration strings, `id=value;id=value`, sent URL-encoded once as the
// `configuration` query parameter or as a JSON string. Lists take the option id (never its
// name), booleans `true`/`false`, quantities `<number>+<unit>` as in Onshape's own URLs
// (`Thickness=20+millimeter`); anything else is refused with a message naming the problem.
// Omitted parameters keep their defaults; "" and "default" mean all defaults.

export type ParsedConfiguration = {
  values: ConfigurationValues;
  /** Ids given explicitly, in the order given. */
  explicit: readonly string[];
};

export type ConfigurationResult =
  { ok: true; value: ParsedConfiguration } | { ok: false; message: string };

const quantityPattern = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\+([a-z]+)$/;

export function defaultValues(parameters: readonly SeedConfigurationParameter[]) {
  return Object.fromEntries(parameters.map((p) => [p.id, p.defaultValue])) as ConfigurationValues;
}

type ValueResult = { ok: true; value: string | number | boolean } | { ok: false; message: string };

function parseValue(parameter: SeedConfigurationParameter, raw: string): ValueResult {
  const label = `${parameter.id} (${parameter.name})`;
  switch (parameter.type) {
    case "ENUM": {
      if (parameter.options.some((option) => option.id === raw)) return { ok: true, value: raw };
      const byName = parameter.options.find((option) => option.name === raw);
      const ids = parameter.options.map((option) => option.id).join(", ");
      return {
        ok: false,
        message: byName
          ? `Configuration value "${raw}" for ${label} is an option name; use its option id ${byName.id}.`
          : `Configuration value "${raw}" is not an option of ${label}; options are ${ids}.`,
      };
    }
    case "BOOLEAN":
      if (raw === "true" || raw === "false") return { ok: true, value: raw === "true" };
      return {
        ok: false,
        message: `Configuration value "${raw}" for ${label} must be true or false.`,
      };
    case "QUANTITY": {
      const match = quantityPattern.exec(raw);
      if (!match) {
        return {
          ok: false,
          message: `Configuration value "${raw}" for ${label} must be <number>+<unit>, e.g. ${parameter.defaultValue}+${parameter.units} (a "+" must be sent as %2B).`,
        };
      }
      const unit = match[2] ?? "";
      const factor = lengthUnitNamed(unit)?.mm;
      if (factor === undefined) {
        return {
          ok: false,
          message: `Configuration value "${raw}" for ${label} has unit "${unit}", which is not a length unit (${lengthUnits.map((u) => u.name).join(", ")}).`,
        };
      }
      const value = Number(match[1]) * factor;
      const epsilon = 1e-9 * Math.max(1, Math.abs(parameter.maxValue));
      if (value < parameter.minValue - epsilon || value > parameter.maxValue + epsilon) {
        return {
          ok: false,
          message: `Configuration value "${raw}" for ${label} is out of range ${parameter.minValue}…${parameter.maxValue} ${parameter.units}.`,
        };
      }
      return { ok: true, value };
    }
    case "STRING":
      return { ok: true, value: raw };
  }
}

/** `raw` as the request carried it, after URL decoding. */
export function parseConfiguration(
  parameters: readonly SeedConfigurationParameter[],
  raw: string | undefined,
): ConfigurationResult {
  const values: Record<string, string | number | boolean> = { ...defaultValues(parameters) };
  const explicit: string[] = [];
  const text = (raw ?? "").trim();
  if (text === "" || text === "default") return { ok: true, value: { values, explicit } };
  for (const segment of text.split(";")) {
    if (segment === "") continue;
    const at = segment.indexOf("=");
    if (at <= 0) {
      return {
        ok: false,
        message: `Configuration "${segment}" is not of the form parameterId=value.`,
      };
    }
    const id = segment.slice(0, at);
    const parameter = parameters.find((p) => p.id === id);
    if (!parameter) {
      const known = parameters.map((p) => p.id).join(", ") || "none: the element is not configured";
      return {
        ok: false,
        message: `Unknown configuration parameter "${id}" (parameters: ${known}).`,
      };
    }
    if (explicit.includes(id)) {
      return { ok: false, message: `Configuration parameter "${id}" is given twice.` };
    }
    const parsed = parseValue(parameter, segment.slice(at + 1));
    if (!parsed.ok) return parsed;
    values[id] = parsed.value;
    explicit.push(id);
  }
  return { ok: true, value: { values, explicit } };
}

/** How a value is written in a configuration string. */
export function encodeValue(parameter: SeedConfigurationParameter, value: unknown): string {
  if (parameter.type === "QUANTITY") return `${Number(value)}+${parameter.units}`;
  return String(value);
}

/** `id=value;…` for the given ids (default: all), in the parameters' order. */
export function configurationString(
  parameters: readonly SeedConfigurationParameter[],
  values: ConfigurationValues,
  ids: readonly string[] = parameters.map((p) => p.id),
): string {
  return parameters
    .filter((p) => ids.includes(p.id))
    .map((p) => `${p.id}=${encodeValue(p, values[p.id])}`)
    .join(";");
}

export function isDefault(
  parameters: readonly SeedConfigurationParameter[],
  values: ConfigurationValues,
): boolean {
  return parameters.every((p) => values[p.id] === p.defaultValue);
}

import type { ConfigurationParameter } from "../types";
import type { RawConfiguration, RawConfigurationParameter } from "../raw-types";

// getConfiguration's inputs. An input of a kind the app does not know is left out: Onshape then
// uses its default, and the app never sends a value it cannot check.

function toParameter(raw: RawConfigurationParameter): ConfigurationParameter | null {
  const id = raw.parameterId;
  if (!id) return null;
  const name = raw.parameterName || id;
  switch (raw.btType) {
    case "BTMConfigurationParameterEnum-105": {
      const options = (raw.options ?? [])
        .filter((option) => option.option)
        .map((option) => ({ id: option.option!, name: option.optionName || option.option! }));
      if (options.length === 0) return null;
      const defaultValue = options.some((o) => o.id === raw.defaultValue)
        ? raw.defaultValue!
        : options[0]!.id;
      return { type: "list", id, name, defaultValue, options };
    }
    case "BTMConfigurationParameterBoolean-2550":
      return { type: "boolean", id, name, defaultValue: raw.defaultValue === true };
    case "BTMConfigurationParameterQuantity-1826": {
      const range = raw.rangeAndDefault;
      const number = (value: number | undefined, fallback: number) =>
        typeof value === "number" && Number.isFinite(value) ? value : fallback;
      const minValue = number(range?.minValue, -Infinity);
      const maxValue = number(range?.maxValue, Infinity);
      return {
        type: "quantity",
        id,
        name,
        quantityType: raw.quantityType ?? "UNKNOWN",
        units: range?.units ?? "",
        defaultValue: number(range?.defaultValue, Math.max(minValue, Math.min(maxValue, 0))),
        minValue,
        maxValue,
      };
    }
    case "BTMConfigurationParameterString-872":
      return { type: "string", id, name, defaultValue: raw.defaultValue ?? "" };
    default:
      return null;
  }
}

export function toConfigurationParameters(raw: RawConfiguration): ConfigurationParameter[] {
  const parameters = (raw.configurationParameters ?? []) as unknown as RawConfigurationParameter[];
  return parameters.map(toParameter).filter((p): p is ConfigurationParameter => p !== null);
}

import { configurators } from "../seed/configurators";
import type {
  SeedAssembly,
  SeedConfigurationParameter,
  SeedElement,
  SeedPart,
  SeedPartStudio,
} from "../seed/types";
import {
  configurationString,
  isDefault,
  parseConfiguration,
  type ParsedConfiguration,
} from "./parse-configuration";

// A configuration applied to a seeded element: which parameters it has, what a request's
// configuration string means for it, and (Part Studios) which parts that gives.

export type ElementConfiguration = ParsedConfiguration & {
  parameters: readonly SeedConfigurationParameter[];
  /** "default" for the default configuration, else every parameter as `id=value;…`. */
  id: string;
};

export type ElementConfigurationResult =
  { ok: true; value: ElementConfiguration } | { ok: false; message: string };

export function parametersOf(element: SeedElement): readonly SeedConfigurationParameter[] {
  return element.elementType === "PARTSTUDIO" || element.elementType === "ASSEMBLY"
    ? (element.configuration?.parameters ?? [])
    : [];
}

export function configureElement(
  element: SeedElement,
  raw: string | undefined,
): ElementConfigurationResult {
  const parameters = parametersOf(element);
  const parsed = parseConfiguration(parameters, raw);
  if (!parsed.ok) return parsed;
  const { values } = parsed.value;
  const id = isDefault(parameters, values) ? "default" : configurationString(parameters, values);
  return { ok: true, value: { ...parsed.value, parameters, id } };
}

/** The Part Studio's parts in a configuration (its stored parts in the default one). */
export function configuredParts(
  partStudio: SeedPartStudio,
  configuration: ElementConfiguration,
): readonly SeedPart[] {
  const configurator = partStudio.configuration?.configurator;
  const configure = configurator ? configurators[configurator] : undefined;
  return configure ? configure(partStudio.parts, configuration.values) : partStudio.parts;
}

/** The Part Studio's parts for a configuration string; undefined when it is invalid. */
export function partsForConfiguration(
  partStudio: SeedPartStudio,
  raw: string | undefined,
): readonly SeedPart[] | undefined {
  const configuration = configureElement(partStudio, raw);
  return configuration.ok ? configuredParts(partStudio, configuration.value) : undefined;
}

/** An assembly instance's quantity under the assembly's configuration. */
export function instanceQuantity(
  instance: SeedAssembly["instances"][number],
  configuration: ElementConfiguration | undefined,
): number {
  if (instance.kind !== "part" || !instance.quantityWhen) return instance.quantity;
  const { parameterId, quantity } = instance.quantityWhen;
  return configuration?.values[parameterId] === true ? quantity : instance.quantity;
}

/**
 * How Onshape's JSON names a configuration in use (BOM item sources, assembly instances):
 * `configuration` the parameters set explicitly ("default" for none), `fullConfiguration`
 * all of them.
 */
export function configurationFields(configuration: ElementConfiguration) {
  return {
    configuration:
      configuration.explicit.length > 0
        ? configurationString(
            configuration.parameters,
            configuration.values,
            configuration.explicit,
          )
        : "default",
    fullConfiguration: configuration.id,
  };
}

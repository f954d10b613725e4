import { configureRail } from "./configured-rail";
import type { ConfigurationValues, SeedPart } from "./types";

/** How a configured Part Studio's parameters turn its default parts into another set. */
export type Configurator = (parts: readonly SeedPart[], values: ConfigurationValues) => SeedPart[];

export const configurators: Readonly<Record<string, Configurator>> = { rail: configureRail };

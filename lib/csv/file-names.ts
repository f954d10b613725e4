import { describeConfiguration } from "@/lib/onshape/configuration-values";
import type { Configuration } from "@/lib/onshape/types";

/** "Schiene (Länge 400 mm, Endkappen no) - parts.csv": a configured element's file names it. */
export function exportFileName(
  elementName: string,
  configuration: Configuration,
  what: string,
): string {
  const configured = configuration.parameters.length
    ? ` (${describeConfiguration(configuration)})`
    : "";
  return `${elementName}${configured} - ${what}.csv`;
}

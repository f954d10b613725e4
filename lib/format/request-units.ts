import "server-only";
import { cookies } from "next/headers";
import { isUnitSystem, unitsCookie, type UnitSystem } from "./units";

/**
 * The units a page shows: the link's `?units=` first (a shared link shows the sender's units),
 * then the reader's remembered choice, then metric.
 */
export async function requestUnits(fromLink: unknown): Promise<UnitSystem> {
  if (isUnitSystem(fromLink)) return fromLink;
  const remembered = (await cookies()).get(unitsCookie)?.value;
  return isUnitSystem(remembered) ? remembered : "metric";
}

import "server-only";
import { AppError } from "@/lib/errors";
import { dataOf, onshapeClient } from "./api/client";
import { checkConfiguration } from "./configuration-values";
import { toConfigurationParameters } from "./mappers/configuration";
import { oncePerRender, refKey } from "./request-memo";
import type { Configuration, ElementRef } from "./types";

// Configured data is always read in a configuration the app has checked against the element's
// inputs: a wrong value gets a message naming the input, and Onshape is never asked for data
// in a configuration it would refuse or silently replace by another.

/** A Part Studio's or assembly's configuration inputs (none for an unconfigured one). */
export function getConfigurationParameters(userId: string, ref: ElementRef) {
  const element = { ...ref, configuration: undefined };
  return oncePerRender(`configuration ${userId} ${refKey(element)}`, async () => {
    const result = await onshapeClient(userId).GET(
      "/elements/d/{did}/{wvm}/{wvmid}/e/{eid}/configuration",
      {
        params: {
          path: { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId },
        },
      },
    );
    return toConfigurationParameters(dataOf(result));
  });
}

/** The configuration `ref` asks for, checked; a bad-request AppError naming the input if wrong. */
export async function resolveConfiguration(
  userId: string,
  ref: ElementRef,
): Promise<Configuration> {
  const checked = checkConfiguration(
    await getConfigurationParameters(userId, ref),
    ref.configuration,
  );
  if (!checked.ok) throw new AppError("bad-request", checked.message);
  return checked.configuration;
}

/**
 * Loads configured data with the query its calls carry. A page that names no configuration
 * shows the element's defaults, which is what Onshape answers a call without one: those calls
 * go alongside the inputs' lookup instead of after it (one round trip, not two). A named one is
 * checked first, so a wrong value costs no data call.
 */
export async function inConfiguration<T>(
  userId: string,
  ref: ElementRef,
  load: (query: { configuration?: string }) => Promise<T>,
): Promise<T> {
  if (!ref.configuration) {
    const [, data] = await Promise.all([resolveConfiguration(userId, ref), load({})]);
    return data;
  }
  return load(configurationQuery(await resolveConfiguration(userId, ref)));
}

/** The query every call for configured data carries: every input, or nothing when there are none. */
export function configurationQuery(configuration: Configuration): { configuration?: string } {
  return configuration.encoded ? { configuration: configuration.encoded } : {};
}

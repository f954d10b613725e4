import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import { toPartRows } from "./mappers/parts";
import { bomRowsByPart, occurrenceParts, partKey, toEntityOwners } from "./mappers/selection";
import type { RawAssemblyInstance } from "./raw-types";
import { oncePerRender, refKey } from "./request-memo";
import type { AssemblySelectionData, ElementRef, PartStudioSelectionData } from "./types";

// What the right panel combines in the browser for every selection: read once per
// microversion (three calls in parallel), so changing the selection costs no call at all.

export function getPartStudioSelectionData(
  userId: string,
  ref: ElementRef,
  configuration: string,
): Promise<PartStudioSelectionData> {
  return oncePerRender(`selection ${userId} ${refKey(ref)} ${configuration}`, async () => {
    const client = onshapeClient(userId);
    const path = { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId };
    const configured = configuration ? { configuration } : {};
    const [parts, mass, details] = await Promise.all([
      client
        .GET("/parts/d/{did}/{wvm}/{wvmid}/e/{eid}", { params: { path, query: configured } })
        .then(dataOf),
      client
        .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties", {
          params: { path, query: { massAsGroup: false, ...configured } },
        })
        .then(dataOf),
      client
        .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/bodydetails", {
          params: { path, query: { includeGeometricData: false, ...configured } },
        })
        .then(dataOf),
    ]);
    return {
      kind: "PARTSTUDIO",
      microversionId: mass.microversionId ?? null,
      parts: toPartRows(parts, mass),
      entityOwners: toEntityOwners(details),
    };
  });
}

/**
 * An assembly's instances for the right panel: its definition (occurrence path → part), its
 * flattened BOM (quantities, names, materials) and, per Part Studio used, the mass properties
 * at the microversion the assembly uses it at: 2 + one call per Part Studio, in parallel where
 * they do not depend on each other.
 */
export function getAssemblySelectionData(
  userId: string,
  ref: ElementRef,
  configuration: string,
): Promise<AssemblySelectionData> {
  return oncePerRender(`assembly selection ${userId} ${refKey(ref)} ${configuration}`, async () => {
    const client = onshapeClient(userId);
    const path = { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId };
    const configured = configuration ? { configuration } : {};
    const [definition, bom] = await Promise.all([
      client
        .GET("/assemblies/d/{did}/{wvm}/{wvmid}/e/{eid}", { params: { path, query: configured } })
        .then(dataOf),
      client
        .GET("/assemblies/d/{did}/{wvm}/{wvmid}/e/{eid}/bom", {
          params: {
            path,
            query: { indented: false, multiLevel: true, generateIfAbsent: true, ...configured },
          },
        })
        .then(dataOf),
    ]);
    const instances = occurrenceParts(definition);
    const studios = new Map<string, RawAssemblyInstance>();
    for (const instance of Object.values(instances)) {
      const studio = `${instance.documentId} ${instance.elementId} ${instance.documentMicroversion} ${instance.configuration ?? ""}`;
      if (!studios.has(studio)) studios.set(studio, instance);
    }
    const masses = await Promise.all(
      [...studios.values()].map(async (instance) => {
        // The microversion the assembly uses the Part Studio at: immutable, cached for good.
        const snapshot = instance.documentMicroversion
          ? { wvm: "m" as const, wvmid: instance.documentMicroversion }
          : { wvm: ref.wvm, wvmid: ref.wvmId };
        const mass = await client
          .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties", {
            params: {
              path: { did: instance.documentId ?? "", eid: instance.elementId ?? "", ...snapshot },
              query: {
                massAsGroup: false,
                ...(instance.configuration ? { configuration: instance.configuration } : {}),
              },
            },
          })
          .then(dataOf);
        return { instance, bodies: mass.bodies ?? {} };
      }),
    );
    const rows = bomRowsByPart(bom);
    const parts: AssemblySelectionData["parts"] = {};
    const occurrences: AssemblySelectionData["occurrences"] = {};
    for (const [occurrence, instance] of Object.entries(instances)) {
      const key = partKey(instance);
      occurrences[occurrence] = key;
      if (parts[key]) continue;
      const studio = masses.find(
        (m) =>
          m.instance.documentId === instance.documentId &&
          m.instance.elementId === instance.elementId,
      );
      const body = studio?.bodies[instance.partId ?? ""];
      const row = rows[key];
      parts[key] = {
        name: row?.name ?? instance.name ?? "Unnamed part",
        partNumber: row?.partNumber ?? instance.partNumber ?? null,
        material: row?.material ?? null,
        quantity: row?.quantity ?? null,
        massKg: body?.hasMass ? (body.mass?.[0] ?? null) : null,
      };
    }
    return {
      kind: "ASSEMBLY",
      microversionId: definition.rootAssembly?.documentMicroversion ?? null,
      occurrences,
      parts,
    };
  });
}

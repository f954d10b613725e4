import "server-only";
import { partMassKey } from "@/lib/bom/roll-up";
import { dataOf, onshapeClient } from "./api/client";
import { oncePerRender } from "./request-memo";
import type { BomSource, BomTable } from "./types";

/**
 * The mass of every part a BOM lists: one mass-properties call per Part Studio (and
 * configuration) its rows come from, in parallel, at the snapshot the BOM names for it (so
 * versions and microversions are cached for good). A part without material maps to null.
 */
export function getBomPartMasses(
  userId: string,
  table: BomTable,
): Promise<Map<string, number | null>> {
  const studios = new Map<string, BomSource>();
  for (const row of table.rows) {
    const source = row.source;
    if (!source?.partId) continue;
    const key = `${source.documentId} ${source.wvm} ${source.wvmId} ${source.elementId} ${source.configuration}`;
    if (!studios.has(key)) studios.set(key, source);
  }
  const memoKey = `bom masses ${userId} ${[...studios.keys()].sort().join(",")}`;
  return oncePerRender(memoKey, async () => {
    const client = onshapeClient(userId);
    const answers = await Promise.all(
      [...studios.values()].map(async (source) => {
        const configured =
          source.configuration && source.configuration !== "default"
            ? { configuration: source.configuration }
            : {};
        const mass = await client
          .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties", {
            params: {
              path: {
                did: source.documentId,
                wvm: source.wvm,
                wvmid: source.wvmId,
                eid: source.elementId,
              },
              query: { massAsGroup: false, ...configured },
            },
          })
          .then(dataOf);
        return { source, bodies: mass.bodies ?? {} };
      }),
    );
    const masses = new Map<string, number | null>();
    for (const { source, bodies } of answers) {
      for (const [partId, body] of Object.entries(bodies)) {
        const kg = body.hasMass ? (body.mass?.[0] ?? null) : null;
        masses.set(partMassKey({ ...source, partId }), kg);
      }
    }
    return masses;
  });
}

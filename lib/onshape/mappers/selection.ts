import type { RawBodyDetails } from "../raw-types";

/** Which part owns each face, edge and vertex: a body's id is its part id. */
export function toEntityOwners(details: RawBodyDetails): Record<string, string> {
  const owners: Record<string, string> = {};
  for (const body of details.bodies ?? []) {
    if (!body.id) continue;
    for (const entity of [...(body.faces ?? []), ...(body.edges ?? []), ...(body.vertices ?? [])]) {
      if (entity.id) owners[entity.id] = body.id;
    }
  }
  return owners;
}

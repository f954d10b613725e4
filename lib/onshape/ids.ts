// Every Onshape id (document, workspace, version, microversion, element, company, user) is 24
// lowercase hexadecimal characters. Ids from a URL are checked against this before they reach
// an API path. Pure and client-safe (no zod), so browser code can use it too.

export const onshapeIdSource = "[0-9a-f]{24}";

const onshapeId = new RegExp(`^${onshapeIdSource}$`);

export function isOnshapeId(value: unknown): value is string {
  return typeof value === "string" && onshapeId.test(value);
}

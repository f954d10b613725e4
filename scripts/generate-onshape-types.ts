import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";

// Generates lib/onshape/openapi/schema.d.ts from Onshape's official OpenAPI spec, keeping
// only the operations the app calls (and the schemas they reference) so the types stay small.
// Run `npm run onshape:types` after adding an operation here.

export const usedOperations = [
  "sessionInfo",
  "getDocuments",
  "getDocument",
  "getDocumentWorkspaces",
  "getDocumentVersions",
  "getElementsInDocument",
  "getPartsWMVE",
  "getPartStudioMassProperties",
  "getBillOfMaterials",
  "getElementThumbnailWithSize",
  "getDocumentThumbnailWithSize",
  "getElementThumbnailWithApiConfiguration",
  "getCurrentMicroversion",
  "getConfiguration",
  "encodeConfigurationMap",
  "decodeConfiguration",
  "getPartStudioBodyDetails",
  "getAssemblyDefinition",
  "exportPartStudioGltf",
  "exportPartGltf",
  "translateFormat",
  "createPartStudioTranslation",
  "getTranslation",
  "downloadExternalData",
  "getWMVEPsMetadata",
  "getWMVEPMetadata",
  "updateWVEPMetadata",
  "updateWVMetadata",
];

type Json = Record<string, unknown>;

const dir = "lib/onshape/openapi";
const spec = JSON.parse(await readFile(`${dir}/openapi.json`, "utf8")) as Json & {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, unknown> } & Json;
};

const paths: Record<string, Record<string, Json>> = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (usedOperations.includes(operation.operationId as string)) {
      paths[path] = { ...paths[path], [method]: normalizeResponses(operation) };
    }
  }
}

// Onshape's generator declares most successes as the `default` response, with media types
// like `application/json;charset=UTF-8; qs=0.09`. Typed clients only treat 2xx responses with
// a plain JSON media type as data, so say `200` and `application/json` (the bodies are the same).
function normalizeResponses(operation: Json): Json {
  const responses = { ...(operation.responses as Record<string, Json>) };
  const hasSuccess = Object.keys(responses).some((status) => status.startsWith("2"));
  if (!hasSuccess && responses.default) {
    responses["200"] = responses.default;
    delete responses.default;
  }
  for (const [status, response] of Object.entries(responses)) {
    const content = response.content as Record<string, unknown> | undefined;
    if (!content) continue;
    const normalized = Object.fromEntries(
      Object.entries(content).map(([type, value]) => [
        type.startsWith("application/json") ? "application/json" : type.split(";")[0]!,
        value,
      ]),
    );
    responses[status] = { ...response, content: normalized };
  }
  return { ...operation, responses };
}

// Follow $refs to the schemas those operations need.
const schemas: Record<string, unknown> = {};
const pending = [JSON.stringify(paths)];
while (pending.length > 0) {
  for (const [, name] of pending.pop()!.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
    if (name && !(name in schemas)) {
      schemas[name] = spec.components.schemas[name];
      pending.push(JSON.stringify(schemas[name]));
    }
  }
}

const subset = { ...spec, paths, components: { schemas } };
await writeFile(`${dir}/onshape-subset.json`, JSON.stringify(subset, null, 1));
execFileSync(
  "npx",
  ["openapi-typescript", `${dir}/onshape-subset.json`, "-o", `${dir}/schema.d.ts`],
  {
    stdio: "inherit",
  },
);
console.log(`${Object.keys(paths).length} paths, ${Object.keys(schemas).length} schemas`);

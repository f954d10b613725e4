import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";

// Checks JSON against Onshape's official OpenAPI spec, in two ways:
// 1. ajv validates the JSON against the schema (types, enums, required);
// 2. a stricter walk checks that every property is declared by the schema, because Onshape's
//    schemas never set additionalProperties: false and ajv alone would let the emulator invent
//    field names the real API never sends (or accept request fields Onshape refuses).
// The unit tests check every emulator answer with it; the emulator checks request bodies.

type JsonObject = { [key: string]: unknown };
type Schema = JsonObject;

const SPEC_ID = "openapi.json";
const specPath = new URL("../../lib/onshape/openapi/openapi.json", import.meta.url);
export const openapiSpec = JSON.parse(readFileSync(specPath, "utf8")) as JsonObject;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isJavaObject = (value: unknown) =>
  isObject(value) &&
  value.type === "object" &&
  Object.keys(value).every((k) => k === "type" || k === "description");

/**
 * Onshape's spec generator writes Java `Object` values as a bare `{type: "object"}` although
 * the real API puts strings, numbers and booleans there (BOM `headerIdToValue`: "Gehäuse", 2;
 * metadata `value`: "PRT-001", true). Map values and properties with exactly that schema are
 * treated as "any JSON value". Nothing else in the spec is changed.
 */
function relaxJavaObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relaxJavaObjects);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "additionalProperties" && isJavaObject(value)) out[key] = {};
    else if (key === "properties" && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [
          name,
          isJavaObject(schema) ? {} : relaxJavaObjects(schema),
        ]),
      );
    } else out[key] = relaxJavaObjects(value);
  }
  return out;
}

const validationSpec = relaxJavaObjects(openapiSpec) as JsonObject;

const isFiniteNumber = (value: number) => Number.isFinite(value);
const ajv = new Ajv({
  strict: false,
  allErrors: true,
  formats: {
    "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    uri: (value: string) => URL.canParse(value),
    byte: true,
    binary: true,
    int32: {
      type: "number",
      validate: (v: number) => Number.isInteger(v) && Math.abs(v) < 2 ** 31,
    },
    int64: { type: "number", validate: (v: number) => Number.isSafeInteger(v) },
    double: { type: "number", validate: isFiniteNumber },
    float: { type: "number", validate: isFiniteNumber },
  },
});
ajv.addSchema(validationSpec, SPEC_ID);

function resolveRef(ref: string): Schema {
  if (!ref.startsWith("#/")) throw new Error(`Unsupported $ref ${ref}`);
  let node: unknown = validationSpec;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) ? node[key] : undefined;
  }
  if (!isObject(node)) throw new Error(`Unresolvable $ref ${ref}`);
  return node;
}

/** Rewrites `#/…` refs so a schema copied out of the spec compiles against the added spec. */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? `${SPEC_ID}${value}` : anchorRefs(value),
    ]),
  );
}

type Operation = {
  method: string;
  path: string;
  responseContent: Record<string, { schema?: Schema }>;
  requestContent: Record<string, { schema?: Schema }>;
  /** OAuth scopes the operation requires; empty when the spec declares none. */
  scopes: string[];
};

/** Where an operation lives in the spec and the media types of its success response. */
export function findOperation(operationId: string): Operation {
  const paths = validationSpec.paths as Record<string, Record<string, unknown>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation) || operation.operationId !== operationId) continue;
      // Onshape documents most success responses as "default" rather than "200".
      const responses = operation.responses as Record<string, JsonObject>;
      const response = responses["200"] ?? responses.default;
      const responseContent = (response?.content ?? {}) as Operation["responseContent"];
      const requestBody = operation.requestBody as { content?: JsonObject } | undefined;
      const requestContent = (requestBody?.content ?? {}) as Operation["requestContent"];
      const security = (operation.security ?? []) as { OAuth2?: string[] }[];
      const scopes = security.flatMap((entry) => entry.OAuth2 ?? []);
      return { method: method.toUpperCase(), path, responseContent, requestContent, scopes };
    }
  }
  throw new Error(`operationId ${operationId} is not in openapi.json`);
}

/**
 * The JSON schema of an operation's success response. `mediaType` picks another JSON-like
 * media type, e.g. `model/gltf+json` for the glTF exports.
 */
export function operationResponse(
  operationId: string,
  mediaType = "application/json",
): { path: string; schema: Schema } {
  const { path, responseContent } = findOperation(operationId);
  const json = Object.entries(responseContent).find(([type]) => type.startsWith(mediaType));
  const schema = json?.[1].schema;
  if (!schema) throw new Error(`${operationId} has no ${mediaType} response schema`);
  return { path, schema };
}

/** The JSON schema of an operation's request body, if the spec declares one. */
export function operationRequestSchema(operationId: string): Schema | undefined {
  const { requestContent } = findOperation(operationId);
  return Object.entries(requestContent).find(([type]) => type.startsWith("application/json"))?.[1]
    .schema;
}

const validators = new Map<string, ValidateFunction>();

function compiled(key: string, schema: Schema): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(anchorRefs(schema) as Schema);
    validators.set(key, validate);
  }
  return validate;
}

type Collected = { properties: Record<string, Schema>; additional?: Schema; freeForm: boolean };

/** Properties a value may have under `schema`: own, allOf parents, and the discriminator's pick. */
function collectProperties(schema: Schema, value: JsonObject, seen = new Set<string>()): Collected {
  const collected: Collected = { properties: {}, freeForm: true };
  const visit = (node: Schema) => {
    if (typeof node.$ref === "string") {
      if (seen.has(node.$ref)) return;
      seen.add(node.$ref);
      visit(resolveRef(node.$ref));
      return;
    }
    for (const sub of [node.allOf, node.anyOf, node.oneOf]) {
      if (Array.isArray(sub)) sub.filter(isObject).forEach(visit);
    }
    if (isObject(node.properties)) {
      collected.freeForm = false;
      Object.assign(collected.properties, node.properties);
    }
    if (isObject(node.additionalProperties)) {
      collected.freeForm = false;
      collected.additional = node.additionalProperties;
    }
    const discriminator = node.discriminator;
    if (isObject(discriminator) && typeof discriminator.propertyName === "string") {
      const tag = value[discriminator.propertyName];
      const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
      const target = typeof tag === "string" ? mapping[tag] : undefined;
      if (typeof target === "string") visit({ $ref: target });
    }
  };
  visit(schema);
  return collected;
}

function deref(schema: Schema): Schema {
  return typeof schema.$ref === "string" ? deref(resolveRef(schema.$ref)) : schema;
}

/** Paths (e.g. `$.items[0].owner.foo`) of properties the schema does not declare. */
export function undeclaredProperties(value: unknown, schema: Schema, path = "$"): string[] {
  if (Array.isArray(value)) {
    const items = deref(schema).items;
    return isObject(items)
      ? value.flatMap((item, i) => undeclaredProperties(item, items, `${path}[${i}]`))
      : [];
  }
  if (!isObject(value)) return [];
  const { properties, additional, freeForm } = collectProperties(schema, value);
  if (freeForm) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const childSchema = properties[key] ?? additional;
    if (!childSchema) return [`${path}.${key}`];
    return undeclaredProperties(child, childSchema, `${path}.${key}`);
  });
}

export type SchemaCheck = { valid: boolean; errors: string[] };

/** ajv errors plus undeclared properties of `json` under `schema`. */
export function checkSchema(key: string, schema: Schema, json: unknown): SchemaCheck {
  const validate = compiled(key, schema);
  const errors: string[] = [];
  if (!validate(json)) {
    for (const error of validate.errors ?? []) {
      errors.push(`${error.instancePath || "/"} ${error.message ?? "invalid"}`);
    }
  }
  for (const path of undeclaredProperties(json, schema))
    errors.push(`${path} is not in the schema`);
  return { valid: errors.length === 0, errors };
}

/** An operation's answer checked against its response schema; `valid` only without errors. */
export function checkAgainstSpec(
  operationId: string,
  json: unknown,
  mediaType = "application/json",
): SchemaCheck {
  const { schema } = operationResponse(operationId, mediaType);
  return checkSchema(`response ${operationId} ${mediaType}`, schema, json);
}

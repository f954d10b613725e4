import { operationIds } from "../openapi/operation-ids";

// Which Onshape operation a request is, for the transport's logs and metrics. The typed client
// knows the path template (openapi-fetch's schemaPath); the transport only sees the Request.

const names = new WeakMap<Request, string>();

export function nameOperation(request: Request, schemaPath: string): void {
  const key = `${request.method} ${schemaPath}`;
  names.set(request, operationIds[key] ?? key);
}

export function operationOf(request: Request): string {
  return names.get(request) ?? `${request.method} (unnamed)`;
}

// Query-string parsing the way Onshape's Java backend treats it: booleans are "true"/"false"
// (anything else means the default), integers that do not parse fall back to the default.

export function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name)?.trim().toLowerCase();
  if (raw === "true") return true;
  if (raw === "false") return false;
  return fallback;
}

export function integerParam(
  query: URLSearchParams,
  name: string,
  fallback: number | undefined,
): number | undefined {
  const raw = query.get(name)?.trim();
  if (!raw || !/^-?\d+$/.test(raw)) return fallback;
  return Number.parseInt(raw, 10);
}

export function stringParam(query: URLSearchParams, name: string): string | undefined {
  const raw = query.get(name)?.trim();
  return raw ? raw : undefined;
}

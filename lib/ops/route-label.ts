import { isOnshapeId } from "@/lib/onshape/ids";

// Metrics and logs name a route by its pattern, not its URL: ids become `:id`, so there are a few
// dozen series instead of one per document, and no query (which may hold a code) is ever kept.

export function routeLabel(path: string, status: number): string {
  const pathname = path.split("?")[0] ?? "/";
  if (pathname.startsWith("/_next/static/")) return "/_next/static/*";
  if (pathname.startsWith("/_next/image")) return "/_next/image";
  // Unknown paths (scanners, typos) would each be a series of their own.
  if (status === 404) return "(not found)";
  return pathname
    .split("/")
    .map((segment) => (isOnshapeId(segment) ? ":id" : segment))
    .join("/");
}

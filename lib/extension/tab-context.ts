import { z } from "zod";
import { isOnshapeId } from "@/lib/onshape/ids";
import { isAllowedOnshapeOrigin } from "@/lib/onshape/origins";
import type { Wvm } from "@/lib/onshape/types";
import { wvmParameter } from "./wvm-parameter";

// The query Onshape appends to an element tab's Action URL. Everything in it comes from the
// address bar, so nothing is trusted: ids must look like Onshape ids before they reach an API
// path, and `server` must be an Onshape origin before it is used as a postMessage origin.

export const tabParameters = [
  "documentId",
  "workspaceId",
  "versionId",
  "microversionId",
  "elementId",
  "server",
  "companyId",
  "userId",
  "locale",
  "clientId",
] as const;

export type TabParameter = (typeof tabParameters)[number];

export type TabContext = {
  documentId: string;
  /** Whether the tab shows a workspace, a version or a microversion. */
  wvm: Wvm;
  wvmId: string;
  elementId: string;
  /** The Onshape origin that framed the tab, e.g. https://cad.onshape.com. */
  server: string;
  /** "cad" unless a company owns the document. */
  companyId: string;
  userId: string | null;
  locale: string | null;
  clientId: string | null;
};

export type TabContextProblem = { parameter: TabParameter; message: string };

export type TabContextResult =
  { ok: true; context: TabContext } | { ok: false; problems: TabContextProblem[] };

const id = (name: TabParameter) =>
  z.string().refine(isOnshapeId, {
    error: `${name} must be 24 lowercase hexadecimal characters, like every Onshape id`,
  });

const fieldSchemas = (apiOrigin: string) =>
  ({
    documentId: id("documentId"),
    workspaceId: id("workspaceId"),
    versionId: id("versionId"),
    microversionId: id("microversionId"),
    elementId: id("elementId"),
    server: z.string().refine((value) => isAllowedOnshapeOrigin(value, apiOrigin), {
      error: `server must be an Onshape origin (https://cad.onshape.com, https://<company>.onshape.com or ${apiOrigin})`,
    }),
    companyId: z.string().refine((value) => value === "cad" || isOnshapeId(value), {
      error: "companyId must be cad or a 24-character Onshape company id",
    }),
    userId: id("userId"),
    locale: z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, {
      error: "locale must be a language tag such as en-US",
    }),
    // Client ids contain `+`, which arrives as a space when Onshape does not encode it:
    // informational only, so any short printable text is accepted.
    clientId: z.string().regex(/^[\x20-\x7e]{1,256}$/, {
      error: "clientId must be at most 256 printable characters",
    }),
  }) satisfies Record<TabParameter, z.ZodType<string>>;

const required: readonly TabParameter[] = ["documentId", "elementId", "server"];

/** Reads the tab's query; every wrong parameter is reported, in a fixed order. */
export function parseTabContext(
  params: URLSearchParams,
  options: { apiOrigin: string },
): TabContextResult {
  const schemas = fieldSchemas(options.apiOrigin);
  const problems: TabContextProblem[] = [];
  const values: Partial<Record<TabParameter, string>> = {};
  for (const parameter of tabParameters) {
    const all = params.getAll(parameter);
    if (all.length > 1) {
      problems.push({ parameter, message: `${parameter} is given ${all.length} times` });
      continue;
    }
    const value = all[0];
    if (value === undefined) {
      if (required.includes(parameter)) {
        problems.push({ parameter, message: `${parameter} is missing` });
      }
      continue;
    }
    const result = schemas[parameter].safeParse(value);
    if (result.success) values[parameter] = value;
    else problems.push({ parameter, message: result.error.issues[0]!.message });
  }

  const snapshots = (["workspaceId", "versionId", "microversionId"] as const).filter((name) =>
    params.has(name),
  );
  if (snapshots.length === 0) {
    problems.push({
      parameter: "workspaceId",
      message: "workspaceId is missing: a tab needs a workspaceId, a versionId or a microversionId",
    });
  } else if (snapshots.length > 1) {
    problems.push({
      parameter: snapshots[1]!,
      message: `${snapshots.join(" and ")} are given together: a tab is opened at exactly one of them`,
    });
  }

  if (problems.length > 0) {
    problems.sort(
      (a, b) => tabParameters.indexOf(a.parameter) - tabParameters.indexOf(b.parameter),
    );
    return { ok: false, problems };
  }
  const wvm = (Object.keys(wvmParameter) as Wvm[]).find((key) => values[wvmParameter[key]])!;
  return {
    ok: true,
    context: {
      documentId: values.documentId!,
      wvm,
      wvmId: values[wvmParameter[wvm]]!,
      elementId: values.elementId!,
      server: new URL(values.server!).origin,
      companyId: values.companyId ?? "cad",
      userId: values.userId ?? null,
      locale: values.locale ?? null,
      clientId: values.clientId ?? null,
    },
  };
}

/** The tab's query in Onshape's parameter names, for links back to the same tab. */
export function tabContextQuery(context: TabContext): string {
  const query = new URLSearchParams({
    documentId: context.documentId,
    [wvmParameter[context.wvm]]: context.wvmId,
    elementId: context.elementId,
    server: context.server,
    companyId: context.companyId,
  });
  if (context.userId) query.set("userId", context.userId);
  if (context.locale) query.set("locale", context.locale);
  if (context.clientId) query.set("clientId", context.clientId);
  return query.toString();
}

/** The app's own path for this tab: the only place sign-in may return to. */
export function tabPath(context: TabContext): string {
  return `/tab?${tabContextQuery(context)}`;
}

/** Authorize parameters for this tab: a company's document needs that company's token. */
export function tabAuthorizationParams(companyId: string): Record<string, string> | undefined {
  return companyId === "cad" ? undefined : { company_id: companyId };
}

/** Next's `searchParams` as URLSearchParams, keeping repeated parameters repeated. */
export function toSearchParams(
  record: Record<string, string | string[] | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(key, item);
    }
  }
  return params;
}

import { z } from "zod";
import { isOnshapeId } from "@/lib/onshape/ids";
import { isAllowedOnshapeOrigin } from "@/lib/onshape/origins";
import type { ElementRef } from "@/lib/onshape/types";

// The query of the right panel's Action URL (README: registering the panel). Onshape fills
// the placeholders and appends server, companyId, userId, locale and clientId; anything else
// it adds (sessionCompanyId, theme, …) is ignored. Nothing is trusted: ids must look like
// Onshape ids and `server` must be an Onshape origin.

/** What Onshape puts in `configuration` for an element without configurations. */
export const configurationPlaceholder = "{$configuration}";

export type PanelContext = {
  elementRef: ElementRef & { wvm: "w" | "v" };
  /** Onshape's configuration string; "" is the default. */
  configuration: string;
  server: string;
  companyId: string;
  locale: string | null;
};

const id = (name: string) =>
  z.string().refine(isOnshapeId, {
    error: `${name} must be 24 lowercase hexadecimal characters, like every Onshape id`,
  });

const schema = (apiOrigin: string) =>
  z.object({
    documentId: id("documentId"),
    wv: z.enum(["w", "v"], { error: "wv must be w or v" }),
    wvid: id("wvid"),
    elementId: id("elementId"),
    configuration: z.string().max(4096).optional(),
    server: z.string().refine((value) => isAllowedOnshapeOrigin(value, apiOrigin), {
      error: "server must be an Onshape origin",
    }),
    companyId: z
      .string()
      .refine((value) => value === "cad" || isOnshapeId(value), {
        error: "companyId must be cad or a 24-character Onshape company id",
      })
      .optional(),
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/)
      .optional(),
  });

export const panelParameters = [
  "documentId",
  "wv",
  "wvid",
  "elementId",
  "configuration",
  "server",
  "companyId",
  "locale",
] as const;

export type PanelContextResult =
  { ok: true; context: PanelContext } | { ok: false; problems: string[] };

export function parsePanelContext(
  params: URLSearchParams,
  options: { apiOrigin: string },
): PanelContextResult {
  const repeated = panelParameters.filter((name) => params.getAll(name).length > 1);
  if (repeated.length > 0) {
    return { ok: false, problems: repeated.map((name) => `${name} is given more than once`) };
  }
  const values = Object.fromEntries(
    panelParameters.flatMap((name) => (params.has(name) ? [[name, params.get(name)!]] : [])),
  );
  const parsed = schema(options.apiOrigin).safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) =>
        issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
      ),
    };
  }
  const { documentId, wv, wvid, elementId, configuration, server, companyId, locale } = parsed.data;
  return {
    ok: true,
    context: {
      elementRef: { documentId, wvm: wv, wvmId: wvid, elementId },
      configuration: configurationOf(configuration),
      server: new URL(server).origin,
      companyId: companyId ?? "cad",
      locale: locale ?? null,
    },
  };
}

/**
 * An unconfigured element gets the placeholder itself, which means the default, as do "" and
 * "default". The query was decoded once already (`%3D` → `=`): that is the configuration.
 */
function configurationOf(value: string | undefined): string {
  if (!value || value === configurationPlaceholder || value === "default") return "";
  return value;
}

/** The panel's query back, for signing in and returning to the same panel. */
export function panelContextQuery(context: PanelContext): string {
  const { elementRef: ref } = context;
  const query = new URLSearchParams({
    documentId: ref.documentId,
    wv: ref.wvm,
    wvid: ref.wvmId,
    elementId: ref.elementId,
    configuration: context.configuration || configurationPlaceholder,
    server: context.server,
    companyId: context.companyId,
  });
  if (context.locale) query.set("locale", context.locale);
  return query.toString();
}

export const panelPath = (context: PanelContext) => `/panel?${panelContextQuery(context)}`;

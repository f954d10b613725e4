"use server";

import { headers } from "next/headers";
import type { ReactNode } from "react";
import { z } from "zod";
import { findSessionViewer } from "@/lib/auth/sessions";
import { currentViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { attempt, type ViewError } from "@/lib/errors";
import { isRandomToken } from "@/lib/extension/hand-off";
import { parseTabContext } from "@/lib/extension/tab-context";
import type { TabViewRequest } from "@/lib/extension/tab-navigation";
import { changeTabTarget } from "@/lib/extension/tab-workspace";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { bomViewSchema, onshapeId, wvmSchema } from "@/lib/navigation/params";
import { TabView } from "./tab-view";

// A move inside the tab: remember what it shows now (for everyone who opens this tab), then
// answer with the view, so the tab never leaves Onshape's iframe. It renders UI, so it lives
// with that UI, like the memory-only tab's first view.

const elementKinds = [
  "PARTSTUDIO",
  "ASSEMBLY",
  "DRAWING",
  "BLOB",
  "FEATURESTUDIO",
  "VARIABLESTUDIO",
  "APPLICATION",
  "OTHER",
] as const;

const target = z
  .object({
    documentId: onshapeId,
    wvm: wvmSchema.optional(),
    wvmId: onshapeId.optional(),
    elementId: onshapeId,
    kind: z.enum(elementKinds).optional(),
    configuration: z.string().max(4096).default(""),
  })
  .refine((value) => (value.wvm === undefined) === (value.wvmId === undefined), {
    error: "wvm and wvmId go together",
  });

const requestSchema = z.object({
  tabQuery: z.string().max(4096),
  sessionToken: z.string().refine(isRandomToken).optional(),
  bomView: bomViewSchema,
  change: z
    .discriminatedUnion("show", [
      z.object({ show: z.literal("document") }),
      z.object({ show: z.literal("element"), target }),
    ])
    .optional(),
});

export type TabViewResult =
  | { ok: true; view: ReactNode }
  | { ok: false; reason: "signed-out" | "invalid" }
  | { ok: false; reason: "refused"; error: ViewError };

export async function showInTab(request: TabViewRequest): Promise<TabViewResult> {
  const sameOrigin = await attempt(async () => assertSameOrigin({ headers: await headers() }));
  if (!sameOrigin.ok) return { ok: false, reason: "refused", error: sameOrigin.error };
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { tabQuery, sessionToken, bomView, change } = parsed.data;
  const tab = parseTabContext(new URLSearchParams(tabQuery), {
    apiOrigin: getEnv().ONSHAPE_API_URL,
  });
  if (!tab.ok) return { ok: false, reason: "invalid" };
  const { context } = tab;
  const viewer = sessionToken
    ? await findSessionViewer(await getDb(), sessionToken)
    : await currentViewer();
  if (!viewer) return { ok: false, reason: "signed-out" };

  if (change) {
    const next =
      change.show === "document"
        ? null
        : {
            documentId: change.target.documentId,
            snapshot:
              change.target.wvm && change.target.wvmId
                ? { wvm: change.target.wvm, wvmId: change.target.wvmId }
                : null,
            elementId: change.target.elementId,
            kind: change.target.kind ?? null,
            configuration: change.target.configuration,
          };
    const saved = await attempt(() => changeTabTarget(viewer.id, context, next));
    if (!saved.ok) return { ok: false, reason: "refused", error: saved.error };
  }
  return {
    ok: true,
    view: (
      <TabView viewer={viewer} context={context} memoryOnly={!!sessionToken} bomView={bomView} />
    ),
  };
}

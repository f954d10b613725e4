import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { tabViews } from "@/lib/db/schema";
import type { DocumentRef, ElementKind, ElementRef, Wvm } from "@/lib/onshape/types";
import type { TabContext } from "./tab-context";

// What an element tab shows, remembered per document and tab (the tab's own elementId): the
// same for everyone who opens that tab. Callers confirm with Onshape that the user can read
// the document before they read or change it (lib/extension/tab-workspace.ts).

/** An element the tab shows: of its own document (at the tab's snapshot) or of another one. */
export type TabTarget = {
  documentId: string;
  /** Null: the tab's own document, at the workspace or version the tab is open at. */
  snapshot: { wvm: Wvm; wvmId: string } | null;
  elementId: string;
  kind: ElementKind | null;
  /** Onshape's configuration string; "" is the default configuration. */
  configuration: string;
};

type TabKey = Pick<TabContext, "documentId" | "elementId">;

const key = (tab: TabKey) =>
  and(eq(tabViews.documentId, tab.documentId), eq(tabViews.tabElementId, tab.elementId));

export async function readTabTarget(db: Database, tab: TabKey): Promise<TabTarget | null> {
  const [row] = await db.select().from(tabViews).where(key(tab)).limit(1);
  if (!row) return null;
  return {
    documentId: row.targetDocumentId,
    snapshot:
      row.targetWvm && row.targetWvmId ? { wvm: row.targetWvm, wvmId: row.targetWvmId } : null,
    elementId: row.targetElementId,
    kind: (row.targetKind as ElementKind | null) ?? null,
    configuration: row.targetConfiguration,
  };
}

export async function saveTabTarget(db: Database, tab: TabKey, target: TabTarget | null) {
  if (!target) {
    await db.delete(tabViews).where(key(tab));
    return;
  }
  const values = {
    targetDocumentId: target.documentId,
    targetWvm: target.snapshot?.wvm ?? null,
    targetWvmId: target.snapshot?.wvmId ?? null,
    targetElementId: target.elementId,
    targetKind: target.kind,
    targetConfiguration: target.configuration,
    updatedAt: new Date(),
  };
  await db
    .insert(tabViews)
    .values({ documentId: tab.documentId, tabElementId: tab.elementId, ...values })
    .onConflictDoUpdate({ target: [tabViews.documentId, tabViews.tabElementId], set: values });
}

/** The element a target names, read at the tab's snapshot when it is the tab's own document. */
export function targetRef(context: DocumentRef, target: TabTarget): ElementRef {
  const snapshot = target.snapshot ?? { wvm: context.wvm, wvmId: context.wvmId };
  return { documentId: target.documentId, ...snapshot, elementId: target.elementId };
}

/**
 * A picked element as a target: one of the tab's own document at the tab's own snapshot is
 * stored without a snapshot, so a tab opened at a version shows it at that version.
 */
export function normalizeTarget(context: DocumentRef, target: TabTarget): TabTarget {
  const same =
    target.documentId === context.documentId &&
    (!target.snapshot ||
      (target.snapshot.wvm === context.wvm && target.snapshot.wvmId === context.wvmId));
  return same ? { ...target, snapshot: null } : target;
}

import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import { getDocument, getSnapshot, getSnapshotOptions } from "@/lib/onshape/documents";
import { getElement, getElements } from "@/lib/onshape/elements";
import { getPartsTable } from "@/lib/onshape/part-studio";
import { oncePerRender } from "@/lib/onshape/request-memo";
import type { BomView, DocumentInfo } from "@/lib/onshape/types";
import type { TabContext } from "./tab-context";
import {
  normalizeTarget,
  readTabTarget,
  saveTabTarget,
  targetRef,
  type TabTarget,
} from "./tab-views";

// The tab's workspace: its document by name, where in the document's history it is open, and
// what the tab shows. The remembered choice is shared by everyone who opens the tab, so it is
// used or changed only once Onshape has answered for this user's access to the document.

export type TabState = {
  document: DocumentInfo;
  /** "Main", "V2 Freigabe"; null for a microversion, which has no name. */
  snapshotName: string | null;
  target: TabTarget | null;
};

const storedTarget = (context: TabContext) =>
  oncePerRender(`tab target ${context.documentId} ${context.elementId}`, async () =>
    readTabTarget(await getDb(), context),
  );

/**
 * Starts, alongside the access check, the Onshape reads the tab will show, so a first view
 * waits for one round trip, not three. What they return is shown only once getDocument has
 * succeeded; Onshape itself refuses them to a user who cannot read the element.
 */
export function prefetchTabContent(userId: string, context: TabContext, bomView: BomView): void {
  const ignore = () => {};
  if (context.wvm !== "w") getSnapshotOptions(userId, context.documentId).catch(ignore);
  storedTarget(context)
    .then(async (target): Promise<unknown> => {
      if (!target) return getElements(userId, context);
      const ref = targetRef(context, target);
      if (target.kind === "PARTSTUDIO") getPartsTable(userId, ref).catch(ignore);
      if (target.kind === "ASSEMBLY") getBillOfMaterials(userId, ref, bomView).catch(ignore);
      return getElement(userId, ref);
    })
    .catch(ignore);
}

export async function loadTabState(userId: string, context: TabContext): Promise<TabState> {
  const target = storedTarget(context);
  // Onshape answers this only for a user who can read the document.
  const document = await getDocument(userId, context);
  const [snapshot, shown] = await Promise.all([getSnapshot(userId, context), target]);
  const snapshotName = snapshot.name;
  return { document, snapshotName, target: shown };
}

/** Remembers what the tab shows (null: the document's elements) for everyone who opens it. */
export async function changeTabTarget(
  userId: string,
  context: TabContext,
  target: TabTarget | null,
): Promise<void> {
  await getDocument(userId, context);
  let next = target && normalizeTarget(context, target);
  if (next && !next.snapshot && next.documentId !== context.documentId) {
    throw new AppError(
      "bad-request",
      "An element of another document needs its workspace or version.",
    );
  }
  if (next?.snapshot) {
    // Another document: only what this user can read there may be put in the tab.
    const element = await getElement(userId, targetRef(context, next));
    if (!element) throw new AppError("not-found", "That element does not exist in Onshape.");
    next = { ...next, kind: element.kind };
  }
  await saveTabTarget(await getDb(), context, next);
}

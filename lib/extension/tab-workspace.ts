import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getDocument, getSnapshotName } from "@/lib/onshape/documents";
import { getElement } from "@/lib/onshape/elements";
import type { DocumentInfo } from "@/lib/onshape/types";
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
// read or changed only once Onshape has answered for this user's access to the document.

export type TabState = {
  document: DocumentInfo;
  /** "Main", "V2 Freigabe"; null for a microversion, which has no name. */
  snapshotName: string | null;
  target: TabTarget | null;
};

export async function loadTabState(userId: string, context: TabContext): Promise<TabState> {
  // Onshape answers this only for a user who can read the document.
  const document = await getDocument(userId, context.documentId);
  const [snapshotName, target] = await Promise.all([
    getSnapshotName(userId, context, document),
    getDb().then((db) => readTabTarget(db, context)),
  ]);
  return { document, snapshotName, target };
}

/** Remembers what the tab shows (null: the document's elements) for everyone who opens it. */
export async function changeTabTarget(
  userId: string,
  context: TabContext,
  target: TabTarget | null,
): Promise<void> {
  await getDocument(userId, context.documentId);
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

import { documentPermission, findSnapshot, seedDocuments, type SnapshotRef } from "../seed";
import type { SeedDocument, SeedElement, SeedSnapshot } from "../seed/types";
import { newMicroversionId } from "./microversion-ids";
import type { TranslationJob } from "./translation-types";

// The documents as they are now. The seed is where every emulator (and every reset) starts;
// edits replace a workspace's elements and give it a new microversion, and every
// microversion a workspace ever had stays readable at /m/{id} with the content it had.

export type DocumentStore = {
  documents: Map<string, SeedDocument>;
  /** Workspace microversions that were current once, by id. */
  history: Map<string, { documentId: string; snapshot: SeedSnapshot }>;
  translations: Map<string, TranslationJob>;
};

export function createDocumentStore(seed: readonly SeedDocument[] = seedDocuments): DocumentStore {
  return {
    documents: new Map(seed.map((doc) => [doc.id, doc])),
    history: new Map(),
    translations: new Map(),
  };
}

export function storedDocument(store: DocumentStore, documentId: string) {
  return store.documents.get(documentId);
}

export function readableDocuments(store: DocumentStore, userId: string): SeedDocument[] {
  return [...store.documents.values()].filter(
    (doc) => documentPermission(doc, userId) !== undefined,
  );
}

/** The content a `/{wvm}/{wvmid}` path refers to; `m` takes any microversion the document had. */
export function storedSnapshot(
  store: DocumentStore,
  doc: SeedDocument,
  ref: SnapshotRef,
): SeedSnapshot | undefined {
  const current = findSnapshot(doc, ref);
  if (current || ref.wvm !== "m") return current;
  const old = store.history.get(ref.wvmId);
  return old?.documentId === doc.id ? old.snapshot : undefined;
}

export type WorkspaceChange = {
  documentId: string;
  workspaceId: string;
  userId: string;
  now: number;
  change: (elements: readonly SeedElement[]) => readonly SeedElement[];
};

/** Applies a change to a workspace: new elements, a new microversion, the old one kept. */
export function commitWorkspace(
  store: DocumentStore,
  { documentId, workspaceId, userId, now, change }: WorkspaceChange,
): string | undefined {
  const doc = store.documents.get(documentId);
  const workspace = doc?.workspaces.find((ws) => ws.id === workspaceId);
  if (!doc || !workspace) return undefined;
  store.history.set(workspace.microversionId, {
    documentId,
    snapshot: { microversionId: workspace.microversionId, elements: workspace.elements },
  });
  const microversionId = newMicroversionId();
  const modifiedAt = new Date(now).toISOString().replace("Z", "+00:00");
  const updated = {
    ...workspace,
    microversionId,
    modifiedAt,
    elements: change(workspace.elements),
  };
  store.documents.set(documentId, {
    ...doc,
    modifiedAt,
    modifiedById: userId,
    workspaces: doc.workspaces.map((ws) => (ws.id === workspaceId ? updated : ws)),
  });
  return microversionId;
}

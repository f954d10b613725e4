import type { Database } from "@/lib/db/open";
import { AppError } from "@/lib/errors";
import type { OnshapeClient } from "../api/client";
import type { ModelStatus } from "../types";
import { createModelJobs, type ModelJobsOptions } from "./model-jobs";
import {
  fixedSnapshot,
  modelKey,
  snapshotFits,
  snapshotRef,
  type ModelKey,
  type ModelTarget,
} from "./model-key";
import { createModelStore, type ModelStoreOptions, type StoredModel } from "./model-store";
import { currentMicroversion, exportPartStudioGlb } from "./onshape-calls";

// The 3D view's server side: which snapshot a view shows, the stored model if there is one
// (0 Onshape calls), else a Part Studio export now or an assembly translation in the
// background. Each server process gets one of these; the database is what they share.

export type ModelServiceOptions = ModelStoreOptions &
  Omit<ModelJobsOptions, "store" | "clientFor"> & {
    /** The Onshape client for an account, bypassing the response cache. */
    clientFor: (userId: string) => OnshapeClient;
  };

export type ModelService = ReturnType<typeof createModelService>;

const keyText = (userId: string, key: ModelKey) =>
  [userId, key.documentId, key.elementId, key.snapshot, key.configuration].join(" ");

export function createModelService(db: Database, options: ModelServiceOptions) {
  const store = createModelStore(db, options);
  const jobs = createModelJobs(db, { ...options, store });
  // Part Studio exports are synchronous: the same one asked for twice in this process runs once.
  const exporting = new Map<string, Promise<number>>();

  async function snapshotOf(
    userId: string,
    target: ModelTarget,
    shown: string | undefined,
  ): Promise<string> {
    const fixed = fixedSnapshot(target.ref);
    if (fixed) return fixed;
    if (shown !== undefined && snapshotFits(target.ref, shown)) return shown;
    const microversion = await currentMicroversion(options.clientFor(userId), {
      documentId: target.ref.documentId,
      workspaceId: target.ref.wvmId,
    });
    return `m:${microversion}`;
  }

  function exportOnce(userId: string, key: ModelKey): Promise<number> {
    const id = keyText(userId, key);
    const known = exporting.get(id);
    if (known) return known;
    const started = (async () => {
      const file = await exportPartStudioGlb(
        options.clientFor(userId),
        snapshotRef(key),
        key.configuration,
      );
      await store.put(userId, key, file);
      return file.byteLength;
    })().finally(() => exporting.delete(id));
    exporting.set(id, started);
    return started;
  }

  return {
    /**
     * Makes the model of what the page shows available: stored already, exported now (Part
     * Studio), or a translation started or joined (assembly). A workspace is resolved to its
     * current microversion first (or taken from `snapshot`, the microversion the page's own
     * workspace reads saw), so the stored model is exactly what the user sees.
     */
    async start(
      userId: string,
      target: ModelTarget,
      { retry = false, snapshot: shown }: { retry?: boolean; snapshot?: string } = {},
    ): Promise<ModelStatus> {
      if (target.kind === "ASSEMBLY" && target.ref.wvm === "m") {
        throw new AppError(
          "bad-request",
          "Onshape translates assemblies at a workspace or a version only: open one of those to see this assembly in 3D.",
        );
      }
      const snapshot = await snapshotOf(userId, target, shown);
      const key = modelKey(target, snapshot);
      const stored = await store.size(userId, key);
      if (stored !== null) return { snapshot, state: "ready", bytes: stored };
      if (target.kind === "PARTSTUDIO") {
        return { snapshot, state: "ready", bytes: await exportOnce(userId, key) };
      }
      const at = { wv: target.ref.wvm === "v" ? "v" : "w", wvId: target.ref.wvmId } as const;
      return { snapshot, ...(await jobs.start(userId, key, at, { retry })) };
    },

    /** The progress of a model started before, at the snapshot `start` answered with. */
    async status(userId: string, target: ModelTarget, snapshot: string): Promise<ModelStatus> {
      if (!snapshotFits(target.ref, snapshot)) {
        throw new AppError(
          "bad-request",
          "Invalid query parameter: snapshot does not fit the URL.",
        );
      }
      const key = modelKey(target, snapshot);
      const stored = await store.size(userId, key);
      if (stored !== null) return { snapshot, state: "ready", bytes: stored };
      if (target.kind === "PARTSTUDIO") return { snapshot, state: "none" };
      const progress = await jobs.advance(userId, key);
      // Another server may have finished the job between the two reads: it stores the model
      // before it deletes the job, so a job gone means the model is there (or never was).
      if (progress.state === "none") {
        const finished = await store.size(userId, key);
        if (finished !== null) return { snapshot, state: "ready", bytes: finished };
      }
      return { snapshot, ...progress };
    },

    /** The stored model, or null (never an Onshape call). */
    async file(userId: string, target: ModelTarget, snapshot: string): Promise<StoredModel | null> {
      if (!snapshotFits(target.ref, snapshot)) {
        throw new AppError(
          "bad-request",
          "Invalid query parameter: snapshot does not fit the URL.",
        );
      }
      return store.get(userId, modelKey(target, snapshot));
    },
  };
}

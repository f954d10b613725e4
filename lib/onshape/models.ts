import "server-only";
import { getDb } from "@/lib/db/client";
import { inStartUpContext } from "@/lib/start-up-context";
import { onshapeClient, workspaceMicroversion } from "./api/client";
import { fixedSnapshot } from "./model/model-key";
import { createModelService, type ModelService } from "./model/model-service";
import type { ElementRef } from "./types";

// The process's model service: models and translation jobs in the app's database, Onshape
// called without the response cache (models have their own store; the current microversion
// must be fresh).

const globalForModels = globalThis as typeof globalThis & {
  onshapeModels?: Promise<ModelService>;
};

export function modelService(): Promise<ModelService> {
  globalForModels.onshapeModels ??= inStartUpContext(() =>
    getDb().then((db) =>
      createModelService(db, { clientFor: (userId) => onshapeClient(userId, { cache: false }) }),
    ),
  );
  return globalForModels.onshapeModels;
}

/**
 * The snapshot a page's 3D view shows: its version or microversion, or the microversion its
 * workspace reads were keyed by in this render (no call of its own). Null when that lookup
 * failed: the model route then looks it up itself.
 */
export async function viewSnapshot(userId: string, ref: ElementRef): Promise<string | null> {
  const fixed = fixedSnapshot(ref);
  if (fixed) return fixed;
  try {
    return `m:${await workspaceMicroversion(userId, { documentId: ref.documentId, workspaceId: ref.wvmId })}`;
  } catch {
    return null;
  }
}

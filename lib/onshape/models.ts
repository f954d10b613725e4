import "server-only";
import { getDb } from "@/lib/db/client";
import { onshapeClient } from "./api/client";
import { createModelService, type ModelService } from "./model/model-service";

// The process's model service: models and translation jobs in the app's database, Onshape
// called without the response cache (models have their own store; the current microversion
// must be fresh).

const globalForModels = globalThis as typeof globalThis & {
  onshapeModels?: Promise<ModelService>;
};

export function modelService(): Promise<ModelService> {
  globalForModels.onshapeModels ??= getDb().then((db) =>
    createModelService(db, { clientFor: (userId) => onshapeClient(userId, { cache: false }) }),
  );
  return globalForModels.onshapeModels;
}

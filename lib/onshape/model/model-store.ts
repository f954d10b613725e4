import { gunzipSync, gzipSync } from "node:zlib";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { modelJob, onshapeModel } from "@/lib/db/schema";
import type { ModelKey } from "./model-key";

// The models an account has seen, in the database (every app server shares them). glb
// compresses well (meshes are mostly float triples), so a model is kept gzipped when that
// saves at least a tenth of the account's room.

export type StoredModel = {
  body: Uint8Array;
  contentEncoding: "gzip" | "identity";
  /** The glb's own length. */
  modelBytes: number;
};

export type ModelStoreOptions = {
  /** Per account: past this, the oldest models go. */
  maxBytesPerAccount?: number;
};

export type ModelStore = ReturnType<typeof createModelStore>;

export function createModelStore(db: Database, options: ModelStoreOptions = {}) {
  const maxBytes = options.maxBytesPerAccount ?? 64 * 1024 * 1024;
  const row = (userId: string, key: ModelKey) =>
    and(
      eq(onshapeModel.userId, userId),
      eq(onshapeModel.documentId, key.documentId),
      eq(onshapeModel.elementId, key.elementId),
      eq(onshapeModel.snapshot, key.snapshot),
      eq(onshapeModel.configuration, key.configuration),
    );

  return {
    async get(userId: string, key: ModelKey): Promise<StoredModel | null> {
      const [hit] = await db
        .select({
          body: onshapeModel.body,
          contentEncoding: onshapeModel.contentEncoding,
          modelBytes: onshapeModel.modelBytes,
        })
        .from(onshapeModel)
        .where(row(userId, key));
      if (!hit) return null;
      return {
        body: new Uint8Array(hit.body),
        contentEncoding: hit.contentEncoding === "gzip" ? "gzip" : "identity",
        modelBytes: hit.modelBytes,
      };
    },

    /** The model's size if it is stored, without reading it. */
    async size(userId: string, key: ModelKey): Promise<number | null> {
      const [hit] = await db
        .select({ modelBytes: onshapeModel.modelBytes })
        .from(onshapeModel)
        .where(row(userId, key));
      return hit?.modelBytes ?? null;
    },

    /** Stores the model (unless it alone would take more than half the account's room). */
    async put(userId: string, key: ModelKey, model: Uint8Array): Promise<void> {
      const packed = gzipSync(model);
      const gzip = packed.byteLength < model.byteLength * 0.9;
      const body = gzip ? new Uint8Array(packed) : model;
      if (body.byteLength > maxBytes / 2) return;
      const values = {
        userId,
        ...key,
        contentEncoding: gzip ? "gzip" : "identity",
        body,
        size: body.byteLength,
        modelBytes: model.byteLength,
        // The database clock, with microseconds, so eviction order is exact.
        createdAt: sql`clock_timestamp()`,
      };
      await db.insert(onshapeModel).values(values).onConflictDoNothing();
      await evict(db, userId, maxBytes);
    },
  };
}

/** The glb itself. */
export function plainModel(model: StoredModel): Uint8Array {
  return model.contentEncoding === "gzip" ? new Uint8Array(gunzipSync(model.body)) : model.body;
}

/** Past the bound, the account's oldest models go. */
async function evict(db: Database, userId: string, maxBytes: number): Promise<void> {
  await db.execute(sql`
    delete from ${onshapeModel} as m
    using (
      select document_id, element_id, snapshot, configuration,
        sum(size) over (order by created_at desc, document_id, element_id, snapshot, configuration)
          as running
      from ${onshapeModel} where user_id = ${userId}
    ) as newest_first
    where m.user_id = ${userId}
      and m.document_id = newest_first.document_id
      and m.element_id = newest_first.element_id
      and m.snapshot = newest_first.snapshot
      and m.configuration = newest_first.configuration
      and newest_first.running > ${maxBytes}`);
}

/** Forgets an account's models and translation jobs (its grant ended, or it signed in anew). */
export async function deleteModels(db: Database, userId: string): Promise<void> {
  await db.delete(onshapeModel).where(eq(onshapeModel.userId, userId));
  await db.delete(modelJob).where(eq(modelJob.userId, userId));
}

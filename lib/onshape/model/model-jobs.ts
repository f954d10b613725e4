import { and, eq, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { modelJob } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/ops/logger";
import { observeTranslation } from "@/lib/ops/onshape-calls";
import type { OnshapeClient } from "../api/client";
import type { ModelProgress } from "../types";
import type { ModelKey } from "./model-key";
import type { ModelStore } from "./model-store";
import {
  downloadExternalData,
  startAssemblyTranslation,
  translationProgress,
  type TranslationProgress,
} from "./onshape-calls";

// Assembly translations as rows in the database. The unique (account, model) index makes the
// same model asked for twice at once start one translation, on any number of servers. Whoever
// talks to Onshape about a job holds its lease first, so two servers never poll it together,
// and a server that dies mid-call only delays the job until the lease runs out. Polls back off
// (1, 2, 4, 8, then every 10 s) and are made when a browser asks for progress: nothing runs
// while nobody is looking, and coming back later finds the job where it was. A webhook
// (onshape.model.translation.complete) could later set nextPollAt to now instead.

type Job = typeof modelJob.$inferSelect;

export type ModelJobsOptions = {
  clientFor: (userId: string) => OnshapeClient;
  store: ModelStore;
  /** Longest time one server may hold a job while it calls Onshape. */
  leaseMs?: number;
  /** Wait before the first poll; it doubles after each poll, up to maxPollDelayMs. */
  firstPollDelayMs?: number;
  maxPollDelayMs?: number;
};

export type ModelJobs = ReturnType<typeof createModelJobs>;

const retryableKinds = new Set(["unavailable", "rate-limited"]);

export function createModelJobs(db: Database, options: ModelJobsOptions) {
  const leaseMs = options.leaseMs ?? 30_000;
  const firstDelay = options.firstPollDelayMs ?? 1_000;
  const maxDelay = options.maxPollDelayMs ?? 10_000;
  const later = (ms: number) => new Date(Date.now() + ms);
  const delayAfter = (polls: number) => Math.min(firstDelay * 2 ** polls, maxDelay);
  const ofModel = (userId: string, key: ModelKey) =>
    and(
      eq(modelJob.userId, userId),
      eq(modelJob.documentId, key.documentId),
      eq(modelJob.elementId, key.elementId),
      eq(modelJob.snapshot, key.snapshot),
      eq(modelJob.configuration, key.configuration),
    );
  const leaseFree = () => or(isNull(modelJob.leaseUntil), lt(modelJob.leaseUntil, new Date()));
  const update = (job: Job, values: Partial<Job>) =>
    db.update(modelJob).set(values).where(eq(modelJob.id, job.id));

  /** Asks Onshape to translate; the caller holds the job's lease. */
  async function launch(job: Job): Promise<ModelProgress> {
    let started: Awaited<ReturnType<typeof startAssemblyTranslation>>;
    try {
      started = await startAssemblyTranslation(
        options.clientFor(job.userId),
        { documentId: job.documentId, wv: job.wv, wvId: job.wvId, elementId: job.elementId },
        job.configuration,
      );
    } catch (error) {
      // Nothing was started: the next request may try again.
      await db.delete(modelJob).where(eq(modelJob.id, job.id));
      throw error;
    }
    observeTranslation("started");
    const active: Job = {
      ...job,
      state: "active",
      translationId: started.translationId,
      nextPollAt: later(firstDelay),
    };
    await update(job, {
      state: "active",
      translationId: started.translationId,
      nextPollAt: active.nextPollAt,
      leaseUntil: null,
    });
    return started.progress.state === "ACTIVE"
      ? { state: "exporting" }
      : settle(active, started.progress);
  }

  /** Polls Onshape once; the caller holds the job's lease. */
  async function poll(job: Job): Promise<ModelProgress> {
    try {
      const progress: TranslationProgress = job.externalDataId
        ? { state: "DONE", externalDataId: job.externalDataId }
        : await translationProgress(options.clientFor(job.userId), job.translationId ?? "");
      return await settle(job, progress);
    } catch (error) {
      if (isAppError(error) && retryableKinds.has(error.kind)) {
        await update(job, {
          polls: job.polls + 1,
          nextPollAt: later(delayAfter(job.polls + 1)),
          leaseUntil: null,
        });
        return { state: "exporting" };
      }
      const reason = isAppError(error) ? error.userMessage : "The translation could not be read.";
      await update(job, { state: "failed", failureReason: reason, leaseUntil: null });
      observeTranslation("failed");
      if (!isAppError(error)) log().error({ err: error }, "translation poll failed");
      return { state: "failed", reason };
    }
  }

  async function settle(job: Job, progress: TranslationProgress): Promise<ModelProgress> {
    switch (progress.state) {
      case "ACTIVE":
        await update(job, {
          polls: job.polls + 1,
          nextPollAt: later(delayAfter(job.polls + 1)),
          leaseUntil: null,
        });
        return { state: "exporting" };
      case "FAILED":
        observeTranslation("failed");
        await update(job, {
          state: "failed",
          failureReason: progress.failureReason,
          leaseUntil: null,
        });
        return { state: "failed", reason: progress.failureReason };
      case "DONE": {
        // Remembered first: if the download fails, the next try needs no poll.
        await update(job, { externalDataId: progress.externalDataId });
        const file = await downloadExternalData(options.clientFor(job.userId), {
          documentId: job.documentId,
          externalDataId: progress.externalDataId,
        });
        await options.store.put(job.userId, keyOf(job), file);
        await db.delete(modelJob).where(eq(modelJob.id, job.id));
        observeTranslation("done");
        return { state: "ready", bytes: file.byteLength };
      }
    }
  }

  /** Claims the job's lease if `condition` holds; null when another server has it. */
  async function claim(job: Job, condition: ReturnType<typeof and>): Promise<Job | null> {
    const [claimed] = await db
      .update(modelJob)
      .set({ leaseUntil: later(leaseMs) })
      .where(and(eq(modelJob.id, job.id), condition))
      .returning();
    return claimed ?? null;
  }

  return {
    /** Starts the model's translation, or joins the one under way. */
    async start(
      userId: string,
      key: ModelKey,
      at: { wv: "w" | "v"; wvId: string },
      { retry = false } = {},
    ): Promise<ModelProgress> {
      if (retry) {
        await db.delete(modelJob).where(and(ofModel(userId, key), eq(modelJob.state, "failed")));
      }
      const [created] = await db
        .insert(modelJob)
        .values({
          userId,
          ...key,
          ...at,
          state: "starting",
          leaseUntil: later(leaseMs),
          nextPollAt: new Date(),
        })
        .onConflictDoNothing()
        .returning();
      if (created) return launch(created);
      return this.advance(userId, key);
    },

    /** Where the model's translation is, polling Onshape if a poll is due. */
    async advance(userId: string, key: ModelKey): Promise<ModelProgress> {
      const [job] = await db.select().from(modelJob).where(ofModel(userId, key));
      if (!job) return { state: "none" };
      switch (job.state) {
        case "failed":
          return { state: "failed", reason: job.failureReason ?? "Onshape gave no reason." };
        case "starting": {
          // A server that died before Onshape answered leaves its lease to run out.
          const mine = await claim(job, and(eq(modelJob.state, "starting"), leaseFree()));
          return mine ? launch(mine) : { state: "queued" };
        }
        case "active": {
          if (job.nextPollAt.getTime() > Date.now()) return { state: "exporting" };
          const mine = await claim(
            job,
            and(eq(modelJob.state, "active"), lte(modelJob.nextPollAt, new Date()), leaseFree()),
          );
          return mine ? poll(mine) : { state: "exporting" };
        }
      }
    },
  };
}

function keyOf(job: Job): ModelKey {
  const { documentId, elementId, snapshot, configuration } = job;
  return { documentId, elementId, snapshot, configuration };
}

/** For tests and tools: how many jobs an account has (any state). */
export async function countJobs(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(modelJob)
    .where(eq(modelJob.userId, userId));
  return row?.n ?? 0;
}

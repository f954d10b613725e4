"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { currentViewer } from "@/lib/auth/viewer";
import { AppError, isAppError, toViewError, type ViewError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { configuredElementParams } from "@/lib/navigation/params";
import { partWriteBody } from "@/lib/properties/schemas";
import { writePartProperties, type WriteOutcome } from "@/lib/properties/write-part";

// Saving a cell of the parts table or the BOM: the same checks as the write route (session,
// origin, input), the same no-lost-update write.

// The configuration the part was shown in: its metadata is read and written in it.
const input = partWriteBody.extend({ element: configuredElementParams });

export type SaveOutcome = WriteOutcome | { ok: false; reason: "error"; error: ViewError };

export async function savePartProperties(raw: unknown): Promise<SaveOutcome> {
  try {
    assertSameOrigin({ headers: await headers() });
    const user = await currentViewer();
    if (!user) throw new AppError("signed-out");
    const parsed = input.safeParse(raw);
    if (!parsed.success) {
      throw new AppError("bad-request", `Invalid change: ${z.prettifyError(parsed.error)}`);
    }
    const { element: ref, partId, changes } = parsed.data;
    return await writePartProperties({ userId: user.id, ref, partId, changes });
  } catch (error) {
    if (isAppError(error)) return { ok: false, reason: "error", error: toViewError(error) };
    throw error;
  }
}

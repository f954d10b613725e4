import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { attempt } from "@/lib/errors";

describe("attempt", () => {
  it("turns an AppError into a message to show, with retry time for rate limits", async () => {
    const result = await attempt(async () => {
      throw new AppError("rate-limited", undefined, { retryAfterSec: 30 });
    });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "rate-limited",
        message: "Onshape is limiting requests right now. Try again in 30 s.",
      },
    });
  });

  it("recognises an AppError from another copy of the module (pages and routes are bundled apart)", async () => {
    class OtherCopy extends Error {
      readonly kind = "forbidden";
      constructor() {
        super("You do not have access to this in Onshape.");
        this.name = "AppError";
      }
      get userMessage() {
        return this.message;
      }
    }
    const result = await attempt(async () => {
      throw new OtherCopy();
    });
    expect(result).toEqual({
      ok: false,
      error: { kind: "forbidden", message: "You do not have access to this in Onshape." },
    });
  });

  it("passes data through and rethrows anything that is not an AppError", async () => {
    expect(await attempt(async () => 42)).toEqual({ ok: true, data: 42 });
    await expect(attempt(async () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});

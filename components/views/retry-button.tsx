"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

/**
 * Asks the server to render the page again: every panel fetches afresh from Onshape. Pass
 * `onRetry` to retry something else (a client-side fetch) instead.
 */
export function RetryButton({ onRetry }: { onRetry?: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(() => (onRetry ? onRetry() : router.refresh()))}
      className="rounded-md border border-onshape-line bg-white px-3 py-1.5 text-onshape-ink hover:bg-onshape-wash focus-visible:outline-2 focus-visible:outline-onshape disabled:opacity-60"
    >
      {pending ? "Trying again…" : "Try again"}
    </button>
  );
}

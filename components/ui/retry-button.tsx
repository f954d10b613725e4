"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "./button";
import { useRefresh } from "./refresh-context";

/**
 * Asks the server to render the page again: every panel fetches afresh from Onshape. Pass
 * `onRetry` to retry something else (a client-side fetch) instead.
 */
export function RetryButton({ onRetry }: { onRetry?: () => void }) {
  const router = useRouter();
  const refresh = useRefresh();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      disabled={pending}
      onClick={() =>
        startTransition(() => (onRetry ? onRetry() : refresh ? refresh() : router.refresh()))
      }
    >
      {pending ? "Trying again…" : "Try again"}
    </Button>
  );
}

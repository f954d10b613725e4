"use client";

import { catchError, type ErrorInfo } from "next/error";
import { Button } from "./button";

// For the unexpected (a bug, not an Onshape answer, which panels show themselves): one panel
// fails, the rest of the page stays. Production hides the message; the digest matches the log.

function UnexpectedError({ what }: { what: string }, { error, retry }: ErrorInfo) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <div
      role="alert"
      data-error-kind="unexpected"
      className="flex flex-col items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-4"
    >
      <h2 className="font-semibold">Something went wrong</h2>
      <p>
        The app could not show {what}. Try again; if it keeps happening, report it
        {digest ? ` with reference ${digest}` : ""}.
      </p>
      <Button onClick={() => retry()}>Try again</Button>
    </div>
  );
}

export const PanelBoundary = catchError(UnexpectedError);

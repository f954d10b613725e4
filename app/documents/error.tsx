"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

// The last line of defence for these pages: Onshape's answers are handled in each panel, so
// this only shows for bugs. Production hides the message; the digest matches the server log.
export default function DocumentsError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <section
      role="alert"
      className="flex flex-col items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-6"
    >
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p>
        This page could not be shown. Try again; if it keeps happening, report it
        {digest ? ` with reference ${digest}` : ""}.
      </p>
      <div className="flex gap-4">
        <Button onClick={() => retry()}>Try again</Button>
        <Link href="/documents" className="self-center text-onshape hover:underline">
          Back to your documents
        </Link>
      </div>
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/layout/app-header";

export const metadata: Metadata = { title: "Page not found" };

// Any address the app has no page for (Next answers it with 404).
export default function NotFound() {
  return (
    <>
      <AppHeader />
      <main id="main" className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6">
        <section
          aria-labelledby="not-found"
          className="flex flex-col items-start gap-3 rounded-lg border border-onshape-line bg-white p-6"
        >
          <h1 id="not-found" className="text-xl font-semibold">
            Page not found
          </h1>
          <p>This app has no page at this address. The link may be mistyped or out of date.</p>
          <Link href="/documents" className="text-onshape hover:underline">
            Go to your documents
          </Link>
        </section>
      </main>
    </>
  );
}

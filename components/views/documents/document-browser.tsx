"use client";

import { useEffect, useState, type ReactNode } from "react";
import useSWR from "swr";
import { fetchJson, viewErrorOf } from "@/lib/views/fetch-json";
import { apiLinks, defaultBasePath, listQuery } from "@/lib/views/links";
import type { ListState } from "@/lib/views/list-state";
import type { DocumentFilter, DocumentPage } from "@/lib/views/types";
import { useDebouncedValue } from "@/lib/views/use-debounced-value";
import type { Attempt } from "@/lib/views/view-error";
import { ErrorPanel } from "../error-panel";
import { RetryButton } from "../retry-button";
import { TableSkeleton } from "../skeletons";
import { DocumentTable } from "./document-table";
import { ListControls } from "./list-controls";
import { Pager } from "./pager";

export type DocumentBrowserProps = {
  /** What the server already fetched for the URL's state, so the first paint has data. */
  initial: { state: ListState; result: Attempt<DocumentPage> };
  locale: string;
  basePath?: string;
  compact?: boolean;
  signInAction?: ReactNode;
};

// Each fetch is an Onshape call that counts against the user's yearly limit: no refetching on
// focus or reconnect, no automatic retries (a 429 must not be hammered), one search per pause.
const swrOptions = {
  keepPreviousData: true,
  revalidateOnFocus: false,
  revalidateOnReconnect: false,
  revalidateIfStale: false,
  // The first render uses the server's result, even when that was an error.
  revalidateOnMount: false,
  shouldRetryOnError: false,
} as const;

export function DocumentBrowser({
  initial,
  locale,
  basePath = defaultBasePath,
  compact = false,
  signInAction,
}: DocumentBrowserProps) {
  const [filter, setFilter] = useState<DocumentFilter>(initial.state.filter);
  const [query, setQuery] = useState(initial.state.q);
  const q = useDebouncedValue(query.trim(), 300);
  // A page number belongs to one filter and search; a new search starts at the first page.
  const [paging, setPaging] = useState(initial.state);
  const offset = paging.filter === filter && paging.q === q ? paging.offset : 0;
  const state: ListState = { filter, q, offset };

  const key = apiLinks.documents(state);
  const isInitialKey = key === apiLinks.documents(initial.state);
  const { data, error, isValidating, mutate } = useSWR<DocumentPage>(key, fetchJson, {
    ...swrOptions,
    fallbackData: isInitialKey && initial.result.ok ? initial.result.data : undefined,
  });
  const shownError = error
    ? viewErrorOf(error)
    : isInitialKey && !data && !initial.result.ok
      ? initial.result.error
      : null;

  // Keep the address bar in step, so reload and back return to the same list.
  useEffect(() => {
    const search = listQuery({ filter, q, offset });
    if (window.location.search !== search) {
      window.history.replaceState(window.history.state, "", window.location.pathname + search);
    }
  }, [filter, q, offset]);

  const busy = isValidating;
  return (
    <section aria-label="Document list" className="flex flex-col gap-4">
      <ListControls filter={filter} onFilter={setFilter} query={query} onQuery={setQuery} />
      <p role="status" aria-live="polite" className="min-h-5 text-onshape-muted">
        {busy ? "Loading…" : statusText(data, q, shownError !== null)}
      </p>
      {shownError ? (
        <ErrorPanel
          error={shownError}
          retry={<RetryButton onRetry={() => void mutate()} />}
          signIn={signInAction}
        />
      ) : data ? (
        <>
          {data.items.length > 0 ? (
            <DocumentTable
              page={data}
              locale={locale}
              basePath={basePath}
              busy={busy}
              compact={compact}
            />
          ) : null}
          <Pager page={data} onPage={(next) => setPaging({ filter, q, offset: next })} />
        </>
      ) : (
        <TableSkeleton label="documents" />
      )}
    </section>
  );
}

function statusText(page: DocumentPage | undefined, q: string, failed: boolean): string {
  if (failed || !page) return "";
  if (page.items.length === 0) return q ? `No documents match “${q}”.` : "No documents here yet.";
  const from = page.offset + 1;
  const to = page.offset + page.items.length;
  return `Showing documents ${from}–${to}${page.nextOffset !== null ? ", more on the next page" : ""}.`;
}

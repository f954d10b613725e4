"use client";

import { useEffect, useState } from "react";
import useSWR, { useSWRConfig } from "swr";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { ErrorPanel } from "@/components/ui/error-panel";
import { RetryButton } from "@/components/ui/retry-button";
import { TableSkeleton } from "@/components/ui/skeletons";
import type { Attempt } from "@/lib/errors";
import { fetchJson, viewErrorOf } from "@/lib/http/fetch-json";
import { apiLinks, listQuery } from "@/lib/navigation/links";
import type { DocumentFilter, DocumentPage, DocumentQuery } from "@/lib/onshape/types";
import { DocumentTable } from "./document-table";
import { ListControls } from "./list-controls";
import { Pager } from "./pager";

type Props = {
  /** What the server already fetched for the URL's query, so the first paint has data. */
  initial: { query: DocumentQuery; result: Attempt<DocumentPage> };
  locale: string;
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

export function DocumentBrowser({ initial, locale }: Props) {
  const [filter, setFilter] = useState<DocumentFilter>(initial.query.filter);
  const [search, setSearch] = useState(initial.query.q);
  const q = useDebouncedValue(search.trim(), 300);
  // A page number belongs to one filter and search; a new search starts at the first page.
  const [paging, setPaging] = useState(initial.query);
  const offset = paging.filter === filter && paging.q === q ? paging.offset : 0;
  const query: DocumentQuery = { filter, q, offset };

  const key = apiLinks.documents(query);
  const initialKey = apiLinks.documents(initial.query);
  const isInitialKey = key === initialKey;
  // The server's list goes into SWR's cache, not only into fallbackData: keepPreviousData shows
  // the previous key's list whenever the cache has nothing for the current one, so coming back
  // to the first filter or clearing the search would otherwise show the last list and, with
  // revalidateIfStale off, never fetch the right one (regression test in views-documents).
  const { mutate: store } = useSWRConfig();
  useEffect(() => {
    if (initial.result.ok) void store(initialKey, initial.result.data, { revalidate: false });
  }, [store, initialKey, initial.result]);
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
      <ListControls filter={filter} onFilter={setFilter} search={search} onSearch={setSearch} />
      <p role="status" aria-live="polite" className="min-h-5 text-onshape-muted">
        {busy ? "Loading…" : statusText(data, q, shownError !== null)}
      </p>
      {shownError ? (
        <ErrorPanel error={shownError} retry={<RetryButton onRetry={() => void mutate()} />} />
      ) : data ? (
        <>
          {data.items.length > 0 ? <DocumentTable page={data} locale={locale} busy={busy} /> : null}
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

import type { DocumentPage } from "@/lib/views/types";

const button =
  "rounded-md border border-onshape-line bg-white px-3 py-1.5 hover:bg-onshape-wash focus-visible:outline-2 focus-visible:outline-onshape disabled:cursor-not-allowed disabled:opacity-50";

/** Previous / next page: Onshape serves at most 20 documents at a time. */
export function Pager({ page, onPage }: { page: DocumentPage; onPage: (offset: number) => void }) {
  if (page.previousOffset === null && page.nextOffset === null) return null;
  const number = Math.floor(page.offset / 20) + 1;
  return (
    <nav aria-label="Document pages" className="flex items-center gap-3">
      <button
        type="button"
        className={button}
        disabled={page.previousOffset === null}
        onClick={() => page.previousOffset !== null && onPage(page.previousOffset)}
      >
        Previous page
      </button>
      <span aria-current="page">Page {number}</span>
      <button
        type="button"
        className={button}
        disabled={page.nextOffset === null}
        onClick={() => page.nextOffset !== null && onPage(page.nextOffset)}
      >
        Next page
      </button>
    </nav>
  );
}

import { Button } from "@/components/ui/button";
import type { DocumentPage } from "@/lib/onshape/types";

/** Previous / next page: Onshape serves at most 20 documents at a time. */
export function Pager({ page, onPage }: { page: DocumentPage; onPage: (offset: number) => void }) {
  if (page.previousOffset === null && page.nextOffset === null) return null;
  const number = Math.floor(page.offset / 20) + 1;
  return (
    <nav aria-label="Document pages" className="flex items-center gap-3">
      <Button
        disabled={page.previousOffset === null}
        onClick={() => page.previousOffset !== null && onPage(page.previousOffset)}
      >
        Previous page
      </Button>
      <span aria-current="page">Page {number}</span>
      <Button
        disabled={page.nextOffset === null}
        onClick={() => page.nextOffset !== null && onPage(page.nextOffset)}
      >
        Next page
      </Button>
    </nav>
  );
}

import type { DocumentFilter } from "@/lib/onshape/types";
import { filterLabels } from "./filter-labels";

const filters: readonly DocumentFilter[] = ["mine", "shared", "recent"];

/** Which documents (a radio group) and a search box. */
export function ListControls({
  filter,
  onFilter,
  search,
  onSearch,
}: {
  filter: DocumentFilter;
  onFilter: (filter: DocumentFilter) => void;
  search: string;
  onSearch: (search: string) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-onshape-muted">Show</legend>
        <div className="flex overflow-hidden rounded-md border border-onshape-line bg-white">
          {filters.map((value) => (
            <label
              key={value}
              className="relative border-r border-onshape-line px-3 py-1.5 last:border-0 has-checked:bg-onshape has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-onshape"
            >
              <input
                type="radio"
                name="document-filter"
                value={value}
                checked={filter === value}
                onChange={() => onFilter(value)}
                // Invisible but covering its label: clicks land on the real radio button.
                className="absolute inset-0 cursor-pointer opacity-0"
              />
              {filterLabels[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="document-search" className="text-onshape-muted">
          Search documents
        </label>
        <input
          id="document-search"
          type="search"
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          placeholder="Name contains…"
          maxLength={200}
          autoComplete="off"
          className="rounded-md border border-onshape-line bg-white px-3 py-1.5 focus-visible:outline-2 focus-visible:outline-onshape"
        />
      </div>
    </div>
  );
}

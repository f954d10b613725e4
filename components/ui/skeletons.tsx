import type { ReactNode } from "react";

// Placeholders with the shape of what is loading, so the page does not jump when it arrives.
// Screen readers hear one "Loading …" instead of a pile of empty boxes.

const bar = "animate-pulse rounded bg-onshape-line/70";

function Loading({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-3">
      <span className="sr-only">Loading {label}…</span>
      <div aria-hidden="true" className="flex flex-col gap-3">
        {children}
      </div>
    </div>
  );
}

export function HeaderSkeleton() {
  return (
    <Loading label="document">
      <div className={`${bar} h-7 w-72 max-w-full`} />
      <div className={`${bar} h-4 w-48`} />
    </Loading>
  );
}

export function TableSkeleton({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <Loading label={label}>
      <div className={`${bar} h-8 w-full`} />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={`${bar} h-6 w-full opacity-70`} />
      ))}
    </Loading>
  );
}

export function GridSkeleton({ label, items = 6 }: { label: string; items?: number }) {
  return (
    <Loading label={label}>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-4">
        {Array.from({ length: items }, (_, i) => (
          <div key={i} className={`${bar} h-40`} />
        ))}
      </div>
    </Loading>
  );
}

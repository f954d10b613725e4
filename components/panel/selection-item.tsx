"use client";

import type { ReactNode } from "react";

// One part or instance in a right panel's list: a button that asks Onshape to highlight it.

type Props = {
  name: string;
  /** What it is made of (and, in an assembly, its part number). */
  detail: string;
  /** Without it the row cannot be highlighted (a part listed for the whole assembly). */
  onHighlight?: () => void;
  title?: string;
  partId?: string;
  /** Its figures, laid out two to a line. */
  children: ReactNode;
};

export function SelectionItem({ name, detail, onHighlight, title, partId, children }: Props) {
  return (
    <li>
      <button
        type="button"
        disabled={!onHighlight}
        onClick={onHighlight}
        title={title}
        data-part-id={partId}
        className="flex w-full flex-col rounded border border-onshape-line bg-white px-2 py-1 text-left text-xs enabled:hover:border-onshape focus-visible:outline-2 focus-visible:outline-onshape"
      >
        <span className="font-medium text-onshape-ink">{name}</span>
        <span className="text-onshape-muted">{detail}</span>
        <span className="grid grid-cols-2 gap-x-2 tabular-nums">{children}</span>
      </button>
    </li>
  );
}

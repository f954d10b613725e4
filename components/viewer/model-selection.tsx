"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

// What the 3D view and the table beside it share: the part under the pointer, the part
// picked (in 3D or by its row), and the parts hidden in 3D. Rows outside a provider (a table
// without a 3D view) render as plain rows.

export type ModelSelection = {
  hovered: string | null;
  selected: string | null;
  hidden: ReadonlySet<string>;
  hover: (id: string | null) => void;
  select: (id: string | null) => void;
  setHidden: (id: string, hidden: boolean) => void;
  showAll: () => void;
};

const SelectionContext = createContext<ModelSelection | null>(null);

export function ModelSelectionProvider({ children }: { children: ReactNode }) {
  const [hovered, hover] = useState<string | null>(null);
  const [selected, select] = useState<string | null>(null);
  const [hidden, setHiddenSet] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo<ModelSelection>(
    () => ({
      hovered,
      selected,
      hidden,
      hover,
      select,
      setHidden: (id, hide) =>
        setHiddenSet((current) => {
          const next = new Set(current);
          if (hide) next.add(id);
          else next.delete(id);
          return next;
        }),
      showAll: () => setHiddenSet(new Set()),
    }),
    [hovered, selected, hidden],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useModelSelection(): ModelSelection | null {
  return useContext(SelectionContext);
}

/** A table row linked to its part in 3D: highlighted with it, and picking it picks the part. */
export function ModelLinkedRow({
  modelId,
  className = "",
  children,
  ...data
}: {
  modelId: string;
  className?: string;
  children: ReactNode;
  "data-level"?: number;
}) {
  const selection = useModelSelection();
  if (!selection) {
    return (
      <tr className={className} {...data}>
        {children}
      </tr>
    );
  }
  const selected = selection.selected === modelId;
  const hovered = selection.hovered === modelId;
  const hidden = selection.hidden.has(modelId);
  return (
    <tr
      {...data}
      data-model-id={modelId}
      aria-selected={selected}
      data-hovered={hovered || undefined}
      data-hidden-in-3d={hidden || undefined}
      tabIndex={0}
      onClick={() => selection.select(selected ? null : modelId)}
      onKeyDown={(event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        selection.select(selected ? null : modelId);
      }}
      onMouseEnter={() => selection.hover(modelId)}
      onMouseLeave={() => selection.hover(null)}
      className={`${className} cursor-pointer ${
        selected ? "bg-sky-100" : hovered ? "bg-sky-50" : ""
      } ${hidden ? "text-onshape-muted" : ""}`}
    >
      {children}
    </tr>
  );
}

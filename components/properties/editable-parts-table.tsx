"use client";

import { PartsTable } from "@/components/element/parts-table";
import type { UnitSystem } from "@/lib/format/units";
import type { ElementRef, PartProperties, PartRow, PartTotals } from "@/lib/onshape/types";
import { PartPropertiesButton } from "./part-properties-dialog";
import { PropertyCell } from "./property-cell";
import { elementParams, usePartProperties } from "./use-part-properties";

// The parts table with its Name and Part number cells editable in place, and every other
// property of a part one click away (a dialog per part). Values come from Onshape's metadata, which says what is
// editable and how it is validated.

const columnProperty = { name: "Name", partNumber: "Part number" } as const;

type Props = {
  rows: PartRow[];
  totals: PartTotals;
  elementRef: ElementRef;
  locale: string;
  units: UnitSystem;
  parts: PartProperties[];
};

export function EditablePartsTable({ parts: initial, ...table }: Props) {
  const { parts, save } = usePartProperties(elementParams(table.elementRef), initial);
  return (
    <PartsTable
      {...table}
      cell={(row, column) => {
        const part = parts.find((p) => p.partId === row.partId);
        const property = part?.properties.find((p) => p.name === columnProperty[column]);
        if (!part || !property) return undefined;
        const cell = (
          <PropertyCell
            property={property}
            partName={row.name}
            onSave={(value, seen) => save(part.partId, property, value, seen)}
          />
        );
        if (column !== "name") return cell;
        return (
          <span className="flex flex-wrap items-start gap-2">
            {cell}
            <PartPropertiesButton part={part} save={save} />
          </span>
        );
      }}
    />
  );
}

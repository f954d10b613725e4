"use client";

import { PartsTable } from "@/components/element/parts-table";
import type { UnitSystem } from "@/lib/format/units";
import type { ElementRef, PartProperties, PartRow, PartTotals } from "@/lib/onshape/types";
import { PropertyCell } from "./property-cell";
import { usePartProperties, type ElementParams } from "./use-part-properties";

// The parts table with its Name and Part number cells editable in place, and every other
// property of a part one click away. Values come from Onshape's metadata, which says what is
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
  const element: ElementParams = {
    did: table.elementRef.documentId,
    wvm: table.elementRef.wvm,
    wvmid: table.elementRef.wvmId,
    eid: table.elementRef.elementId,
  };
  const { parts, save } = usePartProperties(element, initial);
  return (
    <PartsTable
      {...table}
      cell={(row, column) => {
        const part = parts.find((p) => p.partId === row.partId);
        const property = part?.properties.find((p) => p.name === columnProperty[column]);
        if (!part || !property) return undefined;
        return (
          <PropertyCell
            property={property}
            partName={row.name}
            onSave={(value, seen) => save(part.partId, property, value, seen)}
          />
        );
      }}
    />
  );
}

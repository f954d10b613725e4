"use client";

import { partSource } from "@/lib/onshape/mappers/bom";
import { BomTableView } from "@/components/element/bom-table";
import type { BomRollUp } from "@/lib/bom/roll-up";
import type { UnitSystem } from "@/lib/format/units";
import type { BomColumn, BomTable, ElementRef, PartProperties } from "@/lib/onshape/types";
import { bomRowTarget, columnProperty, partStudioKey } from "@/lib/properties/bom-rows";
import { PartPropertiesButton } from "./part-properties-dialog";
import { PropertyCell } from "./property-cell";
import { elementParams, usePartProperties } from "./use-part-properties";

// The BOM with its part rows' properties editable in place. Each part lives in a Part Studio of
// its own: its cells read and write that Part Studio's metadata (one SWR entry per Part Studio,
// shared by every row of the part and by the parts table), with the same checks, optimistic
// update and no-lost-update write as the parts table.

export type BomPartStudio = { ref: ElementRef; parts: PartProperties[] };

type Props = {
  table: BomTable;
  locale: string;
  rollUp: BomRollUp | null;
  units: UnitSystem;
  assembly: ElementRef;
  partStudios: BomPartStudio[];
};

export function EditableBomTable({ table, locale, rollUp, units, assembly, partStudios }: Props) {
  const studios = new Map(partStudios.map((studio) => [partStudioKey(studio.ref), studio]));
  const nameColumn = table.columns.find((column) => column.propertyName === "name");
  return (
    <BomTableView
      table={table}
      locale={locale}
      rollUp={rollUp}
      units={units}
      cell={(row, column, shown) => {
        const part = partSource(row.source);
        if (!part) return undefined;
        const target = bomRowTarget(assembly, part);
        if (!target.editable) {
          if (column !== nameColumn) return undefined;
          return (
            <span className="flex flex-col">
              <span>{shown}</span>
              <span
                data-testid="bom-not-editable"
                className="text-xs font-normal text-onshape-muted"
              >
                {target.reason}
              </span>
            </span>
          );
        }
        const studio = studios.get(partStudioKey(target.partStudio));
        if (!studio) return undefined;
        return (
          <BomPropertyCell
            studio={studio}
            partId={target.partId}
            column={column}
            shown={shown}
            withDetails={column === nameColumn}
          />
        );
      }}
    />
  );
}

function BomPropertyCell(props: {
  studio: BomPartStudio;
  partId: string;
  column: BomColumn;
  shown: string;
  withDetails: boolean;
}) {
  const { studio, partId, column, withDetails } = props;
  const { parts, save } = usePartProperties(elementParams(studio.ref), studio.parts);
  const part = parts.find((candidate) => candidate.partId === partId);
  const property = part ? columnProperty(column, part.properties) : undefined;
  // A part Onshape's metadata does not list (e.g. another configuration's): shown as the BOM has it.
  if (!part || !property) return <>{props.shown}</>;
  const cell = (
    <PropertyCell
      property={property}
      partName={part.name}
      onSave={(value, seen) => save(part.partId, property, value, seen)}
    />
  );
  if (!withDetails) return cell;
  return (
    <span className="flex flex-wrap items-start gap-2">
      {cell}
      <PartPropertiesButton part={part} save={save} />
    </span>
  );
}

"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import type { PartProperties } from "@/lib/onshape/types";
import { PropertyCell } from "./property-cell";
import type { SaveProperty } from "./use-part-properties";

// Every property Onshape lists for one part, in a dialog: the table keeps its few columns
// readable, and description, vendor, revision and the company's custom properties are one
// click away, each with the input its type needs. Read-only ones say why.

export function PartPropertiesButton({ part, save }: { part: PartProperties; save: SaveProperty }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = `Properties of ${part.name}`;
  return (
    <>
      <Button
        variant="link"
        className="text-sm font-normal"
        aria-label={title}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        All properties
      </Button>
      <dialog
        ref={dialog}
        aria-label={title}
        className="m-auto w-[min(40rem,95vw)] rounded-lg border border-onshape-line p-0 font-normal backdrop:bg-black/30"
      >
        <div className="flex flex-col gap-3 p-4">
          <div className="flex items-center justify-between gap-3">
            <h2 className="text-lg font-semibold">{title}</h2>
            <Button onClick={() => dialog.current?.close()}>Close</Button>
          </div>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-left">
            {part.properties.map((property) => (
              <div key={property.propertyId} className="contents">
                <dt className="text-onshape-muted">{property.name}</dt>
                <dd className="flex flex-col">
                  <PropertyCell
                    property={property}
                    partName={part.name}
                    onSave={(value, seen) => save(part.partId, property, value, seen)}
                  />
                  {property.readOnlyReason ? (
                    <span className="text-xs text-onshape-muted">{property.readOnlyReason}</span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </dialog>
    </>
  );
}

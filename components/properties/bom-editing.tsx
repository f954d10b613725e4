import { partSource } from "@/lib/onshape/mappers/bom";
import { AllowEditingButton } from "@/components/auth/allow-editing-button";
import { BomTableView } from "@/components/element/bom-table";
import { ErrorPanel } from "@/components/ui/error-panel";
import type { Surface } from "@/lib/navigation/surface";
import { editAccess } from "@/lib/auth/edit-permission";
import { attempt } from "@/lib/errors";
import { getPartProperties } from "@/lib/onshape/part-metadata";
import type { BomRollUp } from "@/lib/bom/roll-up";
import type { UnitSystem } from "@/lib/format/units";
import type { BomTable, ElementRef } from "@/lib/onshape/types";
import { bomPartStudios } from "@/lib/properties/bom-rows";
import { NotEditableHere } from "./editing-bar";
import { EditableBomTable } from "./editable-bom-table";

// The BOM, with its part rows editable for a user who may edit, in a workspace. The parts'
// metadata comes from their own Part Studios: one read per Part Studio the rows use, in
// parallel (kept under the workspace's microversion like every workspace answer).

type Props = {
  userId: string;
  elementRef: ElementRef;
  table: BomTable;
  locale: string;
  surface?: Surface;
  rollUp: BomRollUp | null;
  units: UnitSystem;
};

export async function BomWithEditing(props: Props) {
  const { userId, elementRef, table, locale, surface, rollUp, units } = props;
  const plain = <BomTableView table={table} locale={locale} rollUp={rollUp} units={units} />;
  if (elementRef.wvm !== "w") {
    return (
      <>
        <NotEditableHere elementRef={elementRef} />
        {plain}
      </>
    );
  }
  const access = await editAccess(userId);
  if (access === "unavailable") return plain;
  if (access === "can-request") {
    return (
      <>
        <div
          data-testid="editing-bar"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-onshape-line bg-onshape-wash p-3"
        >
          <p>
            You signed in with read access. To change the parts&apos; properties here, allow this
            app to edit in Onshape.
          </p>
          <AllowEditingButton />
        </div>
        {plain}
      </>
    );
  }
  const refs = bomPartStudios(
    elementRef,
    table.rows.map((row) => partSource(row.source)),
  );
  const read = await attempt(() =>
    Promise.all(refs.map(async (ref) => ({ ref, parts: await getPartProperties(userId, ref) }))),
  );
  if (!read.ok) {
    return (
      <>
        <ErrorPanel error={read.error} surface={surface} />
        {plain}
      </>
    );
  }
  return (
    <EditableBomTable
      table={table}
      locale={locale}
      rollUp={rollUp}
      units={units}
      assembly={elementRef}
      partStudios={read.data}
    />
  );
}

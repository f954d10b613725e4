import type { ChangeStatus, Comparison, FieldChange } from "@/lib/compare/diff";
import { formatCount, formatFixed } from "@/lib/format/numbers";
import { noMaterial, notSet } from "@/lib/format/missing";
import { convert, unitDecimals, unitSymbol, type UnitSystem } from "@/lib/format/units";

const statusLabel: Record<ChangeStatus, string> = {
  added: "Added",
  removed: "Removed",
  changed: "Changed",
};

const statusClass: Record<ChangeStatus, string> = {
  added: "bg-green-100 text-green-900",
  removed: "bg-red-100 text-red-900",
  changed: "bg-amber-100 text-amber-900",
};

const fieldLabel: Record<FieldChange["field"], string> = {
  name: "Name",
  mass: "Mass",
  material: "Material",
  partNumber: "Part number",
  quantity: "Quantity",
};

/** Parts or BOM lines that differ between the two snapshots, each change as before → after. */
export function ComparisonView({
  label,
  comparison,
  locale,
  units,
  beforeName,
  afterName,
}: {
  /** "Parts" or "BOM lines": names the table. */
  label: string;
  comparison: Comparison;
  locale: string;
  units: UnitSystem;
  beforeName: string;
  afterName: string;
}) {
  const show = (change: FieldChange, value: string | number | null) => {
    if (change.field === "mass") {
      return value === null
        ? noMaterial
        : `${formatFixed(locale, convert(Number(value), "mass", units), unitDecimals("mass", units))} ${unitSymbol("mass", units)}`;
    }
    if (change.field === "quantity") return formatCount(locale, Number(value));
    return value === null || value === "" ? notSet : String(value);
  };
  const { differences, unchanged } = comparison;
  const cell = "px-3 py-2 align-top";
  return (
    <section aria-label={label} className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{label}</h2>
      <p className="text-onshape-muted">
        {differences.length === 0
          ? `No differences: all ${unchanged} are the same.`
          : `${differences.length} different, ${unchanged} unchanged.`}
      </p>
      {differences.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">
              {label} that differ between {beforeName} and {afterName}
            </caption>
            <thead className="border-b border-onshape-line text-onshape-muted">
              <tr>
                <th scope="col" className={`${cell} font-semibold`}>
                  Name
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  Change
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  What changed
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  {beforeName}
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  {afterName}
                </th>
              </tr>
            </thead>
            <tbody>
              {differences.flatMap((difference) => {
                const changes: (FieldChange | null)[] =
                  difference.changes.length > 0 ? difference.changes : [null];
                return changes.map((change, index) => (
                  <tr
                    key={`${difference.key} ${change?.field ?? ""}`}
                    className="border-b border-onshape-line"
                  >
                    {index === 0 ? (
                      <>
                        <th scope="row" rowSpan={changes.length} className={`${cell} font-medium`}>
                          {difference.name}
                        </th>
                        <td rowSpan={changes.length} className={cell}>
                          <span
                            className={`rounded px-1.5 py-0.5 text-sm ${statusClass[difference.status]}`}
                          >
                            {statusLabel[difference.status]}
                          </span>
                        </td>
                      </>
                    ) : null}
                    <td className={cell}>{change ? fieldLabel[change.field] : notSet}</td>
                    <td className={`${cell} tabular-nums`}>
                      {change ? show(change, change.before) : notSet}
                    </td>
                    <td className={`${cell} tabular-nums`}>
                      {change ? show(change, change.after) : notSet}
                    </td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

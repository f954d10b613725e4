import { buttonClass } from "@/components/ui/button";
import type { SnapshotOption } from "@/lib/onshape/types";

const groupLabel = { w: "Workspaces", v: "Versions" } as const;

/**
 * Which two snapshots to compare: a plain GET form, so it works before any script has loaded
 * and the comparison is a link. A workspace is pinned to its microversion by the page.
 */
export function ComparePicker({
  action,
  options,
  from,
  to,
  configuration,
}: {
  action: string;
  options: SnapshotOption[];
  from: string;
  to: string;
  configuration?: string;
}) {
  const select = (name: "from" | "to", label: string, value: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`compare-${name}`} className="text-onshape-muted">
        {label}
      </label>
      <select
        id={`compare-${name}`}
        name={name}
        defaultValue={value}
        className="rounded-md border border-onshape-line bg-white px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-onshape"
      >
        {(["w", "v"] as const).map((wvm) => (
          <optgroup key={wvm} label={groupLabel[wvm]}>
            {options
              .filter((option) => option.wvm === wvm)
              .map((option) => (
                <option key={option.id} value={`${option.wvm}.${option.id}`}>
                  {option.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3">
      {select("from", "Compare", from)}
      {select("to", "with", to)}
      {configuration ? <input type="hidden" name="configuration" value={configuration} /> : null}
      <button type="submit" className={buttonClass("primary")}>
        Compare
      </button>
    </form>
  );
}

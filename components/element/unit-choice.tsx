import { unitSystems, type UnitSystem } from "@/lib/format/units";

const labels: Record<UnitSystem, string> = {
  metric: "Metric (kg, cm³, mm)",
  imperial: "Imperial (lb, in³, in)",
};

/** Metric or imperial, as a radio group. */
export function UnitChoice({
  value,
  onChange,
}: {
  value: UnitSystem;
  onChange: (value: UnitSystem) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-3">
      <legend className="float-left mr-2 text-onshape-muted">Units</legend>
      {unitSystems.map((system) => (
        <label key={system} className="flex cursor-pointer items-center gap-1.5">
          <input
            type="radio"
            name="units"
            value={system}
            checked={value === system}
            onChange={() => onChange(system)}
            className="accent-onshape"
          />
          {labels[system]}
        </label>
      ))}
    </fieldset>
  );
}

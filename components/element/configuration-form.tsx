"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { pageLinks } from "@/lib/navigation/links";
import { checkConfiguration, quantityText, unitLabel } from "@/lib/onshape/configuration-values";
import type {
  BomView,
  ConfigurationParameter,
  ConfigurationValues,
  ElementKind,
  ElementRef,
} from "@/lib/onshape/types";

type Props = {
  elementRef: ElementRef;
  kind: ElementKind;
  bomView: BomView;
  parameters: ConfigurationParameter[];
  /** What is shown now (the defaults when the link's configuration was refused). */
  values: ConfigurationValues;
  /** Why the link's configuration was refused, naming the input. */
  problem: { message: string; parameterId: string | null } | null;
};

const field =
  "rounded-md border border-onshape-line bg-white px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-onshape aria-[invalid=true]:border-red-600";

/** Text in the fields, as typed: quantities keep what the user wrote ("1 in") until checked. */
function initialText(parameters: ConfigurationParameter[], values: ConfigurationValues) {
  return Object.fromEntries(
    parameters.map((p) => {
      const value = values[p.id] ?? p.defaultValue;
      return [p.id, p.type === "quantity" ? String(value) : value];
    }),
  ) as Record<string, string | boolean>;
}

/**
 * The element's configuration inputs with the current values; Show reads the element in the
 * chosen configuration, whose string goes into the URL so a link reopens it. Checked here with
 * the server's own rules first, so a wrong value is named at once and Onshape is not asked.
 */
export function ConfigurationForm({
  elementRef,
  kind,
  bomView,
  parameters,
  values,
  problem,
}: Props) {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState(() => initialText(parameters, values));
  const [error, setError] = useState(problem);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = parameters.map((p) => `${p.id}=${String(text[p.id] ?? "")}`).join(";");
    const checked = checkConfiguration(parameters, raw);
    if (!checked.ok) {
      setError({ message: checked.message, parameterId: checked.parameterId });
      return;
    }
    setError(null);
    const { configuration } = checked;
    const shown = configuration.isDefault ? undefined : configuration.encoded;
    startTransition(() =>
      router.push(
        pageLinks.element({ ...elementRef, configuration: shown }, { kind, bom: bomView }),
      ),
    );
  }

  const set = (parameterId: string, value: string | boolean) =>
    setText((current) => ({ ...current, [parameterId]: value }));
  const invalid = (parameterId: string) => error?.parameterId === parameterId || undefined;

  return (
    <form
      aria-label="Configuration"
      onSubmit={submit}
      className="flex flex-col gap-3 rounded-lg border border-onshape-line bg-white p-3"
    >
      <div className="flex flex-wrap items-end gap-4">
        {parameters.map((p) => {
          const inputId = `${id}-${p.id}`;
          const describedBy = invalid(p.id) ? `${id}-problem` : undefined;
          switch (p.type) {
            case "list":
              return (
                <div key={p.id} className="flex flex-col gap-1">
                  <label htmlFor={inputId} className="text-onshape-muted">
                    {p.name}
                  </label>
                  <select
                    id={inputId}
                    value={String(text[p.id])}
                    onChange={(event) => set(p.id, event.target.value)}
                    aria-invalid={invalid(p.id)}
                    aria-describedby={describedBy}
                    className={field}
                  >
                    {p.options.map((option) => (
                      <option key={option.id} value={option.id}>
                        {option.name}
                      </option>
                    ))}
                  </select>
                </div>
              );
            case "boolean":
              return (
                <label key={p.id} className="flex items-center gap-2 py-1.5">
                  <input
                    type="checkbox"
                    checked={text[p.id] === true}
                    onChange={(event) => set(p.id, event.target.checked)}
                    aria-invalid={invalid(p.id)}
                    aria-describedby={describedBy}
                    className="size-4 accent-onshape"
                  />
                  {p.name}
                </label>
              );
            case "quantity": {
              const unit = unitLabel(p.units);
              const range = `${quantityText(p, p.minValue)} to ${quantityText(p, p.maxValue)}`;
              return (
                <div key={p.id} className="flex flex-col gap-1">
                  <label htmlFor={inputId} className="text-onshape-muted">
                    {p.name}
                    {unit ? ` (${unit})` : ""}
                  </label>
                  <input
                    id={inputId}
                    type="text"
                    inputMode="decimal"
                    value={String(text[p.id])}
                    onChange={(event) => set(p.id, event.target.value)}
                    aria-invalid={invalid(p.id)}
                    aria-describedby={[`${inputId}-range`, describedBy].filter(Boolean).join(" ")}
                    className={`${field} w-28 tabular-nums`}
                  />
                  <span id={`${inputId}-range`} className="text-xs text-onshape-muted">
                    {range}
                  </span>
                </div>
              );
            }
            case "string":
              return (
                <div key={p.id} className="flex flex-col gap-1">
                  <label htmlFor={inputId} className="text-onshape-muted">
                    {p.name}
                  </label>
                  <input
                    id={inputId}
                    type="text"
                    value={String(text[p.id])}
                    onChange={(event) => set(p.id, event.target.value)}
                    aria-invalid={invalid(p.id)}
                    aria-describedby={describedBy}
                    className={field}
                  />
                </div>
              );
          }
        })}
        <Button type="submit" variant="primary" disabled={pending}>
          Show configuration
        </Button>
      </div>
      {error ? (
        <p id={`${id}-problem`} role="alert" className="text-red-700">
          {error.message}
        </p>
      ) : null}
    </form>
  );
}

import type { ReactNode } from "react";
import { ErrorPanel } from "@/components/ui/error-panel";
import { attempt } from "@/lib/errors";
import { checkConfiguration, defaultValues } from "@/lib/onshape/configuration-values";
import { getConfigurationParameters } from "@/lib/onshape/configurations";
import type { ElementKind } from "@/lib/onshape/types";
import { ConfigurationForm } from "./configuration-form";
import type { ElementViewProps } from "./props";

/**
 * A Part Studio's or assembly's configuration inputs above its content. A configuration the
 * link got wrong is named next to the inputs, and the content (and its Onshape calls) is left
 * out until the user picks a valid one.
 */
export async function ConfiguredElement({
  kind,
  children,
  ...props
}: ElementViewProps & { kind: ElementKind; children: ReactNode }) {
  const { userId, elementRef, bomView } = props;
  const result = await attempt(() => getConfigurationParameters(userId, elementRef));
  if (!result.ok) return <ErrorPanel error={result.error} />;
  const parameters = result.data;
  if (parameters.length === 0) return children;
  const checked = checkConfiguration(parameters, elementRef.configuration);
  const form = (
    <ConfigurationForm
      key={checked.ok ? checked.configuration.encoded : `invalid ${elementRef.configuration}`}
      elementRef={elementRef}
      kind={kind}
      bomView={bomView}
      parameters={parameters}
      values={checked.ok ? checked.configuration.values : defaultValues(parameters)}
      problem={checked.ok ? null : { message: checked.message, parameterId: checked.parameterId }}
    />
  );
  return (
    <div className="flex flex-col gap-4">
      {form}
      {checked.ok ? children : null}
    </div>
  );
}

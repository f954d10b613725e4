import { AllowEditingButton } from "@/components/auth/allow-editing-button";
import { editAccess } from "@/lib/auth/edit-permission";
import { apiLinks, pageLinks } from "@/lib/navigation/links";
import type { ElementRef } from "@/lib/onshape/types";
import { NotEditableHere } from "./editing-bar";
import { PropertyImport } from "./property-import";

/** Importing part properties from a spreadsheet: only in a workspace, only with write access. */
export async function ImportPanel({
  userId,
  elementRef,
}: {
  userId: string;
  elementRef: ElementRef;
}) {
  if (elementRef.wvm !== "w") return <NotEditableHere elementRef={elementRef} />;
  const access = await editAccess(userId);
  if (access === "unavailable") {
    return <p>This app is set up to read only: it cannot change part properties.</p>;
  }
  if (access === "can-request") {
    return (
      <div className="flex flex-col items-start gap-3">
        <p>You signed in with read access. Importing changes part properties in Onshape.</p>
        <AllowEditingButton />
      </div>
    );
  }
  return (
    <PropertyImport
      previewUrl={apiLinks.importPreview(elementRef)}
      applyUrl={apiLinks.importApply(elementRef)}
      backUrl={pageLinks.element(elementRef, { kind: "PARTSTUDIO" })}
    />
  );
}

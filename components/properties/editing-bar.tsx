import Link from "next/link";
import { AllowEditingButton } from "@/components/auth/allow-editing-button";
import { buttonClass } from "@/components/ui/button";
import { editAccess } from "@/lib/auth/edit-permission";
import { pageLinks } from "@/lib/navigation/links";
import type { ElementRef } from "@/lib/onshape/types";

/** What the user may change here, and the one step that lets them when they may not yet. */
export async function EditingBar({
  userId,
  elementRef,
}: {
  userId: string;
  elementRef: ElementRef;
}) {
  if (elementRef.wvm !== "w") return <NotEditableHere elementRef={elementRef} />;
  const access = await editAccess(userId);
  if (access === "unavailable") return null;
  if (access === "can-request") {
    return (
      <div
        data-testid="editing-bar"
        className="flex flex-wrap items-center gap-3 rounded-lg border border-onshape-line bg-onshape-wash p-3"
      >
        <p>
          You signed in with read access. To change part properties here, allow this app to edit in
          Onshape.
        </p>
        <AllowEditingButton />
      </div>
    );
  }
  return (
    <div data-testid="editing-bar" className="flex flex-wrap items-center gap-3">
      <Link href={pageLinks.propertyImport(elementRef)} className={buttonClass()}>
        Import properties from CSV
      </Link>
    </div>
  );
}

/** Onshape forbids changing versions and microversions: say so, and where editing works. */
export function NotEditableHere({ elementRef }: { elementRef: ElementRef }) {
  const what = elementRef.wvm === "v" ? "a version" : "a microversion (a point in history)";
  return (
    <p data-testid="not-editable" className="text-onshape-muted">
      This is {what}: Onshape keeps it exactly as it was, so its part properties cannot be edited.
      Open a workspace of the{" "}
      <Link href={pageLinks.document(elementRef)} className="text-onshape hover:underline">
        document
      </Link>{" "}
      to edit.
    </p>
  );
}

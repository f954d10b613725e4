import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { ElementHeaderPanel } from "@/components/element/element-header";
import { ImportPanel } from "@/components/properties/import-panel";
import { Panel } from "@/components/ui/panel";
import { HeaderSkeleton } from "@/components/ui/skeletons";
import { currentViewer } from "@/lib/auth/viewer";
import { requestLocale } from "@/lib/format/request-locale";
import { requestUnits } from "@/lib/format/request-units";
import { parseElementRef } from "@/lib/navigation/params";

export const metadata: Metadata = { title: "Import part properties" };

type Props = { params: Promise<{ did: string; wvm: string; wvmid: string; eid: string }> };

export default async function ImportPropertiesPage({ params }: Props) {
  const elementRef = parseElementRef(await params);
  if (!elementRef) notFound();
  const viewer = await currentViewer();
  if (!viewer) return <SignInPrompt what="this import" />;
  const props = {
    userId: viewer.id,
    elementRef,
    locale: await requestLocale(),
    bomView: "indented" as const,
    units: await requestUnits(undefined),
  };
  return (
    <>
      <Panel what="the element" fallback={<HeaderSkeleton />}>
        <ElementHeaderPanel {...props} />
      </Panel>
      <h2 className="text-xl font-semibold">Import part properties from a spreadsheet</h2>
      <p className="max-w-3xl text-onshape-muted">
        Download the parts CSV, change part numbers, names or other properties in Excel or
        LibreOffice (add a column named like an Onshape property, e.g. Description or Vendor, to set
        it), save as CSV and import it here. Rows are matched by the Part id column. You see every
        change before anything is written.
      </p>
      <Panel what="the import" fallback={<HeaderSkeleton />}>
        <ImportPanel userId={viewer.id} elementRef={elementRef} />
      </Panel>
    </>
  );
}

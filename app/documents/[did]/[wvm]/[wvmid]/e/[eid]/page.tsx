import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { ElementHeaderPanel, startElementHeader } from "@/components/element/element-header";
import { ElementPanel, startElementContent } from "@/components/element/element-panel";
import { Panel } from "@/components/ui/panel";
import { HeaderSkeleton, TableSkeleton } from "@/components/ui/skeletons";
import { currentViewer } from "@/lib/auth/viewer";
import { attempt, isMissing } from "@/lib/errors";
import { requestLocale } from "@/lib/format/request-locale";
import { requestUnits } from "@/lib/format/request-units";
import { parseKindHint } from "@/lib/navigation/links";
import { parseBomView, parseElementRef } from "@/lib/navigation/params";
import { getElement } from "@/lib/onshape/elements";

export const metadata: Metadata = { title: "Element" };

type Props = {
  params: Promise<{ did: string; wvm: string; wvmid: string; eid: string }>;
  searchParams: Promise<{
    bom?: string | string[];
    type?: string | string[];
    configuration?: string | string[];
    units?: string | string[];
  }>;
};

export default async function ElementPage({ params, searchParams }: Props) {
  const [path, { bom, type, configuration, units }] = await Promise.all([params, searchParams]);
  // Malformed ids never reach Onshape: they get the not-found page straight away.
  const elementRef = parseElementRef(path, { configuration });
  if (!elementRef) notFound();
  const viewer = await currentViewer();
  if (!viewer) return <SignInPrompt what="this element" />;
  const kindHint = parseKindHint(type);
  startElementHeader({ userId: viewer.id, elementRef });
  startElementContent({ userId: viewer.id, elementRef, kindHint, bomView: parseBomView(bom) });
  // Unknown ids answer 404, not a page with a "Not found" card: the lookup the panels share
  // is awaited before the page starts streaming (other failures show in place).
  const [lookup, locale, shownUnits] = await Promise.all([
    attempt(() => getElement(viewer.id, elementRef)),
    requestLocale(),
    requestUnits(units),
  ]);
  if (isMissing(lookup)) notFound();
  const props = {
    userId: viewer.id,
    elementRef,
    locale,
    bomView: parseBomView(bom),
    units: shownUnits,
    kindHint,
  };
  return (
    <>
      <Panel what="the element" fallback={<HeaderSkeleton />}>
        <ElementHeaderPanel {...props} />
      </Panel>
      <Panel what="the element's contents" fallback={<TableSkeleton label="contents" />}>
        <ElementPanel {...props} />
      </Panel>
    </>
  );
}

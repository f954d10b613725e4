import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { ElementHeaderPanel } from "@/components/element/element-header";
import { ElementPanel } from "@/components/element/element-panel";
import { Panel } from "@/components/ui/panel";
import { HeaderSkeleton, TableSkeleton } from "@/components/ui/skeletons";
import { currentViewer } from "@/lib/auth/viewer";
import { requestLocale } from "@/lib/format/request-locale";
import { parseKindHint } from "@/lib/navigation/links";
import { parseBomView, parseElementRef } from "@/lib/navigation/params";

export const metadata: Metadata = { title: "Element" };

type Props = {
  params: Promise<{ did: string; wvm: string; wvmid: string; eid: string }>;
  searchParams: Promise<{
    bom?: string | string[];
    type?: string | string[];
    configuration?: string | string[];
  }>;
};

export default async function ElementPage({ params, searchParams }: Props) {
  const [path, { bom, type, configuration }] = await Promise.all([params, searchParams]);
  // Malformed ids never reach Onshape: they get the not-found page straight away.
  const elementRef = parseElementRef(path, { configuration });
  if (!elementRef) notFound();
  const viewer = await currentViewer();
  if (!viewer) return <SignInPrompt what="this element" />;
  const locale = await requestLocale();
  const props = {
    userId: viewer.id,
    elementRef,
    locale,
    bomView: parseBomView(bom),
    kindHint: parseKindHint(type),
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

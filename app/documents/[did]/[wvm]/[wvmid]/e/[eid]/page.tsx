import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ElementHeaderPanel } from "@/components/views/element/element-header";
import { ElementPanel } from "@/components/views/element/element-panel";
import { Panel } from "@/components/views/panel";
import { SignInPrompt } from "@/components/views/sign-in-prompt";
import { HeaderSkeleton, TableSkeleton } from "@/components/views/skeletons";
import { currentUser } from "@/lib/auth/current-user";
import { parseBomView, parseElementRef } from "@/lib/views/ids";
import { parseKindHint } from "@/lib/views/links";
import { requestLocale } from "@/lib/views/request-locale";

export const metadata: Metadata = { title: "Element" };

type Props = {
  params: Promise<{ did: string; wvm: string; wvmid: string; eid: string }>;
  searchParams: Promise<{ bom?: string | string[]; type?: string | string[] }>;
};

export default async function ElementPage({ params, searchParams }: Props) {
  // Malformed ids never reach Onshape: they get the not-found page straight away.
  const ref = parseElementRef(await params);
  if (!ref) notFound();
  const user = await currentUser();
  if (!user) return <SignInPrompt what="this element" />;
  const [{ bom, type }, locale] = await Promise.all([searchParams, requestLocale()]);
  const kindHint = parseKindHint(type);
  const props = { userId: user.id, ...ref, locale, bomView: parseBomView(bom), kindHint };
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

import { notFound } from "next/navigation";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ErrorPanel } from "@/components/ui/error-panel";
import { getEnv } from "@/lib/env";
import { attempt } from "@/lib/errors";
import { onshapeUrl, pageLinks } from "@/lib/navigation/links";
import { describeConfiguration } from "@/lib/onshape/configuration-values";
import { resolveConfiguration } from "@/lib/onshape/configurations";
import { getDocument, getSnapshot } from "@/lib/onshape/documents";
import { getElement } from "@/lib/onshape/elements";
import type { ElementRef, ElementSummary } from "@/lib/onshape/types";
import type { ElementViewProps } from "./props";
import { OpenInOnshape } from "./open-in-onshape";
import { ViewingContext } from "./viewing-context";

/** The configuration shown, in words, and the link's configuration in Onshape's own form. */
async function shownConfiguration(userId: string, ref: ElementRef, element: ElementSummary) {
  if (element.kind !== "PARTSTUDIO" && element.kind !== "ASSEMBLY") {
    return { text: null, ref };
  }
  // The same (memoized) inputs the content reads; a wrong configuration is named there.
  const result = await attempt(() => resolveConfiguration(userId, ref));
  if (!result.ok) return { text: "not valid (see below)", ref };
  const configuration = result.data;
  if (configuration.parameters.length === 0) return { text: null, ref };
  return {
    text: describeConfiguration(configuration),
    ref: { ...ref, configuration: configuration.encoded },
  };
}

/** Starts the header's own reads, so a page that awaits something first does not delay them. */
export function startElementHeader({
  userId,
  elementRef,
}: Pick<ElementViewProps, "userId" | "elementRef">) {
  getDocument(userId, elementRef).catch(() => {});
  getSnapshot(userId, elementRef).catch(() => {});
}

/** Document and element name, which workspace or version and configuration, Onshape's link. */
export async function ElementHeaderPanel({ userId, elementRef, locale }: ElementViewProps) {
  const result = await attempt(() =>
    Promise.all([
      getDocument(userId, elementRef),
      getElement(userId, elementRef),
      getSnapshot(userId, elementRef),
    ]),
  );
  if (!result.ok) {
    if (result.error.kind === "not-found") notFound();
    return <ErrorPanel error={result.error} heading="h1" />;
  }
  const [doc, element, snapshot] = result.data;
  if (!element) notFound();
  const configuration = await shownConfiguration(userId, elementRef, element);
  const comparable = element.kind === "PARTSTUDIO" || element.kind === "ASSEMBLY";
  // From a version: it against the main workspace; from a workspace: the newest version and it.
  const compareHref = pageLinks.compare(elementRef, {
    from: elementRef.wvm === "v" ? `v.${elementRef.wvmId}` : undefined,
    to:
      elementRef.wvm === "w"
        ? `w.${elementRef.wvmId}`
        : doc.defaultWorkspaceId
          ? `w.${doc.defaultWorkspaceId}`
          : undefined,
  });
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="flex flex-col gap-1">
        <ViewingContext
          documentName={doc.name}
          documentHref={pageLinks.document(elementRef)}
          snapshot={snapshot}
          configuration={configuration.text}
          locale={locale}
        />
        <h1 className="text-2xl font-semibold">{element.name}</h1>
        <p className="text-onshape-muted">{element.typeLabel}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        {comparable ? (
          <Link href={compareHref} className={buttonClass()}>
            Compare versions
          </Link>
        ) : null}
        <OpenInOnshape href={onshapeUrl(getEnv().ONSHAPE_API_URL, configuration.ref)} />
      </div>
    </div>
  );
}

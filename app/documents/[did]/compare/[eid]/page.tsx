import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { ComparePicker } from "@/components/compare/compare-picker";
import { ElementComparisonView } from "@/components/compare/element-comparison-view";
import { ErrorPanel } from "@/components/ui/error-panel";
import { currentViewer } from "@/lib/auth/viewer";
import { formatSide, parseSide, sideChoice, type CompareSide } from "@/lib/compare/sides";
import { attempt } from "@/lib/errors";
import { requestLocale } from "@/lib/format/request-locale";
import { requestUnits } from "@/lib/format/request-units";
import { pageLinks } from "@/lib/navigation/links";
import { isOnshapeId } from "@/lib/onshape/ids";
import { getElementComparison, sideRef, workspaceMicroversion } from "@/lib/onshape/compare";
import { getSnapshotOptions } from "@/lib/onshape/documents";
import type { SnapshotOption } from "@/lib/onshape/types";

export const metadata: Metadata = { title: "Compare" };

type Props = {
  params: Promise<{ did: string; eid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

function sideName(side: CompareSide, options: SnapshotOption[]): string {
  const option = options.find((o) => o.wvm === side.wvm && o.id === side.id);
  const name = option?.name ?? `${side.id.slice(0, 8)}…`;
  return side.wvm === "w" && side.microversionId
    ? `${name} (at ${side.microversionId.slice(0, 8)}…)`
    : name;
}

/**
 * An element compared between two versions, or a version and a workspace: parts or BOM lines
 * added, removed and changed. Both sides are read where the data never changes (a version, or
 * the microversion a workspace is pinned at), so a repeat comparison is served from the cache.
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const [{ did, eid }, query] = await Promise.all([params, searchParams]);
  if (!isOnshapeId(did) || !isOnshapeId(eid)) notFound();
  const viewer = await currentViewer();
  if (!viewer) return <SignInPrompt what="this comparison" />;
  const configuration = single(query.configuration) || undefined;
  const options = await attempt(() => getSnapshotOptions(viewer.id, did));
  if (!options.ok) {
    if (options.error.kind === "not-found") notFound();
    return <ErrorPanel error={options.error} heading="h1" />;
  }
  const snapshots = options.data;
  const firstOf = (wvm: "w" | "v") => snapshots.find((option) => option.wvm === wvm);
  const fallback = (option: SnapshotOption | undefined) =>
    option ? `${option.wvm}.${option.id}` : undefined;
  // Without a choice: the newest version against the first (main) workspace.
  const fromText = single(query.from) ?? fallback(firstOf("v") ?? firstOf("w"));
  const toText = single(query.to) ?? fallback(firstOf("w"));
  const from = parseSide(fromText);
  const to = parseSide(toText);
  const action = pageLinks.compare({ documentId: did, elementId: eid });
  const problems = [
    ...(from
      ? []
      : [`"from" is not a version or workspace of this document (${fromText ?? "missing"})`]),
    ...(to ? [] : [`"to" is not a version or workspace of this document (${toText ?? "missing"})`]),
  ];
  if (!from || !to) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Compare</h1>
        <ErrorPanel error={{ kind: "bad-request", message: `${problems.join("; ")}.` }} />
      </>
    );
  }
  // A workspace is pinned to the microversion it is at now, in the link itself.
  if ((from.wvm === "w" && !from.microversionId) || (to.wvm === "w" && !to.microversionId)) {
    const pin = async (side: CompareSide): Promise<CompareSide> =>
      side.wvm === "w" && !side.microversionId
        ? { ...side, microversionId: await workspaceMicroversion(viewer.id, did, side.id) }
        : side;
    const pinned = await attempt(() => Promise.all([pin(from), pin(to)]));
    if (!pinned.ok) return <ErrorPanel error={pinned.error} heading="h1" />;
    const [a, b] = pinned.data;
    redirect(
      pageLinks.compare(
        { documentId: did, elementId: eid, configuration },
        { from: formatSide(a), to: formatSide(b) },
      ),
    );
  }
  const [locale, units, result] = await Promise.all([
    requestLocale(),
    requestUnits(single(query.units)),
    attempt(() =>
      getElementComparison(
        viewer.id,
        sideRef(did, eid, from, configuration),
        sideRef(did, eid, to, configuration),
      ),
    ),
  ]);
  const beforeName = sideName(from, snapshots);
  const afterName = sideName(to, snapshots);
  const element = result.ok ? result.data.element : null;
  const workspaceNow = (side: CompareSide) =>
    side.wvm === "w" ? { ...side, microversionId: null } : side;
  return (
    <>
      <div className="flex flex-col gap-1">
        {element ? (
          <nav aria-label="Breadcrumb" className="text-onshape-muted">
            <Link
              href={pageLinks.element(
                {
                  ...sideRef(did, eid, to),
                  ...(to.wvm === "w" ? { wvm: "w", wvmId: to.id } : {}),
                  configuration,
                },
                { kind: element.kind },
              )}
              className="text-onshape hover:underline"
            >
              {element.name}
            </Link>
          </nav>
        ) : null}
        <h1 className="text-2xl font-semibold">
          Compare {beforeName} with {afterName}
        </h1>
      </div>
      <ComparePicker
        action={action}
        options={snapshots}
        from={sideChoice(from)}
        to={sideChoice(to)}
        configuration={configuration}
      />
      {from.wvm === "w" || to.wvm === "w" ? (
        <p className="text-onshape-muted">
          A workspace is compared as it was when this comparison was made.{" "}
          <Link
            className="text-onshape hover:underline"
            href={pageLinks.compare(
              { documentId: did, elementId: eid, configuration },
              { from: formatSide(workspaceNow(from)), to: formatSide(workspaceNow(to)) },
            )}
          >
            Compare with the workspace as it is now
          </Link>
        </p>
      ) : null}
      {!result.ok ? (
        <ErrorPanel error={result.error} />
      ) : (
        <ElementComparisonView
          comparison={result.data}
          locale={locale}
          units={units}
          beforeName={beforeName}
          afterName={afterName}
        />
      )}
    </>
  );
}

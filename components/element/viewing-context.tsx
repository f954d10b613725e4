import Link from "next/link";
import { snapshotLabel } from "@/components/document/snapshot-label";
import { LocalTime } from "@/components/ui/local-time";
import type { Snapshot } from "@/lib/onshape/types";

const dateLabel = { w: "modified", v: "made", m: "" } as const;

/**
 * What the user is looking at, next to the document's name: the workspace or version (named,
 * with its date) and the configuration. The same data differs between them (V1's housing is
 * steel, Main's aluminium), so every element view says which it shows.
 */
export function ViewingContext({
  documentName,
  documentHref,
  snapshot,
  configuration,
  locale,
}: {
  documentName: string;
  documentHref: string;
  snapshot: Snapshot;
  /** "Länge 400 mm, Endkappen no"; null for an element without configuration inputs. */
  configuration: string | null;
  locale: string;
}) {
  const name = snapshot.name ?? `${snapshot.id.slice(0, 8)}…`;
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 text-onshape-muted">
      <nav aria-label="Breadcrumb">
        <Link href={documentHref} className="text-onshape hover:underline">
          {documentName}
        </Link>
      </nav>
      <dl aria-label="Showing" className="flex flex-wrap items-baseline gap-x-2">
        <div className="flex gap-1 before:content-['·']">
          <dt>{snapshotLabel[snapshot.wvm]}</dt>
          <dd className="font-medium text-onshape-ink">
            {name}
            {snapshot.date ? (
              <span className="font-normal text-onshape-muted">
                {" "}
                ({dateLabel[snapshot.wvm]} <LocalTime iso={snapshot.date} locale={locale} />)
              </span>
            ) : null}
          </dd>
        </div>
        {configuration !== null ? (
          <div className="flex gap-1 before:content-['·']">
            <dt>Configuration</dt>
            <dd className="font-medium text-onshape-ink">{configuration}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}

import { Thumbnail } from "@/components/ui/thumbnail";
import { getEnv } from "@/lib/env";
import { apiLinks, onshapeUrl } from "@/lib/navigation/links";
import type { ElementSummary } from "@/lib/onshape/types";
import { OpenInOnshape } from "./open-in-onshape";
import type { ElementViewProps } from "./props";

/** Drawings, files and other elements: what they are, and a way to open them in Onshape. */
export function ElementSummaryPanel({
  elementRef,
  element,
}: ElementViewProps & { element: ElementSummary }) {
  const facts: [string, string | null][] = [
    ["Type", element.typeLabel],
    ["File name", element.filename],
    ["File type", element.mimeType],
  ];
  return (
    <section aria-label="Summary" className="flex flex-wrap items-start gap-6">
      <Thumbnail
        src={
          element.thumbnail
            ? apiLinks.elementThumbnail(elementRef, element.thumbnail, "300x170")
            : null
        }
        width={300}
        height={170}
      />
      <div className="flex flex-col items-start gap-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-onshape-muted">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        <p>This app shows parts of Part Studios and bills of materials of Assemblies.</p>
        <OpenInOnshape href={onshapeUrl(getEnv().ONSHAPE_API_URL, elementRef)} />
      </div>
    </section>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { getElements } from "@/lib/onshape/elements";
import { groupElements } from "@/lib/onshape/mappers/elements";
import { apiLinks, viewLinks } from "@/lib/views/links";
import { attempt } from "@/lib/views/view-error";
import { ErrorPanel } from "../error-panel";
import type { DocumentPanelProps } from "../panel-props";
import { Thumbnail } from "../thumbnail";

/** The document's elements (tabs) at this workspace or version, grouped by type. */
export async function ElementsPanel(props: DocumentPanelProps) {
  const { userId, documentId, wvm, wvmId, compact } = props;
  const result = await attempt(() => getElements(userId, documentId, wvm, wvmId));
  if (!result.ok) {
    if (result.error.kind === "not-found") notFound();
    return <ErrorPanel error={result.error} signIn={props.signInAction} />;
  }
  const groups = groupElements(result.data);
  if (groups.length === 0) {
    return <p className="text-onshape-muted">This workspace or version has no elements.</p>;
  }
  const links = viewLinks(props.basePath);
  const [width, height] = compact ? [150, 85] : [300, 170];
  return (
    <div className="flex flex-col gap-6">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`group-${group.kind}`}>
          <h2 id={`group-${group.kind}`} className="mb-3 text-lg font-semibold">
            {group.label} <span className="text-onshape-muted">({group.elements.length})</span>
          </h2>
          <ul className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-4">
            {group.elements.map((element) => (
              <li key={element.id}>
                <Link
                  href={links.element(
                    { documentId, wvm, wvmId, elementId: element.id },
                    { kind: element.kind },
                  )}
                  className="flex h-full flex-col gap-2 rounded-lg border border-onshape-line bg-white p-2 hover:border-onshape focus-visible:outline-2 focus-visible:outline-onshape"
                >
                  <Thumbnail
                    src={
                      element.thumbnail
                        ? apiLinks.elementThumbnail(
                            documentId,
                            element.thumbnail,
                            element.id,
                            "300x170",
                          )
                        : null
                    }
                    width={width}
                    height={height}
                    className="h-auto w-full"
                  />
                  <span className="font-medium text-onshape">{element.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

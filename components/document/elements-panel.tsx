import Link from "next/link";
import { notFound } from "next/navigation";
import { ErrorPanel } from "@/components/ui/error-panel";
import { ShowInTabButton } from "@/components/tab/tab-navigator";
import { Thumbnail } from "@/components/ui/thumbnail";
import { attempt } from "@/lib/errors";
import { apiLinks, pageLinks } from "@/lib/navigation/links";
import { pageSurface, type Surface } from "@/lib/navigation/surface";
import { getElements } from "@/lib/onshape/elements";
import { groupElements } from "@/lib/onshape/mappers/elements";
import type { DocumentRef } from "@/lib/onshape/types";

const cardClass =
  "flex h-full w-full flex-col gap-2 rounded-lg border border-onshape-line bg-white p-2 hover:border-onshape focus-visible:outline-2 focus-visible:outline-onshape";

/** The document's elements (tabs) at this workspace or version, grouped by type. */
export async function ElementsPanel({
  userId,
  documentRef,
  currentElementId,
  surface = pageSurface,
}: {
  userId: string;
  documentRef: DocumentRef;
  /** The element the viewer is in (the tab's own element), marked in the list. */
  currentElementId?: string;
  surface?: Surface;
}) {
  const result = await attempt(() => getElements(userId, documentRef));
  if (!result.ok) {
    if (result.error.kind === "not-found" && surface.kind === "page") notFound();
    return <ErrorPanel error={result.error} surface={surface} />;
  }
  const groups = groupElements(result.data);
  if (groups.length === 0) {
    return <p className="text-onshape-muted">This workspace or version has no elements.</p>;
  }
  const inTab = surface.kind === "tab";
  return (
    <div data-testid="elements" className={inTab ? "flex flex-col gap-3" : "flex flex-col gap-6"}>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`group-${group.kind}`}>
          <h2
            id={`group-${group.kind}`}
            className={inTab ? "mb-1.5 text-sm font-semibold" : "mb-3 text-lg font-semibold"}
          >
            {group.label} <span className="text-onshape-muted">({group.elements.length})</span>
          </h2>
          <ul
            className={`grid gap-4 ${inTab ? "grid-cols-[repeat(auto-fill,minmax(8rem,1fr))] gap-2" : "grid-cols-[repeat(auto-fill,minmax(10rem,1fr))]"}`}
          >
            {group.elements.map((element) => {
              const card = (
                <>
                  <Thumbnail
                    src={
                      element.thumbnail
                        ? apiLinks.elementThumbnail(
                            { documentId: documentRef.documentId, elementId: element.id },
                            element.thumbnail,
                            "300x170",
                          )
                        : null
                    }
                    width={inTab ? 150 : 300}
                    height={inTab ? 85 : 170}
                    className="h-auto w-full"
                    inTab={inTab}
                  />
                  <span className="font-medium text-onshape">{element.name}</span>
                </>
              );
              return (
                <li
                  key={element.id}
                  aria-current={element.id === currentElementId ? "page" : undefined}
                >
                  {inTab ? (
                    // Inside Onshape the element opens in the tab itself, not in a new window.
                    <ShowInTabButton
                      change={{
                        show: "element",
                        target: {
                          documentId: documentRef.documentId,
                          elementId: element.id,
                          kind: element.kind,
                        },
                      }}
                      className={cardClass}
                    >
                      {card}
                    </ShowInTabButton>
                  ) : (
                    <Link
                      href={pageLinks.element(
                        { ...documentRef, elementId: element.id },
                        { kind: element.kind },
                      )}
                      className={cardClass}
                    >
                      {card}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

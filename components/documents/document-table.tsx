import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { Thumbnail } from "@/components/ui/thumbnail";
import { apiLinks, pageLinks } from "@/lib/navigation/links";
import type { DocumentPage } from "@/lib/onshape/types";

/** One page of documents: picture and name (a link), owner, last modified. */
export function DocumentTable({
  page,
  locale,
  busy,
}: {
  page: DocumentPage;
  locale: string;
  busy: boolean;
}) {
  const cell = "px-3 py-2";
  return (
    <table
      aria-busy={busy}
      className={`w-full border-collapse bg-white text-left ${busy ? "opacity-60" : ""}`}
    >
      <caption className="sr-only">Documents</caption>
      <thead className="border-b border-onshape-line text-onshape-muted">
        <tr>
          <th scope="col" className={cell}>
            Name
          </th>
          <th scope="col" className={cell}>
            Owner
          </th>
          <th scope="col" className={cell}>
            Modified
          </th>
        </tr>
      </thead>
      <tbody>
        {page.items.map((doc) => (
          <tr key={doc.id} className="border-b border-onshape-line last:border-0">
            <th scope="row" className={`${cell} font-normal`}>
              <div className="flex items-center gap-3">
                <Thumbnail
                  src={
                    doc.thumbnail
                      ? apiLinks.documentThumbnail(doc.id, doc.thumbnail, "70x40")
                      : null
                  }
                  width={70}
                  height={40}
                />
                {doc.defaultWorkspaceId ? (
                  <Link
                    href={pageLinks.document({
                      documentId: doc.id,
                      wvm: "w",
                      wvmId: doc.defaultWorkspaceId,
                    })}
                    className="font-medium text-onshape hover:underline"
                  >
                    {doc.name}
                  </Link>
                ) : (
                  <span className="font-medium">{doc.name}</span>
                )}
              </div>
            </th>
            <td className={cell}>{doc.ownerName ?? "—"}</td>
            <td className={`${cell} whitespace-nowrap`}>
              {doc.modifiedAt ? <LocalTime iso={doc.modifiedAt} locale={locale} /> : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

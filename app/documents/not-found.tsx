import Link from "next/link";

// Shown for malformed ids in the URL and for documents, workspaces, versions or elements that
// Onshape does not know.
export default function DocumentNotFound() {
  return (
    <section
      aria-labelledby="not-found"
      className="flex flex-col items-start gap-3 rounded-lg border border-onshape-line bg-white p-6"
    >
      <h1 id="not-found" className="text-xl font-semibold">
        Not found
      </h1>
      <p>
        There is no such document, workspace, version or element, or the link is mistyped. Ids in
        Onshape links are 24 characters of 0–9 and a–f.
      </p>
      <Link href="/documents" className="text-onshape hover:underline">
        Back to your documents
      </Link>
    </section>
  );
}

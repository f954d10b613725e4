/** Onshape itself, in a new tab (from inside the Onshape tab, too). */
export function OpenInOnshape({ href }: { href: string }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="rounded-md border border-onshape-line bg-white px-3 py-1.5 text-onshape hover:bg-onshape-wash focus-visible:outline-2 focus-visible:outline-onshape"
    >
      Open in Onshape<span className="sr-only"> (opens a new tab)</span>
    </a>
  );
}

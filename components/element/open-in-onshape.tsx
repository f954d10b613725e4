import { buttonClass } from "@/components/ui/button";

/** Onshape itself, in a new tab (from inside the Onshape tab, too). */
export function OpenInOnshape({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={buttonClass()}>
      Open in Onshape<span className="sr-only"> (opens a new tab)</span>
    </a>
  );
}

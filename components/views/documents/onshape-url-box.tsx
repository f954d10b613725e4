"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { defaultBasePath, viewLinks } from "@/lib/views/links";
import { parseOnshapeUrl } from "@/lib/views/onshape-url";

/** Paste a link from Onshape's address bar and open the same document or element here. */
export function OnshapeUrlBox({
  apiOrigin,
  basePath = defaultBasePath,
}: {
  /** The configured Onshape origin, accepted besides *.onshape.com. */
  apiOrigin: string;
  basePath?: string;
}) {
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseOnshapeUrl(value, apiOrigin);
    if (!parsed.ok) return setProblem(parsed.reason);
    setProblem(null);
    const links = viewLinks(basePath);
    router.push("elementId" in parsed.ref ? links.element(parsed.ref) : links.document(parsed.ref));
  }

  return (
    <form onSubmit={open} className="flex flex-col gap-1" noValidate>
      <label htmlFor={`${id}-url`} className="text-onshape-muted">
        Open an Onshape link
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={`${id}-url`}
          type="text"
          inputMode="url"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="https://cad.onshape.com/documents/…/w/…/e/…"
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          autoComplete="off"
          spellCheck={false}
          className="min-w-64 flex-1 rounded-md border border-onshape-line bg-white px-3 py-1.5 focus-visible:outline-2 focus-visible:outline-onshape"
        />
        <button
          type="submit"
          className="rounded-md bg-onshape px-4 py-1.5 font-medium text-white hover:bg-onshape-dark focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-onshape"
        >
          Open
        </button>
      </div>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-red-700">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

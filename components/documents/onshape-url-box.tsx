"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { pageLinks } from "@/lib/navigation/links";
import { parseOnshapeUrl } from "@/lib/navigation/onshape-url";

/** Paste a link from Onshape's address bar and open the same document or element here. */
export function OnshapeUrlBox({
  apiOrigin,
}: {
  /** The configured Onshape origin, accepted besides *.onshape.com. */
  apiOrigin: string;
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
    router.push(
      "elementId" in parsed.ref ? pageLinks.element(parsed.ref) : pageLinks.document(parsed.ref),
    );
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
        <Button type="submit" variant="primary">
          Open
        </Button>
      </div>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-red-700">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { pageLinks } from "@/lib/navigation/links";
import type { DocumentRef, SnapshotOption, Wvm } from "@/lib/onshape/types";

const groupLabel = { w: "Workspaces", v: "Versions" } as const;

/**
 * Pick a workspace or version, then press Switch: navigating on every arrow key in the list
 * would reload the page (and call Onshape) for each option passed on the way.
 */
export function SnapshotSwitcher({
  options,
  current,
}: {
  options: SnapshotOption[];
  current: DocumentRef;
}) {
  const router = useRouter();
  const id = useId();
  const currentValue = `${current.wvm}:${current.wvmId}`;
  const [value, setValue] = useState(currentValue);
  const known = options.some((option) => `${option.wvm}:${option.id}` === currentValue);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [wvm, wvmId = ""] = value.split(":") as [Wvm, string];
    if (value !== currentValue) {
      router.push(pageLinks.document({ documentId: current.documentId, wvm, wvmId }));
    }
  }

  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-onshape-muted">
          Workspace or version
        </label>
        <select
          id={id}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className="rounded-md border border-onshape-line bg-white px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-onshape"
        >
          {known ? null : (
            <option value={currentValue}>
              {current.wvm === "m" ? "Microversion" : "Current"} {current.wvmId.slice(0, 8)}…
            </option>
          )}
          {(["w", "v"] as const).map((wvm) => (
            <optgroup key={wvm} label={groupLabel[wvm]}>
              {options
                .filter((option) => option.wvm === wvm)
                .map((option) => (
                  <option key={option.id} value={`${option.wvm}:${option.id}`}>
                    {option.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Button type="submit">Switch</Button>
    </form>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { readItemSelected, selectItemRequest } from "@/lib/extension/select-item";
import { useOnshapeChannel } from "./tab-bridge-island";
import { useTabNavigator } from "./tab-navigator";

/**
 * Onshape's own picker: any Part Studio or assembly the user can read, in this document or
 * another, opens in the tab. Outside Onshape (nobody to ask) the button is not shown.
 */
export function PickElementButton() {
  const channel = useOnshapeChannel();
  const navigator = useTabNavigator();
  const show = useRef(navigator?.show);
  useEffect(() => {
    show.current = navigator?.show;
  });
  const asked = useRef<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(
    () =>
      channel?.listen((message) => {
        const answer = message.messageName;
        if (answer !== "itemSelectedInSelectItemDialog" && answer !== "selectItemDialogClosed") {
          return;
        }
        // Only the answer to this tab's own question, once.
        if (
          !asked.current ||
          (message.messageId !== undefined && message.messageId !== asked.current)
        ) {
          return;
        }
        asked.current = null;
        if (answer === "selectItemDialogClosed") return;
        const target = readItemSelected(message);
        if (!target) return setNote("Onshape's answer named nothing this tab can show.");
        setNote(null);
        show.current?.({ show: "element", target });
      }),
    [channel],
  );

  if (!channel) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        className="px-2 py-0.5 text-xs"
        onClick={() => {
          asked.current = crypto.randomUUID();
          channel.send("openSelectItemDialog", { ...selectItemRequest, messageId: asked.current });
        }}
      >
        Choose a Part Studio or assembly…
      </Button>
      {note ? (
        <p role="alert" className="text-xs">
          {note}
        </p>
      ) : null}
    </div>
  );
}

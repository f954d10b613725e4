"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useOnshapeChannel } from "@/components/tab/tab-bridge-island";
import { useTabSessionToken } from "@/components/tab/tab-session";
import type { ViewError } from "@/lib/errors";
import { readSelection, type SelectionEntry } from "@/lib/extension/panel-selection";
import { tabSessionHeader } from "@/lib/extension/tab-navigation";
import { fetchJson, viewErrorOf } from "@/lib/http/fetch-json";
import { apiLinks } from "@/lib/navigation/links";
import type { ElementRef, SelectionData } from "@/lib/onshape/types";

// Onshape's selection, and the data to show it with. The data came with the page (or with the
// last model change), so a new selection is combined in the browser with no Onshape call; a
// selection made at another workspace microversion (the model changed) reads the data again,
// once, at that microversion.

export function useSelection<T extends SelectionData>({
  initial,
  elementRef,
  configuration,
}: {
  initial: T;
  elementRef: ElementRef;
  configuration: string;
}) {
  const channel = useOnshapeChannel();
  const sessionToken = useTabSessionToken();
  const [data, setData] = useState<T>(initial);
  const [entries, setEntries] = useState<SelectionEntry[]>([]);
  const [refreshing, setRefreshing] = useState(false);
  const [problem, setProblem] = useState<ViewError | null>(null);
  const dataFor = useRef<string | null>(initial.microversionId);
  const latest = useRef<string | null>(null);

  const refresh = useCallback(
    async (microversionId: string) => {
      const previous = dataFor.current;
      dataFor.current = microversionId;
      setRefreshing(true);
      try {
        const url = apiLinks.selectionData(
          { ...elementRef, wvm: "m", wvmId: microversionId },
          { configuration, kind: initial.kind },
        );
        const headers: Record<string, string> = sessionToken
          ? { [tabSessionHeader]: sessionToken }
          : {};
        setData(await fetchJson<T>(url, { headers }));
        setProblem(null);
      } catch (error) {
        dataFor.current = previous;
        setProblem(viewErrorOf(error));
      } finally {
        setRefreshing(false);
      }
    },
    [elementRef, configuration, sessionToken, initial.kind],
  );

  useEffect(
    () =>
      channel?.listen((message) => {
        if (message.messageName !== "SELECTION") return;
        const selection = readSelection(message);
        if (!selection) {
          console.warn("[panel] ignored a malformed SELECTION message");
          return;
        }
        setEntries(selection.entries);
        const microversionId = selection.microversionId;
        latest.current = microversionId;
        // A version never changes; a workspace does.
        if (microversionId && microversionId !== dataFor.current && elementRef.wvm === "w") {
          void refresh(microversionId);
        }
      }),
    [channel, refresh, elementRef.wvm],
  );

  const highlight = (selections: Record<string, unknown>[]) =>
    channel?.send("requestSelectionHighlight", { messageId: crypto.randomUUID(), selections });
  const retry = () => {
    if (latest.current) void refresh(latest.current);
  };
  return { data, entries, refreshing, problem, highlight, retry };
}

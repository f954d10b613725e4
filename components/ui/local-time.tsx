"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime } from "@/lib/format/dates";

const noSubscription = () => () => {};

/**
 * A date in the reader's locale and time zone. The server cannot know the zone, so it renders
 * UTC (labelled) and the browser re-renders in its own zone right after hydration.
 */
export function LocalTime({ iso, locale }: { iso: string; locale: string }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return <time dateTime={iso}>{formatDateTime(locale, iso, inBrowser ? undefined : "UTC")}</time>;
}

"use client";

import Image from "next/image";
import { useEffect, useState } from "react";
import { tabSessionHeader } from "@/lib/extension/tab-navigation";
import { useTabSessionToken } from "./tab-session";

// A thumbnail from the app's own route. Where the tab's session lives only in its memory, an
// <img> would carry no session: the picture is fetched with the session in a header instead.

type Props = { src: string; width: number; height: number; className: string };

export function SessionImage({ src, width, height, className }: Props) {
  const sessionToken = useTabSessionToken();
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!sessionToken) return;
    let url: string | null = null;
    let cancelled = false;
    void fetch(src, { headers: { [tabSessionHeader]: sessionToken } })
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => {
        if (!blob || cancelled) return;
        url = URL.createObjectURL(blob);
        setObjectUrl(url);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [src, sessionToken]);
  const shown = sessionToken ? objectUrl : src;
  return shown ? (
    <Image src={shown} alt="" width={width} height={height} unoptimized className={className} />
  ) : (
    <span
      aria-hidden="true"
      style={{ width, aspectRatio: `${width} / ${height}` }}
      className={className}
    />
  );
}

"use client";

import { useState, type ReactNode } from "react";
import { tabSessionHeader } from "@/lib/extension/tab-navigation";
import { useTabSessionToken } from "./tab-session";

// A CSV download. On the app's own pages it is a plain link. Inside Onshape's iframe the
// browser does not send the tab's partitioned cookie with a download, and a tab whose session
// lives only in its memory has no cookie at all, so there the file is fetched (with the
// memory session in a header, never the URL) and saved from what came back.

function fileName(disposition: string | null): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? "download.csv";
}

export function DownloadLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  const sessionToken = useTabSessionToken();
  const [problem, setProblem] = useState<string | null>(null);

  async function save() {
    const headers: Record<string, string> = sessionToken
      ? { [tabSessionHeader]: sessionToken }
      : {};
    const response = await fetch(href, { headers }).catch(() => null);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { message?: string } | null;
      return setProblem(body?.message ?? "The download failed. Try again.");
    }
    setProblem(null);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName(response.headers.get("content-disposition"));
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <>
      <a
        href={href}
        download
        className={className}
        onClick={(event) => {
          if (!sessionToken && window.parent === window) return;
          event.preventDefault();
          void save();
        }}
      >
        {children}
      </a>
      {problem ? (
        <span role="alert" className="text-xs">
          {problem}
        </span>
      ) : null}
    </>
  );
}

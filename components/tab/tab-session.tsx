"use client";

import { createContext, useContext, type ReactNode } from "react";

// A session held only in this tab's memory (the browser keeps no cookie in Onshape's page):
// what the tab's requests carry instead of a cookie, in a header or a request body, never in a
// URL. Null when the session is a cookie.

const TabSessionContext = createContext<string | null>(null);

export function TabSessionProvider({ token, children }: { token: string; children: ReactNode }) {
  return <TabSessionContext.Provider value={token}>{children}</TabSessionContext.Provider>;
}

export const useTabSessionToken = () => useContext(TabSessionContext);

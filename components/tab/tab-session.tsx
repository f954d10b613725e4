"use client";

import { useMemorySession } from "./tab-session-context";

// A session held only in this tab's memory (the browser keeps no cookie in Onshape's page):
// what the tab's requests carry instead of a cookie, in a header or a request body, never in a
// URL. Null when the session is a cookie.

export const useTabSessionToken = () => useMemorySession()?.token ?? null;

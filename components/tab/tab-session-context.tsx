"use client";

import { createContext, useContext } from "react";

// A tab whose session lives only in its memory: the token, and what to do once it has ended.
// The signed-in view is rendered on the server and mounted inside the sign-in island, so its
// controls reach both through context; a tab with a cookie session has none.

export type MemorySession = { token: string; ended: (note: string) => void };

export const MemorySessionContext = createContext<MemorySession | null>(null);

export const useMemorySession = () => useContext(MemorySessionContext);

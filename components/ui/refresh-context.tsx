"use client";

import { createContext, useContext } from "react";

// How "Try again" renders a view afresh. A page asks the router; a view that is not a page of
// its own (the Onshape tab, which swaps views in place) provides its own way here.

export const RefreshContext = createContext<(() => void) | null>(null);

export const useRefresh = () => useContext(RefreshContext);

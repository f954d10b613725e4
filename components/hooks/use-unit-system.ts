"use client";

import { useState } from "react";
import { unitsCookie, type UnitSystem } from "@/lib/format/units";

const oneYear = 365 * 24 * 60 * 60;

/**
 * The units shown, starting from the page's (link, else remembered). A change is remembered
 * for the next page (a cookie) and written into this page's URL (`?units=`), so a reload and a
 * shared link show the same units. Only the URL changes: no new render, no Onshape call.
 */
export function useUnitSystem(initial: UnitSystem) {
  const [units, setUnits] = useState(initial);
  function choose(next: UnitSystem) {
    setUnits(next);
    document.cookie = `${unitsCookie}=${next}; Path=/; Max-Age=${oneYear}; SameSite=Lax`;
    const url = new URL(window.location.href);
    url.searchParams.set("units", next);
    window.history.replaceState(window.history.state, "", url);
  }
  return [units, choose] as const;
}

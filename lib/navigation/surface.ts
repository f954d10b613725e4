/**
 * Where a view renders: the app's own pages, or the element tab inside Onshape, whose sign-in
 * happens in the iframe (or, where the browser keeps no cookie there, only in its memory), or
 * the right panel beside a Part Studio or assembly, which signs in inside its iframe too.
 */
export type Surface =
  | { kind: "page" }
  | { kind: "tab"; tabQuery: string; memoryOnly: boolean }
  | { kind: "panel"; panelQuery: string };

export const pageSurface: Surface = { kind: "page" };

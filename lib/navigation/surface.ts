/**
 * Where a view renders: the app's own pages, or the element tab inside Onshape, whose sign-in
 * happens in the iframe (or, where the browser keeps no cookie there, only in its memory).
 */
export type Surface = { kind: "page" } | { kind: "tab"; tabQuery: string; memoryOnly: boolean };

export const pageSurface: Surface = { kind: "page" };

import type { DocumentFilter } from "./types";

// Kept apart from list-state.ts, which needs zod: client components import these labels, and
// zod would add ~26 kB gzipped to every page's JavaScript.
export const filterLabels: Record<DocumentFilter, string> = {
  mine: "My documents",
  shared: "Shared with me",
  recent: "Recent",
};

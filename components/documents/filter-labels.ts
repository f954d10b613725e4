import type { DocumentFilter } from "@/lib/onshape/types";

export const filterLabels: Record<DocumentFilter, string> = {
  mine: "My documents",
  shared: "Shared with me",
  recent: "Recent",
};

import type { Wvm } from "@/lib/onshape/types";

export const snapshotLabel: Record<Wvm, string> = {
  w: "Workspace",
  v: "Version",
  m: "Microversion",
};

import type { ModelKind } from "@/lib/onshape/model/model-key";

// How the 3D view's routes name an element's kind (zod-free: client components use it).

export type ModelKindParam = "partstudio" | "assembly";

export const modelKinds = {
  partstudio: "PARTSTUDIO",
  assembly: "ASSEMBLY",
} as const satisfies Record<ModelKindParam, ModelKind>;

export function kindParam(kind: ModelKind): ModelKindParam {
  return kind === "PARTSTUDIO" ? "partstudio" : "assembly";
}

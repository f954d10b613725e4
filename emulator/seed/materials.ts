import type { SeedMaterial } from "./types";

// A few entries of Onshape's standard material library. Densities in kg/m^3.
const library = "Onshape Material Library";

export const materials = {
  steel: { id: "Steel", displayName: "Steel", libraryName: library, density: 7850 },
  aluminium6061: {
    id: "Aluminum - 6061",
    displayName: "Aluminum - 6061",
    libraryName: library,
    density: 2700,
  },
  brass: { id: "Brass", displayName: "Brass", libraryName: library, density: 8470 },
  abs: { id: "ABS", displayName: "ABS", libraryName: library, density: 1060 },
  stainless: {
    id: "Stainless Steel - 316",
    displayName: "Stainless Steel - 316",
    libraryName: library,
    density: 8000,
  },
} as const satisfies Record<string, SeedMaterial>;

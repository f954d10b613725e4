// The one wording for a value the app cannot show, in the parts table, the BOM and both CSVs:
// "—" for a value Onshape does not have (no part number, no revision), and "No material" for
// what Onshape cannot compute because a part has no material (mass, density, inertia).

export const notSet = "—";

export const noMaterial = "No material";

import { gearboxIds as g, seedId } from "../../../emulator/seed";

// App paths of seeded documents (see emulator/seed/index.ts for what each holds).

export const documentPath = (documentId: string, wvm: string, wvmId: string) =>
  `/documents/${documentId}/${wvm}/${wvmId}`;

export const elementPath = (documentId: string, wvm: string, wvmId: string, elementId: string) =>
  `${documentPath(documentId, wvm, wvmId)}/e/${elementId}`;

/** The gearbox's element at its workspace. */
export const gearbox = (elementId: string, wvm = "w", wvmId: string = g.workspace) =>
  elementPath(g.document, wvm, wvmId, elementId);

/** A filler document (10…29, owned by Ada, one Part Studio each) and its Part Studio. */
export const filler = (number: number) => ({
  document: seedId("document", number),
  workspace: seedId("workspace", number),
  partStudio: seedId("element", number, 1),
  path: elementPath(
    seedId("document", number),
    "w",
    seedId("workspace", number),
    seedId("element", number, 1),
  ),
});

// Asynchronous translations (glTF exports of assemblies and Part Studios) and the files they
// leave as external data. They live in the document store, so /__emulator/reset drops them.

export type TranslationJob = {
  id: string;
  /** The user who asked; only they may poll it, as in Onshape. */
  userId: string;
  documentId: string;
  wv: "w" | "v";
  wvId: string;
  /** Document microversion when the job was created: the content it exports. */
  microversionId: string;
  elementId: string;
  elementType: "ASSEMBLY" | "PARTSTUDIO";
  formatName: string;
  configuration: string;
  storeInDocument: boolean;
  name: string;
  createdAt: number;
  /** ms since epoch; ACTIVE until then, then DONE or FAILED. */
  activeUntil: number;
  failureReason?: string;
  resultExternalDataId?: string;
  resultElementId?: string;
  /** Y up instead of Onshape's Z up (getyAxisIsUp / yAxisIsUp). */
  yAxisIsUp: boolean;
};

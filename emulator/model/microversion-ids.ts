import { randomBytes } from "node:crypto";

// Onshape's history is immutable and apps cache by microversion forever, so an id must never
// come back with other content: not after /__emulator/reset (the counter lives as long as
// the process), and not from another emulator process (the random part).

const processPart = randomBytes(5).toString("hex");
let issued = 0;

/** 24 lowercase hex: "c1", 10 random hex for this process, a 12-hex counter. */
export function newMicroversionId(): string {
  issued += 1;
  return `c1${processPart}${issued.toString(16).padStart(12, "0")}`;
}

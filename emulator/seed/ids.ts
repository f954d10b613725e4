// Deterministic 24-hex ids. A distinct prefix per kind makes a workspace id passed where a
// document id belongs fail with 404 in the emulator, the way it would against real Onshape,
// and makes ids readable in logs: `d0c0…00100` is document 1.

export const idPrefixes = {
  document: "d0c0",
  workspace: "a0a0",
  version: "b0b0",
  microversion: "c0c0",
  element: "e0e0",
} as const;

export type IdKind = keyof typeof idPrefixes;

/** prefix (4) + zeros (15) + doc number (3 digits) + sub number (2 digits) = 24 hex chars. */
export function seedId(kind: IdKind, docNumber: number, sub = 0): string {
  if (docNumber < 0 || docNumber > 999 || sub < 0 || sub > 99) {
    throw new Error(`seedId out of range: ${kind} ${docNumber} ${sub}`);
  }
  const digits = String(docNumber).padStart(3, "0") + String(sub).padStart(2, "0");
  return idPrefixes[kind] + "0".repeat(15) + digits;
}

/**
 * A stable 24-hex id derived from strings (three 32-bit FNV-1a hashes with different seeds).
 * Used for ids nobody needs to type, such as per-element microversions.
 */
export function derivedId(...parts: string[]): string {
  const text = parts.join("\u0000");
  let out = "";
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9]) {
    let hash = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += hash.toString(16).padStart(8, "0");
  }
  return out;
}

export const hexIdPattern = /^[0-9a-f]{24}$/;

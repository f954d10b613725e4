import type { ElementRef } from "../types";

// What names one 3D model: the element at one version ("v:<id>") or document microversion
// ("m:<id>") in one configuration. At either, the model never changes.

export type ModelKind = "PARTSTUDIO" | "ASSEMBLY";

export type ModelKey = {
  documentId: string;
  elementId: string;
  snapshot: string;
  configuration: string;
};

/** What a page asks to see: the element as its URL names it, of a kind, in a configuration. */
export type ModelTarget = { ref: ElementRef; kind: ModelKind; configuration: string };

const snapshotPattern = /^[vm]:[0-9a-f]{24}$/;

export function isSnapshot(value: string): boolean {
  return snapshotPattern.test(value);
}

/** A version or microversion names its own snapshot; a workspace's must be looked up. */
export function fixedSnapshot(ref: ElementRef): string | null {
  return ref.wvm === "w" ? null : `${ref.wvm}:${ref.wvmId}`;
}

/** Whether `snapshot` can be what `ref` shows (a workspace shows one of its microversions). */
export function snapshotFits(ref: ElementRef, snapshot: string): boolean {
  if (!isSnapshot(snapshot)) return false;
  const fixed = fixedSnapshot(ref);
  return fixed === null ? snapshot.startsWith("m:") : fixed === snapshot;
}

export function modelKey(target: ModelTarget, snapshot: string): ModelKey {
  return {
    documentId: target.ref.documentId,
    elementId: target.ref.elementId,
    snapshot,
    configuration: target.configuration,
  };
}

/** The element at the snapshot, as an Onshape path reference. */
export function snapshotRef(key: ModelKey): ElementRef {
  const [wvm, wvmId] = key.snapshot.split(":") as ["v" | "m", string];
  return { documentId: key.documentId, wvm, wvmId, elementId: key.elementId };
}

import { findElement } from "../seed";
import type { SeedPart } from "../seed/types";
import { omit } from "./omit";
import { findMaterial } from "./part-properties";
import { commitWorkspace, type DocumentStore } from "./store";

// Changing parts of a workspace: the metadata API, /__emulator/edit-part and the right-panel
// host's "Edit model" all come through here, so every change gives the workspace a new
// microversion and leaves the old one readable.

export type PartRef = {
  documentId: string;
  workspaceId: string;
  elementId: string;
  partId: string;
};

export type PartUpdate = { ref: PartRef; update: (part: SeedPart) => SeedPart };

export type EditResult =
  { ok: true; microversionId: string } | { ok: false; status: number; message: string };

/** Applies all updates in one new microversion; nothing changes when any target is missing. */
export function updateParts(
  store: DocumentStore,
  updates: readonly PartUpdate[],
  who: { userId: string; now: number },
): EditResult {
  const first = updates[0]?.ref;
  if (!first) return { ok: false, status: 400, message: "Nothing to change." };
  const doc = store.documents.get(first.documentId);
  const workspace = doc?.workspaces.find((ws) => ws.id === first.workspaceId);
  if (!doc || !workspace)
    return { ok: false, status: 404, message: "No such document or workspace." };
  for (const { ref } of updates) {
    if (ref.documentId !== first.documentId || ref.workspaceId !== first.workspaceId) {
      return { ok: false, status: 400, message: "All changes must be in one workspace." };
    }
    const element = findElement(workspace, ref.elementId);
    if (element?.elementType !== "PARTSTUDIO") {
      return {
        ok: false,
        status: 404,
        message: `No Part Studio ${ref.elementId} in this workspace.`,
      };
    }
    if (!element.parts.some((part) => part.partId === ref.partId)) {
      return {
        ok: false,
        status: 404,
        message: `No part ${ref.partId} in Part Studio ${ref.elementId}.`,
      };
    }
  }
  const microversionId = commitWorkspace(store, {
    documentId: first.documentId,
    workspaceId: first.workspaceId,
    ...who,
    change: (elements) =>
      elements.map((element) => {
        if (element.elementType !== "PARTSTUDIO") return element;
        const mine = updates.filter((u) => u.ref.elementId === element.id);
        if (mine.length === 0) return element;
        return {
          ...element,
          parts: element.parts.map((part) =>
            mine
              .filter((u) => u.ref.partId === part.partId)
              .reduce((current, u) => u.update(current), part),
          ),
        };
      }),
  });
  return microversionId
    ? { ok: true, microversionId }
    : { ok: false, status: 404, message: "No such document or workspace." };
}

/** The changes /__emulator/edit-part takes, checked; a message names the first bad one. */
export function partChanges(
  changes: Record<string, unknown>,
): { ok: true; update: (part: SeedPart) => SeedPart } | { ok: false; message: string } {
  const steps: ((part: SeedPart) => SeedPart)[] = [];
  for (const [key, value] of Object.entries(changes)) {
    switch (key) {
      case "name":
        if (typeof value !== "string" || value.trim() === "") {
          return { ok: false, message: "name must be a non-empty string" };
        }
        steps.push((part) => ({ ...part, name: value }));
        break;
      case "partNumber":
      case "description":
      case "revision":
        if (typeof value !== "string") return { ok: false, message: `${key} must be a string` };
        steps.push((part) => (value === "" ? omit(part, key) : { ...part, [key]: value }));
        break;
      case "materialId": {
        if (value === null) {
          steps.push((part) => omit(part, "material"));
          break;
        }
        const material = typeof value === "string" ? findMaterial(value) : undefined;
        if (!material)
          return {
            ok: false,
            message: `materialId ${JSON.stringify(value)} is not a seeded material`,
          };
        steps.push((part) => ({ ...part, material }));
        break;
      }
      case "volume":
        if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
          return { ok: false, message: "volume must be a positive number of m³" };
        }
        steps.push((part) => ({ ...part, volume: value }));
        break;
      default:
        return {
          ok: false,
          message: `unknown change "${key}" (name, partNumber, materialId, volume, description, revision)`,
        };
    }
  }
  if (steps.length === 0) return { ok: false, message: "no changes given" };
  return { ok: true, update: (part) => steps.reduce((current, step) => step(current), part) };
}

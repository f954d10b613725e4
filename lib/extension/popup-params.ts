import { isOnshapeId } from "@/lib/onshape/ids";
import { isRandomToken } from "./hand-off";

// The sign-in popup's query: the hash of the tab's nonce, and the company the tab's document
// belongs to (so the popup asks Onshape for that company's token). Client-safe.

export type PopupParams = { nonceHash: string; companyId: string };

export function parsePopupParams(params: URLSearchParams): PopupParams | null {
  const nonceHash = params.get("nonceHash");
  const companyId = params.get("companyId") || "cad";
  if (!isRandomToken(nonceHash)) return null;
  if (companyId !== "cad" && !isOnshapeId(companyId)) return null;
  return { nonceHash, companyId };
}

export function popupPath(params: PopupParams): string {
  return `/tab/popup?${new URLSearchParams(params).toString()}`;
}

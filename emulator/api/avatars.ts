import { colorFromId } from "./thumbnail-art";
import { createImage, encodePng } from "./png";

// User pictures. Onshape's `image` fields are URLs; the emulator points them at its own
// origin. The HTTP layer may serve renderAvatarPng() there; the REST handlers only link it.

export function avatarUrl(origin: string, userId: string): string {
  return `${origin}/emulator/avatars/${userId}.png`;
}

/** A 64×64 square in a colour derived from the user id. */
export function renderAvatarPng(userId: string): Uint8Array {
  const color = colorFromId(userId);
  return encodePng(createImage(64, 64, [color.red, color.green, color.blue]));
}

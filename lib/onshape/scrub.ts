// Onshape's answers from its token endpoint go into the server log when a step fails: the line
// a developer needs. They must never carry a secret there, even if Onshape echoes one back.

/** `text` with every secret (as is, and percent-encoded as a form body carries it) blanked. */
export function scrubSecrets(
  text: string,
  secrets: readonly (string | null | undefined)[],
): string {
  let scrubbed = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      scrubbed = scrubbed.split(form).join("[secret]");
    }
  }
  return scrubbed;
}

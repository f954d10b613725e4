// Token stores remember each user's last good access token in memory. A new sign-in replaces
// the stored tokens, and the stores in this process must then forget what they remember.
// The registry lives on globalThis because Next bundles route handlers and pages separately:
// the store a page created and the sign-in handler must meet in one place.

type Forget = (userId: string) => void;

const registry = globalThis as typeof globalThis & { onshapeTokenForgetters?: Set<Forget> };

export function onForgetToken(forget: Forget): void {
  (registry.onshapeTokenForgetters ??= new Set()).add(forget);
}

export function forgetRememberedToken(userId: string): void {
  for (const forget of registry.onshapeTokenForgetters ?? []) forget(userId);
}

// What this process remembers about an account (its last access token, cached answers) must
// be forgotten when the account's grant ends or it signs in again. Each store registers how to
// forget; the registry lives on globalThis because Next bundles route handlers and pages
// separately: the stores a page created and the sign-in handler must meet in one place.

type Forget = (userId: string) => void;

const registry = globalThis as typeof globalThis & { onshapeAccountForgetters?: Set<Forget> };

export function onForgetAccountMemory(forget: Forget): void {
  (registry.onshapeAccountForgetters ??= new Set()).add(forget);
}

/** This process only; `forgetAccountData` (forget-account-data.ts) also clears the database. */
export function forgetAccountMemory(userId: string): void {
  for (const forget of registry.onshapeAccountForgetters ?? []) forget(userId);
}

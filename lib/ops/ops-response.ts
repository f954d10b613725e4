/** Health, readiness and metrics answers are about this moment: never cached. */
export const noStore = { headers: { "cache-control": "no-store" } };

// Runs once when the server starts, so a misconfigured server stops at once with one message
// instead of failing at the first sign-in.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUp } = await import("./lib/start-up");
  await startUp();
}

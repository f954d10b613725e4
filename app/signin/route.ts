import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { currentViewer } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { onshapeReturnUrl } from "@/lib/navigation/onshape-return";

// The app's "OAuth URL" as registered with Onshape, which opens it (GET) from My account →
// Applications and after an App Store subscribe. A signed-in user goes straight on; anyone
// else signs in (Onshape's grant page), comes back here, and then goes on: to Onshape's
// `redirectOnshapeUri` when it is an Onshape URL, else to the user's documents.

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const given = params.getAll("redirectOnshapeUri");
  const target = given.length === 1 ? onshapeReturnUrl(given[0], getEnv().ONSHAPE_API_URL) : null;
  if (await currentViewer()) redirect(target ?? "/documents");
  const back = target
    ? `/signin?${new URLSearchParams({ redirectOnshapeUri: target })}`
    : "/documents";
  await signIn("onshape", { redirectTo: back });
}

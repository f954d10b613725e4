import { userRoute } from "@/lib/http/route-handler";
import { listStateSchema } from "@/lib/navigation/list-state";
import { getDocuments } from "@/lib/onshape/documents";

export const GET = userRoute({ query: listStateSchema }, async ({ user, query }) => {
  const page = await getDocuments(user.id, query);
  return Response.json(page, { headers: { "cache-control": "private, no-store" } });
});

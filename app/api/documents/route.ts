import { getDocuments } from "@/lib/onshape/documents";
import { listStateSchema } from "@/lib/views/list-state";
import { userRoute } from "@/lib/route-handler";

// One page of the signed-in user's documents, for the list's search-as-you-type and paging.
export const GET = userRoute({ query: listStateSchema }, async ({ user, query }) => {
  const page = await getDocuments(user.id, query.filter, query.q, query.offset);
  return Response.json(page, { headers: { "cache-control": "private, no-store" } });
});

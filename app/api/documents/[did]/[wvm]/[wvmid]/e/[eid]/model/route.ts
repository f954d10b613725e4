import { userRoute } from "@/lib/http/route-handler";
import { modelStartQuery, modelStatusQuery } from "@/lib/navigation/model-params";
import { elementRefParams } from "@/lib/navigation/params";
import { modelService } from "@/lib/onshape/models";

// The 3D model of an element. POST makes it available (stored, exported now, or translated in
// the background) and answers where it is; GET answers its progress (and advances a
// translation when a poll is due), which any app server can do.

const noStore = { "cache-control": "no-store" };

export const POST = userRoute(
  { params: elementRefParams, query: modelStartQuery },
  async ({ user, params: ref, query }) => {
    const models = await modelService();
    const status = await models.start(
      user.id,
      { ref, kind: query.kind, configuration: query.configuration },
      { retry: query.retry === "1", snapshot: query.snapshot },
    );
    return Response.json(status, { headers: noStore });
  },
);

export const GET = userRoute(
  { params: elementRefParams, query: modelStatusQuery },
  async ({ user, params: ref, query }) => {
    const models = await modelService();
    const status = await models.status(
      user.id,
      { ref, kind: query.kind, configuration: query.configuration },
      query.snapshot,
    );
    return Response.json(status, { headers: noStore });
  },
);

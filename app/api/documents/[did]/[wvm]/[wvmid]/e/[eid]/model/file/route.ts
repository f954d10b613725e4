import { AppError } from "@/lib/errors";
import { modelResponse } from "@/lib/http/model-response";
import { userRoute } from "@/lib/http/route-handler";
import { modelFileQuery } from "@/lib/navigation/model-params";
import { elementRefParams } from "@/lib/navigation/params";
import { modelService } from "@/lib/onshape/models";

// The stored glb (never an Onshape call): the browser gets the model only through here.
export const GET = userRoute(
  { params: elementRefParams, query: modelFileQuery },
  async ({ user, params: ref, query }) => {
    const models = await modelService();
    const model = await models.file(
      user.id,
      { ref, kind: query.kind, configuration: query.configuration },
      query.snapshot,
    );
    if (!model) throw new AppError("not-found", "This 3D model is not ready yet.");
    return modelResponse(model);
  },
);

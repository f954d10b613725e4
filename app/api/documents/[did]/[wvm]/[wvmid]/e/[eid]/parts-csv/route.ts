import { z } from "zod";
import { exportFileName } from "@/lib/csv/file-names";
import { partsCsvRows } from "@/lib/csv/tables";
import { editAccess } from "@/lib/auth/edit-permission";
import { AppError } from "@/lib/errors";
import { csvResponse } from "@/lib/http/csv-response";
import { userRoute } from "@/lib/http/route-handler";
import { configurationParam, elementRefParams, withConfiguration } from "@/lib/navigation/params";
import { resolveConfiguration } from "@/lib/onshape/configurations";
import { getElement } from "@/lib/onshape/elements";
import { getPartProperties } from "@/lib/onshape/part-metadata";
import { getPartsTable } from "@/lib/onshape/part-studio";

export const GET = userRoute(
  {
    params: elementRefParams,
    query: z.object({
      units: z.enum(["metric", "imperial"]).default("metric"),
      configuration: configurationParam,
    }),
  },
  async ({ user, params, query }) => {
    const ref = withConfiguration(params, query.configuration);
    // A wrong configuration is refused before any data is read.
    const [element, configuration] = await Promise.all([
      getElement(user.id, ref),
      resolveConfiguration(user.id, ref),
    ]);
    if (!element) throw new AppError("not-found");
    // Users who may edit get every editable property as a column, to edit and import back:
    // one more call (the page they came from made it too, so it is usually cached).
    const editing = ref.wvm === "w" && (await editAccess(user.id)) === "granted";
    const [rows, properties] = await Promise.all([
      getPartsTable(user.id, ref),
      editing ? getPartProperties(user.id, ref) : [],
    ]);
    return csvResponse(
      exportFileName(element.name, configuration, "parts"),
      partsCsvRows(rows, query.units, ref.elementId, properties),
    );
  },
);

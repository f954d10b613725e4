import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getElement } from "@/lib/onshape/elements";
import { getPartsTable } from "@/lib/onshape/part-studio";
import { userRoute } from "@/lib/route-handler";
import { csvResponse } from "@/lib/views/csv";
import { partsCsvRows } from "@/lib/views/csv-tables";
import { elementRefParams, toElementRef } from "@/lib/views/ids";

// The parts table as CSV, named after the Part Studio. The name, the parts and their mass
// properties are three independent calls, made in parallel.
export const GET = userRoute(
  {
    params: elementRefParams,
    query: z.object({ units: z.enum(["metric", "imperial"]).default("metric") }),
  },
  async ({ user, params, query }) => {
    const { documentId, wvm, wvmId, elementId } = toElementRef(params);
    const [element, rows] = await Promise.all([
      getElement(user.id, documentId, wvm, wvmId, elementId),
      getPartsTable(user.id, documentId, wvm, wvmId, elementId),
    ]);
    if (!element) throw new AppError("not-found");
    return csvResponse(`${element.name} - parts.csv`, partsCsvRows(rows, query.units));
  },
);

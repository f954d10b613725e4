import { z } from "zod";
import { partsCsvRows } from "@/lib/csv/tables";
import { AppError } from "@/lib/errors";
import { csvResponse } from "@/lib/http/csv-response";
import { userRoute } from "@/lib/http/route-handler";
import { elementRefParams } from "@/lib/navigation/params";
import { getElement } from "@/lib/onshape/elements";
import { getPartsTable } from "@/lib/onshape/part-studio";

export const GET = userRoute(
  {
    params: elementRefParams,
    query: z.object({ units: z.enum(["metric", "imperial"]).default("metric") }),
  },
  async ({ user, params: ref, query }) => {
    const [element, rows] = await Promise.all([
      getElement(user.id, ref),
      getPartsTable(user.id, ref),
    ]);
    if (!element) throw new AppError("not-found");
    return csvResponse(
      `${element.name} - parts.csv`,
      partsCsvRows(rows, query.units, ref.elementId),
    );
  },
);

import { z } from "zod";
import { bomCsvRows } from "@/lib/csv/tables";
import { AppError } from "@/lib/errors";
import { csvResponse } from "@/lib/http/csv-response";
import { userRoute } from "@/lib/http/route-handler";
import { bomViewSchema, elementRefParams } from "@/lib/navigation/params";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import { getElement } from "@/lib/onshape/elements";

export const GET = userRoute(
  { params: elementRefParams, query: z.object({ view: bomViewSchema.default("indented") }) },
  async ({ user, params: ref, query }) => {
    const [element, table] = await Promise.all([
      getElement(user.id, ref),
      getBillOfMaterials(user.id, ref, query.view),
    ]);
    if (!element) throw new AppError("not-found");
    const suffix = query.view === "flattened" ? "BOM (flattened)" : "BOM";
    return csvResponse(`${element.name} - ${suffix}.csv`, bomCsvRows(table));
  },
);

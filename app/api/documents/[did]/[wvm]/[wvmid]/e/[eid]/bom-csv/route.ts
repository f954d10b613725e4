import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import { getElement } from "@/lib/onshape/elements";
import { userRoute } from "@/lib/route-handler";
import { csvResponse } from "@/lib/views/csv";
import { bomCsvRows } from "@/lib/views/csv-tables";
import { bomViewSchema, elementRefParams, toElementRef } from "@/lib/views/ids";

// The BOM as CSV, named after the assembly; the name and the BOM are fetched in parallel.
export const GET = userRoute(
  { params: elementRefParams, query: z.object({ view: bomViewSchema.default("indented") }) },
  async ({ user, params, query }) => {
    const { documentId, wvm, wvmId, elementId } = toElementRef(params);
    const [element, table] = await Promise.all([
      getElement(user.id, documentId, wvm, wvmId, elementId),
      getBillOfMaterials(user.id, documentId, wvm, wvmId, elementId, query.view),
    ]);
    if (!element) throw new AppError("not-found");
    const suffix = query.view === "flattened" ? "BOM (flattened)" : "BOM";
    return csvResponse(`${element.name} - ${suffix}.csv`, bomCsvRows(table));
  },
);

import { z } from "zod";
import { exportFileName } from "@/lib/csv/file-names";
import { bomCsvRows } from "@/lib/csv/tables";
import { AppError } from "@/lib/errors";
import { csvResponse } from "@/lib/http/csv-response";
import { userRoute } from "@/lib/http/route-handler";
import {
  bomViewSchema,
  configurationParam,
  elementRefParams,
  withConfiguration,
} from "@/lib/navigation/params";
import { rollUpBom } from "@/lib/bom/roll-up";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import { getBomPartMasses } from "@/lib/onshape/bom-masses";
import { resolveConfiguration } from "@/lib/onshape/configurations";
import { getElement } from "@/lib/onshape/elements";

export const GET = userRoute(
  {
    params: elementRefParams,
    query: z.object({
      view: bomViewSchema.default("indented"),
      configuration: configurationParam,
      units: z.enum(["metric", "imperial"]).default("metric"),
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
    const table = await getBillOfMaterials(user.id, ref, query.view);
    const rollUp = rollUpBom(table, await getBomPartMasses(user.id, table));
    const what = query.view === "flattened" ? "BOM (flattened)" : "BOM";
    return csvResponse(
      exportFileName(element.name, configuration, what),
      bomCsvRows(table, rollUp, query.units),
    );
  },
);

import { maxCsvBytes, parseCsvFile } from "@/lib/csv/parse";
import { AppError } from "@/lib/errors";
import { userRoute } from "@/lib/http/route-handler";
import { elementRefParams } from "@/lib/navigation/params";
import { getPartProperties, notInWorkspace } from "@/lib/onshape/part-metadata";
import { planImport } from "@/lib/properties/import-plan";

/** The uploaded CSV (multipart field `file`) against Onshape's current values: nothing is written. */
export const POST = userRoute(
  { params: elementRefParams },
  async ({ request, user, params: ref }) => {
    if (ref.wvm !== "w") throw notInWorkspace();
    // Refused before reading: the multipart wrapping adds a little to the file's own size.
    if (Number(request.headers.get("content-length") ?? 0) > maxCsvBytes + 64 * 1024) {
      throw new AppError("bad-request", `The file is larger than ${maxCsvBytes / 1024 / 1024} MB.`);
    }
    const form = await request.formData().catch(() => {
      throw new AppError(
        "bad-request",
        "Upload the CSV as a file (multipart/form-data, field file).",
      );
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("bad-request", "Choose a CSV file to import.");
    const parsed = parseCsvFile(new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) throw new AppError("bad-request", parsed.problem);
    const parts = await getPartProperties(user.id, ref, { fresh: true });
    const planned = planImport({ table: parsed.table, elementId: ref.elementId, parts });
    if (!planned.ok) throw new AppError("bad-request", planned.problem);
    return Response.json(planned.preview, { headers: { "cache-control": "no-store" } });
  },
);

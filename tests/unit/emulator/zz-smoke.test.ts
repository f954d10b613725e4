import { it } from "vitest";
import { gearboxIds as g } from "../../../emulator/seed";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { checkAgainstSpec } from "./openapi-validator";
import { send } from "./api-client";

it("smoke", () => {
  const rail = `/d/${r.document}/w/${r.workspace}/e/${r.partStudio}`;
  const cases: [string, string, string?, object?][] = [
    ["getCurrentMicroversion", `/documents/d/${g.document}/w/${g.workspace}/currentmicroversion`],
    ["getConfiguration", `/elements${rail}/configuration`],
    [
      "decodeConfiguration",
      `/elements${rail}/configurationencodings/${encodeURIComponent(r.length + "=_400_mm;Thickness=20+millimeter")}`,
      "includeDisplay=true",
    ],
    ["getPartStudioBodyDetails", `/partstudios${rail}/bodydetails`],
    ["getAssemblyDefinition", `/assemblies/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}`],
    [
      "getAssemblyDefinition",
      `/assemblies/d/${r.document}/w/${r.workspace}/e/${r.assembly}`,
      "configuration=SecondRail%3Dtrue",
    ],
    ["getWMVEPsMetadata", `/metadata/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/p`],
    ["getWMVEPMetadata", `/metadata/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/p/JHD`],
    ["getPartStudioMassProperties", `/partstudios${rail}/massproperties`, "massAsGroup=false"],
    ["getPartsWMVE", `/parts${rail}`],
    [
      "getBillOfMaterials",
      `/assemblies/d/${r.document}/w/${r.workspace}/e/${r.assembly}/bom`,
      "configuration=SecondRail%3Dtrue",
    ],
  ];
  for (const [op, path, query] of cases) {
    const res = send(path, { query: query ?? "" });
    console.log(
      op,
      res.status,
      res.status === 200
        ? JSON.stringify(checkAgainstSpec(op, res.json).errors.slice(0, 8))
        : JSON.stringify(res.json),
    );
  }
  const enc = send(`/elements/d/${r.document}/e/${r.partStudio}/configurationencodings`, {
    method: "POST",
    body: {
      parameters: [
        { parameterId: r.length, parameterValue: "_400_mm" },
        { parameterId: "Thickness", parameterValue: "0.02+meter" },
      ],
    },
  });
  console.log(
    "encode",
    enc.status,
    JSON.stringify(enc.json),
    JSON.stringify(checkAgainstSpec("encodeConfigurationMap", enc.json).errors),
  );
  const tr = send(`/assemblies/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}/translations`, {
    method: "POST",
    body: { formatName: "GLTF", storeInDocument: false, yAxisIsUp: true, emailTo: null },
  });
  console.log(
    "translate",
    tr.status,
    JSON.stringify(tr.json),
    JSON.stringify(checkAgainstSpec("translateFormat", tr.json).errors),
  );
  const bad = send(`/assemblies/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}/translations`, {
    method: "POST",
    body: { formatName: 3, storeInDocument: "no", bogus: 1 },
  });
  console.log("translate bad", bad.status, JSON.stringify(bad.json));
  const gl = send(`/partstudios${rail}/gltf`, {
    query: "configuration=EndCaps%3Dfalse",
    accept: "model/gltf-binary",
  });
  console.log("gltf", gl.status, JSON.stringify(gl.headers));
});

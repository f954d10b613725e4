import { describe, expect, it } from "vitest";
import { apiLinks } from "@/lib/navigation/links";
import { modelStartQuery, modelStatusQuery } from "@/lib/navigation/model-params";
import { snapshotFits } from "@/lib/onshape/model/model-key";
import type { ElementRef } from "@/lib/onshape/types";

const id = (n: number) => n.toString(16).padStart(24, "0");
const ref = (wvm: ElementRef["wvm"]): ElementRef => ({
  documentId: id(1),
  wvm,
  wvmId: id(2),
  elementId: id(3),
});

describe("the 3D view's route queries", () => {
  it("name the element's kind and keep the configuration as Onshape encodes it", () => {
    expect(modelStartQuery.parse({ kind: "assembly", configuration: "Size=0.004+meter" })).toEqual({
      kind: "ASSEMBLY",
      configuration: "Size=0.004+meter",
    });
    expect(modelStartQuery.parse({ kind: "partstudio" })).toEqual({
      kind: "PARTSTUDIO",
      configuration: "",
    });
  });

  it("refuse an unknown kind, a malformed snapshot and control characters", () => {
    expect(modelStartQuery.safeParse({ kind: "drawing" }).success).toBe(false);
    expect(modelStatusQuery.safeParse({ kind: "assembly", snapshot: "w:" + id(2) }).success).toBe(
      false,
    );
    expect(modelStartQuery.safeParse({ kind: "assembly", configuration: "a=b\r\nx" }).success).toBe(
      false,
    );
  });

  it("build the links the view fetches", () => {
    expect(apiLinks.model(ref("v"), { kind: "assembly", configuration: "", retry: true })).toBe(
      `/api/documents/${id(1)}/v/${id(2)}/e/${id(3)}/model?kind=assembly&retry=1`,
    );
    expect(
      apiLinks.modelFile(ref("w"), { kind: "partstudio", configuration: "a=1", snapshot: "m:x" }),
    ).toBe(
      `/api/documents/${id(1)}/w/${id(2)}/e/${id(3)}/model/file?kind=partstudio&configuration=a%3D1&snapshot=m%3Ax`,
    );
  });
});

describe("a snapshot", () => {
  it("fits a workspace when it is a microversion, and a version or microversion only itself", () => {
    expect(snapshotFits(ref("w"), `m:${id(9)}`)).toBe(true);
    expect(snapshotFits(ref("w"), `v:${id(9)}`)).toBe(false);
    expect(snapshotFits(ref("v"), `v:${id(2)}`)).toBe(true);
    expect(snapshotFits(ref("v"), `v:${id(9)}`)).toBe(false);
    expect(snapshotFits(ref("m"), `m:${id(2)}`)).toBe(true);
    expect(snapshotFits(ref("m"), `m:${id(9)}`)).toBe(false);
  });
});

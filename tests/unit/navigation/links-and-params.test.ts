import { describe, expect, it } from "vitest";
import { parseBomView, parseDocumentRef, parseElementRef } from "@/lib/navigation/params";
import { apiLinks, onshapeUrl, pageLinks } from "@/lib/navigation/links";

const did = "d0c000000000000000000100";
const wid = "a0a000000000000000000100";
const eid = "e0e000000000000000000101";
const ref = { documentId: did, wvm: "w" as const, wvmId: wid, elementId: eid };

describe("ids in URLs", () => {
  it("accepts 24 lowercase hex ids and w, v or m", () => {
    expect(parseElementRef({ did, wvm: "v", wvmid: wid, eid })).toEqual({ ...ref, wvm: "v" });
    expect(parseDocumentRef({ did, wvm: "m", wvmid: wid })).toEqual({
      documentId: did,
      wvm: "m",
      wvmId: wid,
    });
  });

  it.each([
    { did: did.toUpperCase(), wvm: "w", wvmid: wid, eid },
    { did: did.slice(1), wvm: "w", wvmid: wid, eid },
    { did, wvm: "x", wvmid: wid, eid },
    { did, wvm: "w", wvmid: `${wid}0`, eid },
    { did, wvm: "w", wvmid: wid, eid: "../../etc" },
    { did, wvm: "w", wvmid: wid },
  ])("refuses %j", (params) => {
    expect(parseElementRef(params)).toBeNull();
  });

  it("shows the indented BOM unless flattened is asked for", () => {
    expect(parseBomView("flattened")).toBe("flattened");
    expect(parseBomView(["flattened"])).toBe("indented");
    expect(parseBomView(undefined)).toBe("indented");
  });
});

describe("links", () => {
  it("builds page links, with the element's type as a hint", () => {
    const links = pageLinks;
    expect(links.element(ref)).toBe(`/documents/${did}/w/${wid}/e/${eid}`);
    expect(links.element(ref, { bom: "flattened", kind: "ASSEMBLY" })).toBe(
      `/documents/${did}/w/${wid}/e/${eid}?type=assembly&bom=flattened`,
    );
    expect(links.document(ref)).toBe(`/documents/${did}/w/${wid}`);
    expect(links.documents({ filter: "shared", q: "a b", offset: 20 })).toBe(
      "/documents?filter=shared&q=a+b&offset=20",
    );
    expect(links.documents({ filter: "mine", q: "", offset: 0 })).toBe("/documents");
  });

  it("builds API links", () => {
    expect(apiLinks.partsCsv(ref, "imperial")).toBe(
      `/api/documents/${did}/w/${wid}/e/${eid}/parts-csv?units=imperial`,
    );
    expect(apiLinks.elementThumbnail(ref, { wv: "v", wvId: wid, cacheKey: "k" }, "300x170")).toBe(
      `/api/documents/${did}/v/${wid}/e/${eid}/thumbnail?size=300x170&t=k`,
    );
    expect(onshapeUrl("https://cad.onshape.com", ref)).toBe(
      `https://cad.onshape.com/documents/${did}/w/${wid}/e/${eid}`,
    );
  });
});

describe("the configuration in links", () => {
  const configured = {
    ...ref,
    configuration: "List_a=_400_mm;EndCaps=false;Thickness=20+millimeter",
  };
  const encoded = "List_a%3D_400_mm%3BEndCaps%3Dfalse%3BThickness%3D20%2Bmillimeter";

  it("is read from ?configuration= (decoded once); '' and 'default' are the defaults", () => {
    const path = { did, wvm: "w", wvmid: wid, eid };
    const query = new URLSearchParams(`configuration=${encoded}`);
    expect(parseElementRef(path, { configuration: query.get("configuration") })).toEqual(
      configured,
    );
    for (const configuration of [undefined, "", " default ", ["", ""], 7]) {
      expect(parseElementRef(path, { configuration })).toStrictEqual(ref);
    }
    // Repeated: one configuration, so an input given twice is named as such.
    expect(parseElementRef(path, { configuration: ["EndCaps=true", "EndCaps=false"] })).toEqual({
      ...ref,
      configuration: "EndCaps=true;EndCaps=false",
    });
    expect(parseElementRef({ ...path, eid: "x" }, { configuration: "a=b" })).toBeNull();
  });

  it("is carried, encoded once, by element links, CSV links and Onshape links", () => {
    expect(pageLinks.element(configured, { kind: "PARTSTUDIO" })).toBe(
      `/documents/${did}/w/${wid}/e/${eid}?type=partstudio&configuration=${encoded}`,
    );
    expect(apiLinks.partsCsv(configured, "metric")).toBe(
      `/api/documents/${did}/w/${wid}/e/${eid}/parts-csv?units=metric&configuration=${encoded}`,
    );
    expect(apiLinks.bomCsv(configured, "indented")).toBe(
      `/api/documents/${did}/w/${wid}/e/${eid}/bom-csv?view=indented&configuration=${encoded}`,
    );
    expect(onshapeUrl("https://cad.onshape.com", configured)).toBe(
      `https://cad.onshape.com/documents/${did}/w/${wid}/e/${eid}?configuration=${encoded}`,
    );
  });
});

import { describe, expect, it } from "vitest";
import { parseOnshapeUrl } from "@/lib/navigation/onshape-url";

const did = "d0c000000000000000000100";
const wid = "a0a000000000000000000100";
const eid = "e0e000000000000000000101";
const configured = "http://127.0.0.1:4110";

const parse = (url: string) => parseOnshapeUrl(url, configured);

describe("parseOnshapeUrl", () => {
  it("reads document, workspace and element from a cad.onshape.com link", () => {
    expect(parse(`https://cad.onshape.com/documents/${did}/w/${wid}/e/${eid}`)).toEqual({
      ok: true,
      ref: { documentId: did, wvm: "w", wvmId: wid, elementId: eid },
    });
  });

  it("accepts versions, microversions, no element, a trailing slash, query and fragment", () => {
    expect(parse(`https://cad.onshape.com/documents/${did}/v/${wid}`)).toEqual({
      ok: true,
      ref: { documentId: did, wvm: "v", wvmId: wid },
    });
    expect(parse(`  https://acme.onshape.com/documents/${did}/m/${wid}/e/${eid}/?x=1#y  `)).toEqual(
      { ok: true, ref: { documentId: did, wvm: "m", wvmId: wid, elementId: eid } },
    );
  });

  it("accepts the configured Onshape origin, even over http on loopback", () => {
    expect(parse(`${configured}/documents/${did}/w/${wid}/e/${eid}`).ok).toBe(true);
    expect(parse(`http://127.0.0.1:9999/documents/${did}/w/${wid}`).ok).toBe(false);
  });

  it.each([
    ["", "Paste a link"],
    ["not a url", "not a web address"],
    [`cad.onshape.com/documents/${did}/w/${wid}`, "not a web address"],
    [`ftp://cad.onshape.com/documents/${did}/w/${wid}`, "not a web address"],
    [`http://cad.onshape.com/documents/${did}/w/${wid}`, "not on Onshape"],
    [`https://cad.onshape.com.evil.example/documents/${did}/w/${wid}`, "not on Onshape"],
    [`https://evilonshape.com/documents/${did}/w/${wid}`, "not on Onshape"],
    [`https://cad.onshape.com:8443/documents/${did}/w/${wid}`, "not on Onshape"],
    [`https://user:pw@cad.onshape.com/documents/${did}/w/${wid}`, "not on Onshape"],
    [`https://cad.onshape.com/documents/${did}`, "does not point to a document"],
    [`https://cad.onshape.com/documents/${did}/x/${wid}`, "does not point to a document"],
    [`https://cad.onshape.com/documents/${did.toUpperCase()}/w/${wid}`, "does not point"],
    [`https://cad.onshape.com/documents/${did}/w/${wid}1`, "does not point to a document"],
    [`https://cad.onshape.com/documents/${did}/w/${wid}/e/${eid}/extra`, "does not point"],
    [`https://cad.onshape.com/documents/${did}/w/${wid}/e/`, "does not point to a document"],
  ])("refuses %j", (input, reason) => {
    const result = parse(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

import { describe, expect, it } from "vitest";
import { nextPage } from "@/lib/onshape/part-metadata";

// Onshape's `next` link of a metadata list: only its paging is taken, never its host or path.

describe("nextPage", () => {
  it("takes offset and limit from Onshape's absolute next link", () => {
    expect(
      nextPage("https://cad.onshape.com/api/v16/metadata/d/a/w/b/e/c/p?offset=20&limit=20"),
    ).toEqual({ offset: "20", limit: "20" });
  });

  it("ends the paging without a next link, an offset, or with a malformed one", () => {
    expect(nextPage(undefined)).toBeNull();
    expect(nextPage("")).toBeNull();
    expect(nextPage("not a url")).toBeNull();
    expect(nextPage("https://cad.onshape.com/api/v16/metadata/d/a/w/b/e/c/p?limit=20")).toBeNull();
    expect(nextPage("https://evil.example/x?offset=-1")).toBeNull();
  });

  it("carries nothing else of the link (other hosts' parameters stay behind)", () => {
    expect(nextPage("https://evil.example/steal?offset=5&token=abc&limit=x")).toEqual({
      offset: "5",
    });
  });
});

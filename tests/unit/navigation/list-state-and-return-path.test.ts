import { describe, expect, it } from "vitest";
import { parseListState } from "@/lib/navigation/list-state";
import { safeReturnPath } from "@/lib/navigation/return-path";

describe("parseListState", () => {
  it("reads filter, search and offset, falling back on bad values", () => {
    expect(parseListState({})).toEqual({ filter: "mine", q: "", offset: 0 });
    expect(parseListState({ filter: "shared", q: " flansch ", offset: "20" })).toEqual({
      filter: "shared",
      q: "flansch",
      offset: 20,
    });
    expect(parseListState({ filter: "trash", q: ["a", "b"], offset: "-3" })).toEqual({
      filter: "mine",
      q: "a",
      offset: 0,
    });
  });
});

describe("safeReturnPath", () => {
  it("allows paths on this app only", () => {
    expect(safeReturnPath("/documents?filter=shared")).toBe("/documents?filter=shared");
    expect(safeReturnPath("//evil.example/x")).toBe("/documents");
    expect(safeReturnPath("/\\evil.example")).toBe("/documents");
    expect(safeReturnPath("https://evil.example")).toBe("/documents");
    expect(safeReturnPath("/a\nb")).toBe("/documents");
    expect(safeReturnPath(undefined, "/")).toBe("/");
  });
});

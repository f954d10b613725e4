import { describe, expect, it } from "vitest";
import { onshapeReturnUrl } from "@/lib/navigation/onshape-return";

const local = "http://127.0.0.1:4010";

describe("where /signin may send a user back to", () => {
  it.each([
    ["https://cad.onshape.com/user/applications", "https://cad.onshape.com/user/applications"],
    [
      "https://acme.onshape.com/appstore/apps/1?tab=x#y",
      "https://acme.onshape.com/appstore/apps/1?tab=x#y",
    ],
    [`${local}/user/applications`, `${local}/user/applications`],
  ])("follows an Onshape URL: %s", (value, expected) => {
    expect(onshapeReturnUrl(value, local)).toBe(expected);
  });

  it.each([
    "https://evil.example/user/applications",
    "https://cad.onshape.com.evil.example/",
    "https://evilonshape.com/",
    "http://cad.onshape.com/user/applications",
    "https://cad.onshape.com:8443/",
    "https://user:pass@cad.onshape.com/",
    "javascript:alert(1)",
    "//cad.onshape.com/",
    "/documents",
    "http://127.0.0.1:4011/",
    "",
    "x".repeat(3000),
    undefined,
  ])("refuses %s", (value) => {
    expect(onshapeReturnUrl(value, local)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const valid = {
  AUTH_SECRET: "x".repeat(40),
  AUTH_URL: "https://app.example.com",
  AUTH_ONSHAPE_ID: "kT7+Yq2/Id==",
  AUTH_ONSHAPE_SECRET: "S3cr+Et/Secret==",
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("applies Onshape's defaults", () => {
    const env = parseEnv(valid);
    expect(env.ONSHAPE_OAUTH_URL).toBe("https://oauth.onshape.com");
    expect(env.ONSHAPE_API_URL).toBe("https://cad.onshape.com");
    expect(env.ONSHAPE_SCOPES).toEqual(["OAuth2ReadPII", "OAuth2Read"]);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ONSHAPE_EDIT_SCOPES).toEqual([]);
    expect(env.AUTH_ONSHAPE_SECRET).toBe("S3cr+Et/Secret==");
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({
      AUTH_URL: "not a url",
      AUTH_ONSHAPE_SECRET: "S3cr%2BEt%2FSecret%3D%3D",
      ONSHAPE_API_URL: "http://evil.example.com",
      ONSHAPE_SCOPES: "OAuth2Read openid",
      DATABASE_URL: "mysql://db",
    });
    expect(problems).toHaveLength(7);
    expect(problems.join("\n")).toMatch(/AUTH_SECRET is missing/);
    expect(problems.join("\n")).toMatch(/AUTH_URL/);
    expect(problems.join("\n")).toMatch(/AUTH_ONSHAPE_ID is missing/);
    expect(problems.join("\n")).toMatch(/AUTH_ONSHAPE_SECRET looks percent-encoded/);
    expect(problems.join("\n")).toMatch(/ONSHAPE_API_URL must use https/);
    expect(problems.join("\n")).toMatch(/ONSHAPE_SCOPES may only contain/);
    expect(problems.join("\n")).toMatch(/DATABASE_URL must be a postgres/);
  });

  it("refuses an API URL with a path, and accepts plain http only on loopback", () => {
    expect(problemsOf({ ...valid, ONSHAPE_API_URL: "https://cad.onshape.com/api/v16" })).toEqual([
      "ONSHAPE_API_URL must be an origin without a path, query or fragment",
    ]);
    expect(parseEnv({ ...valid, ONSHAPE_API_URL: "http://127.0.0.1:4010" }).ONSHAPE_API_URL).toBe(
      "http://127.0.0.1:4010",
    );
  });

  it("treats empty strings as unset, so an empty setting gets its default", () => {
    const env = parseEnv({ ...valid, DATABASE_URL: "", ONSHAPE_SCOPES: "", PGLITE_DIR: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ONSHAPE_SCOPES).toEqual(["OAuth2ReadPII", "OAuth2Read"]);
    expect(env.PGLITE_DIR).toBe(".data/pglite");
  });

  it("takes the scopes asked for on Allow editing, and only known ones", () => {
    expect(parseEnv({ ...valid, ONSHAPE_EDIT_SCOPES: "OAuth2Write" }).ONSHAPE_EDIT_SCOPES).toEqual([
      "OAuth2Write",
    ]);
    expect(problemsOf({ ...valid, ONSHAPE_EDIT_SCOPES: "write" })).toEqual([
      expect.stringMatching(/ONSHAPE_EDIT_SCOPES may only contain/),
    ]);
  });

  it("refuses scopes made of white space only", () => {
    expect(problemsOf({ ...valid, ONSHAPE_SCOPES: "   " })).toEqual(["ONSHAPE_SCOPES is empty"]);
  });
});

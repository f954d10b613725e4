import { describe, expect, it } from "vitest";
import {
  parseTabContext,
  tabAuthorizationParams,
  tabContextQuery,
  tabPath,
  toSearchParams,
} from "@/lib/extension/tab-context";

const apiOrigin = "http://127.0.0.1:4010";
const valid = {
  documentId: "d0c000000000000000000100",
  workspaceId: "a0a000000000000000000100",
  elementId: "e0e000000000000000000101",
  server: "https://cad.onshape.com",
  companyId: "cad",
  userId: "5c1a7e0b9f3d4a2e8b6c0d11",
  locale: "en-US",
  clientId: "kT7+Yq2/OnshapeDemoAppClientId9Q==",
};

function parse(overrides: Record<string, string | null> = {}, extra = "") {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...valid, ...overrides })) {
    if (value !== null) query.set(key, value);
  }
  return parseTabContext(new URLSearchParams(query.toString() + extra), { apiOrigin });
}

function problemsOf(overrides: Record<string, string | null>, extra = "") {
  const result = parse(overrides, extra);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("parseTabContext", () => {
  it("reads the query Onshape appends", () => {
    expect(parse()).toEqual({
      ok: true,
      context: {
        documentId: valid.documentId,
        wvm: "w",
        wvmId: valid.workspaceId,
        elementId: valid.elementId,
        server: "https://cad.onshape.com",
        companyId: "cad",
        userId: valid.userId,
        locale: "en-US",
        clientId: valid.clientId,
      },
    });
  });

  it("accepts a version or a microversion instead of a workspace", () => {
    const version = parse({ workspaceId: null, versionId: "b0b000000000000000000103" });
    expect(version.ok && version.context).toMatchObject({
      wvm: "v",
      wvmId: "b0b000000000000000000103",
    });
    const micro = parse({ workspaceId: null, microversionId: "c0c000000000000000000100" });
    expect(micro.ok && micro.context).toMatchObject({ wvm: "m" });
  });

  it("accepts enterprise servers and the configured API origin, normalised to an origin", () => {
    for (const server of ["https://acme.onshape.com", "https://cad.onshape.com/", apiOrigin]) {
      const result = parse({ server });
      expect(result.ok && result.context.server, server).toBe(server.replace(/\/$/, ""));
    }
  });

  it.each([
    ["documentId", { documentId: "D0C000000000000000000100" }],
    ["documentId", { documentId: "d0c00000000000000000010" }],
    ["documentId", { documentId: "d0c0000000000000000001000" }],
    ["documentId", { documentId: null }],
    ["elementId", { elementId: null }],
    ["elementId", { elementId: "../../api/users" }],
    ["workspaceId", { workspaceId: "" }],
    ["workspaceId", { workspaceId: null }],
    ["versionId", { versionId: "b0b000000000000000000103" }],
    ["server", { server: null }],
    ["server", { server: "https://evil.example.com" }],
    ["server", { server: "http://cad.onshape.com" }],
    ["server", { server: "https://onshape.com.evil.example" }],
    ["server", { server: "https://cad.onshape.com:8443" }],
    ["server", { server: "https://cad.onshape.com/path" }],
    ["server", { server: "https://user@cad.onshape.com" }],
    ["server", { server: "http://127.0.0.1:4011" }],
    ["companyId", { companyId: "" }],
    ["companyId", { companyId: "CAD" }],
    ["userId", { userId: "ada" }],
    ["locale", { locale: "en US!" }],
    ["clientId", { clientId: "x".repeat(300) }],
  ])("names %s when it is wrong: %j", (parameter, overrides) => {
    expect(problemsOf(overrides).map((p) => p.parameter)).toContain(parameter);
  });

  it("refuses repeated parameters", () => {
    expect(problemsOf({}, `&elementId=${valid.elementId}`)).toEqual([
      { parameter: "elementId", message: "elementId is given 2 times" },
    ]);
  });

  it("reports every problem, in parameter order", () => {
    const problems = problemsOf({
      server: "https://evil.example",
      documentId: "x",
      elementId: null,
    });
    expect(problems.map((p) => p.parameter)).toEqual(["documentId", "elementId", "server"]);
    expect(problems[0]!.message).toContain("24 lowercase hexadecimal");
  });

  it("defaults an absent companyId to cad and tolerates absent optional values", () => {
    const result = parse({ companyId: null, userId: null, locale: null, clientId: null });
    expect(result.ok && result.context).toMatchObject({
      companyId: "cad",
      userId: null,
      locale: null,
      clientId: null,
    });
  });
});

describe("tab paths and authorize parameters", () => {
  it("rebuilds the same tab from its context, always as a path on this app", () => {
    const result = parse({ companyId: "6d2b8f1caf4e5b3f9c7d1e44" });
    if (!result.ok) throw new Error("expected ok");
    expect(tabPath(result.context)).toMatch(/^\/tab\?documentId=/);
    const again = parseTabContext(new URLSearchParams(tabContextQuery(result.context)), {
      apiOrigin,
    });
    expect(again).toEqual(result);
  });

  it("asks for a company's token only for a company's document", () => {
    expect(tabAuthorizationParams("cad")).toBeUndefined();
    expect(tabAuthorizationParams("6d2b8f1caf4e5b3f9c7d1e44")).toEqual({
      company_id: "6d2b8f1caf4e5b3f9c7d1e44",
    });
  });

  it("keeps repeated search params repeated", () => {
    expect(toSearchParams({ a: ["1", "2"], b: "3", c: undefined }).toString()).toBe("a=1&a=2&b=3");
  });
});

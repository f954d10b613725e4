import { describe, expect, it } from "vitest";
import { apiRoutes } from "../../../emulator/api/router";
import { gearboxIds as g, pumpIds, seedId } from "../../../emulator/seed";
import { grace, soren } from "../../../emulator/seed/people";
import { call, callValid, expectError, request as routed } from "./api-client";
import { findOperation, openapiSpec } from "./openapi-validator";

const request = (method: string, path: string) => routed(path, { method, user: grace });

describe("apiRouter", () => {
  it("routes only operations that exist in openapi.json, under their operationId", () => {
    const paths = openapiSpec.paths as Record<string, Record<string, { operationId?: string }>>;
    for (const route of apiRoutes) {
      const operation = paths[route.template]?.[route.method.toLowerCase()];
      expect(operation?.operationId, route.template).toBe(route.operationId);
      expect(findOperation(route.operationId)).toMatchObject({
        path: route.template,
        method: route.method,
      });
    }
  });

  it("asks each operation for the OAuth scope the spec declares", () => {
    for (const route of apiRoutes) {
      expect(route.scope ? [route.scope] : [], route.operationId).toEqual(
        findOperation(route.operationId).scopes,
      );
    }
    expect(
      apiRoutes.filter((route) => route.scope === "OAuth2Write").map((r) => r.operationId),
    ).toEqual(["updateWVEPMetadata", "updateWVMetadata"]);
  });

  it("refuses a token without the operation's scope with 403 before anything else", () => {
    const refused = routed(`/documents/not-an-id`, { scopes: ["OAuth2ReadPII"] });
    expect(expectError(refused as never, 403)).toContain("needs the OAuth2Read scope");
    expect((routed("/users/sessioninfo", { scopes: [] }) as { status: number }).status).toBe(200);
  });

  it("returns null for paths and methods that match no operation", () => {
    expect(request("GET", "/nothing/here")).toBeNull();
    expect(request("POST", "/documents")).toBeNull();
    expect(request("DELETE", `/documents/${g.document}`)).toBeNull();
    expect(request("GET", `/thumbnails/d/${g.document}/v/${g.versionV1}/s/300x170`)).toBeNull();
    expect((request("GET", "/documents/") as { operationId: string }).operationId).toBe(
      "getDocuments",
    );
  });

  it("validates ids before looking anything up", () => {
    expectError(call(`/documents/d/${g.document.slice(1)}/w/${g.workspace}/elements`), 400);
    expectError(call(`/parts/d/${g.document}/w/${g.workspace}/e/${g.partStudio}x`), 400);
    expectError(call(`/documents/${encodeURIComponent("%zz")}`), 400);
  });

  it("applies sharing: Grace and Søren can open Ada's gearbox, Søren not Grace's pump", () => {
    callValid("getDocument", `/documents/${g.document}`, "", grace);
    callValid("getDocument", `/documents/${g.document}`, "", soren);
    expectError(call(`/documents/${pumpIds.document}`, "", soren), 403);
    expectError(
      call(`/documents/d/${pumpIds.document}/w/${pumpIds.workspace}/elements`, "", soren),
      403,
    );
    expectError(call(`/documents/${seedId("document", 5)}`, "", grace), 403);
  });
});

import { describe, expect, it } from "vitest";
import { gearboxIds as g } from "../../../emulator/seed";
import { call } from "./api-client";
import { checkAgainstSpec } from "./openapi-validator";

// The schema checks must themselves catch mistakes, or every other test proves nothing.

describe("checkAgainstSpec", () => {
  const doc = call(`/documents/${g.document}`).json as Record<string, unknown>;

  it("accepts a real response", () => {
    expect(checkAgainstSpec("getDocument", doc)).toEqual({ valid: true, errors: [] });
  });

  it("rejects an invented property, also deep inside", () => {
    expect(checkAgainstSpec("getDocument", { ...doc, ownerName: "Ada" }).errors).toEqual([
      "$.ownerName is not in the schema",
    ]);
    const owner = { ...(doc.owner as object), nickname: "A" };
    expect(checkAgainstSpec("getDocument", { ...doc, owner }).errors).toEqual([
      "$.owner.nickname is not in the schema",
    ]);
  });

  it("rejects wrong types and enum values", () => {
    expect(checkAgainstSpec("getDocument", { ...doc, name: 42 }).valid).toBe(false);
    expect(checkAgainstSpec("getDocument", { ...doc, permission: "ADMIN" }).valid).toBe(false);
    expect(checkAgainstSpec("getDocuments", { items: {}, next: null }).valid).toBe(false);
  });

  it("follows discriminators: document-summary fields are allowed on list items", () => {
    const list = call("/documents").json as { items: Record<string, unknown>[] };
    expect(checkAgainstSpec("getDocuments", list).valid).toBe(true);
    const item = { ...list.items[0], jsonType: "folder" };
    expect(checkAgainstSpec("getDocuments", { items: [item] }).valid).toBe(false);
  });

  it("checks mass property arrays element types", () => {
    const bad = { bodies: { "-all-": { mass: ["1.5", 1, 2] } } };
    expect(checkAgainstSpec("getPartStudioMassProperties", bad).valid).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { badTabRequestPage } from "@/lib/extension/bad-request-page";

describe("the tab's 400 page", () => {
  it("escapes what the 400 page repeats", () => {
    const html = badTabRequestPage([
      { parameter: "locale", message: 'locale "<script>" is wrong' },
    ]);
    expect(html).toContain('data-parameter="locale"');
    expect(html).not.toContain("<script>");
  });
});

import { appUrl, emulatorUrl } from "../support/ports";
import { tabUrl } from "../support/tab-host";
import { ada, expect, soren, test } from "../support/views-fixtures";

// The tab's forms and the popup hand-off, attacked from the browser.

test.describe("signed out", () => {
  test.use({ signInUser: null });

  test("a CR or LF in the tab's sign-in form gets the tab's 400 page, not a 500 (regression)", async ({
    page,
  }) => {
    await page.goto(tabUrl());
    const statuses: number[] = [];
    page.on("response", (response) => statuses.push(response.status()));
    await page
      .locator('input[name="tab"]')
      .evaluate(
        (input: HTMLInputElement) =>
          (input.value = input.value.replace(/^documentId=[^&]*/, "documentId=d0c0\r\nX-Evil: 1")),
      );
    await page.getByRole("button", { name: "Grant access", exact: true }).click();
    await expect(page.getByRole("heading", { name: "This tab link is not valid" })).toBeVisible();
    await expect(page.locator('[data-parameter="documentId"]')).toBeVisible();
    expect(statuses).toContain(400);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
  });
});

test.describe("the popup hand-off", () => {
  test.use({ signInUser: ada });

  test("issues a ticket only after the user's click, and only to a tab of this app (regression)", async ({
    page,
    context,
  }) => {
    const ticketRequests: string[] = [];
    context.on("request", (request) => {
      if (request.url().startsWith(`${appUrl}/api/tab/tickets`)) ticketRequests.push(request.url());
    });
    // Another site opens the app's popup, signed in first-party, as if it were a tab.
    await page.goto(`${emulatorUrl}/`);
    const opened = context.waitForEvent("page");
    await page.evaluate(
      (url) => void window.open(url, "_blank", "popup"),
      `${appUrl}/tab/popup?nonceHash=${"n".repeat(43)}`,
    );
    const popup = await opened;
    await expect(popup.getByRole("heading", { name: `Signed in as ${ada.name}` })).toBeVisible();
    await popup.waitForTimeout(500);
    expect(ticketRequests, "nothing is issued when the popup loads").toEqual([]);
    await popup.getByRole("button", { name: "Continue in the Onshape tab" }).click();
    await expect(popup.getByText("only passes your sign-in to the Onshape tab")).toBeVisible();
    expect(ticketRequests, "nothing is issued to a foreign opener").toEqual([]);
  });
});

test.describe("ticket routes", () => {
  // Søren: no other test issues tickets for him, so his per-user count is this test's own.
  test.use({ signInUser: soren });
  const sameOrigin = { origin: appUrl, "sec-fetch-site": "same-origin" };
  const randomToken = () =>
    Array.from(
      { length: 43 },
      () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)],
    ).join("");

  test("issue is limited per user: 429 with Retry-After past the limit (regression)", async ({
    page,
  }) => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 11; i++) {
      const response = await page.request.post("/api/tab/tickets", {
        // Each from its own address: this is the per-user limit.
        headers: { ...sameOrigin, "x-forwarded-for": `198.51.100.${i + 1}` },
        data: { nonceHash: randomToken() },
      });
      statuses.push(response.status());
      retryAfter ??= response.headers()["retry-after"];
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
  });

  test("redeem is limited per client address, and refuses another origin", async ({ page }) => {
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const redeem = (headers: Record<string, string>) =>
      page.request.post("/api/tab/tickets/redeem", {
        headers: { ...headers, "x-forwarded-for": address },
        data: { ticket: randomToken(), nonce: randomToken(), mode: "frame" },
      });
    const forged = await redeem({ origin: emulatorUrl, "sec-fetch-site": "cross-site" });
    expect(forged.status()).toBe(403);
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push(await redeem(sameOrigin));
    expect(await answers[0]!.json()).toEqual({ ok: false, reason: "unknown" });
    expect(answers.slice(0, 30).map((a) => a.status())).toEqual(Array(30).fill(200));
    expect(answers[30]!.status()).toBe(429);
    expect(answers[30]!.headers()["retry-after"]).toMatch(/^\d+$/);
  });
});

import type { Page } from "@playwright/test";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { emulator } from "../support/emulator-control";
import { OnshapeGrantPage } from "../support/pages";
import { appUrl, emulatorUrl } from "../support/ports";
import { tabQuery } from "../support/tab-host";
import { ada, expect, test } from "../support/views-fixtures";

type Encoding = "application/x-www-form-urlencoded" | "multipart/form-data";

/** Posts a form from `page`, as a crafted page would. Next's action forms are multipart. */
function submitForm(
  page: Page,
  action: string,
  fields: Record<string, string>,
  enctype: Encoding = "application/x-www-form-urlencoded",
) {
  return page.evaluate(
    ({ action, fields, enctype }) => {
      const form = document.createElement("form");
      form.method = "POST";
      form.enctype = enctype;
      form.action = action;
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement("input");
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { action, fields, enctype },
  );
}

// Redirects stay on-site, cross-site requests change nothing, and no URL from a request ever
// becomes a place the server sends a request (or a token) to.

test.describe("open redirects", () => {
  test.use({ signInUser: null });

  for (const target of [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "http://127.0.0.1:9/",
  ]) {
    test(`sign-in refuses callbackUrl ${target}`, async ({ page }) => {
      await page.goto("/");
      const csrf = await (await page.request.get("/api/auth/csrf")).json();
      // Submit the sign-in form the way a crafted page on the app would, with a hostile target.
      await submitForm(page, "/api/auth/signin/onshape", {
        csrfToken: csrf.csrfToken as string,
        callbackUrl: target,
      });
      await new OnshapeGrantPage(page).allowAs(ada.name);
      await page.waitForURL((url) => !url.href.startsWith(emulatorUrl));
      expect(new URL(page.url()).origin).toBe(appUrl);
    });
  }

  test("the reconnect and sign-in return path stays on-site", async ({ page }) => {
    for (const target of ["https://evil.example/", "//evil.example/x", "/\\evil.example/x"]) {
      await page.goto("/documents");
      // The return path travels in a hidden field: tamper with it as an attacker could.
      const field = page.locator('input[name="returnTo"]').first();
      await expect(field).toHaveValue("/documents");
      await field.evaluate((input, value) => ((input as HTMLInputElement).value = value), target);
      await page
        .getByRole("button", { name: /sign in/i })
        .first()
        .click();
      await new OnshapeGrantPage(page).allowAs(ada.name);
      await page.waitForURL((url) => !url.href.startsWith(emulatorUrl));
      expect(new URL(page.url()).origin).toBe(appUrl);
      await page.context().clearCookies();
    }
  });
});

test.describe("cross-site requests", () => {
  /** The id of the home page's sign-out action, as its progressively enhanced form carries it. */
  async function signOutActionField(page: Page): Promise<string> {
    await page.goto(`${appUrl}/`);
    const name = await page
      .locator('form:has(button:text-is("Sign out")) input[name^="$ACTION_ID_"]')
      .getAttribute("name");
    expect(name).toMatch(/^\$ACTION_ID_[0-9a-f]{16,}$/);
    return name!;
  }

  const sessionUser = async (page: Page) =>
    (
      (await (await page.request.get(`${appUrl}/api/auth/session`)).json()) as {
        user?: { name?: string };
      } | null
    )?.user?.name;

  test("a page on another site cannot run the sign-out action or Auth.js's sign-out and sign-in", async ({
    page,
    context,
  }) => {
    const actionField = await signOutActionField(page);
    const attempts: { action: string; fields: Record<string, string>; enctype?: Encoding }[] = [
      { action: `${appUrl}/`, fields: { [actionField]: "" }, enctype: "multipart/form-data" },
      { action: `${appUrl}/api/auth/signout`, fields: { csrfToken: "forged" } },
      {
        action: `${appUrl}/api/auth/signin/onshape`,
        fields: { csrfToken: "forged", callbackUrl: "/" },
      },
    ];
    await page.goto(`${emulatorUrl}/`);
    for (const attempt of attempts) {
      const attacker = await context.newPage();
      await attacker.goto(`${emulatorUrl}/`);
      await submitForm(attacker, attempt.action, attempt.fields, attempt.enctype);
      await attacker.waitForLoadState();
      expect(attacker.url()).not.toContain("/oauth/authorize");
      await attacker.close();
      // no-cors fetch with credentials: the request is sent, the answer is opaque.
      await page.evaluate(({ action, fields, enctype }) => {
        const body = enctype ? new FormData() : new URLSearchParams();
        for (const [name, value] of Object.entries(fields)) body.append(name, value);
        return fetch(action, { method: "POST", mode: "no-cors", credentials: "include", body });
      }, attempt);
    }
    expect(await sessionUser(page)).toBe(ada.name);

    // The same action from the app's own page does sign out: the id above was a live one.
    const own = await context.newPage();
    await own.goto(`${appUrl}/`);
    await submitForm(own, `${appUrl}/`, { [actionField]: "" }, "multipart/form-data");
    await expect(own.getByRole("button", { name: "Sign in with Onshape" })).toBeVisible();
    expect(await sessionUser(page)).toBeUndefined();
  });

  test("a route handler that changes state refuses another origin", async ({ page }) => {
    const probe = "/api/tab/cookie-check";
    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      {},
    ];
    for (const headers of crossSite) {
      const response = await page.request.post(probe, { headers });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    }
    const own = await page.request.post(probe, {
      headers: { origin: appUrl, "sec-fetch-site": "same-origin" },
    });
    expect(own.status()).toBe(204);
    expect(own.headers()["set-cookie"]).toContain("onshape-app.cookie-check=1");
  });
});

test.describe("server-side requests", () => {
  test("a server parameter that is not Onshape is refused and never contacted", async ({
    page,
  }) => {
    const received: string[] = [];
    const listener = createServer((req, res) => {
      received.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`);
      res.end("ok");
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const trap = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    try {
      for (const server of [
        trap,
        `${trap}/api/v16`,
        "https://cad.onshape.com.evil.example",
        "javascript:alert(1)",
        "file:///etc/passwd",
      ]) {
        const response = await page.request.get(`/tab?${tabQuery({ server })}`);
        expect(response.status(), server).toBe(400);
        expect(await response.text()).toMatch(/server/i);
      }
      // A pasted link to another host is refused in the browser, before any navigation.
      await page.goto("/documents");
      const box = page.getByRole("textbox", { name: /onshape (link|url)/i });
      await box.fill(`${trap}/documents/${"a".repeat(24)}/w/${"b".repeat(24)}`);
      await box.press("Enter");
      await expect(
        page
          .getByRole("alert")
          .filter({ hasText: /onshape/i })
          .first(),
      ).toBeVisible();
      expect(received).toEqual([]);
      expect((await emulator.counters()).calls.unauthorized ?? 0).toBe(0);
    } finally {
      listener.close();
    }
  });
});

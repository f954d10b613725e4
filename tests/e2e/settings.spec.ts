import { expect, test } from "./support/fixtures";
import { startApp, startHealthyApp } from "./support/app-process";
import { demoClient } from "../../emulator/demo-client";
import { seededUsers } from "../../emulator/users";
import { HomePage, OnshapeGrantPage, SignInErrorPage } from "./support/pages";
import { emulatorUrl, extraAppPorts } from "./support/ports";

test("a wrong client secret gets a clear page, and the log names the token step", async ({
  page,
}) => {
  const wrongSecret = "S3cr+Et/NotTheRealOne==";
  const app = await startHealthyApp(extraAppPorts[0], { AUTH_ONSHAPE_SECRET: wrongSecret });
  try {
    const home = new HomePage(page);
    await home.goto(app.url);
    await home.signInButton().click();
    await new OnshapeGrantPage(page).allowAs(seededUsers[0]!.name);
    await new SignInErrorPage(page).expectReason("token-rejected", "Sign-in failed");
    await expect(page.locator("[role=alert][data-reason]")).toContainText("AUTH_ONSHAPE_SECRET");

    const log = app.output();
    expect(log).toContain(`token step failed: POST ${emulatorUrl}/oauth/token answered 401`);
    expect(log).toContain("invalid_client");
    for (const form of [wrongSecret, encodeURIComponent(wrongSecret), demoClient.secret]) {
      expect(log).not.toContain(form);
    }
  } finally {
    await app.stop();
  }
});

test("missing and malformed settings stop start-up with one message listing each", async () => {
  const app = await startApp(extraAppPorts[1], {
    AUTH_SECRET: undefined,
    AUTH_ONSHAPE_ID: undefined,
    ONSHAPE_API_URL: "http://onshape.example.com",
    ONSHAPE_SCOPES: "OAuth2Read openid",
  });
  const code = await app.exited;
  expect(code).not.toBe(0);
  const log = app.output();
  expect(log).toContain("The app cannot start: 4 setting(s) need attention");
  expect(log).toContain("AUTH_SECRET is missing");
  expect(log).toContain("AUTH_ONSHAPE_ID is missing");
  expect(log).toContain("ONSHAPE_API_URL must use https");
  expect(log).toContain("ONSHAPE_SCOPES may only contain");
  expect(log).not.toMatch(/\n\s+at /);
});

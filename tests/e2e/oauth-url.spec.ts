import { seededUsers } from "../../emulator/users";
import { expect, test } from "./support/fixtures";
import { appUrl, emulatorUrl } from "./support/ports";

// The app's OAuth URL (/signin), as Onshape opens it from My account → Applications.

const ada = seededUsers[0]!;
const applications = `${emulatorUrl}/user/applications`;

test("Open from My account → Applications grants, then returns to Onshape's page", async ({
  page,
  grant,
}) => {
  await page.goto(applications);
  await page.getByLabel(ada.name, { exact: false }).first().check();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveText(ada.name);
  // Earlier specs may have granted Ada this app in the local Onshape (a reset keeps grants):
  // revoke it here, so the grant page shows.
  const revoke = page.getByTestId("revoke-app").first();
  if (await revoke.isEnabled()) await revoke.click();
  await expect(page.getByTestId("granted-scopes").first()).toHaveText("Not granted");
  await page.getByTestId("open-app").first().click();
  await grant.allowAs(ada.name);
  await expect(page).toHaveURL(applications);
  await expect(page.getByTestId("granted-scopes").first()).not.toHaveText("Not granted");

  // Signed in already: straight back, no grant page.
  await page.getByTestId("open-app").first().click();
  await expect(page).toHaveURL(applications);
});

test("a redirectOnshapeUri that is not Onshape is not followed: the user lands on the app", async ({
  page,
  grant,
}) => {
  const foreign = encodeURIComponent("https://evil.example/user/applications");
  await page.goto(`${appUrl}/signin?redirectOnshapeUri=${foreign}`);
  await grant.allowAs(ada.name);
  await expect(page).toHaveURL(`${appUrl}/documents`);
  await expect(page.getByTestId("header-user-name")).toHaveText(ada.name);

  const signedIn = await page.request.get(`${appUrl}/signin?redirectOnshapeUri=${foreign}`, {
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBeGreaterThanOrEqual(300);
  expect(signedIn.status()).toBeLessThan(400);
  expect(signedIn.headers().location).toMatch(/^(http:\/\/localhost:\d+)?\/documents$/);
});

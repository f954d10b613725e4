import { gearboxIds as g } from "../../emulator/seed";
import { emulator } from "./support/emulator-control";
import { emulatorUrl } from "./support/ports";
import { gearbox } from "./support/view-paths";
import { tableText } from "./support/views-pages";
import { ada, expect, test } from "./support/views-fixtures";

// /documents against the seeded data: Ada owns 21 documents (two pages), 5 are shared with
// her, 26 in all (emulator/seed/index.ts).

test.use({ locale: "en-US", timezoneId: "UTC" });

test("lists documents with owner and modified time, and pages past 20", async ({
  page,
  documents,
  expectNoAxeViolations,
}) => {
  await documents.goto();
  await expect(documents.names()).toHaveCount(20);
  await expect(documents.names().first()).toHaveText("Endanschlag");
  await expect(documents.status()).toHaveText("Showing documents 1–20, more on the next page.");
  const thumbnail = documents.table().getByRole("row").nth(1).locator("img");
  await expect(thumbnail).toHaveJSProperty("complete", true);
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(70);
  await expect(documents.previousPage()).toBeDisabled();
  await expectNoAxeViolations();

  await documents.nextPage().click();
  await documents.expectNames(["Getriebe GX-200"]);
  await expect(page).toHaveURL(/\/documents\?offset=20$/);
  expect((await tableText(documents.table()))[1]).toEqual([
    "Getriebe GX-200",
    "Ada Lovelace",
    "Mar 20, 2025, 4:45 PM",
  ]);
  await expect(documents.nextPage()).toBeDisabled();

  // The address keeps the page: a reload renders page 2 on the server.
  await page.reload();
  await documents.expectNames(["Getriebe GX-200"]);
  await documents.previousPage().click();
  await expect(documents.names()).toHaveCount(20);
});

test("filters: shared with me, and recent (most recently modified first)", async ({
  page,
  documents,
}) => {
  await documents.goto();
  await documents.filter("Shared with me").check();
  await documents.expectNames([
    "Bordplade, eg",
    "Ventilplatte",
    "Hydraulikblock HB-3",
    "Rammeværk Ø-serie",
    "Pumpengehäuse P-10",
  ]);
  await expect(page).toHaveURL(/\?filter=shared$/);
  const rows = await tableText(documents.table());
  expect(rows.slice(1).map((row) => row[1])).toEqual([
    "Søren Ølgaard",
    "Grace Hopper",
    "Grace Hopper",
    "Søren Ølgaard",
    "Grace Hopper",
  ]);

  await documents.filter("Recent").check();
  await expect(documents.names()).toHaveCount(20);
  await expect(documents.names().nth(0)).toHaveText("Getriebe GX-200");
  await expect(documents.names().nth(1)).toHaveText("Rammeværk Ø-serie");
  await expect(documents.names().nth(2)).toHaveText("Pumpengehäuse P-10");
  await documents.nextPage().click();
  await expect(documents.names()).toHaveCount(6);
});

test("going back to a filter or clearing a search shows that list at once (regression)", async ({
  documents,
}) => {
  await documents.goto();
  await expect(documents.names()).toHaveCount(20);
  await expect(documents.names().first()).toHaveText("Endanschlag");

  await documents.filter("Shared with me").check();
  await expect(documents.names()).toHaveCount(5);
  // Back to the list the page came with: its documents, not the shared ones.
  await documents.filter("My documents").check();
  await expect(documents.names()).toHaveCount(20);
  await expect(documents.names().first()).toHaveText("Endanschlag");
  await expect(documents.status()).toHaveText("Showing documents 1–20, more on the next page.");

  await documents.search().fill("zzz");
  await expect(documents.status()).toHaveText("No documents match “zzz”.");
  await documents.search().fill("");
  await expect(documents.status()).toHaveText("Showing documents 1–20, more on the next page.");
  await expect(documents.names()).toHaveCount(20);

  // A list fetched in the browser, left and come back to: its own documents again.
  await documents.filter("Shared with me").check();
  await documents.search().fill("pumpe");
  await documents.expectNames(["Pumpengehäuse P-10"]);
  await documents.search().fill("");
  await expect(documents.names()).toHaveCount(5);
});

test("search as you type: one Onshape call per pause, previous results kept while loading", async ({
  documents,
}) => {
  await documents.goto();
  await expect(documents.names()).toHaveCount(20);
  await emulator.reset();
  await emulator.configure({ latencyMs: 1500 });

  await documents.search().pressSequentially("getriebe", { delay: 40 });
  await expect(documents.status()).toHaveText("Loading…");
  await expect(documents.names()).toHaveCount(20);
  await expect(documents.table()).toHaveAttribute("aria-busy", "true");
  await documents.expectNames(["Getriebedeckel", "Getriebe GX-200"]);
  expect((await emulator.counters()).calls.getDocuments).toBe(1);

  await emulator.configure({ latencyMs: 0 });
  await documents.search().fill("zzz");
  await expect(documents.status()).toHaveText("No documents match “zzz”.");
  await expect(documents.table()).toHaveCount(0);

  await documents.filter("Shared with me").check();
  await documents.search().fill("pumpe");
  await documents.expectNames(["Pumpengehäuse P-10"]);
});

test("a pasted Onshape link opens the matching page", async ({ page, documents, elementView }) => {
  await documents.goto();
  await documents.openLink(
    `${emulatorUrl}/documents/${g.document}/w/${g.workspace}/e/${g.partStudio}`,
  );
  await expect(page).toHaveURL(new RegExp(`${gearbox(g.partStudio)}$`));
  await expect(elementView.heading()).toHaveText("Gehäuse & Wellen");
  await expect(elementView.partsTable()).toBeVisible();

  await documents.goto();
  await documents.openLink(`https://cad.onshape.com/documents/${g.document}/v/${g.versionV2}`);
  await expect(page).toHaveURL(new RegExp(`/documents/${g.document}/v/${g.versionV2}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Getriebe GX-200");

  await documents.goto();
  const evil = `https://cad.onshape.com.evil.example/documents/${g.document}/w/${g.workspace}`;
  await documents.openLink(evil);
  await expect(documents.linkProblem()).toHaveText(
    "That link is not on Onshape (cad.onshape.com.evil.example).",
  );
  await documents.openLink(`https://cad.onshape.com/documents/${g.document}/w/nothex`);
  await expect(documents.linkProblem()).toContainText("does not point to a document");
  await expect(page).toHaveURL(/\/documents$/);
});

test("keyboard: arrow keys pick the filter, Tab reaches search and results", async ({
  page,
  documents,
}) => {
  await documents.goto();
  await expect(documents.names()).toHaveCount(20);
  await documents.filter("My documents").focus();
  await page.keyboard.press("ArrowRight");
  await expect(documents.filter("Shared with me")).toBeChecked();
  await expect(documents.names()).toHaveCount(5);
  await page.keyboard.press("Tab");
  await expect(documents.search()).toBeFocused();
  await page.keyboard.type("ventil");
  await documents.expectNames(["Ventilplatte"]);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Ventilplatte" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ventilplatte");
});

test.describe("signed out", () => {
  test.use({ signInUser: null });

  test("signed out: a sign-in prompt that comes back to the same list", async ({
    page,
    grant,
    documents,
    expectNoAxeViolations,
  }) => {
    await documents.goto("?filter=shared");
    await expect(page.getByRole("heading", { name: "Sign in to continue" })).toBeVisible();
    await expectNoAxeViolations();
    await page.getByRole("button", { name: "Sign in with Onshape" }).click();
    await grant.allowAs(ada.name);
    await expect(page).toHaveURL(/\/documents\?filter=shared$/);
    await expect(documents.names()).toHaveCount(5);
    await expect(page.getByTestId("header-user-name")).toHaveText(ada.name);
  });
});

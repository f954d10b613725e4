import { gearboxIds as g } from "../../emulator/seed";
import { filler, gearbox } from "./support/view-paths";
import { expect, test } from "./support/views-fixtures";

// The units choice is remembered (a cookie) and written into the URL, so a reload, the next
// Part Studio and a shared link all show the units the user chose.

test.use({ locale: "en-US", timezoneId: "UTC" });

test("units survive a reload, carry to the next page, and travel with a link", async ({
  page,
  context,
  elementView,
}) => {
  const massHeader = (unit: string) =>
    elementView.partsTable().getByRole("columnheader", { name: `Mass (${unit})` });
  await elementView.goto(gearbox(g.partStudio));
  await expect(massHeader("kg")).toBeVisible();

  await elementView.units("Imperial").check();
  await expect(massHeader("lb")).toBeVisible();
  await expect(page).toHaveURL(/[?&]units=imperial$/);
  const link = page.url();

  await page.reload();
  await expect(elementView.units("Imperial")).toBeChecked();
  await expect(massHeader("lb")).toBeVisible();

  // Remembered for other pages, whose links say nothing about units.
  await elementView.goto(filler(10).path);
  await expect(massHeader("lb")).toBeVisible();

  // Someone without the remembered choice: the link still shows the sender's units.
  await context.clearCookies({ name: "units" });
  await elementView.goto(filler(10).path);
  await expect(massHeader("kg")).toBeVisible();
  await page.goto(link);
  await expect(massHeader("lb")).toBeVisible();
  await expect(elementView.units("Imperial")).toBeChecked();
});

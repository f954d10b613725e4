import { tabUrl } from "../support/tab-host";
import { expect, test } from "../support/views-fixtures";

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
    await page.getByRole("button", { name: "Sign in with Onshape", exact: true }).click();
    await expect(page.getByRole("heading", { name: "This tab link is not valid" })).toBeVisible();
    await expect(page.locator('[data-parameter="documentId"]')).toBeVisible();
    expect(statuses).toContain(400);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
  });
});

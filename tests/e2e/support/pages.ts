import { expect, type Page } from "@playwright/test";

/** The app's start page. */
export class HomePage {
  constructor(private readonly page: Page) {}

  goto(baseUrl = "") {
    return this.page.goto(`${baseUrl}/`);
  }

  signInButton() {
    return this.page.getByRole("button", { name: "Sign in with Onshape" });
  }

  /** The signed-in user's name: on the start page, or in the header of the app's pages. */
  userName() {
    return this.page.getByTestId(/^(onshape|header)-user-name$/);
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await expect(this.signInButton()).toBeVisible();
  }
}

/** The local Onshape's grant page (Allow / Deny). */
export class OnshapeGrantPage {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(this.page.getByRole("heading", { name: "Allow access?" })).toBeVisible();
  }

  async allowAs(userName: string) {
    await this.expectShown();
    await this.page.getByLabel(userName, { exact: false }).check();
    await this.page.getByRole("button", { name: "Allow" }).click();
  }

  async deny() {
    await this.expectShown();
    await this.page.getByRole("button", { name: "Deny" }).click();
  }
}

/** The page a failed sign-in lands on. */
export class SignInErrorPage {
  constructor(private readonly page: Page) {}

  async expectReason(reason: string, title: string | RegExp) {
    await expect(this.page).toHaveURL(/\/auth\/error\?/);
    const alert = this.page.locator("[role=alert][data-reason]");
    await expect(alert).toHaveAttribute("data-reason", reason);
    await expect(alert.getByRole("heading")).toHaveText(title);
  }
}

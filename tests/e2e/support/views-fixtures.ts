import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { seededUsers } from "../../../emulator/users";
import type { EmulatorUser } from "../../../emulator/api/types";
import { expect, test as base } from "./fixtures";
import { DocumentsPage, DocumentView, ElementView } from "./views-pages";

// Views tests sign in through the real UI (the app's button, the local Onshape's grant page)
// before each test body runs: as Ada, unless `test.use({ signInUser: … })` says otherwise
// (null: the test starts signed out).

export const [ada, grace, soren] = seededUsers as [EmulatorUser, EmulatorUser, EmulatorUser];

type ViewOptions = { signInUser: EmulatorUser | null };

type ViewFixtures = {
  /** Signs in from `from` (the start page unless given) and lands where that page returns to. */
  signInAs: (user: EmulatorUser, options?: { from?: string }) => Promise<void>;
  signedIn: void;
  documents: DocumentsPage;
  documentView: DocumentView;
  elementView: ElementView;
  expectNoAxeViolations: (page?: Page) => Promise<void>;
};

export const test = base.extend<ViewOptions & ViewFixtures>({
  signInUser: [ada, { option: true }],
  signInAs: async ({ page, home, grant }, use) => {
    await use(async (user, { from } = {}) => {
      if (from) await page.goto(from);
      else await home.goto();
      await home.signInButton().click();
      await grant.allowAs(user.name);
      await expect(home.userName()).toHaveText(user.name);
    });
  },
  signedIn: [
    async ({ signInUser, signInAs }, use) => {
      if (signInUser) await signInAs(signInUser);
      await use();
    },
    { auto: true },
  ],
  documents: async ({ page }, use) => use(new DocumentsPage(page)),
  documentView: async ({ page }, use) => use(new DocumentView(page)),
  elementView: async ({ page }, use) => use(new ElementView(page)),
  expectNoAxeViolations: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target }).analyze();
      const summary = results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }));
      expect(summary).toEqual([]);
    });
  },
});

export { expect };

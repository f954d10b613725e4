import { test as base } from "@playwright/test";
import { emulator } from "./emulator-control";
import { HomePage, OnshapeGrantPage, SignInErrorPage } from "./pages";

type Fixtures = {
  home: HomePage;
  grant: OnshapeGrantPage;
  errorPage: SignInErrorPage;
};

export const test = base.extend<Fixtures & { resetEmulator: void }>({
  // Every test starts with a well-behaved Onshape: no faults, default token lifetime.
  resetEmulator: [
    async ({}, use) => {
      await emulator.reset();
      await use();
    },
    { auto: true },
  ],
  home: async ({ page }, use) => use(new HomePage(page)),
  grant: async ({ page }, use) => use(new OnshapeGrantPage(page)),
  errorPage: async ({ page }, use) => use(new SignInErrorPage(page)),
});

export { expect } from "@playwright/test";

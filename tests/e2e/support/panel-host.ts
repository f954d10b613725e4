import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { gearboxIds } from "../../../emulator/seed";
import { emulatorUrl } from "./ports";

// The local Onshape's document page with the app in its Element right panel
// (emulator/host-pages/panel-host.ts): a model view whose clicks send SELECTION messages.

export const panelHostUrl = (elementId: string = gearboxIds.partStudio) =>
  `${emulatorUrl}/documents/${gearboxIds.document}/w/${gearboxIds.workspace}/e/${elementId}?panel=1`;

export class PanelHostPage {
  constructor(readonly page: Page) {}

  async goto(elementId?: string) {
    await this.page.goto(panelHostUrl(elementId));
  }

  panel(): FrameLocator {
    return this.page.frameLocator("#app-panel");
  }

  part(partId: string): Locator {
    return this.page.getByTestId(`part-${partId}`);
  }

  /** Clicks a part in the model view; `add` adds or removes it (ctrl-click). */
  async click(target: Locator, add = false) {
    await target.click(add ? { modifiers: ["Control"] } : undefined);
  }

  /** The host's log of what it sent the panel, oldest first. */
  async sent(messageName: string): Promise<Record<string, unknown>[]> {
    const items = await this.page
      .locator(`#sent-log li[data-message-name="${messageName}"] pre`)
      .allTextContents();
    return items.reverse().map((text) => JSON.parse(text) as Record<string, unknown>);
  }

  private inits() {
    return this.page.locator(
      '#message-log li[data-message-name="applicationInit"][data-verdict="accepted"]',
    );
  }

  /** How many applicationInit messages the host has accepted so far (one per panel load). */
  initCount(): Promise<number> {
    return this.inits().count();
  }

  /** The panel (re)loaded after `before` inits had arrived has posted its own. */
  async expectInitialized({ after = 0 }: { after?: number } = {}) {
    await expect.poll(() => this.initCount()).toBeGreaterThan(after);
  }
}

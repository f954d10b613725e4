import { expect, type Frame, type FrameLocator, type Page } from "@playwright/test";
import { frameIds, gearboxIds, seedId } from "../../../emulator/seed";
import { demoClient } from "../../../emulator/demo-client";
import { seededUsers } from "../../../emulator/users";
import { appUrl, emulatorUrl } from "./ports";

// The local Onshape's document page with the app in its element tab (emulator/tab-host.ts).

export type TabIds = {
  documentId: string;
  workspaceId: string;
  elementId: string;
  /** Opens the tab at this version instead of the workspace. */
  versionId?: string;
};

export const gearboxTab: TabIds = {
  documentId: gearboxIds.document,
  workspaceId: gearboxIds.workspace,
  elementId: gearboxIds.partStudio,
};

/** Søren's company owns this document; Ada may open it. */
export const companyTab: TabIds = {
  documentId: frameIds.document,
  workspaceId: frameIds.workspace,
  elementId: frameIds.partStudio,
};

/** One of Ada's small documents (10…29), each with one Part Studio. */
export const fillerTab = (number: number): TabIds => ({
  documentId: seedId("document", number),
  workspaceId: seedId("workspace", number),
  elementId: seedId("element", number, 1),
});

export const hostPageUrl = (ids: TabIds = gearboxTab) =>
  `${emulatorUrl}/documents/${ids.documentId}/${ids.versionId ? `v/${ids.versionId}` : `w/${ids.workspaceId}`}/e/${ids.elementId}`;

/** The query Onshape appends to the Action URL; `null` leaves a parameter out. */
export function tabQuery(overrides: Record<string, string | null> = {}): string {
  const values: Record<string, string | null> = {
    ...gearboxTab,
    server: emulatorUrl,
    companyId: "cad",
    userId: seededUsers[0]!.id,
    locale: "en-US",
    clientId: demoClient.id,
    ...overrides,
  };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== null) query.set(key, value);
  return query.toString();
}

export const tabUrl = (overrides: Record<string, string | null> = {}) =>
  `${appUrl}/tab?${tabQuery(overrides)}`;

export type HostMessage = {
  messageName: string;
  verdict: string;
  origin: string;
  data: Record<string, unknown>;
};

export class TabHostPage {
  constructor(readonly page: Page) {}

  async goto(ids: TabIds = gearboxTab) {
    await this.page.goto(hostPageUrl(ids));
  }

  /** The app inside the tab. */
  tab(): FrameLocator {
    return this.page.frameLocator("#app-tab");
  }

  async tabFrame(): Promise<Frame> {
    const frame = await (await this.page.locator("#app-tab").elementHandle())?.contentFrame();
    if (!frame) throw new Error("the tab has no frame");
    return frame;
  }

  /** What the host logged, oldest first. */
  async messages(): Promise<HostMessage[]> {
    const items = await this.page.locator("#message-log li").evaluateAll((lis) =>
      lis.map((li) => ({
        messageName: (li as HTMLElement).dataset.messageName ?? "",
        verdict: (li as HTMLElement).dataset.verdict ?? "",
        origin: (li as HTMLElement).dataset.origin ?? "",
        data: JSON.parse(li.querySelector("pre")?.textContent ?? "{}") as Record<string, unknown>,
      })),
    );
    return items.reverse();
  }

  async expectMessage(messageName: string) {
    await expect
      .poll(async () => (await this.messages()).filter((m) => m.messageName === messageName).length)
      .toBeGreaterThan(0);
    return (await this.messages()).filter((m) => m.messageName === messageName);
  }

  async send(messageName: "show" | "hide" | "takeFocus") {
    await this.page.getByRole("button", { name: messageName, exact: true }).click();
  }

  /** Allows access on the local Onshape's grant page, wherever it is shown. */
  static async allow(where: Page | FrameLocator, userName: string) {
    await expect(where.getByRole("heading", { name: "Allow access?" })).toBeVisible();
    await where.getByLabel(userName, { exact: false }).check();
    await where.getByRole("button", { name: "Allow" }).click();
  }
}

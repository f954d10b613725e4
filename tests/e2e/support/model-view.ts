import type { Page } from "@playwright/test";
import { backgroundColor } from "../../../components/viewer/scene-colours";

// The 3D view as a test sees it: its state and counts (data-* on the view), its canvas's
// pixels, its toolbar, and the table rows linked to it.

/** Chromium's software WebGL, for a spec that draws (headless has no GPU). */
export const softwareWebgl = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
];

export class ModelViewPanel {
  constructor(private readonly page: Page) {}

  region() {
    return this.page.getByRole("region", { name: "3D view" });
  }

  view() {
    return this.page.locator("[data-model-state]");
  }

  canvas() {
    return this.view().locator("canvas");
  }

  toggle() {
    return this.region().getByRole("button", { name: /3D view$/ });
  }

  tool(name: string | RegExp) {
    return this.page.getByRole("toolbar", { name: "3D view" }).getByRole("button", { name });
  }

  row(id: string) {
    return this.page.locator(`tr[data-model-id="${id}"]`);
  }

  async number(attribute: string): Promise<number> {
    return Number(await this.view().getAttribute(attribute));
  }

  /** Share of the canvas's pixels that are not the background. */
  async drawnShare(): Promise<number> {
    return this.canvas().evaluate((canvas: HTMLCanvasElement, background) => {
      const copy = document.createElement("canvas");
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext("2d")!;
      context.drawImage(canvas, 0, 0);
      const { data } = context.getImageData(0, 0, copy.width, copy.height);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
      let drawn = 0;
      for (let i = 0; i < data.length; i += 4) {
        const off =
          Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!);
        if (off > 24) drawn++;
      }
      return drawn / (data.length / 4);
    }, backgroundColor);
  }
}

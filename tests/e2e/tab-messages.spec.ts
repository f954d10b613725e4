import { expect, test } from "./support/fixtures";
import { appUrl } from "./support/ports";
import { gearboxTab, TabHostPage } from "./support/tab-host";

test("the host receives applicationInit with the tab's ids, then keepAlive while the user works", async ({
  page,
}) => {
  const host = new TabHostPage(page);
  await host.goto();
  const [init] = await host.expectMessage("applicationInit");
  expect(init).toMatchObject({ verdict: "accepted", origin: appUrl });
  expect(init!.data).toEqual({ ...gearboxTab, messageName: "applicationInit" });

  await page.locator("#app-tab").hover();
  await page.mouse.move(40, 120);
  await page.mouse.move(60, 140);
  const [keepAlive] = await host.expectMessage("keepAlive");
  expect(keepAlive).toMatchObject({ verdict: "accepted", origin: appUrl });
  expect(keepAlive!.data).toEqual({ ...gearboxTab, messageName: "keepAlive" });
});

test("show, hide and takeFocus from Onshape are handled; a message from another origin is ignored", async ({
  page,
}) => {
  const host = new TabHostPage(page);
  await host.goto();
  await host.expectMessage("applicationInit");
  const main = host.tab().locator("main");
  await expect(main).toHaveAttribute("data-onshape-visibility", "visible");

  // Another site inside Onshape's page posts "hide" to the tab.
  const ignored = page.waitForEvent("console", (m) =>
    m.text().includes("[tab] ignored a message from http://other.example"),
  );
  await page.route("http://other.example/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<script>parent.frames[0].postMessage({ messageName: "hide" }, "*")</script>`,
    }),
  );
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.src = "http://other.example/";
    document.body.append(frame);
  });
  await ignored;
  await expect(main).toHaveAttribute("data-onshape-visibility", "visible");

  await host.send("hide");
  await expect(main).toHaveAttribute("data-onshape-visibility", "hidden");
  await host.send("show");
  await expect(main).toHaveAttribute("data-onshape-visibility", "visible");
  await host.send("takeFocus");
  const frame = await host.tabFrame();
  await expect.poll(() => frame.evaluate(() => document.activeElement?.tagName)).toBe("MAIN");
});

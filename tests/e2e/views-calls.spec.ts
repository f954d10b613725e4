import type { Page } from "@playwright/test";
import { frameIds, gearboxIds as g, pumpIds } from "../../emulator/seed";
import { emulator } from "./support/emulator-control";
import { documentPath, elementPath, gearbox } from "./support/view-paths";
import { expect, grace, soren, test } from "./support/views-fixtures";

// Onshape calls per page, first view (the app keeps answers for a while, so each page reads
// things no earlier step read). Server-side calls are exact: each operation once, independent
// ones in parallel; a workspace view also asks for the workspace's current microversion (once,
// alongside), which keys what it caches. Thumbnails are the browser's separate requests, one
// call per picture. The 3D view is hidden here (as a user can hide it): its own calls, one
// export or translation and one microversion lookup per first view, are counted in viewer.spec.

// Each test signs in as someone who has not read these documents yet.
test.use({ signInUser: null });

const thumbnails = ["getElementThumbnailWithSize", "getDocumentThumbnailWithSize"];

/** Pictures load lazily, after the page: waits until every one has arrived. */
async function picturesLoaded(page: Page) {
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((img) => img.complete)))
    .toBe(true);
  await page.waitForLoadState("networkidle");
}

async function callsFor(page: Page, path: string, ready: () => Promise<void>) {
  await page.addInitScript(() => window.localStorage.setItem("model-view-shown", "false"));
  // The page before (the landing after sign-in, say) must not count here.
  await picturesLoaded(page);
  await emulator.reset();
  await page.goto(path);
  await ready();
  await picturesLoaded(page);
  const { calls } = await emulator.counters();
  const server = Object.fromEntries(
    Object.entries(calls).filter(([operation]) => !thumbnails.includes(operation)),
  );
  const pictures = thumbnails.reduce((sum, operation) => sum + (calls[operation] ?? 0), 0);
  test.info().annotations.push({
    type: "onshape-calls",
    description: `${path}: ${JSON.stringify(server)} + ${pictures} thumbnail(s)`,
  });
  return { server, pictures };
}

test("Onshape calls per page (Søren: list, document, Part Studio)", async ({
  page,
  signInAs,
  documents,
  documentView,
  elementView,
}) => {
  // From the account page, which reads no list: signing in from the start page lands on
  // /documents, and the list it read would be kept (10 seconds) for the first view counted here.
  await signInAs(soren, { from: "/account" });

  const list = await callsFor(page, "/documents", () => expect(documents.names()).toHaveCount(3));
  expect(list.server).toEqual({ getDocuments: 1 });
  expect(list.pictures).toBe(3);

  const doc = await callsFor(page, documentPath(g.document, "v", g.versionV2), () =>
    expect(documentView.group("Files")).toBeVisible(),
  );
  expect(doc.server).toEqual({
    getDocument: 1,
    getDocumentWorkspaces: 1,
    getDocumentVersions: 1,
    getElementsInDocument: 1,
  });
  expect(doc.pictures).toBe(5);

  const partStudio = elementPath(frameIds.document, "w", frameIds.workspace, frameIds.partStudio);
  const parts = await callsFor(page, partStudio, () =>
    expect(elementView.partsTable()).toBeVisible(),
  );
  expect(parts).toEqual({
    server: {
      getCurrentMicroversion: 1,
      getDocument: 1,
      getElementsInDocument: 1,
      getConfiguration: 1,
      getPartsWMVE: 1,
      getPartStudioMassProperties: 1,
    },
    pictures: 0,
  });
});

test("Onshape calls per page (Grace: assembly, drawing, CSV)", async ({
  page,
  signInAs,
  elementView,
}) => {
  await signInAs(grace);

  const assembly = elementPath(pumpIds.document, "w", pumpIds.workspace, pumpIds.assembly);
  const bom = await callsFor(page, assembly, () => expect(elementView.bomTable()).toBeVisible());
  expect(bom).toEqual({
    server: {
      getCurrentMicroversion: 1,
      getDocument: 1,
      getElementsInDocument: 1,
      getConfiguration: 1,
      getBillOfMaterials: 1,
      // The rolled-up masses: one call per Part Studio the BOM's parts come from.
      getPartStudioMassProperties: 1,
    },
    pictures: 0,
  });

  const drawing = await callsFor(page, gearbox(g.drawing), () =>
    expect(page.getByRole("region", { name: "Summary" })).toBeVisible(),
  );
  expect(drawing).toEqual({
    server: { getCurrentMicroversion: 1, getDocument: 1, getElementsInDocument: 1 },
    pictures: 1,
  });

  await emulator.reset();
  const csvPath = `/api/documents/${pumpIds.document}/v/${pumpIds.versionRevA}/e/${pumpIds.partStudio}/parts-csv`;
  expect((await page.request.get(csvPath)).status()).toBe(200);
  expect((await emulator.counters()).calls).toEqual({
    getElementsInDocument: 1,
    getConfiguration: 1,
    getPartsWMVE: 1,
    getPartStudioMassProperties: 1,
  });
});

import { gearboxIds as g } from "../../emulator/seed";
import { appUrl } from "./support/ports";
import { documentPath, gearbox } from "./support/view-paths";
import { expect, test } from "./support/views-fixtures";

// The document page of the seeded gearbox: name, workspace/version switcher, elements grouped
// by type with thumbnails served by the app.

test("shows the document's elements grouped by type, with thumbnails", async ({
  page,
  documentView,
  elementView,
  expectNoAxeViolations,
}) => {
  await documentView.goto(documentPath(g.document, "w", g.workspace));
  await expect(documentView.heading()).toHaveText("Getriebe GX-200");
  await expect(page.getByText("Owner: Ada Lovelace")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "Part Studios (1)",
    "Assemblies (3)",
    "Drawings (1)",
    "Files (1)",
  ]);
  await expect(documentView.group("Assemblies").getByRole("link")).toHaveText([
    "Wellenbaugruppe",
    "Getriebe GX-200",
    "Getriebe Variante B",
  ]);
  // A rendered picture for the Part Studio; the PDF has none, so a placeholder, without a call.
  const picture = documentView.group("Part Studios").locator("img");
  await expect(picture).toHaveJSProperty("complete", true);
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(300);
  await expect(documentView.group("Files").getByTestId("thumbnail-placeholder")).toBeVisible();
  await expect(documentView.switcher()).toHaveValue(`w:${g.workspace}`);
  await expectNoAxeViolations();

  await documentView.group("Assemblies").getByRole("link", { name: "Wellenbaugruppe" }).click();
  await expect(page).toHaveURL(new RegExp(`${gearbox(g.shaftAssembly)}\\?type=assembly$`));
  await expect(elementView.bomTable()).toBeVisible();
});

test("the switcher opens a version, which shows that version's elements", async ({
  page,
  documentView,
}) => {
  await documentView.goto(documentPath(g.document, "w", g.workspace));
  await expect(documentView.switcher().locator("option")).toHaveText([
    "Main",
    "V2 Freigabe",
    "V1",
    "Start",
  ]);
  await documentView.switchTo("V1");
  await expect(page).toHaveURL(new RegExp(`${documentPath(g.document, "v", g.versionV1)}$`));
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "Part Studios (1)",
    "Assemblies (1)",
  ]);
  await expect(documentView.switcher()).toHaveValue(`v:${g.versionV1}`);

  await documentView.switchTo("Start");
  await expect(page.getByText("This workspace or version has no elements.")).toBeVisible();
});

test("thumbnails: private, immutable for versions, short-lived for workspaces, placeholder", async ({
  page,
}) => {
  const thumb = (wvm: string, id: string, eid: string, query = "?size=300x170") =>
    page.request.get(
      `${appUrl}/api/documents/${g.document}/${wvm}/${id}/e/${eid}/thumbnail${query}`,
    );

  const version = await thumb("v", g.versionV2, g.partStudio);
  expect(version.status()).toBe(200);
  expect(version.headers()["content-type"]).toBe("image/png");
  expect(version.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");

  const workspace = await thumb("w", g.workspace, g.partStudio);
  expect(workspace.headers()["cache-control"]).toBe("private, max-age=300");

  const none = await thumb("w", g.workspace, g.blob);
  expect(none.status()).toBe(200);
  expect(none.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(none.headers()["x-thumbnail"]).toBe("placeholder");
  expect(await none.text()).toMatch(/^<svg /);

  const documentPicture = await page.request.get(
    `${appUrl}/api/documents/${g.document}/thumbnail?wid=${g.workspace}&size=70x40`,
  );
  expect(documentPicture.headers()["content-type"]).toBe("image/png");

  // Malformed ids, sizes Onshape does not render, and microversions: 400 before any call.
  for (const response of [
    await thumb("w", "nothex", g.partStudio),
    await thumb("m", g.workspace, g.partStudio),
    await thumb("w", g.workspace, g.partStudio, "?size=10x10"),
  ]) {
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: "bad-request" });
  }
});

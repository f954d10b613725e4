import { gearboxIds as g } from "../../emulator/seed";
import { railIds as r } from "../../emulator/seed/configured-rail";
import { elementPath, gearbox } from "./support/view-paths";
import { expect, test } from "./support/views-fixtures";

// Every element page says what it shows next to the document's name: the workspace or version
// (named, with its date) and, for configured elements, the configuration.

test.use({ locale: "en-US", timezoneId: "UTC" });

test("element pages name the version or workspace, with its date", async ({
  page,
  elementView,
}) => {
  const { terms, values } = elementView.showing();
  await elementView.goto(gearbox(g.partStudio, "v", g.versionV1));
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toHaveText("Getriebe GX-200");
  await expect(terms).toHaveText(["Version"]);
  await expect(values).toHaveText(["V1 (made Jun 3, 2024, 11:30 AM)"]);

  await elementView.goto(gearbox(g.topAssembly));
  await expect(terms).toHaveText(["Workspace"]);
  await expect(values).toHaveText(["Main (modified Mar 20, 2025, 4:45 PM)"]);

  await elementView.goto(gearbox(g.drawing, "v", g.versionV2));
  await expect(values).toHaveText(["V2 Freigabe (made Mar 20, 2025, 4:40 PM)"]);
});

test("a configured element names its configuration, and Open in Onshape opens it", async ({
  page,
  elementView,
}) => {
  const studio = elementPath(r.document, "w", r.workspace, r.partStudio);
  const { terms, values } = elementView.showing();
  await elementView.goto(studio);
  await expect(terms).toHaveText(["Workspace", "Configuration"]);
  await expect(values.nth(1)).toHaveText(
    "Länge 200 mm, Endkappen yes, Plattendicke 10 mm, Beschriftung A",
  );

  await elementView.goto(`${studio}?configuration=${encodeURIComponent("Thickness=2 cm")}`);
  await expect(values.nth(1)).toHaveText(
    "Länge 200 mm, Endkappen yes, Plattendicke 20 mm, Beschriftung A",
  );
  const canonical = `${r.length}=_200_mm;EndCaps=true;Thickness=20+millimeter;Label=A`;
  await expect(page.getByRole("link", { name: /Open in Onshape/ }).first()).toHaveAttribute(
    "href",
    new RegExp(`/e/${r.partStudio}\\?configuration=${encodeURIComponent(canonical)}$`),
  );
});

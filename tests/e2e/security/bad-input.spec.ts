import { gearboxIds as g } from "../../../emulator/seed";
import { emulator } from "../support/emulator-control";
import { expect, test } from "../support/views-fixtures";

// Hostile and broken input on every route, as a signed-in user: each answer is a 4xx page or
// JSON error that names the problem, never a 500 or a stack trace, and no Onshape call is made
// with it.

const did = g.document;
const wid = g.workspace;
const eid = g.partStudio;

const badIds: [string, string][] = [
  ["too short", "d0c0000000000000000001"],
  ["too long", `${did}0`],
  ["upper case", did.toUpperCase()],
  ["not hex", "zzzzzzzzzzzzzzzzzzzzzzzz"],
  ["unicode", "d0c00000000000000000010ü"],
  ["traversal", "..%2F..%2Fetc%2Fpasswd"],
  ["huge", "a".repeat(5000)],
  ["sql", "d0c0' OR '1'='1"],
];

type Case = { name: string; path: string; names: RegExp };

const cases: Case[] = [
  ...badIds.flatMap(([what, bad]): Case[] => [
    { name: `document id ${what} (page)`, path: `/documents/${bad}/w/${wid}`, names: /document/i },
    {
      name: `workspace id ${what} (page)`,
      path: `/documents/${did}/w/${bad}`,
      names: /workspace|version|id/i,
    },
    {
      name: `element id ${what} (page)`,
      path: `/documents/${did}/w/${wid}/e/${bad}`,
      names: /element/i,
    },
    {
      name: `document id ${what} (parts CSV)`,
      path: `/api/documents/${bad}/w/${wid}/e/${eid}/parts-csv`,
      names: /did|document/i,
    },
    {
      name: `element id ${what} (BOM CSV)`,
      path: `/api/documents/${did}/w/${wid}/e/${bad}/bom-csv`,
      names: /eid|element/i,
    },
    {
      name: `element id ${what} (thumbnail)`,
      path: `/api/documents/${did}/w/${wid}/e/${bad}/thumbnail?size=300x170`,
      names: /eid|element/i,
    },
  ]),
  ...["x", "W", "wv", "vv", "%00"].flatMap((wvm): Case[] => [
    {
      name: `wvm "${wvm}" (page)`,
      path: `/documents/${did}/${wvm}/${wid}`,
      names: /w, v or m|wvm|workspace/i,
    },
    {
      name: `wvm "${wvm}" (CSV)`,
      path: `/api/documents/${did}/${wvm}/${wid}/e/${eid}/parts-csv`,
      names: /wvm/i,
    },
  ]),
  {
    name: "thumbnail size not offered",
    path: `/api/documents/${did}/w/${wid}/e/${eid}/thumbnail?size=9999x9999`,
    names: /size/i,
  },
  {
    name: "thumbnail size repeated",
    path: `/api/documents/${did}/w/${wid}/e/${eid}/thumbnail?size=70x40&size=300x300`,
    names: /size/i,
  },
  {
    name: "document thumbnail without workspace",
    path: `/api/documents/${did}/thumbnail?size=300x170`,
    names: /wid|workspace/i,
  },
  {
    name: "document thumbnail bad workspace",
    path: `/api/documents/${did}/thumbnail?wid=../x&size=300x170`,
    names: /wid|workspace/i,
  },
];

// One signed-in page runs many cases per test (soft assertions report each failing case).
const groups = [
  ["pages", cases.filter((c) => !c.path.startsWith("/api/"))],
  ["route handlers", cases.filter((c) => c.path.startsWith("/api/"))],
] as const;

for (const [group, list] of groups) {
  test(`bad input to ${group} gets a 4xx that names the problem (${list.length} cases)`, async ({
    page,
  }) => {
    // Signing in lands on the documents list, whose pictures load lazily: let them finish
    // before counting.
    await expect
      .poll(() => page.evaluate(() => [...document.images].every((img) => img.complete)))
      .toBe(true);
    await page.waitForLoadState("networkidle");
    await emulator.resetCounters();
    for (const c of list) {
      const response = await page.request.get(c.path, { maxRedirects: 0 });
      const body = await response.text();
      expect
        .soft(response.status(), `${c.name}: ${body.slice(0, 200)}`)
        .toBeGreaterThanOrEqual(400);
      expect.soft(response.status(), c.name).toBeLessThan(500);
      expect.soft(body, c.name).not.toMatch(/\n\s+at \S+ \(|node_modules|webpack-internal/);
      expect.soft(body, c.name).toMatch(c.names);
    }
    expect((await emulator.counters()).calls, "no Onshape call with bad input").toEqual({});
  });
}

test("bad input to Auth.js routes is refused without a crash", async ({ page }) => {
  const probes: [string, RequestInit["method"], Record<string, string> | string | undefined][] = [
    ["/api/auth/callback/onshape?code=x&state=y&state=z", "GET", undefined],
    ["/api/auth/callback/onshape?error=%3Cscript%3E", "GET", undefined],
    ["/api/auth/signin/onshape", "POST", JSON.stringify({ csrfToken: "x" })],
    ["/api/auth/signout", "POST", "csrfToken=forged"],
    ["/api/auth/nonsense", "GET", undefined],
    ["/api/auth/session", "POST", "{not json"],
  ];
  for (const [path, method, body] of probes) {
    const response = await page.request.fetch(path, {
      method,
      data: body,
      headers:
        typeof body === "string" && body.startsWith("{")
          ? { "content-type": "application/json" }
          : undefined,
      maxRedirects: 0,
    });
    expect(response.status(), `${method} ${path}`).toBeLessThan(500);
    expect(await response.text()).not.toMatch(/\n\s+at \S+ \(/);
  }
  // Still signed in: none of that touched the session.
  expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({ user: {} });
});

test("a malformed session cookie is treated as signed out", async ({ browser }) => {
  const context = await browser.newContext();
  for (const value of ["%%%", "a".repeat(4000), "\u00e9\u00e9", "null"]) {
    await context.clearCookies();
    await context.addCookies([
      { name: "authjs.session-token", value: encodeURIComponent(value), url: "http://localhost" },
    ]);
    const page = await context.newPage();
    const response = await page.goto(
      new URL("/documents", test.info().project.use.baseURL).toString(),
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("button", { name: /sign in/i }).first()).toBeVisible();
    await page.close();
  }
  await context.close();
});

test("the reason on the sign-in error page is never echoed as markup", async ({ page }) => {
  await page.goto(`/auth/error?reason=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  await expect(page.locator("[data-reason]")).toHaveAttribute("data-reason", "unknown");
});

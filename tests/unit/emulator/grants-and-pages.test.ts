import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoClient } from "../../../emulator/demo-client";
import { gearboxIds as g } from "../../../emulator/seed";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { formulaIds } from "../../../emulator/seed/formula-names";
import { ada, katherine } from "../../../emulator/seed/people";
import { httpEmulator } from "./http-emulator";

// Grants that remember scopes, the token's scope, My account → Applications, and the host
// pages' markup (their browser behaviour is selection-model.test.ts).

const redirectUri = "http://localhost:3999/api/auth/callback/onshape";
let http: Awaited<ReturnType<typeof httpEmulator>>;
beforeAll(async () => {
  http = await httpEmulator({ appOAuthUrl: "http://localhost:3999/signin" });
});
afterAll(() => http.close());

const authorizeQuery = (scope: string) =>
  new URLSearchParams({
    response_type: "code",
    client_id: demoClient.id,
    redirect_uri: redirectUri,
    scope,
    state: "s1",
  });
const authorize = (scope: string, cookie?: string) =>
  fetch(`${http.emulator.url}/oauth/authorize?${authorizeQuery(scope)}`, {
    redirect: "manual",
    headers: cookie ? { cookie } : {},
  });
async function allow(scope: string, userId: string) {
  const response = await fetch(`${http.emulator.url}/oauth/authorize`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      request: authorizeQuery(scope).toString(),
      decision: "allow",
      user: userId,
    }).toString(),
  });
  expect(response.status).toBe(302);
  return {
    cookie: (response.headers.get("set-cookie") ?? "").split(";")[0]!,
    code: new URL(response.headers.get("location") ?? "").searchParams.get("code") ?? "",
  };
}
async function exchange(code: string) {
  const response = await fetch(`${http.emulator.url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      client_id: demoClient.id,
      client_secret: demoClient.secret,
      redirect_uri: redirectUri,
    }).toString(),
  });
  return (await response.json()) as { access_token: string; scope: string };
}

describe("grants remember their scopes", () => {
  it("asks once for the scopes granted, again when the app asks for a new one", async () => {
    const read = "OAuth2ReadPII OAuth2Read";
    expect((await authorize(read)).status).toBe(200); // nobody signed in: the grant page
    const first = await allow(read, katherine.id);
    expect((await exchange(first.code)).scope).toBe(read);

    const again = await authorize(read, first.cookie);
    expect(again.status).toBe(302); // granted already: straight back with a code
    const code = new URL(again.headers.get("location") ?? "").searchParams.get("code") ?? "";
    const token = await exchange(code);
    expect(token.scope).toBe(read);
    // That token reads, and cannot write.
    const write = await fetch(
      `${http.emulator.url}/api/v16/metadata/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/p/JHD`,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${token.access_token}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({ properties: [] }),
      },
    );
    expect(write.status).toBe(403);

    const more = await authorize(`${read} OAuth2Write`, first.cookie);
    expect(more.status).toBe(200);
    const page = await more.text();
    expect(page).toContain('data-testid="new-scopes"');
    expect(page).toMatch(/now also asks for: <code>OAuth2Write<\/code>/);
    const second = await allow(`${read} OAuth2Write`, katherine.id);
    expect((await exchange(second.code)).scope).toBe(`${read} OAuth2Write`);
    expect((await authorize("OAuth2Read", first.cookie)).status).toBe(302); // narrower: no question
    expect((await http.control(`/grants?userId=${katherine.id}`)).json).toEqual({
      [demoClient.id]: ["OAuth2ReadPII", "OAuth2Read", "OAuth2Write"],
    });
  });
});

describe("My account → Applications", () => {
  const page = (cookie?: string) =>
    fetch(`${http.emulator.url}/user/applications`, { headers: cookie ? { cookie } : {} });
  const post = (path: string, form: Record<string, string>, headers: Record<string, string>) =>
    fetch(`${http.emulator.url}/user/applications/${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(form).toString(),
    });

  it("asks who is signed in, lists the app with Open and Revoke, and revokes on this origin only", async () => {
    expect(await (await page()).text()).toContain('action="/user/applications/sign-in"');
    expect((await post("sign-in", { user: ada.id }, {})).status).toBe(403);
    const signedIn = await post("sign-in", { user: ada.id }, { origin: http.emulator.url });
    expect(signedIn.status).toBe(302);
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    const before = await (await page(cookie)).text();
    expect(before).toContain('data-testid="signed-in-user">Ada Lovelace<');
    expect(before).toContain("Not granted");
    const back = encodeURIComponent(
      `${http.emulator.url.replace("http://", "http://")}/user/applications`,
    );
    expect(before).toContain(`href="http://localhost:3999/signin?redirectOnshapeUri=${back}"`);

    const { code } = await allow("OAuth2Read", ada.id);
    const { access_token } = await exchange(code);
    expect(await (await page(cookie)).text()).toContain('data-testid="granted-scopes">OAuth2Read<');
    expect(
      (await post("revoke", { clientId: demoClient.id }, { cookie, origin: "http://evil.example" }))
        .status,
    ).toBe(403);
    expect(
      (await post("revoke", { clientId: demoClient.id }, { cookie, origin: http.emulator.url }))
        .status,
    ).toBe(302);
    expect(await (await page(cookie)).text()).toContain("Not granted");
    const dead = await fetch(`${http.emulator.url}/api/v16/documents`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(dead.status).toBe(401);
  });
});

describe("host pages", () => {
  const host = async (path: string) => {
    const response = await fetch(`${http.emulator.url}${path}`);
    return { status: response.status, html: await response.text() };
  };
  const iframeSrc = (html: string, id: string) =>
    new RegExp(`<iframe id="${id}"[^>]* src="([^"]+)"`).exec(html)?.[1]?.replace(/&#38;/g, "&") ??
    "";

  it("frames the app's panel with Onshape's query; {$configuration} stays literal when unconfigured", async () => {
    const { status, html } = await host(
      `/documents/${g.document}/w/${g.workspace}/e/${g.partStudio}?panel=1`,
    );
    expect(status).toBe(200);
    const src = iframeSrc(html, "app-panel");
    expect(src.startsWith("http://localhost:3999/panel?")).toBe(true);
    expect(src).toContain(
      `documentId=${g.document}&wv=w&wvid=${g.workspace}&elementId=${g.partStudio}&configuration={$configuration}&server=`,
    );
    const query = new URL(src).searchParams;
    expect(query.get("server")).toBe(http.emulator.url);
    expect([
      query.get("companyId"),
      query.get("userId"),
      query.get("locale"),
      query.get("clientId"),
    ]).toEqual(["cad", ada.id, "en-US", demoClient.id]);
    for (const testId of [
      "part-JHD",
      "face-JHDA",
      "face-JHTF",
      "clear-selection",
      "edit-model",
      "sent-log",
      "select-item-dialog",
    ]) {
      expect(html).toContain(`data-testid="${testId}"`);
    }
    expect(html).toContain(
      'import { startPanelHost } from "/emulator/assets/panel-host-client.js"',
    );
  });

  it("passes a configured element's configuration encoded, and shows an assembly's occurrences", async () => {
    const studio = await host(
      `/documents/${r.document}/w/${r.workspace}/e/${r.partStudio}?panel=1&configuration=${encodeURIComponent("EndCaps=false")}`,
    );
    const query = new URL(iframeSrc(studio.html, "app-panel")).searchParams;
    expect(query.get("configuration")).toBe(
      `${r.length}=_200_mm;EndCaps=false;Thickness=10+millimeter;Label=A`,
    );
    expect(studio.html).not.toContain('data-testid="part-JRL"');
    const assembly = await host(
      `/documents/${g.document}/v/${g.versionV2}/e/${g.topAssembly}?panel=1`,
    );
    expect(new URL(iframeSrc(assembly.html, "app-panel")).searchParams.get("wv")).toBe("v");
    expect(assembly.html.match(/data-testid="occurrence-M/g)).toHaveLength(13);
    expect(assembly.html).toContain('data-testid="edit-model" disabled'); // versions do not change
    expect(
      (await host(`/documents/${g.document}/m/${g.workspace}/e/${g.topAssembly}?panel=1`)).status,
    ).toBe(404);
  });

  it("keeps the tab host's frame first and adds the select-item dialog, escaping seeded names", async () => {
    const { html } = await host(
      `/documents/${formulaIds.document}/w/${formulaIds.workspace}/e/${formulaIds.partStudio}`,
    );
    expect(html.match(/<iframe/g)).toHaveLength(1); // the app is frames[0], as tests rely on
    expect(html).toContain('<iframe id="app-tab"');
    expect(html).toContain('data-testid="select-item-dialog"');
    expect(html).toContain("=HYPERLINK(&#34;http://evil.example/d&#34;");
    // Data for the browser code cannot close its script element, whatever the names hold.
    const data =
      /<script type="application\/json" id="dialog-data">([^]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(data).not.toContain("<");
    expect(JSON.parse(data).items.length).toBeGreaterThan(20);
  });

  it("serves the browser code as JavaScript", async () => {
    const response = await fetch(`${http.emulator.url}/emulator/assets/selection-model.js`);
    expect(response.headers.get("content-type")).toContain("text/javascript");
    const code = await response.text();
    expect(code).toContain("export function clickTarget");
    expect(code).not.toContain(": PickTarget");
    expect((await fetch(`${http.emulator.url}/emulator/assets/nope.js`)).status).toBe(404);
  });
});

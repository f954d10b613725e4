import { validateBytes } from "gltf-validator";
import { describe, expect, it } from "vitest";
import { createDocumentStore } from "../../../emulator/model/store";
import { gearboxIds as g, pumpIds } from "../../../emulator/seed";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { grace } from "../../../emulator/seed/people";
import { expectError, expectValid, send, sendAsync } from "./api-client";
import { httpEmulator } from "./http-emulator";

// Asynchronous glTF translations on a fake clock: ACTIVE for translationActiveMs, then DONE
// with an external data id (or FAILED when the knob says so), then the file.

type Translation = {
  id: string;
  requestState: "ACTIVE" | "DONE" | "FAILED";
  failureReason?: string;
  resultExternalDataIds: string[];
  resultElementIds: string[];
  documentId: string;
  workspaceId?: string;
  versionId?: string;
};

const T0 = Date.UTC(2026, 5, 1);
const assembly = `/assemblies/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}/translations`;

function start(
  store = createDocumentStore(),
  body: Record<string, unknown> = {},
  options: { activeMs?: number; failure?: string; path?: string } = {},
) {
  const response = send(options.path ?? assembly, {
    method: "POST",
    store,
    now: T0,
    body: { formatName: "GLTF", storeInDocument: false, ...body },
    settings: {
      translationActiveMs: options.activeMs ?? 1500,
      translationFailureReason: options.failure ?? "",
    },
  });
  return { store, response };
}

const poll = (
  store: ReturnType<typeof createDocumentStore>,
  id: string,
  now: number,
  user = undefined as typeof grace | undefined,
) => send(`/translations/${id}`, { store, now, ...(user ? { user } : {}) });

describe("translateFormat / getTranslation", () => {
  it("is ACTIVE until translationActiveMs have passed, then DONE with an external data id", async () => {
    const { store, response } = start(createDocumentStore(), {
      configuration: "default",
      yAxisIsUp: false,
    });
    const created = expectValid<Translation>("translateFormat", response);
    expect(created).toMatchObject({
      requestState: "ACTIVE",
      documentId: g.document,
      workspaceId: g.workspace,
      resultExternalDataIds: [],
    });
    expect(response.documentWrites).toBeUndefined();
    expect(
      expectValid<Translation>("getTranslation", poll(store, created.id, T0 + 1499)).requestState,
    ).toBe("ACTIVE");
    const done = expectValid<Translation>("getTranslation", poll(store, created.id, T0 + 1500));
    expect(done.requestState).toBe("DONE");
    expect(done.resultExternalDataIds).toHaveLength(1);
    expect(done.resultElementIds).toEqual([]);

    const [fid] = done.resultExternalDataIds;
    const path = `/documents/d/${g.document}/externaldata/${fid}`;
    const file = await sendAsync(path, { store, now: T0 + 1500, accept: "model/gltf-binary" });
    expect(file).toMatchObject({
      status: 200,
      contentType: "model/gltf-binary",
      operationId: "downloadExternalData",
    });
    const report = await validateBytes(file.body ?? new Uint8Array());
    expect(report.issues.numErrors).toBe(0);
    const json = await sendAsync(path, { store, now: T0 + 1500 });
    expect(json.contentType).toBe("model/gltf+json");
    expect((await validateBytes(json.body ?? new Uint8Array())).issues.numErrors).toBe(0);
    // Every part instance of Getriebe GX-200 is a node; copies share their part's mesh.
    const gltf = JSON.parse(new TextDecoder().decode(json.body)) as {
      nodes: { mesh?: number }[];
      meshes: unknown[];
    };
    expect(gltf.nodes.filter((node) => node.mesh !== undefined)).toHaveLength(13);
    expect(gltf.meshes).toHaveLength(5);
  });

  it("before DONE there is no file; another user sees no translation", async () => {
    const { store, response } = start();
    const { id } = response.json as Translation;
    expectError(poll(store, id, T0, grace), 404);
    expectError(poll(store, "0".repeat(24), T0), 404);
    expectError(
      await sendAsync(`/documents/d/${g.document}/externaldata/${"a".repeat(24)}`, {
        store,
        now: T0,
      }),
      404,
    );
  });

  it("fails with translationFailureReason set when the job was created", () => {
    const { store, response } = start(
      createDocumentStore(),
      {},
      { failure: "Translation timed out", activeMs: 10 },
    );
    const { id } = response.json as Translation;
    expect(expectValid<Translation>("getTranslation", poll(store, id, T0 + 5)).requestState).toBe(
      "ACTIVE",
    );
    const failed = expectValid<Translation>("getTranslation", poll(store, id, T0 + 10));
    expect(failed).toMatchObject({
      requestState: "FAILED",
      failureReason: "Translation timed out",
      resultExternalDataIds: [],
    });
  });

  it("storeInDocument true (or left out) writes a tab into the workspace and says so", () => {
    const { store, response } = start(createDocumentStore(), { storeInDocument: true });
    expect(response.documentWrites).toEqual(["translateFormat:storeInDocument"]);
    const { id } = response.json as Translation;
    const done = expectValid<Translation>("getTranslation", poll(store, id, T0 + 2000));
    expect(done.resultExternalDataIds).toEqual([]);
    expect(done.resultElementIds).toHaveLength(1);
    const elements = expectValid<{ id: string; elementType: string; name: string }[]>(
      "getElementsInDocument",
      send(`/documents/d/${g.document}/w/${g.workspace}/elements`, { store }),
    );
    expect(elements.at(-1)).toMatchObject({
      id: done.resultElementIds[0],
      elementType: "BLOB",
      name: "Getriebe GX-200.gltf",
    });

    const omitted = send(assembly, {
      method: "POST",
      store,
      now: T0,
      body: { formatName: "GLTF" },
    });
    expect(omitted.documentWrites).toEqual(["translateFormat:storeInDocument"]);
  });

  it("takes nulls as not given and yAxisIsUp as the spec's getyAxisIsUp", () => {
    const { store, response } = start(createDocumentStore(), {
      yAxisIsUp: true,
      emailTo: null,
      destinationName: null,
    });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    expect(store.translations.get((response.json as Translation).id)).toMatchObject({
      yAxisIsUp: true,
      name: "Getriebe GX-200.gltf",
    });
  });

  it("translates a version and a configured Part Studio", () => {
    const version = start(
      createDocumentStore(),
      {},
      { path: `/assemblies/d/${g.document}/v/${g.versionV2}/e/${g.topAssembly}/translations` },
    );
    expect(expectValid<Translation>("translateFormat", version.response)).toMatchObject({
      versionId: g.versionV2,
    });
    const studio = `/partstudios/d/${r.document}/w/${r.workspace}/e/${r.partStudio}/translations`;
    const configured = start(
      createDocumentStore(),
      { configuration: encodeURIComponent(`${r.length}=_400_mm`) },
      { path: studio },
    );
    expectValid("createPartStudioTranslation", configured.response);
  });

  it.each([
    [{ formatName: "STEP" }, 'translates only to GLTF, not "STEP"'],
    [{ formatName: "GLTF", storeInDocument: "no" }, "body/storeInDocument must be boolean"],
    [{ formatName: "GLTF", colour: "red" }, "body.colour is not in the schema"],
    [{ storeInDocument: false }, "must have required property 'formatName'"],
    [
      { formatName: "GLTF", configuration: "SecondRail=true" },
      'Unknown configuration parameter "SecondRail"',
    ],
  ])("refuses %j with a 400 naming the problem", (body, message) => {
    const response = send(assembly, { method: "POST", store: createDocumentStore(), body });
    expect(expectError(response, 400)).toContain(message);
  });

  it("refuses Part Studios on the assembly route, m, and documents without access", () => {
    const store = createDocumentStore();
    const body = { formatName: "GLTF", storeInDocument: false };
    expectError(
      send(`/assemblies/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/translations`, {
        method: "POST",
        store,
        body,
      }),
      400,
    );
    expectError(
      send(`/assemblies/d/${g.document}/m/${g.workspace}/e/${g.topAssembly}/translations`, {
        method: "POST",
        store,
        body,
      }),
      400,
    );
    expectError(
      send(
        `/assemblies/d/${pumpIds.document}/w/${pumpIds.workspace}/e/${pumpIds.assembly}/translations`,
        { method: "POST", store, body, user: { ...grace, id: "5c1a7e0b9f3d4a2e8b6c0d33" } },
      ),
      403,
    );
  });
});

describe("translations over HTTP", () => {
  it("counts a storeInDocument request in /__emulator/counters documentWrites", async () => {
    const http = await httpEmulator();
    try {
      await http.control("/config", { translationActiveMs: 50 });
      const post = (body: unknown) =>
        http.api(`/assemblies/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}/translations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      const job = (await (
        await post({ formatName: "GLTF", storeInDocument: false })
      ).json()) as Translation;
      expect((await http.control("/counters")).json.documentWrites).toEqual({});
      await post({ formatName: "GLTF", storeInDocument: true });
      expect((await http.control("/counters")).json.documentWrites).toEqual({
        "translateFormat:storeInDocument": 1,
      });
      await new Promise((resolve) => setTimeout(resolve, 60));
      const done = (await (await http.api(`/translations/${job.id}`)).json()) as Translation;
      expect(done.requestState).toBe("DONE");
      const file = await http.api(
        `/documents/d/${g.document}/externaldata/${done.resultExternalDataIds[0]}`,
      );
      expect(file.status).toBe(200);
      expect((await validateBytes(new Uint8Array(await file.arrayBuffer()))).issues.numErrors).toBe(
        0,
      );
      // A body that is not JSON, or not declared as JSON:
      expect((await post("{")).status).toBe(400);
      const plain = await http.api(
        `/assemblies/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}/translations`,
        { method: "POST", body: "{}", headers: { "content-type": "text/plain" } },
      );
      expect(plain.status).toBe(415);
    } finally {
      await http.close();
    }
  });
});

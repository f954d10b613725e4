import { describe, expect, it, vi } from "vitest";
import { acceptOnshapeMessage, createTabBridge, tabMessageIds } from "@/lib/extension/tab-bridge";

const apiOrigin = "http://127.0.0.1:4010";
const ids = {
  documentId: "d0c000000000000000000100",
  workspaceId: "a0a000000000000000000100",
  elementId: "e0e000000000000000000101",
};

function bridge(server = "https://cad.onshape.com") {
  let time = 0;
  const posted: [Record<string, unknown>, string][] = [];
  const handlers = { show: vi.fn(), hide: vi.fn(), takeFocus: vi.fn() };
  const instance = createTabBridge({
    ids,
    server,
    apiOrigin,
    post: (message, origin) => posted.push([message, origin]),
    handlers,
    keepAliveIntervalMs: 1000,
    now: () => time,
  });
  return { instance, posted, handlers, advance: (ms: number) => (time += ms) };
}

describe("acceptOnshapeMessage", () => {
  const data = { messageName: "show" };

  it("accepts only the tab's own server, and only when that server is Onshape", () => {
    expect(
      acceptOnshapeMessage(
        { origin: "https://cad.onshape.com", data },
        "https://cad.onshape.com",
        apiOrigin,
      ),
    ).toEqual(data);
    expect(acceptOnshapeMessage({ origin: apiOrigin, data }, apiOrigin, apiOrigin)).toEqual(data);
    // Another Onshape origin than the tab's server.
    expect(
      acceptOnshapeMessage(
        { origin: "https://acme.onshape.com", data },
        "https://cad.onshape.com",
        apiOrigin,
      ),
    ).toBeNull();
    // A server that is not Onshape, even if the message really comes from it.
    expect(
      acceptOnshapeMessage(
        { origin: "https://evil.example", data },
        "https://evil.example",
        apiOrigin,
      ),
    ).toBeNull();
    expect(acceptOnshapeMessage({ origin: "null", data }, "null", apiOrigin)).toBeNull();
  });

  it("ignores data that is not a named message", () => {
    for (const junk of [null, "show", 42, {}, { messageName: 7 }]) {
      expect(
        acceptOnshapeMessage({ origin: apiOrigin, data: junk }, apiOrigin, apiOrigin),
      ).toBeNull();
    }
  });
});

describe("createTabBridge", () => {
  it("refuses to talk to a server that is not Onshape", () => {
    expect(() => bridge("https://evil.example")).toThrow(/not an allowed Onshape origin/);
  });

  it("posts applicationInit with the tab's ids to the server origin only", () => {
    const { instance, posted } = bridge();
    instance.start();
    expect(posted).toEqual([
      [{ ...ids, messageName: "applicationInit" }, "https://cad.onshape.com"],
    ]);
  });

  it("never lets extra fields replace the ids", () => {
    const { instance, posted } = bridge();
    instance.send("showMessageBubble", { message: "Saved", documentId: "forged" });
    expect(posted[0]![0]).toEqual({ message: "Saved", ...ids, messageName: "showMessageBubble" });
  });

  it("sends keepAlive on activity, at most once per interval, and not while hidden", () => {
    const { instance, posted, advance } = bridge();
    instance.userActive();
    instance.userActive();
    advance(999);
    instance.userActive();
    expect(posted.map(([m]) => m.messageName)).toEqual(["keepAlive"]);
    advance(1);
    instance.userActive();
    expect(posted).toHaveLength(2);

    instance.receive({ origin: "https://cad.onshape.com", data: { messageName: "hide" } });
    advance(5000);
    instance.userActive();
    expect(posted).toHaveLength(2);
    instance.receive({ origin: "https://cad.onshape.com", data: { messageName: "show" } });
    instance.userActive();
    expect(posted).toHaveLength(3);
  });

  it("handles show, hide, takeFocus and other messages from the server, and nothing else", () => {
    const { instance, handlers } = bridge();
    const other = vi.fn();
    instance.listen(other);
    const from = (origin: string, messageName: string) =>
      instance.receive({ origin, data: { messageName } });
    expect(from("https://evil.example", "hide")).toBe(false);
    expect(from("https://acme.onshape.com", "hide")).toBe(false);
    expect(handlers.hide).not.toHaveBeenCalled();
    expect(instance.isVisible()).toBe(true);

    expect(from("https://cad.onshape.com", "hide")).toBe(true);
    expect(instance.isVisible()).toBe(false);
    expect(from("https://cad.onshape.com", "show")).toBe(true);
    expect(from("https://cad.onshape.com", "takeFocus")).toBe(true);
    expect(from("https://cad.onshape.com", "print")).toBe(true);
    expect(handlers.hide).toHaveBeenCalledOnce();
    expect(handlers.show).toHaveBeenCalledOnce();
    expect(handlers.takeFocus).toHaveBeenCalledOnce();
    expect(other).toHaveBeenCalledExactlyOnceWith({ messageName: "print" });
  });
});

describe("tabMessageIds", () => {
  it("names the snapshot the way Onshape does", () => {
    const base = {
      documentId: ids.documentId,
      elementId: ids.elementId,
      server: apiOrigin,
      companyId: "cad",
      userId: null,
      locale: null,
      clientId: null,
    };
    expect(tabMessageIds({ ...base, wvm: "v", wvmId: "b0b000000000000000000103" })).toEqual({
      documentId: ids.documentId,
      versionId: "b0b000000000000000000103",
      elementId: ids.elementId,
    });
  });
});

describe("createTabBridge listeners", () => {
  const server = "https://cad.onshape.com";
  const selection = { messageName: "SELECTION", selections: [{ selectionId: "JHD" }] };

  it("hands a listener that starts late the latest selection, but no event", () => {
    const { instance } = bridge();
    instance.receive({ origin: server, data: { ...selection, selections: [] } });
    instance.receive({ origin: server, data: selection });
    instance.receive({ origin: server, data: { messageName: "print" } });
    const heard: unknown[] = [];
    const stop = instance.listen((message) => heard.push(message));
    expect(heard).toEqual([selection]);

    instance.receive({ origin: server, data: { messageName: "print" } });
    stop();
    instance.receive({ origin: server, data: selection });
    expect(heard).toEqual([selection, { messageName: "print" }]);
  });

  it("keeps selections per bridge: a bridge for other ids hands over none of them", () => {
    const first = bridge().instance;
    first.receive({ origin: server, data: selection });
    const second = bridge().instance;
    const heard: unknown[] = [];
    second.listen((message) => heard.push(message));
    expect(heard).toEqual([]);
  });

  it("hands nothing from a server that is not the tab's", () => {
    const { instance } = bridge();
    instance.receive({ origin: "https://evil.example", data: selection });
    const heard: unknown[] = [];
    instance.listen((message) => heard.push(message));
    expect(heard).toEqual([]);
  });
});

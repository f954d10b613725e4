import { describe, expect, it } from "vitest";
import {
  normalizeTarget,
  readTabTarget,
  saveTabTarget,
  targetRef,
  type TabTarget,
} from "@/lib/extension/tab-views";
import { setUpTestDatabase } from "../support/auth-harness";

const database = setUpTestDatabase();

const id = (n: number) => n.toString(16).padStart(24, "0");
const tab = { documentId: id(1), elementId: id(2) };
const workspace = { documentId: id(1), wvm: "w", wvmId: id(3) } as const;
const version = { documentId: id(1), wvm: "v", wvmId: id(4) } as const;
const ownElement: TabTarget = {
  documentId: id(1),
  snapshot: null,
  elementId: id(5),
  kind: "PARTSTUDIO",
  configuration: "",
};

describe("what a tab shows", () => {
  it("is remembered per document and tab, replaced by a new choice, and forgotten on back", async () => {
    expect(await readTabTarget(database.db, tab)).toBeNull();
    await saveTabTarget(database.db, tab, ownElement);
    expect(await readTabTarget(database.db, tab)).toEqual(ownElement);
    // Another tab of the same document remembers its own.
    expect(await readTabTarget(database.db, { ...tab, elementId: id(9) })).toBeNull();

    const other: TabTarget = {
      documentId: id(7),
      snapshot: { wvm: "v", wvmId: id(8) },
      elementId: id(6),
      kind: "ASSEMBLY",
      configuration: "Size%3D2",
    };
    await saveTabTarget(database.db, tab, other);
    expect(await readTabTarget(database.db, tab)).toEqual(other);
    await saveTabTarget(database.db, tab, null);
    expect(await readTabTarget(database.db, tab)).toBeNull();
  });

  it("shows an element of the tab's own document at the tab's workspace or version", () => {
    expect(targetRef(workspace, ownElement)).toEqual({ ...workspace, elementId: id(5) });
    expect(targetRef(version, ownElement)).toEqual({ ...version, elementId: id(5) });
  });

  it("stores a pick at the tab's own snapshot without one, and keeps any other snapshot", () => {
    const picked = { ...ownElement, snapshot: { wvm: "w", wvmId: id(3) } } as const;
    expect(normalizeTarget(workspace, picked).snapshot).toBeNull();
    expect(normalizeTarget(version, picked).snapshot).toEqual({ wvm: "w", wvmId: id(3) });
    const elsewhere = { ...picked, documentId: id(7) };
    expect(normalizeTarget(workspace, elsewhere).snapshot).toEqual({ wvm: "w", wvmId: id(3) });
  });
});

import { describe, expect, it } from "vitest";
import {
  clickTarget,
  dialogClosedMessage,
  dialogItems,
  highlightKeys,
  itemSelectedMessage,
  messageVerdict,
  selectionMessage,
  type DialogItem,
  type PickTarget,
} from "../../../emulator/host-pages/selection-model";

// The right-panel host's selection, as the browser runs it (the same file is served to it).

const mv = "c0c000000000000000000100";
const body = (partId: string): PickTarget => ({ kind: "body", partId });
const face: PickTarget = { kind: "face", partId: "JHD", faceId: "JHDA" };
const occurrence: PickTarget = {
  kind: "occurrence",
  partId: "JHL",
  path: ["MaaaaaaaaaaaaaaaA", "MbbbbbbbbbbbbbbbB"],
};

describe("clickTarget", () => {
  it("selects only what was clicked, and a second click on it clears", () => {
    const one = clickTarget([], body("JHD"), false);
    expect(one).toEqual([body("JHD")]);
    expect(clickTarget(one, body("JHH"), false)).toEqual([body("JHH")]);
    expect(clickTarget(one, body("JHD"), false)).toEqual([]);
  });

  it("adds and removes with ctrl/shift, keeping the order of selection", () => {
    let selection = clickTarget([], body("JHD"), true);
    selection = clickTarget(selection, face, true);
    selection = clickTarget(selection, occurrence, true);
    expect(selection).toEqual([body("JHD"), face, occurrence]);
    expect(clickTarget(selection, face, true)).toEqual([body("JHD"), occurrence]);
    // A plain click on one of several selects only it.
    expect(clickTarget(selection, face, false)).toEqual([face]);
  });
});

describe("selectionMessage", () => {
  it("sends the whole selection: bodies by part id, faces as ENTITY/FACE, occurrences with their path", () => {
    expect(selectionMessage([body("JHD"), face, occurrence], mv)).toEqual({
      messageName: "SELECTION",
      selections: [
        { selectionType: "BODY", selectionId: "JHD", workspaceMicroversionId: mv },
        {
          selectionType: "ENTITY",
          entityType: "FACE",
          selectionId: "JHDA",
          workspaceMicroversionId: mv,
        },
        {
          selectionType: "BODY",
          selectionId: "JHL",
          workspaceMicroversionId: mv,
          occurrencePath: ["MaaaaaaaaaaaaaaaA", "MbbbbbbbbbbbbbbbB"],
        },
      ],
    });
    expect(selectionMessage([], mv)).toEqual({ messageName: "SELECTION", selections: [] });
  });
});

describe("messageVerdict", () => {
  const ids = { documentId: "d", elementId: "e", workspaceOrVersionId: "w" };
  const app = "http://localhost:3000";

  it("accepts only the app's origin with the panel's own ids", () => {
    const good = {
      documentId: "d",
      workspaceId: "w",
      elementId: "e",
      messageName: "applicationInit",
    };
    expect(messageVerdict(app, app, good, ids)).toBe("accepted");
    expect(messageVerdict(app, app, { ...good, workspaceId: undefined, versionId: "w" }, ids)).toBe(
      "accepted",
    );
    expect(messageVerdict("http://evil.example", app, good, ids)).toBe("ignored: wrong origin");
    expect(messageVerdict(app, app, { ...good, elementId: "x" }, ids)).toBe(
      "ignored: ids do not match",
    );
    expect(messageVerdict(app, app, "applicationInit", ids)).toBe("ignored: ids do not match");
  });
});

describe("highlightKeys", () => {
  it("turns requestSelectionHighlight's selections into model-view keys", () => {
    expect(
      highlightKeys({
        messageId: "1",
        selections: [
          { selectionType: "BODY", selectionId: "JHH" },
          { selectionType: "ENTITY", selectionId: "JHDA", entityType: "FACE" },
          { selectionType: "BODY", selectionId: "JHL", occurrencePath: ["A", "B"] },
          { selectionType: "BODY" },
        ],
      }),
    ).toEqual(["body:JHH", "face:JHDA", "occurrence:A/B"]);
    expect(highlightKeys({ selections: "nope" })).toEqual([]);
    expect(highlightKeys(null)).toEqual([]);
  });
});

describe("select-item dialog messages", () => {
  const studio: DialogItem = {
    documentId: "d1",
    documentName: "Doc",
    workspaceId: "w1",
    elementId: "e1",
    elementName: "Part Studio 1",
    elementType: "PARTSTUDIO",
    elementConfiguration: "",
  };
  const assembly: DialogItem = {
    ...studio,
    elementId: "e2",
    elementType: "ASSEMBLY",
    workspaceId: undefined,
    versionId: "v1",
    versionName: "V1",
  };

  it("offers what was asked for, both kinds by default", () => {
    expect(dialogItems([studio, assembly], {})).toEqual([studio, assembly]);
    expect(dialogItems([studio, assembly], { selectAssemblies: true })).toEqual([assembly]);
    expect(
      dialogItems([studio, assembly], { selectPartStudios: true, selectAssemblies: true }),
    ).toHaveLength(2);
  });

  it("answers with the picked item's ids, workspace or version, and echoes messageId", () => {
    expect(itemSelectedMessage(studio, "m1")).toEqual({
      messageName: "itemSelectedInSelectItemDialog",
      messageId: "m1",
      documentId: "d1",
      workspaceId: "w1",
      elementId: "e1",
      elementType: "PARTSTUDIO",
      elementConfiguration: "",
    });
    expect(itemSelectedMessage(assembly)).toMatchObject({
      versionId: "v1",
      elementType: "ASSEMBLY",
    });
    expect(itemSelectedMessage(assembly)).not.toHaveProperty("workspaceId");
    expect(dialogClosedMessage("m1")).toEqual({
      messageName: "selectItemDialogClosed",
      messageId: "m1",
    });
    expect(dialogClosedMessage()).toEqual({ messageName: "selectItemDialogClosed" });
  });
});

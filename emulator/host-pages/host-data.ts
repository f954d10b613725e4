import { accessUserId, type EmulatorUser } from "../api/types";
import { configureElement, parametersOf } from "../configurations/element-configuration";
import { configurationString, defaultValues } from "../configurations/parse-configuration";
import { readableDocuments, type DocumentStore } from "../model/store";
import type { SeedElement } from "../seed/types";
import type { DialogItem } from "./selection-model";

// Server-side data the host pages hand their browser code.

/** An element's default configuration as a configuration string; "" when unconfigured. */
export function defaultConfigurationString(element: SeedElement): string {
  const parameters = parametersOf(element);
  return parameters.length ? configurationString(parameters, defaultValues(parameters)) : "";
}

/** Part Studios and assemblies the user can read: each document's workspace and versions. */
export function selectableItems(store: DocumentStore, user: EmulatorUser): DialogItem[] {
  return readableDocuments(store, accessUserId(user)).flatMap((doc) => {
    const contexts = [
      ...doc.workspaces.map((ws) => ({ snapshot: ws, workspaceId: ws.id })),
      ...doc.versions
        .filter((version) => version.elements.length > 0)
        .map((version) => ({
          snapshot: version,
          versionId: version.id,
          versionName: version.name,
        })),
    ];
    return contexts.flatMap(({ snapshot, ...context }) =>
      snapshot.elements.flatMap((element): DialogItem[] =>
        element.elementType === "PARTSTUDIO" || element.elementType === "ASSEMBLY"
          ? [
              {
                documentId: doc.id,
                documentName: doc.name,
                ...context,
                elementId: element.id,
                elementName: element.name,
                elementType: element.elementType,
                elementConfiguration: defaultConfigurationString(element),
              },
            ]
          : [],
      ),
    );
  });
}

/** The `configuration` a panel URL carries: the literal placeholder when unconfigured. */
export function panelConfiguration(element: SeedElement, requested: string | null): string {
  const parameters = parametersOf(element);
  if (parameters.length === 0) return "{$configuration}";
  const configured = configureElement(element, requested ?? undefined);
  const values = configured.ok ? configured.value.values : defaultValues(parameters);
  return encodeURIComponent(configurationString(parameters, values));
}

// The views, for the standalone pages and the Onshape tab. Panels are server components that
// take plain props (ids, userId, locale, compact, basePath) and fetch their own data; wrap each
// in <Panel> for its skeleton and error boundary.

export { DocumentsPanel, type DocumentsPanelProps } from "./documents/documents-panel";
export { OnshapeUrlBox } from "./documents/onshape-url-box";
export { DocumentHeaderPanel } from "./document/document-header";
export { ElementsPanel } from "./document/elements-panel";
export { ElementHeaderPanel } from "./element/element-header";
export { ElementPanel } from "./element/element-panel";
export { PartsPanel } from "./element/parts-panel";
export { BomPanel } from "./element/bom-panel";
export { ErrorPanel } from "./error-panel";
export { Panel } from "./panel";
export { SignInPrompt } from "./sign-in-prompt";
export { GridSkeleton, HeaderSkeleton, TableSkeleton } from "./skeletons";
export type { DocumentPanelProps, ElementPanelProps } from "./panel-props";

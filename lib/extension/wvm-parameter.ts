// Which query parameter names the workspace, version or microversion. Kept apart from
// tab-context.ts, which needs zod: the tab's message bridge runs in the browser, and zod would
// add ~26 kB gzipped to the tab's JavaScript.
export const wvmParameter = { w: "workspaceId", v: "versionId", m: "microversionId" } as const;

import { snapshotLabel } from "@/components/document/snapshot-label";
import type { TabContext } from "@/lib/extension/tab-context";

/** Which document, workspace or version, and element the tab was opened for. */
export function TabContextSummary({ context }: { context: TabContext }) {
  const rows: [string, string][] = [
    ["Document", context.documentId],
    [snapshotLabel[context.wvm], context.wvmId],
    ["Element", context.elementId],
  ];
  if (context.companyId !== "cad") rows.push(["Company", context.companyId]);
  return (
    <dl
      data-testid="tab-context"
      className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-onshape-muted"
    >
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt>{label}</dt>
          <dd
            className="font-mono text-onshape-ink"
            data-testid={`tab-context-${label.toLowerCase()}`}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

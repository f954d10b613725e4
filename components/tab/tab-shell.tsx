import type { ReactNode } from "react";
import { tabMessageIds } from "@/lib/extension/tab-bridge";
import type { TabContext } from "@/lib/extension/tab-context";
import { TabBridgeIsland } from "./tab-bridge-island";

/** The tab's frame: no site chrome, Onshape's light and dense look, and the message bridge. */
export function TabShell({
  context,
  apiOrigin,
  children,
}: {
  context: TabContext;
  apiOrigin: string;
  children: ReactNode;
}) {
  return (
    <TabBridgeIsland ids={tabMessageIds(context)} server={context.server} apiOrigin={apiOrigin}>
      <div className="flex flex-col gap-3 px-3 py-2 text-[13px] leading-snug">{children}</div>
    </TabBridgeIsland>
  );
}

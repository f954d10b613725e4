import type { Viewer } from "@/lib/auth/viewer";
import { tabContextQuery, type TabContext } from "@/lib/extension/tab-context";
import { TabNavigator } from "./tab-navigator";
import { TabView } from "./tab-view";

type Props = {
  /** Passed in: a tab whose session lives in memory has no cookie for `auth()` to read. */
  viewer: Viewer;
  context: TabContext;
  /** The session lives only in this tab's memory: say so, and what would make it last. */
  memoryOnly?: boolean;
};

/** The signed-in tab: its first view, and the navigator that swaps views inside the tab. */
export function TabSignedIn({ viewer, context, memoryOnly = false }: Props) {
  return (
    <TabNavigator tabQuery={tabContextQuery(context)}>
      <TabView viewer={viewer} context={context} memoryOnly={memoryOnly} bomView="indented" />
    </TabNavigator>
  );
}

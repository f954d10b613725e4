import { LRUCache } from "lru-cache";
import { oncePerRender } from "../request-memo";
import type { WorkspaceKey } from "./cache-policy";

// The microversion each workspace was last seen at in this process, and when. A microversion
// is a fact about the workspace, not about who asked, so what one account's lookup saw tells
// the cache whether another account's answer, sent after that moment, was read at (or after)
// it. Lookups themselves are per account (the token decides access) and run once per render
// or route request: never shared between views, so a view starting after an edit sees it.

export type Sighting = { microversionId: string; seenAt: number };

export type Microversions = ReturnType<typeof createMicroversions>;

type Lookup = (userId: string, workspace: WorkspaceKey) => Promise<string>;

export function createMicroversions(lookup: Lookup) {
  const seen = new LRUCache<string, Sighting>({ max: 20_000 });
  const keyOf = (workspace: WorkspaceKey) => `${workspace.documentId} ${workspace.workspaceId}`;
  return {
    lastSeen(workspace: WorkspaceKey): Sighting | undefined {
      return seen.get(keyOf(workspace));
    },
    /** The workspace's microversion now, learned once per render for this account. */
    current(userId: string, workspace: WorkspaceKey): Promise<Sighting> {
      return oncePerRender(`microversion ${userId} ${keyOf(workspace)}`, async () => {
        const sighting = { microversionId: await lookup(userId, workspace), seenAt: Date.now() };
        const before = seen.get(keyOf(workspace));
        if (!before || before.seenAt <= sighting.seenAt) seen.set(keyOf(workspace), sighting);
        return sighting;
      });
    },
  };
}

"use client";

import {
  createContext,
  useCallback,
  useContext,
  useState,
  useTransition,
  type ReactNode,
} from "react";
import { RefreshContext } from "@/components/ui/refresh-context";
import type { TabChange } from "@/lib/extension/tab-navigation";
import type { BomView } from "@/lib/onshape/types";
import { showInTab } from "./tab-view-action";
import { useTabSessionToken } from "./tab-session";

// The tab is one page inside Onshape's iframe: moving inside it (an element, back to the
// document, the BOM's view) asks the server for the new view and swaps it in place. No new
// window, no navigation away, and the same way whether the session is a cookie or lives only
// in this tab's memory.

type Navigator = {
  show: (change: TabChange) => void;
  setBomView: (view: BomView) => void;
  bomView: BomView;
  pending: boolean;
};

const NavigatorContext = createContext<Navigator | null>(null);

export function useTabNavigator(): Navigator | null {
  return useContext(NavigatorContext);
}

const failures = {
  "signed-out": "Your sign-in for this tab has ended. Reload the tab to sign in again.",
  invalid: "The tab could not be shown. Reload the tab.",
  unreachable: "The app could not be reached. Try again.",
} as const;

export function TabNavigator({ tabQuery, children }: { tabQuery: string; children: ReactNode }) {
  const sessionToken = useTabSessionToken();
  const [view, setView] = useState<ReactNode>(null);
  const [bomView, setBomViewState] = useState<BomView>("indented");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const load = useCallback(
    (request: { bomView: BomView; change?: TabChange }) =>
      startTransition(async () => {
        try {
          const result = await showInTab({
            tabQuery,
            ...(sessionToken ? { sessionToken } : {}),
            ...request,
          });
          if (result.ok) {
            setProblem(null);
            setBomViewState(request.bomView);
            setView(result.view);
          } else {
            setProblem(
              result.reason === "refused" ? result.error.message : failures[result.reason],
            );
          }
        } catch {
          setProblem(failures.unreachable);
        }
      }),
    [tabQuery, sessionToken],
  );

  const navigator: Navigator = {
    show: (change) => load({ bomView, change }),
    setBomView: (next) => load({ bomView: next }),
    bomView,
    pending,
  };
  return (
    <NavigatorContext.Provider value={navigator}>
      <RefreshContext.Provider value={() => load({ bomView })}>
        <div aria-busy={pending} data-testid="tab-workspace" className="flex flex-col gap-2">
          {problem ? (
            <p
              role="alert"
              className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs"
            >
              {problem}
            </p>
          ) : null}
          {view ?? children}
        </div>
      </RefreshContext.Provider>
    </NavigatorContext.Provider>
  );
}

/** A control that moves the tab to something else, inside the tab. */
export function ShowInTabButton({
  change,
  className = "",
  children,
  ...rest
}: {
  change: TabChange;
  className?: string;
  children: ReactNode;
  "aria-current"?: "page" | undefined;
  "data-testid"?: string;
}) {
  const navigator = useTabNavigator();
  return (
    <button
      type="button"
      disabled={!navigator || navigator.pending}
      onClick={() => navigator?.show(change)}
      className={`text-left disabled:cursor-progress ${className}`}
      {...rest}
    >
      {children}
    </button>
  );
}

/** The BOM's indented / flattened choice, inside the tab. */
export function BomViewButton({
  view,
  children,
  className = "",
}: {
  view: BomView;
  children: ReactNode;
  className?: string;
}) {
  const navigator = useTabNavigator();
  return (
    <button
      type="button"
      aria-pressed={navigator?.bomView === view}
      disabled={!navigator || navigator.pending}
      onClick={() => navigator?.setBomView(view)}
      className={className}
    >
      {children}
    </button>
  );
}

import { signInInTab } from "@/app/tab/sign-in-actions";
import { getElements } from "@/lib/onshape/elements";
import { groupElements } from "@/lib/onshape/mappers/elements";
import { tabContextQuery, type TabContext } from "@/lib/onshape/tab-context";
import type { TabViewer } from "@/lib/tab/sessions";
import { viewLinks } from "@/lib/views/links";
import { attempt, needsSignIn } from "@/lib/views/view-error";

// THE place where the tab renders the document the user has open in Onshape. Richer views
// (parts, mass properties, BOM) plug in here; everything above it (sign-in, cookies, message
// bridge) stays as it is. The viewer comes in explicitly because a tab whose browser refuses
// cookies has its session in memory and no cookie for `auth()` to read.

type Props = { viewer: TabViewer; context: TabContext; memoryOnly?: boolean };

export async function TabDocument({ viewer, context, memoryOnly = false }: Props) {
  const { documentId, wvm, wvmId } = context;
  const result = await attempt(() => getElements(viewer.id, documentId, wvm, wvmId));
  if (!result.ok) {
    return (
      <div role="alert" data-error-kind={result.error.kind} className="flex flex-col gap-2">
        <p className="text-amber-800">
          The document&apos;s elements could not be loaded: {result.error.message}
        </p>
        {/* A revoked or expired grant: only signing in again helps (inside the tab it works
            where the browser keeps cookies; a memory-only session needs the popup again). */}
        {needsSignIn(result.error.kind) && !memoryOnly ? (
          <form action={signInInTab}>
            <input type="hidden" name="tab" value={tabContextQuery(context)} />
            <button type="submit" className="text-onshape underline-offset-2 hover:underline">
              Reconnect to Onshape
            </button>
          </form>
        ) : null}
      </div>
    );
  }
  const links = viewLinks();
  return (
    <section aria-labelledby="tab-elements" data-testid="tab-document">
      <h2 id="tab-elements" className="mb-1 text-xs font-semibold uppercase text-onshape-muted">
        Elements
      </h2>
      {groupElements(result.data).map((group) => (
        <ul key={group.kind} aria-label={group.label} className="mb-2">
          {group.elements.map((element) => (
            <li
              key={element.id}
              aria-current={element.id === context.elementId ? "page" : undefined}
              className="flex items-baseline justify-between gap-2 border-b border-onshape-line py-1 aria-[current=page]:font-semibold"
            >
              <span className="truncate">{element.name}</span>
              <span className="flex shrink-0 items-baseline gap-2 text-xs text-onshape-muted">
                {element.typeLabel}
                {/* The full views open first-party, in the app's own window. */}
                <a
                  href={links.element(
                    { documentId, wvm, wvmId, elementId: element.id },
                    { kind: element.kind },
                  )}
                  target="_blank"
                  rel="noopener"
                  className="text-onshape hover:underline"
                >
                  Open
                </a>
              </span>
            </li>
          ))}
        </ul>
      ))}
    </section>
  );
}

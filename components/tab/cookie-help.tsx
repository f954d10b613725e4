// What to allow when the browser refuses the app's cookies. Concrete steps per browser, with
// the exact site to add, and a way out that always works: the app in its own window.

type Props = {
  appOrigin: string;
  /** The Onshape page the tab sits in; absent when even a window of the app's own is refused. */
  onshapeOrigin?: string;
};

function sitePattern(origin: string): string {
  const { hostname } = new URL(origin);
  return hostname === "localhost" || /^[\d.]+$|^\[/.test(hostname) ? hostname : `[*.]${hostname}`;
}

export function CookieHelp({ appOrigin, onshapeOrigin }: Props) {
  const site = sitePattern(appOrigin);
  return (
    <section data-testid="cookie-help" className="flex flex-col gap-1.5">
      <p>
        Your browser does not let <strong>{appOrigin}</strong> keep cookies
        {onshapeOrigin ? (
          <>
            {" "}
            inside <strong>{onshapeOrigin}</strong>
          </>
        ) : null}
        . To stay signed in, allow them and reload:
      </p>
      <ul className="list-disc pl-5">
        {onshapeOrigin ? (
          <li>
            <strong>Chrome, Edge:</strong> Settings → Privacy and security → Third-party cookies →
            &ldquo;Allowed to use third-party cookies&rdquo; → Add → <code>{site}</code>. If{" "}
            <code>{site}</code> is listed under Site settings → Cookies → &ldquo;Not allowed to use
            cookies&rdquo;, remove it there.
          </li>
        ) : (
          <li>
            <strong>Chrome, Edge:</strong> Settings → Privacy and security → Site settings →
            Cookies: allow sites to save cookies, or add <code>{site}</code> under &ldquo;Allowed to
            use cookies&rdquo;.
          </li>
        )}
        <li>
          <strong>Firefox:</strong> click the shield next to the address and turn off Enhanced
          Tracking Protection for this site.
        </li>
        <li>
          <strong>Safari:</strong> Settings → Privacy → turn off &ldquo;Prevent cross-site
          tracking&rdquo;.
        </li>
      </ul>
      {onshapeOrigin ? (
        <p>
          Or{" "}
          <a href={appOrigin} target="_blank" rel="noopener" className="text-onshape underline">
            open the app in its own window
          </a>
          , where its cookies are first-party.
        </p>
      ) : null}
    </section>
  );
}

import type { TabContextProblem } from "./tab-context";

// The 400 page for a tab opened with a wrong query. It is plain HTML from the proxy, so the
// status really is 400 and nothing (no session, no Onshape call) runs with the bad values.

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function badTabRequestPage(problems: readonly TabContextProblem[]): string {
  const items = problems
    .map(
      (p) =>
        `<li data-parameter="${escape(p.parameter)}"><code>${escape(p.parameter)}</code>: ${escape(p.message)}</li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>This tab link is not valid · Onshape app</title>
<style>body{font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2733;background:#fff;margin:0;padding:12px 14px}
h1{font-size:15px;margin:0 0 6px}p{margin:6px 0;color:#5b6675}ul{margin:8px 0;padding-left:18px}li{margin:3px 0}
code{background:#f4f6f9;border:1px solid #d9dee5;border-radius:3px;padding:0 3px}</style></head>
<body><main role="alert"><h1>This tab link is not valid</h1>
<p>Onshape opens this app with the document's ids in the address. ${problems.length === 1 ? "This parameter is" : "These parameters are"} wrong:</p>
<ul>${items}</ul>
<p>Open the tab again from the document in Onshape. If this keeps happening, check that the app's Action URL is registered as this app's <code>/tab</code> address, without parameters of its own.</p>
</main></body></html>`;
}

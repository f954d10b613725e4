import { escapeHtml } from "../http";

// Markup both host pages share: the page frame and Onshape's select-item dialog.

export const selectItemDialogMarkup = `<dialog id="select-item-dialog" data-testid="select-item-dialog" aria-labelledby="select-item-title">
  <h2 id="select-item-title">Select an item</h2>
  <ul></ul>
  <p><button type="button" data-testid="select-item-cancel">Cancel</button></p>
</dialog>`;

export function hostLayout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Onshape (local)</title>
<style>
*{box-sizing:border-box}body{margin:0;font:13px system-ui,sans-serif;color:#1f2733;display:flex;flex-direction:column;height:100vh}
header{display:flex;gap:.6rem;align-items:baseline;padding:.45rem .8rem;background:#1f2733;color:#fff}header small{color:#aab4c0}
#document-name{margin-left:1rem;font-weight:600}.context{color:#aab4c0}
.layout{flex:1;display:flex;min-height:0}iframe{flex:1;border:0;border-right:1px solid #d9dee5;background:#fff}
#app-panel{flex:0 0 22rem}
#model-view{flex:1;overflow:auto;padding:.5rem .8rem;border-right:1px solid #d9dee5}
.model{list-style:none;padding:0}.model li{margin:.3rem 0}.sub{font-weight:600;color:#5b6675}
.pick{font:inherit;border:1px solid #c3cad4;background:#fff;border-radius:4px;padding:.3rem .5rem;cursor:pointer}
.pick[data-selected=true]{border-color:#1473e6;box-shadow:0 0 0 2px #1473e6 inset;background:#e8f1fd}
.pick[data-highlighted=true]{outline:3px solid #f5a623}
.faces{display:inline-flex;gap:2px;margin-left:.4rem}.faces .pick{padding:.1rem .3rem;font-size:11px}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.35rem;vertical-align:-1px}
aside{width:24rem;overflow:auto;padding:.5rem .8rem;background:#f4f6f9}aside h2{font-size:13px;margin:.2rem 0}
ol{padding-left:1.2rem}li{margin:.3rem 0}pre{margin:.1rem 0;white-space:pre-wrap;word-break:break-all;font-size:11px;color:#5b6675}
nav{display:flex;gap:1px;background:#d9dee5;border-top:1px solid #d9dee5}nav a{padding:.35rem .8rem;background:#f4f6f9;color:#1f2733;text-decoration:none}
nav a[aria-current]{background:#fff;font-weight:600}
dialog{min-width:28rem;max-height:80vh}dialog ul{list-style:none;padding:0;overflow:auto;max-height:60vh}
dialog button{font:inherit;margin:.1rem 0}
.page{max-width:48rem;margin:2rem auto;padding:0 1rem;overflow:auto}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #d9dee5;padding:.4rem;text-align:left}fieldset{border:1px solid #d9dee5;border-radius:6px;line-height:1.8}
</style></head><body>${body}</body></html>`;
}

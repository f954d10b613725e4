"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { AllowEditingButton } from "@/components/auth/allow-editing-button";
import { Button } from "@/components/ui/button";
import type { ApplyOutcome, RowReport } from "@/lib/properties/apply-import";
import type { ImportPreview } from "@/lib/properties/import-plan";

// Upload → preview (nothing written) → apply → a report per row. The file stays in the page,
// so "preview again" after a partial failure or a change in Onshape needs no new upload.

type Problem = { kind: string; message: string };

type State =
  | { step: "choose" }
  | { step: "preview"; preview: ImportPreview; notice?: string }
  | { step: "report"; report: RowReport[] };

const statusText: Record<RowReport["status"], string> = {
  written: "Written",
  unchanged: "Unchanged",
  failed: "Failed",
  "not-written": "Not written",
};

async function post(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  try {
    const response = await fetch(url, { method: "POST", ...init });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return {
      status: 0,
      body: { error: "unavailable", message: "The app could not be reached. Try again." },
    };
  }
}

function problemOf(body: unknown): Problem {
  const { error, message } = (body ?? {}) as { error?: string; message?: string };
  return { kind: error ?? "unavailable", message: message ?? "Something went wrong. Try again." };
}

export function PropertyImport(props: { previewUrl: string; applyUrl: string; backUrl: string }) {
  const [file, setFile] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // A file chosen before the page hydrated fired no change event React saw: take it up here, or
  // Preview would stay disabled with a file in the field.
  useEffect(() => {
    const chosen = input.current?.files?.[0];
    if (chosen) setFile(chosen);
  }, []);
  const [state, setState] = useState<State>({ step: "choose" });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function preview(notice?: string) {
    if (!file) return setProblem({ kind: "bad-request", message: "Choose a CSV file first." });
    setBusy(true);
    setProblem(null);
    const form = new FormData();
    form.set("file", file);
    const { status, body } = await post(props.previewUrl, { body: form });
    setBusy(false);
    if (status !== 200) {
      setState({ step: "choose" });
      return setProblem(problemOf(body));
    }
    setState({ step: "preview", preview: body as ImportPreview, notice });
  }

  async function apply(shown: ImportPreview) {
    setBusy(true);
    setProblem(null);
    const rows = shown.rows.map((row) => ({
      row: row.row,
      partId: row.partId,
      changes: row.changes.map((c) => ({ propertyId: c.propertyId, seen: c.old, value: c.new })),
    }));
    const { status, body } = await post(props.applyUrl, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ rows }),
    });
    setBusy(false);
    const outcome = body as ApplyOutcome | null;
    if (status === 409 && outcome && !outcome.ok) {
      return preview(
        `The Part Studio changed in Onshape since the preview (rows ${outcome.changedRows.join(", ")}). Nothing was written. This is a new preview.`,
      );
    }
    if (status !== 200 || !outcome?.ok) return setProblem(problemOf(body));
    setState({ step: "report", report: outcome.report });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    void preview();
  }

  return (
    <section aria-label="Import part properties" className="flex flex-col gap-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span>CSV file (the parts CSV of this Part Studio, edited)</span>
          <input
            ref={input}
            type="file"
            name="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setState({ step: "choose" });
              setProblem(null);
            }}
          />
        </label>
        <Button type="submit" variant="primary" disabled={!file || busy}>
          Preview
        </Button>
        <Link href={props.backUrl} className="text-onshape hover:underline">
          Back to the parts
        </Link>
      </form>
      {busy ? <p role="status">Working…</p> : null}
      {problem ? (
        <div
          role="alert"
          data-error-kind={problem.kind}
          className="flex flex-col items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4"
        >
          <p>{problem.message}</p>
          {problem.kind === "forbidden" ? <AllowEditingButton /> : null}
        </div>
      ) : null}
      {state.step === "preview" ? (
        <PreviewView
          preview={state.preview}
          notice={state.notice}
          busy={busy}
          onApply={() => void apply(state.preview)}
        />
      ) : null}
      {state.step === "report" ? (
        <ReportView report={state.report} busy={busy} onPreviewAgain={() => void preview()} />
      ) : null}
    </section>
  );
}

const cell = "px-3 py-1.5 align-top";

function PreviewView(props: {
  preview: ImportPreview;
  notice?: string;
  busy: boolean;
  onApply: () => void;
}) {
  const { preview } = props;
  const values = preview.rows.reduce((n, row) => n + row.changes.length, 0);
  return (
    <div className="flex flex-col gap-4" data-testid="import-preview">
      {props.notice ? (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          {props.notice}
        </p>
      ) : null}
      <p data-testid="preview-summary">
        {values === 0
          ? "Nothing to change: every row matches Onshape."
          : `${values} ${values === 1 ? "value" : "values"} in ${preview.rows.length} ${preview.rows.length === 1 ? "part" : "parts"} will change.`}{" "}
        {preview.unchangedRows > 0 ? `${preview.unchangedRows} rows are unchanged. ` : ""}
        {preview.skipped.length > 0 ? `${preview.skipped.length} rows will not be written. ` : ""}
        Nothing is written until you apply.
      </p>
      {preview.rows.length > 0 ? (
        <table className="w-full border-collapse bg-white text-left" aria-label="Changes">
          <thead className="border-b border-onshape-line text-onshape-muted">
            <tr>
              <th scope="col" className={cell}>
                Row
              </th>
              <th scope="col" className={cell}>
                Part
              </th>
              <th scope="col" className={cell}>
                Property
              </th>
              <th scope="col" className={cell}>
                Now in Onshape
              </th>
              <th scope="col" className={cell}>
                New
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.flatMap((row) =>
              row.changes.map((change) => (
                <tr
                  key={`${row.row} ${change.propertyId}`}
                  className="border-b border-onshape-line"
                >
                  <td className={cell}>{row.row}</td>
                  <td className={cell}>{row.partName}</td>
                  <td className={cell}>{change.name}</td>
                  <td className={cell}>
                    {change.oldText || <span className="text-onshape-muted">(empty)</span>}
                  </td>
                  <td className={cell}>
                    {change.newText || <span className="text-onshape-muted">(empty)</span>}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : null}
      {preview.skipped.length > 0 ? (
        <table className="w-full border-collapse bg-white text-left" aria-label="Rows not written">
          <thead className="border-b border-onshape-line text-onshape-muted">
            <tr>
              <th scope="col" className={cell}>
                Row
              </th>
              <th scope="col" className={cell}>
                Part id
              </th>
              <th scope="col" className={cell}>
                Why it is not written
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.skipped.map((skip) => (
              <tr key={skip.row} className="border-b border-onshape-line">
                <td className={cell}>{skip.row}</td>
                <td className={cell}>{skip.partId ?? "—"}</td>
                <td className={cell}>{skip.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.ignoredColumns.length > 0 ? (
        <p className="text-onshape-muted">
          Columns not imported:{" "}
          {preview.ignoredColumns.map((c) => `${c.name} (${c.reason})`).join("; ")}
        </p>
      ) : null}
      {preview.rows.length > 0 ? (
        <div>
          <Button variant="primary" disabled={props.busy} onClick={props.onApply}>
            Apply {values} {values === 1 ? "change" : "changes"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function ReportView(props: { report: RowReport[]; busy: boolean; onPreviewAgain: () => void }) {
  const count = (status: RowReport["status"]) =>
    props.report.filter((r) => r.status === status).length;
  const incomplete = count("failed") + count("not-written") > 0;
  return (
    <div className="flex flex-col gap-3" data-testid="import-report">
      <p role="status" data-testid="report-summary">
        Written: {count("written")}. Unchanged: {count("unchanged")}. Failed: {count("failed")}. Not
        written: {count("not-written")}.
      </p>
      <table className="w-full border-collapse bg-white text-left" aria-label="Import report">
        <thead className="border-b border-onshape-line text-onshape-muted">
          <tr>
            <th scope="col" className={cell}>
              Row
            </th>
            <th scope="col" className={cell}>
              Part id
            </th>
            <th scope="col" className={cell}>
              Result
            </th>
          </tr>
        </thead>
        <tbody>
          {props.report.map((r) => (
            <tr key={r.row} className="border-b border-onshape-line" data-status={r.status}>
              <td className={cell}>{r.row}</td>
              <td className={cell}>{r.partId}</td>
              <td className={cell}>
                {statusText[r.status]}
                {r.reason ? `: ${r.reason}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {incomplete ? (
        <div className="flex flex-wrap items-center gap-3">
          <p>Previewing the same file again shows only what is still different.</p>
          <Button variant="primary" disabled={props.busy} onClick={props.onPreviewAgain}>
            Preview again
          </Button>
        </div>
      ) : null}
    </div>
  );
}

import { formatCount } from "@/lib/format/numbers";
import { formatDateTime } from "@/lib/format/dates";
import type { AccountUsage } from "@/lib/onshape/usage/account-usage";

/** Calls this app made to Onshape for the user, and what Onshape last said is left. */
export function ApiBudget({ usage, locale }: { usage: AccountUsage; locale: string }) {
  const count = (value: number) => formatCount(locale, value);
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const figures = [
    { label: "Today", value: usage.today, testId: "usage-today" },
    { label: "This month", value: usage.month, testId: "usage-month" },
    { label: "This year", value: usage.year, testId: "usage-year" },
  ];
  return (
    <section aria-labelledby="api-budget" className="flex flex-col gap-4">
      <h2 id="api-budget" className="text-lg font-semibold">
        Onshape API calls
      </h2>
      <p className="text-onshape-muted">
        Onshape limits how many API calls apps may make for each user per year (2,500 to 10,000 for
        private apps, by plan). These are the calls this app made for you, counted by UTC day; other
        apps&apos; calls are not included.
      </p>
      <dl className="grid grid-cols-3 gap-3">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-lg border border-onshape-line bg-white p-3">
            <dt className="text-onshape-muted">{figure.label}</dt>
            <dd data-testid={figure.testId} className="text-2xl font-semibold tabular-nums">
              {count(figure.value)}
            </dd>
          </div>
        ))}
      </dl>
      <p data-testid="rate-limit-remaining">
        {usage.lastRemaining ? (
          <>
            Onshape last reported <strong>{count(usage.lastRemaining.value)}</strong> calls
            remaining (<code>X-Rate-Limit-Remaining</code>,{" "}
            {formatDateTime(locale, usage.lastRemaining.seenAt.toISOString(), "UTC")}).
          </>
        ) : (
          <>Onshape has not reported how many calls remain yet.</>
        )}
      </p>
      <table className="w-full max-w-sm text-left">
        <caption className="sr-only">Calls per month this year</caption>
        <thead>
          <tr className="border-b border-onshape-line">
            <th scope="col" className="py-1 font-medium">
              Month
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Calls
            </th>
          </tr>
        </thead>
        <tbody>
          {usage.byMonth.map((row) => (
            <tr key={row.month} className="border-b border-onshape-line/60">
              <td className="py-1">{monthName.format(new Date(`${row.month}-01T00:00:00Z`))}</td>
              <td className="py-1 text-right tabular-nums">{count(row.calls)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

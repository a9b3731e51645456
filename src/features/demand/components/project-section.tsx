import { useMemo } from "react";
import { MIN_WEEKS, type Point, addDays, clipToRange, dayToMs, decomposeWeekly, priceToFeesSeries, weeklyRows } from "@/analytics";
import { describeFlagged } from "@/sources/defillama-fees";
import { ChartFrame } from "@/ui/chart-frame";
import { TimeChart, type TimeSeriesLine } from "@/ui/time-chart";
import { SourceNote } from "@/ui/source-note";
import { mult, num, pct, plural } from "../format";
import type { TokenData } from "../hooks/use-demand-data";
import { SeriesStatus } from "./series-status";
import { HeadCells, numericColumn } from "@/ui/table";

const CHART_HEIGHT = 300;

/** Rows (one per day, a column per line) as the time chart's lines: a missing value breaks the line. */
function linesFromRows(
  rows: readonly Record<string, number | string | null>[],
  specs: readonly { key: string; label: string; dashed?: boolean }[],
): TimeSeriesLine[] {
  return specs.map((spec) => {
    const points = rows.flatMap((r) => (typeof r[spec.key] === "number" ? [{ date: String(r.date), value: r[spec.key] as number }] : []));
    return {
      key: spec.key,
      label: spec.label,
      xs: rows.map((r) => dayToMs(String(r.date))),
      ys: rows.map((r) => (typeof r[spec.key] === "number" ? (r[spec.key] as number) : Number.NaN)),
      points,
      maxGapDays: 1,
      ...(spec.dashed ? { dashed: true } : {}),
    };
  });
}

const bounds = (rows: readonly { date?: unknown }[]) => ({
  t0: dayToMs(String(rows[0]?.date ?? "2000-01-01")),
  t1: dayToMs(String(rows[rows.length - 1]?.date ?? "2000-01-02")),
});

/** Trailing 7-day mean of daily fees, on days with all 7 days present: daily fees are too jagged to read beside a price. */
function weeklyMean(fees: readonly Point[]): Point[] {
  const byDay = new Map(fees.map((p) => [p.date, p.value]));
  const out: Point[] = [];
  for (const p of fees) {
    let sum = 0;
    let n = 0;
    for (let k = 0; k < 7; k++) {
      const v = byDay.get(addDays(p.date, -k));
      if (v !== undefined) {
        sum += v;
        n++;
      }
    }
    if (n === 7) out.push({ date: p.date, value: sum / 7 });
  }
  return out;
}

interface Props {
  data: TokenData;
  range: { from: string; to: string };
  eventDays: readonly string[];
  isSample: boolean;
}

/** One project: price and fees rebased on the same day, the P/F multiple over time, and the weekly decomposition. */
export function ProjectSection({ data, range, eventDays, isSample }: Props) {
  const { token } = data;
  const price = useMemo(() => (data.price.data ? clipToRange(data.price.data.points, range) : []), [data.price.data, range]);
  const fees = useMemo(() => (data.fees.data ? clipToRange(data.fees.data.points, range) : []), [data.fees.data, range]);
  const feesMean = useMemo(() => weeklyMean(fees), [fees]);
  const valuation = data.fdv.data ?? data.mcap.data;
  const basis = data.fdv.data ? "FDV" : data.mcap.data ? "market cap" : undefined;

  const chart = useMemo(() => {
    const feeByDay = new Map(feesMean.map((p) => [p.date, p.value]));
    const priceByDay = new Map(price.map((p) => [p.date, p.value]));
    // Same base date: the first day both lines have a value (or the price's first day when fees are missing).
    const base = feesMean.length > 0 ? price.find((p) => feeByDay.has(p.date))?.date : price[0]?.date;
    if (base === undefined) return { base: undefined, rows: [] as Record<string, number | string | null>[] };
    const p0 = priceByDay.get(base) ?? 1;
    const f0 = feeByDay.get(base);
    const days = [...new Set([...price.map((p) => p.date), ...feesMean.map((p) => p.date)])].filter((d) => d >= base).sort();
    const rows = days.map((date) => {
      const pv = priceByDay.get(date);
      const fv = feeByDay.get(date);
      return {
        date,
        price: pv === undefined ? null : (pv / p0) * 100,
        fees: fv === undefined || f0 === undefined || !(f0 > 0) ? null : (fv / f0) * 100,
      };
    });
    return { base, rows };
  }, [price, feesMean]);

  const pf = useMemo(
    () => (valuation && data.fees.data ? clipToRange(priceToFeesSeries(valuation.points, data.fees.data.points), range) : []),
    [valuation, data.fees.data, range],
  );
  const decomposition = useMemo(() => {
    const rows = weeklyRows(
      price,
      fees,
      eventDays.filter((d) => d >= range.from && d <= range.to),
    );
    return { rows, result: decomposeWeekly(rows) };
  }, [price, fees, eventDays, range]);

  const chartLines = useMemo(
    () =>
      linesFromRows(chart.rows, [
        { key: "price", label: `${token.ticker} price` },
        ...(feesMean.length > 0 ? [{ key: "fees", label: `${token.name} fees (7-day mean)`, dashed: true }] : []),
      ]),
    [chart.rows, feesMean.length, token.ticker, token.name],
  );
  const pfLines = useMemo(
    () =>
      linesFromRows(
        pf.map((p) => ({ date: p.date, pf: p.value })),
        [{ key: "pf", label: `P/F (${basis})` }],
      ),
    [pf, basis],
  );
  const flaggedNote = data.fees.data ? describeFlagged(data.fees.data.flagged, data.maxDailyUsd) : undefined;
  const sources = [
    ...(data.price.data ? [{ label: `${token.ticker} price`, meta: data.price.data.meta }] : []),
    ...(data.fees.data ? [{ label: `${token.name} fees`, meta: data.fees.data.meta }] : []),
    ...(data.mcap.data ? [{ label: `${token.ticker} market cap`, meta: data.mcap.data.meta }] : []),
    ...(data.fdv.data ? [{ label: `${token.ticker} FDV`, meta: data.fdv.data.meta }] : []),
  ];

  return (
    <div className="space-y-5">
      <ChartFrame
        title={`${token.name}: ${token.ticker} price and network fees`}
        units={chart.base ? `index, ${chart.base} = 100${feesMean.length > 0 ? " for both lines" : ""}` : "index, first day = 100"}
        summary={
          chart.base === undefined
            ? `No ${token.ticker} price in this range.`
            : feesMean.length > 0
              ? `${token.ticker}'s close and ${token.name}'s fees (7-day mean of daily USD fees), both rebased to 100 on ${chart.base}, the first day both exist in the range.`
              : `${token.ticker}'s close, rebased to 100 on ${chart.base}, its first day in the range. Fees are not drawn: see the note below.`
        }
        isSample={isSample}
        // Nothing to draw: the box holds the "no data" line only, not an empty plot's height.
        height={chart.rows.length > 0 ? CHART_HEIGHT : 80}
        table={<RowsTable rows={chart.rows} columns={["price", "fees"]} />}
        footer={<SourceNote items={sources} extra={flaggedNote} />}
      >
        {chart.rows.length > 0 ? (
          <TimeChart
            title={`${token.name}: ${token.ticker} price and network fees`}
            lines={chartLines}
            {...bounds(chart.rows)}
            kind="index"
            formatValue={(v) => v.toFixed(0)}
            yLabel="Index"
            log
            height={CHART_HEIGHT}
          />
        ) : (
          <SeriesStatus what={`the ${token.ticker} price`} slot={data.price} />
        )}
      </ChartFrame>
      <div className="space-y-2">
        <SeriesStatus what={`${token.name} fees`} slot={data.fees} />
        {data.fdv.data || data.mcap.data ? null : <SeriesStatus what={`${token.ticker} market cap and FDV`} slot={data.mcap} />}
        {/* Where CoinGecko has no supply, the market cap stands in for the FDV, and this says why. */}
        {data.mcap.data && !data.fdv.data ? <SeriesStatus what={`${token.ticker} FDV`} slot={data.fdv} /> : null}
      </div>

      {pf.length > 0 ? (
        <ChartFrame
          title={`${token.ticker} price-to-fees multiple`}
          units={`× (${basis} ÷ annualised fees)`}
          summary={`${token.ticker}'s ${basis} divided by ${token.name}'s annualised fees (mean daily fees over the trailing 30 days × 365, needing at least 20 of those days). Last value ${mult(pf.at(-1)?.value)} on ${pf.at(-1)?.date}.`}
          isSample={isSample}
          height={220}
          table={<RowsTable rows={pf.map((p) => ({ date: p.date, multiple: p.value }))} columns={["multiple"]} />}
        >
          <TimeChart
            title={`${token.ticker} price-to-fees multiple`}
            lines={pfLines}
            {...bounds(pf)}
            kind="price"
            formatValue={(v) => mult(v)}
            yLabel="×"
            log
            height={220}
          />
        </ChartFrame>
      ) : (
        <section aria-label={`${token.ticker} price-to-fees multiple`} className="rounded-lg border border-dashed border-line p-4">
          <h3 className="text-base font-semibold text-ink">{token.ticker} price-to-fees multiple</h3>
          <p role="note" className="mt-1 text-sm text-ink-2">
            <span className="font-semibold">No data: </span>
            the multiple needs {token.name}'s fees and {token.ticker}'s FDV or market cap over the same days in this range.
          </p>
        </section>
      )}

      <Decomposition ticker={token.ticker} name={token.name} result={decomposition.result} />
    </div>
  );
}

function RowsTable({ rows, columns }: { rows: readonly Record<string, number | string | null>[]; columns: readonly string[] }) {
  if (rows.length === 0) return <p className="text-ink-3">No rows.</p>;
  return (
    <table className="text-xs">
      <thead>
        <tr>
          <HeadCells cell="pr-3" columns={[{ label: "date", className: "text-left" }, ...columns.map(numericColumn)]} />
        </tr>
      </thead>
      <tbody>
        {rows.slice(-60).map((r) => (
          <tr key={String(r.date)}>
            <td className="pr-3">{r.date}</td>
            {columns.map((c) => (
              <td key={c} className="pr-3 text-right tabular-nums">
                {typeof r[c] === "number" ? (r[c] as number).toFixed(2) : "—"}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Decomposition({ ticker, name, result }: { ticker: string; name: string; result: ReturnType<typeof decomposeWeekly> }) {
  return (
    <section aria-label={`${ticker} weekly returns: fees or news`} className="rounded-lg border border-line p-4">
      <h3 className="text-base font-semibold text-ink">{ticker} weekly returns: fee growth or AI-news weeks?</h3>
      {result.ok ? (
        <>
          <p className="mt-1 text-sm text-ink-2">
            Over {plural(result.n, "complete week")} ({plural(result.newsWeeks, "AI-news week")}), fee growth and AI-news weeks together
            explain <strong>{(result.r2 * 100).toFixed(0)}%</strong> of the variance of {ticker}'s weekly returns: about{" "}
            {(result.r2FeeGrowth * 100).toFixed(0)} points go with fee growth and {(result.r2AiNews * 100).toFixed(0)} with AI-news weeks.
          </p>
          <table className="mt-2 text-sm">
            <thead>
              <tr className="text-left text-ink-3">
                <HeadCells
                  cell="pr-4 font-medium last:pr-0"
                  columns={["Term", ...["Estimate", "Std. error", "Share of R²"].map(numericColumn)]}
                />
              </tr>
            </thead>
            <tbody className="tabular-nums">
              <tr>
                <th scope="row" className="pr-4 text-left font-normal">
                  Intercept (% a week)
                </th>
                <td className="pr-4 text-right">{num(result.intercept.estimate)}</td>
                <td className="pr-4 text-right">{num(result.intercept.stdError)}</td>
                <td className="text-right">—</td>
              </tr>
              <tr>
                <th scope="row" className="pr-4 text-left font-normal">
                  Weekly fee growth (pp per pp)
                </th>
                <td className="pr-4 text-right">{num(result.feeGrowth.estimate, 3)}</td>
                <td className="pr-4 text-right">{num(result.feeGrowth.stdError, 3)}</td>
                <td className="text-right">{pct(result.r2FeeGrowth * 100).replace("+", "")}</td>
              </tr>
              <tr>
                <th scope="row" className="pr-4 text-left font-normal">
                  AI-news week (pp)
                </th>
                <td className="pr-4 text-right">{num(result.aiNews.estimate)}</td>
                <td className="pr-4 text-right">{num(result.aiNews.stdError)}</td>
                <td className="text-right">{pct(result.r2AiNews * 100).replace("+", "")}</td>
              </tr>
            </tbody>
          </table>
        </>
      ) : (
        <p role="note" className="mt-1 text-sm text-ink-2">
          <span className="font-semibold">Not enough data: </span>
          {result.reason}. It needs {name}'s daily fees and {ticker}'s closes over at least {MIN_WEEKS} complete weeks.
        </p>
      )}
      <details className="mt-2 text-sm text-ink-2" open>
        <summary className="cursor-pointer text-ink-3">Method and limits</summary>
        <p className="mt-1">
          Weeks run Monday to Sunday (UTC). The weekly return is the last close of a week against the last close of the week before; fee
          growth is a week's total fees against the previous week's, for weeks with all seven days of fees. An AI-news week holds at least
          one event of the events list. Ordinary least squares fits return = a + b × fee growth + c × news week; R² is split between the two
          by their average gain over both orders of entry (Shapley), so the two parts add up to R².
        </p>
        <p className="mt-1">
          Limits: a few dozen weeks at most, so estimates are noisy (read the standard errors). It shows association, not cause: fees are
          valued in USD at the token's price, so a rising price lifts fees by itself; news weeks are crude (one event or five count the
          same, and events are chosen by us); other drivers (BTC, the market) are left out. A weak fee coefficient does not prove the
          narrative drives the price.
        </p>
      </details>
    </section>
  );
}

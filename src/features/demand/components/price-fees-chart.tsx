import { useMemo } from "react";
import { type Point, addDays, clipToRange, dayToMs } from "@/analytics";
import { describeFlagged } from "@/sources/defillama-fees";
import { ChartFrame } from "@/ui/chart-frame";
import { SourceNote } from "@/ui/source-note";
import { HeadCells, numericColumn } from "@/ui/table";
import { TimeChart, type TimeSeriesLine } from "@/ui/time-chart";
import type { TokenData } from "../hooks/use-demand-data";
import { SeriesStatus } from "./series-status";

export const CHART_HEIGHT = 300;

/** Rows (one per day, a column per line) as the time chart's lines: a missing value breaks the line. */
export function linesFromRows(
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

export const bounds = (rows: readonly { date?: unknown }[]) => ({
  t0: dayToMs(String(rows[0]?.date ?? "2000-01-01")),
  t1: dayToMs(String(rows[rows.length - 1]?.date ?? "2000-01-02")),
});

/** Trailing 7-day mean of daily fees, on days with all 7 days present: daily fees are too jagged to read beside a price. */
export function weeklyMean(fees: readonly Point[]): Point[] {
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

/** The sources of every series of one project that loaded, for the chart's footer and the slide's source line. */
export function projectSources(data: TokenData) {
  const { token } = data;
  return [
    ...(data.price.data ? [{ label: `${token.ticker} price`, meta: data.price.data.meta }] : []),
    ...(data.fees.data ? [{ label: `${token.name} fees`, meta: data.fees.data.meta }] : []),
    ...(data.mcap.data ? [{ label: `${token.ticker} market cap`, meta: data.mcap.data.meta }] : []),
    ...(data.fdv.data ? [{ label: `${token.ticker} FDV`, meta: data.fdv.data.meta }] : []),
  ];
}

/**
 * A project's price and its fees (7-day mean) rebased to 100 on the first day both exist in the range, with the
 * table, the sources and the flagged days; the price alone, and why, when fees are missing.
 */
export function PriceFeesChart({
  data,
  range,
  isSample,
  height = CHART_HEIGHT,
}: {
  data: TokenData;
  range: { from: string; to: string };
  isSample: boolean;
  height?: number;
}) {
  const { token } = data;
  const price = useMemo(() => (data.price.data ? clipToRange(data.price.data.points, range) : []), [data.price.data, range]);
  const fees = useMemo(() => (data.fees.data ? clipToRange(data.fees.data.points, range) : []), [data.fees.data, range]);
  const feesMean = useMemo(() => weeklyMean(fees), [fees]);
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
  const chartLines = useMemo(
    () =>
      linesFromRows(chart.rows, [
        { key: "price", label: `${token.ticker} price` },
        ...(feesMean.length > 0 ? [{ key: "fees", label: `${token.name} fees (7-day mean)`, dashed: true }] : []),
      ]),
    [chart.rows, feesMean.length, token.ticker, token.name],
  );
  const flaggedNote = data.fees.data ? describeFlagged(data.fees.data.flagged, data.maxDailyUsd) : undefined;
  const title = `${token.name}: ${token.ticker} price and network fees`;
  return (
    <ChartFrame
      title={title}
      units={chart.base ? `index, ${chart.base} = 100${feesMean.length > 0 ? " for both lines" : ""}` : "index, first day = 100"}
      summary={
        chart.base === undefined
          ? data.price.data
            ? `No ${token.ticker} price in this range.`
            : "Nothing is drawn: the note above says why."
          : feesMean.length > 0
            ? `${token.ticker}'s close and ${token.name}'s fees (7-day mean of daily USD fees), both rebased to 100 on ${chart.base}, the first day both exist in the range.`
            : `${token.ticker}'s close, rebased to 100 on ${chart.base}, its first day in the range. Fees are not drawn: see the note below.`
      }
      isSample={isSample}
      // Nothing to draw: the box fits the "no data" note (one line in the view, three at slide scale), no empty plot.
      {...(chart.rows.length > 0 ? { height } : {})}
      table={<RowsTable rows={chart.rows} columns={["price", "fees"]} />}
      footer={<SourceNote items={projectSources(data)} extra={flaggedNote} />}
    >
      {chart.rows.length > 0 ? (
        <TimeChart
          title={title}
          lines={chartLines}
          {...bounds(chart.rows)}
          kind="index"
          formatValue={(v) => v.toFixed(0)}
          yLabel="Index"
          log
          height={height}
        />
      ) : (
        <SeriesStatus what={`the ${token.ticker} price`} slot={data.price} />
      )}
    </ChartFrame>
  );
}

export function RowsTable({ rows, columns }: { rows: readonly Record<string, number | string | null>[]; columns: readonly string[] }) {
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

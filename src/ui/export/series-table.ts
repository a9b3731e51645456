import { type ExportTable, roundTo } from "./csv";

/** Structural: any series with a ticker, a measure and its source meta (ui imports no domain types). */
interface ExportSeries {
  id: string;
  ticker: string;
  measure: string;
  quote: string;
  meta: { sourceName: string; sourceUrl: string; asOf: string; isSample: boolean };
}

/** What the chart's values are: an index (first day = 100), a % change since the first day, or prices. */
export type ExportScale = "rebased" | "pct" | "price";

/** A column's heading says what it holds: "WLD index (first day = 100)", "WLD % change", "WLD close (USDT)". */
export function seriesColumn(s: Pick<ExportSeries, "ticker" | "measure" | "quote">, scale: ExportScale): string {
  const name = s.measure === "close" ? s.ticker : `${s.ticker} ${s.measure}`;
  if (scale === "rebased") return `${name} index (first day = 100)`;
  if (scale === "pct") return `${name} % change`;
  return `${s.ticker} ${s.measure} (${s.quote})`;
}

/**
 * Index and % values are computed from prices, which carry 4 to 8 significant digits: 4 decimals keep every digit the
 * data has and drop arithmetic noise. Prices are written as the source gave them.
 */
const DECIMALS: Record<ExportScale, number | undefined> = { rebased: 4, pct: 4, price: undefined };

/**
 * One row per day the chart covers, one column per series, as the chart shows them (index, % or price); empty where a
 * series has no value that day. The columns name what they hold, with the currency for prices.
 */
export function seriesExportTable(
  rows: readonly Record<string, unknown>[],
  series: readonly ExportSeries[],
  scale: ExportScale,
  units: string,
): ExportTable {
  const decimals = DECIMALS[scale];
  const value = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? (decimals === undefined ? v : roundTo(v, decimals)) : null);
  const first = rows[0]?.date;
  const last = rows[rows.length - 1]?.date;
  // Several as-of dates (crypto files end before the stock files): say which series each belongs to.
  const byAsOf = new Map<string, string[]>();
  const byProvider = new Map<string, string[]>();
  for (const s of series) {
    byAsOf.set(s.meta.asOf, [...(byAsOf.get(s.meta.asOf) ?? []), s.ticker]);
    byProvider.set(s.meta.sourceName, [...(byProvider.get(s.meta.sourceName) ?? []), s.ticker]);
  }
  const asOf =
    byAsOf.size <= 1
      ? ([...byAsOf.keys()][0] ?? "unknown")
      : [...byAsOf].map(([day, tickers]) => `${day} (${tickers.join(", ")})`).join("; ");
  return {
    credits: [...byProvider].map(([name, tickers]) => `${name} (${tickers.join(", ")})`),
    columns: ["date", ...series.map((s) => seriesColumn(s, scale))],
    rows: rows.map((r) => [String(r.date), ...series.map((s) => value(r[s.id]))]),
    sources: series.map((s) => `${s.ticker}: ${s.meta.sourceName}, ${s.meta.sourceUrl}`),
    asOf,
    isSample: series.some((s) => s.meta.isSample),
    range: typeof first === "string" && typeof last === "string" ? { from: first, to: last } : undefined,
    units,
  };
}

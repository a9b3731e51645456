import type { ExportTable } from "./csv";

/** Structural: any series with a ticker, a measure and its source meta (ui imports no domain types). */
interface ExportSeries {
  id: string;
  ticker: string;
  measure: string;
  quote: string;
  meta: { sourceName: string; sourceUrl: string; asOf: string; isSample: boolean };
}

/**
 * One row per day the chart covers, one column per series, as the chart shows them (index, % or price); empty where a
 * series has no value that day. The columns name the measure and currency.
 */
export function seriesExportTable(rows: readonly Record<string, unknown>[], series: readonly ExportSeries[], units: string): ExportTable {
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
    columns: ["date", ...series.map((s) => `${s.ticker} ${s.measure} ${s.quote}`)],
    rows: rows.map((r) => [String(r.date), ...series.map((s) => (typeof r[s.id] === "number" ? (r[s.id] as number) : null))]),
    sources: series.map((s) => `${s.ticker}: ${s.meta.sourceName}, ${s.meta.sourceUrl}`),
    asOf,
    isSample: series.some((s) => s.meta.isSample),
    range: typeof first === "string" && typeof last === "string" ? { from: first, to: last } : undefined,
    units,
  };
}

import { parseCsv } from "@/sources/shared/csv";
import { fetchText } from "@/sources/shared/http";
import { parseWith } from "@/sources/shared/parse";
import { type Result, fail, ok } from "@/sources/shared/result";
import { type Series, SeriesSchema } from "@/sources/shared/series";
import { SourceError } from "@/sources/shared/source-error";
import { type SampleSeriesEntry, type SampleSeriesId, sampleEntry, upstreamUrl } from "./catalog";
import { CloseRowsRaw, OpenRowsRaw } from "./schema";

export const SAMPLE_PRICES = { sourceId: "sample-prices", sourceName: "Embedded sample prices" } as const;

/** The files are static assets of the app's own origin, fetched only when a panel needs them. */
export function sampleSeriesUrl(entry: SampleSeriesEntry, base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith("/") ? base : `${base}/`}data/prices/${entry.file}`;
}

function normalise(entry: SampleSeriesEntry, rows: { date: string; value: number }[], url: string, fetchedAt: string): Series {
  const first = rows[0]?.date ?? entry.first;
  const last = rows[rows.length - 1]?.date ?? entry.last;
  return {
    id: entry.id,
    ticker: entry.ticker,
    label: entry.label,
    measure: entry.measure,
    quote: entry.quote,
    points: rows,
    meta: {
      sourceId: SAMPLE_PRICES.sourceId,
      sourceName: entry.upstream.name,
      sourceUrl: upstreamUrl(entry.upstream),
      requestUrl: url,
      asOf: last,
      range: { from: first, to: last },
      fetchedAt,
      isSample: true,
      ...(entry.note === undefined ? {} : { note: entry.note }),
    },
  };
}

/** Fetch, parse and validate one embedded series. Failures come back as values, never as throws. */
export async function fetchSampleSeries(
  id: SampleSeriesId,
  options: { signal?: AbortSignal | undefined; now?: () => Date; timeoutMs?: number } = {},
): Promise<Result<Series>> {
  const entry = sampleEntry(id);
  const url = sampleSeriesUrl(entry);
  const source = { sourceId: SAMPLE_PRICES.sourceId, sourceName: `${SAMPLE_PRICES.sourceName} (${entry.file})` };
  const text = await fetchText(source, url, {
    signal: options.signal,
    accept: "text/csv",
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  if (!text.ok) return text;
  const table = parseCsv(text.data, source, url);
  if (!table.ok) return table;

  const rows =
    entry.measure === "close" ? parseWith(CloseRowsRaw, table.data, source, url) : parseWith(OpenRowsRaw, table.data, source, url);
  if (!rows.ok) return rows;
  const points = rows.data.map((r) => ({ date: r.date, value: "close" in r ? r.close : r.open }));
  if (points.length === 0) return fail(new SourceError({ ...source, url, kind: "empty" }));

  const fetchedAt = (options.now?.() ?? new Date()).toISOString();
  // The domain schema is the contract shared with live sources: strictly increasing days, positive finite values.
  const series = parseWith(SeriesSchema, normalise(entry, points, url, fetchedAt), source, url);
  return series.ok ? ok(series.data) : series;
}

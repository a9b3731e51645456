import { parseCsv } from "@/sources/shared/csv";
import { fetchText } from "@/sources/shared/http";
import { driftFrom, parseWith } from "@/sources/shared/parse";
import { type Result, fail, ok } from "@/sources/shared/result";
import { type Series, SeriesHeadSchema } from "@/sources/shared/series";
import { SourceError } from "@/sources/shared/source-error";
import { type SampleSeriesEntry, type SampleSeriesId, sampleEntry, upstreamUrl } from "./catalog";
import { checkPricePoints, readPriceRows } from "./schema";

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

  // Checked by hand, not by a schema per row: a first visit parses thousands of rows (see ./schema.ts).
  const rows = readPriceRows(table.data, entry.measure);
  if (!rows.ok) return driftFrom(rows.issues, source, url);
  const points = rows.points;
  if (points.length === 0) return fail(new SourceError({ ...source, url, kind: "empty" }));

  const fetchedAt = (options.now?.() ?? new Date()).toISOString();
  // The domain schema is the contract shared with live sources: strictly increasing days, positive finite values. The
  // points are held to it by hand, the rest by the schema.
  const series = normalise(entry, points, url, fetchedAt);
  const pointIssues = checkPricePoints(points);
  if (pointIssues.length > 0) return driftFrom(pointIssues, source, url);
  const head = parseWith(SeriesHeadSchema, series, source, url);
  return head.ok ? ok({ ...head.data, points }) : head;
}

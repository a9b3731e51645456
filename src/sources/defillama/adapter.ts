import { type IsoDay, addDays } from "@/analytics";
import { fetchJson } from "@/sources/shared/http";
import { parseWith } from "@/sources/shared/parse";
import { type Result, fail } from "@/sources/shared/result";
import { type Series, SeriesSchema } from "@/sources/shared/series";
import { SourceError } from "@/sources/shared/source-error";
import { DAY_MS, dayCount, dayStartMs, earlierDay, isoDayOf, lastCompleteDay } from "@/sources/shared/days";
import { LlamaChartRaw } from "./schema";
import { DEFILLAMA } from "./source";

export { DEFILLAMA };

/** Keyless; the fallback when CoinGecko fails or limits. */
export const DEFILLAMA_COINS_BASE = "https://coins.llama.fi";
export const DEFILLAMA_DOCS_URL = "https://defillama.com/docs/api";

/**
 * The chart endpoint refuses a call asking for more than 500 points (coins × timestamps: MAX_RECORDS in the coins
 * chart handler of github.com/DefiLlama/defillama-server), so longer ranges go out as calls of at most a year each.
 */
export const DEFILLAMA_MAX_SPAN = 365;

export const llamaCoinKey = (coingeckoId: string): string => `coingecko:${coingeckoId}`;

/** `span` daily points from `startSec` (unix seconds), one coin, DefiLlama's CoinGecko-id namespace. */
export function llamaChartUrl(coingeckoId: string, startSec: number, span: number): string {
  const query = new URLSearchParams({ start: String(startSec), span: String(span), period: "1d" });
  return `${DEFILLAMA_COINS_BASE}/chart/${llamaCoinKey(encodeURIComponent(coingeckoId))}?${query.toString()}`;
}

/**
 * What a DefiLlama daily point is. For each requested timestamp the API returns its stored price record nearest to it,
 * within a search width that defaults to 10% of the period (2.4 h for `period=1d`), and reports that record's own
 * timestamp. We request the 00:00 UTC instants after each day, so the record nearest D+1 00:00 is D's close: the same
 * convention as the CoinGecko adapter, so the two sources line up when one stands in for the other.
 */
export const closingDayOfRecord = (timestampSec: number): IsoDay => isoDayOf(Math.round((timestampSec * 1000) / DAY_MS) * DAY_MS - DAY_MS);

export interface LlamaSeriesRequest {
  coingeckoId: string;
  seriesId: string;
  ticker: string;
  label: string;
  from: IsoDay;
  to: IsoDay;
  signal?: AbortSignal | undefined;
  now?: () => Date;
  timeoutMs?: number;
}

interface Chunk {
  startSec: number;
  span: number;
  url: string;
}

/** Consecutive calls of at most DEFILLAMA_MAX_SPAN days covering from..to. */
function chunksFor(coingeckoId: string, from: IsoDay, to: IsoDay): Chunk[] {
  const chunks: Chunk[] = [];
  for (let day = from; day <= to; day = addDays(day, DEFILLAMA_MAX_SPAN)) {
    const span = Math.min(DEFILLAMA_MAX_SPAN, dayCount(day, to));
    const startSec = dayStartMs(addDays(day, 1)) / 1000;
    chunks.push({ startSec, span, url: llamaChartUrl(coingeckoId, startSec, span) });
  }
  return chunks;
}

/** One daily USD series from DefiLlama, validated like every other source; failures come back as values. */
export async function fetchLlamaSeries(request: LlamaSeriesRequest): Promise<Result<Series>> {
  const now = request.now?.() ?? new Date();
  const latest = lastCompleteDay(now);
  const to = earlierDay(request.to, latest);
  const key = llamaCoinKey(request.coingeckoId);
  const chunks = chunksFor(request.coingeckoId, request.from, to);
  const firstUrl = chunks[0]?.url ?? llamaChartUrl(request.coingeckoId, dayStartMs(addDays(request.from, 1)) / 1000, 1);
  const empty = (detail: string) => fail<Series>(new SourceError({ ...DEFILLAMA, url: firstUrl, kind: "empty", detail }));
  if (request.from > request.to) return empty(`the range ${request.from}..${request.to} is reversed`);
  if (request.from > to) return empty(`no day of ${request.from}..${request.to} is complete yet`);

  const closes = new Map<IsoDay, number>();
  for (const chunk of chunks) {
    const raw = await fetchJson(DEFILLAMA, chunk.url, LlamaChartRaw, {
      signal: request.signal,
      ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
    });
    if (!raw.ok) return raw;
    for (const { timestamp, price } of raw.data.coins[key]?.prices ?? []) {
      const day = closingDayOfRecord(timestamp);
      if (Number.isFinite(price) && price > 0 && day >= request.from && day <= to) closes.set(day, price);
    }
  }
  const points = [...closes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, value]) => ({ date, value }));
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return empty(`DefiLlama has no prices for ${key} between ${request.from} and ${to}`);

  const notes = [
    `Daily close in USD = DefiLlama's aggregated price for ${key} at the record nearest 00:00 UTC after each day ` +
      "(within 2.4 h, DefiLlama's default search width for daily points).",
    chunks.length > 1 ? `Fetched in ${chunks.length} calls of up to ${DEFILLAMA_MAX_SPAN} days.` : "",
    to === request.to ? "" : `Days after ${latest} are not complete yet and are left out.`,
  ];
  const series: Series = {
    id: request.seriesId,
    ticker: request.ticker,
    label: request.label,
    measure: "close",
    quote: "USD",
    points,
    meta: {
      ...DEFILLAMA,
      sourceUrl: DEFILLAMA_DOCS_URL,
      requestUrl: firstUrl,
      asOf: last.date,
      range: { from: first.date, to: last.date },
      fetchedAt: now.toISOString(),
      isSample: false,
      note: notes.filter((n) => n !== "").join(" "),
    },
  };
  return parseWith(SeriesSchema, series, DEFILLAMA, firstUrl);
}

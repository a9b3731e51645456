import type { z } from "@/content/zod";
import { fetchJson } from "@/sources/shared/http";
import { parseWith } from "@/sources/shared/parse";
import { type Result, fail, ok } from "@/sources/shared/result";
import { type Series, SeriesSchema, SourceMetaSchema } from "@/sources/shared/series";
import { SourceError } from "@/sources/shared/source-error";
import { type IsoDay, addDays } from "@/analytics";
import { DAY_MS, dayStartMs, isoDayOf, lastCompleteDay } from "@/sources/shared/days";
import { dailyCloses } from "./daily";
import type { CoinSupply, MarketChart } from "./output";
import { COINGECKO, COINGECKO_HISTORY_DAYS, coingeckoBudget, hasApiKey } from "./limits";
import { CoinRaw, MarketChartRaw } from "./schema";

export { COINGECKO, COINGECKO_HISTORY_DAYS, coingeckoBudget, hasApiKey };

/**
 * The keyless API and the Demo plan share this root; a Demo key travels in the `x-cg-demo-api-key` header, which the
 * docs recommend over the query-string form (https://docs.coingecko.com/v3.0.1/reference/authentication).
 */
export const COINGECKO_API_BASE = "https://api.coingecko.com/api/v3";
export const COINGECKO_KEY_HEADER = "x-cg-demo-api-key";

export const coinPageUrl = (coingeckoId: string): string => `https://www.coingecko.com/en/coins/${encodeURIComponent(coingeckoId)}`;

/** `from` and `to` in unix seconds, as the endpoint takes them. */
export function marketChartUrl(coingeckoId: string, fromSec: number, toSec: number): string {
  const query = new URLSearchParams({ vs_currency: "usd", from: String(fromSec), to: String(toSec) });
  return `${COINGECKO_API_BASE}/coins/${encodeURIComponent(coingeckoId)}/market_chart/range?${query.toString()}`;
}

export interface CoingeckoCallOptions {
  /** A Demo key the user entered; absent or blank means the keyless API. */
  apiKey?: string | undefined;
  signal?: AbortSignal | undefined;
  now?: () => Date;
  timeoutMs?: number;
}

export interface MarketChartRequest extends CoingeckoCallOptions {
  coingeckoId: string;
  seriesId: string;
  ticker: string;
  label: string;
  from: IsoDay;
  to: IsoDay;
}

/** One budgeted GET; a request cancelled while it queued never leaves the browser. */
function budgetedJson<S extends z.ZodMiniType>(url: string, schema: S, options: CoingeckoCallOptions): Promise<Result<z.output<S>>> {
  return coingeckoBudget.schedule(async () => {
    options.signal?.throwIfAborted();
    return fetchJson(COINGECKO, url, schema, {
      signal: options.signal,
      ...(hasApiKey(options.apiKey) ? { headers: { [COINGECKO_KEY_HEADER]: options.apiKey.trim() } } : {}),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
  });
}

const CLOSE_RULE =
  "Daily close in USD = CoinGecko's aggregated price at the end of each UTC day. For ranges over 90 days CoinGecko " +
  "returns one snapshot a day at 00:00 UTC, which closes the day before; for shorter ranges the last hourly point of the day is used.";

type ChartKind = keyof MarketChart;

const CHART_KINDS: Record<ChartKind, { suffix: string; label: string; what: string; note: string }> = {
  price: { suffix: "", label: "", what: "prices", note: CLOSE_RULE },
  marketCap: {
    suffix: "-market-cap",
    label: " market cap",
    what: "market caps",
    note: "Market cap in USD at the same end-of-day snapshot as the close (CoinGecko's circulating supply times price).",
  },
  volume: {
    suffix: "-volume",
    label: " 24h volume",
    what: "volumes",
    note: "Trading volume in USD over the 24 hours ending at the same end-of-day snapshot as the close.",
  },
};

interface Window {
  from: IsoDay;
  to: IsoDay;
  note: string;
}

/** The part of [from, to] the public API can answer at `now`, and a sentence saying what was cut. */
function reachableWindow(from: IsoDay, to: IsoDay, now: Date): Window {
  const earliest = addDays(isoDayOf(now.getTime() - COINGECKO_HISTORY_DAYS * DAY_MS), 1);
  const latest = lastCompleteDay(now);
  const window = { from: from < earliest ? earliest : from, to: to > latest ? latest : to };
  const cut = [
    window.from === from
      ? `CoinGecko's keyless and Demo API serve only the past ${COINGECKO_HISTORY_DAYS} days.`
      : `CoinGecko's keyless and Demo API serve only the past ${COINGECKO_HISTORY_DAYS} days, so the range starts ${window.from}, not ${from}.`,
    window.to === to ? "" : ` Days after ${latest} are not complete yet and are left out.`,
  ];
  return { ...window, note: cut.join("") };
}

/**
 * Daily price, market cap and 24 h volume for one coin, each a validated `Series` with its provenance.
 * The range is clamped to what the public API serves (the past 365 days, complete days only) and the note says so.
 */
export async function fetchMarketChart(request: MarketChartRequest): Promise<Result<MarketChart>> {
  const now = request.now?.() ?? new Date();
  const window = reachableWindow(request.from, request.to, now);
  // From 00:00 of the first day to 00:00 after the last: the snapshot that closes `to` is stamped the next midnight.
  const url = marketChartUrl(request.coingeckoId, dayStartMs(window.from) / 1000, dayStartMs(addDays(window.to, 1)) / 1000);
  const empty = <T>(detail: string) => fail<T>(new SourceError({ ...COINGECKO, url, kind: "empty", detail }));
  if (request.from > request.to) return empty(`the range ${request.from}..${request.to} is reversed`);
  if (window.from > window.to)
    return empty(`${request.from}..${request.to} is outside what the API serves at ${isoDayOf(now.getTime())}. ${window.note}`);

  const raw = await budgetedJson(url, MarketChartRaw, request);
  if (!raw.ok) return raw;
  if (raw.data.prices.length === 0) return empty("the prices array is empty");

  const fetchedAt = now.toISOString();
  const build = (kind: ChartKind, pairs: [number, number][]): Result<Series> => {
    const { suffix, label, what, note } = CHART_KINDS[kind];
    const points = dailyCloses(pairs, window.from, window.to);
    const first = points[0];
    const last = points[points.length - 1];
    if (first === undefined || last === undefined) return empty(`no positive ${what} between ${window.from} and ${window.to}`);
    const series: Series = {
      id: `${request.seriesId}${suffix}`,
      ticker: request.ticker,
      label: `${request.label}${label}`,
      measure: "close",
      quote: "USD",
      points,
      meta: {
        ...COINGECKO,
        sourceUrl: coinPageUrl(request.coingeckoId),
        requestUrl: url,
        asOf: last.date,
        range: { from: first.date, to: last.date },
        fetchedAt,
        isSample: false,
        note: `${note} ${window.note}`,
      },
    };
    return parseWith(SeriesSchema, series, COINGECKO, url);
  };

  const price = build("price", raw.data.prices);
  if (!price.ok) return price;
  const marketCap = build("marketCap", raw.data.market_caps);
  if (!marketCap.ok) return marketCap;
  const volume = build("volume", raw.data.total_volumes);
  if (!volume.ok) return volume;
  return ok({ price: price.data, marketCap: marketCap.data, volume: volume.data });
}

export function coinUrl(coingeckoId: string): string {
  const query = new URLSearchParams({
    localization: "false",
    tickers: "false",
    market_data: "true",
    community_data: "false",
    developer_data: "false",
    sparkline: "false",
  });
  return `${COINGECKO_API_BASE}/coins/${encodeURIComponent(coingeckoId)}?${query.toString()}`;
}

const positiveOrNull = (v: number | null | undefined) => (v !== null && v !== undefined && Number.isFinite(v) && v > 0 ? v : null);

export async function fetchCoinSupply(coingeckoId: string, options: CoingeckoCallOptions = {}): Promise<Result<CoinSupply>> {
  const url = coinUrl(coingeckoId);
  const raw = await budgetedJson(url, CoinRaw, options);
  if (!raw.ok) return raw;
  const m = raw.data.market_data;
  const max = positiveOrNull(m.max_supply);
  const total = positiveOrNull(m.total_supply);
  const circulating = positiveOrNull(m.circulating_supply);
  if (max === null && total === null && circulating === null) {
    return fail(new SourceError({ ...COINGECKO, url, kind: "empty", detail: `no supply figures for ${coingeckoId}` }));
  }
  const now = options.now?.() ?? new Date();
  const updatedMs = raw.data.last_updated ? Date.parse(raw.data.last_updated) : Number.NaN;
  const asOf = Number.isNaN(updatedMs) ? isoDayOf(now.getTime()) : isoDayOf(updatedMs);
  const dilutedBasis = max !== null ? "max supply" : total !== null ? "total supply" : null;
  const meta = parseWith(
    SourceMetaSchema,
    {
      ...COINGECKO,
      sourceUrl: coinPageUrl(coingeckoId),
      requestUrl: url,
      asOf,
      range: { from: asOf, to: asOf },
      fetchedAt: now.toISOString(),
      isSample: false,
      note:
        dilutedBasis === null
          ? "CoinGecko gives neither a maximum nor a total supply: no fully diluted value can be computed."
          : `Supply as CoinGecko reports it on ${asOf}; a fully diluted value over time multiplies each day's price by today's ${dilutedBasis}, so it assumes that supply applied throughout.`,
    },
    COINGECKO,
    url,
  );
  if (!meta.ok) return meta;
  return ok({
    coingeckoId,
    circulating,
    total,
    max,
    fdvUsd: positiveOrNull(m.fully_diluted_valuation?.usd),
    marketCapUsd: positiveOrNull(m.market_cap.usd),
    dilutedSupply: max ?? total,
    dilutedBasis,
    meta: meta.data,
  });
}

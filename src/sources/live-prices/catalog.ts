import type { SeriesId } from "@/content/series";
import { COINGECKO_HISTORY_DAYS } from "@/sources/coingecko";
/**
 * Which embedded series have a live counterpart, and under which CoinGecko id (DefiLlama uses the same id as
 * `coingecko:<id>`). Stocks have no keyless browser-callable API, and the historical-only files (RNDR's Yahoo series,
 * TAO's Yahoo opens) have no live equivalent: they stay sample, marked as such.
 */
export const LIVE_COINGECKO_IDS = {
  btc: "bitcoin",
  eth: "ethereum",
  wld: "worldcoin-wld",
  fet: "fetch-ai",
  agix: "singularitynet",
  ocean: "ocean-protocol",
  render: "render-token",
  tao: "bittensor",
  fil: "filecoin",
  ar: "arweave",
  grt: "the-graph",
  near: "near",
  icp: "internet-computer",
} as const satisfies Partial<Record<SeriesId, string>>;

/** A price series with a live counterpart. */
export type LiveSeriesId = keyof typeof LIVE_COINGECKO_IDS;

export function hasLiveSource(seriesId: string): seriesId is LiveSeriesId {
  return Object.hasOwn(LIVE_COINGECKO_IDS, seriesId);
}

/** The public CoinGecko API serves the past 365 days of history; live charts cover that year. */
export const LIVE_HISTORY_DAYS = COINGECKO_HISTORY_DAYS;

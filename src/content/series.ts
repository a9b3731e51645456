/**
 * The price series Mirage follows, and what each one is: a crypto token, a stock or an index. This is the one list
 * of series ids: the sample catalog (sources) says where each one's data comes from, the URL schema (state) which
 * ids a link may name, and code that must treat stocks differently (trading days only, later data) asks `kind`
 * rather than testing ids. Order: the AI tokens as the narrative lists them, then the benchmarks.
 */
export type SeriesKind = "token" | "stock" | "index";

export const SERIES_KINDS = {
  wld: "token",
  fet: "token",
  rndr: "token",
  render: "token",
  tao: "token",
  "tao-open": "token",
  fil: "token",
  ar: "token",
  grt: "token",
  near: "token",
  icp: "token",
  agix: "token",
  ocean: "token",
  btc: "token",
  eth: "token",
  nvda: "stock",
  msft: "stock",
} as const satisfies Record<string, SeriesKind>;

export type SeriesId = keyof typeof SERIES_KINDS;
export const SERIES_IDS = Object.keys(SERIES_KINDS) as SeriesId[];

/** A series' kind, or undefined for an id that is not a price series (a usage series, a typo). */
export function seriesKind(id: string): SeriesKind | undefined {
  return Object.hasOwn(SERIES_KINDS, id) ? SERIES_KINDS[id as SeriesId] : undefined;
}

/** Stocks and indices trade on exchange days only: their lines join one trading day to the next, and end later. */
export function tradesOnExchangeDays(id: string): boolean {
  const kind = seriesKind(id);
  return kind === "stock" || kind === "index";
}

/** The benchmarks the AI tokens are compared with: the narrative's benchmark group and the checks' comparisons. */
export const BENCHMARK_IDS = ["btc", "eth", "nvda", "msft"] as const satisfies readonly SeriesId[];

/**
 * Networks with daily fees (series `fees:<id>`): the report's projects and peers DefiLlama has fees for. Where each
 * one's numbers come from (slug, adapter, bounds) is in sources/defillama-fees/protocols.ts, keyed by these ids.
 */
export const FEES_NETWORK_IDS = ["akt", "render", "fil", "ar", "grt", "lpt", "ath", "icp", "near"] as const;
export type FeesNetworkId = (typeof FEES_NETWORK_IDS)[number];

/**
 * Tokens with market data (series `mcap:<id>`, `fdv:<id>`, `price:<id>`): every price series of a token (TAO's opens
 * are the same coin as `tao`) and every fee network.
 */
export type ValuedTokenId =
  | Exclude<{ [K in SeriesId]: (typeof SERIES_KINDS)[K] extends "token" ? K : never }[SeriesId], "tao-open">
  | FeesNetworkId;
export type DemandMeasure = "mcap" | "fdv" | "price";
/** A demand series: fees per network, or a token's market cap, fully diluted value or USD price. */
export type DemandSeriesId = `fees:${FeesNetworkId}` | `${DemandMeasure}:${ValuedTokenId}`;

/**
 * Usage series: counts and flows of a network or a hub (Akash Console API metrics; Hugging Face and Bittensor counts,
 * which no source provides yet, so their checks say "no data").
 */
export const USAGE_SERIES_IDS = [
  "akash-active-leases",
  "akash-leased-gpus",
  "akash-daily-spend-usd",
  "akash-available-gpus",
  "hf-model-count",
  "hf-dataset-count",
  "bittensor-subnet-count",
] as const;
export type UsageSeriesId = (typeof USAGE_SERIES_IDS)[number];

/** Every series a panel or a claim check may ask for by id. A typo in an id fails the type check. */
export type AnySeriesId = SeriesId | DemandSeriesId | UsageSeriesId;

const DEMAND_ID = /^(fees|mcap|fdv|price):([a-z0-9-]+)$/;
const FEES_SET = new Set<string>(FEES_NETWORK_IDS);
const isValuedToken = (token: string) => FEES_SET.has(token) || (seriesKind(token) === "token" && token !== "tao-open");

/** `fees:akt` → fees of Akash; `mcap:tao`, `fdv:wld`, `price:akt` → that token's market data; else undefined. */
export function parseDemandId(
  id: string,
): { kind: "fees"; token: FeesNetworkId } | { kind: DemandMeasure; token: ValuedTokenId } | undefined {
  const m = DEMAND_ID.exec(id);
  const kind = m?.[1];
  const token = m?.[2] ?? "";
  if (kind === "fees") return FEES_SET.has(token) ? { kind, token: token as FeesNetworkId } : undefined;
  if (kind === "mcap" || kind === "fdv" || kind === "price")
    return isValuedToken(token) ? { kind, token: token as ValuedTokenId } : undefined;
  return undefined;
}

export const isPriceSeriesId = (id: string): id is SeriesId => seriesKind(id) !== undefined;
export const isDemandSeriesId = (id: string): id is DemandSeriesId => parseDemandId(id) !== undefined;

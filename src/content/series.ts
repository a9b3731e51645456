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

import { SERIES_KINDS, type SeriesId, type SeriesKind } from "@/content/series";
/**
 * The embedded sample series: real daily data copied from public repositories (see public/data/prices/PROVENANCE.md).
 * Each entry says what the numbers are (close or open, USDT or USD, venue) so the screen can say it too. Render and
 * TAO are deliberately two entries each: different venues and measures are never spliced into one line.
 */
/** The catalog covers content's series list (content/series.ts owns the ids and what each one is). */
export type SampleSeriesId = SeriesId;

export interface Upstream {
  /** Human name of where the numbers come from. */
  name: string;
  repo: string;
  commit: string;
  path: string;
  licence: string;
}

export interface SampleSeriesEntry {
  id: SampleSeriesId;
  ticker: string;
  label: string;
  file: string;
  measure: "close" | "open";
  quote: "USD" | "USDT";
  /** Token, stock or index: from content/series.ts, never restated here. */
  kind: SeriesKind;
  /** First and last day in the file; content tests check these against the files. */
  first: string;
  last: string;
  upstream: Upstream;
  note?: string;
}

const MARK6: Omit<Upstream, "path"> = {
  name: "Binance spot, hourly closes, via RobBudaghyan/mark6",
  repo: "RobBudaghyan/mark6",
  commit: "0af2c2b2ccfd7d0a9323c42fae8a15dc39aec2ce",
  licence: "none stated",
};
const BINANCE_STRATEGY: Omit<Upstream, "path"> = {
  name: "Binance spot, hourly closes, via misrori/binance_startegy",
  repo: "misrori/binance_startegy",
  commit: "dbfa7fe7fdd3ffeb898a7e34030bb2811d04e451",
  licence: "none stated",
};
const MARKET_BASE: Omit<Upstream, "path"> = {
  name: "Interactive Brokers daily bars, via heliar-k/market-base",
  repo: "heliar-k/market-base",
  commit: "ea74518ee9fe9db8136ddcf28a3fe96894aab061",
  licence: "none stated",
};

type CatalogEntry = Omit<SampleSeriesEntry, "kind">;

const binance = (id: SampleSeriesId, ticker: string, label: string, first: string, last: string, note?: string): CatalogEntry => ({
  id,
  ticker,
  label,
  file: `${ticker}.csv`,
  measure: "close",
  quote: "USDT",
  first,
  last,
  upstream: { ...MARK6, path: `data/${ticker}USDT.csv` },
  ...(note === undefined ? {} : { note }),
});

const CLOSE_RULE = "Daily close = last hourly Binance close of the UTC day, quoted in USDT.";

const ENTRIES: readonly CatalogEntry[] = [
  binance("btc", "BTC", "Bitcoin", "2021-01-01", "2025-06-12", CLOSE_RULE),
  binance("eth", "ETH", "Ether", "2021-01-01", "2025-06-12", CLOSE_RULE),
  {
    id: "nvda",
    ticker: "NVDA",
    label: "Nvidia",
    file: "NVDA.csv",
    measure: "close",
    quote: "USD",
    first: "2016-06-28",
    last: "2026-08-21",
    upstream: { ...MARKET_BASE, path: "data/stocks/NVDA.csv" },
    note: "NYSE trading days only; split-adjusted for the 2021 4:1 and 2024 10:1 splits; not dividend-adjusted.",
  },
  {
    id: "msft",
    ticker: "MSFT",
    label: "Microsoft",
    file: "MSFT.csv",
    measure: "close",
    quote: "USD",
    first: "2016-06-27",
    last: "2026-08-21",
    upstream: { ...MARKET_BASE, path: "data/stocks/MSFT.csv" },
    note: "NYSE trading days only; not dividend-adjusted.",
  },
  binance("wld", "WLD", "Worldcoin", "2023-07-24", "2025-06-12", `${CLOSE_RULE} Trading began 2023-07-24.`),
  binance("fet", "FET", "Fetch.ai (ASI)", "2021-01-01", "2025-06-12", `${CLOSE_RULE} FET became the ASI Alliance token from July 2024.`),
  {
    ...binance("agix", "AGIX", "SingularityNET", "2023-02-17", "2023-12-29"),
    upstream: { ...BINANCE_STRATEGY, path: "data/AGIXUSDT_1h.csv" },
    note: `${CLOSE_RULE} The file ends 2023-12-29: no public daily series for 2024 was found, so nothing is drawn after it.`,
  },
  {
    ...binance("ocean", "OCEAN", "Ocean Protocol", "2021-04-05", "2023-12-29"),
    upstream: { ...BINANCE_STRATEGY, path: "data/OCEANUSDT_1h.csv" },
    note: `${CLOSE_RULE} The file ends 2023-12-29: no public daily series for 2024 was found, so nothing is drawn after it.`,
  },
  {
    id: "rndr",
    ticker: "RNDR",
    label: "Render (RNDR, Yahoo USD)",
    file: "RNDR.csv",
    measure: "close",
    quote: "USD",
    first: "2021-07-15",
    last: "2024-07-13",
    upstream: {
      name: "Yahoo Finance RNDR-USD, via 01zhas/FinLogic",
      repo: "01zhas/FinLogic",
      commit: "19d70e2bb2b0d53545980e483aa990030787c3bd",
      path: "data/RNDR-USD.csv",
      licence: "none stated",
    },
    note: "Yahoo Finance daily close in USD, before the RENDER ticker. No data 2024-07-14..07-25; the gap is left open.",
  },
  binance(
    "render",
    "RENDER",
    "Render (RENDER, Binance USDT)",
    "2024-07-26",
    "2025-06-12",
    `${CLOSE_RULE} Starts when Binance switched the ticker from RNDR to RENDER; earlier Render prices are the Yahoo RNDR series.`,
  ),
  binance("tao", "TAO", "Bittensor", "2024-04-11", "2025-06-12", `${CLOSE_RULE} Binance listing 2024-04-11; no earlier close.`),
  {
    id: "tao-open",
    ticker: "TAO",
    label: "Bittensor (daily open, Yahoo USD)",
    file: "TAO_yahoo_open.csv",
    measure: "open",
    quote: "USD",
    first: "2023-03-06",
    last: "2025-01-16",
    upstream: {
      name: "Yahoo Finance TAO22974-USD daily opens, via MiM0ulay/assets_risk_metrics",
      repo: "MiM0ulay/assets_risk_metrics",
      commit: "08346dafee81716bbaf4cfd33d73caa8756dd610",
      path: "data/TAO22974-USD.csv",
      licence: "MIT",
    },
    note: "Daily OPENS, not closes (the only public TAO series before its Binance listing); 2025-01-15 is missing.",
  },
  binance("fil", "FIL", "Filecoin", "2021-01-01", "2025-06-12", CLOSE_RULE),
  binance("ar", "AR", "Arweave", "2021-05-14", "2025-06-12", CLOSE_RULE),
  binance("grt", "GRT", "The Graph", "2021-01-01", "2025-06-12", CLOSE_RULE),
  binance("near", "NEAR", "NEAR Protocol", "2021-01-01", "2025-06-12", CLOSE_RULE),
  binance("icp", "ICP", "Internet Computer", "2021-05-11", "2025-06-12", CLOSE_RULE),
];

export const sampleCatalog: readonly SampleSeriesEntry[] = ENTRIES.map((entry) => ({ ...entry, kind: SERIES_KINDS[entry.id] }));

const byId = new Map(sampleCatalog.map((entry) => [entry.id, entry]));

export function sampleEntry(id: SampleSeriesId): SampleSeriesEntry {
  const entry = byId.get(id);
  if (entry === undefined) throw new Error(`unknown sample series ${id}`);
  return entry;
}

export function isSampleSeriesId(id: string): id is SampleSeriesId {
  return byId.has(id as SampleSeriesId);
}

export function upstreamUrl(u: Upstream): string {
  return `https://github.com/${u.repo}/blob/${u.commit}/${u.path}`;
}

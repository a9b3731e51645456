import type { FeesNetworkId } from "@/content/series";

/** The source, named in errors and meta; here rather than in the adapter, which loads only with a live request. */
export const DEFILLAMA_FEES = { sourceId: "defillama-fees", sourceName: "DefiLlama fees API" } as const;

/**
 * The report's projects and peers that DefiLlama's fees dashboard covers, each with the `summary/fees` slug, the
 * dimension-adapters file that produces the numbers, and the CoinGecko id of its token. Evidence for each entry is in
 * README.md. Bittensor (only the subnet app `fees/chutes-ai.ts`), io.net, Grass, Worldcoin, Golem, Theta, Nosana,
 * iExec, Storj, Sia, Vana, Ocean and Fetch.ai have no fees adapter in DefiLlama/dimension-adapters (commit e7346b0e,
 * 2026-08-22: no `fees/bittensor*`, `fees/io*net*`, `fees/grass*` file), so they are not listed.
 */
export interface FeesProtocol {
  /** Our id (content/series.ts owns the list): used in series ids (`fees:<id>`), snapshot files and the URL. */
  id: FeesNetworkId;
  name: string;
  /** The slug `api.llama.fi/summary/fees/{slug}` answers to. */
  slug: string;
  ticker: string;
  coingeckoId: string;
  /** The dimension-adapters file behind the numbers. */
  adapter: string;
  /**
   * Largest plausible day of fees in USD. A day above it is flagged and left out of the series, not drawn: a decimal
   * or unit slip in an adapter shows up as a spike of several orders of magnitude.
   */
  maxDailyUsd: number;
  /** What DefiLlama counts as fees for this network, in words. */
  what: string;
  /**
   * Whether a source outside this workspace showed `summary/fees/{slug}` (or the listing's page) answering with fees.
   * False: the adapter file exists but the slug is our reading of the listing's name, unconfirmed (no network here);
   * a 400 from DefiLlama then says so in the panel. README.md gives the evidence for each.
   */
  slugConfirmed: boolean;
}

export const FEES_PROTOCOLS: readonly FeesProtocol[] = [
  {
    id: "akt",
    name: "Akash",
    slug: "akash",
    ticker: "AKT",
    coingeckoId: "akash-network",
    adapter: "fees/akash-network/index.ts",
    slugConfirmed: true,
    maxDailyUsd: 5_000_000,
    what: "Lease payments in AKT and USDC (read by DefiLlama from the Akash Console API's dailyUAktSpent and dailyUUsdcSpent).",
  },
  {
    id: "render",
    name: "Render",
    slug: "render-network-bme",
    ticker: "RENDER",
    coingeckoId: "render-token",
    adapter: "fees/render-network.ts",
    slugConfirmed: true,
    maxDailyUsd: 10_000_000,
    what: "Gross job payments under Burn-Mint Equilibrium, from RENDER burns on Solana ÷ 0.95; Ethereum RNDR before the 2023-11 migration is not counted.",
  },
  {
    id: "fil",
    name: "Filecoin",
    slug: "filecoin",
    ticker: "FIL",
    coingeckoId: "filecoin",
    adapter: "fees/filecoin.ts",
    slugConfirmed: false,
    maxDailyUsd: 50_000_000,
    what: "Network fees (base-fee burn and related charges) from Spacescope's daily fee breakdown, valued in USD.",
  },
  {
    id: "ar",
    name: "Arweave",
    slug: "arweave",
    ticker: "AR",
    coingeckoId: "arweave",
    adapter: "fees/arweave/index.ts",
    slugConfirmed: false,
    maxDailyUsd: 10_000_000,
    what: "Transaction (storage) fees paid in AR, from ViewBlock's txFees chart, valued in USD.",
  },
  {
    id: "grt",
    name: "The Graph",
    slug: "the-graph",
    ticker: "GRT",
    coingeckoId: "the-graph",
    adapter: "fees/thegraph.ts",
    slugConfirmed: false,
    maxDailyUsd: 10_000_000,
    what: "Query fees paid for subgraph queries (Ethereum, then Arbitrum after the migration).",
  },
  {
    id: "lpt",
    name: "Livepeer",
    slug: "livepeer",
    ticker: "LPT",
    coingeckoId: "livepeer",
    adapter: "fees/livepeer/index.ts",
    slugConfirmed: false,
    maxDailyUsd: 5_000_000,
    what: "Fees paid by broadcasters (ticket redemptions on Arbitrum, in ETH), valued in USD.",
  },
  {
    id: "ath",
    name: "Aethir",
    slug: "aethir",
    ticker: "ATH",
    coingeckoId: "aethir",
    adapter: "fees/aethir/index.ts",
    slugConfirmed: true,
    maxDailyUsd: 10_000_000,
    what: "Service fees deposited by developers for GPU services, net of withdrawals (so a day can be negative).",
  },
  {
    id: "icp",
    name: "Internet Computer",
    slug: "icp",
    ticker: "ICP",
    coingeckoId: "internet-computer",
    adapter: "fees/icp.ts",
    slugConfirmed: false,
    maxDailyUsd: 10_000_000,
    what: "Cycles burned for computation and storage on the Internet Computer, valued in USD.",
  },
  {
    id: "near",
    name: "NEAR Protocol",
    slug: "near",
    ticker: "NEAR",
    coingeckoId: "near",
    adapter: "fees/near/index.ts",
    slugConfirmed: false,
    maxDailyUsd: 10_000_000,
    what: "Transaction fees (gas) on NEAR, valued in USD.",
  },
];

export const FEES_PROTOCOL_IDS = FEES_PROTOCOLS.map((p) => p.id);

export function feesProtocol(id: string): FeesProtocol | undefined {
  return FEES_PROTOCOLS.find((p) => p.id === id);
}

import type { Project } from "../schema";
import { ASI_MERGER } from "./asi-merger";

/** Peers not in the report: Data. */
export const dataPeers: readonly Project[] = [
  {
    id: "ocean-protocol",
    name: "Ocean Protocol",
    stage: "data",
    inReport: false,
    ticker: "OCEAN",
    coingeckoId: "ocean-protocol",
    coingeckoIdConfirmed: true,
    what: "A marketplace and toolkit for publishing, pricing and accessing datasets and data services on-chain.",
    reportView:
      "Not in the report; a peer in data because it is the best-known attempt at the decentralized data marketplace the report says would have to rebuild interfaces, integrity checks and incentives itself.",
    tokenNote: `${ASI_MERGER} Ocean later left the alliance (reported Oct 2025, unconfirmed); post-merger OCEAN series are thin or delisted.`,
    homepage: "https://oceanprotocol.com",
  },
  {
    id: "the-graph",
    name: "The Graph",
    stage: "data",
    inReport: false,
    ticker: "GRT",
    coingeckoId: "the-graph",
    coingeckoIdConfirmed: true,
    what: "An indexing protocol that organises blockchain data into queryable subgraphs served by paid indexers.",
    reportView:
      "Not in the report; a peer in data because it packages the historical chain data the report calls a rich new source for models.",
    homepage: "https://thegraph.com",
  },
  {
    id: "storj",
    name: "Storj",
    stage: "data",
    inReport: false,
    ticker: "STORJ",
    coingeckoId: "storj",
    coingeckoIdConfirmed: true,
    what: "S3-compatible object storage spread across independent node operators who are paid in STORJ.",
    reportView:
      "Not in the report; a peer in data because it is decentralized storage facing the same compliance, residency and migration hurdles the report raises for Filecoin and Arweave.",
    homepage: "https://www.storj.io",
  },
  {
    id: "sia",
    name: "Sia",
    stage: "data",
    inReport: false,
    ticker: "SC",
    coingeckoId: "siacoin",
    coingeckoIdConfirmed: true,
    what: "A decentralized storage network where renters and hosts strike storage contracts paid in siacoin.",
    reportView:
      "Not in the report; a peer in data because it is another decentralized storage market competing on price with clouds, the comparison the report says misses the bigger costs.",
    homepage: "https://sia.tech",
  },
  {
    id: "vana",
    name: "Vana",
    stage: "data",
    inReport: false,
    ticker: "VANA",
    coingeckoId: "vana",
    coingeckoIdConfirmed: false,
    what: "A network for user-owned data, where people pool personal data into data DAOs that license it for AI training.",
    reportView:
      "Not in the report; a peer in data because it uses token incentives to create and license new datasets, the opportunity the report sees for crypto in this stage.",
    tokenNote: "No token at the report's date; VANA only launched in late 2024 (unconfirmed).",
    homepage: "https://www.vana.org",
  },
  {
    id: "arkham",
    name: "Arkham",
    stage: "data",
    inReport: false,
    ticker: "ARKM",
    coingeckoId: "arkham",
    coingeckoIdConfirmed: false,
    what: "An on-chain intelligence platform that uses AI to label wallets and entities and sells access to the analysis.",
    reportView:
      "Not in the report; placed in data because its product is analysed chain data, but it fits bucket (a) “AI improving crypto” better than any of the four pipeline stages.",
    homepage: "https://arkm.com",
  },
];

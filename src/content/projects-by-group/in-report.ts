import type { Project } from "../schema";

/** Named in the report. */
export const reportProjects: readonly Project[] = [
  {
    id: "grass",
    name: "Grass",
    stage: "data",
    inReport: true,
    ticker: "GRASS",
    coingeckoId: "grass",
    coingeckoIdConfirmed: false,
    what: "A network that pays users for spare bandwidth and uses it to scrape and assemble public web data for AI training.",
    reportView:
      "Cited as an example of crypto incentives being used to gather fresh datasets from the open web, one of the few data-stage roles the report grants crypto; it passes no verdict on Grass itself.",
    tokenNote:
      "No token at the report's date; the GRASS token launched in late 2024 per the digest (unconfirmed), so there is no price series for the report window.",
    homepage: "https://www.getgrass.io",
  },
  {
    id: "filecoin",
    name: "Filecoin",
    stage: "data",
    inReport: true,
    ticker: "FIL",
    coingeckoId: "filecoin",
    coingeckoIdConfirmed: true,
    what: "A decentralized storage market where providers are paid in FIL to store and prove data, now adding compute-over-data.",
    reportView:
      "Storage may be cheaper per unit, but sensitive data has no regulatory path onto it, residency rules clash with its design, and migration costs and a two-decade tooling gap outweigh the price edge; compute-over-data might suit less-sensitive data or small, cost-sensitive firms not yet locked in.",
    homepage: "https://filecoin.io",
  },
  {
    id: "arweave",
    name: "Arweave (incl. ao)",
    stage: "data",
    inReport: true,
    ticker: "AR",
    coingeckoId: "arweave",
    coingeckoIdConfirmed: true,
    what: "Permanent storage paid for once up front, with ao, a parallel compute environment built on top of it.",
    reportView:
      "Grouped with Filecoin: compliance, residency and migration costs stand in the way of storing proprietary AI data, and the real price rivals are dozens of budget clouds; the ao compute environment might win new projects with less-sensitive data or small cost-sensitive firms.",
    homepage: "https://arweave.org",
  },
  {
    id: "akash",
    name: "Akash",
    stage: "compute",
    inReport: true,
    ticker: "AKT",
    coingeckoId: "akash-network",
    coingeckoIdConfirmed: true,
    what: "A decentralized cloud marketplace where providers lease spare CPU, GPU and storage to users through on-chain auctions.",
    reportView:
      "Early adoption is real, with active leases up ~3x since the start of the year, but fees have fallen since their Dec 2023 peak as GPU supply outgrew demand, leaving it unclear where lasting usage-driven demand for AKT comes from; the token model may need rethinking.",
    homepage: "https://akash.network",
  },
  {
    id: "render",
    name: "Render",
    stage: "compute",
    inReport: true,
    ticker: "RENDER",
    coingeckoId: "render-token",
    coingeckoIdConfirmed: true,
    what: "A network that farms out GPU rendering, and increasingly AI jobs, to idle GPUs owned by node operators.",
    reportView:
      "Named with Akash as a protocol pooling idle compute to undercut the clouds amid the GPU shortage; it shares the report's doubts about bandwidth limits on training, cloud competition and a long, cloud-like adoption cycle.",
    tokenNote:
      "The token was RNDR, an Ethereum ERC-20, and migrated to RENDER on Solana; Binance switched its ticker from RNDR to RENDER in July 2024. The CoinGecko id stays render-token, so one series covers both.",
    homepage: "https://rendernetwork.com",
  },
  {
    id: "bittensor",
    name: "Bittensor",
    stage: "verification",
    inReport: true,
    ticker: "TAO",
    coingeckoId: "bittensor",
    coingeckoIdConfirmed: true,
    what: "A network of subnets, each an incentive market in which validators score miners' model outputs and TAO rewards the best.",
    reportView:
      "One of the largest AI-focused crypto assets and aimed at a genuinely hard problem, but its scoring (e.g. Subnet 1's similarity to reference answers) is early, gameable and weak for subjective outputs, and it is unclear it will beat centralized models or a plain market of user choice.",
    homepage: "https://bittensor.com",
  },
  {
    id: "worldcoin",
    name: "Worldcoin",
    stage: "provenance",
    inReport: true,
    ticker: "WLD",
    coingeckoId: "worldcoin-wld",
    coingeckoIdConfirmed: true,
    what: "A proof-of-personhood project whose World ID verifies unique humans via iris scans, with the WLD token on top.",
    reportView:
      "World ID is one decentralized route to proving humanity, to be weighed against centralized ones such as KYC consortia; WLD is the report's clearest case of an AI token trading on AI headlines (Altman's promotion, Sora), valued near OpenAI itself at writing.",
    homepage: "https://world.org",
  },
];

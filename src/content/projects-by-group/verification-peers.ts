import type { Project } from "../schema";
import { ASI_MERGER } from "./asi-merger";

/** Peers not in the report: Verification / model markets. */
export const verificationPeers: readonly Project[] = [
  {
    id: "fetch-ai",
    name: "Fetch.ai",
    stage: "verification",
    inReport: false,
    ticker: "FET",
    coingeckoId: "fetch-ai",
    coingeckoIdConfirmed: true,
    what: "A platform for autonomous AI agents that discover each other and transact on-chain.",
    reportView:
      "Not in the report; a peer in verification and model markets because it is among the largest AI tokens and runs a market where AI services are offered and chosen.",
    tokenNote: `${ASI_MERGER} The CoinGecko id fetch-ai remains and now carries the merged token.`,
    homepage: "https://fetch.ai",
  },
  {
    id: "singularitynet",
    name: "SingularityNET",
    stage: "verification",
    inReport: false,
    ticker: "AGIX",
    coingeckoId: "singularitynet",
    coingeckoIdConfirmed: true,
    what: "A marketplace where developers publish AI services and users pay to call them.",
    reportView:
      "Not in the report; a peer in verification and model markets because it is an open market for AI models, close to the user-choice market the report says could allocate as well as Bittensor.",
    tokenNote: `${ASI_MERGER} Post-merger AGIX series are thin or delisted, so splice with care.`,
    homepage: "https://singularitynet.io",
  },
  {
    id: "numeraire",
    name: "Numeraire",
    stage: "verification",
    inReport: false,
    ticker: "NMR",
    coingeckoId: "numeraire",
    coingeckoIdConfirmed: true,
    what: "Numerai's data-science tournament, where participants stake NMR on their models' predictions and are paid or burned by results.",
    reportView:
      "Not in the report; a peer in verification because staking on model performance is a working market-based way to score outputs, the approach the report examines through Bittensor.",
    homepage: "https://numer.ai",
  },
  {
    id: "oraichain",
    name: "Oraichain",
    stage: "verification",
    inReport: false,
    ticker: "ORAI",
    coingeckoId: "oraichain-token",
    coingeckoIdConfirmed: false,
    what: "An AI oracle chain that brings AI model outputs on-chain with validator checks.",
    reportView: "Not in the report; a peer in verification because it tries to make model outputs checkable for smart contracts.",
    homepage: "https://orai.io",
  },
  {
    id: "cortex",
    name: "Cortex",
    stage: "verification",
    inReport: false,
    ticker: "CTXC",
    coingeckoId: "cortex",
    coingeckoIdConfirmed: false,
    what: "A chain with a virtual machine that executes AI model inference on-chain, so every node can check results.",
    reportView:
      "Not in the report; a peer in verification because on-chain inference is one route to the trustless inference the report expects to lack demand.",
    homepage: "https://www.cortexlabs.ai",
  },
  {
    id: "zkml-provers",
    name: "zkML provers (Modulus Labs, EZKL, Giza)",
    stage: "verification",
    inReport: false,
    ticker: null,
    coingeckoId: null,
    coingeckoIdConfirmed: true,
    what: "Teams building zero-knowledge proofs that a given model produced a given output.",
    reportView:
      "Not in the report by name; a peer in verification because zkML is the trustless-inference research the report mentions and doubts will find demand once small open models can be run and hashed locally.",
    tokenNote: "No liquid token at the report's date; listed as a group, with EZKL's site as the link.",
    homepage: "https://ezkl.xyz",
  },
  {
    id: "near-protocol",
    name: "NEAR Protocol",
    stage: "verification",
    inReport: false,
    ticker: "NEAR",
    coingeckoId: "near",
    coingeckoIdConfirmed: true,
    what: "A sharded layer-1 blockchain that has repositioned itself around user-owned AI and agents.",
    reportView:
      "In neither the report nor the digest's peer list; included because aggregators commonly tag NEAR as an AI token and the embedded sample data has its prices, and placed in verification next to the AI-model markets.",
    homepage: "https://near.org",
  },
];

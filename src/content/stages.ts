import type { Stage } from "./schema";

/**
 * The four AI-pipeline stages the report walks through (seed L69), with the
 * report's case for each in Mirage's own words.
 */
export const stages: readonly Stage[] = [
  {
    id: "data",
    title: "Data",
    subtitle: "Collecting, storing and processing data",
    argument:
      "Data is what sets specialised models apart, and crypto can add chain history plus token-rewarded new datasets such as Grass's. Decentralized marketplaces and storage like Filecoin and Arweave, though, run into compliance, residency, migration and tooling costs that a lower unit price does not cover, and their real rivals include dozens of budget clouds. Quick wins will come only where crypto offers something unique.",
    location: { section: "Data: collection, storage, processing", lines: "L71-85" },
  },
  {
    id: "compute",
    title: "Compute",
    subtitle: "Training and inference",
    argument:
      "Networks like Akash and Render pool idle GPUs during a shortage, and early usage is up, yet Akash fees have fallen since December 2023 as supply outran demand, which leaves lasting token demand in doubt. Bandwidth and interconnect needs cap how far large-model training can be decentralized, and adoption will run on a cloud-like timescale against fierce centralized competition.",
    location: { section: "Compute: training and inference", lines: "L87-99" },
  },
  {
    id: "verification",
    title: "Verification",
    subtitle: "Checking model output",
    argument:
      "Market-based scoring of model outputs, Bittensor's approach, inherits the benchmarking problem and cost, throughput and quality trade-offs, and its reward rules are young, gameable and weak for subjective outputs. Trustless inference may lack buyers once compact open models can run locally and be verified with ordinary file hashes.",
    location: { section: "Verification of model output", lines: "L101-105, L133-145" },
  },
  {
    id: "provenance",
    title: "Provenance & identity",
    subtitle: "Tracking AI output: provenance and identity",
    argument:
      "As bots become indistinguishable from people, proving humanity and marking AI content will matter, and Worldcoin-style personhood or on-chain content hashes are one answer. They compete with centralized routes (state ID databases, KYC consortia, pledged watermarks, trusted platform metadata), and adoption depends on platform integration and regulation rather than on technical feasibility.",
    location: { section: "Provenance and identity", lines: "L107-115" },
  },
];

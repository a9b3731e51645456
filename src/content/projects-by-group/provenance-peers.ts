import type { Project } from "../schema";

/** Peers not in the report: Provenance / identity. */
export const provenancePeers: readonly Project[] = [
  {
    id: "civic",
    name: "Civic",
    stage: "provenance",
    inReport: false,
    ticker: "CVC",
    coingeckoId: "civic",
    coingeckoIdConfirmed: true,
    what: "Identity verification and reusable on-chain identity passes, including proof of uniqueness.",
    reportView:
      "Not in the report; a peer in provenance and identity because it is a crypto identity layer facing the KYC-consortium alternative the report describes.",
    homepage: "https://www.civic.com",
  },
  {
    id: "gitcoin-passport",
    name: "Gitcoin Passport",
    stage: "provenance",
    inReport: false,
    ticker: "GTC",
    coingeckoId: "gitcoin",
    coingeckoIdConfirmed: true,
    what: "A sybil-resistance score built from stamps (accounts and credentials) that together suggest a wallet belongs to a unique human.",
    reportView:
      "Not in the report; a peer in provenance and identity because it is a proof-of-personhood alternative to Worldcoin without biometrics.",
    homepage: "https://passport.gitcoin.co",
  },
  {
    id: "kleros",
    name: "Kleros (Proof of Humanity)",
    stage: "provenance",
    inReport: false,
    ticker: "PNK",
    coingeckoId: "kleros",
    coingeckoIdConfirmed: true,
    what: "A decentralized court whose Proof of Humanity registry lists vouched, challengeable human identities.",
    reportView:
      "Not in the report; a peer in provenance and identity because Proof of Humanity is an on-chain personhood registry of the kind the report weighs against centralized options.",
    homepage: "https://kleros.io",
  },
  {
    id: "humanode",
    name: "Humanode",
    stage: "provenance",
    inReport: false,
    ticker: "HMND",
    coingeckoId: "humanode",
    coingeckoIdConfirmed: false,
    what: "A chain where each validator node is tied to one biometrically verified human.",
    reportView:
      "Not in the report; a peer in provenance and identity because it uses biometric proof of personhood, the same bet as Worldcoin.",
    homepage: "https://humanode.io",
  },
  {
    id: "numbers-protocol",
    name: "Numbers Protocol",
    stage: "provenance",
    inReport: false,
    ticker: "NUM",
    coingeckoId: "numbers-protocol",
    coingeckoIdConfirmed: false,
    what: "A network that registers photos and other media on-chain to record their origin and edit history.",
    reportView:
      "Not in the report; a peer in provenance because it posts content hashes on-chain to prove age and origin, which the report sets against trusted platform metadata.",
    homepage: "https://www.numbersprotocol.io",
  },
  {
    id: "story-protocol",
    name: "Story Protocol",
    stage: "provenance",
    inReport: false,
    ticker: "IP",
    coingeckoId: "story-2",
    coingeckoIdConfirmed: false,
    what: "A chain for registering intellectual property and licensing it, including to AI models.",
    reportView:
      "Not in the report; a peer in provenance because it tracks the origin and licence terms of creative works, including AI-generated ones.",
    tokenNote: "No token at the report's date; IP only launched in 2025 (unconfirmed).",
    homepage: "https://www.story.foundation",
  },
];

import type { Claim } from "../schema";

/** Scope. */
export const scopeClaims: readonly Claim[] = [
  {
    id: "SCOPE-1",
    section: "SCOPE",
    stage: null,
    text: "Crypto x AI is a sprawling, thinly understood field whose sub-sectors differ sharply in opportunity and timeline; some may be adopted sooner yet offer no tradable token, which has not dented investor appetite.",
    numbers: [],
    figure: null,
    location: { section: "Key takeaways", lines: "L19, L29" },
    testable: "no",
    howToTest: "Framing; not testable.",
  },
  {
    id: "SCOPE-2",
    section: "SCOPE",
    stage: null,
    text: "Coinbase's own mid-2023 research found AI under-weighted in how crypto capital was allocated, and the crypto-AI sector has grown fast since then.",
    numbers: ["Coinbase report of June 2023"],
    figure: null,
    location: { section: "Introduction", lines: "L25" },
    testable: "partly",
    howToTest:
      "Compare the market cap of CoinGecko's artificial-intelligence category as a share of total crypto market cap in mid-2023 and at the as-of date, using archived snapshots or a paid API.",
  },
  {
    id: "SCOPE-3",
    section: "SCOPE",
    stage: null,
    text: "Bucket (a), AI that makes crypto better through readable transactions, chain analytics, dev tools, audits and plain-language on-chain actions, has clear business value and long-run promise, but its value accrues to VC-funded private firms that public markets barely see, with few liquid tokens attached.",
    numbers: ["2 buckets of AI x crypto"],
    figure: null,
    location: { section: "Scoping the opportunity", lines: "L61-65" },
    testable: "no",
    howToTest:
      "Framing; a rough proxy is the share of CoinGecko AI-category tokens whose product is AI tooling for crypto rather than crypto infrastructure for AI.",
  },
  {
    id: "SCOPE-4",
    section: "SCOPE",
    stage: null,
    text: "Bucket (b), crypto remaking the AI pipeline via decentralized compute, verification and identity, is the weaker case because it must beat market and regulatory forces rather than only engineering hurdles, yet it gets most of the attention because it produces liquid tokens.",
    numbers: ["2 buckets of AI x crypto"],
    figure: null,
    location: { section: "Scoping the opportunity", lines: "L61, L65" },
    testable: "no",
    howToTest: "Opinion; not testable.",
  },
  {
    id: "SCOPE-5",
    section: "SCOPE",
    stage: null,
    text: "The report walks the AI pipeline in four steps, namely data, training and inference, output verification and output tracking, and expects most crypto projects in each to struggle for demand against centralized and open-source rivals in the near to medium term.",
    numbers: ["4 stages of the AI pipeline"],
    figure: null,
    location: { section: "Crypto's role in AI", lines: "L69" },
    testable: "no",
    howToTest: "Framing and forecast; not testable.",
  },
];

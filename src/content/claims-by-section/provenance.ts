import type { Claim } from "../schema";

/** Provenance and identity. */
export const provenanceClaims: readonly Claim[] = [
  {
    id: "PROV-1",
    section: "PROV",
    stage: "provenance",
    text: "Machine output is becoming indistinguishable from human work, so proving that an online user is a person and watermarking AI content are set to become core functions.",
    numbers: ["GPT-4 passes the Turing test at 3x GPT-3.5's rate"],
    figure: null,
    location: { section: "Provenance and identity", lines: "L109" },
    testable: "partly",
    howToTest:
      "Find the unnamed study (likely Jones & Bergen, arXiv 2310.20216, about 41% vs 14%, unconfirmed) and check that the pass-rate ratio is near 3x; the forecast is untestable.",
  },
  {
    id: "PROV-2",
    section: "PROV",
    stage: "provenance",
    text: "Decentralized IDs and proof-of-personhood schemes like Worldcoin try to recognise humans on-chain, and anchoring content hashes on a chain can attest its age and origin, but both have to beat the centralized alternatives.",
    numbers: [],
    figure: null,
    location: { section: "Provenance and identity", lines: "L111" },
    testable: "partly",
    howToTest:
      "Chart World ID verified-human counts from Worldcoin's public statistics as an adoption proxy; the comparison with centralized designs is not testable.",
  },
  {
    id: "PROV-3",
    section: "PROV",
    stage: "provenance",
    text: "Centralized routes already exist: states such as China tie online identity to government records, KYC-provider consortia could vouch for personhood much as certificate authorities do, and users trust centrally stored platform metadata more than screenshots.",
    numbers: [],
    figure: null,
    location: { section: "Provenance and identity", lines: "L113-115" },
    testable: "no",
    howToTest: "Qualitative; not testable.",
  },
  {
    id: "PROV-4",
    section: "PROV",
    stage: "provenance",
    text: "Research on watermarks hides signals in generated text and images for detectors to find, and major AI companies including Microsoft, Anthropic and Amazon have promised publicly to watermark their output.",
    numbers: [],
    figure: null,
    location: { section: "Provenance and identity", lines: "L113" },
    testable: "partly",
    howToTest:
      "Check the White House voluntary AI commitments of 2023-07-21 for Amazon, Anthropic and Microsoft as signatories and for the watermarking pledge, plus each company's policy page.",
  },
  {
    id: "PROV-5",
    section: "PROV",
    stage: "provenance",
    text: "Crypto provenance and identity tools only work at scale once user platforms build them in; they are technically sound, but uptake hinges on business, compliance and regulatory demands.",
    numbers: [],
    figure: null,
    location: { section: "Provenance and identity", lines: "L115" },
    testable: "no",
    howToTest: "Forecast; not testable.",
  },
];

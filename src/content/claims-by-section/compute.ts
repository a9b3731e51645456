import type { Claim } from "../schema";

/** Compute: training and inference. */
export const computeClaims: readonly Claim[] = [
  {
    id: "COMPUTE-1",
    section: "COMPUTE",
    stage: "compute",
    text: "Decentralized compute networks such as Akash and Render pool idle hardware to undercut cloud prices during the GPU squeeze, and first metrics show both buyers and suppliers joining.",
    numbers: [],
    figure: null,
    location: { section: "Compute: training and inference", lines: "L89" },
    testable: "partly",
    howToTest:
      "Chart Akash provider count and active leases from the Akash Console API from January 2024 to the as-of date, next to Render's published job or frame statistics.",
  },
  {
    id: "COMPUTE-2",
    section: "COMPUTE",
    stage: "compute",
    text: "Akash's active leases, which the report reads as a user count, are up about threefold since January, mostly on higher storage and compute use.",
    numbers: ["Akash active leases ~3x since the start of the year"],
    figure: "Fig 3",
    location: { section: "Compute: training and inference", lines: "L89" },
    testable: "yes",
    howToTest:
      "Divide Akash Console activeLeaseCount at the as-of date by its 2024-01-01 value (expect about 3x) and check activeCPU and activeStorage for the claimed driver.",
  },
  {
    id: "COMPUTE-3",
    section: "COMPUTE",
    stage: "compute",
    text: "Network fees on Akash have slid since topping out in December 2023, as GPU supply on offer grew faster than demand for it.",
    numbers: ["Akash fees peaked Dec 2023"],
    figure: "Fig 4",
    location: { section: "Compute: training and inference", lines: "L93" },
    testable: "yes",
    howToTest:
      "Take Akash Console dailyUUsdSpent, confirm its monthly maximum falls in December 2023 and that January to the as-of date runs lower, bearing in mind that AKT's price moves USD fees.",
  },
  {
    id: "COMPUTE-4",
    section: "COMPUTE",
    stage: "compute",
    text: "The count of leased GPUs, seemingly Akash's largest revenue source, went down even as more providers came on board.",
    numbers: [],
    figure: "Fig 4",
    location: { section: "Compute: training and inference", lines: "L93" },
    testable: "yes",
    howToTest:
      "Compare Akash Console activeGPU in December 2023 with the as-of date alongside provider GPU supply; if leased GPUs rose, read the claim as a fall in price or utilization instead.",
  },
  {
    id: "COMPUTE-5",
    section: "COMPUTE",
    stage: "compute",
    text: "Where compute prices float and supply outruns demand, it is not obvious what would make people keep needing the native token for actual use, so such token models may need reworking with uncertain long-run effects.",
    numbers: [],
    figure: null,
    location: { section: "Compute: training and inference", lines: "L93" },
    testable: "partly",
    howToTest:
      "Track AKT market cap or FDV (CoinGecko akash-network) divided by annualised Akash network fees over time; the verdict that demand is unclear stays opinion.",
  },
  {
    id: "COMPUTE-6",
    section: "COMPUTE",
    stage: "compute",
    text: "Bandwidth is a hard ceiling: multi-node training of large models needs fast transfer, low sync overhead and special interconnects such as InfiniBand, so past a certain cluster size decentralizing it becomes impractical.",
    numbers: [],
    figure: null,
    location: { section: "Compute: training and inference", lines: "L97" },
    testable: "no",
    howToTest: "Technical argument; market data cannot test it.",
  },
  {
    id: "COMPUTE-7",
    section: "COMPUTE",
    stage: "compute",
    text: "Decentralized compute and storage face fierce cloud competition and an adoption curve no shorter than the cloud's own, and engineering complexity without scalable build and sales teams makes the full vision a hard climb.",
    numbers: [],
    figure: null,
    location: { section: "Compute: training and inference", lines: "L99" },
    testable: "no",
    howToTest: "Forecast; not testable.",
  },
];

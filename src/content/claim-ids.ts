/**
 * How many claims each section of the report holds, in the order of DIGEST §4 (claims.ts). The URL reads claim ids
 * (`copen=`) on the first screen; the claims themselves (their text and figures) load with the checks' code, after
 * it. content.test.ts checks these ids are exactly the claims', in order.
 */
const CLAIMS_PER_SECTION = [
  ["TREND", 10],
  ["SCOPE", 5],
  ["DATA", 9],
  ["COMPUTE", 7],
  ["VERIFY", 7],
  ["PROV", 5],
  ["NARR", 11],
  ["CONCL", 6],
] as const;

/** The report's claim ids ("NARR-2"), in the claims' order. */
export const CLAIM_IDS: readonly string[] = CLAIMS_PER_SECTION.flatMap(([section, count]) =>
  Array.from({ length: count }, (_, i) => `${section}-${i + 1}`),
);

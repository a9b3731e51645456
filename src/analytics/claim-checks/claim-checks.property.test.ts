import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../range";
import type { Point } from "../types";
import { CLAIM_CHECKS } from "./index";
import type { CheckInput, ClaimStatus, Lens } from "./types";

const STATUSES: readonly ClaimStatus[] = ["holds", "weakened", "broken", "no data", "not testable"];
const SERIES_IDS = [...new Set(CLAIM_CHECKS.flatMap((c) => c.needs))];

/** A day from 2023-09-01 to 2024-05-15: the report's window with some margin either side. */
const day = fc.integer({ min: 0, max: 257 }).map((i) => addDays("2023-09-01", i));
/** A day `min` to `max` days after `base`. */
const after = (base: string, min: number, max: number) => fc.integer({ min, max }).map((i) => addDays(base, i));

/** Positive values on two scales: prices and small counts, and counts in the hundreds of thousands. */
const value = fc.oneof(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: 1, max: 600_000 }));
/** Up to 80 consecutive days from `start`, about one in six of them a hole. */
const pathFrom = (start: fc.Arbitrary<string>) =>
  fc
    .record({ start, values: fc.array(fc.option(value, { nil: null, freq: 6 }), { maxLength: 80, size: "max" }) })
    .map(({ start, values }): Point[] => values.flatMap((v, i) => (v === null ? [] : [{ date: addDays(start, i), value: v }])));

const events = fc.array(
  fc.record({
    id: fc.constantFrom("openai-chatgpt-launch", "openai-gpt3-api-beta", "other"),
    date: fc.oneof(
      fc.constantFrom("2022-11-30", "2020-06-11"),
      fc.integer({ min: 0, max: 1800 }).map((i) => addDays("2020-01-01", i)),
    ),
  }),
  { maxLength: 4 },
);
const kind = fc.constantFrom("then" as const, "since" as const);

/** Any subset of the series, each starting anywhere, and any lens (latest may even precede asOf). */
const scattered = fc.record({
  series: fc.record(Object.fromEntries(SERIES_IDS.map((id) => [id, pathFrom(day)])), { requiredKeys: [] }),
  events,
  lens: fc.record({ kind, asOf: day, latest: day }),
});

/**
 * Most series starting within a few days of one anchor near the dates the checks read (Q4 2023, December, Sora...),
 * and a lens inside them: these reach the verdicts, not just "no data".
 */
const ANCHORS = ["2023-09-28", "2023-11-25", "2023-12-06", "2024-01-28", "2024-02-08", "2024-03-01"];
const aligned = fc.constantFrom(...ANCHORS).chain((base) =>
  fc.record({
    series: fc.record(
      Object.fromEntries(SERIES_IDS.map((id) => [id, fc.option(pathFrom(after(base, 0, 6)), { nil: undefined, freq: 5 })])),
    ),
    events,
    lens: fc.record({ kind, asOf: after(base, 0, 80), latest: after(base, 0, 90) }),
  }),
);

const scenario: fc.Arbitrary<{ input: CheckInput; lens: Lens }> = fc
  .oneof(scattered, aligned)
  .map(({ series, events, lens }) => ({ input: { series, events }, lens }));

/** Freezes the input all the way down, so a check that writes to it throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// 300 runs of every check: about 1 s on a quiet 2-CPU machine and several times that with the CPUs busy, so 30 s
// instead of Vitest's 5 s. Pure CPU work: the bound stops a hang, it times nothing.
describe("claim checks on random inputs", { timeout: 30_000 }, () => {
  it("return one of the five statuses, never throw and never write to their input", () => {
    fc.assert(
      fc.property(scenario, ({ input, lens: l }) => {
        const frozen = deepFreeze(input);
        for (const check of CLAIM_CHECKS) {
          const r = check.run(frozen, l);
          expect(STATUSES).toContain(r.status);
          expect(typeof r.reason).toBe("string");
          expect(r.reason.length).toBeGreaterThan(0);
          expect(Array.isArray(r.evidence)).toBe(true);
          expect(Array.isArray(r.sparkline)).toBe(true);
          if (r.status === "no data" || r.status === "not testable") expect(r.evidence).toEqual([]);
          if (r.status === "not testable") expect([check.id, l.kind]).toEqual(["narrative-lasts", "then"]);
        }
      }),
      { numRuns: 300 },
    );
    // 300 generated scenarios × every check: seconds on a shared, loaded machine; the default 5 s is not a spec.
  }, 60_000);
});

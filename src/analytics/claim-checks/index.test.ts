import { describe, expect, it } from "vitest";
import { addDays } from "../range";
import type { Point } from "../types";
import { CLAIM_CHECKS, checkClaim, checkForClaim } from "./index";
import { narrativeLasts, upOnBtcDownDays } from "./basket-checks";
import { wldSora } from "./event-checks";
import type { CheckInput, Lens } from "./types";
import { akashGpus, akashLeases } from "./usage-checks";

const days = (from: string, values: readonly number[]): Point[] => values.map((value, i) => ({ date: addDays(from, i), value }));
const then: Lens = { kind: "then", asOf: "2024-03-15", latest: "2024-06-30" };
const since: Lens = { kind: "since", asOf: "2024-03-15", latest: "2024-06-30" };
const empty: CheckInput = { series: {}, events: [] };
/** WLD at 100 to 2024-02-14, then 300 (×3 after Sora). */
const wld = [...days("2024-02-10", [100, 100, 100, 100, 100]), ...days("2024-02-15", [300, 300])];

/** An object whose every property read throws `error`. */
const exploding = <T extends object>(target: T, error: unknown) =>
  new Proxy(target, {
    get() {
      throw error;
    },
  });

describe("CLAIM_CHECKS", () => {
  it("has 18 checks with unique ids, each claim served by one check", () => {
    expect(CLAIM_CHECKS).toHaveLength(18);
    expect(new Set(CLAIM_CHECKS.map((c) => c.id)).size).toBe(18);
    const claimIds = CLAIM_CHECKS.flatMap((c) => c.claimIds);
    expect(new Set(claimIds).size).toBe(claimIds.length);
    for (const c of CLAIM_CHECKS) {
      expect(c.thresholds.length).toBeGreaterThan(20);
      for (const id of c.claimIds) expect(checkForClaim(id)).toBe(c);
    }
  });

  it("registers exactly these checks, each with exactly these claim ids", () => {
    // The full list, written out: moving a check between files must neither drop one nor register it twice.
    expect(Object.fromEntries(CLAIM_CHECKS.map((c) => [c.id, c.claimIds]))).toEqual({
      "ai-timeline": ["TREND-9"],
      "hf-models": ["TREND-1"],
      "hf-datasets": ["DATA-3"],
      "akash-leases-tripled": ["COMPUTE-2"],
      "akash-fees-peak": ["COMPUTE-3"],
      "akash-gpus-down": ["COMPUTE-4"],
      "tao-rank": ["VERIFY-2"],
      "bittensor-subnets": ["VERIFY-3"],
      "ai-beats-benchmarks": ["NARR-3"],
      "narrative-two-forces": ["NARR-4"],
      "up-on-btc-down-days": ["NARR-5", "NARR-2"],
      "narrative-lasts": ["NARR-8"],
      "wld-altman": ["NARR-9"],
      "wld-sora": ["NARR-10"],
      "wld-valuation": ["NARR-11"],
      "akt-value-vs-fees": ["COMPUTE-5"],
      "ai-value-vs-fees": ["NARR-1"],
      "akash-both-sides": ["COMPUTE-1"],
    });
    expect(CLAIM_CHECKS.map((c) => c.id)).toHaveLength(18);
  });

  it("finds the check for a secondary claim id and nothing for an unknown one", () => {
    expect(checkForClaim("NARR-2")).toBe(upOnBtcDownDays);
    expect(checkForClaim("NARR-5")).toBe(upOnBtcDownDays);
    expect(checkForClaim("NOPE-1")).toBeUndefined();
  });

  it("says no data on empty input under both lenses, except the forecast under 'then'", () => {
    for (const c of CLAIM_CHECKS) {
      expect(c.run(empty, since).status).toBe("no data");
      expect(c.run(empty, then).status).toBe(c === narrativeLasts ? "not testable" : "no data");
    }
  });
});

describe("checkClaim", () => {
  it("calls a claim without a check and testable 'no' not testable", () => {
    const r = checkClaim({ id: "TREND-2", testable: "no", howToTest: "Cannot be tested." }, empty, then);
    expect(r).toEqual({
      status: "not testable",
      reason: "Opinion, forecast or framing: no series can confirm or refute it.",
      evidence: [],
      sparkline: [],
    });
    expect(r.check).toBeUndefined();
  });

  it("calls a claim without a check and testable 'partly' or 'yes' no data, saying how to test it", () => {
    const howToTest = "Count Hugging Face Hub models with the Hub API.";
    const partly = checkClaim({ id: "TREND-2", testable: "partly", howToTest }, empty, then);
    expect(partly.status).toBe("no data");
    expect(partly.reason).toBe("No check yet. To test it, count Hugging Face Hub models with the Hub API.");
    expect(partly.evidence).toEqual([]);
    expect(partly.check).toBeUndefined();
    expect(checkClaim({ id: "TREND-2", testable: "yes", howToTest }, empty, since).status).toBe("no data");
  });

  it("runs the claim's check and attaches it, whatever the claim's testable flag", () => {
    const data: CheckInput = { series: { wld }, events: [] };
    const r = checkClaim({ id: "NARR-10", testable: "yes", howToTest: "x" }, data, then);
    expect(r).toEqual({ ...wldSora.run(data, then), check: wldSora });
    expect(r.status).toBe("holds");
    const forecast = checkClaim({ id: "NARR-8", testable: "no", howToTest: "x" }, empty, then);
    expect(forecast.status).toBe("not testable");
    expect(forecast.check).toBe(narrativeLasts);
  });

  it("turns a check that throws into no data, for every check", () => {
    const input: CheckInput = { series: exploding({}, new Error("boom")), events: exploding([], new Error("boom")) };
    for (const check of CLAIM_CHECKS) {
      const claimId = check.claimIds[0] ?? "";
      const r = checkClaim({ id: claimId, testable: "yes", howToTest: "x" }, input, since);
      expect(r).toEqual({ status: "no data", reason: "The check failed: boom", evidence: [], sparkline: [], check });
    }
  });

  it("reports a thrown non-Error as text", () => {
    const input: CheckInput = { series: exploding({}, "not an error"), events: [] };
    const r = checkClaim({ id: "COMPUTE-2", testable: "yes", howToTest: "x" }, input, then);
    expect(r.status).toBe("no data");
    expect(r.reason).toBe("The check failed: not an error");
    expect(r.check).toBe(akashLeases);
  });

  it("catches a malformed point and a malformed lens date", () => {
    const badPoint = [{ date: 20231201, value: 1 }] as unknown as Point[];
    const r = checkClaim(
      { id: "COMPUTE-4", testable: "yes", howToTest: "x" },
      { series: { "akash-leased-gpus": badPoint }, events: [] },
      then,
    );
    expect(r.status).toBe("no data");
    expect(r.reason.startsWith("The check failed: ")).toBe(true);
    expect(r.check).toBe(akashGpus);
    const badLens: Lens = { kind: "since", asOf: "not-a-day", latest: "2024-06-30" };
    const v = checkClaim({ id: "NARR-11", testable: "yes", howToTest: "x" }, { series: { wld }, events: [] }, badLens);
    expect(v.status).toBe("no data");
    expect(v.reason.startsWith("The check failed: ")).toBe(true);
  });
});

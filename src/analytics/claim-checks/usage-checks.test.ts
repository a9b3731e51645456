import { describe, expect, it } from "vitest";
import { addDays } from "../range";
import type { Point } from "../types";
import type { CheckInput, ClaimCheck, Lens } from "./types";
import { akashFeesPeak, akashGpus, akashLeases, bittensorSubnets, hfDatasets, hfModels, taoRank } from "./usage-checks";

/** Consecutive daily points from `from`; a null leaves a hole (no point that day). */
const days = (from: string, values: readonly (number | null)[]): Point[] =>
  values.flatMap((value, i) => (value === null ? [] : [{ date: addDays(from, i), value }]));
const span = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
/** The same value every day from `from` to `to`, inclusive. */
const flat = (from: string, to: string, value: number): Point[] =>
  days(
    from,
    Array.from({ length: span(from, to) + 1 }, () => value),
  );

const input = (series: Record<string, Point[]>): CheckInput => ({ series, events: [] });
const then = (asOf: string, latest = "2024-06-30"): Lens => ({ kind: "then", asOf, latest });
const since = (asOf: string, latest: string): Lens => ({ kind: "since", asOf, latest });
const lens = then("2024-03-01");

/** Runs `check` on one series under `lens` and returns the status. */
const statusOf = (check: ClaimCheck, id: string, points: Point[], l: Lens = lens) => check.run(input({ [id]: points }), l).status;

describe("akashLeases (COMPUTE-2)", () => {
  const ID = "akash-active-leases";
  /** `start` leases to 2024-01-01, `now` from 2024-01-02 to 2024-03-01, 400 to 2024-04-01. */
  const leases = (start: number, now: number) => [
    ...flat("2023-12-20", "2024-01-01", start),
    ...flat("2024-01-02", "2024-03-01", now),
    ...flat("2024-03-02", "2024-04-01", 400),
  ];

  it("holds at ×2.5 or more", () => {
    const r = akashLeases.run(input({ [ID]: leases(100, 250) }), lens);
    expect(r.status).toBe("holds");
    expect(r.reason).toBe("250 active leases on 2024-03-01 against 100 on 2024-01-01: ×2.50.");
    expect(r.evidence[0]?.data).toBe("100 → 250 (×2.50)");
    expect(r.sparkline.at(0)?.date).toBe("2023-12-20");
    expect(r.sparkline.at(-1)?.date).toBe("2024-03-01");
    expect(statusOf(akashLeases, ID, leases(100, 300))).toBe("holds");
  });

  it("is weakened from ×1.5 to just under ×2.5, broken below ×1.5", () => {
    expect(statusOf(akashLeases, ID, leases(100, 249))).toBe("weakened");
    expect(statusOf(akashLeases, ID, leases(100, 150))).toBe("weakened");
    expect(statusOf(akashLeases, ID, leases(100, 149))).toBe("broken");
    expect(statusOf(akashLeases, ID, leases(100, 50))).toBe("broken");
  });

  it("reads the latest date under 'since'", () => {
    expect(statusOf(akashLeases, ID, leases(100, 120), since("2024-03-01", "2024-04-01"))).toBe("holds");
  });

  it("takes the 2024-01-01 count from up to five days before it", () => {
    const tail = flat("2024-01-05", "2024-03-01", 250);
    expect(statusOf(akashLeases, ID, [...flat("2023-12-01", "2023-12-27", 100), ...tail])).toBe("holds");
    expect(statusOf(akashLeases, ID, [...flat("2023-12-01", "2023-12-26", 100), ...tail])).toBe("no data");
  });

  it("says no data when the series ends more than five days before the lens date", () => {
    expect(statusOf(akashLeases, ID, flat("2023-12-01", "2024-02-25", 100))).toBe("broken");
    expect(statusOf(akashLeases, ID, flat("2023-12-01", "2024-02-24", 100))).toBe("no data");
  });

  it("says no data without a series, for an empty one, or a zero start", () => {
    const r = akashLeases.run(input({}), lens);
    expect(r).toMatchObject({ status: "no data", evidence: [], sparkline: [] });
    expect(r.reason).toContain("Akash Console API");
    expect(statusOf(akashLeases, ID, [])).toBe("no data");
    expect(statusOf(akashLeases, ID, leases(0, 250))).toBe("no data");
  });
});

describe("akashFeesPeak (COMPUTE-3)", () => {
  const ID = "akash-daily-spend-usd";
  /** Daily spend `nov` through Nov 2023, `dec` through Dec 2023, `after` from 2024-01-01 to 02-29, 1000 in March. */
  const spend = (nov: number, dec: number, after: number) => [
    ...flat("2023-11-01", "2023-11-30", nov),
    ...flat("2023-12-01", "2023-12-31", dec),
    ...flat("2024-01-01", "2024-02-29", after),
    ...flat("2024-03-01", "2024-03-31", 1000),
  ];
  const asOf = then("2024-02-29");

  it("holds when December 2023 is the peak month and spend has been lower since", () => {
    const r = akashFeesPeak.run(input({ [ID]: spend(50, 100, 60) }), asOf);
    expect(r.status).toBe("holds");
    expect(r.reason).toBe("Peak month 2023-12; mean daily spend $100 in Dec 2023, $60 from 2024-01-01 to 2024-02-29.");
    expect(r.evidence[0]?.data).toBe("$100 → $60");
    expect(r.sparkline.at(-1)?.date).toBe("2024-02-29");
  });

  it("is weakened when spend fell since December but another month peaks", () => {
    const r = akashFeesPeak.run(input({ [ID]: spend(150, 100, 60) }), asOf);
    expect(r.status).toBe("weakened");
    expect(r.reason).toContain("Peak month 2023-11");
    // January peaks at 110 but February's 10 pulls the mean since January to about 62, below December's 100.
    const janPeak = [
      ...flat("2023-12-01", "2023-12-31", 100),
      ...flat("2024-01-01", "2024-01-31", 110),
      ...flat("2024-02-01", "2024-02-29", 10),
    ];
    const j = akashFeesPeak.run(input({ [ID]: janPeak }), asOf);
    expect(j.status).toBe("weakened");
    expect(j.reason).toContain("Peak month 2024-01");
  });

  it("is broken when spend since January is not below December's", () => {
    expect(statusOf(akashFeesPeak, ID, spend(50, 100, 100), asOf)).toBe("broken");
    expect(statusOf(akashFeesPeak, ID, spend(50, 100, 120), asOf)).toBe("broken");
  });

  it("ignores spend after the lens date under 'then' and counts it under 'since'", () => {
    const r = akashFeesPeak.run(input({ [ID]: spend(50, 100, 60) }), since("2024-02-29", "2024-03-31"));
    expect(r.status).toBe("broken");
    expect(r.reason).toContain("Peak month 2024-03");
  });

  it("needs 15 days of December and 15 days since January", () => {
    const withDec = (from: string) => [...flat(from, "2023-12-31", 100), ...flat("2024-01-01", "2024-02-29", 60)];
    expect(statusOf(akashFeesPeak, ID, withDec("2023-12-17"), asOf)).toBe("holds");
    expect(statusOf(akashFeesPeak, ID, withDec("2023-12-18"), asOf)).toBe("no data");
    // Holes: every other day of December is 16 points.
    const alternate = days(
      "2023-12-01",
      Array.from({ length: 31 }, (_, i) => (i % 2 === 0 ? 100 : null)),
    );
    expect(statusOf(akashFeesPeak, ID, [...alternate, ...flat("2024-01-01", "2024-02-29", 60)], asOf)).toBe("holds");
    expect(statusOf(akashFeesPeak, ID, spend(50, 100, 60), then("2024-01-15"))).toBe("holds");
    expect(statusOf(akashFeesPeak, ID, spend(50, 100, 60), then("2024-01-14"))).toBe("no data");
  });

  it("says no data without a series or for an empty one", () => {
    expect(akashFeesPeak.run(input({}), asOf).reason).toContain("dailyUUsdSpent");
    expect(akashFeesPeak.run(input({}), asOf).status).toBe("no data");
    expect(statusOf(akashFeesPeak, ID, [], asOf)).toBe("no data");
  });
});

describe("akashGpus (COMPUTE-4)", () => {
  const ID = "akash-leased-gpus";
  /** `dec` GPUs through Dec 2023, `now` from 2024-01-01 to 2024-03-01. */
  const gpus = (dec: number, now: number) => [...flat("2023-12-01", "2023-12-31", dec), ...flat("2024-01-01", "2024-03-01", now)];

  it("holds when the lens date is at least 10 % below the December mean", () => {
    // December runs 70, 72, …, 130: a mean of exactly 100.
    const dec = days(
      "2023-12-01",
      Array.from({ length: 31 }, (_, i) => 100 + (i - 15) * 2),
    );
    const r = akashGpus.run(input({ [ID]: [...dec, ...flat("2024-01-01", "2024-03-01", 80)] }), lens);
    expect(r.status).toBe("holds");
    expect(r.reason).toBe("80 GPUs leased on 2024-03-01 against a December 2023 mean of 100.");
    expect(r.evidence[0]?.data).toBe("100 → 80");
    expect(statusOf(akashGpus, ID, gpus(100, 89.99))).toBe("holds");
  });

  // BUG (usage-checks.ts line 85): (90 / 100 − 1) × 100 = −9.999999999999998, so a count exactly 10 % below the December
  // mean is "weakened" although the thresholds say "at least 10% below". Flip to `it` once fixed.
  it("holds at exactly −10 % (floating-point boundary)", () => {
    expect(statusOf(akashGpus, ID, gpus(100, 90))).toBe("holds");
  });

  it("is weakened when below by less than 10 %, broken when not below", () => {
    expect(statusOf(akashGpus, ID, gpus(100, 95))).toBe("weakened");
    expect(statusOf(akashGpus, ID, gpus(100, 99.99))).toBe("weakened");
    expect(statusOf(akashGpus, ID, gpus(100, 100))).toBe("broken");
    expect(statusOf(akashGpus, ID, gpus(100, 120))).toBe("broken");
  });

  it("needs 15 days of December and a count within five days of the lens date", () => {
    const tail = flat("2024-01-01", "2024-03-01", 50);
    expect(statusOf(akashGpus, ID, [...flat("2023-12-17", "2023-12-31", 100), ...tail])).toBe("holds");
    expect(statusOf(akashGpus, ID, [...flat("2023-12-18", "2023-12-31", 100), ...tail])).toBe("no data");
    expect(statusOf(akashGpus, ID, [...flat("2023-12-01", "2023-12-31", 100), ...flat("2024-01-01", "2024-02-25", 50)])).toBe("holds");
    expect(statusOf(akashGpus, ID, [...flat("2023-12-01", "2023-12-31", 100), ...flat("2024-01-01", "2024-02-24", 50)])).toBe("no data");
  });

  it("reads the latest date under 'since'", () => {
    const points = [...gpus(100, 50), ...flat("2024-03-02", "2024-04-01", 150)];
    expect(statusOf(akashGpus, ID, points)).toBe("holds");
    expect(statusOf(akashGpus, ID, points, since("2024-03-01", "2024-04-01"))).toBe("broken");
  });

  it("says no data without a series or for an empty one", () => {
    expect(akashGpus.run(input({}), lens)).toMatchObject({ status: "no data", evidence: [], sparkline: [] });
    expect(statusOf(akashGpus, ID, [])).toBe("no data");
  });
});

describe.each([
  { check: hfModels, id: "hf-model-count", target: 530_000, weak: 450_000, what: "public models on Hugging Face" },
  { check: hfDatasets, id: "hf-dataset-count", target: 110_000, weak: 90_000, what: "public datasets on Hugging Face" },
])("$check.id (count at least)", ({ check, id, target, weak, what }) => {
  const at = (v: number) => flat("2024-02-01", "2024-03-01", v);

  it("holds at the target, is weakened from the weak threshold, broken below", () => {
    const r = check.run(input({ [id]: at(target) }), lens);
    expect(r.status).toBe("holds");
    expect(r.reason).toBe(`${target.toLocaleString("en-US")} ${what} on 2024-03-01.`);
    expect(check.thresholds).toContain(target.toLocaleString("en-US"));
    expect(check.thresholds).toContain(weak.toLocaleString("en-US"));
    expect(statusOf(check, id, at(target - 1))).toBe("weakened");
    expect(statusOf(check, id, at(weak))).toBe("weakened");
    expect(statusOf(check, id, at(weak - 1))).toBe("broken");
  });

  it("reads the lens date's count, up to five days old", () => {
    const points = [...at(weak - 1), ...flat("2024-03-02", "2024-04-01", target)];
    expect(statusOf(check, id, points, since("2024-03-01", "2024-04-01"))).toBe("holds");
    expect(statusOf(check, id, flat("2024-02-01", "2024-02-25", target))).toBe("holds");
    expect(statusOf(check, id, flat("2024-02-01", "2024-02-24", target))).toBe("no data");
    // A hole around the lens date within the slack.
    expect(statusOf(check, id, days("2024-02-25", [target, null, null, null, null, null, null, target]))).toBe("holds");
  });

  it("says no data without a series or for an empty one", () => {
    expect(check.run(input({}), lens).reason).toContain("Hugging Face Hub API");
    expect(statusOf(check, id, [])).toBe("no data");
  });
});

describe("bittensorSubnets (VERIFY-3)", () => {
  const ID = "bittensor-subnet-count";
  const at = (v: number) => flat("2024-02-20", "2024-03-01", v);

  it("holds within ±2 of 32, is weakened within ±8, broken beyond", () => {
    for (const v of [30, 32, 34]) expect(statusOf(bittensorSubnets, ID, at(v))).toBe("holds");
    for (const v of [29, 35, 24, 40]) expect(statusOf(bittensorSubnets, ID, at(v))).toBe("weakened");
    for (const v of [23, 41, 0, 64]) expect(statusOf(bittensorSubnets, ID, at(v))).toBe("broken");
    const r = bittensorSubnets.run(input({ [ID]: at(32) }), lens);
    expect(r.reason).toBe("32 subnets on 2024-03-01.");
    expect(r.sparkline).toHaveLength(11);
  });

  it("reads the latest date under 'since' and says no data for stale, empty or missing series", () => {
    expect(statusOf(bittensorSubnets, ID, [...at(32), ...flat("2024-03-02", "2024-04-01", 45)], since("2024-03-01", "2024-04-01"))).toBe(
      "broken",
    );
    expect(statusOf(bittensorSubnets, ID, flat("2024-02-01", "2024-02-24", 32))).toBe("no data");
    expect(statusOf(bittensorSubnets, ID, flat("2024-03-02", "2024-03-10", 32))).toBe("no data");
    expect(statusOf(bittensorSubnets, ID, [])).toBe("no data");
    expect(bittensorSubnets.run(input({}), lens).status).toBe("no data");
  });
});

describe("taoRank (VERIFY-2)", () => {
  const OTHERS = { fet: 100, rndr: 90, wld: 80, agix: 70, ocean: 60, grt: 50, near: 40, icp: 30 };
  const caps = (values: Record<string, number>) =>
    Object.fromEntries(Object.entries(values).map(([id, v]) => [`mcap:${id}`, flat("2024-02-20", "2024-04-01", v)]));
  const rankRun = (tao: number, others: Record<string, number> = OTHERS, l: Lens = lens) => taoRank.run(input(caps({ tao, ...others })), l);

  it("holds in the top 3, is weakened in the top 5, broken below", () => {
    expect(rankRun(120).status).toBe("holds");
    const third = rankRun(85);
    expect(third.status).toBe("holds");
    expect(third.reason).toBe("TAO ranks 3 of 9 AI tokens by market cap on 2024-03-01.");
    expect(third.evidence[0]?.data).toBe("3 of 9");
    expect(third.sparkline).toEqual([]);
    expect(rankRun(75).status).toBe("weakened");
    expect(rankRun(65).status).toBe("weakened");
    expect(rankRun(55).status).toBe("broken");
    expect(rankRun(1).reason).toContain("ranks 9 of 9");
  });

  it("leaves out caps more than five days old and reads the latest date under 'since'", () => {
    const data = caps({ tao: 75, ...OTHERS });
    data["mcap:fet"] = flat("2024-02-01", "2024-02-24", 100);
    expect(taoRank.run(input(data), lens).status).toBe("holds");
    const later = {
      ...caps({ tao: 75, ...OTHERS }),
      "mcap:tao": [...flat("2024-02-20", "2024-03-01", 75), ...flat("2024-03-02", "2024-04-01", 200)],
    };
    expect(taoRank.run(input(later), lens).status).toBe("weakened");
    expect(taoRank.run(input(later), since("2024-03-01", "2024-04-01")).status).toBe("holds");
  });

  it("says no data without TAO's cap or with fewer than three caps", () => {
    expect(taoRank.run(input(caps(OTHERS)), lens).status).toBe("no data");
    expect(rankRun(50, { fet: 100 }).status).toBe("no data");
    // Three caps are enough, and then TAO is in the top 3 whatever its place.
    expect(rankRun(50, { fet: 100, rndr: 90 }).status).toBe("holds");
    const staleTao = { ...caps(OTHERS), "mcap:tao": flat("2024-02-01", "2024-02-24", 500) };
    expect(taoRank.run(input(staleTao), lens).status).toBe("no data");
    expect(taoRank.run(input({ "mcap:tao": [], "mcap:fet": [], "mcap:rndr": [] }), lens).status).toBe("no data");
    expect(taoRank.run(input({}), lens).reason).toContain("CoinGecko");
  });
});

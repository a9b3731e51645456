import { describe, expect, it } from "vitest";
import { addDays } from "../range";
import type { Point } from "../types";
import { aiBeatsBenchmarks, aiTimeline, narrativeLasts, upOnBtcDownDays, wldAltman, wldSora, wldValuation } from "./narrative-checks";
import type { CheckInput, Lens } from "./types";

/** Consecutive daily points from `from`; a null leaves a hole (no point that day). */
const days = (from: string, values: readonly (number | null)[]): Point[] =>
  values.flatMap((value, i) => (value === null ? [] : [{ date: addDays(from, i), value }]));
const span = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
/** Daily points from `from` to `to` inclusive, moving in a straight line from `a` to exactly `b`. */
const line = (from: string, to: string, a: number, b: number): Point[] => {
  const n = span(from, to);
  return Array.from({ length: n + 1 }, (_, i) => ({ date: addDays(from, i), value: i === n ? b : a + ((b - a) * i) / n }));
};
const flat = (from: string, to: string, value: number) => line(from, to, value, value);

const input = (series: Record<string, Point[]>, events: CheckInput["events"] = []): CheckInput => ({ series, events });
const then = (asOf: string, latest = "2024-06-30"): Lens => ({ kind: "then", asOf, latest });
const since = (asOf: string, latest: string): Lens => ({ kind: "since", asOf, latest });

const TOKENS = ["fet", "agix", "ocean", "rndr", "wld", "grt", "tao"] as const;
/** Series for the first tokens of the basket, from the given paths. */
const basketOf = (paths: readonly Point[][]) => Object.fromEntries(paths.map((p, i) => [TOKENS[i] ?? `extra-${i}`, p]));

describe("aiBeatsBenchmarks (NARR-3)", () => {
  // "then": Q4 2023 (2023-10-01) to the as-of date.
  const lens = then("2023-10-31");
  const up = (pct: number) => line("2023-10-01", "2023-10-31", 100, 100 + pct);
  const bench = { btc: up(10), eth: up(20), nvda: up(30), msft: up(40) };
  const run = (tokenPcts: readonly number[], b: Record<string, Point[]> = bench) =>
    aiBeatsBenchmarks.run(input({ ...basketOf(tokenPcts.map(up)), ...b }), lens);

  it("holds when the basket beats all four benchmarks and every token beats BTC", () => {
    const r = run([50, 50, 50, 50, 50, 50, 50]);
    expect(r.status).toBe("holds");
    expect(r.reason).toContain("beats 4 of 4 benchmarks; 7 of 7 tokens beat BTC");
    expect(r.evidence.map((e) => e.label)).toEqual(["AI basket (equal weight)", "BTC", "ETH", "NVDA", "MSFT"]);
    expect(r.evidence[0]?.data).toBe("+50.0% (FET, AGIX, OCEAN, RNDR, WLD, GRT, TAO)");
    expect(r.sparkline).toHaveLength(31);
  });

  it("holds when exactly half the tokens beat BTC, weakened just below half", () => {
    expect(run([200, 200, 0, 0]).status).toBe("holds");
    expect(run([400, 0, 0, 0]).status).toBe("weakened");
    expect(run([300, 300, 0, 0, 0]).status).toBe("weakened");
  });

  it("is weakened when the basket beats all benchmarks but fewer than half its tokens beat BTC", () => {
    const r = run([300, 0, 0, 0, 0, 0, 0]);
    expect(r.reason).toContain("beats 4 of 4");
    expect(r.reason).toContain("1 of 7 tokens beat BTC");
    expect(r.status).toBe("weakened");
  });

  it("does not count a token that only matches BTC as beating it", () => {
    // Basket +57.5 % beats all four, but the three +10 % tokens tie BTC: 1 of 4 beat it.
    expect(run([10, 10, 10, 200]).status).toBe("weakened");
  });

  it("is weakened when the basket beats some but not all benchmarks", () => {
    const r = run([25, 25, 25]);
    expect(r.status).toBe("weakened");
    expect(r.reason).toContain("beats 2 of 4");
  });

  it("is broken when the basket beats none, and a tie with a benchmark is not a win", () => {
    expect(run([-10, -10]).status).toBe("broken");
    const same = { btc: up(50), eth: up(50), nvda: up(50), msft: up(50) };
    expect(run([50, 50], same).status).toBe("broken");
    expect(run([50, 50], { ...same, btc: up(49) }).status).toBe("weakened");
  });

  it("judges the 'since' lens on the as-of date to the latest data only", () => {
    // Tokens double to 2023-10-16, then fall 25 %; benchmarks are flat.
    const token = [...line("2023-10-01", "2023-10-16", 100, 200), ...line("2023-10-17", "2023-10-31", 190, 150)];
    const flatBench = { btc: flat("2023-10-01", "2023-10-31", 1), eth: flat("2023-10-01", "2023-10-31", 2), nvda: up(0), msft: up(0) };
    const data = input({ ...basketOf([token, token]), ...flatBench });
    expect(aiBeatsBenchmarks.run(data, then("2023-10-16")).status).toBe("holds");
    expect(aiBeatsBenchmarks.run(data, since("2023-10-16", "2023-10-31")).status).toBe("broken");
  });

  it("says no data with fewer than two tokens, or a benchmark missing, and never throws on empty input", () => {
    expect(run([50]).status).toBe("no data");
    expect(run([50]).reason).toContain("fewer than two AI tokens");
    const noNvda = run([50, 50], { btc: up(10), eth: up(20), msft: up(40) });
    expect(noNvda.status).toBe("no data");
    expect(noNvda.reason).toContain("NVDA");
    expect(noNvda.evidence).toEqual([]);
    expect(aiBeatsBenchmarks.run(input({}), lens).status).toBe("no data");
    const empty = Object.fromEntries([...TOKENS, "btc", "eth", "nvda", "msft"].map((id) => [id, []]));
    expect(aiBeatsBenchmarks.run(input(empty), lens).status).toBe("no data");
    expect(aiBeatsBenchmarks.run(input({ ...basketOf([up(50), up(50)]), ...bench }), then("2023-09-15")).status).toBe("no data");
  });

  it("accepts a first close up to five days into the window and a last close up to five days before its end", () => {
    const lateStart = (start: string) => line(start, "2023-10-31", 100, 150);
    expect(run([50, 50], { ...bench, fet: lateStart("2023-10-06") }).status).toBe("holds");
    expect(run([50, 50], { ...bench, fet: lateStart("2023-10-07") }).status).toBe("no data");
    // A hole at the start of the window: FET has no closes on 2023-10-01 … 10-05.
    const holed = days("2023-09-25", [100, 100, 100, 100, 100, 100, null, null, null, null, null, 100, 120, 150]);
    expect(run([50, 50], { ...bench, fet: [...holed, ...line("2023-10-09", "2023-10-31", 150, 150)] }).status).toBe("holds");
    const early = (end: string) => ({ ...bench, btc: line("2023-10-01", end, 100, 110) });
    expect(run([50, 50], early("2023-10-26")).status).toBe("holds");
    expect(run([50, 50], early("2023-10-25")).status).toBe("no data");
    expect(run([50, 50], early("2023-10-25")).reason).toContain("BTC");
  });
});

describe("upOnBtcDownDays (NARR-5, NARR-2)", () => {
  // BTC falls 10 % on 10-02 and 10-04, rises 10 % on 10-03 and 10-05.
  const btc = days("2023-10-01", [100, 90, 99, 89.1, 98.01]);
  /** A token that moves `r` percent on BTC's down days and not at all on its up days. */
  const token = (r: number) => {
    const k = 1 + r / 100;
    return days("2023-10-01", [100, 100 * k, 100 * k, 100 * k * k, 100 * k * k]);
  };
  const lens = then("2023-10-05");

  it("holds when the basket's mean on BTC-down days is above zero", () => {
    const r = upOnBtcDownDays.run(input({ btc, fet: token(5) }), lens);
    expect(r.status).toBe("holds");
    expect(r.evidence[0]?.data).toBe("2 days");
    expect(r.evidence[1]?.data).toBe("+5.0% (tokens up on 100% of them)");
    expect(r.evidence[2]?.data).toBe("−10.0%");
    expect(r.sparkline).toEqual(btc);
  });

  it("is weakened at exactly zero and below zero but above BTC's mean", () => {
    expect(upOnBtcDownDays.run(input({ btc, fet: token(0) }), lens).status).toBe("weakened");
    expect(upOnBtcDownDays.run(input({ btc, fet: token(-5) }), lens).status).toBe("weakened");
  });

  it("is broken at BTC's own mean and below it", () => {
    expect(upOnBtcDownDays.run(input({ btc, fet: btc }), lens).status).toBe("broken");
    expect(upOnBtcDownDays.run(input({ btc, fet: token(-20) }), lens).status).toBe("broken");
  });

  it("averages the tokens that share down days with BTC", () => {
    const r = upOnBtcDownDays.run(input({ btc, fet: token(5), agix: token(-15), ocean: [] }), lens);
    expect(r.status).toBe("weakened");
    expect(r.reason).toContain("averaged −5.0% a day");
  });

  it("pairs returns across a hole in a token's data", () => {
    // No FET close on 10-03: the common days are 10-01, 10-02, 10-04, 10-05; BTC fell on 10-02 and 10-04.
    const holed = days("2023-10-01", [100, 105, null, 110.25, 110.25]);
    const r = upOnBtcDownDays.run(input({ btc, fet: holed }), lens);
    expect(r.status).toBe("holds");
    expect(r.evidence[0]?.data).toBe("2 days");
  });

  it("uses the as-of date to the latest data under the 'since' lens", () => {
    // Before 10-06 the token rises on BTC-down days; after it, it falls harder than BTC.
    const btc2 = [...btc, ...days("2023-10-06", [88.209, 97.03, 87.327])];
    const tok2 = [...token(5), ...days("2023-10-06", [88.2, 88.2, 70.56])];
    const data = input({ btc: btc2, fet: tok2 });
    expect(upOnBtcDownDays.run(data, lens).status).toBe("holds");
    expect(upOnBtcDownDays.run(data, since("2023-10-06", "2023-10-08")).status).toBe("broken");
  });

  it("says no data without BTC, without tokens, without overlap or without a down day", () => {
    expect(upOnBtcDownDays.run(input({ fet: token(5) }), lens)).toMatchObject({ status: "no data", reason: "no BTC closes" });
    expect(upOnBtcDownDays.run(input({ btc }), lens).status).toBe("no data");
    expect(upOnBtcDownDays.run(input({ btc: [], fet: [] }), lens).status).toBe("no data");
    expect(upOnBtcDownDays.run(input({ btc, fet: days("2023-11-01", [1, 2, 3]) }), lens).status).toBe("no data");
    expect(upOnBtcDownDays.run(input({ btc: days("2023-10-01", [1, 2, 3, 4, 5]), fet: token(5) }), lens).status).toBe("no data");
    // Only one common return: too few for a beta.
    expect(upOnBtcDownDays.run(input({ btc, fet: days("2023-10-01", [100, 101]) }), lens).status).toBe("no data");
    // The window ends before the data starts.
    expect(upOnBtcDownDays.run(input({ btc, fet: token(5) }), then("2023-09-30")).status).toBe("no data");
  });
});

describe("narrativeLasts (NARR-8)", () => {
  const lens = since("2024-03-01", "2024-03-31");
  const to = (b: number) => line("2024-03-01", "2024-03-31", 100, b);
  const btc = to(200);

  it("is not testable under the 'then' lens, whatever the data", () => {
    for (const data of [input({}), input({ btc, fet: to(300), agix: to(300) })]) {
      const r = narrativeLasts.run(data, then("2024-03-01"));
      expect(r.status).toBe("not testable");
      expect(r.evidence).toEqual([]);
      expect(r.sparkline).toEqual([]);
    }
  });

  it("holds when the basket keeps up with BTC (gap exactly 0) or beats it", () => {
    expect(narrativeLasts.run(input({ btc, fet: to(200), agix: to(200) }), lens).status).toBe("holds");
    const r = narrativeLasts.run(input({ btc, fet: to(300), agix: to(300) }), lens);
    expect(r.status).toBe("holds");
    expect(r.evidence[0]?.data).toBe("+200.0% vs +100.0%");
    expect(r.sparkline).toEqual(btc);
  });

  it("is weakened when the basket trails by less than 25 points, broken at exactly 25 and beyond", () => {
    expect(narrativeLasts.run(input({ btc, fet: to(176), agix: to(176) }), lens).status).toBe("weakened");
    expect(narrativeLasts.run(input({ btc, fet: to(175), agix: to(175) }), lens).status).toBe("broken");
    // Equal weight: +150 % and 0 % average +75 %, 25 points behind BTC's +100 %.
    expect(narrativeLasts.run(input({ btc, fet: to(250), agix: to(100) }), lens).status).toBe("broken");
    expect(narrativeLasts.run(input({ btc, fet: to(100), agix: to(100) }), lens).status).toBe("broken");
  });

  it("says no data with fewer than two tokens, no BTC, or BTC ending before the latest date", () => {
    expect(narrativeLasts.run(input({ btc, fet: to(300) }), lens).status).toBe("no data");
    expect(narrativeLasts.run(input({ fet: to(300), agix: to(300) }), lens).status).toBe("no data");
    expect(narrativeLasts.run(input({ btc: [], fet: [], agix: [] }), lens).status).toBe("no data");
    const shortBtc = line("2024-03-01", "2024-03-25", 100, 200);
    expect(narrativeLasts.run(input({ btc: shortBtc, fet: to(300), agix: to(300) }), lens).status).toBe("no data");
    const okBtc = line("2024-03-01", "2024-03-26", 100, 200);
    expect(narrativeLasts.run(input({ btc: okBtc, fet: to(300), agix: to(300) }), lens).status).toBe("holds");
  });
});

describe("wldAltman (NARR-9)", () => {
  /**
   * WLD from 2023-12-08: 100 to 12-13, `c1214` on 12-14 (World ID 2.0 move from the 12-12 close), `peak` on 12-18,
   * back to `c1214` to 12-22, then 1000 on 12-23 and 12-24 (outside the 7-day window).
   */
  const wld = (c1214: number, peak: number) =>
    days("2023-12-08", [100, 100, 100, 100, 100, 100, c1214, c1214, c1214, c1214, peak, c1214, c1214, c1214, c1214, 1000, 1000]);
  const lens = then("2024-03-01");
  const run = (points: Point[], l: Lens = lens) => wldAltman.run(input({ wld: points }), l);

  it("holds with a peak of at least +40 % and a quiet World ID 2.0", () => {
    const r = run(wld(100, 150));
    expect(r.status).toBe("holds");
    expect(r.reason).toBe("Peak +50.0% by 2023-12-18; World ID 2.0 0.0%.");
    expect(r.evidence[0]?.data).toBe("0.0% (2023-12-12 to 2023-12-14)");
    expect(r.evidence[1]?.data).toBe("+50.0% to the 2023-12-18 close");
    expect(r.sparkline).toHaveLength(17);
    expect(run(wld(100, 140.00001)).status).toBe("holds");
  });

  // BUG (narrative-checks.ts line 122, via moves.ts pctChange): 100 → 140 gives 100 × (1.4 − 1) = 39.99999999999999,
  // so an exact +40 % peak is "weakened" although the thresholds say "at least 40%". Flip to `it` once fixed.
  it("holds at exactly +40 % (floating-point boundary)", () => {
    expect(run(wld(100, 140)).status).toBe("holds");
  });

  it("is weakened from +25 % to just under +40 %, broken below +25 %", () => {
    expect(run(wld(100, 139.99)).status).toBe("weakened");
    expect(run(wld(100, 125)).status).toBe("weakened");
    expect(run(wld(100, 124.99)).status).toBe("broken");
    expect(run(wld(100, 100)).status).toBe("broken");
  });

  it("is weakened, not held, when World ID 2.0 moved WLD 15 % or more", () => {
    expect(run(wld(114, 171)).status).toBe("holds");
    expect(run(wld(116, 174)).status).toBe("weakened");
    expect(run(wld(85, 127.5)).status).toBe("weakened");
    // Not quiet and a small peak: broken.
    expect(run(wld(120, 130)).status).toBe("broken");
  });

  // BUG (narrative-checks.ts line 121): 100 → 115 gives 14.999999999999991, so an exact +15 % World ID move counts as
  // "quiet" although the thresholds say "less than 15%". Flip to `it` once fixed.
  it("treats an exact +15 % World ID 2.0 move as not quiet (floating-point boundary)", () => {
    expect(run(wld(115, 172.5)).status).toBe("weakened");
  });

  it("prefixes the 'since' lens with the past-event note and keeps the verdict", () => {
    const r = run(wld(100, 150), since("2024-03-01", "2024-06-30"));
    expect(r.status).toBe("holds");
    expect(r.reason.startsWith("A past event: later data does not change the verdict. Peak +50.0%")).toBe(true);
  });

  it("measures from the 12-13 close when 12-14 is missing", () => {
    const holed = days("2023-12-10", [100, 100, 100, 110, null, 120, 150, 120]);
    const r = run(holed);
    expect(r.status).toBe("weakened");
    expect(r.evidence[0]?.data).toBe("+10.0% (2023-12-12 to 2023-12-13)");
    expect(r.evidence[1]?.data).toBe("+36.4% to the 2023-12-16 close");
  });

  it("says no data without WLD or without closes around 12-13 … 12-22", () => {
    expect(wldAltman.run(input({}), lens)).toMatchObject({ status: "no data", reason: "no WLD closes", evidence: [], sparkline: [] });
    expect(run([]).status).toBe("no data");
    // No closes on 12-13 and 12-14: World ID 2.0 cannot be measured.
    expect(run(days("2023-12-10", [100, 100, 100, null, null, 150, 150])).status).toBe("no data");
    // No close 12-11 … 12-14: no close before Altman's promotion.
    expect(run(days("2023-12-10", [100, null, null, null, null, 150, 150])).status).toBe("no data");
    // No close 12-15 … 12-22.
    expect(run([...days("2023-12-10", [100, 100, 100, 100, 100]), ...days("2023-12-23", [150])]).status).toBe("no data");
    // The series ends before the event.
    expect(run(days("2023-12-01", [100, 100, 100])).status).toBe("no data");
  });
});

describe("wldSora (NARR-10)", () => {
  /** WLD at 100 from 2024-02-08 to 03-06, `peak` on 03-07 (the last day of the 21-day window), 1000 on 03-08. */
  const wld = (peak: number) => [...flat("2024-02-08", "2024-03-06", 100), ...days("2024-03-07", [peak, 1000])];
  const lens = then("2024-03-15");
  const run = (points: Point[], l: Lens = lens) => wldSora.run(input({ wld: points }), l);

  it("holds at ×2.5 or more", () => {
    const r = run(wld(250));
    expect(r.status).toBe("holds");
    expect(r.reason).toBe("×2.50 from the 2024-02-14 close to the 2024-03-07 close.");
    expect(r.evidence[0]?.data).toBe("×2.50 (100 → 250 USDT)");
    expect(r.sparkline.at(0)?.date).toBe("2024-02-08");
    expect(r.sparkline.at(-1)?.date).toBe("2024-03-08");
    expect(run(wld(300)).status).toBe("holds");
  });

  it("is weakened from ×1.75 to just under ×2.5, broken below ×1.75", () => {
    expect(run(wld(249.99)).status).toBe("weakened");
    expect(run(wld(175)).status).toBe("weakened");
    expect(run(wld(174.99)).status).toBe("broken");
    expect(run(wld(100)).status).toBe("broken");
  });

  it("prefixes the 'since' lens with the past-event note", () => {
    const r = run(wld(250), since("2024-03-15", "2024-06-30"));
    expect(r.status).toBe("holds");
    expect(r.reason.startsWith("A past event")).toBe(true);
  });

  it("accepts a close before the event up to four days old, and says no data otherwise", () => {
    const after = [...flat("2024-02-15", "2024-03-06", 200), ...days("2024-03-07", [250])];
    expect(run([...flat("2024-02-01", "2024-02-11", 100), ...after]).status).toBe("holds");
    expect(run([...flat("2024-02-01", "2024-02-10", 100), ...after]).status).toBe("no data");
  });

  it("says no data without WLD, for an empty series, or a series that ends before the event", () => {
    expect(wldSora.run(input({}), lens).status).toBe("no data");
    expect(run([]).status).toBe("no data");
    expect(run(flat("2024-02-01", "2024-02-14", 100)).status).toBe("no data");
    // Only closes after the window.
    expect(run([...flat("2024-02-08", "2024-02-14", 100), ...days("2024-03-08", [1000])]).status).toBe("no data");
  });
});

describe("wldValuation (NARR-11)", () => {
  /** WLD at `close` for the month to 2024-03-01, then 20 (a $200B FDV) to 2024-04-01. */
  const wld = (close: number) => [...flat("2024-02-01", "2024-03-01", close), ...flat("2024-03-02", "2024-04-01", 20)];
  const lens = then("2024-03-01");
  const run = (close: number) => wldValuation.run(input({ wld: wld(close) }), lens);

  it("holds within ±25 % of $80B (FDV = close × 10 billion), inclusive", () => {
    const r = run(8);
    expect(r.status).toBe("holds");
    expect(r.evidence[0]?.data).toBe("$80.0B on 2024-03-01");
    expect(r.reason).toContain("0.0% from $80B");
    expect(r.sparkline.at(-1)?.date).toBe("2024-03-01");
    expect(run(10).status).toBe("holds");
    expect(run(6).status).toBe("holds");
  });

  it("is weakened beyond ±25 % up to ±50 %, inclusive, and broken beyond", () => {
    expect(run(10.01).status).toBe("weakened");
    expect(run(5.99).status).toBe("weakened");
    expect(run(12).status).toBe("weakened");
    expect(run(4).status).toBe("weakened");
    expect(run(12.01).status).toBe("broken");
    expect(run(3.99).status).toBe("broken");
  });

  it("reads the as-of date under 'then' and the latest date under 'since'", () => {
    const data = input({ wld: wld(8) });
    expect(wldValuation.run(data, since("2024-03-01", "2024-04-01")).status).toBe("broken");
    expect(wldValuation.run(data, since("2024-03-01", "2024-04-01")).evidence[0]?.data).toBe("$200.0B on 2024-04-01");
  });

  it("accepts a close up to five days old, says no data otherwise", () => {
    expect(wldValuation.run(input({ wld: flat("2024-02-01", "2024-02-25", 8) }), lens).status).toBe("holds");
    expect(wldValuation.run(input({ wld: flat("2024-02-01", "2024-02-24", 8) }), lens).status).toBe("no data");
    expect(wldValuation.run(input({ wld: flat("2024-03-02", "2024-03-10", 8) }), lens).status).toBe("no data");
    expect(wldValuation.run(input({ wld: [] }), lens).status).toBe("no data");
    expect(wldValuation.run(input({}), lens).status).toBe("no data");
  });
});

describe("aiTimeline (TREND-9)", () => {
  const chatgpt = { id: "openai-chatgpt-launch", date: "2022-11-30" };
  const gpt3 = { id: "openai-gpt3-api-beta", date: "2020-06-11" };
  const run = (events: CheckInput["events"], asOf: string, kind: Lens["kind"] = "then") =>
    aiTimeline.run(input({}, events), { kind, asOf, latest: "2024-06-30" });

  it("holds with ChatGPT in Nov 2022, GPT-3 in June 2020 and ChatGPT under 548 days old", () => {
    const r = run([gpt3, chatgpt], "2024-03-01");
    expect(r.status).toBe("holds");
    expect(r.evidence).toHaveLength(2);
    expect(r.sparkline).toEqual([]);
    // 2022-11-30 + 547 days = 2024-05-30.
    expect(run([gpt3, chatgpt], "2024-05-30").status).toBe("holds");
    expect(run([gpt3, chatgpt], "2024-05-30", "since").status).toBe("holds");
  });

  it("is broken from 548 days on, or with other launch months", () => {
    expect(run([gpt3, chatgpt], "2024-05-31").status).toBe("broken");
    expect(run([gpt3, { ...chatgpt, date: "2022-12-01" }], "2024-03-01").status).toBe("broken");
    expect(run([{ ...gpt3, date: "2020-07-01" }, chatgpt], "2024-03-01").status).toBe("broken");
  });

  it("says no data when an event is missing", () => {
    expect(run([], "2024-03-01").status).toBe("no data");
    expect(run([chatgpt], "2024-03-01").status).toBe("no data");
    expect(run([gpt3, { id: "other", date: "2022-11-30" }], "2024-03-01").status).toBe("no data");
  });
});

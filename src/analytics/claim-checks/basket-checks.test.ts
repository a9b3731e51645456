import { describe, expect, it } from "vitest";
import type { Point } from "../types";
import { aiBeatsBenchmarks, narrativeLasts, upOnBtcDownDays } from "./basket-checks";
import { days, line, flat, input, atReport, since, TOKENS, basketOf } from "@/test/claim-check-series";

describe("aiBeatsBenchmarks (NARR-3)", () => {
  // "then": Q4 2023 (2023-10-01) to the as-of date.
  const lens = atReport("2023-10-31");
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
    expect(aiBeatsBenchmarks.run(data, atReport("2023-10-16")).status).toBe("holds");
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
    expect(aiBeatsBenchmarks.run(input({ ...basketOf([up(50), up(50)]), ...bench }), atReport("2023-09-15")).status).toBe("no data");
  });

  it("under 'since', chains RNDR → RENDER into one Render series and names who is left out and why", () => {
    const l = since("2024-03-01", "2024-09-30");
    const u = (pct: number) => line("2024-03-01", "2024-09-30", 100, 100 + pct);
    const b = { btc: u(10), eth: u(20), nvda: u(30), msft: u(40) };
    // RNDR ends 2024-07-13 at 150; RENDER starts 2024-07-26 at 150 and ends at 300: Render doubles... and a half.
    const rndr = line("2024-03-01", "2024-07-13", 100, 150);
    const render = line("2024-07-26", "2024-09-30", 150, 300);
    const tao = line("2024-04-11", "2024-09-30", 100, 50);
    const r = aiBeatsBenchmarks.run(input({ ...b, fet: u(50), rndr, render, tao }), l);
    // Render +200 % (100 → 300 across the gap) and FET +50 %: basket +125 %.
    expect(r.evidence[0]?.data).toBe("+125.0% (FET, RNDR)");
    expect(r.evidence[1]).toEqual({
      label: "Left out of the basket",
      report: "–",
      data: "AGIX (no closes), OCEAN (no closes), WLD (no closes), GRT (no closes), TAO (first close 2024-04-11): no closes at both ends of the window",
    });
    expect(r.evidence[2]?.label).toBe("Render (RNDR → RENDER)");
    expect(r.evidence[2]?.data).toContain("RNDR closes to 2024-07-13, RENDER from 2024-07-26 (1:1 swap); no prices in the gap");
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
  const lens = atReport("2023-10-05");

  it("holds when the basket's mean on BTC-down days is above zero", () => {
    const r = upOnBtcDownDays.run(input({ btc, fet: token(5) }), lens);
    expect(r.status).toBe("holds");
    expect(r.evidence[0]?.data).toBe("2 days (BTC's own closes, 2023-10-01 to 2023-10-05)");
    expect(r.evidence[1]?.data).toBe("+5.00% over 2 days, 1 token a day; up on 100% of them");
    expect(r.evidence[2]?.data).toBe("−10.00%");
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
    expect(r.reason).toContain("averaged −5.00% a day");
  });

  it("takes a token's return only over BTC's own interval: a hole sits that day out, nothing spans it", () => {
    // No FET close on 10-03: BTC fell on 10-02 (FET 100 → 105) and on 10-04 (from 10-03, where FET has no close).
    const holed = days("2023-10-01", [100, 105, null, 110.25, 110.25]);
    const r = upOnBtcDownDays.run(input({ btc, fet: holed }), lens);
    expect(r.status).toBe("holds");
    expect(r.evidence[0]?.data).toBe("2 days (BTC's own closes, 2023-10-01 to 2023-10-05)");
    expect(r.evidence[1]?.data).toBe("+5.00% over 1 day (no token had closes on the other 1 day), 1 token a day; up on 100% of them");
    // BTC's mean is over both its down days all the same.
    expect(r.evidence[2]?.data).toBe("−10.00%");
  });

  it("takes BTC's mean from all its own down days, not from the days a token happens to cover", () => {
    // BTC falls 10 % on 10-02 and 20 % on 10-04. FET only has closes to 10-02 (like AGIX and OCEAN ending 2023-12-29).
    const btc2 = days("2023-10-01", [100, 90, 100, 80, 90]);
    const short = days("2023-10-01", [100, 110]);
    const r = upOnBtcDownDays.run(input({ btc: btc2, fet: short, wld: days("2023-10-01", [100, 90, 90, 81, 81]) }), lens);
    // BTC: (−10 − 20) / 2 = −15 %, whichever tokens are in the basket.
    expect(r.evidence[2]?.data).toBe("−15.00%");
    expect(r.evidence[0]?.data).toBe("2 days (BTC's own closes, 2023-10-01 to 2023-10-05)");
    // Daily equal weight on one set of days: 10-02 (FET +10, WLD −10) → 0; 10-04 (WLD −10) → −10; mean −5 %.
    expect(r.evidence[1]?.data).toBe("−5.00% over 2 days, 1–2 tokens a day; up on 0% of them");
    expect(r.reason).toBe("On BTC's 2 down days from 2023-10-01 to 2023-10-05, the AI basket averaged −5.00% a day against BTC's −15.00%.");
    expect(r.status).toBe("weakened");
    expect(r.evidence[3]).toMatchObject({
      label: "The basket",
      data: "the digest's AI basket, each token that has closes here (AKT has none): WLD on 2 of 2; FET on 1 of 2; no closes on these days: AGIX, OCEAN, RNDR, GRT, TAO",
    });
  });

  it("holds Render as one series across its ticker change and says how the gap is treated", () => {
    const b = days("2024-07-10", [100, 90, 100, 90, ...Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 100 : 90))]);
    const rndr = days("2024-07-10", [10, 11, 11, 12.1]);
    const render = days("2024-07-26", [12, 13.2, 13.2, 14.52]);
    const r = upOnBtcDownDays.run(input({ btc: b, rndr, render }), since("2024-07-10", "2024-07-30"));
    expect(r.evidence.map((e) => e.label)).toContain("Render (RNDR → RENDER)");
    expect(r.evidence.at(-1)?.data).toContain("RNDR closes to 2024-07-13, RENDER from 2024-07-26");
    // RENDER's down-day returns are in the basket: 07-11, 07-13 (RNDR) and 07-27, 07-29 (RENDER).
    expect(r.evidence[3]?.data).toContain("RNDR on 4 of 4");
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
    // The window ends before the data starts.
    expect(upOnBtcDownDays.run(input({ btc, fet: token(5) }), atReport("2023-09-30")).status).toBe("no data");
  });
});

describe("narrativeLasts (NARR-8)", () => {
  const lens = since("2024-03-01", "2024-03-31");
  const to = (b: number) => line("2024-03-01", "2024-03-31", 100, b);
  const btc = to(200);

  it("counts Render across its ticker change, like NARR-3", () => {
    const rndr = line("2024-03-01", "2024-03-10", 100, 150);
    const render = line("2024-03-20", "2024-03-31", 150, 300);
    const r = narrativeLasts.run(input({ btc, fet: to(300), rndr, render }), lens);
    expect(r.evidence[0]?.data).toBe("+200.0% (FET, RNDR) vs +100.0%");
  });

  it("is not testable under the 'then' lens, whatever the data", () => {
    for (const data of [input({}), input({ btc, fet: to(300), agix: to(300) })]) {
      const r = narrativeLasts.run(data, atReport("2024-03-01"));
      expect(r.status).toBe("not testable");
      expect(r.evidence).toEqual([]);
      expect(r.sparkline).toEqual([]);
    }
  });

  it("holds when the basket keeps up with BTC (gap exactly 0) or beats it", () => {
    expect(narrativeLasts.run(input({ btc, fet: to(200), agix: to(200) }), lens).status).toBe("holds");
    const r = narrativeLasts.run(input({ btc, fet: to(300), agix: to(300) }), lens);
    expect(r.status).toBe("holds");
    expect(r.evidence[0]?.data).toBe("+200.0% (FET, AGIX) vs +100.0%");
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

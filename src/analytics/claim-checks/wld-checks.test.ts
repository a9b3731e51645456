import { describe, expect, it } from "vitest";
import type { Point } from "../types";
import type { CheckInput, Lens } from "./types";
import { aiTimeline, wldAltman, wldSora, wldValuation } from "./event-checks";
import { days, flat, input, atReport, since } from "@/test/claim-check-series";

describe("wldAltman (NARR-9)", () => {
  /**
   * WLD from 2023-12-08: 100 to 12-13, `c1214` on 12-14 (World ID 2.0 move from the 12-12 close), `peak` on 12-18,
   * back to `c1214` to 2024-01-05, then 1000 on 01-06 and 01-07 (outside the 21-day window).
   */
  const wld = (c1214: number, peak: number) => [
    ...days("2023-12-08", [100, 100, 100, 100, 100, 100, c1214, c1214, c1214, c1214, peak, c1214, c1214, c1214, c1214]),
    ...flat("2023-12-23", "2024-01-05", c1214),
    ...days("2024-01-06", [1000, 1000]),
  ];
  const lens = atReport("2024-03-01");
  const run = (points: Point[], l: Lens = lens) => wldAltman.run(input({ wld: points }), l);

  it("holds with a peak of at least +40 % and a quiet World ID 2.0", () => {
    const r = run(wld(100, 150));
    expect(r.status).toBe("holds");
    expect(r.reason).toBe("Peak +50.0% by 2023-12-18; World ID 2.0 0.0%.");
    expect(r.evidence[0]?.data).toBe("0.0% (2023-12-12 to 2023-12-14)");
    expect(r.evidence[1]?.data).toBe("+50.0% to the 2023-12-18 close (highest within 21 days)");
    expect(r.sparkline).toHaveLength(31);
    expect(run(wld(100, 140.00001)).status).toBe("holds");
  });

  // BUG (wldAltman in event-checks.ts, via moves.ts pctChange): 100 → 140 gives 100 × (1.4 − 1) = 39.99999999999999,
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

  // BUG (wldAltman in event-checks.ts): 100 → 115 gives 14.999999999999991, so an exact +15 % World ID move counts as
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
    expect(r.evidence[1]?.data).toBe("+36.4% to the 2023-12-16 close (highest within 21 days)");
  });

  it("looks 21 days out, the window of the Appendix 2 tables: a peak on 2024-01-05 counts, one on 01-06 does not", () => {
    const late = [
      ...days("2023-12-08", [100, 100, 100, 100, 100, 100, 100]),
      ...flat("2023-12-15", "2024-01-04", 110),
      ...days("2024-01-05", [150, 1000]),
    ];
    const r = run(late);
    expect(r.evidence[1]?.data).toBe("+50.0% to the 2024-01-05 close (highest within 21 days)");
    expect(r.status).toBe("holds");
    // As the report saw it on 2023-12-20, the window reaches only 5 days; before 12-18 there is not enough of it.
    expect(run(late, atReport("2023-12-20")).evidence[1]?.data).toBe("+10.0% to the 2023-12-15 close (highest within 5 days)");
    expect(run(late, atReport("2023-12-17")).status).toBe("no data");
  });

  it("says no data without WLD or without closes around 12-13 … 2024-01-05", () => {
    expect(wldAltman.run(input({}), lens)).toMatchObject({ status: "no data", reason: "no WLD closes", evidence: [], sparkline: [] });
    expect(run([]).status).toBe("no data");
    // No closes on 12-13 and 12-14: World ID 2.0 cannot be measured.
    expect(run(days("2023-12-10", [100, 100, 100, null, null, 150, 150])).status).toBe("no data");
    // No close 12-11 … 12-14: no close before Altman's promotion.
    expect(run(days("2023-12-10", [100, null, null, null, null, 150, 150])).status).toBe("no data");
    // No close 12-15 … 2024-01-05.
    expect(run([...days("2023-12-10", [100, 100, 100, 100, 100]), ...days("2024-01-06", [150])]).status).toBe("no data");
    // The series ends before the event.
    expect(run(days("2023-12-01", [100, 100, 100])).status).toBe("no data");
  });
});

describe("wldSora (NARR-10)", () => {
  /** WLD at 100 from 2024-02-08 to 03-06, `peak` on 03-07 (the last day of the 21-day window), 1000 on 03-08. */
  const wld = (peak: number) => [...flat("2024-02-08", "2024-03-06", 100), ...days("2024-03-07", [peak, 1000])];
  const lens = atReport("2024-03-15");
  const run = (points: Point[], l: Lens = lens) => wldSora.run(input({ wld: points }), l);

  it("holds at ×2.5 or more", () => {
    const r = run(wld(250));
    expect(r.status).toBe("holds");
    expect(r.reason).toBe("×2.50 from the 2024-02-14 close to the 2024-03-07 close.");
    expect(r.evidence[0]?.data).toBe("×2.50 (100 → 250 USDT, highest close within 21 days)");
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
  const lens = atReport("2024-03-01");
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

  it("keeps the as-of verdict under 'since' (a claim about the time of writing), with the latest value for reference only", () => {
    const data = input({ wld: wld(8) });
    const r = wldValuation.run(data, since("2024-03-01", "2024-04-01"));
    expect(r.status).toBe("holds");
    expect(r.status).toBe(wldValuation.run(data, lens).status);
    expect(
      r.reason.startsWith("A claim about the time of writing: later data does not change the verdict. WLD closed 8 USDT on 2024-03-01"),
    ).toBe(true);
    expect(r.evidence[0]?.data).toBe("$80.0B on 2024-03-01");
    expect(r.evidence[2]).toEqual({ label: "Later, for reference (not judged)", report: "–", data: "$200.0B on 2024-04-01" });
    expect(wldValuation.run(data, lens).evidence).toHaveLength(2);
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

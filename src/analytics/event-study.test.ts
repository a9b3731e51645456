import { describe, expect, it } from "vitest";
import { averageCarPath, basketCarPath } from "./car-path";
import {
  DEFAULT_WINDOWS,
  type EventStudyResult,
  eventIndex,
  marketModel,
  overlappingEvents,
  separateEstimation,
  studyEvent,
  studyEvents,
  type WindowResult,
} from "./event-study";
import { addDays } from "./range";
import type { Point } from "./types";

const START = "2024-01-01";

/** Daily prices from `start` whose consecutive returns are `returns` (percent): n returns give n + 1 prices. */
function fromReturns(returns: readonly number[], p0 = 100, start = START): Point[] {
  const points = [{ date: start, value: p0 }];
  let p = p0;
  returns.forEach((r, i) => {
    p *= 1 + r / 100;
    points.push({ date: addDays(start, i + 1), value: p });
  });
  return points;
}
/** Date of return row i for series built by fromReturns (row i runs from day i to day i + 1). */
const rowDate = (i: number) => addDays(START, i + 1);

// Benchmark returns cycle through 1, −1, 0.5, −2, 1.5 % over 100 days.
const CYCLE = [1, -1, 0.5, -2, 1.5];
const benchR = Array.from({ length: 100 }, (_, i) => CYCLE[i % 5] as number);
const bench = fromReturns(benchR);
/** Token with r = 2 r_bench + 0.5 on every day, plus `shocks` (row → extra percent). */
const tokenWith = (shocks: Record<number, number>) =>
  fromReturns(
    benchR.map((b, i) => 2 * b + 0.5 + (shocks[i] ?? 0)),
    2,
  );

const okResult = (r: EventStudyResult) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}: ${r.detail}`);
  return r;
};
const okWindow = (w: WindowResult | undefined) => {
  if (!w?.ok) throw new Error(`expected an ok window, got ${JSON.stringify(w)}`);
  return w;
};

describe("eventIndex", () => {
  const rows = [{ date: "2024-03-07" }, { date: "2024-03-08" }, { date: "2024-03-11" }, { date: "2024-03-20" }];
  it("finds the first row on or after the event, up to 3 calendar days later", () => {
    expect(eventIndex(rows, "2024-03-08")).toBe(1);
    expect(eventIndex(rows, "2024-03-09")).toBe(2); // Saturday → Monday, 2 days
    expect(eventIndex(rows, "2024-03-01")).toBeUndefined(); // first row 6 days later
    expect(eventIndex(rows, "2024-03-04")).toBe(0); // exactly 3 days
    expect(eventIndex(rows, "2024-03-12")).toBeUndefined(); // next row 8 days later: data missing
    expect(eventIndex(rows, "2024-03-21")).toBeUndefined();
    expect(eventIndex([], "2024-03-21")).toBeUndefined();
  });
});

describe("marketModel", () => {
  it("fits OLS by hand", () => {
    // b̄ = 2, ā = 11/3, Σ(b − b̄)(a − ā) = 3, Σ(b − b̄)² = 2 → β = 1.5, α = 11/3 − 3 = 2/3.
    const m = marketModel([
      { a: 2, b: 1 },
      { a: 4, b: 2 },
      { a: 5, b: 3 },
    ]);
    expect(m?.beta).toBeCloseTo(1.5, 12);
    expect(m?.alpha).toBeCloseTo(2 / 3, 12);
    expect(m?.n).toBe(3);
  });
  it("refuses fewer than two rows or a benchmark that does not move", () => {
    expect(marketModel([{ a: 1, b: 1 }])).toBeUndefined();
    expect(
      marketModel([
        { a: 1, b: 0.1 },
        { a: 2, b: 0.1 },
        { a: 3, b: 0.1 },
      ]),
    ).toBeUndefined();
  });
});

describe("studyEvent", () => {
  it("gives beta 1, alpha 0 and zero CAR for a token that is the benchmark", () => {
    const r = okResult(studyEvent(bench, bench, rowDate(70)));
    expect(r.beta).toBeCloseTo(1, 12);
    expect(r.alpha).toBeCloseTo(0, 12);
    expect(r.estimationDays).toBe(50);
    for (const w of r.windows) expect(okWindow(w).carPct).toBeCloseTo(0, 12);
  });

  it("recovers beta 2 and alpha 0.5 for r = 2 r_bench + 0.5, and a +10 pp shock as the CAR", () => {
    const r = okResult(studyEvent(tokenWith({ 70: 10 }), bench, rowDate(70)));
    expect(r.t0).toBe(rowDate(70));
    expect(r.beta).toBeCloseTo(2, 9);
    expect(r.alpha).toBeCloseTo(0.5, 9);
    const [w1, w3, w7] = r.windows.map(okWindow);
    // Rows 69, 70, 71: bench 1.5, 1, −1 %; token 3.5, 12.5, −1.5 %.
    expect(w1?.window).toEqual({ from: -1, to: 1 });
    expect(w1?.days).toBe(3);
    expect(w1?.rawPct).toBeCloseTo(100 * (1.035 * 1.125 * 0.985 - 1), 9); // 14.6909375
    expect(w1?.benchPct).toBeCloseTo(100 * (1.015 * 1.01 * 0.99 - 1), 9); // 1.48985
    expect(w1?.carPct).toBeCloseTo(10, 9);
    expect(w3?.days).toBe(4);
    expect(w3?.carPct).toBeCloseTo(10, 9);
    expect(w7?.days).toBe(8);
    expect(w7?.carPct).toBeCloseTo(10, 9);
  });

  it("counts offsets in trading days when the benchmark is a stock", () => {
    const stock = bench.filter((p) => {
      const dow = new Date(`${p.date}T00:00:00Z`).getUTCDay();
      return dow !== 0 && dow !== 6;
    });
    // 2024-03-16 is a Saturday: the first common close is Monday 2024-03-18.
    const r = okResult(studyEvent(tokenWith({}), stock, "2024-03-16", [{ from: -1, to: 1 }], { from: -40, to: -2 }));
    expect(r.t0).toBe("2024-03-18");
    expect(okWindow(r.windows[0]).days).toBe(3);
    expect(r.estimationDays).toBe(39);
  });

  it("reports a short estimation window for an event near the start of the data", () => {
    // t0 = row 35: estimation rows 0 … 24 exist, 25 < 30.
    const r = studyEvent(tokenWith({}), bench, rowDate(35));
    expect(r).toMatchObject({ ok: false, reason: "short-estimation" });
    expect(okResult(studyEvent(tokenWith({}), bench, rowDate(40))).estimationDays).toBe(30);
  });

  it("reports no data at an event beyond the data or inside a hole", () => {
    expect(studyEvent(tokenWith({}), bench, "2025-01-01")).toMatchObject({ ok: false, reason: "no-data-at-event" });
    const holed = tokenWith({}).filter((_, i) => i < 70 || i > 75);
    expect(studyEvent(holed, bench, rowDate(70))).toMatchObject({ ok: false, reason: "no-data-at-event" });
    expect(studyEvent([], bench, rowDate(70))).toMatchObject({ ok: false, reason: "no-data-at-event" });
  });

  it("does not compute a window that runs past either end of the data", () => {
    // 100 rows, t0 = 97: [−1, 1] ends on row 98; [0, 3] and [0, 7] would need rows 100 and 104.
    const r = okResult(studyEvent(tokenWith({}), bench, rowDate(97), [...DEFAULT_WINDOWS, { from: 2, to: 10 }]));
    expect(r.windows.map((w) => w.ok)).toEqual([true, false, false, false]);
    expect(r.windows[1]).toEqual({ window: { from: 0, to: 3 }, ok: false, reason: "window-beyond-data" });
    expect(r.windows[3]).toMatchObject({ ok: false, reason: "window-beyond-data" });
    // A window reaching back to the data's start leaves no room for an estimation window before it.
    expect(studyEvent(tokenWith({}), bench, rowDate(97), [{ from: -98, to: 0 }])).toMatchObject({
      ok: false,
      reason: "short-estimation",
      detail: expect.stringContaining("[-148, -99]"),
    });
  });

  it("reports a flat benchmark", () => {
    const flat = bench.map((p) => ({ date: p.date, value: 50 }));
    expect(studyEvent(tokenWith({}), flat, rowDate(70))).toMatchObject({ ok: false, reason: "flat-benchmark" });
  });

  it("survives holes in the token without throwing or producing NaN", () => {
    const holed = tokenWith({ 70: 10 }).filter((_, i) => i % 7 !== 3 && (i < 20 || i > 26));
    const r = okResult(studyEvent(holed, bench, rowDate(70)));
    expect(JSON.stringify(r)).not.toMatch(/null|NaN/);
    // Days 0 … 70 lose 16 to the holes, so t0 is row 54 and the estimation rows −60 … −11 clip to rows 0 … 43.
    expect(r.estimationDays).toBe(44);
    // Multi-day returns across holes are not exactly linear in the benchmark's, so the shock shows up only roughly.
    expect(okWindow(r.windows[0]).carPct).toBeGreaterThan(8);
    expect(r.windows.every((w) => w.ok)).toBe(true);
  });
});

describe("studyEvents", () => {
  it("runs every event for every token, events outside, tokens inside, as studyEvent would", () => {
    const tokens = [
      { key: "a", points: tokenWith({ 70: 10 }) },
      { key: "b", points: bench },
    ];
    const events = [
      { id: "e1", date: rowDate(70) },
      { id: "e2", date: "2030-01-01" },
    ];
    const rows = studyEvents(tokens, bench, events);
    expect(rows.map((r) => `${r.eventId}/${r.key}`)).toEqual(["e1/a", "e1/b", "e2/a", "e2/b"]);
    expect(rows[0]?.result).toEqual(studyEvent(tokens[0]?.points ?? [], bench, rowDate(70)));
    expect(rows[3]?.result).toMatchObject({ ok: false, reason: "no-data-at-event" });
  });
});

describe("overlappingEvents", () => {
  const events = [
    { id: "A", date: "2024-01-01" },
    { id: "C", date: "2024-01-10" },
    { id: "B", date: "2024-01-03" },
    { id: "D", date: "2024-01-04" },
  ];
  it("chains events whose calendar windows share a day", () => {
    // [−1, 1]: A covers Dec 31 – Jan 2, B Jan 2 – 4, D Jan 3 – 5; C (Jan 9 – 11) stands alone.
    expect(overlappingEvents(events, { from: -1, to: 1 })).toEqual([["A", "B", "D"]]);
    // [0, 1]: A Jan 1 – 2 and B Jan 3 – 4 only touch; B and D share Jan 4.
    expect(overlappingEvents(events, { from: 0, to: 1 })).toEqual([["B", "D"]]);
    expect(overlappingEvents(events, { from: 0, to: 0 })).toEqual([]);
    expect(overlappingEvents(events, { from: 0, to: 7 })).toEqual([["A", "B", "D", "C"]]);
  });
});

describe("averageCarPath", () => {
  it("averages CAR paths across events with a cross-sectional standard error", () => {
    // Shocks of +10 and +4 pp at rows 65 and 72; neither falls in the other's estimation window (t0 − 60 … t0 − 11).
    const token = tokenWith({ 65: 10, 72: 4 });
    const path = averageCarPath(token, bench, [rowDate(65), rowDate(72), rowDate(30), "2030-01-01", rowDate(98)], 2);
    expect(path.offsets).toEqual([-2, -1, 0, 1, 2]);
    expect(path.used).toEqual([rowDate(65), rowDate(72)]);
    expect(path.skipped).toEqual([
      { date: rowDate(30), reason: "short-estimation" },
      { date: "2030-01-01", reason: "no-data-at-event" },
      { date: rowDate(98), reason: "window-beyond-data" },
    ]);
    expect(path.n).toEqual([2, 2, 2, 2, 2]);
    // CAR paths [0, 0, 10, 10, 10] and [0, 0, 4, 4, 4]: mean 7; sd = √((3² + 3²) / 1) = √18, se = √18 / √2 = 3.
    [0, 0, 7, 7, 7].forEach((m, i) => {
      expect(path.mean[i]).toBeCloseTo(m, 9);
    });
    [0, 0, 3, 3, 3].forEach((s, i) => {
      expect(path.se[i]).toBeCloseTo(s, 9);
    });
  });

  it("gives se 0 for a single event and empty arrays for none", () => {
    const one = averageCarPath(tokenWith({ 65: 10 }), bench, [rowDate(65)], 1);
    expect(one.se).toEqual([0, 0, 0]);
    [0, 10, 10].forEach((m, i) => {
      expect(one.mean[i]).toBeCloseTo(m, 9);
    });
    const none = averageCarPath(tokenWith({}), bench, ["2030-01-01"], 3);
    expect(none).toEqual({ offsets: [], mean: [], se: [], n: [], used: [], skipped: [{ date: "2030-01-01", reason: "no-data-at-event" }] });
  });
});

describe("basketCarPath", () => {
  it("averages the available tokens' abnormal returns per event, then cumulates", () => {
    const t1 = tokenWith({ 65: 10 });
    // r = 0.5 r_bench − 0.2, shock +2 pp at row 65.
    const t2 = fromReturns(
      benchR.map((b, i) => 0.5 * b - 0.2 + (i === 65 ? 2 : 0)),
      7,
    );
    const late = t1.slice(60); // starts at day 60: too short an estimation window for row 65
    const path = basketCarPath([t1, t2, late], bench, [rowDate(65), "2030-01-01"], 2);
    expect(path.used).toEqual([rowDate(65)]);
    expect(path.basketSize).toEqual([2]);
    expect(path.skipped).toEqual([{ date: "2030-01-01", reason: "no-data-at-event" }]);
    // Basket AR at t0 = (10 + 2) / 2 = 6.
    [0, 0, 6, 6, 6].forEach((m, i) => {
      expect(path.mean[i]).toBeCloseTo(m, 9);
    });
    expect(path.se).toEqual([0, 0, 0, 0, 0]);
  });

  it("skips an event with the reason most tokens gave", () => {
    const path = basketCarPath([bench.slice(50), bench.slice(40), bench], bench, [rowDate(65)], 1);
    // Two tokens start too late for a 30-day estimation window; the third is fine.
    expect(path.basketSize).toEqual([1]);
    const none = basketCarPath([bench.slice(50), bench.slice(40)], bench, [rowDate(65)], 1);
    expect(none.skipped).toEqual([{ date: rowDate(65), reason: "short-estimation" }]);
    expect(basketCarPath([], bench, [rowDate(65)], 1).skipped).toEqual([{ date: rowDate(65), reason: "no-data-at-event" }]);
  });
});

describe("event windows that reach into the estimation window (MacKinlay 1997 keeps them apart)", () => {
  // Event on row 90; a +10 % shock on row 70, inside [−30, −11] and inside the default estimation rows −60 … −11.
  const token = tokenWith({ 70: 10 });
  const event = rowDate(90);

  it("moves the estimation window before the earliest event window, keeping its length, and says so", () => {
    expect(separateEstimation([{ from: -30, to: -11 }])).toEqual({ estimation: { from: -80, to: -31 }, moved: true });
    expect(
      separateEstimation([
        { from: -1, to: 1 },
        { from: -11, to: 0 },
      ]),
    ).toEqual({ estimation: { from: -61, to: -12 }, moved: true });
    expect(separateEstimation(DEFAULT_WINDOWS)).toEqual({ estimation: { from: -60, to: -11 }, moved: false });
    expect(separateEstimation([{ from: -10, to: 5 }])).toMatchObject({ moved: false });
  });

  it("never measures a window's abnormal return against a model fitted on the same days", () => {
    const win = [{ from: -30, to: -11 }];
    const moved = okResult(studyEvent(token, bench, event, win));
    // The same as asking for the moved estimation window outright…
    expect(moved).toEqual(studyEvent(token, bench, event, win, { from: -80, to: -31 }));
    // …so the shock outside the estimation sample shows whole in the CAR (≈ +10 pp), not absorbed into α.
    expect(okWindow(moved.windows[0]).carPct).toBeCloseTo(10, 6);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_ESTIMATION, addDays, downDayStats, studyEvent } from "@/analytics";
import type { Series } from "@/sources/price-series";
import { toCsv } from "@/ui/export/csv";
import { downDaysExport, eventStudyExport, worldcoinExport } from "./export-tables";
import type { ShownEvent } from "./shown-events";

const meta = (asOf: string) => ({
  sourceId: "sample",
  sourceName: "Binance spot",
  sourceUrl: "https://example.test/file.csv",
  requestUrl: "",
  asOf,
  range: { from: "2024-01-01", to: asOf },
  fetchedAt: "",
  isSample: true,
});

/** 100 daily closes from 2024-01-01 whose returns are `r(i)` percent. */
function series(id: string, ticker: string, r: (i: number) => number): Series {
  const points = [{ date: "2024-01-01", value: 100 }];
  let p = 100;
  for (let i = 0; i < 100; i++) {
    p *= 1 + r(i) / 100;
    points.push({ date: addDays("2024-01-01", i + 1), value: p });
  }
  return { id, ticker, label: ticker, measure: "close", quote: "USDT", points, meta: meta(points[points.length - 1]?.date ?? "") };
}

const CYCLE = [1, -1, 0.5, -2, 1.5];
const btc = series("btc", "BTC", (i) => CYCLE[i % 5] as number);
const wld = series("wld", "WLD", (i) => 2 * (CYCLE[i % 5] as number) + 0.5 + (i === 80 ? 10 : 0));
const event: ShownEvent = {
  id: "openai-sora-preview",
  date: addDays("2024-01-01", 81),
  title: "OpenAI previews Sora",
  summary: "",
  category: "model-release",
  entities: [],
  tokens: [],
  source: { publisher: "OpenAI", title: "Sora", url: "https://openai.com/sora" },
  inReport: true,
  verified: true,
  evidence: "",
};

describe("narrative CSV exports", () => {
  it("writes the selected event's study per token: raw, benchmark and CAR per window, with the set-up in # lines", () => {
    const windows = [
      { from: -1, to: 1 },
      { from: 0, to: 3 },
    ];
    const result = studyEvent(wld.points, btc.points, event.date, windows);
    const table = eventStudyExport({
      event,
      rows: [{ token: wld, result }],
      bench: btc,
      benchLabel: "BTC",
      windows,
      estimation: DEFAULT_ESTIMATION,
      minEstimationDays: 30,
      reasonText: (r) => r,
    });
    const text = toCsv("Event study", table);
    expect(text).toContain("# Event: 2024-03-22 OpenAI previews Sora (OpenAI, Sora, https://openai.com/sora)\n");
    expect(text).toContain("# Benchmark: BTC\n");
    expect(text).toContain("# Estimation window: days -60 to -11 before day 0, in shared closes (at least 30)\n");
    expect(table.columns).toEqual([
      "token",
      "day 0",
      "alpha (% per day)",
      "beta",
      "estimation days",
      "raw return % [-1 to +1]",
      "BTC return % [-1 to +1]",
      "CAR % [-1 to +1]",
      "raw return % [0 to +3]",
      "BTC return % [0 to +3]",
      "CAR % [0 to +3]",
      "note",
    ]);
    if (!result.ok) throw new Error("expected a result");
    const row = table.rows[0] ?? [];
    expect(row[0]).toBe("WLD");
    expect(row[3]).toBeCloseTo(2, 3);
    // The 10 % shock on the day before day 0... lies in [-1, +1]: CAR ≈ 10, rounded to 4 decimals.
    const first = result.windows[0];
    expect(first?.ok && row[7]).toBe(first?.ok ? Math.round(first.carPct * 1e4) / 1e4 : null);
    expect(String(row[7])).toMatch(/^\d+(\.\d{1,4})?$/);
  });

  it("writes Figure 5 per token and period, with BTC's mean on the same days", () => {
    const range = { from: "2024-01-01", to: "2024-04-10" };
    const stats = downDayStats(wld.points, btc.points, range);
    const table = downDaysExport([{ token: wld, periods: [{ label: "chosen range", range, stats }] }], btc);
    expect(table.columns).toContain("BTC mean return % on the same days");
    if (!stats.ok) throw new Error("expected stats");
    expect(table.rows[0]?.slice(0, 6)).toEqual(["WLD", "chosen range", "2024-01-01", "2024-04-10", stats.days, stats.downDays]);
    expect(table.sources).toEqual(["WLD: Binance spot, https://example.test/file.csv", "BTC: Binance spot, https://example.test/file.csv"]);
  });

  it("writes Appendix 2 with both closes, the change and the multiple", () => {
    const table = worldcoinExport(
      [
        {
          date: "2024-02-15",
          event: "OpenAI previews Sora",
          report: "WLD up nearly 3x",
          measure: "peak",
          from: { date: "2024-02-14", value: 2.5 },
          to: { date: "2024-03-10", value: 7.5 },
          changePct: 200.00000000000003,
        },
        { date: "2024-05-01", event: "later", report: "x", measure: "change" },
      ],
      wld,
    );
    expect(table.columns).toContain("from close (USDT)");
    expect(table.rows[0]?.slice(4)).toEqual(["2024-02-14", 2.5, "2024-03-10", 7.5, 200, 3]);
    expect(table.rows[1]?.slice(4)).toEqual([null, null, null, null, null, null]);
  });
});

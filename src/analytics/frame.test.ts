import { describe, expect, it } from "vitest";
import { alignOnDates } from "./align";
import { buildComparisonFrame } from "./frame";
import { addDays, lastOnOrBefore } from "./range";

describe("alignOnDates", () => {
  it("keeps weekends empty for a stock instead of inventing prices", () => {
    const rows = alignOnDates([
      {
        key: "btc",
        points: [
          { date: "2024-03-08", value: 68000 },
          { date: "2024-03-09", value: 68300 },
          { date: "2024-03-11", value: 72000 },
        ],
      },
      {
        key: "nvda",
        points: [
          { date: "2024-03-08", value: 87.53 },
          { date: "2024-03-11", value: 85.76 },
        ],
      },
    ]);
    expect(rows.map((r) => r.date)).toEqual(["2024-03-08", "2024-03-09", "2024-03-11"]);
    expect(rows[1]).toEqual({ date: "2024-03-09", btc: 68300, nvda: null });
  });
});

describe("buildComparisonFrame", () => {
  const btc = [
    { date: "2023-09-30", value: 26900 },
    { date: "2023-10-01", value: 27990 },
    { date: "2023-10-02", value: 27500 },
    { date: "2023-10-03", value: 27429 },
  ];
  const wld = [
    { date: "2023-10-02", value: 1.6 },
    { date: "2023-10-03", value: 2.0 },
  ];

  it("rebases each series at its own first point in the window and summarises the change", () => {
    const frame = buildComparisonFrame(
      [
        { key: "btc", points: btc },
        { key: "wld", points: wld },
      ],
      { from: "2023-10-01", to: "2023-10-03" },
      "rebased",
    );
    expect(frame.rows[0]).toEqual({ date: "2023-10-01", btc: 100, wld: null });
    expect(frame.rows[1]?.wld).toBe(100);
    expect(frame.rows[2]?.wld).toBeCloseTo(125);
    expect(frame.summaries[1]).toMatchObject({ key: "wld", first: "2023-10-02", last: "2023-10-03", points: 2 });
    expect(frame.summaries[1]?.changePct).toBeCloseTo(25);
  });

  it("keeps prices in price mode and reports a series with no data in the window", () => {
    const frame = buildComparisonFrame([{ key: "wld", points: wld }], { from: "2024-01-01", to: "2024-02-01" }, "price");
    expect(frame.rows).toEqual([]);
    expect(frame.summaries[0]).toEqual({ key: "wld", points: 0 });
  });
});

describe("range helpers", () => {
  it("finds the last point on or before a day", () => {
    const pts = [
      { date: "2024-01-01", value: 1 },
      { date: "2024-01-05", value: 2 },
    ];
    expect(lastOnOrBefore(pts, "2024-01-04")?.value).toBe(1);
    expect(lastOnOrBefore(pts, "2024-01-05")?.value).toBe(2);
    expect(lastOnOrBefore(pts, "2023-12-31")).toBeUndefined();
  });
  it("adds days across month ends in UTC", () => {
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
  });
});

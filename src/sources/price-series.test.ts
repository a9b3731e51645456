import { describe, expect, it } from "vitest";
import { type Series, chartFrame } from "./price-series";

const meta = {
  sourceId: "test",
  sourceName: "hand-made",
  sourceUrl: "https://example.org",
  requestUrl: "",
  asOf: "2024-08-10",
  range: { from: "2024-07-01", to: "2024-08-10" },
  fetchedAt: "",
  isSample: true,
};
const daily = (id: string, from: string, to: string): Series => {
  const points = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    points.push({ date: new Date(t).toISOString().slice(0, 10), value: 10 });
  return { id, ticker: id.toUpperCase(), label: id, measure: "close", quote: "USD", points, meta };
};

describe("chartFrame", () => {
  it("joins RNDR to RENDER, draws both, and puts one open band over the ticker change's gap", () => {
    const rndr = daily("rndr", "2024-07-01", "2024-07-13");
    const render = daily("render", "2024-07-26", "2024-08-10");
    const btc = daily("btc", "2024-07-01", "2024-08-10");
    const { joined, shownInFrame, drawn, seams, plotted } = chartFrame(
      [rndr, btc],
      new Map([["render", render]]),
      { from: "2024-07-01", to: "2024-08-10" },
      "price",
    );
    expect(joined.map((j) => j.label)).toEqual(["RNDR → RENDER", "BTC"]);
    expect(shownInFrame.map((s) => s.id)).toEqual(["rndr", "btc"]);
    expect(drawn.map((s) => s.id)).toEqual(["rndr", "render", "btc"]);
    expect(plotted.map((p) => [p.index, p.series.id, p.line.label])).toEqual([
      [0, "rndr", "RNDR → RENDER"],
      [1, "btc", "BTC"],
    ]);
    expect(seams).toHaveLength(1);
    expect(seams[0]?.label).toBe("RNDR → RENDER: ticker change, no data between 2024-07-13 and 2024-07-26 (left open)");
  });

  it("leaves out of the drawn series one with no points in the range", () => {
    const { drawn } = chartFrame(
      [daily("btc", "2024-07-01", "2024-07-10"), daily("eth", "2023-01-01", "2023-02-01")],
      new Map(),
      { from: "2024-07-01", to: "2024-07-10" },
      "rebased",
    );
    expect(drawn.map((s) => s.id)).toEqual(["btc"]);
  });
});

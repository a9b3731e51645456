import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { seriesExportTable } from "./series-table";

const meta = { sourceName: "Binance spot", sourceUrl: "https://example.test", asOf: "2025-06-12", isSample: true };
const wld = { id: "wld", ticker: "WLD", measure: "close", quote: "USDT", meta };
const taoOpen = { id: "tao-open", ticker: "TAO", measure: "open", quote: "USD", meta };
const rows = [
  { date: "2024-02-14", wld: 100, "tao-open": 100 },
  { date: "2024-02-15", wld: 90.00000000000001, "tao-open": 123.456789123 },
  { date: "2024-02-16", wld: 100.00000000000001, "tao-open": null },
];

describe("series export table", () => {
  it("labels each column by what it holds: index, % change or price with its currency", () => {
    expect(seriesExportTable(rows, [wld, taoOpen], "rebased", "index").columns).toEqual([
      "date",
      "WLD index (first day = 100)",
      "TAO open index (first day = 100)",
    ]);
    expect(seriesExportTable(rows, [wld, taoOpen], "pct", "%").columns).toEqual(["date", "WLD % change", "TAO open % change"]);
    expect(seriesExportTable(rows, [wld, taoOpen], "price", "price").columns).toEqual(["date", "WLD close (USDT)", "TAO open (USD)"]);
  });

  it("rounds computed values to the precision the data has, with no float artefacts", () => {
    const text = toCsv("t", seriesExportTable(rows, [wld, taoOpen], "rebased", "index"));
    const body = text.split("\n").filter((l) => /^\d{4}-/.test(l));
    expect(body).toEqual(["2024-02-14,100,100", "2024-02-15,90,123.4568", "2024-02-16,100,"]);
    // Prices are written as the source gave them.
    const prices = seriesExportTable([{ date: "2024-02-15", wld: 0.000123456 }], [wld], "price", "price");
    expect(prices.rows[0]).toEqual(["2024-02-15", 0.000123456]);
  });
});

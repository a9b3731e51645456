import { describe, expect, it } from "vitest";
import { csvCell, csvNumber, exportFileName, roundTo, toCsv } from "./csv";

describe("CSV export", () => {
  it("writes the source and as-of as comment lines, then a header and one row per point", () => {
    const text = toCsv(
      "Data-stage tokens",
      {
        columns: ["date", "FIL", "AR"],
        rows: [
          ["2023-10-01", 100, null],
          ["2023-10-02", 101.5, 100],
        ],
        sources: ["FIL: Binance spot via RobBudaghyan/mark6"],
        asOf: "2025-06-12",
        isSample: true,
        range: { from: "2023-10-01", to: "2024-03-08" },
        units: "index, first day = 100",
      },
      new Date("2026-11-25T00:00:00Z"),
    );
    const lines = text.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("#"))).toEqual([
      "# Data-stage tokens",
      "# Exported from Mirage on 2026-11-25T00:00:00.000Z",
      "# Range: 2023-10-01 to 2024-03-08",
      "# Units: index, first day = 100",
      "# Data as of: 2025-06-12 (sample data embedded with the app)",
      "# Source: FIL: Binance spot via RobBudaghyan/mark6",
    ]);
    expect(lines.slice(6)).toEqual(["date,FIL,AR", "2023-10-01,100,", "2023-10-02,101.5,100"]);
  });

  it("quotes what needs quoting", () => {
    const text = toCsv("t", {
      columns: ["claim", "note"],
      rows: [['says "3x", then', "a\nb"]],
      sources: [],
      asOf: "x",
      isSample: false,
    });
    expect(text).toContain('"says ""3x"", then","a\nb"');
  });

  it("prefixes text a spreadsheet would evaluate with a single quote, but leaves numbers as numbers", () => {
    // Quoting alone does not stop Excel, LibreOffice or Sheets from evaluating =, +, -, @ (or a leading tab or CR).
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    // Numbers, and text that is just a number, are not formulas.
    expect(csvCell(-1.5)).toBe("-1.5");
    expect(csvCell("-1.5")).toBe("-1.5");
    expect(csvCell("+3")).toBe("+3");
    expect(csvCell("-2e-4")).toBe("-2e-4");
    expect(csvCell("a = b")).toBe("a = b");
    const text = toCsv("t", { columns: ["x", "y"], rows: [["=1+1", -0.25]], sources: ["=evil"], asOf: "x", isSample: true });
    expect(text).toContain("\n'=1+1,-0.25\n");
  });

  it("writes numbers without float artefacts", () => {
    expect(csvNumber(90.00000000000001)).toBe("90");
    expect(csvNumber(100.00000000000001)).toBe("100");
    expect(csvNumber(0.1 + 0.2)).toBe("0.3");
    expect(csvNumber(-0)).toBe("0");
    expect(csvNumber(0.000123456)).toBe("0.000123456");
    expect(csvNumber(Number.NaN)).toBe("");
    expect(roundTo(123.456789, 4)).toBe(123.4568);
  });

  it("writes extra comment lines after the units, one line each", () => {
    const text = toCsv("t", {
      columns: ["a"],
      rows: [[1]],
      sources: [],
      asOf: "x",
      isSample: true,
      units: "%",
      notes: ["Event: 2024-02-15 Sora", "Benchmark: BTC\nsecond line"],
    });
    expect(text.split("\n").slice(2, 5)).toEqual(["# Units: %", "# Event: 2024-02-15 Sora", "# Benchmark: BTC second line"]);
  });

  it("names files <panel>-<from>-<to>", () => {
    expect(exportFileName("Provenance & identity", { from: "2023-10-01", to: "2024-03-08" }, "csv")).toBe(
      "provenance-identity-2023-10-01-2024-03-08.csv",
    );
    expect(exportFileName("Claims overview", undefined, "png")).toBe("claims-overview.png");
  });
});

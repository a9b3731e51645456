import { describe, expect, it } from "vitest";
import { exportFileName, toCsv } from "./csv";

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

  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    const text = toCsv("t", {
      columns: ["claim", "note"],
      rows: [['says "3x", then', "=HYPERLINK(1)"]],
      sources: [],
      asOf: "x",
      isSample: false,
    });
    expect(text).toContain('"says ""3x"", then","=HYPERLINK(1)"');
  });

  it("names files <panel>-<from>-<to>", () => {
    expect(exportFileName("Provenance & identity", { from: "2023-10-01", to: "2024-03-08" }, "csv")).toBe(
      "provenance-identity-2023-10-01-2024-03-08.csv",
    );
    expect(exportFileName("Claims overview", undefined, "png")).toBe("claims-overview.png");
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatIssues } from "@/sources/shared/parse";
import { SeriesPointSchema } from "@/sources/shared/series";
import { checkPricePoints, readPriceRows } from "./schema";

// The zod schemas the hand-written checks replaced (validating per row cost ~160 ms on a first load): the checks must
// accept and reject the same files, with the same details in the panel.
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const DecimalText = z
  .string()
  .regex(/^\d+(\.\d+)?([eE][-+]?\d+)?$/, "expected a positive decimal")
  .transform(Number);
const CloseRows = z.array(z.object({ date: IsoDay, close: DecimalText })).min(1, "no rows");
const OpenRows = z.array(z.object({ date: IsoDay, open: DecimalText })).min(1, "no rows");
const Points = z.object({
  points: z
    .array(SeriesPointSchema)
    .min(1)
    .refine((pts) => pts.every((p, i) => i === 0 || (pts[i - 1]?.date ?? "") < p.date), "dates must be strictly increasing"),
});

const zodDetail = (schema: z.ZodType, raw: unknown) => {
  const r = schema.safeParse(raw);
  return r.success ? undefined : formatIssues(r.error.issues);
};
const rowsDetail = (rows: Record<string, string>[], column: "close" | "open") => {
  const r = readPriceRows(rows, column);
  return r.ok ? undefined : formatIssues(r.issues);
};

describe("readPriceRows", () => {
  const files: [string, Record<string, string>[]][] = [
    [
      "good",
      [
        { date: "2024-01-01", close: "1.5", open: "2" },
        { date: "2024-01-02", close: "1e-05", open: "3" },
      ],
    ],
    ["empty", []],
    ["negative close", [{ date: "2024-01-01", close: "-1", open: "1" }]],
    ["text close", [{ date: "2024-01-01", close: "n/a", open: "x" }]],
    ["bad day", [{ date: "2024-1-01", close: "1", open: "1" }]],
    ["missing column", [{ date: "2024-01-01", price: "1" }]],
    [
      "many bad rows",
      [
        { date: "x", close: "-1", open: "-1" },
        { date: "2024-01-02", close: "", open: "" },
        { date: "2024-01-03", close: "1,5", open: "1,5" },
      ],
    ],
  ];
  it.each(files)("reads a %s file as the row schemas did", (_, rows) => {
    expect(rowsDetail(rows, "close")).toBe(zodDetail(CloseRows, rows));
    expect(rowsDetail(rows, "open")).toBe(zodDetail(OpenRows, rows));
    const read = readPriceRows(rows, "close");
    const parsed = CloseRows.safeParse(rows);
    if (read.ok && parsed.success) expect(read.points).toEqual(parsed.data.map((r) => ({ date: r.date, value: r.close })));
  });

  it("names the row and the column of a bad cell", () => {
    expect(rowsDetail([{ date: "2024-01-01", close: "-1" }], "close")).toBe("[0].close: expected a positive decimal");
    expect(rowsDetail([], "close")).toBe("(root): no rows");
  });
});

describe("checkPricePoints", () => {
  const cases: [string, { date: string; value: number }[]][] = [
    [
      "good",
      [
        { date: "2024-01-01", value: 1 },
        { date: "2024-01-02", value: 2 },
      ],
    ],
    [
      "backwards",
      [
        { date: "2024-01-02", value: 1 },
        { date: "2024-01-01", value: 2 },
      ],
    ],
    [
      "repeated day",
      [
        { date: "2024-01-01", value: 1 },
        { date: "2024-01-01", value: 2 },
      ],
    ],
    ["zero", [{ date: "2024-01-01", value: 0 }]],
    [
      "overflow",
      [
        { date: "2024-01-01", value: Number("1e999") },
        { date: "2024-01-01", value: 0 },
      ],
    ],
    ["empty", []],
  ];
  it.each(cases)("holds %s points to the domain contract as SeriesSchema does", (_, points) => {
    const issues = checkPricePoints(points);
    expect(issues.length === 0 ? undefined : formatIssues(issues)).toBe(zodDetail(Points, { points }));
  });
});

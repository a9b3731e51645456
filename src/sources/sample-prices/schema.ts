import type { Issue } from "@/sources/shared/parse";
import type { SeriesPoint } from "@/sources/shared/series";

/**
 * The embedded price files' rows, checked by hand rather than by a zod schema: a first visit parses a few thousand
 * rows, and a schema per row cost about 160 ms of main thread (4x CPU). The checks and their messages are the ones the
 * schema had (`schema.test.ts` holds that schema and compares the two on bad files).
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A decimal as written in the files ("0.6674190163612366", "28995.13", "1e-05"). */
const DECIMAL = /^\d+(\.\d+)?([eE][-+]?\d+)?$/;
const NOT_A_DAY = `Invalid string: must match pattern ${ISO_DAY}`;

const received = (v: unknown) => (v === undefined ? "undefined" : v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/**
 * Rows of a closes file (`date,close` or `date,close,volume`) or an opens file (`date,open`: kept apart so an open is
 * never read as a close) as points; extra columns are ignored. Every bad cell is an issue, at "[row].column".
 */
export function readPriceRows(
  rows: readonly Record<string, string | undefined>[],
  column: "close" | "open",
): { ok: true; points: SeriesPoint[] } | { ok: false; issues: Issue[] } {
  if (rows.length === 0) return { ok: false, issues: [{ path: [], message: "no rows" }] };
  const issues: Issue[] = [];
  const points: SeriesPoint[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const date = row?.date;
    const text = row?.[column];
    if (typeof date !== "string") issues.push({ path: [i, "date"], message: `Invalid input: expected string, received ${received(date)}` });
    else if (!ISO_DAY.test(date)) issues.push({ path: [i, "date"], message: NOT_A_DAY });
    if (typeof text !== "string") issues.push({ path: [i, column], message: `Invalid input: expected string, received ${received(text)}` });
    else if (!DECIMAL.test(text)) issues.push({ path: [i, column], message: "expected a positive decimal" });
    if (issues.length === 0) points[i] = { date: date as string, value: Number(text) };
  }
  return issues.length === 0 ? { ok: true, points } : { ok: false, issues };
}

/**
 * The domain contract's checks on points (`SeriesSchema.points`: positive finite values, strictly increasing days) for
 * points `readPriceRows` made, whose dates are already days: the same issues, at "points[i].value" and "points".
 */
export function checkPricePoints(points: readonly SeriesPoint[]): Issue[] {
  if (points.length === 0) return [{ path: ["points"], message: "Too small: expected array to have >=1 items" }];
  const issues: Issue[] = [];
  for (let i = 0; i < points.length; i++) {
    const value = points[i]?.value ?? Number.NaN;
    if (!Number.isFinite(value))
      issues.push({ path: ["points", i, "value"], message: `Invalid input: expected number, received ${value}` });
    else if (value <= 0) issues.push({ path: ["points", i, "value"], message: "Too small: expected number to be >0" });
  }
  if (issues.length > 0) return issues;
  for (let i = 1; i < points.length; i++) {
    if ((points[i - 1]?.date ?? "") >= (points[i]?.date ?? "")) return [{ path: ["points"], message: "dates must be strictly increasing" }];
  }
  return [];
}

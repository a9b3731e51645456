import { type Result, fail, ok } from "./result";
import { SourceError } from "./source-error";
import type { SourceRef } from "./http";

/**
 * Reads a simple comma-separated file (no quoted fields: the embedded price files have none) into records keyed by
 * the header. Anything that is not such a table, for instance an HTML error page served with status 200, is malformed.
 */
export function parseCsv(text: string, source: SourceRef, url: string): Result<Record<string, string>[]> {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  const headerLine = lines[0];
  const malformed = (detail: string) => fail<Record<string, string>[]>(new SourceError({ ...source, url, kind: "malformed", detail }));
  if (headerLine === undefined) return malformed("no header row");
  const header = headerLine.split(",").map((h) => h.trim());
  if (header.length < 2 || header.some((h) => !/^[a-z_]+$/i.test(h))) return malformed(`unexpected header "${headerLine.slice(0, 40)}"`);
  const rows: Record<string, string>[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = (lines[i] ?? "").split(",");
    if (cells.length !== header.length) return malformed(`line ${i + 1} has ${cells.length} fields, expected ${header.length}`);
    const row: Record<string, string> = {};
    header.forEach((h, j) => {
      row[h] = (cells[j] ?? "").trim();
    });
    rows.push(row);
  }
  return ok(rows);
}

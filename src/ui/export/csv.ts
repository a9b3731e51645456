/**
 * CSV for "Download CSV": leading `#` comment lines carry the panel, range, source, as-of and whether the data is
 * sample (spreadsheet tools skip them with their comment option; pandas: `comment="#"`), then a header row and one row
 * per point. Values are quoted only when they need it (RFC 4180). Text that a spreadsheet would read as a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading single quote, which every spreadsheet shows as
 * text; numbers, including negative ones, stay numbers. Numbers are written without float artefacts (90, not
 * 90.00000000000001).
 */
export interface ExportTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number | null | undefined)[])[];
  /** Where the numbers come from, one line per source. */
  sources: readonly string[];
  asOf: string;
  isSample: boolean;
  range?: { from: string; to: string } | undefined;
  /** What the values are ("index, first day = 100", "price in USDT"). */
  units?: string | undefined;
  /** Sources grouped by provider, for the short credit line of an image. */
  credits?: readonly string[] | undefined;
  /** Further `#` lines after the units: what the table was computed from (event, benchmark, windows). */
  notes?: readonly string[] | undefined;
}

/** A number as text, without the float artefacts of arithmetic (12 significant digits hold any price or index here). */
export function csvNumber(v: number): string {
  if (!Number.isFinite(v)) return "";
  const clean = Number(v.toPrecision(12));
  return String(Object.is(clean, -0) ? 0 : clean);
}

/** Text a spreadsheet would evaluate as a formula (or a DDE call). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that is a plain number ("-1.5", "+3", "-2e-4"): a spreadsheet reads it as that number, never as a formula. */
const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return csvNumber(v);
  const s = FORMULA_START.test(v) && !NUMERIC_TEXT.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rounds to a number of decimals, for values computed from the data (an index, a % change, a CAR). */
export const roundTo = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

const comment = (s: string) => `# ${s.replace(/[\r\n]+/g, " ")}`;

export function toCsv(title: string, table: ExportTable, exportedAt: Date = new Date()): string {
  const meta = [
    `# ${title}`,
    `# Exported from Mirage on ${exportedAt.toISOString()}`,
    ...(table.range ? [`# Range: ${table.range.from} to ${table.range.to}`] : []),
    ...(table.units ? [`# Units: ${table.units}`] : []),
    ...(table.notes ?? []).map(comment),
    `# Data as of: ${table.asOf}${table.isSample ? " (sample data embedded with the app)" : " (live)"}`,
    ...table.sources.map((s) => comment(`Source: ${s}`)),
  ];
  const lines = [table.columns.map(csvCell).join(","), ...table.rows.map((r) => r.map(csvCell).join(","))];
  return `${[...meta, ...lines].join("\n")}\n`;
}

/** `<panel>-<from>-<to>.csv`, with safe characters only. */
export function exportFileName(slug: string, range: { from: string; to: string } | undefined, ext: "csv" | "png"): string {
  const safe = slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return range ? `${safe}-${range.from}-${range.to}.${ext}` : `${safe}.${ext}`;
}

export function downloadBlob(blob: Blob, fileName: string) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

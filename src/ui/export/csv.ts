/**
 * CSV for "Download CSV": leading `#` comment lines carry the panel, range, source, as-of and whether the data is
 * sample (spreadsheet tools skip them with their comment option; pandas: `comment="#"`), then a header row and one row
 * per point. Values are quoted only when they need it (RFC 4180).
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
}

const cell = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return "";
  const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : v;
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(title: string, table: ExportTable, exportedAt: Date = new Date()): string {
  const meta = [
    `# ${title}`,
    `# Exported from Mirage on ${exportedAt.toISOString()}`,
    ...(table.range ? [`# Range: ${table.range.from} to ${table.range.to}`] : []),
    ...(table.units ? [`# Units: ${table.units}`] : []),
    `# Data as of: ${table.asOf}${table.isSample ? " (sample data embedded with the app)" : " (live)"}`,
    ...table.sources.map((s) => `# Source: ${s.replace(/[\r\n]+/g, " ")}`),
  ];
  const lines = [table.columns.map(cell).join(","), ...table.rows.map((r) => r.map(cell).join(","))];
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

/**
 * Number formats shared by charts, tables and notes. `toLocaleString` with options builds a new Intl.NumberFormat on
 * every call, which tables and axes make thousands of: each format here is built once, on first use.
 */
const formats = new Map<string, Intl.NumberFormat>();
function nf(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", options);
    formats.set(key, f);
  }
  return f;
}

export function formatPrice(v: number): string {
  if (!Number.isFinite(v)) return "–";
  if (v >= 10_000) return nf("f0", { maximumFractionDigits: 0 }).format(v);
  if (v >= 100) return nf("f1", { maximumFractionDigits: 1 }).format(v);
  if (v >= 1) return nf("f2", { maximumFractionDigits: 2 }).format(v);
  return nf("s3", { maximumSignificantDigits: 3 }).format(v);
}

export function formatIndex(v: number): string {
  if (!Number.isFinite(v)) return "–";
  return v >= 1000 ? nf("f0", { maximumFractionDigits: 0 }).format(v) : nf("f1", { maximumFractionDigits: 1 }).format(v);
}

export function formatPct(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return "–";
  const s = nf(`p${digits}`, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
  return v > 0 ? `+${s}%` : `${s.replace("-", "−")}%`;
}

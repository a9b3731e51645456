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

/**
 * The sign a value shows at `digits` decimals: 0 when it rounds to zero (|v| < half a unit in the last place), so a
 * value printed "0.0" is never marked up or down, in words or in colour. Colour logic keyed on sign uses this.
 */
export function shownSign(v: number, digits: number): -1 | 0 | 1 {
  if (!Number.isFinite(v)) return 0;
  const rounded = Number(Math.abs(v).toFixed(digits));
  return rounded === 0 ? 0 : v > 0 ? 1 : -1;
}

/** A signed number at fixed decimals ("−0.42", "1.10"), with a true minus sign; a value that rounds to zero is "0.00". */
export function formatSigned(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return "–";
  const s = Math.abs(v).toFixed(digits);
  return shownSign(v, digits) < 0 ? `−${s}` : s;
}

/** A percentage with its sign ("+1.2%", "−0.4%"); a value that rounds to zero at `digits` shows unsigned ("0.0%"). */
export function formatPct(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return "–";
  const sign = shownSign(v, digits);
  const s = nf(`p${digits}`, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(Math.abs(v));
  return sign > 0 ? `+${s}%` : sign < 0 ? `−${s}%` : `${s}%`;
}

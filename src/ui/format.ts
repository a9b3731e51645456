/** Number formats shared by charts, tables and notes. */
export function formatPrice(v: number): string {
  if (!Number.isFinite(v)) return "–";
  if (v >= 10_000) return v.toLocaleString("en-US", { maximumFractionDigits: 0 });
  if (v >= 100) return v.toLocaleString("en-US", { maximumFractionDigits: 1 });
  if (v >= 1) return v.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return v.toLocaleString("en-US", { maximumSignificantDigits: 3 });
}

export function formatIndex(v: number): string {
  return Number.isFinite(v) ? v.toLocaleString("en-US", { maximumFractionDigits: v >= 1000 ? 0 : 1 }) : "–";
}

export function formatPct(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return "–";
  const s = v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return v > 0 ? `+${s}%` : `${s.replace("-", "−")}%`;
}

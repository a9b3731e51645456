/** Number formats for the Demand view; every one gives "—" for a missing value. */
export const dash = "—";
export const pct = (v: number | undefined, digits = 1) =>
  v === undefined ? dash : `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(digits)}%`;
export const plainPct = (v: number | undefined) => (v === undefined ? dash : `${v.toFixed(0)}%`);
/** A signed decimal; a value that rounds to zero is "0.00", never "−0.00". */
export const num = (v: number | undefined, digits = 2) => {
  if (v === undefined) return dash;
  const s = v.toFixed(digits);
  return Number(s) === 0 ? (0).toFixed(digits) : s.replace("-", "−");
};
export function usd(v: number | undefined): string {
  if (v === undefined) return dash;
  if (v >= 1e9) return `$${(v / 1e9).toFixed(2)}B`;
  if (v >= 1e6) return `$${(v / 1e6).toFixed(1)}M`;
  if (v >= 1e3) return `$${(v / 1e3).toFixed(1)}k`;
  return `$${v.toFixed(2)}`;
}
export const mult = (v: number | undefined) =>
  v === undefined ? dash : `${v >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(1)}×`;
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

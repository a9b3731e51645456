/**
 * Number formats shared by charts, tables, captions and notes, written without Intl: the first Intl.NumberFormat a
 * page builds sets up ICU's locale data, about 15 ms on a laptop and 60 ms on a throttled phone, inside the first
 * render that shows a number. These match `Intl.NumberFormat("en-US", …)` for the options they name (format.test.ts
 * checks them against it on random values).
 */

/** Thousands separators on a string of digits ("1234567" → "1,234,567"). */
function group(int: string): string {
  if (int.length <= 3) return int;
  let out = "";
  for (let i = int.length; i > 0; i -= 3) out = int.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : "");
  return out;
}

/** `a` (≥ 0) as plain decimal digits, from its shortest round-trip form (String), without exponent notation. */
function plainDigits(a: number): { int: string; frac: string } {
  const [mantissa = "0", exp = "0"] = String(a).split("e");
  const dot = mantissa.indexOf(".");
  let digits = mantissa.replace(".", "");
  let intLen = (dot < 0 ? mantissa.length : dot) + Number(exp);
  if (intLen <= 0) {
    digits = "0".repeat(1 - intLen) + digits;
    intLen = 1;
  }
  return { int: digits.slice(0, intLen).padEnd(intLen, "0"), frac: digits.slice(intLen) };
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== "9") {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
    out[i] = "0";
  }
  return `1${out.join("")}`;
}

/**
 * |v| with at least `min` and at most `max` decimals and thousands separators, as Intl's en-US
 * `{ minimumFractionDigits: min, maximumFractionDigits: max }` writes it: rounded half away from zero on the shortest
 * decimal that reads back as the same double (0.015 → "0.02", where toFixed gives "0.01"). The caller adds the sign.
 */
export function fixedDigits(v: number, min: number, max: number): string {
  const { int, frac } = plainDigits(Math.abs(v));
  let whole = int + frac.slice(0, max).padEnd(max, "0");
  if (frac.length > max && (frac[max] as string) >= "5") whole = increment(whole);
  const intPart = whole.slice(0, whole.length - max) || "0";
  let fracPart = whole.slice(whole.length - max);
  let end = fracPart.length;
  while (end > min && fracPart[end - 1] === "0") end--;
  fracPart = fracPart.slice(0, end);
  return group(intPart) + (fracPart ? `.${fracPart}` : "");
}

/** |v| < 1 at three significant digits at most, as `{ maximumSignificantDigits: 3 }` writes it ("0.0123", "0.5"). */
function significant3(v: number): string {
  const a = Math.abs(v);
  if (a === 0) return "0";
  const decimals = Math.min(100, Math.max(0, 2 - Math.floor(Math.log10(a))));
  return fixedDigits(a, 0, decimals);
}

/** A hyphen-minus before a negative value (and −0), as Intl writes it. */
const signed = (v: number, text: string) => (v < 0 || Object.is(v, -0) ? `-${text}` : text);

export function formatPrice(v: number): string {
  if (!Number.isFinite(v)) return "–";
  const a = Math.abs(v);
  if (a >= 10_000) return signed(v, fixedDigits(v, 0, 0));
  if (a >= 100) return signed(v, fixedDigits(v, 0, 1));
  if (a >= 1) return signed(v, fixedDigits(v, 0, 2));
  return signed(v, significant3(v));
}

export function formatIndex(v: number): string {
  if (!Number.isFinite(v)) return "–";
  return signed(v, fixedDigits(v, 0, Math.abs(v) >= 1000 ? 0 : 1));
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
  const s = fixedDigits(v, digits, digits);
  return sign > 0 ? `+${s}%` : sign < 0 ? `−${s}%` : `${s}%`;
}

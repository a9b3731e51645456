import { createParser } from "nuqs";

/**
 * Compact, human-readable URL values. Every parser returns null for anything it does not fully understand, so a
 * tampered or truncated link falls back to the default for that key and the rest of the view still applies.
 */

/** Values longer than this are refused outright: no legitimate view needs them, and they slow every parse. */
export const MAX_VALUE_LENGTH = 400;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The first and last day a link may name (the notice quotes them). */
export const FIRST_LINK_DAY = "2000-01-01";
export const LAST_LINK_DAY = "2100-12-31";

/** A real calendar day, "2024-02-29" yes, "2023-02-29" no. */
export function isCalendarDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= FIRST_LINK_DAY && s <= LAST_LINK_DAY;
}

export const parseAsDay = createParser<string>({
  parse: (v) => (isCalendarDay(v) ? v : null),
  serialize: (v) => v,
});

/** One of a fixed set of words. */
export function parseAsWord<const W extends string>(words: readonly W[]) {
  return createParser<W>({
    parse: (v) => ((words as readonly string[]).includes(v) ? (v as W) : null),
    serialize: (v) => v,
  });
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A dotted list of known words ("wld.fet.btc"), kept in the given order, without repeats. Strict: one unknown word
 * makes the whole value invalid, so a typo is reported rather than silently shrinking the selection.
 * "-" stands for the empty list.
 */
export function parseAsDottedList<const W extends string>(words: readonly W[]) {
  return createParser<W[]>({
    parse: (v) => {
      if (v === "-") return [];
      if (v.length > MAX_VALUE_LENGTH) return null;
      const parts = v.split(".");
      if (parts.some((p) => !(words as readonly string[]).includes(p))) return null;
      return [...new Set(parts)] as W[];
    },
    serialize: (v) => (v.length === 0 ? "-" : v.join(".")),
    eq: sameList,
  });
}

/** A kebab-case id (an event, a project, a saved deck entry). Existence is checked where the data lives. */
export const parseAsId = createParser<string>({
  parse: (v) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) && v.length <= 80 ? v : null),
  serialize: (v) => v,
});

/** A strict boolean: "1" or "0" only ("true", "maybe" and the rest are refused). */
export const parseAsFlag = createParser<boolean>({
  parse: (v) => (v === "1" ? true : v === "0" ? false : null),
  serialize: (v) => (v ? "1" : "0"),
});

/** An integer within bounds, written in plain decimal. */
export function parseAsIntIn(min: number, max: number) {
  return createParser<number>({
    parse: (v) => {
      if (!/^-?\d{1,4}$/.test(v)) return null;
      const n = Number(v);
      return n >= min && n <= max ? n : null;
    },
    serialize: (v) => String(v),
  });
}

export interface DayWindow {
  from: number;
  to: number;
}

/** Event windows as "-1~1,0~3,0~7": each a pair of day offsets within ±30, start <= end, at most five windows. */
export const parseAsWindows = createParser<DayWindow[]>({
  parse: (v) => {
    if (v.length > 80) return null;
    const parts = v.split(",");
    if (parts.length < 1 || parts.length > 5) return null;
    const out: DayWindow[] = [];
    for (const p of parts) {
      const m = /^(-?\d{1,2})~(-?\d{1,2})$/.exec(p);
      if (!m) return null;
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (from > to || from < -30 || to > 30) return null;
      out.push({ from, to });
    }
    return out;
  },
  serialize: (v) => v.map((w) => `${w.from}~${w.to}`).join(","),
  eq: (a, b) => a.length === b.length && a.every((w, i) => w.from === b[i]?.from && w.to === b[i]?.to),
});

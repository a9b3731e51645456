import { fixedDigits } from "./format";

/**
 * Counts in product copy: "1 event", "2 events", "0 events". Nouns whose plural is not the singular plus "s" pass it
 * ("entry", "entries"). Numbers are written with thousands separators.
 */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  // As toLocaleString("en-US") writes it (up to three decimals), without Intl's first-call set-up (see format.ts).
  const digits = `${n < 0 ? "-" : ""}${fixedDigits(n, 0, 3)}`;
  return `${digits} ${n === 1 ? singular : pluralForm}`;
}

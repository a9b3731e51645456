/**
 * Counts in product copy: "1 event", "2 events", "0 events". Nouns whose plural is not the singular plus "s" pass it
 * ("entry", "entries"). Numbers are written with thousands separators.
 */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  // Small whole numbers read the same without Intl, whose first call costs a first load about 15 ms of set-up.
  const digits = Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : n.toLocaleString("en-US");
  return `${digits} ${n === 1 ? singular : pluralForm}`;
}

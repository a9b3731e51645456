/**
 * Counts in product copy: "1 event", "2 events", "0 events". Nouns whose plural is not the singular plus "s" pass it
 * ("entry", "entries"). Numbers are written with thousands separators.
 */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : pluralForm}`;
}

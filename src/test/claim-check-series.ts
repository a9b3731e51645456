import { DAY_MS, addDays } from "@/analytics/range";
import type { Point } from "@/analytics/types";
import type { CheckInput, Lens } from "@/analytics/claim-checks/types";

/** Hand-made series and lenses shared by the claim-check tests. */
/** Consecutive daily points from `from`; a null leaves a hole (no point that day). */
export const days = (from: string, values: readonly (number | null)[]): Point[] =>
  values.flatMap((value, i) => (value === null ? [] : [{ date: addDays(from, i), value }]));
export const span = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
/** Daily points from `from` to `to` inclusive, moving in a straight line from `a` to exactly `b`. */
export const line = (from: string, to: string, a: number, b: number): Point[] => {
  const n = span(from, to);
  return Array.from({ length: n + 1 }, (_, i) => ({ date: addDays(from, i), value: i === n ? b : a + ((b - a) * i) / n }));
};
export const flat = (from: string, to: string, value: number) => line(from, to, value, value);

export const input = (series: Record<string, Point[]>, events: CheckInput["events"] = []): CheckInput => ({ series, events });
export const atReport = (asOf: string, latest = "2024-06-30"): Lens => ({ kind: "then", asOf, latest });
export const since = (asOf: string, latest: string): Lens => ({ kind: "since", asOf, latest });

export const TOKENS = ["fet", "agix", "ocean", "rndr", "wld", "grt", "tao"] as const;
/** Series for the first tokens of the basket, from the given paths. */
export const basketOf = (paths: readonly Point[][]) => Object.fromEntries(paths.map((p, i) => [TOKENS[i] ?? `extra-${i}`, p]));

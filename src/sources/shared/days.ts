import { DAY_MS, type IsoDay, addDays } from "@/analytics";
import { IsoDaySchema } from "./series";

/**
 * UTC-day helpers the JSON adapters share beyond analytics' `addDays` (and its `DAY_MS`, passed on here).
 */
export { DAY_MS };

/** Milliseconds at 00:00 UTC of `day`; a string that is not a real calendar day is a programming error. */
export function dayStartMs(day: IsoDay): number {
  const ms = IsoDaySchema.safeParse(day).success ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || isoDayOf(ms) !== day) throw new RangeError(`not a UTC calendar day: "${day}"`);
  return ms;
}

export const isoDayOf = (ms: number): IsoDay => new Date(ms).toISOString().slice(0, 10);

/** Days from `from` to `to`, both included. */
export const dayCount = (from: IsoDay, to: IsoDay): number => Math.round((dayStartMs(to) - dayStartMs(from)) / DAY_MS) + 1;

/** Yesterday in UTC: the last day whose close is known at `now`. */
export const lastCompleteDay = (now: Date): IsoDay => addDays(isoDayOf(now.getTime()), -1);

/** The earlier of two ISO days (string order is date order for "YYYY-MM-DD"). */
export const earlierDay = (a: IsoDay, b: IsoDay): IsoDay => (a <= b ? a : b);

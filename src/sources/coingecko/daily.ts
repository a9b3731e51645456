import type { SeriesPoint } from "@/sources/shared/series";
import type { IsoDay } from "@/analytics";
import { isoDayOf } from "@/sources/shared/days";

/**
 * What a CoinGecko "daily point" is. market_chart/range has no OHLC: with automatic granularity it returns one
 * snapshot a day stamped 00:00 UTC for ranges over 90 days, hourly points for 2 to 90 days and 5-minutely points for
 * the last day (https://docs.coingecko.com/v3.0.1/reference/coins-id-market-chart-range). The same page says "the
 * last completed UTC day (00:00) is available 35 minutes after midnight on the next UTC day": the 00:00 snapshot ends
 * the day that just finished. So a point belongs to the day it ends, (D 00:00, D+1 00:00] is day D, and a day's close
 * is its last point. Labelled this way, daily and hourly answers agree, and CoinGecko's close for D lines up with an
 * exchange's close for D instead of a day later.
 */
export const closingDayOf = (ms: number): IsoDay => isoDayOf(ms - 1);

/**
 * One point per UTC day in [from, to]: the last positive, finite value of the day, sorted by date. Zero market caps
 * and volumes mean "unknown" at CoinGecko, so they are dropped like non-positive prices rather than drawn as a crash.
 */
export function dailyCloses(pairs: readonly (readonly [number, number])[], from: IsoDay, to: IsoDay): SeriesPoint[] {
  const lastOfDay = new Map<IsoDay, { ms: number; value: number }>();
  for (const [ms, value] of pairs) {
    if (!Number.isFinite(value) || value <= 0) continue;
    const day = closingDayOf(ms);
    if (day < from || day > to) continue;
    const held = lastOfDay.get(day);
    if (held === undefined || ms >= held.ms) lastOfDay.set(day, { ms, value });
  }
  return [...lastOfDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, { value }]) => ({ date, value }));
}

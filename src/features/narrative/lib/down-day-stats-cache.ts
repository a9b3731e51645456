import { type DayRange, type DownDayStats, type Point, downDayStats } from "@/analytics";

/** Ranges remembered per token and BTC pair: the presets and the last few custom ranges typed. */
const RANGES_KEPT = 8;

// Query data is immutable, so a token's and BTC's points arrays identify their contents: the statistics of one pair
// over one range never change. Keyed weakly, a refetched series simply starts a new entry and the old one is collected.
const cache = new WeakMap<readonly Point[], WeakMap<readonly Point[], Map<string, DownDayStats>>>();

/**
 * `downDayStats(token, btc, range)`, remembered per token, BTC series and range: toggling a series or moving the
 * range computes only what is new (the report window's figures, for one, are computed once per token).
 */
export function cachedDownDayStats(token: readonly Point[], btc: readonly Point[], range: DayRange): DownDayStats {
  let byBtc = cache.get(token);
  if (!byBtc) {
    byBtc = new WeakMap();
    cache.set(token, byBtc);
  }
  let byRange = byBtc.get(btc);
  if (!byRange) {
    byRange = new Map();
    byBtc.set(btc, byRange);
  }
  const key = `${range.from}/${range.to}`;
  const hit = byRange.get(key);
  if (hit) return hit;
  const stats = downDayStats(token, btc, range);
  byRange.set(key, stats);
  if (byRange.size > RANGES_KEPT) {
    const oldest = byRange.keys().next().value;
    if (oldest !== undefined) byRange.delete(oldest);
  }
  return stats;
}

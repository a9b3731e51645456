import { DAY_MS, isoDayOf } from "@/sources/shared/days";
import { fetchJson } from "@/sources/shared/http";
import { parseWith } from "@/sources/shared/parse";
import { type Result, fail } from "@/sources/shared/result";
import { SourceError } from "@/sources/shared/source-error";
import { type AkashMetric, type AkashMetricEntry, akashMetrics } from "./metrics";
import { GraphDataRaw, type GraphSnapshotRaw } from "./schema";
import { type UsagePoint, type UsageSeries, UsageSeriesSchema } from "./usage-series";

export const AKASH = { sourceId: "akash", sourceName: "Akash Console API" } as const;

/** The keyless API behind stats.akash.network (akash-network/console: apps/stats-web/env/.env.production). */
export const AKASH_API_BASE = "https://console-api.akash.network/v1";
export const AKASH_STATS_URL = "https://stats.akash.network";

export function akashSeriesUrl(metric: AkashMetric): string {
  const entry = akashMetrics[metric];
  return `${AKASH_API_BASE}/${entry.route}/${entry.dataName}`;
}

/** The UTC calendar day of an ISO timestamp, whatever the viewer's time zone. */
const utcDay = (iso: string) => isoDayOf(Date.parse(iso));
const isMidnightUtc = (iso: string) => Date.parse(iso) % DAY_MS === 0;

/**
 * A flow's first point is the API's undifferenced running total, and a last point stamped with a time of day is the
 * latest block's reading: the day so far. Neither is a day's flow (see `kind` in metrics.ts).
 */
function completeFlowDays(sorted: GraphSnapshotRaw[]): GraphSnapshotRaw[] {
  const days = sorted.slice(1);
  const last = days[days.length - 1];
  return last !== undefined && !isMidnightUtc(last.date) ? days.slice(0, -1) : days;
}

/** One point per UTC day in ascending order, in our units; a later reading of a day replaces an earlier one. */
export function toDailyPoints(entry: AkashMetricEntry, snapshots: readonly GraphSnapshotRaw[]): UsagePoint[] {
  const sorted = [...snapshots].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const kept = entry.kind === "flow" ? completeFlowDays(sorted) : sorted;
  const byDay = new Map<string, number>();
  for (const s of kept) byDay.set(utcDay(s.date), s.value / entry.apiUnitsPerUnit);
  return [...byDay].map(([date, value]) => ({ date, value }));
}

/**
 * One metric's daily points as a usage series with its meta (source, request, range, as-of). The live adapter and the
 * snapshot fixtures build it the same way; `notePrefix` marks illustrative data as such.
 */
export function akashUsageSeries(
  metric: AkashMetric,
  points: UsageSeries["points"],
  { fetchedAt, notePrefix = "" }: { fetchedAt: string; notePrefix?: string },
): UsageSeries {
  const entry = akashMetrics[metric];
  const first = points[0]?.date ?? "";
  const last = points[points.length - 1]?.date ?? "";
  return {
    id: `akash-${metric}`,
    label: entry.label,
    unit: entry.unit,
    points,
    meta: {
      ...AKASH,
      sourceUrl: AKASH_STATS_URL,
      requestUrl: akashSeriesUrl(metric),
      asOf: last,
      range: { from: first, to: last },
      fetchedAt,
      isSample: false,
      note: `${notePrefix}${entry.note}`,
    },
  };
}

/** Fetch one Akash usage metric as a validated daily series. Failures come back as values, never as throws. */
export async function fetchAkashSeries(
  metric: AkashMetric,
  options: { signal?: AbortSignal | undefined; now?: () => Date; timeoutMs?: number } = {},
): Promise<Result<UsageSeries>> {
  const entry = akashMetrics[metric];
  const url = akashSeriesUrl(metric);
  const raw = await fetchJson(AKASH, url, GraphDataRaw, { signal: options.signal, timeoutMs: options.timeoutMs });
  if (!raw.ok) return raw;

  const points = toDailyPoints(entry, raw.data.snapshots);
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) {
    return fail(new SourceError({ ...AKASH, url, kind: "empty", detail: `no complete day in ${raw.data.snapshots.length} snapshots` }));
  }

  const series = akashUsageSeries(metric, points, { fetchedAt: (options.now?.() ?? new Date()).toISOString() });
  // The domain schema is the contract: strictly increasing days, finite values >= 0.
  return parseWith(UsageSeriesSchema, series, AKASH, url);
}

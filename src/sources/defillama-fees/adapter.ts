import { fetchJson } from "@/sources/shared/http";
import { parseWith } from "@/sources/shared/parse";
import { type Result, fail } from "@/sources/shared/result";
import { SourceError } from "@/sources/shared/source-error";
import { isoDayOf } from "@/sources/shared/days";
import { type FeesPoint, type FeesSeries, FeesSeriesSchema, type FlaggedDay, describeFlagged } from "./fees-series";
import { DEFILLAMA_FEES, type FeesProtocol, feesProtocol } from "./protocols";
import { FeesSummaryRaw } from "./schema";

export { DEFILLAMA_FEES };
export const DEFILLAMA_FEES_API_BASE = "https://api.llama.fi";

/** The keyless daily fees chart of one listing (protocol or chain). */
export function feesSummaryUrl(slug: string): string {
  return `${DEFILLAMA_FEES_API_BASE}/summary/fees/${encodeURIComponent(slug)}?dataType=dailyFees`;
}

/** DefiLlama's page for the same listing, where an analyst can see the numbers and the methodology. */
export const feesPageUrl = (slug: string): string => `https://defillama.com/fees/${encodeURIComponent(slug)}`;

export interface FeesCallOptions {
  signal?: AbortSignal | undefined;
  now?: () => Date;
  timeoutMs?: number;
}

/**
 * `[unix seconds, USD]` pairs → one point per UTC day, ascending. The day in progress (on or after `today`) is left
 * out; negative days and days above the protocol's bound are flagged, not drawn.
 */
export function toFeesPoints(
  protocol: FeesProtocol,
  pairs: readonly (readonly [number, number])[],
  today: string,
): { points: FeesPoint[]; flagged: FlaggedDay[] } {
  const byDay = new Map<string, number>();
  for (const [sec, value] of pairs) {
    const day = isoDayOf(sec * 1000);
    if (day >= today) continue;
    byDay.set(day, value);
  }
  const points: FeesPoint[] = [];
  const flagged: FlaggedDay[] = [];
  for (const [date, value] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (value < 0) flagged.push({ date, value, reason: "negative" });
    else if (value > protocol.maxDailyUsd) flagged.push({ date, value, reason: "above-bound" });
    else points.push({ date, value });
  }
  return { points, flagged };
}

/** One protocol's daily fees in USD as a validated series, with what was flagged. Failures are values, never throws. */
export async function fetchProtocolFees(protocolId: string, options: FeesCallOptions = {}): Promise<Result<FeesSeries>> {
  const protocol = feesProtocol(protocolId);
  const url = protocol ? feesSummaryUrl(protocol.slug) : `${DEFILLAMA_FEES_API_BASE}/summary/fees/?unknown=${protocolId}`;
  if (!protocol) return fail(new SourceError({ ...DEFILLAMA_FEES, url, kind: "empty", detail: `no fees listing for "${protocolId}"` }));
  const raw = await fetchJson(DEFILLAMA_FEES, url, FeesSummaryRaw, {
    signal: options.signal,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  if (!raw.ok) {
    // DefiLlama answers 400 "Fees for X not found" to a slug it does not list. Where the slug is our reading of the
    // listing's name, the panel says so: the adapter exists, the slug is what may be wrong (README.md, "Slugs").
    if (raw.error.kind !== "http" || raw.error.status !== 400 || protocol.slugConfirmed) return raw;
    const detail = `no listing "${protocol.slug}"; DefiLlama has a fees adapter for ${protocol.name} (${protocol.adapter} in DefiLlama/dimension-adapters) but this slug is unconfirmed`;
    return fail(new SourceError({ ...DEFILLAMA_FEES, url, kind: "http", status: 400, detail }));
  }
  const now = options.now?.() ?? new Date();
  const { points, flagged } = toFeesPoints(protocol, raw.data.totalDataChart, isoDayOf(now.getTime()));
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) {
    const detail =
      raw.data.totalDataChart.length === 0
        ? "totalDataChart is empty"
        : `no complete day with plausible fees in ${raw.data.totalDataChart.length} points (${flagged.length} flagged)`;
    return fail(new SourceError({ ...DEFILLAMA_FEES, url, kind: "empty", detail }));
  }
  const flaggedNote = describeFlagged(flagged, protocol.maxDailyUsd);
  const series: FeesSeries = {
    id: `fees:${protocol.id}`,
    label: `${protocol.name} daily fees`,
    unit: "USD",
    points,
    flagged,
    meta: {
      ...DEFILLAMA_FEES,
      sourceUrl: feesPageUrl(protocol.slug),
      requestUrl: url,
      asOf: last.date,
      range: { from: first.date, to: last.date },
      fetchedAt: now.toISOString(),
      isSample: false,
      note: [
        `Fees per UTC day in USD as DefiLlama values them (${protocol.adapter} in DefiLlama/dimension-adapters): ${protocol.what}`,
        "The day in progress is left out.",
        ...(flaggedNote ? [flaggedNote] : []),
      ].join(" "),
    },
  };
  return parseWith(FeesSeriesSchema, series, DEFILLAMA_FEES, url);
}

import { BENCHMARK_IDS } from "@/content/series";
import { chainTickerChange } from "../chain";
import { basketOnBtcDownDays } from "../down-days";
import type { IsoDay, Point } from "../types";
import { closeAt, firstOnOrAfter, fmtPct, mean, plural, settle, sparkOf, windowReturn } from "./helpers";
import { type CheckInput, type CheckResult, type ClaimCheck, type Lens, noData } from "./types";

// Checks on the AI-token basket over a window, judged per lens: the basket against the benchmarks (NARR-3), on BTC's
// down days (NARR-5, NARR-2) and after the report (NARR-8). NARR-4's regression on the same basket is in two-forces.ts.

/**
 * The digest's AI basket where the embedded data has closes (AKT has none); equal weight. "rndr" is Render across
 * its ticker change: RNDR's closes, then RENDER's (see `basketSeries`).
 */
export const AI_BASKET = ["fet", "agix", "ocean", "rndr", "wld", "grt", "tao"] as const;
const WHY_BASKET = "the digest's AI basket, each token that has closes here (AKT has none)";

/** The basket's series, Render chained across its ticker change (RNDR then RENDER, 1:1, the gap left empty). */
export function basketSeries(input: CheckInput) {
  const render = chainTickerChange(input.series.rndr, input.series.render);
  const series = AI_BASKET.map((id) => ({ id: id as string, points: (id === "rndr" ? render.points : input.series[id]) ?? [] }));
  return { series, renderGap: render.gap };
}

/** The evidence line on Render's ticker change, when the window reaches across it. */
function renderGapEvidence(gap: { lastOld: IsoDay; firstNew: IsoDay } | undefined, from: IsoDay, to: IsoDay, returns: string) {
  if (!gap || gap.firstNew < from || gap.lastOld > to) return [];
  return [
    {
      label: "Render (RNDR → RENDER)",
      report: "RNDR",
      data: `one series: RNDR closes to ${gap.lastOld}, RENDER from ${gap.firstNew} (1:1 swap); no prices in the gap, none interpolated; ${returns}`,
    },
  ];
}

/** Why a token has no return over a window: no closes at all, or none near one end. */
function whyOut(points: readonly Point[], from: IsoDay, to: IsoDay): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "no closes";
  if (last.date < from) return `last close ${last.date}`;
  if (!firstOnOrAfter(points, from)) return first.date > from ? `first close ${first.date}` : `no close within 5 days after ${from}`;
  if (!closeAt(points, to)) return last.date < to ? `last close ${last.date}` : `no close within 5 days before ${to}`;
  return "no return over the window";
}

/** "Since Q4 2023". */
const Q4_2023 = "2023-10-01";

/** The window a claim about a period is judged on, per lens: Q4 2023 to the as-of date, or the as-of date to the latest data. */
export const windowOf = (lens: Lens) => (lens.kind === "then" ? { from: Q4_2023, to: lens.asOf } : { from: lens.asOf, to: lens.latest });

/** NARR-3: many AI tokens beat BTC, ETH, NVDA and MSFT. */
export const aiBeatsBenchmarks: ClaimCheck = {
  id: "ai-beats-benchmarks",
  claimIds: ["NARR-3"],
  needs: [...AI_BASKET, "render", ...BENCHMARK_IDS],
  thresholds:
    "Holds if the equal-weight AI basket's return over the window beats each of BTC, ETH, NVDA and MSFT and at least half its tokens beat BTC; weakened if it beats some but not all (or fewer than half beat BTC); broken if it beats none. The basket holds each token with closes at both ends of the window; Render is one series across its RNDR → RENDER ticker change.",
  run(input, lens) {
    const { from, to } = windowOf(lens);
    const { series, renderGap } = basketSeries(input);
    const all = series.map((s) => ({ id: s.id, points: s.points, r: windowReturn(s.points, from, to) }));
    const tokens = all.filter((t) => t.r !== undefined);
    const out = all.filter((t) => t.r === undefined);
    if (tokens.length < 2) return noData(`fewer than two AI tokens have closes at both ends of ${from} to ${to}`);
    const basket = mean(tokens.map((t) => t.r?.pct ?? 0));
    const bench = BENCHMARK_IDS.map((id) => ({ id, r: windowReturn(input.series[id], from, to) }));
    const missing = bench.filter((b) => !b.r).map((b) => b.id.toUpperCase());
    if (missing.length > 0) return noData(`no closes for ${missing.join(", ")} at both ends of ${from} to ${to}`);
    const beaten = bench.filter((b) => basket > (b.r?.pct ?? Number.POSITIVE_INFINITY));
    const btc = bench[0]?.r?.pct ?? 0;
    const beatBtc = tokens.filter((t) => (t.r?.pct ?? 0) > btc).length;
    const status: CheckResult["status"] =
      beaten.length === BENCHMARK_IDS.length && beatBtc * 2 >= tokens.length ? "holds" : beaten.length > 0 ? "weakened" : "broken";
    return {
      status,
      reason: `AI basket ${fmtPct(basket)} from ${from} to ${to}; it beats ${beaten.length} of 4 benchmarks; ${beatBtc} of ${tokens.length} tokens beat BTC.`,
      evidence: [
        {
          label: "AI basket (equal weight)",
          report: "outperformed since Q4 2023",
          data: `${fmtPct(basket)} (${tokens.map((t) => t.id.toUpperCase()).join(", ")})`,
        },
        ...(out.length > 0
          ? [
              {
                label: "Left out of the basket",
                report: "–",
                data: `${out.map((t) => `${t.id.toUpperCase()} (${whyOut(t.points, from, to)})`).join(", ")}: no closes at both ends of the window`,
              },
            ]
          : []),
        ...renderGapEvidence(
          renderGap,
          from,
          to,
          "its return runs from the close at the window's start to the one at its end, across the gap",
        ),
        ...bench.map((b) => ({ label: b.id.toUpperCase(), report: "beaten", data: fmtPct(b.r?.pct ?? 0) })),
      ],
      sparkline: sparkOf(input.series.wld, from, to),
    };
  },
};

/** NARR-5 (and NARR-2): AI tokens rose even on days BTC fell. */
export const upOnBtcDownDays: ClaimCheck = {
  id: "up-on-btc-down-days",
  claimIds: ["NARR-5", "NARR-2"],
  needs: [...AI_BASKET, "render", "btc"],
  thresholds:
    "On BTC's own down days in the window (close-to-close return below zero), each day's AI basket is the equal-weight mean of the tokens with a close that day and the day before: holds if its mean over those days is above zero; weakened if it is below zero but above BTC's own mean on its down days; broken otherwise.",
  run(input, lens) {
    const range = windowOf(lens);
    const btc = input.series.btc;
    if (!btc) return noData("no BTC closes");
    const { series, renderGap } = basketSeries(input);
    const r = basketOnBtcDownDays(series, btc, range);
    if (!r.ok) return noData(r.detail);
    const basket = settle(r.basketMeanPct);
    const btcMean = settle(r.btcMeanPct);
    const status = basket > 0 ? "holds" : basket > btcMean ? "weakened" : "broken";
    const { min, max } = r.tokensPerDay;
    const size = min === max ? plural(min, "token") : `${min}–${max} tokens`;
    // Members grouped by how many of the days they were in the basket, most first.
    const byDays = new Map<number, string[]>();
    for (const m of r.members.filter((m) => m.days > 0).sort((a, b) => b.days - a.days))
      byDays.set(m.days, [...(byDays.get(m.days) ?? []), m.id.toUpperCase()]);
    const members = [...byDays].map(([n, ids]) => `${ids.join(", ")} on ${n} of ${r.basketDays}`).join("; ");
    const absent = r.members.filter((m) => m.days === 0).map((m) => m.id.toUpperCase());
    const someDaysEmpty =
      r.basketDays < r.downDays ? ` (no token had closes on the other ${plural(r.downDays - r.basketDays, "day")})` : "";
    return {
      status,
      reason: `On BTC's ${plural(r.downDays, "down day")} from ${range.from} to ${range.to}, the AI basket averaged ${fmtPct(basket, 2)} a day against BTC's ${fmtPct(btcMean, 2)}.`,
      evidence: [
        {
          label: "BTC-down days",
          report: "Fig 5 (count not given)",
          data: `${plural(r.downDays, "day")} (BTC's own closes, ${range.from} to ${range.to})`,
        },
        {
          label: "AI basket mean on those days",
          report: "rose",
          data: `${fmtPct(basket, 2)} over ${plural(r.basketDays, "day")}${someDaysEmpty}, ${size} a day; up on ${r.basketShareUpPct.toFixed(0)}% of them`,
        },
        { label: "BTC mean on those days", report: "fell", data: fmtPct(btcMean, 2) },
        {
          label: "The basket",
          report: "AI tokens (Fig 5 names none)",
          data: `${WHY_BASKET}: ${members}${absent.length > 0 ? `; no closes on these days: ${absent.join(", ")}` : ""}`,
        },
        ...renderGapEvidence(
          renderGap,
          range.from,
          range.to,
          "days in the gap and the first RENDER day have no daily return and are left out",
        ),
      ],
      sparkline: sparkOf(btc, range.from, range.to),
    };
  },
};

/** NARR-8, a forecast: the narrative can last a while. Judged only after the fact. */
export const narrativeLasts: ClaimCheck = {
  id: "narrative-lasts",
  claimIds: ["NARR-8"],
  needs: [...AI_BASKET, "render", "btc"],
  thresholds:
    "A forecast, so only the 'since' lens speaks: holds if the AI basket kept up with BTC from the as-of date to the latest data; weakened if it trailed by less than 25 percentage points; broken otherwise.",
  run(input, lens) {
    if (lens.kind === "then")
      return {
        status: "not testable",
        reason: "A forecast at the time of writing; only later data can judge it.",
        evidence: [],
        sparkline: [],
      };
    const { from, to } = windowOf(lens);
    // The same basket as NARR-3: Render chained across its ticker change, members named.
    const { series } = basketSeries(input);
    const all = series.map((s) => ({ id: s.id, r: windowReturn(s.points, from, to) }));
    const tokens = all.flatMap((t) => (t.r ? [t.r] : []));
    const btc = windowReturn(input.series.btc, from, to);
    if (tokens.length < 2 || !btc) return noData(`too few closes from ${from} to ${to}`);
    const basket = mean(tokens.map((t) => t.pct));
    const members = all.filter((t) => t.r).map((t) => t.id.toUpperCase());
    const gap = basket - btc.pct;
    return {
      status: gap >= 0 ? "holds" : gap > -25 ? "weakened" : "broken",
      reason: `From ${from} to ${to}: AI basket ${fmtPct(basket)}, BTC ${fmtPct(btc.pct)}.`,
      evidence: [
        {
          label: "AI basket vs BTC after the report",
          report: "the narrative may last a while",
          data: `${fmtPct(basket)} (${members.join(", ")}) vs ${fmtPct(btc.pct)}`,
        },
      ],
      sparkline: sparkOf(input.series.btc, from, to),
    };
  },
};

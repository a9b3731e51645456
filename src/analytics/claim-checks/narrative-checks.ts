import { APPENDIX_2_PEAK_DAYS, appendix2Move } from "../appendix2";
import { chainTickerChange } from "../chain";
import { basketOnBtcDownDays } from "../down-days";
import { ols } from "../demand-weekly";
import { DAY_MS, addDays } from "../range";
import { pairedReturns } from "../returns";
import type { IsoDay, Point } from "../types";
import { type CheckInput, type CheckResult, type ClaimCheck, type Lens, noData } from "./types";
import { closeAt, firstOnOrAfter, fmtPct, fmtX, mean, settle, sparkOf, windowReturn } from "./helpers";

/**
 * The digest's AI basket where the embedded data has closes (AKT has none); equal weight. "rndr" is Render across
 * its ticker change: RNDR's closes, then RENDER's (see `basketSeries`).
 */
export const AI_BASKET = ["fet", "agix", "ocean", "rndr", "wld", "grt", "tao"] as const;
const WHY_BASKET = "the digest's AI basket, each token that has closes here (AKT has none)";

/** The basket's series, Render chained across its ticker change (RNDR then RENDER, 1:1, the gap left empty). */
function basketSeries(input: CheckInput) {
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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
const BENCHMARKS = ["btc", "eth", "nvda", "msft"] as const;
/** "Since Q4 2023". */
const Q4_2023 = "2023-10-01";

/** The window a claim about a period is judged on, per lens: Q4 2023 to the as-of date, or the as-of date to the latest data. */
const windowOf = (lens: Lens) => (lens.kind === "then" ? { from: Q4_2023, to: lens.asOf } : { from: lens.asOf, to: lens.latest });

/** NARR-3: many AI tokens beat BTC, ETH, NVDA and MSFT. */
export const aiBeatsBenchmarks: ClaimCheck = {
  id: "ai-beats-benchmarks",
  claimIds: ["NARR-3"],
  needs: [...AI_BASKET, "render", ...BENCHMARKS],
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
    const bench = BENCHMARKS.map((id) => ({ id, r: windowReturn(input.series[id], from, to) }));
    const missing = bench.filter((b) => !b.r).map((b) => b.id.toUpperCase());
    if (missing.length > 0) return noData(`no closes for ${missing.join(", ")} at both ends of ${from} to ${to}`);
    const beaten = bench.filter((b) => basket > (b.r?.pct ?? Number.POSITIVE_INFINITY));
    const btc = bench[0]?.r?.pct ?? 0;
    const beatBtc = tokens.filter((t) => (t.r?.pct ?? 0) > btc).length;
    const status: CheckResult["status"] =
      beaten.length === BENCHMARKS.length && beatBtc * 2 >= tokens.length ? "holds" : beaten.length > 0 ? "weakened" : "broken";
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

const PAST_EVENT = "A past event: later data does not change the verdict.";

/** NARR-9: World ID 2.0 barely moved WLD; Altman's promotion lifted it about 50 %. */
export const wldAltman: ClaimCheck = {
  id: "wld-altman",
  claimIds: ["NARR-9"],
  needs: ["wld"],
  thresholds: `Holds if WLD's highest close within ${APPENDIX_2_PEAK_DAYS} days of 2023-12-15 (fewer if the as-of date comes sooner) is at least 40% above the 2023-12-14 close and World ID 2.0 (2023-12-13) moved it less than 15% over two days; weakened if the peak gain is 25-40% (or World ID moved it more); broken below 25%. The same measure as the Appendix 2 tables.`,
  run(input, lens) {
    const wld = input.series.wld;
    if (!wld) return noData("no WLD closes");
    // A past event: both lenses judge it as of the as-of date.
    const id2 = appendix2Move(wld, "worldcoin-world-id-2", lens.asOf).move;
    const altman = appendix2Move(wld, "altman-promotes-worldcoin", lens.asOf).move;
    if (altman?.measure === "peak" && altman.days < 3)
      return noData(`the as-of date ${lens.asOf} leaves under three days after the promotion`);
    if (id2?.measure !== "change" || altman?.measure !== "peak")
      return lens.asOf < "2023-12-18"
        ? noData(`the as-of date ${lens.asOf} leaves under three days after the promotion`)
        : noData("no WLD closes around 2023-12-12 to 2024-01-05");
    const quiet = Math.abs(settle(id2.changePct)) < 15;
    const gain = settle(altman.changePct);
    const status = gain >= 40 && quiet ? "holds" : gain >= 25 ? "weakened" : "broken";
    return {
      status,
      reason: `${lens.kind === "since" ? `${PAST_EVENT} ` : ""}Peak ${fmtPct(altman.changePct)} by ${altman.peak.date}; World ID 2.0 ${fmtPct(id2.changePct)}.`,
      evidence: [
        {
          label: "World ID 2.0, 2023-12-13",
          report: "barely moved",
          data: `${fmtPct(id2.changePct)} (${id2.from.date} to ${id2.to.date})`,
        },
        {
          label: "Altman's promotion, 2023-12-15",
          report: "about +50%",
          data: `${fmtPct(altman.changePct)} to the ${altman.peak.date} close (highest within ${plural(altman.days, "day")})`,
        },
      ],
      sparkline: sparkOf(wld, "2023-12-01", "2024-01-10"),
    };
  },
};

/** NARR-10: WLD nearly tripled after Sora. */
export const wldSora: ClaimCheck = {
  id: "wld-sora",
  claimIds: ["NARR-10"],
  needs: ["wld"],
  thresholds: `Holds if WLD's highest close within ${APPENDIX_2_PEAK_DAYS} days of 2024-02-15 (fewer if the as-of date comes sooner) is at least 2.5× the 2024-02-14 close; weakened from 1.75× to 2.5×; broken below 1.75×. The same measure as the Appendix 2 tables.`,
  run(input, lens) {
    const wld = input.series.wld;
    // A past event: both lenses judge it as of the as-of date, whose window cannot reach past it.
    const row = appendix2Move(wld, "openai-sora-preview", lens.asOf);
    const days = Math.min(APPENDIX_2_PEAK_DAYS, Math.floor((Date.parse(lens.asOf) - Date.parse(row.date)) / 86_400_000));
    if (days < 3) return noData(`the as-of date ${lens.asOf} leaves under three days after Sora`);
    const m = row.move;
    if (!wld || !m || m.measure !== "peak") return noData(`no WLD closes around 2024-02-14 to ${days} days after`);
    const ratio = settle(1 + m.changePct / 100);
    return {
      status: ratio >= 2.5 ? "holds" : ratio >= 1.75 ? "weakened" : "broken",
      reason: `${lens.kind === "since" ? `${PAST_EVENT} ` : ""}${fmtX(ratio)} from the ${m.before.date} close to the ${m.peak.date} close.`,
      evidence: [
        {
          label: "WLD after Sora, 2024-02-15",
          report: "nearly 3×",
          data: `${fmtX(ratio)} (${m.before.value} → ${m.peak.value} USDT, highest close within ${plural(m.days, "day")})`,
        },
      ],
      sparkline: sparkOf(wld, "2024-02-01", "2024-03-10"),
    };
  },
};

/** WLD's maximum supply, the basis of the fully diluted valuation the report's $80B implies (digest, NARR-11). */
const WLD_MAX_SUPPLY = 10_000_000_000;

/** NARR-11: WLD valued near OpenAI's $86B. */
export const wldValuation: ClaimCheck = {
  id: "wld-valuation",
  claimIds: ["NARR-11"],
  needs: ["wld", "fdv:wld"],
  thresholds:
    "WLD's fully diluted value on the as-of date, under both lenses (a claim about the time of writing): CoinGecko's FDV series where it covers that day, else close × 10 billion maximum supply; holds within ±25% of the report's $80B; weakened within ±50%; broken beyond.",
  run(input, lens) {
    // A claim about a moment ("at the time of writing"): both lenses judge it on the as-of date (README: a past
    // event keeps its verdict). The "since" lens adds the latest value beside it, for reference only.
    const day = lens.asOf;
    const near = (s: readonly { date: string; value: number }[] | undefined) => {
      const p = s ? s.filter((q) => q.date <= day).at(-1) : undefined;
      return p && p.date >= addDays(day, -5) ? p : undefined;
    };
    const since = lens.kind === "since" ? "A claim about the time of writing: later data does not change the verdict. " : "";
    const fdvSeries = input.series["fdv:wld"];
    const fdvPoint = near(fdvSeries);
    if (fdvPoint) {
      const off = settle((fdvPoint.value / 80e9 - 1) * 100);
      const latest = lens.kind === "since" && fdvSeries ? fdvSeries.filter((p) => p.date <= lens.latest).at(-1) : undefined;
      return {
        status: Math.abs(off) <= 25 ? "holds" : Math.abs(off) <= 50 ? "weakened" : "broken",
        reason: `${since}CoinGecko puts WLD's fully diluted value at $${(fdvPoint.value / 1e9).toFixed(1)}B on ${fdvPoint.date}, ${fmtPct(off)} from $80B.`,
        evidence: [
          {
            label: "WLD fully diluted value (CoinGecko)",
            report: "$80B",
            data: `$${(fdvPoint.value / 1e9).toFixed(1)}B on ${fdvPoint.date}`,
          },
          { label: "OpenAI valuation (press, 2024-02-16)", report: "$86B", data: "not a market series; taken as the report gives it" },
          ...(latest && latest.date > fdvPoint.date
            ? [{ label: "Later, for reference (not judged)", report: "–", data: `$${(latest.value / 1e9).toFixed(1)}B on ${latest.date}` }]
            : []),
        ],
        sparkline: sparkOf(fdvSeries, addDays(day, -60), day),
      };
    }
    const wld = input.series.wld;
    const close = near(wld);
    if (!close) return noData(`no WLD close near ${day}`);
    const fdv = close.value * WLD_MAX_SUPPLY;
    const off = settle((fdv / 80e9 - 1) * 100);
    const latest = lens.kind === "since" && wld ? wld.filter((p) => p.date <= lens.latest).at(-1) : undefined;
    return {
      status: Math.abs(off) <= 25 ? "holds" : Math.abs(off) <= 50 ? "weakened" : "broken",
      reason: `${since}WLD closed ${close.value} USDT on ${close.date}: fully diluted ≈ $${(fdv / 1e9).toFixed(1)}B, ${fmtPct(off)} from $80B.`,
      evidence: [
        { label: "WLD fully diluted value", report: "$80B", data: `$${(fdv / 1e9).toFixed(1)}B on ${close.date}` },
        { label: "OpenAI valuation (press, 2024-02-16)", report: "$86B", data: "not a market series; taken as the report gives it" },
        ...(latest && latest.date > close.date
          ? [
              {
                label: "Later, for reference (not judged)",
                report: "–",
                data: `$${((latest.value * WLD_MAX_SUPPLY) / 1e9).toFixed(1)}B on ${latest.date}`,
              },
            ]
          : []),
      ],
      sparkline: sparkOf(wld, addDays(day, -60), day),
    };
  },
};

/** TREND-9: ChatGPT launched in Nov 2022, under 1.5 years before writing; GPT-3 has been available since June 2020. */
export const aiTimeline: ClaimCheck = {
  id: "ai-timeline",
  claimIds: ["TREND-9"],
  needs: [],
  thresholds:
    "Holds if the sourced events date ChatGPT's launch to November 2022 and GPT-3's API to June 2020, and ChatGPT is under 1.5 years old on the as-of date; broken otherwise.",
  run(input, lens) {
    const chatgpt = input.events.find((e) => e.id === "openai-chatgpt-launch");
    const gpt3 = input.events.find((e) => e.id === "openai-gpt3-api-beta");
    if (!chatgpt || !gpt3) return noData("the events list lacks the ChatGPT or GPT-3 launch");
    const ageDays = (Date.parse(lens.asOf) - Date.parse(chatgpt.date)) / DAY_MS;
    if (ageDays < 0) return noData(`the as-of date ${lens.asOf} is before ChatGPT's launch`);
    const ok = chatgpt.date.startsWith("2022-11") && gpt3.date.startsWith("2020-06") && ageDays < 548;
    return {
      status: ok ? "holds" : "broken",
      reason: `ChatGPT ${chatgpt.date}, GPT-3 API ${gpt3.date}; ChatGPT was ${(ageDays / 365.25).toFixed(2)} years old on ${lens.asOf}.`,
      evidence: [
        {
          label: "ChatGPT launch",
          report: "Nov 2022, < 1.5 years ago",
          data: `${chatgpt.date} (${(ageDays / 365.25).toFixed(2)} years before ${lens.asOf})`,
        },
        { label: "GPT-3 available", report: "since June 2020", data: gpt3.date },
      ],
      sparkline: [],
    };
  },
};

/** At least this many shared trading days before the regression says anything. */
const MIN_REGRESSION_DAYS = 30;

/**
 * NARR-4: the report puts the AI tokens' run down to the rising crypto market and the AI buzz. Measured as the howToTest
 * asks: daily returns of the equal-weight AI basket regressed on BTC's (the crypto market) and NVDA's (AI sentiment on
 * the stock market), over NVDA's trading days, with the R² split between the two by their Shapley values.
 */
export const twoForces: ClaimCheck = {
  id: "narrative-two-forces",
  claimIds: ["NARR-4"],
  needs: [...AI_BASKET, "render", "btc", "nvda"],
  thresholds: `Daily returns of the equal-weight AI basket on BTC's and NVDA's, on NVDA's trading days in the window (at least ${MIN_REGRESSION_DAYS}): holds if the two explain at least half the variance (R² ≥ 0.5) and both slopes are positive; weakened if R² is from 0.25 to 0.5, or a slope is not positive; broken below 0.25. AI news itself is not a regressor here: NVDA stands in for AI sentiment.`,
  run(input, lens) {
    const { from, to } = windowOf(lens);
    // A week before the window, so its first day has a previous close to take a return from (computed once, not per point).
    const start = addDays(from, -7);
    const clip = (points: readonly Point[] | undefined) => (points ?? []).filter((p) => p.date >= start && p.date <= to);
    const nvda = clip(input.series.nvda);
    const market = pairedReturns(clip(input.series.btc), nvda).filter((r) => r.date >= from);
    if (market.length < MIN_REGRESSION_DAYS)
      return noData(
        `${plural(market.length, "shared BTC and NVDA trading day")} in ${from} to ${to}; at least ${MIN_REGRESSION_DAYS} are needed`,
      );
    // Each token's returns over the same intervals (its row's NVDA return equals the market row's: same two days).
    const byDay = new Map(market.map((r) => [r.date, { btc: r.a, nvda: r.b, tokens: [] as number[] }]));
    const { series } = basketSeries(input);
    for (const s of series)
      for (const r of pairedReturns(clip(s.points), nvda)) {
        const row = byDay.get(r.date);
        if (row && Math.abs(row.nvda - r.b) < 1e-9) row.tokens.push(r.a);
      }
    const rows = [...byDay].filter(([, r]) => r.tokens.length > 0);
    if (rows.length < MIN_REGRESSION_DAYS)
      return noData(`${plural(rows.length, "trading day")} with basket, BTC and NVDA returns; at least ${MIN_REGRESSION_DAYS} are needed`);
    const y = rows.map(([, r]) => mean(r.tokens));
    const both = ols(
      y,
      rows.map(([, r]) => [1, r.btc, r.nvda]),
    );
    const btcOnly = ols(
      y,
      rows.map(([, r]) => [1, r.btc]),
    );
    const nvdaOnly = ols(
      y,
      rows.map(([, r]) => [1, r.nvda]),
    );
    if (!both || !btcOnly || !nvdaOnly) return noData("the regression has no unique solution on these days (a factor does not vary)");
    const r2 = settle(both.r2);
    const btcShare = settle((btcOnly.r2 + (both.r2 - nvdaOnly.r2)) / 2);
    const nvdaShare = settle(r2 - btcShare);
    const [, bBtc = 0, bNvda = 0] = both.beta;
    const positive = bBtc > 0 && bNvda > 0;
    const status = r2 >= 0.5 && positive ? "holds" : r2 >= 0.25 ? "weakened" : "broken";
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    return {
      status,
      reason: `BTC and NVDA explain ${pct(r2)} of the basket's daily variance over ${plural(rows.length, "trading day")} (${from} to ${rows.at(-1)?.[0] ?? to}): BTC ${pct(btcShare)}, NVDA ${pct(nvdaShare)}; slopes ${bBtc.toFixed(2)} on BTC and ${bNvda.toFixed(2)} on NVDA.`,
      evidence: [
        {
          label: "Variance explained (R²), BTC and NVDA",
          report: "the crypto market and AI buzz",
          data: `${pct(r2)} (BTC ${pct(btcShare)}, NVDA ${pct(nvdaShare)})`,
        },
        {
          label: "Slopes (basket % per 1% move)",
          report: "both push the basket up",
          data: `BTC ${bBtc.toFixed(2)}, NVDA ${bNvda.toFixed(2)}`,
        },
      ],
      sparkline: sparkOf(input.series.btc, from, to),
    };
  },
};

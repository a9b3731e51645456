import { downDayStats } from "../down-days";
import { changeBetween, peakMoveAfter } from "../moves";
import { addDays } from "../range";
import { type CheckResult, type ClaimCheck, type Lens, noData } from "./types";
import { fmtPct, fmtX, mean, settle, sparkOf, windowReturn } from "./helpers";

/** The digest's AI basket where the embedded data has closes (AKT has none); equal weight. */
export const AI_BASKET = ["fet", "agix", "ocean", "rndr", "wld", "grt", "tao"] as const;
const BENCHMARKS = ["btc", "eth", "nvda", "msft"] as const;
/** "Since Q4 2023". */
const Q4_2023 = "2023-10-01";

/** The window a claim about a period is judged on, per lens: Q4 2023 to the as-of date, or the as-of date to the latest data. */
const windowOf = (lens: Lens) => (lens.kind === "then" ? { from: Q4_2023, to: lens.asOf } : { from: lens.asOf, to: lens.latest });

/** NARR-3: many AI tokens beat BTC, ETH, NVDA and MSFT. */
export const aiBeatsBenchmarks: ClaimCheck = {
  id: "ai-beats-benchmarks",
  claimIds: ["NARR-3"],
  needs: [...AI_BASKET, ...BENCHMARKS],
  thresholds:
    "Holds if the equal-weight AI basket's return over the window beats each of BTC, ETH, NVDA and MSFT and at least half its tokens beat BTC; weakened if it beats some but not all (or fewer than half beat BTC); broken if it beats none.",
  run(input, lens) {
    const { from, to } = windowOf(lens);
    const tokens = AI_BASKET.map((id) => ({ id, r: windowReturn(input.series[id], from, to) })).filter((t) => t.r !== undefined);
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
  needs: [...AI_BASKET, "btc"],
  thresholds:
    "On days BTC closed down: holds if the AI basket's mean daily return is above zero; weakened if it is below zero but above BTC's own mean on those days; broken otherwise.",
  run(input, lens) {
    const range = windowOf(lens);
    const btc = input.series.btc;
    if (!btc) return noData("no BTC closes");
    const stats = AI_BASKET.flatMap((id) => {
      const s = input.series[id];
      const r = s ? downDayStats(s, btc, range) : undefined;
      return r?.ok ? [{ id, r }] : [];
    });
    if (stats.length === 0) return noData(`no AI token shares BTC-down days with BTC from ${range.from} to ${range.to}`);
    const basket = mean(stats.map((s) => s.r.tokenMeanPct));
    const btcMean = mean(stats.map((s) => s.r.btcMeanPct));
    const share = mean(stats.map((s) => s.r.shareUpPct));
    const status = basket > 0 ? "holds" : basket > btcMean ? "weakened" : "broken";
    return {
      status,
      reason: `On BTC-down days from ${range.from} to ${range.to}, the AI basket averaged ${fmtPct(basket)} a day against BTC's ${fmtPct(btcMean)}.`,
      evidence: [
        { label: "BTC-down days", report: "Fig 5 (count not given)", data: `${stats[0]?.r.downDays ?? 0} days` },
        { label: "AI basket mean on those days", report: "rose", data: `${fmtPct(basket)} (tokens up on ${share.toFixed(0)}% of them)` },
        { label: "BTC mean on those days", report: "fell", data: fmtPct(btcMean) },
      ],
      sparkline: sparkOf(btc, range.from, range.to),
    };
  },
};

/** NARR-8, a forecast: the narrative can last a while. Judged only after the fact. */
export const narrativeLasts: ClaimCheck = {
  id: "narrative-lasts",
  claimIds: ["NARR-8"],
  needs: [...AI_BASKET, "btc"],
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
    const tokens = AI_BASKET.map((id) => windowReturn(input.series[id], from, to)).filter((r) => r !== undefined);
    const btc = windowReturn(input.series.btc, from, to);
    if (tokens.length < 2 || !btc) return noData(`too few closes from ${from} to ${to}`);
    const basket = mean(tokens.map((t) => t.pct));
    const gap = basket - btc.pct;
    return {
      status: gap >= 0 ? "holds" : gap > -25 ? "weakened" : "broken",
      reason: `From ${from} to ${to}: AI basket ${fmtPct(basket)}, BTC ${fmtPct(btc.pct)}.`,
      evidence: [
        {
          label: "AI basket vs BTC after the report",
          report: "the narrative may last a while",
          data: `${fmtPct(basket)} vs ${fmtPct(btc.pct)}`,
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
  thresholds:
    "Holds if WLD's highest close within 7 days of 2023-12-15 is at least 40% above the 2023-12-14 close and World ID 2.0 (2023-12-13) moved it less than 15% over two days; weakened if the peak gain is 25-40% (or World ID moved it more); broken below 25%.",
  run(input, lens) {
    const wld = input.series.wld;
    if (!wld) return noData("no WLD closes");
    if (lens.asOf < "2023-12-22") return noData(`the as-of date ${lens.asOf} is before the week after the promotion had passed`);
    const id2 = changeBetween(wld, "2023-12-13", "2023-12-14");
    const altman = peakMoveAfter(wld, "2023-12-15", 7);
    if (!id2 || !altman) return noData("no WLD closes around 2023-12-13..22");
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
          data: `${fmtPct(altman.changePct)} to the ${altman.peak.date} close`,
        },
      ],
      sparkline: sparkOf(wld, "2023-12-01", "2024-01-05"),
    };
  },
};

/** NARR-10: WLD nearly tripled after Sora. */
export const wldSora: ClaimCheck = {
  id: "wld-sora",
  claimIds: ["NARR-10"],
  needs: ["wld"],
  thresholds:
    "Holds if WLD's highest close within 21 days of 2024-02-15 is at least 2.5× the 2024-02-14 close; weakened from 1.75× to 2.5×; broken below 1.75×.",
  run(input, lens) {
    const wld = input.series.wld;
    // As the report saw it, the window cannot reach past its as-of date: up to 21 days, fewer if it wrote sooner.
    const days = lens.kind === "then" ? Math.min(21, Math.floor((Date.parse(lens.asOf) - Date.parse("2024-02-15")) / 86_400_000)) : 21;
    if (days < 3) return noData(`the as-of date ${lens.asOf} leaves under three days after Sora`);
    const m = wld ? peakMoveAfter(wld, "2024-02-15", days) : undefined;
    if (!wld || !m) return noData(`no WLD closes around 2024-02-14 to ${days} days after`);
    const ratio = settle(1 + m.changePct / 100);
    return {
      status: ratio >= 2.5 ? "holds" : ratio >= 1.75 ? "weakened" : "broken",
      reason: `${lens.kind === "since" ? `${PAST_EVENT} ` : ""}${fmtX(ratio)} from the ${m.before.date} close to the ${m.peak.date} close.`,
      evidence: [
        { label: "WLD after Sora, 2024-02-15", report: "nearly 3×", data: `${fmtX(ratio)} (${m.before.value} → ${m.peak.value} USDT)` },
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
    "WLD's fully diluted value on the lens date (CoinGecko's FDV series where there is one, else close × 10 billion maximum supply): holds within ±25% of the report's $80B; weakened within ±50%; broken beyond.",
  run(input, lens) {
    const day = lens.kind === "then" ? lens.asOf : lens.latest;
    const near = (s: readonly { date: string; value: number }[] | undefined) => {
      const p = s ? s.filter((q) => q.date <= day).at(-1) : undefined;
      return p && p.date >= addDays(day, -5) ? p : undefined;
    };
    const fdvPoint = near(input.series["fdv:wld"]);
    const wld = input.series.wld;
    const close = near(wld);
    if (fdvPoint) {
      const off = settle((fdvPoint.value / 80e9 - 1) * 100);
      return {
        status: Math.abs(off) <= 25 ? "holds" : Math.abs(off) <= 50 ? "weakened" : "broken",
        reason: `CoinGecko puts WLD's fully diluted value at $${(fdvPoint.value / 1e9).toFixed(1)}B on ${fdvPoint.date}, ${fmtPct(off)} from $80B.`,
        evidence: [
          {
            label: "WLD fully diluted value (CoinGecko)",
            report: "$80B",
            data: `$${(fdvPoint.value / 1e9).toFixed(1)}B on ${fdvPoint.date}`,
          },
          { label: "OpenAI valuation (press, 2024-02-16)", report: "$86B", data: "not a market series; taken as the report gives it" },
        ],
        sparkline: sparkOf(input.series["fdv:wld"], addDays(day, -60), day),
      };
    }
    if (!close) return noData(`no WLD close near ${day}`);
    const fdv = close.value * WLD_MAX_SUPPLY;
    const off = settle((fdv / 80e9 - 1) * 100);
    return {
      status: Math.abs(off) <= 25 ? "holds" : Math.abs(off) <= 50 ? "weakened" : "broken",
      reason: `WLD closed ${close.value} USDT on ${close.date}: fully diluted ≈ $${(fdv / 1e9).toFixed(1)}B, ${fmtPct(off)} from $80B.`,
      evidence: [
        { label: "WLD fully diluted value", report: "$80B", data: `$${(fdv / 1e9).toFixed(1)}B on ${close.date}` },
        { label: "OpenAI valuation (press, 2024-02-16)", report: "$86B", data: "not a market series; taken as the report gives it" },
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
    const ageDays = (Date.parse(lens.asOf) - Date.parse(chatgpt.date)) / 86_400_000;
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

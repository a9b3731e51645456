import { APPENDIX_2_PEAK_DAYS, appendix2Move } from "../appendix2";
import { DAY_MS, addDays } from "../range";
import { fmtPct, fmtX, plural, settle, sparkOf } from "./helpers";
import { type ClaimCheck, noData } from "./types";

// Checks on a moment, judged as of the as-of date under both lenses: WLD around World ID 2.0 and Altman's promotion
// (NARR-9), after Sora (NARR-10), its valuation at the time of writing (NARR-11), and the AI timeline (TREND-9).

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

import type { UsageSeriesId } from "@/content/series";
import { clipToRange } from "../range";
import type { Point } from "../types";
import { type ClaimCheck, noData } from "./types";
import { closeAt, fmtX, mean, settle, sparkOf } from "./helpers";

/**
 * Checks whose data the embedded sample does not have (Akash usage, Hugging Face counts, Bittensor subnets, market
 * caps). The logic is real and tested on hand-made series; with no series they say "no data" and name what is needed.
 */

const dayOfLens = (asOf: string, latest: string, kind: "then" | "since") => (kind === "then" ? asOf : latest);

/** COMPUTE-2: Akash active leases roughly tripled since the start of 2024 (Fig 3). */
export const akashLeases: ClaimCheck = {
  id: "akash-leases-tripled",
  claimIds: ["COMPUTE-2"],
  needs: ["akash-active-leases"],
  thresholds:
    "Holds if active leases on the lens date are at least 2.5× those on 2024-01-01; weakened from 1.5× to 2.5×; broken below 1.5×.",
  run(input, lens) {
    const s = input.series["akash-active-leases"];
    if (!s)
      return noData(
        "no Akash lease series in this data mode (the Akash Console API provides activeLeaseCount; sample mode needs a recording made with npm run snapshot)",
      );
    const day = dayOfLens(lens.asOf, lens.latest, lens.kind);
    if (day < "2024-01-01") return noData(`the lens date ${day} is before the start of 2024 the claim counts from`);
    const a = closeAt(s, "2024-01-01");
    const b = closeAt(s, day);
    if (!a || !b || a.value <= 0) return noData(`no lease counts on 2024-01-01 and ${day}`);
    const ratio = settle(b.value / a.value);
    return {
      status: ratio >= 2.5 ? "holds" : ratio >= 1.5 ? "weakened" : "broken",
      reason: `${b.value} active leases on ${b.date} against ${a.value} on ${a.date}: ${fmtX(ratio)}.`,
      evidence: [
        { label: "Active leases, start of 2024 → lens date", report: "≈ 3× (Fig 3)", data: `${a.value} → ${b.value} (${fmtX(ratio)})` },
      ],
      sparkline: sparkOf(s, "2023-10-01", day),
    };
  },
};

const monthMeans = (s: readonly Point[]) => {
  const months = new Map<string, number[]>();
  for (const p of s) months.set(p.date.slice(0, 7), [...(months.get(p.date.slice(0, 7)) ?? []), p.value]);
  return [...months].map(([month, vs]) => ({ month, mean: mean(vs) }));
};

/** COMPUTE-3: fees paid to Akash have fallen since their December 2023 peak (Fig 4). */
export const akashFeesPeak: ClaimCheck = {
  id: "akash-fees-peak",
  claimIds: ["COMPUTE-3"],
  needs: ["akash-daily-spend-usd", "fees:akt"],
  thresholds:
    "Holds if December 2023 has the highest mean daily spend of all months up to the lens date and the mean since 2024-01-01 is below December's; weakened if the mean since January is below December's but another month peaks; broken if it is not below. Spend is the Akash Console API's dailyUUsdSpent, or DefiLlama's Akash fees (the same lease payments) where that is missing.",
  run(input, lens) {
    const s = input.series["akash-daily-spend-usd"] ?? input.series["fees:akt"];
    if (!s)
      return noData(
        "no Akash daily spend series in this data mode (the Akash Console API provides dailyUUsdSpent, DefiLlama's fees API the same lease payments; sample mode needs a recording made with npm run snapshot)",
      );
    const day = dayOfLens(lens.asOf, lens.latest, lens.kind);
    const upto = clipToRange(s, { from: "2000-01-01", to: day });
    const dec = upto.filter((p) => p.date.startsWith("2023-12"));
    const after = clipToRange(upto, { from: "2024-01-01", to: day });
    if (dec.length < 15 || after.length < 15) return noData("too few days of spend in December 2023 or since January 2024");
    const months = monthMeans(upto);
    const peak = months.reduce((a, b) => (b.mean > a.mean ? b : a));
    const decMean = mean(dec.map((p) => p.value));
    const afterMean = mean(after.map((p) => p.value));
    const status = afterMean < decMean ? (peak.month === "2023-12" ? "holds" : "weakened") : "broken";
    return {
      status,
      reason: `Peak month ${peak.month}; mean daily spend $${decMean.toFixed(0)} in Dec 2023, $${afterMean.toFixed(0)} from 2024-01-01 to ${day}.`,
      evidence: [
        {
          label: "Mean daily spend, Dec 2023 vs since",
          report: "peaked Dec 2023, fell since (Fig 4)",
          data: `$${decMean.toFixed(0)} → $${afterMean.toFixed(0)}`,
        },
      ],
      sparkline: sparkOf(s, "2023-06-01", day),
    };
  },
};

/** COMPUTE-4: leased GPUs have fallen (Fig 4). */
export const akashGpus: ClaimCheck = {
  id: "akash-gpus-down",
  claimIds: ["COMPUTE-4"],
  needs: ["akash-leased-gpus"],
  thresholds:
    "Holds if leased GPUs on the lens date are at least 10% below their December 2023 mean; weakened if below by less than 10%; broken if not below.",
  run(input, lens) {
    const s = input.series["akash-leased-gpus"];
    if (!s)
      return noData(
        "no Akash leased-GPU series in this data mode (the Akash Console API provides activeGPU; sample mode needs a recording made with npm run snapshot)",
      );
    const day = dayOfLens(lens.asOf, lens.latest, lens.kind);
    if (day < "2024-01-01") return noData(`the lens date ${day} is before December 2023 had ended`);
    const dec = s.filter((p) => p.date.startsWith("2023-12"));
    const b = closeAt(s, day);
    if (dec.length < 15 || !b) return noData("no leased-GPU counts for December 2023 or the lens date");
    const decMean = mean(dec.map((p) => p.value));
    const change = settle((b.value / decMean - 1) * 100);
    return {
      status: change <= -10 ? "holds" : change < 0 ? "weakened" : "broken",
      reason: `${b.value} GPUs leased on ${b.date} against a December 2023 mean of ${decMean.toFixed(0)}.`,
      evidence: [{ label: "Leased GPUs, Dec 2023 mean → lens date", report: "down", data: `${decMean.toFixed(0)} → ${b.value}` }],
      sparkline: sparkOf(s, "2023-10-01", day),
    };
  },
};

/** 530000 -> "530,000", without Intl: these run at module load, where building a number format costs a long task. */
const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** A count that should have reached a level by the lens date (Hugging Face models and datasets, Bittensor subnets). */
function countAtLeast(
  id: string,
  claimId: string,
  series: UsageSeriesId,
  target: number,
  what: string,
  source: string,
  weakFrom: number,
): ClaimCheck {
  return {
    id,
    claimIds: [claimId],
    needs: [series],
    thresholds: `Holds if ${what} on the lens date are at least ${grouped(target)}; weakened from ${grouped(weakFrom)}; broken below.`,
    run(input, lens) {
      const s = input.series[series];
      if (!s) return noData(`no ${what} series in this data mode (${source})`);
      const day = dayOfLens(lens.asOf, lens.latest, lens.kind);
      const v = closeAt(s, day);
      if (!v) return noData(`no ${what} count near ${day}`);
      return {
        status: v.value >= target ? "holds" : v.value >= weakFrom ? "weakened" : "broken",
        reason: `${grouped(v.value)} ${what} on ${v.date}.`,
        evidence: [{ label: what, report: `${grouped(target)}+`, data: `${grouped(v.value)} on ${v.date}` }],
        sparkline: sparkOf(s, "2023-01-01", day),
      };
    },
  };
}

export const hfModels = countAtLeast(
  "hf-models",
  "TREND-1",
  "hf-model-count",
  530_000,
  "public models on Hugging Face",
  "the Hugging Face Hub API",
  450_000,
);
export const hfDatasets = countAtLeast(
  "hf-datasets",
  "DATA-3",
  "hf-dataset-count",
  110_000,
  "public datasets on Hugging Face",
  "the Hugging Face Hub API",
  90_000,
);

/** VERIFY-3: 32 subnets. A count near, not at least, the figure: more subnets later do not break the claim then. */
export const bittensorSubnets: ClaimCheck = {
  id: "bittensor-subnets",
  claimIds: ["VERIFY-3"],
  needs: ["bittensor-subnet-count"],
  thresholds: "Holds if the registered subnet count on the lens date is within ±2 of 32; weakened within ±8; broken beyond.",
  run(input, lens) {
    const s = input.series["bittensor-subnet-count"];
    if (!s) return noData("no Bittensor subnet count in this data mode (chain state or taostats history)");
    const day = dayOfLens(lens.asOf, lens.latest, lens.kind);
    const v = closeAt(s, day);
    if (!v) return noData(`no subnet count near ${day}`);
    const off = Math.abs(v.value - 32);
    return {
      status: off <= 2 ? "holds" : off <= 8 ? "weakened" : "broken",
      reason: `${v.value} subnets on ${v.date}.`,
      evidence: [{ label: "Registered subnets", report: "32", data: `${v.value} on ${v.date}` }],
      sparkline: sparkOf(s, "2023-06-01", day),
    };
  },
};

/** VERIFY-2: Bittensor is one of the largest AI crypto assets, by market cap among the AI tokens. */
export const taoRank: ClaimCheck = {
  id: "tao-rank",
  claimIds: ["VERIFY-2"],
  needs: ["mcap:tao", "mcap:fet", "mcap:rndr", "mcap:wld", "mcap:agix", "mcap:ocean", "mcap:grt", "mcap:near", "mcap:icp"],
  thresholds: "Holds if TAO ranks in the top 3 of the AI tokens by market cap on the lens date; weakened in the top 5; broken below.",
  run(input, lens) {
    const day = dayOfLens(lens.asOf, lens.latest, lens.kind);
    const caps = taoRank.needs.flatMap((id) => {
      const v = input.series[id] ? closeAt(input.series[id] ?? [], day) : undefined;
      return v ? [{ id: id.slice(5), cap: v.value }] : [];
    });
    if (!caps.some((c) => c.id === "tao") || caps.length < 3)
      return noData("no market caps in this data mode (CoinGecko market_chart provides them)");
    const ranked = [...caps].sort((a, b) => b.cap - a.cap);
    const rank = ranked.findIndex((c) => c.id === "tao") + 1;
    return {
      status: rank <= 3 ? "holds" : rank <= 5 ? "weakened" : "broken",
      reason: `TAO ranks ${rank} of ${ranked.length} AI tokens by market cap on ${day}.`,
      evidence: [{ label: "TAO market-cap rank among AI tokens", report: "one of the largest", data: `${rank} of ${ranked.length}` }],
      sparkline: [],
    };
  },
};

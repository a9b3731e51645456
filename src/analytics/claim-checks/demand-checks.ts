import { FEES_NETWORK_IDS, type FeesNetworkId } from "@/content/series";
import { annualisedFees } from "../demand";
import { addDays } from "../range";
import type { Point } from "../types";
import { closeAt, fmtPct, settle, sparkOf } from "./helpers";
import { type CheckInput, type ClaimCheck, noData } from "./types";

/**
 * Checks on the demand series: fees (DefiLlama), valuations (CoinGecko market cap and FDV) and Akash supply. Each
 * turns a claim about demand into a number with thresholds in words. A valuation-to-fees multiple is FDV (or market
 * cap where no FDV exists) ÷ annualised fees (mean daily fees over the trailing 30 days × 365, at least 20 days).
 */

const lensDay = (lens: { kind: "then" | "since"; asOf: string; latest: string }) => (lens.kind === "then" ? lens.asOf : lens.latest);
const fmtMult = (x: number) => `${x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(1)}×`;
const usd = (v: number) =>
  v >= 1e9 ? `$${(v / 1e9).toFixed(2)}B` : v >= 1e6 ? `$${(v / 1e6).toFixed(1)}M` : `$${Math.round(v).toLocaleString("en-US")}`;

/** Multiples at or above this say the valuation is far beyond what fees support; below the lower one they are not. */
export const PF_HIGH = 100;
export const PF_LOW = 30;

/** The tokens whose valuation-to-fees multiple NARR-1 reads: the networks with DefiLlama fees. */
const PF_TOKENS = FEES_NETWORK_IDS;

/** Valuation ÷ annualised fees on `day` for one token, with the basis; undefined when either is missing. */
function multipleOn(input: CheckInput, token: FeesNetworkId, day: string) {
  const fees = input.series[`fees:${token}`];
  if (!fees) return undefined;
  const fdv = input.series[`fdv:${token}`];
  const cap = input.series[`mcap:${token}`];
  const val = (fdv && closeAt(fdv, day)) ?? (cap && closeAt(cap, day));
  const basis = fdv && closeAt(fdv, day) ? "FDV" : "market cap";
  const annual = annualisedFees(fees, day);
  if (!val || !annual || !(annual.usd > 0)) return undefined;
  return { token, multiple: settle(val.value / annual.usd), basis, valuation: val.value, annual: annual.usd, date: val.date };
}

const pfStatus = (m: number) => (m >= PF_HIGH ? "holds" : m >= PF_LOW ? "weakened" : "broken");

/** COMPUTE-5: where does lasting usage-driven demand for the token come from? Read as AKT's value against its fees. */
export const aktValueVsFees: ClaimCheck = {
  id: "akt-value-vs-fees",
  claimIds: ["COMPUTE-5"],
  needs: ["fees:akt", "fdv:akt", "mcap:akt"],
  thresholds: `AKT's fully diluted value (market cap where no FDV) ÷ Akash's annualised fees on the lens date: holds at ${PF_HIGH}× or more (the token is valued far beyond what usage pays); weakened from ${PF_LOW}× to ${PF_HIGH}×; broken below ${PF_LOW}×. The "unclear" part of the claim stays opinion.`,
  run(input, lens) {
    const day = lensDay(lens);
    if (!input.series["fees:akt"])
      return noData(
        "no Akash fee series in this data mode (DefiLlama's fees API has it; sample mode needs a recording made with npm run snapshot)",
      );
    if (!input.series["fdv:akt"] && !input.series["mcap:akt"])
      return noData(
        "no AKT market cap or FDV in this data mode (CoinGecko has them; sample mode needs a recording made with npm run snapshot)",
      );
    const m = multipleOn(input, "akt", day);
    if (!m) return noData(`no AKT valuation and at least 20 days of Akash fees in the 30 days to ${day}`);
    return {
      status: pfStatus(m.multiple),
      reason: `AKT ${m.basis} ${usd(m.valuation)} on ${m.date} against ${usd(m.annual)} of annualised fees: ${fmtMult(m.multiple)}.`,
      evidence: [
        {
          label: `AKT ${m.basis} ÷ annualised Akash fees`,
          report: "no clear usage-driven demand",
          data: `${fmtMult(m.multiple)} on ${m.date}`,
        },
      ],
      sparkline: sparkOf(input.series["fees:akt"], addDays(day, -180), day),
    };
  },
};

/** NARR-1: many AI tokens lack sustainable demand drivers — read as the median valuation-to-fees multiple. */
export const aiValueVsFees: ClaimCheck = {
  id: "ai-value-vs-fees",
  claimIds: ["NARR-1"],
  needs: PF_TOKENS.flatMap((t) => [`fees:${t}`, `fdv:${t}`, `mcap:${t}`] as const),
  thresholds: `The median, across the AI networks with DefiLlama fees and at least three with data, of FDV (market cap where no FDV) ÷ annualised fees on the lens date: holds at ${PF_HIGH}× or more; weakened from ${PF_LOW}× to ${PF_HIGH}×; broken below ${PF_LOW}×. "Inflated" stays a judgement.`,
  run(input, lens) {
    const day = lensDay(lens);
    const rows = PF_TOKENS.flatMap((t) => {
      const m = multipleOn(input, t, day);
      return m ? [m] : [];
    }).sort((a, b) => a.multiple - b.multiple);
    if (rows.length < 3) {
      const n = rows.length;
      return noData(
        `${n} ${n === 1 ? "network has" : "networks have"} both fees and a valuation on ${day}; at least 3 are needed (DefiLlama fees, CoinGecko market caps; sample mode needs a recording made with npm run snapshot)`,
      );
    }
    const mid = rows.length / 2;
    const median = settle(
      rows.length % 2 === 1 ? (rows[Math.floor(mid)]?.multiple ?? 0) : ((rows[mid - 1]?.multiple ?? 0) + (rows[mid]?.multiple ?? 0)) / 2,
    );
    return {
      status: pfStatus(median),
      reason: `Median valuation-to-fees multiple ${fmtMult(median)} across ${rows.length} networks on ${day} (from ${fmtMult(rows[0]?.multiple ?? 0)} to ${fmtMult(rows.at(-1)?.multiple ?? 0)}).`,
      evidence: rows.map((r) => ({
        label: `${r.token.toUpperCase()} ${r.basis} ÷ annualised fees`,
        report: "inflated by the AI spotlight",
        data: `${fmtMult(r.multiple)} on ${r.date}`,
      })),
      sparkline: [],
    };
  },
};

/** COMPUTE-1: early metrics show adoption growing on the user and the supplier side (Akash leases and GPU capacity). */
export const akashBothSides: ClaimCheck = {
  id: "akash-both-sides",
  claimIds: ["COMPUTE-1"],
  needs: ["akash-active-leases", "akash-available-gpus"],
  thresholds:
    "From 2024-01-01 to the lens date: holds if Akash's active leases (users) and the GPU capacity of its providers (suppliers) both grew by at least 10%; weakened if only one did; broken if neither. Render is not judged: DefiLlama's Render fees start after the report.",
  run(input, lens) {
    const day = lensDay(lens);
    const leases = input.series["akash-active-leases"];
    const gpus = input.series["akash-available-gpus"];
    if (!leases || !gpus)
      return noData(
        "needs Akash active leases and provider GPU capacity (Akash Console API; sample mode needs a recording made with npm run snapshot)",
      );
    if (day < "2024-01-02") return noData(`the lens date ${day} is not after 2024-01-01`);
    const growth = (s: readonly Point[]) => {
      const a = closeAt(s, "2024-01-01");
      const b = closeAt(s, day);
      return a && b && a.value > 0 ? { a, b, pct: settle((b.value / a.value - 1) * 100) } : undefined;
    };
    const l = growth(leases);
    const g = growth(gpus);
    if (!l || !g) return noData(`no lease or GPU-capacity reading near 2024-01-01 and ${day}`);
    const up = (l.pct >= 10 ? 1 : 0) + (g.pct >= 10 ? 1 : 0);
    return {
      status: up === 2 ? "holds" : up === 1 ? "weakened" : "broken",
      reason: `Active leases ${fmtPct(l.pct)} and provider GPU capacity ${fmtPct(g.pct)} from 2024-01-01 to ${day}.`,
      evidence: [
        { label: "Active leases (users)", report: "growing", data: `${l.a.value} → ${l.b.value} (${fmtPct(l.pct)})` },
        { label: "Provider GPU capacity (suppliers)", report: "growing", data: `${g.a.value} → ${g.b.value} (${fmtPct(g.pct)})` },
      ],
      sparkline: sparkOf(leases, "2023-10-01", day),
    };
  },
};

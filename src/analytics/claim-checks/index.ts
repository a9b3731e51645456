import { aiValueVsFees, akashBothSides, aktValueVsFees } from "./demand-checks";
import { aiBeatsBenchmarks, narrativeLasts, upOnBtcDownDays } from "./basket-checks";
import { aiTimeline, wldAltman, wldSora, wldValuation } from "./event-checks";
import { twoForces } from "./two-forces";
import type { CheckInput, CheckResult, ClaimCheck, Lens } from "./types";
import { akashFeesPeak, akashGpus, akashLeases, bittensorSubnets, hfDatasets, hfModels, taoRank } from "./usage-checks";

/** Every check, each tied to the digest claims it speaks to. */
export const CLAIM_CHECKS: readonly ClaimCheck[] = [
  aiTimeline,
  hfModels,
  hfDatasets,
  akashLeases,
  akashFeesPeak,
  akashGpus,
  taoRank,
  bittensorSubnets,
  aiBeatsBenchmarks,
  twoForces,
  upOnBtcDownDays,
  narrativeLasts,
  wldAltman,
  wldSora,
  wldValuation,
  aktValueVsFees,
  aiValueVsFees,
  akashBothSides,
];

export function checkForClaim(claimId: string): ClaimCheck | undefined {
  return CLAIM_CHECKS.find((c) => c.claimIds.includes(claimId));
}

/**
 * Runs a claim's check under a lens. Claims without a check get "not testable" (opinion, forecast, framing) or
 * "no data" (testable in part, but no series here speaks to it), with the reason. Never throws: a check that fails
 * unexpectedly reports "no data" with the error, so one bad check cannot blank the overview.
 */
export function checkClaim(
  claim: { id: string; testable: "yes" | "partly" | "no"; howToTest: string },
  input: CheckInput,
  lens: Lens,
): CheckResult & { check?: ClaimCheck } {
  const check = checkForClaim(claim.id);
  if (!check) {
    return claim.testable === "no"
      ? { status: "not testable", reason: "Opinion, forecast or framing: no series can confirm or refute it.", evidence: [], sparkline: [] }
      : { status: "no data", reason: `No check yet. To test it, ${lowerFirst(claim.howToTest)}`, evidence: [], sparkline: [] };
  }
  try {
    return { ...check.run(input, lens), check };
  } catch (error) {
    return {
      status: "no data",
      reason: `The check failed: ${error instanceof Error ? error.message : String(error)}`,
      evidence: [],
      sparkline: [],
      check,
    };
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export { AI_BASKET } from "./basket-checks";
export type { CheckInput, CheckResult, ClaimCheck, ClaimStatus, Evidence, Lens } from "./types";

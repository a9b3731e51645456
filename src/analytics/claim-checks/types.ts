import type { AnySeriesId } from "@/content/series";
import type { IsoDay, Point } from "../types";

/** The five verdicts, exactly these words, always shown as text with an icon. */
export type ClaimStatus = "holds" | "weakened" | "broken" | "no data" | "not testable";

export interface Evidence {
  /** What is compared ("WLD peak after Sora"). */
  label: string;
  /** The report's figure, as it prints it ("nearly 3x"). */
  report: string;
  /** What the data shows, with its dates. */
  data: string;
}

export interface CheckResult {
  status: ClaimStatus;
  /** One sentence: why this status (or why no data). */
  reason: string;
  evidence: Evidence[];
  /** The series behind the verdict, for a sparkline; empty when there is none. */
  sparkline: Point[];
}

/**
 * "then": the data up to the report's as-of date, as the report saw it.
 * "since": the latest data in the current mode (for window claims, the period after the as-of date).
 */
export interface Lens {
  kind: "then" | "since";
  asOf: IsoDay;
  latest: IsoDay;
}

/** Everything a check may read, by series id (content/series.ts); a missing series means "no data", never a throw. */
export interface CheckInput {
  series: Readonly<Partial<Record<AnySeriesId, readonly Point[]>>>;
  events: readonly { id: string; date: IsoDay }[];
}

export interface ClaimCheck {
  /** Stable id of the check. */
  id: string;
  /** The digest claims it speaks to. */
  claimIds: readonly string[];
  /** The thresholds in words, shown in the UI beside the verdict. */
  thresholds: string;
  /** Series ids the check reads (so the UI can load them and name the source); a typo fails the type check. */
  needs: readonly AnySeriesId[];
  run: (input: CheckInput, lens: Lens) => CheckResult;
}

export const noData = (reason: string): CheckResult => ({ status: "no data", reason, evidence: [], sparkline: [] });

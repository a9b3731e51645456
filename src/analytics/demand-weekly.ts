// The weekly decomposition of a token's returns on fee growth and AI-news weeks (split from demand.ts: the screener
// statistics live there, the regression here).
import { MIN_WEEKS, mean } from "./demand";
import { addDays } from "./range";
import type { IsoDay, Point } from "./types";

/** Monday of the UTC week holding `day`. */
export function weekOf(day: IsoDay): IsoDay {
  const dow = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -dow);
}

export interface WeekRow {
  week: IsoDay;
  /** Token return from the previous week's last close to this week's, percent. */
  tokenReturnPct: number;
  /** This week's fees against the previous week's, percent (both complete: 7 days each). */
  feeGrowthPct: number;
  /** 1 when an AI news event falls in the week. */
  aiNews: 0 | 1;
}

/** Complete weeks with a token return, a fee growth and the AI-news dummy. */
export function weeklyRows(price: readonly Point[], fees: readonly Point[], eventDays: readonly IsoDay[]): WeekRow[] {
  const closes = new Map<IsoDay, number>();
  for (const p of price) if (p.value > 0) closes.set(weekOf(p.date), p.value); // sorted input: the last close wins
  const feeWeeks = new Map<IsoDay, { sum: number; days: number }>();
  for (const p of fees) {
    const w = weekOf(p.date);
    const held = feeWeeks.get(w) ?? { sum: 0, days: 0 };
    feeWeeks.set(w, { sum: held.sum + p.value, days: held.days + 1 });
  }
  const newsWeeks = new Set(eventDays.map(weekOf));
  const rows: WeekRow[] = [];
  for (const [week, close] of closes) {
    const prevWeek = addDays(week, -7);
    const prevClose = closes.get(prevWeek);
    const f = feeWeeks.get(week);
    const pf = feeWeeks.get(prevWeek);
    if (prevClose === undefined || !f || !pf || f.days < 7 || pf.days < 7 || !(pf.sum > 0)) continue;
    rows.push({
      week,
      tokenReturnPct: (close / prevClose - 1) * 100,
      feeGrowthPct: (f.sum / pf.sum - 1) * 100,
      aiNews: newsWeeks.has(week) ? 1 : 0,
    });
  }
  return rows.sort((a, b) => (a.week < b.week ? -1 : 1));
}

export interface Coefficient {
  estimate: number;
  stdError: number | undefined;
}

export type Decomposition =
  | {
      ok: true;
      n: number;
      newsWeeks: number;
      intercept: Coefficient;
      /** Percentage points of weekly token return per percentage point of weekly fee growth. */
      feeGrowth: Coefficient;
      /** Percentage points of extra weekly token return in AI-news weeks. */
      aiNews: Coefficient;
      r2: number;
      /** Shapley split of R² between the two regressors; the parts sum to r2. */
      r2FeeGrowth: number;
      r2AiNews: number;
    }
  | { ok: false; reason: string; n: number };

/** Solves A x = b for a small dense system (Gaussian elimination with partial pivoting); undefined if singular. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    const pr = m[pivot];
    if (!pr || Math.abs(pr[c] ?? 0) < 1e-12) return undefined;
    [m[c], m[pivot]] = [pr, m[c] as number[]];
    const row = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] as number[];
      const f = (other[c] ?? 0) / (row[c] ?? 1);
      for (let k = c; k <= n; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** OLS of y on the columns of x (an intercept column included by the caller); coefficients, R² and standard errors. */
export function ols(
  y: readonly number[],
  x: readonly (readonly number[])[],
): { beta: number[]; r2: number; se: (number | undefined)[] } | undefined {
  const n = y.length;
  const k = x[0]?.length ?? 0;
  if (n <= k || k === 0) return undefined;
  const xtx = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => x.reduce((s, row) => s + (row[i] ?? 0) * (row[j] ?? 0), 0)),
  );
  const xty = Array.from({ length: k }, (_, i) => x.reduce((s, row, r) => s + (row[i] ?? 0) * (y[r] ?? 0), 0));
  const beta = solve(xtx, xty);
  if (!beta) return undefined;
  const fitted = x.map((row) => row.reduce((s, v, i) => s + v * (beta[i] ?? 0), 0));
  const my = mean(y);
  const sst = y.reduce((s, v) => s + (v - my) ** 2, 0);
  const sse = y.reduce((s, v, i) => s + (v - (fitted[i] ?? 0)) ** 2, 0);
  const r2 = sst > 0 ? Math.max(0, Math.min(1, 1 - sse / sst)) : 0;
  const sigma2 = sse / (n - k);
  const se = beta.map((_, j) => {
    const unit = Array.from({ length: k }, (_, i) => (i === j ? 1 : 0));
    const col = solve(xtx, unit);
    const v = col?.[j];
    return v !== undefined && v >= 0 ? Math.sqrt(sigma2 * v) : undefined;
  });
  return { beta, r2, se };
}

/**
 * Weekly token return = a + b·(weekly fee growth) + c·(AI-news week) + e, by OLS over the complete weeks, with R² split
 * between the two regressors by their Shapley values (the average of each one's R² gain over the two orders of entry).
 * Needs MIN_WEEKS weeks, some variation in fee growth, and both news and quiet weeks.
 */
export function decomposeWeekly(rows: readonly WeekRow[]): Decomposition {
  const n = rows.length;
  if (n < MIN_WEEKS)
    return {
      ok: false,
      n,
      reason: `${n} complete ${n === 1 ? "week" : "weeks"} with both price and fees; at least ${MIN_WEEKS} are needed`,
    };
  const news = rows.filter((r) => r.aiNews === 1).length;
  if (news === 0 || news === n)
    return {
      ok: false,
      n,
      reason:
        news === 0
          ? "no week in the range has an AI news event"
          : "every week in the range has an AI news event, so there is no quiet week to compare",
    };
  const y = rows.map((r) => r.tokenReturnPct);
  const full = ols(
    y,
    rows.map((r) => [1, r.feeGrowthPct, r.aiNews]),
  );
  const onlyFees = ols(
    y,
    rows.map((r) => [1, r.feeGrowthPct]),
  );
  const onlyNews = ols(
    y,
    rows.map((r) => [1, r.aiNews]),
  );
  if (!full || !onlyFees || !onlyNews) return { ok: false, n, reason: "weekly fee growth does not vary, so no slope can be fitted" };
  const r2FeeGrowth = (onlyFees.r2 + (full.r2 - onlyNews.r2)) / 2;
  const r2AiNews = (onlyNews.r2 + (full.r2 - onlyFees.r2)) / 2;
  const coef = (i: number): Coefficient => ({ estimate: full.beta[i] ?? Number.NaN, stdError: full.se[i] });
  return { ok: true, n, newsWeeks: news, intercept: coef(0), feeGrowth: coef(1), aiNews: coef(2), r2: full.r2, r2FeeGrowth, r2AiNews };
}

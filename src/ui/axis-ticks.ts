/**
 * Date ticks for a category x axis, chosen by us rather than by recharts: given explicit ticks, recharts draws them
 * as they are, instead of measuring the label of every one of hundreds of days to find which fit (the costliest part
 * of drawing a chart, and the longest task of a first load). Ticks fall on the first row of a month, every `step`
 * months so that at most `max` are drawn; a span of under two months gets ticks every few rows instead.
 */
const STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120];

export function dateTicks(dates: readonly string[], max = 7): string[] {
  const n = dates.length;
  if (n === 0) return [];
  const first = dates[0] as string;
  const last = dates[n - 1] as string;
  const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  const months = monthIndex(last) - monthIndex(first) + 1;
  if (months <= 2) {
    const every = Math.max(1, Math.ceil(n / max));
    return dates.filter((_, i) => i % every === 0);
  }
  const step = STEPS.find((s) => Math.ceil(months / s) <= max) ?? Math.ceil(months / max);
  const ticks: string[] = [];
  let previous = -1;
  for (const d of dates) {
    const m = monthIndex(d);
    if (m === previous) continue;
    // The first row opens a month only if it is that month's first few days; otherwise its label would claim a
    // month the data covers in part.
    const opens = previous !== -1 || Number(d.slice(8, 10)) <= 3;
    previous = m;
    if (opens && m % step === 0) ticks.push(d);
  }
  return ticks;
}

import type { IsoDay, Point } from "./types";

export type AlignedRow = { date: IsoDay } & { [seriesKey: string]: number | null | IsoDay };

/**
 * Puts several daily series on one calendar: the union of their days, in order, one column per series. A series
 * with no value on a day gets null there (stocks at weekends, a token before listing): nothing is carried forward or
 * interpolated, so the chart shows a gap where the market was closed or the data is missing.
 */
export function alignOnDates(series: readonly { key: string; points: readonly Point[] }[]): AlignedRow[] {
  const byDay = new Map<IsoDay, AlignedRow>();
  for (const s of series) {
    for (const p of s.points) {
      let row = byDay.get(p.date);
      if (row === undefined) {
        row = { date: p.date };
        byDay.set(p.date, row);
      }
      row[s.key] = p.value;
    }
  }
  const rows = [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const row of rows) for (const s of series) if (!(s.key in row)) row[s.key] = null;
  return rows;
}

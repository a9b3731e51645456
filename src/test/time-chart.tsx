import type { ComponentProps } from "react";
import { TimeChart, type TimeSeriesLine } from "@/ui/time-chart";
import type { DrawnLine } from "@/ui/time-chart-lines";

/** Shared by the time chart's tests (src/ui/time-chart*.test.tsx). */
export const DAY = 86_400_000;
export const t = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** What the chart's canvas says it drew, in stroke order. */
export function drawnOf(root: ParentNode): DrawnLine[] {
  return JSON.parse(root.querySelector("canvas.ts-lines-canvas")?.getAttribute("data-lines") ?? "null") as DrawnLine[];
}

export function line(key: string, from: string, values: number[]): TimeSeriesLine {
  const points = values.map((value, i) => ({ date: new Date(t(from) + i * DAY).toISOString().slice(0, 10), value }));
  return { key, label: key.toUpperCase(), xs: points.map((p) => t(p.date)), ys: values, points, maxGapDays: 1 };
}

/** A chart of `lines` over 2024-01-01..03, index values, 300 px high; `extra` props override or add. */
export function chartOf(title: string, lines: TimeSeriesLine[], extra: Partial<ComponentProps<typeof TimeChart>> = {}) {
  return (
    <TimeChart
      title={title}
      lines={lines}
      t0={t("2024-01-01")}
      t1={t("2024-01-03")}
      kind="index"
      yLabel="Index"
      formatValue={String}
      height={300}
      {...extra}
    />
  );
}

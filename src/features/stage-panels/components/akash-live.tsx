import { useMemo } from "react";
import { useQueries } from "@tanstack/react-query";
import { type AkashMetric, type UsageSeries, akashQueries } from "@/sources/akash";
import { ChartFrame } from "@/ui/chart-frame";
import { formatIndex } from "@/ui/format";
import { Freshness } from "@/ui/freshness";
import { TimeChart, type TimeSeriesLine } from "@/ui/time-chart";
import { buildFrame } from "@/analytics";
import { PanelBoundary } from "@/ui/panel-boundary";
import { QueryState } from "@/ui/query-state";
import { SourceNote } from "@/ui/source-note";

/** The report's Figures 3 and 4, drawn from the Akash Console API: active leases, leased GPUs, daily spend. */
const METRICS: readonly { metric: AkashMetric; title: string; figure: string }[] = [
  { metric: "active-leases", title: "Akash active leases", figure: "Fig 3" },
  { metric: "leased-gpus", title: "Akash leased GPUs", figure: "Fig 4" },
  { metric: "daily-spend-usd", title: "Akash daily spend (USD)", figure: "Fig 4" },
];

const HEIGHT = 180;
// Counts and dollars: whole numbers from 1,000, one decimal below, as the index format (built once, not per call).
const fmt = formatIndex;

/** Live: the Console API. Sample: the snapshot `npm run snapshot` recorded, when one is embedded. */
export function AkashLive({ source = "live" }: { source?: "live" | "snapshot" }) {
  const results = useQueries({
    queries: METRICS.map((m) => (source === "live" ? akashQueries.series(m.metric) : akashQueries.snapshot(m.metric))),
  });
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
      {METRICS.map((m, i) => {
        const q = results[i];
        if (!q) return null;
        return (
          <div key={m.metric} className="min-w-0">
            <Freshness
              stale={q.error && q.data ? [{ error: q.error, since: q.dataUpdatedAt }] : []}
              retrying={q.isFetching && q.failureCount > 0 ? q.failureReason : null}
              onRetry={() => void q.refetch()}
            />
            <QueryState
              isPending={q.isPending}
              error={q.data ? null : q.error}
              onRetry={() => void q.refetch()}
              minHeight={HEIGHT + 60}
              what={m.title.toLowerCase()}
            >
              {/* Each chart has its own boundary: one that cannot be drawn leaves the page and the other two standing. */}
              {q.data ? (
                <PanelBoundary label={`the ${m.title} chart`}>
                  <UsageChart series={q.data} title={`${m.title} (${m.figure})`} />
                </PanelBoundary>
              ) : null}
            </QueryState>
          </div>
        );
      })}
    </div>
  );
}

function UsageChart({ series, title }: { series: UsageSeries; title: string }) {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const jan = series.points.find((p) => p.date >= "2024-01-01");
  // Same identity while the data is the same, so the memoised chart skips the re-renders a sibling query's refresh causes.
  const frame = useMemo(
    () => buildFrame([{ key: "v", points: series.points }], { from: "2000-01-01", to: "2099-12-31" }, "price", 1600),
    [series.points],
  );
  const lines = useMemo(
    (): TimeSeriesLine[] =>
      frame.series.map((f) => ({ key: f.key, label: series.label, xs: f.xs, ys: f.ys, points: f.points, maxGapDays: f.maxGapDays })),
    [frame, series.label],
  );
  return (
    <ChartFrame
      title={title}
      units={series.unit}
      isSample={series.meta.isSample}
      height={HEIGHT}
      summary={
        first && last
          ? `${series.label}: ${fmt(first.value)} on ${first.date}, ${fmt(last.value)} on ${last.date}${jan ? `; ${fmt(jan.value)} on ${jan.date}` : ""}.`
          : "No points."
      }
      table={
        <table className="text-xs">
          <caption className="sr-only">{series.label}: first, start of 2024 and last value</caption>
          <tbody className="tabular-nums">
            {[first, jan, last].flatMap((p) =>
              p
                ? [
                    <tr key={p.date}>
                      <th scope="row" className="pr-3 text-left font-medium">
                        {p.date}
                      </th>
                      <td>{fmt(p.value)}</td>
                    </tr>,
                  ]
                : [],
            )}
          </tbody>
        </table>
      }
      footer={<SourceNote items={[{ label: series.label, meta: series.meta }]} />}
    >
      <TimeChart
        title={title}
        lines={lines}
        t0={frame.t0}
        t1={frame.t1}
        kind="price"
        yLabel={series.unit}
        formatValue={fmt}
        height={HEIGHT}
      />
    </ChartFrame>
  );
}

import { useMemo } from "react";
import type { StageId } from "@/content/schema";
import { type Series, type SeriesId, seriesCatalog } from "@/sources/price-series";
import { ChartFrame } from "@/ui/chart-frame";
import { formatIndex, formatPct, formatPrice } from "@/ui/format";
import { type ChartMarker, LazyLineChart } from "@/ui/lazy-line-chart";
import { useDataMode } from "@/state/use-data-mode";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { Freshness } from "@/ui/freshness";
import { useRegisterExport } from "@/ui/export/export-context";
import { seriesExportTable } from "@/ui/export/series-table";
import { QueryState } from "@/ui/query-state";
import { Segmented, Toggle } from "@/ui/segmented";
import { SourceNote } from "@/ui/source-note";
import { projects } from "@/content/projects";
import { RANGE_PRESETS, type RangePreset, type StageChartConfig } from "../chart-config";
import { useComparisonFrame, useSeriesSet } from "../hooks/use-series-frame";
import { lineEmphasis } from "../lib/project-focus";
import { SeriesTable } from "./series-table";

const PLOT_HEIGHT = 300;

/** Each chart subscribes to its own three keys only. */
const SLICES = {
  data: viewSlice(["dataRange", "dataScale", "dataLog"]),
  compute: viewSlice(["computeRange", "computeScale", "computeLog"]),
  verification: viewSlice(["verificationRange", "verificationScale", "verificationLog"]),
  provenance: viewSlice(["provenanceRange", "provenanceScale", "provenanceLog"]),
} as const;

const PROJECT = viewSlice(["project"]);
const CATALOG_TICKER = new Map<string, string>(seriesCatalog.map((s) => [s.id, s.ticker]));
const rangeOptions = (Object.keys(RANGE_PRESETS) as RangePreset[]).map((value) => ({ value, label: RANGE_PRESETS[value].label }));
const modeOptions = [
  { value: "rebased" as const, label: "Index = 100" },
  { value: "price" as const, label: "Price" },
];

interface StageChartProps {
  stage: StageId;
  config: StageChartConfig;
  markers?: readonly ChartMarker[];
  /** Extra text under the chart (events list, caveats). */
  below?: React.ReactNode;
  /** Plot height in pixels; slides draw taller than the dashboard. */
  plotHeight?: number;
}

/**
 * One stage's chart. Keyed by stage: the URL slice it reads is chosen by the stage, and nuqs keeps the state of the
 * slice it was first given for a render after the keys change, so a chart reused for another stage (the deck's next
 * slide in the same place) would read the previous stage's keys (`dataRange` while asking for `computeRange`).
 */
export function StageChart(props: StageChartProps) {
  return <StageChartBody key={props.stage} {...props} />;
}

function StageChartBody({ stage, config, markers, below, plotHeight = PLOT_HEIGHT }: StageChartProps) {
  const [url, setUrl] = useViewState(
    SLICES[stage] as typeof SLICES.data & typeof SLICES.compute & typeof SLICES.verification & typeof SLICES.provenance,
  );
  // Each stage chart's controls live in the URL under its own keys (data-range, compute-scale, ...).
  const preset: RangePreset = url[`${stage}Range`];
  const mode = url[`${stage}Scale`];
  const log = url[`${stage}Log`];
  const setPreset = (v: RangePreset) => void setUrl({ [`${stage}Range`]: v });
  const setMode = (v: typeof mode) => void setUrl({ [`${stage}Scale`]: v });
  const setLog = (v: boolean) => void setUrl({ [`${stage}Log`]: v });
  const [{ project: projectId }] = useViewState(PROJECT);
  const { series, error, failed, stale, retrying, isPending, waiting, refetch } = useSeriesSet(config.series);
  const { mode: dataMode } = useDataMode();
  const range = RANGE_PRESETS[preset];
  const frame = useComparisonFrame(series, range, mode);
  const byId = new Map(series.map((s) => [s.id, s]));
  const drawn = useMemo(() => drawnSeries(frame.summaries, series), [frame.summaries, series]);
  // "Download CSV" writes every day in the range as the chart shows it (index or price): the chart draws every row.
  useRegisterExport(
    () =>
      seriesExportTable(
        frame.rows,
        drawn,
        mode,
        mode === "rebased"
          ? "index, each series' first day in the range = 100"
          : "price per token or share, in the quote currency of each column",
      ),
    { chart: true },
  );
  const quotes = new Set(drawn.map((s) => s.quote));
  const units =
    mode === "rebased"
      ? "index, each series' first day in the window = 100"
      : `price in ${[...quotes].join(" / ") || "USD"} per token or share`;
  const format = mode === "rebased" ? formatIndex : formatPrice;
  // What the chart receives keeps its identity while its value does not change, so the memoised chart skips the
  // re-render nuqs causes when it writes the URL back (same values, new objects).
  const visibleMarkers = useStableJson((markers ?? []).filter((m) => frame.rows.some((r) => r.date === m.date)));
  // A project selected in a panel's list puts its token's line in front on the stage's chart.
  const emphasis = lineEmphasis(
    projects.find((p) => p.id === projectId),
    drawn.map((s) => s.id),
  );
  const inFront = drawn.filter((s) => emphasis(s.id) === "focus").map((s) => s.ticker);
  const lines = useStableJson(
    drawn.map((s) => ({
      emphasis: emphasis(s.id),
      key: s.id,
      label: s.measure === "open" ? `${s.ticker} (open)` : s.ticker,
      color: `var(--s-${s.id})`,
      dashed: config.dashed?.includes(s.id as SeriesId) ?? false,
      tradingDays: s.id === "nvda" || s.id === "msft",
    })),
  );

  return (
    <>
      <Freshness stale={stale} retrying={retrying} onRetry={refetch} />
      {!isPending && waiting.length > 0 ? (
        <p role="status" className="text-xs text-ink-3">
          Drawn without {waiting.map((id) => CATALOG_TICKER.get(id) ?? id).join(", ")}, still loading.
        </p>
      ) : null}
      {failed.length > 0 ? (
        // A failed source is an error, announced at once (role="alert"), even while the rest is drawn.
        <div role="alert" className="mb-2 space-y-1 rounded-md border border-warn/50 bg-warn-bg px-3 py-2 text-xs text-ink">
          {failed.map((f) => (
            <p key={f.id}>
              <span className="font-semibold">Drawn without {CATALOG_TICKER.get(f.id) ?? f.id}</span>: {f.error.message}
            </p>
          ))}
          <button type="button" onClick={refetch} className="font-semibold underline">
            Retry
          </button>
        </div>
      ) : null}
      <QueryState
        isPending={isPending}
        error={error}
        onRetry={refetch}
        minHeight={plotHeight + 120}
        what={`${config.title.toLowerCase()} prices`}
      >
        <ChartFrame
          title={config.title}
          units={units}
          isSample={series.some((s) => s.meta.isSample)}
          height={plotHeight}
          summary={`${summarise(config, frame.summaries, byId, frame.rows[0]?.date, frame.rows[frame.rows.length - 1]?.date)}${inFront.length > 0 ? ` ${inFront.join(" and ")} drawn in front for the selected project.` : ""}`}
          controls={
            <>
              <Segmented label="Range" value={preset} options={rangeOptions} onChange={setPreset} />
              <Segmented label="Values" value={mode} options={modeOptions} onChange={setMode} />
              <Toggle label="Log scale" checked={log} onChange={setLog} />
            </>
          }
          table={<SeriesTable series={series} summaries={frame.summaries} mode={mode} />}
          footer={
            <>
              {below}
              <SourceNote
                items={drawnOrAll(drawn, series).map((s) => ({ label: `${s.ticker} (${s.label})`, meta: s.meta }))}
                extra={config.missing}
              />
            </>
          }
        >
          {frame.rows.length === 0 ? (
            <p className="flex h-full items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3">
              {dataMode === "live"
                ? "No data for these series in this range: live prices cover the past 365 days (CoinGecko's public limit). Sample mode has the report's window."
                : "No embedded data for these series in this range."}
            </p>
          ) : (
            <LazyLineChart
              rows={frame.rows}
              height={plotHeight}
              log={log}
              yLabel={mode === "rebased" ? "Index" : [...quotes].join("/")}
              formatValue={format}
              markers={visibleMarkers}
              series={lines}
            />
          )}
        </ChartFrame>
      </QueryState>
    </>
  );
}

function drawnSeries(summaries: ReturnType<typeof useComparisonFrame>["summaries"], series: readonly Series[]): Series[] {
  const byId = new Map(series.map((s) => [s.id, s]));
  return summaries
    .filter((s) => s.points > 0)
    .map((s) => byId.get(s.key as SeriesId))
    .filter((s): s is Series => !!s);
}

/** The same object back for as long as its JSON does not change: for small specs rebuilt from scratch on every render. */
function useStableJson<T>(value: T): T {
  const json = JSON.stringify(value);
  return useMemo(() => JSON.parse(json) as T, [json]);
}

const drawnOrAll = (drawn: Series[], all: Series[]) => (drawn.length > 0 ? drawn : all);

function summarise(
  config: StageChartConfig,
  summaries: ReturnType<typeof useComparisonFrame>["summaries"],
  byId: Map<string, Series>,
  from: string | undefined,
  to: string | undefined,
): string {
  if (from === undefined || to === undefined) return `${config.title}: no data in the selected range.`;
  const parts = summaries.map((s) => {
    const ticker = byId.get(s.key)?.ticker ?? s.key;
    const label = byId.get(s.key)?.measure === "open" ? `${ticker} (opens)` : ticker;
    if (s.changePct === undefined) return `${label} no data`;
    const own = s.first !== from || s.last !== to ? ` (${s.first} to ${s.last})` : "";
    return `${label} ${formatPct(s.changePct)}${own}`;
  });
  return `From ${from} to ${to}, first to last value: ${parts.join("; ")}.`;
}

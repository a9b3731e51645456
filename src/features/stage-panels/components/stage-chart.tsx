import { useMemo } from "react";
import { type TimeFrame, dayToMs, frameRows, rankByChange } from "@/analytics";
import type { StageId } from "@/content/schema";
import { type PriceChartFrame, type Series, type SeriesId, chartFrame, seriesCatalog } from "@/sources/price-series";
import { ChartFrame } from "@/ui/chart-frame";
import { formatIndex, formatPct, formatPrice } from "@/ui/format";
import { TimeChart, type TimeMarker, type TimeSeriesLine } from "@/ui/time-chart";
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
import { useSeriesSet } from "../hooks/use-series-frame";
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

/** An event drawn as a line with a short letter on the chart, explained in the list under it. */
export interface ChartMarker {
  date: string;
  short: string;
  title: string;
}

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
  const available = useMemo(() => new Map(series.map((x) => [x.id, x])), [series]);
  const chart = useMemo(() => chartFrame(series, available, range, mode), [series, available, range, mode]);
  const { joined, frame, shownInFrame, drawn, seams: bands } = chart;
  // "Download CSV" writes every day in the range as the chart shows it (index or price), at full resolution.
  useRegisterExport(
    () =>
      seriesExportTable(
        frameRows(frame),
        shownInFrame,
        mode,
        mode === "price"
          ? "price per token or share, in the quote currency of each column"
          : `index, common base date ${frame.base ?? ""} = 100`,
      ),
    { chart: true },
  );
  const quotes = new Set(drawn.map((s) => s.quote));
  const units =
    mode === "price"
      ? `price in ${[...quotes].join(" / ") || "USD"} per token or share`
      : `index, ${frame.base ?? "the common base date"} = 100 for every series (the first day all have data)`;
  const format = mode === "price" ? formatPrice : formatIndex;
  // A project selected in a panel's list puts its token's line in front on the stage's chart.
  const emphasis = lineEmphasis(
    projects.find((p) => p.id === projectId),
    drawn.map((s) => s.id),
  );
  const inFront = drawn.filter((s) => emphasis(s.id) === "focus").map((s) => s.ticker);
  const emphases = joined.map((j) => emphasis(j.series.id)).join();
  const lines = useMemo(() => stageLines(chart, config, emphasis), [chart, config, emphases]);
  const markerKey = (markers ?? []).map((m) => `${m.date}${m.short}`).join();
  const visibleMarkers = useMemo(
    (): TimeMarker[] =>
      (markers ?? [])
        .map((m) => ({ t: dayToMs(m.date), label: m.short, tone: "event" as const, title: m.title }))
        .filter((m) => m.t >= frame.t0 && m.t <= frame.t1),
    [markerKey, frame.t0, frame.t1],
  );
  const labelOf = (key: string) => joined.find((j) => j.input.key === key)?.label ?? key;

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
          summary={`${summarise(config, frame, labelOf)}${inFront.length > 0 ? ` ${inFront.join(" and ")} drawn in front for the selected project.` : ""}`}
          controls={
            <>
              <Segmented label="Range" value={preset} options={rangeOptions} onChange={setPreset} />
              <Segmented label="Values" value={mode} options={modeOptions} onChange={setMode} />
              <Toggle label="Log scale" checked={log} onChange={setLog} />
            </>
          }
          table={<SeriesTable frame={frame} joined={joined} />}
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
          {frame.series.every((f) => f.count === 0) ? (
            <p className="flex h-full items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3">
              {dataMode === "live"
                ? "No data for these series in this range: live prices cover the past 365 days (CoinGecko's public limit). Sample mode has the report's window."
                : "No embedded data for these series in this range."}
            </p>
          ) : (
            <TimeChart
              title={config.title}
              lines={lines}
              t0={frame.t0}
              t1={frame.t1}
              kind={mode === "price" ? "price" : "index"}
              log={log}
              yLabel={mode === "price" ? [...quotes].join("/") : "Index"}
              formatValue={format}
              height={plotHeight}
              markers={visibleMarkers}
              bands={bands}
            />
          )}
        </ChartFrame>
      </QueryState>
    </>
  );
}

const drawnOrAll = (drawn: Series[], all: Series[]) => (drawn.length > 0 ? drawn : all);

function stageLines(
  chart: PriceChartFrame,
  config: StageChartConfig,
  emphasis: (id: string) => "normal" | "focus" | "dim",
): TimeSeriesLine[] {
  return chart.plotted.map(({ series, line }) => ({
    ...line,
    dashed: config.dashed?.includes(series.id as SeriesId) ?? false,
    weight: emphasis(series.id),
  }));
}

/** The caption: the common base date, then each series' change from it, best to worst, grouped by the dates it holds over. */
function summarise(config: StageChartConfig, frame: TimeFrame, labelOf: (key: string) => string): string {
  if (!frame.base || !frame.end) return `${config.title}: no data in the selected range.`;
  const groups = new Map<string, string[]>();
  for (const s of rankByChange(frame)) {
    const dates = s.changeFrom === frame.base ? `to ${s.changeTo}` : `${s.changeFrom} to ${s.changeTo}`;
    groups.set(dates, [...(groups.get(dates) ?? []), `${labelOf(s.key)} ${formatPct(s.changePct ?? 0)}`]);
  }
  const none = frame.series.filter((s) => s.changePct === undefined).map((s) => labelOf(s.key));
  const parts = [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(
      ([dates, list]) => `${dates.startsWith("to ") ? `From ${frame.base} ${dates}` : `From ${dates}`}, best to worst: ${list.join("; ")}.`,
    );
  const drawn = frame.series.filter((s) => s.count > 0).length;
  if (drawn === 1 && parts.length === 1) return parts[0]?.replace(", best to worst:", ":") ?? "";
  return [
    `Common base date ${frame.base} (the first day all shown series have data).`,
    ...parts,
    none.length > 0 ? `No data in range: ${none.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

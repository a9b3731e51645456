import type { MouseEvent, ReactNode } from "react";
import { changeBetween, clipToRange } from "@/analytics";
import { projectIndex } from "@/content/project-index";
import type { StageId } from "@/content/schema";
import { stages } from "@/content/stages";
import { type Series, type SeriesId, seriesEntry } from "@/sources/price-series";
import { useWorkspaceView, viewHref } from "@/state/workspace-view";
import { formatPct } from "@/ui/format";
import { plural } from "@/ui/plural";
import { Sparkline } from "@/ui/sparkline";
import { RANGE_PRESETS } from "../chart-config";
import { useSeriesSet } from "../hooks/use-series-frame";

/**
 * Each stage's key token: the one whose price the report's argument for that stage is about. Compute uses RNDR (the
 * report's Render ticker, Yahoo, to 2024-07-13); Verification uses TAO's daily opens, the only TAO prices before its
 * Binance listing (2024-04-11).
 */
export const STAGE_KEY_SERIES: Record<StageId, SeriesId> = {
  data: "fil",
  compute: "rndr",
  verification: "tao-open",
  provenance: "wld",
};
const KEY_IDS = stages.map((s) => STAGE_KEY_SERIES[s.id]);
const REPORT = RANGE_PRESETS.report;
/** The sparkline runs from the report window's start to the last day of data, about one point per two pixels. */
const SPARK_POINTS = 80;

/**
 * One tile per stage: what the stage holds, its key token over the report window and since, and its verdicts. The
 * claims' count and verdicts come from the claims feature through the render props (the claims load after first paint).
 */
export function StageTiles({
  renderVerdicts,
  renderClaimCount,
}: {
  renderVerdicts?: (stage: StageId) => ReactNode;
  renderClaimCount?: (stage: StageId) => ReactNode;
}) {
  const { series, failed, error } = useSeriesSet(KEY_IDS);
  // All four failing leaves `failed` empty and `error` set: every tile then says so.
  const didFail = (id: SeriesId) => failed.some((f) => f.id === id) || (error !== null && series.length === 0);
  const { open } = useWorkspaceView();
  return (
    <ul aria-label="The four stages" className="divide-y divide-line rounded-xl border border-line bg-surface shadow-sm">
      {stages.map((s, i) => {
        const sp = projectIndex.filter((p) => p.stage === s.id);
        const inReport = sp.filter((p) => p.inReport).length;
        const key = series.find((x) => x.id === STAGE_KEY_SERIES[s.id]);
        return (
          <li key={s.id} className="grid min-w-0 grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 px-3 py-1.5 xl:py-2">
            <div className="min-w-0">
              <h3 className="text-sm font-semibold text-ink">
                <a
                  href={viewHref(s.id, "")}
                  onClick={(e: MouseEvent) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                    e.preventDefault();
                    open(s.id);
                  }}
                  className="hover:text-accent hover:underline"
                >
                  <span className="sr-only">Stage {i + 1}: </span>
                  {s.title}
                </a>{" "}
                <span className="hidden text-xs font-normal text-ink-3 xl:inline">
                  {count(inReport, "report project")}, {count(sp.length - inReport, "peer")}
                  {renderClaimCount ? <> · {renderClaimCount(s.id)}</> : null}
                </span>
              </h3>
              <KeyMetric id={STAGE_KEY_SERIES[s.id]} series={key} failed={didFail(STAGE_KEY_SERIES[s.id])} />
              {renderVerdicts ? <div className="mt-0.5">{renderVerdicts(s.id)}</div> : null}
            </div>
            <KeySpark id={STAGE_KEY_SERIES[s.id]} series={key} />
          </li>
        );
      })}
    </ul>
  );
}

const count = plural;

function KeyMetric({ id, series, failed }: { id: SeriesId; series: Series | undefined; failed: boolean }) {
  const entry = seriesEntry(id);
  if (!series || series.points.length === 0) {
    const text = failed
      ? `${entry.ticker} prices could not be loaded; the ${entry.ticker} chart in this stage's view says why.`
      : series
        ? `No ${entry.ticker} data in this mode.`
        : `Loading ${entry.ticker}…`;
    return <p className="text-xs text-ink-3">{text}</p>;
  }
  const last = series.points[series.points.length - 1];
  const during = changeBetween(series.points, REPORT.from, REPORT.to);
  const since = last && last.date > REPORT.to ? changeBetween(series.points, addDay(REPORT.to), last.date) : undefined;
  const measure = entry.measure === "open" ? " (daily opens)" : "";
  return (
    <p className="text-xs text-ink-2">
      {entry.ticker}
      {measure} in the report window{" "}
      <span className={`font-semibold tabular-nums ${tone(during?.changePct)}`}>{during ? formatPct(during.changePct, 0) : "no data"}</span>
      , since{" "}
      <span className={`font-semibold tabular-nums ${tone(since?.changePct)}`}>{since ? formatPct(since.changePct, 0) : "no data"}</span>
      {since ? <span className="text-ink-3"> (to {since.to.date})</span> : null}
    </p>
  );
}

function KeySpark({ id, series }: { id: SeriesId; series: Series | undefined }) {
  const last = series?.points[series.points.length - 1];
  if (!series || !last) return <span className="inline-block w-[112px]" />;
  const entry = seriesEntry(id);
  const spark = thin(clipToRange(series.points, { from: REPORT.from, to: last.date }).map((p) => p.value));
  return (
    <figure
      className="m-0"
      aria-label={`${entry.ticker} ${entry.measure === "open" ? "daily opens" : "closes"} from ${REPORT.from} to ${last.date}`}
    >
      <Sparkline values={spark} width={112} height={30} />
    </figure>
  );
}

const addDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const tone = (v: number | undefined) => (v === undefined || Math.abs(v) < 0.5 ? "text-ink-2" : v > 0 ? "text-good" : "text-bad");

function thin(values: readonly number[]): number[] {
  if (values.length <= SPARK_POINTS) return [...values];
  const step = (values.length - 1) / (SPARK_POINTS - 1);
  return Array.from({ length: SPARK_POINTS }, (_, i) => values[Math.round(i * step)] as number);
}

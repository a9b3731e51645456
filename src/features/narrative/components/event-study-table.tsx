import { useMemo } from "react";
import {
  DEFAULT_ESTIMATION,
  type EventWindow,
  type InsufficientReason,
  MIN_ESTIMATION_DAYS,
  separateEstimation,
  studyEvent,
} from "@/analytics";
import type { ShownEvent } from "../lib/shown-events";
import type { Series } from "@/sources/price-series";
import { formatPct, formatSigned, shownSign } from "@/ui/format";
import { Segmented } from "@/ui/segmented";
import { CsvButton } from "@/ui/export/csv-button";
import { eventStudyExport } from "../lib/export-tables";
import { type BenchmarkId, CATEGORY_META, STUDY_BENCHMARKS } from "../config";
import { ColumnGroup, HeadCells } from "@/ui/table";

export const REASON_TEXT: Record<InsufficientReason, string> = {
  "no-data-at-event": "no prices around the event day",
  "short-estimation": "too few days before the event to estimate beta (needs 30 days of the estimation window)",
  "window-beyond-data": "window runs past the data",
  "flat-benchmark": "benchmark did not move in the estimation window",
};

interface EventStudyTableProps {
  event: ShownEvent;
  tokens: readonly Series[];
  bench: Series | undefined;
  benchmark: BenchmarkId;
  windows: readonly EventWindow[];
  neighbours: readonly ShownEvent[];
  onBenchmark: (b: BenchmarkId) => void;
  onWindow: (index: number, w: EventWindow) => void;
  /** Its own border and padding; off inside the side panel, whose frame already holds it (room for every column). */
  framed?: boolean;
}

const label = (w: EventWindow) => `[${w.from >= 0 ? "+" : ""}${w.from}, ${w.to >= 0 ? "+" : ""}${w.to}]`;
/** A return in the table's cells: signed, one decimal, in % as the caption says (no "%" in each of 9 columns). */
const pct = (v: number) => formatPct(v).replace("%", "");
/** Colour by the sign the cell shows (one decimal), so a value printed "0.0%" is neutral. */
const tone = (v: number) => {
  const sign = shownSign(v, 1);
  return sign > 0 ? "text-[color:var(--s-nvda)]" : sign < 0 ? "text-bad" : "";
};

/** Returns around one event: per token and window, the raw return, the benchmark's, and the market-model CAR. */
export function EventStudyTable({
  event,
  tokens,
  bench,
  benchmark,
  windows,
  neighbours,
  onBenchmark,
  onWindow,
  framed = true,
}: EventStudyTableProps) {
  const results = useMemo(
    () => (bench ? tokens.map((t) => ({ token: t, result: studyEvent(t.points, bench.points, event.date, windows) })) : []),
    [tokens, bench, event.date, windows],
  );
  const benchLabel = STUDY_BENCHMARKS.find((b) => b.value === benchmark)?.label ?? benchmark;
  // The estimation window the study uses: moved before any event window that reaches into it (MacKinlay 1997).
  const est = separateEstimation(windows);

  return (
    <section aria-labelledby="event-study-title" className={framed ? "rounded-lg border border-line p-3" : undefined}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id="event-study-title" className="text-base font-semibold text-ink">
          Returns around: {event.title}
        </h3>
        <CsvButton
          title={`Event study: ${event.title}`}
          what="event study"
          file={`event-study-${event.id}`}
          table={() =>
            bench && results.length > 0
              ? eventStudyExport({
                  event,
                  rows: results,
                  bench,
                  benchLabel,
                  windows,
                  estimation: DEFAULT_ESTIMATION,
                  minEstimationDays: MIN_ESTIMATION_DAYS,
                  reasonText: (r) => REASON_TEXT[r as InsufficientReason] ?? r,
                })
              : null
          }
        />
      </div>
      <p className="text-xs text-ink-3">
        {event.date} · {CATEGORY_META[event.category].label}
        {event.inReport ? " · named in the report" : ""} ·{" "}
        {event.isNote ? (
          "your note"
        ) : (
          <a href={event.source.url} target="_blank" rel="noreferrer" className="text-accent underline">
            {event.source.publisher}: {event.source.title}
          </a>
        )}
      </p>
      <p className="mt-1 text-sm text-ink-2">{event.summary}</p>
      {neighbours.length > 0 ? (
        <p className="mt-1 text-xs text-warn">
          Overlapping news within 7 days: {neighbours.map((n) => `${n.date} ${n.title}`).join("; ")}. Their effects cannot be told apart
          from this one.
        </p>
      ) : null}
      <div data-controls className="mt-2 flex flex-wrap items-center gap-4">
        <Segmented label="Benchmark" value={benchmark} options={STUDY_BENCHMARKS} onChange={onBenchmark} />
        <fieldset className="flex flex-wrap items-center gap-2 text-xs text-ink-2">
          <legend className="sr-only">Event windows, in days relative to the event</legend>
          <span aria-hidden="true" className="font-medium text-ink-3">
            Windows
          </span>
          {windows.map((w, i) => (
            <span key={i} className="inline-flex items-center gap-1">
              <input
                type="number"
                aria-label={`Window ${i + 1} start day`}
                value={w.from}
                min={-30}
                max={30}
                onChange={(e) => onWindow(i, { from: Number(e.target.value), to: w.to })}
                className="w-14 rounded border border-line bg-surface px-1 py-0.5 text-ink"
              />
              to
              <input
                type="number"
                aria-label={`Window ${i + 1} end day`}
                value={w.to}
                min={-30}
                max={30}
                onChange={(e) => onWindow(i, { from: w.from, to: Number(e.target.value) })}
                className="w-14 rounded border border-line bg-surface px-1 py-0.5 text-ink"
              />
            </span>
          ))}
        </fieldset>
      </div>
      {est.moved ? (
        <p role="note" className="mt-1 text-xs text-warn">
          A window reaches into days {DEFAULT_ESTIMATION.from} to {DEFAULT_ESTIMATION.to}, where α and β are normally estimated. So that no
          abnormal return is measured against a model fitted on its own days (MacKinlay 1997), α and β are estimated on days{" "}
          {est.estimation.from} to {est.estimation.to} instead.
        </p>
      ) : null}
      {!bench ? (
        <p role="status" className="mt-2 text-sm text-ink-3">
          Loading the {benchLabel} benchmark…
        </p>
      ) : tokens.length === 0 ? (
        <p className="mt-2 text-sm text-ink-3">Show at least one AI token above to study its returns.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          {/* No minimum width: at 1440 px the side panel holds the 11 columns of three windows only when they are as narrow
              as their figures. So the caption says "%" once instead of every cell, the abnormal return's heading is CAR
              (spelt out in the caption, an abbr and the note below), and the cells keep a 4 px gap. */}
          <table className="w-full text-right text-xs tabular-nums [&_td+td]:pl-1 [&_th+td]:pl-1 [&_thead_th+th]:pl-1">
            <caption className="caption-top pb-1 text-left text-ink-3">
              <span className="sr-only">
                Raw, {benchLabel} and abnormal returns around {event.title}, per token and window.{" "}
              </span>
              Returns in %; CAR = cumulative abnormal return.
            </caption>
            <thead className="text-ink-3">
              <tr>
                <HeadCells
                  columns={[
                    { label: "Token", className: "text-left", rowSpan: 2 },
                    { label: "β", rowSpan: 2 },
                  ]}
                />
                {windows.map((w, i) => (
                  <ColumnGroup key={i} span={3}>
                    {label(w)} days
                  </ColumnGroup>
                ))}
              </tr>
              <tr>
                {windows.map((_, i) => (
                  <FragmentCols key={i} bench={benchLabel} />
                ))}
              </tr>
            </thead>
            <tbody>
              {results.map(({ token, result }) => (
                <tr key={token.id} className="border-t border-line">
                  <th scope="row" className="py-1 text-left font-semibold text-ink">
                    {token.ticker}
                  </th>
                  {result.ok ? (
                    <>
                      <td>{formatSigned(result.beta, 2)}</td>
                      {result.windows.map((w, i) =>
                        w.ok ? (
                          <FragmentCells key={i} raw={w.rawPct} bench={w.benchPct} car={w.carPct} />
                        ) : (
                          <td key={i} colSpan={3} className="border-l border-line text-center text-ink-3">
                            {REASON_TEXT[w.reason]}
                          </td>
                        ),
                      )}
                    </>
                  ) : (
                    <td colSpan={1 + windows.length * 3} className="text-left text-ink-3">
                      Not enough data: {REASON_TEXT[result.reason]}.
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-ink-3">
            Raw = the token's compounded return; {benchLabel} = the benchmark's over the same days; CAR = cumulative abnormal return, the
            sum of the token's daily return minus α + β × the benchmark's, with α and β estimated on days {est.estimation.from} to{" "}
            {est.estimation.to} before the event, counted in shared closes (trading days against NVDA). Day 0 is the first shared close on
            or after {event.date}.
          </p>
        </div>
      )}
    </section>
  );
}

function FragmentCols({ bench }: { bench: string }) {
  return (
    <HeadCells
      columns={[
        { label: "Raw", className: "border-l border-line" },
        bench,
        {
          label: <abbr title="Cumulative abnormal return">CAR</abbr>,
          className: "whitespace-nowrap",
        },
      ]}
    />
  );
}

function FragmentCells({ raw, bench, car }: { raw: number; bench: number; car: number }) {
  return (
    <>
      <td className={`border-l border-line ${tone(raw)}`}>{pct(raw)}</td>
      <td>{pct(bench)}</td>
      <td className={`font-semibold ${tone(car)}`}>{pct(car)}</td>
    </>
  );
}

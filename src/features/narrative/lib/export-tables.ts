import type { DayRange, DownDayStats, EventStudyResult, EventWindow } from "@/analytics";
import type { Series } from "@/sources/price-series";
import { type ExportTable, roundTo } from "@/ui/export/csv";
import type { ShownEvent } from "./shown-events";

/**
 * The narrative's tables as CSV: the selected event's study, Figure 5 on data and Appendix 2 on data, with what they
 * were computed from in `#` lines. Percentages and β are rounded to 4 decimals: the prices they come from carry no more.
 */
const r4 = (v: number) => roundTo(v, 4);
/** "[-1 to +1]": no comma, so a header cell needs no quotes. */
const windowLabel = (w: EventWindow) => `[${w.from > 0 ? "+" : ""}${w.from} to ${w.to > 0 ? "+" : ""}${w.to}]`;

function provenance(series: readonly (Series | undefined)[]) {
  const known = series.filter((s): s is Series => !!s);
  const asOfs = [...new Set(known.map((s) => s.meta.asOf))].sort();
  return {
    sources: [...new Map(known.map((s) => [s.id, `${s.ticker}: ${s.meta.sourceName}, ${s.meta.sourceUrl}`])).values()],
    asOf: asOfs.length <= 1 ? (asOfs[0] ?? "unknown") : `${asOfs[0]} to ${asOfs[asOfs.length - 1]} (by series)`,
    isSample: known.some((s) => s.meta.isSample),
  };
}

export interface StudyRow {
  token: Series;
  result: EventStudyResult;
}

/** One row per token: β, then raw return, benchmark return and CAR per window; why a cell is empty, when it is. */
export function eventStudyExport(input: {
  event: ShownEvent;
  rows: readonly StudyRow[];
  bench: Series;
  benchLabel: string;
  windows: readonly EventWindow[];
  estimation: EventWindow;
  minEstimationDays: number;
  reasonText: (reason: string) => string;
}): ExportTable {
  const { event, rows, bench, benchLabel, windows, estimation } = input;
  const columns = [
    "token",
    "day 0",
    "alpha (% per day)",
    "beta",
    "estimation days",
    ...windows.flatMap((w) => {
      const l = windowLabel(w);
      return [`raw return % ${l}`, `${benchLabel} return % ${l}`, `CAR % ${l}`];
    }),
    "note",
  ];
  const body = rows.map(({ token, result }) => {
    if (!result.ok)
      return [
        token.ticker,
        "",
        null,
        null,
        null,
        ...windows.flatMap(() => [null, null, null]),
        `not enough data: ${input.reasonText(result.reason)}`,
      ];
    const notes: string[] = [];
    const cells = result.windows.flatMap((w) => {
      if (w.ok) return [r4(w.rawPct), r4(w.benchPct), r4(w.carPct)];
      notes.push(`${windowLabel(w.window)}: ${input.reasonText(w.reason)}`);
      return [null, null, null];
    });
    return [token.ticker, result.t0, r4(result.alpha), r4(result.beta), result.estimationDays, ...cells, notes.join("; ")];
  });
  const source = event.isNote ? "your note" : `${event.source.publisher}, ${event.source.title}, ${event.source.url}`;
  return {
    columns,
    rows: body,
    ...provenance([...rows.map((r) => r.token), bench]),
    units: "returns and CAR in percent (percentage points for CAR); beta unitless",
    notes: [
      `Event: ${event.date} ${event.title} (${source})`,
      `Benchmark: ${benchLabel}`,
      `Model: market model (MacKinlay 1997), AR = r - (alpha + beta * r_benchmark), CAR = sum of AR over the window`,
      `Estimation window: days ${estimation.from} to ${estimation.to} before day 0, in shared closes (at least ${input.minEstimationDays})`,
      `Event windows: ${windows.map(windowLabel).join(", ")} days around day 0, the first shared close on or after ${event.date}`,
    ],
  };
}

export interface DownDayRow {
  token: Series;
  periods: readonly { label: string; range: DayRange; stats: DownDayStats }[];
}

/** Figure 5 on data: one row per token and period, with BTC's mean on the same days. */
export function downDaysExport(rows: readonly DownDayRow[], btc: Series): ExportTable {
  const body = rows.flatMap(({ token, periods }) =>
    periods.map(({ label, range, stats: s }) =>
      s.ok
        ? [
            token.ticker,
            label,
            range.from,
            range.to,
            s.days,
            s.downDays,
            r4(s.tokenMeanPct),
            r4(s.tokenMedianPct),
            r4(s.shareUpPct),
            r4(s.beta),
            r4(s.btcMeanPct),
            "",
          ]
        : [
            token.ticker,
            label,
            range.from,
            range.to,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            s.reason === "no-overlap" ? "no shared days" : "no BTC-down days",
          ],
    ),
  );
  return {
    columns: [
      "token",
      "period",
      "from",
      "to",
      "shared days",
      "BTC-down days",
      "mean return % on BTC-down days",
      "median return % on BTC-down days",
      "% of BTC-down days up",
      "beta to BTC",
      "BTC mean return % on the same days",
      "note",
    ],
    rows: body,
    ...provenance([...rows.map((r) => r.token), btc]),
    units: "daily close-to-close returns in percent; beta unitless",
    notes: ["BTC-down day: BTC's close-to-close return below zero, on days both the token and BTC have a close (UTC daily closes)"],
  };
}

export interface WorldcoinRow {
  date: string;
  event: string;
  report: string;
  measure: string;
  from?: { date: string; value: number } | undefined;
  to?: { date: string; value: number } | undefined;
  changePct?: number | undefined;
}

/** Appendix 2 on data: WLD around each event the report cites, the report's words beside the closes. */
export function worldcoinExport(rows: readonly WorldcoinRow[], wld: Series): ExportTable {
  return {
    columns: [
      "event date",
      "event",
      "the report says",
      "measure",
      "from date",
      `from close (${wld.quote})`,
      "to date",
      `to close (${wld.quote})`,
      "change %",
      "multiple",
    ],
    rows: rows.map((r) => [
      r.date,
      r.event,
      r.report,
      r.measure,
      r.from?.date ?? null,
      r.from?.value ?? null,
      r.to?.date ?? null,
      r.to?.value ?? null,
      r.changePct === undefined ? null : r4(r.changePct),
      r.changePct === undefined ? null : r4(1 + r.changePct / 100),
    ]),
    ...provenance([wld]),
    units: `WLD closes in ${wld.quote}; change in percent; multiple = to close / from close`,
  };
}

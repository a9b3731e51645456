import { memo, useMemo } from "react";
import { type DayRange, type DownDayStats, btcDownDays } from "@/analytics";
import type { Series } from "@/sources/price-series";
import { formatPct, formatSigned, shownSign } from "@/ui/format";
import { CsvButton } from "@/ui/export/csv-button";
import { downDaysExport } from "../lib/export-tables";
import { REPORT_WINDOW } from "../config";
import { cachedDownDayStats } from "../lib/down-day-stats-cache";

interface DownDaysProps {
  tokens: readonly Series[];
  btc: Series | undefined;
  range: DayRange;
}

type Stats = DownDayStats;

function Cells({ s }: { s: Stats }) {
  if (!s.ok)
    return (
      <td colSpan={5} className="border-l border-line text-center text-ink-3">
        {s.reason === "no-overlap" ? "no shared days" : "no BTC-down days"}
      </td>
    );
  return (
    <>
      <td className="border-l border-line">{s.downDays}</td>
      <td className={shownSign(s.tokenMeanPct, 2) > 0 ? "font-semibold" : ""}>{formatPct(s.tokenMeanPct, 2)}</td>
      <td>{formatPct(s.tokenMedianPct, 2)}</td>
      <td>{s.shareUpPct.toFixed(0)}%</td>
      <td>{formatSigned(s.beta, 2)}</td>
    </>
  );
}

/**
 * The report's Figure 5 on data: how each AI token did on days BTC closed down, in the report's window and in the
 * range chosen above. BTC-down day = BTC close-to-close return below zero (UTC daily closes). Memoised: its statistics
 * change only with the tokens, BTC and the range, not with the rest of the panel.
 */
export const DownDaysTable = memo(function DownDaysTable({ tokens, btc, range }: DownDaysProps) {
  // The chosen range may be the report window itself: then one half-table, not two identical ones.
  const same = range.from === REPORT_WINDOW.from && range.to === REPORT_WINDOW.to;
  const rows = useMemo(
    () =>
      btc
        ? tokens.map((t) => ({
            t,
            report: cachedDownDayStats(t.points, btc.points, REPORT_WINDOW),
            chosen: same ? undefined : cachedDownDayStats(t.points, btc.points, range),
          }))
        : [],
    [tokens, btc, range, same],
  );
  // BTC's own down days and mean, from BTC's closes alone: the same whichever tokens are shown, in whatever order.
  const btcReport = useMemo(() => (btc ? btcDownDays(btc.points, REPORT_WINDOW) : undefined), [btc]);
  const btcChosen = useMemo(() => (btc && !same ? btcDownDays(btc.points, range) : undefined), [btc, range, same]);
  const btcText = (b: ReturnType<typeof btcDownDays> | undefined, where: string) =>
    b?.btcMeanPct === undefined
      ? `– (${where})`
      : `${formatPct(b.btcMeanPct, 2)} over ${b.days.length} ${b.days.length === 1 ? "day" : "days"} (${where})`;
  return (
    <section aria-labelledby="down-days-title" className="rounded-lg border border-line p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id="down-days-title" className="text-base font-semibold text-ink">
          Figure 5, on data: AI tokens on days BTC fell
        </h3>
        <CsvButton
          title="Figure 5 on data: AI tokens on days BTC fell"
          what="Figure 5"
          file="figure-5-btc-down-days"
          table={() =>
            btc && rows.length > 0
              ? downDaysExport(
                  rows.map(({ t, report, chosen }) => ({
                    token: t,
                    periods: [
                      { label: same ? "report window (the chosen range)" : "report window", range: REPORT_WINDOW, stats: report },
                      ...(chosen
                        ? [
                            {
                              label: "chosen range",
                              range: { from: range.from, to: range.to > "2098" ? (btc.points.at(-1)?.date ?? range.to) : range.to },
                              stats: chosen,
                            },
                          ]
                        : []),
                    ],
                  })),
                  btc,
                )
              : null
          }
        />
      </div>
      <p className="text-xs text-ink-2">
        The report (NARR-5, Fig 5) says AI tokens rose even on BTC-down days in Q4 2023 to early 2024. A mean above zero on those days
        supports it; the share of days up says how often. BTC's own mean on its down days (BTC's closes alone):{" "}
        {same
          ? btcText(btcReport, "report window, the chosen range")
          : `${btcText(btcReport, "report window")}, ${btcText(btcChosen, "chosen range")}`}
        .
      </p>
      {!btc ? (
        <p role="status" className="mt-2 text-sm text-ink-3">
          Loading BTC…
        </p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[44rem] text-right text-xs tabular-nums">
            <caption className="sr-only">
              {same
                ? "Daily returns of AI tokens on days BTC closed down: report window (the chosen range)"
                : "Daily returns of AI tokens on days BTC closed down: report window and chosen range"}
            </caption>
            <thead className="text-ink-3">
              <tr>
                <th scope="col" rowSpan={2} className="text-left font-medium">
                  Token
                </th>
                <th scope="colgroup" colSpan={5} className="border-l border-line font-medium">
                  Report window {REPORT_WINDOW.from} to {REPORT_WINDOW.to}
                  {same ? " (the chosen range)" : ""}
                </th>
                {same ? null : (
                  <th scope="colgroup" colSpan={5} className="border-l border-line font-medium">
                    Chosen range {range.from} to {range.to > "2098" ? "latest" : range.to}
                  </th>
                )}
              </tr>
              <tr>
                {(same ? [0] : [0, 1]).map((k) => (
                  <HeaderCells key={k} />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ t, report, chosen }) => (
                <tr key={t.id} className="border-t border-line">
                  <th scope="row" className="py-1 text-left font-semibold text-ink">
                    {t.ticker}
                  </th>
                  <Cells s={report} />
                  {chosen ? <Cells s={chosen} /> : null}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-ink-3">
            Returns are close-to-close on days both the token and BTC have a close (Binance USDT, UTC). β is the OLS slope of the token's
            daily return on BTC's over all shared days in the range.
          </p>
        </div>
      )}
    </section>
  );
});

function HeaderCells() {
  return (
    <>
      <th scope="col" className="border-l border-line font-medium">
        Down days
      </th>
      <th scope="col" className="font-medium">
        Mean
      </th>
      <th scope="col" className="font-medium">
        Median
      </th>
      <th scope="col" className="font-medium">
        Days up
      </th>
      <th scope="col" className="font-medium">
        β to BTC
      </th>
    </>
  );
}

import { type Appendix2Move, type Appendix2Row, APPENDIX_2_MOMENTS, appendix2Moves } from "@/analytics";
import type { Series } from "@/sources/price-series";
import { formatPct, formatPrice } from "@/ui/format";
import { CsvButton } from "@/ui/export/csv-button";
import { type WorldcoinRow, worldcoinExport } from "../lib/export-tables";

/** The report's words for each Appendix 2 moment this table shows, by its id in the events list. */
const REPORT_SAYS: Partial<Record<Appendix2Row["eventId"], { event: string; report: string }>> = {
  "worldcoin-world-id-2": { event: "World ID 2.0 released", report: "barely moved WLD" },
  "altman-promotes-worldcoin": { event: "Sam Altman promotes Worldcoin", report: "WLD up about 50%" },
  "openai-sora-preview": { event: "OpenAI previews Sora", report: "WLD up nearly 3x (≈ +200%)" },
};
const SHOWN = APPENDIX_2_MOMENTS.filter((m) => m.eventId in REPORT_SAYS);

/**
 * Appendix 2 / Figure 6 on data: WLD around the OpenAI and Worldcoin news the report cites, with the report's words
 * beside what the embedded closes show. The moves come from `appendix2Moves`, the function the NARR-9 and NARR-10
 * checks read, so this table and their verdicts rest on the same numbers.
 */
export function WorldcoinCheck({ wld }: { wld: Series | undefined }) {
  const rows = wld ? appendix2Moves(wld.points) : [];
  return (
    <section aria-labelledby="wld-check-title" className="rounded-lg border border-line p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id="wld-check-title" className="text-base font-semibold text-ink">
          Appendix 2, on data: WLD and OpenAI news
        </h3>
        <CsvButton
          title="Appendix 2 on data: WLD and OpenAI news"
          what="Appendix 2"
          file="appendix-2-wld-openai-news"
          table={() =>
            wld
              ? worldcoinExport(
                  SHOWN.map((m) =>
                    exportRow(
                      rows.find((r) => r.eventId === m.eventId),
                      m,
                    ),
                  ),
                  wld,
                )
              : null
          }
        />
      </div>
      <p className="text-xs text-ink-2">
        The report (NARR-9, NARR-10, Fig 6) reads WLD as a proxy for OpenAI: its own product news barely moved it, OpenAI's did.
      </p>
      {!wld ? (
        <p role="status" className="mt-2 text-sm text-ink-3">
          Loading WLD…
        </p>
      ) : (
        <table className="mt-2 w-full text-left text-xs">
          <caption className="sr-only">WLD moves after the events the report cites, report's figure beside the data</caption>
          <thead className="text-ink-3">
            <tr>
              <th scope="col" className="font-medium">
                Event
              </th>
              <th scope="col" className="font-medium">
                The report says
              </th>
              <th scope="col" className="font-medium">
                The data shows (Binance WLD/USDT closes)
              </th>
            </tr>
          </thead>
          <tbody>
            {SHOWN.map((m) => (
              <tr key={m.eventId} className="border-t border-line align-top">
                <th scope="row" className="py-1 pr-2 font-medium text-ink">
                  {m.date} {REPORT_SAYS[m.eventId]?.event}
                </th>
                <td className="py-1 pr-2">{REPORT_SAYS[m.eventId]?.report}</td>
                <td className="py-1 tabular-nums">{describe(rows.find((r) => r.eventId === m.eventId)?.move)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function describe(m: Appendix2Move | undefined): string {
  if (!m) return "no closes around this date";
  if (m.measure === "change")
    return `${formatPct(m.changePct)} from the ${m.from.date} close (${formatPrice(m.from.value)}) to the ${m.to.date} close (${formatPrice(m.to.value)})`;
  return `${formatPct(m.changePct)} (×${(1 + m.changePct / 100).toFixed(2)}) from the ${m.before.date} close (${formatPrice(m.before.value)}) to the highest close within ${m.days} days, ${formatPrice(m.peak.value)} on ${m.peak.date}`;
}

/** The CSV row for one moment, from the same move the table describes. */
function exportRow(row: Appendix2Row | undefined, m: (typeof SHOWN)[number]): WorldcoinRow {
  const move = row?.move;
  const says = REPORT_SAYS[m.eventId];
  return {
    date: m.date,
    event: says?.event ?? m.eventId,
    report: says?.report ?? "",
    measure:
      move?.measure === "change"
        ? "close the day before to the close the day after"
        : `close the day before to the highest close within ${move?.days ?? "the peak window's"} days`,
    from: move ? (move.measure === "change" ? move.from : move.before) : undefined,
    to: move ? (move.measure === "change" ? move.to : move.peak) : undefined,
    changePct: move?.changePct,
  };
}

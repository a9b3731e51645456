import { addDays, changeBetween, peakMoveAfter } from "@/analytics";
import type { Series } from "@/sources/price-series";
import { formatPct, formatPrice } from "@/ui/format";
import { CsvButton } from "@/ui/export/csv-button";
import { type WorldcoinRow, worldcoinExport } from "../lib/export-tables";

/** How far after the news the report's "nearly 3x" and "+50 %" reach: days to weeks, so we look three weeks out. */
const PEAK_DAYS = 21;

const CHECKS = [
  {
    id: "world-id-2",
    date: "2023-12-13",
    event: "World ID 2.0 released",
    report: "barely moved WLD",
    kind: "change" as const,
  },
  { id: "altman", date: "2023-12-15", event: "Sam Altman promotes Worldcoin", report: "WLD up about 50%", kind: "peak" as const },
  { id: "sora", date: "2024-02-15", event: "OpenAI previews Sora", report: "WLD up nearly 3x (≈ +200%)", kind: "peak" as const },
];

/**
 * Appendix 2 / Figure 6 on data: WLD around the OpenAI and Worldcoin news the report cites, with the report's words
 * beside what the embedded closes show.
 */
export function WorldcoinCheck({ wld }: { wld: Series | undefined }) {
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
                  CHECKS.map((c) => exportRow(wld, c)),
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
            {CHECKS.map((c) => (
              <tr key={c.id} className="border-t border-line align-top">
                <th scope="row" className="py-1 pr-2 font-medium text-ink">
                  {c.date} {c.event}
                </th>
                <td className="py-1 pr-2">{c.report}</td>
                <td className="py-1 tabular-nums">{describe(wld, c.date, c.kind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The move the table shows for one check, measured once for the text and the CSV alike. */
function measure(wld: Series, date: string, kind: "change" | "peak") {
  if (kind === "change") {
    const m = changeBetween(wld.points, date, addDays(date, 1));
    return m ? { from: m.from, to: m.to, changePct: m.changePct } : undefined;
  }
  const m = peakMoveAfter(wld.points, date, PEAK_DAYS);
  return m ? { from: m.before, to: m.peak, changePct: m.changePct } : undefined;
}

function describe(wld: Series, date: string, kind: "change" | "peak"): string {
  const m = measure(wld, date, kind);
  if (!m) return "no closes around this date";
  return kind === "change"
    ? `${formatPct(m.changePct)} from the ${m.from.date} close (${formatPrice(m.from.value)}) to the ${m.to.date} close (${formatPrice(m.to.value)})`
    : `${formatPct(m.changePct)} (×${(1 + m.changePct / 100).toFixed(2)}) from the ${m.from.date} close (${formatPrice(m.from.value)}) to the highest close within ${PEAK_DAYS} days, ${formatPrice(m.to.value)} on ${m.to.date}`;
}

function exportRow(wld: Series, c: (typeof CHECKS)[number]): WorldcoinRow {
  const m = measure(wld, c.date, c.kind);
  return {
    date: c.date,
    event: c.event,
    report: c.report,
    measure:
      c.kind === "change"
        ? "close the day before to the close the day after"
        : `close the day before to the highest close within ${PEAK_DAYS} days`,
    from: m?.from,
    to: m?.to,
    changePct: m?.changePct,
  };
}

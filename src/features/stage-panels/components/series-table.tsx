import type { FrameSeriesSummary, ValueMode } from "@/analytics";
import type { Series } from "@/sources/price-series";
import { formatPct, formatPrice } from "@/ui/format";
import { TableHead, numericColumn } from "@/ui/table";

/** The chart's text alternative: first and last value of each series in the window, and the change between them. */
export function SeriesTable({ series, summaries, mode }: { series: Series[]; summaries: FrameSeriesSummary[]; mode: ValueMode }) {
  const byId = new Map(series.map((s) => [s.id, s]));
  return (
    <table className="w-full min-w-[36rem] text-left text-xs">
      <caption className="sr-only">
        First and last value in the window for each series ({mode === "rebased" ? "prices shown, chart rebased" : "prices"})
      </caption>
      <TableHead
        cell="py-1 pr-3 font-medium last:pr-0"
        columns={["Series", "Measure", "First day", numericColumn("First"), "Last day", numericColumn("Last"), numericColumn("Change")]}
      />
      <tbody className="tabular-nums text-ink-2">
        {summaries.map((sum) => {
          const s = byId.get(sum.key);
          if (!s) return null;
          const first = s.points.find((p) => p.date === sum.first);
          const last = s.points.find((p) => p.date === sum.last);
          return (
            <tr key={sum.key} className="border-t border-line">
              <th scope="row" className="py-1 pr-3 font-medium text-ink">
                {s.ticker} <span className="font-normal text-ink-3">{s.label}</span>
              </th>
              <td className="py-1 pr-3">
                daily {s.measure}, {s.quote}
              </td>
              <td className="py-1 pr-3">{sum.first ?? "no data"}</td>
              <td className="py-1 pr-3 text-right">{first ? formatPrice(first.value) : "–"}</td>
              <td className="py-1 pr-3">{sum.last ?? "no data"}</td>
              <td className="py-1 pr-3 text-right">{last ? formatPrice(last.value) : "–"}</td>
              <td className="py-1 text-right">{sum.changePct === undefined ? "–" : formatPct(sum.changePct)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

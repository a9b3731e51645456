import type { TimeFrame } from "@/analytics";
import type { ChartSeries } from "@/sources/price-series";
import { formatPct, formatPrice } from "@/ui/format";
import { TableHead, numericColumn } from "@/ui/table";

/**
 * The chart's text alternative: first and last price of each series in the window, and its change from the common
 * base date (or its own first day) to its last day.
 */
export function SeriesTable({ frame, joined }: { frame: TimeFrame; joined: readonly ChartSeries[] }) {
  const mode = frame.mode;
  return (
    <table className="w-full min-w-[36rem] text-left text-xs">
      <caption className="sr-only">
        First and last value in the window for each series ({mode === "rebased" ? "prices shown, chart rebased" : "prices"})
      </caption>
      <TableHead
        cell="py-1 pr-3 font-medium last:pr-0"
        columns={[
          "Series",
          "Measure",
          "First day",
          numericColumn("First"),
          "Last day",
          numericColumn("Last"),
          numericColumn("Change (from, to)"),
        ]}
      />
      <tbody className="tabular-nums text-ink-2">
        {frame.series.map((sum, i) => {
          const j = joined[i];
          if (!j) return null;
          const s = j.series;
          const price = (day: string | undefined) =>
            s.points.find((p) => p.date === day) ?? j.continuation?.points.find((p) => p.date === day);
          const first = price(sum.first);
          const last = price(sum.last);
          return (
            <tr key={sum.key} className="border-t border-line">
              <th scope="row" className="py-1 pr-3 font-medium text-ink">
                {j.label} <span className="font-normal text-ink-3">{s.label}</span>
              </th>
              <td className="py-1 pr-3">
                daily {s.measure}, {s.quote}
              </td>
              <td className="py-1 pr-3">{sum.first ?? "no data"}</td>
              <td className="py-1 pr-3 text-right">{first ? formatPrice(first.value) : "–"}</td>
              <td className="py-1 pr-3">{sum.last ?? "no data"}</td>
              <td className="py-1 pr-3 text-right">{last ? formatPrice(last.value) : "–"}</td>
              <td className="py-1 text-right">
                {sum.changePct === undefined ? "–" : `${formatPct(sum.changePct)} (${sum.changeFrom} to ${sum.changeTo})`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

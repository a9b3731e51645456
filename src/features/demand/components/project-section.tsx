import { useMemo } from "react";
import { clipToRange, decomposeWeekly, priceToFeesSeries, weeklyRows } from "@/analytics";
import { ChartFrame } from "@/ui/chart-frame";
import { TimeChart } from "@/ui/time-chart";
import { mult } from "../format";
import type { TokenData } from "../hooks/use-demand-data";
import { Decomposition } from "./decomposition";
import { PriceFeesChart, RowsTable, bounds, linesFromRows } from "./price-fees-chart";
import { SeriesStatus } from "./series-status";

interface Props {
  data: TokenData;
  range: { from: string; to: string };
  eventDays: readonly string[];
  isSample: boolean;
}

/** One project: price and fees rebased on the same day, the P/F multiple over time, and the weekly decomposition. */
export function ProjectSection({ data, range, eventDays, isSample }: Props) {
  const { token } = data;
  const price = useMemo(() => (data.price.data ? clipToRange(data.price.data.points, range) : []), [data.price.data, range]);
  const fees = useMemo(() => (data.fees.data ? clipToRange(data.fees.data.points, range) : []), [data.fees.data, range]);
  const valuation = data.fdv.data ?? data.mcap.data;
  const basis = data.fdv.data ? "FDV" : data.mcap.data ? "market cap" : undefined;

  const pf = useMemo(
    () => (valuation && data.fees.data ? clipToRange(priceToFeesSeries(valuation.points, data.fees.data.points), range) : []),
    [valuation, data.fees.data, range],
  );
  const decomposition = useMemo(() => {
    const rows = weeklyRows(
      price,
      fees,
      eventDays.filter((d) => d >= range.from && d <= range.to),
    );
    return { rows, result: decomposeWeekly(rows) };
  }, [price, fees, eventDays, range]);

  const pfLines = useMemo(
    () =>
      linesFromRows(
        pf.map((p) => ({ date: p.date, pf: p.value })),
        [{ key: "pf", label: `P/F (${basis})` }],
      ),
    [pf, basis],
  );

  return (
    <div className="space-y-5">
      <PriceFeesChart data={data} range={range} isSample={isSample} />
      <div className="space-y-2">
        <SeriesStatus what={`${token.name} fees`} slot={data.fees} />
        {data.fdv.data || data.mcap.data ? null : <SeriesStatus what={`${token.ticker} market cap and FDV`} slot={data.mcap} />}
        {/* Where CoinGecko has no supply, the market cap stands in for the FDV, and this says why. */}
        {data.mcap.data && !data.fdv.data ? <SeriesStatus what={`${token.ticker} FDV`} slot={data.fdv} /> : null}
      </div>

      {pf.length > 0 ? (
        <ChartFrame
          title={`${token.ticker} price-to-fees multiple`}
          units={`× (${basis} ÷ annualised fees)`}
          summary={`${token.ticker}'s ${basis} divided by ${token.name}'s annualised fees (mean daily fees over the trailing 30 days × 365, needing at least 20 of those days). Last value ${mult(pf.at(-1)?.value)} on ${pf.at(-1)?.date}.`}
          isSample={isSample}
          height={220}
          table={<RowsTable rows={pf.map((p) => ({ date: p.date, multiple: p.value }))} columns={["multiple"]} />}
        >
          <TimeChart
            title={`${token.ticker} price-to-fees multiple`}
            lines={pfLines}
            {...bounds(pf)}
            kind="price"
            formatValue={(v) => mult(v)}
            yLabel="×"
            log
            height={220}
          />
        </ChartFrame>
      ) : (
        <section aria-label={`${token.ticker} price-to-fees multiple`} className="rounded-lg border border-dashed border-line p-4">
          <h3 className="text-base font-semibold text-ink">{token.ticker} price-to-fees multiple</h3>
          <p role="note" className="mt-1 text-sm text-ink-2">
            <span className="font-semibold">No data: </span>
            the multiple needs {token.name}'s fees and {token.ticker}'s FDV or market cap over the same days in this range.
          </p>
        </section>
      )}

      <Decomposition ticker={token.ticker} name={token.name} result={decomposition.result} />
    </div>
  );
}

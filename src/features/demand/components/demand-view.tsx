import { DEMAND_TOKENS } from "@/sources/demand-series";
import { SNAPSHOT_COMMAND } from "@/sources/defillama-fees";
import { Panel } from "@/ui/panel";
import { Segmented } from "@/ui/segmented";
import { plural } from "../format";
import { useDemandView } from "../hooks/use-demand-view";
import { RANGE_OPTIONS } from "../range";
import { ProjectSection } from "./project-section";
import { Screener } from "./screener";

/**
 * The demand half of the thesis: for each network DefiLlama has fees for, the token's price beside what users pay the
 * network, the price-to-fees multiple, how weekly returns split between fee growth and AI-news weeks, and a screener
 * across all of them. Live mode asks DefiLlama and CoinGecko; sample mode draws only what `npm run snapshot` recorded.
 */
export function DemandView() {
  const { url, setUrl, data, range, selected, screener } = useDemandView();
  const isSample = data.mode === "sample";
  const feesShown = data.tokens.filter((t) => t.fees.data).length;
  const feesMissing = data.tokens.length - feesShown;

  return (
    <Panel
      title="Demand vs narrative"
      anchor="demand"
      exportable
      subtitle="Are people paying for these networks, is that growing, and does the token follow it or the headlines?"
    >
      <div className="space-y-5">
        {isSample && feesMissing > 0 && !data.tokens.some((t) => t.fees.isPending) ? (
          <p role="note" className="rounded-md border border-warn/50 bg-warn-bg px-3 py-2 text-sm text-ink">
            <span className="font-semibold">Sample mode: </span>
            {feesShown === 0
              ? `this build carries no recorded fees, market caps or FDVs, so those columns say "no data". `
              : `${plural(feesMissing, "network")} of ${data.tokens.length} ${feesMissing === 1 ? "has" : "have"} no recorded fees. `}
            Run <code className="font-mono text-xs">{SNAPSHOT_COMMAND}</code> (needs network) to record them from DefiLlama and CoinGecko,
            or switch to live data. Prices still come from the embedded sample where it has them.
          </p>
        ) : null}
        <div data-controls className="flex flex-wrap items-center gap-4">
          <label className="flex items-center gap-2 text-xs font-medium text-ink-3">
            Project
            <select
              value={selected?.token.id}
              onChange={(e) => void setUrl({ demandProject: e.target.value as typeof url.demandProject })}
              className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
            >
              {DEMAND_TOKENS.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} ({t.ticker})
                </option>
              ))}
            </select>
          </label>
          <Segmented label="Range" value={url.demandRange} options={RANGE_OPTIONS} onChange={(v) => void setUrl({ demandRange: v })} />
          <span className="text-xs text-ink-3">
            {range.from === "2000-01-01" ? `All data to ${range.to}` : `${range.from} to ${range.to}`}
          </span>
        </div>
        {selected ? <ProjectSection data={selected} range={range} eventDays={data.eventDays} isSample={isSample} /> : null}
        <section aria-label="Screener" className="space-y-2">
          <h3 className="text-base font-semibold text-ink">Screener</h3>
          <p className="text-xs text-ink-3">
            Over the chosen range, for every network with DefiLlama fees. P/F is the fully diluted value (the market cap where CoinGecko
            gives no supply, marked "cap") divided by the last 30 days of fees × 365/30. A dash means the series is missing or too short;
            sort by any column, and "Download CSV" writes the table with its sources and as-of date.
          </p>
          <Screener {...screener} />
        </section>
      </div>
    </Panel>
  );
}

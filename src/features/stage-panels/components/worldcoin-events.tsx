import { useQuery } from "@tanstack/react-query";
import { APPENDIX_2_MOMENTS, type Appendix2Move, appendix2Moves } from "@/analytics";
import type { Series } from "@/sources/price-series";
import { type AiEvent, sampleEventsQueries } from "@/sources/sample-events";
import { formatPct, formatPrice } from "@/ui/format";
import type { ChartMarker } from "./stage-chart";

/**
 * The Worldcoin moments the report cites (Appendix 2), in order, with the claim each supports: the same list, event
 * ids and measures the claim checks use (`APPENDIX_2_MOMENTS`), lettered A, B, C… on the chart.
 */
export const WORLDCOIN_EVENTS: readonly { id: string; short: string; claimId: string }[] = APPENDIX_2_MOMENTS.map((m, i) => ({
  id: m.eventId,
  short: String.fromCharCode(65 + i),
  claimId: m.claimId,
}));

export function useWorldcoinEvents() {
  const query = useQuery(sampleEventsQueries.list());
  const events = (query.data?.events ?? []).filter((e) => WORLDCOIN_EVENTS.some((w) => w.id === e.id));
  const markers: ChartMarker[] = events.map((e) => ({
    date: e.date,
    short: WORLDCOIN_EVENTS.find((w) => w.id === e.id)?.short ?? "?",
    title: e.title,
  }));
  return { query, events, markers };
}

export function WorldcoinEventList({ events, wld, error }: { events: AiEvent[]; wld: Series | undefined; error: Error | null }) {
  // The moves the NARR-9 and NARR-10 checks judge, from the same function: a verdict and this list cannot disagree.
  const moves = wld ? appendix2Moves(wld.points) : [];
  if (error) {
    return (
      <p role="alert" className="mt-3 text-sm text-bad">
        The events list could not be loaded: {error.message} The price chart above is unaffected.
      </p>
    );
  }
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold text-ink">Events marked on the chart</h4>
      <ol aria-label="Worldcoin events in the report" className="mt-1 space-y-1.5 text-sm">
        {events.map((e) => {
          const meta = WORLDCOIN_EVENTS.find((w) => w.id === e.id);
          const move = moves.find((r) => r.eventId === e.id)?.move;
          return (
            <li key={e.id} className="grid grid-cols-[1.5rem_1fr] gap-x-2">
              <span aria-hidden="true" className="font-mono font-semibold text-ink">
                {meta?.short}
              </span>
              <div>
                <span className="font-medium text-ink">{e.date}</span> {e.title}.{" "}
                <a href={e.source.url} target="_blank" rel="noreferrer" className="text-xs text-accent underline">
                  {e.source.publisher}
                </a>
                {e.verified ? null : <span className="text-xs text-warn"> (date not independently confirmed)</span>}
                <span className="block text-xs text-ink-3">
                  {meta?.claimId}: {describeMove(move)}
                </span>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function describeMove(move: Appendix2Move | undefined): string {
  if (!move) return "no WLD closes around this date in the embedded data.";
  if (move.measure === "change")
    return `WLD closed ${formatPrice(move.from.value)} USDT on ${move.from.date} and ${formatPrice(move.to.value)} on ${move.to.date} (${formatPct(move.changePct)}).`;
  return `WLD closed ${formatPrice(move.before.value)} USDT on ${move.before.date}; highest close in the next ${move.days} days ${formatPrice(move.peak.value)} on ${move.peak.date} (${formatPct(move.changePct)}).`;
}

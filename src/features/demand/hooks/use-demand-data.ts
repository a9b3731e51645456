import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { addDays } from "@/analytics";
import { DEMAND_TOKENS, type DemandSeries, type DemandToken, demandSeriesQuery } from "@/sources/demand-series";
import { FEES_PROTOCOLS } from "@/sources/defillama-fees";
import { type Series, priceSeriesQuery } from "@/sources/price-series";
import { sampleEventsQueries } from "@/sources/sample-events";
import { useDataMode } from "@/state/use-data-mode";

export type Slot<T> = { data: T | undefined; error: Error | null; isPending: boolean; refetch: () => void };

export interface TokenData {
  token: DemandToken;
  /** Largest plausible day of fees, for the flag note. */
  maxDailyUsd: number;
  price: Slot<Series | DemandSeries>;
  fees: Slot<DemandSeries>;
  mcap: Slot<DemandSeries>;
  fdv: Slot<DemandSeries>;
}

export interface DemandData {
  mode: "sample" | "live";
  tokens: TokenData[];
  btc: Slot<Series>;
  nvda: Slot<Series>;
  eventDays: string[];
  eventsPending: boolean;
  /** The last day of data the view can show, for "1y". */
  latest: string;
}

const slot = <T>(q: { data: T | undefined; error: Error | null; isPending: boolean; refetch: () => unknown }): Slot<T> => ({
  data: q.data,
  error: q.error,
  isPending: q.isPending && q.error === null,
  refetch: () => void q.refetch(),
});

/**
 * Everything the Demand view draws, per token: price (embedded sample where it exists, else CoinGecko or its
 * recording), fees (DefiLlama or its recording), market cap and FDV (CoinGecko or their recordings), plus BTC and NVDA
 * for β and correlation, and the AI news days. Each series loads and fails on its own.
 */
export function useDemandData(range: "all" | "1y" | "report" = "all"): DemandData {
  const { mode, live } = useDataMode();
  // Render's embedded closes are two files never spliced: Yahoo RNDR to 2024-07-13, Binance RENDER from 2024-07-26.
  // The report's window reads the first, every other range the second.
  const samplePrice = (t: DemandToken) => (t.samplePrice === "render" && range === "report" ? "rndr" : t.samplePrice);
  const priceQueries = useQueries({
    queries: DEMAND_TOKENS.map((t) => {
      const id = samplePrice(t);
      return mode === "sample" && id ? priceSeriesQuery(id, mode, live) : demandSeriesQuery(`price:${t.id}`, mode, live);
    }),
  });
  const feeQueries = useQueries({ queries: DEMAND_TOKENS.map((t) => demandSeriesQuery(`fees:${t.id}`, mode, live)) });
  const mcapQueries = useQueries({ queries: DEMAND_TOKENS.map((t) => demandSeriesQuery(`mcap:${t.id}`, mode, live)) });
  const fdvQueries = useQueries({ queries: DEMAND_TOKENS.map((t) => demandSeriesQuery(`fdv:${t.id}`, mode, live)) });
  const [btc, nvda] = useQueries({ queries: [priceSeriesQuery("btc", mode, live), priceSeriesQuery("nvda", mode, live)] });
  const events = useQuery(sampleEventsQueries.list());
  const stamp = [...priceQueries, ...feeQueries, ...mcapQueries, ...fdvQueries, btc, nvda, events]
    .map((q) => `${q.status}:${q.dataUpdatedAt}:${q.errorUpdatedAt}`)
    .join("|");
  return useMemo(() => {
    const tokens = DEMAND_TOKENS.map((token, i) => ({
      token,
      maxDailyUsd: FEES_PROTOCOLS.find((p) => p.id === token.id)?.maxDailyUsd ?? 0,
      price: slot<Series | DemandSeries>(priceQueries[i] as never),
      fees: slot<DemandSeries>(feeQueries[i] as never),
      mcap: slot<DemandSeries>(mcapQueries[i] as never),
      fdv: slot<DemandSeries>(fdvQueries[i] as never),
    }));
    const lastDays = tokens.flatMap((t) => (t.price.data ? [t.price.data.meta.asOf] : []));
    return {
      mode,
      tokens,
      btc: slot<Series>(btc as never),
      nvda: slot<Series>(nvda as never),
      eventDays: events.data?.events.map((e) => e.date) ?? [],
      eventsPending: events.isPending,
      latest: lastDays.sort().at(-1) ?? addDays(live.today, -1),
    };
  }, [stamp, mode, live.today, range]);
}

import { RequestBudget } from "@/sources/shared/budget";

// What the query options and the live catalog need of CoinGecko before any request: kept apart from the adapter, which
// loads only when a live request runs (./index.ts, ./queries.ts), so the first load does not carry it.

export const COINGECKO = { sourceId: "coingecko", sourceName: "CoinGecko" } as const;

/**
 * "Access to historical data via the Public API (Demo plan) is restricted to the past 365 days only"
 * (https://docs.coingecko.com/v3.0.1/reference/coins-id-market-chart-range); older requests answer 401, error 10012.
 */
export const COINGECKO_HISTORY_DAYS = 365;

/** Every CoinGecko call, from any panel, waits its turn here: 20 a minute, queued rather than dropped. */
export const coingeckoBudget = new RequestBudget(20, 60_000);

export const hasApiKey = (apiKey: string | undefined): apiKey is string => apiKey !== undefined && apiKey.trim() !== "";

import { withAdapter } from "@/sources/shared/lazy";
import type * as Adapter from "./adapter";
import { COINGECKO } from "./limits";

// The adapter (requests, parsing, its schemas) loads on the first live request, not with the app: live mode is opt-in.
const load = () => import("./adapter");
export const fetchMarketChart: typeof Adapter.fetchMarketChart = (...args) =>
  withAdapter(COINGECKO, load, (a) => a.fetchMarketChart(...args));
export const fetchCoinSupply: typeof Adapter.fetchCoinSupply = (...args) => withAdapter(COINGECKO, load, (a) => a.fetchCoinSupply(...args));

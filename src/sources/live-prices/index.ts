export { LIVE_COINGECKO_IDS, LIVE_HISTORY_DAYS, hasLiveSource } from "./catalog";
export { livePricesPersisted, livePricesQueries, liveRequestConfig } from "./queries";

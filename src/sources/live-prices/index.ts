export { LIVE_COINGECKO_IDS, LIVE_HISTORY_DAYS, hasLiveSource } from "./catalog";
export { livePricesQueries, liveRequestConfig } from "./queries";

export { LIVE_COINGECKO_IDS, LIVE_HISTORY_DAYS, type LiveSeriesId, hasLiveSource } from "./catalog";
export { livePricesQueries, liveRequestConfig } from "./queries";

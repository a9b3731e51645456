export { LIVE_COINGECKO_IDS, LIVE_HISTORY_DAYS, hasLiveSource } from "./catalog";
export { type LiveSeriesParams, livePricesQueries, liveRequestConfig } from "./queries";

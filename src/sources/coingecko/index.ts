export { COINGECKO_HISTORY_DAYS, coingeckoBudget, fetchCoinSupply, fetchMarketChart } from "./adapter";
export { fdvSeries } from "./fdv";
export { coingeckoPersisted, coingeckoQueries } from "./queries";

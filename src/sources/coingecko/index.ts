export { COINGECKO_HISTORY_DAYS, type CoinSupply, coingeckoBudget, coinUrl, fetchCoinSupply, fetchMarketChart } from "./adapter";
export { fdvSeries } from "./fdv";
export { coingeckoQueries } from "./queries";

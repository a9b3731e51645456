export { COINGECKO_HISTORY_DAYS, coingeckoBudget } from "./limits";
export { fetchCoinSupply, fetchMarketChart } from "./load";
export { fdvSeries } from "./fdv";
export { coingeckoPersisted, coingeckoQueries } from "./queries";

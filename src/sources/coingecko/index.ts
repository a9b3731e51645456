export { COINGECKO_HISTORY_DAYS, coingeckoBudget, fetchMarketChart } from "./adapter";

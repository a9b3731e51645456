export {
  AI_CATEGORY_ID,
  COINGECKO,
  COINGECKO_API_BASE,
  COINGECKO_HISTORY_DAYS,
  type CategorySnapshot,
  type CoinSupply,
  type CoingeckoCallOptions,
  type MarketChart,
  type MarketChartRequest,
  categoriesUrl,
  coinPageUrl,
  coinUrl,
  fetchCoinSupply,
  coingeckoBudget,
  fetchAiCategory,
  fetchMarketChart,
  marketChartUrl,
} from "./adapter";
export { fdvSeries } from "./fdv";
export { type MarketChartQuery, coingeckoQueries } from "./queries";

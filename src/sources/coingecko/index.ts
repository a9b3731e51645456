export {
  AI_CATEGORY_ID,
  COINGECKO,
  COINGECKO_API_BASE,
  COINGECKO_HISTORY_DAYS,
  type CategorySnapshot,
  type CoingeckoCallOptions,
  type MarketChart,
  type MarketChartRequest,
  categoriesUrl,
  coinPageUrl,
  coingeckoBudget,
  fetchAiCategory,
  fetchMarketChart,
  marketChartUrl,
} from "./adapter";
export { type MarketChartQuery, coingeckoQueries } from "./queries";

export {
  COINGECKO,
  COINGECKO_API_BASE,
  COINGECKO_HISTORY_DAYS,
  type CoingeckoCallOptions,
  type MarketChart,
  type MarketChartRequest,
  coinPageUrl,
  coingeckoBudget,
  fetchMarketChart,
  marketChartUrl,
} from "./adapter";

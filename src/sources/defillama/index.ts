export {
  DEFILLAMA,
  DEFILLAMA_COINS_BASE,
  DEFILLAMA_MAX_SPAN,
  type LlamaSeriesRequest,
  closingDayOfRecord,
  fetchLlamaSeries,
  llamaChartUrl,
  llamaCoinKey,
} from "./adapter";

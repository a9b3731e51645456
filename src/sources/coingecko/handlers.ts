import { HttpResponse, http } from "msw";

/**
 * CoinGecko's real URLs answered from the recorded-shape fixtures (see fixtures/README.md), filtered to the requested
 * `from`..`to` as the API does. An id without a fixture gets the API's 404 body.
 */
type TimedValues = [number, number][];
interface MarketChartFixture {
  prices: TimedValues;
  market_caps: TimedValues;
  total_volumes: TimedValues;
}

const charts = import.meta.glob<MarketChartFixture>("./fixtures/market-chart-range.*.json", { import: "default" });

export const COINGECKO_MARKET_CHART_URL = "https://api.coingecko.com/api/v3/coins/:id/market_chart/range";
export const COINGECKO_COIN_URL = "https://api.coingecko.com/api/v3/coins/:id";

const coins = import.meta.glob<Record<string, unknown>>("./fixtures/coin.*.json", { import: "default" });

export const coingeckoHandlers = [
  http.get(COINGECKO_MARKET_CHART_URL, async ({ params, request }) => {
    const load = charts[`./fixtures/market-chart-range.${String(params.id)}.json`];
    if (load === undefined) return HttpResponse.json({ error: "coin not found" }, { status: 404 });
    const query = new URL(request.url).searchParams;
    const fromMs = Number(query.get("from")) * 1000;
    const toMs = Number(query.get("to")) * 1000;
    const within = (values: TimedValues) => values.filter(([ms]) => ms >= fromMs && ms <= toMs);
    const chart = await load();
    return HttpResponse.json({
      prices: within(chart.prices),
      market_caps: within(chart.market_caps),
      total_volumes: within(chart.total_volumes),
    });
  }),
  http.get(COINGECKO_COIN_URL, async ({ params }) => {
    const load = coins[`./fixtures/coin.${String(params.id)}.json`];
    if (load === undefined) return HttpResponse.json({ error: "coin not found" }, { status: 404 });
    return HttpResponse.json(await load());
  }),
];

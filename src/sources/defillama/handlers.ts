import { HttpResponse, http } from "msw";

/**
 * https://coins.llama.fi/chart/{coins} answered from the recorded-shape fixtures (fixtures/README.md) the way the API
 * picks points: for each requested timestamp (start + i × period, `span` of them) the record nearest to it within the
 * search width (default 10% of the period), at most 500 points a call, and nothing for a coin it does not know.
 */
interface ChartFixture {
  coins: Record<string, { symbol: string; confidence: number; prices: { timestamp: number; price: number }[] }>;
}

const fixtures = import.meta.glob<ChartFixture>("./fixtures/chart.*.json", { import: "default" });

export const DEFILLAMA_CHART_URL = "https://coins.llama.fi/chart/:coins";

const UNIT_SECONDS: Record<string, number> = { w: 604_800, d: 86_400, h: 3_600, m: 60 };

/** "1d", "4h", "2w" or plain seconds, as DefiLlama's quantisePeriod reads them. */
function seconds(period: string): number {
  const match = /^(\d*)([wdhm])$/i.exec(period);
  if (match === null) return Number(period);
  return Number(match[1] === "" ? 1 : match[1]) * (UNIT_SECONDS[(match[2] ?? "").toLowerCase()] ?? Number.NaN);
}

export const defillamaHandlers = [
  http.get(DEFILLAMA_CHART_URL, async ({ params, request }) => {
    const query = new URL(request.url).searchParams;
    // The real API rejects these too; its error status is not documented, 400 is our stand-in.
    if (query.has("start") && query.has("end"))
      return HttpResponse.json({ message: "use either start or end parameter, not both" }, { status: 400 });
    const coins = String(params.coins).split(",");
    const period = seconds(query.get("period") ?? "1d");
    const width = query.has("searchWidth") ? seconds(query.get("searchWidth") ?? "") : period / 10;
    const forwards = query.has("start");
    const origin = Number(query.get("start") ?? query.get("end") ?? Math.floor(Date.now() / 1000));
    const span = Math.max(1, Number(query.get("span") ?? "1"));
    if (coins.length * span > 500) {
      return HttpResponse.json({ message: `Requested ${coins.length * span} data points exceeds the maximum of 500.` }, { status: 400 });
    }
    const wanted = Array.from({ length: span }, (_, i) => origin + (forwards ? i : -i) * period);
    const answer: ChartFixture["coins"] = {};
    for (const coin of coins) {
      const load = fixtures[`./fixtures/chart.${coin.replace(":", "-")}.json`];
      const entry = load === undefined ? undefined : (await load()).coins[coin];
      if (entry === undefined) continue;
      const picked = new Map<number, { timestamp: number; price: number }>();
      for (const ts of wanted) {
        let best: { timestamp: number; price: number } | undefined;
        for (const record of entry.prices) {
          const gap = Math.abs(record.timestamp - ts);
          if (gap <= width && (best === undefined || gap < Math.abs(best.timestamp - ts))) best = record;
        }
        if (best !== undefined) picked.set(best.timestamp, best);
      }
      if (picked.size > 0) answer[coin] = { ...entry, prices: [...picked.values()].sort((a, b) => a.timestamp - b.timestamp) };
    }
    return HttpResponse.json({ coins: answer });
  }),
];

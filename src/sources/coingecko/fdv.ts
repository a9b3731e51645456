import type { Series } from "@/sources/shared/series";
import type { CoinSupply } from "./output";

/**
 * A fully diluted value per day: each close times today's diluted supply (max, else total). Undefined when CoinGecko
 * knows neither supply. The note says the supply is today's, applied to every day.
 */
export function fdvSeries(price: Series, supply: CoinSupply): Series | undefined {
  if (supply.dilutedSupply === null || supply.dilutedBasis === null) return undefined;
  const n = supply.dilutedSupply;
  return {
    ...price,
    id: `${price.id}-fdv`,
    label: `${price.label} fully diluted value`,
    points: price.points.map((p) => ({ date: p.date, value: p.value * n })),
    meta: {
      ...price.meta,
      note: `Close × ${supply.dilutedBasis} (${Math.round(n).toLocaleString("en-US")} as CoinGecko reports it on ${supply.meta.asOf}, applied to every day). ${price.meta.note ?? ""}`.trim(),
    },
  };
}

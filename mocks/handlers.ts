import { akashHandlers } from "@/sources/akash/handlers";
import { coingeckoHandlers } from "@/sources/coingecko/handlers";
import { defillamaHandlers } from "@/sources/defillama/handlers";
import { defillamaFeesHandlers } from "@/sources/defillama-fees/handlers";
import { sampleEventsHandlers } from "@/sources/sample-events/handlers";
import { samplePricesHandlers } from "@/sources/sample-prices/handlers";

/** Every source's handlers, on the URLs the app really requests. */
export const handlers = [
  ...samplePricesHandlers,
  ...sampleEventsHandlers,
  ...coingeckoHandlers,
  ...defillamaHandlers,
  ...defillamaFeesHandlers,
  ...akashHandlers,
];

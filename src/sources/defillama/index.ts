import { withAdapter } from "@/sources/shared/lazy";
import type * as Adapter from "./adapter";
import { DEFILLAMA } from "./source";

// The adapter loads on the first live request (CoinGecko's fallback), not with the app: live mode is opt-in.
export const fetchLlamaSeries: typeof Adapter.fetchLlamaSeries = (...args) =>
  withAdapter(
    DEFILLAMA,
    () => import("./adapter"),
    (a) => a.fetchLlamaSeries(...args),
  );

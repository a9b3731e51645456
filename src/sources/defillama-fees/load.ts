import { withAdapter } from "@/sources/shared/lazy";
import type * as Adapter from "./adapter";
import { DEFILLAMA_FEES } from "./protocols";

// The adapter loads on the first live request, not with the app: live mode is opt-in.
export const fetchProtocolFees: typeof Adapter.fetchProtocolFees = (...args) =>
  withAdapter(
    DEFILLAMA_FEES,
    () => import("./adapter"),
    (a) => a.fetchProtocolFees(...args),
  );

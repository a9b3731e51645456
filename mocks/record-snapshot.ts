import { type SnapshotSummary, recordSnapshot } from "../scripts/snapshot/record";
import { coingeckoBudget } from "@/sources/coingecko";
import { FEES_PROTOCOLS } from "@/sources/defillama-fees";
import { server } from "./node";

/**
 * FOR TESTS ONLY. Runs the snapshot recorder (`recordSnapshot`, the code behind `npm run snapshot`) against the MSW
 * handlers on the real API URLs, which answer with the ILLUSTRATIVE shape fixtures, into `outDir`: never into
 * public/data/snapshot, whose files the app presents as recorded data. The browser test serves what this writes to
 * the built site by routing the snapshot URLs, so sample mode is tested on a recording made by the real recorder.
 */
/** Inside the fixtures' window: CoinGecko's to 2024-04-01, DefiLlama's and Akash's beyond it. */
export const FIXTURE_NOW = "2024-04-01T12:00:00.000Z";

export async function recordFixtureSnapshot(outDir: string): Promise<SnapshotSummary> {
  server.listen({ onUnhandledRequest: "error" });
  try {
    coingeckoBudget.reset();
    return await recordSnapshot({
      outDir,
      now: () => new Date(FIXTURE_NOW),
      // The Demand view's series: every fees listing and its token (9 coins, 18 CoinGecko calls: inside one minute's budget).
      metrics: [],
      coins: FEES_PROTOCOLS.map((p) => p.coingeckoId),
      fees: FEES_PROTOCOLS.map((p) => p.id),
    });
  } finally {
    server.close();
  }
}

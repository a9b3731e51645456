import { QueryClient } from "@tanstack/react-query";
import { SourceError } from "@/sources/shared/source-error";
import { livePricesQueries } from "./queries";

describe("live prices", () => {
  it("rejects a series without a live source with a SourceError, as the query client's error type says", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = livePricesQueries.series({
      seriesId: "nvda",
      ticker: "NVDA",
      label: "NVIDIA",
      today: "2024-04-01",
      apiKey: "",
      refreshMs: 0,
    });
    const error = await client.fetchQuery(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ kind: "empty", sourceId: "live-prices", detail: "NVDA has no live source" });
  });
});

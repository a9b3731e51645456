import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS, fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { stages } from "@/content/stages";
import { coingeckoBudget } from "@/sources/coingecko";
import { liveRequestConfig } from "@/sources/live-prices";
import { renderWithClient } from "@/test/render";
import { StagePanel } from "./components/stage-panel";

// Live prices cover the past 365 days; pin "today" inside the recorded fixtures (2024-01-01..03-31).
beforeEach(() => {
  coingeckoBudget.reset();
  liveRequestConfig.timeoutMs = 300;
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-04-01T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  liveRequestConfig.timeoutMs = 8_000;
});

const renderLive = () =>
  renderWithClient(
    <div>
      {stages.map((s) => (
        <StagePanel key={s.id} stage={s} />
      ))}
    </div>,
    { search: "?mode=live" },
  );

const JSON_DRIFT = JSON.stringify({ price_list: [] });

describe("stage panels in live mode", () => {
  it("draw WLD from CoinGecko and name it as the source, live not sample", async () => {
    renderLive();
    const provenance = screen.getByRole("region", { name: "Provenance & identity" });
    const chart = await within(provenance).findByRole("figure", { name: "Worldcoin (WLD) and the report's events" });
    await waitFor(() => expect(chart).toHaveTextContent(/CoinGecko/));
    expect(chart).toHaveTextContent(/, live\./);
  });

  it("shows Akash usage from the Console API in the Compute panel", async () => {
    renderLive();
    const compute = screen.getByRole("region", { name: "Compute" });
    expect(await within(compute).findByRole("figure", { name: /Akash active leases/ })).toBeInTheDocument();
  });

  it.each(FAULT_KINDS)(
    "says what happened when CoinGecko and DefiLlama both fail with %s, and keeps other panels",
    async (kind) => {
      server.use(
        fault("https://api.coingecko.com/api/v3/coins/worldcoin-wld/market_chart/range", kind, JSON_DRIFT),
        fault("https://coins.llama.fi/chart/:coin", kind, JSON_DRIFT),
      );
      renderLive();
      const provenance = screen.getByRole("region", { name: "Provenance & identity" });
      // Retries (with backoff) are off in tests; a rate limit or outage still surfaces as a message with Retry.
      const alert = await within(provenance).findByRole("alert", {}, { timeout: 20_000 });
      expect(alert).toHaveTextContent(
        kind === "schema-drift"
          ? /changed shape/
          : kind === "rate-limited"
            ? /rate limiting/
            : kind === "empty"
              ? /no data/
              : /HTTP 500|did not answer|could not be read/,
      );
      expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
      const compute = screen.getByRole("region", { name: "Compute" });
      expect(await within(compute).findByRole("figure", { name: /Akash active leases/ })).toBeInTheDocument();
    },
    30_000,
  );
});

import { screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { server } from "@mocks/node";
import { stages } from "@/content/stages";
import { coingeckoBudget } from "@/sources/coingecko";
import { renderWithClient } from "@/test/render";
import { StagePanel } from "./components/stage-panel";

// Live prices cover the past 365 days; pin "today" inside the recorded fixtures (2024-01-01..03-31).
beforeEach(() => {
  coingeckoBudget.reset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-04-01T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

describe("a coin missing at both live providers", () => {
  it("leaves the Data chart drawn with the others, and names the missing coin and why", async () => {
    // OCEAN merged into FET in 2024: both providers answer 404 for it.
    server.use(
      http.get("https://api.coingecko.com/api/v3/coins/ocean-protocol/market_chart/range", () =>
        HttpResponse.json({ error: "coin not found" }, { status: 404 }),
      ),
      http.get("https://coins.llama.fi/chart/coingecko:ocean-protocol", () => HttpResponse.json({ message: "not found" }, { status: 404 })),
    );
    const data = stages.find((s) => s.id === "data");
    if (!data) throw new Error("no Data stage");
    renderWithClient(<StagePanel stage={data} />, { search: "?mode=live" });
    const panel = screen.getByRole("region", { name: "Data" });
    // BTC has live data (the fixtures record it), so the chart is drawn.
    // The chart code loads lazily; on a busy machine that takes seconds, so wait for it rather than for a clock.
    const chart = await within(panel).findByRole("figure", { name: /Data-stage tokens/ }, { timeout: 15_000 });
    expect(chart).toHaveTextContent(/BTC/);
    // The alert's own words, not the "Drawn without OCEAN, still loading." status that may show before the answers come.
    const missing = await within(panel).findByText("Drawn without OCEAN", {}, { timeout: 15_000 });
    expect(missing.parentElement).toHaveTextContent(
      "Drawn without OCEAN: CoinGecko answered with HTTP 404. DefiLlama coins API answered with HTTP 404.",
    );
    expect(within(panel).queryByText(/Could not load/)).not.toBeInTheDocument();
  }, 30_000);
});

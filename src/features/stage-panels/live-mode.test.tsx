import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS, fault } from "@mocks/faults";
import { server } from "@mocks/node";
import type { Stage } from "@/content/schema";
import { stages } from "@/content/stages";
import { coingeckoBudget } from "@/sources/coingecko";
import { liveRequestConfig } from "@/sources/live-prices";
import { renderWithClient } from "@/test/render";
import { StagePanel } from "./components/stage-panel";

/**
 * A request deadline no test reaches: an answer MSW gives is awaited however busy the machine is. (It was 300 ms of
 * real time, which a loaded machine can spend before MSW's answer is read, turning a CoinGecko answer into a timeout
 * and a DefiLlama fallback.) Only the hung "timeout" fault gets a short deadline, below.
 */
const NEVER_MS = 10 * 60_000;

// Live prices cover the past 365 days; pin "today" inside the recorded fixtures (2024-01-01..03-31).
beforeEach(() => {
  coingeckoBudget.reset();
  liveRequestConfig.timeoutMs = NEVER_MS;
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-04-01T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  liveRequestConfig.timeoutMs = 8_000;
});

const stage = (id: Stage["id"]) => stages.find((s) => s.id === id) as Stage;

/** Only the panel a test asserts on: mounting all four took several seconds under load for nothing. */
const renderLive = (id: Stage["id"]) => renderWithClient(<StagePanel stage={stage(id)} />, { search: "?mode=live" });

/** Compute first; Provenance joins the same tree when the test presses the button, once Compute's requests are out. */
function ComputeThenProvenance() {
  const [both, setBoth] = useState(false);
  return (
    <div>
      <StagePanel stage={stage("compute")} />
      {both ? (
        <StagePanel stage={stage("provenance")} />
      ) : (
        <button type="button" onClick={() => setBoth(true)}>
          Mount Provenance
        </button>
      )}
    </div>
  );
}

const JSON_DRIFT = JSON.stringify({ price_list: [] });

// Live panels parse a year of closes per series and draw them: about a second per test in jsdom on a quiet 2-CPU
// machine, several times that with the CPUs busy, so the file gets 60 s per test instead of Vitest's 5 s.
describe("stage panels in live mode", { timeout: 60_000 }, () => {
  it("draw WLD from CoinGecko and name it as the source, live not sample", async () => {
    renderLive("provenance");
    const provenance = screen.getByRole("region", { name: "Provenance & identity" });
    const chart = await within(provenance).findByRole("figure", { name: "Worldcoin (WLD) and the report's events" });
    await waitFor(() => expect(chart).toHaveTextContent(/CoinGecko/));
    expect(chart).toHaveTextContent(/, live\./);
  });

  it("shows Akash usage from the Console API in the Compute panel", async () => {
    renderLive("compute");
    const compute = screen.getByRole("region", { name: "Compute" });
    expect(await within(compute).findByRole("figure", { name: /Akash active leases/ })).toBeInTheDocument();
  });

  it.each(FAULT_KINDS)("says what happened when CoinGecko and DefiLlama both fail with %s, and keeps other panels", async (kind) => {
    server.use(
      fault("https://api.coingecko.com/api/v3/coins/worldcoin-wld/market_chart/range", kind, JSON_DRIFT),
      fault("https://coins.llama.fi/chart/:coin", kind, JSON_DRIFT),
    );
    renderWithClient(<ComputeThenProvenance />, { search: "?mode=live" });
    const compute = screen.getByRole("region", { name: "Compute" });
    expect(await within(compute).findByRole("figure", { name: /Akash active leases/ })).toBeInTheDocument();
    // A hung request must reach its deadline, and only the hung ones may: Compute's requests are already out with
    // the long deadline (it is read when a request starts), so the short one applies to WLD's alone, which never
    // answer. No real answer can race it, however slow the machine.
    if (kind === "timeout") liveRequestConfig.timeoutMs = 1;
    await userEvent.click(screen.getByRole("button", { name: "Mount Provenance" }));
    const provenance = screen.getByRole("region", { name: "Provenance & identity" });
    // Retries (with backoff) are off in tests; a rate limit or outage still surfaces as a message with Retry.
    const alert = await within(provenance).findByRole("alert");
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
    // The failure stays in its panel: Compute, in the same tree and client, still draws its Akash usage.
    expect(within(compute).getByRole("figure", { name: /Akash active leases/ })).toBeInTheDocument();
    expect(within(compute).queryByText(/worldcoin|WLD/i)).toBeNull();
  });
});

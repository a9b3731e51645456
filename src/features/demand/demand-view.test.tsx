import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { coingeckoBudget } from "@/sources/coingecko";
import { FEES_PROTOCOL_IDS } from "@/sources/defillama-fees";
import { liveRequestConfig } from "@/sources/live-prices";
import { DEMAND_PROJECTS } from "@/state/url-schema";
import { renderWithClient } from "@/test/render";
import { DemandView } from "./components/demand-view";

// The fixtures run 2023-10-01..2024-04-30 (ILLUSTRATIVE numbers); pin "today" just after them.
beforeEach(() => {
  coingeckoBudget.reset();
  liveRequestConfig.timeoutMs = 300;
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-05-01T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  liveRequestConfig.timeoutMs = 8_000;
});

describe("DemandView", () => {
  it("lists in the URL exactly the networks the fees catalog has", () => {
    expect([...DEMAND_PROJECTS]).toEqual(FEES_PROTOCOL_IDS);
  });

  it("in sample mode without a recording, says no data and names the command, and still draws prices", { timeout: 30_000 }, async () => {
    server.use(http.get("*/data/snapshot/manifest.json", () => HttpResponse.json({ version: 1, recordedAt: null, files: [] })));
    renderWithClient(<DemandView />, { search: "?dproj=fil" });
    const view = screen.getByRole("region", { name: "Demand vs narrative" });
    expect(await within(view).findByText(/this build carries no recorded fees/, {}, { timeout: 20_000 })).toHaveTextContent(
      /npm run snapshot/,
    );
    const fees = await within(view).findByText(/No data for Filecoin fees/, {}, { timeout: 20_000 });
    expect(fees.closest("p")).toHaveTextContent(
      "No data for Filecoin fees. This build's snapshot has no Filecoin daily fees. Run npm run snapshot (needs network) to record it.",
    );
    // FIL's embedded closes are drawn: the figure names its base day.
    const figure = within(view).getByRole("figure", { name: "Filecoin: FIL price and network fees" });
    await waitFor(() => expect(figure).toHaveTextContent(/FIL.s close, rebased to 100 on \d{4}-\d\d-\d\d, its first day in the range/), {
      timeout: 20_000,
    });
    expect(figure).toHaveTextContent(/Fees are not drawn/);
    // Akash has no embedded price: that says no data too, nothing is drawn.
    expect(within(view).getByRole("table", { name: /Screener/ })).toHaveTextContent("Filecoin");
  });

  it("in live mode draws from DefiLlama and CoinGecko, fills the screener and sorts it through the URL", { timeout: 60_000 }, async () => {
    const updates: string[] = [];
    const user = userEvent.setup();
    renderWithClient(<DemandView />, { search: "?mode=live", onUrlUpdate: (e) => updates.push(e.queryString) });
    const view = screen.getByRole("region", { name: "Demand vs narrative" });
    const table = within(view).getByRole("table", { name: /Screener/ });
    const akash = () => within(table).getByRole("rowheader", { name: /Akash/ }).closest("tr") as HTMLElement;
    // P/F needs the fees, the price and the supply: a multiple with "×" and no "(cap)" means FDV was used.
    await waitFor(
      () => {
        // Market cap, then FDV, then the multiple.
        expect(akash()).toHaveTextContent(/\$[\d.]+[MB]\$[\d.]+[MB][\d,.]+×/);
        expect(akash()).not.toHaveTextContent("(cap)");
      },
      { timeout: 50_000 },
    );
    const figure = within(view).getByRole("figure", { name: "Akash: AKT price and network fees" });
    expect(figure).toHaveTextContent(/DefiLlama fees API/);
    expect(figure).toHaveTextContent(/CoinGecko/);
    await user.click(within(table).getByRole("button", { name: /Fees growth/ }));
    expect(updates.at(-1)).toContain("dsort=growth");
    expect(within(table).getByRole("columnheader", { name: /Fees growth/ })).toHaveAttribute("aria-sort", "descending");
    await user.click(within(table).getByRole("button", { name: "Filecoin" }));
    expect(updates.at(-1)).toContain("dproj=fil");
  });

  it("keeps the rest of the view when one network's fees fail, and says which", { timeout: 60_000 }, async () => {
    server.use(fault("https://api.llama.fi/summary/fees/akash", "http-500"));
    renderWithClient(<DemandView />, { search: "?mode=live" });
    const view = screen.getByRole("region", { name: "Demand vs narrative" });
    const alert = await within(view).findByRole("alert", {}, { timeout: 50_000 });
    expect(alert).toHaveTextContent(/Could not load Akash fees\. DefiLlama fees API answered with HTTP 500/);
    const table = within(view).getByRole("table", { name: /Screener/ });
    await waitFor(
      () =>
        expect(
          within(table)
            .getByRole("rowheader", { name: /Filecoin/ })
            .closest("tr"),
        ).toHaveTextContent(/\d×/),
      { timeout: 50_000 },
    );
  });

  it("keeps a network's last good fees on screen when a refresh fails, says so, and leaves the others alone", {
    timeout: 60_000,
  }, async () => {
    const { client } = renderWithClient(<DemandView />, { search: "?mode=live" });
    const view = screen.getByRole("region", { name: "Demand vs narrative" });
    const figure = await screen.findByRole("figure", { name: "Akash: AKT price and network fees" });
    await waitFor(() => expect(figure).toHaveTextContent(/Akash fees: DefiLlama fees API/), { timeout: 50_000 });
    server.use(fault("https://api.llama.fi/summary/fees/akash", "http-500"));
    // Akash's fees go stale and refetch, as after an hour: the request now fails. (Only these: a refetch of everything
    // would queue CoinGecko calls behind its 20-a-minute budget.)
    await client.invalidateQueries({ queryKey: ["defillama-fees"] });
    void client.refetchQueries({ queryKey: ["demand", "fees:akt"] });
    const stale = await within(view).findByText(/^Stale:/, {}, { timeout: 50_000 });
    expect(stale.closest("p")).toHaveTextContent(
      "Stale: the refresh of Akash fees failed (DefiLlama fees API answered with HTTP 500.); the last good data stays on screen.",
    );
    expect(figure).toHaveTextContent(/Akash fees: DefiLlama fees API/);
    expect(figure.querySelector("canvas.ts-lines-canvas")).toHaveAttribute("data-count", "2");
    const table = within(view).getByRole("table", { name: /Screener/ });
    expect(
      within(table)
        .getByRole("rowheader", { name: /Filecoin/ })
        .closest("tr"),
    ).toHaveTextContent(/\d×/);
    expect(within(view).queryByRole("alert")).toBeNull();
  });

  it("leaves an absurd day of fees out of the chart and says which, without touching the other days", { timeout: 60_000 }, async () => {
    const fixture = (await import("@/sources/defillama-fees/fixtures/summary-fees.akash.json")).default;
    const pairs = fixture.totalDataChart as unknown as [number, number][];
    // Ten days before the fixture's end: inside the last 30 days, so a drawn spike would also wreck fees growth.
    const at = pairs.length - 10;
    const chart = pairs.map(([t, v], i) => [t, i === at ? 4.2e12 : v]);
    const day = new Date((pairs[at]?.[0] ?? 0) * 1000).toISOString().slice(0, 10);
    server.use(http.get("https://api.llama.fi/summary/fees/akash", () => HttpResponse.json({ ...fixture, totalDataChart: chart })));
    renderWithClient(<DemandView />, { search: "?mode=live" });
    const figure = await screen.findByRole("figure", { name: "Akash: AKT price and network fees" });
    await waitFor(
      () => expect(figure).toHaveTextContent(`Left out and not drawn: 1 day above the plausible bound of $5,000,000 (${day}).`),
      { timeout: 50_000 },
    );
    const table = screen.getByRole("table", { name: /Screener/ });
    const akash = within(table).getByRole("rowheader", { name: /Akash/ }).closest("tr") as HTMLElement;
    // Fees growth from the plausible days only: a few per cent, not the billions a $4.2 trillion day would give.
    await waitFor(() => expect(akash.lastElementChild?.textContent).toMatch(/^[+−]\d{1,2}\.\d%$/), { timeout: 50_000 });
  });

  it("uses the market cap where CoinGecko gives no supply, marks it, and says why there is no FDV", { timeout: 60_000 }, async () => {
    server.use(
      http.get("https://api.coingecko.com/api/v3/coins/:id", ({ params }) =>
        params.id === "akash-network"
          ? HttpResponse.json({
              id: "akash-network",
              market_data: { market_cap: {}, circulating_supply: 225e6, total_supply: null, max_supply: null },
            })
          : undefined,
      ),
    );
    renderWithClient(<DemandView />, { search: "?mode=live" });
    const view = screen.getByRole("region", { name: "Demand vs narrative" });
    const alert = await within(view).findByRole("alert", {}, { timeout: 50_000 });
    expect(alert).toHaveTextContent(/Could not load AKT FDV\..*CoinGecko gives no maximum or total supply for akash-network: no FDV/);
    const table = within(view).getByRole("table", { name: /Screener/ });
    await waitFor(() => expect(within(table).getByRole("rowheader", { name: /Akash/ }).closest("tr")).toHaveTextContent(/×\s*\(cap\)/), {
      timeout: 50_000,
    });
  });

  it("in sample mode draws Render's report window from the RNDR closes, never spliced to RENDER's", { timeout: 30_000 }, async () => {
    server.use(http.get("*/data/snapshot/manifest.json", () => HttpResponse.json({ version: 1, recordedAt: null, files: [] })));
    renderWithClient(<DemandView />, { search: "?dproj=render&drange=report" });
    const figure = await screen.findByRole("figure", { name: "Render: RENDER price and network fees" }, { timeout: 20_000 });
    await waitFor(() => expect(figure).toHaveTextContent(/RENDER's close, rebased to 100 on 2023-10-0\d/), { timeout: 20_000 });
    expect(figure).toHaveTextContent(/RNDR-USD|Yahoo/);
  });
});

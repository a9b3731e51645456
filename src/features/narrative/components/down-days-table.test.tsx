import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Series } from "@/sources/price-series";
import { REPORT_WINDOW } from "../config";
import { DownDaysTable } from "./down-days-table";

/** Daily closes from 2023-09-30, one per value. */
const closes = (values: readonly number[]) =>
  values.map((value, i) => ({ date: new Date(Date.parse("2023-09-30T00:00:00Z") + i * 86_400_000).toISOString().slice(0, 10), value }));
const series = (id: string, values: readonly number[]) => ({ id, ticker: id.toUpperCase(), points: closes(values) }) as unknown as Series;

// BTC falls 10 % on 10-01 and 20 % on 10-03 (mean −15 %). AGIX has closes only to 10-01, so it shares just the first.
const btc = series("btc", [100, 90, 100, 80, 90]);
const agix = series("agix", [100, 101]);
const wld = series("wld", [100, 99, 99, 98, 98]);
const CHOSEN = { from: "2023-10-01", to: "2023-10-05" };

const btcLine = () => screen.getByText(/BTC's own mean on its down days/).textContent;

describe("Figure 5's BTC mean", () => {
  it("does not depend on which tokens are shown, or in which order", () => {
    const { unmount } = render(<DownDaysTable tokens={[agix, wld]} btc={btc} range={CHOSEN} />);
    const first = btcLine();
    unmount();
    render(<DownDaysTable tokens={[wld, agix]} btc={btc} range={CHOSEN} />);
    expect(btcLine()).toBe(first);
    expect(first).toContain("−15.00% over 2 days (chosen range)");
  });
});

describe("Figure 5 when the chosen range is the report window", () => {
  it("shows one half-table, not two identical ones", () => {
    render(<DownDaysTable tokens={[agix, wld]} btc={btc} range={{ ...REPORT_WINDOW }} />);
    const table = screen.getByRole("table");
    expect(within(table).getAllByRole("columnheader", { name: /Mean/ })).toHaveLength(1);
    expect(within(table).queryByText(/Chosen range/)).toBeNull();
    expect(btcLine()).toContain("(report window, the chosen range)");
  });

  it("shows both halves for another range", () => {
    render(<DownDaysTable tokens={[agix, wld]} btc={btc} range={CHOSEN} />);
    expect(within(screen.getByRole("table")).getAllByRole("columnheader", { name: /Mean/ })).toHaveLength(2);
  });
});

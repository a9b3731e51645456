import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithClient } from "@/test/render";
import { DemandSlide } from "./components/demand-slide";

// The fixtures run 2023-10-01..2024-04-30 (ILLUSTRATIVE numbers); pin "today" just after them.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-05-01T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

describe("DemandSlide", () => {
  it("sorts its screener and picks a project through the URL, as the view does", { timeout: 30_000 }, async () => {
    const updates: string[] = [];
    const user = userEvent.setup();
    renderWithClient(<DemandSlide plotHeight={300} />, { onUrlUpdate: (e) => updates.push(e.queryString) });
    const table = within(screen.getByRole("region", { name: "Screener" })).getByRole("table");
    await user.click(within(table).getByRole("button", { name: /Fees growth/ }));
    expect(updates.at(-1)).toContain("dsort=growth");
    expect(within(table).getByRole("columnheader", { name: /Fees growth/ })).toHaveAttribute("aria-sort", "descending");
    await user.click(within(table).getByRole("button", { name: "Filecoin" }));
    expect(updates.at(-1)).toContain("dproj=fil");
    expect(await screen.findByRole("figure", { name: "Filecoin: FIL price and network fees" })).toBeInTheDocument();
  });
});

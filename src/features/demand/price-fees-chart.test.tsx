import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DEMAND_TOKENS, NotRecordedError } from "@/sources/demand-series";
import { PriceFeesChart } from "./components/price-fees-chart";
import type { Slot, TokenData } from "./hooks/use-demand-data";

const missing = <T,>(error: Error | null): Slot<T> => ({ data: undefined, error, isPending: false, refetch: () => undefined });

describe("PriceFeesChart with nothing to draw", () => {
  it("lets the price's 'no data' note take the room it needs instead of a fixed box it spills out of", () => {
    const token = DEMAND_TOKENS[0];
    if (!token) throw new Error("no demand token");
    const data: TokenData = {
      token,
      maxDailyUsd: 1,
      price: missing(new NotRecordedError("prices-akt.json", `${token.ticker} price`)),
      fees: missing(null),
      mcap: missing(null),
      fdv: missing(null),
    };
    // At slide scale the note runs to three lines: a box of fixed height let it overlap the caption under it.
    render(<PriceFeesChart data={data} range={{ from: "2024-01-01", to: "2024-06-30" }} isSample height={400} />);
    const note = screen.getByRole("note");
    expect(note).toHaveTextContent(`No data for the ${token.ticker} price.`);
    const box = note.parentElement as HTMLElement;
    expect(box.style.height).toBe("");
    // The caption does not repeat the note in other words.
    expect(screen.queryByText(new RegExp(`No ${token.ticker} price in this range`))).toBeNull();
    expect(screen.getByText("Nothing is drawn: the note above says why.")).toBeInTheDocument();
  });
});

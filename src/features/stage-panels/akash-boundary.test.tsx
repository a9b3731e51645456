import { act, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { akashQueries } from "@/sources/akash";
import { renderWithClient } from "@/test/render";
import { AkashLive } from "./components/akash-live";

describe("Akash usage charts", () => {
  it("a chart whose data cannot be drawn fails alone, behind its own boundary", async () => {
    const { client } = renderWithClient(<AkashLive />);
    expect(await screen.findByRole("figure", { name: /Akash active leases/ })).toBeInTheDocument();
    // What a poisoned cache hands over: points that are not a list (React logs the caught error; keep the output clean).
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    act(() => {
      client.setQueryData(akashQueries.series("active-leases").queryKey, (s) => (s ? { ...s, points: "poisoned" as never } : s));
    });
    expect(await screen.findByText("Part of the Akash active leases chart could not be shown.")).toBeInTheDocument();
    expect(screen.queryByRole("figure", { name: /Akash active leases/ })).not.toBeInTheDocument();
    expect(screen.getByRole("figure", { name: /Akash leased GPUs/ })).toBeInTheDocument();
    expect(screen.getByRole("figure", { name: /Akash daily spend/ })).toBeInTheDocument();
    quiet.mockRestore();
  });
});

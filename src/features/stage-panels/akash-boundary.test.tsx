import { act, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { stages } from "@/content/stages";
import { akashQueries } from "@/sources/akash";
import { renderWithClient } from "@/test/render";
import { AkashLive } from "./components/akash-live";
import { StagePanel } from "./components/stage-panel";

describe("Akash usage charts", () => {
  it("a chart whose data cannot be drawn fails alone, behind its own boundary", async () => {
    const { client } = renderWithClient(<AkashLive />);
    // The chart code loads lazily; on a busy machine that takes seconds, so wait for it rather than for a clock.
    expect(await screen.findByRole("figure", { name: /Akash active leases/ }, { timeout: 15_000 })).toBeInTheDocument();
    // What a poisoned cache hands over: points that are not a list (React logs the caught error; keep the output clean).
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    act(() => {
      client.setQueryData(akashQueries.series("active-leases").queryKey, (s) => (s ? { ...s, points: "poisoned" as never } : s));
    });
    expect(
      await screen.findByText("Part of the Akash active leases chart could not be shown.", {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("figure", { name: /Akash active leases/ })).not.toBeInTheDocument();
    expect(screen.getByRole("figure", { name: /Akash leased GPUs/ })).toBeInTheDocument();
    expect(screen.getByRole("figure", { name: /Akash daily spend/ })).toBeInTheDocument();
    quiet.mockRestore();
  }, 30_000);
});

describe("a stage panel's claim verdicts", () => {
  it("a verdict that cannot be computed fails inside the claim list; the chart stays", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const data = stages.find((s) => s.id === "data");
    if (!data) throw new Error("no Data stage");
    const throwing = (claimId: string) => {
      if (claimId === "DATA-3") throw new TypeError("e.points.find is not a function");
      return null;
    };
    renderWithClient(<StagePanel stage={data} renderClaimStatus={throwing} />);
    expect(await screen.findByText("Part of the Data claims could not be shown.", {}, { timeout: 15_000 })).toBeInTheDocument();
    // The chart code loads lazily; on a busy machine that takes seconds, so wait for it rather than for a clock.
    expect(await screen.findByRole("figure", { name: /Data-stage tokens/ }, { timeout: 15_000 })).toBeInTheDocument();
    quiet.mockRestore();
  }, 20_000);
});

import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithClient } from "@/test/render";
import { NarrativePanel } from "./narrative-panel";
import { NarrativeSlide } from "./narrative-slides";

const units = async () => {
  const figure = await screen.findByRole("figure", { name: "AI tokens against BTC, ETH and AI stocks" });
  return figure.querySelector("p")?.textContent ?? "";
};

// The narrative loads and aligns seventeen series: seconds in jsdom on a busy machine (see narrative-panel.test.tsx).
describe("the narrative chart's units line", { timeout: 60_000 }, () => {
  it("on a slide carries no interaction hint: nothing to drag on a projector", async () => {
    renderWithClient(<NarrativeSlide plotHeight={400} />);
    const text = await units();
    expect(text).toMatch(/Markers under the plot are AI news events\.$/);
    expect(text).not.toMatch(/drag/i);
  });

  it("on the dashboard, where the plot zooms, says how", async () => {
    renderWithClient(<NarrativePanel />);
    expect(await units()).toMatch(/Markers under the plot are AI news events; drag across the plot to zoom\.$/);
  });
});

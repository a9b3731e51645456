import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithClient } from "@/test/render";
import { NarrativePanel } from "./components/narrative-panel";

describe("the narrative's counts read right", () => {
  it("says '1 event in range' for a range holding one event", async () => {
    // 2024-01-20 to 2024-02-10 holds one curated event: 2024-01-30.
    renderWithClient(<NarrativePanel />, { search: "?from=2024-01-20&to=2024-02-10" });
    const figure = await screen.findByRole("figure", { name: "AI tokens against BTC, ETH and AI stocks" });
    const caption = figure.querySelector("figcaption");
    await expect.poll(() => caption?.textContent ?? "").toMatch(/ 1 event in range\.$/);
  });
});

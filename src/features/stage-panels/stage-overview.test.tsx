import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithClient } from "@/test/render";
import { StageOverview } from "./components/stage-overview";

describe("stage overview cards", () => {
  it("count projects, peers and claims with the right plural for every stage", () => {
    renderWithClient(<StageOverview />);
    const nav = screen.getByRole("navigation", { name: "The four stages" });
    const text = nav.textContent ?? "";
    expect(text).not.toMatch(/(^|[^\d,])1 (report projects|peers|claims)\b/);
    expect(text).not.toMatch(/\b(0|[2-9]|\d\d+) (report project|peer|claim)\b(?!s)/);
    // Provenance names one project of the report's.
    expect(within(nav).getByRole("link", { name: /Provenance/ })).toHaveTextContent(/y1 report project,/);
  });
});

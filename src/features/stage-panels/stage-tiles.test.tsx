import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithClient } from "@/test/render";
import { StageTiles } from "./components/stage-tiles";

describe("stage tiles", () => {
  it("count projects, peers and claims with the right plural for every stage", () => {
    renderWithClient(<StageTiles />);
    const list = screen.getByRole("list", { name: "The four stages" });
    const text = list.textContent ?? "";
    expect(text).not.toMatch(/(^|[^\d,])1 (report projects|peers|claims)\b/);
    expect(text).not.toMatch(/\b(0|[2-9]|\d\d+) (report project|peer|claim)\b(?!s)/);
    // Provenance names one project of the report's.
    expect(within(list).getByRole("heading", { name: /Provenance/ })).toHaveTextContent(/1 report project,/);
  });
});

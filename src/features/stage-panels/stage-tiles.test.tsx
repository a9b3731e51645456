import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithClient } from "@/test/render";
import { plural } from "@/ui/plural";
import { StageTiles } from "./components/stage-tiles";

describe("stage tiles", () => {
  it("count projects, peers and claims with the right plural for every stage", () => {
    // The claims' count is the claims feature's (a render prop); a stand-in gives each stage 1, 2, 3, 4 claims.
    const n = { data: 1, compute: 2, verification: 3, provenance: 4 } as const;
    renderWithClient(<StageTiles renderClaimCount={(stage) => plural(n[stage], "claim")} />);
    const list = screen.getByRole("list", { name: "The four stages" });
    const text = list.textContent ?? "";
    expect(text).not.toMatch(/(^|[^\d,])1 (report projects|peers|claims)\b/);
    expect(text).not.toMatch(/\b(0|[2-9]|\d\d+) (report project|peer|claim)\b(?!s)/);
    // Provenance names one project of the report's.
    expect(within(list).getByRole("heading", { name: /Provenance/ })).toHaveTextContent(/1 report project,.* · 4 claims/);
    expect(within(list).getByRole("heading", { name: /Data/ })).toHaveTextContent(/ · 1 claim$/);
  });
});

import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { claims } from "@/content/claims";
import { renderWithClient } from "@/test/render";
import { plural } from "@/ui/plural";
import { StageClaimCount } from "./components/verdict-scoreboard";
import { ClaimResultsProvider } from "./providers/claim-results";

describe("a stage tile's claim count", () => {
  it("says '… claims' until the claims are in, then counts the stage's claims", async () => {
    renderWithClient(
      <ClaimResultsProvider>
        <p data-testid="count">
          <StageClaimCount stage="compute" />
        </p>
      </ClaimResultsProvider>,
    );
    expect(screen.getByTestId("count")).toHaveTextContent("… claims");
    const expected = plural(claims.filter((c) => c.stage === "compute").length, "claim");
    expect(await screen.findByText(expected, {}, { timeout: 30_000 })).toBeTruthy();
  });
});

import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithClient } from "@/test/render";
import { SlideClaims } from "./components/slide-claims";
import { ClaimResultsProvider } from "./providers/claim-results";

describe("a stage slide's claims", () => {
  it("show the claims the data can judge with their verdicts, count the rest that have one, and name those it cannot judge on one line", async () => {
    renderWithClient(
      <ClaimResultsProvider>
        <SlideClaims claimIds={["NARR-9", "NARR-10", "COMPUTE-2"]} max={1} />
      </ClaimResultsProvider>,
    );
    const list = await screen.findByRole("list", { name: "Testable claims" }, { timeout: 15_000 });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list).getByText("NARR-9")).toBeInTheDocument();
    // Its two verdicts: as the report saw it, and since.
    expect(within(list).getByText(/^to \d{4}-\d{2}-\d{2}:$/)).toBeInTheDocument();
    expect(within(list).getByText("since:")).toBeInTheDocument();
    expect(screen.getByText(/^1 more claim has a verdict in the dashboard's Claims overview\.$/)).toBeInTheDocument();
    expect(screen.getByText(/^No data to judge/)).toHaveTextContent("No data to judge: COMPUTE-2.");
    // No wall of "no data" badges: the claim without data is named, not badged.
    expect(screen.queryByText("no data")).toBeNull();
  });
});

import { screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "@mocks/node";
import { renderWithClient } from "@/test/render";
import { ClaimsSlide } from "./components/claims-slide";
import { SlideClaims } from "./components/slide-claims";
import { ClaimResultsProvider } from "./providers/claim-results";

describe("a stage slide's claims", () => {
  it("show the claims the data can judge with their verdicts, count the rest that have one, and name those it cannot judge on one line", async () => {
    // A build without a recorded snapshot: sample mode has no Akash usage (the dev mocks' illustrative one is left out).
    server.use(http.get("*/data/snapshot/manifest.json", () => HttpResponse.json({ version: 1, recordedAt: null, files: [] })));
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

describe("the claims slide", () => {
  it("tables the claims the data can judge and names the rest on one line, so nothing runs off the projected slide", async () => {
    server.use(http.get("*/data/snapshot/manifest.json", () => HttpResponse.json({ version: 1, recordedAt: null, files: [] })));
    renderWithClient(
      <ClaimResultsProvider>
        <ClaimsSlide />
      </ClaimResultsProvider>,
    );
    const table = await screen.findByRole("table");
    // NARR-2 is judged on the embedded prices; COMPUTE-2 needs Akash usage, which this build has not recorded.
    await within(table).findByRole("rowheader", { name: "NARR-2" }, { timeout: 15_000 });
    expect(within(table).queryByRole("rowheader", { name: "COMPUTE-2" })).toBeNull();
    // Every row has a verdict on at least one side: no row is "no data" twice.
    for (const row of within(table).getAllByRole("row").slice(1)) expect(row).toHaveTextContent(/holds|weakened|broken/);
    expect(screen.getByText(/^No data to judge yet/)).toHaveTextContent(/COMPUTE-2/);
  });
});

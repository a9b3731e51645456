import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "@mocks/node";
import { claims } from "@/content/claims";
import { renderWithClient } from "@/test/render";
import { ClaimsOverview } from "./components/claims-overview";
import { ClaimResultsProvider } from "./providers/claim-results";

function renderOverview(search = "") {
  return renderWithClient(
    <ClaimResultsProvider>
      <ClaimsOverview />
    </ClaimResultsProvider>,
    { search },
  );
}

describe("claims overview", () => {
  it("lists every claim of the digest, each with a status then and now", { timeout: 30_000 }, async () => {
    renderOverview();
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(claims.length);
    for (const c of claims) expect(within(table).getByRole("rowheader", { name: new RegExp(`^${c.id} `) })).toBeInTheDocument();
    // Qualitative claims are listed as not testable, with the report's reasoning in our words.
    const concl = within(table)
      .getByRole("rowheader", { name: /^CONCL-1 / })
      .closest("tr") as HTMLElement;
    expect(within(concl).getAllByText("not testable")).toHaveLength(2);
  });

  it("computes WLD after Sora from the data and says why Akash has no data", { timeout: 30_000 }, async () => {
    // As a build ships until someone records a snapshot: an empty manifest.
    server.use(http.get("*/data/snapshot/manifest.json", () => HttpResponse.json({ version: 1, recordedAt: null, files: [] })));
    renderOverview();
    const table = screen.getByRole("table");
    const sora = within(table)
      .getByRole("rowheader", { name: /^NARR-10 / })
      .closest("tr") as HTMLElement;
    await waitFor(() => expect(sora).toHaveTextContent(/×\d\.\d\d from the 2024-02-1\d close/), { timeout: 20_000 });
    expect(within(sora).getAllByText("holds").length).toBeGreaterThan(0);
    const akash = within(table)
      .getByRole("rowheader", { name: /^COMPUTE-2 / })
      .closest("tr") as HTMLElement;
    await waitFor(() => expect(akash).toHaveTextContent(/no Akash lease series.*npm run snapshot/));
    expect(akash).toHaveTextContent(/at least 2\.5× those on 2024-01-01/);
  });

  it("keeps NARR-11's as-of verdict under 'since' and judges NARR-5 on BTC's own down days", async () => {
    renderOverview();
    const table = screen.getByRole("table");
    const row = (id: string) =>
      within(table)
        .getByRole("rowheader", { name: new RegExp(`^${id} `) })
        .closest("tr") as HTMLElement;
    // "At the time of writing": a claim about a moment keeps its verdict (README), the latest value is for reference.
    await waitFor(() => expect(row("NARR-11")).toHaveTextContent(/A claim about the time of writing/), { timeout: 20_000 });
    expect(within(row("NARR-11")).getAllByText("holds")).toHaveLength(2);
    expect(within(row("NARR-11")).queryByText("broken")).toBeNull();
    // BTC's mean over its own 65 down days from 2023-10-01 to 2024-03-01, not over each token's.
    await waitFor(
      () => expect(row("NARR-5")).toHaveTextContent(/On BTC's 65 down days from 2023-10-01 to 2024-03-01, .* against BTC's −1\.36%/),
      { timeout: 20_000 },
    );
  });

  it("filters by stage and status through the URL", { timeout: 30_000 }, async () => {
    const updates: string[] = [];
    const user = userEvent.setup();
    renderWithClient(
      <ClaimResultsProvider>
        <ClaimsOverview />
      </ClaimResultsProvider>,
      { onUrlUpdate: (e) => updates.push(e.queryString) },
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Stage" }), "compute");
    // The filter lands through the URL and a deferred render: wait for it rather than racing it.
    await waitFor(() =>
      expect(within(screen.getByRole("table")).getAllByRole("row").slice(1)).toHaveLength(
        claims.filter((c) => c.stage === "compute").length,
      ),
    );
    expect(updates.at(-1)).toContain("cstage=compute");
    await user.selectOptions(screen.getByRole("combobox", { name: "Status (then or now)" }), "not-testable");
    await waitFor(() => {
      for (const r of within(screen.getByRole("table")).getAllByRole("row").slice(1)) expect(r).toHaveTextContent("not testable");
    });
  });
});

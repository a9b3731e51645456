import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithClient } from "@/test/render";
import { useClaimResults } from "./providers/claim-results";
import { ClaimResultsProvider } from "./providers/claim-results";

// Counts how often each claim is checked, per lens, with the real checks underneath.
const calls = vi.hoisted(() => new Map<string, number>());
vi.mock("@/analytics/claim-checks", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/analytics/claim-checks")>();
  return {
    ...actual,
    checkClaim: (...args: Parameters<typeof actual.checkClaim>) => {
      const key = `${args[0].id}:${args[2].kind}`;
      calls.set(key, (calls.get(key) ?? 0) + 1);
      return actual.checkClaim(...args);
    },
  };
});

function Probe() {
  const r = useClaimResults();
  return <p data-testid="state">{r.loading ? "loading" : `done ${r.rows.length}`}</p>;
}

describe("the claim engine", () => {
  it("requests every series it needs and re-runs a check only when what it reads has changed", async () => {
    const { client } = renderWithClient(
      <ClaimResultsProvider>
        <Probe />
      </ClaimResultsProvider>,
    );
    await waitFor(() => expect(screen.getByTestId("state")).toHaveTextContent(/^done \d+$/), { timeout: 30_000 });
    // Every series was requested in the end (they start four a task: use-staggered.test.ts).
    const queries = client.getQueryCache().findAll();
    expect(queries.length).toBeGreaterThan(8);
    expect(queries.every((q) => q.state.fetchStatus === "idle")).toBe(true);
    // A claim that reads no series is checked once per lens for each state of the events list (loading, then in),
    // not again on each of the thirty series' arrivals.
    expect(calls.get("CONCL-1:then") ?? 0).toBeGreaterThan(0);
    expect(calls.get("CONCL-1:then") ?? 0).toBeLessThanOrEqual(2);
    expect(calls.get("CONCL-1:since") ?? 0).toBeLessThanOrEqual(2);
  });
});

import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { claims } from "@/content/claims";
import { projects } from "@/content/projects";
import { stages } from "@/content/stages";
import { renderWithClient } from "@/test/render";
import { StagePanel } from "./components/stage-panel";

function renderAllStages() {
  return renderWithClient(
    <div>
      {stages.map((s) => (
        <StagePanel key={s.id} stage={s} />
      ))}
    </div>,
  );
}

/** One panel, for tests that assert on one: each panel mounted is a chart parsed and drawn for nothing. */
function renderStage(id: (typeof stages)[number]["id"]) {
  return renderWithClient(<StagePanel stage={stages.find((s) => s.id === id) as (typeof stages)[number]} />);
}

const chartTitles = {
  data: "Data-stage tokens",
  compute: "Compute tokens against Nvidia",
  verification: "Bittensor and model-market tokens",
  provenance: "Worldcoin (WLD) and the report's events",
} as const;

// Three tests mount all four panels (four charts over a dozen series): about a second each in jsdom on a quiet 2-CPU
// machine, several times that with the CPUs busy, so the file gets 60 s per test instead of Vitest's 5 s.
describe("stage panels", { timeout: 60_000 }, () => {
  it("render each stage's projects, claims and a chart of sample data", async () => {
    renderAllStages();
    for (const stage of stages) {
      const panel = screen.getByRole("region", { name: stage.title });
      const projectList = within(panel).getByRole("list", { name: "Projects" });
      const stageProjects = projects.filter((p) => p.stage === stage.id);
      expect(within(projectList).getAllByRole("listitem")).toHaveLength(stageProjects.length);
      const claimList = within(panel).getByRole("list", { name: "Claims" });
      for (const c of claims.filter((c) => c.stage === stage.id)) expect(within(claimList).getByText(c.id)).toBeInTheDocument();
      const chart = await within(panel).findByRole("figure", { name: chartTitles[stage.id] });
      expect(within(chart).getAllByText("Sample data").length).toBeGreaterThan(0);
      expect(within(chart).getByText(/Sources/)).toBeInTheDocument();
    }
  });

  it("draw the series that have loaded while a slow one is still on its way, and name the one missing", async () => {
    // AR never answers (a queued or hung request): FIL, GRT, OCEAN and BTC must not wait for it.
    server.use(http.get("*/data/prices/AR.csv", () => new Promise<never>(() => {})));
    renderWithClient(<StagePanel stage={stages[0] as (typeof stages)[number]} />);
    const panel = screen.getByRole("region", { name: "Data" });
    const chart = await within(panel).findByRole("figure", { name: chartTitles.data });
    await waitFor(() => expect(within(panel).getByText("Drawn without AR, still loading.")).toBeInTheDocument());
    expect(within(chart).queryByText(/Loading data-stage tokens/)).toBeNull();
  });

  it("show the report's own Akash numbers and say the usage series has no data when no snapshot is embedded", async () => {
    server.use(http.get("*/data/snapshot/manifest.json", () => HttpResponse.json({ version: 1, recordedAt: null, files: [] })));
    renderStage("compute");
    const compute = screen.getByRole("region", { name: "Compute" });
    const akash = within(compute).getByRole("region", { name: "Akash network usage" });
    await waitFor(() => expect(within(akash).getByRole("note")).toHaveTextContent(/No data/));
    expect(within(akash).getByText(/COMPUTE-2/)).toBeInTheDocument();
  });

  it("mark the report's Worldcoin events with their sources and the WLD move after each", async () => {
    renderStage("provenance");
    const provenance = screen.getByRole("region", { name: "Provenance & identity" });
    const list = await within(provenance).findByRole("list", { name: "Worldcoin events in the report" });
    const items = await within(list).findAllByRole("listitem");
    expect(items).toHaveLength(4);
    // Altman's post (2023-12-15): the move is computed from the embedded closes, starting the day before.
    await waitFor(() => expect(items[1]).toHaveTextContent(/2023-12-15.*WLD closed [\d.]+ USDT on 2023-12-14/));
    // World ID 2.0 is measured as NARR-9 judges it (Appendix 2, one function): the two-day change 12-12 → 12-14,
    // not a 21-day peak.
    expect(items[0]).toHaveTextContent(/WLD closed [\d.]+ USDT on 2023-12-12 and [\d.]+ on 2023-12-14 \([+−]?\d+\.\d%\)/);
    expect(items[1]).toHaveTextContent(/highest close in the next 21 days/);
    expect(within(items[2] as HTMLElement).getByRole("link")).toHaveAttribute("href", expect.stringMatching(/^https:/));
  });

  it("describe the chart in text: the caption gives each series' change over the window", async () => {
    renderStage("data");
    const data = screen.getByRole("region", { name: "Data" });
    const chart = await within(data).findByRole("figure", { name: chartTitles.data });
    await waitFor(() =>
      expect(chart).toHaveAccessibleDescription(/^Common base date 2023-10-01 .*From 2023-10-01 to 2024-03-08, best to worst: .*FIL [+−]/),
    );
  });

  it("keep a failing source inside its own panel, with a Retry that recovers", async () => {
    server.use(fault("*/data/prices/WLD.csv", "http-500"));
    renderAllStages();
    const provenance = screen.getByRole("region", { name: "Provenance & identity" });
    const alert = await within(provenance).findByRole("alert");
    expect(alert).toHaveTextContent(/HTTP 500/);

    // Every other panel still renders its chart and shows no error.
    for (const stage of stages.filter((s) => s.id !== "provenance")) {
      const panel = screen.getByRole("region", { name: stage.title });
      expect(await within(panel).findByRole("figure", { name: chartTitles[stage.id] })).toBeInTheDocument();
      expect(within(panel).queryByRole("alert")).toBeNull();
    }

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await within(provenance).findByRole("figure", { name: chartTitles.provenance })).toBeInTheDocument();
    expect(within(provenance).queryByRole("alert")).toBeNull();
  });

  it("say a source changed shape when its data no longer matches the schema", async () => {
    server.use(fault("*/data/prices/FIL.csv", "schema-drift"));
    renderAllStages();
    const data = screen.getByRole("region", { name: "Data" });
    expect(await within(data).findByRole("alert")).toHaveTextContent(/changed shape/);
    expect(within(screen.getByRole("region", { name: "Compute" })).queryByRole("alert")).toBeNull();
  });
});

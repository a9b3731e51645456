import type { ReactNode } from "react";
import { claims } from "@/content/claims";
import { reportFigures } from "@/content/figures";
import { projects } from "@/content/projects";
import type { Stage, StageId } from "@/content/schema";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { Panel } from "@/ui/panel";
import { PanelBoundary } from "@/ui/panel-boundary";
import { usePlotHeight } from "@/ui/use-plot-height";
import { STAGE_CHARTS } from "../chart-config";
import { useSeriesSet } from "../hooks/use-series-frame";
import { AkashUsage } from "./akash-usage";
import { ClaimList } from "./claim-list";
import { ProjectList } from "./project-list";
import { ReportFigures } from "./report-figures";
import { StageChart } from "./stage-chart";
import { WorldcoinEventList, useWorldcoinEvents } from "./worldcoin-events";

const AKASH_CLAIMS = new Set(["COMPUTE-2", "COMPUTE-3", "COMPUTE-4"]);

const SLICE = viewSlice(["project"]);

export const stageAnchor = (id: StageId) => `stage-${id}`;

/** One stage of the AI pipeline: the report's argument, its projects, its claims and figures, and a chart of data. */
export function StagePanel({ stage, renderClaimStatus }: { stage: Stage; renderClaimStatus?: (claimId: string) => ReactNode }) {
  const stageProjects = projects.filter((p) => p.stage === stage.id);
  const stageClaims = claims.filter((c) => c.stage === stage.id);
  const figures = reportFigures.filter((f) => f.stage === stage.id);
  const akashFigures = stage.id === "compute" ? figures.filter((f) => AKASH_CLAIMS.has(f.claimId)) : [];
  const otherFigures = figures.filter((f) => !akashFigures.includes(f));

  const [url] = useViewState(SLICE);
  // The stage's chart takes about half the window's height, so it reads as the view's subject.
  const plotHeight = usePlotHeight(0.45, 280, 900, 300);
  const highlighted = url.project !== null && stageProjects.some((p) => p.id === url.project);
  return (
    <Panel title={stage.title} subtitle={stage.subtitle} anchor={stageAnchor(stage.id)} highlighted={highlighted} exportable>
      <p className="max-w-4xl text-sm text-ink-2">
        <span className="font-semibold text-ink">The report's argument. </span>
        {stage.argument}
      </p>
      <div className="mt-4 grid grid-cols-1 gap-6 xl:grid-cols-12">
        <div className="min-w-0 space-y-5 xl:col-span-7">
          <PanelBoundary label={`the ${stage.title} chart`}>
            {stage.id === "provenance" ? (
              <ProvenanceChart plotHeight={plotHeight} />
            ) : (
              <StageChart stage={stage.id} config={STAGE_CHARTS[stage.id]} plotHeight={plotHeight} />
            )}
          </PanelBoundary>
          {akashFigures.length > 0 ? <AkashUsage figures={akashFigures} /> : null}
          <ReportFigures figures={otherFigures} />
        </div>
        <div className="min-w-0 xl:col-span-5 xl:max-h-[calc(100vh-9rem)] xl:overflow-y-auto xl:pr-1" data-scroll-list>
          <ProjectList projects={stageProjects} />
        </div>
      </div>
      <div className="mt-6">
        {/* The verdicts are computed from the same data as the chart: a failure there stays in this list. */}
        <PanelBoundary label={`the ${stage.title} claims`}>
          <ClaimList claims={stageClaims} renderStatus={renderClaimStatus} />
        </PanelBoundary>
      </div>
    </Panel>
  );
}

function ProvenanceChart({ plotHeight }: { plotHeight: number }) {
  const { query, events, markers } = useWorldcoinEvents();
  const { series } = useSeriesSet(["wld"]);
  return (
    <StageChart
      stage="provenance"
      config={STAGE_CHARTS.provenance}
      plotHeight={plotHeight}
      markers={markers}
      below={<WorldcoinEventList events={events} wld={series[0]} error={query.error} />}
    />
  );
}

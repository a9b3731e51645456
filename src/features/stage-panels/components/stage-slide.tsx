import type { ReactNode } from "react";
import { claims } from "@/content/claims";
import { reportFigures } from "@/content/figures";
import { projects } from "@/content/projects";
import type { StageId } from "@/content/schema";
import { stages } from "@/content/stages";
import { PanelBoundary } from "@/ui/panel-boundary";
import { STAGE_CHARTS } from "../chart-config";
import { StageChart } from "./stage-chart";
import { useWorldcoinEvents } from "./worldcoin-events";

/**
 * A stage at projector scale: the chart, the report's figures and the verdicts on its testable claims. The full
 * project and claim lists stay on the dashboard; a slide shows what a room can read.
 */
export function StageSlide({ stage, renderClaimStatus }: { stage: StageId; renderClaimStatus?: (claimId: string) => ReactNode }) {
  const meta = stages.find((s) => s.id === stage);
  const testable = claims.filter((c) => c.stage === stage && c.testable !== "no");
  const figures = reportFigures.filter((f) => f.stage === stage).slice(0, 3);
  const named = projects.filter((p) => p.stage === stage && p.inReport).map((p) => p.name);
  return (
    <div className="grid h-full grid-cols-[3fr_2fr] gap-[2vw]">
      <div className="min-w-0">
        <PanelBoundary label={`the ${meta?.title ?? stage} chart`}>
          {stage === "provenance" ? (
            <ProvenanceSlideChart height={slidePlotHeight()} />
          ) : (
            <StageChart stage={stage} config={STAGE_CHARTS[stage]} plotHeight={slidePlotHeight()} />
          )}
        </PanelBoundary>
      </div>
      <div className="min-w-0 space-y-[1.5vh] overflow-hidden text-[0.9rem]">
        <p>
          <span className="font-semibold">In the report: </span>
          {named.join(", ") || "no crypto project by name"}.
        </p>
        <ul className="space-y-2">
          {figures.map((f) => (
            <li key={f.id}>
              <span className="text-[1.2rem] font-bold tabular-nums">{f.value}</span> {f.label}{" "}
              <span className="text-[0.7rem] text-ink-3">({f.claimId})</span>
            </li>
          ))}
        </ul>
        <ul aria-label="Testable claims" className="space-y-2">
          {testable.slice(0, 5).map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline gap-2">
              <span className="font-mono text-[0.75rem] font-semibold">{c.id}</span>
              {renderClaimStatus?.(c.id)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function ProvenanceSlideChart({ height }: { height: number }) {
  const { markers } = useWorldcoinEvents();
  return <StageChart stage="provenance" config={STAGE_CHARTS.provenance} markers={markers} plotHeight={height} />;
}

/** About half the screen's height: the chart is the slide's subject, the rest is its caption. */
const slidePlotHeight = () => Math.round(Math.min(620, Math.max(240, (typeof window === "undefined" ? 800 : window.innerHeight) * 0.5)));

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

interface StageSlideProps {
  stage: StageId;
  /** Plot height in pixels: the deck works it out from the room the slide has on screen. */
  plotHeight?: number;
  /** The stage's testable claims with their verdicts; supplied by the app, which composes the features. */
  renderClaims?: (claimIds: readonly string[]) => ReactNode;
}

/**
 * A stage at projector scale: the chart as large as the slide allows, and beside it what the report says in figures
 * and how its testable claims fare. The full project and claim lists stay on the dashboard; a slide shows what a room
 * can read.
 */
export function StageSlide({ stage, plotHeight = 480, renderClaims }: StageSlideProps) {
  const meta = stages.find((s) => s.id === stage);
  const testable = claims.filter((c) => c.stage === stage && c.testable !== "no").map((c) => c.id);
  const figures = reportFigures.filter((f) => f.stage === stage).slice(0, 3);
  const named = projects.filter((p) => p.stage === stage && p.inReport).map((p) => p.name);
  return (
    <div className="grid h-full grid-cols-[3fr_2fr] gap-[2.5vw]">
      <div className="min-w-0">
        <PanelBoundary label={`the ${meta?.title ?? stage} chart`}>
          {stage === "provenance" ? (
            <ProvenanceSlideChart height={plotHeight} />
          ) : (
            <StageChart stage={stage} config={STAGE_CHARTS[stage]} plotHeight={plotHeight} />
          )}
        </PanelBoundary>
      </div>
      <div className="min-w-0 space-y-[2vh] overflow-hidden text-[1rem]">
        <p>
          <span className="font-semibold">Projects the report names: </span>
          {named.join(", ") || "none"}.
        </p>
        {figures.length > 0 ? (
          <ul aria-label="The report's figures" className="space-y-[1.2vh]">
            {figures.map((f) => (
              <li key={f.id} className="leading-snug">
                <span className="text-[1.5rem] font-bold tabular-nums">{f.value}</span> {f.label}{" "}
                <span className="text-[0.75rem] text-ink-3">
                  (the report, {f.claimId}. {f.asOf})
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {renderClaims?.(testable)}
        {/* The report's case in our words, where the column has room for it after the figures and verdicts: a stage
            with one report figure at most, on a screen at least 850 px high. */}
        {figures.length <= 1 ? <p className="leading-snug text-ink-2 [@media(max-height:850px)]:hidden">{meta?.argument}</p> : null}
      </div>
    </div>
  );
}

function ProvenanceSlideChart({ height }: { height: number }) {
  const { markers } = useWorldcoinEvents();
  return <StageChart stage="provenance" config={STAGE_CHARTS.provenance} markers={markers} plotHeight={height} />;
}

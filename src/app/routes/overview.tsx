import { report } from "@/content/report";
import { StageClaimCount, StageVerdicts, VerdictScoreboard } from "@/features/claims";
import { NarrativeGlance } from "@/features/narrative";
import { StageTiles } from "@/features/stage-panels";
import { PanelBoundary } from "@/ui/panel-boundary";

/**
 * The first screen: where the report's thesis stands (the verdict scoreboard), the token narrative with its event rail,
 * and one tile per stage. Someone who reads only this screen knows what holds, what moved, and where to look next.
 */
export function Overview() {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-lg font-bold tracking-tight text-ink xl:text-xl">Is crypto × AI a mirage?</h1>
        <p className="text-xs text-ink-2 xl:text-sm">
          <cite>{report.title}</cite> says AI tokens trade on the AI narrative more than on use. How its claims fare on data:
        </p>
      </div>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-12">
        <div className="min-w-0 lg:col-span-7 2xl:col-span-8">
          <PanelBoundary label="the narrative overview">
            <NarrativeGlance />
          </PanelBoundary>
        </div>
        <div className="order-first min-w-0 space-y-3 lg:order-none lg:col-span-5 2xl:col-span-4">
          <PanelBoundary label="the verdict scoreboard">
            <VerdictScoreboard />
          </PanelBoundary>
          <PanelBoundary label="the stage tiles">
            <StageTiles
              renderVerdicts={(stage) => <StageVerdicts stage={stage} />}
              renderClaimCount={(stage) => <StageClaimCount stage={stage} />}
            />
          </PanelBoundary>
        </div>
      </div>
    </div>
  );
}

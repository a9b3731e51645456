import { report } from "@/content/report";
import { stages } from "@/content/stages";
import { ClaimResultsProvider, ClaimStatusPair, ClaimsOverview } from "@/features/claims";
import { NarrativePanel } from "@/features/narrative";
import { NotesEditor } from "@/features/notes";
import { ReportWideClaims, StageOverview, StagePanel } from "@/features/stage-panels";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { About } from "../layout/about";

/** The dashboard: the report's thesis, the four stage panels, the report-wide claims, and the method. */
const SLICE = viewSlice(["panel"]);

const claimStatus = (claimId: string) => <ClaimStatusPair claimId={claimId} />;

export function Dashboard() {
  const [url] = useViewState(SLICE);
  // Focus mode (?panel=…): one panel alone, for a meeting or a narrow screen; its button brings the rest back.
  if (url.panel !== null) {
    const stage = stages.find((s) => s.id === url.panel);
    return (
      <ClaimResultsProvider>
        <main id="main" tabIndex={-1} className="mx-auto max-w-[1600px] space-y-6 px-6 py-6 outline-none">
          {stage ? <StagePanel stage={stage} renderClaimStatus={claimStatus} /> : <NarrativePanel notesEditor={<NotesEditor />} />}
        </main>
      </ClaimResultsProvider>
    );
  }
  return (
    <ClaimResultsProvider>
      <main id="main" tabIndex={-1} className="mx-auto max-w-[1600px] space-y-6 px-6 py-6 outline-none">
        <div className="space-y-3">
          <h1 className="text-2xl font-bold tracking-tight text-ink">
            Is crypto × AI a mirage? The report's four stages, checked against data
          </h1>
          <p className="max-w-5xl text-sm text-ink-2">
            <cite>{report.title}</cite> argues that decentralization alone is no moat, that every stage of the AI pipeline faces weak
            demand, strong incumbents, physics or regulation, and that AI tokens trade on the AI narrative more than on use. Each panel
            below lists a stage's projects and the report's claims, and sets them beside real daily data.
          </p>
          <StageOverview />
        </div>
        {stages.map((stage) => (
          <StagePanel key={stage.id} stage={stage} renderClaimStatus={claimStatus} />
        ))}
        <NarrativePanel notesEditor={<NotesEditor />} />
        <ClaimsOverview />
        <ReportWideClaims renderClaimStatus={claimStatus} />
        <About />
      </main>
    </ClaimResultsProvider>
  );
}

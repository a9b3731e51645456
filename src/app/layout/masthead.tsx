import { report } from "@/content/report";
import { StageOverview } from "@/features/stage-panels";

/** The page's question, the report's thesis in two sentences, and the four stages at a glance. */
export function Masthead() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold tracking-tight text-ink">
        Is crypto × AI a mirage? The report's four stages, checked against data
      </h1>
      <p className="max-w-5xl text-sm text-ink-2">
        <cite>{report.title}</cite> argues that decentralization alone is no moat, that every stage of the AI pipeline faces weak demand,
        strong incumbents, physics or regulation, and that AI tokens trade on the AI narrative more than on use. Each panel below lists a
        stage's projects and the report's claims, and sets them beside real daily data.
      </p>
      <StageOverview />
    </div>
  );
}

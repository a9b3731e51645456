import { claims } from "@/content/claims";
import { projects } from "@/content/projects";
import { stages } from "@/content/stages";
import { stageAnchor } from "./stage-panel";
import { plural } from "@/ui/plural";

/** The report's pipeline at a glance: one card per stage with what it holds, linking to its panel. */
export function StageOverview() {
  return (
    <nav aria-label="The four stages" className="grid grid-cols-2 gap-3 xl:grid-cols-4">
      {stages.map((s, i) => {
        const sp = projects.filter((p) => p.stage === s.id);
        const sc = claims.filter((c) => c.stage === s.id);
        return (
          <a
            key={s.id}
            href={`#${stageAnchor(s.id)}`}
            className="group rounded-xl border border-line bg-surface p-4 shadow-sm hover:border-accent"
          >
            <p className="text-xs font-medium text-ink-3">Stage {i + 1}</p>
            <p className="text-lg font-semibold text-ink group-hover:text-accent">{s.title}</p>
            <p className="text-sm text-ink-2">{s.subtitle}</p>
            <p className="mt-2 text-xs text-ink-3">
              {plural(sp.filter((p) => p.inReport).length, "report project")}, {plural(sp.filter((p) => !p.inReport).length, "peer")} ·{" "}
              {plural(sc.length, "claim")} ({sc.filter((c) => c.testable !== "no").length} testable at least in part)
            </p>
          </a>
        );
      })}
    </nav>
  );
}

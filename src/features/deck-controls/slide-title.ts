import { projectIndex } from "@/content/project-index";
import { VIEW_LABELS } from "@/state/workspace-view";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const BASE: Record<string, string> = {
  overview: "AI tokens against BTC, ETH and AI stocks",
  narrative: "AI tokens against BTC, ETH and AI stocks",
  claims: "Do the claims hold?",
  demand: "Demand vs narrative",
};

/**
 * The title a view gets when it is added to the deck: what the slide shows (the view, its project or its custom
 * range), so the deck list, the presenter view and the projected slide name it rather than "View 3". The analyst can
 * still rename it. At most 80 characters, the deck schema's limit.
 */
export function slideTitleFor(search: string): string {
  const params = new URLSearchParams(search);
  const view = params.get("view") ?? params.get("panel") ?? "overview";
  const base = BASE[view] ?? (VIEW_LABELS as Record<string, string>)[view] ?? BASE.overview ?? "";
  let detail = "";
  if (view === "demand") {
    detail = (params.get("dproj") ?? "akt").toUpperCase();
  } else if (view !== "claims") {
    const project = projectIndex.find((p) => p.id === params.get("project"));
    const from = params.get("from");
    const to = params.get("to");
    if (project) detail = project.name;
    else if (view === "narrative" && from && to && DAY.test(from) && DAY.test(to)) detail = `${from} to ${to}`;
  }
  const title = detail ? `${base}: ${detail}` : base;
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

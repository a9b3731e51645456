import type { Project } from "@/content/schema";
import { sameAssetTickers } from "@/content/tickers";
import { type SeriesId, seriesCatalog } from "@/sources/price-series";

/**
 * How a stage chart draws each line while a project is selected: its token's line(s) in front, the others dimmed.
 * Nothing changes when no project is selected or the chart does not hold its token.
 */
export function lineEmphasis(project: Project | undefined, drawn: readonly string[]): (id: string) => "normal" | "focus" | "dim" {
  const front = project ? seriesForProject(project).filter((id) => drawn.includes(id)) : [];
  return (id) => (front.length === 0 ? "normal" : front.includes(id as SeriesId) ? "focus" : "dim");
}

/** The embedded series that price a project's token (Render has two: RNDR then RENDER). */
export function seriesForProject(project: Project): SeriesId[] {
  if (!project.ticker) return [];
  const tickers = sameAssetTickers(project.ticker);
  return seriesCatalog.filter((s) => tickers.includes(s.ticker) && s.measure === "close").map((s) => s.id);
}

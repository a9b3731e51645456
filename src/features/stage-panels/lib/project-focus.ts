import type { Project } from "@/content/schema";
import { sameAssetTickers } from "@/content/tickers";
import { type SeriesId, seriesCatalog } from "@/sources/price-series";

/** The embedded series that price a project's token (Render has two: RNDR then RENDER). */
export function seriesForProject(project: Project): SeriesId[] {
  if (!project.ticker) return [];
  const tickers = sameAssetTickers(project.ticker);
  return seriesCatalog.filter((s) => tickers.includes(s.ticker) && s.measure === "close").map((s) => s.id);
}

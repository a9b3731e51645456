import { EVENT_CATEGORIES, type EventCategory } from "@/content/events";
import { report } from "@/content/report";
import { type SeriesId, seriesEntry } from "@/sources/price-series";
import { BENCHMARK_IDS, SERIES_IDS } from "@/content/series";
import { type BenchmarkId, type NarrativeRange, STUDY_BENCHMARK_IDS } from "@/state/url-schema";

/** What the report compares AI tokens with (NARR-3): BTC, ETH and the AI stocks (content/series.ts owns the list). */
export const BENCHMARKS: readonly SeriesId[] = BENCHMARK_IDS;
/** The AI tokens of the embedded data, in the order the panel lists them (the URL schema's order). */
export const AI_TOKENS: readonly SeriesId[] = SERIES_IDS.filter((id) => !BENCHMARKS.includes(id));

export type { BenchmarkId, ScaleMode } from "@/state/url-schema";
/** The event study's benchmarks (the URL schema's list), labelled with their tickers. */
export const STUDY_BENCHMARKS: readonly { value: BenchmarkId; label: string }[] = STUDY_BENCHMARK_IDS.map((value) => ({
  value,
  label: seriesEntry(value).ticker,
}));
export type RangePresetId = NarrativeRange;

/** The report's window (content/report.ts): Q4 2023 to its publication in early March 2024. */
export const REPORT_WINDOW = report.reportWindow;

/**
 * Okabe-Ito colours per event category (data/EVENTS.md), distinguishable under the common colour-vision
 * deficiencies, each paired with a letter so colour is never the only cue.
 */
/** An event on the narrative: a curated one, or one of the analyst's own notes (category "note"). */
export type ShownCategory = EventCategory | "note";

export const CATEGORY_META: Record<ShownCategory, { label: string; color: string; letter: string; ink: string }> = {
  "model-release": { label: "Model release", color: "#0072B2", letter: "M", ink: "#fff" },
  product: { label: "Product", color: "#56B4E9", letter: "P", ink: "#000" },
  company: { label: "Company", color: "#009E73", letter: "C", ink: "#000" },
  "chips-earnings": { label: "Chips & earnings", color: "#E69F00", letter: "E", ink: "#000" },
  "funding-valuation": { label: "Funding & valuation", color: "#F0E442", letter: "F", ink: "#000" },
  policy: { label: "Policy", color: "#D55E00", letter: "R", ink: "#000" },
  "crypto-ai": { label: "Crypto-AI protocol", color: "#CC79A7", letter: "X", ink: "#000" },
  people: { label: "People", color: "var(--people)", letter: "H", ink: "var(--surface)" },
  note: { label: "Your note", color: "var(--surface)", letter: "N", ink: "var(--ink)" },
};

/** The curated categories, in content's order. */
export const CATEGORIES: readonly EventCategory[] = EVENT_CATEGORIES;

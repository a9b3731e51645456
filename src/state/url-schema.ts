import { createLoader, createSerializer, type inferParserType } from "nuqs";
import { CLAIM_IDS as CONTENT_CLAIM_IDS } from "@/content/claim-ids";
import { EVENT_CATEGORIES, type EventCategory } from "@/content/events";
import { report } from "@/content/report";
import { StageIdSchema } from "@/content/schema";
import { FEES_NETWORK_IDS, SERIES_IDS, type SeriesId } from "@/content/series";
import { parseAsNotes } from "./notes";
import { parseAsDay, parseAsDottedList, parseAsFlag, parseAsId, parseAsIntIn, parseAsWindows, parseAsWord } from "./parsers";

/**
 * The one place that defines what a shared URL carries: every key, its parser and its default. Defaults are left out
 * of the URL (nuqs `clearOnDefault`), so a link only spells out what differs from the opening view.
 */

/** Series the URL may name: content's list, which the sample catalog is keyed by. */
export { SERIES_IDS };
export type UrlSeriesId = SeriesId;

/** Event categories the URL may name: content's list, which the events schema is built from. */
export { EVENT_CATEGORIES };
export type UrlEventCategory = EventCategory;

export const STAGE_IDS = StageIdSchema.options;
export const PANEL_IDS = [...STAGE_IDS, "narrative"] as const;
/** The workspace's views, in the order of the header's tabs; "overview" is the opening view. */
export const VIEW_IDS = ["overview", ...STAGE_IDS, "narrative", "demand", "claims", "about"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const NARRATIVE_RANGES = ["report", "1y", "ytd", "all", "custom"] as const;
export const SCALES = ["rebased", "pct", "price"] as const;
export const STUDY_BENCHMARK_IDS = ["btc", "eth", "nvda"] as const;
export const STAGE_RANGES = ["report", "y2024", "since-report", "all"] as const;
export const STAGE_SCALES = ["rebased", "price"] as const;
export const DATA_MODES = ["sample", "live"] as const;

/** The report's "as of writing" (content/report.ts): the claims overview's default "then". */
export const REPORT_AS_OF = report.reportAsOf;
export const CLAIM_STAGE_FILTERS = ["all", ...STAGE_IDS, "report-wide"] as const;
export const CLAIM_STATUS_FILTERS = ["all", "holds", "weakened", "broken", "no-data", "not-testable"] as const;
export const CLAIM_SORTS = ["id", "asof", "now"] as const;
/** Which lens the status filter reads: either, as the report saw it, or since. */
export const CLAIM_LENSES = ["any", "then", "since"] as const;
/** The report's claim ids ("NARR-2"), the words `copen=` accepts. */
export const CLAIM_IDS: readonly string[] = CONTENT_CLAIM_IDS;
/** The Demand view: its networks (the fee networks of content/series.ts), screener columns, ranges. */
export const DEMAND_PROJECTS = FEES_NETWORK_IDS;
export const DEMAND_SORTS = ["token", "return", "vol", "drawdown", "beta", "corr", "mcap", "fdv", "pf", "growth"] as const;
export const DEMAND_RANGES = ["all", "1y", "report"] as const;
export const SORT_DIRECTIONS = ["desc", "asc"] as const;

export const DEFAULT_SHOWN: UrlSeriesId[] = ["wld", "fet", "rndr", "fil", "ar", "btc", "eth", "nvda", "msft"];
export const DEFAULT_WINDOWS = [
  { from: -1, to: 1 },
  { from: 0, to: 3 },
  { from: 0, to: 7 },
];
/** The estimation window ends at day −11, so a category path may reach back at most 10 days. */
export const MAX_CAR_HALF_WIDTH = 10;

/** Each stage chart's opening view: the report's window, except where the data starts later. */
export const STAGE_DEFAULTS = {
  data: { range: "report", scale: "rebased" },
  compute: { range: "report", scale: "rebased" },
  verification: { range: "y2024", scale: "rebased" },
  provenance: { range: "report", scale: "price" },
} as const satisfies Record<(typeof STAGE_IDS)[number], { range: (typeof STAGE_RANGES)[number]; scale: (typeof STAGE_SCALES)[number] }>;

const stageRange = (stage: (typeof STAGE_IDS)[number]) => parseAsWord(STAGE_RANGES).withDefault(STAGE_DEFAULTS[stage].range);
const stageScale = (stage: (typeof STAGE_IDS)[number]) => parseAsWord(STAGE_SCALES).withDefault(STAGE_DEFAULTS[stage].scale);
const stageLog = () => parseAsFlag.withDefault(false);

export const viewParsers = {
  // Narrative panel
  range: parseAsWord(NARRATIVE_RANGES).withDefault("report"),
  from: parseAsDay,
  to: parseAsDay,
  scale: parseAsWord(SCALES).withDefault("rebased"),
  log: parseAsFlag.withDefault(false),
  /** The series drawn on the narrative chart. */
  shown: parseAsDottedList(SERIES_IDS).withDefault(DEFAULT_SHOWN),
  /** The event categories shown on the rail and in the list. */
  categories: parseAsDottedList(EVENT_CATEGORIES).withDefault([...EVENT_CATEGORIES]),
  selectedEventId: parseAsId,
  /** The event study's market benchmark. */
  benchmark: parseAsWord(STUDY_BENCHMARK_IDS).withDefault("btc"),
  windows: parseAsWindows.withDefault(DEFAULT_WINDOWS),
  /** Category CAR paths: which category, for the basket or one series, over how many days either side. */
  carCategory: parseAsWord(EVENT_CATEGORIES).withDefault("model-release"),
  carTarget: parseAsWord(["basket", ...SERIES_IDS] as const).withDefault("basket"),
  carHalfWidth: parseAsIntIn(1, MAX_CAR_HALF_WIDTH).withDefault(10),
  // Stage panels
  dataRange: stageRange("data"),
  dataScale: stageScale("data"),
  dataLog: stageLog(),
  computeRange: stageRange("compute"),
  computeScale: stageScale("compute"),
  computeLog: stageLog(),
  verificationRange: stageRange("verification"),
  verificationScale: stageScale("verification"),
  verificationLog: stageLog(),
  provenanceRange: stageRange("provenance"),
  provenanceScale: stageScale("provenance"),
  provenanceLog: stageLog(),
  // Across panels
  view: parseAsWord(VIEW_IDS),
  project: parseAsId,
  /** Before views, `panel=` showed one panel alone; it now opens that panel's view (see resolveView). */
  panel: parseAsWord(PANEL_IDS),
  dataMode: parseAsWord(DATA_MODES).withDefault("sample"),
  notes: parseAsNotes,
  // Presentation: the slide shown (1-based), and the presenter window flag
  slide: parseAsIntIn(1, 60),
  presenter: parseAsFlag.withDefault(false),
  // Claims overview
  asOf: parseAsDay.withDefault(REPORT_AS_OF),
  claimStage: parseAsWord(CLAIM_STAGE_FILTERS).withDefault("all"),
  claimStatus: parseAsWord(CLAIM_STATUS_FILTERS).withDefault("all"),
  claimSort: parseAsWord(CLAIM_SORTS).withDefault("id"),
  claimLens: parseAsWord(CLAIM_LENSES).withDefault("any"),
  /** The rows expanded to their evidence, so a copied link opens them expanded. */
  claimOpen: parseAsDottedList(CLAIM_IDS).withDefault([]),
  // Demand view: the network charted, the range, and the screener's sort column and direction
  demandProject: parseAsWord(DEMAND_PROJECTS).withDefault("akt"),
  demandRange: parseAsWord(DEMAND_RANGES).withDefault("all"),
  demandSort: parseAsWord(DEMAND_SORTS).withDefault("pf"),
  demandSortDirection: parseAsWord(SORT_DIRECTIONS).withDefault("desc"),
};

export type ViewParsers = typeof viewParsers;

/**
 * The names written in the URL, where they differ from the state's names. Links shared before the rename keep
 * working because these never change: `cats`, `carfor`, `cstage`… are the URL's words, not the code's.
 */
export const urlKeys = {
  shown: "tokens",
  categories: "cats",
  selectedEventId: "event",
  benchmark: "bench",
  windows: "win",
  carCategory: "carcat",
  carTarget: "carfor",
  carHalfWidth: "carw",
  dataRange: "data-range",
  dataScale: "data-scale",
  dataLog: "data-log",
  computeRange: "compute-range",
  computeScale: "compute-scale",
  computeLog: "compute-log",
  verificationRange: "verification-range",
  verificationScale: "verification-scale",
  verificationLog: "verification-log",
  provenanceRange: "provenance-range",
  provenanceScale: "provenance-scale",
  provenanceLog: "provenance-log",
  dataMode: "mode",
  asOf: "asof",
  claimStage: "cstage",
  claimStatus: "cstatus",
  claimSort: "csort",
  claimLens: "clens",
  claimOpen: "copen",
  demandProject: "dproj",
  demandRange: "drange",
  demandSort: "dsort",
  demandSortDirection: "ddir",
} as const satisfies Partial<Record<keyof ViewParsers, string>>;

export const serializeView = createSerializer(viewParsers, { urlKeys, clearOnDefault: true });
export const loadView = createLoader(viewParsers, { urlKeys });
export type ViewState = inferParserType<typeof viewParsers>;

/** Every key a URL may carry, as written in the URL. */
export const URL_KEYS: readonly string[] = Object.keys(viewParsers).map((k) => urlKeyOf(k as keyof ViewParsers));

/** The name a state key is written under in the URL. */
export function urlKeyOf(key: keyof ViewParsers): string {
  return (urlKeys as Partial<Record<keyof ViewParsers, string>>)[key] ?? key;
}

// Types inferred from the parsers, so a value list is written once.
export type ScaleMode = ViewState["scale"];
export type NarrativeRange = ViewState["range"];
export type StageRange = ViewState["dataRange"];
export type BenchmarkId = ViewState["benchmark"];
export type CarTarget = ViewState["carTarget"];
export type DataModeId = ViewState["dataMode"];
export type ClaimStageFilter = ViewState["claimStage"];
export type ClaimStatusFilter = ViewState["claimStatus"];
export type ClaimSort = ViewState["claimSort"];
export type ClaimLens = ViewState["claimLens"];

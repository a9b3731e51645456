import { createLoader, createSerializer, type inferParserType } from "nuqs";
import { StageIdSchema } from "@/content/schema";
import { parseAsNotes } from "./notes";
import { parseAsDay, parseAsDottedList, parseAsFlag, parseAsId, parseAsIntIn, parseAsWindows, parseAsWord } from "./parsers";

/**
 * The one place that defines what a shared URL carries: every key, its parser and its default. Defaults are left out
 * of the URL (nuqs `clearOnDefault`), so a link only spells out what differs from the opening view.
 */

/** Series the URL may name; a test keeps this list equal to the sample catalog's ids. */
export const SERIES_IDS = [
  "wld",
  "fet",
  "rndr",
  "render",
  "tao",
  "tao-open",
  "fil",
  "ar",
  "grt",
  "near",
  "icp",
  "agix",
  "ocean",
  "btc",
  "eth",
  "nvda",
  "msft",
] as const;
export type UrlSeriesId = (typeof SERIES_IDS)[number];

/** Event categories the URL may name; a test keeps this equal to the events schema. */
export const EVENT_CATEGORIES = [
  "model-release",
  "product",
  "company",
  "chips-earnings",
  "funding-valuation",
  "policy",
  "crypto-ai",
  "people",
] as const;
export type UrlEventCategory = (typeof EVENT_CATEGORIES)[number];

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

/** The report's "as of writing": written late February, published early March 2024 (DIGEST §1). */
export const REPORT_AS_OF = "2024-03-01";
export const CLAIM_STAGE_FILTERS = ["all", ...STAGE_IDS, "report-wide"] as const;
export const CLAIM_STATUS_FILTERS = ["all", "holds", "weakened", "broken", "no-data", "not-testable"] as const;
export const CLAIM_SORTS = ["id", "asof", "now"] as const;
/** Which lens the status filter reads: either, as the report saw it, or since. */
export const CLAIM_LENSES = ["any", "then", "since"] as const;
/** The Demand view: its networks (a test keeps this equal to the fees catalog), screener columns, ranges. */
export const DEMAND_PROJECTS = ["akt", "render", "fil", "ar", "grt", "lpt", "ath", "icp", "near"] as const;
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
  tokens: parseAsDottedList(SERIES_IDS).withDefault(DEFAULT_SHOWN),
  cats: parseAsDottedList(EVENT_CATEGORIES).withDefault([...EVENT_CATEGORIES]),
  event: parseAsId,
  bench: parseAsWord(STUDY_BENCHMARK_IDS).withDefault("btc"),
  win: parseAsWindows.withDefault(DEFAULT_WINDOWS),
  carcat: parseAsWord(EVENT_CATEGORIES).withDefault("model-release"),
  carfor: parseAsWord(["basket", ...SERIES_IDS] as const).withDefault("basket"),
  carw: parseAsIntIn(1, MAX_CAR_HALF_WIDTH).withDefault(10),
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
  mode: parseAsWord(DATA_MODES).withDefault("sample"),
  notes: parseAsNotes,
  // Presentation: the slide shown (1-based), and the presenter window flag
  slide: parseAsIntIn(1, 60),
  presenter: parseAsFlag.withDefault(false),
  // Claims overview
  asof: parseAsDay.withDefault(REPORT_AS_OF),
  cstage: parseAsWord(CLAIM_STAGE_FILTERS).withDefault("all"),
  cstatus: parseAsWord(CLAIM_STATUS_FILTERS).withDefault("all"),
  csort: parseAsWord(CLAIM_SORTS).withDefault("id"),
  clens: parseAsWord(CLAIM_LENSES).withDefault("any"),
  dproj: parseAsWord(DEMAND_PROJECTS).withDefault("akt"),
  drange: parseAsWord(DEMAND_RANGES).withDefault("all"),
  dsort: parseAsWord(DEMAND_SORTS).withDefault("pf"),
  ddir: parseAsWord(SORT_DIRECTIONS).withDefault("desc"),
};

export type ViewParsers = typeof viewParsers;

/** Short, readable URL keys; state names stay descriptive in code. */
export const urlKeys = {
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
} as const;

export const serializeView = createSerializer(viewParsers, { urlKeys, clearOnDefault: true });
export const loadView = createLoader(viewParsers, { urlKeys });
export type ViewState = inferParserType<typeof viewParsers>;

/** Every key a URL may carry, as written in the URL. */
export const URL_KEYS: readonly string[] = Object.keys(viewParsers).map((k) => (urlKeys as Record<string, string>)[k] ?? k);

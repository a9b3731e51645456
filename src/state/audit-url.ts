import { projectIndex } from "@/content/project-index";
import { MAX_DECK_PARAM, parseAsDeck } from "./deck";
import { MAX_NOTES_PARAM } from "./notes";
import { FIRST_LINK_DAY, LAST_LINK_DAY, MAX_VALUE_LENGTH } from "./parsers";
import {
  CLAIM_LENSES,
  CLAIM_SORTS,
  CLAIM_STAGE_FILTERS,
  CLAIM_STATUS_FILTERS,
  DATA_MODES,
  DEMAND_PROJECTS,
  DEMAND_RANGES,
  DEMAND_SORTS,
  EVENT_CATEGORIES,
  MAX_CAR_HALF_WIDTH,
  NARRATIVE_RANGES,
  PANEL_IDS,
  SCALES,
  STAGE_IDS,
  STAGE_RANGES,
  SORT_DIRECTIONS,
  STAGE_SCALES,
  STUDY_BENCHMARK_IDS,
  URL_KEYS,
  VIEW_IDS,
  type ViewParsers,
  urlKeyOf,
  viewParsers,
} from "./url-schema";

export interface UrlIssue {
  key: string;
  /** The offending value, shortened for display; always rendered as text. */
  value: string;
  reason: string;
}

const stateKeyOf = new Map<string, keyof ViewParsers>((Object.keys(viewParsers) as (keyof ViewParsers)[]).map((k) => [urlKeyOf(k), k]));

/** "a, b or c": the words a key accepts, from the same lists its parser uses. */
const oneOf = (words: readonly string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`);
const DAY = `a calendar day from ${FIRST_LINK_DAY} to ${LAST_LINK_DAY}, written YYYY-MM-DD`;
const FLAG = "1 or 0";

/** What each key accepts, in words, for the notice. */
const EXPECTED: Partial<Record<keyof ViewParsers, string>> = {
  range: oneOf(NARRATIVE_RANGES),
  scale: oneOf(SCALES),
  benchmark: oneOf(STUDY_BENCHMARK_IDS),
  carCategory: `an event category: ${oneOf(EVENT_CATEGORIES)}`,
  carTarget: "basket or a series id",
  panel: oneOf(PANEL_IDS),
  view: oneOf(VIEW_IDS),
  dataMode: oneOf(DATA_MODES),
  ...Object.fromEntries(
    STAGE_IDS.flatMap((stage) => [
      [`${stage}Range`, oneOf(STAGE_RANGES)],
      [`${stage}Scale`, oneOf(STAGE_SCALES)],
      [`${stage}Log`, FLAG],
    ]),
  ),
  from: DAY,
  to: DAY,
  log: FLAG,
  shown: "series ids joined by dots, e.g. wld.fet.btc",
  categories: `event categories joined by dots (${oneOf(EVENT_CATEGORIES)})`,
  selectedEventId: "an event id in kebab-case",
  windows: "windows like -1~1,0~3,0~7 within ±30 days",
  carHalfWidth: `a whole number from 1 to ${MAX_CAR_HALF_WIDTH}`,
  project: "a project id in kebab-case",
  slide: "a slide number from 1 to 60",
  presenter: FLAG,
  asOf: DAY,
  claimStage: oneOf(CLAIM_STAGE_FILTERS),
  claimStatus: oneOf(CLAIM_STATUS_FILTERS),
  claimSort: oneOf(CLAIM_SORTS),
  claimLens: oneOf(CLAIM_LENSES),
  claimOpen: "claim ids joined by dots, e.g. NARR-2.NARR-5",
  notes: "notes encoded by Mirage's Copy link (at most 8, 1,200 characters)",
  demandProject: oneOf(DEMAND_PROJECTS),
  demandRange: oneOf(DEMAND_RANGES),
  demandSort: oneOf(DEMAND_SORTS),
  demandSortDirection: oneOf(SORT_DIRECTIONS),
};

/**
 * The longest value each key's own parser accepts: the shared 400-character limit, except where the schema allows
 * more (encoded notes up to 1,200 characters), so a value its parser would apply is never reported as too long.
 */
const LENGTH_LIMITS: Partial<Record<keyof ViewParsers, number>> = { notes: MAX_NOTES_PARAM };
export const maxValueLength = (key: keyof ViewParsers): number => LENGTH_LIMITS[key] ?? MAX_VALUE_LENGTH;

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/**
 * Reads the raw query string key by key with the same strict parsers the app uses and lists everything that was
 * ignored, and why. The app itself parses leniently (an invalid value means the default); this is what tells the
 * analyst. Never throws, whatever the input.
 */
export function auditSearch(search: string): UrlIssue[] {
  const issues: UrlIssue[] = [];
  /** Keys seen so far, and whether their first value (the one the app reads) applied. */
  const seen = new Map<string, boolean>();
  const applied = new Map<string, string>();
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return issues;
  for (const piece of query.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const rawKey = eq < 0 ? piece : piece.slice(0, eq);
    const rawValue = eq < 0 ? "" : piece.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    const repeated = key !== undefined && seen.has(key);
    if (repeated) {
      // The app reads the first value of a key; a later one is never applied, whatever it says.
      const firstApplied = seen.get(key) === true;
      issues.push({
        key: shorten(key),
        value: shorten(value ?? rawValue),
        reason: firstApplied
          ? "repeated; the first value is used"
          : "repeated; only the first value is read, and it was not valid, so the default applies",
      });
      continue;
    }
    if (key === undefined || value === undefined) {
      issues.push({ key: shorten(key ?? rawKey), value: shorten(rawValue), reason: "broken percent-encoding" });
      if (key !== undefined && (key === "deck" || stateKeyOf.has(key))) seen.set(key, false);
      continue;
    }
    if (key === "deck") {
      const ok = value.length <= MAX_DECK_PARAM && parseAsDeck.parse(value) !== null;
      if (!ok) issues.push({ key, value: shorten(value), reason: "not valid: expected mine or a deck written by Share deck" });
      seen.set(key, ok);
      continue;
    }
    const stateKey = stateKeyOf.get(key);
    if (stateKey === undefined) {
      issues.push({ key: shorten(key), value: shorten(value), reason: "unknown parameter" });
      continue;
    }
    if (value.length > maxValueLength(stateKey)) {
      issues.push({ key, value: shorten(value), reason: `too long (${value.length} characters)` });
      seen.set(key, false);
      continue;
    }
    let parsed: unknown = null;
    try {
      parsed = viewParsers[stateKey].parse(value);
    } catch {
      parsed = null;
    }
    seen.set(key, parsed !== null);
    if (parsed === null) {
      issues.push({ key, value: shorten(value), reason: `not valid: expected ${EXPECTED[stateKey] ?? "one of the allowed values"}` });
    } else {
      applied.set(key, value);
    }
  }
  // A well-formed project id that names no project: every view then filters nothing, and says so here, on any view.
  const project = applied.get("project");
  if (project !== undefined && !projectIndex.some((p) => p.id === project)) {
    issues.push({ key: "project", value: shorten(project), reason: "no project has this id, so nothing is highlighted or filtered" });
  }
  const from = applied.get("from");
  const to = applied.get("to");
  if (from !== undefined && to !== undefined && from > to) {
    issues.push({ key: "from", value: from, reason: `later than to (${to}); the two were swapped, so the range runs ${to} to ${from}` });
  }
  return issues;
}

/**
 * `event=` is well formed but names nothing: checked once the events are known (curated events, and notes as
 * `note-<id>`). The view then selects no event, and the notice says so.
 */
export function auditEventId(eventId: string | null, knownIds: ReadonlySet<string>): UrlIssue | null {
  if (eventId === null || knownIds.has(eventId)) return null;
  return { key: "event", value: shorten(eventId), reason: "no event or note has this id, so no event is selected" };
}

export { URL_KEYS };

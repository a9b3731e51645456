import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditSearch } from "./audit-url";
import { notesForLink } from "./notes";
import {
  CLAIM_IDS,
  CLAIM_LENSES,
  CLAIM_SORTS,
  DEMAND_PROJECTS,
  DEMAND_RANGES,
  DEMAND_SORTS,
  SORT_DIRECTIONS,
  CLAIM_STAGE_FILTERS,
  CLAIM_STATUS_FILTERS,
  DATA_MODES,
  EVENT_CATEGORIES,
  NARRATIVE_RANGES,
  PANEL_IDS,
  SCALES,
  SERIES_IDS,
  STAGE_RANGES,
  STAGE_SCALES,
  STUDY_BENCHMARK_IDS,
  VIEW_IDS,
  type ViewState,
  loadView,
  serializeView,
  viewParsers,
} from "./url-schema";

const day = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const id = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,4}$/);
const window = fc
  .tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -30, max: 30 }))
  .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
const word = <W extends string>(ws: readonly W[]) => fc.constantFrom(...ws);
const note = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{8}$/),
    date: day,
    title: fc
      .string({ minLength: 1, maxLength: 60 })
      .map((t) => t.trim())
      .filter((t) => t.length > 0),
    note: fc.string({ maxLength: 120 }),
    url: fc.option(fc.constantFrom("https://openai.com/sora", "http://example.org/a?b=c", "https://www.coinbase.com/x"), {
      nil: undefined,
    }),
  })
  .map(({ url, ...rest }) => (url ? { ...rest, url } : rest));
/** Notes as Copy link would write them: as many as fit in the link. */
const notes = fc.option(
  fc
    .array(note, { minLength: 1, maxLength: 8 })
    .map((ns) => notesForLink(ns).kept)
    .filter((ns) => ns.length > 0),
  { nil: null },
);
const stage = () => ({ range: word(STAGE_RANGES), scale: word(STAGE_SCALES), log: fc.boolean() });

/** Any state a user could reach. */
const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    range: word(NARRATIVE_RANGES),
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    scale: word(SCALES),
    log: fc.boolean(),
    shown: fc.uniqueArray(word(SERIES_IDS), { maxLength: SERIES_IDS.length }),
    categories: fc.uniqueArray(word(EVENT_CATEGORIES), { maxLength: EVENT_CATEGORIES.length }),
    selectedEventId: fc.option(id, { nil: null }),
    benchmark: word(STUDY_BENCHMARK_IDS),
    windows: fc.array(window, { minLength: 1, maxLength: 5 }),
    carCategory: word(EVENT_CATEGORIES),
    carTarget: word(["basket", ...SERIES_IDS] as const),
    carHalfWidth: fc.integer({ min: 1, max: 10 }),
    data: fc.record(stage()),
    compute: fc.record(stage()),
    verification: fc.record(stage()),
    provenance: fc.record(stage()),
    project: fc.option(id, { nil: null }),
    view: fc.option(word(VIEW_IDS), { nil: null }),
    panel: fc.option(word(PANEL_IDS), { nil: null }),
    dataMode: word(DATA_MODES),
    notes,
    slide: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    presenter: fc.boolean(),
    asOf: day,
    claimStage: word(CLAIM_STAGE_FILTERS),
    claimStatus: word(CLAIM_STATUS_FILTERS),
    claimSort: word(CLAIM_SORTS),
    claimLens: word(CLAIM_LENSES),
    // At most 30 ids: the value stays within the 400 characters a link value may have (the view drops the oldest).
    claimOpen: fc.uniqueArray(word(CLAIM_IDS), { maxLength: 30 }),
    demandProject: word(DEMAND_PROJECTS),
    demandRange: word(DEMAND_RANGES),
    demandSort: word(DEMAND_SORTS),
    demandSortDirection: word(SORT_DIRECTIONS),
  })
  .map(({ data, compute, verification, provenance, ...rest }) => ({
    ...rest,
    dataRange: data.range,
    dataScale: data.scale,
    dataLog: data.log,
    computeRange: compute.range,
    computeScale: compute.scale,
    computeLog: compute.log,
    verificationRange: verification.range,
    verificationScale: verification.scale,
    verificationLog: verification.log,
    provenanceRange: provenance.range,
    provenanceScale: provenance.scale,
    provenanceLog: provenance.log,
  }));

/** Every value of a loaded state is one its own parser accepts: nothing invalid ever reaches the app. */
function isValid(state: ViewState): boolean {
  const reparsed = loadView(serializeView(state));
  return JSON.stringify(reparsed) === JSON.stringify(state);
}

// 12,000 generated states and query strings: about 3 s on a quiet 2-CPU machine, several times that with the CPUs
// busy, so 30 s per test instead of Vitest's 5 s. Pure CPU work: the bound stops a hang, it times nothing.
describe("URL schema properties", { timeout: 30_000 }, () => {
  it("parse(serialize(state)) equals state", () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(loadView(serializeView(state))).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it("any state serialises to under 2,000 characters", () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(serializeView(state).length).toBeLessThan(2000);
      }),
      { numRuns: 1000 },
    );
  });

  const keys = Object.keys(viewParsers).concat(["data-range", "compute-log", "__proto__", "constructor", "x"]);
  const randomQuery = fc
    .array(fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 20 }))), {
      maxLength: 8,
    })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`);
  const mutatedQuery = fc.tuple(viewState, fc.nat(), fc.string({ maxLength: 6 }), fc.boolean()).map(([state, at, junk, cut]) => {
    const q = serializeView(state);
    const i = q.length === 0 ? 0 : at % q.length;
    return cut ? q.slice(0, i) : q.slice(0, i) + junk + q.slice(i);
  });

  it("10,000 random and mutated query strings never throw and always yield a valid state", () => {
    fc.assert(
      fc.property(fc.oneof(randomQuery, mutatedQuery, fc.string({ maxLength: 60 })), (search) => {
        const state = loadView(search);
        expect(isValid(state)).toBe(true);
        expect(() => auditSearch(search)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  });
});

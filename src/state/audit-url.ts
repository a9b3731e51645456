import { parseAsDeck } from "./deck";
import { MAX_VALUE_LENGTH } from "./parsers";
import { URL_KEYS, urlKeys, viewParsers } from "./url-schema";

export interface UrlIssue {
  key: string;
  /** The offending value, shortened for display; always rendered as text. */
  value: string;
  reason: string;
}

const stateKeyOf = new Map<string, keyof typeof viewParsers>(
  (Object.keys(viewParsers) as (keyof typeof viewParsers)[]).map((k) => [(urlKeys as Record<string, string>)[k] ?? k, k]),
);

/** What each key accepts, in words, for the notice. */
const EXPECTED: Partial<Record<keyof typeof viewParsers, string>> = {
  range: "report, 1y, ytd, all or custom",
  scale: "rebased, pct or price",
  bench: "btc, eth or nvda",
  carcat: "an event category",
  carfor: "basket or a series id",
  panel: "data, compute, verification, provenance or narrative",
  mode: "sample or live",
  dataRange: "report, y2024, since-report or all",
  computeRange: "report, y2024, since-report or all",
  verificationRange: "report, y2024, since-report or all",
  provenanceRange: "report, y2024, since-report or all",
  dataScale: "rebased or price",
  computeScale: "rebased or price",
  verificationScale: "rebased or price",
  provenanceScale: "rebased or price",
  dataLog: "1 or 0",
  computeLog: "1 or 0",
  verificationLog: "1 or 0",
  provenanceLog: "1 or 0",
  from: "a calendar day written YYYY-MM-DD",
  to: "a calendar day written YYYY-MM-DD",
  log: "1 or 0",
  tokens: "series ids joined by dots, e.g. wld.fet.btc",
  cats: "event categories joined by dots",
  event: "an event id in kebab-case",
  win: "windows like -1~1,0~3,0~7 within ±30 days",
  carw: "a whole number from 1 to 10",
  project: "a project id in kebab-case",
  slide: "a slide number from 1 to 60",
  presenter: "1 or 0",
  asof: "a calendar day written YYYY-MM-DD",
  cstage: "all, a stage id or report-wide",
  cstatus: "all, holds, weakened, broken, no-data or not-testable",
  csort: "id, asof or now",
  notes: "notes encoded by Mirage's Copy link (at most 8, 1,200 characters)",
};

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
  const seen = new Set<string>();
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return issues;
  for (const piece of query.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const rawKey = eq < 0 ? piece : piece.slice(0, eq);
    const rawValue = eq < 0 ? "" : piece.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === undefined || value === undefined) {
      issues.push({ key: shorten(key ?? rawKey), value: shorten(rawValue), reason: "broken percent-encoding" });
      continue;
    }
    if (key === "deck") {
      if (seen.has(key)) issues.push({ key, value: shorten(value), reason: "repeated; the first value is used" });
      else if (parseAsDeck.parse(value) === null)
        issues.push({ key, value: shorten(value), reason: "not valid: expected mine or a deck written by Share deck" });
      seen.add(key);
      continue;
    }
    const stateKey = stateKeyOf.get(key);
    if (stateKey === undefined) {
      issues.push({ key: shorten(key), value: shorten(value), reason: "unknown parameter" });
      continue;
    }
    if (seen.has(key)) {
      issues.push({ key, value: shorten(value), reason: "repeated; the first value is used" });
      continue;
    }
    seen.add(key);
    if (value.length > MAX_VALUE_LENGTH) {
      issues.push({ key, value: shorten(value), reason: `too long (${value.length} characters)` });
      continue;
    }
    let parsed: unknown = null;
    try {
      parsed = viewParsers[stateKey].parse(value);
    } catch {
      parsed = null;
    }
    if (parsed === null) {
      issues.push({ key, value: shorten(value), reason: `not valid: expected ${EXPECTED[stateKey] ?? "one of the allowed values"}` });
    }
  }
  return issues;
}

export { URL_KEYS };

import { fetchText } from "@/sources/shared/http";
import { parseJson, parseWith } from "@/sources/shared/parse";
import { type Result, fail, ok } from "@/sources/shared/result";
import type { SourceMeta } from "@/sources/shared/series";
import { SourceError } from "@/sources/shared/source-error";
import { type AiEventRaw, AiEventsRaw, type EventCategory } from "./schema";

export const SAMPLE_EVENTS = { sourceId: "sample-events", sourceName: "Mirage AI events list (events.json)" } as const;

export interface AiEvent {
  id: string;
  date: string;
  title: string;
  summary: string;
  category: EventCategory;
  entities: string[];
  tokens: string[];
  source: { publisher: string; title: string; url: string };
  inReport: boolean;
  verified: boolean;
  evidence: string;
}

export interface AiEventList {
  events: AiEvent[];
  meta: SourceMeta;
}

export function eventsUrl(base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith("/") ? base : `${base}/`}data/events.json`;
}

const toEvent = (raw: AiEventRaw): AiEvent => ({
  id: raw.id,
  date: raw.date,
  title: raw.title,
  summary: raw.summary,
  category: raw.category,
  entities: raw.entities,
  tokens: raw.tokens,
  source: raw.source,
  inReport: raw.in_report,
  verified: raw.verified,
  evidence: raw.evidence,
});

export async function fetchAiEvents(options: { signal?: AbortSignal | undefined } = {}): Promise<Result<AiEventList>> {
  const url = eventsUrl();
  const text = await fetchText(SAMPLE_EVENTS, url, { signal: options.signal, accept: "application/json" });
  if (!text.ok) return text;
  const json = parseJson(text.data, SAMPLE_EVENTS, url);
  if (!json.ok) return json;
  const rows = parseWith(AiEventsRaw, json.data, SAMPLE_EVENTS, url);
  if (!rows.ok) return rows;
  const events = rows.data.map(toEvent).sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  const first = events[0];
  const last = events[events.length - 1];
  if (first === undefined || last === undefined) return fail(new SourceError({ ...SAMPLE_EVENTS, url, kind: "empty" }));
  return ok({
    events,
    meta: {
      ...SAMPLE_EVENTS,
      sourceUrl: `${url.replace(/events\.json$/, "")}EVENTS.md`,
      requestUrl: url,
      asOf: last.date,
      range: { from: first.date, to: last.date },
      fetchedAt: new Date().toISOString(),
      isSample: true,
      note: "Curated list; every event links its own source.",
    },
  });
}

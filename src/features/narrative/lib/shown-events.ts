import type { AiEvent } from "@/sources/sample-events";
import type { Note } from "@/state/notes";
import type { ShownCategory } from "../config";

/** What the rail, the list and the study take: curated events and the analyst's notes, one shape. */
export type ShownEvent = Omit<AiEvent, "category"> & { category: ShownCategory; isNote?: true };

export const noteEventId = (id: string) => `note-${id}`;

export function noteToEvent(n: Note): ShownEvent {
  return {
    id: noteEventId(n.id),
    date: n.date,
    title: n.title,
    summary: n.note,
    category: "note",
    entities: [],
    tokens: [],
    source: { publisher: "Your note", title: n.title, url: n.url ?? "" },
    inReport: false,
    verified: false,
    evidence: "Added by the analyst.",
    isNote: true,
  };
}

/** Curated events and notes in date order; notes after curated events of the same day. */
export function mergeEvents(curated: readonly AiEvent[], notes: readonly Note[]): ShownEvent[] {
  const all: ShownEvent[] = [...curated, ...notes.map(noteToEvent)];
  return all.sort((a, b) => (a.date === b.date ? Number(!!a.isNote) - Number(!!b.isNote) : a.date < b.date ? -1 : 1));
}

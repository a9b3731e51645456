import { createParser } from "nuqs";
import { z } from "@/content/zod";
import { isCalendarDay } from "./parsers";

/**
 * The analyst's own events: a date, a title, a note and an optional link. They travel in shared links (the `notes`
 * key, base64url JSON) and stay in local storage as the analyst's notebook. Both paths go through the same schema;
 * the text is only ever rendered as text.
 */
export const MAX_NOTES = 8;
/** The encoded `notes` value may not exceed this, so any view still serialises under 2,000 characters. */
export const MAX_NOTES_PARAM = 1200;

export const NoteSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]{4,16}$/)),
  date: z.string().check(z.refine(isCalendarDay, "expected a calendar day YYYY-MM-DD")),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  note: z._default(z.string().check(z.maxLength(280)), ""),
  url: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(200))),
});
export type Note = z.infer<typeof NoteSchema>;

export const NotesSchema = z.array(NoteSchema).check(z.maxLength(MAX_NOTES));

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return undefined;
  try {
    const bin = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Compact on the wire: [id, date, title, note, url?] per note. */
export function encodeNotes(notes: readonly Note[]): string {
  return toBase64Url(JSON.stringify(notes.map((n) => (n.url ? [n.id, n.date, n.title, n.note, n.url] : [n.id, n.date, n.title, n.note]))));
}

const WireSchema = z.array(z.array(z.string()).check(z.minLength(4), z.maxLength(5)));

export function decodeNotes(value: string): Note[] | null {
  if (value.length > MAX_NOTES_PARAM) return null;
  const text = fromBase64Url(value);
  if (text === undefined) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const wire = WireSchema.safeParse(raw);
  if (!wire.success) return null;
  const notes = NotesSchema.safeParse(
    wire.data.map(([id, date, title, note, url]) => ({ id, date, title, note, ...(url ? { url } : {}) })),
  );
  return notes.success ? notes.data : null;
}

export const parseAsNotes = createParser<Note[]>({
  parse: decodeNotes,
  serialize: encodeNotes,
  eq: (a, b) => JSON.stringify(a) === JSON.stringify(b),
});

/** Keeps as many notes as fit in a link, in order; says how many were left out. */
export function notesForLink(notes: readonly Note[]): { kept: Note[]; left: number } {
  const kept: Note[] = [];
  for (const n of notes.slice(0, MAX_NOTES)) {
    if (encodeNotes([...kept, n]).length > MAX_NOTES_PARAM) break;
    kept.push(n);
  }
  return { kept, left: notes.length - kept.length };
}

export function newNoteId(random: () => number = Math.random): string {
  return Array.from({ length: 8 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36)]).join("");
}

import { z } from "@/content/zod";
import { type Loaded, loadList, saveList } from "./local-store";
import { NoteSchema, type NotesSchema } from "./notes";

/** A named view: the URL query that reproduces it. Validated on load like everything read from storage. */
export const SavedViewSchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9]{4,16}$/)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
    search: z.string().check(z.maxLength(2000), z.regex(/^(\?.*)?$/, "a query string starting with ?")),
    savedAt: z.iso.datetime(),
  }),
);
export type SavedView = z.infer<typeof SavedViewSchema>;

export const VIEWS_KEY = "mirage:views";
export const NOTES_KEY = "mirage:notes";

export const loadSavedViews = (store?: Pick<Storage, "getItem">): Loaded<SavedView> => loadList(VIEWS_KEY, SavedViewSchema, store);
export const storeSavedViews = (views: readonly SavedView[], store?: Pick<Storage, "setItem">) => saveList(VIEWS_KEY, views, store);
export const loadNotebook = (store?: Pick<Storage, "getItem">) => loadList(NOTES_KEY, NoteSchema, store);
export const storeNotebook = (notes: readonly z.infer<typeof NoteSchema>[], store?: Pick<Storage, "setItem">) =>
  saveList(NOTES_KEY, notes, store);

/** The file format of "Export views": versioned, so a future Mirage can read today's files. */
const ExportFile = z.lazy(() =>
  z.object({
    format: z.literal("mirage-views"),
    version: z.literal(1),
    exportedAt: z.string(),
    views: z.array(z.unknown()),
    notes: z._default(z.array(z.unknown()), []),
  }),
);

export function exportViewsFile(views: readonly SavedView[], notes: readonly z.infer<typeof NoteSchema>[], now: Date = new Date()): string {
  return JSON.stringify({ format: "mirage-views", version: 1, exportedAt: now.toISOString(), views, notes }, null, 2);
}

export interface ImportResult {
  views: SavedView[];
  notes: z.infer<typeof NotesSchema>;
  dropped: number;
  error?: string;
}

/** Reads an exported file; bad entries are dropped and counted, a file that is not ours is refused with a reason. */
export function importViewsFile(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { views: [], notes: [], dropped: 0, error: "the file is not JSON" };
  }
  const file = ExportFile.safeParse(raw);
  if (!file.success)
    return { views: [], notes: [], dropped: 0, error: "the file is not a Mirage views export (format mirage-views, version 1)" };
  const views: SavedView[] = [];
  const notes: z.infer<typeof NotesSchema> = [];
  let dropped = 0;
  for (const v of file.data.views) {
    const p = SavedViewSchema.safeParse(v);
    if (p.success) views.push(p.data);
    else dropped += 1;
  }
  for (const n of file.data.notes) {
    const p = NoteSchema.safeParse(n);
    if (p.success) notes.push(p.data);
    else dropped += 1;
  }
  return { views, notes, dropped };
}

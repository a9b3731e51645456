import { type Note, newNoteId } from "./notes";
import { notebookStore, useNotebook } from "./use-local-lists";
import { useViewState, viewSlice } from "./use-view-state";

/**
 * The notes on screen: the analyst's own (the notebook in local storage) and, beside them, those a link carries.
 * A link's notes never replace the analyst's: adding, editing and removing act on the notebook only; a link note can
 * be kept (copied into the notebook) or set aside (taken out of the view's URL). A link note with the id of one of the
 * analyst's own (their own link, opened again) is shown once, as theirs.
 */
const SLICE = viewSlice(["notes"]);

export function mergeNotes(mine: readonly Note[], fromLink: readonly Note[]): { linkOnly: Note[]; all: Note[] } {
  const ids = new Set(mine.map((n) => n.id));
  const linkOnly = fromLink.filter((n) => !ids.has(n.id));
  return { linkOnly, all: [...mine, ...linkOnly] };
}

export function useNotes() {
  const [url, setUrl] = useViewState(SLICE);
  const mine = useNotebook();
  const { linkOnly, all } = mergeNotes(mine, url.notes ?? []);
  const setLink = (next: Note[]) => void setUrl({ notes: next.length > 0 ? next : null });
  return {
    /** Everything on screen: the analyst's notes, then the link's. */
    notes: all,
    mine,
    /** The link's notes that are not also the analyst's. */
    fromLink: linkOnly,
    add: (n: Omit<Note, "id">) => notebookStore.set([...mine, { ...n, id: newNoteId() }]),
    update: (n: Note) => notebookStore.set(mine.map((m) => (m.id === n.id ? n : m))),
    remove: (id: string) => notebookStore.set(mine.filter((m) => m.id !== id)),
    /** Copies a link note into the analyst's notes. */
    keep: (n: Note) => notebookStore.set([...mine, n]),
    /** Takes a link note off this view (it stays in the link that was opened). */
    setAside: (id: string) => setLink((url.notes ?? []).filter((m) => m.id !== id)),
  };
}

import { type Note, newNoteId } from "./notes";
import { notebookStore, useNotebook } from "./use-local-lists";
import { useViewState, viewSlice } from "./use-view-state";

/**
 * The notes on screen: those a link carries, or else the analyst's notebook. Any edit writes both, so a note added
 * here is in the next copied link and still there tomorrow.
 */
const SLICE = viewSlice(["notes"]);

export function useNotes() {
  const [url, setUrl] = useViewState(SLICE);
  const notebook = useNotebook();
  const notes = url.notes ?? notebook;
  const fromLink = url.notes !== null;
  const write = (next: Note[]) => {
    notebookStore.set(next);
    void setUrl({ notes: next.length > 0 ? next : null });
  };
  return {
    notes,
    fromLink,
    add: (n: Omit<Note, "id">) => write([...notes, { ...n, id: newNoteId() }]),
    update: (n: Note) => write(notes.map((m) => (m.id === n.id ? n : m))),
    remove: (id: string) => write(notes.filter((m) => m.id !== id)),
  };
}

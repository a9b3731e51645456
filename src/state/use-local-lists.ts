import { useSyncExternalStore } from "react";
import { type Slide, loadDeck, storeDeck } from "./deck";
import { type Note, newNoteId } from "./notes";
import { type SavedView, loadNotebook, loadSavedViews, storeNotebook, storeSavedViews } from "./saved-views";
import { useUiStore } from "./ui-store";

/**
 * Saved views and the notes notebook live in local storage. They are read once, validated entry by entry (what
 * fails is dropped and announced), then kept in memory; every change writes through.
 */
export function createListStore<T>(
  load: () => { items: T[]; dropped: number; corrupted: boolean },
  save: (items: readonly T[]) => boolean,
  what: string,
) {
  let items: T[] | null = null;
  const listeners = new Set<() => void>();
  const get = () => {
    if (items === null) {
      const loaded = load();
      items = loaded.items;
      if (loaded.corrupted) useUiStore.getState().notify(`Your saved ${what} could not be read and were reset.`, "warn");
      else if (loaded.dropped > 0)
        useUiStore
          .getState()
          .notify(
            `${loaded.dropped} saved ${what} ${loaded.dropped === 1 ? "entry was" : "entries were"} damaged and dropped; the rest are kept.`,
            "warn",
          );
    }
    return items;
  };
  const set = (next: T[]) => {
    items = next;
    if (!save(next)) useUiStore.getState().notify(`Your ${what} could not be stored on this device (storage full or blocked).`, "warn");
    for (const l of listeners) l();
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const reset = () => {
    items = null;
  };
  return { get, set, subscribe, reset };
}

export const savedViewsStore = createListStore<SavedView>(
  () => loadSavedViews(),
  (v) => storeSavedViews(v),
  "views",
);
export const notebookStore = createListStore<Note>(
  () => loadNotebook(),
  (n) => storeNotebook(n),
  "notes",
);
export const deckStore = createListStore<Slide>(
  () => loadDeck(),
  (d) => storeDeck(d),
  "slides",
);

export function useMyDeck() {
  return useSyncExternalStore(deckStore.subscribe, deckStore.get, deckStore.get);
}

export function useSavedViews() {
  const views = useSyncExternalStore(savedViewsStore.subscribe, savedViewsStore.get, savedViewsStore.get);
  return {
    views,
    save: (name: string, search: string, now = new Date()) =>
      savedViewsStore.set([
        ...views,
        { id: newNoteId(), name: name.trim().slice(0, 80) || "Untitled view", search, savedAt: now.toISOString() },
      ]),
    rename: (id: string, name: string) =>
      savedViewsStore.set(views.map((v) => (v.id === id ? { ...v, name: name.trim().slice(0, 80) || v.name } : v))),
    remove: (id: string) => savedViewsStore.set(views.filter((v) => v.id !== id)),
    addMany: (more: readonly SavedView[]) => savedViewsStore.set([...views, ...more.filter((m) => !views.some((v) => v.id === m.id))]),
  };
}

export function useNotebook() {
  return useSyncExternalStore(notebookStore.subscribe, notebookStore.get, notebookStore.get);
}

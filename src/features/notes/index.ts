import { lazyView } from "@/ui/lazy-view";

// Shown in the Narrative view only: it loads with that view, not with the first screen.
export const NotesEditor = lazyView(() => import("./notes-editor").then((m) => m.NotesEditor));

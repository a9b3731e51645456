import { type Note, encodeNotes, notesForLink } from "@/state/notes";

/**
 * The link for the current view, with the notes on screen (the analyst's own and those the opened link carried, as
 * many as fit) so the recipient sees them too. Pure, so the link a click produces is testable.
 */
export function linkForView(href: string, notes: readonly Note[]): { url: string; notesLeftOut: number } {
  const url = new URL(href);
  url.hash = "";
  url.searchParams.delete("notes");
  if (notes.length === 0) return { url: url.toString(), notesLeftOut: 0 };
  const { kept, left } = notesForLink(notes);
  if (kept.length > 0) url.searchParams.set("notes", encodeNotes(kept));
  return { url: url.toString(), notesLeftOut: left };
}

/** Clipboard access can be refused (permissions, insecure origin); the caller then shows the link to copy by hand. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

import { useId, useRef, useState } from "react";
import { useNotes } from "@/state/use-notes";
import { exportViewsFile, importViewsFile } from "@/state/saved-views";
import { notebookStore, useSavedViews } from "@/state/use-local-lists";
import { useUiStore } from "@/state/ui-store";
import { downloadBlob } from "@/ui/export/csv";
import { linkForView, writeClipboard } from "./copy-link";
import { SavedViewList } from "./saved-view-list";
import { plural } from "@/ui/plural";

/** Copy link, save the view, and the saved views themselves, in one disclosure in the header. */
export function ViewsMenu() {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [name, setName] = useState("");
  const panelId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const { views, save, rename, remove, addMany } = useSavedViews();
  const { notes, mine } = useNotes();
  const notify = useUiStore((s) => s.notify);

  const copy = async () => {
    const { url, notesLeftOut } = linkForView(window.location.href, notes);
    const ok = await writeClipboard(url);
    const extra =
      notesLeftOut > 0 ? ` ${plural(notesLeftOut, "note")} ${notesLeftOut === 1 ? "was" : "were"} too long to fit and left out.` : "";
    setCopied(ok ? `Link copied.${extra}` : `Copy this link: ${url}`);
  };

  const exportFile = () => {
    downloadBlob(
      new Blob([exportViewsFile(views, mine)], { type: "application/json" }),
      `mirage-views-${new Date().toISOString().slice(0, 10)}.json`,
    );
  };

  const importFile = async (file: File) => {
    const result = importViewsFile(await file.text());
    if (result.error) {
      notify(`Import refused: ${result.error}.`, "warn");
      return;
    }
    addMany(result.views);
    if (result.notes.length > 0)
      notebookStore.set([...notebookStore.get(), ...result.notes.filter((n) => !notebookStore.get().some((m) => m.id === n.id))]);
    notify(
      `Imported ${plural(result.views.length, "view")} and ${plural(result.notes.length, "note")}${
        result.dropped > 0
          ? `; ${plural(result.dropped, "damaged entry", "damaged entries")} ${result.dropped === 1 ? "was" : "were"} dropped`
          : ""
      }.`,
    );
  };

  return (
    <div className="relative">
      <div className="flex items-center gap-2">
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink-2 hover:bg-surface-2"
        >
          Copy link
        </button>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          className="rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink-2 hover:bg-surface-2"
        >
          Saved views ({views.length})
        </button>
      </div>
      <p role="status" className="absolute right-0 top-full mt-1 max-w-md text-right text-xs text-ink-2">
        {copied}
      </p>
      {open ? (
        <div
          id={panelId}
          className="absolute right-0 top-full z-30 mt-7 w-[26rem] rounded-lg border border-line bg-surface p-3 text-sm shadow-lg"
        >
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              save(name, new URL(linkForView(window.location.href, notes).url).search);
              setName("");
            }}
          >
            <label className="sr-only" htmlFor={`${panelId}-name`}>
              Name for the current view
            </label>
            <input
              id={`${panelId}-name`}
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.target.value)}
              placeholder="Name this view"
              className="min-w-0 flex-1 rounded border border-line bg-surface px-2 py-1 text-ink"
            />
            <button type="submit" className="rounded-md bg-accent px-3 py-1 text-xs font-semibold text-accent-ink">
              Save view
            </button>
          </form>
          <SavedViewList views={views} onRename={rename} onRemove={remove} onOpened={() => setOpen(false)} />
          <div className="mt-3 flex gap-3 border-t border-line pt-2 text-xs">
            <button type="button" onClick={exportFile} className="text-accent underline">
              Export views (JSON)
            </button>
            <button type="button" onClick={() => fileRef.current?.click()} className="text-accent underline">
              Import views
            </button>
            <input
              ref={fileRef}
              type="file"
              accept="application/json,.json"
              className="hidden"
              aria-label="Import views file"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void importFile(f);
                e.target.value = "";
              }}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}

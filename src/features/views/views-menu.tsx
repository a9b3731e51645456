import { useId, useState } from "react";
import { useNotes } from "@/state/use-notes";
import { exportViewsFile, importViewsFile } from "@/state/saved-views";
import { notebookStore, useSavedViews } from "@/state/use-local-lists";
import { useUiStore } from "@/state/ui-store";
import { downloadBlob } from "@/ui/export/csv";
import { linkForView, writeClipboard } from "./copy-link";
import { SavedViewList } from "./saved-view-list";
import { plural } from "@/ui/plural";
import { Button, ImportJsonButton } from "@/ui/button";
import { Menu, MenuActions } from "@/ui/menu";

/** Copy link, save the view, and the saved views themselves, in one disclosure in the header. */
export function ViewsMenu() {
  const [copied, setCopied] = useState<string | null>(null);
  const [name, setName] = useState("");
  const panelId = useId();
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

  const importText = (text: string) => {
    const result = importViewsFile(text);
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
        <Button onClick={() => void copy()}>Copy link</Button>
        <Menu label={`Saved views (${views.length})`} status={copied} width="w-[26rem]">
          {(close) => (
            <>
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
                <Button type="submit" tone="primary">
                  Save view
                </Button>
              </form>
              <SavedViewList views={views} onRename={rename} onRemove={remove} onOpened={close} />
              <MenuActions>
                <Button tone="link" onClick={exportFile}>
                  Export views (JSON)
                </Button>
                <ImportJsonButton label="Import views" fileLabel="Import views file" onText={importText} />
              </MenuActions>
            </>
          )}
        </Menu>
      </div>
    </div>
  );
}

import { useState } from "react";
import type { SavedView } from "@/state/saved-views";
import { useOpenView } from "@/state/open-view";

interface SavedViewListProps {
  views: readonly SavedView[];
  onRename: (id: string, name: string) => void;
  onRemove: (id: string) => void;
  /** Called once a view has been opened, so the menu it came from can close. */
  onOpened?: () => void;
}

/** Each saved view: open it (a history entry, so Back returns), rename it, delete it. Names render as text only. */
export function SavedViewList({ views, onRename, onRemove, onOpened }: SavedViewListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const openView = useOpenView();
  if (views.length === 0) return <p className="mt-2 text-xs text-ink-3">No saved views yet. Name the current view above to keep it.</p>;
  return (
    <ul aria-label="Saved views" className="mt-2 max-h-64 space-y-1 overflow-y-auto">
      {views.map((v) => (
        <li key={v.id} className="flex items-center gap-2 rounded border border-line px-2 py-1">
          {editing === v.id ? (
            <form
              className="flex flex-1 gap-1"
              onSubmit={(e) => {
                e.preventDefault();
                onRename(v.id, draft);
                setEditing(null);
              }}
            >
              <input
                aria-label={`New name for ${v.name}`}
                value={draft}
                maxLength={80}
                onChange={(e) => setDraft(e.target.value)}
                className="min-w-0 flex-1 rounded border border-line bg-surface px-1 text-ink"
              />
              <button type="submit" className="text-xs font-semibold text-accent underline">
                Done
              </button>
            </form>
          ) : (
            <>
              <button
                type="button"
                onClick={() => {
                  openView(v.search);
                  onOpened?.();
                }}
                className="min-w-0 flex-1 truncate text-left font-medium text-ink hover:text-accent"
              >
                {v.name}
              </button>
              <span className="text-[11px] text-ink-3">{v.savedAt.slice(0, 10)}</span>
              <button
                type="button"
                onClick={() => {
                  setEditing(v.id);
                  setDraft(v.name);
                }}
                className="text-xs text-accent underline"
              >
                Rename<span className="sr-only"> {v.name}</span>
              </button>
              <button type="button" onClick={() => onRemove(v.id)} className="text-xs text-bad underline">
                Delete<span className="sr-only"> {v.name}</span>
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

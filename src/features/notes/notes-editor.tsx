import { useState } from "react";
import { type Note, NoteSchema } from "@/state/notes";
import { useNotes } from "@/state/use-notes";
import { plural } from "@/ui/plural";

const EMPTY = { date: "", title: "", note: "", url: "" };

/**
 * The analyst's own events: add, edit and remove notes that sit on the narrative chart beside the curated events.
 * Notes a link carries are listed apart, labelled as the link's: they never replace the analyst's, and can be kept or
 * set aside. Input goes through the same schema as stored and linked notes; every text renders as text.
 */
export function NotesEditor() {
  const { mine, fromLink, add, update, remove, keep, setAside } = useNotes();
  const [draft, setDraft] = useState(EMPTY);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const candidate = {
      id: editingId ?? "draft0000",
      date: draft.date,
      title: draft.title,
      note: draft.note,
      ...(draft.url.trim() ? { url: draft.url.trim() } : {}),
    };
    const parsed = NoteSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => `${String(i.path[0] ?? "note")}: ${i.message}`).join("; "));
      return;
    }
    setError(null);
    if (editingId) update(parsed.data);
    else {
      const { id: _ignored, ...rest } = parsed.data;
      add(rest);
    }
    setDraft(EMPTY);
    setEditingId(null);
  };

  const edit = (n: Note) => {
    setEditingId(n.id);
    setDraft({ date: n.date, title: n.title, note: n.note, url: n.url ?? "" });
  };

  return (
    <section aria-labelledby="notes-title" className="rounded-lg border border-line p-3">
      <h3 id="notes-title" className="text-sm font-semibold text-ink">
        Notes on the chart
      </h3>
      <p className="text-xs text-ink-3">Your notes are kept on this device and included in copied links and saved views.</p>
      <form
        className="mt-2 grid grid-cols-2 gap-2 text-xs"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="flex flex-col gap-0.5">
          Date
          <input
            type="date"
            required
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
            className="rounded border border-line bg-surface px-1 py-0.5 text-ink"
          />
        </label>
        <label className="flex flex-col gap-0.5">
          Title
          <input
            required
            maxLength={80}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            className="rounded border border-line bg-surface px-1 py-0.5 text-ink"
          />
        </label>
        <label className="col-span-2 flex flex-col gap-0.5">
          Note
          <textarea
            maxLength={280}
            rows={2}
            value={draft.note}
            onChange={(e) => setDraft({ ...draft, note: e.target.value })}
            className="rounded border border-line bg-surface px-1 py-0.5 text-ink"
          />
        </label>
        <label className="col-span-2 flex flex-col gap-0.5">
          Link (optional)
          <input
            type="url"
            maxLength={200}
            value={draft.url}
            onChange={(e) => setDraft({ ...draft, url: e.target.value })}
            placeholder="https://…"
            className="rounded border border-line bg-surface px-1 py-0.5 text-ink"
          />
        </label>
        <div className="col-span-2 flex items-center gap-3">
          <button type="submit" className="rounded-md bg-accent px-3 py-1 font-semibold text-accent-ink">
            {editingId ? "Save note" : "Add note"}
          </button>
          {editingId ? (
            <button
              type="button"
              className="text-accent underline"
              onClick={() => {
                setEditingId(null);
                setDraft(EMPTY);
              }}
            >
              Cancel
            </button>
          ) : null}
          {error ? (
            <p role="alert" className="text-bad">
              {error}
            </p>
          ) : null}
        </div>
      </form>
      {mine.length > 0 ? (
        <ul aria-label="Your notes" className="mt-2 space-y-1 text-xs">
          {mine.map((n) => (
            <li key={n.id} className="flex items-start justify-between gap-2 rounded border border-line px-2 py-1">
              <span className="min-w-0">
                <time dateTime={n.date} className="text-ink-3">
                  {n.date}
                </time>{" "}
                <span className="font-medium text-ink">{n.title}</span>
              </span>
              <span className="flex shrink-0 gap-2">
                <button type="button" className="text-accent underline" onClick={() => edit(n)}>
                  Edit<span className="sr-only"> {n.title}</span>
                </button>
                <button type="button" className="text-bad underline" onClick={() => remove(n.id)}>
                  Remove<span className="sr-only"> {n.title}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {fromLink.length > 0 ? (
        <div className="mt-3">
          <p className="text-xs text-ink-3">
            {plural(fromLink.length, "note")} from the link you opened, shown beside yours. {fromLink.length === 1 ? "It is" : "They are"}{" "}
            not saved on this device unless you keep {fromLink.length === 1 ? "it" : "them"}.
          </p>
          <ul aria-label="Notes from the link" className="mt-1 space-y-1 text-xs">
            {fromLink.map((n) => (
              <li key={n.id} className="flex items-start justify-between gap-2 rounded border border-dashed border-line px-2 py-1">
                <span className="min-w-0">
                  <time dateTime={n.date} className="text-ink-3">
                    {n.date}
                  </time>{" "}
                  <span className="font-medium text-ink">{n.title}</span> <span className="text-ink-3">(from the link)</span>
                </span>
                <span className="flex shrink-0 gap-2">
                  <button type="button" className="text-accent underline" onClick={() => keep(n)}>
                    Keep<span className="sr-only"> {n.title} in your notes</span>
                  </button>
                  <button type="button" className="text-ink-2 underline" onClick={() => setAside(n.id)}>
                    Set aside<span className="sr-only"> {n.title}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

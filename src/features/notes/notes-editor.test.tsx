import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Note, encodeNotes } from "@/state/notes";
import { NOTES_KEY } from "@/state/saved-views";
import { notebookStore } from "@/state/use-local-lists";
import { renderWithClient } from "@/test/render";
import { NotesEditor } from "./notes-editor";

const mine: Note = { id: "mine0001", date: "2024-02-15", title: "My Sora note", note: "" };
const theirs: Note = { id: "link0001", date: "2024-01-30", title: "Colleague's note", note: "" };

const stored = () => (JSON.parse(localStorage.getItem(NOTES_KEY) ?? "{}").items ?? []) as Note[];

describe("notes from a link beside your own", () => {
  beforeEach(() => {
    localStorage.clear();
    notebookStore.reset();
    notebookStore.set([mine]);
  });
  afterEach(() => {
    localStorage.clear();
    notebookStore.reset();
  });

  it("shows the link's notes apart, labelled, and adding a note saves to yours without replacing them", async () => {
    const user = userEvent.setup();
    const onUrlUpdate = vi.fn();
    renderWithClient(<NotesEditor />, { search: `?notes=${encodeNotes([theirs])}`, onUrlUpdate });
    expect(screen.getByRole("list", { name: "Your notes" })).toHaveTextContent("My Sora note");
    expect(screen.getByRole("list", { name: "Notes from the link" })).toHaveTextContent("Colleague's note (from the link)");
    expect(screen.getByText(/^1 note from the link you opened, shown beside yours\./)).toBeInTheDocument();

    await user.type(screen.getByLabelText("Date"), "2024-03-01");
    await user.type(screen.getByLabelText("Title"), "Added today");
    await user.click(screen.getByRole("button", { name: "Add note" }));

    // Saved to your notes, with the one you had; the link's note is not written over them, nor are they over it.
    expect(stored().map((n) => n.title)).toEqual(["My Sora note", "Added today"]);
    expect(within(screen.getByRole("list", { name: "Your notes" })).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByRole("list", { name: "Notes from the link" })).toHaveTextContent("Colleague's note");
    expect(onUrlUpdate).not.toHaveBeenCalled();
    // The box never says that your own notes came with the link.
    expect(screen.queryByText(/These notes came with the link/)).toBeNull();
  });

  it("keeps a link note in your notes on request, and sets one aside without touching yours", async () => {
    const user = userEvent.setup();
    const onUrlUpdate = vi.fn();
    renderWithClient(<NotesEditor />, { search: `?notes=${encodeNotes([theirs])}`, onUrlUpdate });
    await user.click(screen.getByRole("button", { name: /^Keep ?Colleague's note in your notes$/ }));
    expect(stored().map((n) => n.id)).toEqual(["mine0001", "link0001"]);
    // Now yours: shown once, in your list.
    expect(screen.queryByRole("list", { name: "Notes from the link" })).toBeNull();
    expect(within(screen.getByRole("list", { name: "Your notes" })).getAllByRole("listitem")).toHaveLength(2);
  });

  it("sets a link note aside: it leaves the view's URL, your notes stay", async () => {
    const user = userEvent.setup();
    const onUrlUpdate = vi.fn();
    renderWithClient(<NotesEditor />, { search: `?notes=${encodeNotes([theirs])}`, onUrlUpdate });
    await user.click(screen.getByRole("button", { name: /^Set aside ?Colleague's note$/ }));
    expect(onUrlUpdate.mock.lastCall?.[0].searchParams.get("notes")).toBeNull();
    expect(stored().map((n) => n.id)).toEqual(["mine0001"]);
  });
});

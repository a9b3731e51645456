import { describe, expect, it } from "vitest";
import { decodeNotes, encodeNotes } from "@/state/notes";
import { linkForView } from "./copy-link";

const note = { id: "abcd1234", date: "2024-02-15", title: "Sora", note: "" };

describe("linkForView", () => {
  it("copies the view as it is, without the in-page anchor", () => {
    expect(linkForView("https://mirage.test/?range=all#narrative", []).url).toBe("https://mirage.test/?range=all");
  });

  it("writes local notes into the link so the recipient sees them", () => {
    const { url } = linkForView("https://mirage.test/?range=all", [note]);
    const notes = new URL(url).searchParams.get("notes");
    expect(notes && decodeNotes(notes)).toEqual([note]);
  });

  it("carries the notes on screen, yours beside the opened link's, in place of the link's alone", () => {
    const theirs = { id: "link0001", date: "2024-01-30", title: "From a colleague", note: "" };
    const href = `https://mirage.test/?range=all&notes=${encodeNotes([theirs])}`;
    const { url } = linkForView(href, [note, theirs]);
    const notes = new URL(url).searchParams.get("notes");
    expect(notes && decodeNotes(notes)).toEqual([note, theirs]);
    expect(new URL(url).searchParams.getAll("notes")).toHaveLength(1);
  });
});

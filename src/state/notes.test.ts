import { describe, expect, it } from "vitest";
import { MAX_NOTES_PARAM, type Note, decodeNotes, encodeNotes, notesForLink } from "./notes";

const note = (i: number, extra: Partial<Note> = {}): Note => ({
  id: `note${String(i).padStart(4, "0")}`,
  date: "2024-02-15",
  title: `Sora ${i}`,
  note: "",
  ...extra,
});

describe("notes in links", () => {
  it("round-trips notes, including non-Latin text and links", () => {
    const notes = [note(1, { note: "WLD 一周内翻倍 — check volume", url: "https://openai.com/sora" }), note(2)];
    expect(decodeNotes(encodeNotes(notes))).toEqual(notes);
  });

  it("refuses tampered, foreign or oversized values instead of half-reading them", () => {
    expect(decodeNotes("not base64 !")).toBeNull();
    expect(decodeNotes(btoa(JSON.stringify({ a: 1 })))).toBeNull();
    expect(decodeNotes(encodeNotes([note(1)]).slice(0, -3))).toBeNull();
    expect(decodeNotes("A".repeat(MAX_NOTES_PARAM + 1))).toBeNull();
    // A javascript: link never passes the schema.
    const evil = btoa(JSON.stringify([["abcd1234", "2024-01-01", "x", "", "javascript:alert(1)"]])).replace(/=+$/, "");
    expect(decodeNotes(evil)).toBeNull();
  });

  it("keeps as many notes as fit in a link and says how many were left out", () => {
    const long = Array.from({ length: 8 }, (_, i) => note(i, { note: "x".repeat(280), title: "t".repeat(80) }));
    const { kept, left } = notesForLink(long);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length + left).toBe(8);
    expect(encodeNotes(kept).length).toBeLessThanOrEqual(MAX_NOTES_PARAM);
  });
});

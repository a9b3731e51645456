import { describe, expect, it } from "vitest";
import { decodeNotes } from "@/state/notes";
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

  it("leaves a link that already carries notes unchanged", () => {
    const href = "https://mirage.test/?notes=abc";
    expect(linkForView(href, [note]).url).toBe(href);
  });
});

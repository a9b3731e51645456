import { describe, expect, it } from "vitest";
import { SettingsSchema } from "@/state/settings";
import { NoteSchema } from "@/state/notes";
import { z } from "./zod";

// zod/mini carries no messages of its own (every issue reads "Invalid input"); the app's `z` loads zod's English ones,
// which the settings dialog, the notes editor and the sources' schema-drift details show.
describe("the app's zod", () => {
  const messages = (schema: z.ZodMiniType, value: unknown) => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it("says what is wrong in English, as full zod did", () => {
    expect(messages(z.object({ n: z.number() }), { n: "1" })).toEqual(["Invalid input: expected number, received string"]);
    expect(messages(z.string().check(z.minLength(3)), "ab")).toEqual(["Too small: expected string to have >=3 characters"]);
    expect(messages(z.number().check(z.int(), z.nonnegative()), -1.5)).toEqual(["Invalid input: expected int, received number"]);
    expect(messages(z.number().check(z.int(), z.nonnegative()), -1)).toEqual(["Too small: expected number to be >=0"]);
  });

  it("keeps the messages the settings and notes forms show", () => {
    expect(messages(SettingsSchema, { version: 1, coingeckoKey: "k".repeat(81) })).toEqual([
      "Too big: expected string to have <=80 characters",
    ]);
    expect(messages(SettingsSchema, { version: 1, coingeckoKey: "a b" })).toEqual(["letters, digits, - and _ only"]);
    expect(messages(NoteSchema, { id: "abcd", date: "2024-02-30", title: " ", url: "ftp://x.org" })).toEqual([
      "expected a calendar day YYYY-MM-DD",
      "Too small: expected string to have >=1 characters",
      "Invalid URL",
    ]);
  });
});

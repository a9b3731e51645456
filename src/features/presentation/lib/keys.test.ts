import { describe, expect, it } from "vitest";
import { commandForKey, targetSlide } from "./keys";

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...extra,
});

describe("deck keys", () => {
  it("maps clicker and keyboard keys", () => {
    for (const k of ["ArrowRight", "PageDown", " "]) expect(commandForKey(key(k))).toEqual({ type: "next" });
    for (const k of ["ArrowLeft", "PageUp"]) expect(commandForKey(key(k))).toEqual({ type: "prev" });
    expect(commandForKey(key(" ", { shiftKey: true }))).toEqual({ type: "prev" });
    expect(commandForKey(key("Home"))).toEqual({ type: "first" });
    expect(commandForKey(key("End"))).toEqual({ type: "last" });
    expect(commandForKey(key("f"))).toEqual({ type: "fullscreen" });
    expect(commandForKey(key("Escape"))).toEqual({ type: "exit" });
    expect(commandForKey(key("4"))).toEqual({ type: "goto", slide: 4 });
    expect(commandForKey(key("0"))).toBeNull();
    expect(commandForKey(key("ArrowRight", { ctrlKey: true }))).toBeNull();
  });

  it("keeps targets within the deck", () => {
    expect(targetSlide({ type: "next" }, 9, 9)).toBe(9);
    expect(targetSlide({ type: "prev" }, 1, 9)).toBe(1);
    expect(targetSlide({ type: "last" }, 2, 9)).toBe(9);
    expect(targetSlide({ type: "goto", slide: 12 }, 2, 9)).toBeNull();
  });
});

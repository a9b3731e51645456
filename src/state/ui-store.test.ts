import { describe, expect, it } from "vitest";
import { applyTheme, readStoredTheme } from "./ui-store";

describe("theme preference", () => {
  const storage = (value: string | null) => ({ getItem: () => value });

  it("reads a valid stored choice", () => {
    expect(readStoredTheme(storage("dark"))).toBe("dark");
  });

  it("falls back to the system theme on a corrupted or foreign entry", () => {
    expect(readStoredTheme(storage('{"theme":"dark"}'))).toBe("system");
    expect(readStoredTheme(storage("<script>"))).toBe("system");
    expect(readStoredTheme(storage(null))).toBe("system");
    expect(
      readStoredTheme({
        getItem: () => {
          throw new Error("denied");
        },
      }),
    ).toBe("system");
  });

  it("puts the dark class on the root only for dark", () => {
    const root = document.createElement("html");
    expect(applyTheme("dark", root)).toBe("dark");
    expect(root.classList.contains("dark")).toBe(true);
    applyTheme("light", root);
    expect(root.classList.contains("dark")).toBe(false);
  });
});

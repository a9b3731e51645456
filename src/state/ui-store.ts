import { z } from "zod";
import { create } from "zustand";

/**
 * Ephemeral and per-device UI state only. Anything a shared link must reproduce belongs in the URL, not here.
 * The theme choice persists in localStorage, read through zod: a corrupted entry falls back to "system".
 */
export const ThemeChoiceSchema = z.enum(["system", "light", "dark"]);
export type ThemeChoice = z.infer<typeof ThemeChoiceSchema>;

const THEME_KEY = "mirage:theme";

export function readStoredTheme(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): ThemeChoice {
  try {
    const parsed = ThemeChoiceSchema.safeParse(storage?.getItem(THEME_KEY));
    return parsed.success ? parsed.data : "system";
  } catch {
    return "system";
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined; // storage blocked (private mode, sandboxed iframe)
  }
}

interface UiState {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
}

export const useUiStore = create<UiState>((set) => ({
  theme: readStoredTheme(),
  setTheme: (theme) => {
    try {
      safeStorage()?.setItem(THEME_KEY, theme);
    } catch {
      // Quota or privacy settings: the choice still applies for this visit.
    }
    set({ theme });
  },
}));

export function systemPrefersDark(): boolean {
  return (
    typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches
  );
}

/** Puts the resolved theme on <html>, where the CSS variables switch. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): "light" | "dark" {
  const resolved = choice === "system" ? (systemPrefersDark() ? "dark" : "light") : choice;
  root.classList.toggle("dark", resolved === "dark");
  return resolved;
}

import { z } from "@/content/zod";
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

/** A message for the shell's notice area (a dropped storage entry, a copied link). */
export interface UiNotice {
  id: number;
  text: string;
  tone: "info" | "warn";
}

interface UiState {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
  notices: UiNotice[];
  notify: (text: string, tone?: UiNotice["tone"]) => void;
  dismiss: (id: number) => void;
  /** The event under the pointer or keyboard focus in the narrative: draws a guide line, never reaches the URL. */
  hoveredEventId: string | null;
  setHoveredEvent: (id: string | null) => void;
}

let noticeSeq = 0;

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
  notices: [],
  notify: (text, tone = "info") =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), { id: ++noticeSeq, text, tone }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  hoveredEventId: null,
  setHoveredEvent: (id) => set({ hoveredEventId: id }),
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

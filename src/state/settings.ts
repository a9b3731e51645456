import { useSyncExternalStore } from "react";
import { z } from "@/content/zod";
import { storage } from "./local-store";
import { useUiStore } from "./ui-store";

/**
 * Per-device settings, not part of a shared view: the optional CoinGecko demo key (a secret: never in a URL) and the
 * live refresh interval (off by default). Read through zod; anything damaged falls back to defaults with a notice.
 */
export const REFRESH_CHOICES = [0, 60_000, 300_000, 900_000] as const;

export const SettingsSchema = z.lazy(() =>
  z.object({
    version: z.literal(1),
    coingeckoKey: z._default(z.string().check(z.trim(), z.maxLength(80), z.regex(/^[A-Za-z0-9_-]*$/, "letters, digits, - and _ only")), ""),
    refreshMs: z._default(
      z.union(
        REFRESH_CHOICES.map((n) => z.literal(n)) as [
          z.ZodMiniLiteral<0>,
          z.ZodMiniLiteral<60000>,
          z.ZodMiniLiteral<300000>,
          z.ZodMiniLiteral<900000>,
        ],
      ),
      0,
    ),
  }),
);
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = "mirage:settings";
const DEFAULTS: Settings = { version: 1, coingeckoKey: "", refreshMs: 0 };

let current: Settings | null = null;
const listeners = new Set<() => void>();

export function loadSettings(store: Pick<Storage, "getItem"> | undefined = storage()): { settings: Settings; damaged: boolean } {
  let text: string | null = null;
  try {
    text = store?.getItem(KEY) ?? null;
  } catch {
    return { settings: DEFAULTS, damaged: false };
  }
  if (text === null) return { settings: DEFAULTS, damaged: false };
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? { settings: parsed.data, damaged: false } : { settings: DEFAULTS, damaged: true };
  } catch {
    return { settings: DEFAULTS, damaged: true };
  }
}

function get(): Settings {
  if (current === null) {
    const loaded = loadSettings();
    current = loaded.settings;
    if (loaded.damaged) useUiStore.getState().notify("Your settings could not be read and were reset to defaults.", "warn");
  }
  return current;
}

export function updateSettings(patch: Partial<Omit<Settings, "version">>) {
  const parsed = SettingsSchema.safeParse({ ...get(), ...patch });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? "invalid setting";
  current = parsed.data;
  try {
    storage()?.setItem(KEY, JSON.stringify(current));
  } catch {
    useUiStore.getState().notify("Settings could not be stored on this device; they apply to this visit only.", "warn");
  }
  for (const l of listeners) l();
  return null;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, get, get);
}

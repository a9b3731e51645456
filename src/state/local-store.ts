import { z } from "@/content/zod";

/**
 * Versioned, validated local storage. Each entry is checked on its own: a corrupted or foreign one is dropped and
 * counted, the rest are kept (Excalidraw's restore-don't-crash approach). Storage that throws (privacy mode, quota)
 * behaves as empty.
 */
export interface Loaded<T> {
  items: T[];
  /** Entries that failed validation and were dropped. */
  dropped: number;
  /** The whole stored value was unreadable (not JSON, wrong envelope). */
  corrupted: boolean;
}

const Envelope = z.object({ version: z.literal(1), items: z.array(z.unknown()) });

export function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadList<T>(key: string, schema: z.ZodMiniType<T>, store: Pick<Storage, "getItem"> | undefined = storage()): Loaded<T> {
  let text: string | null = null;
  try {
    text = store?.getItem(key) ?? null;
  } catch {
    return { items: [], dropped: 0, corrupted: false };
  }
  if (text === null) return { items: [], dropped: 0, corrupted: false };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { items: [], dropped: 0, corrupted: true };
  }
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { items: [], dropped: 0, corrupted: true };
  const items: T[] = [];
  let dropped = 0;
  for (const entry of envelope.data.items) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
    else dropped += 1;
  }
  return { items, dropped, corrupted: false };
}

export function saveList<T>(key: string, items: readonly T[], store: Pick<Storage, "setItem"> | undefined = storage()): boolean {
  try {
    store?.setItem(key, JSON.stringify({ version: 1, items }));
    return true;
  } catch {
    return false;
  }
}

import { z } from "@/content/zod";
import { MAX_SLIDES, type Slide, SlideSchema } from "@/state/deck";

const File = z.lazy(() => z.object({ format: z.literal("mirage-deck"), version: z.literal(1), slides: z.array(z.unknown()) }));

export function exportDeckFile(slides: readonly Slide[], now: Date = new Date()): string {
  return JSON.stringify({ format: "mirage-deck", version: 1, exportedAt: now.toISOString(), slides }, null, 2);
}

/** Reads a deck file: damaged slides are dropped and counted; a file that is not a Mirage deck is refused. */
export function importDeckFile(text: string): { slides: Slide[]; dropped: number; error?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { slides: [], dropped: 0, error: "the file is not JSON" };
  }
  const file = File.safeParse(raw);
  if (!file.success) return { slides: [], dropped: 0, error: "the file is not a Mirage deck (format mirage-deck, version 1)" };
  const slides: Slide[] = [];
  let dropped = 0;
  for (const s of file.data.slides.slice(0, MAX_SLIDES)) {
    const p = SlideSchema.safeParse(s);
    if (p.success) slides.push(p.data);
    else dropped += 1;
  }
  return { slides, dropped };
}

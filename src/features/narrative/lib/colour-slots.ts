import { CONTINUES_AS, type SeriesId } from "@/sources/price-series";

/**
 * Each shown series' colour slot (src/ui/time-axis.ts), in the order they are shown, so no two lines on the chart
 * share a colour and a toggle shows the colour of its line. A series joined to an earlier ticker (RENDER after RNDR)
 * is drawn as part of that line and takes its slot.
 */
export function colourSlots(shown: readonly string[]): Map<string, number> {
  const slots = new Map<string, number>();
  const joinedTo = new Map<string, string>();
  for (const id of shown) {
    const next = CONTINUES_AS[id as SeriesId];
    if (next) joinedTo.set(next, id);
  }
  let n = 0;
  for (const id of shown) {
    const to = joinedTo.get(id);
    if (to !== undefined) continue;
    slots.set(id, n++);
  }
  for (const [later, earlier] of joinedTo) {
    const slot = slots.get(earlier);
    if (slot !== undefined) slots.set(later, slot);
  }
  return slots;
}

import { changeBetween, peakMoveAfter } from "./moves";
import { addDays } from "./range";
import type { IsoDay, Point } from "./types";

/**
 * How far after the news Appendix 2's moves are measured: the highest close within 21 calendar days of the event
 * (the report's "+50 %" and "nearly 3x" speak of moves over days to weeks). One window for every use: the claim checks
 * (NARR-9, NARR-10), the narrative's Appendix 2 table and the provenance panel's event list.
 */
export const APPENDIX_2_PEAK_DAYS = 21;

/**
 * The Worldcoin moments Appendix 2 cites, by their id in the events list, with the date the report gives and the
 * measure used: "change" is the close-to-close move from the day before to the day after (World ID 2.0 "barely moved"
 * WLD); "peak" is the highest close within APPENDIX_2_PEAK_DAYS against the close the day before.
 */
export const APPENDIX_2_MOMENTS = [
  { eventId: "worldcoin-world-id-2", date: "2023-12-13", measure: "change", claimId: "NARR-9" },
  { eventId: "altman-promotes-worldcoin", date: "2023-12-15", measure: "peak", claimId: "NARR-9" },
  { eventId: "openai-sora-preview", date: "2024-02-15", measure: "peak", claimId: "NARR-10" },
  { eventId: "openai-86b-tender", date: "2024-02-16", measure: "peak", claimId: "NARR-11" },
] as const satisfies readonly { eventId: string; date: IsoDay; measure: "change" | "peak"; claimId: string }[];

export type Appendix2EventId = (typeof APPENDIX_2_MOMENTS)[number]["eventId"];

export type Appendix2Move =
  | { measure: "change"; from: Point; to: Point; changePct: number }
  | { measure: "peak"; before: Point; peak: Point; changePct: number; days: number };

export interface Appendix2Row {
  eventId: Appendix2EventId;
  date: IsoDay;
  claimId: string;
  /** Undefined when the closes around the date are missing (or the window has not begun by `until`). */
  move: Appendix2Move | undefined;
}

/**
 * Appendix 2 on data: WLD's move after each moment, one row per moment in APPENDIX_2_MOMENTS. With `until` (a lens's
 * as-of date) a peak window reaches no further than that day: fewer days if it comes sooner, none if it is before the
 * event. Every caller (checks and tables) reads its numbers from here, so a verdict and the table beside it agree.
 */
export function appendix2Moves(wld: readonly Point[] | undefined, until?: IsoDay): Appendix2Row[] {
  return APPENDIX_2_MOMENTS.map((m) => ({
    eventId: m.eventId,
    date: m.date,
    claimId: m.claimId,
    move: wld ? moveOf(wld, m, until) : undefined,
  }));
}

/** The row for one moment. */
export function appendix2Move(wld: readonly Point[] | undefined, eventId: Appendix2EventId, until?: IsoDay): Appendix2Row {
  const m = APPENDIX_2_MOMENTS.find((x) => x.eventId === eventId) ?? APPENDIX_2_MOMENTS[0];
  return { eventId: m.eventId, date: m.date, claimId: m.claimId, move: wld ? moveOf(wld, m, until) : undefined };
}

function moveOf(wld: readonly Point[], m: (typeof APPENDIX_2_MOMENTS)[number], until: IsoDay | undefined): Appendix2Move | undefined {
  if (m.measure === "change") {
    const to = addDays(m.date, 1);
    if (until !== undefined && until < to) return undefined;
    const c = changeBetween(wld, m.date, to);
    return c ? { measure: "change", from: c.from, to: c.to, changePct: c.changePct } : undefined;
  }
  const reach = until === undefined ? APPENDIX_2_PEAK_DAYS : Math.floor((Date.parse(until) - Date.parse(m.date)) / 86_400_000);
  const days = Math.min(APPENDIX_2_PEAK_DAYS, reach);
  if (days < 0) return undefined;
  const p = peakMoveAfter(wld, m.date, days);
  return p ? { measure: "peak", before: p.before, peak: p.peak, changePct: p.changePct, days } : undefined;
}

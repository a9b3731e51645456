import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { APPENDIX_2_MOMENTS, APPENDIX_2_PEAK_DAYS, appendix2Move, appendix2Moves } from "./appendix2";
import { wldAltman, wldSora } from "./claim-checks/event-checks";
import { fmtPct, fmtX, settle } from "./claim-checks/helpers";
import { addDays } from "./range";
import type { Point } from "./types";

const daily = (from: string, values: readonly number[]): Point[] => values.map((value, i) => ({ date: addDays(from, i), value }));

describe("appendix2Moves", () => {
  it("uses the events list's ids, one 21-day peak window, and a two-day change for World ID 2.0", () => {
    expect(APPENDIX_2_MOMENTS.map((m) => m.eventId)).toEqual([
      "worldcoin-world-id-2",
      "altman-promotes-worldcoin",
      "openai-sora-preview",
      "openai-86b-tender",
    ]);
    expect(APPENDIX_2_PEAK_DAYS).toBe(21);
    // 100 to 12-14, 110 from 12-15, a peak of 160 on 2024-01-05 (day 21 after 12-15), 999 on 01-06.
    const wld = [
      ...daily("2023-12-10", [100, 100, 100, 100, 100]),
      ...daily("2023-12-15", Array(21).fill(110)),
      ...daily("2024-01-05", [160, 999]),
    ];
    const [id2, altman] = appendix2Moves(wld);
    expect(id2?.move).toMatchObject({ measure: "change", from: { date: "2023-12-12" }, to: { date: "2023-12-14" }, changePct: 0 });
    expect(altman?.move).toMatchObject({
      measure: "peak",
      before: { date: "2023-12-14" },
      peak: { date: "2024-01-05", value: 160 },
      days: 21,
    });
    // An as-of date cuts the window short.
    expect(appendix2Move(wld, "altman-promotes-worldcoin", "2023-12-20").move).toMatchObject({ peak: { value: 110 }, days: 5 });
    expect(appendix2Move(wld, "altman-promotes-worldcoin", "2023-12-14").move).toBeUndefined();
    expect(appendix2Moves(undefined).every((r) => r.move === undefined)).toBe(true);
  });
});

describe("the Appendix 2 verdicts and the tables beside them", () => {
  it("rest on the same numbers (property, any WLD path from 2023-12-01 to 2024-03-31)", () => {
    const path = fc.array(fc.double({ min: 0.5, max: 20, noNaN: true }), { minLength: 122, maxLength: 122 });
    fc.assert(
      fc.property(path, (values) => {
        const wld = daily("2023-12-01", values);
        const table = appendix2Moves(wld);
        const lens = { kind: "then" as const, asOf: "2024-03-31", latest: "2024-03-31" };
        const altman = table.find((r) => r.eventId === "altman-promotes-worldcoin")?.move;
        const id2 = table.find((r) => r.eventId === "worldcoin-world-id-2")?.move;
        const sora = table.find((r) => r.eventId === "openai-sora-preview")?.move;
        if (altman?.measure !== "peak" || id2?.measure !== "change" || sora?.measure !== "peak") throw new Error("table incomplete");
        const a = wldAltman.run({ series: { wld }, events: [] }, lens);
        expect(a.reason).toBe(`Peak ${fmtPct(altman.changePct)} by ${altman.peak.date}; World ID 2.0 ${fmtPct(id2.changePct)}.`);
        const s = wldSora.run({ series: { wld }, events: [] }, lens);
        expect(s.reason).toBe(
          `${fmtX(settle(1 + sora.changePct / 100))} from the ${sora.before.date} close to the ${sora.peak.date} close.`,
        );
      }),
      { numRuns: 50 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { aiBeatsBenchmarks } from "@/analytics/claim-checks/basket-checks";
import { BENCHMARK_IDS } from "@/content/series";
import { AI_TOKENS, BENCHMARKS } from "./config";

describe("narrative config", () => {
  it("takes the benchmarks from content, the same list NARR-3's check compares with", () => {
    expect(BENCHMARKS).toBe(BENCHMARK_IDS);
    expect(aiBeatsBenchmarks.needs).toEqual(expect.arrayContaining([...BENCHMARK_IDS]));
    expect(AI_TOKENS.some((id) => BENCHMARKS.includes(id))).toBe(false);
  });
});

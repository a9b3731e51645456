import type { UseQueryResult } from "@tanstack/react-query";
import { expectTypeOf } from "vitest";
import type { SourceError } from "@/sources/price-series";
import { createQueryClient } from "./providers";

describe("the app's query client", () => {
  it("types every query's error as the SourceError all sources throw (checked by tsc)", () => {
    expectTypeOf<UseQueryResult<number>["error"]>().toEqualTypeOf<SourceError | null>();
  });

  it("retries with the sources' policy", () => {
    const { queries } = createQueryClient().getDefaultOptions();
    expect(typeof queries?.retry).toBe("function");
    expect(typeof queries?.retryDelay).toBe("function");
  });
});

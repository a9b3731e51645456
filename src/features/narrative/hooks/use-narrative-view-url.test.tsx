import { act, renderHook } from "@testing-library/react";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useNarrativeView } from "./use-narrative-view";

describe("useNarrativeView's URL writes", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows a choice at once and writes it to the URL after the repaint, as one history entry", async () => {
    const updates: UrlUpdateEvent[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      // Rate limits as in the browser (the testing adapter turns them off by default).
      <NuqsTestingAdapter searchParams="" hasMemory rateLimitFactor={1} onUrlUpdate={(u) => updates.push(u)}>
        {children}
      </NuqsTestingAdapter>
    );
    const { result } = renderHook(() => useNarrativeView(), { wrapper });
    // Long after any earlier write, as in a page open for a while (a throttle would write on the next tick).
    await act(async () => vi.advanceTimersByTime(5_000));
    act(() => result.current[1]({ type: "set", values: { scale: "pct" } }));
    // The view has the new scale before any URL write: the chart repaints first.
    expect(result.current[0].scale).toBe("pct");
    expect(updates).toHaveLength(0);
    await act(async () => vi.advanceTimersByTime(50));
    expect(updates).toHaveLength(0);
    await act(async () => vi.advanceTimersByTime(200));
    expect(updates).toHaveLength(1);
    expect(updates[0]?.searchParams.get("scale")).toBe("pct");
    expect(updates[0]?.options.history).toBe("push");
  });

  it("writes a brushed range (range, from and to) as one history entry, never a half-written one", async () => {
    const updates: UrlUpdateEvent[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <NuqsTestingAdapter searchParams="range=all" hasMemory rateLimitFactor={1} onUrlUpdate={(u) => updates.push(u)}>
        {children}
      </NuqsTestingAdapter>
    );
    const { result } = renderHook(() => useNarrativeView(), { wrapper });
    await act(async () => vi.advanceTimersByTime(5_000));
    act(() => result.current[1]({ type: "zoom", range: { from: "2024-02-01", to: "2024-03-31" } }));
    await act(async () => vi.advanceTimersByTime(1_000));
    // nuqs debounces each key on a timer of its own and writes each as it fires: a debounced zoom was two or three
    // pushes, and Back landed on one with `from` and no `to`.
    expect(updates).toHaveLength(1);
    const only = updates[0];
    expect([only?.searchParams.get("range"), only?.searchParams.get("from"), only?.searchParams.get("to")]).toEqual([
      "custom",
      "2024-02-01",
      "2024-03-31",
    ]);
    expect(only?.options.history).toBe("push");
  });
});

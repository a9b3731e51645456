import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useStaggered } from "./use-staggered";

afterEach(() => vi.useRealTimers());

describe("useStaggered", () => {
  it("lets four start at first, four more each task, and never more than the total", () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ total }) => useStaggered(total, 4), { initialProps: { total: 10 } });
    expect(result.current).toBe(4);
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(8);
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(10);
    act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe(10);
    expect(vi.getTimerCount()).toBe(0);
    // More to start later (the engine asked for more claims): it carries on from where it was.
    rerender({ total: 14 });
    expect(result.current).toBe(12);
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(14);
  });

  it("starts again from four when its reset key changes (a new data mode asks for every series anew)", () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ mode }) => useStaggered(12, 4, mode), { initialProps: { mode: "sample" } });
    for (let i = 0; i < 3; i++) act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(12);
    rerender({ mode: "live" });
    expect(result.current).toBe(4);
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(8);
  });

  it("starts everything at once when there are no more than one task's worth", () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useStaggered(3, 4));
    expect(result.current).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });
});

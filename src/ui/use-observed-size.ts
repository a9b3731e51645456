import { type RefObject, useLayoutEffect } from "react";

/**
 * Calls `measure(el)` for the element in `ref` once before paint and again whenever its size changes (ResizeObserver,
 * where the browser has one). `deps` re-subscribes, for a measure that reads other values.
 */
export function useObservedSize<T extends Element>(ref: RefObject<T | null>, measure: (el: T) => void, deps: readonly unknown[] = []) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => measure(el);
    read();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, deps);
}

import { useCallback, useLayoutEffect, useRef } from "react";

/**
 * A function whose identity never changes and which always calls the latest `fn` the component rendered with. Handlers
 * built from `dispatch` are new on every render; passing them through this lets memoised children skip the renders
 * that change nothing they show (nuqs re-reads the URL after each throttled write, re-rendering the whole panel with
 * equal values). Only for event handlers: it must not be called during render.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

import { useRef } from "react";

/**
 * The previous array back while the new one holds the same items in the same order. For lists derived from query
 * results: TanStack Query hands a new combined result after a background notification even when no series changed,
 * and a new list would rebuild a chart's frame and redraw every line for nothing.
 */
export function useShallowStable<T>(next: readonly T[]): readonly T[] {
  const ref = useRef(next);
  const prev = ref.current;
  if (prev !== next && (prev.length !== next.length || next.some((x, i) => x !== prev[i]))) ref.current = next;
  return ref.current;
}

import { startTransition, useEffect, useState } from "react";

/**
 * `value`, one painted frame late: the first render after a change keeps the previous value, and the new one follows
 * in a task queued from the next animation frame, i.e. after that frame is painted. For heavy panels under a chart,
 * so a click repaints the chart first (what Event Timing and INP measure) and the analyses follow. Unlike
 * useDeferredValue, whose low-priority render may still run before the browser presents the frame.
 */
export function useAfterPaint<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    if (Object.is(later, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // In a transition: React renders the heavy panels in slices and lets the browser paint between them, so the frame
      // after the click's is not held up by them either, and a next click is answered at once.
      timer = setTimeout(() => startTransition(() => setLater(() => value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, later]);
  return later;
}

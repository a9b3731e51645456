import { useEffect, useState } from "react";

/**
 * How many of `total` things may have started: `perTask` at first, then `perTask` more every task (a timer) until all
 * have. For a component that would otherwise start dozens of requests, or observers, in one commit.
 */
export function useStaggered(total: number, perTask: number): number {
  const [started, setStarted] = useState(perTask);
  useEffect(() => {
    if (started >= total) return;
    const timer = setTimeout(() => setStarted((n) => n + perTask), 0);
    return () => clearTimeout(timer);
  }, [started, total, perTask]);
  return Math.min(started, total);
}

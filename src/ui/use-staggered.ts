import { useEffect, useState } from "react";

/**
 * How many of `total` things may have started: `perTask` at first, then `perTask` more every task (a timer) until all
 * have. For a component that would otherwise start dozens of requests, or observers, in one commit. A new `resetKey`
 * (another data mode: every request is new) starts again from `perTask`.
 */
export function useStaggered(total: number, perTask: number, resetKey = ""): number {
  const [state, setState] = useState({ key: resetKey, n: perTask });
  const started = state.key === resetKey ? state.n : perTask;
  useEffect(() => {
    if (started >= total) return;
    const timer = setTimeout(() => setState({ key: resetKey, n: started + perTask }), 0);
    return () => clearTimeout(timer);
  }, [started, total, perTask, resetKey]);
  return Math.min(started, total);
}

import { useEffect, useState } from "react";

interface StaleItem {
  error: { message: string };
  /** When the data on screen was fetched (ms since the epoch). */
  since: number;
}

interface RetryingError {
  message: string;
  kind?: string;
  retryAfterMs?: number | undefined;
}

const time = (ms: number) => new Date(ms).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * Freshness beside a chart: a retry under way ("rate limited, retrying in 28 s"), or older data kept on screen after a
 * failed refresh ("stale since …"), each with what went wrong. Nothing here hides the data.
 */
export function Freshness({
  stale,
  retrying,
  onRetry,
}: {
  stale: readonly StaleItem[];
  retrying: RetryingError | null;
  onRetry: () => void;
}) {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  // A new failure (new `retrying` object) restarts the countdown.
  useEffect(() => {
    if (!retrying) return;
    // Both clocks restart together, or the first second shows a wait measured from a stale `now`.
    const t = Date.now();
    setStartedAt(t);
    setNow(t);
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [retrying]);

  if (!retrying && stale.length === 0) return null;
  const waitS = retrying?.retryAfterMs !== undefined ? Math.max(0, Math.ceil((startedAt + retrying.retryAfterMs - now) / 1000)) : undefined;
  return (
    <div role="status" className="mb-2 space-y-1 rounded-md border border-warn/50 bg-warn-bg px-3 py-2 text-xs text-ink">
      {retrying ? (
        <p>
          {retrying.kind === "rate-limited" ? "Rate limited" : "A request failed"}
          {waitS !== undefined ? `, retrying in ${waitS} s` : ", retrying"}: {retrying.message}
        </p>
      ) : null}
      {stale.map((s) => (
        <p key={`${s.since}-${s.error.message}`}>
          <span className="font-semibold">Stale since {time(s.since)} UTC</span>: the refresh failed ({s.error.message}); the last good data
          stays on screen.{" "}
          <button type="button" onClick={onRetry} className="font-semibold underline">
            Retry
          </button>
        </p>
      ))}
    </div>
  );
}

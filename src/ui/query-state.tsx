import type { ReactNode } from "react";

/** What QueryState needs to know about an error; a SourceError satisfies it. */
interface ErrorLike {
  message: string;
  detail?: string | undefined;
  retryable?: boolean;
}

interface QueryStateProps {
  isPending: boolean;
  /** The first error among the panel's queries, if any. */
  error: ErrorLike | null;
  onRetry: () => void;
  /** The space the content will take, reserved while loading so nothing jumps. */
  minHeight: number;
  /** What is being loaded, for the status message ("Render and ICP prices"). */
  what: string;
  children: ReactNode;
}

/**
 * The one place that turns a query's state into words: loading, error (with the source's own message and a Retry
 * button), or the content. Errors use role="alert" so screen readers hear them at once.
 */
export function QueryState({ isPending, error, onRetry, minHeight, what, children }: QueryStateProps) {
  if (error !== null) {
    return (
      <div
        role="alert"
        className="flex flex-col justify-center rounded-lg border border-bad/40 bg-bad-bg p-4 text-sm"
        style={{ minHeight }}
      >
        <p className="font-semibold text-bad">Could not load {what}.</p>
        <p className="mt-1 text-ink">{error.message}</p>
        {error.detail ? <p className="mt-1 font-mono text-xs text-ink-3">{error.detail}</p> : null}
        <p className="mt-1 text-ink-3">Nothing is drawn rather than drawing something wrong. Other panels are unaffected.</p>
        <div>
          <button
            type="button"
            onClick={onRetry}
            className="mt-3 rounded-md border border-line bg-surface px-3 py-1.5 font-medium text-ink hover:bg-surface-2"
          >
            Retry
          </button>
        </div>
      </div>
    );
  }
  if (isPending) {
    return (
      <div
        role="status"
        aria-live="polite"
        className="flex items-center justify-center rounded-lg bg-surface-2 text-sm text-ink-3 motion-safe:animate-pulse"
        style={{ minHeight }}
      >
        Loading {what}…
      </div>
    );
  }
  return <>{children}</>;
}

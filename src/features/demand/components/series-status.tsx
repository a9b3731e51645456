import { NotRecordedError } from "@/sources/demand-series";
import type { Slot } from "../hooks/use-demand-data";

/**
 * What a series that is not drawn says: loading, "no data" with the command that records it (sample mode without a
 * snapshot), or the source's own failure with Retry. Nothing is drawn in its place. A series whose refresh failed
 * keeps its last good data on screen, and says so.
 */
export function SeriesStatus({ what, slot }: { what: string; slot: Slot<unknown> }) {
  if (slot.data !== undefined) {
    if (!slot.error) return null;
    return (
      <p role="status" className="rounded-md border border-warn/50 bg-warn-bg px-3 py-2 text-sm text-ink">
        <span className="font-semibold">Stale: </span>
        the refresh of {what} failed ({slot.error.message}); the last good data stays on screen.{" "}
        <button type="button" onClick={slot.refetch} className="ml-1 rounded border border-line bg-surface px-2 py-0.5 text-xs font-medium">
          Retry
        </button>
      </p>
    );
  }
  if (slot.error instanceof NotRecordedError) {
    return (
      <p role="note" className="rounded-md border border-dashed border-line px-3 py-2 text-sm text-ink-2">
        <span className="font-semibold">No data for {what}. </span>
        {slot.error.message.replace(/^No data: /, "")}
      </p>
    );
  }
  if (slot.error) {
    return (
      <div role="alert" className="rounded-md border border-bad/40 bg-bad-bg px-3 py-2 text-sm">
        <span className="font-semibold text-bad">Could not load {what}. </span>
        <span className="text-ink">{slot.error.message}</span>{" "}
        {"detail" in slot.error && typeof slot.error.detail === "string" ? (
          <span className="font-mono text-xs text-ink-3">({slot.error.detail})</span>
        ) : null}{" "}
        <button type="button" onClick={slot.refetch} className="ml-1 rounded border border-line bg-surface px-2 py-0.5 text-xs font-medium">
          Retry
        </button>
      </div>
    );
  }
  return (
    <p role="status" className="text-sm text-ink-3">
      Loading {what}…
    </p>
  );
}

import type { SeriesId } from "@/sources/price-series";

/** One failed series marks itself here; the chart goes on with the others. */
export function SeriesErrors({ errors, onRetry }: { errors: readonly { id: SeriesId; error: Error }[]; onRetry: () => void }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border border-bad/40 bg-bad-bg p-3 text-sm">
      <p className="font-semibold text-bad">Some series could not be loaded; the chart shows the rest.</p>
      <ul className="mt-1 list-disc pl-5 text-ink">
        {errors.map(({ id, error }) => (
          <li key={id}>{error.message}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 rounded-md border border-line bg-surface px-3 py-1 font-medium text-ink hover:bg-surface-2"
      >
        Retry
      </button>
    </div>
  );
}

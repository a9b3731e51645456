import { Suspense, lazy, memo, useMemo } from "react";
import { averageCarPath, basketCarPath } from "@/analytics";
import type { AiEvent, EventCategory } from "@/sources/sample-events";
import type { Series, SeriesId } from "@/sources/price-series";
import { formatPct } from "@/ui/format";
import { CATEGORIES, CATEGORY_META } from "../config";
import { MAX_CAR_HALF_WIDTH } from "@/state/url-schema";
import { plural } from "@/ui/plural";

const CarPathChart = lazy(() => import("./car-path-chart"));

interface CategoryCarProps {
  events: readonly AiEvent[];
  tokens: readonly Series[];
  bench: Series | undefined;
  benchLabel: string;
  category: EventCategory;
  target: "basket" | SeriesId;
  halfWidth: number;
  onChange: (c: { category?: EventCategory; target?: "basket" | SeriesId; halfWidth?: number }) => void;
}

/**
 * The average abnormal-return path around every event of a category, for one token or an equal-weight basket.
 * Memoised: the path depends on the events, tokens, benchmark and its own controls, not on the chart's range or scale.
 */
export const CategoryCar = memo(function CategoryCar({
  events,
  tokens,
  bench,
  benchLabel,
  category,
  target,
  halfWidth,
  onChange,
}: CategoryCarProps) {
  const dates = useMemo(() => events.filter((e) => e.category === category).map((e) => e.date), [events, category]);
  const path = useMemo(() => {
    if (!bench) return undefined;
    if (target === "basket")
      return basketCarPath(
        tokens.map((t) => t.points),
        bench.points,
        dates,
        halfWidth,
      );
    const token = tokens.find((t) => t.id === target);
    return token ? averageCarPath(token.points, bench.points, dates, halfWidth) : undefined;
  }, [bench, tokens, target, dates, halfWidth]);
  const rows = path
    ? path.offsets.map((offset, i) => {
        const mean = path.mean[i] ?? 0;
        const se = path.se[i] ?? 0;
        return { offset, mean, band: [mean - se, mean + se] as [number, number], n: path.n[i] ?? 0 };
      })
    : [];
  const end = rows[rows.length - 1];
  const targetLabel =
    target === "basket"
      ? `an equal-weight basket of the ${plural(tokens.length, "shown AI token")}`
      : (tokens.find((t) => t.id === target)?.ticker ?? target);

  return (
    <section aria-labelledby="category-car-title" className="rounded-lg border border-line p-3">
      <h3 id="category-car-title" className="text-base font-semibold text-ink">
        By category: average abnormal return around events
      </h3>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-xs text-ink-2">
        <label className="inline-flex items-center gap-1">
          Category
          <select
            value={category}
            onChange={(e) => onChange({ category: e.target.value as EventCategory })}
            className="rounded border border-line bg-surface px-1 py-0.5 text-ink"
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_META[c].label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-flex items-center gap-1">
          Token
          <select
            value={target}
            onChange={(e) => onChange({ target: e.target.value as "basket" | SeriesId })}
            className="rounded border border-line bg-surface px-1 py-0.5 text-ink"
          >
            <option value="basket">AI basket (equal weight)</option>
            {tokens.map((t) => (
              <option key={t.id} value={t.id}>
                {t.ticker}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-flex items-center gap-1">
          Days either side
          <input
            type="number"
            min={1}
            max={MAX_CAR_HALF_WIDTH}
            value={halfWidth}
            onChange={(e) => onChange({ halfWidth: Number(e.target.value) })}
            className="w-14 rounded border border-line bg-surface px-1 py-0.5 text-ink"
          />
        </label>
      </div>
      {!path || rows.length === 0 || (end?.n ?? 0) === 0 ? (
        <p className="mt-2 text-sm text-ink-3">
          No {CATEGORY_META[category].label.toLowerCase()} event has enough data for {targetLabel} against {benchLabel}
          {path && path.skipped.length > 0 ? ` (${path.skipped.length} skipped for missing data)` : ""}.
        </p>
      ) : (
        <>
          <div className="mt-2" style={{ height: 220 }}>
            <Suspense fallback={<div role="status" className="h-full rounded-lg bg-surface-2" />}>
              <CarPathChart rows={rows} height={220} />
            </Suspense>
          </div>
          <p className="text-sm text-ink-2">
            Mean CAR of {targetLabel} against {benchLabel} across{" "}
            {plural(end?.n ?? 0, `${CATEGORY_META[category].label.toLowerCase()} event`)}, from day −{halfWidth} to day +{halfWidth}:{" "}
            {formatPct(end?.mean ?? 0)} (±
            {formatPct(Math.abs((end?.band[1] ?? 0) - (end?.mean ?? 0))).replace("+", "")} one standard error).
            {path.skipped.length > 0
              ? ` ${plural(path.skipped.length, "event")} skipped for too little data (${path.skipped.map((s) => s.date).join(", ")}).`
              : ""}
          </p>
        </>
      )}
    </section>
  );
});

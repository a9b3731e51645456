import { memo, useMemo, useRef, useState, useLayoutEffect } from "react";
import type { ShownEvent } from "../lib/shown-events";
import { CATEGORY_META } from "../config";
import { PLOT_LEFT, PLOT_RIGHT } from "../lib/plot-margins";

interface EventRailProps {
  events: readonly ShownEvent[];
  domain: [number, number];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

interface Cluster {
  x: number;
  events: ShownEvent[];
}

/** Markers closer than this many pixels merge into one cluster showing a count. */
const CLUSTER_PX = 14;

/** Groups events whose markers would overlap at the rail's current width. Events arrive sorted by date. */
export function clusterEvents(events: readonly ShownEvent[], domain: [number, number], widthPx: number): Cluster[] {
  const [t0, t1] = domain;
  const span = Math.max(1, t1 - t0);
  const clusters: Cluster[] = [];
  for (const e of events) {
    const x = ((Date.parse(`${e.date}T00:00:00Z`) - t0) / span) * widthPx;
    const last = clusters[clusters.length - 1];
    if (last && x - last.x < CLUSTER_PX) last.events.push(e);
    else clusters.push({ x, events: [e] });
  }
  return clusters;
}

/**
 * The event rail under the plot: one marker per event (colour and letter by category), clustered when they crowd,
 * so the lines above are never covered. Pointer users hover and click here; keyboard and screen-reader users get the
 * same reach through the Events list, so the rail itself is hidden from assistive technology. Memoised: hovering a
 * marker re-renders the section above it, not the rail.
 */
export const EventRail = memo(function EventRail({ events, domain, selectedId, onSelect, onHover }: EventRailProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(100, el.clientWidth - PLOT_LEFT - PLOT_RIGHT));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const clusters = useMemo(() => clusterEvents(events, domain, width), [events, domain, width]);

  return (
    <div ref={ref} aria-hidden="true" className="relative h-7 border-t border-line" data-testid="event-rail">
      {clusters.map((c) => {
        const first = c.events[0] as ShownEvent;
        const meta = CATEGORY_META[first.category];
        const isSelected = c.events.some((e) => e.id === selectedId);
        const title = c.events.map((e) => `${e.date} ${e.title}`).join("\n");
        return (
          <button
            key={first.id}
            type="button"
            tabIndex={-1}
            title={title}
            onClick={() => onSelect(first.id)}
            onMouseEnter={() => onHover(first.id)}
            onMouseLeave={() => onHover(null)}
            className={`absolute top-1 flex h-5 min-w-5 -translate-x-1/2 items-center justify-center rounded-full border px-1 text-[10px] font-bold leading-none ${
              isSelected ? "border-accent ring-2 ring-accent" : "border-black/40 dark:border-white/40"
            }`}
            style={{
              left: PLOT_LEFT + c.x,
              background: c.events.length > 1 ? "var(--surface-2)" : meta.color,
              color: c.events.length > 1 ? "var(--ink)" : meta.ink,
            }}
          >
            {c.events.length > 1 ? c.events.length : meta.letter}
          </button>
        );
      })}
    </div>
  );
});

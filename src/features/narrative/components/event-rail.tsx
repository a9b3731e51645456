import { type KeyboardEvent, memo, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ShownEvent } from "../lib/shown-events";
import { CATEGORY_META } from "../config";
import { PLOT_LEFT, PLOT_RIGHT } from "../lib/plot-margins";
import { useObservedSize } from "@/ui/use-observed-size";

interface EventRailProps {
  events: readonly ShownEvent[];
  domain: [number, number];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  /** The chart's right margin above it, which grows to fit its end labels; markers sit under the right day. */
  plotRight?: number;
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

/** What a marker says to a screen reader and in its tooltip: date, title, category and source. */
export function describeEvent(e: ShownEvent): string {
  const meta = CATEGORY_META[e.category];
  return `${e.date}: ${e.title} (${meta.label}; ${e.isNote ? "your note" : `source: ${e.source.publisher}`})`;
}

/**
 * The event rail under the plot: one marker per event (colour and letter by category), clustered when they crowd, so
 * the lines above are never covered. Every marker is a named control with a tooltip (date, title, category, source).
 * The rail is one Tab stop: arrow keys, Home and End move between markers. A cluster opens a small list of its
 * events to choose from. Memoised: hovering a marker re-renders the section above it, not the rail.
 */
export const EventRail = memo(function EventRail({
  events,
  domain,
  selectedId,
  onSelect,
  onHover,
  plotRight = PLOT_RIGHT,
}: EventRailProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [tip, setTip] = useState<string | null>(null);
  useObservedSize(ref, (el) => setWidth(Math.max(100, el.clientWidth - PLOT_LEFT - plotRight)), [plotRight]);
  const clusters = useMemo(() => clusterEvents(events, domain, width), [events, domain, width]);
  const current = Math.min(active, Math.max(0, clusters.length - 1));

  const focusMarker = (i: number) => {
    const next = Math.max(0, Math.min(clusters.length - 1, i));
    setActive(next);
    ref.current?.querySelectorAll<HTMLButtonElement>("[data-marker]")[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.target as HTMLElement).hasAttribute("data-marker")) return;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: clusters.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    setOpen(null);
    focusMarker(to);
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={`AI news on the time axis: ${events.length} ${events.length === 1 ? "event" : "events"}; arrow keys move between markers`}
      onKeyDown={onKeyDown}
      className="relative h-7 border-t border-line"
      data-testid="event-rail"
    >
      {clusters.map((c, i) => {
        const first = c.events[0] as ShownEvent;
        const meta = CATEGORY_META[first.category];
        const isSelected = c.events.some((e) => e.id === selectedId);
        const many = c.events.length > 1;
        const last = c.events[c.events.length - 1] as ShownEvent;
        const label = many
          ? `${c.events.length} events from ${first.date} to ${last.date}: ${c.events.map((e) => e.title).join("; ")}`
          : describeEvent(first);
        const isOpen = open === first.id;
        return (
          <div key={first.id} className="absolute top-1 -translate-x-1/2" style={{ left: PLOT_LEFT + c.x }}>
            <button
              type="button"
              data-marker
              tabIndex={i === current ? 0 : -1}
              aria-label={label}
              aria-expanded={many ? isOpen : undefined}
              aria-pressed={many ? undefined : isSelected}
              onFocus={() => {
                setActive(i);
                setTip(first.id);
              }}
              onBlur={() => setTip((t) => (t === first.id ? null : t))}
              onClick={() => (many ? setOpen(isOpen ? null : first.id) : onSelect(first.id))}
              onMouseEnter={() => {
                onHover(first.id);
                setTip(first.id);
              }}
              onMouseLeave={() => {
                onHover(null);
                setTip((t) => (t === first.id ? null : t));
              }}
              className={`flex h-5 min-w-5 items-center justify-center rounded-full border px-1 text-[10px] font-bold leading-none ${
                isSelected ? "border-accent ring-2 ring-accent" : "border-black/40 dark:border-white/40"
              }`}
              style={{ background: many ? "var(--surface-2)" : meta.color, color: many ? "var(--ink)" : meta.ink }}
            >
              <span aria-hidden="true">{many ? c.events.length : meta.letter}</span>
            </button>
            {tip === first.id && !isOpen ? (
              <div
                role="tooltip"
                className="pointer-events-none absolute bottom-full left-1/2 z-30 mb-1 w-72 -translate-x-1/2 rounded-md border border-line bg-surface p-2 text-xs text-ink shadow-lg"
              >
                {c.events.slice(0, 4).map((e) => (
                  <p key={e.id}>
                    <span className="font-semibold">{e.date}</span> {e.title}{" "}
                    <span className="text-ink-3">
                      ({CATEGORY_META[e.category].label}; {e.isNote ? "your note" : e.source.publisher})
                    </span>
                  </p>
                ))}
                {c.events.length > 4 ? <p className="text-ink-3">and {c.events.length - 4} more: open the list</p> : null}
              </div>
            ) : null}
            {isOpen ? (
              <ClusterList
                events={c.events}
                selectedId={selectedId}
                onPick={(id) => {
                  setOpen(null);
                  onSelect(id);
                }}
                onClose={() => {
                  setOpen(null);
                  focusMarker(i);
                }}
              />
            ) : null}
          </div>
        );
      })}
    </div>
  );
});

/** The events of one cluster, to choose from; Escape closes it and gives focus back to the marker. */
function ClusterList({
  events,
  selectedId,
  onPick,
  onClose,
}: {
  events: readonly ShownEvent[];
  selectedId: string | null;
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, []);
  return (
    <ul
      ref={ref}
      aria-label={`${events.length} events close together`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
      className="absolute bottom-full left-1/2 z-30 mb-1 w-80 -translate-x-1/2 space-y-0.5 rounded-md border border-line bg-surface p-1 text-xs shadow-lg"
    >
      {events.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            aria-pressed={e.id === selectedId}
            data-title={e.title}
            onClick={() => onPick(e.id)}
            className="flex w-full items-start gap-2 rounded px-1.5 py-1 text-left hover:bg-surface-2 aria-pressed:bg-surface-2"
          >
            <span
              aria-hidden="true"
              className="mt-0.5 inline-flex h-4 min-w-4 items-center justify-center rounded-full text-[9px] font-bold"
              style={{ background: CATEGORY_META[e.category].color, color: CATEGORY_META[e.category].ink }}
            >
              {CATEGORY_META[e.category].letter}
            </span>
            <span>
              <span className="font-semibold">{e.date}</span> {e.title}{" "}
              <span className="text-ink-3">({CATEGORY_META[e.category].label})</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

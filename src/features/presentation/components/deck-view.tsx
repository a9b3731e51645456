import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Slide } from "@/state/deck";
import { useDeckKeys } from "../hooks/use-deck-keys";
import { useDeck, useDeckNavigation } from "../hooks/use-deck";
import { PresenterView } from "./presenter-view";

/** The room a slide's body has on screen, in CSS pixels: charts size their plot from it. */
export interface SlideSize {
  width: number;
  height: number;
}

export interface DeckViewProps {
  /** Renders a slide's body; supplied by the app, which composes the features. */
  renderSlide: (slide: Slide, size: SlideSize) => ReactNode;
  /** Source and "as of" for the footer of every slide. */
  footer: { source: string; asOf: string; isSample: boolean };
}

/**
 * The audience window: one slide at projector scale, chrome hidden, a footer with the slide number, the source and
 * the data's as-of. Keys: → PageDown Space forward, ← PageUp back, Home End, a digit jumps, f fullscreen, Escape out.
 */
export function DeckView({ renderSlide, footer }: DeckViewProps) {
  const { slides, source } = useDeck();
  const nav = useDeckNavigation(slides);
  // Drawn inside the presenter's preview frame: a still picture of one slide, deaf to keys and to the other windows.
  const [framed] = useState(() => typeof window !== "undefined" && window.self !== window.top);
  const keys = useDeckKeys({ current: nav.current, count: nav.count, goto: nav.goto, exit: nav.exit, enabled: !framed });
  const slide = slides[nav.current - 1] ?? slides[0];
  const [bodyRef, size] = useElementSize();

  useEffect(() => {
    document.documentElement.classList.add("presenting");
    return () => document.documentElement.classList.remove("presenting");
  }, []);

  // Opened straight on a slide (a link with only slide=N): apply that slide's view once, in place.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (slide?.view) nav.goto(nav.current, { history: "replace" });
  }, [slide, nav]);

  if (!slide) return null;
  if (nav.presenter && !framed) {
    return (
      <PresenterView
        slides={slides}
        current={nav.current}
        goto={(n) => {
          nav.goto(n);
          keys.announce(n);
        }}
        exit={nav.exit}
      />
    );
  }

  return (
    <div className="flex h-dvh flex-col bg-canvas text-ink" data-deck={source}>
      <main
        id="main"
        aria-roledescription="slide"
        aria-label={`Slide ${nav.current} of ${nav.count}: ${slide.title}`}
        className="flex min-h-0 flex-1 flex-col overflow-hidden px-[3vw] pt-[2vh] pb-[1.5vh]"
      >
        <h1 className="mb-[1.5vh] text-[1.6rem] font-bold leading-tight tracking-tight">{slide.title}</h1>
        <div ref={bodyRef} className="min-h-0 flex-1">
          {/* Keyed by slide: each slide starts fresh, so no state (a chart's URL slice, a caught error) carries over. */}
          <div key={`${nav.current}-${slide.id}`} className="slide-body h-full overflow-hidden">
            {renderSlide(slide, size)}
          </div>
        </div>
      </main>
      <footer className="flex items-center justify-between gap-6 border-t border-line bg-surface px-[3vw] py-[0.8vh] text-[0.7rem] text-ink-2">
        <span className="font-semibold text-ink">
          Slide {nav.current} of {nav.count}
        </span>
        <span className="min-w-0 flex-1 truncate">Source: {footer.source}</span>
        <span className="whitespace-nowrap">
          Data as of {footer.asOf}
          {footer.isSample ? " · sample data" : " · live"}
        </span>
        <span className="hidden whitespace-nowrap text-ink-3 xl:inline">← → to move · f fullscreen · Esc to leave</span>
      </footer>
    </div>
  );
}

/** The size of an element, kept up to date as the window (or the projector) changes. */
function useElementSize() {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<SlideSize>(() => ({
    width: typeof window === "undefined" ? 1280 : window.innerWidth * 0.94,
    height: typeof window === "undefined" ? 600 : window.innerHeight * 0.8,
  }));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const next = { width: Math.round(el.clientWidth), height: Math.round(el.clientHeight) };
      if (next.width > 0 && next.height > 0) setSize((s) => (s.width === next.width && s.height === next.height ? s : next));
    };
    read();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size] as const;
}

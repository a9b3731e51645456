import { type ReactNode, useEffect, useRef } from "react";
import type { Slide } from "@/state/deck";
import { useDeckKeys } from "../hooks/use-deck-keys";
import { useDeck, useDeckNavigation } from "../hooks/use-deck";
import { PresenterView } from "./presenter-view";

export interface DeckViewProps {
  /** Renders a slide's body; supplied by the app, which composes the features. */
  renderSlide: (slide: Slide) => ReactNode;
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
  const keys = useDeckKeys({ current: nav.current, count: nav.count, goto: nav.goto, exit: nav.exit });
  const slide = slides[nav.current - 1] ?? slides[0];

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
  if (nav.presenter) {
    return (
      <PresenterView
        slides={slides}
        current={nav.current}
        renderSlide={renderSlide}
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
        className="min-h-0 flex-1 overflow-hidden px-[3vw] pt-[2.5vh]"
      >
        <h1 className="mb-[1.5vh] text-[1.6rem] font-bold leading-tight tracking-tight">{slide.title}</h1>
        {/* Keyed by slide: each slide starts fresh, so no state (a chart's URL slice, a caught error) carries over. */}
        <div key={`${nav.current}-${slide.id}`} className="slide-body h-[calc(100%-4.5rem)] overflow-hidden">
          {renderSlide(slide)}
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

import { type ReactNode, useEffect, useState } from "react";
import type { Slide } from "@/state/deck";

interface PresenterViewProps {
  slides: readonly Slide[];
  current: number;
  renderSlide: (slide: Slide) => ReactNode;
  goto: (n: number) => void;
  exit: () => void;
}

const mmss = (ms: number) =>
  `${String(Math.floor(ms / 60_000)).padStart(2, "0")}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, "0")}`;

/** A slide drawn at half size, so the presenter sees what the room sees. */
function Thumbnail({ slide, renderSlide, label }: { slide: Slide | undefined; renderSlide: (s: Slide) => ReactNode; label: string }) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-sm font-semibold text-ink-2">{label}</figcaption>
      <div className="relative aspect-video overflow-hidden rounded-lg border border-line bg-canvas">
        {slide ? (
          <div className="absolute left-0 top-0 h-[200%] w-[200%] origin-top-left scale-50 p-6" aria-hidden="true">
            <p className="mb-3 text-2xl font-bold">{slide.title}</p>
            {renderSlide(slide)}
          </div>
        ) : (
          <p className="p-4 text-ink-3">End of the deck.</p>
        )}
      </div>
    </figure>
  );
}

/**
 * The presenter's window: current and next slide, speaker notes and a timer, kept in step with the audience window
 * over a BroadcastChannel whichever window gets the key press.
 */
export function PresenterView({ slides, current, renderSlide, goto, exit }: PresenterViewProps) {
  const slide = slides[current - 1];
  return (
    <main id="main" className="grid h-dvh grid-cols-[3fr_2fr] gap-6 bg-surface p-6 text-ink">
      <section aria-label="Slides" className="space-y-4 overflow-hidden">
        <Thumbnail slide={slide} renderSlide={renderSlide} label={`Now: slide ${current} of ${slides.length}`} />
        <Thumbnail
          slide={slides[current]}
          renderSlide={renderSlide}
          label={slides[current] ? `Next: ${slides[current]?.title}` : "Next: none"}
        />
      </section>
      <section aria-label="Speaker notes" className="flex min-h-0 flex-col gap-4">
        <div className="flex items-center justify-between">
          <Timer />
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => goto(Math.max(1, current - 1))}
              className="rounded-md border border-line px-3 py-2 font-semibold"
            >
              Previous
            </button>
            <button
              type="button"
              onClick={() => goto(Math.min(slides.length, current + 1))}
              className="rounded-md bg-accent px-3 py-2 font-semibold text-accent-ink"
            >
              Next
            </button>
            <button type="button" onClick={exit} className="rounded-md border border-line px-3 py-2">
              End
            </button>
          </div>
        </div>
        <h2 className="text-2xl font-semibold">{slide?.title}</h2>
        <div className="min-h-0 flex-1 overflow-y-auto whitespace-pre-wrap rounded-lg border border-line bg-canvas p-4 text-xl leading-relaxed">
          {slide?.notes || "No notes for this slide."}
        </div>
      </section>
    </main>
  );
}

/** Time since the presenter view opened. Its own component, so the tick each second re-renders only this line, not the two slides. */
function Timer() {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <p role="timer" aria-label="Time since the presenter view opened" className="font-mono text-4xl tabular-nums">
      {mmss(now - start)}
    </p>
  );
}

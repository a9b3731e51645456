import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Slide } from "@/state/deck";
import { loadView, serializeView } from "@/state/url-schema";

interface PresenterViewProps {
  slides: readonly Slide[];
  current: number;
  goto: (n: number) => void;
  exit: () => void;
}

const mmss = (ms: number) =>
  `${String(Math.floor(ms / 60_000)).padStart(2, "0")}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, "0")}`;

/** The audience's screen the previews are drawn for: a projector. */
const SCREEN = { width: 1920, height: 1080 } as const;

/** The link that shows slide `n` as the audience window will: with the slide's own view, or the current one. */
export function slideHref(slides: readonly Slide[], n: number, here: string = window.location.href): string {
  const slide = slides[n - 1];
  const view = slide?.view ? loadView(slide.view) : {};
  return serializeView(new URL(here), { ...view, slide: n, presenter: false });
}

/**
 * A slide as the room sees it: the audience page itself, in a frame the size of a projector, scaled down to fit.
 * A frame rather than the slide drawn in place, so the preview carries the slide's own view (the Sora slide's event)
 * and its charts measure their legends and axes at full size, as on the projector.
 */
function Thumbnail({ href, label, title }: { href: string | null; label: string; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const read = () => {
      if (el.clientWidth > 0) setScale(el.clientWidth / SCREEN.width);
    };
    read();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <figure className="flex min-h-0 min-w-0 flex-1 flex-col">
      <figcaption className="mb-1 truncate text-sm font-semibold text-ink-2">{label}</figcaption>
      {/* The frame keeps the projector's 16:9 and fits the room left, whichever of width or height runs out first. */}
      <div className="min-h-0 flex-1 [container-type:size]">
        <div
          ref={box}
          className="relative overflow-hidden rounded-lg border border-line bg-canvas"
          style={{
            width: `min(100cqw, calc(100cqh * ${SCREEN.width} / ${SCREEN.height}))`,
            aspectRatio: `${SCREEN.width} / ${SCREEN.height}`,
          }}
        >
          {href ? (
            <iframe
              src={href}
              title={title}
              tabIndex={-1}
              className="pointer-events-none absolute left-0 top-0 origin-top-left border-0"
              style={{ width: SCREEN.width, height: SCREEN.height, transform: `scale(${scale})` }}
            />
          ) : (
            <p className="p-4 text-ink-3">End of the deck.</p>
          )}
        </div>
      </div>
    </figure>
  );
}

/**
 * The presenter's window: current and next slide, speaker notes and a timer, kept in step with the audience window
 * over a BroadcastChannel whichever window gets the key press.
 */
export function PresenterView({ slides, current, goto, exit }: PresenterViewProps) {
  const slide = slides[current - 1];
  const next = slides[current];
  return (
    <main id="main" className="grid h-dvh grid-cols-[3fr_2fr] gap-6 bg-surface p-6 text-ink">
      <section aria-label="Slides" className="flex min-h-0 flex-col gap-4 overflow-hidden">
        <Thumbnail
          href={slideHref(slides, current)}
          title={`Now: slide ${current}, as the room sees it`}
          label={`Now: slide ${current} of ${slides.length}`}
        />
        <Thumbnail
          href={next ? slideHref(slides, current + 1) : null}
          title={`Next: slide ${current + 1}, as the room will see it`}
          label={next ? `Next: ${next.title}` : "Next: none"}
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

import { useEffect, useState } from "react";

/**
 * A plot height that follows the window: `share` of the viewport's height, kept between `min` and `max` pixels, so a
 * view's main chart uses a tall screen and still fits a short one. Before the app runs (the static shell, tests) it is
 * `fallback`. Updates on resize, at most once a frame.
 */
export function usePlotHeight(share: number, min: number, max: number, fallback = min): number {
  const measure = () => (typeof window === "undefined" ? fallback : clampHeight(window.innerHeight * share, min, max));
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setHeight(measure()));
    };
    onResize();
    window.addEventListener("resize", onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("resize", onResize);
    };
  }, [share, min, max]);
  return height;
}

export const clampHeight = (h: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, h)));

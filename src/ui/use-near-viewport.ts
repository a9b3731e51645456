import { type RefObject, useEffect, useState } from "react";

/**
 * True once `ref`'s element has come within `margin` of the viewport (an IntersectionObserver rootMargin), and from
 * then on. Without IntersectionObserver (jsdom, very old browsers) it is true from the start, as if nothing were
 * deferred; in a build-time render (no window) it is false. `skip` stops observing, for callers that already know the answer.
 */
export function useNearViewport(ref: RefObject<Element | null>, { margin, skip = false }: { margin: string; skip?: boolean }): boolean {
  // Rendered to static HTML at build time (no window): not near, as on a client's first render.
  const [near, setNear] = useState(() => typeof window !== "undefined" && typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const el = ref.current;
    if (skip || near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, skip, near, margin]);
  return near;
}

import { type ComponentType, type LazyExoticComponent, lazy, useState } from "react";

/** A component whose code loads on first use, and can be asked to load ahead of it (a tab hovered, an idle moment). */
export type LazyView<P extends object> = ComponentType<P> & {
  /** Starts loading the code, once; resolves when it is in. A failed load is tried again on the next call. */
  preload: () => Promise<unknown>;
};

/**
 * Wraps a dynamic import so a view's code stays out of the first load. Render it under a Suspense boundary: the first
 * time it suspends while its chunk arrives; once the code is in (by a preload or an earlier visit) it renders at once,
 * with no fallback frame. Each mount keeps the component it started with, so state survives the code arriving.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  let suspending: LazyExoticComponent<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (error: unknown) => {
        // Forget the failure so a retry (the panel boundary's button, a later preload) imports again.
        pending = undefined;
        suspending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const suspender = () => {
    suspending ??= lazy(() => preload().then((c) => ({ default: c })));
    return suspending;
  };
  function View(props: P) {
    const [C] = useState<ComponentType<P>>(() => loaded ?? suspender());
    return <C {...props} />;
  }
  return Object.assign(View, { preload });
}

import { type ReactNode, createContext, useContext, useEffect, useRef } from "react";
import type { ExportTable } from "./csv";

/**
 * A panel's body tells its frame what it shows, so the frame's "Download CSV" writes exactly that. The body registers
 * a getter (called only on click, so nothing is computed ahead of time); the frame reads the latest one.
 */
type Getter = () => ExportTable | null;
const Ctx = createContext<{ current: Getter | null } | null>(null);

export function ExportProvider({ children }: { children: ReactNode }) {
  const ref = useRef<Getter | null>(null);
  return <Ctx.Provider value={ref}>{children}</Ctx.Provider>;
}

export function useExportRegistry() {
  return useContext(Ctx);
}

/** Called by the component that holds the panel's data; the latest getter wins. */
export function useRegisterExport(getter: Getter) {
  const ref = useContext(Ctx);
  const latest = useRef(getter);
  latest.current = getter;
  useEffect(() => {
    if (!ref) return;
    ref.current = () => latest.current();
    return () => {
      ref.current = null;
    };
  }, [ref]);
}

import { type ReactNode, createContext, useContext, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ExportTable } from "./csv";

/**
 * A panel's body tells its frame what it shows, so the frame offers exactly the exports it can make: "Download CSV"
 * writes the registered table (a getter, called only on click, so nothing is computed ahead of time), and "Download
 * PNG" is offered only while a chart is registered (a panel of tables has no picture to draw).
 */
type Getter = () => ExportTable | null;
interface Registry {
  table: { current: Getter | null };
  /** How many charts the panel's body has on screen now. */
  charts: number;
  addChart: () => () => void;
}
const Ctx = createContext<Registry | null>(null);

export function ExportProvider({ children }: { children: ReactNode }) {
  const table = useRef<Getter | null>(null);
  const [charts, setCharts] = useState(0);
  const value = useMemo(
    (): Registry => ({
      table,
      charts,
      addChart: () => {
        setCharts((n) => n + 1);
        return () => setCharts((n) => n - 1);
      },
    }),
    [charts],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useExportRegistry() {
  const registry = useContext(Ctx);
  return { table: registry?.table ?? null, hasChart: (registry?.charts ?? 0) > 0 };
}

/**
 * Called by the component that holds the panel's data; the latest getter wins. `chart: true` when that component
 * draws the panel's chart, which "Download PNG" then draws. Registered before paint, so the button never flickers in.
 */
export function useRegisterExport(getter: Getter, { chart = false }: { chart?: boolean } = {}) {
  const registry = useContext(Ctx);
  const latest = useRef(getter);
  latest.current = getter;
  const table = registry?.table;
  const addChart = registry?.addChart;
  useLayoutEffect(() => {
    if (!table) return;
    table.current = () => latest.current();
    return () => {
      table.current = null;
    };
  }, [table]);
  // addChart changes identity with the count; the chart registers once for as long as it is mounted.
  const add = useRef(addChart);
  add.current = addChart;
  useLayoutEffect(() => {
    if (!chart || !add.current) return;
    return add.current();
  }, [chart]);
}

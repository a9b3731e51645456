import { type RefObject, useState } from "react";
import { downloadBlob, exportFileName, toCsv } from "./csv";
import { useExportRegistry } from "./export-context";
import { panelToPng } from "./png";
import { plural } from "../plural";

/**
 * "Download CSV" and, when the panel has a chart on screen, "Download PNG" for one panel: what the panel shows now,
 * with its source and as-of.
 */
export function ExportButtons({ title, sectionRef }: { title: string; sectionRef: RefObject<HTMLElement | null> }) {
  const registry = useExportRegistry();
  const [status, setStatus] = useState<string | null>(null);
  const table = () => registry.table?.current?.() ?? null;

  const csv = () => {
    const t = table();
    if (!t || t.rows.length === 0) {
      setStatus("Nothing to export yet: the panel has no data on screen.");
      return;
    }
    const name = exportFileName(title, t.range, "csv");
    downloadBlob(new Blob([toCsv(title, t)], { type: "text/csv;charset=utf-8" }), name);
    setStatus(`Saved ${name} (${plural(t.rows.length, "row")}).`);
  };

  const png = async () => {
    const figure = sectionRef.current?.querySelector("figure");
    const t = table();
    if (!figure) {
      setStatus("Nothing to draw yet: the chart has not loaded.");
      return;
    }
    setStatus("Drawing the image…");
    try {
      const blob = await panelToPng(figure as HTMLElement, {
        title,
        sources: t?.credits ?? t?.sources ?? [],
        asOf: t?.asOf ?? "unknown",
        isSample: t?.isSample ?? true,
      });
      const name = exportFileName(title, t?.range, "png");
      downloadBlob(blob, name);
      setStatus(`Saved ${name} (1600 × 900).`);
    } catch (error) {
      setStatus(`The image could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const button = "rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink-2 hover:bg-surface-2";
  return (
    <span data-controls className="flex items-center gap-2">
      <button type="button" onClick={csv} className={button}>
        Download CSV
      </button>
      {registry.hasChart ? (
        <button type="button" onClick={() => void png()} className={button}>
          Download PNG
        </button>
      ) : null}
      <span role="status" className="max-w-56 text-xs text-ink-3">
        {status}
      </span>
    </span>
  );
}

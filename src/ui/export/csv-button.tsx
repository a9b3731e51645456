import { useState } from "react";
import { type ExportTable, downloadBlob, exportFileName, toCsv } from "./csv";
import { plural } from "../plural";

/**
 * "Download CSV" for one table inside a panel (an event study, a figure on data), beside the panel's own export of its
 * chart. The accessible name says which table ("Download CSV: event study"); the file is `<file>-<from>-<to>.csv`.
 */
export function CsvButton({ title, what, file, table }: { title: string; what: string; file: string; table: () => ExportTable | null }) {
  const [status, setStatus] = useState<string | null>(null);
  const click = () => {
    const t = table();
    if (!t || t.rows.length === 0) {
      setStatus("Nothing to export yet: the table has no data on screen.");
      return;
    }
    const name = exportFileName(file, t.range, "csv");
    downloadBlob(new Blob([toCsv(title, t)], { type: "text/csv;charset=utf-8" }), name);
    setStatus(`Saved ${name} (${plural(t.rows.length, "row")}).`);
  };
  return (
    <span data-controls className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-label={`Download CSV: ${what}`}
        onClick={click}
        className="rounded-md border border-line px-2 py-0.5 text-xs font-medium text-ink-2 hover:bg-surface-2"
      >
        Download CSV
      </button>
      <span role="status" className="text-xs text-ink-3">
        {status}
      </span>
    </span>
  );
}

import { useState } from "react";
import { type ExportTable, saveTableCsv } from "./csv";
import { Button } from "../button";

/**
 * "Download CSV" for one table inside a panel (an event study, a figure on data), beside the panel's own export of its
 * chart. The accessible name says which table ("Download CSV: event study"); the file is `<file>-<from>-<to>.csv`.
 */
export function CsvButton({ title, what, file, table }: { title: string; what: string; file: string; table: () => ExportTable | null }) {
  const [status, setStatus] = useState<string | null>(null);
  const click = () => setStatus(saveTableCsv(title, file, table(), "the table"));
  return (
    <span data-controls className="inline-flex items-center gap-2">
      <Button tone="small" aria-label={`Download CSV: ${what}`} onClick={click}>
        Download CSV
      </Button>
      <span role="status" className="text-xs text-ink-3">
        {status}
      </span>
    </span>
  );
}

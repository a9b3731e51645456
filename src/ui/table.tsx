import type { ReactNode } from "react";

/** A column heading: its text, or its text with classes of its own (alignment, a group's left border). */
export type Column = ReactNode | { label: ReactNode; className: string };

const isSpec = (c: Column): c is { label: ReactNode; className: string } =>
  typeof c === "object" && c !== null && "label" in c && "className" in c;

/**
 * A table's column headings: one `<th scope="col">` per column, every cell with `cell`'s classes plus its own. Use it
 * inside a `<tr>` that also holds other headings (row spans, groups), or through TableHead for a plain header row.
 */
export function HeadCells({ columns, cell = "font-medium" }: { columns: readonly Column[]; cell?: string }) {
  return (
    <>
      {columns.map((c, i) => (
        <th key={i} scope="col" className={isSpec(c) ? `${cell} ${c.className}` : cell}>
          {isSpec(c) ? c.label : c}
        </th>
      ))}
    </>
  );
}

/** A table's header row in the app's muted heading style. */
export function TableHead({ columns, cell }: { columns: readonly Column[]; cell?: string }) {
  return (
    <thead className="text-ink-3">
      <tr>
        <HeadCells columns={columns} {...(cell === undefined ? {} : { cell })} />
      </tr>
    </thead>
  );
}

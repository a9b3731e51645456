import type { ReactNode } from "react";

/**
 * A column heading: its text, or its text with classes of its own (alignment, a group's left border) and the rows it
 * spans in a two-row header.
 */
export type Column = ReactNode | ColumnSpec;
interface ColumnSpec {
  label: ReactNode;
  className?: string;
  rowSpan?: number;
}

/** A column of numbers: its heading aligned right, over its figures. */
export const numericColumn = (label: ReactNode): Column => ({ label, className: "text-right" });

const isSpec = (c: Column): c is ColumnSpec => typeof c === "object" && c !== null && "label" in c;

/**
 * A table's column headings: one `<th scope="col">` per column, every cell with `cell`'s classes plus its own. Use it
 * inside a `<tr>` that also holds other headings (row spans, groups), or through TableHead for a plain header row.
 */
export function HeadCells({ columns, cell = "font-medium" }: { columns: readonly Column[]; cell?: string }) {
  return (
    <>
      {columns.map((c, i) => (
        <th
          key={i}
          scope="col"
          rowSpan={isSpec(c) ? c.rowSpan : undefined}
          className={isSpec(c) && c.className ? `${cell} ${c.className}` : cell}
        >
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

/** A heading over a group of columns in a two-row header, set off by a left border. */
export function ColumnGroup({ span, children }: { span: number; children: ReactNode }) {
  return (
    <th scope="colgroup" colSpan={span} className="border-l border-line font-medium">
      {children}
    </th>
  );
}

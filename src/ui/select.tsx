import type { ReactNode } from "react";

/**
 * A labelled native select over a fixed list of values, typed: `onChange` gets the value itself (a word or a number),
 * never a string to cast. Option labels come from `labels`; the select sits inside its `<label>`.
 */
export function Select<T extends string | number>({
  label,
  labelClassName = "inline-flex items-center gap-1.5",
  value,
  options,
  labels,
  onChange,
  className = "rounded border border-line bg-surface px-1.5 py-0.5 text-ink",
}: {
  label: ReactNode;
  labelClassName?: string;
  value: T;
  options: readonly T[];
  labels: Readonly<Record<T, string>> | ReadonlyMap<T, string>;
  onChange: (v: T) => void;
  className?: string;
}) {
  return (
    <label className={labelClassName}>
      {label}
      <select
        value={value}
        className={className}
        onChange={(e) => {
          const next = options.find((o) => String(o) === e.target.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {labels instanceof Map ? labels.get(o) : (labels as Readonly<Record<T, string>>)[o]}
          </option>
        ))}
      </select>
    </label>
  );
}

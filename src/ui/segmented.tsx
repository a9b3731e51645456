import type { ReactNode } from "react";
import { useId } from "react";

interface SegmentedProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A radio group styled as a segmented control: arrow keys move within it, Tab moves past it. */
export function Segmented<V extends string>({ label, value, options, onChange }: SegmentedProps<V>) {
  const name = useId();
  return (
    <fieldset className="flex items-center gap-2">
      <legend className="sr-only">{label}</legend>
      <span aria-hidden="true" className="text-xs font-medium text-ink-3">
        {label}
      </span>
      <div className="inline-flex overflow-hidden rounded-md border border-line">
        {options.map((o) => (
          <label
            key={o.value}
            className="cursor-pointer border-l border-line px-2.5 py-1 text-xs font-medium text-ink-2 first:border-l-0 has-[:checked]:bg-accent has-[:checked]:text-accent-ink has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent"
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  /** Off and greyed out, with `reason` saying why: read with the box (aria-describedby), shown beside it and on hover. */
  disabledReason?: string | undefined;
}

export function Toggle({ label, checked, onChange, disabledReason }: ToggleProps) {
  const reasonId = useId();
  if (!disabledReason)
    return (
      <CheckboxLabel checked={checked} onChange={onChange}>
        {label}
      </CheckboxLabel>
    );
  return (
    <span className="inline-flex items-center gap-1.5" title={disabledReason}>
      <CheckboxLabel checked={false} onChange={onChange} disabled describedBy={reasonId}>
        {label}
      </CheckboxLabel>
      <span id={reasonId} className="text-xs text-ink-3">
        {disabledReason}
      </span>
    </span>
  );
}

/**
 * A checkbox whose target is its whole label, at least 24 px tall (WCAG 2.2 target size): the native input, made
 * transparent, covers the label, so clicks, keys, focus and the accessible name stay the browser's own; the box drawn
 * beside the text follows its state.
 */
export function CheckboxLabel({
  checked,
  onChange,
  children,
  disabled = false,
  describedBy,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
  children: ReactNode;
  disabled?: boolean;
  /** The id of text that says more about the box (why it is disabled). */
  describedBy?: string;
}) {
  return (
    <label
      className={`relative inline-flex min-h-6 items-center gap-1.5 rounded px-1 text-xs font-medium text-ink-2 ${disabled ? "cursor-not-allowed opacity-60" : "cursor-pointer hover:bg-surface-2"}`}
    >
      <input
        type="checkbox"
        className="peer absolute inset-0 h-full w-full cursor-pointer appearance-none rounded focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent disabled:cursor-not-allowed"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span
        aria-hidden="true"
        className="grid h-3.5 w-3.5 shrink-0 place-content-center rounded-sm border border-ink-3 bg-surface text-accent-ink peer-checked:border-accent peer-checked:bg-accent [&>svg]:invisible peer-checked:[&>svg]:visible"
      >
        <svg aria-hidden="true" viewBox="0 0 12 12" className="h-2.5 w-2.5">
          <path d="M2.5 6.2 5 8.5l4.5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      {children}
    </label>
  );
}

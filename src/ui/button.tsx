import { type ButtonHTMLAttributes, useRef } from "react";

/**
 * The app's buttons, by role: `primary` for the one main action of a place (Present, Save view), `secondary` for the
 * header's and panels' other actions, `small` for compact controls beside a chart, `link` for actions inside a menu.
 */
export const BUTTON_CLASS = {
  primary: "rounded-md bg-accent px-2.5 py-1 text-xs font-semibold text-accent-ink",
  secondary: "rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink-2 hover:bg-surface-2",
  small: "rounded-md border border-line px-2 py-0.5 text-xs font-medium text-ink-2 hover:bg-surface-2",
  link: "text-accent underline disabled:text-ink-3 disabled:no-underline",
} as const;
export type ButtonTone = keyof typeof BUTTON_CLASS;

export function buttonClass(tone: ButtonTone = "secondary", extra?: string): string {
  return extra ? `${BUTTON_CLASS[tone]} ${extra}` : BUTTON_CLASS[tone];
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { tone?: ButtonTone };

/** A `type="button"` button (never an accidental submit) in one of the app's tones; `className` adds to the tone. */
export function Button({ tone = "secondary", className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(tone, className)} {...props} />;
}

/** A link-style button that picks a JSON file and hands over its text (Import views, Import deck). */
export function ImportJsonButton({ label, fileLabel, onText }: { label: string; fileLabel: string; onText: (text: string) => void }) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button tone="link" onClick={() => fileRef.current?.click()}>
        {label}
      </Button>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        className="hidden"
        aria-label={fileLabel}
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) onText(await f.text());
        }}
      />
    </>
  );
}

import { type ReactNode, useId, useState } from "react";
import { Button } from "./button";

/**
 * A header menu: a button that opens a panel under it (aria-expanded, aria-controls), with a live status line for
 * what its actions report (Saved views, Your deck). Place it inside a `relative` container; `children` gets `close`.
 */
export function Menu({
  label,
  status,
  width,
  children,
}: {
  label: string;
  status: ReactNode;
  /** The panel's width class, e.g. "w-[26rem]". */
  width: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <Button aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {label}
      </Button>
      <p role="status" className="absolute right-0 top-full mt-1 max-w-md text-right text-xs text-ink-2">
        {status}
      </p>
      {open ? (
        <div
          id={panelId}
          className={`absolute right-0 top-full z-30 mt-7 ${width} rounded-lg border border-line bg-surface p-3 text-sm shadow-lg`}
        >
          {children(() => setOpen(false))}
        </div>
      ) : null}
    </>
  );
}

/** The row of actions at the foot of a menu's panel. */
export function MenuActions({ children }: { children: ReactNode }) {
  return <div className="mt-3 flex flex-wrap gap-3 border-t border-line pt-2 text-xs">{children}</div>;
}

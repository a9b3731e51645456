import { type ReactNode, useId } from "react";
import { SampleBadge } from "./badges";

interface ChartFrameProps {
  title: string;
  /** Units of the y axis, spelled out ("index, first day in window = 100"). */
  units: string;
  /** One or two sentences saying what the chart shows, read by screen readers and printed under the chart. */
  summary: string;
  isSample: boolean;
  /** Reserved plot height so nothing shifts when the chart arrives; left out, the box fits its content (a note). */
  height?: number;
  controls?: ReactNode;
  /** The chart itself. */
  children: ReactNode;
  /** A table with the same information, for keyboard and screen-reader users. */
  table: ReactNode;
  /** Source notes, legend of events and the like. */
  footer?: ReactNode;
}

/** Title, units, sample mark, reserved plot area, text alternative and sources around any chart. */
export function ChartFrame({ title, units, summary, isSample, height, controls, children, table, footer }: ChartFrameProps) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure aria-labelledby={titleId} aria-describedby={summaryId} className="min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 id={titleId} className="text-base font-semibold text-ink">
            {title}
          </h3>
          <p className="text-xs text-ink-3">Units: {units}</p>
        </div>
        {isSample ? <SampleBadge /> : null}
      </div>
      {controls ? (
        <div data-controls className="mt-2 flex flex-wrap items-center gap-3">
          {controls}
        </div>
      ) : null}
      <div className="mt-2" style={height === undefined ? undefined : { height }}>
        {children}
      </div>
      <figcaption id={summaryId} className="mt-2 text-sm text-ink-2">
        {summary}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-ink-3 hover:text-ink">Data table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
      {footer}
    </figure>
  );
}

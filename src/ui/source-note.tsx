import { SampleBadge } from "./badges";

/** The origin of one series: enough for an analyst to find the numbers again. Structural, so ui imports no domain. */
export interface SourceNoteItem {
  label: string;
  meta: {
    sourceName: string;
    sourceUrl: string;
    asOf: string;
    range: { from: string; to: string };
    isSample: boolean;
    note?: string | undefined;
  };
}

/** Every figure on screen carries its source, its date range and whether it is sample data. */
export function SourceNote({ items, extra }: { items: readonly SourceNoteItem[]; extra?: string }) {
  if (items.length === 0) return null;
  return (
    <div data-source-note className="mt-3 border-t border-line pt-2 text-xs text-ink-3">
      <p className="mb-1 font-semibold text-ink-2">Sources</p>
      <ul className="space-y-1">
        {items.map(({ label, meta }) => (
          <li key={label}>
            <span className="font-medium text-ink-2">{label}</span>:{" "}
            <a
              className="underline decoration-dotted underline-offset-2 hover:text-accent"
              href={meta.sourceUrl}
              target="_blank"
              rel="noreferrer"
            >
              {meta.sourceName}
            </a>
            , {meta.range.from} to {meta.range.to} (as of {meta.asOf}){meta.isSample ? ", sample" : ", live"}.
            {meta.note ? <span> {meta.note}</span> : null}
          </li>
        ))}
      </ul>
      {extra ? <p className="mt-1">{extra}</p> : null}
      {items.some((i) => i.meta.isSample) ? (
        <p className="mt-2">
          <SampleBadge /> <span className="ml-1">Embedded historical files served by this app; no live feed.</span>
        </p>
      ) : null}
    </div>
  );
}

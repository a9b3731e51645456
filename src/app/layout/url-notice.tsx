import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { sampleEventsQueries } from "@/sources/sample-events";
import { auditEventId, auditSearch } from "@/state/audit-url";
import { useNotebook } from "@/state/use-local-lists";
import { loadView } from "@/state/url-schema";

/**
 * Says which parts of the opening link were ignored or changed (a swapped range, an event that does not exist) and why. The rest of the view still applies; values are shown
 * as text only (React escapes them), shortened, never as HTML.
 */
export function UrlNotice({ search = typeof window === "undefined" ? "" : window.location.search }: { search?: string }) {
  const [syntax] = useState(() => auditSearch(search));
  const [opened] = useState(() => loadView(search));
  // An event id can be checked only against the events themselves: the curated list, and notes as note-<id>.
  const events = useQuery({ ...sampleEventsQueries.list(), enabled: opened.event !== null });
  const notebook = useNotebook();
  const eventIssue = useMemo(() => {
    if (!events.data) return null;
    const ids = new Set([...events.data.events.map((e) => e.id), ...[...(opened.notes ?? []), ...notebook].map((n) => `note-${n.id}`)]);
    return auditEventId(opened.event, ids);
  }, [events.data, opened, notebook]);
  const issues = eventIssue ? [...syntax, eventIssue] : syntax;
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || issues.length === 0) return null;
  return (
    <div role="status" className="mx-auto mt-4 max-w-[1600px] px-6">
      <div className="flex items-start justify-between gap-4 rounded-lg border border-warn/50 bg-warn-bg p-3 text-sm text-ink">
        <div>
          <p className="font-semibold text-warn">
            {issues.length === 1
              ? "One part of this link was ignored or changed"
              : `${issues.length} parts of this link were ignored or changed`}
            ; the rest of the view applies.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {issues.slice(0, 12).map((i, n) => (
              <li key={`${i.key}-${n}`}>
                <code className="font-mono text-xs">{i.key}</code>
                {i.value ? (
                  <>
                    {" = "}
                    <code className="font-mono text-xs">{i.value}</code>
                  </>
                ) : null}
                : {i.reason}
              </li>
            ))}
            {issues.length > 12 ? <li>and {issues.length - 12} more</li> : null}
          </ul>
        </div>
        <button
          type="button"
          onClick={() => setDismissed(true)}
          className="shrink-0 rounded-md border border-line bg-surface px-2.5 py-1 text-xs font-medium hover:bg-surface-2"
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}

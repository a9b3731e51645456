import { useState } from "react";
import { auditSearch } from "@/state/audit-url";

/**
 * Says which parts of the opening link were ignored and why. The rest of the view still applies; values are shown
 * as text only (React escapes them), shortened, never as HTML.
 */
export function UrlNotice({ search = typeof window === "undefined" ? "" : window.location.search }: { search?: string }) {
  const [issues] = useState(() => auditSearch(search));
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || issues.length === 0) return null;
  return (
    <div role="status" className="mx-auto mt-4 max-w-[1600px] px-6">
      <div className="flex items-start justify-between gap-4 rounded-lg border border-warn/50 bg-warn-bg p-3 text-sm text-ink">
        <div>
          <p className="font-semibold text-warn">
            {issues.length === 1 ? "One part of this link was ignored" : `${issues.length} parts of this link were ignored`}; the rest of
            the view applies.
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

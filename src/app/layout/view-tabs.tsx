import type { MouseEvent, ReactNode } from "react";
import { VIEW_IDS } from "@/state/url-schema";
import { SHORT_VIEW_LABELS, VIEW_LABELS, useWorkspaceView, viewHref } from "@/state/workspace-view";
import { preloadView } from "../routes/dashboard";

/**
 * One tab per view. Each is a real link (middle-click and "copy link" give the view with the rest of the state), and a
 * plain click opens the view in place as one history entry. The href is refreshed as the pointer or focus reaches the
 * tab, so it always carries the current state without re-rendering the header on every change; that is also when the
 * view's code starts loading, if it has not yet (every view but the overview loads on demand).
 */
export function ViewTabs({ children }: { children?: ReactNode }) {
  const { view, open } = useWorkspaceView();
  const refresh = (e: { currentTarget: HTMLAnchorElement }, id: (typeof VIEW_IDS)[number]) => {
    e.currentTarget.href = viewHref(id);
    void preloadView(id).catch(() => {}); // a failed load shows, with a retry, when the view is opened
  };
  return (
    <div className="mx-auto flex max-w-[2560px] flex-wrap items-center justify-between gap-x-4 px-2 sm:px-4">
      <nav aria-label="Views" className="min-w-0 max-w-full overflow-x-auto">
        <ul className="flex min-w-max gap-0.5 text-sm">
          {VIEW_IDS.map((id) => {
            const current = id === view;
            return (
              <li key={id}>
                <a
                  href={viewHref(id, "")}
                  aria-current={current ? "page" : undefined}
                  onPointerEnter={(e) => refresh(e, id)}
                  onFocus={(e) => refresh(e, id)}
                  onClick={(e: MouseEvent<HTMLAnchorElement>) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
                    e.preventDefault();
                    open(id);
                  }}
                  className={`block border-b-2 px-2 py-2 font-medium xl:px-3 ${
                    current ? "border-accent text-ink" : "border-transparent text-ink-2 hover:border-line hover:text-ink"
                  }`}
                >
                  {SHORT_VIEW_LABELS[id] ? (
                    <>
                      <span className="xl:hidden">{SHORT_VIEW_LABELS[id]}</span>
                      <span className="hidden xl:inline">{VIEW_LABELS[id]}</span>
                    </>
                  ) : (
                    VIEW_LABELS[id]
                  )}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {children ? <div className="py-1 text-xs text-ink-3">{children}</div> : null}
    </div>
  );
}

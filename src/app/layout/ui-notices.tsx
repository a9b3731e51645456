import { useUiStore } from "@/state/ui-store";

/** Messages from anywhere in the app (dropped storage entries, imports), each dismissable, announced politely. */
export function UiNotices() {
  const notices = useUiStore((s) => s.notices);
  const dismiss = useUiStore((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div role="status" className="mx-auto mt-4 max-w-[1600px] space-y-2 px-6">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`flex items-start justify-between gap-4 rounded-lg border p-3 text-sm text-ink ${n.tone === "warn" ? "border-warn/50 bg-warn-bg" : "border-line bg-surface"}`}
        >
          <p>{n.text}</p>
          <button
            type="button"
            onClick={() => dismiss(n.id)}
            className="shrink-0 rounded-md border border-line bg-surface px-2.5 py-1 text-xs font-medium hover:bg-surface-2"
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}

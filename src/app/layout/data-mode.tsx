import { useIsFetching } from "@tanstack/react-query";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { SampleBadge } from "@/ui/badges";
import { plural } from "@/ui/plural";

const SLICE = viewSlice(["mode"]);

/**
 * The data mode switch and the header's freshness. Sample is the default and never leaves the app's origin; Live
 * calls public APIs from the browser. The mode is in the URL, so a shared link opens in the same mode.
 */
export function DataModeSwitch({ sampleAsOf }: { sampleAsOf: { crypto: string; stocks: string } }) {
  const [{ mode }, setUrl] = useViewState(SLICE);
  const fetching = useIsFetching();
  const live = mode === "live";
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        aria-pressed={live}
        aria-label="Live data"
        onClick={() => void setUrl({ mode: live ? null : "live" })}
        className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${live ? "border-[color:var(--s-nvda)] text-[color:var(--s-nvda)]" : "border-line text-ink-2"}`}
      >
        <span aria-hidden="true" className={`h-2 w-2 rounded-full ${live ? "bg-[color:var(--s-nvda)]" : "bg-line"}`} />
        Live<span className="hidden xl:inline"> data</span>
      </button>
      {live ? (
        <span role="status" className="text-ink-3">
          {fetching > 0 ? `updating ${plural(fetching, "source")}…` : "live where a public API exists; sample elsewhere, marked"}
        </span>
      ) : (
        <>
          <SampleBadge label="Sample data" />
          <span>
            <span className="hidden xl:inline">as of </span>
            {sampleAsOf.crypto}
            <span className="hidden xl:inline"> (crypto), {sampleAsOf.stocks} (stocks)</span>
          </span>
        </>
      )}
    </span>
  );
}

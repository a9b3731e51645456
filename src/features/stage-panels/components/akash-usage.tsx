import type { ReportFigure } from "@/content/schema";
import { useQuery } from "@tanstack/react-query";
import { akashQueries, akashSnapshotFile } from "@/sources/akash";
import { useDataMode } from "@/state/use-data-mode";
import { AkashLive } from "./akash-live";
import { ReportFigures } from "./report-figures";

/**
 * The report's Figures 3 and 4 plot Akash usage. No archive of those series exists in the embedded data, so this
 * block says so and shows the report's own statements, labelled as such; nothing is drawn until a real series is.
 */
export function AkashUsage({ figures }: { figures: readonly ReportFigure[] }) {
  const { mode } = useDataMode();
  // A maintainer's `npm run snapshot` may have embedded Akash usage; without it the request 404s and we say "no data".
  const manifest = useQuery({ ...akashQueries.snapshotManifest(), enabled: mode === "sample" });
  const recorded = manifest.data?.files.includes(akashSnapshotFile("active-leases")) ?? false;
  const snapshot = useQuery({ ...akashQueries.snapshot("active-leases"), enabled: mode === "sample" && recorded });
  if (mode === "live") {
    return (
      <section aria-label="Akash network usage" className="rounded-lg border border-line p-4">
        <h3 className="text-base font-semibold text-ink">Akash network usage (report Figures 3 and 4), live</h3>
        <p className="mt-1 text-xs text-ink-3">
          From the Akash Console API. Its server allows only some browser origins; where it refuses this one, each chart says it could not
          be reached and the report's own numbers below still stand.
        </p>
        <div className="mt-3">
          <AkashLive />
        </div>
        <div className="mt-3">
          <ReportFigures figures={figures} heading="What the report says about Akash" />
        </div>
      </section>
    );
  }
  if (snapshot.data) {
    return (
      <section aria-label="Akash network usage" className="rounded-lg border border-line p-4">
        <h3 className="text-base font-semibold text-ink">Akash network usage (report Figures 3 and 4), recorded snapshot</h3>
        <p className="mt-1 text-xs text-ink-3">{snapshot.data.meta.note}</p>
        <div className="mt-3">
          <AkashLive source="snapshot" />
        </div>
        <div className="mt-3">
          <ReportFigures figures={figures} heading="What the report says about Akash" />
        </div>
      </section>
    );
  }
  return (
    <section aria-label="Akash network usage" className="rounded-lg border border-dashed border-line p-4">
      <h3 className="text-base font-semibold text-ink">Akash network usage (report Figures 3 and 4)</h3>
      <p role="note" className="mt-1 text-sm text-ink-2">
        <span className="font-semibold">No data: </span>
        there is no embedded series of Akash active leases, leased GPUs or daily spend. No public archive of those daily values was found
        (see the sample data's provenance), and this dashboard does not draw what it does not have. The Akash Console API publishes them (
        <code className="font-mono text-xs">/v1/graph-data/activeLeaseCount</code>, <code className="font-mono text-xs">activeGPU</code>,{" "}
        <code className="font-mono text-xs">dailyUUsdSpent</code>) for the live data mode.
      </p>
      <div className="mt-3">
        <ReportFigures figures={figures} heading="What the report says about Akash" />
      </div>
    </section>
  );
}

import { z } from "@/content/zod";
import { fetchJson } from "@/sources/shared/http";
import { type Result, fail, ok } from "@/sources/shared/result";
import { SourceError, type SourceErrorInit } from "@/sources/shared/source-error";
import { DEFILLAMA_FEES } from "./protocols";
import { type FeesSeries, FeesSeriesSchema } from "./fees-series";

/**
 * Sample mode's transport for fees: the series `npm run snapshot` recorded through `fetchProtocolFees` into
 * public/data/snapshot/, read from the app's own origin. Nothing is embedded until someone records it.
 */
/** The envelope `npm run snapshot` writes around every series (the same as the Akash files': src/sources/akash/snapshot-schema.ts). */
export const FeesSnapshotRaw = z.lazy(() => z.object({ version: z.literal(1), recordedAt: z.iso.datetime(), series: FeesSeriesSchema }));
export const feesSnapshotFile = (protocolId: string): string => `defillama-fees-${protocolId}.json`;

export function feesSnapshotUrl(protocolId: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith("/") ? base : `${base}/`}data/snapshot/${feesSnapshotFile(protocolId)}`;
}

/** The command that fills the gap, named wherever a series is missing. */
export const SNAPSHOT_COMMAND = "npm run snapshot";

class MissingFeesSnapshotError extends SourceError {
  constructor(init: SourceErrorInit, name: string) {
    super(init);
    this.message = `No data: no recorded fees for ${name} in this build. Run ${SNAPSHOT_COMMAND} (needs network) to record them.`;
  }
}

export async function fetchFeesSnapshot(
  protocolId: string,
  options: { signal?: AbortSignal | undefined; base?: string; name?: string } = {},
): Promise<Result<FeesSeries>> {
  const file = feesSnapshotFile(protocolId);
  const url = feesSnapshotUrl(protocolId, options.base);
  const source = { sourceId: DEFILLAMA_FEES.sourceId, sourceName: `Fees snapshot (${file})` };
  const raw = await fetchJson(source, url, FeesSnapshotRaw, { signal: options.signal });
  if (!raw.ok) {
    if (raw.error.kind !== "http" || raw.error.status !== 404) return raw;
    const detail = `public/data/snapshot/${file} is absent`;
    return fail(new MissingFeesSnapshotError({ ...source, url, kind: "http", status: 404, detail }, options.name ?? protocolId));
  }
  const { recordedAt, series } = raw.data;
  if (series.id !== `fees:${protocolId}`) {
    return fail(
      new SourceError({ ...source, url, kind: "schema-drift", detail: `series: expected "fees:${protocolId}", found "${series.id}"` }),
    );
  }
  const recorded = `Recorded by ${SNAPSHOT_COMMAND} on ${recordedAt}; not live.`;
  return ok({ ...series, meta: { ...series.meta, isSample: true, note: `${recorded} ${series.meta.note ?? ""}`.trim() } });
}

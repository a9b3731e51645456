import { z } from "@/content/zod";
import { fetchJson } from "@/sources/shared/http";
import { type Result, fail, ok } from "@/sources/shared/result";
import { SourceError, type SourceErrorInit } from "@/sources/shared/source-error";
import { AKASH } from "./adapter";
import { type AkashMetric, akashMetrics } from "./metrics";
import { AkashSnapshotRaw } from "./snapshot-schema";
import type { UsageSeries } from "./usage-series";

/**
 * The sample transport for Akash usage: the same validated series the live adapter produces, recorded by a maintainer
 * with `npm run snapshot` into public/data/snapshot/ and served from the app's own origin (no CORS, no network beyond
 * the site). Nothing is embedded until someone records it, so a missing file is the ordinary case and says so.
 */
export const akashSnapshotFile = (metric: AkashMetric): string => `akash-${metric}.json`;

export function akashSnapshotUrl(metric: AkashMetric, base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith("/") ? base : `${base}/`}data/snapshot/${akashSnapshotFile(metric)}`;
}

/** "Akash Console API answered with HTTP 404" would be true but useless: a 404 here means no snapshot was recorded. */
class MissingSnapshotError extends SourceError {
  constructor(init: SourceErrorInit) {
    super(init);
    this.message = "No Akash snapshot is embedded in this build: there is no recorded series to show.";
  }
}

export interface AkashSnapshotOptions {
  signal?: AbortSignal | undefined;
  /** The app's base path (Vite's BASE_URL); tests and other hosts pass their own. */
  base?: string;
  timeoutMs?: number;
}

/** Read one recorded Akash series, validated by the envelope and the domain schema, marked as sample data. */
export async function fetchAkashSnapshot(metric: AkashMetric, options: AkashSnapshotOptions = {}): Promise<Result<UsageSeries>> {
  const file = akashSnapshotFile(metric);
  const url = akashSnapshotUrl(metric, options.base);
  const source = { sourceId: AKASH.sourceId, sourceName: `Akash snapshot (${file})` };
  const raw = await fetchJson(source, url, AkashSnapshotRaw, {
    signal: options.signal,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  if (!raw.ok) {
    if (raw.error.kind !== "http" || raw.error.status !== 404) return raw;
    const detail = `public/data/snapshot/${file} is absent; a maintainer records it with npm run snapshot (needs network).`;
    return fail(new MissingSnapshotError({ ...source, url, kind: "http", status: 404, detail }));
  }

  const { recordedAt, series } = raw.data;
  // A file renamed or copied by hand must not show one metric under another's title.
  const entry = akashMetrics[metric];
  if (series.id !== `akash-${metric}` || series.unit !== entry.unit) {
    const detail = `series: expected id "akash-${metric}" in ${entry.unit}, found "${series.id}" in ${series.unit}`;
    return fail(new SourceError({ ...source, url, kind: "schema-drift", detail }));
  }
  const recorded = `Recorded by npm run snapshot on ${recordedAt}; not live.`;
  return ok({
    ...series,
    meta: { ...series.meta, isSample: true, note: series.meta.note === undefined ? recorded : `${recorded} ${series.meta.note}` },
  });
}

/** The list of recorded files, written by `npm run snapshot`; read first so the app never asks for a missing file. */
export const SnapshotManifestRaw = z.lazy(() =>
  z.object({ version: z.literal(1), recordedAt: z.nullable(z.string()), files: z.array(z.string()) }),
);
export type SnapshotManifest = z.infer<typeof SnapshotManifestRaw>;

export function snapshotManifestUrl(base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith("/") ? base : `${base}/`}data/snapshot/manifest.json`;
}

export async function fetchSnapshotManifest(options: { signal?: AbortSignal | undefined } = {}): Promise<Result<SnapshotManifest>> {
  const url = snapshotManifestUrl();
  return fetchJson({ sourceId: AKASH.sourceId, sourceName: "Snapshot manifest" }, url, SnapshotManifestRaw, { signal: options.signal });
}

import type { UsageSeriesId } from "@/content/series";
import type { UsageUnit } from "./usage-series";

/** The Akash usage series of content/series.ts (`akash-<metric>`): adding one there asks for its entry below. */
type MetricOf<T> = T extends `akash-${infer M}` ? M : never;
export type AkashMetric = MetricOf<UsageSeriesId>;

export interface AkashMetricEntry {
  metric: AkashMetric;
  /** `graph-data` reads chain blocks; `provider-graph-data` reads the providers' daily status snapshots. */
  route: "graph-data" | "provider-graph-data";
  dataName: string;
  label: string;
  unit: UsageUnit;
  /** API units per unit of ours: the API counts money in micro-units (1 USD = 1,000,000 uusd). */
  apiUnitsPerUnit: number;
  /**
   * A gauge is a level at a moment (leases open now), a flow is a daily difference of a running total (spend that
   * day). The API builds flows as `total(day) - total(previous day)` (`toRelativeValues` in
   * apps/api/src/dashboard/services/stats/stats.service.ts), which leaves two artefacts we drop: its first point is the
   * undifferenced running total, and its last point may be the day so far.
   */
  kind: "gauge" | "flow";
  note: string;
}

export const akashMetrics: Record<AkashMetric, AkashMetricEntry> = {
  "active-leases": {
    metric: "active-leases",
    route: "graph-data",
    dataName: "activeLeaseCount",
    label: "Active leases on Akash",
    unit: "leases",
    apiUnitsPerUnit: 1,
    kind: "gauge",
    note: "Leases open at the last block of each UTC day; the latest day is the latest indexed block.",
  },
  "leased-gpus": {
    metric: "leased-gpus",
    route: "graph-data",
    dataName: "activeGPU",
    label: "GPUs leased on Akash",
    unit: "GPUs",
    apiUnitsPerUnit: 1,
    kind: "gauge",
    note: "GPUs in active leases at the last block of each UTC day; the API drops the leading days with none.",
  },
  "daily-spend-usd": {
    metric: "daily-spend-usd",
    route: "graph-data",
    dataName: "dailyUUsdSpent",
    label: "Daily spend on Akash leases (USD)",
    unit: "USD",
    apiUnitsPerUnit: 1_000_000,
    kind: "flow",
    note: "USD value of lease payments per UTC day (API: micro-USD, converted). Days in progress are left out.",
  },
  "available-gpus": {
    metric: "available-gpus",
    route: "provider-graph-data",
    dataName: "gpu",
    label: "GPU capacity of online Akash providers",
    unit: "GPUs",
    apiUnitsPerUnit: 1,
    kind: "gauge",
    // provider-graph-data.service.ts sums activeGPU + pendingGPU + availableGPU: stats.akash.network calls it "GPU Capacity".
    note: "All GPUs that online providers report (leased + pending + free), not only the free ones.",
  },
};

export const AKASH_METRICS = Object.keys(akashMetrics) as AkashMetric[];

/** The metric behind a usage series id, when Akash answers it. */
export function akashMetricOf(id: string): AkashMetric | undefined {
  const metric = id.startsWith("akash-") ? id.slice("akash-".length) : "";
  return Object.hasOwn(akashMetrics, metric) ? (metric as AkashMetric) : undefined;
}

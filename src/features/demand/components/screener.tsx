import { useMemo } from "react";
import { type ScreenerRow, screenerRow } from "@/analytics";
import type { ExportTable } from "@/ui/export/csv";
import { useRegisterExport } from "@/ui/export/export-context";
import { dash, mult, num, pct, plainPct, usd } from "../format";
import type { DemandData } from "../hooks/use-demand-data";
import type { ViewState } from "@/state/url-schema";

/** The screener's columns and directions: the URL schema's lists. */
export type SortKey = ViewState["demandSort"];
export type SortDir = ViewState["demandSortDirection"];

interface Column {
  key: SortKey;
  label: string;
  /** Header tooltip and CSV column note: what the number is. */
  what: string;
  value: (r: ScreenerRow, name: string) => number | string | undefined;
  show: (r: ScreenerRow) => string;
}

/** A column of one number per row, shown with its format. */
const numeric = (
  key: SortKey,
  label: string,
  what: string,
  get: (r: ScreenerRow) => number | undefined,
  format: (v: number | undefined) => string,
): Column => ({ key, label, what, value: get, show: (r) => format(get(r)) });

export const COLUMNS: readonly Column[] = [
  { key: "token", label: "Token", what: "Network and token", value: (_r, name) => name, show: () => "" },
  { key: "return", label: "Return", what: "First to last close in the range", value: (r) => r.returnPct, show: (r) => pct(r.returnPct) },
  numeric("vol", "Volatility", "Annualised: sd of daily returns × √365", (r) => r.volPct, plainPct),
  numeric(
    "drawdown",
    "Max drawdown",
    "Deepest fall from a running peak",
    (r) => r.maxDrawdownPct,
    (v) => pct(v, 0),
  ),
  numeric("beta", "β to BTC", "OLS slope of daily returns on BTC's, at least 30 days", (r) => r.betaBtc, num),
  numeric("corr", "Corr. NVDA", "Correlation of returns on NVDA trading days, at least 20", (r) => r.corrNvda, num),
  { key: "mcap", label: "Market cap", what: "Last in the range (CoinGecko)", value: (r) => r.marketCap, show: (r) => usd(r.marketCap) },
  { key: "fdv", label: "FDV", what: "Close × max (else total) supply (CoinGecko)", value: (r) => r.fdv, show: (r) => usd(r.fdv) },
  {
    key: "pf",
    label: "P/F",
    what: "FDV (else market cap) ÷ annualised fees of the last 30 days",
    value: (r) => r.pf,
    show: (r) => (r.pf === undefined ? dash : `${mult(r.pf)}${r.pfBasis === "market cap" ? " (cap)" : ""}`),
  },
  numeric("growth", "Fees growth", "Last 30 days of fees against the 30 before", (r) => r.feesGrowthPct, pct),
];

interface Props {
  data: DemandData;
  range: { from: string; to: string };
  sort: SortKey;
  dir: SortDir;
  onSort: (key: SortKey, dir: SortDir) => void;
  selected: string;
  onSelect: (id: string) => void;
  /** The columns to show (a slide shows fewer); every column by default. The CSV always carries all of them. */
  columns?: readonly SortKey[];
}

/** Every token of the view, one row each, sortable; the sort lives in the URL and the CSV carries sources and as-of. */
export function Screener({ data, range, sort, dir, onSort, selected, onSelect, columns }: Props) {
  const shown = columns ? COLUMNS.filter((c) => c.key === "token" || columns.includes(c.key)) : COLUMNS;
  const rows = useMemo(
    () =>
      data.tokens.map((t) => ({
        t,
        row: screenerRow({
          id: t.token.id,
          price: t.price.data?.points ?? [],
          marketCap: t.mcap.data?.points,
          fdv: t.fdv.data?.points,
          fees: t.fees.data?.points,
          btc: data.btc.data?.points,
          nvda: data.nvda.data?.points,
          range,
        }),
      })),
    [data, range],
  );
  const column = COLUMNS.find((c) => c.key === sort) ?? COLUMNS[0];
  const sorted = useMemo(() => {
    const sign = dir === "asc" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = column?.value(a.row, a.t.token.name);
      const vb = column?.value(b.row, b.t.token.name);
      // Missing values sort last in either direction.
      if (va === undefined || vb === undefined) return va === undefined ? (vb === undefined ? 0 : 1) : -1;
      return (va < vb ? -1 : va > vb ? 1 : 0) * sign;
    });
  }, [rows, column, dir]);

  useRegisterExport((): ExportTable | null => {
    const loaded = data.tokens.flatMap((t) =>
      [t.price.data, t.fees.data, t.mcap.data, t.fdv.data].flatMap((s) =>
        s ? [{ label: `${t.token.ticker}: ${s.label}`, meta: s.meta }] : [],
      ),
    );
    if (loaded.length === 0) return null;
    const asOf =
      sorted
        .map((r) => r.row.asOf ?? "")
        .sort()
        .at(-1) ?? range.to;
    return {
      columns: ["token", "ticker", ...COLUMNS.slice(1).map((c) => c.key), "pf_basis", "as_of"],
      rows: sorted.map(({ t, row }) => [
        t.token.name,
        t.token.ticker,
        row.returnPct,
        row.volPct,
        row.maxDrawdownPct,
        row.betaBtc,
        row.corrNvda,
        row.marketCap,
        row.fdv,
        row.pf,
        row.feesGrowthPct,
        row.pfBasis ?? "",
        row.asOf ?? "",
      ]),
      sources: [
        ...loaded.map(
          (s) =>
            `${s.label}: ${s.meta.sourceName}, ${s.meta.sourceUrl}, ${s.meta.range.from} to ${s.meta.range.to}${s.meta.note ? ` (${s.meta.note})` : ""}`,
        ),
        ...COLUMNS.slice(1).map((c) => `${c.key}: ${c.what}`),
      ],
      asOf,
      isSample: data.mode === "sample",
      range,
      units: "percent for return, volatility, drawdown and fees growth; USD for market cap and FDV; × for P/F",
    };
  });

  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[880px] text-sm">
        <caption className="sr-only">
          Screener: one row per token, sorted by {column?.label} ({dir === "asc" ? "ascending" : "descending"})
        </caption>
        <thead className="sticky top-0 bg-surface">
          <tr className="border-b border-line text-left text-xs text-ink-3">
            {shown.map((c) => {
              const active = c.key === sort;
              const next: SortDir = active ? (dir === "desc" ? "asc" : "desc") : c.key === "token" ? "asc" : "desc";
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}
                  className={`py-1.5 pr-3 font-medium ${c.key === "token" ? "" : "text-right"}`}
                >
                  <button type="button" title={c.what} onClick={() => onSort(c.key, next)} className="hover:text-ink">
                    {c.label}
                    {active ? (dir === "asc" ? " ▲" : " ▼") : ""}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {sorted.map(({ t, row }) => (
            <tr key={t.token.id} className={`border-b border-line/60 ${t.token.id === selected ? "bg-surface-2" : ""}`}>
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                <button
                  type="button"
                  aria-pressed={t.token.id === selected}
                  onClick={() => onSelect(t.token.id)}
                  className="font-medium text-ink underline decoration-dotted underline-offset-2 hover:text-accent"
                >
                  {t.token.name}
                </button>{" "}
                <span className="text-xs text-ink-3">{t.token.ticker}</span>
              </th>
              {shown.slice(1).map((c) => (
                <td key={c.key} className="py-1.5 pr-3 text-right">
                  {c.show(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

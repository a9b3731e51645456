import { useViewState, viewSlice } from "@/state/use-view-state";
import { rangeFor } from "../range";
import { useDemandData } from "./use-demand-data";

const SLICE = viewSlice(["demandProject", "demandRange", "demandSort", "demandSortDirection"]);

/**
 * What the Demand view and its slide share: the URL state, the data for its range, the chosen project (the first
 * when the URL names none), and the screener's props bound to the URL (its sort and the chosen row live there).
 */
export function useDemandView() {
  const [url, setUrl] = useViewState(SLICE);
  const data = useDemandData(url.demandRange);
  const range = rangeFor(url.demandRange, data.latest);
  const selected = data.tokens.find((t) => t.token.id === url.demandProject) ?? data.tokens[0];
  const screener = {
    data,
    range,
    sort: url.demandSort,
    dir: url.demandSortDirection,
    onSort: (demandSort: typeof url.demandSort, demandSortDirection: typeof url.demandSortDirection) =>
      void setUrl({ demandSort, demandSortDirection }),
    selected: selected?.token.id ?? "",
    onSelect: (id: string) => void setUrl({ demandProject: id as typeof url.demandProject }),
  };
  return { url, setUrl, data, range, selected, screener };
}

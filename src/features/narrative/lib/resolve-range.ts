import { type DayRange, addDays } from "@/analytics";
import type { RangePresetId } from "../config";
import { REPORT_WINDOW } from "../config";

/** Resolves a preset against the data: 1Y and YTD end at the latest day of the shown AI tokens (the data's "as of"). */
export function resolveRange(preset: RangePresetId, asOf: string, custom: DayRange): DayRange {
  switch (preset) {
    case "report":
      return { ...REPORT_WINDOW };
    case "1y":
      return { from: addDays(asOf, -365), to: asOf };
    case "ytd":
      return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
    case "all":
      return { from: "2016-01-01", to: asOf > "2099-01-01" ? asOf : "2099-12-31" };
    case "custom":
      return custom.from <= custom.to ? custom : { from: custom.to, to: custom.from };
  }
}

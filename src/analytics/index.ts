export { type AlignedRow, alignOnDates } from "./align";
export { type ComparisonFrame, type FrameInput, type FrameSeriesSummary, type ValueMode, buildComparisonFrame } from "./frame";
export { type DayRange, addDays, clipToRange, lastOnOrBefore } from "./range";
export { pctChange, rebaseTo100 } from "./rebase";
export { type Index100, type IsoDay, type Pct, type Point, type Price, asIndex100, asPct, asPrice } from "./types";

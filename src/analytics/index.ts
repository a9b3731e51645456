export {
  type FrameInput,
  type FrameSeries,
  type Seam,
  type TimeFrame,
  type ValueMode,
  buildFrame,
  dayToMs,
  frameRows,
  msToDay,
  rankByChange,
  valuesOn,
} from "./frame";
export { DAY_MS, type DayRange, addDays, clipToRange, lastOnOrBefore } from "./range";
export { pctChange, rebaseTo100 } from "./rebase";
export { type Index100, type IsoDay, type Pct, type Point, type Price, asIndex100, asPct } from "./types";
export { type PeakMove, changeBetween, peakMoveAfter } from "./moves";
export { type PairedReturn, compound, pairedReturns, simpleReturns } from "./returns";
export { type CarPath, averageCarPath, basketCarPath } from "./car-path";
export {
  type EventStudyResult,
  type EventStudyRow,
  type EventWindow,
  type InsufficientReason,
  type MarketModel,
  type WindowResult,
  DEFAULT_ESTIMATION,
  DEFAULT_WINDOWS,
  MAX_EVENT_GAP_DAYS,
  MIN_ESTIMATION_DAYS,
  eventIndex,
  marketModel,
  overlappingEvents,
  separateEstimation,
  studyEvent,
  studyEvents,
} from "./event-study";
export { type BasketDownDays, type BtcDownDay, type DownDayStats, basketOnBtcDownDays, btcDownDays, downDayStats } from "./down-days";
export { downsampleAligned, downsampleM4, lttb } from "./downsample";
// Types only: the checks themselves (CLAIM_CHECKS, checkClaim, AI_BASKET) are imported from "@/analytics/claim-checks",
// so that code which imports this index does not pull the sixty checks into the first load (they load with the claims).
export type { CheckInput, CheckResult, ClaimCheck, ClaimStatus, Evidence, Lens } from "./claim-checks";
export {
  APPENDIX_2_MOMENTS,
  APPENDIX_2_PEAK_DAYS,
  type Appendix2EventId,
  type Appendix2Move,
  type Appendix2Row,
  appendix2Move,
  appendix2Moves,
} from "./appendix2";
export { type ChainedSeries, chainTickerChange } from "./chain";
export {
  type ScreenerInput,
  type ScreenerRow,
  type ValuationBasis,
  FEES_WINDOW_DAYS,
  MIN_BETA_DAYS,
  MIN_FEES_DAYS,
  MIN_NVDA_DAYS,
  MIN_WEEKS,
  annualisedFees,
  annualisedVolPct,
  correlation,
  feesGrowthPct,
  maxDrawdownPct,
  priceToFees,
  priceToFeesSeries,
  screenerRow,
  slope,
} from "./demand";
export { type Coefficient, type Decomposition, type WeekRow, decomposeWeekly, ols, weekOf, weeklyRows } from "./demand-weekly";

import { DEFAULT_ESTIMATION, MIN_ESTIMATION_DAYS } from "@/analytics";

/** The method and its limits, in the panel, so nobody reads more into the numbers than they carry. */
export function Methodology() {
  return (
    <details className="rounded-lg border border-line p-3 text-sm text-ink-2">
      <summary className="cursor-pointer font-semibold text-ink">Methodology and limits</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          Prices: daily closes. Crypto trades every day and its closes are Binance USDT closes at 24:00 UTC; Nvidia and Microsoft trade on
          NYSE weekdays only. The chart aligns them on the union of days without filling: a stock's line runs from one trading day's close
          to the next (no weekend value is drawn or invented), and a token's line breaks where its data stops.
        </li>
        <li>
          Returns between a token and a stock are taken only between days both have a close, so a Monday stock return is compared with the
          token's Friday-to-Monday return, never with an invented weekend price.
        </li>
        <li>
          Abnormal returns follow the market model (MacKinlay 1997): α and β from an OLS regression of the token's daily return on the
          benchmark's over days {DEFAULT_ESTIMATION.from} to {DEFAULT_ESTIMATION.to} before the event (at least {MIN_ESTIMATION_DAYS} shared
          days), AR = r − (α + β × r<sub>benchmark</sub>), and CAR is their sum over the window. Days count shared closes, so with NVDA as
          the benchmark they are trading days.
        </li>
        <li>
          Day 0 is the first shared close on or after the event's UTC date. US after-close news (earnings) reaches crypto the same night but
          stocks only the next session, so against NVDA day 0 may straddle the reaction.
        </li>
        <li>
          Overlapping events (Sora on 2024-02-15 and OpenAI's tender on 2024-02-16; two events on 2024-02-21 and on 2024-02-27) share their
          windows: their returns cannot be told apart, and the panel flags neighbours within a week.
        </li>
        <li>
          Thin data: WLD trades from 2023-07-24, TAO closes start 2024-04-11, AGIX and OCEAN end 2023-12-29, Render's RNDR series ends
          2024-07-13 and RENDER starts 2024-07-26. Events without enough data around them say so instead of showing numbers.
        </li>
        <li>
          The category averages are simple means across events with a ±1 standard-error band: a handful of events per category, with
          overlapping windows and crypto-wide moves, is far from a controlled test. Read them as description, not proof.
        </li>
      </ul>
    </details>
  );
}

/**
 * Units live in the types: a rebased index cannot be passed where a percentage is expected. Brands cost nothing at
 * run time; the constructors below are the only way in.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A calendar day in UTC, "YYYY-MM-DD"; string order is date order. */
export type IsoDay = string;
/** A price in the series' own quote currency (USD or USDT). */
export type Price = Brand<number, "Price">;
/** A value rebased so the first point of the window is 100. */
export type Index100 = Brand<number, "Index100">;
/** A simple return in percent: +50 means the price rose by half. */
export type Pct = Brand<number, "Pct">;

export const asIndex100 = (n: number) => n as Index100;
export const asPct = (n: number) => n as Pct;

export interface Point<V extends number = number> {
  date: IsoDay;
  value: V;
}

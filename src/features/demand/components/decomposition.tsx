import { MIN_WEEKS, type decomposeWeekly } from "@/analytics";
import { HeadCells, numericColumn } from "@/ui/table";
import { num, pct, plural } from "../format";

/** How much of a token's weekly returns goes with weekly fee growth and how much with AI-news weeks, with the method and its limits. */
export function Decomposition({ ticker, name, result }: { ticker: string; name: string; result: ReturnType<typeof decomposeWeekly> }) {
  return (
    <section aria-label={`${ticker} weekly returns: fees or news`} className="rounded-lg border border-line p-4">
      <h3 className="text-base font-semibold text-ink">{ticker} weekly returns: fee growth or AI-news weeks?</h3>
      {result.ok ? (
        <>
          <p className="mt-1 text-sm text-ink-2">
            Over {plural(result.n, "complete week")} ({plural(result.newsWeeks, "AI-news week")}), fee growth and AI-news weeks together
            explain <strong>{(result.r2 * 100).toFixed(0)}%</strong> of the variance of {ticker}'s weekly returns: about{" "}
            {(result.r2FeeGrowth * 100).toFixed(0)} points go with fee growth and {(result.r2AiNews * 100).toFixed(0)} with AI-news weeks.
          </p>
          <table className="mt-2 text-sm">
            <thead>
              <tr className="text-left text-ink-3">
                <HeadCells
                  cell="pr-4 font-medium last:pr-0"
                  columns={["Term", ...["Estimate", "Std. error", "Share of R²"].map(numericColumn)]}
                />
              </tr>
            </thead>
            <tbody className="tabular-nums">
              <tr>
                <th scope="row" className="pr-4 text-left font-normal">
                  Intercept (% a week)
                </th>
                <td className="pr-4 text-right">{num(result.intercept.estimate)}</td>
                <td className="pr-4 text-right">{num(result.intercept.stdError)}</td>
                <td className="text-right">—</td>
              </tr>
              <tr>
                <th scope="row" className="pr-4 text-left font-normal">
                  Weekly fee growth (pp per pp)
                </th>
                <td className="pr-4 text-right">{num(result.feeGrowth.estimate, 3)}</td>
                <td className="pr-4 text-right">{num(result.feeGrowth.stdError, 3)}</td>
                <td className="text-right">{pct(result.r2FeeGrowth * 100).replace("+", "")}</td>
              </tr>
              <tr>
                <th scope="row" className="pr-4 text-left font-normal">
                  AI-news week (pp)
                </th>
                <td className="pr-4 text-right">{num(result.aiNews.estimate)}</td>
                <td className="pr-4 text-right">{num(result.aiNews.stdError)}</td>
                <td className="text-right">{pct(result.r2AiNews * 100).replace("+", "")}</td>
              </tr>
            </tbody>
          </table>
        </>
      ) : (
        <p role="note" className="mt-1 text-sm text-ink-2">
          <span className="font-semibold">Not enough data: </span>
          {result.reason}. It needs {name}'s daily fees and {ticker}'s closes over at least {MIN_WEEKS} complete weeks.
        </p>
      )}
      <details className="mt-2 text-sm text-ink-2" open>
        <summary className="cursor-pointer text-ink-3">Method and limits</summary>
        <p className="mt-1">
          Weeks run Monday to Sunday (UTC). The weekly return is the last close of a week against the last close of the week before; fee
          growth is a week's total fees against the previous week's, for weeks with all seven days of fees. An AI-news week holds at least
          one event of the events list. Ordinary least squares fits return = a + b × fee growth + c × news week; R² is split between the two
          by their average gain over both orders of entry (Shapley), so the two parts add up to R².
        </p>
        <p className="mt-1">
          Limits: a few dozen weeks at most, so estimates are noisy (read the standard errors). It shows association, not cause: fees are
          valued in USD at the token's price, so a rising price lifts fees by itself; news weeks are crude (one event or five count the
          same, and events are chosen by us); other drivers (BTC, the market) are left out. A weak fee coefficient does not prove the
          narrative drives the price.
        </p>
      </details>
    </section>
  );
}

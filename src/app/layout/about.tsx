import { report } from "@/content/report";
import { seriesCatalog } from "@/sources/price-series";
import { TableHead } from "@/ui/table";

const base = import.meta.env.BASE_URL;

/** Method and sources, so every number on the page can be traced. */
export function About() {
  return (
    <section id="about" aria-labelledby="about-title" className="scroll-mt-20 rounded-xl border border-line bg-surface px-5 py-4 shadow-sm">
      <h2 id="about-title" className="text-xl font-semibold tracking-tight text-ink">
        About this dashboard
      </h2>
      <div className="mt-3 grid grid-cols-1 gap-6 text-sm text-ink-2 lg:grid-cols-2">
        <div className="space-y-2">
          <h3 className="text-base font-semibold text-ink">The report</h3>
          <p>
            <cite>{report.title}</cite> by {report.author} ({report.publisher}) splits crypto × AI into four stages of the AI pipeline and
            argues that most AI tokens trade on the AI narrative more than on demand. The English original came out in{" "}
            {report.publishedApprox}; our copy is a Chinese translation by {report.translation.by}, reposted on{" "}
            {report.translation.repostedAt} (
            <a className="text-accent underline" href={report.translation.repostUrl} target="_blank" rel="noreferrer">
              repost
            </a>
            ). Mirage takes the report's "as of writing" to be {report.reportAsOf} and its window to run from {report.reportWindow.from} to{" "}
            {report.reportWindow.to}.
          </p>
          <h3 className="pt-2 text-base font-semibold text-ink">Method</h3>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              Claims are the report's, restated in our words, each with the id of our English digest, the numbers it cites, the figure it
              refers to and its line in the translated text.
            </li>
            <li>
              Figure cards show numbers the report prints, attributed as the report attributes them; they are not Mirage's measurements.
            </li>
            <li>
              Charts draw real daily data embedded with the app. Crypto prices are Binance spot closes in USDT (the last hourly close of
              each UTC day), not USD. Stocks are Nvidia and Microsoft closes, split-adjusted, on NYSE trading days only.
            </li>
            <li>
              Calendars are aligned on the union of days without filling: a stock has no value at weekends (its line joins one trading day's
              close to the next, with no point in between) and a token has none before it lists (its line starts there). No price is
              invented.
            </li>
            <li>
              "Index = 100" rebases each series to 100 at its own first day in the selected window; the figure caption and data table say
              which day that is.
            </li>
            <li>
              Different measures are never spliced: Render is RNDR (Yahoo, USD) to 2024-07-13 and RENDER (Binance, USDT) from 2024-07-26;
              TAO before its Binance listing exists only as Yahoo daily opens, drawn dashed and apart.
            </li>
            <li>Where no data exists (Akash usage, AKT prices, AGIX and OCEAN in 2024) the panel says so and draws nothing.</li>
          </ul>
        </div>
        <div>
          <h3 className="text-base font-semibold text-ink">Sources of the embedded data</h3>
          <p className="mt-1">
            Full provenance:{" "}
            <a className="text-accent underline" href={`${base}data/prices/PROVENANCE.md`}>
              prices
            </a>
            ,{" "}
            <a className="text-accent underline" href={`${base}data/EVENTS.md`}>
              AI events
            </a>
            .
          </p>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-xs">
              <caption className="sr-only">Embedded price series and where each comes from</caption>
              <TableHead cell="py-1 pr-2 font-medium last:pr-0" columns={["Series", "Measure", "Days", "Upstream"]} />
              <tbody>
                {seriesCatalog.map((s) => (
                  <tr key={s.id} className="border-t border-line align-top">
                    <th scope="row" className="py-1 pr-2 font-medium text-ink">
                      {s.label}
                    </th>
                    <td className="py-1 pr-2">
                      daily {s.measure}, {s.quote}
                    </td>
                    <td className="py-1 pr-2 tabular-nums whitespace-nowrap">
                      {s.first} to {s.last}
                    </td>
                    <td className="py-1">
                      <a
                        className="text-accent underline"
                        href={`https://github.com/${s.upstream.repo}/blob/${s.upstream.commit}/${s.upstream.path}`}
                        target="_blank"
                        rel="noreferrer"
                      >
                        {s.upstream.repo}
                      </a>{" "}
                      <span className="font-mono text-ink-3">@{s.upstream.commit.slice(0, 7)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </section>
  );
}

import { report } from "@/content/report";

/** The opening slide: the report, its author and date, and the question Mirage asks of it. */
export function TitleSlide() {
  return (
    <div className="flex h-full flex-col justify-center gap-6">
      <p className="text-[1.1rem] text-ink-2">
        <cite>{report.title}</cite>, {report.author}, {report.publisher}, {report.publishedApprox}
      </p>
      <p className="max-w-[60ch] text-[1.6rem] font-semibold leading-snug">
        Four stages of the AI pipeline, each with weak demand, strong incumbents, physics or regulation in the way, and AI tokens that trade
        on the AI narrative more than on use. Does the data agree?
      </p>
      <ul className="list-disc space-y-2 pl-8 text-[1rem] text-ink-2">
        <li>Each stage: its projects, the report's claims and real prices over the report's window.</li>
        <li>The narrative: AI tokens against BTC, ETH, Nvidia and Microsoft, with AI news on the time axis.</li>
        <li>Each testable claim, as the report saw it and on the latest data.</li>
      </ul>
    </div>
  );
}

/** The closing slide: the report's conclusions, in Mirage's words, and where the evidence comes from. */
export function ClosingSlide() {
  return (
    <div className="flex h-full flex-col justify-center gap-5 text-[1.05rem]">
      <ul className="list-disc space-y-3 pl-8">
        <li>Decentralization alone is no moat: crypto AI must match centralized rivals on features, cost, tooling and compliance.</li>
        <li>Crypto designs are feasible at every stage, but far from parity, and incumbents move faster.</li>
        <li>AI tokens ran on crypto beta plus AI headlines; price and use will meet eventually. Trade the narrative knowingly.</li>
      </ul>
      <p className="text-[0.85rem] text-ink-2">
        Sources: <cite>{report.title}</cite> ({report.publisher}); daily prices from public repositories (Binance spot, Yahoo Finance,
        Interactive Brokers) embedded with their provenance; 76 curated AI events, each with its own source.
      </p>
    </div>
  );
}

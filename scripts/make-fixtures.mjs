// Rebuilds the test fixtures from the embedded sample data in public/data: excerpts in the exact recorded shape, so
// component tests run the real parsers on real rows without shipping the whole files into the test bundle.
// Usage: node scripts/make-fixtures.mjs
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const pricesIn = "public/data/prices";
const pricesOut = "src/sources/sample-prices/fixtures";
for (const file of readdirSync(pricesIn).filter((f) => f.endsWith(".csv"))) {
  const [header, ...rows] = readFileSync(`${pricesIn}/${file}`, "utf8").trim().split("\n");
  let kept = rows.filter((r) => r >= "2023-09-01" && r < "2024-05-01");
  if (kept.length < 30) kept = rows.slice(0, 90);
  writeFileSync(`${pricesOut}/${file}`, `${[header, ...kept].join("\n")}\n`);
}

const events = JSON.parse(readFileSync("public/data/events.json", "utf8"));
const excerpt = events.filter((e) => e.date >= "2023-10-01" && e.date <= "2024-07-31");
writeFileSync("src/sources/sample-events/fixtures/events.json", `${JSON.stringify(excerpt, null, 2)}\n`);
console.log(`fixtures: ${readdirSync(pricesOut).length} price files, ${excerpt.length} events`);

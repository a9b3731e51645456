import type { SnapshotFileInfo } from "./files";

export interface ProvenanceInput {
  /** When this run started. */
  recordedAt: string;
  /** Every valid file now in the folder, this run's and earlier runs'. */
  files: readonly SnapshotFileInfo[];
  failed: readonly { id: string; message: string }[];
  /** Files in the folder that are not valid snapshots (hand edits, an older format). */
  invalid: readonly { file: string; problem: string }[];
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
const code = (text: string) => `\`${text}\``;

/** PROVENANCE.md for public/data/snapshot: what each file is, where it came from, when, and what failed. */
export function renderProvenance({ recordedAt, files, failed, invalid }: ProvenanceInput): string {
  const lines = [
    "# Snapshot provenance",
    "",
    `Written by \`npm run snapshot\` (scripts/snapshot/record.ts); last run ${recordedAt}. Rewritten on every run: edit the`,
    "script, not this file.",
    "",
    "Each file is `{ version: 1, recordedAt, series }`, where `series` is exactly what the live adapter returned (same",
    "request, parser and zod schema as the live data mode), validated again before it was written. The app serves these",
    "files from its own origin and marks every figure from them as sample data, with the recording date.",
    "",
    "## Files",
    "",
  ];
  if (files.length === 0) {
    lines.push("None: no source has been recorded into this folder yet.");
  } else {
    lines.push(
      "| File | Series | Points | Source | Request URL | Date range | As of | Recorded at |",
      "| --- | --- | ---: | --- | --- | --- | --- | --- |",
    );
    for (const f of files) {
      const when = f.recordedAt === recordedAt ? f.recordedAt : `${f.recordedAt} (earlier run, kept)`;
      const row = [
        code(f.file),
        f.label,
        String(f.points),
        `${f.meta.sourceName}: ${f.meta.sourceUrl}`,
        f.meta.requestUrl,
        `${f.meta.range.from} to ${f.meta.range.to}`,
        f.meta.asOf,
        when,
      ];
      lines.push(`| ${row.map(cell).join(" | ")} |`);
    }
    lines.push("", "### Notes carried by each series", "");
    for (const f of files) lines.push(`- ${code(f.file)}: ${f.meta.note ?? "none"}`);
  }

  lines.push("", "## Failures in the last run", "");
  if (failed.length === 0) lines.push("None.");
  else {
    const kept = files.length > 0 ? " A file of the same name listed above is from an earlier run and was left as it was." : "";
    lines.push(`Not written in this run.${kept}`, "");
    for (const f of failed) lines.push(`- ${code(f.id)}: ${f.message}`);
  }

  if (invalid.length > 0) {
    lines.push("", "## Files that are not valid snapshots", "", "The app rejects these as schema drift. Re-record or delete them.", "");
    for (const f of invalid) lines.push(`- ${code(f.file)}: ${f.problem}`);
  }
  return `${lines.join("\n")}\n`;
}

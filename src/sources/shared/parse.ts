import type { z } from "@/content/zod";
import { type Result, fail, ok } from "./result";
import { SourceError } from "./source-error";
import type { SourceRef } from "./http";

/** One failed check, shaped like a zod issue, so hand-written validators report exactly as schemas do. */
export type Issue = { path: readonly PropertyKey[]; message: string };

/** Validates raw data; a mismatch is schema drift, reported with the first paths that failed. */
export function parseWith<S extends z.ZodMiniType>(schema: S, raw: unknown, source: SourceRef, url: string): Result<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return driftFrom(parsed.error.issues, source, url);
}

/** The schema-drift error for a list of failed checks (from a schema or a hand-written validator). */
export function driftFrom<T>(issues: readonly Issue[], source: SourceRef, url: string): Result<T> {
  const detail = formatIssues(issues);
  if (typeof console !== "undefined") console.warn(`[${source.sourceId}] schema drift at ${url}: ${detail}`);
  return fail(new SourceError({ ...source, url, kind: "schema-drift", detail }));
}

/** "rows[3].close: expected number" for the first three issues: short enough for a panel. */
export function summariseIssues(error: z.core.$ZodError): string {
  return formatIssues(error.issues);
}

export function formatIssues(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    return `${path || "(root)"}: ${issue.message}`;
  });
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : "";
  return shown.join("; ") + more;
}

export function parseJson(text: string, source: SourceRef, url: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail(new SourceError({ ...source, url, kind: "malformed", detail: error instanceof Error ? error.message : "invalid JSON" }));
  }
}

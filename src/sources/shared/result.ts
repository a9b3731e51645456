import type { SourceError } from "./source-error";

/** Adapters return results; query functions unwrap them and throw the typed error for TanStack Query. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: SourceError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T>(error: SourceError): Result<T> => ({ ok: false, error });

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  throw result.error;
}

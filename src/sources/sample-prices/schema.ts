import { z } from "zod";
import { IsoDaySchema } from "@/sources/shared/series";

/** A decimal as written in the files ("0.6674190163612366", "28995.13", "1e-05"). */
const DecimalTextRaw = z
  .string()
  .regex(/^\d+(\.\d+)?([eE][-+]?\d+)?$/, "expected a positive decimal")
  .transform(Number);

/** Rows of a closes file (`date,close` or `date,close,volume`). Extra columns are stripped. */
export const CloseRowsRaw = z.array(z.object({ date: IsoDaySchema, close: DecimalTextRaw })).min(1, "no rows");

/** Rows of an opens file (`date,open`): kept apart so an open is never read as a close. */
export const OpenRowsRaw = z.array(z.object({ date: IsoDaySchema, open: DecimalTextRaw })).min(1, "no rows");

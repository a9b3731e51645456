import { z } from "zod/mini";

/**
 * zod for the whole app: zod/mini, the tree-shakable functional API (`z.optional(s)`, `s.check(z.minLength(1))`), so
 * the first load carries only the parts the schemas use (full zod was ~26 KiB gzip of it). zod/mini ships no messages,
 * every issue would read "Invalid input"; the panels and notices show zod's English ones ("Too small: expected string
 * to have >=1 characters"), so they are loaded here, once, before any schema runs. Import `z` from here, never from
 * "zod" or "zod/mini" directly.
 */
z.config(z.locales.en());

export { z };

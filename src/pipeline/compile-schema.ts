import * as z from "zod/mini";

/**
 * zod's compilation of a schema (`z.compile`): one generated function that checks and copies a
 * value, with the interpreted parser behind it for values it cannot pass, so results and issues
 * are those of the schema itself. The browser build swaps this module for
 * `compile-schema.browser.ts` (see tsup.config.ts), which keeps the interpreted parser: the
 * compiler is about 35 KB of a browser bundle, and a page or two per visit does not repay it.
 *
 * @param schema - the schema to compile
 * @returns the compiled schema, or the schema itself where zod cannot compile it
 */
export function compileSchema<T extends z.ZodMiniType>(schema: T): T {
  return z.compile(schema);
}

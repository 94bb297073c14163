import type * as z from "zod/mini";

/**
 * The browser build's stand-in for `compile-schema.ts`: the schema as it is, parsed by zod's
 * interpreter. Same results and issues, without zod's schema compiler in the bundle.
 *
 * @param schema - the schema to use
 * @returns the same schema
 */
export function compileSchema<T extends z.ZodMiniType>(schema: T): T {
  return schema;
}

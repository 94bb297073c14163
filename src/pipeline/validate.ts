import * as z from "zod/mini";
import { ArticleSchema, RemovedSchema, type Article, type Removed } from "../model/article.js";
import { ArticleParseError } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import { compileSchema } from "./compile-schema.js";

const OutputSchema = z.strictObject({ articles: z.array(ArticleSchema), removed: z.array(RemovedSchema) });

/**
 * The same schema, compiled by zod (`z.compile`) on first use: zod generates one function that
 * checks and copies the whole output, about ten times cheaper than its interpreted parse on real
 * pages (a page carries about 120 `removed` entries). It is zod's own compilation of the same
 * schema: a value it cannot pass goes to the interpreted parser, so failures and their issues are
 * unchanged, and where zod cannot compile (no `new Function`) it keeps the interpreted parser.
 */
let compiled: typeof OutputSchema | undefined;

/** The output schema the parser validates with (compiled on first use). */
export function outputSchema(): typeof OutputSchema {
  return (compiled ??= compileSchema(OutputSchema));
}

/**
 * Stage 6: nothing leaves the library without passing the schema. A failure here is a bug in
 * an earlier stage, reported as `internal_error` with the zod issues, never a malformed result.
 */
export function validate(articles: Article[], removed: Removed[], ctx: ParseContext): { articles: Article[]; removed: Removed[] } {
  const result = outputSchema().safeParse({ articles, removed });
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".")}: ${i.message}`)
    .join("; ");
  ctx.messages.push({ code: "internal_error", severity: "error", message: `output failed validation: ${detail}` });
  throw new ArticleParseError("internal_error", `output failed validation: ${detail}`, ctx.messages);
}

import { z } from "zod";
import { ArticleSchema, RemovedSchema, type Article, type Removed } from "../model/article.js";
import { ArticleParseError } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";

const OutputSchema = z.strictObject({ articles: z.array(ArticleSchema), removed: z.array(RemovedSchema) });

/**
 * Stage 6: nothing leaves the library without passing the schema. A failure here is a bug in
 * an earlier stage, reported as `internal_error` with the zod issues, never a malformed result.
 */
export function validate(articles: Article[], removed: Removed[], ctx: ParseContext): { articles: Article[]; removed: Removed[] } {
  const result = OutputSchema.safeParse({ articles, removed });
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".")}: ${i.message}`)
    .join("; ");
  ctx.messages.push({ code: "internal_error", severity: "error", message: `output failed validation: ${detail}` });
  throw new ArticleParseError("internal_error", `output failed validation: ${detail}`, ctx.messages);
}

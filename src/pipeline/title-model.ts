/**
 * The main story's title ranker: a logistic model over title-candidate features (see
 * `TITLE_FEATURES` in `title-rank.ts`), kept in its own weights file (`title-weights.json`,
 * written by `scripts/title-train.ts` with its cross-validated figures) so that retraining the
 * body model (`npm run train`) and the ranker are independent.
 *
 * @module
 */

import weights from "./title-weights.json" with { type: "json" };
import type { TitleModel } from "./story-model.js";

/** The shipped title ranker. */
export const SHIPPED_TITLE_MODEL: TitleModel | null = (weights as unknown as TitleModel).features.length > 0 ? (weights as unknown as TitleModel) : null;

let active: TitleModel | null = SHIPPED_TITLE_MODEL;

/**
 * The title ranker in use: the shipped one unless {@link withTitleModel} set another (or none).
 *
 * @returns The active ranker, or null when ranking is off (the head rules choose alone).
 * @example
 * ```ts
 * titleModel()?.features.length; // 39
 * ```
 */
export function titleModel(): TitleModel | null {
  return active;
}

/**
 * Runs `fn` with another title ranker, or none: how the training script reads the head rules'
 * own choice and scores a held-out fold. Synchronous; the previous ranker is restored after.
 *
 * @param model - The ranker to use, or null for none.
 * @param fn - The work to run.
 * @returns What `fn` returns.
 * @throws Whatever `fn` throws (the ranker is restored first).
 * @example
 * ```ts
 * withTitleModel(null, () => parseArticles(text));
 * ```
 */
export function withTitleModel<T>(model: TitleModel | null, fn: () => T): T {
  const before = active;
  active = model;
  try {
    return fn();
  } finally {
    active = before;
  }
}

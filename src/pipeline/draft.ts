/**
 * Types and shape tests shared by every assembly stage (main story, layouts, timestamps). They
 * live below all of those modules so that none has to import another to get them: assembly reads
 * the main story and the layouts, and they read only this.
 *
 * @module
 */

import type { ArticleRole, Caption, Removed } from "../model/article.js";
import type { ClassifiedLine } from "../model/block.js";
import type { Timestamp } from "../time/types.js";

/** An article before timestamps are resolved and the schema is checked. */
export interface ArticleDraft {
  role: ArticleRole;
  title: string;
  truncated: boolean;
  source: string | null;
  timestamp: Timestamp | null;
  kicker: string | null;
  paragraphs: string[];
  captions: Caption[];
  hashtags: string[];
  categories: string[];
  removed: Removed[];
  start: number;
  end: number;
  /** The byline (author names), when one is printed. */
  byline?: string | null;
  /** Key points printed above the story. */
  keyPoints?: string[];
}

/** A headline: one line of up to 40 words that does not read as a full paragraph. */
export function isHeadline(line: ClassifiedLine): boolean {
  return line.words >= 1 && line.words <= 40 && line.text.length <= 300;
}

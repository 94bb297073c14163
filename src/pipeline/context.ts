import type { ParseMessage } from "../diagnostics/messages.js";
import type { CompiledRules, Rule } from "../rules/rule.js";
import type { DateOrder } from "../time/types.js";

/** What every stage may read: the input, resolved options and compiled rules, and a message sink. */
export interface ParseContext {
  /** The original input. */
  readonly input: string;
  /** The moment the page was scraped, or `undefined` when not given. */
  readonly referenceTime: Date | undefined;
  /** IANA zone for dates printed without one. */
  readonly timeZone: string;
  /** Numeric date order, when the caller fixed it. */
  readonly dateOrder: DateOrder | undefined;
  /** Compiled rules. */
  readonly rules: CompiledRules;
  /** The parser's cache of rule matches for short lines (see `matchLine`), shared by its pages. */
  readonly ruleCache?: Map<string, Rule | null>;
  /** Lines learned as template boilerplate for this site (folded text), possibly empty. */
  readonly template: ReadonlySet<string>;
  /** Diagnostics gathered so far (stages push to it). */
  readonly messages: ParseMessage[];
  /** Returns true once the time budget is spent. */
  readonly outOfTime: () => boolean;
}

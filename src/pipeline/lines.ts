import type { Removed } from "../model/article.js";
import type { ClassifiedLine, Line } from "../model/block.js";

/** Input offset one past a line's last kept character. */
export function lineEnd(line: Line): number {
  return line.map ? line.map[line.map.length - 1]! : line.textStart + line.text.length;
}

/** A whole line recorded as removed, with its exact input text. */
export function lineRemoved(line: ClassifiedLine, input: string, kind: string, ruleId: string): Removed {
  const start = line.textStart;
  const end = lineEnd(line);
  return { kind, ruleId, start, end, text: input.slice(start, end) };
}

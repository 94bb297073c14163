/** Escapes every regular-expression metacharacter in a literal phrase. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&"); // not "-": `\-` is a syntax error under the u flag
}

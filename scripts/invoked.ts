import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Whether the script at `moduleUrl` is the one Node was started with (`tsx scripts/eval.ts`), as
 * opposed to imported by a test or another script. Symbolic links are resolved on both sides.
 *
 * @param moduleUrl - the calling module's `import.meta.url`
 * @returns `true` when that module is the process's entry script
 * @example
 * ```ts
 * if (invokedDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
 * ```
 */
export function invokedDirectly(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

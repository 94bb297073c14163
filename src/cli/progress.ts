/**
 * The progress bar shown on standard error while a batch runs, only when standard error is a
 * terminal: a log file or a CI log gets no carriage-return noise.
 */

/** The numbers one frame of the bar shows. */
export interface ProgressState {
  /** Pages finished (parsed or failed). */
  done: number;
  /** Pages in the batch. */
  total: number;
  /** Pages that failed. */
  failed: number;
  /** Milliseconds since the batch started. */
  elapsedMs: number;
}

/** `m:ss`, or `h:mm:ss` past an hour. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/**
 * One frame: `[########------------]  42/100 pages  12.5 pages/s  ETA 0:05  1 failed`, cut to
 * `columns`. The rate is the mean since the start (steadier than a moving window for pages whose
 * sizes vary a lot); the ETA is the remaining pages at that rate, `--:--` before the first page.
 */
export function formatProgress(state: ProgressState, columns = 80): string {
  const { done, total, failed, elapsedMs } = state;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : "--:--";
  const count = `${String(done).padStart(String(total).length)}/${total} pages`;
  const tail = `  ${count}  ${rate.toFixed(1)} pages/s  ETA ${eta}${failed > 0 ? `  ${failed} failed` : ""}`;
  const width = Math.max(10, Math.min(30, columns - tail.length - 3));
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  return `${bar}${tail}`.slice(0, Math.max(1, columns - 1));
}

/** Erase the current terminal line and return to its start. */
const CLEAR_LINE = "\r\x1b[2K";

/** Draws the bar at most every `intervalMs`, and keeps log lines from being drawn over. */
export class ProgressBar {
  private lastDraw = -Infinity;
  private visible = false;
  private readonly start: number;

  /**
   * @param write - writes to standard error
   * @param now - a millisecond clock
   * @param enabled - false when standard error is not a terminal: then only `log` writes
   * @param columns - terminal width
   * @param intervalMs - least time between two frames (a redraw per page would flood a fast terminal)
   */
  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number,
    private readonly enabled: boolean,
    private readonly columns = 80,
    private readonly intervalMs = 100,
  ) {
    this.start = now();
  }

  /** Redraws when due, or always when `force` (first and last frame). */
  update(state: Omit<ProgressState, "elapsedMs">, force = false): void {
    if (!this.enabled) return;
    const t = this.now();
    if (!force && t - this.lastDraw < this.intervalMs) return;
    this.lastDraw = t;
    // A terminal that reports no usable width (0 under some pseudo-terminals) gets 80 columns.
    const columns = this.columns >= 20 ? this.columns : 80;
    this.write(`${CLEAR_LINE}${formatProgress({ ...state, elapsedMs: t - this.start }, columns)}`);
    this.visible = true;
  }

  /** Writes a full line (an error about one file) above the bar. */
  log(line: string): void {
    if (this.visible) this.write(CLEAR_LINE);
    this.visible = false;
    this.lastDraw = -Infinity; // redraw on the next update so the bar comes back under the line
    this.write(line.endsWith("\n") ? line : `${line}\n`);
  }

  /** Removes the bar, leaving the terminal as it was. */
  clear(): void {
    if (this.visible) this.write(CLEAR_LINE);
    this.visible = false;
  }

  /** Milliseconds since the bar was created. */
  elapsed(): number {
    return this.now() - this.start;
  }
}

import { SingleBar } from "cli-progress";
import type { ScanStats } from "../scan/result.js";

/** What a scan reports as it goes: files and bytes, and for a history its commits. */
type Progress = ScanStats & { readonly commits?: number };

/**
 * A status line on standard error while a scan runs: files (or commits and blobs) and bytes
 * so far, the rate, and the phase. Shown only on a terminal, only once the scan has run for
 * `afterMs` (a quick scan shows nothing), and cleared when the scan ends, so that the report
 * follows on a clean screen. `KEYHOUND_PROGRESS_AFTER_MS` sets `afterMs` (tests use 0).
 */
export class ProgressLine {
  private bar: SingleBar | undefined;
  private latest: Progress | undefined;
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly what: "scan" | "git",
    enabled: boolean,
    afterMs = Number(process.env.KEYHOUND_PROGRESS_AFTER_MS ?? 1000),
  ) {
    if (!enabled || process.stderr.isTTY !== true) return;
    // A scan may finish without giving timers a turn (its reads are synchronous), so a line
    // wanted from the start is shown now rather than by a timer of 0 ms.
    if (afterMs <= 0) {
      this.show();
      return;
    }
    this.timer = setTimeout(() => this.show(), afterMs);
    this.timer.unref();
  }

  /** The scan's running totals (its `onProgress`). */
  readonly update = (stats: Progress): void => {
    this.latest = stats;
    this.bar?.update(0, this.payload());
  };

  /** The scan has ended: the line goes, whatever comes next is the report. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.bar?.stop();
    this.bar = undefined;
  }

  private show() {
    this.bar = new SingleBar({
      stream: process.stderr,
      format: "keyhound: {phase} {counts}, {megabytes} MB ({rate} MB/s)",
      clearOnComplete: true,
      hideCursor: true,
      fps: 5,
    });
    this.bar.start(0, 0, this.payload());
  }

  private payload() {
    const stats = this.latest;
    const seconds = Math.max((performance.now() - this.started) / 1000, 1e-3);
    const megabytes = (stats?.bytes ?? 0) / 1e6;
    const counts =
      this.what === "git"
        ? `${stats?.commits ?? 0} commits, ${stats?.files ?? 0} blobs`
        : `${stats?.files ?? 0} files`;
    return {
      phase: this.what === "git" ? "walking history:" : "scanning:",
      counts,
      megabytes: megabytes.toFixed(1),
      rate: (megabytes / seconds).toFixed(1),
    };
  }
}

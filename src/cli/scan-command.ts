import { scan } from "../scan/directory.js";
import type { ScanStats } from "../scan/result.js";
import { scanStaged } from "../scan/staged.js";
import { verifyResult } from "../verify/verify.js";
import type { ReportFlags } from "./options.js";
import type { CliContext } from "./prestart.js";
import { assertWritable, writeReport } from "./report-output.js";

export interface ScanFlags extends ReportFlags {
  gitignore: boolean;
  maxFileSize?: number;
  staged?: boolean;
  workers?: number;
  stats?: boolean;
}

export async function scanCommand(paths: string[], flags: ScanFlags, context: CliContext): Promise<void> {
  if (flags.output !== undefined) assertWritable(flags.output);
  const selection = {
    minSeverity: flags.severity,
    detectors: flags.detectors,
    excludeDetectors: flags.excludeDetectors,
    exclude: flags.exclude,
    maxFileSize: flags.maxFileSize,
  };
  const result = flags.staged
    ? await scanStaged({ ...selection, paths })
    : await scan({
        ...selection,
        paths,
        gitignore: flags.gitignore,
        ...(flags.workers === undefined ? { pool: context.pool } : { workers: flags.workers }),
      });
  const reportStarted = performance.now();
  await writeReport(flags.verify ? await verifyResult(result) : result, flags);
  if (flags.stats) process.stderr.write(statsLine(result.stats, performance.now() - reportStarted));
}

/** `--stats`: throughput and where the time went (thread-milliseconds, summed over threads). */
function statsLine(stats: ScanStats, reportMs: number): string {
  const seconds = stats.durationMs / 1000;
  const megabytes = stats.bytes / 1e6;
  const t = stats.timings;
  const phases = t
    ? ` | walk ${t.walkMs.toFixed(0)} ms, read ${t.readMs.toFixed(0)} ms, prefilter ${t.prefilterMs.toFixed(0)} ms, match ${t.matchMs.toFixed(0)} ms, report ${reportMs.toFixed(0)} ms`
    : ` | report ${reportMs.toFixed(0)} ms`;
  return `keyhound: ${stats.files} files, ${megabytes.toFixed(1)} MB in ${seconds.toFixed(2)} s (${(megabytes / Math.max(seconds, 1e-3)).toFixed(1)} MB/s), ${stats.skipped} skipped, ${stats.workers ?? 0} worker threads${phases}\n`;
}

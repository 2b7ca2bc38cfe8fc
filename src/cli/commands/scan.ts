import { type Command, InvalidArgumentError } from "commander";
import { scan } from "../../scan/directory.js";
import type { ScanStats } from "../../scan/result.js";
import { scanStaged } from "../../scan/staged.js";
import { verifyResult } from "../../verify/verify.js";
import { addReportOptions, decodeDepthOption, parsePositiveInt, type ReportFlags } from "../options.js";
import type { CliContext } from "../prestart.js";
import { assertWritable, writeReport } from "../report-output.js";

interface ScanFlags extends ReportFlags {
  gitignore: boolean;
  maxFileSize?: number;
  maxDecodeDepth: number;
  staged?: boolean;
  workers?: number;
  stats?: boolean;
}

export function register(program: Command, context: CliContext): void {
  const scan = program
    .command("scan")
    .description("Scan files and directories (default: the current directory) for credentials.")
    .argument("[paths...]", "files or directories to scan (with --staged: pathspecs)");
  addReportOptions(scan)
    .option("--no-gitignore", "also scan files that .gitignore excludes (.keyhoundignore still applies)")
    .option(
      "--max-file-size <bytes>",
      "skip files larger than this (default: stream files of any size)",
      parsePositiveInt,
    )
    .addOption(decodeDepthOption())
    .option("--staged", "scan what `git commit` would record (the index), not the work tree")
    .option(
      "--workers <n>",
      "worker threads (default: one per core, or none for a small scan; 0: scan in the main thread)",
      parseWorkerCount,
    )
    .option("--stats", "print files, bytes, throughput and time per phase to standard error")
    .addHelpText(
      "after",
      `
Exit codes: 0 nothing found, 1 findings (see --exit-code), 2 usage or runtime error.
Silence a reviewed line with a "keyhound:ignore" comment; skip paths with a .keyhoundignore file.

Examples:
  keyhound scan .
  keyhound scan src config/.env --severity high
  keyhound scan . --format sarif --output keyhound.sarif
  keyhound scan --staged                          before a commit (see "keyhound hook install")`,
    )
    .action((paths: string[], flags: ScanFlags) => scanCommand(paths, flags, context));
}

async function scanCommand(paths: string[], flags: ScanFlags, context: CliContext): Promise<void> {
  if (flags.output !== undefined) assertWritable(flags.output);
  const selection = {
    minSeverity: flags.severity,
    detectors: flags.detectors,
    excludeDetectors: flags.excludeDetectors,
    exclude: flags.exclude,
    maxFileSize: flags.maxFileSize,
    maxDecodeDepth: flags.maxDecodeDepth,
  };
  const result = flags.staged
    ? await scanStaged({ ...selection, paths })
    : await scan({
        ...selection,
        paths,
        gitignore: flags.gitignore,
        // The CLI's threads, started before the catalog loaded, unless a count was asked for.
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

function parseWorkerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256)
    throw new InvalidArgumentError(`"${value}" is not a worker count (0-256)`);
  return n;
}

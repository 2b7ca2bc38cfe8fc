import { dirname } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { UsageError } from "../../errors.js";
import { configuredBaseline, configuredBaseUrls } from "../../policy/config.js";
import type { SkipReason } from "../../scan/chunk-scanner.js";
import { scan } from "../../scan/directory.js";
import {
  describeSkips,
  EXPECTED_SKIPS,
  type ScanStats,
  SKIP_REASONS,
  SKIPPED_PATHS_KEPT,
} from "../../scan/result.js";
import { scanStaged } from "../../scan/staged.js";
import {
  addConfigOptions,
  asConfigured,
  type ConfigFlags,
  configuredDetectorIds,
  loadCliConfig,
  withConfigDefaults,
} from "../config-options.js";
import {
  type ArchiveFlags,
  addArchiveOptions,
  addReportOptions,
  archiveLimits,
  decodeDepthOption,
  parsePositiveInt,
  type ReportFlags,
} from "../options.js";
import type { CliContext } from "../prestart.js";
import { ProgressLine } from "../progress.js";
import { assertWritable, writeReport } from "../report-output.js";
import { verifyAsFlagsSay } from "../verification.js";

interface ScanFlags extends ReportFlags, ConfigFlags, ArchiveFlags {
  gitignore: boolean;
  maxFileSize?: number;
  maxDecodeDepth: number;
  staged?: boolean;
  workers?: number;
  stats?: boolean;
  strict?: boolean;
  stdinName?: string;
  baseline?: string;
  includeDeps?: boolean;
}

export function register(program: Command, context: CliContext): void {
  const scan = program
    .command("scan")
    .description("Scan files and directories (default: the current directory) for credentials.")
    .argument(
      "[paths...]",
      'files or directories to scan, links followed; "-" reads standard input (with --staged: pathspecs)',
    );
  addArchiveOptions(addConfigOptions(addReportOptions(scan)))
    .option("--no-gitignore", "also scan files that .gitignore excludes (.keyhoundignore still applies)")
    .option(
      "--include-deps",
      "also scan installed dependencies: node_modules, Python virtualenvs and site-packages, vendor/bundle",
    )
    .option(
      "--max-file-size <bytes>",
      "skip files larger than this (default: stream files of any size)",
      parsePositiveInt,
    )
    .addOption(decodeDepthOption())
    .option("--staged", "scan what `git commit` would record (the index), not the work tree")
    .option(
      "--strict",
      "exit 2 when a file other than a binary one was not scanned (unreadable, special, too large)",
    )
    .option("--stdin-name <name>", 'the path reported for "-" (default: <stdin>)')
    .option(
      "--workers <n>",
      "worker threads (default: one per core, or none for a small scan; 0: scan in the main thread)",
      parseWorkerCount,
    )
    .option(
      "--baseline <file>",
      "report only secrets this baseline file does not list (see keyhound baseline)",
    )
    .option("--stats", "print files, bytes, throughput and time per phase to standard error")
    .addHelpText(
      "after",
      `
Exit codes: 0 nothing found, 1 findings (see --exit-code), 2 usage or runtime error.
A named path that cannot be scanned is an error; unreadable files met on the way are warned
about, and the summary counts every path not scanned, by reason. Archives are recognised by
their content and their entries scanned in memory (with --staged too); one that is damaged,
encrypted or breaks a --max-archive-* limit is counted as not scanned, with the reason.
Silence a reviewed line with a "keyhound:ignore" comment ("keyhound:ignore-next-line" on the line
before; either may name detectors: "keyhound:ignore github-*"); skip paths with a .keyhoundignore file.
Team defaults, allowlists and custom detectors live in .keyhound.yaml (see "keyhound config").
Options given here override the file's settings; --exclude patterns add to its "exclude".

Examples:
  keyhound scan .
  keyhound scan src config/.env --severity high
  keyhound scan . --format sarif --output keyhound.sarif
  keyhound scan . --format html --output keyhound.html
  keyhound scan . --only-verified                 only what its vendor confirms live
  keyhound scan . --analyze                       and who each live key is, what it reaches
  keyhound scan --staged                          before a commit (see "keyhound hook install")
  kubectl get secret app -o yaml | keyhound scan - --stdin-name app-secret.yaml`,
    )
    .action((paths: string[], given: ScanFlags, command: Command) =>
      scanCommand(paths, given, command, context),
    );
}

async function scanCommand(
  paths: string[],
  given: ScanFlags,
  command: Command,
  context: CliContext,
): Promise<void> {
  const config = loadCliConfig(given, given.staged ? "." : (paths[0] ?? "."));
  const flags = withConfigDefaults(given, command, config);
  if (flags.output !== undefined) assertWritable(flags.output);
  const selection = {
    catalog: config.scanCatalog,
    ...archiveLimits(flags),
    detectors: configuredDetectorIds(flags, config),
    exclude: flags.exclude,
    maxFileSize: flags.maxFileSize,
    baseline: flags.baseline ?? configuredBaseline(config),
    lineAllowlist: config.allowlist.lines,
    maxDecodeDepth: flags.maxDecodeDepth,
  };
  // A staged scan is the pre-commit hook's: small, and run where a status line would only flicker.
  const progress = new ProgressLine("scan", !flags.quiet && !flags.staged);
  let scanned: Awaited<ReturnType<typeof scan>>;
  try {
    scanned = flags.staged
      ? await scanStaged({ ...selection, paths })
      : await scan({
          ...selection,
          paths,
          stdinName: flags.stdinName,
          gitignore: flags.gitignore,
          includeDeps: flags.includeDeps,
          // The CLI's threads, started before the catalog loaded, unless a count was asked for.
          ...(flags.workers === undefined ? { pool: context.pool } : { workers: flags.workers }),
          onProgress: progress.update,
        });
  } finally {
    progress.stop();
  }
  // Allowlist paths are relative to the configuration file; staged paths to the repository.
  const pathBase = flags.staged || config.path === undefined ? undefined : dirname(config.path);
  const result = asConfigured(scanned, config, flags, { pathBase });
  warnUnreadable(result.stats);
  const reportStarted = performance.now();
  const verified = await verifyAsFlagsSay(result, flags, {
    detectors: config.detectors,
    baseUrls: configuredBaseUrls(config),
  });
  await writeReport(verified, flags, config.detectors);
  if (flags.stats) process.stderr.write(statsLine(result.stats, performance.now() - reportStarted));
  if (flags.strict) failOnUnexpectedSkips(result.stats);
}

/** Paths the walk could not read, one line each; past the examples kept, a count. */
function warnUnreadable(stats: ScanStats) {
  const unreadable = stats.skippedBy?.unreadable ?? 0;
  const examples = stats.skippedPaths?.unreadable ?? [];
  if (unreadable > SKIPPED_PATHS_KEPT) {
    process.stderr.write(
      `keyhound: warning: ${unreadable} unreadable paths not scanned, e.g. ${examples.slice(0, 3).join(", ")}\n`,
    );
  } else {
    for (const path of examples)
      process.stderr.write(`keyhound: warning: cannot read ${path}: not scanned\n`);
  }
  for (const path of stats.skippedPaths?.missing ?? []) {
    process.stderr.write(`keyhound: warning: ${path} was deleted during the scan: not scanned\n`);
  }
}

/** `--strict`: the report is written, then a scan that left content unread fails. */
function failOnUnexpectedSkips(stats: ScanStats) {
  const unexpected = (reason: SkipReason) => !EXPECTED_SKIPS.has(reason);
  const skippedBy = stats.skippedBy ?? {};
  const count = SKIP_REASONS.filter(unexpected).reduce((sum, reason) => sum + (skippedBy[reason] ?? 0), 0);
  if (count > 0) {
    throw new UsageError(
      `--strict: ${count} file${count === 1 ? "" : "s"} not scanned (${describeSkips(skippedBy, unexpected)})`,
    );
  }
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

import type { Finding } from "../findings/finding.js";
import type { SkipReason } from "./chunk-scanner.js";
import { severityRank } from "./select.js";

/** Thread-milliseconds spent per phase of a scan, summed over the threads that did the work. */
export interface ScanTimings {
  /** Listing directories, applying ignore files, stat-ing files (the main thread). */
  walkMs: number;
  /** Reading contents. */
  readMs: number;
  /** The keyword pass over the bytes. */
  prefilterMs: number;
  /** Patterns in windows, filters, validators, locating and redacting findings. */
  matchMs: number;
}

export function emptyTimings(): ScanTimings {
  return { walkMs: 0, readMs: 0, prefilterMs: 0, matchMs: 0 };
}

/** Adds the reading and scanning phases of `part` (a thread's share) to `total`. */
export function addTimings(total: ScanTimings, part: ScanTimings): void {
  total.readMs += part.readMs;
  total.prefilterMs += part.prefilterMs;
  total.matchMs += part.matchMs;
}

export interface ScanStats {
  files: number;
  bytes: number;
  /** Paths not scanned, whatever the reason: the sum of `skippedBy`. */
  skipped: number;
  /** Paths not scanned, by reason (an excluded or unreadable directory counts once). */
  skippedBy?: Partial<Record<SkipReason, number>>;
  /** The first `SKIPPED_PATHS_KEPT` of them per reason, in path order, as examples. */
  skippedPaths?: Partial<Record<SkipReason, string[]>>;
  durationMs: number;
  /** Findings left out because the baseline lists them (set when a baseline is applied). */
  baselined?: number;
  /**
   * Findings left out because their severity is below the floor (`minSeverity`; by default
   * `info` findings, keys that are public by design).
   */
  belowSeverity?: number;
  /** Installed dependency trees not walked (`includeDeps` scans them), with their kind. */
  dependencyTrees?: { path: string; kind: string }[];
  /** Worker threads the scan ran in; 0 when it ran in the calling thread. */
  workers?: number;
  /** Time per phase, in thread-milliseconds (summed over the threads that did the work). */
  timings?: ScanTimings;
}

/** Example paths kept per reason: enough to act on, bounded on a tree of any size. */
export const SKIPPED_PATHS_KEPT = 10;

/**
 * Reasons from the most to the least worrying: content that should have been read and was not,
 * then what is not worth reading (binary), then what is not content (links) or was left out on
 * purpose.
 */
export const SKIP_REASONS: readonly SkipReason[] = [
  "unreadable",
  "missing",
  "special file",
  "corrupt",
  "encrypted",
  "unsupported",
  "ratio limit",
  "size limit",
  "entry limit",
  "depth limit",
  "too large",
  "binary",
  "symlink",
  "excluded",
];

/** Skips that `--strict` tolerates: what is not text, not content, or left out on purpose. */
export const EXPECTED_SKIPS: ReadonlySet<SkipReason> = new Set(["binary", "symlink", "excluded"]);

/** Stats with nothing counted yet; every reason is listed, so that reports keep one shape. */
export function emptyStats(): ScanStats {
  const skippedBy: Partial<Record<SkipReason, number>> = {};
  const skippedPaths: Partial<Record<SkipReason, string[]>> = {};
  for (const reason of SKIP_REASONS) {
    skippedBy[reason] = 0;
    skippedPaths[reason] = [];
  }
  return { files: 0, bytes: 0, skipped: 0, skippedBy, skippedPaths, durationMs: 0 };
}

/** What a scan counts of its inputs; an archive's entries are counted apart, then added. */
export type ScanCounts = Pick<ScanStats, "files" | "bytes" | "skipped" | "skippedBy" | "skippedPaths">;

export function emptyCounts(): ScanCounts {
  return { files: 0, bytes: 0, skipped: 0, skippedBy: {}, skippedPaths: {} };
}

/** Adds `part` (an archive's entries) to `stats`, keeping example paths in path order. */
export function addCounts(stats: ScanCounts, part: ScanCounts): void {
  stats.files += part.files;
  stats.bytes += part.bytes;
  for (const reason of SKIP_REASONS) {
    const count = part.skippedBy?.[reason] ?? 0;
    if (count === 0) continue;
    const examples = part.skippedPaths?.[reason] ?? [];
    for (const path of examples) countSkip(stats, reason, path);
    // Past the examples kept, only the count.
    const by = stats.skippedBy ?? {};
    by[reason] = (by[reason] ?? 0) + count - examples.length;
    stats.skipped += count - examples.length;
  }
}

/** Counts `path` as not scanned for `reason`. */
export function countSkip(stats: ScanCounts, reason: SkipReason, path: string): void {
  stats.skipped++;
  const by = stats.skippedBy ?? {};
  by[reason] = (by[reason] ?? 0) + 1;
  stats.skippedBy = by;
  const paths = stats.skippedPaths ?? {};
  stats.skippedPaths = paths;
  const kept = paths[reason] ?? [];
  paths[reason] = kept;
  // Kept in path order rather than in order of arrival, which threads make vary from run to
  // run; a path seen again (another version of a file in history) is one example.
  if (kept.length === SKIPPED_PATHS_KEPT && path >= (kept[kept.length - 1] as string)) return;
  if (kept.includes(path)) return;
  const after = kept.findIndex((other) => other > path);
  kept.splice(after === -1 ? kept.length : after, 0, path);
  if (kept.length > SKIPPED_PATHS_KEPT) kept.pop();
}

/** `skippedBy` in words, most worrying first: "2 unreadable, 1 special file". */
export function describeSkips(
  skippedBy: Partial<Record<SkipReason, number>>,
  only?: (reason: SkipReason) => boolean,
): string {
  return SKIP_REASONS.filter((reason) => (skippedBy[reason] ?? 0) > 0 && (only?.(reason) ?? true))
    .map((reason) => `${skippedBy[reason]} ${reason}`)
    .join(", ");
}

export interface ScanResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  /** Ids of the detectors that ran. */
  readonly detectors: readonly string[];
}

const collator = new Intl.Collator();

/** By file, then place, then severity, so reports read top-down. */
export function sortFindings(findings: Finding[]): Finding[] {
  // One collator for the whole sort: `localeCompare` builds one per call, which dominated
  // sorting a report of 100,000 findings. Same order: it is what `localeCompare` uses.
  return findings.sort(
    (a, b) =>
      (a.path === b.path ? 0 : collator.compare(a.path, b.path)) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank(a.severity) - severityRank(b.severity),
  );
}

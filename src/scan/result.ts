import type { Finding } from "../findings/finding.js";
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
  skipped: number;
  durationMs: number;
  /** Findings left out because the baseline lists them (set when a baseline is applied). */
  baselined?: number;
  /** Installed dependency trees not walked (`includeDeps` scans them), with their kind. */
  dependencyTrees?: { path: string; kind: string }[];
  /** Worker threads the scan ran in; 0 when it ran in the calling thread. */
  workers?: number;
  /** Time per phase, in thread-milliseconds (summed over the threads that did the work). */
  timings?: ScanTimings;
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

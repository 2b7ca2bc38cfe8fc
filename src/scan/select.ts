import type { Detector } from "../catalog/types.js";
import { SEVERITIES, type Severity } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import type { Finding } from "../findings/finding.js";
import { applyBaseline, type Baseline } from "../policy/baseline.js";
import type { ScanResult, ScanStats } from "./result.js";

export interface DetectorSelection {
  /** Detector ids to run (a trailing `*` matches a prefix, as in `aws*`); all when absent. */
  readonly detectors?: readonly string[];
  /** Detector ids to leave out, same syntax. */
  readonly excludeDetectors?: readonly string[];
  /**
   * Report only findings at or above this severity. Absent: `low` for the built-in catalog,
   * and `info` when `detectors` names the detectors to run or a `catalog` of the caller's is
   * given. So `info` findings, keys that are public by design (a PostHog project key, an
   * Algolia search-only key), are reported only when asked for.
   */
  readonly minSeverity?: Severity;
}

/**
 * The catalog narrowed to what the user asked for; unknown ids are a usage error. Every
 * severity runs, whatever `minSeverity`: where two detectors match the same value the more
 * specific one wins, and an Algolia search-only key (info) must not turn into an Algolia key
 * of unknown rights (high) because the search-only detector was left out. `atSeverityFloor`
 * applies the floor to the findings.
 */
export function selectDetectors(catalog: readonly Detector[], selection: DetectorSelection): Detector[] {
  const include = selection.detectors ? matcher(catalog, selection.detectors) : () => true;
  const exclude = selection.excludeDetectors ? matcher(catalog, selection.excludeDetectors) : () => false;
  return catalog.filter((d) => include(d) && !exclude(d));
}

/** What the severity floor depends on: the selection, and whether the caller gave a catalog. */
type FloorOptions = DetectorSelection & { readonly catalog?: readonly Detector[] };

/** The lowest severity reported: see `DetectorSelection.minSeverity`. */
export function severityFloor(options: FloorOptions): Severity {
  return options.minSeverity ?? (options.detectors || options.catalog ? "info" : "low");
}

/** The findings at or above the severity floor of `options`. */
export function atFloor(findings: readonly Finding[], options: FloorOptions): Finding[] {
  const floor = severityRank(severityFloor(options));
  return findings.filter((f) => severityRank(f.severity) <= floor);
}

/**
 * The result without findings below the severity floor of `options`, counted in
 * `stats.belowSeverity` so that a report can say they were left out.
 */
export function atSeverityFloor<
  R extends { readonly findings: readonly Finding[]; readonly stats: ScanStats },
>(result: R, options: FloorOptions): R {
  const findings = atFloor(result.findings, options);
  const hidden = result.findings.length - findings.length;
  if (hidden === 0) return result;
  return {
    ...result,
    findings,
    stats: { ...result.stats, belowSeverity: (result.stats.belowSeverity ?? 0) + hidden },
  };
}

/**
 * What a scan returns: its findings at or above the severity floor, less those the baseline
 * lists (each left out counted in the stats).
 */
export function reportedResult<R extends ScanResult>(
  result: R,
  options: FloorOptions,
  baseline: Baseline | undefined,
): R {
  const shown = atSeverityFloor(result, options);
  return baseline === undefined ? shown : applyBaseline(shown, baseline);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * Whether a detector is named by `patterns` (ids, or id prefixes ending in `*`). The CLI passes
 * every configured id: exact ids are looked up in a set, not tried one by one against each
 * detector (a thousand ids against a thousand detectors took 16 ms of every start).
 */
function matcher(catalog: readonly Detector[], patterns: readonly string[]): (d: Detector) => boolean {
  const known = new Set(catalog.map((d) => d.id));
  const ids = new Set<string>();
  const prefixes: string[] = [];
  for (const pattern of patterns) {
    const prefix = pattern.endsWith("*") ? pattern.slice(0, -1) : undefined;
    const found = prefix === undefined ? known.has(pattern) : catalog.some((d) => d.id.startsWith(prefix));
    if (!found) throw new UsageError(`unknown detector "${pattern}": run "keyhound detectors" to list ids`);
    if (prefix === undefined) ids.add(pattern);
    else prefixes.push(prefix);
  }
  return (d) => ids.has(d.id) || prefixes.some((prefix) => d.id.startsWith(prefix));
}

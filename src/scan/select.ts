import type { Detector } from "../catalog/types.js";
import { SEVERITIES, type Severity } from "../catalog/types.js";
import { UsageError } from "../errors.js";

export interface DetectorSelection {
  /** Detector ids to run (a trailing `*` matches a prefix, as in `aws*`); all when absent. */
  readonly detectors?: readonly string[];
  /** Detector ids to leave out, same syntax. */
  readonly excludeDetectors?: readonly string[];
  /** Run only detectors at or above this severity. */
  readonly minSeverity?: Severity;
}

/** The catalog narrowed to what the user asked for; unknown ids are a usage error. */
export function selectDetectors(catalog: readonly Detector[], selection: DetectorSelection): Detector[] {
  const include = selection.detectors ? matcher(catalog, selection.detectors) : () => true;
  const exclude = selection.excludeDetectors ? matcher(catalog, selection.excludeDetectors) : () => false;
  const floor = selection.minSeverity ? severityRank(selection.minSeverity) : SEVERITIES.length;
  return catalog.filter((d) => include(d) && !exclude(d) && severityRank(d.severity) <= floor);
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

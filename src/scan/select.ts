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

function matcher(catalog: readonly Detector[], patterns: readonly string[]): (d: Detector) => boolean {
  const tests = patterns.map((pattern) => {
    const prefix = pattern.endsWith("*") ? pattern.slice(0, -1) : undefined;
    const test = (d: Detector) => (prefix === undefined ? d.id === pattern : d.id.startsWith(prefix));
    if (!catalog.some(test)) {
      throw new UsageError(`unknown detector "${pattern}": run "keyhound detectors" to list ids`);
    }
    return test;
  });
  return (d) => tests.some((test) => test(d));
}

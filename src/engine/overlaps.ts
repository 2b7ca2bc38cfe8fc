import type { Detector } from "../catalog/types.js";
import type { Candidate } from "./engine.js";

/**
 * Two detectors matching the same text report it once: the more confident detector wins
 * (a vendor-specific match over a generic one), then the longer match.
 */
export function resolveOverlaps(candidates: Candidate[], rank: ReadonlyMap<Detector, number>): Candidate[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || candidate.start >= previous.end) {
      kept.push(candidate);
      continue;
    }
    if (previous.detector === candidate.detector) continue;
    const better =
      (rank.get(candidate.detector) ?? 0) - (rank.get(previous.detector) ?? 0) ||
      candidate.end - candidate.start - (previous.end - previous.start);
    if (better > 0) kept[kept.length - 1] = candidate;
  }
  return kept;
}

import { SEVERITIES } from "../catalog/types.js";
import type { CompiledDetector } from "./compile.js";
import type { Candidate, FoundCompanion } from "./engine.js";
import type { LazyText } from "./lazy-text.js";

/**
 * The companions found around a secret, nearest first; `undefined` when a required one is
 * missing. Companions may sit on other lines (an ini section, a YAML block), so the search
 * spans lines, bounded by `within`.
 */
export function findCompanions(
  compiled: CompiledDetector,
  buffer: Buffer,
  whole: LazyText,
  secretStart: number,
  secretEnd: number,
): FoundCompanion[] | undefined {
  const found: FoundCompanion[] = [];
  for (const companion of compiled.companions) {
    const from = Math.max(0, secretStart - companion.within);
    const text = whole.slice(from, Math.min(buffer.length, secretEnd + companion.within));
    let nearest: FoundCompanion | undefined;
    companion.regex.lastIndex = 0;
    for (let match = companion.regex.exec(text); match !== null; match = companion.regex.exec(text)) {
      if (match[0].length === 0) {
        companion.regex.lastIndex++;
        continue;
      }
      const span = match.indices?.groups?.value ?? match.indices?.[0];
      if (!span) continue;
      const start = from + span[0];
      const end = from + span[1];
      if (start < secretEnd && end > secretStart) continue; // the secret itself
      const distance = start >= secretEnd ? start - secretEnd : secretStart - end;
      const best =
        nearest && (nearest.start >= secretEnd ? nearest.start - secretEnd : secretStart - nearest.end);
      if (best === undefined || distance < best) {
        nearest = { name: companion.name, value: buffer.toString("utf8", start, end), start, end };
      }
    }
    if (nearest) found.push(nearest);
    else if (companion.required) return undefined;
  }
  return found;
}

/**
 * A key id reported with its secret as companion, and the secret reported with its key id,
 * are one credential, reported once. The more severe of the two stays (the AWS secret key,
 * not its medium-severity key id), carrying the other; on a tie, the first in the text.
 */
export function mergeCompanionPairs(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.companions.length > 0)) return candidates;
  const bySpan = new Map(candidates.map((c) => [`${c.start}:${c.end}`, c]));
  const absorbed = new Set<Candidate>();
  const ranked = [...candidates].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.detector.severity) - SEVERITIES.indexOf(b.detector.severity) || a.start - b.start,
  );
  for (const candidate of ranked) {
    if (absorbed.has(candidate)) continue;
    for (const companion of candidate.companions) {
      const other = bySpan.get(`${companion.start}:${companion.end}`);
      // Only a detector at least as severe absorbs the other: a key id that names its secret as
      // companion must not hide a secret detector that does not name it back.
      if (other && other !== candidate && ranked.indexOf(other) > ranked.indexOf(candidate))
        absorbed.add(other);
    }
  }
  return candidates.filter((c) => !absorbed.has(c));
}

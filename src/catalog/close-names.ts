/**
 * Names close to what the user typed, best first: those within a few typing mistakes of it,
 * then those that start that way or contain it (case is ignored), for "did you mean" hints.
 */
export function closeNames(input: string, names: Iterable<string>, limit = 5): string[] {
  const wanted = input.toLowerCase();
  const tolerance = Math.max(1, Math.floor(wanted.length / 3));
  const scored: Array<[name: string, score: number]> = [];
  for (const name of new Set(names)) {
    const lower = name.toLowerCase();
    const { whole, prefix } = editDistance(wanted, lower);
    if (whole <= tolerance) scored.push([name, whole]);
    else if (wanted.length < 3) continue;
    else if (prefix <= tolerance) scored.push([name, tolerance + 1 + prefix]);
    else if (lower.includes(wanted) || wanted.includes(lower)) scored.push([name, 2 * tolerance + 2]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name]) => name);
}

/**
 * Levenshtein distance from `a` to `b` (`whole`), and to the closest prefix of `b` (`prefix`:
 * "githb-pat" is 1 from "github-pat-classic"'s start), one row at a time.
 */
export function editDistance(a: string, b: string): { whole: number; prefix: number } {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return { whole: previous[b.length] ?? 0, prefix: Math.min(...previous) };
}

/**
 * Whether `word` reads as a mistyped detector id: id-shaped (hyphenated words), not an id, and
 * at most two edits from one. An ignore marker naming one must not be read as a free-text reason,
 * which would silence every detector on the line.
 */
export function isMistypedId(word: string, ids: Iterable<string>): boolean {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(word) || word.length < 6) return false;
  for (const id of ids) {
    if (Math.abs(id.length - word.length) <= 2 && id !== word && editDistance(word, id).whole <= 2)
      return true;
  }
  return false;
}

import type { MatchContext } from "../catalog/types.js";
import { findCompanions } from "./companions.js";
import type { CompiledDetector } from "./compile.js";
import type { Candidate, EngineScanOptions } from "./engine.js";
import { rejectionReason } from "./filters.js";
import type { LazyText } from "./lazy-text.js";
import { NEWLINE } from "./windows.js";

const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/** Runs a detector's pattern over one window, and adds the matches that pass its filters to `out`. */
export function matchWindow(
  compiled: CompiledDetector,
  buffer: Buffer,
  text: LazyText,
  start: number,
  end: number,
  options: EngineScanOptions,
  out: Candidate[],
) {
  const { detector, regex } = compiled;
  const window = text.slice(start, end);
  // A window that was cut inside a line may cut a token too: a match touching such an
  // edge is a fragment, not a credential.
  const cutAtStart = start > 0 && buffer[start - 1] !== NEWLINE;
  const cutAtEnd = end < buffer.length && buffer[end] !== NEWLINE;
  regex.lastIndex = 0;
  for (let match = regex.exec(window); match !== null; match = regex.exec(window)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if ((cutAtStart && match.index === 0) || (cutAtEnd && match.index + match[0].length === window.length)) {
      continue;
    }
    const span = match.indices?.groups?.secret ?? match.indices?.[0];
    if (!span) continue;
    const secretStart = start + span[0];
    const secretEnd = start + span[1];
    if (
      secretStart < (options.reportFrom ?? 0) ||
      secretStart >= (options.reportBefore ?? Number.POSITIVE_INFINITY) ||
      (options.skip !== undefined && inSpans(options.skip, secretStart))
    ) {
      continue;
    }
    // The window is Latin-1 for speed; the secret itself is decoded as UTF-8 so that a
    // non-ASCII password reads back exactly as written.
    const secret = buffer.toString("utf8", secretStart, secretEnd);
    // The match's own groups object, not a copy: spreading it (a dictionary-mode object)
    // cost more than the match itself.
    const groups = match.groups ?? NO_GROUPS;
    const matchStart = start + match.index;
    const lineAbove = () => lineAboveOf(buffer, text, matchStart);
    const context = matchContext(
      compiled,
      window,
      match.index,
      match[0].length,
      groups,
      options.path,
      lineAbove,
    );
    if (rejectionReason(compiled, secret, context) !== undefined) continue;
    const companions = findCompanions(compiled, buffer, text, secretStart, secretEnd);
    if (companions === undefined) continue;
    out.push({ detector, secret, start: secretStart, end: secretEnd, groups, companions });
  }
}

/** How far back the start of the match's line and the line above it are looked for. */
const LINE_ABOVE_REACH = 4096;

/** The line above the one holding `offset`, its last 256 characters at most (see `MatchContext`). */
function lineAboveOf(buffer: Buffer, text: LazyText, offset: number): string {
  const from = Math.max(0, offset - LINE_ABOVE_REACH);
  const reach = buffer.subarray(from, offset);
  const newline = reach.lastIndexOf(NEWLINE);
  if (newline < 0) return "";
  const end = from + newline;
  const above = newline === 0 ? -1 : reach.lastIndexOf(NEWLINE, newline - 1);
  const lineStart = Math.max(from + above + 1, end - 256);
  return text.slice(lineStart, end).replace(/\r$/, "");
}

function inSpans(spans: readonly number[], offset: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if (offset >= (spans[i] as number) && offset < (spans[i + 1] as number)) return true;
  }
  return false;
}

/**
 * What a validator sees: the window around the match. Windows merged over a long line can be
 * megabytes; a validator looking back from the match over all of it (to the line start, say)
 * would make a line with many matches quadratic. So the context is cut to the detector's reach
 * around the match, the same text an unmerged window would hold. A substring of a flat string
 * is O(1) in V8.
 */
function matchContext(
  compiled: CompiledDetector,
  window: string,
  index: number,
  length: number,
  groups: Record<string, string | undefined>,
  path: string | undefined,
  lineAbove: () => string,
): MatchContext {
  const from = Math.max(0, index - compiled.before);
  const to = Math.min(window.length, index + length + compiled.after);
  if (from === 0 && to === window.length) return { window, index, groups, path, lineAbove };
  return { window: window.slice(from, to), index: index - from, groups, path, lineAbove };
}

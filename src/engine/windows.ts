import type { CompiledCatalog, CompiledDetector, KeywordUse } from "./compile.js";
import type { LazyText } from "./lazy-text.js";
import { prebuiltKeywordTables } from "./prebuilt-tables.js";
import { KeywordAutomaton, type KeywordTables, SLICE } from "./prefilter.js";

export const NEWLINE = 0x0a;

/**
 * The keyword pass: finds the catalog's keywords in a buffer and turns each hit into a window,
 * a span of the buffer where the hit's detector runs its pattern.
 */
export class WindowFinder {
  /** Milliseconds spent in the keyword automaton, summed over scans: `Engine.timings`. */
  readonly timings = { prefilterMs: 0 };
  readonly automaton: KeywordAutomaton;
  private readonly compiled: readonly CompiledDetector[];
  /**
   * Per accepting automaton state, (detector index, keyword length, exact keyword) triples to
   * open windows for; the third is an index into `exactKeywords`, or -1 for any case.
   */
  private readonly detectorsAt: Int32Array[];
  private readonly exactKeywords: readonly Buffer[];

  /**
   * `readBufferBytes`: see `EngineOptions`. `tables`: keyword tables covering the catalog's
   * keywords; by default the build's tables of the built-in catalog when they cover them.
   */
  constructor(
    catalog: CompiledCatalog,
    readBufferBytes: number | undefined,
    tables: KeywordTables | undefined = prebuiltKeywordTables(catalog.keywords),
  ) {
    this.compiled = catalog.detectors;
    this.exactKeywords = catalog.exactKeywords;
    this.automaton = new KeywordAutomaton(catalog.keywords, { readBytes: readBufferBytes, tables });
    this.detectorsAt = detectorsPerState(this.automaton, catalog);
  }

  /**
   * Adds to `windows`, per detector, merged [start, end) windows around its keyword hits in
   * `buffer[searchFrom, searchTo)`, in increasing order; detectors in the order of their first
   * hit. `spansOf` indexes the same spans by detector. Called for consecutive spans of one
   * buffer, it extends the windows of earlier spans.
   * Linear in the input and the number of hits: a hit inside the previous window only
   * stretches it, and the newline that ends a window is found once per line, not once per hit.
   */
  collectWindows(
    buffer: Buffer,
    searchFrom: number,
    searchTo: number,
    text: LazyText,
    windows: Array<[number, number[]]>,
    spansOf: (number[] | undefined)[],
  ): void {
    const { automaton, compiled, detectorsAt, exactKeywords } = this;
    const length = buffer.length;
    // The first newline at or after the latest hit (`length` if none). Hits come in order,
    // so one forward search per line serves every hit on it, however long the line.
    let newlineAfter = -1;
    let state = 0;
    // The last gate tried, where, and its answer: the detectors of one hit come one after another.
    let lastGate: RegExp | undefined;
    let lastGateEnd = -1;
    let lastGateOpen = false;
    for (let from = searchFrom; from < searchTo; from += SLICE) {
      const prefilterStarted = performance.now();
      const count = automaton.find(buffer, from, Math.min(searchTo, from + SLICE), state);
      this.timings.prefilterMs += performance.now() - prefilterStarted;
      state = automaton.state;
      const hits = automaton.hits;
      for (let h = 0; h < 2 * count; h += 2) {
        const hitEnd = hits[h] as number;
        const uses = detectorsAt[automaton.acceptingIndex(hits[h + 1] as number)] as Int32Array;
        for (let u = 0; u < uses.length; u += 3) {
          const detectorIndex = uses[u] as number;
          const hitStart = hitEnd - (uses[u + 1] as number);
          const detector = compiled[detectorIndex] as CompiledDetector;
          // One byte first: `pat` also ends compat and spatial.
          const precededBy = detector.precededBy;
          if (precededBy !== undefined && hitStart > 0 && precededBy[buffer[hitStart - 1] as number] === 0) {
            continue;
          }
          const followedBy = detector.followedBy;
          if (followedBy !== undefined && hitEnd < length && followedBy[buffer[hitEnd] as number] === 0) {
            continue;
          }
          const exact = uses[u + 2] as number;
          if (exact >= 0 && !sameBytes(buffer, hitStart, exactKeywords[exact] as Buffer)) continue;
          const gate = detector.gate;
          if (gate !== undefined) {
            if (gate !== lastGate || hitEnd !== lastGateEnd) {
              lastGate = gate;
              lastGateEnd = hitEnd;
              lastGateOpen = text.gate(gate, hitStart, hitEnd);
            }
            if (!lastGateOpen) continue;
          }
          // Searched only for hits that passed their checks: most hits (`eaa` in base64) do not.
          if (newlineAfter < hitEnd) {
            newlineAfter = buffer.indexOf(NEWLINE, hitEnd);
            if (newlineAfter === -1) newlineAfter = length;
          }
          const end = Math.min(detector.multiline ? length : newlineAfter, hitEnd + detector.after);
          let spans = spansOf[detectorIndex];
          if (spans === undefined) {
            spans = [];
            spansOf[detectorIndex] = spans;
            windows.push([detectorIndex, spans]);
          }
          const last = spans.length - 1;
          // A hit inside the previous window only needs that window stretched.
          if (last > 0 && hitStart < (spans[last] as number)) {
            spans[last] = end;
            continue;
          }
          const start = windowStart(buffer, detector, hitStart);
          if (last > 0 && start <= (spans[last] as number)) spans[last] = end;
          else spans.push(start, end);
        }
      }
    }
  }
}

// Bounded to the window's reach: an unbounded search back from every hit on a long minified
// line would make the scan quadratic. A plain loop: at most `before` bytes, and, unlike a
// `subarray(...).lastIndexOf`, it allocates nothing per hit.
function windowStart(buffer: Buffer, compiled: CompiledDetector, hitStart: number): number {
  const limit = Math.max(0, hitStart - compiled.before);
  if (compiled.multiline) return limit;
  for (let i = hitStart - 1; i >= limit; i--) {
    if (buffer[i] === NEWLINE) return i + 1;
  }
  return limit;
}

function sameBytes(buffer: Buffer, at: number, expected: Buffer): boolean {
  for (let i = 0; i < expected.length; i++) {
    if (buffer[at + i] !== expected[i]) return false;
  }
  return true;
}

/**
 * For each accepting state of the automaton, the detectors to run there as flat triples
 * (detector index, length of its longest keyword ending there, exact keyword or -1), in the
 * order the keywords are listed: that fixes the order in which detectors first appear, hence
 * the output order. A detector whose keywords are case-sensitive gets a triple per keyword,
 * since a shorter keyword may match as written where the longest does not. The automaton may
 * know more keywords than the catalog (prebuilt tables): those open no window.
 */
function detectorsPerState(automaton: KeywordAutomaton, catalog: CompiledCatalog): Int32Array[] {
  const usesOf = new Map<string, KeywordUse[]>();
  catalog.keywords.forEach((keyword, index) => {
    usesOf.set(keyword, catalog.usesByKeyword[index] as KeywordUse[]);
  });
  const perState: Int32Array[] = [];
  for (let index = 0; index < automaton.acceptingStates; index++) {
    const triples: number[] = [];
    const seen = new Set<number>();
    for (const keyword of automaton.keywordsAtIndex(index)) {
      const word = automaton.keywords[keyword] as string;
      const length = word.length;
      for (const use of usesOf.get(word) ?? []) {
        if (use.exact < 0) {
          if (seen.has(use.detector)) continue;
          seen.add(use.detector);
        }
        triples.push(use.detector, length, use.exact);
      }
    }
    perState.push(Int32Array.from(triples));
  }
  return perState;
}

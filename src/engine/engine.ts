import { type Confidence, type Detector, type MatchContext, SEVERITIES } from "../catalog/types.js";
import { defaultMinEntropy, placeholderReason, shannonEntropy } from "./filters.js";
import { KeywordAutomaton, SLICE } from "./prefilter.js";

/** A credential the engine found in a buffer: offsets are byte offsets into that buffer. */
export interface Candidate {
  readonly detector: Detector;
  readonly secret: string;
  /** Byte offset of the secret's first byte. */
  readonly start: number;
  /** Byte offset just past the secret. */
  readonly end: number;
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** Companion values found near the secret (multi-part credentials). */
  readonly companions: readonly FoundCompanion[];
}

export interface FoundCompanion {
  readonly name: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface EngineScanOptions {
  /** Path used by validators that care about the file kind. */
  readonly path?: string;
  /** Candidates starting before this offset are not reported (they belong to an earlier chunk). */
  readonly reportFrom?: number;
  /** Candidates starting at or after this offset are not reported (they belong to a later chunk). */
  readonly reportBefore?: number;
  /**
   * Spans of `bytes` known to hold no credential, as [start, end) pairs in increasing order:
   * no keyword is looked for in them, and no secret starting in them is reported (a source
   * map's `mappings`, see scan/source-maps.ts). A secret starting before one may run into it.
   */
  readonly skip?: readonly number[];
}

export interface EngineOptions {
  /**
   * Bytes to reserve for `readBuffer`, into which a caller that reads its input (the file
   * scanner) reads, so that the keyword pass takes the bytes where they are.
   */
  readonly readBufferBytes?: number;
}

const DEFAULT_BEFORE = 128;
const DEFAULT_AFTER = 512;
const NEWLINE = 0x0a;

interface CompiledDetector {
  readonly detector: Detector;
  readonly regex: RegExp;
  readonly before: number;
  readonly after: number;
  /** The pattern can span lines, so windows are not clipped to the keyword's line. */
  readonly multiline: boolean;
  readonly keywords: readonly string[];
  /** Tried sticky at each keyword hit's end; a hit where it fails opens no window. */
  readonly gate: RegExp | undefined;
  /** Per byte value, 1 where a keyword hit may follow that byte (`keywordPrecededBy`). */
  readonly precededBy: Uint8Array | undefined;
  readonly rank: number;
  readonly companions: readonly CompiledCompanion[];
}

interface CompiledCompanion {
  readonly name: string;
  readonly regex: RegExp;
  readonly within: number;
  readonly required: boolean;
}

const DEFAULT_COMPANION_DISTANCE = 1024;

const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/**
 * The pure matching core: bytes in, candidates out. It never reads files or prints.
 * One keyword pass picks the detectors to run; each runs its pattern only in windows
 * around its keyword hits, and overlapping windows are merged so that work stays linear.
 */
export class Engine {
  readonly detectors: readonly Detector[];
  /** Widest window any detector needs: callers that chunk input overlap chunks by twice this. */
  readonly maxWindow: number;
  private readonly compiled: CompiledDetector[];
  /**
   * Milliseconds spent in the keyword pass, summed over scans: callers that time a whole scan
   * (the file scanner's phases) subtract it to get the matching time.
   */
  readonly timings = { prefilterMs: 0 };
  private readonly automaton: KeywordAutomaton;
  /** Confidence rank per detector, for overlap resolution (built once, not per scan). */
  private readonly rank: ReadonlyMap<Detector, number>;
  /**
   * Per accepting automaton state, (detector index, keyword length, exact keyword) triples to
   * open windows for; the third is an index into `exactKeywords`, or -1 for any case.
   */
  private readonly detectorsAt: Int32Array[];
  /** The keywords of detectors with `caseSensitiveKeywords`, as written. */
  private readonly exactKeywords: Buffer[] = [];

  constructor(detectors: readonly Detector[], options: EngineOptions = {}) {
    this.detectors = detectors;
    const keywordIndex = new Map<string, number>();
    const detectorsByKeyword: KeywordUse[][] = [];
    // Detectors with the same gate (Meta and WhatsApp on `EAA`, the URI rules on `http`) share
    // one RegExp, so that a hit is tested once for all of them.
    const gates = new Map<string, RegExp>();
    const gateFor = (gate: RegExp) => {
      const flags = `${gate.flags.replace(/[^ims]/g, "")}y`;
      const key = `${flags}/${gate.source}`;
      let compiled = gates.get(key);
      if (compiled === undefined) {
        compiled = new RegExp(gate.source, flags);
        gates.set(key, compiled);
      }
      return compiled;
    };
    this.compiled = detectors.map((detector, index) => {
      const flags = `${detector.pattern.flags.replace(/[^ims]/g, "")}gd`;
      for (const keyword of detector.keywords) {
        const lower = keyword.toLowerCase();
        let k = keywordIndex.get(lower);
        if (k === undefined) {
          k = keywordIndex.size;
          keywordIndex.set(lower, k);
          detectorsByKeyword.push([]);
        }
        let exact = -1;
        if (detector.caseSensitiveKeywords) {
          exact = this.exactKeywords.length;
          this.exactKeywords.push(Buffer.from(keyword, "latin1"));
        }
        (detectorsByKeyword[k] as KeywordUse[]).push({ detector: index, exact });
      }
      const before = detector.window?.before ?? DEFAULT_BEFORE;
      const after = detector.window?.after ?? DEFAULT_AFTER;
      return {
        detector,
        regex: new RegExp(detector.pattern.source, flags),
        before,
        after,
        multiline: detector.window?.multiline ?? false,
        keywords: detector.keywords.map((k) => k.toLowerCase()),
        gate: detector.keywordGate ? gateFor(detector.keywordGate) : undefined,
        precededBy: detector.keywordPrecededBy ? byteClass(detector.keywordPrecededBy) : undefined,
        rank: CONFIDENCE_RANK[detector.confidence ?? "high"],
        companions: (detector.companions ?? []).map((companion) => ({
          name: companion.name,
          regex: new RegExp(companion.pattern.source, `${companion.pattern.flags.replace(/[^ims]/g, "")}gd`),
          within: companion.within ?? DEFAULT_COMPANION_DISTANCE,
          required: companion.required ?? false,
        })),
      };
    });
    this.automaton = new KeywordAutomaton([...keywordIndex.keys()], { readBytes: options.readBufferBytes });
    this.rank = new Map(this.compiled.map((c) => [c.detector, c.rank]));
    this.detectorsAt = detectorsPerState(this.automaton, detectorsByKeyword);
    this.maxWindow = Math.max(
      DEFAULT_BEFORE + DEFAULT_AFTER,
      ...this.compiled.map((c) => c.before + c.after),
    );
  }

  /**
   * The buffer reserved with `readBufferBytes`: input read into it is scanned without a copy.
   * `undefined` when none was reserved or the keyword pass runs without WebAssembly.
   */
  readBuffer(): Buffer | undefined {
    return this.automaton.readBuffer();
  }

  /** Finds every credential in `bytes`. */
  scan(bytes: Uint8Array, options: EngineScanOptions = {}): Candidate[] {
    const buffer = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = new LazyText(buffer);
    const windows: Array<[number, number[]]> = [];
    const spansOf: (number[] | undefined)[] = [];
    const skip = options.skip ?? [];
    let from = 0;
    for (let i = 0; i <= skip.length; i += 2) {
      const to = Math.min(buffer.length, (skip[i] as number | undefined) ?? buffer.length);
      if (to > from) this.collectWindows(buffer, from, to, text, windows, spansOf);
      from = Math.max(from, (skip[i + 1] as number | undefined) ?? buffer.length);
    }
    const candidates: Candidate[] = [];
    for (const [detectorIndex, spans] of windows) {
      const compiled = this.compiled[detectorIndex] as CompiledDetector;
      for (let i = 0; i < spans.length; i += 2) {
        this.matchWindow(
          compiled,
          buffer,
          text,
          spans[i] as number,
          spans[i + 1] as number,
          options,
          candidates,
        );
      }
    }
    return mergeCompanionPairs(resolveOverlaps(candidates, this.rank));
  }

  /**
   * Adds to `windows`, per detector, merged [start, end) windows around its keyword hits in
   * `buffer[searchFrom, searchTo)`, in increasing order; detectors in the order of their first
   * hit. `spansOf` indexes the same spans by detector. Called for consecutive spans of one
   * buffer, it extends the windows of earlier spans.
   * Linear in the input and the number of hits: a hit inside the previous window only
   * stretches it, and the newline that ends a window is found once per line, not once per hit.
   */
  private collectWindows(
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

  private matchWindow(
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
      if (
        (cutAtStart && match.index === 0) ||
        (cutAtEnd && match.index + match[0].length === window.length)
      ) {
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
      const context = matchContext(compiled, window, match.index, match[0].length, groups, options.path);
      if (this.rejectionReason(compiled, secret, context) !== undefined) continue;
      const companions = findCompanions(compiled, buffer, text, secretStart, secretEnd);
      if (companions === undefined) continue;
      out.push({ detector, secret, start: secretStart, end: secretEnd, groups, companions });
    }
  }

  private rejectionReason(
    compiled: CompiledDetector,
    secret: string,
    context: MatchContext,
  ): string | undefined {
    const { detector } = compiled;
    const body = stripKnownPrefix(secret, compiled.keywords);
    if (!detector.skipPlaceholderCheck) {
      const placeholder = placeholderReason(body);
      if (placeholder !== undefined) return placeholder;
    }
    const floor = detector.minEntropy ?? (detector.skipPlaceholderCheck ? 0 : defaultMinEntropy(body.length));
    const entropy = shannonEntropy(body);
    if (entropy < floor) return `entropy ${entropy.toFixed(2)} below ${floor}`;
    if (detector.validate) {
      const verdict = detector.validate(secret, context);
      if (verdict !== true) return verdict;
    }
    return undefined;
  }
}

function inSpans(spans: readonly number[], offset: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if (offset >= (spans[i] as number) && offset < (spans[i + 1] as number)) return true;
  }
  return false;
}

// Bounded to the window's reach: an unbounded search back from every hit on a long minified
// line would make the scan quadratic. A plain loop: at most `before` bytes, and it allocates
// nothing (a `subarray(...).lastIndexOf` per hit did, and showed in profiles).
function windowStart(buffer: Buffer, compiled: CompiledDetector, hitStart: number): number {
  const limit = Math.max(0, hitStart - compiled.before);
  if (compiled.multiline) return limit;
  for (let i = hitStart - 1; i >= limit; i--) {
    if (buffer[i] === NEWLINE) return i + 1;
  }
  return limit;
}

/**
 * What a validator sees: the window around the match. Windows merged over a long line can be
 * megabytes; a validator looking back from the match over all of it (to the line start, say)
 * would make a line with many matches quadratic (measured: 8,000 matches on a 0.36 MB line
 * took 13 s). So the context is cut to the detector's reach around the match, the same text
 * an unmerged window would hold. A substring of a flat string is O(1) in V8.
 */
function matchContext(
  compiled: CompiledDetector,
  window: string,
  index: number,
  length: number,
  groups: Record<string, string | undefined>,
  path: string | undefined,
): MatchContext {
  const from = Math.max(0, index - compiled.before);
  const to = Math.min(window.length, index + length + compiled.after);
  if (from === 0 && to === window.length) return { window, index, groups, path };
  return { window: window.slice(from, to), index: index - from, groups, path };
}

/**
 * Windows and keyword gates see the buffer as Latin-1 text, decoded on first need in segments
 * of this size: a decode costs about 150 ns whatever its length, against 12 ns for a
 * substring, and the benchmark corpus opens a window or tries a gate every ~400 bytes, so
 * windows are substrings of a segment. Not one string for the whole buffer: strings over
 * 128 KB go to V8's large-object space, where decoding the corpus took 3 times as long
 * (0.26 s against 0.08 s in 64 KB pieces, measured on 126 MB of it).
 */
const SEGMENT = 64 * 1024;
/**
 * Each segment also holds this many bytes of the next, so that a window starting in it
 * (most are under 1 KB) and a gate tried in it (up to 600 bytes past its keyword) are a
 * substring of it.
 */
const SEGMENT_OVERLAP = 4 * 1024;
/** Segments kept at once: a whole 2 MB chunk of a file scan, a bounded part of a huge buffer. */
const MAX_SEGMENTS = 64;

/** The Latin-1 text of a buffer, for the patterns and gates that need it. */
class LazyText {
  private segments: (string | undefined)[] = [];
  private held = 0;
  constructor(private readonly buffer: Buffer) {}

  private segment(index: number): string {
    let text = this.segments[index];
    if (text === undefined) {
      // Windows come per detector in increasing order, so a huge buffer is walked once per
      // detector: starting over beats tracking recency.
      if (this.held === MAX_SEGMENTS) {
        this.segments = [];
        this.held = 0;
      }
      const from = index * SEGMENT;
      text = this.buffer.toString(
        "latin1",
        from,
        Math.min(this.buffer.length, from + SEGMENT + SEGMENT_OVERLAP),
      );
      this.segments[index] = text;
      this.held++;
    }
    return text;
  }

  slice(start: number, end: number): string {
    const index = Math.floor(start / SEGMENT);
    const from = index * SEGMENT;
    if (end > from + SEGMENT + SEGMENT_OVERLAP) return this.buffer.toString("latin1", start, end);
    return this.segment(index).slice(start - from, end - from);
  }

  /** Whether `gate` matches at `hitEnd`, seeing back to `hitStart` (at least the keyword). */
  gate(gate: RegExp, hitStart: number, hitEnd: number): boolean {
    const index = Math.floor(hitStart / SEGMENT);
    gate.lastIndex = hitEnd - index * SEGMENT;
    return gate.test(this.segment(index));
  }
}

/** One detector's use of one keyword. */
interface KeywordUse {
  readonly detector: number;
  /** Index into the engine's exact keywords, -1 when any case matches. */
  readonly exact: number;
}

/** The byte values (read as Latin-1, as windows are) that a one-character class matches. */
function byteClass(characterClass: RegExp): Uint8Array {
  const single = new RegExp(`^(?:${characterClass.source})$`, characterClass.flags.replace(/[gy]/g, ""));
  return Uint8Array.from({ length: 256 }, (_, byte) => (single.test(String.fromCharCode(byte)) ? 1 : 0));
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
 * since a shorter keyword may match as written where the longest does not.
 */
function detectorsPerState(
  automaton: KeywordAutomaton,
  detectorsByKeyword: readonly KeywordUse[][],
): Int32Array[] {
  const perState: Int32Array[] = [];
  for (let index = 0; index < automaton.acceptingStates; index++) {
    const triples: number[] = [];
    const seen = new Set<number>();
    for (const keyword of automaton.keywordsAtIndex(index)) {
      const length = (automaton.keywords[keyword] as string).length;
      for (const use of detectorsByKeyword[keyword] as KeywordUse[]) {
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

/**
 * The companions found around a secret, nearest first; `undefined` when a required one is
 * missing. Companions may sit on other lines (an ini section, a YAML block), so the search
 * spans lines, bounded by `within`.
 */
function findCompanions(
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
function mergeCompanionPairs(candidates: Candidate[]): Candidate[] {
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

function stripKnownPrefix(secret: string, keywords: readonly string[]): string {
  const lower = secret.toLowerCase();
  let longest = 0;
  for (const keyword of keywords) {
    if (keyword.length > longest && lower.startsWith(keyword)) longest = keyword.length;
  }
  return secret.slice(longest);
}

/**
 * Two detectors matching the same text report it once: the more confident detector wins
 * (a vendor-specific match over a generic one), then the longer match.
 */
function resolveOverlaps(candidates: Candidate[], rank: ReadonlyMap<Detector, number>): Candidate[] {
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

import type { Detector } from "../catalog/types.js";
import { mergeCompanionPairs } from "./companions.js";
import { type CompiledDetector, compileDetectors, DEFAULT_AFTER, DEFAULT_BEFORE } from "./compile.js";
import { LazyText } from "./lazy-text.js";
import { matchWindow } from "./match.js";
import { resolveOverlaps } from "./overlaps.js";
import type { KeywordTables } from "./prefilter.js";
import { WindowFinder } from "./windows.js";

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
  /**
   * Keyword tables (`buildKeywordTables`) holding at least the detectors' keywords. By
   * default the tables the build wrote for the built-in catalog, when they hold them all;
   * otherwise they are built, which costs a cold thread about 0.1 s for the whole catalog.
   */
  readonly keywordTables?: KeywordTables;
}

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
  readonly timings: { prefilterMs: number };
  private readonly windowFinder: WindowFinder;
  /** Confidence rank per detector, for overlap resolution (built once, not per scan). */
  private readonly rank: ReadonlyMap<Detector, number>;
  /** Detectors that read whole small files by name (see `Detector.file`). */
  private readonly fileDetectors: readonly CompiledDetector[];

  constructor(detectors: readonly Detector[], options: EngineOptions = {}) {
    this.detectors = detectors;
    const catalog = compileDetectors(detectors);
    this.compiled = catalog.detectors;
    this.windowFinder = new WindowFinder(catalog, options.readBufferBytes, options.keywordTables);
    this.timings = this.windowFinder.timings;
    this.rank = new Map(this.compiled.map((c) => [c.detector, c.rank]));
    this.fileDetectors = this.compiled.filter((c) => c.detector.file !== undefined);
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
    return this.windowFinder.automaton.readBuffer();
  }

  /**
   * The `WebAssembly.Memory` holding `readBuffer()`, which never grows: other WebAssembly code
   * (the decoders' search) can read the bytes there too. `undefined` without a read buffer.
   */
  readMemory(): object | undefined {
    return this.windowFinder.automaton.readMemory();
  }

  /** Finds every credential in `bytes`. */
  scan(bytes: Uint8Array, options: EngineScanOptions = {}): Candidate[] {
    const buffer = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = new LazyText(buffer);
    const windows: Array<[number, number[]]> = [];
    const spansOf: (number[] | undefined)[] = [];
    outsideSpans(0, buffer.length, options.skip ?? [], (from, to) =>
      this.windowFinder.collectWindows(buffer, from, to, text, windows, spansOf),
    );
    const candidates: Candidate[] = [];
    for (const [detectorIndex, spans] of windows) {
      const compiled = this.compiled[detectorIndex] as CompiledDetector;
      for (let i = 0; i < spans.length; i += 2) {
        matchWindow(compiled, buffer, text, spans[i] as number, spans[i + 1] as number, options, candidates);
      }
    }
    if (this.fileDetectors.length > 0) this.matchWholeFile(buffer, text, options, candidates);
    return mergeCompanionPairs(resolveOverlaps(candidates, this.rank));
  }

  /** Runs the detectors named by `options.path` over the input, when it is one small whole file. */
  private matchWholeFile(buffer: Buffer, text: LazyText, options: EngineScanOptions, out: Candidate[]) {
    const whole =
      (options.reportFrom ?? 0) <= 0 && (options.reportBefore ?? Number.POSITIVE_INFINITY) >= buffer.length;
    if (!whole || buffer.length > MAX_WHOLE_FILE || options.path === undefined) return;
    const path = options.path.replaceAll("\\", "/");
    for (const compiled of this.fileDetectors) {
      if (compiled.detector.file?.path.test(path)) {
        matchWindow(compiled, buffer, text, 0, buffer.length, options, out);
      }
    }
  }
}

/** Files read whole by name hold a key and little else; a large one is something else. */
const MAX_WHOLE_FILE = 4096;

/**
 * Calls `visit` with each non-empty [start, end) of [from, to) that lies outside the
 * [start, end) pairs of `skip` (in increasing order): what a scan reads of a buffer.
 */
export function outsideSpans(
  from: number,
  to: number,
  skip: readonly number[],
  visit: (start: number, end: number) => void,
): void {
  let start = from;
  for (let i = 0; i <= skip.length; i += 2) {
    const end = Math.min(to, skip[i] ?? to);
    if (end > start) visit(start, end);
    start = Math.max(start, skip[i + 1] ?? to);
  }
}

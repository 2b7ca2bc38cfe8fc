import { publicSampleByHash } from "../catalog/public-samples.js";
import { type DecodedSpan, type DecodePlace, decodeSpans, type Encoding } from "../engine/decode/index.js";
import type { KeyedValues } from "../engine/decode/keyed.js";
import { type Candidate, type Engine, outsideSpans } from "../engine/engine.js";
import { UsageError } from "../errors.js";
import { type Finding, sha256 } from "../findings/finding.js";
import { redact } from "../findings/redact.js";
import type { LineIgnorer } from "../policy/allowlist.js";
import { isInlineIgnored } from "../policy/inline-ignore.js";
import { findingOf, previousLine, redactCandidate } from "./build-findings.js";
import { type LineCounter, lineBounds } from "./locate.js";

/**
 * How many encodings deep secrets are looked for by default: two, which reaches a token in JSON
 * in base64 (a Kubernetes Secret, a Docker config). A secret that is only stored encoded is no
 * less leaked, and a scan that skips it calls unread text clean; that is worth the 10% more
 * CPU it costs on the benchmark corpus (bench/NOTES.md). `--max-decode-depth 0` turns it off.
 */
export const DEFAULT_MAX_DECODE_DEPTH = 2;
/** Deeper nesting than this is not met in practice, and each level costs a pass. */
export const MAX_DECODE_DEPTH = 8;

/** The decode depth asked for (`maxDecodeDepth`), checked; the default when not given. */
export function decodeDepth(asked: number | undefined): number {
  if (asked === undefined) return DEFAULT_MAX_DECODE_DEPTH;
  if (!Number.isInteger(asked) || asked < 0 || asked > MAX_DECODE_DEPTH) {
    throw new UsageError(`maxDecodeDepth must be a whole number from 0 to ${MAX_DECODE_DEPTH}, not ${asked}`);
  }
  return asked;
}

const SNIPPET_LIMIT = 160;
const NEWLINE = 0x0a;

export interface DecodeOptions {
  readonly path: string;
  /** Absolute offset of `buffer[0]`. */
  readonly bufferStart: number;
  /** Encoded spans starting outside these absolute offsets belong to a neighbouring chunk. */
  readonly reportFrom: number;
  readonly reportBefore: number;
  readonly lines: LineCounter;
  /** Encodings to undo one inside the other, at most (at least 1). */
  readonly maxDepth: number;
  /** The input's findings so far: a secret among them is not reported again from decoded text. */
  readonly found: readonly Finding[];
  /** The configuration's line allowlist, as for findings in clear. */
  readonly ignoreLine?: LineIgnorer;
  /** Where the buffer lies in WebAssembly memory, to be searched there without a copy. */
  readonly place?: DecodePlace;
  /** The input's base64 values under a key, for configuration files (see keyed.ts). */
  readonly keyedValues?: KeyedValues;
  /** [start, end) pairs of the buffer that hold no credential, encoded or not: a source map's `mappings`. */
  readonly skip?: readonly number[];
  /**
   * Where the lines of encoded text too large to decode go (a base64 run past 64 KB, gzip
   * past its caps): their inside is not read, which the scan must say.
   */
  readonly undecodedLines?: number[];
}

/** Decoded text, joined: where it came from in the scanned buffer, and how. */
interface Layer {
  /** The outermost encoded span, in the scanned buffer: where findings in it are reported. */
  readonly origin: DecodedSpan;
  readonly chain: readonly Encoding[];
  readonly text: Buffer;
  /** Bytes at the start of `text` that are context (a value's key), not decoded text. */
  readonly prefix: number;
}

interface Hit {
  readonly layer: Layer;
  readonly candidate: Candidate;
}

/**
 * `found` (the input's findings so far) with the findings in the encoded text of `buffer`
 * added. A finding in clear that lies inside an encoded span holding a finding of the same
 * detector, or a generic (low-confidence) one inside a span holding a vendor finding, is the
 * encoded form of that secret (`token=ghp%5F...`): it is dropped, so the secret is reported
 * once. A vendor finding in clear is kept (a Docker config's `auth`
 * and the access token base64-encoded in it are both reported). `found` itself is returned when nothing is
 * found in encoded text.
 */
export function withDecodedFindings(engine: Engine, buffer: Buffer, options: DecodeOptions): Finding[] {
  const decoded = decodedFindings(engine, buffer, options);
  if (decoded.length === 0) return options.found as Finding[];
  const kept = options.found.filter(
    (plain) =>
      !decoded.some(
        (found) =>
          plain.line === found.line &&
          plain.endLine === found.line &&
          plain.column >= found.column &&
          plain.endColumn <= found.endColumn &&
          // A value found in clear whose decoded form is the same kind of secret is its
          // encoding: the decoded secret is the one to report.
          (plain.detectorId === found.detectorId ||
            (plain.confidence === "low" && found.confidence !== "low")),
      ),
  );
  // A generic finding in decoded text whose encoded span a finding in clear reports already
  // (a Kubernetes Secret's value) adds nothing.
  const sameSpan = (a: Finding, b: Finding) =>
    a.line === b.line && a.column === b.column && a.endColumn === b.endColumn;
  for (const finding of decoded) {
    if (finding.confidence === "low" && kept.some((plain) => sameSpan(plain, finding))) continue;
    kept.push(finding);
  }
  return kept;
}

/**
 * Findings in the encoded text of a buffer: its encoded spans are decoded, and the same
 * engine runs over the decoded text, again over the spans found in that, down to `maxDepth`.
 * Each level's decoded text is joined into one buffer (newline-separated, which ends every
 * kind of span), so the engine runs once per level, not once per span. A finding is reported
 * at its outermost encoded span, with the chain of encodings, and its snippet is the encoded
 * line with that span redacted.
 */
function decodedFindings(engine: Engine, buffer: Buffer, options: DecodeOptions): Finding[] {
  const { bufferStart } = options;
  const from = Math.max(0, options.reportFrom - bufferStart);
  const spans: DecodedSpan[] = [];
  const undecoded: number[] = [];
  outsideSpans(from, buffer.length, options.skip ?? [], (start, end) => {
    // One push per span: spreading a huge array into push() overflows the stack.
    for (const span of decodeSpans(buffer, start, end, options.place, undecoded)) spans.push(span);
  });
  if (options.keyedValues !== undefined) {
    spans.push(...options.keyedValues.spansIn(buffer, from, buffer.length, bufferStart));
  }
  let layers: Layer[] = spans
    .filter((span) => bufferStart + span.start < options.reportBefore)
    .map((span) => ({ origin: span, chain: [span.encoding], text: span.text, prefix: span.prefix ?? 0 }));
  // Most chunks hold no encoded text: they cost the search for it only.
  if (layers.length === 0) {
    countUndecoded(buffer, undecoded, options);
    return [];
  }
  const hits: Hit[] = [];
  for (let depth = 1; depth <= options.maxDepth && layers.length > 0; depth++) {
    const { joined, starts } = join(layers);
    const inLayer = (start: number, end: number) => {
      const index = layerAt(starts, start);
      const layer = layers[index] as Layer;
      const layerStart = starts[index] as number;
      return start >= layerStart + layer.prefix && end <= layerStart + layer.text.length ? index : -1;
    };
    for (const candidate of engine.scan(joined, { path: options.path })) {
      const index = inLayer(candidate.start, candidate.end);
      if (index !== -1) hits.push({ layer: layers[index] as Layer, candidate });
    }
    if (depth === options.maxDepth) break;
    const nested: Layer[] = [];
    const undecodedInside: number[] = [];
    for (const span of decodeSpans(joined, 0, joined.length, undefined, undecodedInside)) {
      const index = inLayer(span.start, span.end);
      if (index === -1) continue;
      const outer = layers[index] as Layer;
      nested.push({
        origin: outer.origin,
        chain: [...outer.chain, span.encoding],
        text: span.text,
        prefix: span.prefix ?? 0,
      });
    }
    for (const at of undecodedInside) undecoded.push((layers[layerAt(starts, at)] as Layer).origin.start);
    layers = nested;
  }
  countUndecoded(buffer, undecoded, options);
  return toFindings(buffer, hits, options);
}

/** Adds the lines of the spans at `undecoded` (offsets in `buffer`) that this chunk reports. */
function countUndecoded(buffer: Buffer, undecoded: readonly number[], options: DecodeOptions): void {
  if (undecoded.length === 0 || options.undecodedLines === undefined) return;
  for (const at of [...new Set(undecoded)].sort((a, b) => a - b)) {
    if (options.bufferStart + at >= options.reportBefore) continue;
    options.undecodedLines.push(options.lines.lineAt(buffer, options.bufferStart, options.bufferStart + at));
  }
}

function join(layers: readonly Layer[]): { joined: Buffer; starts: number[] } {
  const starts: number[] = [];
  let length = 0;
  for (const layer of layers) {
    starts.push(length);
    length += layer.text.length + 1;
  }
  const joined = Buffer.alloc(length, NEWLINE);
  layers.forEach((layer, index) => {
    layer.text.copy(joined, starts[index] as number);
  });
  return { joined, starts };
}

/** Index of the last layer starting at or before `offset`. */
function layerAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function toFindings(buffer: Buffer, hits: Hit[], options: DecodeOptions): Finding[] {
  const reported = new Set(options.found.map((f) => f.secretHash));
  hits.sort((a, b) => a.layer.origin.start - b.layer.origin.start);
  const origins = [...new Set(hits.map((hit) => hit.layer.origin))];
  const findings: Finding[] = [];
  for (const { layer, candidate } of hits) {
    const { secret, detector } = candidate;
    const secretHash = sha256(secret);
    if (reported.has(secretHash) || publicSampleByHash(secretHash) !== undefined) continue;
    const { start, end } = layer.origin;
    const [lineStart, lineEnd] = lineBounds(buffer, start);
    const lineText = buffer.toString("utf8", lineStart, lineEnd);
    // Marker words after keyhound:ignore count as a reason here, so a marker silences every
    // detector on its line; naming detectors narrows it for findings in clear only.
    const ignored =
      isInlineIgnored(detector.id, lineText, previousLine(buffer, lineStart), () => false) ||
      options.ignoreLine?.(lineText, detector.id) === true;
    if (ignored) continue;
    reported.add(secretHash);
    const line = options.lines.lineAt(buffer, options.bufferStart, options.bufferStart + start);
    const column = options.lines.column();
    findings.push({
      ...findingOf(candidate, options.path, secretHash),
      line,
      column,
      endLine: line,
      endColumn: column + buffer.toString("utf8", start, end).length,
      redacted: redactCandidate(candidate),
      snippet: redactedLine(buffer, [lineStart, lineEnd], start, origins, inClear(options.found, line)),
      decoded: layer.chain,
    });
  }
  return findings;
}

/** Findings in clear on `line`, whose secrets a snippet of that line must redact too. */
function inClear(found: readonly Finding[], line: number): Finding[] {
  return found.filter((f) => f.line === line && f.decoded === undefined && !f.secret.includes("\n"));
}

/**
 * The encoded line, with every encoded span that hides a secret redacted, and every secret
 * found in clear on it too, cut to a readable length around the span at `focus`.
 */
function redactedLine(
  buffer: Buffer,
  [lineStart, lineEnd]: [number, number],
  focus: number,
  origins: readonly DecodedSpan[],
  clear: readonly Finding[],
): string {
  const plain = (from: number, to: number) => {
    let piece = buffer.toString("utf8", from, to);
    for (const finding of clear) piece = piece.replaceAll(finding.secret, finding.redacted);
    return piece;
  };
  let text = "";
  let cursor = lineStart;
  let focusAt = 0;
  for (const span of origins) {
    if (span.end <= lineStart || span.start >= lineEnd || span.start < cursor) continue;
    text += plain(cursor, span.start);
    if (span.start === focus) focusAt = text.length;
    cursor = Math.min(span.end, lineEnd);
    text += redact(buffer.toString("utf8", span.start, cursor));
  }
  if (cursor < lineEnd) text += plain(cursor, lineEnd);
  const from = Math.max(0, focusAt - SNIPPET_LIMIT / 2);
  const to = Math.min(text.length, from + SNIPPET_LIMIT);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

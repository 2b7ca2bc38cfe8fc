import { isMistypedId } from "../catalog/close-names.js";
import { oneLineFix } from "../catalog/mitigation.js";
import { publicSampleByHash } from "../catalog/public-samples.js";
import type { SecretDetails } from "../catalog/types.js";
import type { Candidate, Engine } from "../engine/engine.js";
import { type Finding, fingerprintOf, sha256 } from "../findings/finding.js";
import { findingConfidence } from "../findings/fixture-paths.js";
import { redact } from "../findings/redact.js";
import type { LineIgnorer } from "../policy/allowlist.js";
import { isInlineIgnored } from "../policy/inline-ignore.js";
import { LineCounter, lineBounds } from "./locate.js";

const SNIPPET_LIMIT = 160;
const NEWLINE = 0x0a;

export interface BufferScanOptions {
  readonly path: string;
  /** Absolute offset of `buffer[0]` in the whole input (chunked reads). */
  readonly bufferStart?: number;
  /** Absolute offsets outside which findings belong to a neighbouring chunk. */
  readonly reportFrom?: number;
  readonly reportBefore?: number;
  /** Shared across the chunks of one input so line numbers continue. */
  readonly lines?: LineCounter;
  /** [start, end) pairs of the buffer that cannot hold a credential: a source map's `mappings`. */
  readonly skip?: readonly number[];
  /** True for a finding's whole line that the configuration's allowlist accepts (see policy/allowlist.ts). */
  readonly ignoreLine?: LineIgnorer;
}

/** Runs the engine over one buffer and turns its candidates into located, redacted findings. */
export function findingsInBuffer(engine: Engine, buffer: Buffer, options: BufferScanOptions): Finding[] {
  const bufferStart = options.bufferStart ?? 0;
  const candidates = engine.scan(buffer, {
    path: options.path,
    skip: options.skip,
    reportFrom: (options.reportFrom ?? 0) - bufferStart,
    reportBefore: (options.reportBefore ?? Number.POSITIVE_INFINITY) - bufferStart,
  });
  const lines = options.lines ?? new LineCounter();
  const redactions = candidates.map(redactCandidate);
  const { masks, maskOf } = snippetMasks(buffer, candidates, redactions);
  const findings: Finding[] = [];
  candidates.forEach((candidate, index) => {
    const [lineStart, lineEnd] = lineBounds(buffer, candidate.start);
    const lineText = buffer.toString("utf8", lineStart, lineEnd);
    const { detector, secret } = candidate;
    if (
      isInlineIgnored(detector.id, lineText, previousLine(buffer, lineStart), isDetectorId(engine)) ||
      options.ignoreLine?.(lineText, detector.id)
    )
      return;
    const secretHash = sha256(secret);
    // A vendor's published sample (AWS's EXAMPLE key, Stripe's docs key) guards nothing.
    if (publicSampleByHash(secretHash) !== undefined) return;
    const line = lines.lineAt(buffer, bufferStart, bufferStart + candidate.start);
    // Counted from the line's real start, which on a long line is further back than `lineStart`.
    const column = lines.column();
    const secretLines = secret.split("\n");
    const lastSecretLine = secretLines[secretLines.length - 1] as string;
    const redacted = redactions[index] as string;
    findings.push({
      ...findingOf(candidate, options.path, secretHash),
      line,
      column,
      endLine: line + secretLines.length - 1,
      endColumn: secretLines.length === 1 ? column + secret.length : lastSecretLine.length + 1,
      redacted,
      snippet: redactedLine(buffer, lineStart, lineEnd, masks, maskOf[index] as number),
    });
  });
  return findings;
}

/** A span of the buffer that snippets show redacted, and the text shown in its place. */
interface Mask {
  start: number;
  end: number;
  text: string;
}

/**
 * What snippets hide: every secret and every companion value in the buffer (a key id shown in
 * clear beside its secret is half the credential), as sorted, disjoint spans; `maskOf` gives
 * the mask holding each candidate. A match that ends inside a token (the token goes on with
 * letters, digits or `+/=_-`) hides the rest of the token too: the detector knows where its
 * format ends, not that the text around it is not more of the same secret.
 */
function snippetMasks(
  buffer: Buffer,
  candidates: readonly Candidate[],
  redactions: readonly string[],
): { masks: Mask[]; maskOf: number[] } {
  const spans: (Mask & { candidate?: number })[] = [];
  candidates.forEach((candidate, index) => {
    spans.push({
      start: candidate.start,
      end: candidate.end,
      text: redactions[index] as string,
      candidate: index,
    });
    for (const companion of candidate.companions) {
      spans.push({ start: companion.start, end: companion.end, text: redact(companion.value) });
    }
  });
  // A companion that is itself a reported secret keeps the secret's redaction, which shows its prefix.
  spans.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(a.candidate === undefined) - Number(b.candidate === undefined),
  );
  const masks: Mask[] = [];
  const maskOf: number[] = [];
  for (const span of spans) {
    const last = masks[masks.length - 1];
    if (last !== undefined && span.start < last.end) {
      if (span.end > last.end) {
        last.end = span.end;
        last.text = withEllipsis(last.text);
      }
    } else {
      masks.push({ start: span.start, end: span.end, text: span.text });
    }
    if (span.candidate !== undefined) maskOf[span.candidate] = masks.length - 1;
  }
  masks.forEach((mask, index) => {
    const limit = masks[index + 1]?.start ?? buffer.length;
    let end = mask.end;
    while (end < limit && isTokenByte(buffer[end] as number)) end++;
    if (end > mask.end) {
      mask.end = end;
      mask.text = withEllipsis(mask.text);
    }
  });
  return { masks, maskOf };
}

/** Letters, digits and `+/=_-`: what base64, base64url, hex and most token formats are made of. */
function isTokenByte(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    byte === 0x2b ||
    byte === 0x2f ||
    byte === 0x3d ||
    byte === 0x5f ||
    byte === 0x2d
  );
}

function withEllipsis(text: string): string {
  return text.endsWith("…") ? text : `${text}…`;
}

/**
 * The line holding a secret with every mask on it applied (not only the secret's own), cut to
 * a readable length around mask `focus`. Masks are sorted and disjoint, so those on the line
 * are the neighbours of `focus`: looking only there keeps a file with 100,000 findings linear
 * (a pass over every mask per finding was quadratic).
 * The line before the one starting at `lineStart`, for next-line markers; `undefined` when the
 * buffer does not show where the secret's line starts (a line over 4 KB) or it is the buffer's
 * first. A chunk after the first reports only from half its overlap (at least 640 bytes) in,
 * so the previous line is there unless the two lines together are longer than that; then only
 * the previous line's tail is seen, and a marker at its start is missed.
 */
export function previousLine(buffer: Buffer, lineStart: number): string | undefined {
  if (lineStart === 0 || buffer[lineStart - 1] !== NEWLINE) return undefined;
  const [start, end] = lineBounds(buffer, lineStart - 1);
  return buffer.toString("utf8", start, end);
}

const knownIds = new WeakMap<Engine, (word: string) => boolean>();

/** Tells the detector ids of a marker (`keyhound:ignore github-pat`) from words of a reason. */
function isDetectorId(engine: Engine): (word: string) => boolean {
  let known = knownIds.get(engine);
  if (known === undefined) {
    const ids = new Set(engine.detectors.map((d) => d.id));
    const mistyped = new Map<string, boolean>();
    // A mistyped id counts as an id, which silences nothing: read as a reason, it would
    // silence every detector on the line.
    known = (word) => {
      if (ids.has(word)) return true;
      let answer = mistyped.get(word);
      if (answer === undefined) {
        answer = isMistypedId(word, ids);
        mistyped.set(word, answer);
      }
      return answer;
    };
    knownIds.set(engine, known);
  }
  return known;
}

/**
 * What a finding takes from its candidate wherever it was seen (in clear or in decoded text):
 * the detector's description, the secret, its companions, and the identity of the three.
 */
export function findingOf(candidate: Candidate, path: string, secretHash: string) {
  const { detector, secret } = candidate;
  return {
    detectorId: detector.id,
    detectorName: detector.name,
    vendor: detector.vendor,
    family: detector.family,
    severity: detector.severity,
    confidence: findingConfidence(detector.confidence ?? "high", path),
    path,
    secret,
    fingerprint: fingerprintOf(detector.id, secretHash, path),
    secretHash,
    fix: oneLineFix(detector),
    ...detailsOf(candidate),
    ...(candidate.companions.length > 0
      ? {
          companions: candidate.companions.map((c) => ({
            name: c.name,
            value: c.value,
            redacted: redact(c.value),
          })),
        }
      : {}),
  };
}

function detailsOf({ detector, secret }: Candidate): { details?: SecretDetails } {
  const details = detector.describe?.(secret);
  return details && Object.keys(details).length > 0 ? { details } : {};
}

/** A candidate's secret redacted, keeping its public part: a vendor prefix, or a URL's host. */
export function redactCandidate({ detector, secret }: Candidate): string {
  const lower = secret.toLowerCase();
  const prefix = detector.keywords.find((k) => lower.startsWith(k.toLowerCase()));
  // A webhook or connection URL is identified by its host, which is not the secret part.
  const origin = /^[a-z][a-z0-9+.-]{1,20}:\/\/[^/@\s]+\//i.exec(secret)?.[0];
  return redact(secret, prefix?.length ?? origin?.length);
}

/**
 * The line holding a secret with every secret found on it redacted (not only this one), cut
 * to a readable length around candidate `focus`. Candidates come sorted and without overlaps,
 * so those on the line are the neighbours of `focus`: looking only there keeps a file with
 * 100,000 findings linear (a pass over every candidate per finding was quadratic).
 */
function redactedLine(
  buffer: Buffer,
  lineStart: number,
  lineEnd: number,
  masks: readonly Mask[],
  focus: number,
): string {
  let first = focus;
  while (first > 0 && (masks[first - 1] as Mask).end > lineStart) first--;
  let text = "";
  let cursor = lineStart;
  let focusAt = 0;
  for (let index = first; index < masks.length; index++) {
    const mask = masks[index] as Mask;
    if (mask.start >= lineEnd) break;
    text += buffer.toString("utf8", cursor, mask.start);
    if (index === focus) focusAt = text.length;
    text += mask.text;
    cursor = mask.end;
  }
  if (cursor < lineEnd) text += buffer.toString("utf8", cursor, lineEnd);
  const from = Math.max(0, focusAt - SNIPPET_LIMIT / 2);
  const to = Math.min(text.length, from + SNIPPET_LIMIT);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

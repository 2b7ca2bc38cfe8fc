import { oneLineFix } from "../catalog/mitigation.js";
import type { Candidate, Engine } from "../engine/engine.js";
import { type Finding, fingerprintOf, sha256 } from "../findings/finding.js";
import { redact } from "../findings/redact.js";
import { hasInlineIgnore } from "../policy/inline-ignore.js";
import { LineCounter, lineBounds } from "./locate.js";
import { type SourceMapMappings, sourceMapTracker } from "./source-maps.js";

const SNIPPET_LIMIT = 160;

export interface BufferScanOptions {
  readonly path: string;
  /** Absolute offset of `buffer[0]` in the whole input (chunked reads). */
  readonly bufferStart?: number;
  /** Absolute offsets outside which findings belong to a neighbouring chunk. */
  readonly reportFrom?: number;
  readonly reportBefore?: number;
  /** Shared across the chunks of one input so line numbers continue. */
  readonly lines?: LineCounter;
  /**
   * Shared across the chunks of one source map, whose `mappings` are skipped; made here when
   * the path names a source map and the buffer is the whole input.
   */
  readonly sourceMap?: SourceMapMappings;
}

/** Runs the engine over one buffer and turns its candidates into located, redacted findings. */
export function findingsInBuffer(engine: Engine, buffer: Buffer, options: BufferScanOptions): Finding[] {
  const bufferStart = options.bufferStart ?? 0;
  const sourceMap = options.sourceMap ?? sourceMapTracker(options.path);
  const candidates = engine.scan(buffer, {
    path: options.path,
    skip: sourceMap?.spansIn(buffer, bufferStart),
    reportFrom: (options.reportFrom ?? 0) - bufferStart,
    reportBefore: (options.reportBefore ?? Number.POSITIVE_INFINITY) - bufferStart,
  });
  const lines = options.lines ?? new LineCounter();
  const redactions = candidates.map(redactCandidate);
  const findings: Finding[] = [];
  candidates.forEach((candidate, index) => {
    const [lineStart, lineEnd] = lineBounds(buffer, candidate.start);
    const lineText = buffer.toString("utf8", lineStart, lineEnd);
    if (hasInlineIgnore(lineText)) return;
    const { detector, secret } = candidate;
    const line = lines.lineAt(buffer, bufferStart, bufferStart + candidate.start);
    // Counted from the line's real start, which on a long line is further back than `lineStart`.
    const column = lines.column();
    const secretLines = secret.split("\n");
    const lastSecretLine = secretLines[secretLines.length - 1] as string;
    const redacted = redactions[index] as string;
    const secretHash = sha256(secret);
    findings.push({
      detectorId: detector.id,
      detectorName: detector.name,
      vendor: detector.vendor,
      family: detector.family,
      severity: detector.severity,
      confidence: detector.confidence ?? "high",
      path: options.path,
      line,
      column,
      endLine: line + secretLines.length - 1,
      endColumn: secretLines.length === 1 ? column + secret.length : lastSecretLine.length + 1,
      secret,
      redacted,
      snippet: redactedLine(buffer, lineStart, lineEnd, candidates, redactions, index),
      fingerprint: fingerprintOf(detector.id, secretHash, options.path),
      secretHash,
      fix: oneLineFix(detector),
      ...(candidate.companions.length > 0
        ? {
            companions: candidate.companions.map((c) => ({
              name: c.name,
              value: c.value,
              redacted: redact(c.value),
            })),
          }
        : {}),
    });
  });
  return findings;
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
  candidates: readonly Candidate[],
  redactions: readonly string[],
  focus: number,
): string {
  let first = focus;
  while (first > 0 && (candidates[first - 1] as Candidate).end > lineStart) first--;
  let text = "";
  let cursor = lineStart;
  let focusAt = 0;
  for (let index = first; index < candidates.length; index++) {
    const candidate = candidates[index] as Candidate;
    if (candidate.start >= lineEnd) break;
    if (candidate.end <= cursor) continue;
    text += buffer.toString("utf8", cursor, candidate.start);
    if (index === focus) focusAt = text.length;
    text += redactions[index];
    cursor = candidate.end;
  }
  if (cursor < lineEnd) text += buffer.toString("utf8", cursor, lineEnd);
  const from = Math.max(0, focusAt - SNIPPET_LIMIT / 2);
  const to = Math.min(text.length, from + SNIPPET_LIMIT);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

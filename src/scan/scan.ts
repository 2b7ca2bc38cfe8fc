import { promises as fs } from "node:fs";
import type { Detector } from "../catalog/types.js";
import { catalog } from "../detectors/index.js";
import { Engine } from "../engine/engine.js";
import type { Finding } from "../findings/finding.js";
import { walkFiles } from "../sources/files.js";
import { readChunks } from "../sources/read.js";
import { findingsInBuffer } from "./findings.js";
import { LineCounter } from "./locate.js";
import { type DetectorSelection, selectDetectors, severityRank } from "./select.js";

export interface ScanOptions extends DetectorSelection {
  /** Files and directories to scan; the working directory when empty. */
  readonly paths?: readonly string[];
  /** Honour .gitignore files (default true). `.keyhoundignore` always applies. */
  readonly gitignore?: boolean;
  /** Extra ignore patterns, .gitignore syntax. */
  readonly exclude?: readonly string[];
  /** Files larger than this many bytes are skipped (default: no limit; large files are streamed). */
  readonly maxFileSize?: number;
  /** A detector set to use instead of the built-in catalog (tests, custom rules). */
  readonly catalog?: readonly Detector[];
  /** Called after each file with the running totals, for progress display. */
  readonly onProgress?: (stats: ScanStats) => void;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: number;
  durationMs: number;
}

export interface ScanResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  /** Ids of the detectors that ran. */
  readonly detectors: readonly string[];
}

/** Bytes read at once from one file; larger files are streamed in overlapping chunks. */
export const CHUNK_SIZE = 8 * 1024 * 1024;

/** Scans files and directories for credentials. */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const detectors = selectDetectors(options.catalog ?? catalog, options);
  const engine = new Engine(detectors);
  const stats: ScanStats = { files: 0, bytes: 0, skipped: 0, durationMs: 0 };
  const findings: Finding[] = [];
  const paths = options.paths && options.paths.length > 0 ? options.paths : ["."];
  for await (const file of walkFiles(paths, options)) {
    if (options.maxFileSize !== undefined && file.size > options.maxFileSize) {
      stats.skipped++;
      continue;
    }
    const found = await scanFile(engine, file.absolute, file.display);
    if (found === undefined) stats.skipped++;
    else {
      stats.files++;
      stats.bytes += file.size;
      findings.push(...found);
    }
    options.onProgress?.(stats);
  }
  stats.durationMs = performance.now() - started;
  return { findings: sortFindings(findings), stats, detectors: detectors.map((d) => d.id) };
}

/** Findings in one file, or `undefined` when the file is binary or unreadable. */
export async function scanFile(
  engine: Engine,
  absolute: string,
  display: string,
): Promise<Finding[] | undefined> {
  const findings: Finding[] = [];
  const lines = new LineCounter();
  let chunks = 0;
  try {
    for await (const chunk of readChunks(absolute, CHUNK_SIZE, 2 * engine.maxWindow)) {
      chunks++;
      findings.push(
        ...findingsInBuffer(engine, chunk.bytes, {
          path: display,
          bufferStart: chunk.start,
          reportFrom: chunk.reportFrom,
          reportBefore: chunk.reportBefore,
          lines,
        }),
      );
      if (chunk.reportBefore !== Number.POSITIVE_INFINITY) {
        lines.advance(chunk.bytes, chunk.start, chunk.start + chunk.bytes.length - 2 * engine.maxWindow);
      }
    }
  } catch {
    return undefined;
  }
  // readChunks yields nothing for a binary file and for an empty one; only the first is skipped.
  return chunks > 0 || (await isEmpty(absolute)) ? findings : undefined;
}

async function isEmpty(absolute: string): Promise<boolean> {
  const stat = await fs.stat(absolute).catch(() => undefined);
  return stat?.size === 0;
}

export interface TextScanOptions extends DetectorSelection {
  /** Path reported for findings (default `<text>`). */
  readonly path?: string;
  readonly catalog?: readonly Detector[];
}

/** Scans a string or bytes held in memory (stdin, editor buffers, tests). */
export function scanText(text: string | Uint8Array, options: TextScanOptions = {}): Finding[] {
  const engine = engineFor(selectDetectors(options.catalog ?? catalog, options));
  const buffer = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
  return sortFindings(findingsInBuffer(engine, buffer, { path: options.path ?? "<text>" }));
}

const engines = new Map<string, Engine>();

/** Compiling the keyword automaton costs milliseconds: reuse engines across in-memory scans. */
function engineFor(detectors: readonly Detector[]): Engine {
  const key = detectors.map((d) => d.id).join("\n");
  let engine = engines.get(key);
  if (engine === undefined || engine.detectors.some((d, i) => d !== detectors[i])) {
    engine = new Engine(detectors);
    engines.set(key, engine);
  }
  return engine;
}

/** By file, then place, then severity, so reports read top-down. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank(a.severity) - severityRank(b.severity),
  );
}

import { availableParallelism } from "node:os";
import type { Detector } from "../catalog/types.js";
import { catalog } from "../detectors/index.js";
import { Engine } from "../engine/engine.js";
import type { Finding } from "../findings/finding.js";
import { type WalkedFile, walkFiles } from "../sources/files.js";
import { emptyTimings, FileScanner, fileScanEngine, type ScanTimings } from "./file-scanner.js";
import { findingsInBuffer } from "./findings.js";
import { type DetectorSelection, selectDetectors, severityRank } from "./select.js";
import { prestartedReady, prestartedWorkers, scanInWorkers, workerEntry } from "./workers.js";

export { CHUNK_SIZE, type ScanTimings } from "./file-scanner.js";

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
  /**
   * Worker threads to scan with, besides the calling thread, which scans too whenever every
   * worker is busy. By default a scan of many files or bytes uses one fewer than the cores
   * (`os.availableParallelism() - 1`, at least 1) and a small one runs in the calling thread
   * only, where it ends before a thread would have started. A number asks for exactly that many
   * workers; 0 scans in the calling thread only. Scans with a custom `catalog` always run in
   * the calling thread (functions cannot be sent to a thread).
   */
  readonly workers?: number;
  /** Called after each file with the running totals, for progress display. */
  readonly onProgress?: (stats: ScanStats) => void;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: number;
  durationMs: number;
  /** Worker threads the scan ran in; 0 when it ran in the calling thread. */
  workers?: number;
  /** Time per phase, in thread-milliseconds (summed over the threads that did the work). */
  timings?: ScanTimings;
}

export interface ScanResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  /** Ids of the detectors that ran. */
  readonly detectors: readonly string[];
}

/**
 * Below both of these a scan stays in the calling thread. A worker spends about 0.3 s of CPU
 * before it scans anything (loading the catalog and building its engine, with 480 detectors),
 * while the calling thread scans about 150 MB/s, or about 0.1 ms per small file (measured with
 * `npm run bench` and on single packages of its corpus): a smaller scan is over before a
 * worker would help.
 */
const WORKER_MIN_FILES = 4096;
const WORKER_MIN_BYTES = 64 * 1024 * 1024;
/**
 * With workers started ahead, a scan hands files over once one is ready and it has seen this
 * many files or bytes, so that a small scan (a few files) stays in this thread whatever the
 * timing.
 */
const HANDOVER_MIN_FILES = 256;
const HANDOVER_MIN_BYTES = 8 * 1024 * 1024;

/** Scans files and directories for credentials. */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const detectors = selectDetectors(options.catalog ?? catalog, options);
  const stats: ScanStats = { files: 0, bytes: 0, skipped: 0, durationMs: 0, workers: 0 };
  const timings = emptyTimings();
  stats.timings = timings;
  const paths = options.paths && options.paths.length > 0 ? options.paths : ["."];
  const files = withinSizeLimit(timedWalk(walkFiles(paths, options), timings), options.maxFileSize, stats);

  // Per file, in walk order, so that the result does not depend on which thread finished first.
  const found: Finding[][] = [];
  const record = (index: number, file: WalkedFile, findings: Finding[] | undefined) => {
    if (findings === undefined) stats.skipped++;
    else {
      stats.files++;
      stats.bytes += file.size;
      if (findings.length > 0) found[index] = findings;
    }
    options.onProgress?.(stats);
  };

  const threads = workerCount(options, detectors);
  let local: FileScanner | undefined;
  const scanHere = (file: WalkedFile) => {
    local ??= new FileScanner(fileScanEngine(detectors));
    return local.scanFile(file.absolute, file.display, file.size);
  };
  let index = 0;
  const ahead: WalkedFile[] = [];
  let walked = threads === 0;
  if (threads > 0 && options.workers === undefined) {
    // Walk ahead until the scan is known to be large enough to be worth threads. Workers started
    // ahead (the CLI does) need only a few hundred files to pay off; while they are still
    // loading, this thread scans the oldest walked files meanwhile. It does not scan while they
    // are ready: building its own engine first left a ready worker idle for 0.15 s.
    const prestarted = prestartedWorkers() >= threads;
    const minFiles = prestarted ? HANDOVER_MIN_FILES : WORKER_MIN_FILES;
    const minBytes = prestarted ? HANDOVER_MIN_BYTES : WORKER_MIN_BYTES;
    let bytes = 0;
    for (;;) {
      if (ahead.length >= minFiles || bytes >= minBytes) {
        if (!prestarted || prestartedReady()) break;
        const file = ahead.shift() as WalkedFile;
        bytes -= file.size;
        record(index++, file, scanHere(file));
        continue;
      }
      const next = await files.next();
      if (next.done) {
        walked = true;
        break;
      }
      ahead.push(next.value);
      bytes += next.value.size;
    }
  }

  if (walked) {
    for (const file of ahead) record(index++, file, scanHere(file));
    for await (const file of files) record(index++, file, scanHere(file));
  } else {
    stats.workers = threads;
    await scanInWorkers(concat(ahead, files), {
      entry: workerEntry() as URL,
      workers: threads,
      setup: { detectors: detectors.map((d) => d.id) },
      firstIndex: index,
      onFile: record,
      onTimings: (batch) => addTimings(timings, batch),
      local: scanHere,
    });
  }
  if (local) addTimings(timings, local.timings);

  const findings: Finding[] = [];
  for (const list of found) if (list) for (const finding of list) findings.push(finding);
  stats.durationMs = performance.now() - started;
  return { findings: sortFindings(findings), stats, detectors: detectors.map((d) => d.id) };
}

/** Worker threads to start (the main thread scans beside them), or 0 to scan in this thread only. */
function workerCount(options: ScanOptions, detectors: readonly Detector[]): number {
  const requested = options.workers ?? Math.max(1, availableParallelism() - 1);
  if (!Number.isInteger(requested) || requested <= 0) return 0;
  // Workers load the built-in catalog themselves; anything else stays here.
  const builtIn = new Set(catalog);
  if (!detectors.every((d) => builtIn.has(d))) return 0;
  return workerEntry() === undefined ? 0 : requested;
}

async function* timedWalk(
  files: AsyncIterable<WalkedFile>,
  timings: ScanTimings,
): AsyncGenerator<WalkedFile> {
  const iterator = files[Symbol.asyncIterator]();
  for (;;) {
    const started = performance.now();
    const next = await iterator.next();
    timings.walkMs += performance.now() - started;
    if (next.done) return;
    yield next.value;
  }
}

async function* withinSizeLimit(
  files: AsyncIterable<WalkedFile>,
  maxFileSize: number | undefined,
  stats: ScanStats,
): AsyncGenerator<WalkedFile> {
  for await (const file of files) {
    if (maxFileSize !== undefined && file.size > maxFileSize) stats.skipped++;
    else yield file;
  }
}

async function* concat(
  first: readonly WalkedFile[],
  rest: AsyncIterable<WalkedFile>,
): AsyncGenerator<WalkedFile> {
  yield* first;
  yield* rest;
}

function addTimings(total: ScanTimings, part: ScanTimings) {
  total.readMs += part.readMs;
  total.prefilterMs += part.prefilterMs;
  total.matchMs += part.matchMs;
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
/** Callers cycle through few detector sets; the docs build asks for one per detector. */
const ENGINE_CACHE_SIZE = 8;

/** Compiling the keyword automaton costs milliseconds: reuse engines across in-memory scans. */
function engineFor(detectors: readonly Detector[]): Engine {
  const key = detectors.map((d) => d.id).join("\n");
  let engine = engines.get(key);
  if (engine === undefined || engine.detectors.some((d, i) => d !== detectors[i])) {
    engine = new Engine(detectors);
    if (engines.size >= ENGINE_CACHE_SIZE) engines.delete(engines.keys().next().value as string);
    engines.set(key, engine);
  }
  return engine;
}

const collator = new Intl.Collator();

/** By file, then place, then severity, so reports read top-down. */
export function sortFindings(findings: Finding[]): Finding[] {
  // One collator for the whole sort: `localeCompare` builds one per call, which dominated
  // sorting a report of 100,000 findings. Same order: it is what `localeCompare` uses.
  return findings.sort(
    (a, b) =>
      (a.path === b.path ? 0 : collator.compare(a.path, b.path)) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank(a.severity) - severityRank(b.severity),
  );
}

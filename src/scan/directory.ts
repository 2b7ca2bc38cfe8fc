import { dirname, isAbsolute, relative, sep } from "node:path";
import { catalog } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import type { Finding } from "../findings/finding.js";
import { judgedInsideRoot } from "../findings/fixture-paths.js";
import { type LineRule, lineIgnorer } from "../policy/allowlist.js";
import { type Baseline, loadBaseline } from "../policy/baseline.js";
import { type Root, resolveRoots, type WalkedFile, walkFiles } from "../sources/files.js";
import { type ArchiveScanOptions, archiveOptions } from "./archives.js";
import { CHUNK_SIZE, ChunkScanner, type ScannedInput, type SkipReason, scanEngine } from "./chunk-scanner.js";
import { decodeDepth } from "./decoded.js";
import { scanWalkedFile } from "./files.js";
import {
  addCounts,
  addTimings,
  countSkip,
  emptyStats,
  emptyTimings,
  type ScanResult,
  type ScanStats,
  type ScanTimings,
  sortFindings,
} from "./result.js";
import { type DetectorSelection, reportedResult, selectDetectors } from "./select.js";
import { scanStream } from "./stream.js";
import { WorkerPool } from "./worker-pool.js";

export interface ScanOptions extends DetectorSelection, ArchiveScanOptions {
  /**
   * Files and directories to scan; the working directory when empty. `-` is standard input; a
   * FIFO is read as a stream. Links named here are followed. A path that cannot be scanned
   * (missing, unreadable, a device) is a `UsageError`, thrown before anything is scanned.
   */
  readonly paths?: readonly string[];
  /** The path reported for `-` (default `<stdin>`). */
  readonly stdinName?: string;
  /** What `-` reads (default `process.stdin`). */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** Honour .gitignore files (default true). `.keyhoundignore` always applies. */
  readonly gitignore?: boolean;
  /** Extra ignore patterns, .gitignore syntax. */
  readonly exclude?: readonly string[];
  /**
   * Also scan installed dependencies below the paths: `node_modules`, Python virtualenvs and
   * `site-packages`, `vendor/bundle` (default false; a path given in `paths` is always scanned).
   */
  readonly includeDeps?: boolean;
  /** Files larger than this many bytes are skipped (default: no limit; large files are streamed). */
  readonly maxFileSize?: number;
  /** A detector set to use instead of the built-in catalog (tests, custom rules). */
  readonly catalog?: readonly Detector[];
  /**
   * Threads to scan with beside the calling thread, which scans too whenever every worker is
   * busy. The pool is the caller's to close; it may serve several scans. Without one, the scan
   * makes its own from `workers` and closes it. Scans with a custom `catalog` always run in the
   * calling thread (functions cannot be sent to a thread).
   */
  readonly pool?: WorkerPool;
  /**
   * Without `pool`: worker threads to use. By default (`undefined`), a scan of many files or
   * bytes uses one fewer than the cores (at least 1) and a small one runs in the calling thread
   * only, where it ends before a thread would have started. A number asks for exactly that
   * many workers; 0 scans in the calling thread only.
   */
  readonly workers?: number;
  /**
   * Report only secrets this baseline (or the baseline file at this path) does not list; see
   * `applyBaseline`.
   */
  readonly baseline?: Baseline | string;
  /** Findings whose whole line one of these matches are not reported (the allowlist's line regexes). */
  readonly lineAllowlist?: readonly LineRule[];
  /**
   * Encodings undone one inside the other (base64, hex, percent-encoding, string escapes) to
   * look for secrets in encoded text (default 0: none; 2 finds base64 of JSON).
   */
  readonly maxDecodeDepth?: number;
  /** Called after each file with the running totals, for progress display. */
  readonly onProgress?: (stats: ScanStats) => void;
}

/** Scans files and directories for credentials. */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  // Read first: a bad baseline file fails before a long scan, not after it.
  const baseline = options.baseline === undefined ? undefined : loadBaseline(options.baseline);
  const detectors = selectDetectors(options.catalog ?? catalog, options);
  const maxDecodeDepth = decodeDepth(options.maxDecodeDepth);
  const stats: ScanStats = { ...emptyStats(), workers: 0 };
  const timings = emptyTimings();
  stats.timings = timings;
  const roots = resolveRoots(options.paths && options.paths.length > 0 ? options.paths : ["."], options);
  const dependencyTrees: { path: string; kind: string }[] = [];
  const archives = archiveOptions(options);
  const walk = walkFiles(roots, {
    ...options,
    openArchives: archives.maxDepth > 0,
    onSkip: (reason, path) => countSkip(stats, reason, path),
    onDependencyTree: (path, kind) => dependencyTrees.push({ path, kind }),
  });
  const outsideRoots = roots.filter(
    (root) => root.kind !== "stream" && (isAbsolute(root.display) || root.display.startsWith("..")),
  );
  const sized = walkedWithinLimit(walk, timings, options.maxFileSize, stats);
  // A generator layer costs every file a promise round trip: skip the one with no work.
  const files = outsideRoots.length > 0 ? withPathsInsideRoots(sized, outsideRoots) : sized;

  // Per file, in walk order, so that the result does not depend on which thread finished first.
  const found: Finding[][] = [];
  const named = new Set(roots.map((root) => root.absolute));
  const confidenceOf = new Map(detectors.map((d) => [d.id, d.confidence ?? "high"] as const));
  const judged = (file: WalkedFile, findings: Finding[]): Finding[] =>
    file.inside === undefined
      ? findings
      : judgedInsideRoot(findings, file.display, file.inside, (id) => confidenceOf.get(id));
  let unreadableNamed: UsageError | undefined;
  const record = (index: number, file: WalkedFile, result: ScannedInput) => {
    if (result.skipped !== undefined) {
      countSkip(stats, result.skipped, file.display);
      // An archive named on the command line that could not be read at all fails, as any
      // named path that cannot be read; told once the scan is over, as it is found by reading.
      if (UNREADABLE_ARCHIVE[result.skipped] !== undefined && named.has(file.absolute)) {
        unreadableNamed ??= new UsageError(
          `cannot read ${file.display}: ${UNREADABLE_ARCHIVE[result.skipped]}`,
        );
      }
    } else if (result.entries !== undefined) {
      addCounts(stats, result.entries);
      if (result.findings.length > 0) found[index] = judged(file, result.findings);
    } else {
      stats.files++;
      stats.bytes += file.size;
      if (result.findings.length > 0) found[index] = judged(file, result.findings);
    }
    options.onProgress?.(stats);
  };

  // This thread's scanner, made on first use: a scan handed to threads from the start needs none.
  let local: ChunkScanner | undefined;
  const localScanner = () => {
    local ??= new ChunkScanner(scanEngine(detectors), CHUNK_SIZE, {
      ignoreLine: lineIgnorer(options.lineAllowlist),
      maxDecodeDepth,
    });
    return local;
  };
  const scanHere = (file: WalkedFile) => scanWalkedFile(localScanner(), file, archives);
  let index = 0;
  for (const root of roots) {
    if (root.kind !== "stream") continue;
    const result = await scanStream(localScanner(), root, options.stdin ?? process.stdin);
    record(index++, { absolute: root.absolute, display: root.display, size: result.bytes }, result);
  }
  const pool = usablePool(options, detectors);
  try {
    const ahead: WalkedFile[] = [];
    let walked = pool === undefined;
    if (pool !== undefined) {
      // Walk ahead until the scan is known to be large enough to be worth threads. While
      // threads started ahead are still loading, this thread scans the oldest walked files
      // meanwhile; it does not once one is ready (building its own engine first left a ready
      // worker idle).
      let bytes = 0;
      for (;;) {
        if (pool.worthUsing(ahead.length, bytes)) {
          if (!pool.started || pool.ready || ahead.length === 0) break;
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
      const threads = pool as WorkerPool;
      stats.workers = threads.threads;
      await threads.scanFiles(concat(ahead, files), {
        setup: {
          detectors: detectors.map((d) => d.id),
          maxDecodeDepth,
          archives,
          ...(options.lineAllowlist ? { lineAllowlist: options.lineAllowlist } : {}),
        },
        firstIndex: index,
        onFile: record,
        onTimings: (batch) => addTimings(timings, batch),
        local: scanHere,
      });
    }
  } finally {
    if (pool !== undefined && pool !== options.pool) await pool.close();
  }
  if (local) addTimings(timings, local.timings);
  if (unreadableNamed !== undefined) throw unreadableNamed;

  const findings: Finding[] = [];
  for (const list of found) if (list) for (const finding of list) findings.push(finding);
  if (dependencyTrees.length > 0) stats.dependencyTrees = dependencyTrees;
  stats.durationMs = performance.now() - started;
  const result = { findings: sortFindings(findings), stats, detectors: detectors.map((d) => d.id) };
  return reportedResult(result, options, baseline);
}

/** What an archive that could not be read at all is, said after "cannot read <path>: ". */
const UNREADABLE_ARCHIVE: Partial<Record<SkipReason, string>> = {
  corrupt: "a damaged archive",
  encrypted: "an encrypted archive",
  unsupported: "an archive compressed by an unsupported method",
};

/** The threads a scan may use, or `undefined` to scan in the calling thread only. */
function usablePool(options: ScanOptions, detectors: readonly Detector[]): WorkerPool | undefined {
  // Workers load the built-in catalog themselves; anything else stays here.
  const builtIn = new Set(catalog);
  if (!detectors.every((d) => builtIn.has(d))) return undefined;
  const pool =
    options.pool ??
    new WorkerPool(options.workers === undefined ? {} : { threads: options.workers, use: "always" });
  return pool.threads > 0 ? pool : undefined;
}

/**
 * The walk's files, its time added to `walkMs`, without those over the size limit (counted as
 * skipped). One generator for both: each async generator layer costs every file a promise
 * round trip.
 */
async function* walkedWithinLimit(
  files: AsyncIterable<WalkedFile>,
  timings: ScanTimings,
  maxFileSize: number | undefined,
  stats: ScanStats,
): AsyncGenerator<WalkedFile> {
  const iterator = files[Symbol.asyncIterator]();
  for (;;) {
    const started = performance.now();
    const next = await iterator.next();
    timings.walkMs += performance.now() - started;
    if (next.done) return;
    const file = next.value;
    if (maxFileSize !== undefined && file.size > maxFileSize) countSkip(stats, "too large", file.display);
    else yield file;
  }
}

/** Sets `inside` on the files of roots named outside the working directory (see `WalkedFile`). */
async function* withPathsInsideRoots(
  files: AsyncIterable<WalkedFile>,
  outsideRoots: readonly Root[],
): AsyncGenerator<WalkedFile> {
  for await (const file of files) {
    const root = outsideRoots.find(
      (r) => file.absolute === r.absolute || file.absolute.startsWith(r.absolute + sep),
    );
    if (root === undefined) yield file;
    else {
      const inside = relative(root.kind === "file" ? dirname(root.absolute) : root.absolute, file.absolute);
      yield { ...file, inside };
    }
  }
}

async function* concat(
  first: readonly WalkedFile[],
  rest: AsyncIterable<WalkedFile>,
): AsyncGenerator<WalkedFile> {
  yield* first;
  yield* rest;
}

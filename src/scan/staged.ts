import { catalog } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import type { Finding } from "../findings/finding.js";
import { type LineRule, lineIgnorer } from "../policy/allowlist.js";
import { type Baseline, loadBaseline } from "../policy/baseline.js";
import { excludedPaths, openRepository, stagedChanges } from "../sources/git.js";
import { CatFileBatch } from "../sources/git-batch.js";
import { GITLINK_MODE, SYMLINK_MODE } from "../sources/git-raw.js";
import { type ArchiveScanOptions, archiveOptions } from "./archives.js";
import { BlobScanner } from "./blobs.js";
import { CHUNK_SIZE, ChunkScanner, scanEngine } from "./chunk-scanner.js";
import { decodeDepth } from "./decoded.js";
import { addCounts, countSkip, emptyStats, type ScanResult, type ScanStats, sortFindings } from "./result.js";
import { type DetectorSelection, reportedResult, selectDetectors } from "./select.js";

/** Archives staged are opened as in a directory scan, with the same options and limits. */
export interface StagedScanOptions extends DetectorSelection, ArchiveScanOptions {
  /** A folder inside the work tree (default "."). */
  readonly repo?: string;
  /** Only staged files matching these pathspecs, relative to `repo`. */
  readonly paths?: readonly string[];
  /** Skip paths matching these .gitignore-style patterns (the staged .keyhoundignore also applies). */
  readonly exclude?: readonly string[];
  /** Files larger than this many bytes are skipped. */
  readonly maxFileSize?: number;
  /** Encodings undone one inside the other to look for secrets (default 0: none; 2 finds base64 of JSON). */
  readonly maxDecodeDepth?: number;
  readonly catalog?: readonly Detector[];
  /**
   * Report only secrets this baseline (or the baseline file at this path) does not list; see
   * `applyBaseline`.
   */
  readonly baseline?: Baseline | string;
  /** Findings whose whole line one of these matches are not reported (the allowlist's line regexes). */
  readonly lineAllowlist?: readonly LineRule[];
}

/**
 * Scans exactly what `git commit` would record: the index's version of every file added or
 * changed since HEAD, not the work tree's, so a secret removed from the file but still staged
 * is caught, and an unstaged one does not block. Cost is proportional to the change, not to the
 * repository, so it can run on every commit.
 */
export async function scanStaged(options: StagedScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const baseline = options.baseline === undefined ? undefined : loadBaseline(options.baseline);
  const archives = archiveOptions(options);
  const repo = await openRepository(options.repo);
  if (repo.bare)
    throw new UsageError(`${options.repo ?? "."} is a bare repository: it has no staged changes`);
  const detectors = selectDetectors(options.catalog ?? catalog, options);
  const stats: ScanStats = emptyStats();
  const findings: Finding[] = [];
  const catFile = new CatFileBatch(repo.path);
  try {
    const excluded = await excludedPaths(catFile, ":.keyhoundignore", options.exclude);
    const scanner = new ChunkScanner(scanEngine(detectors), CHUNK_SIZE, {
      ignoreLine: lineIgnorer(options.lineAllowlist),
      maxDecodeDepth: decodeDepth(options.maxDecodeDepth),
    });
    const blobs = new BlobScanner(scanner, catFile, { maxSize: options.maxFileSize, archives });
    for (const { mode, oid, path } of await stagedChanges(repo, options.paths)) {
      if (mode === GITLINK_MODE) continue;
      if (mode === SYMLINK_MODE || excluded(path)) {
        countSkip(stats, mode === SYMLINK_MODE ? "symlink" : "excluded", path);
        continue;
      }
      await blobs.add(oid, path, (result) => {
        if (result.skipped !== undefined) countSkip(stats, result.skipped, path);
        else {
          if (result.entries !== undefined) addCounts(stats, result.entries);
          else {
            stats.files++;
            stats.bytes += result.bytes;
          }
          for (const finding of result.findings) findings.push(finding);
        }
      });
    }
    await blobs.drain();
  } finally {
    await catFile.close();
  }
  stats.durationMs = performance.now() - started;
  const result = { findings: sortFindings(findings), stats, detectors: detectors.map((d) => d.id) };
  return reportedResult(result, options, baseline);
}

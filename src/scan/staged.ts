import type { Detector } from "../catalog/types.js";
import { catalog } from "../detectors/index.js";
import { Engine } from "../engine/engine.js";
import { UsageError } from "../errors.js";
import type { Finding } from "../findings/finding.js";
import { hasBinaryExtension } from "../sources/files.js";
import { excludedPaths, openRepository, stagedChanges } from "../sources/git.js";
import { CatFileBatch, ReadAhead } from "../sources/git-batch.js";
import { GITLINK_MODE, SYMLINK_MODE } from "../sources/git-raw.js";
import { type ScanResult, type ScanStats, sortFindings } from "./scan.js";
import { type DetectorSelection, selectDetectors } from "./select.js";
import { StreamScanner } from "./stream.js";

export interface StagedScanOptions extends DetectorSelection {
  /** A folder inside the work tree (default "."). */
  readonly repo?: string;
  /** Only staged files matching these pathspecs, relative to `repo`. */
  readonly paths?: readonly string[];
  /** Skip paths matching these .gitignore-style patterns (the staged .keyhoundignore also applies). */
  readonly exclude?: readonly string[];
  /** Files larger than this many bytes are skipped. */
  readonly maxFileSize?: number;
  readonly catalog?: readonly Detector[];
}

/**
 * Scans exactly what `git commit` would record: the index's version of every file added or
 * changed since HEAD, not the work tree's, so a secret removed from the file but still staged
 * is caught, and an unstaged one does not block. Cost is proportional to the change, not to the
 * repository, so it can run on every commit.
 */
export async function scanStaged(options: StagedScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const repo = await openRepository(options.repo);
  if (repo.bare)
    throw new UsageError(`${options.repo ?? "."} is a bare repository: it has no staged changes`);
  const detectors = selectDetectors(options.catalog ?? catalog, options);
  const engine = new Engine(detectors);
  const stats: ScanStats = { files: 0, bytes: 0, skipped: 0, durationMs: 0 };
  const findings: Finding[] = [];
  const catFile = new CatFileBatch(repo.path);
  try {
    const excluded = await excludedPaths(catFile, ":.keyhoundignore", options.exclude);
    const reading = new ReadAhead();
    for (const { mode, oid, path } of await stagedChanges(repo, options.paths)) {
      if (mode === GITLINK_MODE || mode === SYMLINK_MODE || excluded(path)) continue;
      if (hasBinaryExtension(path)) {
        stats.skipped++;
        continue;
      }
      const scanner = new StreamScanner(engine, path, { maxSize: options.maxFileSize });
      await reading.add(
        catFile.read(oid, scanner).then(() => {
          if (scanner.skipped) stats.skipped++;
          else {
            stats.files++;
            stats.bytes += scanner.size;
            for (const finding of scanner.findings) findings.push(finding);
          }
        }),
      );
    }
    await reading.drain();
  } finally {
    await catFile.close();
  }
  stats.durationMs = performance.now() - started;
  return { findings: sortFindings(findings), stats, detectors: detectors.map((d) => d.id) };
}

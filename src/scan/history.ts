import { catalog } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { type CommitInfo, type Finding, fingerprintOf } from "../findings/finding.js";
import {
  excludedPaths,
  headBlobs,
  logCommits,
  openRepository,
  type Repository,
  type RevisionSelection,
  readCommitInfo,
  revisionArguments,
} from "../sources/git.js";
import { CatFileBatch } from "../sources/git-batch.js";
import { type Change, GITLINK_MODE, SYMLINK_MODE } from "../sources/git-raw.js";
import { BlobOrigins } from "./blob-origins.js";
import { BlobScanner } from "./blobs.js";
import { CHUNK_SIZE, ChunkScanner, scanEngine } from "./chunk-scanner.js";
import { decodeDepth } from "./decoded.js";
import { type ScanResult, type ScanStats, sortFindings } from "./result.js";
import { type DetectorSelection, selectDetectors } from "./select.js";

export interface GitScanOptions extends DetectorSelection, RevisionSelection {
  /** The repository: a work tree, a folder inside one, or a bare repository (default "."). */
  readonly repo?: string;
  /** Walk at most this many commits, newest first. */
  readonly maxDepth?: number;
  /** Skip paths matching these .gitignore-style patterns (HEAD's .keyhoundignore also applies). */
  readonly exclude?: readonly string[];
  /** Blobs larger than this many bytes are skipped (default: scan any size, streamed). */
  readonly maxBlobSize?: number;
  /** A detector set to use instead of the built-in catalog. */
  readonly catalog?: readonly Detector[];
  /** Encodings undone one inside the other to look for secrets (default 2; 0: none). */
  readonly maxDecodeDepth?: number;
  /** Called after each commit walked, with the running totals. */
  readonly onProgress?: (stats: GitScanStats) => void;
}

export interface GitScanStats extends ScanStats {
  /** Commits walked. `files` counts the unique blobs scanned. */
  commits: number;
}

export interface GitScanResult extends ScanResult {
  readonly stats: GitScanStats;
  /** Paths of submodules met on the way: their contents live in other repositories. */
  readonly submodules: readonly string[];
}

/**
 * Scans every blob reachable from the selected commits once, however many commits and paths
 * share it, then reports each secret once: at the commit that first introduced it, with how
 * many commits brought it in and at how many paths, and whether HEAD still holds it.
 */
export async function scanGitHistory(options: GitScanOptions = {}): Promise<GitScanResult> {
  const started = performance.now();
  const repo = await openRepository(options.repo);
  const detectors = selectDetectors(options.catalog ?? catalog, options);
  const scanner = new ChunkScanner(scanEngine(detectors), CHUNK_SIZE, decodeDepth(options.maxDecodeDepth));
  const catFile = new CatFileBatch(repo.path);
  try {
    const walk = await walkAndScan(
      repo,
      new BlobScanner(scanner, catFile, options.maxBlobSize),
      catFile,
      options,
    );
    const secrets = groupBySecret(walk);
    await markHistoryOnly(repo, new BlobScanner(scanner, catFile, options.maxBlobSize), walk, secrets);
    const findings = await placeFindings(catFile, walk, secrets);
    walk.stats.durationMs = performance.now() - started;
    return {
      findings: sortFindings(findings),
      stats: walk.stats,
      detectors: detectors.map((d) => d.id),
      submodules: [...walk.submodules].sort(),
    };
  } finally {
    await catFile.close();
  }
}

interface Walk {
  readonly origins: BlobOrigins;
  /** Findings by blob number. */
  readonly findingsByBlob: Map<number, Finding[]>;
  readonly submodules: Set<string>;
  readonly stats: GitScanStats;
  readonly exclude: (path: string) => boolean;
}

async function walkAndScan(
  repo: Repository,
  blobs: BlobScanner,
  catFile: CatFileBatch,
  options: GitScanOptions,
): Promise<Walk> {
  const walk: Walk = {
    origins: new BlobOrigins(),
    findingsByBlob: new Map(),
    submodules: new Set(),
    stats: { files: 0, bytes: 0, skipped: 0, durationMs: 0, commits: 0 },
    exclude: await excludedPaths(catFile, "HEAD:.keyhoundignore", options.exclude),
  };
  const revisions = await revisionArguments(repo, options);
  if (revisions.length === 0) return walk;
  for await (const { commit, changes } of logCommits(repo, revisions, { maxCount: options.maxDepth })) {
    const order = walk.origins.addCommit(commit);
    walk.stats.commits++;
    for (const change of changes) {
      if (!isScannable(walk, change)) continue;
      const blob = walk.origins.see(change.oid, order, change.path);
      if (blob === undefined) continue;
      await blobs.add(change.oid, change.path, (result) => {
        if (result.skipped !== undefined) {
          walk.stats.skipped++;
          return;
        }
        walk.stats.files++;
        walk.stats.bytes += result.bytes;
        if (result.findings.length > 0) walk.findingsByBlob.set(blob, result.findings);
      });
    }
    options.onProgress?.(walk.stats);
  }
  await blobs.drain();
  return walk;
}

function isScannable(walk: Walk, change: Change): boolean {
  if (change.mode === GITLINK_MODE) {
    walk.submodules.add(change.path);
    return false;
  }
  // A symbolic link's content is the path it points to, not a file's text.
  return change.mode !== SYMLINK_MODE && !walk.exclude(change.path);
}

/** One secret found by one detector, wherever in history it appears. */
interface SecretSighting {
  /** The finding in the blob that introduced the secret first. */
  finding: Finding;
  /** That blob's first commit (position in the walk) and path. */
  order: number;
  path: string;
  /** Numbers of the blobs that hold the secret. */
  readonly blobs: Set<number>;
  inHistoryOnly: boolean;
}

const secretKey = (finding: Finding) => `${finding.detectorId}\0${finding.secretHash}`;

function groupBySecret(walk: Walk): Map<string, SecretSighting> {
  const secrets = new Map<string, SecretSighting>();
  for (const [blob, findings] of walk.findingsByBlob) {
    const order = walk.origins.orderOf(blob);
    const path = walk.origins.pathOf(blob);
    for (const finding of findings) {
      const key = secretKey(finding);
      const sighting = secrets.get(key);
      if (sighting === undefined) {
        secrets.set(key, { finding, order, path, blobs: new Set([blob]), inHistoryOnly: false });
        continue;
      }
      sighting.blobs.add(blob);
      if (isEarlier(order, path, finding, sighting)) Object.assign(sighting, { finding, order, path });
    }
  }
  return secrets;
}

/** Older commit first; within one commit, the first path, then the first line. */
function isEarlier(order: number, path: string, finding: Finding, than: SecretSighting): boolean {
  if (order !== than.order) return order > than.order;
  if (path !== than.path) return path < than.path;
  return finding.line < than.finding.line;
}

/**
 * Marks the secrets that no file of HEAD holds: editing files cannot remove those, only
 * revoking them (and purging history) can. A secret is in HEAD when one of its blobs is; HEAD
 * blobs the walk did not cover (a range or a branch other than HEAD's) are scanned for it.
 */
async function markHistoryOnly(
  repo: Repository,
  blobs: BlobScanner,
  walk: Walk,
  secrets: Map<string, SecretSighting>,
) {
  const head = await headBlobs(repo);
  if (head === undefined) return;
  const walkedInHead = new Set<number>();
  for (const oid of head.keys()) {
    const blob = walk.origins.numberOf(oid);
    if (blob !== undefined) walkedInHead.add(blob);
  }
  const absent = [...secrets.values()].filter((s) => ![...s.blobs].some((blob) => walkedInHead.has(blob)));
  if (absent.length === 0) return;
  const inUnwalkedHead = new Set<string>();
  for (const [oid, path] of head) {
    if (walk.origins.numberOf(oid) !== undefined || walk.exclude(path)) continue;
    await blobs.add(oid, path, ({ findings }) => {
      for (const finding of findings) inUnwalkedHead.add(secretKey(finding));
    });
  }
  await blobs.drain();
  for (const sighting of absent) sighting.inHistoryOnly = !inUnwalkedHead.has(secretKey(sighting.finding));
}

/** Each secret's finding, placed at its origin and carrying its commit and history counts. */
async function placeFindings(
  catFile: CatFileBatch,
  walk: Walk,
  secrets: Map<string, SecretSighting>,
): Promise<Finding[]> {
  const commits = new Map<number, Promise<CommitInfo>>();
  const findings: Promise<Finding>[] = [];
  for (const { finding, order, path, blobs, inHistoryOnly } of secrets.values()) {
    let info = commits.get(order);
    if (info === undefined) {
      info = readCommitInfo(catFile, walk.origins.commits[order] as string);
      commits.set(order, info);
    }
    const orders = new Set<number>();
    const paths = new Set<string>();
    for (const blob of blobs) {
      for (const o of walk.origins.allOrders(blob)) orders.add(o);
      for (const p of walk.origins.allPaths(blob)) paths.add(p);
    }
    findings.push(
      info.then((commit) => ({
        ...finding,
        path,
        fingerprint: fingerprintOf(finding.detectorId, finding.secretHash, path),
        commit,
        history: { inHistoryOnly, commits: orders.size, paths: paths.size },
      })),
    );
  }
  return Promise.all(findings);
}

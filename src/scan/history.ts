import { catalog } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { type CommitInfo, type Finding, fingerprintOf } from "../findings/finding.js";
import { type LineRule, lineIgnorer } from "../policy/allowlist.js";
import { type Baseline, loadBaseline } from "../policy/baseline.js";
import {
  boundaryCommits,
  excludedPaths,
  logCommits,
  openRepository,
  type Repository,
  type RevisionSelection,
  readCommitInfo,
  revisionArguments,
  treeBlobs,
} from "../sources/git.js";
import { CatFileBatch } from "../sources/git-batch.js";
import { type Change, GITLINK_MODE, SYMLINK_MODE } from "../sources/git-raw.js";
import { type ArchiveScanOptions, archiveOptions } from "./archives.js";
import { BlobOrigins } from "./blob-origins.js";
import { BlobScanner, type BlobScannerOptions } from "./blobs.js";
import { CHUNK_SIZE, ChunkScanner, scanEngine } from "./chunk-scanner.js";
import { decodeDepth } from "./decoded.js";
import { addCounts, countSkip, emptyStats, type ScanResult, type ScanStats, sortFindings } from "./result.js";
import { type DetectorSelection, reportedResult, selectDetectors } from "./select.js";

/** Archives in history are opened as in a directory scan, with the same options and limits. */
export interface GitScanOptions extends DetectorSelection, RevisionSelection, ArchiveScanOptions {
  /** The repository: a work tree, a folder inside one, or a bare repository (default "."). */
  readonly repo?: string;
  /** Walk at most this many commits, newest first. */
  readonly maxDepth?: number;
  /** Skip paths matching these .gitignore-style patterns (HEAD's .keyhoundignore also applies). */
  readonly exclude?: readonly string[];
  /** Blobs larger than this many bytes are skipped (default: scan any size, streamed). */
  readonly maxBlobSize?: number;
  /**
   * Count a blob the repository lacks (a partial clone's) as skipped, "missing"; by default it
   * is an error naming the object and its path.
   */
  readonly allowMissing?: boolean;
  /** A detector set to use instead of the built-in catalog. */
  readonly catalog?: readonly Detector[];
  /**
   * Report only secrets this baseline (or the baseline file at this path) does not list; see
   * `applyBaseline`.
   */
  readonly baseline?: Baseline | string;
  /** Findings whose whole line one of these matches are not reported (the allowlist's line regexes). */
  readonly lineAllowlist?: readonly LineRule[];
  /** Encodings undone one inside the other to look for secrets (default 0: none; 2 finds base64 of JSON). */
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
 * many commits brought it in and at how many paths, and whether HEAD still holds it. When the
 * selection starts somewhere (a range, `since`, a push, `maxDepth`), a secret that the paths
 * it changed already held at that start is not new, and is not reported.
 */
export async function scanGitHistory(options: GitScanOptions = {}): Promise<GitScanResult> {
  const started = performance.now();
  const baseline = options.baseline === undefined ? undefined : loadBaseline(options.baseline);
  const archives = archiveOptions(options);
  const repo = await openRepository(options.repo);
  const detectors = selectDetectors(options.catalog ?? catalog, options);
  const scanner = new ChunkScanner(scanEngine(detectors), CHUNK_SIZE, {
    ignoreLine: lineIgnorer(options.lineAllowlist),
    maxDecodeDepth: decodeDepth(options.maxDecodeDepth),
  });
  const catFile = new CatFileBatch(repo.path);
  const blobOptions: BlobScannerOptions = {
    maxSize: options.maxBlobSize,
    allowMissing: options.allowMissing,
    archives,
  };
  try {
    const revisions = await revisionArguments(repo, options);
    const narrowed =
      options.range !== undefined ||
      options.since !== undefined ||
      options.pushes !== undefined ||
      options.maxDepth !== undefined;
    const base =
      narrowed && revisions.length > 0
        ? await boundaryCommits(repo, revisions, { maxCount: options.maxDepth })
        : [];
    const walk = await walkAndScan(
      repo,
      revisions,
      base.length > 0,
      new BlobScanner(scanner, catFile, blobOptions),
      catFile,
      options,
    );
    const secrets = groupBySecret(walk);
    const blobs = new BlobScanner(scanner, catFile, blobOptions);
    for (const key of await secretsAtBase(repo, blobs, walk, base)) secrets.delete(key);
    await markHistoryOnly(repo, blobs, walk, secrets);
    const findings = await placeFindings(catFile, walk, secrets);
    walk.stats.durationMs = performance.now() - started;
    const result = {
      findings: sortFindings(findings),
      stats: walk.stats,
      detectors: detectors.map((d) => d.id),
      submodules: [...walk.submodules].sort(),
    };
    return reportedResult(result, options, baseline);
  } finally {
    await catFile.close();
  }
}

interface Walk {
  readonly origins: BlobOrigins;
  /**
   * Findings by blob number, each path relative to its blob: "" for the blob itself, or
   * `!entry` for an entry of an archive blob, so that it is placed at whichever path the blob
   * first had.
   */
  readonly findingsByBlob: Map<number, Finding[]>;
  readonly submodules: Set<string>;
  readonly stats: GitScanStats;
  readonly exclude: (path: string) => boolean;
  /** Ids of the contents counted as not scanned before they reached the scanner (links, exclusions). */
  readonly skippedBlobs: Set<string>;
  /** Paths whose content the walked commits changed (added, modified, deleted), when asked for. */
  readonly touched?: Set<string>;
}

async function walkAndScan(
  repo: Repository,
  revisions: readonly string[],
  trackPaths: boolean,
  blobs: BlobScanner,
  catFile: CatFileBatch,
  options: GitScanOptions,
): Promise<Walk> {
  const walk: Walk = {
    origins: new BlobOrigins(),
    findingsByBlob: new Map(),
    submodules: new Set(),
    stats: { ...emptyStats(), commits: 0 },
    exclude: await excludedPaths(catFile, "HEAD:.keyhoundignore", options.exclude),
    skippedBlobs: new Set(),
    ...(trackPaths ? { touched: new Set<string>() } : {}),
  };
  if (revisions.length === 0) return walk;
  const commits = logCommits(repo, revisions, { maxCount: options.maxDepth });
  for await (const { commit, changes, deleted } of commits) {
    const order = walk.origins.addCommit(commit);
    walk.stats.commits++;
    if (walk.touched) for (const path of deleted) walk.touched.add(path);
    for (const change of changes) {
      walk.touched?.add(change.path);
      if (!isScannable(walk, change)) continue;
      const blob = walk.origins.see(change.oid, order, change.path);
      if (blob === undefined) continue;
      await blobs.add(change.oid, change.path, (result) => {
        if (result.skipped !== undefined) {
          countSkip(walk.stats, result.skipped, change.path);
          return;
        }
        if (result.entries !== undefined) addCounts(walk.stats, result.entries);
        else {
          walk.stats.files++;
          walk.stats.bytes += result.bytes;
        }
        if (result.findings.length > 0) {
          const inBlob = result.findings.map((f) => ({ ...f, path: f.path.slice(change.path.length) }));
          walk.findingsByBlob.set(blob, inBlob);
        }
      });
    }
    options.onProgress?.(walk.stats);
  }
  await blobs.drain();
  return walk;
}

/**
 * Whether a change brings in a file's content to scan; what it brings in otherwise is noted
 * (submodules) or counted as not scanned once per distinct content.
 */
function isScannable(walk: Walk, change: Change): boolean {
  if (change.mode === GITLINK_MODE) {
    walk.submodules.add(change.path);
    return false;
  }
  // A symbolic link's content is the path it points to, not a file's text.
  const skipped =
    change.mode === SYMLINK_MODE ? "symlink" : walk.exclude(change.path) ? "excluded" : undefined;
  if (skipped === undefined) return true;
  if (walk.origins.numberOf(change.oid) === undefined && !walk.skippedBlobs.has(change.oid)) {
    walk.skippedBlobs.add(change.oid);
    countSkip(walk.stats, skipped, change.path);
  }
  return false;
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
 * The secrets (detector and secret hash) that the selection's start already held: the contents
 * at its boundary commits of the paths the walk changed. A change to such a file (a refactor, a
 * rename with an edit) brings in a blob holding the old secret, which it did not introduce.
 * Only those paths are read, so the cost follows the size of the change, not of the tree.
 */
async function secretsAtBase(
  repo: Repository,
  blobs: BlobScanner,
  walk: Walk,
  base: readonly string[],
): Promise<Set<string>> {
  const keys = new Set<string>();
  const { touched } = walk;
  if (touched === undefined || touched.size === 0 || walk.findingsByBlob.size === 0) return keys;
  const unread = new Map<string, string>();
  for (const commit of base) {
    const tree = await treeBlobs(repo, commit, (path) => touched.has(path) && !walk.exclude(path));
    for (const [oid, path] of tree ?? []) {
      const blob = walk.origins.numberOf(oid);
      if (blob === undefined) unread.set(oid, path);
      else for (const finding of walk.findingsByBlob.get(blob) ?? []) keys.add(secretKey(finding));
    }
  }
  for (const [oid, path] of unread) {
    await blobs.add(oid, path, ({ findings }) => {
      for (const finding of findings) keys.add(secretKey(finding));
    });
  }
  await blobs.drain();
  return keys;
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
  const head = await treeBlobs(repo, "HEAD");
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
    const placed = path + finding.path;
    findings.push(
      info.then((commit) => ({
        ...finding,
        path: placed,
        fingerprint: fingerprintOf(finding.detectorId, finding.secretHash, placed),
        commit,
        history: { inHistoryOnly, commits: orders.size, paths: paths.size },
      })),
    );
  }
  return Promise.all(findings);
}

/**
 * The git source: which commits to walk, the contents each commit brought in, what HEAD and
 * the index hold, and commit metadata. Contents themselves are read with `CatFileBatch`.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { UsageError } from "../errors.js";
import type { CommitInfo } from "../findings/finding.js";
import { excludedBy } from "../policy/path-ignore.js";
import type { CatFileBatch } from "./git-batch.js";
import { GitError, gitSucceeds, runGit, streamGit } from "./git-process.js";
import { type Change, COMMIT_MARK, type CommitChanges, rawCommits, SYMLINK_MODE } from "./git-raw.js";

export interface Repository {
  /** Absolute path of the work tree or of the bare repository. */
  readonly path: string;
  readonly bare: boolean;
}

/** The repository at `path` (a work tree, any folder inside one, or a bare repository). */
export async function openRepository(path = "."): Promise<Repository> {
  const absolute = resolve(path);
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new UsageError(`cannot read ${path}: no such directory`);
  try {
    const bare = (await runGit(absolute, ["rev-parse", "--is-bare-repository"])).toString().trim() === "true";
    return { path: absolute, bare };
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`${path} is not a git repository (${error.message})`);
    throw error;
  }
}

/** Which commits a history scan walks. */
export interface RevisionSelection {
  /** Branches (or any revisions) to walk instead of every ref. */
  readonly branches?: readonly string[];
  /** Leave out commits reachable from this revision (scan only what came after it). */
  readonly since?: string;
  /** `<a>..<b>`: only the commits of that range. */
  readonly range?: string;
  /** Ref updates being pushed, as a pre-push hook receives them: only what the remote lacks. */
  readonly pushes?: readonly PushUpdate[];
  /** The remote being pushed to; its remote-tracking branches count as already pushed. */
  readonly remote?: string;
}

/** One line of a pre-push hook's input. */
export interface PushUpdate {
  readonly localRef: string;
  readonly localOid: string;
  readonly remoteRef: string;
  readonly remoteOid: string;
}

/** Parses what git writes to a pre-push hook: `<local ref> <local oid> <remote ref> <remote oid>` lines. */
export function parsePushUpdates(text: string): PushUpdate[] {
  return text
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length === 4)
    .map(([localRef, localOid, remoteRef, remoteOid]) => ({
      localRef: localRef as string,
      localOid: localOid as string,
      remoteRef: remoteRef as string,
      remoteOid: remoteOid as string,
    }));
}

/**
 * `git log` revision arguments for a selection; empty when there is nothing to walk (a push
 * that only deletes branches). Revisions are checked first, so that a typo is a one-line
 * usage error rather than git's message.
 */
export async function revisionArguments(repo: Repository, selection: RevisionSelection): Promise<string[]> {
  if (selection.pushes) return pushRevisions(repo, selection.pushes, selection.remote);
  const walked = selection.range
    ? [selection.range]
    : selection.branches && selection.branches.length > 0
      ? [...selection.branches]
      : [];
  for (const revision of walked.flatMap((r) => r.split(/\.{2,3}/)).filter(Boolean)) {
    await checkRevision(repo, revision);
  }
  if (selection.since !== undefined) await checkRevision(repo, selection.since);
  return [
    ...(walked.length > 0 ? walked : ["--all"]),
    ...(selection.since !== undefined ? [`^${selection.since}`] : []),
  ];
}

async function checkRevision(repo: Repository, revision: string) {
  const valid =
    !revision.startsWith("-") &&
    (await gitSucceeds(repo.path, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]));
  if (!valid) throw new UsageError(`unknown revision "${revision}" in ${repo.path}`);
}

const isZero = (oid: string) => /^0+$/.test(oid);

async function pushRevisions(
  repo: Repository,
  pushes: readonly PushUpdate[],
  remote: string | undefined,
): Promise<string[]> {
  const updates = pushes.filter((push) => !isZero(push.localOid));
  const pushed: string[] = [];
  const alreadyThere: string[] = [];
  let baseUnknown = false;
  for (const { localOid, remoteOid } of updates) {
    if (localOid.startsWith("-")) throw new UsageError(`"${localOid}" is not a commit`);
    pushed.push(localOid);
    const known =
      !isZero(remoteOid) && (await gitSucceeds(repo.path, ["cat-file", "-e", `${remoteOid}^{commit}`]));
    if (known) alreadyThere.push(`^${remoteOid}`);
    else baseUnknown = true;
  }
  if (pushed.length === 0) return [];
  // A new branch, or a remote tip never fetched: whatever the remote-tracking branches hold
  // was pushed before, so only commits missing from all of them are new.
  const remoteBranches = baseUnknown ? ["--not", remote ? `--remotes=${remote}` : "--remotes", "--not"] : [];
  return [...remoteBranches, ...pushed, ...alreadyThere];
}

export interface LogOptions {
  /** Walk at most this many commits, newest first. */
  readonly maxCount?: number;
}

/**
 * Every selected commit, children before parents, with the contents it brought in: for a
 * merge, only what differs from every parent (its own conflict resolutions), since the rest
 * was brought in by the merged commits themselves. One `git log` process streams it all.
 */
export async function* logCommits(
  repo: Repository,
  revisions: readonly string[],
  options: LogOptions = {},
): AsyncGenerator<CommitChanges> {
  const log = streamGit(repo.path, [
    "log",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-renames",
    "-c",
    "--root",
    "--topo-order",
    "--no-show-signature",
    `--format=${COMMIT_MARK}%H`,
    ...(options.maxCount !== undefined ? [`--max-count=${options.maxCount}`] : []),
    ...revisions,
    "--",
  ]);
  let finished = false;
  try {
    yield* rawCommits(log.stdout);
    await log.done;
    finished = true;
  } finally {
    if (!finished) log.stop();
  }
}

/**
 * What `git commit` would record that HEAD does not hold: index contents added, modified or
 * changed in type, limited to `pathspecs` when given.
 */
export async function stagedChanges(repo: Repository, pathspecs: readonly string[] = []): Promise<Change[]> {
  const base = (await gitSucceeds(repo.path, ["rev-parse", "--verify", "--quiet", "HEAD^{tree}"]))
    ? "HEAD"
    : (await runGit(repo.path, ["hash-object", "-t", "tree", "--stdin"])).toString().trim(); // the empty tree
  const diff = streamGit(repo.path, [
    "diff-index",
    "--cached",
    "--raw",
    "-z",
    "--no-abbrev",
    "--no-renames",
    "--diff-filter=AMT",
    base,
    "--",
    ...pathspecs,
  ]);
  const changes: Change[] = [];
  for await (const pseudoCommit of rawCommits(diff.stdout)) changes.push(...pseudoCommit.changes);
  await diff.done;
  return changes;
}

/**
 * The file contents of `revision`'s tree, id to path, limited to the paths `wanted` accepts;
 * undefined when `revision` names no commit (HEAD of an empty repository). Symbolic links and
 * submodules are left out: they hold no file's text.
 */
export async function treeBlobs(
  repo: Repository,
  revision: string,
  wanted: (path: string) => boolean = () => true,
): Promise<Map<string, string> | undefined> {
  if (!(await gitSucceeds(repo.path, ["rev-parse", "--verify", "--quiet", `${revision}^{tree}`]))) {
    return undefined;
  }
  const tree = streamGit(repo.path, ["ls-tree", "-r", "-z", "--full-tree", revision]);
  const blobs = new Map<string, string>();
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of tree.stdout) {
    const entries = (rest + decoder.write(chunk as Buffer)).split("\0");
    rest = entries.pop() ?? "";
    // `<mode> <type> <oid>\t<path>`
    for (const entry of entries) {
      const tab = entry.indexOf("\t");
      const [mode, type, oid] = entry.slice(0, tab).split(" ");
      const path = entry.slice(tab + 1);
      if (type === "blob" && mode !== SYMLINK_MODE && oid && wanted(path)) blobs.set(oid, path);
    }
  }
  await tree.done;
  return blobs;
}

/**
 * The commits a selection starts from: parents of selected commits that are not selected
 * themselves (`git rev-list --boundary`), such as `A` of `A..B` or the commit before the
 * `maxCount` most recent. What their trees hold was there before the selection began.
 */
export async function boundaryCommits(
  repo: Repository,
  revisions: readonly string[],
  options: LogOptions = {},
): Promise<string[]> {
  // The same order and limit as `logCommits`, so that the same commits are selected.
  const list = streamGit(repo.path, [
    "rev-list",
    "--boundary",
    "--topo-order",
    ...(options.maxCount !== undefined ? [`--max-count=${options.maxCount}`] : []),
    ...revisions,
    "--",
  ]);
  const boundary: string[] = [];
  let rest = "";
  for await (const chunk of list.stdout) {
    const lines = (rest + (chunk as Buffer).toString("latin1")).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("-")) boundary.push(line.slice(1));
  }
  await list.done;
  return boundary;
}

/**
 * A predicate for paths the user excluded: `patterns` plus the `.keyhoundignore` stored at
 * `ignoreFile` (`HEAD:.keyhoundignore` for history, `:.keyhoundignore` for the index), so the
 * exclusions that apply are the ones committed with the code.
 */
export async function excludedPaths(
  catFile: CatFileBatch,
  ignoreFile: string,
  patterns: readonly string[] = [],
): Promise<(path: string) => boolean> {
  const file = await catFile.readWhole(ignoreFile);
  return excludedBy(file?.type === "blob" ? [...patterns, file.content.toString("utf8")] : patterns);
}

/** Author, date and summary of a commit, read through the batch process. */
export async function readCommitInfo(catFile: CatFileBatch, oid: string): Promise<CommitInfo> {
  const text = (await catFile.readWhole(oid))?.content.toString("utf8") ?? "";
  const split = text.indexOf("\n\n");
  const headers = split === -1 ? text : text.slice(0, split);
  const message = split === -1 ? "" : text.slice(split + 2);
  const author = /^author (.*) <([^>]*)> (\d+) ([+-]\d{4})$/m.exec(headers);
  return {
    commit: oid,
    author: author?.[1] ?? "",
    email: author?.[2] ?? "",
    date: author ? isoDate(Number(author[3]), author[4] as string) : "",
    summary: summaryOf(message),
  };
}

/** Seconds since the epoch and a `+hhmm` zone, written as git's `%aI` does. */
function isoDate(seconds: number, zone: string): string {
  const sign = zone.startsWith("-") ? -1 : 1;
  const minutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  const local = new Date((seconds + minutes * 60) * 1000).toISOString().slice(0, 19);
  return `${local}${zone.slice(0, 3)}:${zone.slice(3, 5)}`;
}

/** The first paragraph of a commit message on one line, as git's `%s` shows it. */
function summaryOf(message: string): string {
  const paragraph = message.trimStart().split(/\n\s*\n/)[0] ?? "";
  return paragraph
    .split("\n")
    .map((line) => line.trim())
    .join(" ")
    .trim();
}

import type { Readable } from "node:stream";

/** A path whose content a commit (or the index) sets: the new side of a raw diff line. */
export interface Change {
  /** `100644`, `100755`, `120000` (symbolic link), `160000` (submodule commit). */
  readonly mode: string;
  readonly oid: string;
  readonly path: string;
}

/** One commit of a `git log` stream with the paths whose content it changed. */
export interface CommitChanges {
  readonly commit: string;
  readonly changes: Change[];
}

/** Marks a commit header in the log stream; no path or raw line can start with it. */
export const COMMIT_MARK = "\x01";

export const GITLINK_MODE = "160000";
export const SYMLINK_MODE = "120000";

const NUL = 0x00;
const NEWLINE = 0x0a;
const COLON = 0x3a;

/**
 * Parses the NUL-separated output of `git log --raw -z --format=<COMMIT_MARK>%H`, or of
 * `git diff-index --raw -z` (no headers: one pseudo-commit with an empty id), yielding each
 * commit with the contents it brought in. Raw lines look like
 * `:<old mode> <new mode> <old oid> <new oid> <status>` (one more mode and oid per extra
 * colon for a merge's combined diff), then the path; deletions (an all-zero new oid) bring
 * nothing in and are left out.
 */
export async function* rawCommits(stream: Readable): AsyncGenerator<CommitChanges> {
  let current: CommitChanges | undefined;
  let pendingMeta: string | undefined;
  // Each token is decoded on its own: a string cut out of a larger decoded chunk would keep the
  // whole chunk alive for as long as the blob map holds the commit id or path.
  const handle = (bytes: Buffer, start: number, end: number): CommitChanges | undefined => {
    if (pendingMeta !== undefined) {
      const change = changeOf(pendingMeta, bytes.toString("utf8", start, end));
      pendingMeta = undefined;
      if (change) {
        current ??= { commit: "", changes: [] };
        current.changes.push(change);
      }
      return undefined;
    }
    // git separates a header from its first raw line with a newline as well as the NUL.
    const from = bytes[start] === NEWLINE ? start + 1 : start;
    if (bytes[from] === COMMIT_MARK.charCodeAt(0)) {
      const finished = current;
      current = { commit: bytes.toString("latin1", from + 1, end).trim(), changes: [] };
      return finished;
    }
    if (bytes[from] === COLON) pendingMeta = bytes.toString("latin1", from, end);
    return undefined;
  };
  let rest = Buffer.alloc(0);
  for await (const chunk of stream) {
    const bytes = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let nul = bytes.indexOf(NUL); nul !== -1; nul = bytes.indexOf(NUL, start)) {
      const finished = handle(bytes, start, nul);
      start = nul + 1;
      if (finished) yield finished;
    }
    rest = Buffer.from(bytes.subarray(start));
  }
  if (rest.length > 0) {
    const finished = handle(rest, 0, rest.length);
    if (finished) yield finished;
  }
  if (current) yield current;
}

function changeOf(meta: string, path: string): Change | undefined {
  const parents = meta.length - meta.replace(/^:+/, "").length;
  const fields = meta.slice(parents).split(" ");
  const mode = fields[parents];
  const oid = fields[2 * parents + 1];
  if (mode === undefined || oid === undefined || /^0+$/.test(oid)) return undefined;
  return { mode, oid, path };
}

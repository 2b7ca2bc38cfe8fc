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
  /** Paths it deleted. */
  readonly deleted: string[];
}

/** Marks a commit header in the log stream; no path or raw line can start with it. */
export const COMMIT_MARK = "\x01";

export const GITLINK_MODE = "160000";
export const SYMLINK_MODE = "120000";

const NUL = 0x00;
const NEWLINE = 0x0a;
const COLON = 0x3a;
const SPACE = 0x20;

/**
 * Parses the NUL-separated output of `git log --raw -z --format=<COMMIT_MARK>%H`, or of
 * `git diff-index --raw -z` (no headers: one pseudo-commit with an empty id), yielding each
 * commit with the contents it brought in. Raw lines look like
 * `:<old mode> <new mode> <old oid> <new oid> <status>` (one more mode and oid per extra
 * colon for a merge's combined diff), then the path; deletions (an all-zero new oid) bring
 * nothing in and are listed apart.
 */
export async function* rawCommits(stream: Readable): AsyncGenerator<CommitChanges> {
  let current: CommitChanges | undefined;
  let pending: Pick<Change, "mode" | "oid"> | typeof DELETED | null | undefined;
  // Each token is decoded on its own: a string cut out of a larger decoded chunk would keep the
  // whole chunk alive for as long as the blob map holds the commit id or path.
  const handle = (bytes: Buffer, start: number, end: number): CommitChanges | undefined => {
    if (pending !== undefined) {
      if (pending !== null) {
        current ??= { commit: "", changes: [], deleted: [] };
        const path = bytes.toString("utf8", start, end);
        if (pending === DELETED) current.deleted.push(path);
        else current.changes.push({ mode: pending.mode, oid: pending.oid, path });
      }
      pending = undefined;
      return undefined;
    }
    // git separates a header from its first raw line with a newline as well as the NUL.
    const from = bytes[start] === NEWLINE ? start + 1 : start;
    if (bytes[from] === COMMIT_MARK.charCodeAt(0)) {
      const finished = current;
      current = { commit: bytes.toString("latin1", from + 1, end).trim(), changes: [], deleted: [] };
      return finished;
    }
    if (bytes[from] === COLON) pending = broughtIn(bytes, from, end);
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

/** What `broughtIn` answers for a deletion. */
const DELETED = "deleted";

/**
 * The new mode and object id of the raw line `bytes[start, end)`, `DELETED` for a deletion (an
 * all-zero id), or null for a line that is not one.
 */
function broughtIn(
  bytes: Buffer,
  start: number,
  end: number,
): Pick<Change, "mode" | "oid"> | typeof DELETED | null {
  let parents = 0;
  while (bytes[start + parents] === COLON) parents++;
  // Fields: a mode per parent, the new mode, an oid per parent, the new oid, the status.
  const fields: Array<[number, number]> = [];
  for (let at = start + parents; at < end && fields.length <= 2 * parents + 1; ) {
    let space = bytes.indexOf(SPACE, at);
    if (space === -1 || space > end) space = end;
    fields.push([at, space]);
    at = space + 1;
  }
  const mode = fields[parents];
  const oid = fields[2 * parents + 1];
  if (mode === undefined || oid === undefined) return null;
  // Each field is decoded on its own: a piece split out of the whole line would keep the line
  // alive for as long as the walk remembers the blob.
  const id = bytes.toString("latin1", oid[0], oid[1]);
  return /^0+$/.test(id) ? DELETED : { mode: bytes.toString("latin1", mode[0], mode[1]), oid: id };
}

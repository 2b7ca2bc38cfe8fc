/**
 * Where each blob of a history walk came from: the commit that first brought it in, at which
 * path, and which other commits and paths brought in the same content. A history of 300,000
 * blobs keeps this for every one of them, so it is kept compact: blobs are numbered, commits
 * are their positions in the walk, paths are interned, and per blob there are two integers
 * (most blobs are brought in by one commit at one path; the others have a short list aside).
 *
 * The log runs newest first, so each sighting of a blob is older than the last: its origin
 * moves back until it is the commit that first introduced it.
 */
export class BlobOrigins {
  /** Commit ids, by position in the walk (larger is older). */
  readonly commits: string[] = [];
  private readonly numbers = new Map<string, number>();
  private orders: Int32Array = new Int32Array(1024);
  private paths: Int32Array = new Int32Array(1024);
  private readonly pathNames: string[] = [];
  private readonly pathNumbers = new Map<string, number>();
  /** Other commits (by position) and paths (by number) of blobs that have any. */
  private readonly others = new Map<number, { commits: number[]; paths: number[] }>();

  /** Starts the next commit of the walk; returns its position. */
  addCommit(commit: string): number {
    return this.commits.push(commit) - 1;
  }

  /** The number of blob `oid`, if the walk has met it. */
  numberOf(oid: string): number | undefined {
    return this.numbers.get(oid);
  }

  /**
   * Records that the commit at position `order` brought in blob `oid` at `path`. Returns the
   * blob's number when the walk meets it for the first time, else `undefined`.
   */
  see(oid: string, order: number, path: string): number | undefined {
    const pathNumber = this.intern(path);
    const known = this.numbers.get(oid);
    if (known === undefined) {
      const blob = this.numbers.size;
      this.numbers.set(oid, blob);
      if (blob === this.orders.length) {
        this.orders = grown(this.orders);
        this.paths = grown(this.paths);
      }
      this.orders[blob] = order;
      this.paths[blob] = pathNumber;
      return blob;
    }
    const originOrder = this.orders[known] as number;
    const originPath = this.paths[known] as number;
    const older = order !== originOrder;
    if (!older && pathNumber === originPath) return undefined;
    let more = this.others.get(known);
    if (more === undefined) {
      more = { commits: [], paths: [] };
      this.others.set(known, more);
    }
    if (older) {
      remember(more.commits, originOrder);
      this.orders[known] = order;
    }
    if (pathNumber !== originPath) {
      if (older) {
        remember(more.paths, originPath);
        this.paths[known] = pathNumber;
      } else {
        remember(more.paths, pathNumber);
      }
    }
    return undefined;
  }

  /** Position in the walk of the commit that first brought in `blob`. */
  orderOf(blob: number): number {
    return this.orders[blob] as number;
  }

  /** The path `blob` had in its first commit. */
  pathOf(blob: number): string {
    return this.pathNames[this.paths[blob] as number] as string;
  }

  /** Every commit position that brought in `blob`. */
  allOrders(blob: number): number[] {
    return [this.orders[blob] as number, ...(this.others.get(blob)?.commits ?? [])];
  }

  /** Every path `blob` was committed at. */
  allPaths(blob: number): string[] {
    const numbers = [this.paths[blob] as number, ...(this.others.get(blob)?.paths ?? [])];
    return numbers.map((n) => this.pathNames[n] as string);
  }

  private intern(path: string): number {
    let number = this.pathNumbers.get(path);
    if (number === undefined) {
      number = this.pathNames.push(path) - 1;
      this.pathNumbers.set(path, number);
    }
    return number;
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Adds `value` to a short list once; duplicates would only cost memory, counts use sets. */
function remember(list: number[], value: number) {
  if (!list.includes(value)) list.push(value);
}

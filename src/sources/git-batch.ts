import type { ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";
import { exitOf, spawnGit } from "./git-process.js";

/** Receives one object's content as it streams out of git, without holding it whole. */
export interface ObjectSink {
  /** The object exists: its type (`blob`, `commit`, ...) and size in bytes. */
  start(type: string, size: number): void;
  /** The next piece of content; the pieces add up to `size` bytes. */
  data(piece: Buffer): void;
  end(): void;
}

interface Request {
  readonly sink: ObjectSink;
  resolve(found: boolean): void;
  reject(error: unknown): void;
  /** A sink that threw: the rest of its content is read and dropped, then the request fails. */
  error?: unknown;
}

const NEWLINE = 0x0a;

/**
 * One long-lived `git cat-file --batch` process: object names are written to it and contents
 * read back in order, so reading ten thousand blobs costs one process, not ten thousand.
 * Contents stream through an `ObjectSink` piece by piece, which keeps memory bounded for a
 * blob of any size.
 */
export class CatFileBatch {
  private readonly child: ChildProcess;
  private readonly stdin: Writable;
  private readonly exited: Promise<void>;
  /** Requests in the order they were written; git answers in the same order. */
  private readonly requests: Request[] = [];
  /** Bytes of a header line split across reads. */
  private partialHeader: Buffer[] = [];
  /** Content bytes still to come for the current object; -1 while a header is expected. */
  private remaining = -1;
  private failure: unknown;

  constructor(cwd: string) {
    const args = ["cat-file", "--batch"];
    this.child = spawnGit(cwd, args, "pipe");
    this.stdin = this.child.stdin as Writable;
    // A write after git died fails with EPIPE; the exit handler below reports the real cause.
    this.stdin.on("error", () => {});
    this.child.stdout?.on("data", (chunk: Buffer) => this.receive(chunk));
    this.exited = exitOf(this.child, args).then(
      () => this.failAll(new Error("git cat-file exited before answering every request")),
      (error: unknown) => this.failAll(error),
    );
  }

  /** Requests still waiting for their answer. */
  get pending(): number {
    return this.requests.length;
  }

  /**
   * Streams object `name` (an object id, or `<rev>:<path>`) into `sink`; resolves to false when
   * there is no such object.
   */
  read(name: string, sink: ObjectSink): Promise<boolean> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (name.includes("\n")) return Promise.resolve(false);
    return new Promise((resolve, reject) => {
      this.requests.push({ sink, resolve, reject });
      this.stdin.write(`${name}\n`);
    });
  }

  /** An object's type and whole content, for small objects such as commits. */
  async readWhole(name: string): Promise<{ type: string; content: Buffer } | undefined> {
    const pieces: Buffer[] = [];
    let type = "";
    const found = await this.read(name, {
      start: (objectType) => {
        type = objectType;
      },
      data: (piece) => pieces.push(Buffer.from(piece)),
      end: () => {},
    });
    return found ? { type, content: Buffer.concat(pieces) } : undefined;
  }

  /** Ends the process once every request is answered. */
  async close(): Promise<void> {
    this.stdin.end();
    await this.exited;
  }

  private receive(chunk: Buffer) {
    let at = 0;
    while (at < chunk.length) {
      const request = this.requests[0];
      if (request === undefined) return; // Output nobody asked for cannot happen; ignore it.
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - at);
        this.deliver(request, () => request.sink.data(chunk.subarray(at, at + take)));
        at += take;
        this.remaining -= take;
      } else if (this.remaining === 0) {
        at++; // The newline git writes after each object's content.
        this.remaining = -1;
        this.deliver(request, () => request.sink.end());
        this.settle(true);
      } else {
        const newline = chunk.indexOf(NEWLINE, at);
        if (newline === -1) {
          this.partialHeader.push(chunk.subarray(at));
          return;
        }
        const header = Buffer.concat([...this.partialHeader, chunk.subarray(at, newline)]).toString("latin1");
        this.partialHeader = [];
        at = newline + 1;
        this.startObject(request, header);
      }
    }
  }

  /** `<oid> <type> <size>` for an object; `<name> missing` (or `ambiguous`) otherwise. */
  private startObject(request: Request, header: string) {
    const [, type = "", sizeText = ""] = header.split(" ");
    const size = Number(sizeText);
    if (sizeText === "" || !Number.isSafeInteger(size)) {
      this.settle(false);
      return;
    }
    this.remaining = size;
    this.deliver(request, () => request.sink.start(type, size));
  }

  private deliver(request: Request, call: () => void) {
    if (request.error !== undefined) return;
    try {
      call();
    } catch (error) {
      request.error = error;
    }
  }

  private settle(found: boolean) {
    const request = this.requests.shift() as Request;
    if (request.error !== undefined) request.reject(request.error);
    else request.resolve(found);
  }

  private failAll(error: unknown) {
    this.failure = error;
    for (const request of this.requests.splice(0)) request.reject(error);
  }
}

/** Bounds the reads in flight: enough to keep git busy, few enough to bound memory. */
export class ReadAhead {
  private readonly inFlight: Promise<unknown>[] = [];

  constructor(private readonly limit = 256) {}

  /** Adds a read; waits for the oldest one when too many are in flight. */
  async add(read: Promise<unknown>): Promise<void> {
    // Every read is awaited here or in drain(); this only stops a failure that happens while
    // it waits in line from being reported as unhandled.
    read.catch(() => {});
    this.inFlight.push(read);
    if (this.inFlight.length > this.limit) await this.inFlight.shift();
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight.splice(0));
  }
}

/**
 * Worker threads that scan files beside the calling thread. The calling thread walks and hands
 * out batches of paths; each worker reads and scans them with its own engine; results come back
 * per file. A worker holds a few batches at a time (enough that it does not run dry while the
 * calling thread scans a large file), which bounds memory whatever the number of files. When
 * every worker is full, the calling thread scans a file of the batch itself: it has loaded the
 * catalog already, and a worker costs about 0.3 s of CPU to start (mostly loading the catalog),
 * so on two cores one worker plus the calling thread beats two workers.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LineRule } from "../policy/allowlist.js";
import type { WalkedFile } from "../sources/files.js";
import type { ArchiveOptions } from "./archives.js";
import type { ScannedInput } from "./chunk-scanner.js";
import type { ScanTimings } from "./result.js";

/** What a worker is started with: a flag it raises once it has loaded. */
export interface WorkerData {
  readonly ready: Int32Array;
}

/** A worker's setup for one scan: what to scan with. */
export interface WorkerSetup {
  /** Ids of the catalog detectors to run, in catalog order. */
  readonly detectors: readonly string[];
  /** The allowlist's line regexes, as data (a function cannot be sent to a thread). */
  readonly lineAllowlist?: readonly LineRule[];
  /** Encodings undone one inside the other to look for secrets (0: none). */
  readonly maxDecodeDepth: number;
  /** How deep archives are opened, and their limits. */
  readonly archives: ArchiveOptions;
}

export interface BatchRequest {
  readonly batch: number;
  readonly files: readonly WalkedFile[];
}

export interface BatchReply {
  readonly batch: number;
  /** Per file of the request, what scanning it gave. */
  readonly results: readonly ScannedInput[];
  readonly timings: ScanTimings;
}

/**
 * A batch closes at this many files or bytes: large enough to make messages cheap, small
 * enough that the threads finish close together.
 */
const BATCH_FILES = 64;
const BATCH_BYTES = 1024 * 1024;
/**
 * A worker has room while it holds fewer batches and bytes than this: 8 MB is about 60 ms of
 * work, enough to cover the calling thread taking on one large file. Paths, not contents, are
 * queued, so memory does not grow.
 */
const IN_FLIGHT_BATCHES = 8;
const IN_FLIGHT_BYTES = 8 * 1024 * 1024;

/**
 * When a scan hands its files to the pool. A worker costs about 0.3 s of CPU before it scans
 * anything, while the calling thread scans about 150 MB/s, or about 0.1 ms per small file: a
 * scan below these sizes is over before a worker would help. Workers started ahead (`start`)
 * have paid that cost already, so a scan hands over sooner to them.
 */
const HANDOVER = {
  cold: { files: 4096, bytes: 64 * 1024 * 1024 },
  started: { files: 256, bytes: 8 * 1024 * 1024 },
} as const;

export interface WorkerPoolOptions {
  /** Worker threads (default: one per core beyond the first, at least one). 0: none. */
  readonly threads?: number;
  /**
   * `"large-scans"` (the default): a scan uses the threads only once it has walked enough files
   * or bytes to be worth their start-up, and runs in the calling thread otherwise. `"always"`:
   * every scan uses them.
   */
  readonly use?: "large-scans" | "always";
}

interface PoolWorker {
  readonly worker: Worker;
  /** Raised by the worker once it can scan: read without waiting for an event. */
  readonly ready: Int32Array;
  /** The setup (detectors, decode depth) it was last given, to skip a repeated setup. */
  setup?: string;
}

export interface PoolScanOptions {
  readonly setup: WorkerSetup;
  /** Position in the walk of the first file of `files` (default 0). */
  readonly firstIndex?: number;
  /** Called for each file as its result comes back, with the file's position in the walk. */
  readonly onFile: (index: number, file: WalkedFile, result: ScannedInput) => void;
  /** Receives the phase timings of each batch. */
  readonly onTimings: (timings: ScanTimings) => void;
  /** Scans one file in the calling thread, when every worker is busy; absent: it only waits. */
  readonly local?: (file: WalkedFile) => ScannedInput;
}

/**
 * Scan threads, created by the caller and passed to `scan()`, which may use them for several
 * scans; `close()` ends them. Threads start when `start()` is called or a scan first needs
 * them. Idle threads never keep the process alive.
 */
export class WorkerPool {
  readonly threads: number;
  readonly use: "large-scans" | "always";
  private readonly workers: PoolWorker[] = [];
  private busy = false;

  constructor(options: WorkerPoolOptions = {}) {
    const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
    this.threads = Number.isInteger(threads) && threads > 0 && workerEntry() !== undefined ? threads : 0;
    this.use = options.use ?? "large-scans";
  }

  /**
   * Starts the threads now. The CLI does so before it loads the catalog, so that both start-ups
   * (0.3 s of CPU each) run side by side.
   */
  start(): this {
    const entry = workerEntry();
    if (entry === undefined) return this;
    while (this.workers.length < this.threads) {
      const ready = new Int32Array(new SharedArrayBuffer(4));
      const member: PoolWorker = {
        worker: new Worker(entry, { workerData: { ready } satisfies WorkerData }),
        ready,
      };
      member.worker.unref();
      // One that fails while idle is dropped: the next scan starts another, whose failure it sees.
      const drop = () => {
        const index = this.workers.indexOf(member);
        if (index !== -1 && !this.busy) this.workers.splice(index, 1);
      };
      member.worker.once("error", drop);
      member.worker.once("exit", drop);
      this.workers.push(member);
    }
    return this;
  }

  /** Whether the threads have been started. */
  get started(): boolean {
    return this.workers.length > 0;
  }

  /** Whether a started thread has loaded and can scan. */
  get ready(): boolean {
    return this.workers.some(({ ready }) => Atomics.load(ready, 0) === 1);
  }

  /** Whether a scan that has walked `files` files of `bytes` bytes so far should use the threads. */
  worthUsing(files: number, bytes: number): boolean {
    if (this.threads === 0) return false;
    if (this.use === "always") return true;
    const threshold = this.started ? HANDOVER.started : HANDOVER.cold;
    return files >= threshold.files || bytes >= threshold.bytes;
  }

  /** Ends the threads. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  /** Scans `files` (an ordered stream) in the threads; resolves when every file is done. */
  async scanFiles(files: AsyncIterable<WalkedFile>, options: PoolScanOptions): Promise<void> {
    if (this.busy) throw new Error("a worker pool runs one scan at a time");
    this.start();
    if (this.workers.length === 0) throw new Error("no scan worker could be started");
    this.busy = true;
    const setupKey = JSON.stringify(options.setup);
    const pool = this.workers.map((member) => ({ member, inFlight: 0, inFlightBytes: 0 }));
    for (const { member } of pool) {
      member.worker.ref();
      if (member.setup !== setupKey) member.worker.postMessage(options.setup);
      member.setup = setupKey;
    }
    const pending = new Map<
      number,
      { files: readonly WalkedFile[]; indices: readonly number[]; bytes: number }
    >();
    let failure: Error | undefined;
    // Resolved whenever a batch finishes or a worker fails, so the feeder can go on.
    let wake: () => void = () => {};
    const waitForChange = () =>
      new Promise<void>((resolve) => {
        wake = resolve;
      });
    const listeners = pool.map((slot) => {
      const onMessage = (reply: BatchReply) => {
        const batch = pending.get(reply.batch);
        if (batch === undefined) return;
        pending.delete(reply.batch);
        slot.inFlight--;
        slot.inFlightBytes -= batch.bytes;
        batch.files.forEach((file, offset) => {
          options.onFile(batch.indices[offset] as number, file, reply.results[offset] as ScannedInput);
        });
        options.onTimings(reply.timings);
        wake();
      };
      const onError = (error: Error) => {
        failure ??= error;
        wake();
      };
      const onExit = (code: number) => {
        failure ??= new Error(`a scan worker stopped unexpectedly (exit code ${code})`);
        wake();
      };
      slot.member.worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      return { worker: slot.member.worker, onMessage, onError, onExit };
    });

    let nextBatch = 0;
    /** `files` with their positions in the walk; both shrink as this thread takes files. */
    const send = async (files: WalkedFile[], indices: number[]) => {
      for (;;) {
        if (failure) throw failure;
        // The least busy worker, if it has room.
        const slot = pool.reduce((best, s) => (s.inFlightBytes < best.inFlightBytes ? s : best));
        if (slot.inFlight < IN_FLIGHT_BATCHES && slot.inFlightBytes < IN_FLIGHT_BYTES) {
          const batch = nextBatch++;
          const bytes = files.reduce((sum, file) => sum + file.size, 0);
          pending.set(batch, { files, indices, bytes });
          slot.inFlight++;
          slot.inFlightBytes += bytes;
          slot.member.worker.postMessage({ batch, files } satisfies BatchRequest);
          return;
        }
        // One file here, then the workers again: a worker that empties its queue while this
        // thread is busy gets the rest of the batch (scanning the whole batch here left the
        // worker idle a fifth of the time).
        if (options.local) {
          const mine = fileForThisThread(files, slot.inFlightBytes);
          const [file] = files.splice(mine, 1) as [WalkedFile];
          const [index] = indices.splice(mine, 1) as [number];
          options.onFile(index, file, options.local(file));
          // Let worker replies in, so that their slots show as free.
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (files.length === 0) return;
          continue;
        }
        await waitForChange();
      }
    };

    try {
      let batch: WalkedFile[] = [];
      let indices: number[] = [];
      let batchBytes = 0;
      let nextIndex = options.firstIndex ?? 0;
      for await (const file of files) {
        const { absolute, display, size, inside } = file;
        batch.push(inside === undefined ? { absolute, display, size } : { absolute, display, size, inside });
        indices.push(nextIndex++);
        batchBytes += file.size;
        if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
          await send(batch, indices);
          batch = [];
          indices = [];
          batchBytes = 0;
        }
      }
      if (batch.length > 0) await send(batch, indices);
      while (pending.size > 0) {
        if (failure) throw failure;
        await waitForChange();
      }
      if (failure) throw failure;
    } catch (error) {
      // A worker that failed, or that still holds batches of a scan given up, cannot be reused.
      await this.close();
      throw error;
    } finally {
      for (const { worker, onMessage, onError, onExit } of listeners) {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        worker.unref();
      }
      this.busy = false;
    }
  }
}

/**
 * The compiled worker entry, or `undefined` when this module runs from TypeScript sources
 * (under vitest), where a worker cannot load `.ts` files: scans then stay in the calling thread.
 */
export function workerEntry(): URL | undefined {
  const url = new URL("./worker.js", import.meta.url);
  return import.meta.url.endsWith(".js") && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Which of a batch's files the calling thread scans while the workers are full: the first no
 * larger than `queuedBytes` (the least busy worker's queue, so that it does not run dry
 * meanwhile), else the smallest.
 */
export function fileForThisThread(files: readonly { readonly size: number }[], queuedBytes: number): number {
  const fitting = files.findIndex((file) => file.size <= queuedBytes);
  if (fitting !== -1) return fitting;
  let smallest = 0;
  files.forEach((file, at) => {
    if (file.size < (files[smallest] as { size: number }).size) smallest = at;
  });
  return smallest;
}

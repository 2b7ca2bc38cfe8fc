/**
 * Spreads the files of a scan over worker threads. The main thread walks and hands out
 * batches of paths; each worker reads and scans them with its own engine; findings come back
 * per file. A worker holds a few batches at a time (enough that it does not run dry while the
 * main thread scans a large file), which bounds memory whatever the number of files. When
 * every worker is full, the main thread scans a file of the batch itself: it has loaded the catalog
 * already, and starting a thread costs about 0.3 s of CPU (mostly loading the catalog), so on
 * two cores one worker plus the main thread beats two workers.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Finding } from "../findings/finding.js";
import type { WalkedFile } from "../sources/files.js";
import type { ScanTimings } from "./file-scanner.js";

/** What a worker is started with: a flag to raise once it has loaded (prestarted ones). */
export interface WorkerData {
  readonly ready?: Int32Array;
}

/** A worker's first message: what to scan with. */
export interface WorkerSetup {
  /** Ids of the catalog detectors to run, in catalog order. */
  readonly detectors: readonly string[];
  readonly chunkSize?: number;
}

export interface BatchRequest {
  readonly batch: number;
  readonly files: readonly WalkedFile[];
}

export interface BatchReply {
  readonly batch: number;
  /** Per file of the request, its findings, or `null` when it was skipped (binary, unreadable). */
  readonly results: ReadonlyArray<Finding[] | null>;
  readonly timings: ScanTimings;
}

/**
 * A batch closes at this many files or bytes: large enough to make messages cheap, small
 * enough that the threads finish close together (with 4 MB batches the main thread waited
 * up to 0.2 s at the end for the worker's last two).
 */
const BATCH_FILES = 64;
const BATCH_BYTES = 1024 * 1024;
/**
 * A worker has room while it holds fewer batches and bytes than this: 8 MB is about 60 ms of
 * work, as long as the main thread takes on one large file (with two 1 MB batches the worker
 * sat idle a sixth of the time). Paths, not contents, are queued, so memory does not grow.
 */
const IN_FLIGHT_BATCHES = 8;
const IN_FLIGHT_BYTES = 8 * 1024 * 1024;

/**
 * The compiled worker entry, or `undefined` when this module runs from TypeScript sources
 * (under vitest), where a worker cannot load `.ts` files: scans then stay in the main thread.
 */
export function workerEntry(): URL | undefined {
  const url = new URL("./worker.js", import.meta.url);
  return import.meta.url.endsWith(".js") && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Workers started ahead of a scan, before the caller has loaded the catalog, so that their
 * start-up (loading and compiling the catalog: 0.3 s of CPU) overlaps the caller's own instead
 * of following it. Unreferenced until a scan takes them, so an unused one (the scan turned out
 * small) never keeps the process alive.
 */
const prestarted: PrestartedWorker[] = [];

interface PrestartedWorker {
  readonly worker: Worker;
  /** Raised by the worker once it can scan: read without waiting for an event. */
  readonly ready: Int32Array;
}

/** Starts `count` scan workers now, for the next `scanInWorkers` to use. */
export function prestartScanWorkers(count: number): void {
  const entry = workerEntry();
  if (entry === undefined) return;
  for (let i = 0; i < count; i++) {
    const ready = new Int32Array(new SharedArrayBuffer(4));
    const started: PrestartedWorker = {
      worker: new Worker(entry, { workerData: { ready } satisfies WorkerData }),
      ready,
    };
    started.worker.unref();
    // One that fails before a scan takes it is dropped: the scan then starts its own, whose
    // failure it sees.
    const drop = () => {
      const index = prestarted.indexOf(started);
      if (index !== -1) prestarted.splice(index, 1);
    };
    started.worker.once("error", drop);
    started.worker.once("exit", drop);
    prestarted.push(started);
  }
}

/** Workers started ahead and not taken yet. */
export function prestartedWorkers(): number {
  return prestarted.length;
}

/** Whether a worker started ahead has loaded and can scan. */
export function prestartedReady(): boolean {
  return prestarted.some(({ ready }) => Atomics.load(ready, 0) === 1);
}

function startWorker(entry: URL): Worker {
  const taken = prestarted.shift();
  if (taken === undefined) return new Worker(entry);
  taken.worker.ref();
  return taken.worker;
}

export interface WorkerScanOptions {
  readonly entry: URL;
  readonly workers: number;
  readonly setup: WorkerSetup;
  /** Position in the walk of the first file of `files` (default 0). */
  readonly firstIndex?: number;
  /** Called for each file as its result comes back, with the file's position in the walk. */
  readonly onFile: (index: number, file: WalkedFile, findings: Finding[] | undefined) => void;
  /** Receives the phase timings of each batch. */
  readonly onTimings: (timings: ScanTimings) => void;
  /** Scans one file in the main thread, when every worker is busy; absent: the main thread only waits. */
  readonly local?: (file: WalkedFile) => Finding[] | undefined;
}

/**
 * Which of a batch's files the main thread scans while the workers are full: the first no
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

/** Scans `files` (an ordered stream) in worker threads; resolves when every file is done. */
export async function scanInWorkers(
  files: AsyncIterable<WalkedFile>,
  options: WorkerScanOptions,
): Promise<void> {
  const pool = Array.from({ length: options.workers }, () => ({
    worker: startWorker(options.entry),
    inFlight: 0,
    inFlightBytes: 0,
  }));
  for (const member of pool) member.worker.postMessage(options.setup);
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

  for (const member of pool) {
    member.worker.on("message", (reply: BatchReply) => {
      const batch = pending.get(reply.batch);
      if (batch === undefined) return;
      pending.delete(reply.batch);
      member.inFlight--;
      member.inFlightBytes -= batch.bytes;
      batch.files.forEach((file, offset) => {
        options.onFile(batch.indices[offset] as number, file, reply.results[offset] ?? undefined);
      });
      options.onTimings(reply.timings);
      wake();
    });
    member.worker.on("error", (error) => {
      failure ??= error;
      wake();
    });
    member.worker.on("exit", (code) => {
      if (pending.size > 0) failure ??= new Error(`a scan worker stopped unexpectedly (exit code ${code})`);
      wake();
    });
  }

  let nextBatch = 0;
  /** `files` with their positions in the walk; both shrink as this thread takes files. */
  const send = async (files: WalkedFile[], indices: number[]) => {
    for (;;) {
      if (failure) throw failure;
      // The least busy worker, if it has room.
      const member = pool.reduce((best, m) => (m.inFlightBytes < best.inFlightBytes ? m : best));
      if (member.inFlight < IN_FLIGHT_BATCHES && member.inFlightBytes < IN_FLIGHT_BYTES) {
        const batch = nextBatch++;
        const bytes = files.reduce((sum, file) => sum + file.size, 0);
        pending.set(batch, { files, indices, bytes });
        member.inFlight++;
        member.inFlightBytes += bytes;
        member.worker.postMessage({ batch, files } satisfies BatchRequest);
        return;
      }
      // One file here, then the workers again: a worker that empties its queue while this
      // thread is busy gets the rest of the batch. (Scanning the whole batch here left the
      // worker idle a fifth of the time on the benchmark corpus: --cpu-prof, per 100 ms.) The
      // first file no larger than the work queued in the least busy worker, so that this
      // thread is done before the worker runs dry (a 13 MB bundle here left it idle), else the
      // smallest: waiting instead left this thread idle a seventh of the run.
      if (options.local) {
        const mine = fileForThisThread(files, member.inFlightBytes);
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
      batch.push({ absolute: file.absolute, display: file.display, size: file.size });
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
  } finally {
    await Promise.all(pool.map((member) => member.worker.terminate()));
  }
}

/**
 * A scan worker thread: builds the engine for the detector ids it is given, then scans the
 * batches of files the main thread sends, one after the other, and answers each batch with
 * its findings. See `workers.ts` for the other side.
 */
import { parentPort, workerData } from "node:worker_threads";
import { catalog } from "../detectors/index.js";
import { Engine } from "../engine/engine.js";
import { emptyTimings, FileScanner } from "./file-scanner.js";
import type { BatchReply, BatchRequest, WorkerSetup } from "./workers.js";

const setup = workerData as WorkerSetup;
const wanted = new Set(setup.detectors);
// The catalog filtered in its own order: the same detector order, hence the same engine and
// the same results, as the main thread's selection.
const scanner = new FileScanner(new Engine(catalog.filter((d) => wanted.has(d.id))), setup.chunkSize);
const port = parentPort;
if (port === null) throw new Error("worker.js runs as a worker thread");

port.on("message", (request: BatchRequest) => {
  const before = { ...scanner.timings };
  const reply: BatchReply = {
    batch: request.batch,
    results: request.files.map((file) => scanner.scanFile(file.absolute, file.display, file.size) ?? null),
    timings: emptyTimings(),
  };
  for (const key of ["readMs", "prefilterMs", "matchMs"] as const) {
    reply.timings[key] = scanner.timings[key] - before[key];
  }
  port.postMessage(reply);
});

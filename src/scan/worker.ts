/**
 * A scan worker thread: loads the catalog, waits for its setup (the detector ids to run), then
 * scans the batches of files the main thread sends, one after the other, and answers each
 * batch with its findings. See `workers.ts` for the other side.
 */
import { parentPort, workerData } from "node:worker_threads";
import { catalog } from "../detectors/index.js";
import type { Engine } from "../engine/engine.js";
import { emptyTimings, FileScanner, fileScanEngine } from "./file-scanner.js";
import type { BatchReply, BatchRequest, WorkerData, WorkerSetup } from "./workers.js";

const port = parentPort;
if (port === null) throw new Error("worker.js runs as a worker thread");

// Most scans run the whole catalog: its engine is built while the setup is on its way (a
// prestarted worker gets it only once the main thread has loaded the catalog too).
let wholeCatalog: Engine | undefined = fileScanEngine(catalog);
let scanner: FileScanner | undefined;
const { ready } = (workerData ?? {}) as WorkerData;
if (ready) Atomics.store(ready, 0, 1);

port.on("message", (message: WorkerSetup | BatchRequest) => {
  if (!("batch" in message)) {
    scanner = new FileScanner(engineFor(message.detectors), message.chunkSize);
    wholeCatalog = undefined;
    return;
  }
  const active = scanner;
  if (active === undefined) throw new Error("a scan worker got files before its setup");
  const before = { ...active.timings };
  const reply: BatchReply = {
    batch: message.batch,
    results: message.files.map((file) => active.scanFile(file.absolute, file.display, file.size) ?? null),
    timings: emptyTimings(),
  };
  for (const key of ["readMs", "prefilterMs", "matchMs"] as const) {
    reply.timings[key] = active.timings[key] - before[key];
  }
  port.postMessage(reply);
});

/**
 * The catalog filtered in its own order: the same detector order, hence the same engine and
 * the same results, as the main thread's selection.
 */
function engineFor(ids: readonly string[]): Engine {
  const all = ids.length === catalog.length && ids.every((id, index) => catalog[index]?.id === id);
  if (all && wholeCatalog) return wholeCatalog;
  const wanted = new Set(ids);
  return fileScanEngine(catalog.filter((d) => wanted.has(d.id)));
}

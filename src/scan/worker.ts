/**
 * A scan worker thread: loads the catalog, waits for its setup (the detector ids to run), then
 * scans the batches of files the calling thread sends, one after the other, and answers each
 * batch with its results. See `worker-pool.ts` for the other side.
 */
import { parentPort, workerData } from "node:worker_threads";
import { catalog } from "../catalog/index.js";
import type { Engine } from "../engine/engine.js";
import { lineIgnorer } from "../policy/allowlist.js";
import type { ArchiveOptions } from "./archives.js";
import { CHUNK_SIZE, ChunkScanner, scanEngine } from "./chunk-scanner.js";
import { scanWalkedFile } from "./files.js";
import { emptyTimings } from "./result.js";
import type { BatchReply, BatchRequest, WorkerData, WorkerSetup } from "./worker-pool.js";

const port = parentPort;
if (port === null) throw new Error("worker.js runs as a worker thread");

// Most scans run the whole catalog: its engine is built while the setup is on its way (a
// worker started ahead gets it only once the calling thread has loaded the catalog too).
const wholeCatalog: Engine = scanEngine(catalog);
let scanner: ChunkScanner | undefined;
let archives: ArchiveOptions | undefined;
const { ready } = workerData as WorkerData;
Atomics.store(ready, 0, 1);

port.on("message", (message: WorkerSetup | BatchRequest) => {
  if (!("batch" in message)) {
    scanner = new ChunkScanner(engineFor(message.detectors), CHUNK_SIZE, {
      ignoreLine: lineIgnorer(message.lineAllowlist),
      maxDecodeDepth: message.maxDecodeDepth,
    });
    archives = message.archives;
    return;
  }
  const active = scanner;
  if (active === undefined) throw new Error("a scan worker got files before its setup");
  const before = { ...active.timings };
  const reply: BatchReply = {
    batch: message.batch,
    results: message.files.map((file) => scanWalkedFile(active, file, archives)),
    timings: emptyTimings(),
  };
  for (const key of ["readMs", "prefilterMs", "matchMs"] as const) {
    reply.timings[key] = active.timings[key] - before[key];
  }
  port.postMessage(reply);
});

/**
 * The catalog filtered in its own order: the same detector order, hence the same engine and
 * the same results, as the calling thread's selection.
 */
function engineFor(ids: readonly string[]): Engine {
  const all = ids.length === catalog.length && ids.every((id, index) => catalog[index]?.id === id);
  if (all) return wholeCatalog;
  const wanted = new Set(ids);
  return scanEngine(catalog.filter((d) => wanted.has(d.id)));
}

import { availableParallelism } from "node:os";
import { prestartScanWorkers } from "../scan/workers.js";

/**
 * For `keyhound scan` with the default worker count, starts the scan workers before this
 * thread loads the catalog, so that both start-ups (0.3 s of CPU each) run side by side: on
 * the benchmark corpus the worker otherwise began scanning 0.4 s after the main thread. A
 * guess from the raw arguments, before they are parsed: a wrong one costs an idle worker that
 * dies with the process. Staged scans (the pre-commit hook) are small and never start one.
 */
export function prestartWorkersFor(args: readonly string[]): void {
  if (args[0] !== "scan") return;
  if (args.some((arg) => arg === "--staged" || arg === "--workers" || arg.startsWith("--workers="))) return;
  prestartScanWorkers(availableParallelism() - 1);
}

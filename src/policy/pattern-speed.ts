/**
 * A custom detector's pattern is a user's regular expression, and one with catastrophic
 * backtracking (`(a+)+$`) runs for hours on a line of the wrong shape: a scan, or the
 * self-check that runs the detector's examples, would hang with no word of why. Before any of
 * that, each custom pattern is run on hostile lines and on its own examples and negatives in a
 * worker thread, which is stopped when a pattern overruns its time: the detector is then
 * rejected with one line naming it, instead of the process hanging.
 *
 * The check is synchronous (configuration loading is): the calling thread waits on a shared
 * counter that the worker raises after each detector.
 */
import { Worker } from "node:worker_threads";
import type { Detector } from "../catalog/types.js";

export interface PatternSpeedOptions {
  /** Length of each hostile line: 8 KB finds exponential backtracking; the self-check uses 256 KB. */
  readonly lineBytes: number;
  /** Milliseconds one detector may take on all its lines. */
  readonly timeoutMs: number;
}

/**
 * The worker: the hostile lines of catalog/check.ts, and long runs that end in a character a
 * pattern does not expect (where nested repetitions backtrack), then the examples and negatives.
 */
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { counter, detectors, lineBytes } = workerData;
Atomics.add(counter, 0, 1);
Atomics.notify(counter, 0);
for (const d of detectors) {
  const regex = new RegExp(d.source, d.flags + "g");
  const keyword = d.keywords[0] || "";
  const fill = (unit) => unit.repeat(Math.ceil(lineBytes / unit.length)).slice(0, lineBytes);
  const lines = [
    keyword + "a".repeat(lineBytes),
    keyword + "a".repeat(lineBytes) + "!",
    keyword + "x9".repeat(lineBytes / 2) + "!",
    fill(keyword + "aA0-_="),
    fill(keyword + "A1".repeat(20) + ":@/."),
    fill(keyword + ' = "' + "x9".repeat(30)),
    fill(keyword + "\\t"),
    ...d.samples,
  ];
  for (const line of lines) {
    regex.lastIndex = 0;
    for (let m = regex.exec(line); m !== null; m = regex.exec(line)) if (m[0].length === 0) regex.lastIndex++;
  }
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}
`;

/** How long the worker may take to start on a loaded machine. */
const STARTUP_MS = 10_000;

/**
 * The first detector of `detectors` whose pattern does not finish its hostile lines, examples
 * and negatives within the time, or `undefined` when all do. Examples given as functions are
 * built here, in the calling thread.
 */
export function tooSlowPattern(
  detectors: readonly Detector[],
  options: PatternSpeedOptions,
): Detector | undefined {
  if (detectors.length === 0) return undefined;
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      counter,
      lineBytes: options.lineBytes,
      detectors: detectors.map((d) => ({
        source: d.pattern.source,
        flags: d.pattern.flags.replace(/[^ims]/g, ""),
        keywords: d.keywords,
        samples: [...d.examples, ...d.negatives].map((s) => (typeof s === "function" ? s() : s)),
      })),
    },
  });
  worker.unref();
  try {
    // The counter is 1 once the worker runs, then 1 + the number of detectors checked. A worker
    // that cannot start in time (a machine out of threads) says nothing about the patterns.
    if (Atomics.wait(counter, 0, 0, STARTUP_MS) === "timed-out") return undefined;
    for (
      let done = Atomics.load(counter, 0) - 1;
      done < detectors.length;
      done = Atomics.load(counter, 0) - 1
    ) {
      if (Atomics.wait(counter, 0, done + 1, options.timeoutMs) === "timed-out") return detectors[done];
    }
    return undefined;
  } finally {
    void worker.terminate();
  }
}

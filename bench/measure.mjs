/**
 * Timing for every benchmark script: a command under /usr/bin/time (wall, CPU, peak RSS),
 * tools run in rounds, medians, and the ok/MISS target lines.
 *
 * Shared machines are noisy. Tools are run in rounds (every tool once, then again), so that
 * the runs of one round meet the same load, and a comparison between two tools takes the
 * median of the rounds' ratios rather than the ratio of two medians.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const BENCH_RUNS = Number(process.env.BENCH_RUNS ?? 3);

export function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

export function haveTime() {
  return existsSync("/usr/bin/time");
}

const timeFile = join(tmpdir(), `keyhound-bench-time-${process.pid}.txt`);

/**
 * Runs a command under /usr/bin/time -v; returns wall and CPU seconds, peak RSS (MB: the
 * largest of the process and the children it waited for), status and output. Without
 * /usr/bin/time (Debian package `time`), CPU and RSS are NaN.
 */
export function measure(command, args, options = {}) {
  const spawnOptions = { encoding: "utf8", maxBuffer: 1 << 28, ...options };
  const started = process.hrtime.bigint();
  const result = haveTime()
    ? spawnSync("/usr/bin/time", ["-v", "-o", timeFile, command, ...args], spawnOptions)
    : spawnSync(command, args, spawnOptions);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  let cpu = Number.NaN;
  let rss = Number.NaN;
  if (haveTime()) {
    const text = readFileSync(timeFile, "utf8");
    rmSync(timeFile);
    const field = (name) => Number(new RegExp(`${name}: ([0-9.]+)`).exec(text)?.[1]);
    cpu = field("User time \\(seconds\\)") + field("System time \\(seconds\\)");
    rss = field("Maximum resident set size \\(kbytes\\)") / 1024;
  }
  return { wall, cpu, rss, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs every tool ({ name, run, results }) once per round, `runs` rounds, appending each
 * result to the tool's `results`; returns one row per tool: its median run, plus the tool.
 */
export function runRounds(tools, runs = BENCH_RUNS) {
  for (let round = 1; round <= runs; round++) {
    for (const tool of tools) {
      const result = tool.run();
      log(
        `${tool.name}: run ${round}/${runs}: ${result.wall.toFixed(2)} s wall, ${result.cpu.toFixed(2)} s CPU, ${result.rss.toFixed(0)} MB`,
      );
      tool.results.push(result);
    }
  }
  return tools.map((tool) => ({ ...tool, ...medianRun(tool.results) }));
}

/** The run with the median wall time. */
export function medianRun(results) {
  const sorted = [...results].sort((a, b) => a.wall - b.wall);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The median of a list of numbers. */
export function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * How many times faster `fast` ran than `slow` (rows of runRounds): the median of the rounds'
 * ratios, with a note of their range and of the ratio of the two median runs.
 */
export function pairedSpeedup(slow, fast) {
  const ratios = slow.results.map((result, round) => result.wall / fast.results[round].wall);
  const ratio = medianOf(ratios);
  const note =
    ratios.length > 1
      ? `${ratio.toFixed(2)}x; rounds ${Math.min(...ratios).toFixed(2)}x to ${Math.max(...ratios).toFixed(2)}x, median runs ${(slow.wall / fast.wall).toFixed(2)}x`
      : `${ratio.toFixed(2)}x`;
  return { ratio, note };
}

/** A target line: "ok" or "MISS", then what was checked. */
export function target(met, text) {
  return `${met ? "ok  " : "MISS"} ${text}`;
}

/**
 * The tools the corpus benchmarks compare, each a function that scans a corpus tree once,
 * measured (bench/measure.mjs), and the table and target lines both corpora print.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { plantedFound, prepareTool } from "./corpus.mjs";
import { log, measure, pairedSpeedup, target } from "./measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
export const cli = join(repo, "dist", "cli", "main.js");

/** keyhound scan of `paths` in `tree`, with `workers` worker threads (undefined: its default). */
export function keyhound({ tree, out }, workers, paths = ["."]) {
  return () => {
    const report = join(out, `keyhound-${workers ?? "default"}-${paths.length}.json`);
    const args = [cli, "scan", ...paths, "--no-gitignore", "--format", "json", "--output", report, "--stats"];
    if (workers !== undefined) args.push("--workers", String(workers));
    const result = measure(process.execPath, args, { cwd: tree });
    if (result.status !== 0 && result.status !== 1) throw new Error(`keyhound failed: ${result.stderr}`);
    const json = JSON.parse(readFileSync(report, "utf8"));
    const reportMs = Number(/report (\d+) ms/.exec(result.stderr)?.[1] ?? Number.NaN);
    return {
      ...result,
      bytes: json.stats.bytes,
      findings: json.findings.map((f) => ({ path: f.path, line: f.line, column: f.column })),
      phases: { ...json.stats.timings, reportMs, workers: json.stats.workers },
    };
  };
}

/**
 * secretlint 13 with its recommended preset, installed into bench/.secretlint on first use
 * rather than with the project: 12 and 13 declare Node 22 (they run on Node 20), and 11.7, the
 * newest release for Node 20, took over 7 minutes on the main corpus where 13 takes 13 s.
 */
const SECRETLINT = ["secretlint@13.0.6", "@secretlint/secretlint-rule-preset-recommend@13.1.0"];

export function secretlint({ tree, out }) {
  const modules = prepareTool({
    directory: join(here, ".secretlint"),
    name: "secretlint",
    packages: SECRETLINT,
  });
  const bin = join(modules, "secretlint", "bin", "secretlint.js");
  const config = JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] });
  return () => {
    const report = join(out, "secretlint.txt");
    // The unix format: one line per finding, "path:line:column: message". (The JSON format
    // embeds every file's whole content in the report.)
    const result = measure(
      process.execPath,
      [
        bin,
        "--secretlintrcJSON",
        config,
        "--format",
        "unix",
        "--output",
        report,
        "--no-gitignore",
        "--no-color",
        "**/*",
      ],
      { cwd: tree },
    );
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`secretlint failed: ${result.stderr.slice(0, 2000)}`);
    const findings = [];
    // secretlint prints real paths: a corpus reached through a symbolic link must be resolved too.
    const root = realpathSync(tree);
    for (const line of readFileSync(report, "utf8").split("\n")) {
      const match = /^(.+?):(\d+):(\d+): /.exec(line);
      if (match)
        findings.push({ path: relative(root, match[1]), line: Number(match[2]), column: Number(match[3]) });
    }
    return { ...result, findings };
  };
}

/** ripgrep searching one case-insensitive alternation of every keyword, as a keyword prefilter would. */
export function ripgrep({ tree }, keywords) {
  // Escapes exactly the characters Rust's regex syntax treats as meta; with --no-unicode a
  // keyword outside ASCII (授权码) is written as its UTF-8 bytes.
  const bytes = (text) => [...Buffer.from(text)].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
  const pattern = keywords
    .map((k) => k.replace(/[\\.+*?()|[\]{}^$#&~-]/g, "\\$&").replace(/[^ -~]+/g, bytes))
    .join("|");
  return () => {
    const result = measure(
      "rg",
      ["--no-unicode", "-i", "-uu", "--count", "--no-messages", "-e", pattern, "."],
      { cwd: tree },
    );
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`ripgrep failed: ${result.stderr.slice(0, 2000)}`);
    return { ...result, matchingFiles: result.stdout.split("\n").filter(Boolean).length };
  };
}

/** Reading every file in one Node thread: what any Node scanner pays. */
export function plainRead({ tree }) {
  return () => measure(process.execPath, [join(here, "read.mjs"), "."], { cwd: tree });
}

export function ensureRipgrep() {
  if (spawnSync("rg", ["--version"]).status === 0) return true;
  if (process.getuid?.() === 0 && spawnSync("apt-get", ["--version"]).status === 0) {
    log("ripgrep is missing: installing Debian's package...");
    spawnSync("apt-get", ["install", "-y", "-qq", "ripgrep"], { stdio: "ignore" });
    if (spawnSync("rg", ["--version"]).status === 0) return true;
    spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
    spawnSync("apt-get", ["install", "-y", "-qq", "ripgrep"], { stdio: "ignore" });
  }
  return spawnSync("rg", ["--version"]).status === 0;
}

/**
 * The tool list a benchmark runs in rounds: `add(key, name, run)` appends a tool unless
 * BENCH_SKIP (comma-separated keys) names it.
 */
export function toolList() {
  const skip = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));
  const tools = [];
  const add = (key, name, run) => {
    if (skip.has(key)) log(`${name}: skipped (BENCH_SKIP)`);
    else tools.push({ key, name, run, results: [] });
  };
  return { tools, add, skips: (key) => skip.has(key) };
}

/**
 * keyhound's default (a worker per core beyond the main thread) and one thread only, under
 * the keys "keyhound" and "keyhound-0", and, on more than two cores, two threads
 * ("keyhound-1"), so that two threads can be compared with one on any machine.
 */
export function addKeyhoundThreads(add, corpus) {
  const cores = availableParallelism();
  add("keyhound", `keyhound (default: ${cores} threads)`, keyhound(corpus, undefined));
  if (cores > 2) add("keyhound-1", "keyhound --workers 1 (2 threads)", keyhound(corpus, 1));
  add("keyhound-0", "keyhound --workers 0 (1 thread)", keyhound(corpus, 0));
}

/** The results table of the rows of runRounds; `megabytes` is the corpus's size. */
export function resultTable(rows, { megabytes, planted }) {
  const pad = (text, width) => String(text).padStart(width);
  const lines = [
    `${"tool".padEnd(38)}${pad("wall s", 8)}${pad("MB/s", 8)}${pad("CPU s", 8)}${pad("RSS MB", 8)}${pad("planted", 9)}${pad("findings", 10)}`,
    "(findings: credentials reported; for ripgrep, files with a keyword)",
  ];
  for (const row of rows) {
    const found = row.findings ? `${plantedFound(planted, row.findings).length}/${planted.length}` : "-";
    const count = row.findings
      ? row.findings.length
      : row.matchingFiles !== undefined
        ? `${row.matchingFiles}f`
        : "-";
    lines.push(
      `${row.name.padEnd(38)}${pad(row.wall.toFixed(2), 8)}${pad(((row.bytes ? row.bytes / 1e6 : megabytes) / row.wall).toFixed(0), 8)}${pad(row.cpu.toFixed(2), 8)}${pad(row.rss.toFixed(0), 8)}${pad(found, 9)}${pad(count, 10)}`,
    );
  }
  return lines;
}

/** The target lines every corpus checks: 10x secretlint, and two threads 1.3x one. */
export function speedTargets(rows, corpusName) {
  const by = (key) => rows.find((row) => row.key === key);
  const lines = [];
  const kh = by("keyhound");
  const sl = by("secretlint");
  if (kh && sl) {
    const { ratio, note } = pairedSpeedup(sl, kh);
    lines.push(target(ratio >= 10, `at least 10x secretlint on the ${corpusName} (${note})`));
  }
  const twoThreads = by("keyhound-1") ?? (availableParallelism() === 2 ? kh : undefined);
  const oneThread = by("keyhound-0");
  if (twoThreads && oneThread) {
    const { ratio, note } = pairedSpeedup(oneThread, twoThreads);
    lines.push(target(ratio >= 1.3, `two threads at least 1.3x one thread on the ${corpusName} (${note})`));
  }
  return lines;
}

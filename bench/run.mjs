#!/usr/bin/env node
/**
 * `npm run bench`: keyhound against its peers on a few hundred MB of real code.
 *
 * The corpus (bench/.corpus/, git-ignored) is a set of large npm packages installed with the
 * ordinary npm client, pinned to exact versions, plus planted credentials of many types and
 * long minified lines (bench/planted.mjs). Then, side by side in the same run, each timed
 * with /usr/bin/time (wall, CPU, peak RSS):
 *   - plain reading of every file (Node, one thread): what any Node scanner pays;
 *   - ripgrep searching one alternation of the catalog's keywords: the floor for a keyword
 *     prefilter (Debian's `ripgrep`, installed with apt-get when missing and possible);
 *   - keyhound with all cores, one worker, and in the main thread only;
 *   - secretlint 13 with its recommended preset (13.x declares Node 22 but runs on Node 20).
 * Each is run BENCH_RUNS times (default 3), in rounds (every tool once, then again), and the
 * median run is shown. A round pairs each keyhound run with the secretlint run that follows
 * it, so that both meet the same load on a shared machine: the check against secretlint takes
 * the median of those paired ratios.
 *
 * Environment: BENCH_RUNS=n, BENCH_SKIP=secretlint,ripgrep (comma-separated tool keys),
 * BENCH_REBUILD=1 to rebuild the corpus.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const corpus = join(here, ".corpus");
const tree = join(corpus, "tree");
const out = join(corpus, "out");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const skip = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));

/** Large packages of real JS/TS/JSON/Markdown, pinned so every run scans the same bytes. */
const PACKAGES = [
  "typescript@5.9.3",
  "aws-sdk@2.999.0",
  "monaco-editor@0.57.0",
  "three@0.187.0",
  "pdfjs-dist@6.5.438",
  "rxjs@7.8.2",
  "lodash@4.18.1",
  "echarts@6.1.0",
  "@babel/core@8.1.3",
  "@babel/types@8.1.3",
  "@angular/core@22.2.6",
  "@angular/compiler@22.2.6",
  "ace-builds@1.45.2",
];

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Corpus

async function buildCorpus() {
  const rebuild = Boolean(process.env.BENCH_REBUILD);
  const packagesStamp = stamp(JSON.stringify(PACKAGES));
  if (!rebuild && readStamp("packages") === packagesStamp) {
    log("packages are installed (BENCH_REBUILD=1 reinstalls them)");
  } else {
    rmSync(corpus, { recursive: true, force: true });
    mkdirSync(join(corpus, "npm"), { recursive: true });
    writeFileSync(
      join(corpus, "npm", "package.json"),
      '{ "name": "keyhound-bench-corpus", "private": true }\n',
    );
    log(`installing ${PACKAGES.length} packages with npm (registry only, no install scripts)...`);
    execFileSync(
      "npm",
      [
        "install",
        "--prefix",
        join(corpus, "npm"),
        "--no-save",
        "--ignore-scripts",
        "--omit=optional",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        ...PACKAGES,
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    // secretlint skips folders named node_modules whatever it is told: rename them, so that
    // every tool reads the same files.
    mkdirSync(tree, { recursive: true });
    renameSync(join(corpus, "npm", "node_modules"), join(tree, "packages"));
    renameNested(join(tree, "packages"));
    writeStamp("packages", packagesStamp);
  }
  const plantedStamp = stamp(readFileSync(join(here, "planted.mjs")));
  if (rebuild || readStamp("planted") !== plantedStamp || !existsSync(join(corpus, "planted.json"))) {
    rmSync(join(tree, "planted"), { recursive: true, force: true });
    const { plant } = await import("./planted.mjs");
    writeFileSync(join(corpus, "planted.json"), JSON.stringify(plant(tree), null, 1));
    writeStamp("planted", plantedStamp);
  }
  const planted = JSON.parse(readFileSync(join(corpus, "planted.json"), "utf8"));
  const { files, bytes } = measureTree(tree);
  return { planted, files, bytes };
}

function stamp(content) {
  return createHash("sha256").update(content).digest("hex");
}

function readStamp(name) {
  const path = join(corpus, `${name}.stamp`);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function writeStamp(name, value) {
  writeFileSync(join(corpus, `${name}.stamp`), value);
}

function renameNested(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let path = join(directory, entry.name);
    if (entry.name === "node_modules") {
      renameSync(path, `${path}_`);
      path = `${path}_`;
    }
    renameNested(path);
  }
}

function measureTree(root) {
  let files = 0;
  let bytes = 0;
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  walk(root);
  return { files, bytes };
}

// ---------------------------------------------------------------------------------------------
// Running and measuring

function haveTime() {
  return existsSync("/usr/bin/time");
}

/** Runs a command under /usr/bin/time -v; returns wall and CPU seconds, peak RSS (MB), output. */
function measure(command, args, options = {}) {
  const timeFile = join(out, "time.txt");
  const started = process.hrtime.bigint();
  const result = haveTime()
    ? spawnSync("/usr/bin/time", ["-v", "-o", timeFile, command, ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
        ...options,
      })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28, ...options });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  let cpu = Number.NaN;
  let rss = Number.NaN;
  if (haveTime()) {
    const text = readFileSync(timeFile, "utf8");
    const field = (name) => Number(new RegExp(`${name}: ([0-9.]+)`).exec(text)?.[1]);
    cpu = field("User time \\(seconds\\)") + field("System time \\(seconds\\)");
    rss = field("Maximum resident set size \\(kbytes\\)") / 1024;
  }
  return { wall, cpu, rss, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The run with the median wall time. */
function medianRun(results) {
  const sorted = [...results].sort((a, b) => a.wall - b.wall);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The median of a list of numbers. */
function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function ensureRipgrep() {
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

/** Which planted credentials a tool reported: a finding on one of the credential's lines. */
function plantedFound(planted, findings) {
  const byPath = new Map();
  for (const finding of findings) {
    const list = byPath.get(finding.path) ?? [];
    list.push(finding);
    byPath.set(finding.path, list);
  }
  return planted.filter((credential) =>
    (byPath.get(credential.path) ?? []).some((finding) =>
      credential.spans.some(
        (span) => span.line === finding.line && finding.column >= span.start && finding.column <= span.end,
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The tools

const cli = join(repo, "dist", "cli", "main.js");

function keyhound(workers, paths = ["."]) {
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

function secretlint() {
  const bin = join(repo, "node_modules", "secretlint", "bin", "secretlint.js");
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
    for (const line of readFileSync(report, "utf8").split("\n")) {
      const match = /^(.+?):(\d+):(\d+): /.exec(line);
      if (match)
        findings.push({ path: relative(tree, match[1]), line: Number(match[2]), column: Number(match[3]) });
    }
    return { ...result, findings };
  };
}

function ripgrep(keywords) {
  // One case-insensitive alternation of every keyword, as a keyword prefilter would search.
  // Escapes exactly the characters Rust's regex syntax treats as meta.
  const pattern = keywords.map((k) => k.replace(/[\\.+*?()|[\]{}^$#&~-]/g, "\\$&")).join("|");
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

function plainRead() {
  return () => measure(process.execPath, [join(here, "read.mjs"), "."], { cwd: tree });
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run bench` (it builds first)");
  const { planted, files, bytes } = await buildCorpus();
  mkdirSync(out, { recursive: true });
  const megabytes = bytes / 1e6;
  const { catalog } = await import(join(repo, "dist", "detectors", "index.js"));
  const keywords = [...new Set(catalog.flatMap((d) => d.keywords.map((k) => k.toLowerCase())))];
  const cores = availableParallelism();
  log(`corpus: ${files} files, ${megabytes.toFixed(0)} MB, ${planted.length} planted credentials`);
  log(
    `catalog: ${catalog.length} detectors, ${keywords.length} keywords; ${cores} cores (${cpus()[0]?.model ?? "?"})`,
  );
  if (!haveTime()) log("/usr/bin/time is missing (Debian package `time`): CPU and memory are not measured");

  const tools = [];
  const add = (key, name, run) => {
    if (skip.has(key)) return log(`${name}: skipped (BENCH_SKIP)`);
    tools.push({ key, name, run, results: [] });
  };
  // Each round starts with plain reading, which also warms the page cache for the tools after it.
  add("read", "plain read (Node, 1 thread)", plainRead());
  if (!skip.has("ripgrep") && !ensureRipgrep())
    log("ripgrep: not installed and cannot be installed here: skipped");
  else add("ripgrep", "ripgrep --no-unicode (keyword floor)", ripgrep(keywords));
  // By default keyhound scans in the main thread plus one worker per other core.
  add("keyhound", `keyhound (default: ${cores} threads)`, keyhound(undefined));
  if (cores > 2) add("keyhound-1", "keyhound --workers 1 (2 threads)", keyhound(1));
  add("keyhound-0", "keyhound --workers 0 (1 thread)", keyhound(0));
  // The same tree named twice: twice the files and bytes, to show memory does not grow with them.
  add("keyhound-twice", "keyhound (default), corpus twice", keyhound(undefined, [".", "."]));
  add("secretlint", "secretlint 13 (recommended preset)", secretlint());
  for (let round = 1; round <= runs; round++) {
    for (const tool of tools) {
      const result = tool.run();
      log(
        `${tool.name}: run ${round}/${runs}: ${result.wall.toFixed(2)} s wall, ${result.cpu.toFixed(2)} s CPU, ${result.rss.toFixed(0)} MB`,
      );
      tool.results.push(result);
    }
  }
  const rows = tools.map(({ key, name, results }) => ({ key, name, results, ...medianRun(results) }));

  // The table.
  const pad = (text, width) => String(text).padStart(width);
  const lines = [
    "",
    `Corpus: ${files} files, ${megabytes.toFixed(0)} MB (${PACKAGES.length} npm packages + planted files), ${planted.length} planted credentials.`,
    `Machine: ${cores} cores, Node ${process.version}; median of ${runs} run(s).`,
    "",
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

  const by = (key) => rows.find((row) => row.key === key);
  const kh = by("keyhound");
  if (kh) {
    lines.push("", "Ratios (throughput of keyhound by default / the other):");
    for (const row of rows) {
      if (row === kh || row.key === "keyhound-twice") continue;
      lines.push(
        `  vs ${row.name.padEnd(36)} ${(row.wall / kh.wall).toFixed(2)}x   (CPU ${(kh.cpu / row.cpu).toFixed(2)}x as much)`,
      );
    }
    const p = kh.phases;
    lines.push(
      "",
      `keyhound phases (thread-seconds, ${p.workers} worker threads): walk ${(p.walkMs / 1000).toFixed(2)}, read ${(p.readMs / 1000).toFixed(2)}, prefilter ${(p.prefilterMs / 1000).toFixed(2)}, match ${(p.matchMs / 1000).toFixed(2)}, report ${(p.reportMs / 1000).toFixed(2)}`,
    );
    const sl = by("secretlint");
    const rg = by("ripgrep");
    const checks = [];
    if (sl) {
      // Shared machines are noisy: the check takes the median of the rounds' ratios (each
      // keyhound run against the secretlint run of its round), and shows their range and the
      // ratio of the two tools' median runs.
      const paired = sl.results.map((result, round) => result.wall / kh.results[round].wall);
      const ratio = medianOf(paired);
      const range =
        runs > 1
          ? `; rounds ${Math.min(...paired).toFixed(1)}x to ${Math.max(...paired).toFixed(1)}x, median runs ${(sl.wall / kh.wall).toFixed(1)}x`
          : "";
      checks.push(
        `${ratio >= 10 ? "ok  " : "MISS"} at least 10x secretlint's throughput (${ratio.toFixed(1)}x${range})`,
      );
      const mine = plantedFound(planted, kh.findings).length;
      const theirs = plantedFound(planted, sl.findings).length;
      checks.push(
        `${mine > theirs ? "ok  " : "MISS"} more planted keys than secretlint (${mine} against ${theirs})`,
      );
    }
    if (rg)
      checks.push(
        `${kh.wall <= 3 * rg.wall ? "ok  " : "MISS"} within 3x of the ripgrep floor (${(kh.wall / rg.wall).toFixed(2)}x its time)`,
      );
    const twice = by("keyhound-twice");
    const peak = Math.max(kh.rss, twice?.rss ?? 0);
    checks.push(
      `${peak < 300 ? "ok  " : "MISS"} peak memory under 300 MB (${kh.rss.toFixed(0)} MB; ${twice ? `${twice.rss.toFixed(0)} MB on the corpus twice` : "-"})`,
    );
    lines.push("", "Targets:", ...checks.map((c) => `  ${c}`));
    const missed = planted
      .filter((c) => !plantedFound([c], kh.findings).length)
      .map((c) => `${c.type} (${c.path})`);
    if (missed.length > 0) lines.push("", `Planted credentials keyhound missed: ${missed.join(", ")}`);
    if (sl) {
      const slMissed = planted.filter((c) => !plantedFound([c], sl.findings).length).map((c) => c.type);
      lines.push(`Planted credentials secretlint missed: ${slMissed.join(", ") || "none"}`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  writeFileSync(join(out, "results.txt"), `${lines.join("\n")}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

#!/usr/bin/env node
/**
 * History benchmark: `keyhound git` on a generated repository of thousands of commits (and on
 * a real one: KEYHOUND_BENCH_REPO, else this repository), side by side with the time
 * `git cat-file --batch-all-objects --batch` takes to read every object. That command reads in
 * object-id order, which defeats git's delta cache on large packs; with `--unordered` it reads
 * in pack order, the fastest git can go, and that is the floor the ratio is measured against:
 * no scanner that reads blobs through git can be faster.
 *
 *   npm run bench:history                     # 3000 commits
 *   KEYHOUND_BENCH_COMMITS=20000 npm run bench:history
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "main.js");
const { prng, randomChars } = await import(join(root, "dist", "catalog", "synth.js"));

const COMMITS = Number(process.env.KEYHOUND_BENCH_COMMITS ?? 3000);
const FILES = 400;
const RUNS = 3;
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: tmpdir() };

const anthropicKey = (label) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

/** Module bodies, built once: a revision changes only the first line, which makes a new blob. */
const bodies = [];
function sourceFile(index, revision, random) {
  if (bodies[index] === undefined) {
    const count = 40 + Math.floor(random() * 80);
    const lines = [];
    for (let i = 0; i < count; i++) {
      lines.push(
        `export const value${i} = compute("${randomChars("hexLower", 16, `${index}:${i}`)}", ${i});\n`,
      );
    }
    bodies[index] = lines.join("");
  }
  return `// module ${index}, revision ${revision}\n${bodies[index]}`;
}

/**
 * Writes a `git fast-import` stream through `write`: `commits` commits on main, each changing
 * three files; a secret planted every 250 commits (half of them deleted again ten commits
 * later) and one on a branch never merged. Returns how many distinct secrets it planted.
 */
function writeHistory(commits, write) {
  const random = prng(42);
  const revisions = new Array(FILES).fill(0);
  const path = (i) => `src/dir${i % 20}/module${i}.ts`;
  const inline = (file, content) =>
    `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  const commit = (ref, n, message, body, from) => {
    const date = 1_600_000_000 + n * 600;
    write(
      `commit ${ref}\nmark :${n + 1}\nauthor Bench <bench@example.com> ${date} +0000\n` +
        `committer Bench <bench@example.com> ${date} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n` +
        (from ? `from :${from}\n` : "") +
        body,
    );
  };
  let planted = 0;
  let body = "";
  for (let i = 0; i < FILES; i++) body += inline(path(i), sourceFile(i, 0, random));
  commit("refs/heads/main", 0, "Initial import", body);
  for (let n = 1; n < commits; n++) {
    body = "";
    for (let k = 0; k < 3; k++) {
      const i = Math.floor(random() * FILES);
      body += inline(path(i), sourceFile(i, ++revisions[i], random));
    }
    if (n % 250 === 0) {
      body += inline(
        `config/settings-${n}.env`,
        `DEBUG=0\nANTHROPIC_API_KEY=${anthropicKey(`bench-${n}`)}\n`,
      );
      planted++;
    }
    if (n % 500 === 10 && n > 10) body += `D config/settings-${n - 10}.env\n`;
    commit("refs/heads/main", n, `Change ${n}`, body, n);
  }
  const branchBody = inline(
    "experiments/try.py",
    `client = Anthropic(api_key="${anthropicKey("bench-branch")}")\n`,
  );
  commit("refs/heads/experiment", commits, "Unmerged experiment", branchBody, Math.floor(commits / 2));
  return planted + 1;
}

function generate(commits) {
  const dir = join(root, "bench", ".history-corpus", `commits-${commits}`);
  const marker = join(dir, "planted");
  if (existsSync(marker)) return { dir, planted: Number(readFileSync(marker, "utf8")) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  run("git", ["-c", "init.defaultBranch=main", "init", "-q", "--bare", dir]);
  // Written to a file as it is generated: tens of thousands of commits would not fit in one string.
  const streamFile = join(dir, "fast-import.stream");
  const fd = openSync(streamFile, "w");
  const planted = writeHistory(commits, (text) => writeSync(fd, text));
  closeSync(fd);
  run("sh", ["-c", 'git fast-import --quiet < "$1"', "sh", streamFile], { cwd: dir });
  rmSync(streamFile);
  run("git", ["gc", "-q"], { cwd: dir });
  writeFileSync(marker, String(planted));
  console.log(`generated ${dir} in ${seconds(performance.now() - started)}`);
  return { dir, planted };
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { env: gitEnv, maxBuffer: 1 << 30, ...options });
  if (result.status !== 0 && !options.allowStatus?.includes(result.status)) {
    throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr?.toString() ?? result.error}`);
  }
  return result;
}

/** The best of RUNS wall-clock times, in milliseconds: the machine's noise only adds. */
function best(command, args, options) {
  let fastest = Number.POSITIVE_INFINITY;
  let last;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = run(command, args, options);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { ms: fastest, result: last };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function measure(label, repo, planted) {
  const objects = run("git", ["count-objects", "-v"], { cwd: repo }).stdout.toString();
  const size = /size-pack: (\d+)/.exec(objects)?.[1] ?? "?";
  const catFile = (...extra) =>
    best("git", ["cat-file", "--batch-all-objects", "--batch", ...extra], {
      cwd: repo,
      stdio: ["ignore", "ignore", "pipe"],
    });
  const ordered = catFile();
  const floor = catFile("--unordered");
  const report = join(tmpdir(), `keyhound-bench-${process.pid}.json`);
  const scan = best("node", [cli, "git", repo, "--format", "json", "--output", report], {
    allowStatus: [0, 1],
    stdio: ["ignore", "ignore", "pipe"],
  });
  const startup = best("node", [cli, "--version"], { stdio: ["ignore", "ignore", "pipe"] });
  const { stats, findings } = JSON.parse(readFileSync(report, "utf8"));
  rmSync(report, { force: true });
  console.log(
    `\n${label}: ${stats.commits} commits, ${stats.files} unique blobs scanned (${size} KiB packed)`,
  );
  const row = (name, ms, note = "") => console.log(`  ${name.padEnd(56)}${seconds(ms).padStart(9)}${note}`);
  row("git cat-file --batch-all-objects --batch", ordered.ms);
  row("git cat-file --batch-all-objects --batch --unordered", floor.ms, "   the floor");
  row(
    "keyhound git",
    scan.ms,
    `   ${(scan.ms / floor.ms).toFixed(1)}x the floor, of which start-up ${seconds(startup.ms)}`,
  );
  if (planted !== undefined) {
    const found = new Set(findings.filter((f) => f.detector === "anthropic").map((f) => f.secretHash)).size;
    console.log(`  planted secrets found: ${found} of ${planted}`);
    if (found !== planted) process.exitCode = 1;
  } else {
    console.log(`  findings: ${findings.length}`);
  }
}

if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
const generated = generate(COMMITS);
measure(`generated repository`, generated.dir, generated.planted);
const real = process.env.KEYHOUND_BENCH_REPO ?? root;
if (existsSync(join(real, ".git")) || existsSync(join(real, "HEAD")))
  measure(`real repository ${real}`, real);

#!/usr/bin/env node
/**
 * History benchmark: `keyhound git`'s wall time and peak memory against the size of the
 * history, on generated repositories of growing size (3,000, 20,000 and 60,000 commits by
 * default) and on a real one (KEYHOUND_BENCH_REPO, else this repository).
 *
 * Beside keyhound, `git cat-file --batch-all-objects --batch --unordered`: git reading every
 * object in pack order, the fastest git can go, so no scanner that reads blobs through git
 * can be faster; that is the floor keyhound is measured against. (Without --unordered it
 * reads in object-id order, which defeats git's delta cache on large packs.) Two peaks of
 * memory: /usr/bin/time's, the largest of keyhound's process and the git processes it waits
 * for, and keyhound's process alone (bench/own-peak-rss.mjs).
 * Every figure is the median of BENCH_RUNS rounds (default 3; bench/measure.mjs).
 *
 * Generated histories grow as real ones do: each commit edits one to three files (a new
 * blob each), every other commit adds a file at a new path, one in fifty deletes one, so
 * 60,000 commits hold about 150,000 unique blobs (2 KB of code-like text each) at about
 * 30,000 paths; the bookkeeping keyhound keeps per blob and per path grows with them. A
 * secret is planted every 250 commits (half of them deleted again ten commits later) and one
 * on a branch never merged: each must be found. The stream is written for `git fast-import`,
 * then packed with `git gc`, into bench/.history-corpus/ (git-ignored), where it is kept:
 * re-runs reuse it.
 *
 * No real repository of that size could be used instead: npm's packer always leaves .git
 * out of a package, and Debian's packages install files, not repositories.
 *
 *   npm run bench:history
 *   KEYHOUND_BENCH_COMMITS=3000 npm run bench:history          # comma-separated sizes
 *   KEYHOUND_BENCH_REPO=/path/to/repo npm run bench:history
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
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
import { fileURLToPath, pathToFileURL } from "node:url";
import { BENCH_RUNS, haveTime, log, measure, runRounds } from "./measure.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "main.js");
const ownPeakRss = pathToFileURL(join(root, "bench", "own-peak-rss.mjs")).href;
const { prng, randomChars } = await import(join(root, "dist", "catalog", "synth.js"));

const SIZES = (process.env.KEYHOUND_BENCH_COMMITS ?? "3000,20000,60000").split(",").map(Number);
const INITIAL_FILES = 400;
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: tmpdir() };

const anthropicKey = (label) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

/**
 * The lines files are made of: code-like statements, some naming keys, tokens or passwords
 * the way code does (from the environment or a config object, never a literal), so that the
 * keyword prefilter passes some lines on to the detectors as it would in a real repository.
 */
function linePool(random) {
  const names = [
    "user",
    "order",
    "session",
    "invoice",
    "cache",
    "queue",
    "client",
    "report",
    "event",
    "item",
  ];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const templates = [
    (n, h) => `export const ${n}${h.slice(0, 4)} = compute("${h}", ${h.length});`,
    (n, h) => `  if (!${n}.ready) throw new Error("${n} ${h.slice(0, 6)} is not ready");`,
    (n, h) => `  const ${n}Count = await db.count("${n}s", { shard: "${h.slice(0, 8)}" });`,
    (n, h) => `  return ${n}.items.filter((entry) => entry.id !== "${h}");`,
    (n) => `  logger.debug("loading ${n}", { at: Date.now() });`,
    (n) => `  const apiKey = process.env.${n.toUpperCase()}_API_KEY;`,
    (n) => `  headers.Authorization = \`Bearer \${await ${n}Tokens.current()}\`;`,
    (n) => `  const password = config.get("${n}.password");`,
  ];
  const pool = [];
  for (let i = 0; i < 2000; i++) {
    const template = pool.length % 12 === 0 ? pick(templates.slice(5)) : pick(templates.slice(0, 5));
    pool.push(`${template(pick(names), randomChars("hexLower", 16, `line-${i}`))}\n`);
  }
  return pool;
}

const EXTENSIONS = [".ts", ".ts", ".ts", ".js", ".js", ".py", ".md"];
const AREAS = ["api", "auth", "billing", "core", "db", "events", "jobs", "search", "ui", "utils"];

/**
 * Writes a `git fast-import` stream through `write`: `commits` commits on main, and one on a
 * branch never merged. Every blob it writes is unique (a file's revision is in its first
 * line). Returns how many distinct secrets it planted.
 */
function writeHistory(commits, write) {
  const random = prng(42);
  const pool = linePool(random);
  const files = [];
  const live = [];
  const addFile = () => {
    const id = files.length;
    const area = AREAS[id % AREAS.length];
    const path = `src/${area}/part${Math.floor(id / 100)}/${area}${id}${EXTENSIONS[id % EXTENSIONS.length]}`;
    files.push({
      path,
      seed: Math.floor(random() * 2 ** 31),
      lines: 10 + Math.floor(random() * 50),
      revision: 0,
    });
    live.push(id);
    return id;
  };
  const content = ({ path, seed, lines, revision }) => {
    const pick = prng(seed);
    let text = `// ${path}, revision ${revision}\n`;
    for (let i = 0; i < lines; i++) text += pool[Math.floor(pick() * pool.length)];
    return text;
  };
  const inline = (path, text) => `M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  const edit = (id) => {
    files[id].revision++;
    return inline(files[id].path, content(files[id]));
  };
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
  for (let i = 0; i < INITIAL_FILES; i++) body += edit(addFile());
  commit("refs/heads/main", 0, "Initial import", body);
  for (let n = 1; n < commits; n++) {
    body = "";
    // Deleted before the edits, so that no blob is written only to be deleted in its commit.
    if (random() < 0.02) {
      const index = Math.floor(random() * live.length);
      body += `D ${files[live[index]].path}\n`;
      live[index] = live[live.length - 1];
      live.pop();
    }
    // Distinct files: a second edit of a file in the same commit would leave the first blob unreachable.
    const edited = new Set();
    const edits = 1 + Math.floor(random() * 3);
    while (edited.size < edits) edited.add(live[Math.floor(random() * live.length)]);
    for (const id of edited) body += edit(id);
    if (random() < 0.5) body += edit(addFile());
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

/**
 * The repository of `commits` commits, generated unless bench/.history-corpus/ has it from
 * the same generator code.
 */
function generate(commits) {
  const dir = join(root, "bench", ".history-corpus", `history-${commits}`);
  const marker = join(dir, "generated.json");
  const generator = createHash("sha256")
    .update([linePool, writeHistory, EXTENSIONS, AREAS, INITIAL_FILES].map(String).join("\n"))
    .digest("hex");
  if (existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, "utf8"));
    if (previous.generator === generator) return { dir, planted: previous.planted };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating a history of ${commits} commits...`);
  const started = performance.now();
  git(["-c", "init.defaultBranch=main", "init", "-q", "--bare", dir]);
  // Written to a file as it is generated, in large writes: tens of thousands of commits
  // would not fit in one string.
  const streamFile = join(dir, "fast-import.stream");
  const fd = openSync(streamFile, "w");
  let pending = [];
  let pendingBytes = 0;
  const flush = () => {
    writeSync(fd, pending.join(""));
    pending = [];
    pendingBytes = 0;
  };
  const planted = writeHistory(commits, (text) => {
    pending.push(text);
    pendingBytes += text.length;
    if (pendingBytes > 1 << 22) flush();
  });
  flush();
  closeSync(fd);
  git(["fast-import", "--quiet"], { cwd: dir, stdio: [openSync(streamFile, "r"), "ignore", "pipe"] });
  rmSync(streamFile);
  git(["gc", "-q"], { cwd: dir });
  writeFileSync(marker, JSON.stringify({ generator, planted }));
  log(`generated ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, planted };
}

function git(args, options = {}) {
  const result = spawnSync("git", args, { env: gitEnv, maxBuffer: 1 << 30, ...options });
  if (result.status !== 0)
    throw new Error(`git ${args.join(" ")} failed: ${result.stderr?.toString() ?? result.error}`);
  return result;
}

/** The blobs the object store holds: how many, and their bytes. */
function blobsOf(repo) {
  const listing = git(["cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectsize)"], {
    cwd: repo,
  }).stdout.toString();
  let count = 0;
  let bytes = 0;
  for (const line of listing.split("\n")) {
    if (!line.startsWith("blob ")) continue;
    count++;
    bytes += Number(line.slice(5));
  }
  return { count, bytes };
}

/** Times the floor and keyhound git on `repo` in rounds; checks the planted secrets if known. */
function benchmark(label, repo, planted) {
  const report = join(tmpdir(), `keyhound-bench-history-${process.pid}.json`);
  const rssFile = join(tmpdir(), `keyhound-bench-rss-${process.pid}.txt`);
  const quiet = { cwd: repo, env: gitEnv, stdio: ["ignore", "ignore", "pipe"] };
  const tools = [
    {
      name: `${label}: git cat-file --unordered`,
      run: () => measure("git", ["cat-file", "--batch-all-objects", "--batch", "--unordered"], quiet),
      results: [],
    },
    {
      name: `${label}: keyhound git`,
      run: () => {
        const result = measure(
          process.execPath,
          ["--import", ownPeakRss, cli, "git", repo, "--format", "json", "--output", report],
          { ...quiet, env: { ...gitEnv, KEYHOUND_BENCH_RSS_FILE: rssFile } },
        );
        if (result.status !== 0 && result.status !== 1)
          throw new Error(`keyhound git failed: ${result.stderr}`);
        const { stats, findings } = JSON.parse(readFileSync(report, "utf8"));
        const nodeRss = Number(readFileSync(rssFile, "utf8")) / 1024;
        rmSync(report, { force: true });
        rmSync(rssFile, { force: true });
        const secrets = new Set(findings.filter((f) => f.detector === "anthropic").map((f) => f.secretHash));
        return { ...result, nodeRss, commits: stats.commits, found: secrets.size };
      },
      results: [],
    },
  ];
  const [floor, keyhound] = runRounds(tools);
  const blobs = blobsOf(repo);
  if (planted !== undefined && keyhound.found !== planted) process.exitCode = 1;
  return { label, floor, keyhound, blobs, planted };
}

function table(rows, startup) {
  const columns = [
    ["repository", 18, (row) => row.label],
    ["commits", 9, (row) => row.keyhound.commits],
    ["blobs", 9, (row) => row.blobs.count],
    ["blob MB", 9, (row) => (row.blobs.bytes / 1e6).toFixed(0)],
    ["keyhound s", 12, (row) => row.keyhound.wall.toFixed(2)],
    ["floor s", 9, (row) => row.floor.wall.toFixed(2)],
    ["x floor", 9, (row) => (row.keyhound.wall / row.floor.wall).toFixed(1)],
    ["peak RSS MB", 13, (row) => row.keyhound.rss.toFixed(0)],
    ["node RSS MB", 13, (row) => row.keyhound.nodeRss.toFixed(0)],
    ["planted", 9, (row) => (row.planted === undefined ? "-" : `${row.keyhound.found}/${row.planted}`)],
  ];
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(columns[i][1]) : cell.padStart(columns[i][1]))).join("");
  return [
    "",
    `keyhound git against history size, median of ${BENCH_RUNS} run(s).`,
    "floor: git cat-file --batch-all-objects --batch --unordered; peak RSS: /usr/bin/time's, the largest of",
    "keyhound's process and the git processes it runs; node RSS: keyhound's process alone (workers included).",
    "",
    line(columns.map(([title]) => title)),
    ...rows.map((row) => line(columns.map(([, , value]) => String(value(row))))),
    "",
    `keyhound start-up (--version): ${startup.wall.toFixed(2)} s, included in every keyhound time above`,
  ];
}

if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
if (!haveTime()) log("/usr/bin/time is missing (Debian package `time`): memory is not measured");
const rows = [];
for (const commits of SIZES) {
  const { dir, planted } = generate(commits);
  rows.push(benchmark(`generated ${commits}`, dir, planted));
}
const real = process.env.KEYHOUND_BENCH_REPO ?? root;
if (existsSync(join(real, ".git")) || existsSync(join(real, "HEAD"))) rows.push(benchmark("real", real));
const [startup] = runRounds([
  { name: "keyhound --version", run: () => measure(process.execPath, [cli, "--version"]), results: [] },
]);
console.log(table(rows, startup).join("\n"));
if (real !== root) console.log(`real: ${real}`);
if (process.exitCode === 1)
  console.log("MISS: keyhound did not find every planted secret (the planted column)");

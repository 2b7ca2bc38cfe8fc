#!/usr/bin/env node
import { execFileSync } from "node:child_process";
/**
 * `npm run bench` (first of its scripts): keyhound against its peers on a few hundred MB of
 * real code.
 *
 * The corpus (bench/.corpus/, git-ignored; bench/corpus.mjs) is a set of large npm packages,
 * pinned to exact versions, plus planted credentials of many types and long minified lines
 * (bench/planted.mjs). Then, side by side in the same run, each timed with /usr/bin/time
 * (wall, CPU, peak RSS; bench/measure.mjs):
 *   - plain reading of every file (Node, one thread): what any Node scanner pays;
 *   - ripgrep searching one alternation of the catalog's keywords: the floor for a keyword
 *     prefilter (Debian's `ripgrep`, installed with apt-get when missing and possible);
 *   - keyhound with all cores, two threads (on more than two cores), and in the main thread only;
 *   - secretlint 13 with its recommended preset.
 * Each is run BENCH_RUNS times (default 3), in rounds (every tool once, then again), and the
 * median run is shown; comparisons take the median of the rounds' ratios.
 * bench/small-files.mjs runs the same tools on a corpus of more, smaller files.
 *
 * Environment: BENCH_RUNS=n, BENCH_SKIP=secretlint,ripgrep (comma-separated tool keys),
 * BENCH_REBUILD=1 to rebuild the corpus.
 */
import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { plantedFound, prepareCorpus } from "./corpus.mjs";
import { BENCH_RUNS, haveTime, log, runRounds, target } from "./measure.mjs";
import {
  addKeyhoundThreads,
  cli,
  ensureRipgrep,
  keyhound,
  plainRead,
  resultTable,
  ripgrep,
  secretlint,
  speedTargets,
  toolList,
} from "./tools.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");

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

async function main() {
  if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run bench` (it builds first)");
  const corpus = await prepareCorpus({
    directory: join(here, ".corpus"),
    name: "main corpus",
    packages: PACKAGES,
  });
  const { planted, files, bytes, out } = corpus;
  const megabytes = bytes / 1e6;
  const { catalog } = await import(join(repo, "dist", "catalog", "index.js"));
  const keywords = [...new Set(catalog.flatMap((d) => d.keywords.map((k) => k.toLowerCase())))];
  const cores = availableParallelism();
  log(`corpus: ${files} files, ${megabytes.toFixed(0)} MB, ${planted.length} planted credentials`);
  log(
    `catalog: ${catalog.length} detectors, ${keywords.length} keywords; ${cores} cores (${cpus()[0]?.model ?? "?"})`,
  );
  if (!haveTime()) log("/usr/bin/time is missing (Debian package `time`): CPU and memory are not measured");

  const { tools, add, skips } = toolList();
  // Each round starts with plain reading, which also warms the page cache for the tools after it.
  add("read", "plain read (Node, 1 thread)", plainRead(corpus));
  if (!skips("ripgrep") && !ensureRipgrep())
    log("ripgrep: not installed and cannot be installed here: skipped");
  else add("ripgrep", "ripgrep --no-unicode (keyword floor)", ripgrep(corpus, keywords));
  addKeyhoundThreads(add, corpus);
  // The tree and a hard-linked copy of it (a path named twice is scanned once): twice the files
  // and bytes, to show memory does not grow with them.
  add(
    "keyhound-twice",
    "keyhound (default), corpus twice",
    keyhound(corpus, undefined, [".", linkedCopy(corpus)]),
  );
  add("secretlint", "secretlint 13 (recommended preset)", secretlint(corpus));
  const rows = runRounds(tools);

  const lines = [
    "",
    `Corpus: ${files} files, ${megabytes.toFixed(0)} MB (${PACKAGES.length} npm packages + planted files), ${planted.length} planted credentials.`,
    `Machine: ${cores} cores, Node ${process.version}; median of ${BENCH_RUNS} run(s).`,
    "",
    ...resultTable(rows, { megabytes, planted }),
  ];

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
    const checks = speedTargets(rows, "main corpus");
    if (sl) {
      const mine = plantedFound(planted, kh.findings).length;
      const theirs = plantedFound(planted, sl.findings).length;
      checks.push(target(mine > theirs, `more planted keys than secretlint (${mine} against ${theirs})`));
    }
    if (rg)
      checks.push(
        target(
          kh.wall <= 3 * rg.wall,
          `within 3x of the ripgrep floor (${(kh.wall / rg.wall).toFixed(2)}x its time)`,
        ),
      );
    const twice = by("keyhound-twice");
    const peak = Math.max(kh.rss, twice?.rss ?? 0);
    checks.push(
      target(
        peak < 300,
        `peak memory under 300 MB (${kh.rss.toFixed(0)} MB; ${twice ? `${twice.rss.toFixed(0)} MB on the corpus twice` : "-"})`,
      ),
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

/** A copy of the corpus tree made of hard links (no extra disk), beside it; made once. */
function linkedCopy({ tree }) {
  const copy = `${tree}-linked-copy`;
  if (!existsSync(copy)) execFileSync("cp", ["-al", tree, copy]);
  return copy;
}

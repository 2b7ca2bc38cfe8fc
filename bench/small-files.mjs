#!/usr/bin/env node
/**
 * `npm run bench` (second of its scripts): keyhound against secretlint on a corpus of the same
 * kind of npm packages as bench/run.mjs, but more, smaller files: about 23,000 files and
 * 350 MB (15 KB a file on average, against 28 KB in the main corpus), so that the cost per
 * file (walking, opening, reading, dispatching to workers) weighs more than the cost per byte.
 *
 * The corpus (bench/.small-corpus/, git-ignored; bench/corpus.mjs) is six packages whose
 * dependency trees hold many mid-size files: the AWS SDK's EC2 client and its @smithy and
 * @aws-sdk dependencies, Firestore with gRPC and protobufjs, TensorFlow.js core, Highcharts,
 * Mermaid with d3, cytoscape and es-toolkit (4,300 files, most under 2 KB), and Node's types; plus
 * the same planted credentials as the main corpus. The dependency tree is pinned by
 * bench/small-files.lock.json (installed with `npm ci`): most of the files are dependencies,
 * which version ranges would let drift. To change the packages, edit PACKAGES, then run
 * `npm install --package-lock-only --ignore-scripts --omit=optional` in a folder with a
 * package.json naming them, and copy its package-lock.json over the lock file.
 *
 * Tools, in rounds as in bench/run.mjs (bench/measure.mjs): plain reading (which warms the
 * page cache), keyhound by default (all cores) and with --workers 0 (the main thread only),
 * and secretlint 13 with its recommended preset. Printed: the median runs, keyhound against
 * secretlint and two threads against one (medians of the rounds' ratios), and the targets.
 *
 *   npm run bench                                 # all corpora
 *   npm run build && node bench/small-files.mjs   # this one only
 * Environment: BENCH_RUNS=n, BENCH_SKIP=secretlint,read (tool keys), BENCH_REBUILD=1.
 */
import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareCorpus } from "./corpus.mjs";
import { BENCH_RUNS, log, pairedSpeedup, runRounds } from "./measure.mjs";
import {
  addKeyhoundThreads,
  cli,
  plainRead,
  resultTable,
  secretlint,
  speedTargets,
  toolList,
} from "./tools.mjs";

const here = dirname(fileURLToPath(import.meta.url));

const PACKAGES = [
  "@aws-sdk/client-ec2@3.1178.0",
  "@firebase/firestore@4.17.2",
  "@tensorflow/tfjs-core@4.22.0",
  "@types/node@26.6.11",
  "highcharts@13.1.1",
  "mermaid@11.17.2",
];

async function main() {
  if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run bench` (it builds first)");
  const corpus = await prepareCorpus({
    directory: join(here, ".small-corpus"),
    name: "small-files corpus",
    packages: PACKAGES,
    lockFile: "small-files.lock.json",
  });
  const { planted, files, bytes, out } = corpus;
  const megabytes = bytes / 1e6;
  log(`small-files corpus: ${files} files, ${megabytes.toFixed(0)} MB`);

  const { tools, add } = toolList();
  add("read", "plain read (Node, 1 thread)", plainRead(corpus));
  addKeyhoundThreads(add, corpus);
  add("secretlint", "secretlint 13 (recommended preset)", secretlint(corpus));
  const rows = runRounds(tools);

  const lines = [
    "",
    `Small-files corpus: ${files} files, ${megabytes.toFixed(0)} MB, ${(bytes / files / 1e3).toFixed(1)} KB a file (${PACKAGES.length} npm packages and their dependencies + planted files).`,
    `Machine: ${availableParallelism()} cores, Node ${process.version}; median of ${BENCH_RUNS} run(s).`,
    "",
    ...resultTable(rows, { megabytes, planted }),
  ];
  const by = (key) => rows.find((row) => row.key === key);
  const kh = by("keyhound");
  const comparisons = [
    ["keyhound (default) against secretlint", by("secretlint"), kh],
    ["keyhound (default) against --workers 0", by("keyhound-0"), kh],
  ].filter(([, slow, fast]) => slow && fast);
  if (comparisons.length > 0) {
    lines.push("", "Speed-ups (median of the rounds' ratios of wall times):");
    for (const [label, slow, fast] of comparisons)
      lines.push(`  ${label.padEnd(40)} ${pairedSpeedup(slow, fast).note}`);
  }
  lines.push("", "Targets:", ...speedTargets(rows, "small-files corpus").map((line) => `  ${line}`));
  process.stdout.write(`${lines.join("\n")}\n`);
  writeFileSync(join(out, "results.txt"), `${lines.join("\n")}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

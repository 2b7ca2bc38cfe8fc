// Labelled corpora written blind: each set's generator (bench/blind/<set>/gen.mjs) was written by
// someone who had not seen keyhound's code, tests or other corpora, from vendors' documented
// formats, with hard negatives. This builds every set with a fixed seed into bench/.blind/<set>/,
// scans it, and compares the findings with its labels.
//
//   node bench/blind.mjs [--set a,b] [--seed S] [-- extra scan arguments]
//
// A labelled credential counts as found when a finding in its file holds it (or its decoded
// form), names it as a companion (an AWS key id beside its secret) or, for a positive, sits on its
// line; a notebook's findings are matched by file. Misses and reported negatives are printed
// with values cut to their first characters. The report goes to bench/.blind/report.json.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..", "dist", "cli", "main.js");
const out = join(here, ".blind");

const args = process.argv.slice(2);
const dash = args.indexOf("--");
const scanArgs = dash === -1 ? [] : args.slice(dash + 1);
const own = dash === -1 ? args : args.slice(0, dash);
const option = (name, fallback) => {
  const at = own.indexOf(name);
  return at === -1 ? fallback : own[at + 1];
};
const seed = option("--seed", "keyhound");
const sets = (
  option("--set", "") ||
  readdirSync(join(here, "blind"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .join(",")
).split(",");
if (!existsSync(cli)) {
  console.error("bench/blind.mjs: build first (npm run build)");
  process.exit(2);
}

const truthy = (value) => value === true || value === "true" || value === "True";
const cut = (value) => (value && value.length > 8 ? `${value.slice(0, 4)}…(${value.length})` : (value ?? ""));

function findingsOf(root) {
  let stdout;
  try {
    stdout = execFileSync(
      "node",
      [
        cli,
        "scan",
        root,
        "--no-gitignore",
        "--no-config",
        "--include-deps",
        "-f",
        "json",
        "--no-redact",
        ...scanArgs,
      ],
      { encoding: "utf8", maxBuffer: 1 << 30 },
    );
  } catch (error) {
    // Exit 1: findings. Anything else is a failed run.
    if (error.status !== 1) throw error;
    stdout = error.stdout;
  }
  const result = JSON.parse(stdout);
  const findings = result.findings.map((f) => {
    const path = relative(root, resolve(f.path));
    const cell = path.indexOf("!cell-");
    return {
      file: cell === -1 ? path : path.slice(0, cell),
      line: cell === -1 ? f.line : undefined,
      detector: f.detector,
      secret: f.secret ?? "",
      companions: (f.companions ?? []).map((c) => c.value ?? c.redacted ?? ""),
    };
  });
  return { findings, stats: result.stats };
}

// A companion is shown redacted (`WkS…Cc`): its ends must match.
const companionMatches = (shown, secret) => {
  if (!shown || !secret) return false;
  if (!shown.includes("…")) return shown === secret;
  const [head, tail] = shown.split("…");
  return secret.startsWith(head) && secret.endsWith(tail);
};

function matchOf(label, findings) {
  const near = (f) => f.line === undefined || Math.abs(f.line - label.line) <= 40;
  // The same value, or one holding most of the other (a finding without a label's quotes or
  // prefix): not a short word that happens to occur in a long value.
  const overlaps = (a, b) => a.includes(b) && 2 * b.length >= a.length;
  const holds = (f) =>
    f.secret !== "" &&
    [label.secret, label.decoded].some(
      (v) => typeof v === "string" && v !== "" && (overlaps(v, f.secret) || overlaps(f.secret, v)),
    );
  const inFile = findings.filter((f) => f.file === label.file);
  return (
    inFile.find((f) => near(f) && holds(f)) ??
    // A companion is context (the account SID beside its auth token), not a value reported as a
    // secret: it finds a positive, but does not make a labelled identifier a false alarm.
    (label.positive
      ? inFile.find((f) => near(f) && f.companions.some((c) => companionMatches(c, label.secret)))
      : undefined) ??
    (label.positive ? inFile.find((f) => f.line === label.line) : undefined)
  );
}

const report = { seed, sets: {} };
const rows = [];
for (const set of sets) {
  const dir = join(out, set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(here, "blind", set, "gen.mjs"), join(dir, "gen.mjs"));
  execFileSync("node", ["gen.mjs", seed], { cwd: dir, stdio: "ignore" });
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")).map((l) => ({
    ...l,
    line: Number(l.line),
    positive: truthy(l.positive),
  }));
  const root = join(dir, "files");
  const { findings, stats } = findingsOf(root);
  const used = new Set();
  const missed = [];
  const reported = [];
  let found = 0;
  for (const label of labels) {
    const match = matchOf(label, findings);
    if (match) used.add(match);
    if (label.positive && match) found++;
    else if (label.positive) missed.push(label);
    else if (match) reported.push({ label, detector: match.detector });
  }
  const positives = labels.filter((l) => l.positive).length;
  const negatives = labels.length - positives;
  const unlabeled = findings.filter((f) => !used.has(f)).length;
  rows.push({ set, positives, found, negatives, reported: reported.length, unlabeled, files: stats.files });
  report.sets[set] = {
    positives,
    found,
    negatives,
    negativesReported: reported.map(({ label, detector }) => ({
      file: label.file,
      line: label.line,
      type: label.type,
      detector,
    })),
    missed: missed.map((l) => ({ file: l.file, line: l.line, type: l.type, note: l.note })),
    unlabeledFindings: unlabeled,
  };
  console.log(
    `\nset ${set}: ${found}/${positives} found, ${reported.length}/${negatives} negatives reported`,
  );
  for (const l of missed)
    console.log(`  missed    ${l.type.padEnd(30)} ${l.file}:${l.line}  ${cut(l.secret)}`);
  for (const { label, detector } of reported)
    console.log(`  reported  ${label.type.padEnd(30)} ${label.file}:${label.line}  by ${detector}`);
}

const total = rows.reduce(
  (sum, r) => ({ p: sum.p + r.positives, f: sum.f + r.found, n: sum.n + r.negatives, r: sum.r + r.reported }),
  { p: 0, f: 0, n: 0, r: 0 },
);
console.log("\n| set | files | positives | found | recall | negatives | reported |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows)
  console.log(
    `| ${r.set} | ${r.files} | ${r.positives} | ${r.found} | ${(r.found / r.positives).toFixed(3)} | ${r.negatives} | ${r.reported} |`,
  );
console.log(
  `| all | | ${total.p} | ${total.f} | ${(total.f / total.p).toFixed(3)} | ${total.n} | ${total.r} |`,
);
writeFileSync(join(out, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nDetails: ${join(out, "report.json")}`);

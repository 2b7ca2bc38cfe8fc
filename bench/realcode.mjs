/**
 * Precision and recall on REAL code: a hand-labelled set of snippets from public repositories
 * (credential-bearing code and its look-alikes: DB client calls, connection strings and URIs,
 * SMTP logins, Authorization headers, curl -u, private keys, .env / properties / YAML / Compose
 * / Terraform / Ansible / Kubernetes files, vendor tokens, beside placeholders, environment
 * references, docs samples, test fixtures, regexes, public keys). Each labelled line is TRUE (the
 * literal would authenticate to something were it current: a real-looking password, even weak,
 * a key, a token, a private key, a URI password), FALSE (a credential-shaped value that is not
 * one) or AMBIGUOUS (stock defaults such as root/root, Firebase web keys, realistic values in
 * examples), scored both ways. The score is per line, as "the lines that hold a true credential"
 * are: a finding touching a TRUE line finds it; a finding touching no labelled TRUE (or, counted
 * as true, AMBIGUOUS) line is a false positive, whether its line was labelled FALSE or not.
 *
 * The data lives OUTSIDE git, in bench/.realcode/snippets.json: the snippets hold real leaked
 * values. It was gathered by hand from a public code index (searches by meaning and exact strings
 * such as `mysqli_connect(`, `$mail->Password = '`, `mongodb+srv://`, `telebot.TeleBot('`,
 * `AIzaSy`, `xoxb-`), labelled BEFORE keyhound ran on it, into bench/.realcode/raw*.txt, blocks of
 *
 *   @@ <owner/repo | id:<index id> | -> | <path, "~" prefix when guessed> | <language> | <why>
 *   <snippet line>
 *   %%T <line holding a true credential>      (%%F: false, %%A: ambiguous)
 *
 * and `node bench/realcode.mjs --import` turns them into snippets.json. To rebuild the set, gather
 * new blocks in that form (label first), then import.
 *
 *   node bench/realcode.mjs [--import] [--keep] [--dist DIR] [--data DIR]   (npm run bench:realcode)
 *
 * --data names the set's folder (default bench/.realcode): a second, independently gathered set
 * lives in bench/.realcode/second/ with its own raw*.txt, snippets.json and report.json.
 *
 * Writes each snippet under a fresh temporary folder with its original path (so path-based rules
 * apply), scans it with `keyhound scan <dir> -f json --no-gitignore --no-config`, prints
 * precision, recall and F1 (ambiguous counted as true, and excluded) for every --min-confidence
 * level, per language and file kind, and writes every false positive and false negative
 * (values redacted to their first 4 characters) to bench/.realcode/report.json. The temporary
 * folder is removed unless --keep.
 */

import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dataAt = process.argv.indexOf("--data");
const dataDir = dataAt >= 0 ? resolve(process.argv[dataAt + 1]) : join(here, ".realcode");
const snippetsFile = join(dataDir, "snippets.json");
const LABELS = { T: "true", F: "false", A: "ambiguous" };
const CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 };

/** Parses the raw blocks (format in the top comment) into snippet records. */
export function parseRaw(text, source) {
  const snippets = [];
  let current = null;
  for (const raw of text.split("\n")) {
    if (raw.startsWith("@@ ")) {
      const [origin, path, language, ...why] = raw.slice(3).split(" | ");
      if (!origin || !path || !language) throw new Error(`${source}: bad header: ${raw.slice(0, 80)}`);
      const guessed = path.startsWith("~");
      current = {
        repository: origin.startsWith("id:") || origin === "-" ? null : origin,
        indexId: origin.startsWith("id:") ? origin.slice(3) : null,
        path: guessed ? path.slice(1) : path,
        pathGuessed: guessed,
        language,
        why: why.join(" | "),
        lines: [],
        labels: {},
      };
      snippets.push(current);
      continue;
    }
    if (!current) continue;
    const mark = /^%%([TFA]) /.exec(raw);
    if (mark) current.labels[current.lines.length + 1] = LABELS[mark[1]];
    current.lines.push(mark ? raw.slice(4) : raw);
  }
  // Blank lines between blocks belong to no snippet.
  for (const snippet of snippets) {
    while (snippet.lines.length > 0 && snippet.lines.at(-1).trim() === "") snippet.lines.pop();
  }
  return snippets;
}

function importRaw() {
  const files = readdirSync(dataDir)
    .filter((f) => /^raw.*\.txt$/.test(f))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  if (files.length === 0) throw new Error(`no raw*.txt blocks in ${dataDir}`);
  const snippets = files.flatMap((f) => parseRaw(readFileSync(join(dataDir, f), "utf8"), f));
  snippets.forEach((s, i) => {
    s.id = `s${String(i + 1).padStart(3, "0")}`;
  });
  writeFileSync(
    snippetsFile,
    `${JSON.stringify({ version: 1, imported: new Date().toISOString(), from: files, snippets }, null, 1)}\n`,
  );
  console.log(`imported ${snippets.length} snippets from ${files.length} files into ${snippetsFile}`);
}

/** The kind of file a path names, for the per-kind table. */
export function fileKind(path) {
  const name = path.split("/").pop().toLowerCase();
  const lower = path.toLowerCase();
  if (name === ".env" || name.startsWith(".env.") || name.endsWith(".env")) return "env";
  if (/compose[^/]*\.ya?ml$/.test(name) || name === "dockerfile" || name.endsWith(".dockerfile"))
    return "docker";
  if (name === "jenkinsfile" || lower.includes(".github/workflows/")) return "ci";
  if (/\.(md|rst|txt)$/.test(name)) return "docs";
  if (/\.(properties|toml|ini|cfg|conf|json|tpl|j2|template|example|sls|eml|npmrc)$/.test(name))
    return "config";
  if (/\.(ya?ml)$/.test(name)) return "yaml";
  if (/\.(tf|hcl)$/.test(name)) return "terraform";
  if (/\.(sh|bash|ps1)$/.test(name)) return "shell";
  if (/(^|\/)(tests?|spec|__tests__)\/|[._-](test|spec)\.[a-z]+$|^test_/.test(lower)) return "code (test)";
  return "code";
}

function scan(root, dist) {
  const run = spawnSync(
    process.execPath,
    [
      join(dist, "cli", "main.js"),
      "scan",
      root,
      "-f",
      "json",
      "--no-gitignore",
      "--no-config",
      "--no-redact",
      "-q",
    ],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`keyhound exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout).findings;
}

/** Masks every value in a line to its first 4 characters, keeping names and punctuation. */
export function redactLine(line) {
  const cut = (value) => (value.length > 4 ? `${value.slice(0, 4)}…` : value);
  return (
    line
      .replace(/(:\/\/[^:/\s@"'`]*:)([^@\s"'`]+)@/g, (_m, head, v) => `${head}${cut(v)}@`)
      .replace(/(["'`])([^"'`]+)\1/g, (m, q, v) => (v.includes("://") ? m : `${q}${cut(v)}${q}`))
      // The lookahead takes the whole value (no backtracking into a shorter one), so that a call
      // (`= client.connect(`) and an already cut value are left alone.
      .replace(/([=:]\s*)(?=([^\s"'`,;(){}/:…]{5,}))\2(?![(…])/g, (_m, head, v) => `${head}${cut(v)}`)
      .replace(/[A-Za-z0-9+/_\-.]{16,}/g, (v) => (/\d/.test(v) ? cut(v) : v))
      .slice(0, 200)
  );
}

/**
 * Scores the findings against the labels, line by line. `ambiguous` is "true" (ambiguous lines
 * count as credentials) or "excluded" (ambiguous lines count neither way).
 */
export function score(snippets, findings, { ambiguous, minConfidence }) {
  const kept = findings.filter(
    (f) => CONFIDENCE_RANK[f.confidence ?? "high"] >= CONFIDENCE_RANK[minConfidence],
  );
  const positive = (label) => label === "true" || (label === "ambiguous" && ambiguous === "true");
  const predicted = new Map();
  for (const finding of kept) {
    const snippet = snippets[finding.snippetIndex];
    const touched = [];
    for (let n = finding.line; n <= (finding.endLine ?? finding.line); n++)
      if (snippet.labels[n]) touched.push(n);
    // A credential reported as another's companion (an AWS key id beside its secret) is found
    // where its value stands, as the blind corpora count it.
    for (const companion of finding.companions ?? []) {
      if (!companion.value) continue;
      snippet.lines.forEach((text, i) => {
        if (snippet.labels[i + 1] && !touched.includes(i + 1) && text.includes(companion.value))
          touched.push(i + 1);
      });
    }
    const credentialLines = touched.filter((n) => positive(snippet.labels[n]));
    const skipAmbiguous = ambiguous === "excluded" && touched.some((n) => snippet.labels[n] === "ambiguous");
    const lines = credentialLines.length > 0 ? credentialLines : skipAmbiguous ? [] : [finding.line];
    for (const n of lines) {
      const key = `${finding.snippetIndex}:${n}`;
      if (!predicted.has(key))
        predicted.set(key, { snippetIndex: finding.snippetIndex, line: n, findings: [] });
      predicted.get(key).findings.push(finding);
    }
  }
  const truePositives = [];
  const falsePositives = [];
  for (const hit of predicted.values()) {
    const label = snippets[hit.snippetIndex].labels[hit.line];
    (positive(label) ? truePositives : falsePositives).push({ ...hit, label: label ?? "unlabelled" });
  }
  const falseNegatives = [];
  let credentials = 0;
  snippets.forEach((snippet, snippetIndex) => {
    for (const [n, label] of Object.entries(snippet.labels)) {
      if (!positive(label)) continue;
      credentials++;
      if (!predicted.has(`${snippetIndex}:${n}`))
        falseNegatives.push({ snippetIndex, line: Number(n), label });
    }
  });
  const tp = truePositives.length;
  const precision = tp + falsePositives.length === 0 ? 1 : tp / (tp + falsePositives.length);
  const recall = credentials === 0 ? 1 : tp / credentials;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    credentials,
    tp,
    fp: falsePositives.length,
    fn: falseNegatives.length,
    precision,
    recall,
    f1,
    truePositives,
    falsePositives,
    falseNegatives,
  };
}

function groupScores(snippets, findings, options, groupOf) {
  const groups = new Map();
  snippets.forEach((snippet, index) => {
    const key = groupOf(snippet);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(index);
  });
  const rows = [];
  for (const [key, indexes] of groups) {
    const members = new Set(indexes);
    // Keep the snippets' indexes: findings refer to them.
    const subset = snippets.map((s, i) => (members.has(i) ? s : { ...s, labels: {} }));
    const own = findings.filter((f) => members.has(f.snippetIndex));
    const result = score(subset, own, options);
    rows.push({ group: key, snippets: indexes.length, ...pick(result) });
  }
  return rows.sort((a, b) => b.snippets - a.snippets || a.group.localeCompare(b.group));
}

const pick = ({ credentials, tp, fp, fn, precision, recall, f1 }) => ({
  credentials,
  tp,
  fp,
  fn,
  precision,
  recall,
  f1,
});

function describe(snippets, entry) {
  const snippet = snippets[entry.snippetIndex];
  return {
    snippet: snippet.id,
    repository:
      snippet.repository ?? (snippet.indexId ? `index id ${snippet.indexId}` : "unnamed search excerpt"),
    path: snippet.path,
    line: entry.line,
    label: entry.label,
    why: snippet.why,
    text: redactLine(snippet.lines[entry.line - 1] ?? ""),
    ...(entry.findings
      ? { detectors: [...new Set(entry.findings.map((f) => `${f.detector} (${f.confidence ?? "?"})`))] }
      : {}),
  };
}

const fmt = (x) => x.toFixed(3);

function main() {
  const args = process.argv.slice(2);
  if (args.includes("--import")) importRaw();
  if (!existsSync(snippetsFile)) {
    console.error(
      `keyhound bench: no labelled set at ${snippetsFile}; gather raw*.txt blocks there and run with --import (see the top comment)`,
    );
    process.exit(2);
  }
  const distAt = args.indexOf("--dist");
  const dist = distAt >= 0 ? resolve(args[distAt + 1]) : join(here, "..", "dist");
  const { snippets } = JSON.parse(readFileSync(snippetsFile, "utf8"));
  const root = mkdtempSync(join(tmpdir(), "keyhound-realcode-"));
  try {
    snippets.forEach((snippet, index) => {
      const file = join(root, `s${index}`, ...snippet.path.split("/"));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${snippet.lines.join("\n")}\n`);
    });
    const findings = scan(root, dist).map((finding) => {
      const path = relative(root, resolve(finding.path)).split(sep);
      return { ...finding, snippetIndex: Number(path[0].slice(1)) };
    });
    const counts = { true: 0, false: 0, ambiguous: 0 };
    for (const s of snippets) for (const label of Object.values(s.labels)) counts[label]++;
    const named = snippets.filter((s) => s.repository).length;
    const indexed = snippets.filter((s) => s.indexId).length;
    console.log(
      `real-code set: ${snippets.length} snippets (${named} with repository and path; ${indexed} exact-string hits known by index id and ${snippets.length - named - indexed} unnamed search excerpts, whose paths are guessed from content), ${snippets.reduce((n, s) => n + s.lines.length, 0)} lines; labelled lines: ${counts.true} TRUE, ${counts.false} FALSE, ${counts.ambiguous} AMBIGUOUS; ${findings.length} findings`,
    );
    console.log("");
    console.log("min-confidence  ambiguous   TP   FP   FN  precision  recall     F1");
    const runs = {};
    for (const minConfidence of ["low", "medium", "high"]) {
      for (const ambiguous of ["true", "excluded"]) {
        const result = score(snippets, findings, { ambiguous, minConfidence });
        runs[`${minConfidence}/${ambiguous}`] = result;
        console.log(
          `${minConfidence.padEnd(15)} ${ambiguous.padEnd(9)} ${String(result.tp).padStart(4)} ${String(result.fp).padStart(4)} ${String(result.fn).padStart(4)}  ${fmt(result.precision).padStart(9)}  ${fmt(result.recall).padStart(6)}  ${fmt(result.f1).padStart(5)}`,
        );
      }
    }
    const headline = { ambiguous: "excluded", minConfidence: "low" };
    const byLanguage = groupScores(snippets, findings, headline, (s) => s.language);
    const byKind = groupScores(snippets, findings, headline, (s) => fileKind(s.path));
    for (const [title, rows] of [
      ["file kind", byKind],
      ["language", byLanguage],
    ]) {
      console.log(`\nby ${title} (all findings, ambiguous excluded)`);
      for (const row of rows)
        console.log(
          `  ${row.group.padEnd(18)} ${String(row.snippets).padStart(3)} snippets  ${String(row.credentials).padStart(3)} true lines  TP ${String(row.tp).padStart(3)}  FP ${String(row.fp).padStart(3)}  FN ${String(row.fn).padStart(3)}`,
        );
    }
    const main = runs["low/excluded"];
    const ambiguousRun = runs["low/true"];
    const ambiguousHits = ambiguousRun.truePositives.filter((t) => t.label === "ambiguous");
    const ambiguousMisses = ambiguousRun.falseNegatives.filter((t) => t.label === "ambiguous");
    console.log(
      `\nambiguous lines: ${ambiguousHits.length} reported, ${ambiguousMisses.length} not; false positives (all findings): ${main.fp}, false negatives: ${main.fn}`,
    );
    mkdirSync(dataDir, { recursive: true });
    const reportFile = join(dataDir, "report.json");
    writeFileSync(
      reportFile,
      `${JSON.stringify(
        {
          summary: {
            snippets: snippets.length,
            withRepository: named,
            byIndexId: indexed,
            labelledLines: counts,
            findings: findings.length,
            runs: Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, pick(r)])),
          },
          byKind,
          byLanguage,
          falseNegatives: main.falseNegatives.map((e) => describe(snippets, e)),
          falsePositives: main.falsePositives.map((e) => describe(snippets, e)),
          ambiguousReported: ambiguousHits.map((e) => describe(snippets, e)),
          ambiguousNotReported: ambiguousMisses.map((e) => describe(snippets, e)),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`details: ${reportFile}${args.includes("--keep") ? `; snippets kept in ${root}` : ""}`);
  } finally {
    if (!args.includes("--keep")) rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

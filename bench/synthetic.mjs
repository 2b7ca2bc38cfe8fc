/**
 * A labelled synthetic corpus, to measure recall and precision the way a held-out evaluation
 * does: credentials of many types (synthetic-values.mjs, built from the vendors' documented
 * formats) planted in the kinds of files where they leak (synthetic-files.mjs: .env, Helm
 * values, Spring properties, Django settings, wp-config.php, code in four languages, Terraform,
 * Dockerfile, Compose, Kubernetes Secrets and kubeconfigs, .npmrc, .pypirc, Maven settings,
 * .netrc, .git-credentials, Docker config, .s3cfg, rclone, README and docs, Postman, .http,
 * GitHub Actions, a notebook, key files), beside hard negatives (placeholders, references,
 * vendors' sample values, hashes, digests, ids, public keys and certificates, i18n strings,
 * minified code, test fixtures). The corpus is seeded: every run writes the same files (RSA
 * keys aside, whose bytes Node draws at random).
 *
 *   node bench/synthetic.mjs [--set first|heldout] [--keep] [--dist DIR]   (after npm run build)
 *
 * `--set heldout` plants the held-out corpus instead (synthetic-heldout-*.mjs): about 90 types,
 * half of them absent from the first set, in other file kinds, written without reading
 * keyhound's detectors, to tell whether what was tuned on the first set generalises. Its report
 * goes to bench/.synthetic/heldout.json.
 *
 * Writes the corpus into a fresh temporary folder (removed at the end unless --keep), scans it
 * with `keyhound scan <dir> -f json --no-gitignore --no-config`, and matches findings to the
 * labels by file and line: a finding whose lines touch a planted credential's lines finds it; a
 * finding on the line of a value used with a credential (a key id, an account SID) finds it when
 * it reports the secret as its companion, and is otherwise neither found nor false; every other
 * finding is a false positive. Prints per type found/planted,
 * recall and precision, and every false positive; writes the details (values included: the
 * corpus is synthetic) to bench/.synthetic/report.json.
 */

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { files } from "./synthetic-files.mjs";
import { heldoutFiles } from "./synthetic-heldout-files.mjs";
import { HELDOUT_TYPES } from "./synthetic-heldout-values.mjs";
import { TYPES } from "./synthetic-values.mjs";

/** The corpora: the files to write (markers in them) and the value builders they name. */
const SETS = {
  first: { files, types: TYPES, report: "report.json" },
  heldout: { files: heldoutFiles, types: HELDOUT_TYPES, report: "heldout.json" },
};

const here = dirname(fileURLToPath(import.meta.url));
const MARK = /\uE000([^|\uE000]+)\|([^|\uE000]+)\|([^|\uE000]*)\|([^|\uE000]*)\uE000/g;

function encode(value, encoding) {
  if (encoding === "b64") return Buffer.from(value).toString("base64");
  if (encoding === "json") return JSON.stringify(value).slice(1, -1);
  const indent = /^indent(\d+)$/.exec(encoding);
  if (indent) return value.split("\n").join(`\n${" ".repeat(Number(indent[1]))}`);
  return value;
}

/** Writes the corpus of `set` (an entry of SETS) under `root`; returns the labels. */
export function plant(root, set = SETS.first) {
  const credentials = new Map();
  const negatives = [];
  const arguable = [];
  const values = new Map();
  const credentialValue = (type, label) => {
    const key = `${type}:${label}`;
    if (!values.has(key)) {
      const build = set.types[type];
      if (!build) throw new Error(`no value builder for type ${type}`);
      const made = build(label);
      values.set(key, typeof made === "string" ? { secret: made } : made);
    }
    return values.get(key);
  };
  for (const [path, template] of Object.entries(set.files())) {
    const out = [];
    for (const raw of template) {
      const kind = raw[0] === "\uE001" ? "negative" : raw[0] === "\uE002" ? "arguable" : "line";
      const line = kind === "line" ? raw : raw.slice(1);
      const first = out.length + 1;
      const uses = [];
      const text = line.replace(MARK, (_m, type, label, part, encoding) => {
        const value = credentialValue(type, label);
        const chosen = part ? value[part] : value.secret;
        if (chosen === undefined) throw new Error(`${type} has no part ${part}`);
        uses.push({ type, label, part });
        return encode(chosen, encoding);
      });
      const produced = text.split("\n");
      out.push(...produced);
      const lines = produced.map((_l, i) => first + i);
      if (kind === "negative") negatives.push(...lines.map((n) => ({ path, line: n })));
      if (kind === "arguable") arguable.push(...lines.map((n) => ({ path, line: n })));
      for (const { type, label, part } of uses) {
        const key = `${path}\uE000${type}:${label}`;
        let entry = credentials.get(key);
        if (!entry) {
          entry = {
            type,
            label,
            path,
            value: credentialValue(type, label).secret,
            lines: [],
            companionLines: [],
          };
          credentials.set(key, entry);
        }
        (part ? entry.companionLines : entry.lines).push(...lines);
      }
    }
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, `${out.join("\n")}\n`);
  }
  return { credentials: [...credentials.values()], negatives, arguable };
}

function scan(root, dist) {
  const cli = join(dist, "cli", "main.js");
  const run = spawnSync(
    process.execPath,
    [cli, "scan", root, "-f", "json", "--no-gitignore", "--no-config", "--no-redact", "-q"],
    {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`keyhound exited ${run.status}: ${run.stderr}`);
  // Paths relative to the corpus, as the labels are; a finding inside a file's entry (a notebook
  // cell: notes.ipynb!cell-2) has lines of its own, so it is matched by value in the outer file.
  return JSON.parse(run.stdout).findings.map((finding) => {
    const path = relative(root, finding.path).split(sep).join("/");
    const bang = path.indexOf("!");
    return bang < 0
      ? { ...finding, path }
      : { ...finding, path: path.slice(0, bang), entry: path.slice(bang) };
  });
}

const touches = (finding, lines) =>
  lines.some((n) => n >= finding.line && n <= (finding.endLine ?? finding.line));
const covers = (finding, entry) =>
  finding.entry
    ? Boolean(finding.secret) &&
      (entry.value.includes(finding.secret) || finding.secret.includes(entry.value))
    : touches(finding, entry.lines);

export function score(labels, findings) {
  const byPath = new Map();
  for (const entry of labels.credentials) {
    if (!byPath.has(entry.path)) byPath.set(entry.path, []);
    byPath.get(entry.path).push(entry);
  }
  const onLines = (list, finding) => list.some((l) => l.path === finding.path && touches(finding, [l.line]));
  const falsePositives = [];
  const arguableHits = [];
  let truePositives = 0;
  let companionOnly = 0;
  for (const finding of findings) {
    const here = byPath.get(finding.path) ?? [];
    const hit = here.filter((entry) => covers(finding, entry));
    if (hit.length > 0) {
      truePositives++;
      for (const entry of hit) entry.foundBy = [...new Set([...(entry.foundBy ?? []), finding.detector])];
    } else if (here.some((entry) => touches(finding, entry.companionLines))) {
      // On a key id or SID: the pair found when the finding carries the secret as companion.
      const paired = finding.companions?.length
        ? here.filter((entry) => touches(finding, entry.companionLines))
        : [];
      if (paired.length > 0) {
        truePositives++;
        for (const entry of paired)
          entry.foundBy = [...new Set([...(entry.foundBy ?? []), finding.detector])];
      } else companionOnly++;
    } else if (onLines(labels.arguable, finding)) {
      arguableHits.push(finding);
    } else {
      const { secret: _secret, snippet: _snippet, ...shown } = finding;
      falsePositives.push({ ...shown, hardNegative: onLines(labels.negatives, finding) });
    }
  }
  const types = new Map();
  for (const entry of labels.credentials) {
    const row = types.get(entry.type) ?? { planted: 0, found: 0, missed: [] };
    row.planted++;
    if (entry.foundBy) row.found++;
    else row.missed.push(`${entry.path}:${entry.lines[0]}`);
    types.set(entry.type, row);
  }
  const planted = labels.credentials.length;
  const found = labels.credentials.filter((e) => e.foundBy).length;
  const counted = truePositives + falsePositives.length;
  return {
    planted,
    found,
    recall: found / planted,
    findings: findings.length,
    truePositives,
    companionOnly,
    falsePositives,
    arguableHits,
    precision: counted === 0 ? 1 : truePositives / counted,
    types,
  };
}

function main() {
  const args = process.argv.slice(2);
  const keep = args.includes("--keep");
  const setAt = args.indexOf("--set");
  const setName = setAt >= 0 ? args[setAt + 1] : "first";
  const set = SETS[setName];
  if (!set) throw new Error(`--set: expected one of ${Object.keys(SETS).join(", ")}, got ${setName}`);
  const distAt = args.indexOf("--dist");
  const dist = distAt >= 0 ? resolve(args[distAt + 1]) : join(here, "..", "dist");
  const root = mkdtempSync(join(tmpdir(), "keyhound-synthetic-"));
  try {
    const labels = plant(root, set);
    const findings = scan(root, dist);
    const result = score(labels, findings);
    const typeCount = result.types.size;
    const fileCount = Object.keys(set.files()).length;
    console.log(
      `synthetic corpus (${setName} set): ${typeCount} types, ${result.planted} planted credentials in ${fileCount} files, ${labels.negatives.length} hard-negative lines`,
    );
    console.log("");
    console.log("type                               found/planted  missed at");
    for (const [type, row] of [...result.types].sort(([a], [b]) => a.localeCompare(b))) {
      const mark = row.found < row.planted ? "  <-" : "";
      console.log(
        `${type.padEnd(34)} ${`${row.found}/${row.planted}`.padStart(13)}  ${row.missed.join(", ")}${mark}`,
      );
    }
    console.log("");
    console.log(`recall    ${result.found}/${result.planted} = ${result.recall.toFixed(3)}`);
    console.log(
      `precision ${result.truePositives}/${result.truePositives + result.falsePositives.length} = ${result.precision.toFixed(3)} (${result.findings} findings: ${result.truePositives} on planted credentials, ${result.companionOnly} on a companion value only, ${result.arguableHits.length} on arguable lines, ${result.falsePositives.length} false)`,
    );
    for (const fp of result.falsePositives) {
      console.log(
        `  FP ${fp.detector.padEnd(36)} ${fp.path}:${fp.line}${fp.entry ?? ""}${fp.hardNegative ? " (hard negative)" : ""}  ${fp.redacted}`,
      );
    }
    for (const hit of result.arguableHits)
      console.log(`  arguable: ${hit.detector} at ${hit.path}:${hit.line}`);
    const out = join(here, ".synthetic");
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, set.report),
      `${JSON.stringify(
        {
          summary: {
            types: typeCount,
            planted: result.planted,
            found: result.found,
            recall: result.recall,
            precision: result.precision,
            findings: result.findings,
            falsePositives: result.falsePositives.length,
          },
          types: Object.fromEntries(result.types),
          credentials: labels.credentials,
          falsePositives: result.falsePositives,
          arguable: result.arguableHits.map(({ secret: _s, snippet: _n, ...shown }) => shown),
          negatives: labels.negatives,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\ndetails: ${join(out, set.report)}${keep ? `; corpus kept in ${root}` : ""}`);
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

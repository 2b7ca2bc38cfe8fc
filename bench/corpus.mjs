/**
 * The benchmark corpora: npm packages installed with the ordinary npm client (registry only,
 * no install scripts), pinned to exact versions, plus the planted credentials of
 * bench/planted.mjs. Each corpus lives in its own git-ignored folder and is installed again
 * only when its package list (or lock file) changes, or with BENCH_REBUILD=1.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { log } from "./measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Installs `packages` ("name@version") into `directory` and plants the credentials, unless
 * already done. With `lockFile` (a package-lock.json kept in bench/), `npm ci` installs the
 * exact dependency tree it records, so a corpus whose bytes are mostly dependencies stays the
 * same from one day to the next. Returns the tree to scan, a scratch folder for reports, the
 * planted credentials and the tree's file count and bytes.
 */
export async function prepareCorpus({ directory, name, packages, lockFile }) {
  const tree = join(directory, "tree");
  const out = join(directory, "out");
  const rebuild = Boolean(process.env.BENCH_REBUILD);
  const stamps = stampsIn(directory);
  const packagesStamp = digest(
    JSON.stringify(packages) + (lockFile ? readFileSync(join(here, lockFile), "utf8") : ""),
  );
  if (!rebuild && stamps.read("packages") === packagesStamp) {
    log(`${name}: packages are installed (BENCH_REBUILD=1 reinstalls them)`);
  } else {
    rmSync(directory, { recursive: true, force: true });
    const npm = join(directory, "npm");
    mkdirSync(npm, { recursive: true });
    log(`${name}: installing ${packages.length} packages with npm (registry only, no install scripts)...`);
    installPackages(npm, packages, lockFile);
    // secretlint skips folders named node_modules whatever it is told: rename them, so that
    // every tool reads the same files.
    mkdirSync(tree, { recursive: true });
    renameSync(join(npm, "node_modules"), join(tree, "packages"));
    renameNested(join(tree, "packages"));
    stamps.write("packages", packagesStamp);
  }
  const plantedFile = join(directory, "planted.json");
  const plantedStamp = digest(readFileSync(join(here, "planted.mjs")));
  if (rebuild || stamps.read("planted") !== plantedStamp || !existsSync(plantedFile)) {
    rmSync(join(tree, "planted"), { recursive: true, force: true });
    const { plant } = await import("./planted.mjs");
    writeFileSync(plantedFile, JSON.stringify(plant(tree), null, 1));
    stamps.write("planted", plantedStamp);
  }
  mkdirSync(out, { recursive: true });
  const planted = JSON.parse(readFileSync(plantedFile, "utf8"));
  return { tree, out, planted, ...measureTree(tree) };
}

/**
 * Installs `packages` ("name@version") into `directory` with npm, unless already done, and
 * returns its node_modules folder: a tool the benchmark runs (secretlint), kept out of the
 * project's own dependencies.
 */
export function prepareTool({ directory, name, packages }) {
  const stamps = stampsIn(directory);
  const stamp = digest(JSON.stringify(packages));
  if (process.env.BENCH_REBUILD || stamps.read("packages") !== stamp) {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    log(`${name}: installing ${packages.join(", ")} with npm...`);
    installPackages(directory, packages);
    stamps.write("packages", stamp);
  }
  return join(directory, "node_modules");
}

const NPM_FLAGS = ["--ignore-scripts", "--omit=optional", "--no-audit", "--no-fund", "--loglevel=error"];

function installPackages(npm, packages, lockFile) {
  const run = (args) => execFileSync("npm", args, { cwd: npm, stdio: ["ignore", "ignore", "inherit"] });
  if (!lockFile) {
    writeFileSync(join(npm, "package.json"), '{ "name": "keyhound-bench-corpus", "private": true }\n');
    run(["install", "--no-save", ...NPM_FLAGS, ...packages]);
    return;
  }
  const lock = JSON.parse(readFileSync(join(here, lockFile), "utf8"));
  const dependencies = Object.fromEntries(
    packages.map((spec) => {
      const at = spec.lastIndexOf("@");
      return [spec.slice(0, at), spec.slice(at + 1)];
    }),
  );
  writeFileSync(
    join(npm, "package.json"),
    `${JSON.stringify({ name: lock.name, private: true, dependencies }, null, 2)}\n`,
  );
  copyFileSync(join(here, lockFile), join(npm, "package-lock.json"));
  run(["ci", ...NPM_FLAGS]);
}

function stampsIn(directory) {
  const path = (name) => join(directory, `${name}.stamp`);
  return {
    read: (name) => (existsSync(path(name)) ? readFileSync(path(name), "utf8") : undefined),
    write: (name, value) => writeFileSync(path(name), value),
  };
}

function digest(content) {
  return createHash("sha256").update(content).digest("hex");
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

/** Which planted credentials a tool reported: a finding on one of the credential's lines. */
export function plantedFound(planted, findings) {
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

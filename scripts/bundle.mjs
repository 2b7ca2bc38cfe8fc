#!/usr/bin/env node
/**
 * Part of `npm run build`, right after tsc (it reads what tsc wrote). Node spends about 1 ms per ES module it loads, and every
 * CLI run and every scan worker paid that for some 250 files. Two bundles, built with rolldown:
 *
 * - dist/detectors/catalog.bundle.cjs: the compiled detector files in one script, with its V8
 *   code cache in catalog.bundle.cache, which src/catalog/index.ts loads instead of importing
 *   them one by one.
 * - dist/cli/main.js and dist/cli/worker.js: the CLI and its scan worker, replacing tsc's
 *   main.js, each with the code it runs (CLI, scan, sources, reports, commander...) in a few
 *   files. The library (dist/index.js) stays unbundled.
 *
 * The catalog, the engine, the version and the error classes stay out of both bundles, as
 * imports of their compiled files, so each has one instance per thread (one Engine class, one
 * UsageError for `instanceof`, one lazily built lexicon in catalog/language.js, which the
 * generic detectors import from outside the catalog bundle).
 */
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { rolldown } from "rolldown";
import { CLI_V8_FLAGS, runCatalogScript, wrapCatalogScript } from "../dist/catalog/bundle-script.js";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist");

/**
 * Keeps the compiled files under `keep` out of a bundle: resolved to their absolute path and
 * marked external, then written back (by `paths`) as `../...` from dist/cli/.
 */
const keepOut = (keep) => ({
  name: "keep-out",
  resolveId(id, importer) {
    if (importer === undefined || !id.startsWith(".")) return null;
    const target = resolve(dirname(importer), id);
    const out = keep.some((path) => target === path || target.startsWith(`${path}/`));
    return out ? { id: target, external: true } : null;
  },
});

/** Builds and writes one bundle; returns the names of the files written. */
async function bundle(options, output) {
  const build = await rolldown({ platform: "node", logLevel: "warn", ...options });
  const { output: written } = await build.write(output);
  await build.close();
  return written.map((file) => file.fileName);
}

// The catalog: the same files, in the same order, as index.ts discovers them, in one script
// with a V8 code cache (see src/catalog/bundle-script.ts).
const detectors = join(dist, "detectors");
const BUNDLE = "catalog.bundle.cjs";
const CODE_CACHE = "catalog.bundle.cache";
const ENTRY = ".catalog-entry.js";
// Earlier builds wrote the bundle as an ES module, which would now pass for a detector file.
rmSync(join(detectors, "catalog.bundle.js"), { force: true });
const files = readdirSync(detectors)
  .filter((file) => file.endsWith(".js") && file !== ENTRY)
  .sort();
writeFileSync(
  join(detectors, ENTRY),
  `${files.map((file, i) => `import { detectors as d${i} } from "./${file}";`).join("\n")}
export const files = ${JSON.stringify(files)};
export const modules = [${files.map((_, i) => `{ detectors: d${i} }`).join(", ")}];
`,
);
try {
  const build = await rolldown({
    platform: "node",
    logLevel: "warn",
    input: join(detectors, ENTRY),
    // Only the detector files themselves go in.
    external: (id, importer) =>
      id.startsWith("node:") ||
      (importer !== undefined && !resolve(dirname(importer), id).startsWith(`${detectors}/`)),
  });
  const {
    output: [chunk],
  } = await build.generate({ format: "cjs" });
  await build.close();
  writeFileSync(join(detectors, BUNDLE), wrapCatalogScript(chunk.code, chunk.imports));
} finally {
  rmSync(join(detectors, ENTRY), { force: true });
}
// The code cache holds what loading compiled, so it is made once the script has run, under
// the flags of the CLI that takes it.
setFlagsFromString(CLI_V8_FLAGS);
const scriptPath = join(detectors, BUNDLE);
const { script } = await runCatalogScript(scriptPath, readFileSync(scriptPath, "utf8"));
writeFileSync(join(detectors, CODE_CACHE), script.createCachedData());

// The CLI and its worker, written to dist/cli/.
const cli = join(dist, "cli");
const written = await bundle(
  {
    input: { main: join(cli, "main.js"), worker: join(dist, "scan", "worker.js") },
    plugins: [
      keepOut(["detectors", "engine", "catalog", "version.js", "errors.js"].map((path) => join(dist, path))),
    ],
  },
  {
    dir: cli,
    paths: (id) => (id.startsWith(`${dist}/`) ? `../${relative(dist, id)}` : id),
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    sourcemap: true,
  },
);
// tsc's files of the CLI (src/cli/commands/ included) are all in the bundle now: nothing loads them.
for (const file of readdirSync(cli)) {
  if (!written.includes(file)) rmSync(join(cli, file), { recursive: true });
}
// The package's bin: executable even where no installer sets the mode (a reused npx cache
// entry links to it without touching it).
chmodSync(join(cli, "main.js"), 0o755);

process.stdout.write(
  `bundled ${files.length} detector files into dist/detectors/${BUNDLE} (${statSync(join(detectors, BUNDLE)).size} bytes, code cache ${statSync(join(detectors, CODE_CACHE)).size}), and the CLI into dist/cli/main.js and worker.js\n`,
);

/**
 * The detector files bundled into one script by `npm run build` (scripts/bundle.mjs), and its
 * loading with the V8 code cache written beside it. Compiling the bundle (2.3 MB of code) is
 * the largest part of a thread's start-up, paid by the CLI and by each scan worker: a code
 * cache spares the parse and the compile of what loading runs, about a third of the catalog's
 * load. Node 20 has no code cache for ES modules, so the bundle is a script, CommonJS in a
 * wrapper that names the shared modules it needs; they are imported first and handed in as
 * `require`, so each thread has one instance of each (the lexicon in language.js is built once).
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import type { Detector } from "./types.js";

/**
 * The V8 flags the CLI sets before anything loads (src/cli/main.ts), and the build sets before
 * it makes the code cache: V8 takes a cache only in a process with the flags it was made under.
 * Elsewhere (the library in another program) the cache is turned down, and the bundle compiled.
 */
export const CLI_V8_FLAGS = "--no-regexp-tier-up";

export interface DetectorModule {
  readonly detectors?: Detector[];
}

/** What the script evaluates to: its imports, and the bundle's body to run once they are loaded. */
interface CatalogScript {
  readonly imports: readonly string[];
  load(exports: Record<string, unknown>, require: (specifier: string) => unknown): void;
}

/** The script's text around a CommonJS bundle and its imports (`chunk.imports` of the build). */
export function wrapCatalogScript(commonJs: string, imports: readonly string[]): string {
  return `({ imports: ${JSON.stringify(imports)}, load(exports, require) {\n${commonJs}\n} })`;
}

export interface LoadedCatalogScript {
  readonly files: readonly string[];
  readonly modules: DetectorModule[];
  /** For the build, which writes its code cache once it has run. */
  readonly script: vm.Script;
}

/**
 * Runs the catalog script `source`, read from `path` (for stack traces and the relative
 * imports), with `cachedData` when there is a cache. A cache V8 rejects (made by another Node
 * version) costs nothing but the compile it would have spared.
 */
export async function runCatalogScript(
  path: string,
  source: string,
  cachedData?: Buffer,
): Promise<LoadedCatalogScript> {
  const script = new vm.Script(source, { filename: path, cachedData });
  const { imports, load } = script.runInThisContext() as CatalogScript;
  const url = pathToFileURL(path);
  const loaded = new Map<string, unknown>();
  await Promise.all(
    imports
      .filter((specifier) => specifier.startsWith("."))
      .map(async (specifier) => loaded.set(specifier, await import(new URL(specifier, url).href))),
  );
  const builtIn = createRequire(url);
  const exports: Record<string, unknown> = {};
  load(exports, (specifier) => loaded.get(specifier) ?? builtIn(specifier));
  return {
    files: exports.files as readonly string[],
    modules: exports.modules as DetectorModule[],
    script,
  };
}

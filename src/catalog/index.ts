/**
 * The catalog: every `Detector` exported as `detectors` by the files of `src/detectors/`, one
 * file per vendor or family. Files are discovered, not listed, so adding a vendor touches one
 * file.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type DetectorModule, runCatalogScript } from "./bundle-script.js";
import { registerTokenPrefixes } from "./language.js";
import type { Detector } from "./types.js";

const folder = join(dirname(fileURLToPath(import.meta.url)), "..", "detectors");
const ownExtension = extname(fileURLToPath(import.meta.url));

/** Written by `npm run build` (scripts/bundle.mjs): every detector file in one script, and its code cache. */
const BUNDLE = "catalog.bundle.cjs";
const CODE_CACHE = "catalog.bundle.cache";

async function loadCatalog(): Promise<readonly Detector[]> {
  const files = readdirSync(folder)
    .filter((file) => extname(file) === ownExtension && !file.endsWith(".d.ts") && !file.startsWith("."))
    .sort();
  const bundled = await loadBundle(files);
  const modules =
    bundled ??
    (await Promise.all(
      files.map(async (file) => (await import(pathToFileURL(`${folder}/${file}`).href)) as DetectorModule),
    ));
  return Object.freeze(
    modules.flatMap((module, index) => {
      if (!Array.isArray(module.detectors)) {
        throw new Error(`src/detectors/${files[index]} must export "detectors", an array of Detector`);
      }
      return module.detectors;
    }),
  );
}

/**
 * The bundle's modules, when there is a bundle built from exactly these files and newer than
 * each of them; otherwise (running from sources, or after a plain `tsc`) `undefined`, and the
 * files are imported one by one.
 */
async function loadBundle(files: readonly string[]): Promise<DetectorModule[] | undefined> {
  const built = statSync(`${folder}/${BUNDLE}`, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return undefined;
  if (files.some((file) => statSync(`${folder}/${file}`).mtimeMs > built)) return undefined;
  const path = `${folder}/${BUNDLE}`;
  const cache = statSync(`${folder}/${CODE_CACHE}`, { throwIfNoEntry: false });
  const bundle = await runCatalogScript(
    path,
    readFileSync(path, "utf8"),
    cache !== undefined && cache.mtimeMs >= built ? readFileSync(`${folder}/${CODE_CACHE}`) : undefined,
  );
  if (bundle.files.length !== files.length || bundle.files.some((file, i) => file !== files[i]))
    return undefined;
  return bundle.modules;
}

/** Every detector keyhound ships, in a stable order (by file, then as written). */
export const catalog: readonly Detector[] = await loadCatalog();
registerTokenPrefixes(catalog.flatMap((detector) => detector.keywords));

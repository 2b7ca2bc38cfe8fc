/**
 * The catalog: every `Detector` exported as `detectors` by the files of this folder, one file
 * per vendor or family. Files are discovered, not listed, so adding a vendor touches one file.
 */
import { readdirSync } from "node:fs";
import { dirname, extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Detector } from "../catalog/types.js";

const folder = dirname(fileURLToPath(import.meta.url));
const ownExtension = extname(fileURLToPath(import.meta.url));

async function loadCatalog(): Promise<readonly Detector[]> {
  const files = readdirSync(folder)
    .filter((file) => extname(file) === ownExtension && !file.endsWith(".d.ts") && !file.startsWith("index."))
    .sort();
  const modules = await Promise.all(
    files.map(async (file) => {
      const module = (await import(pathToFileURL(`${folder}/${file}`).href)) as { detectors?: Detector[] };
      if (!Array.isArray(module.detectors)) {
        throw new Error(`src/detectors/${file} must export "detectors", an array of Detector`);
      }
      return module.detectors;
    }),
  );
  return Object.freeze(modules.flat());
}

/** Every detector keyhound ships, in a stable order (by file, then as written). */
export const catalog: readonly Detector[] = await loadCatalog();

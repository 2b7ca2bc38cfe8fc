import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { catalog } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import { detectorHref, renderIndexHtml, renderPageHtml, renderVendorsHtml } from "./html.js";
import { detectorPage } from "./page.js";

export interface DocsSiteResult {
  /** HTML pages written: the index, the vendors page and one per detector. */
  readonly pages: number;
}

/** Ids become file names: refuse any that could name a file outside `detectors/`. */
const SAFE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Writes the detector catalog as a static site into `outDir` (created if missing):
 * `index.html` (search and filters), `vendors.html`, and `detectors/<id>.html` per detector.
 * Existing files of the same names are overwritten; nothing else in `outDir` is touched.
 */
export async function writeDocsSite(
  outDir: string,
  detectors: readonly Detector[] = catalog,
): Promise<DocsSiteResult> {
  const seen = new Set<string>();
  for (const { id } of detectors) {
    if (!SAFE_ID.test(id)) throw new UsageError(`detector id "${id}" cannot be used as a page name`);
    if (seen.has(id)) throw new UsageError(`detector id "${id}" appears twice`);
    seen.add(id);
  }
  // The output folder is checked and made before a thousand pages are rendered, so that a
  // mistyped --out fails at once rather than after the work.
  const existing = await stat(outDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new UsageError(`"${outDir}" is not a directory: give a new or existing directory`);
  }
  const cannotWrite = (error: unknown) =>
    new UsageError(`cannot write to "${outDir}": ${describeFsError(error)}`);
  await mkdir(join(outDir, "detectors"), { recursive: true }).catch((error) => {
    throw cannotWrite(error);
  });

  const files = new Map<string, string>([
    ["index.html", renderIndexHtml(detectors)],
    ["vendors.html", renderVendorsHtml(detectors)],
  ]);
  for (const detector of detectors)
    files.set(detectorHref(detector.id), renderPageHtml(detectorPage(detector)));
  await Promise.all([...files].map(([path, html]) => writeFile(join(outDir, path), html))).catch((error) => {
    throw cannotWrite(error);
  });
  return { pages: files.size };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOTDIR":
    case "EEXIST":
      return "a part of the path is a file, not a directory";
    case "ENOSPC":
      return "no space left on device";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

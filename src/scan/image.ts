import { catalog } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { UsageError } from "../errors.js";
import { type LineRule, lineIgnorer } from "../policy/allowlist.js";
import { type Baseline, loadBaseline } from "../policy/baseline.js";
import { ArchiveError, SNIFF_BYTES, sniffArchive } from "../sources/archive.js";
import { resolveRoots } from "../sources/files.js";
import { imageLayers, LayerStack } from "../sources/image.js";
import { UnreadableFileError } from "../sources/read.js";
import { fileAccess } from "../sources/zip.js";
import { ArchiveScan, type ArchiveScanOptions, archiveOptions } from "./archives.js";
import { CHUNK_SIZE, ChunkScanner, scanEngine } from "./chunk-scanner.js";
import { decodeDepth } from "./decoded.js";
import { addCounts, emptyStats, type ScanResult, type ScanStats, sortFindings } from "./result.js";
import { type DetectorSelection, reportedResult, selectDetectors } from "./select.js";

export interface ImageScanOptions extends DetectorSelection, ArchiveScanOptions {
  /** The image archive: `docker save` output, or an OCI image layout in a tar. */
  readonly path: string;
  readonly catalog?: readonly Detector[];
  /** Encodings undone one inside the other to look for secrets (default 0: none). */
  readonly maxDecodeDepth?: number;
  /** Report only secrets this baseline (or the baseline file at this path) does not list. */
  readonly baseline?: Baseline | string;
  /** Findings whose whole line one of these matches are not reported (the allowlist's line regexes). */
  readonly lineAllowlist?: readonly LineRule[];
}

/** Bytes of a layer read at once. */
const LAYER_BLOCK = 64 * 1024;

/**
 * Scans a container image saved to a tar, layer by layer from the top: each file the image
 * shows is scanned once, from the highest layer holding it; files that a higher layer deleted
 * (whiteouts) or replaced are not. A file is reported as `image.tar!sha256:<12 hex>/etc/app.env`
 * (its layer's digest, shortened as docker shortens ids). Archives inside are opened as in
 * `scan()`, each layer with limits of its own; a layer that is not a tar or a gzipped tar
 * (zstd) is counted as not scanned, "unsupported".
 */
export async function scanImage(options: ImageScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const baseline = options.baseline === undefined ? undefined : loadBaseline(options.baseline);
  const detectors = selectDetectors(options.catalog ?? catalog, options);
  const [root] = resolveRoots([options.path]);
  if (root?.kind !== "file") throw new UsageError(`cannot scan ${options.path} as an image: not a file`);
  const scanner = new ChunkScanner(scanEngine(detectors), CHUNK_SIZE, {
    ignoreLine: lineIgnorer(options.lineAllowlist),
    maxDecodeDepth: decodeDepth(options.maxDecodeDepth),
  });
  const archives = new ArchiveScan(scanner, archiveOptions(options));
  const image = fileAccess(root.absolute, root.size);
  try {
    const layers = layersOf(() => imageLayers(image, root.display), root.display);
    const stack = new LayerStack();
    for (const layer of [...layers].reverse()) {
      stack.nextLayer();
      const path = `${root.display}!${shortDigest(layer.digest)}`;
      const kind = sniffArchive(image.read(layer.offset, Math.min(SNIFF_BYTES, layer.size)));
      if (kind !== "tar" && kind !== "gzip") {
        archives.skip("unsupported", path);
        continue;
      }
      const sink = archives.stream(path, kind, (entry) => {
        const shown = stack.shownPath(entry.name);
        return shown === undefined ? undefined : `${path}/${shown}`;
      });
      for (let at = 0; at < layer.size; at += LAYER_BLOCK) {
        sink.push(image.read(layer.offset + at, Math.min(LAYER_BLOCK, layer.size - at)));
      }
      sink.end();
    }
  } catch (error) {
    if (error instanceof UnreadableFileError)
      throw new UsageError(`cannot read ${root.display}: ${error.code}`);
    throw error;
  } finally {
    image.close();
  }
  const { findings, counts } = archives.result();
  const stats: ScanStats = { ...emptyStats(), timings: scanner.timings };
  addCounts(stats, counts);
  stats.durationMs = performance.now() - started;
  const result = { findings: sortFindings(findings), stats, detectors: detectors.map((d) => d.id) };
  return reportedResult(result, options, baseline);
}

/** The image's layers; a damaged image archive is a usage error naming it. */
function layersOf<T>(read: () => T, display: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ArchiveError)
      throw new UsageError(`cannot read ${display}: a damaged archive (${error.message})`);
    throw error;
  }
}

function shortDigest(digest: string): string {
  const match = /^(sha256|sha512):([0-9a-f]{12})[0-9a-f]*$/.exec(digest);
  return match ? `${match[1]}:${match[2]}` : digest;
}

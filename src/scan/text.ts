import { catalog } from "../catalog/index.js";
import type { Detector } from "../catalog/types.js";
import { Engine } from "../engine/engine.js";
import type { Finding } from "../findings/finding.js";
import { CHUNK_SIZE, ChunkScanner } from "./chunk-scanner.js";
import { decodeDepth } from "./decoded.js";
import { sortFindings } from "./result.js";
import { atFloor, type DetectorSelection, selectDetectors } from "./select.js";

export interface TextScanOptions extends DetectorSelection {
  /** Path reported for findings (default `<text>`). */
  readonly path?: string;
  readonly catalog?: readonly Detector[];
  /** Encodings undone one inside the other to look for secrets (default 0: none; 2 finds base64 of JSON). */
  readonly maxDecodeDepth?: number;
}

/** Scans a string or bytes held in memory (editor buffers, docs examples, tests). */
export function scanText(text: string | Uint8Array, options: TextScanOptions = {}): Finding[] {
  const scanner = scannerFor(
    selectDetectors(options.catalog ?? catalog, options),
    decodeDepth(options.maxDecodeDepth),
  );
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  scanner.begin(options.path ?? "<text>", { size: bytes.length });
  scanner.push(bytes);
  return sortFindings(atFloor(scanner.end().findings, options));
}

const scanners = new Map<string, ChunkScanner>();
/** Callers cycle through few detector sets; the docs build asks for one per detector. */
const CACHE_SIZE = 8;

/** Compiling the keyword automaton costs milliseconds: reuse engines across in-memory scans. */
function scannerFor(detectors: readonly Detector[], maxDecodeDepth: number): ChunkScanner {
  const key = `${maxDecodeDepth}\n${detectors.map((d) => d.id).join("\n")}`;
  let scanner = scanners.get(key);
  if (scanner === undefined || scanner.engine.detectors.some((d, i) => d !== detectors[i])) {
    scanner = new ChunkScanner(new Engine(detectors), CHUNK_SIZE, { maxDecodeDepth });
    if (scanners.size >= CACHE_SIZE) scanners.delete(scanners.keys().next().value as string);
    scanners.set(key, scanner);
  }
  return scanner;
}

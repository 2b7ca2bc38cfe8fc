/**
 * What decoding (`--max-decode-depth`) costs the scan, in one process: two chunk scanners, at
 * depth 0 and at the default depth, each reading into its engine's buffer as the file scanner
 * does, over the same files of the main corpus held in memory, alternated, best of three each.
 * One process and no file reads, so that the ratio holds on a shared machine.
 *
 *   node bench/decode-cost.mjs [megabytes]     (after npm run build and npm run bench once)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalog } from "../dist/catalog/index.js";
import { Engine } from "../dist/engine/engine.js";
import { CHUNK_SIZE, ChunkScanner } from "../dist/scan/chunk-scanner.js";
import { DEFAULT_MAX_DECODE_DEPTH } from "../dist/scan/decoded.js";

const here = dirname(fileURLToPath(import.meta.url));
const limit = Number(process.argv[2] ?? 150) * 1e6;
const files = [];
let total = 0;
function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (total > limit) return;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile() && statSync(path).size < 4e6) {
      const bytes = readFileSync(path);
      files.push([path, bytes]);
      total += bytes.length;
    }
  }
}
walk(join(here, ".corpus", "tree", "packages"));

// Room for a chunk and the decoders' scratch area behind it, as the file scanner reserves.
const scannerAt = (depth) =>
  new ChunkScanner(new Engine(catalog, { readBufferBytes: CHUNK_SIZE + 1 + 256 * 1024 }), CHUNK_SIZE, {
    maxDecodeDepth: depth,
  });
const scanners = { off: scannerAt(0), on: scannerAt(DEFAULT_MAX_DECODE_DEPTH) };
function scanAll(scanner) {
  let findings = 0;
  for (const [path, bytes] of files) {
    scanner.begin(path, { size: bytes.length });
    for (let at = 0; at < bytes.length; ) {
      const space = scanner.space();
      const count = Math.min(space.length, bytes.length - at);
      bytes.copy(space, 0, at, at + count);
      scanner.commit(count);
      at += count;
    }
    findings += scanner.end().findings.length;
  }
  return findings;
}
const best = { off: Number.POSITIVE_INFINITY, on: Number.POSITIVE_INFINITY };
for (let round = 0; round < 6; round++) {
  for (const name of round % 2 === 0 ? ["on", "off"] : ["off", "on"]) {
    const started = performance.now();
    scanAll(scanners[name]);
    best[name] = Math.min(best[name], performance.now() - started);
  }
}
console.log(
  `${files.length} files, ${(total / 1e6).toFixed(0)} MB: decoding off ${best.off.toFixed(0)} ms, on ${best.on.toFixed(0)} ms, +${((best.on / best.off - 1) * 100).toFixed(1)}%`,
);

import { readFileSync } from "node:fs";
import type { Finding } from "../findings/finding.js";
import type { WalkedFile } from "../sources/files.js";
import { notebookTexts } from "../sources/notebook.js";
import { fileSystem } from "../sources/read.js";
import type { ChunkScanner, ScannedInput } from "./chunk-scanner.js";
import { addCounts, emptyCounts } from "./result.js";

/** A notebook larger than this is scanned as the JSON it is, streamed: parsing it would hold it whole. */
const NOTEBOOK_BYTES = 64 * 1024 * 1024;

export function isNotebook(path: string): boolean {
  return path.endsWith(".ipynb");
}

/**
 * Scans a Jupyter notebook cell by cell: the notebook source's adapter to the chunk scanner.
 * A cell's source is reported as `nb.ipynb!cell-3`, its outputs as `nb.ipynb!cell-3/output-1`,
 * with lines counted inside each. `undefined` when the file is not a notebook after all (not
 * JSON, no cells) or too large to parse: the caller then scans it as text.
 */
export function scanNotebook(scanner: ChunkScanner, file: WalkedFile): ScannedInput | undefined {
  if (file.size > NOTEBOOK_BYTES) return undefined;
  const texts = notebookTexts(fileSystem(file.absolute, () => readFileSync(file.absolute, "utf8")));
  if (texts === undefined) return undefined;
  const findings: Finding[] = [];
  // What a cell left unread (encoded text too large to decode), counted for the notebook.
  const unread = emptyCounts();
  for (const { cell, output, text } of texts) {
    const part = `!cell-${cell}${output === 0 ? "" : `/output-${output}`}`;
    scanner.begin(`${file.display}${part}`, {
      judgedPath: file.inside === undefined ? undefined : `${file.inside}${part}`,
    });
    scanner.push(Buffer.from(text));
    const result = scanner.end();
    for (const finding of result.findings) findings.push(finding);
    if (result.entries !== undefined) addCounts(unread, { ...result.entries, files: 0, bytes: 0 });
  }
  if (unread.skipped === 0) return { findings, bytes: file.size };
  return { findings, bytes: file.size, entries: { ...unread, files: 1, bytes: file.size } };
}

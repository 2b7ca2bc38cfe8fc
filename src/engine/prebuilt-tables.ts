import { readFileSync } from "node:fs";
import { deserializeKeywordTables, type KeywordTables } from "./prefilter.js";

/**
 * The keyword tables of the built-in catalog, written next to this file by the build
 * (scripts/keyword-tables.mjs). Each scan thread would otherwise build them at start-up, which
 * takes about as long as loading the catalog; loading them is a file read.
 */
const TABLES_FILE = new URL("./keyword-tables.bin", import.meta.url);

let loaded: { tables: KeywordTables; known: ReadonlySet<string> } | null | undefined;

/**
 * The prebuilt tables when they hold every one of `keywords` (lower case), else `undefined`:
 * no file (running from source), a file of another format, or a keyword they lack (a custom
 * detector's). Tables holding more keywords serve as well: hits on the others open no window.
 */
export function prebuiltKeywordTables(keywords: readonly string[]): KeywordTables | undefined {
  if (loaded === undefined) loaded = load();
  if (loaded === null) return undefined;
  const { tables, known } = loaded;
  return keywords.every((keyword) => known.has(keyword)) ? tables : undefined;
}

function load(): { tables: KeywordTables; known: ReadonlySet<string> } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(TABLES_FILE);
  } catch {
    return null;
  }
  const tables = deserializeKeywordTables(bytes);
  return tables ? { tables, known: new Set(tables.keywords) } : null;
}

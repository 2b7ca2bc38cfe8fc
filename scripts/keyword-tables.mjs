#!/usr/bin/env node
/**
 * Part of `npm run build`, after the bundles: writes the built-in catalog's keyword tables to
 * dist/engine/keyword-tables.bin, which every scan thread loads instead of building the
 * automaton itself (src/engine/prebuilt-tables.ts says why).
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const { catalog } = await import(join(dist, "catalog", "index.js"));
const { compileDetectors } = await import(join(dist, "engine", "compile.js"));
const { buildKeywordTables, serializeKeywordTables } = await import(join(dist, "engine", "prefilter.js"));

writeFileSync(
  join(dist, "engine", "keyword-tables.bin"),
  serializeKeywordTables(buildKeywordTables(compileDetectors(catalog).keywords)),
);

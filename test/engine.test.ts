import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import type { Detector } from "../src/catalog/types.js";
import { Engine } from "../src/engine/engine.js";
import {
  buildKeywordTables,
  deserializeKeywordTables,
  KeywordAutomaton,
  SLICE,
  serializeKeywordTables,
} from "../src/engine/prefilter.js";
import { CHUNK_SIZE, ChunkScanner } from "../src/scan/chunk-scanner.js";
import { scan } from "../src/scan/directory.js";
import { scanText } from "../src/scan/text.js";
import { readFileInto, readRangeSync } from "../src/sources/read.js";

const scratch = mkdtempSync(join(tmpdir(), "keyhound-engine-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A small detector for engine tests: `tk_` + 32 letters and digits. */
function tokenDetector(overrides: Partial<Detector> = {}): Detector {
  return {
    id: "test-token",
    name: "Test token",
    vendor: "Test",
    family: "API Key",
    severity: "high",
    description: "A token used by the engine tests.",
    security: ["none"],
    mitigation: { revoke: "Nothing to revoke: this detector exists for the engine tests only." },
    keywords: ["tk_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>tk_[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
    examples: [],
    negatives: [],
    ...overrides,
  };
}

const token = (label: string) => `tk_${randomChars("alnum", 32, label)}`;

/** Every occurrence of every keyword, by plain string search: the reference for the automaton. */
function naiveHits(text: string, keywords: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const hits: string[] = [];
  keywords.forEach((keyword, index) => {
    for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
      hits.push(`${at + keyword.length}:${index}`);
    }
  });
  return hits.sort();
}

/** Every hit of the automaton over `bytes`, fed slice by slice as the engine does. */
function automatonHits(automaton: KeywordAutomaton, bytes: Buffer): string[] {
  const hits: string[] = [];
  let state = 0;
  for (let from = 0; from < bytes.length; from += SLICE) {
    const count = automaton.find(bytes, from, Math.min(bytes.length, from + SLICE), state);
    state = automaton.state;
    for (let h = 0; h < 2 * count; h += 2) {
      for (const keyword of automaton.keywordsAtIndex(
        automaton.acceptingIndex(automaton.hits[h + 1] as number),
      )) {
        hits.push(`${automaton.hits[h]}:${keyword}`);
      }
    }
  }
  return hits.sort();
}

describe("chunked reads", () => {
  /** Writes `size` bytes of filler lines to a file, with `inserts` placed at given offsets. */
  function writeFiller(path: string, size: number, inserts: Array<[number, string]>) {
    const fd = openSync(path, "w");
    const line = `${"const value = 'filler text without any keyword in it';".padEnd(79, " ")}\n`;
    const block = Buffer.from(line.repeat(Math.ceil((1 << 20) / line.length)));
    let written = 0;
    const sorted = [...inserts].sort((a, b) => a[0] - b[0]);
    for (const [offset, text] of sorted) {
      while (written < offset) {
        written += writeSync(fd, block, 0, Math.min(block.length, offset - written));
      }
      written += writeSync(fd, Buffer.from(text));
    }
    while (written < size) written += writeSync(fd, block, 0, Math.min(block.length, size - written));
    closeSync(fd);
  }

  /** 1-based line of a byte offset, by counting newlines before it. */
  function lineAt(path: string, offset: number): number {
    const fd = openSync(path, "r");
    const buffer = Buffer.alloc(1 << 20);
    let lines = 1;
    for (let position = 0; position < offset; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, offset - position), position);
      for (let i = 0; i < read; i++) if (buffer[i] === 0x0a) lines++;
      position += read;
    }
    closeSync(fd);
    return lines;
  }

  it("streams a large file: findings throughout, memory bounded by the chunk size", async () => {
    const path = join(scratch, "large.txt");
    const size = 160 * 1024 * 1024;
    const keys: Array<[number, string]> = [];
    for (let i = 1; i <= 16; i++) keys.push([i * 10 * 1024 * 1024 - 500, `\n${token(`l${i}`)}\n`]);
    writeFiller(path, size, keys);
    // Peak resident memory of this test process (it runs first in this file, before the
    // tests that build large strings in memory).
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const { findings, stats } = await scan({ paths: [path], catalog: [tokenDetector()], workers: 0 });
    const peakAfter = process.resourceUsage().maxRSS * 1024;
    expect(stats.bytes).toBe(size);
    expect(findings.map((f) => f.secret)).toEqual(keys.map(([, text]) => text.trim()));
    // Reading the file whole, or decoding it to a string, would add at least its 160 MB.
    expect(peakAfter - peakBefore).toBeLessThan(80 * 1024 * 1024);
  });

  it("finds a key straddling a chunk boundary once, on the right line", async () => {
    const path = join(scratch, "straddle.txt");
    const key = token("straddle");
    // The first chunk ends at CHUNK_SIZE; start the key 10 bytes before it, after a newline.
    const at = CHUNK_SIZE - 10;
    writeFiller(path, CHUNK_SIZE + 4096, [[at - 1, `\n${key}\n`]]);
    const { findings } = await scan({ paths: [path], catalog: [tokenDetector()], workers: 0 });
    expect(findings.map((f) => f.secret)).toEqual([key]);
    expect(findings[0]?.line).toBe(lineAt(path, at));
    expect(findings[0]?.column).toBe(1);
  });

  it("counts columns from the real start of a long line, across chunks and multi-byte text", async () => {
    const path = join(scratch, "long-line.txt");
    const key = token("long-line");
    // One line of 9 million characters, "é" (two bytes) among them, crossing the first chunk
    // boundary before the key.
    const prefix = `${"é".repeat(1000)}${"x".repeat(9_000_000)} `;
    writeFiller(path, 0, [[0, `${prefix}${key}\nnext ${key}\n`]]);
    const { findings } = await scan({ paths: [path], catalog: [tokenDetector()], workers: 0 });
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [1, prefix.length + 1],
      [2, 6],
    ]);
  });

  it("stops reading at the size the walk saw, with the findings of reading to the end", () => {
    const path = join(scratch, "sized.txt");
    const scanner = new ChunkScanner(new Engine([tokenDetector()]), 4096);
    const scanned = (size?: number) => {
      scanner.begin("sized.txt", { size, reread: (from, to) => readRangeSync(path, from, to) });
      readFileInto(path, scanner, size);
      const { findings, bytes } = scanner.end();
      return { bytes, found: findings.map((f) => [f.secret, f.line, f.column]) };
    };
    for (const length of [0, 1, 4096, 4097, 3 * 4096 - 2048, 3 * 4096 - 2047, 5 * 4096 + 17]) {
      // A key at every 3,000 bytes, so that some straddle the (at least 4096-byte) chunks.
      const text = Buffer.alloc(length, 0x61);
      for (let at = 100; at + 60 < length; at += 3000) text.write(` ${token(`s${at}`)} \n`, at);
      writeFileSync(path, text);
      expect(scanned(length)).toEqual(scanned());
      expect(scanned(length).bytes).toBe(length);
    }
    // A file that grew after the walk is still read to its end.
    writeFileSync(path, `${"a".repeat(9_000)} ${token("grown")}\n`);
    expect(scanned(5000)).toEqual(scanned());
    expect(scanned(5000).found).toHaveLength(1);
  });

  it("finds keys at every position around the overlap, each once", async () => {
    const path = join(scratch, "overlap.txt");
    const keys: Array<[number, string]> = [];
    // Around the end of the first chunk and around the middle of the overlap.
    for (const offset of [-1400, -700, -40, -20, -5, 3, 40, 700]) {
      keys.push([CHUNK_SIZE + offset, ` ${token(`o${offset}`)} `]);
    }
    writeFiller(path, CHUNK_SIZE + 64 * 1024, keys);
    const { findings } = await scan({ paths: [path], catalog: [tokenDetector()], workers: 0 });
    expect(findings.map((f) => f.secret).sort()).toEqual(keys.map(([, text]) => text.trim()).sort());
  });
});

describe("keyword automaton", () => {
  const keywords = ["he", "she", "his", "hers", "sk-ant-", "ghp_", "token", "to", "a", "-----begin"];
  const text = `Ushers SHE said: HIS token=ghp_x, sk-ANT-api, TOKEN toto -----BEGIN a\n${"x".repeat(50)}`;

  it.each([true, false])(
    "finds every keyword occurrence, case-insensitively (WebAssembly: %s)",
    (webAssembly) => {
      const automaton = new KeywordAutomaton(keywords, { webAssembly });
      expect(automatonHits(automaton, Buffer.from(text))).toEqual(naiveHits(text, keywords));
    },
  );

  it("carries its state across slices: a keyword straddling a slice boundary is found once", () => {
    const automaton = new KeywordAutomaton(["sk-ant-api03-"]);
    for (const shift of [1, 5, 12]) {
      const text = `${"x".repeat(SLICE - shift)}sk-ant-api03-${"y".repeat(100)}`;
      expect(automatonHits(automaton, Buffer.from(text))).toEqual([`${SLICE - shift + 13}:0`]);
    }
  });

  it("splits a slice into streams without losing or doubling a keyword where they meet", () => {
    // The WebAssembly loop scans three parts of a slice side by side, each starting a little
    // before the one before it ends; move a keyword across those seams one byte at a time,
    // in slices long and short, of odd and even length.
    const keywords = ["sk-ant-api03-", "tk_"];
    const automaton = new KeywordAutomaton(keywords);
    for (const length of [1100, 1501, 4096, SLICE - 1, SLICE]) {
      const seams = length < 5000 ? [0] : [Math.floor(length / 3), Math.floor((2 * length) / 3)];
      const reach = length < 5000 ? length - 16 : 64;
      for (const seam of seams) {
        for (let at = Math.max(0, seam - reach); at < Math.min(length - 16, seam + reach); at++) {
          const text = `${"x".repeat(at)}sk-ant-api03-tk_${"y".repeat(length - at - 16)}`;
          expect(automatonHits(automaton, Buffer.from(text))).toEqual(naiveHits(text, keywords));
        }
      }
    }
  });

  it("finds the same hits in bytes read into its own buffer, which it scans without a copy", () => {
    const keywords = ["sk-ant-api03-", "tk_", "token"];
    const reserving = new KeywordAutomaton(keywords, { readBytes: 3 * SLICE });
    const own = reserving.readBuffer() as Buffer;
    expect(own.length).toBe(3 * SLICE);
    const text = Buffer.from(
      Array.from({ length: 15000 }, (_, i) => (i % 7 === 0 ? "sk-ant-api03-tk_" : `token${i} x`)).join(" "),
    ).subarray(0, 2 * SLICE + 999);
    // At the start of the buffer and further in: the loop takes the address of the bytes.
    for (const at of [0, 7, 900]) {
      text.copy(own, at);
      const inPlace = own.subarray(at, at + text.length);
      expect(automatonHits(reserving, inPlace)).toEqual(automatonHits(new KeywordAutomaton(keywords), text));
    }
    expect(
      new KeywordAutomaton(keywords, { webAssembly: false, readBytes: 64 }).readBuffer(),
    ).toBeUndefined();
    expect(new KeywordAutomaton(keywords).readBuffer()).toBeUndefined();
  });

  it("gives the same hits from WebAssembly and from JS on bytes of every value", () => {
    const bytes = Buffer.alloc(3 * SLICE + 17);
    let seed = 0x2545f491;
    for (let i = 0; i < bytes.length; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      bytes[i] = seed & 0xff;
    }
    Buffer.from("token").copy(bytes, SLICE - 2);
    const words = ["token", "\u00e9t\u00e9", "\u0000\u0001", "zz", "ab"];
    const wasm = automatonHits(new KeywordAutomaton(words), bytes);
    expect(automatonHits(new KeywordAutomaton(words, { webAssembly: false }), bytes)).toEqual(wasm);
    expect(wasm.length).toBeGreaterThan(10);
  });

  it("runs the same from tables written to bytes and read back as from tables it builds", () => {
    const tables = buildKeywordTables(keywords);
    const read = deserializeKeywordTables(serializeKeywordTables(tables));
    expect(read).toEqual(tables);
    // Read from an odd offset of a larger buffer, as a file's bytes may lie in a pool.
    const shifted = Buffer.concat([Buffer.from([1, 2, 3]), serializeKeywordTables(tables)]).subarray(3);
    const automaton = new KeywordAutomaton(keywords, { tables: deserializeKeywordTables(shifted) });
    expect(automatonHits(automaton, Buffer.from(text))).toEqual(naiveHits(text, keywords));
    expect(deserializeKeywordTables(Buffer.from("not tables at all, too short?"))).toBeUndefined();
    expect(deserializeKeywordTables(serializeKeywordTables(tables).subarray(0, 100))).toBeUndefined();
  });

  it("refuses, with the reason, keywords that make more states than a table entry can number", () => {
    // 3,000 unrelated 24-letter keywords make about 70,000 states.
    const many = Array.from({ length: 3000 }, (_, i) => randomChars("lower", 24, `many-${i}`));
    expect(() => buildKeywordTables(many)).toThrow(
      /3000 keywords make \d+ keyword automaton states, more than the 32768/,
    );
  });

  it("finds the same credentials with tables that hold more keywords than its detectors use", () => {
    const detectors = [
      tokenDetector(),
      tokenDetector({ id: "other", keywords: ["zz_"], pattern: /(?<secret>zz_[a-z]{8})/ }),
    ];
    const input = Buffer.from(`a ${token("superset")} zz_qmvkwrtx tk_ short zz_ tk_\n`);
    const plain = new Engine(detectors).scan(input);
    const tables = buildKeywordTables(["ghp_", "zz_", "token", "tk_", "tk"]);
    const wide = new Engine(detectors, { keywordTables: tables }).scan(input);
    expect(plain.map((c) => `${c.detector.id}:${c.start}`)).toEqual(["test-token:2", "other:38"]);
    expect(wide.map((c) => `${c.detector.id}:${c.start}`)).toEqual(
      plain.map((c) => `${c.detector.id}:${c.start}`),
    );
  });
});

describe("engine windows", () => {
  it("stretches a window over consecutive hits, so a secret far from the first keyword is found", () => {
    // 20 keywords 400 bytes apart on one line: the secret sits 8000 bytes after the first one,
    // well beyond one window (512 bytes), but within reach of the last.
    const detector = tokenDetector({ keywords: ["tk_", "marker"] });
    const filler = `${"marker ".padEnd(400, ".")}`;
    const line = `${filler.repeat(20)}${token("far")} tail`;
    const found = new Engine([detector]).scan(Buffer.from(line));
    expect(found.map((c) => c.secret)).toEqual([token("far")]);
  });

  it("keeps windows on the keyword's line", () => {
    // The pattern would match across the newline if the window were not clipped to the line.
    const detector = tokenDetector({
      keywords: ["key:"],
      pattern: /key:\s{0,3}(?<secret>[A-Za-z0-9]{32})/,
    });
    const found = new Engine([detector]).scan(Buffer.from(`key:\n${randomChars("alnum", 32, "x")}\n`));
    expect(found).toEqual([]);
  });

  it("is linear on a long line dense with hits, and reports every match once", () => {
    // 100,000 tokens on one 4 MB line: a per-hit rescan or a per-finding pass over all
    // candidates would not finish within the test timeout.
    const count = 100_000;
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(`tk_${randomChars("alnum", 32, `t${i % 1000}`)}`);
    const found = new Engine([tokenDetector()]).scan(Buffer.from(parts.join(" ")));
    expect(found.length).toBe(count);
    expect(new Set(found.map((c) => c.start)).size).toBe(count);
  });

  it("turns 100,000 candidates in one file into findings in linear time", () => {
    // Ten tokens a line: each finding's snippet redacts its neighbours on the line, which
    // must not mean a pass over every candidate of the file per finding.
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const row: string[] = [];
      for (let j = 0; j < 10; j++) row.push(`tk_${randomChars("alnum", 32, `f${(i * 10 + j) % 997}`)}`);
      lines.push(row.join(" "));
    }
    const findings = scanText(lines.join("\n"), { catalog: [tokenDetector()] });
    expect(findings.length).toBe(100_000);
    expect(findings[99_999]?.line).toBe(10_000);
    expect(findings[5]?.snippet).not.toMatch(/tk_[A-Za-z0-9]{32}/);
  });

  it("shows validators the text around their match, not a whole merged window", () => {
    // 5,000 matches on one line merge into one window of 200 KB; a validator looking back over
    // all of it from each match would make the line quadratic.
    const seen: number[] = [];
    const detector = tokenDetector({
      validate: (_secret, context) => {
        seen.push(context.window.length);
        return context.window.slice(context.index).startsWith("tk_") ? true : "misplaced";
      },
    });
    const line = Array.from({ length: 5000 }, (_, i) => token(`v${i % 500}`)).join(" ");
    expect(new Engine([detector]).scan(Buffer.from(line)).length).toBe(5000);
    expect(Math.max(...seen)).toBeLessThanOrEqual(128 + 35 + 512);
  });

  it("matches case-sensitive keywords only as written, any-case keywords in any case", () => {
    const exact = tokenDetector({
      keywords: ["TK_"],
      caseSensitiveKeywords: true,
      pattern: /(?<![A-Za-z0-9_])(?<secret>(?:TK|tk)_[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
    });
    const upper = `TK_${randomChars("alnum", 32, "u")}`;
    const text = `${token("lower")}
${upper}
`;
    expect(new Engine([exact]).scan(Buffer.from(text)).map((c) => c.secret)).toEqual([upper]);
    const anyCase = { ...exact, caseSensitiveKeywords: false };
    expect(new Engine([anyCase]).scan(Buffer.from(text)).map((c) => c.secret)).toEqual([
      token("lower"),
      upper,
    ]);
  });

  it("skips keyword hits that follow a character outside keywordPrecededBy", () => {
    // The pattern alone takes a token after a letter too; the class keeps only token starts.
    const loose = tokenDetector({ pattern: /(?<secret>tk_[A-Za-z0-9]{32})(?![A-Za-z0-9_])/ });
    const bounded = { ...loose, keywordPrecededBy: /[^A-Za-z0-9]/ };
    const [a, b, c] = ["a", "b", "c"].map((label) => token(label));
    const text = `${a}\nx${b}\n(${c})\n`;
    expect(new Engine([loose]).scan(Buffer.from(text)).length).toBe(3);
    expect(new Engine([bounded]).scan(Buffer.from(text)).map((found) => found.secret)).toEqual([a, c]);
  });

  it("skips keyword hits followed by a character outside keywordFollowedBy", () => {
    const loose = tokenDetector({
      keywords: ["key"],
      pattern: /key[ \t]*[=:][ \t]*(?<secret>tk_[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
    });
    const bounded = { ...loose, keywordFollowedBy: /[ \t=:]/ };
    const [a, b] = ["a", "b"].map((label) => token(label));
    const text = `key = ${a}\nkey=${b}\nkeys = ${token("c")}\nkey`;
    expect(new Engine([bounded]).scan(Buffer.from(text)).map((found) => found.secret)).toEqual([a, b]);
    expect(new Engine([loose]).scan(Buffer.from(text)).map((found) => found.secret)).toEqual([a, b]);
    // A stricter class than the pattern loses what the pattern would find: the field's contract.
    const tooStrict = { ...loose, keywordFollowedBy: /=/ };
    expect(new Engine([tooStrict]).scan(Buffer.from(text)).map((found) => found.secret)).toEqual([b]);
  });

  it("opens no window where the keyword gate fails, and sees the keyword through a lookbehind", () => {
    // The pattern alone would take all three lines; the gate lets only `key =` through.
    const gated = tokenDetector({
      keywords: ["key"],
      keywordGate: /(?<=key)[ \t]{0,3}=/,
      pattern: /key[a-z]{0,2}[ \t]{0,3}[=:][ \t]{0,3}(?<secret>[A-Za-z0-9]{32})/,
    });
    const [a, b, c] = ["a", "b", "c"].map((label) => randomChars("alnum", 32, label));
    const text = `keys = ${a}\nkey = ${b}\nmonkey: ${c}\n`;
    expect(new Engine([{ ...gated, keywordGate: undefined }]).scan(Buffer.from(text)).length).toBe(3);
    expect(new Engine([gated]).scan(Buffer.from(text)).map((found) => found.secret)).toEqual([b]);
    // A buffer decoded piece by piece (over 4 MB) gives the gate the same view of the keyword.
    const large = Buffer.from(`${"x".repeat(5 * 1024 * 1024)}\n${text}`);
    expect(new Engine([gated]).scan(large).map((found) => found.secret)).toEqual([b]);
  });

  it("sees keywords, gates and windows that cross the engine's 64 KB text segments", () => {
    const gated = tokenDetector({
      keywords: ["key"],
      keywordGate: /(?<=key)[ \t]{0,3}=/,
      pattern: /key[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9]{32})/,
    });
    // 100 segments, more than the engine keeps at once; each key line ends a few bytes before
    // or after a segment boundary, so the keyword, the gate or the value crosses it.
    const segment = 64 * 1024;
    let text = "";
    const expected: string[] = [];
    for (let i = 1; i <= 100; i++) {
      const value = randomChars("alnum", 32, `segment-${i}`);
      const line = `key = ${value}\n`;
      const lineStart = i * segment - (i % line.length);
      text += `${"x".repeat(lineStart - text.length - 1)}\n${line}`;
      expected.push(value);
    }
    expect(new Engine([gated]).scan(Buffer.from(text)).map((found) => found.secret)).toEqual(expected);
  });

  it("reports the same candidates whatever the order of overlapping keywords in a state", () => {
    const generic = tokenDetector({
      id: "test-generic",
      confidence: "low",
      keywords: ["secret", "token", "tk_"],
      pattern: /(?:secret|token)\s{0,3}=\s{0,3}(?<secret>[A-Za-z0-9_]{16,64})/,
    });
    const specific = tokenDetector();
    const text = `token = ${token("a")}\nsecret=${token("b")} and ${token("c")}\n`;
    const found = new Engine([generic, specific]).scan(Buffer.from(text));
    expect(found.map((c) => `${c.detector.id}:${c.secret}`)).toEqual([
      `test-token:${token("a")}`,
      `test-token:${token("b")}`,
      `test-token:${token("c")}`,
    ]);
  });
});

describe("source maps", () => {
  /** A source map whose `mappings` hold `inMappings` and whose `sourcesContent` holds `inSources`. */
  function sourceMap(inMappings: string, inSources: string, mappingsPadding = 0): string {
    const vlq = "AAAA,SAASA,EAAE;".repeat(Math.ceil(mappingsPadding / 16)).slice(0, mappingsPadding);
    return JSON.stringify({
      version: 3,
      sources: ["app.ts"],
      sourcesContent: [`const apiKey = "${inSources}";\nconsole.log("\\"mappings\\": \\"x");\n`],
      names: [],
      mappings: `AAAA,${vlq}${inMappings};AACA`,
    });
  }

  it("skips the spans it is told to, while windows from outside may reach into them", () => {
    const inside = token("inside");
    const before = token("before");
    const text = `${before} ${inside} ${token("after")}`;
    const skipFrom = before.length + 1;
    const skipTo = skipFrom + inside.length;
    const found = new Engine([tokenDetector()]).scan(Buffer.from(text), { skip: [skipFrom, skipTo] });
    expect(found.map((c) => c.secret)).toEqual([before, token("after")]);
    // A secret that starts before the span may run into it.
    const reaching = new Engine([tokenDetector()]).scan(Buffer.from(text), { skip: [skipFrom + 3, skipTo] });
    expect(reaching.map((c) => c.secret)).toEqual([before, inside, token("after")]);
  });

  it("does not look for keywords in a source map's mappings, and scans the rest of it", async () => {
    const map = sourceMap(token("vlq"), token("sources"));
    const asMap = scanText(map, { catalog: [tokenDetector()], path: "dist/app.js.map" });
    expect(asMap.map((f) => f.secret)).toEqual([token("sources")]);
    // The same text in a file not named as a source map is scanned whole.
    const asJson = scanText(map, { catalog: [tokenDetector()], path: "dist/app.json" });
    expect(asJson.map((f) => f.secret).sort()).toEqual([token("sources"), token("vlq")].sort());
    // Nor is it decoded: base64 there is position data.
    const encoded = Buffer.from(`key=${token("encoded")}`)
      .toString("base64")
      .replace(/=+$/, "");
    const withEncoded = sourceMap(encoded, token("sources"));
    const decodedInMap = scanText(withEncoded, { catalog: [tokenDetector()], path: "dist/app.js.map" });
    expect(decodedInMap.map((f) => f.secret)).toEqual([token("sources")]);
    const decodedInJson = scanText(withEncoded, { catalog: [tokenDetector()], path: "dist/app.json" });
    expect(decodedInJson.map((f) => f.secret).sort()).toEqual([token("encoded"), token("sources")].sort());
    // A `mappings` key whose value is not a string skips nothing.
    const objectValue = `{"mappings" : {"k": "${token("object")}"}}`;
    expect(scanText(objectValue, { catalog: [tokenDetector()], path: "x.map" })).toHaveLength(1);
  });

  it("tracks a mappings value across the chunks of a large source map, on disk and from git", async () => {
    // A value of 5 MB spans three file chunks; the token in it starts 10 bytes before the
    // first chunk's end.
    const padding = CHUNK_SIZE - 10 - sourceMap(token("vlq"), token("sources")).indexOf(token("vlq"));
    const map = sourceMap(token("vlq"), token("sources"), padding);
    expect(map.indexOf(token("vlq"))).toBe(CHUNK_SIZE - 10);
    const file = join(scratch, "large.js.map");
    writeFileSync(file, `${map.replace(/;AACA"/, `;${"AACA,".repeat(600_000)}AACA"`)}\n${token("after")}\n`);
    const { findings } = await scan({ paths: [file], catalog: [tokenDetector()], workers: 0 });
    expect(findings.map((f) => f.secret)).toEqual([token("sources"), token("after")]);

    const streamed = new ChunkScanner(new Engine([tokenDetector()]), 64 * 1024);
    const blob = Buffer.from(sourceMap(token("vlq"), token("sources"), 200_000));
    streamed.begin("dist/large.js.map", { size: blob.length });
    for (let at = 0; at < blob.length; at += 10_000) streamed.push(blob.subarray(at, at + 10_000));
    expect(streamed.end().findings.map((f) => f.secret)).toEqual([token("sources")]);
  });
});

import { findModule, type Runner, SLICE, wasmRunner } from "./prefilter-wasm.js";

export { SLICE };

/**
 * Multi-keyword prefilter: one Aho-Corasick pass over raw bytes finds every keyword of the
 * whole catalog at once, so only detectors whose keyword occurs run their regex.
 *
 * Hand-written because it is the hot path, and shaped by measurement (`npm run bench`: a tree
 * of npm packages, the catalog's keywords):
 * - the input is never decoded to a JS string: decoding alone costs more than the scan;
 * - input bytes map to a few dozen byte classes (bytes that act alike in every state), so the
 *   transition table is states x classes instead of states x 256;
 * - the table is stored by column (class), and an entry is the next state's byte offset in a
 *   column (its number x 2, 16 bits), while a byte's class is looked up as its column's byte
 *   offset: a step is then an add and one dependent load, with no multiply or shift on the
 *   chain of dependent loads that bounds the loop, and no row padding;
 * - states that end a keyword are numbered last, so "a keyword ends here" is one compare;
 * - the loop runs in a tiny hand-assembled WebAssembly function, over four parts of the
 *   input side by side (prefilter-wasm.ts says why). A JS loop over the same table remains for
 *   runtimes without WebAssembly.
 */
export class KeywordAutomaton {
  /**
   * The keywords, lower case, in the order given (or the given tables'); hit lists refer to
   * them by index.
   */
  readonly keywords: readonly string[];
  /**
   * `find` leaves its hits here: `hits[2i]` is the offset just past the keyword(s),
   * `hits[2i + 1]` the automaton state there, as its offset (see `acceptingIndex`). Valid until
   * the next `find`.
   */
  hits: Int32Array;
  /** The state `find` stopped in, to continue over the next slice of the same input. */
  state = 0;
  /** States numbered at or above this end at least one keyword. */
  private readonly acceptFrom: number;
  /** Per accepting state (dense index), the keywords it ends, longest first. */
  private readonly outputs: readonly Int32Array[];
  private readonly runner: Runner;

  /**
   * `webAssembly: false` runs the JS loop (the tests compare both). `readBytes` reserves that
   * many bytes for `readBuffer`.
   */
  constructor(
    keywords: readonly string[],
    options: {
      readonly webAssembly?: boolean;
      readonly readBytes?: number;
      /**
       * Tables built before, for these keywords or more: the automaton then finds all of
       * theirs (`keywords` lists them) and no build is needed.
       */
      readonly tables?: KeywordTables;
    } = {},
  ) {
    const tables = options.tables ?? buildKeywordTables(keywords);
    this.keywords = tables.keywords;
    this.acceptFrom = tables.acceptFrom;
    this.outputs = tables.outputs;
    const module = options.webAssembly === false ? null : findModule(2 * this.acceptFrom);
    this.runner = module
      ? wasmRunner(
          module,
          tables.table,
          tables.classOf,
          longestKeyword(this.keywords) - 1,
          options.readBytes ?? 0,
        )
      : jsRunner(tables);
    this.hits = this.runner.hits;
  }

  /**
   * A buffer of the `readBytes` reserved at construction, inside the memory the keyword loop
   * reads, so that `find` over bytes read into it needs no copy (each 64 KB slice is otherwise
   * copied in: a fifth of the keyword pass's time). `undefined` for the JS loop or when none was
   * reserved. The same buffer every time: what was read into it is gone at the next read.
   */
  readBuffer(): Buffer | undefined {
    return this.runner.readBuffer;
  }

  /** The `WebAssembly.Memory` that holds `readBuffer()` (it never grows), or `undefined`. */
  readMemory(): object | undefined {
    return this.runner.readMemory;
  }

  /** Number of accepting states: `acceptingIndex` maps a hit's state into [0, this). */
  get acceptingStates(): number {
    return this.outputs.length;
  }

  /** Dense index of an accepting state, for per-state lookup tables. */
  acceptingIndex(state: number): number {
    return (state >> 1) - this.acceptFrom;
  }

  /** The keyword indexes that end in accepting state number `index` (see `acceptingIndex`), longest first. */
  keywordsAtIndex(index: number): Int32Array {
    return this.outputs[index] as Int32Array;
  }

  /**
   * Runs the automaton over `bytes[start, end)` (at most `SLICE` bytes) starting in `state`
   * (0 for a fresh input), leaves the hits in `this.hits` and returns their count.
   * `this.state` is left at the final state, so a long input is fed slice by slice.
   */
  find(bytes: Uint8Array, start: number, end: number, state = 0): number {
    if (end - start > SLICE) throw new RangeError(`find() takes at most ${SLICE} bytes at once`);
    const count = this.runner.run(bytes, start, end, state);
    this.state = this.runner.state;
    this.hits = this.runner.hits;
    return count;
  }
}

/**
 * What the keyword loop runs, built from a keyword list: byte classes, the transition table
 * and, per accepting state, the keywords it ends. Plain data, so that the build can write the
 * built-in catalog's tables to a file (`serializeKeywordTables`) and every thread load them
 * instead of building them: building takes a cold thread about as long as loading the catalog.
 */
export interface KeywordTables {
  /** The keywords, lower case; outputs refer to them by index. */
  readonly keywords: readonly string[];
  /** States, numbered from 0 (the root); a column of the table holds one entry per state. */
  readonly stateCount: number;
  /** States numbered at or above this end at least one keyword. */
  readonly acceptFrom: number;
  /** Per byte value, the byte offset of its class's column in the table. */
  readonly classOf: Int32Array;
  /**
   * Column by column (one per byte class), per state, the next state's number x 2: its byte
   * offset within a column. State offsets are what the loop carries and reports.
   */
  readonly table: Uint16Array;
  /** Per accepting state (dense index), the keywords it ends, longest first. */
  readonly outputs: readonly Int32Array[];
}

/** Entries hold a state's number x 2 in 16 bits; the built-in catalog's keywords make about 12,000 states. */
const MAX_STATES = 0x8000;

export function buildKeywordTables(keywordsAsGiven: readonly string[]): KeywordTables {
  const keywords = keywordsAsGiven.map((k) => k.toLowerCase());
  // Byte classes: one per distinct keyword byte (ASCII case folded), and class 0 for every
  // byte that occurs in no keyword, which leads back to the root from any state.
  const classOf = new Int32Array(256);
  let stride = 1;
  for (const keyword of keywords) {
    for (const byte of Buffer.from(keyword, "latin1")) {
      if (classOf[byte] === 0) classOf[byte] = stride++;
    }
  }
  for (let byte = 0x41; byte <= 0x5a; byte++) classOf[byte] = classOf[byte + 0x20] as number;
  const { delta, outputs, stateCount, byDepth } = buildAutomaton(keywords, classOf, stride);

  // Renumber: states that end no keyword first, accepting states last; each group shallow
  // states first, so that the rows most steps use (the root's, the first letters') are
  // neighbours in memory.
  const order: number[] = [];
  for (const s of byDepth) if ((outputs[s] as number[]).length === 0) order.push(s);
  const acceptingFrom = order.length;
  for (const s of byDepth) if ((outputs[s] as number[]).length > 0) order.push(s);
  const renamed = new Int32Array(stateCount);
  order.forEach((state, index) => {
    renamed[state] = index;
  });

  if (stateCount > MAX_STATES) {
    throw new RangeError(
      `${keywords.length} keywords make ${stateCount} keyword automaton states, more than the ${MAX_STATES} it can number`,
    );
  }
  const table = new Uint16Array(stride * stateCount);
  for (let s = 0; s < stateCount; s++) {
    for (let symbol = 0; symbol < stride; symbol++) {
      table[symbol * stateCount + (renamed[s] as number)] =
        2 * (renamed[delta[s * stride + symbol] as number] as number);
    }
  }
  for (let byte = 0; byte < 256; byte++) classOf[byte] = (classOf[byte] as number) * stateCount * 2;
  return {
    keywords,
    stateCount,
    acceptFrom: acceptingFrom,
    classOf,
    table,
    outputs: order.slice(acceptingFrom).map((state) => Int32Array.from(new Set(outputs[state] as number[]))),
  };
}

/** Marks the file format; a file of another version is ignored and the tables built. */
const TABLES_MAGIC = 0x4b48_4b03;
const HEADER_WORDS = 7;

/**
 * The tables as bytes, little-endian: a header of int32 words (magic, stateCount, acceptFrom,
 * table length, number of output lists, their total length, keyword bytes), classOf (int32),
 * the table (uint16, padded to a whole int32), the output lists' offsets and entries (int32),
 * and the keywords as JSON.
 */
export function serializeKeywordTables(tables: KeywordTables): Buffer {
  const outputsLength = tables.outputs.reduce((sum, list) => sum + list.length, 0);
  const keywordBytes = Buffer.from(JSON.stringify(tables.keywords));
  const header = Int32Array.of(
    TABLES_MAGIC,
    tables.stateCount,
    tables.acceptFrom,
    tables.table.length,
    tables.outputs.length,
    outputsLength,
    keywordBytes.length,
  );
  const table = new Uint16Array(tables.table.length + (tables.table.length % 2));
  table.set(tables.table);
  const lists = new Int32Array(tables.outputs.length + 1 + outputsLength);
  let at = 0;
  let offset = 0;
  for (const list of tables.outputs) {
    lists[at++] = offset;
    offset += list.length;
  }
  lists[at++] = offset;
  for (const list of tables.outputs) {
    lists.set(list, at);
    at += list.length;
  }
  const bytesOf = (array: Int32Array | Uint16Array) =>
    Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return Buffer.concat([
    bytesOf(header),
    bytesOf(tables.classOf),
    bytesOf(table),
    bytesOf(lists),
    keywordBytes,
  ]);
}

/** The tables `serializeKeywordTables` wrote, or `undefined` for bytes of another format. */
export function deserializeKeywordTables(bytes: Uint8Array): KeywordTables | undefined {
  if (bytes.byteLength < HEADER_WORDS * 4) return undefined;
  // Copies, so that the words are aligned whatever the buffer's offset in its pool.
  const copy = (from: number, length: number) =>
    bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + length);
  const wordsAt = (from: number, count: number) => new Int32Array(copy(from, count * 4));
  const [magic, stateCount, acceptFrom, tableLength, outputCount, outputsLength, keywordBytes] = wordsAt(
    0,
    HEADER_WORDS,
  ) as unknown as number[];
  if (magic !== TABLES_MAGIC) return undefined;
  const classAt = HEADER_WORDS * 4;
  const tableAt = classAt + 256 * 4;
  const offsetsAt = tableAt + ((tableLength as number) + ((tableLength as number) % 2)) * 2;
  const entriesAt = offsetsAt + ((outputCount as number) + 1) * 4;
  const keywordsAt = entriesAt + (outputsLength as number) * 4;
  if (bytes.byteLength !== keywordsAt + (keywordBytes as number)) return undefined;
  const offsets = wordsAt(offsetsAt, (outputCount as number) + 1);
  const entries = wordsAt(entriesAt, outputsLength as number);
  const outputs: Int32Array[] = [];
  for (let i = 0; i < (outputCount as number); i++) {
    outputs.push(entries.subarray(offsets[i] as number, offsets[i + 1] as number));
  }
  return {
    keywords: JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + keywordsAt, keywordBytes).toString()),
    stateCount: stateCount as number,
    acceptFrom: acceptFrom as number,
    classOf: wordsAt(classAt, 256),
    table: new Uint16Array(copy(tableAt, (tableLength as number) * 2)),
    outputs,
  };
}

/**
 * The Aho-Corasick automaton as a full DFA over byte classes, with outputs: `delta[s * n + c]`
 * for the n classes (`symbolOf` maps a byte to its class; keywords are lower case). The trie is
 * built in the same flat table, which the breadth-first pass then completes in place: no map
 * per state, and the classes rather than all 256 bytes, since every worker thread pays this
 * at start-up.
 */
function buildAutomaton(keywords: readonly string[], symbolOf: Int32Array, stride: number) {
  let delta = new Int32Array(1024 * stride);
  const outputs: number[][] = [[]];
  // State 0 is the root, which no trie edge enters: 0 in the trie means "no edge".
  let stateCount = 1;
  keywords.forEach((keyword, index) => {
    const bytes = Buffer.from(keyword, "latin1");
    if (bytes.length === 0) throw new Error("keywords must not be empty");
    let state = 0;
    for (const byte of bytes) {
      const at = state * stride + (symbolOf[byte] as number);
      let next = delta[at] as number;
      if (next === 0) {
        next = stateCount++;
        if (stateCount * stride > delta.length) {
          const grown = new Int32Array(2 * delta.length);
          grown.set(delta);
          delta = grown;
        }
        outputs.push([]);
        delta[at] = next;
      }
      state = next;
    }
    (outputs[state] as number[]).push(index);
  });

  // Breadth-first, so a state's failure target is complete before the state itself: a missing
  // edge takes the failure state's transition. A state's outputs are its own keyword, then
  // those of its failure chain: longest first.
  const fail = new Int32Array(stateCount);
  const queue: number[] = [];
  for (let symbol = 0; symbol < stride; symbol++) {
    const child = delta[symbol] as number;
    if (child !== 0) queue.push(child);
  }
  for (let cursor = 0; cursor < queue.length; cursor++) {
    const state = queue[cursor] as number;
    const row = state * stride;
    const failRow = (fail[state] as number) * stride;
    for (let symbol = 0; symbol < stride; symbol++) {
      const target = delta[row + symbol] as number;
      const viaFail = delta[failRow + symbol] as number;
      if (target === 0) {
        delta[row + symbol] = viaFail;
      } else {
        fail[target] = viaFail;
        (outputs[target] as number[]).push(...(outputs[viaFail] as number[]));
        queue.push(target);
      }
    }
  }
  return { delta, outputs, stateCount, byDepth: [0, ...queue] };
}

function longestKeyword(keywords: readonly string[]): number {
  return keywords.reduce((longest, keyword) => Math.max(longest, Buffer.byteLength(keyword, "latin1")), 1);
}

function jsRunner(tables: KeywordTables): Runner {
  const { table, classOf, acceptFrom } = tables;
  const acceptOffset = 2 * acceptFrom;
  const hits = new Int32Array(SLICE * 2);
  const runner: Runner = {
    hits,
    state: 0,
    run(bytes, start, end, state) {
      let s = state;
      let count = 0;
      for (let i = start; i < end; i++) {
        // classOf holds byte offsets into a row of 16-bit entries.
        s = table[((classOf[bytes[i] as number] as number) + s) >> 1] as number;
        if (s >= acceptOffset) {
          hits[count] = i + 1;
          hits[count + 1] = s;
          count += 2;
        }
      }
      runner.state = s;
      return count >> 1;
    },
  };
  return runner;
}

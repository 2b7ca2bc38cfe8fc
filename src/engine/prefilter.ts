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
 *   transition table is states x classes instead of states x 256 and stays in the L2 cache;
 * - table entries are premultiplied row offsets, so a step is one add and one dependent load,
 *   and states that end a keyword are numbered last, so "a keyword ends here" is one compare;
 * - the loop runs in a tiny hand-assembled WebAssembly function, over three parts of the
 *   input side by side (prefilter-wasm.ts says why). A JS loop over the same table remains for
 *   runtimes without WebAssembly.
 */
export class KeywordAutomaton {
  /** The keywords, lower case, in the order given; hit lists refer to them by index. */
  readonly keywords: readonly string[];
  /**
   * `find` leaves its hits here: `hits[2i]` is the offset just past the keyword(s),
   * `hits[2i + 1]` the automaton state there (see `keywordsAtIndex`). Valid until the next `find`.
   */
  hits: Int32Array;
  /** The state `find` stopped in, to continue over the next slice of the same input. */
  state = 0;
  /** Number of byte classes: a state's row width in the table. */
  private readonly stride: number;
  /** States at or above this (premultiplied) value end at least one keyword. */
  private readonly acceptFrom: number;
  /** Per accepting state (dense index), the keywords it ends, longest first. */
  private readonly outputs: Int32Array[];
  private readonly runner: Runner;

  /**
   * `webAssembly: false` runs the JS loop (the tests compare both). `readBytes` reserves that
   * many bytes for `readBuffer`.
   */
  constructor(
    keywords: readonly string[],
    options: { readonly webAssembly?: boolean; readonly readBytes?: number } = {},
  ) {
    this.keywords = keywords.map((k) => k.toLowerCase());

    // Byte classes: one per distinct keyword byte (ASCII case folded), and class 0 for every
    // byte that occurs in no keyword, which leads back to the root from any state.
    const classOf = new Int32Array(256);
    let stride = 1;
    for (const keyword of this.keywords) {
      for (const byte of Buffer.from(keyword, "latin1")) {
        if (classOf[byte] === 0) classOf[byte] = stride++;
      }
    }
    for (let byte = 0x41; byte <= 0x5a; byte++) classOf[byte] = classOf[byte + 0x20] as number;
    const { delta, outputs, stateCount, byDepth } = buildAutomaton(this.keywords, classOf, stride);

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

    // Entries are byte offsets of the next state's row (4 bytes an entry), as the runner uses them.
    const rowBytes = stride * 4;
    const table = new Int32Array(stateCount * stride);
    for (let s = 0; s < stateCount; s++) {
      const row = (renamed[s] as number) * stride;
      for (let symbol = 0; symbol < stride; symbol++) {
        const next = delta[s * stride + symbol] as number;
        table[row + symbol] = (renamed[next] as number) * rowBytes;
      }
    }
    for (let byte = 0; byte < 256; byte++) classOf[byte] = (classOf[byte] as number) * 4;

    this.stride = stride;
    this.acceptFrom = acceptingFrom * rowBytes;
    this.outputs = order
      .slice(acceptingFrom)
      .map((state) => Int32Array.from(new Set(outputs[state] as number[])));
    const module = options.webAssembly === false ? null : findModule(this.acceptFrom);
    this.runner = module
      ? wasmRunner(module, table, classOf, longestKeyword(this.keywords) - 1, options.readBytes ?? 0)
      : jsRunner(table, classOf, this.acceptFrom);
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
    return (state - this.acceptFrom) / (this.stride * 4);
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

function jsRunner(table: Int32Array, classOf: Int32Array, acceptFrom: number): Runner {
  // The same table, indexed in i32 units instead of bytes.
  const hits = new Int32Array(SLICE * 2);
  const runner: Runner = {
    hits,
    state: 0,
    run(bytes, start, end, state) {
      let s = state;
      let count = 0;
      for (let i = start; i < end; i++) {
        s = table[(s + (classOf[bytes[i] as number] as number)) >> 2] as number;
        if (s >= acceptFrom) {
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

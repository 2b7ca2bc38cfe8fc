/**
 * Multi-keyword prefilter: one Aho-Corasick pass over raw bytes finds every keyword of the
 * whole catalog at once, so only detectors whose keyword occurs run their regex.
 *
 * Hand-written because it is the hot path: the automaton is compiled to a dense DFA
 * (one table lookup per input byte, ASCII case folded into the table, no decoding of the
 * input to a JS string). `npm run bench` measures it against a plain read and ripgrep.
 */
export class KeywordAutomaton {
  readonly keywords: readonly string[];
  private readonly delta: Uint16Array | Int32Array;
  /** Non-zero where a state ends at least one keyword. */
  private readonly accepting: Uint8Array;
  /** Per state, the keyword indexes it completes (including through failure links). */
  private readonly outputs: Int32Array[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    const goto: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    this.keywords.forEach((keyword, index) => {
      const bytes = Buffer.from(keyword, "latin1");
      if (bytes.length === 0) throw new Error("keywords must not be empty");
      let state = 0;
      for (const byte of bytes) {
        const edges = goto[state] as Map<number, number>;
        let next = edges.get(byte);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          own.push([]);
          edges.set(byte, next);
        }
        state = next;
      }
      (own[state] as number[]).push(index);
    });

    const stateCount = goto.length;
    const delta = stateCount < 0xffff ? new Uint16Array(stateCount * 256) : new Int32Array(stateCount * 256);
    const fail = new Int32Array(stateCount);
    const outputs: number[][] = own.map((list) => [...list]);
    const order: number[] = [];

    // Breadth-first, so a state's failure target is complete before the state itself.
    for (let byte = 0; byte < 256; byte++) {
      const next = (goto[0] as Map<number, number>).get(foldByte(byte)) ?? 0;
      delta[byte] = next;
      if (next !== 0 && !order.includes(next)) order.push(next);
    }
    for (let cursor = 0; cursor < order.length; cursor++) {
      const state = order[cursor] as number;
      const edges = goto[state] as Map<number, number>;
      for (let byte = 0; byte < 256; byte++) {
        const target = edges.get(foldByte(byte));
        const viaFail = delta[(fail[state] as number) * 256 + byte] as number;
        if (target === undefined) {
          delta[state * 256 + byte] = viaFail;
        } else {
          delta[state * 256 + byte] = target;
          if (byte === foldByte(byte)) {
            fail[target] = viaFail;
            (outputs[target] as number[]).push(...(outputs[viaFail] as number[]));
            order.push(target);
          }
        }
      }
    }

    this.delta = delta;
    this.outputs = outputs.map((list) => Int32Array.from(new Set(list)));
    this.accepting = Uint8Array.from(this.outputs, (list) => (list.length > 0 ? 1 : 0));
  }

  /**
   * Calls `onHit(keywordIndex, end)` for every keyword occurrence in `bytes[start, end)`,
   * where `end` is the offset just past the keyword.
   */
  scan(bytes: Uint8Array, onHit: (keywordIndex: number, end: number) => void, start = 0, end = bytes.length) {
    const { delta, accepting, outputs } = this;
    let state = 0;
    for (let i = start; i < end; i++) {
      state = delta[(state << 8) | (bytes[i] as number)] as number;
      if (accepting[state] !== 0) {
        for (const keywordIndex of outputs[state] as Int32Array) onHit(keywordIndex, i + 1);
      }
    }
  }
}

/** ASCII upper case folds to lower case; keywords are stored lower case. */
function foldByte(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

/**
 * The WebAssembly binary encoding the hand-assembled modules (the keyword pass, the encoded-run
 * finder) are written in: LEB128 numbers, vectors, sections and names.
 */

/** Unsigned LEB128, as sizes, counts and indices are written. */
export function uleb(value: number): number[] {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    const low = rest & 0x7f;
    rest >>>= 7;
    out.push(rest === 0 ? low : low | 0x80);
  } while (rest !== 0);
  return out;
}

/** Signed LEB128, as `i32.const` takes its operand. */
export function sleb(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  for (;;) {
    const low = rest & 0x7f;
    rest >>= 7;
    if ((rest === 0 && (low & 0x40) === 0) || (rest === -1 && (low & 0x40) !== 0)) return [...out, low];
    out.push(low | 0x80);
  }
}

export const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
export const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
export const name = (text: string): number[] => [...uleb(text.length), ...Buffer.from(text, "latin1")];

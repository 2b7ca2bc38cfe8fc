import { describe, expect, it } from "vitest";
import {
  candidates,
  type DecodePlace,
  jsFinder,
  placeFinder,
  SCRATCH_BYTES,
  wasmFinder,
} from "../src/engine/decode/candidates.js";

const wasm = wasmFinder();
const SLICE = 64 * 1024;

/** Text made of pieces that exercise the finder: runs of every length, escapes, separators. */
function mixedText(length: number, seed: number): Buffer {
  let state = seed;
  const random = (below: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % below;
  };
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
  const pieces = [
    " ",
    "\n",
    "=",
    "==",
    '"',
    "\\u0041",
    "\\u00",
    "\\x4",
    "\\/",
    "\\n",
    "\\u2028",
    "\\",
    "%3D",
    "\x00",
    "é",
  ];
  let text = "";
  while (text.length < length) {
    if (random(3) === 0) text += pieces[random(pieces.length)];
    else {
      const runLength = [1, 5, 16, 31, 32, 33, 39, 40, 41, 63, 64, 65, 200][random(13)] as number;
      for (let i = 0; i < runLength; i++) text += alphabet[random(alphabet.length)];
    }
  }
  return Buffer.from(text.slice(0, length), "latin1");
}

describe("decoder candidates", () => {
  it("are found by WebAssembly on this runtime", () => {
    expect(wasm).toBeDefined();
  });

  it("are the same from the WebAssembly pass and the JS loop, across slices and bounds", () => {
    const cases: Array<[number, number, number, number]> = [
      [1000, 0, 1000, 40],
      [1000, 7, 993, 40],
      [SLICE - 5, 0, SLICE - 5, 40],
      [SLICE + 3, 1, SLICE + 3, 33],
      [3 * SLICE + 17, 13, 3 * SLICE + 1, 40],
      [5000, 100, 100, 40],
    ];
    cases.forEach(([length, from, to, minRun], seed) => {
      const bytes = mixedText(length, seed + 1);
      expect(wasm?.(bytes, from, to, minRun)).toEqual(jsFinder(bytes, from, to, minRun));
    });
  });

  it("are runs at least minRun long, clipped to the searched span, and escapes that start there", () => {
    const run = (n: number, c = "A") => c.repeat(n);
    const text = `${run(39)} ${run(40, "b")}== x\\u0041 \\x41 \\/ \\u1234 \\n ${run(50, "c")} a%3Db 5%`;
    const bytes = Buffer.from(text, "latin1");
    const found = candidates(bytes, 0, bytes.length, 40);
    expect(found.runs).toEqual([40, 80, text.indexOf("c"), text.indexOf("c") + 50]);
    expect(found.escapes).toEqual([text.indexOf("\\u0041"), text.indexOf("\\x41"), text.indexOf("\\/")]);
    expect(found.percents).toEqual([text.indexOf("%3D"), text.length - 1]);
    // A run is cut at the span's ends; an escape whose bytes run past the end is not one.
    expect(candidates(bytes, 45, text.indexOf(" a%3Db") - 15, 40).runs).toEqual([]);
    const cut = text.indexOf("\\u0041") + 3;
    expect(candidates(bytes, 0, cut, 40).escapes).toEqual([]);
  });

  it("follow a run across the slices the pass copies its input in", () => {
    const bytes = Buffer.alloc(2 * SLICE + 100, " ");
    bytes.fill("Q", SLICE - 20, SLICE + 25);
    bytes.fill("z", 2 * SLICE - 1, 2 * SLICE + 100);
    expect(candidates(bytes, 0, bytes.length, 40).runs).toEqual([
      SLICE - 20,
      SLICE + 25,
      2 * SLICE - 1,
      bytes.length,
    ]);
  });

  it("are the same when read in place from another WebAssembly memory (a scanner's read buffer)", () => {
    // The project's `lib` setting has no WebAssembly types.
    const { WebAssembly: wasmApi } = globalThis as unknown as {
      WebAssembly: { Memory: new (size: { initial: number }) => { buffer: ArrayBuffer } };
    };
    const memory = new wasmApi.Memory({ initial: 8 });
    const view = new Uint8Array(memory.buffer);
    const place: DecodePlace = { memory, scratch: view.subarray(4 * 65536, 4 * 65536 + SCRATCH_BYTES) };
    const inPlace = placeFinder(place);
    expect(inPlace).toBeDefined();
    const cases: Array<[number, number, number]> = [
      [SLICE + 1000, 0, SLICE + 1000],
      [3 * SLICE + 7, 5, 3 * SLICE + 2],
      [20, 0, 20],
      [100, 50, 50],
    ];
    cases.forEach(([length, from, to], seed) => {
      const text = mixedText(length, seed + 7);
      // Random bytes after `to` must not count: the search stops short of them in place.
      const bytes = view.subarray(3, 3 + length + 64);
      bytes.fill(0x41);
      bytes.set(text);
      expect(inPlace?.(bytes, from, to, 40)).toEqual(jsFinder(text, from, to, 40));
      expect(candidates(bytes, from, to, 40, place)).toEqual(jsFinder(text, from, to, 40));
    });
    // A scratch area outside the memory, or too small, is refused.
    expect(placeFinder({ memory, scratch: new Uint8Array(SCRATCH_BYTES) })).toBeUndefined();
    expect(placeFinder({ memory, scratch: view.subarray(0, 64) })).toBeUndefined();
  });

  it("refuse a shortest run the WebAssembly pass cannot see", () => {
    expect(() => wasm?.(Buffer.from("abc"), 0, 3, 32)).toThrow(RangeError);
  });
});

/**
 * Builds example credentials at test time, so that no live-looking literal is ever committed
 * (the repository stays clean under its own scan). Output is deterministic per label, so a
 * test that passes once passes always.
 */
import { crc32 } from "node:zlib";

export const ALPHABETS = {
  digits: "0123456789",
  hexLower: "0123456789abcdef",
  hexUpper: "0123456789ABCDEF",
  lower: "abcdefghijklmnopqrstuvwxyz",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  alpha: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  lowerAlnum: "abcdefghijklmnopqrstuvwxyz0123456789",
  upperAlnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  base32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
} as const;

export type AlphabetName = keyof typeof ALPHABETS;

/** FNV-1a, to turn a label into a PRNG seed. */
function seedOf(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32: small, fast, good enough to look random to an entropy filter; the same sequence
 * for the same seed on every run and machine (the history benchmark builds its repository with it).
 */
export function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `length` characters drawn from `alphabet` (a name from ALPHABETS or the characters
 * themselves), the same every time for the same `label`.
 */
export function randomChars(alphabet: AlphabetName | string, length: number, label = ""): string {
  const chars = alphabet in ALPHABETS ? ALPHABETS[alphabet as AlphabetName] : alphabet;
  const next = prng(seedOf(`${label}|${chars}|${length}`));
  let out = "";
  for (let i = 0; i < length; i++) out += chars[Math.floor(next() * chars.length)];
  return out;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `value` in base 62 (digits, then upper, then lower case), left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let out = "";
  let rest = value >>> 0;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, "0");
}

/**
 * The checksum GitHub (and npm) append to their tokens: CRC32 of the random part, in base 62,
 * padded to 6 characters.
 */
export function crc32Base62(randomPart: string): string {
  return base62(crc32(randomPart), 6);
}

/** A prefix + random part + valid CRC32/base62 checksum, as GitHub and npm build tokens. */
export function checksummedToken(prefix: string, randomLength: number, label = prefix): string {
  const random = randomChars("alnum", randomLength, label);
  return `${prefix}${random}${crc32Base62(random)}`;
}

/** 64 random bytes in base64, the shape `KEY64` (catalog/patterns.ts) matches. */
export const key64 = (label: string) =>
  `${randomChars("base64", 85, label)}${randomChars("AQgw", 1, label)}==`;

/** Base64url without padding, as JWT segments are written. */
export function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}

/** A random version-4 UUID (variant a), as vendors that use UUIDs for keys issue them. */
export function randomUuid(label: string): string {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

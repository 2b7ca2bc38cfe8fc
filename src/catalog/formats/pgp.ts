import { decodeBody, pemBody } from "./pem.js";

/** OpenPGP (RFC 4880) armored secret keys. */

/** CRC-24 of RFC 4880 section 6.1, as written in the armor's "=XXXX" line. */
export function crc24(bytes: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** Number of public MPIs before the secret part of a v4 key, by public-key algorithm id. */
const PGP_PUBLIC_MPIS: Record<number, number> = { 1: 2, 2: 2, 3: 2, 16: 3, 17: 4, 20: 3 };

/**
 * Whether a transferable secret key is protected by a passphrase: reads the first Secret-Key
 * packet (tag 5) up to its S2K usage octet. Undefined when the layout is not one this parser
 * knows (v5/v6 keys, unknown algorithms): such keys are treated as unprotected.
 */
export function pgpKey(secret: string): { protected: boolean | undefined } | string {
  const body = pemBody(secret, true);
  const crcLine = /=([A-Za-z0-9+/]{4})[ \t]*(?:\\r|\r)?(?:\\n|\n)[ \t]*-----END/.exec(secret);
  // The checksum line sits on its own line before END: strip it from the body if pemBody kept it.
  const bytes = decodeBody(body, 32);
  if (typeof bytes === "string") return bytes;
  if (crcLine) {
    const expected = Buffer.from(crcLine[1] as string, "base64").readUIntBE(0, 3);
    if (crc24(bytes) !== expected) return "the armor CRC-24 does not match";
  }
  const first = bytes[0] as number;
  let tag: number;
  let offset: number;
  if ((first & 0xc0) === 0xc0) {
    tag = first & 0x3f;
    const l0 = bytes[1] as number;
    offset = l0 < 192 ? 2 : l0 < 224 ? 3 : l0 === 255 ? 6 : 2;
  } else if (first & 0x80) {
    tag = (first >> 2) & 0x0f;
    offset = 1 + ([1, 2, 4, 0][first & 0x03] ?? 0);
  } else {
    return "no OpenPGP packet";
  }
  if (tag !== 5) return "the first packet is not a secret key";
  const version = bytes[offset] as number;
  if (version !== 4) return { protected: undefined };
  let cursor = offset + 6;
  const algorithm = bytes[offset + 5] as number;
  const mpis = PGP_PUBLIC_MPIS[algorithm];
  const readMpi = () => {
    const bits = bytes.readUInt16BE(cursor);
    cursor += 2 + Math.ceil(bits / 8);
  };
  try {
    if (mpis !== undefined) {
      for (let i = 0; i < mpis; i++) readMpi();
    } else if (algorithm === 18 || algorithm === 19 || algorithm === 22) {
      cursor += 1 + (bytes[cursor] as number); // curve OID
      readMpi();
      if (algorithm === 18) cursor += 1 + (bytes[cursor] as number); // KDF parameters
    } else {
      return { protected: undefined };
    }
  } catch {
    return "truncated OpenPGP key";
  }
  if (cursor >= bytes.length) return "truncated OpenPGP key";
  return { protected: bytes[cursor] !== 0 };
}

/** bech32 (BIP-173): the checksummed encoding of age identities. */

const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

function bech32Polymod(values: readonly number[]): number {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= generators[i] as number;
  }
  return chk >>> 0;
}

const hrpExpand = (hrp: string) => [
  ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
  0,
  ...[...hrp].map((c) => c.charCodeAt(0) & 31),
];

/** Whether a bech32 string, in either case, carries a valid checksum (computed over its lower case). */
export function bech32ChecksumValid(text: string): boolean {
  const lower = text.toLowerCase();
  const split = lower.lastIndexOf("1");
  const data = [...lower.slice(split + 1)].map((c) => BECH32.indexOf(c));
  return bech32Polymod([...hrpExpand(lower.slice(0, split)), ...data]) === 1;
}

/** `bytes` as lower-case bech32 with human-readable part `hrp`, checksum included. */
export function bech32Encode(hrp: string, bytes: Buffer): string {
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const polymod = bech32Polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (polymod >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((v) => BECH32[v]).join("")}`;
}

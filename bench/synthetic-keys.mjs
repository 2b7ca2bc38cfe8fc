/**
 * Key material for the synthetic corpus (bench/synthetic.mjs), built as the formats' own
 * specifications lay them out: PEM keys from node:crypto, an OpenSSH key file (PROTOCOL.key),
 * an OpenPGP secret key (RFC 4880 / RFC 9580 packets and ASCII armor), NATS NKEY seeds
 * (base32 + CRC16) and age identities (Bech32). Everything is derived from seeded bytes, so each
 * run writes the same keys, except RSA, which Node can only generate at random (same shape and
 * count on every run).
 *
 * The checksums and encodings (CRC-24, CRC-16/XMODEM, base32, Bech32) are written here again from
 * their specifications rather than imported from keyhound's validators on purpose: a corpus built
 * with the scanner's own code would agree with a bug in it.
 */

import { createECDH, createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { randomChars } from "../dist/catalog/synth.js";

/** `n` bytes, the same for the same label on every run. */
export const seededBytes = (n, label) =>
  Buffer.from(randomChars("hexLower", n * 2, `synthetic-bytes-${label}`), "hex");

const wrap = (text, width) => text.match(new RegExp(`.{1,${width}}`, "g"));

/** An Ed25519 key from a 32-byte seed (PKCS#8 is a fixed prefix followed by the seed). */
function ed25519(seed) {
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const privateKey = createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  const publicRaw = Buffer.from(createPublicKey(privateKey).export({ format: "jwk" }).x, "base64url");
  return { privateKey, publicRaw };
}

export function rsaPem(format) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return privateKey.export({ type: format, format: "pem" }).trim();
}

/** A P-256 key from a seeded scalar, as SEC 1 ("EC PRIVATE KEY") or PKCS#8 PEM. */
export function ecPem(label, type = "sec1") {
  const d = seededBytes(32, `ec-${label}`);
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const jwk = {
    kty: "EC",
    crv: "P-256",
    d: d.toString("base64url"),
    x: point.subarray(1, 33).toString("base64url"),
    y: point.subarray(33).toString("base64url"),
  };
  const key = createPrivateKey({ key: jwk, format: "jwk" });
  return {
    privatePem: key.export({ type, format: "pem" }).trim(),
    publicPem: createPublicKey(key).export({ type: "spki", format: "pem" }).trim(),
  };
}

export function ed25519Pkcs8Pem(label) {
  return ed25519(seededBytes(32, `ed-pkcs8-${label}`))
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .trim();
}

const sshString = (data) => {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};

/** An unencrypted OpenSSH Ed25519 key file and its one-line public key. */
export function opensshEd25519(label, comment) {
  const seed = seededBytes(32, `ssh-${label}`);
  const { publicRaw } = ed25519(seed);
  const publicBlob = Buffer.concat([sshString("ssh-ed25519"), sshString(publicRaw)]);
  const check = seededBytes(4, `ssh-check-${label}`);
  let section = Buffer.concat([
    check,
    check,
    sshString("ssh-ed25519"),
    sshString(publicRaw),
    sshString(Buffer.concat([seed, publicRaw])),
    sshString(comment),
  ]);
  const padding = [];
  for (let i = 1; (section.length + padding.length) % 8 !== 0; i++) padding.push(i);
  section = Buffer.concat([section, Buffer.from(padding)]);
  const nkeys = Buffer.alloc(4);
  nkeys.writeUInt32BE(1);
  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshString("none"),
    sshString("none"),
    sshString(""),
    nkeys,
    sshString(publicBlob),
    sshString(section),
  ]);
  return {
    privateKey: [
      "-----BEGIN OPENSSH PRIVATE KEY-----",
      ...wrap(body.toString("base64"), 70),
      "-----END OPENSSH PRIVATE KEY-----",
    ].join("\n"),
    publicKey: `ssh-ed25519 ${publicBlob.toString("base64")} ${comment}`,
  };
}

function crc24(bytes) {
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

const packet = (tag, body) => Buffer.concat([Buffer.from([0xc0 | tag, body.length]), body]);
const mpi = (bytes) => {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  const bits = (trimmed.length - 1) * 8 + (32 - Math.clz32(trimmed[0]));
  return Buffer.concat([Buffer.from([bits >> 8, bits & 0xff]), trimmed]);
};

/** An unprotected OpenPGP Ed25519 secret key (v4 packet, legacy EdDSA) with a user id, armored. */
export function pgpSecretKey(label, userId) {
  const seed = seededBytes(32, `pgp-${label}`);
  const { publicRaw } = ed25519(seed);
  const oid = Buffer.from("2b06010401da470f01", "hex");
  const secretMpi = mpi(seed);
  let sum = 0;
  for (const byte of secretMpi) sum = (sum + byte) & 0xffff;
  const body = Buffer.concat([
    Buffer.from([4, 0x67, 0x6f, 0x3a, 0x00, 22, oid.length]),
    oid,
    mpi(Buffer.concat([Buffer.from([0x40]), publicRaw])),
    Buffer.from([0]),
    secretMpi,
    Buffer.from([sum >> 8, sum & 0xff]),
  ]);
  const data = Buffer.concat([packet(5, body), packet(13, Buffer.from(userId))]);
  const crc = crc24(data);
  return [
    "-----BEGIN PGP PRIVATE KEY BLOCK-----",
    "",
    ...wrap(data.toString("base64"), 64),
    `=${Buffer.from([crc >> 16, (crc >> 8) & 0xff, crc & 0xff]).toString("base64")}`,
    "-----END PGP PRIVATE KEY BLOCK-----",
  ].join("\n");
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32(bytes) {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function crc16Xmodem(bytes) {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const withCrc16 = (raw) => {
  const crc = crc16Xmodem(raw);
  return Buffer.concat([raw, Buffer.from([crc & 0xff, crc >> 8])]);
};

/** A NATS user NKEY: the seed (SU…, secret) and the public key (U…, not secret). */
export function natsUserNkey(label) {
  const seed = seededBytes(32, `nkey-${label}`);
  const { publicRaw } = ed25519(seed);
  const SEED = 18 << 3;
  const USER = 20 << 3;
  return {
    seed: base32(withCrc16(Buffer.concat([Buffer.from([SEED | (USER >> 5), (USER & 31) << 3]), seed]))),
    publicKey: base32(withCrc16(Buffer.concat([Buffer.from([USER]), publicRaw]))),
  };
}

const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bech32(hrp, bytes) {
  const words = [];
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      words.push((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) words.push((value << (5 - bits)) & 31);
  const polymod = (values) => {
    const generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let chk = 1;
    for (const v of values) {
      const top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= generator[i];
    }
    return chk;
  };
  const expanded = [
    ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
    0,
    ...[...hrp].map((c) => c.charCodeAt(0) & 31),
  ];
  const mod = polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...words, ...checksum].map((w) => BECH32[w]).join("")}`;
}

/** An age X25519 identity (AGE-SECRET-KEY-1…, secret) and its recipient (age1…, public). */
export function ageIdentity(label) {
  const secret = seededBytes(32, `age-${label}`);
  const der = Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), secret]);
  const publicRaw = Buffer.from(
    createPublicKey(createPrivateKey({ key: der, format: "der", type: "pkcs8" })).export({ format: "jwk" }).x,
    "base64url",
  );
  return {
    identity: bech32("age-secret-key-", secret).toUpperCase(),
    recipient: bech32("age", publicRaw),
  };
}

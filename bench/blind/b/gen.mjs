#!/usr/bin/env node
// gen.mjs - blind labelled secret-scanner corpus (infra / DevOps / data teams).
// Usage: node gen.mjs [seed]   -> rewrites ./files/ and ./labels.json, then self-checks.
// Node 20, no npm dependencies. All credential values are generated at run time.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Library for gen.mjs: deterministic randomness, encoders, checksums and
// real key/credential formats built with node:crypto only (no npm deps).

// ---------------------------------------------------------------- randomness
// HMAC-SHA256 counter-mode DRBG, so that `node gen.mjs <seed>` is reproducible.
class Rng {
  constructor(seed) {
    this.key = crypto.createHash("sha256").update(`blind3b-corpus:${seed}`).digest();
    this.ctr = 0n;
    this.pool = Buffer.alloc(0);
  }
  bytes(n) {
    const chunks = [this.pool];
    let have = this.pool.length;
    while (have < n) {
      const c = Buffer.alloc(8);
      c.writeBigUInt64BE(this.ctr++);
      const h = crypto.createHmac("sha256", this.key).update(c).digest();
      chunks.push(h);
      have += h.length;
    }
    const all = Buffer.concat(chunks);
    this.pool = Buffer.from(all.subarray(n));
    return Buffer.from(all.subarray(0, n));
  }
  u32() {
    return this.bytes(4).readUInt32BE(0);
  }
  int(n) {
    const lim = Math.floor(0x100000000 / n) * n;
    let x;
    do {
      x = this.u32();
    } while (x >= lim);
    return x % n;
  }
  str(alpha, n) {
    let s = "";
    for (let i = 0; i < n; i++) s += alpha[this.int(alpha.length)];
    return s;
  }
  pick(a) {
    return a[this.int(a.length)];
  }
  range(a, b) {
    return a + this.int(b - a + 1);
  }
  hex(nBytes) {
    return this.bytes(nBytes).toString("hex");
  }
  digits(n, firstNonZero = true) {
    const s = firstNonZero ? "123456789"[this.int(9)] : "";
    return s + this.str("0123456789", n - s.length);
  }
  uuid() {
    const b = this.bytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const ALNUM = UP + LO + DG;
const B62 = DG + UP + LO; // GitHub/npm checksum alphabet (0-9A-Za-z)
const HEX = "0123456789abcdef";
const B64CH = `${UP + LO + DG}+/`;
const _B64URLCH = `${UP + LO + DG}-_`;
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// ---------------------------------------------------------------- checksums
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  if (typeof buf === "string") buf = Buffer.from(buf);
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
// CRC-16/XMODEM (poly 0x1021, init 0) as used by NATS nkeys
function crc16(buf) {
  let crc = 0;
  for (const b of buf) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
// CRC-24 (RFC 4880 6.1) for ASCII armor
function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

// ---------------------------------------------------------------- encoders
const b64 = (b) => Buffer.from(b).toString("base64");
const b64url = (b) => Buffer.from(b).toString("base64url");
function base62(n, pad) {
  let s = "";
  let x = BigInt(n);
  while (x > 0n) {
    s = B62[Number(x % 62n)] + s;
    x /= 62n;
  }
  return s.padStart(pad, "0");
}
function base32(buf) {
  // RFC 4648, no padding
  let bits = 0,
    val = 0,
    out = "";
  for (const b of buf) {
    val = (val << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(val >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  return out;
}
function base32decode(s) {
  let bits = 0,
    val = 0;
  const out = [];
  for (const ch of s) {
    val = (val << 5) | B32.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((val >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
function wrap(s, n) {
  const out = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out.join("\n");
}

// bech32 (BIP-173, original constant 1) as used by age
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function polymod(values) {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GEN[i]) >>> 0;
  }
  return chk;
}
const hrpExpand = (hrp) => [
  ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
  0,
  ...[...hrp].map((c) => c.charCodeAt(0) & 31),
];
function convertBits(data, from, to, pad) {
  let acc = 0,
    bits = 0;
  const out = [];
  const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
function bech32Encode(hrp, bytes) {
  const data = convertBits(bytes, 8, 5, true);
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = [];
  for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...chk].map((d) => BECH[d]).join("")}`;
}
function bech32Verify(str) {
  const s = str.toLowerCase();
  const pos = s.lastIndexOf("1");
  const hrp = s.slice(0, pos);
  const data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  return polymod([...hrpExpand(hrp), ...data]) === 1;
}

// ---------------------------------------------------------------- DER / ASN.1
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 0xff);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
const SEQ = (...xs) => tlv(0x30, Buffer.concat(xs));
const SET = (...xs) => tlv(0x31, Buffer.concat(xs));
const NULL = Buffer.from([0x05, 0x00]);
const BOOL_TRUE = Buffer.from([0x01, 0x01, 0xff]);
function bigToBuf(n) {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex");
}
function INT(n) {
  let b = typeof n === "bigint" ? bigToBuf(n) : Buffer.isBuffer(n) ? n : bigToBuf(BigInt(n));
  if (b.length === 0) b = Buffer.from([0]);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
function OID(str) {
  const arcs = str.split(".").map(Number);
  const out = [40 * arcs[0] + arcs[1]];
  for (const a of arcs.slice(2)) {
    const st = [a & 0x7f];
    let v = a >>> 7;
    while (v > 0) {
      st.unshift((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(...st);
  }
  return tlv(0x06, Buffer.from(out));
}
const OCT = (b) => tlv(0x04, b);
const BIT = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const UTF8 = (s) => tlv(0x0c, Buffer.from(s, "utf8"));
const CTX = (n, b) => tlv(0xa0 + n, b);
function UTC(d) {
  const p = (x) => String(x).padStart(2, "0");
  const s = `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  return tlv(0x17, Buffer.from(s));
}

// ---------------------------------------------------------------- RSA keygen (seeded)
function modPow(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}
function modInv(a, m) {
  let [or, r] = [a, m];
  let [os, s] = [1n, 0n];
  while (r !== 0n) {
    const q = or / r;
    [or, r] = [r, or - q * r];
    [os, s] = [s, os - q * s];
  }
  return ((os % m) + m) % m;
}
const SMALL_PRIMES = (() => {
  const n = 3000,
    sv = new Uint8Array(n + 1),
    out = [];
  for (let i = 2; i <= n; i++) {
    if (!sv[i]) {
      out.push(BigInt(i));
      for (let j = i * i; j <= n; j += i) sv[j] = 1;
    }
  }
  return out;
})();
function isProbablePrime(n, rng) {
  for (const p of SMALL_PRIMES) {
    if (n === p) return true;
    if (n % p === 0n) return false;
  }
  let d = n - 1n,
    s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  outer: for (let i = 0; i < 24; i++) {
    const a = 2n + (BigInt(`0x${rng.hex(64)}`) % (n - 4n));
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let r = 1; r < s; r++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}
function randPrime(bits, rng) {
  for (;;) {
    const b = rng.bytes(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    let n = BigInt(`0x${b.toString("hex")}`);
    for (let k = 0; k < 2000; k++, n += 2n) {
      if (n % 65537n === 1n) continue;
      if (isProbablePrime(n, rng)) return n;
    }
  }
}
function rsaKeyPair(rng, bits = 2048) {
  const e = 65537n;
  let p, q, n, d;
  for (;;) {
    p = randPrime(bits / 2, rng);
    q = randPrime(bits / 2, rng);
    if (p === q) continue;
    if (p < q) [p, q] = [q, p];
    n = p * q;
    const phi = (p - 1n) * (q - 1n);
    d = modInv(e, phi);
    if (d > 0n && n.toString(2).length === bits) break;
  }
  const der = SEQ(
    INT(0),
    INT(n),
    INT(e),
    INT(d),
    INT(p),
    INT(q),
    INT(d % (p - 1n)),
    INT(d % (q - 1n)),
    INT(modInv(q, p)),
  );
  const privateKey = crypto.createPrivateKey({ key: der, format: "der", type: "pkcs1" });
  const publicKey = crypto.createPublicKey(privateKey);
  return { privateKey, publicKey };
}

// ---------------------------------------------------------------- X.509 certificate
function makeCert({ rng, subjectCN, subjectO, issuerCN, subjectPub, issuerKey, notBefore, days, ca }) {
  const name = (cn, o) =>
    SEQ(...(o ? [SET(SEQ(OID("2.5.4.10"), UTF8(o)))] : []), SET(SEQ(OID("2.5.4.3"), UTF8(cn))));
  const serial = rng.bytes(16);
  serial[0] &= 0x7f;
  const alg = SEQ(OID("1.2.840.113549.1.1.11"), NULL);
  const exts = [];
  if (ca) exts.push(SEQ(OID("2.5.29.19"), BOOL_TRUE, OCT(SEQ(BOOL_TRUE))));
  else exts.push(SEQ(OID("2.5.29.37"), OCT(SEQ(OID("1.3.6.1.5.5.7.3.2")))));
  const spki = subjectPub.export({ type: "spki", format: "der" });
  const nb = notBefore,
    na = new Date(notBefore.getTime() + days * 86400000);
  const tbs = SEQ(
    CTX(0, INT(2)),
    INT(serial),
    alg,
    name(issuerCN),
    SEQ(UTC(nb), UTC(na)),
    name(subjectCN, subjectO),
    spki,
    CTX(3, SEQ(...exts)),
  );
  const sig = crypto.sign("sha256", tbs, issuerKey);
  const der = SEQ(tbs, alg, BIT(sig));
  return `-----BEGIN CERTIFICATE-----\n${wrap(b64(der), 64)}\n-----END CERTIFICATE-----\n`;
}

// ---------------------------------------------------------------- Ed25519 / X25519 from seed
function ed25519FromSeed(seed) {
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  const pub = crypto.createPublicKey(privateKey).export({ type: "spki", format: "der" }).subarray(-32);
  return { privateKey, pub: Buffer.from(pub), seed };
}
function x25519Public(scalar) {
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), scalar]),
    format: "der",
    type: "pkcs8",
  });
  return Buffer.from(
    crypto.createPublicKey(privateKey).export({ type: "spki", format: "der" }).subarray(-32),
  );
}

// ---------------------------------------------------------------- OpenSSH private key (openssh-key-v1, ed25519)
const u32be = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const sshStr = (b) => {
  b = Buffer.isBuffer(b) ? b : Buffer.from(b);
  return Buffer.concat([u32be(b.length), b]);
};
function opensshEd25519(rng, comment) {
  const { pub, seed } = ed25519FromSeed(rng.bytes(32));
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const check = rng.bytes(4);
  let priv = Buffer.concat([
    check,
    check,
    sshStr("ssh-ed25519"),
    sshStr(pub),
    sshStr(Buffer.concat([seed, pub])),
    sshStr(comment),
  ]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshStr("none"),
    sshStr("none"),
    sshStr(""),
    u32be(1),
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  return {
    pem: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(body), 70)}\n-----END OPENSSH PRIVATE KEY-----`,
    publicLine: `ssh-ed25519 ${b64(pubBlob)} ${comment}`,
  };
}

// ---------------------------------------------------------------- OpenPGP v4 EdDSA key (RFC 4880 + legacy EdDSA)
function pktHeader(tag, len) {
  if (len < 192) return Buffer.from([0xc0 | tag, len]);
  if (len < 8384) {
    const l = len - 192;
    return Buffer.from([0xc0 | tag, (l >> 8) + 192, l & 0xff]);
  }
  throw new Error("packet too long");
}
const pkt = (tag, body) => Buffer.concat([pktHeader(tag, body.length), body]);
function mpi(buf) {
  let i = 0;
  while (i < buf.length - 1 && buf[i] === 0) i++;
  const b = buf.subarray(i);
  const bits = (b.length - 1) * 8 + (b[0] ? Math.floor(Math.log2(b[0])) + 1 : 0);
  const h = Buffer.alloc(2);
  h.writeUInt16BE(bits);
  return Buffer.concat([h, b]);
}
function armor(kind, data) {
  const c = crc24(data);
  const cb = Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]);
  return `-----BEGIN PGP ${kind} BLOCK-----\n\n${wrap(b64(data), 64)}\n=${b64(cb)}\n-----END PGP ${kind} BLOCK-----`;
}
function pgpEd25519(rng, uid, created) {
  const { privateKey, pub, seed } = ed25519FromSeed(rng.bytes(32));
  const ts = u32be(Math.floor(created.getTime() / 1000));
  const oid = Buffer.from("2b06010401da470f01", "hex");
  const pubBody = Buffer.concat([
    Buffer.from([4]),
    ts,
    Buffer.from([22, oid.length]),
    oid,
    mpi(Buffer.concat([Buffer.from([0x40]), pub])),
  ]);
  const fpr = crypto
    .createHash("sha1")
    .update(
      Buffer.concat([
        Buffer.from([0x99]),
        Buffer.from([pubBody.length >> 8, pubBody.length & 0xff]),
        pubBody,
      ]),
    )
    .digest();
  const keyId = fpr.subarray(12);
  const sm = mpi(seed);
  let sum = 0;
  for (const b of sm) sum = (sum + b) & 0xffff;
  const secBody = Buffer.concat([pubBody, Buffer.from([0]), sm, Buffer.from([sum >> 8, sum & 0xff])]);
  const uidB = Buffer.from(uid);
  const hashed = Buffer.concat([
    Buffer.from([5, 2]),
    ts,
    Buffer.from([22, 33, 4]),
    fpr,
    Buffer.from([2, 27, 0x03]),
    Buffer.from([4, 21, 10, 9, 8]),
    Buffer.from([3, 11, 9, 7]),
    Buffer.from([2, 30, 0x01]),
  ]);
  const sigHead = Buffer.concat([
    Buffer.from([4, 0x13, 22, 8]),
    Buffer.from([hashed.length >> 8, hashed.length & 0xff]),
    hashed,
  ]);
  const hashInput = Buffer.concat([
    Buffer.from([0x99, pubBody.length >> 8, pubBody.length & 0xff]),
    pubBody,
    Buffer.from([0xb4]),
    u32be(uidB.length),
    uidB,
    sigHead,
    Buffer.from([4, 0xff]),
    u32be(sigHead.length),
  ]);
  const digest = crypto.createHash("sha256").update(hashInput).digest();
  const sig = crypto.sign(null, digest, privateKey);
  const unhashed = Buffer.concat([Buffer.from([9, 16]), keyId]);
  const sigBody = Buffer.concat([
    sigHead,
    Buffer.from([0, unhashed.length]),
    unhashed,
    digest.subarray(0, 2),
    mpi(sig.subarray(0, 32)),
    mpi(sig.subarray(32)),
  ]);
  const sigPkt = pkt(2, sigBody),
    uidPkt = pkt(13, uidB);
  return {
    privateArmor: armor("PRIVATE KEY", Buffer.concat([pkt(5, secBody), uidPkt, sigPkt])),
    publicArmor: armor("PUBLIC KEY", Buffer.concat([pkt(6, pubBody), uidPkt, sigPkt])),
    fingerprint: fpr.toString("hex").toUpperCase(),
  };
}

// ---------------------------------------------------------------- password hashes
const ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function to64(v, n) {
  let s = "";
  while (n-- > 0) {
    s += ITOA64[v & 0x3f];
    v >>>= 6;
  }
  return s;
}
const md5 = (...parts) => {
  const h = crypto.createHash("md5");
  for (const p of parts) h.update(p);
  return h.digest();
};
// Apache APR1 (MD5-crypt with $apr1$ magic), as written by `htpasswd -m`
function apr1(pw, salt) {
  const P = Buffer.from(pw),
    S = Buffer.from(salt),
    magic = Buffer.from("$apr1$");
  let fin = md5(P, S, P);
  const parts = [P, magic, S];
  for (let pl = P.length; pl > 0; pl -= 16) parts.push(fin.subarray(0, Math.min(pl, 16)));
  for (let i = P.length; i; i >>= 1) parts.push(i & 1 ? Buffer.from([0]) : P.subarray(0, 1));
  fin = md5(...parts);
  for (let i = 0; i < 1000; i++) {
    const c = [];
    c.push(i & 1 ? P : fin);
    if (i % 3) c.push(S);
    if (i % 7) c.push(P);
    c.push(i & 1 ? fin : P);
    fin = md5(...c);
  }
  const f = fin;
  const out =
    to64((f[0] << 16) | (f[6] << 8) | f[12], 4) +
    to64((f[1] << 16) | (f[7] << 8) | f[13], 4) +
    to64((f[2] << 16) | (f[8] << 8) | f[14], 4) +
    to64((f[3] << 16) | (f[9] << 8) | f[15], 4) +
    to64((f[4] << 16) | (f[10] << 8) | f[5], 4) +
    to64(f[11], 2);
  return `$apr1$${salt}$${out}`;
}
// glibc SHA-512 crypt ($6$), default 5000 rounds
function sha512crypt(pw, salt) {
  const P = Buffer.from(pw),
    S = Buffer.from(salt.slice(0, 16));
  const sha = (...parts) => {
    const h = crypto.createHash("sha512");
    for (const p of parts) h.update(p);
    return h.digest();
  };
  const B = sha(P, S, P);
  const aParts = [P, S];
  let pl = P.length;
  for (; pl > 64; pl -= 64) aParts.push(B);
  aParts.push(B.subarray(0, pl));
  for (let i = P.length; i > 0; i >>= 1) aParts.push(i & 1 ? B : P);
  const A = sha(...aParts);
  const DP = sha(...Array(P.length).fill(P));
  const Pseq = Buffer.concat(Array(Math.ceil(P.length / 64) + 1).fill(DP)).subarray(0, P.length);
  const DS = sha(...Array(16 + A[0]).fill(S));
  const Sseq = DS.subarray(0, S.length);
  let C = A;
  for (let i = 0; i < 5000; i++) {
    const c = [];
    c.push(i & 1 ? Pseq : C);
    if (i % 3) c.push(Sseq);
    if (i % 7) c.push(Pseq);
    c.push(i & 1 ? C : Pseq);
    C = sha(...c);
  }
  const order = [
    [0, 21, 42],
    [22, 43, 1],
    [44, 2, 23],
    [3, 24, 45],
    [25, 46, 4],
    [47, 5, 26],
    [6, 27, 48],
    [28, 49, 7],
    [50, 8, 29],
    [9, 30, 51],
    [31, 52, 10],
    [53, 11, 32],
    [12, 33, 54],
    [34, 55, 13],
    [56, 14, 35],
    [15, 36, 57],
    [37, 58, 16],
    [59, 17, 38],
    [18, 39, 60],
    [40, 61, 19],
    [62, 20, 41],
  ];
  let out = "";
  for (const [a, b, c] of order) out += to64((C[a] << 16) | (C[b] << 8) | C[c], 4);
  out += to64(C[63], 2);
  return `$6$${salt}$${out}`;
}

// ---------------------------------------------------------------- encrypted-at-rest formats (hard negatives)
// ansible-vault 1.1 AES256 (PBKDF2-SHA256 10000, AES-256-CTR, HMAC-SHA256)
function ansibleVault(rng, plaintext, password, indent = "") {
  const salt = rng.bytes(32);
  const km = crypto.pbkdf2Sync(password, salt, 10000, 80, "sha256");
  const k1 = km.subarray(0, 32),
    k2 = km.subarray(32, 64),
    iv = km.subarray(64, 80);
  const pt = Buffer.from(plaintext);
  const padLen = 16 - (pt.length % 16);
  const padded = Buffer.concat([pt, Buffer.alloc(padLen, padLen)]);
  const c = crypto.createCipheriv("aes-256-ctr", k1, iv);
  const ct = Buffer.concat([c.update(padded), c.final()]);
  const mac = crypto.createHmac("sha256", k2).update(ct).digest("hex");
  const inner = `${salt.toString("hex")}\n${mac}\n${ct.toString("hex")}`;
  const outer = Buffer.from(inner).toString("hex");
  const lines = ["$ANSIBLE_VAULT;1.1;AES256", ...wrap(outer, 80).split("\n")];
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join("\n");
}
// SOPS value: ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]
function sopsValue(rng, plaintext, type = "str") {
  const key = rng.bytes(32),
    iv = rng.bytes(32);
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);
  const ct = Buffer.concat([c.update(Buffer.from(plaintext)), c.final()]);
  return `ENC[AES256_GCM,data:${b64(ct)},iv:${b64(iv)},tag:${b64(c.getAuthTag())},type:${type}]`;
}
// Bitnami sealed-secrets ciphertext: 2-byte len + RSA-OAEP(4096) session key + AES-GCM payload
function sealedValue(rng, plaintextLen) {
  return b64(Buffer.concat([Buffer.from([0x02, 0x00]), rng.bytes(512), rng.bytes(plaintextLen + 16)]));
}
// ==================================================================== corpus
// Usage: node gen.mjs [seed]
const ROOT = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(ROOT, "files");
const LABELS = path.join(ROOT, "labels.json");
const SEED = process.argv[2] ?? crypto.randomBytes(12).toString("hex");
const rng = new Rng(SEED);

// ---- markers: every labelled value is written through P()/N() so its line is computed, never hand-counted
const markers = new Map();
let markerSeq = 0;
const MARK_OPEN = String.fromCharCode(1);
const MARK_CLOSE = String.fromCharCode(2);
const mk = (positive, type, secret, extra = {}) => {
  const id = `\u0001${markerSeq++}\u0002`;
  markers.set(id, { type, secret, positive, ...extra });
  return id;
};
const P = (type, secret, extra) => mk(true, type, secret, extra);
const N = (type, secret, extra) => mk(false, type, secret, extra);
const files = [];
const F = (p, lines) =>
  files.push([p, (Array.isArray(lines) ? lines.join("\n") : lines).replace(/\n*$/, "\n")]);
const indent = (text, pad) =>
  text
    .split("\n")
    .map((l, i) => (i === 0 ? l : pad + l))
    .join("\n");
const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);

// ---- value generators (formats: see README.md)
const g = {
  akia: () => `AKIA${rng.str(B32, 16)}`,
  asia: () => `ASIA${rng.str(B32, 16)}`,
  awsSecret: () => rng.str(`${ALNUM}/+`, 40),
  stsNew: () =>
    b64(
      Buffer.concat([
        Buffer.from("!\n\torigin_ec"),
        Buffer.from([0x10]),
        rng.bytes(5),
        Buffer.from([0x1a, 0x09]),
        Buffer.from("eu-west-1"),
        Buffer.from([0x22, 0x48, 0x30, 0x46, 0x02, 0x21, 0x00]),
        rng.bytes(rng.range(560, 700)),
      ]),
    ),
  stsOld: () =>
    b64(
      Buffer.concat([
        Buffer.from([0x17, 0x0a, 0x06]),
        Buffer.from("er/aws"),
        Buffer.from([0x10]),
        rng.bytes(rng.range(250, 300)),
      ]),
    ),
  azKey: () => b64(rng.bytes(64)),
  azSig: () => encodeURIComponent(b64(rng.bytes(32))),
  azClientSecret: () => `${rng.str(ALNUM, 3)}8Q~${rng.str(`${ALNUM}_~.-`, 33)}${rng.str(ALNUM, 1)}`,
  tfc: () => `${rng.str(ALNUM, 14)}.atlasv1.${rng.str(ALNUM, 67)}`,
  vault: () => {
    const inner = `hvs.${rng.str(ALNUM, 24)}`;
    return (
      "hvs." +
      b64url(
        Buffer.concat([
          Buffer.from([0x08, 0x01, 0x12, 0x20]),
          rng.bytes(32),
          Buffer.from([0x1a, inner.length + 2, 0x0a, inner.length]),
          Buffer.from(inner),
        ]),
      )
    );
  },
  ghFine: () => `github_pat_11${rng.str(UP + DG, 7)}${rng.str(ALNUM, 13)}_${rng.str(ALNUM, 59)}`,
  ghp: () => {
    const e = rng.str(ALNUM, 30);
    return `ghp_${e}${base62(crc32(e), 6)}`;
  },
  npm: () => {
    const e = rng.str(ALNUM, 30);
    return `npm_${e}${base62(crc32(e), 6)}`;
  },
  glpat: () => `glpat-${rng.str(`${ALNUM}_-`, 19)}${rng.str(ALNUM, 1)}`,
  glrt: () => `glrt-${rng.str(`${ALNUM}_-`, 19)}${rng.str(ALNUM, 1)}`,
  gldt: () => `gldt-${rng.str(`${ALNUM}_-`, 19)}${rng.str(ALNUM, 1)}`,
  circle: () => `CCIPAT_${rng.str(ALNUM, 22)}_${rng.str(HEX, 40)}`,
  bkua: () => `bkua_${rng.str(HEX, 40)}`,
  ddApi: () => rng.str(HEX, 32),
  ddApp: () => rng.str(HEX, 40),
  nrak: () => `NRAK-${rng.str(UP + DG, 27)}`,
  dsnLegacy: () => `https://${rng.str(HEX, 32)}@o${rng.digits(6)}.ingest.sentry.io/${rng.digits(7)}`,
  dsnUS: () =>
    `https://${rng.str(HEX, 32)}@o450${rng.digits(13, false)}.ingest.us.sentry.io/450${rng.digits(13, false)}`,
  sntrys: (org) => {
    const payload = `{"iat": ${1709561234 + rng.int(5000000)}.${rng.digits(6, false)}, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "${org}"}`;
    return `sntrys_${b64(Buffer.from(payload))}_${b64(rng.bytes(32)).replace(/=+$/, "")}`;
  },
  glsa: () => {
    const s = rng.str(ALNUM, 32);
    const le = Buffer.alloc(4);
    le.writeUInt32LE(crc32(`glsa_${s}`));
    return `glsa_${s}_${le.toString("hex")}`;
  },
  pagerduty: () => `u+${rng.str(`${ALNUM}_-`, 17)}${rng.str(ALNUM, 1)}`,
  slackHook: () =>
    `https://hooks.slack.com/services/T0${rng.str(UP + DG, 8)}/B0${rng.str(UP + DG, 9)}/${rng.str(ALNUM, 24)}`,
  xoxb: () => `xoxb-${rng.digits(12)}-${rng.digits(13)}-${rng.str(ALNUM, 24)}`,
  discord: () =>
    `https://discord.com/api/webhooks/1${rng.digits(18, false)}/${rng.str(`${ALNUM}_-`, 67)}${rng.str(ALNUM, 1)}`,
  telegram: () =>
    `${rng.pick(["6", "7"])}${rng.digits(9, false)}:AA${rng.str(`${ALNUM}_-`, 32)}${rng.str(ALNUM, 1)}`,
  cfut: () => {
    const b = rng.str(ALNUM, 40);
    return `cfut_${b}${crc32(b).toString(16).padStart(8, "0")}`;
  },
  cfLegacy: () => rng.str(ALNUM, 1) + rng.str(`${ALNUM}_-`, 38) + rng.str(ALNUM, 1),
  dop: () => `dop_v1_${rng.str(HEX, 64)}`,
  heroku: () => {
    const b1 = rng.bytes(31);
    b1[0] &= 0x0f;
    const b = Buffer.concat([
      Buffer.from([0]),
      b1,
      Buffer.from([rng.bytes(1)[0] & 0xf0, 0xff, 0xff, 0xff, 0xff, rng.bytes(1)[0] & 0x0f]),
      rng.bytes(7),
    ]);
    return `HRKU-${b64url(b)}`;
  },
  fly: () =>
    `FlyV1 fm2_${b64(Buffer.concat([Buffer.from([0x94, 0x93, 0xc4]), rng.bytes(rng.range(300, 340))]))},fm2_${b64(Buffer.concat([Buffer.from([0x94, 0x93, 0xc4]), rng.bytes(rng.range(150, 170))]))}`,
  vercel: () => rng.str(ALNUM, 24),
  netlify: () => `nfp_${rng.str(ALNUM, 32)}${rng.str(HEX, 4)}`,
  dapi: () => `dapi${rng.str(HEX, 32)}`,
  confluentKey: () => rng.str(UP + DG, 16),
  cflt: () => {
    const b = rng.str(B64CH, 54);
    const le = Buffer.alloc(4);
    le.writeUInt32LE(crc32(b));
    return `cflt${b}${b64(le).slice(0, 6)}`;
  },
  elasticId: () => rng.str(`${ALNUM}_-`, 19) + rng.str(ALNUM, 1),
  elasticKey: () => rng.str(`${ALNUM}_-`, 21) + rng.str(ALNUM, 1),
  reftkn: () => b64(`reftkn:01:${1735000000 + rng.int(60000000)}:${rng.str(ALNUM, 27)}`),
  azdo: () => rng.str("abcdefghijklmnopqrstuvwxyz234567", 52),
  b2KeyId: () => `005${rng.str(HEX, 12)}000000000${rng.range(1, 9)}`,
  b2Key: () => `K005${rng.str(`${ALNUM}/+`, 26)}${rng.str(ALNUM, 1)}`,
  fernet: () => b64(rng.bytes(32)).replace(/\+/g, "-").replace(/\//g, "_"),
  nats: () => {
    const seed = rng.bytes(32);
    const { pub } = ed25519FromSeed(seed);
    const prefix = 20 << 3; // user
    const raw = Buffer.concat([Buffer.from([(18 << 3) | (prefix >> 5), (prefix & 31) << 3]), seed]);
    const c = crc16(raw);
    const praw = Buffer.concat([Buffer.from([prefix]), pub]);
    const pc = crc16(praw);
    return {
      seed: base32(Buffer.concat([raw, Buffer.from([c & 0xff, c >> 8])])),
      pub: base32(Buffer.concat([praw, Buffer.from([pc & 0xff, pc >> 8])])),
    };
  },
  age: () => {
    const sk = rng.bytes(32);
    return {
      secret: bech32Encode("age-secret-key-", sk).toUpperCase(),
      recipient: bech32Encode("age", x25519Public(sk)),
    };
  },
  pw: (n = 24) => rng.str(ALNUM, n), // URI/INI safe
  pwSym: (n = 22) => rng.str(ALNUM, 2) + rng.str(`${ALNUM}!%^*-_+=.`, n - 4) + rng.str(ALNUM, 2),
  pwHuman: () =>
    rng.pick([
      "Harbor",
      "Falcon",
      "Granite",
      "Maple",
      "Orbit",
      "Quartz",
      "Tundra",
      "Copper",
      "Juniper",
      "Saffron",
      "Cobalt",
      "Meadow",
    ]) +
    rng.pick(["-", "_", ".", "!"]) +
    rng.pick(["river", "lantern", "summit", "harvest", "compass", "thunder", "pepper", "glacier"]) +
    rng.range(10, 99) +
    rng.pick(["!", "%", "*", "@"]),
  salt: (n) => rng.str(`./${ALNUM}`, n),
  sha256: () => rng.hex(32),
  gitsha: () => rng.hex(20),
  digest: () => `sha256:${rng.hex(32)}`,
};

// ---- shared fixtures
const AWS_ACCOUNT = `3${rng.digits(11, false)}`;
const created = new Date("2024-01-10T08:12:44Z");
console.error("generating RSA keys ...");
const gcpKey1 = rsaKeyPair(rng),
  gcpKey2 = rsaKeyPair(rng),
  saSignKey = rsaKeyPair(rng),
  caKey = rsaKeyPair(rng),
  adminKey = rsaKeyPair(rng);
const pemPkcs8 = (k) => k.privateKey.export({ type: "pkcs8", format: "pem" });
const pemPkcs1 = (k) => k.privateKey.export({ type: "pkcs1", format: "pem" });
const caCert = makeCert({
  rng,
  subjectCN: "kubernetes",
  issuerCN: "kubernetes",
  subjectPub: caKey.publicKey,
  issuerKey: caKey.privateKey,
  notBefore: created,
  days: 3650,
  ca: true,
});
const adminCert = makeCert({
  rng,
  subjectCN: "break-glass-admin",
  subjectO: "system:masters",
  issuerCN: "kubernetes",
  subjectPub: adminKey.publicKey,
  issuerKey: caKey.privateKey,
  notBefore: created,
  days: 365,
  ca: false,
});
function jwtRS256(key, payload) {
  const kid = b64url(
    crypto
      .createHash("sha256")
      .update(key.publicKey.export({ type: "spki", format: "der" }))
      .digest(),
  );
  const h = b64url(JSON.stringify({ alg: "RS256", kid }));
  const p = b64url(JSON.stringify(payload));
  return `${h}.${p}.${b64url(crypto.sign("sha256", Buffer.from(`${h}.${p}`), key.privateKey))}`;
}
function saJson(key, project, account, pad) {
  const email = `${account}@${project}.iam.gserviceaccount.com`;
  const pem = pemPkcs8(key);
  const lines = [
    "{",
    `  "type": "service_account",`,
    `  "project_id": "${project}",`,
    `  "private_key_id": "${N("gcp_private_key_id", rng.hex(20))}",`,
    `  "private_key": "${P("gcp_service_account_key", jsonEsc(pem), { decoded: pem })}",`,
    `  "client_email": "${email}",`,
    `  "client_id": "1${rng.digits(20, false)}",`,
    `  "auth_uri": "https://accounts.google.com/o/oauth2/auth",`,
    `  "token_uri": "https://oauth2.googleapis.com/token",`,
    `  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",`,
    `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(email)}",`,
    `  "universe_domain": "googleapis.com"`,
    "}",
  ];
  return lines.map((l, i) => (i === 0 ? l : pad + l)).join("\n");
}

// values reused across files
const tfcTok = g.tfc();
const gldtTok = g.gldt();
const fernetKey = g.fernet();
const ageMain = g.age();
const ddApiKey = g.ddApi();
const pgIngestPw = g.pw(26);
const sshDeploy = opensshEd25519(rng, "deploy@ci-runner-01");
const sshAnsible = opensshEd25519(rng, "ansible@bastion-euw1");
const pgp = pgpEd25519(
  rng,
  "Acme Platform Release Signing <release@acme-corp.net>",
  new Date("2023-05-02T09:14:00Z"),
);
const natsSvc = g.nats(),
  natsDeployer = g.nats();
const checkoutSha = g.gitsha();
const AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE";
const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const AZURITE_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const SLACK_DOC_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";

// =================================================================== platform-infra
F("platform-infra/README.md", [
  "# platform-infra",
  "",
  "Terraform, Helm and Ansible for the ingest platform (eu-west-1).",
  "",
  "## Getting started",
  "",
  "```bash",
  `export VAULT_ADDR=https://vault.internal.acme-corp.net:8200`,
  `export VAULT_TOKEN=${N("placeholder", "<your-vault-token>")}`,
  `vault login -method=oidc role=platform`,
  "```",
  "",
  "Database access goes through the bastion. Use",
  `\`psql "postgresql://ingest_app:${N("placeholder", "<password>")}@pg-prod-01.internal.acme-corp.net:5432/ingest"\``,
  "with the password from `vault kv get secret/ingest/db`.",
  "",
  "For the GitLab mirror job you need a project access token (`glpat-...`) with",
  `\`write_repository\`, e.g. \`GITLAB_TOKEN=${N("placeholder", "glpat-xxxxxxxxxxxxxxxxxxxx")}\`.`,
  "",
  `Cluster admin role: \`${N("arn", `arn:aws:iam::${AWS_ACCOUNT}:role/eks-admin-break-glass`)}\``,
]);

F("platform-infra/.github/workflows/deploy.yml", [
  "name: deploy",
  "",
  "on:",
  "  push:",
  "    branches: [main]",
  "  workflow_dispatch:",
  "",
  "permissions:",
  "  id-token: write",
  "  contents: read",
  "",
  "env:",
  "  AWS_REGION: eu-west-1",
  "  TF_VERSION: 1.7.5",
  `  TF_TOKEN_app_terraform_io: ${P("terraform_cloud_token", tfcTok)}`,
  `  DD_API_KEY: ${N("template_reference", "${{ secrets.DD_API_KEY }}")}`,
  `  SOPS_AGE_KEY: ${P("age_secret_key", ageMain.secret)}`,
  "",
  "jobs:",
  "  plan:",
  "    runs-on: ubuntu-22.04",
  "    steps:",
  `      - uses: actions/checkout@${N("git_sha", checkoutSha)} # v4.1.1`,
  "      - uses: aws-actions/configure-aws-credentials@v4",
  "        with:",
  `          role-to-assume: ${N("arn", `arn:aws:iam::${AWS_ACCOUNT}:role/gha-terraform-plan`)}`,
  "          aws-region: ${{ env.AWS_REGION }}",
  "      - uses: hashicorp/setup-terraform@v3",
  "        with:",
  "          terraform_version: ${{ env.TF_VERSION }}",
  "      - name: Terraform plan",
  "        working-directory: terraform",
  "        env:",
  `          CLOUDFLARE_API_TOKEN: ${P("cloudflare_api_token", g.cfut())}`,
  `          GITHUB_TOKEN: ${N("template_reference", "${{ secrets.GITHUB_TOKEN }}")}`,
  "        run: |",
  "          terraform init -input=false",
  "          terraform plan -input=false -out=tfplan",
  "",
  "  release:",
  "    needs: plan",
  "    if: github.ref == 'refs/heads/main'",
  "    runs-on: ubuntu-22.04",
  "    steps:",
  `      - uses: actions/checkout@${checkoutSha} # v4.1.1`,
  "      - name: Sentry release",
  "        env:",
  `          SENTRY_AUTH_TOKEN: ${P("sentry_org_auth_token", g.sntrys("acme-platform"))}`,
  "          SENTRY_ORG: acme-platform",
  "          SENTRY_PROJECT: ingest-api",
  "        run: |",
  '          npx @sentry/cli@2 releases new "$GITHUB_SHA"',
  '          npx @sentry/cli@2 releases set-commits "$GITHUB_SHA" --auto',
  "      - name: Publish release notes",
  "        env:",
  `          GH_TOKEN: ${P("github_fine_grained_pat", g.ghFine())}`,
  '        run: gh release create "v1.${GITHUB_RUN_NUMBER}.0" --generate-notes',
]);

F("platform-infra/.github/workflows/fly-deploy.yml", [
  "name: fly-deploy-status-page",
  "on:",
  "  push:",
  '    paths: ["status-page/**"]',
  "jobs:",
  "  deploy:",
  "    runs-on: ubuntu-latest",
  "    concurrency: deploy-status-page",
  "    steps:",
  `      - uses: actions/checkout@${checkoutSha}`,
  "      - uses: superfly/flyctl-actions/setup-flyctl@master",
  "      - run: flyctl deploy --remote-only --config status-page/fly.toml",
  "        env:",
  "          # TODO: move to repo secrets once org admin grants access",
  `          FLY_API_TOKEN: "${P("flyio_token", g.fly())}"`,
]);

F("platform-infra/.gitlab-ci.yml", [
  "stages: [lint, build, mirror, deploy]",
  "",
  "variables:",
  "  DOCKER_DRIVER: overlay2",
  `  ARM_CLIENT_ID: "${N("uuid_resource_id", rng.uuid())}"`,
  `  ARM_CLIENT_SECRET: "${P("azure_client_secret", g.azClientSecret())}"`,
  "",
  "lint:",
  "  stage: lint",
  "  image: hashicorp/terraform:1.7.5",
  "  script:",
  "    - terraform -chdir=terraform fmt -check -recursive",
  "",
  "build:",
  "  stage: build",
  `  image: docker:24.0.7@${N("image_digest", g.digest())}`,
  "  services: [docker:24.0.7-dind]",
  "  script:",
  `    - echo "${N("template_reference", "$CI_REGISTRY_PASSWORD")}" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"`,
  '    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" docker/',
  '    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"',
  "",
  "mirror:",
  "  stage: mirror",
  "  image: alpine/git:2.43.0",
  "  rules:",
  "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
  "  script:",
  `    - git push --mirror "https://oauth2:${P("gitlab_pat", g.glpat())}@gitlab.acme-corp.net/platform/infra-mirror.git"`,
  "",
  "docs:",
  "  stage: deploy",
  "  image: node:20-alpine",
  "  script:",
  "    - cd docs-site && npm ci && npm run build",
  `    - npx vercel deploy --prod --yes --token ${P("vercel_token", g.vercel())} ./build`,
]);

F("platform-infra/.buildkite/pipeline.yml", [
  "env:",
  "  BUILDKITE_ORGANIZATION_SLUG: acme-corp",
  `  BUILDKITE_API_TOKEN: "${P("buildkite_api_token", g.bkua())}"`,
  "",
  "steps:",
  '  - label: ":terraform: validate"',
  "    command: make validate",
  "    agents:",
  "      queue: infra",
  "  - wait",
  '  - label: ":chart_with_upwards_trend: annotate build metrics"',
  "    command: scripts/annotate-metrics.sh",
]);

const kubeTokenJenkins = jwtRS256(saSignKey, {
  aud: ["https://kubernetes.default.svc"],
  exp: 1767225600,
  iat: 1735689600,
  iss: `https://oidc.eks.eu-west-1.amazonaws.com/id/${rng.hex(16).toUpperCase()}`,
  "kubernetes.io": { namespace: "ingest", serviceaccount: { name: "jenkins-deployer", uid: rng.uuid() } },
  nbf: 1735689600,
  sub: "system:serviceaccount:ingest:jenkins-deployer",
});
F("platform-infra/Jenkinsfile", [
  `@Library('acme-shared-pipeline@${N("git_sha", g.gitsha())}') _`,
  "",
  "pipeline {",
  "  agent { label 'linux-docker' }",
  "  options { timestamps(); disableConcurrentBuilds() }",
  "  environment {",
  "    VAULT_ADDR  = 'https://vault.internal.acme-corp.net:8200'",
  `    VAULT_TOKEN = '${P("vault_token", g.vault())}'`,
  `    KUBE_TOKEN  = '${P("kubernetes_service_account_token", kubeTokenJenkins)}'`,
  "    SLACK_CREDS = credentials('slack-deploy-bot')",
  "  }",
  "  stages {",
  "    stage('Build') {",
  "      steps { sh './gradlew clean build -x test' }",
  "    }",
  "    stage('Publish') {",
  "      steps {",
  "        sh '''",
  `          curl -fsS -u svc-jenkins:${P("artifactory_token", g.reftkn())} \\`,
  "            -T build/libs/ingest-${BUILD_NUMBER}.jar \\",
  '            "https://acme.jfrog.io/artifactory/libs-release-local/com/acme/ingest/${BUILD_NUMBER}/"',
  "        '''",
  "      }",
  "    }",
  "    stage('Deploy') {",
  "      steps {",
  "        sh 'kubectl --server=https://10.20.0.10:6443 --token=\"$KUBE_TOKEN\" --insecure-skip-tls-verify -n ingest rollout restart deploy/ingest'",
  "      }",
  "    }",
  "  }",
  "  post {",
  "    failure { slackSend channel: '#deploys', color: 'danger', message: \"Deploy failed: ${env.BUILD_URL}\" }",
  "  }",
  "}",
]);

F("platform-infra/Makefile", [
  "SHELL := /bin/bash",
  "REGISTRY ?= ghcr.io/acme-corp",
  "VERSION  ?= $(shell git describe --tags --always)",
  `GH_TOKEN ?= ${P("github_fine_grained_pat", g.ghFine())}`,
  "",
  ".PHONY: validate image release",
  "validate:",
  "\tterraform -chdir=terraform validate",
  "\thelm lint helm/ingest -f helm/ingest/values-prod.yaml",
  "",
  "image:",
  "\tdocker build -t $(REGISTRY)/ingest-api:$(VERSION) docker/",
  "",
  "release: image",
  "\tdocker push $(REGISTRY)/ingest-api:$(VERSION)",
  "\tGH_TOKEN=$(GH_TOKEN) gh release upload $(VERSION) dist/*.tar.gz --clobber",
]);

// ---- docker
const tfZipSha = g.sha256();
F("platform-infra/docker/Dockerfile", [
  `FROM golang:1.22.2-bookworm@${N("image_digest", g.digest())} AS build`,
  `ARG GITHUB_TOKEN=${P("github_classic_pat", g.ghp())}`,
  "ARG TF_VERSION=1.7.5",
  "ENV GOPRIVATE=github.com/acme-corp/* CGO_ENABLED=0",
  'RUN git config --global url."https://x-access-token:${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"',
  "WORKDIR /src",
  "COPY go.mod go.sum ./",
  "RUN go mod download",
  "COPY . .",
  'RUN go build -trimpath -ldflags="-s -w" -o /out/ingest-api ./cmd/ingest-api',
  "",
  "RUN curl -fsSLo /tmp/terraform.zip https://releases.hashicorp.com/terraform/${TF_VERSION}/terraform_${TF_VERSION}_linux_amd64.zip \\",
  ` && echo "${N("checksum", tfZipSha)}  /tmp/terraform.zip" | sha256sum -c - \\`,
  " && unzip /tmp/terraform.zip -d /out",
  "",
  `FROM gcr.io/distroless/static-debian12:nonroot@${N("image_digest", g.digest())}`,
  "COPY --from=build /out/ingest-api /usr/local/bin/ingest-api",
  "COPY --from=build /out/terraform /usr/local/bin/terraform",
  "ENV DD_SITE=datadoghq.eu DD_ENV=prod",
  "USER nonroot",
  'ENTRYPOINT ["/usr/local/bin/ingest-api"]',
]);

const rabbitPw = g.pw(24);
F("platform-infra/docker/docker-compose.yml", [
  "# Single-VM deployment for the eu-west-1 edge collector",
  "services:",
  "  api:",
  "    image: ghcr.io/acme-corp/ingest-api:2.14.0",
  "    restart: unless-stopped",
  "    environment:",
  `      DATABASE_URL: "postgresql://ingest_app:${P("postgres_password", pgIngestPw)}@pg-prod-01.internal.acme-corp.net:5432/ingest?sslmode=require"`,
  `      CELERY_BROKER_URL: "amqp://ingest:${P("rabbitmq_password", rabbitPw)}@mq-01.internal.acme-corp.net:5672/ingest"`,
  "      OTEL_EXPORTER_OTLP_ENDPOINT: http://datadog:4317",
  '    ports: ["8080:8080"]',
  "",
  "  datadog:",
  "    image: gcr.io/datadoghq/agent:7.52.0",
  "    environment:",
  `      DD_API_KEY: ${P("datadog_api_key", ddApiKey)}`,
  `      DD_APP_KEY: ${P("datadog_app_key", g.ddApp())}`,
  "      DD_SITE: datadoghq.eu",
  '      DD_LOGS_ENABLED: "true"',
  "      DD_OTLP_CONFIG_RECEIVER_PROTOCOLS_GRPC_ENDPOINT: 0.0.0.0:4317",
  "    volumes:",
  "      - /var/run/docker.sock:/var/run/docker.sock:ro",
]);

F("platform-infra/docker/docker-compose.local.yml", [
  "# Local development stack - do not use these credentials anywhere else",
  "services:",
  "  postgres:",
  "    image: postgres:16",
  "    environment:",
  `      POSTGRES_PASSWORD: ${N("local_dev_credential", "postgres")}`,
  '    ports: ["5432:5432"]',
  "  rabbitmq:",
  "    image: rabbitmq:3.13-management",
  "    environment:",
  "      RABBITMQ_DEFAULT_USER: guest",
  `      RABBITMQ_DEFAULT_PASS: ${N("local_dev_credential", "guest")}`,
  "  azurite:",
  "    image: mcr.microsoft.com/azure-storage/azurite",
  '    ports: ["10000:10000"]',
  "  api:",
  "    build: .",
  "    environment:",
  `      DATABASE_URL: ${N("local_dev_credential", "postgresql://postgres:postgres@localhost:5432/ingest")}`,
  `      CELERY_BROKER_URL: ${N("local_dev_credential", "amqp://guest:guest@rabbitmq:5672//")}`,
  `      MINIO_ROOT_PASSWORD: ${N("template_reference", "${MINIO_ROOT_PASSWORD:-changeme}")}`,
  `      AZURE_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${N("azurite_dev_key", AZURITE_KEY)};BlobEndpoint=http://azurite:10000/devstoreaccount1;"`,
]);

const hubUser = "acmeops",
  hubPw = `dckr_pat_${rng.str(`${ALNUM}_-`, 27)}`;
const harborUser = "robot$ci-push",
  harborPw = g.pw(32);
F("platform-infra/docker/config.json", [
  "{",
  '\t"auths": {',
  '\t\t"https://index.docker.io/v1/": {',
  `\t\t\t"auth": "${P("docker_registry_auth", b64(`${hubUser}:${hubPw}`), { decoded: `${hubUser}:${hubPw}` })}"`,
  "\t\t},",
  '\t\t"harbor.acme-corp.net": {',
  `\t\t\t"auth": "${P("docker_registry_auth", b64(`${harborUser}:${harborPw}`), { decoded: `${harborUser}:${harborPw}` })}"`,
  "\t\t}",
  "\t},",
  '\t"credHelpers": {',
  `\t\t"${AWS_ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"`,
  "\t}",
  "}",
]);

// ---- kubernetes
const redisPw = g.pw(32);
const pgUri = `postgresql://ingest_app:${pgIngestPw}@pg-prod-01.internal.acme-corp.net:5432/ingest?sslmode=require`;
const htUser1 = g.pwHuman();
const dockerCfgJson = JSON.stringify({
  auths: {
    "registry.gitlab.com": {
      username: "gitlab+deploy-token-4821",
      password: gldtTok,
      auth: b64(`gitlab+deploy-token-4821:${gldtTok}`),
    },
  },
});
F("platform-infra/k8s/base/secret-ingest.yaml", [
  "apiVersion: v1",
  "kind: Secret",
  "metadata:",
  "  name: ingest-secrets",
  "  namespace: ingest",
  "  labels:",
  "    app.kubernetes.io/name: ingest",
  "type: Opaque",
  "data:",
  `  DATABASE_URL: ${P("postgres_password", b64(pgUri), { decoded: pgUri })}`,
  `  LOG_FORMAT: ${N("base64_config", b64("json"))}`,
  "stringData:",
  `  REDIS_URL: "rediss://default:${P("redis_password", redisPw)}@ingest-cache.x7k2pq.ng.0001.euw1.cache.amazonaws.com:6379/0"`,
  `  DD_API_KEY: "${P("datadog_api_key", ddApiKey)}"`,
  "---",
  "apiVersion: v1",
  "kind: Secret",
  "metadata:",
  "  name: gitlab-regcred",
  "  namespace: ingest",
  "type: kubernetes.io/dockerconfigjson",
  "data:",
  `  .dockerconfigjson: ${P("docker_registry_auth", b64(dockerCfgJson), { decoded: dockerCfgJson })}`,
  "---",
  "apiVersion: v1",
  "kind: Secret",
  "metadata:",
  "  name: ingest-admin-basic-auth",
  "  namespace: ingest",
  "type: Opaque",
  "stringData:",
  `  auth: "ops:${P("htpasswd_hash", apr1(htUser1, g.salt(8)))}"`,
]);

const feature = JSON.stringify({
  batchSize: 500,
  flushIntervalMs: 2000,
  compression: "zstd",
  enableDedup: true,
});
F("platform-infra/k8s/base/configmap-ingest.yaml", [
  "apiVersion: v1",
  "kind: ConfigMap",
  "metadata:",
  "  name: ingest-config",
  "  namespace: ingest",
  "data:",
  `  LOG_LEVEL: ${N("configmap_value", "info")}`,
  "  OTEL_EXPORTER_OTLP_ENDPOINT: http://datadog-agent.observability.svc:4317",
  `  S3_RAW_BUCKET_ARN: ${N("arn", "arn:aws:s3:::acme-ingest-raw-euw1")}`,
  `  GRAFANA_DASHBOARD_UID: ${N("uuid_resource_id", rng.uuid())}`,
  `  INGEST_FEATURES_B64: ${N("base64_config", b64(feature))}`,
  "  ca.crt: |",
  `    ${N("certificate", indent(caCert.trimEnd(), "    "))}`,
  "binaryData:",
  `  logging.properties: ${N("base64_config", b64("handlers=java.util.logging.ConsoleHandler\n.level=INFO\njava.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter\n"))}`,
]);

F("platform-infra/k8s/base/deployment-ingest.yaml", [
  "apiVersion: apps/v1",
  "kind: Deployment",
  "metadata:",
  "  name: ingest",
  "  namespace: ingest",
  "spec:",
  "  replicas: 3",
  "  selector:",
  "    matchLabels: {app: ingest}",
  "  template:",
  "    metadata:",
  "      labels: {app: ingest}",
  "      annotations:",
  `        checksum/config: ${N("checksum", g.sha256())}`,
  `        eks.amazonaws.com/role-arn: ${N("arn", `arn:aws:iam::${AWS_ACCOUNT}:role/ingest-irsa`)}`,
  "    spec:",
  "      serviceAccountName: ingest",
  "      imagePullSecrets: [{name: gitlab-regcred}]",
  "      containers:",
  "        - name: api",
  `          image: registry.gitlab.com/acme-corp/ingest@${N("image_digest", g.digest())}`,
  "          envFrom:",
  "            - configMapRef: {name: ingest-config}",
  "          env:",
  "            - name: DATABASE_URL",
  "              valueFrom: {secretKeyRef: {name: ingest-secrets, key: DATABASE_URL}}",
  "            - name: DD_API_KEY",
  "              valueFrom: {secretKeyRef: {name: ingest-secrets, key: DD_API_KEY}}",
]);

F("platform-infra/k8s/base/sealedsecret-payments.yaml", [
  "apiVersion: bitnami.com/v1alpha1",
  "kind: SealedSecret",
  "metadata:",
  "  name: payments-provider",
  "  namespace: payments",
  "spec:",
  "  encryptedData:",
  `    API_KEY: ${N("sealed_secret_ciphertext", sealedValue(rng, 40))}`,
  `    WEBHOOK_SECRET: ${N("sealed_secret_ciphertext", sealedValue(rng, 32))}`,
  "  template:",
  "    metadata: {name: payments-provider, namespace: payments}",
  "    type: Opaque",
]);

const kubeLegacy = jwtRS256(saSignKey, {
  iss: "kubernetes/serviceaccount",
  "kubernetes.io/serviceaccount/namespace": "ci",
  "kubernetes.io/serviceaccount/secret.name": `ci-deployer-token-${rng.str("bcdfghjklmnpqrstvwxz2456789", 5)}`,
  "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
  "kubernetes.io/serviceaccount/service-account.uid": rng.uuid(),
  sub: "system:serviceaccount:ci:ci-deployer",
});
const adminKeyPem = pemPkcs1(adminKey);
F("platform-infra/k8s/kubeconfig-ci.yaml", [
  "apiVersion: v1",
  "kind: Config",
  "clusters:",
  "- cluster:",
  `    certificate-authority-data: ${N("certificate", b64(caCert), { decoded: caCert })}`,
  `    server: https://${rng.hex(16).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com`,
  "  name: prod-euw1",
  "contexts:",
  "- context:",
  "    cluster: prod-euw1",
  "    namespace: ingest",
  "    user: ci-deployer",
  "  name: ci@prod-euw1",
  "- context:",
  "    cluster: prod-euw1",
  "    user: break-glass-admin",
  "  name: admin@prod-euw1",
  "current-context: ci@prod-euw1",
  "preferences: {}",
  "users:",
  "- name: ci-deployer",
  "  user:",
  `    token: ${P("kubernetes_service_account_token", kubeLegacy)}`,
  "- name: break-glass-admin",
  "  user:",
  `    client-certificate-data: ${N("certificate", b64(adminCert), { decoded: adminCert })}`,
  `    client-key-data: ${P("kubernetes_client_key", b64(adminKeyPem), { decoded: adminKeyPem })}`,
]);

// SOPS-encrypted overlay
F("platform-infra/k8s/overlays/prod/secrets.enc.yaml", [
  "apiVersion: v1",
  "kind: Secret",
  "metadata:",
  "    name: ingest-thirdparty",
  "    namespace: ingest",
  "type: Opaque",
  "stringData:",
  `    STRIPE_API_KEY: ${N("sops_ciphertext", sopsValue(rng, `sk_live_${rng.str(ALNUM, 24)}`))}`,
  `    TWILIO_AUTH_TOKEN: ${N("sops_ciphertext", sopsValue(rng, rng.hex(16)))}`,
  "sops:",
  "    kms: []",
  "    age:",
  `        - recipient: ${N("public_key", ageMain.recipient)}`,
  "          enc: |",
  "            " +
    N(
      "sops_ciphertext",
      indent(
        [
          "-----BEGIN AGE ENCRYPTED FILE-----",
          ...wrap(
            b64(
              Buffer.concat([
                Buffer.from("age-encryption.org/v1\n-> X25519 "),
                Buffer.from(b64(rng.bytes(32)).replace(/=+$/, "")),
                Buffer.from("\n"),
                rng.bytes(150),
              ]),
            ),
            64,
          ).split("\n"),
          "-----END AGE ENCRYPTED FILE-----",
        ].join("\n"),
        "            ",
      ),
    ),
  '    lastmodified: "2024-03-08T14:22:51Z"',
  `    mac: ${N("sops_ciphertext", sopsValue(rng, rng.hex(64)))}`,
  "    unencrypted_suffix: _unencrypted",
  "    version: 3.8.1",
]);

F("platform-infra/.sops.yaml", [
  "creation_rules:",
  "  - path_regex: k8s/overlays/prod/.*\\.enc\\.yaml$",
  `    age: ${N("public_key", ageMain.recipient)}`,
]);

// ---- helm
const sentryDsnHelm = g.dsnUS();
F("platform-infra/helm/ingest/values.yaml", [
  "# Default values for ingest. Production overrides live in values-prod.yaml.",
  "replicaCount: 2",
  "image:",
  "  repository: registry.gitlab.com/acme-corp/ingest",
  '  tag: ""',
  "imageCredentials:",
  "  registry: registry.gitlab.com",
  '  username: ""',
  `  password: "${N("placeholder", "changeme")}"`,
  "postgresql:",
  "  auth:",
  "    username: ingest",
  `    password: "${N("template_reference", "{{ .Values.global.postgresPassword }}")}"`,
  '    existingSecret: ""',
  "datadog:",
  `  apiKey: ${N("placeholder", "<YOUR_DATADOG_API_KEY>")}`,
  "sentry:",
  '  dsn: ""',
  "alertmanager:",
  `  slackApiUrl: ${N("slack_docs_example_webhook", SLACK_DOC_HOOK)}`,
]);

F("platform-infra/helm/ingest/values-prod.yaml", [
  "replicaCount: 6",
  "image:",
  '  tag: "2.14.0"',
  "imageCredentials:",
  "  username: gitlab+deploy-token-4821",
  `  password: ${P("gitlab_deploy_token", gldtTok)}`,
  "postgresql:",
  "  auth:",
  `    password: "${P("postgres_password", pgIngestPw)}"`,
  "redis:",
  "  architecture: replication",
  "  auth:",
  "    enabled: true",
  `    password: "${P("redis_password", redisPw)}"`,
  "sentry:",
  `  dsn: "${P("sentry_dsn", sentryDsnHelm)}"`,
  "  tracesSampleRate: 0.05",
  "datadog:",
  `  apiKey: ${P("datadog_api_key", ddApiKey)}`,
  "nats:",
  "  url: nats://nats.messaging.svc:4222",
  `  userSeed: ${P("nats_nkey_seed", natsSvc.seed)}`,
  "gcp:",
  "  project: acme-data-prod",
  "  serviceAccountKey: |",
  `    ${saJson(gcpKey2, "acme-data-prod", "ingest-gcs-writer", "    ")}`,
  "alertmanager:",
  "  config:",
  "    route:",
  "      receiver: slack-ops",
  "    receivers:",
  "      - name: slack-ops",
  "        slack_configs:",
  `          - api_url: ${P("slack_webhook_url", g.slackHook())}`,
  "            channel: '#ops-alerts'",
  "            send_resolved: true",
]);

// ---- terraform
const nrKey1 = g.nrak();
F("platform-infra/terraform/providers.tf", [
  "terraform {",
  '  required_version = ">= 1.6.0"',
  "",
  "  cloud {",
  '    organization = "acme-corp"',
  '    workspaces { name = "platform-prod-euw1" }',
  "  }",
  "",
  "  required_providers {",
  '    aws        = { source = "hashicorp/aws", version = "~> 5.40" }',
  '    datadog    = { source = "DataDog/datadog", version = "~> 3.37" }',
  '    newrelic   = { source = "newrelic/newrelic", version = "~> 3.32" }',
  '    grafana    = { source = "grafana/grafana", version = "~> 2.12" }',
  '    pagerduty  = { source = "PagerDuty/pagerduty", version = "~> 3.10" }',
  '    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.26" }',
  '    azurerm    = { source = "hashicorp/azurerm", version = "~> 3.95" }',
  "  }",
  "}",
  "",
  'provider "aws" {',
  '  region     = "eu-west-1"',
  `  access_key = "${P("aws_access_key_id", g.akia())}"`,
  `  secret_key = "${P("aws_secret_access_key", g.awsSecret())}"`,
  "",
  "  assume_role {",
  `    role_arn = "${N("arn", `arn:aws:iam::${AWS_ACCOUNT}:role/terraform-apply`)}"`,
  "  }",
  "}",
  "",
  'provider "datadog" {',
  `  api_key = ${N("template_reference", "var.datadog_api_key")}`,
  `  app_key = "${P("datadog_app_key", g.ddApp())}"`,
  '  api_url = "https://api.datadoghq.eu/"',
  "}",
  "",
  'provider "newrelic" {',
  `  account_id = ${rng.digits(7)}`,
  `  api_key    = "${P("newrelic_user_api_key", nrKey1)}"`,
  '  region     = "EU"',
  "}",
  "",
  'provider "grafana" {',
  '  url  = "https://grafana.acme-corp.net"',
  `  auth = "${P("grafana_service_account_token", g.glsa())}"`,
  "}",
  "",
  'provider "pagerduty" {',
  `  token = "${P("pagerduty_api_key", g.pagerduty())}"`,
  "}",
  "",
  'provider "cloudflare" {',
  `  api_token = ${N("template_reference", "var.cloudflare_api_token")}`,
  "}",
  "",
  'provider "azurerm" {',
  "  features {}",
  `  subscription_id = "${N("uuid_resource_id", rng.uuid())}"`,
  "}",
]);

F("platform-infra/terraform/variables.tf", [
  'variable "environment" {',
  "  type    = string",
  '  default = "prod"',
  "}",
  "",
  'variable "db_master_password" {',
  '  description = "Master password for the Aurora MySQL cluster (rotate via Secrets Manager)"',
  "  type        = string",
  "  sensitive   = true",
  `  default     = "${P("mysql_password", g.pwSym(24))}"`,
  "}",
  "",
  'variable "datadog_api_key" {',
  "  type      = string",
  "  sensitive = true",
  "}",
  "",
  'variable "cloudflare_api_token" {',
  "  type      = string",
  "  sensitive = true",
  `  default   = "${N("placeholder", "REPLACE_ME")}"`,
  "}",
  "",
  'variable "azure_client_secret" {',
  "  type      = string",
  "  sensitive = true",
  "}",
  "",
  'variable "storage_connection_string" {',
  "  type      = string",
  "  sensitive = true",
  "}",
]);

F("platform-infra/terraform/rds.tf", [
  'resource "aws_rds_cluster" "ingest" {',
  '  cluster_identifier      = "ingest-${var.environment}"',
  '  engine                  = "aurora-mysql"',
  '  engine_version          = "8.0.mysql_aurora.3.05.2"',
  '  master_username         = "admin"',
  `  master_password         = ${N("template_reference", "var.db_master_password")}`,
  "  backup_retention_period = 14",
  "  storage_encrypted       = true",
  "}",
  "",
  'data "aws_secretsmanager_secret_version" "grafana" {',
  `  secret_id = "${N("arn", `arn:aws:secretsmanager:eu-west-1:${AWS_ACCOUNT}:secret:grafana/admin-${rng.str(ALNUM, 6)}`)}"`,
  "}",
]);

F("platform-infra/terraform/terraform.tfvars", [
  'environment = "prod"',
  "",
  `azure_client_secret  = "${P("azure_client_secret", g.azClientSecret())}"`,
  `cloudflare_api_token = "${P("cloudflare_api_token", g.cfLegacy())}"`,
  "",
  `storage_connection_string = "DefaultEndpointsProtocol=https;AccountName=acmeingestprod;AccountKey=${P("azure_storage_account_key", g.azKey())};EndpointSuffix=core.windows.net"`,
  "",
  'vpc_id          = "vpc-0a4f2c81d9e3b7650"',
  'private_subnets = ["subnet-04c1a9e2", "subnet-0b7d33f1", "subnet-09e25c4a"]',
]);

F("platform-infra/terraform/terraform.tfvars.example", [
  "# Copy to terraform.tfvars and fill in. Never commit the real file.",
  'environment = "staging"',
  "",
  `azure_client_secret  = "${N("placeholder", "<client-secret>")}"`,
  `cloudflare_api_token = "${N("placeholder", "REPLACE_ME")}"`,
  "",
  `storage_connection_string = "${N("placeholder", "DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net")}"`,
]);

F("platform-infra/terraform/.terraform.lock.hcl", [
  '# This file is maintained automatically by "terraform init".',
  "# Manual edits may be lost in future updates.",
  "",
  'provider "registry.terraform.io/hashicorp/aws" {',
  '  version     = "5.40.0"',
  '  constraints = "~> 5.40"',
  "  hashes = [",
  `    "${N("terraform_lock_hash", `h1:${b64(rng.bytes(32))}`)}",`,
  `    "${N("terraform_lock_hash", `zh:${rng.hex(32)}`)}",`,
  "  ]",
  "}",
]);

F("platform-infra/.terraformrc", [
  'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"',
  "",
  'credentials "app.terraform.io" {',
  `  token = "${P("terraform_cloud_token", tfcTok)}"`,
  "}",
]);

// ---- ansible
const becomePw = g.pwHuman();
F("platform-infra/ansible/inventory/prod/hosts.ini", [
  "[db]",
  "pg-prod-01 ansible_host=10.20.1.11",
  "pg-prod-02 ansible_host=10.20.1.12",
  "",
  "[mq]",
  "mq-01 ansible_host=10.20.2.11",
  "",
  "[gitlab_runners]",
  "runner-01 ansible_host=10.20.3.21",
  "",
  "[all:vars]",
  "ansible_user=deploy",
  `ansible_become_pass=${P("ansible_become_password", becomePw)}`,
  "ansible_ssh_common_args='-o StrictHostKeyChecking=no -J bastion.acme-corp.net'",
]);

const jdoePw = g.pwHuman();
F("platform-infra/ansible/inventory/prod/group_vars/all.yml", [
  "---",
  "timezone: Europe/Dublin",
  "ntp_servers: [0.ie.pool.ntp.org, 1.ie.pool.ntp.org]",
  "",
  `ansible_become_password: "${N("template_reference", "{{ vault_become_password }}")}"`,
  "vault_become_password: !vault |",
  `          ${N("ansible_vault_ciphertext", ansibleVault(rng, becomePw, g.pw(20), "          "))}`,
  "",
  "# alerting",
  `telegram_bot_token: "${P("telegram_bot_token", g.telegram())}"`,
  `telegram_chat_id: "-100${rng.digits(10)}"`,
  `grafana_api_token: "${P("grafana_service_account_token", g.glsa())}"`,
  "",
  "gitlab_runner:",
  "  url: https://gitlab.acme-corp.net",
  `  token: "${P("gitlab_runner_token", g.glrt())}"`,
  "  executor: docker",
  "",
  "rabbitmq_users:",
  "  - user: ingest",
  `    password: "${P("rabbitmq_password", rabbitPw)}"`,
  "    vhost: ingest",
  '    tags: ""',
  "",
  "deploy_users:",
  "  - name: jdoe",
  `    password: "${P("shadow_password_hash", sha512crypt(jdoePw, g.salt(16)))}"`,
  "    groups: [sudo, docker]",
  "",
  `deploy_ssh_public_key: "${N("public_key", sshAnsible.publicLine)}"`,
  "deploy_ssh_private_key: |",
  `  ${P("ssh_private_key", indent(sshAnsible.pem, "  "))}`,
]);

F("platform-infra/ansible/inventory/prod/group_vars/vault.yml", [
  N(
    "ansible_vault_ciphertext",
    ansibleVault(
      rng,
      `vault_pg_replication_password: ${g.pw(24)}\nvault_smtp_password: ${g.pw(20)}\n`,
      g.pw(20),
    ),
  ),
]);

F("platform-infra/ansible/roles/gitlab-runner/files/config.toml", [
  "concurrent = 4",
  "check_interval = 0",
  "",
  "[session_server]",
  "  session_timeout = 1800",
  "",
  "[[runners]]",
  '  name = "runner-01-docker"',
  '  url = "https://gitlab.acme-corp.net"',
  `  token = "${P("gitlab_runner_token", g.glrt())}"`,
  '  executor = "docker"',
  "  [runners.docker]",
  '    image = "alpine:3.19"',
  "    privileged = true",
  '    volumes = ["/cache", "/var/run/docker.sock:/var/run/docker.sock"]',
]);

// ---- scripts
F("platform-infra/scripts/bootstrap-cluster.sh", [
  "#!/usr/bin/env bash",
  "# Bootstraps a new DOKS edge cluster and seeds Vault policies.",
  "set -euo pipefail",
  "",
  'export VAULT_ADDR="https://vault.internal.acme-corp.net:8200"',
  `export VAULT_TOKEN="${P("vault_token", g.vault())}"`,
  "",
  `doctl auth init --access-token ${P("digitalocean_pat", g.dop())}`,
  'doctl kubernetes cluster create edge-ams3 --region ams3 --node-pool "name=default;size=s-4vcpu-8gb;count=3"',
  "",
  "vault policy write ingest-read policies/ingest-read.hcl",
  `vault write auth/kubernetes/role/ingest bound_service_account_names=ingest bound_service_account_namespaces=ingest policies=ingest-read ttl=1h`,
]);

F("platform-infra/scripts/localstack-smoke.sh", [
  "#!/usr/bin/env bash",
  "# Smoke test against LocalStack; the credentials below are the AWS documentation examples.",
  "set -euo pipefail",
  `export AWS_ACCESS_KEY_ID=${N("aws_example_key", AWS_DOC_ID)}`,
  `export AWS_SECRET_ACCESS_KEY=${N("aws_example_key", AWS_DOC_SECRET)}`,
  "export AWS_DEFAULT_REGION=us-east-1",
  "aws --endpoint-url http://localhost:4566 s3 mb s3://ingest-smoke",
  "aws --endpoint-url http://localhost:4566 s3 cp fixtures/sample.json s3://ingest-smoke/",
]);

F("platform-infra/scripts/notify.sh", [
  "#!/bin/sh",
  "# usage: notify.sh <message>",
  `DISCORD_WEBHOOK="${P("discord_webhook_url", g.discord())}"`,
  "# Slack example from the API docs, kept for reference:",
  `# SLACK_WEBHOOK=${N("slack_docs_example_webhook", SLACK_DOC_HOOK)}`,
  'msg="${1:-deploy finished}"',
  'curl -fsS -H "Content-Type: application/json" -d "{\\"content\\": \\"${msg}\\"}" "$DISCORD_WEBHOOK"',
]);

F("platform-infra/scripts/trigger-circleci.sh", [
  "#!/usr/bin/env bash",
  "set -euo pipefail",
  `CIRCLE_TOKEN=${P("circleci_token", g.circle())}`,
  'PROJECT_SLUG="gh/acme-corp/mobile-app"',
  'curl -fsS -X POST "https://circleci.com/api/v2/project/${PROJECT_SLUG}/pipeline" \\',
  '  -H "Circle-Token: ${CIRCLE_TOKEN}" -H "Content-Type: application/json" \\',
  `  -d '{"branch":"main","parameters":{"run_e2e":true}}'`,
]);

F("platform-infra/scripts/deploy-docs.sh", [
  "#!/usr/bin/env bash",
  "set -euo pipefail",
  `export NETLIFY_AUTH_TOKEN=${P("netlify_token", g.netlify())}`,
  `export NETLIFY_SITE_ID=${N("uuid_resource_id", rng.uuid())}`,
  'npx netlify-cli deploy --dir=docs-site/build --prod --message "docs $(git rev-parse --short HEAD)"',
]);

const sasStart = "2024-03-01T09:00:00Z",
  sasEnd = "2025-03-01T17:00:00Z";
F("platform-infra/scripts/upload-artifacts.sh", [
  "#!/usr/bin/env bash",
  "set -euo pipefail",
  "ARTIFACT_DIR=${1:-dist}",
  `SAS='${P("azure_sas_token", `sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=${sasEnd}&st=${sasStart}&spr=https&sig=${g.azSig()}`)}'`,
  'azcopy copy "${ARTIFACT_DIR}/*" "https://acmebuildartifacts.blob.core.windows.net/releases/$(date +%F)/?${SAS}" --recursive',
]);

F("platform-infra/scripts/mirror-repos.sh", [
  "#!/usr/bin/env bash",
  "# Mirrors selected GitHub repos into the self-hosted GitLab.",
  "set -euo pipefail",
  `GITLAB_TOKEN="${P("gitlab_pat", g.glpat())}"`,
  "for repo in ingest-api ingest-worker schemas; do",
  '  git clone --mirror "https://github.com/acme-corp/${repo}.git" "/tmp/${repo}.git"',
  '  git -C "/tmp/${repo}.git" push --mirror "https://oauth2:${GITLAB_TOKEN}@gitlab.acme-corp.net/mirrors/${repo}.git"',
  "done",
]);

F("platform-infra/scripts/backup-db.sh", [
  "#!/usr/bin/env bash",
  "# Nightly logical backup of the legacy WordPress database.",
  "set -euo pipefail",
  "STAMP=$(date +%Y%m%d)",
  `mysqldump -h blog-db.internal.acme-corp.net -u backup -p'${P("mysql_password", g.pwSym(20))}' --single-transaction wordpress \\`,
  '  | gzip > "/backups/wordpress-${STAMP}.sql.gz"',
  'aws s3 cp "/backups/wordpress-${STAMP}.sql.gz" s3://acme-db-backups/wordpress/',
]);

// ---- dotfiles / ops
F("platform-infra/ops/dotfiles/.netrc", [
  "machine artifacts.acme-corp.net",
  "  login svc-build",
  `  password ${P("netrc_password", g.pwSym(22))}`,
  "machine api.heroku.com",
  "  login ops@acme-corp.net",
  `  password ${P("heroku_api_key", g.heroku())}`,
  "machine git.heroku.com",
  "  login ops@acme-corp.net",
  `  password ${N("placeholder", "REPLACE_ME")}`,
]);

F("platform-infra/ops/dotfiles/.pgpass", [
  `pg-prod-01.internal.acme-corp.net:5432:ingest:ingest_ro:${P("pgpass_password", g.pw(20))}`,
  `${N("local_dev_credential", "localhost:5432:*:postgres:postgres")}`,
]);

F("platform-infra/ops/dotfiles/.git-credentials", [
  `https://jdoe:${P("azure_devops_pat", g.azdo())}@dev.azure.com`,
]);

const s3Id = g.akia(),
  s3Secret = g.awsSecret();
F("platform-infra/ops/dotfiles/.s3cfg", [
  "[default]",
  `access_key = ${P("aws_access_key_id", s3Id)}`,
  `secret_key = ${P("aws_secret_access_key", s3Secret)}`,
  "bucket_location = eu-west-1",
  "host_base = s3.amazonaws.com",
  "host_bucket = %(bucket)s.s3.amazonaws.com",
  "gpg_command = /usr/bin/gpg",
  "gpg_passphrase =",
  "use_https = True",
  "signature_v2 = False",
]);

F("platform-infra/ops/dotfiles/rclone.conf", [
  "[b2-backups]",
  "type = b2",
  `account = ${N("key_identifier", g.b2KeyId())}`,
  `key = ${P("backblaze_b2_application_key", g.b2Key())}`,
  "hard_delete = false",
  "",
  "[s3-archive]",
  "type = s3",
  "provider = AWS",
  "env_auth = true",
  "region = eu-west-1",
  "storage_class = DEEP_ARCHIVE",
]);

F("platform-infra/ops/dotfiles/.npmrc", [
  `//registry.npmjs.org/:_authToken=${P("npm_token", g.npm())}`,
  "@acme-corp:registry=https://npm.pkg.github.com",
  `//npm.pkg.github.com/:_authToken=${N("template_reference", "${GITHUB_TOKEN}")}`,
]);

F("platform-infra/ops/nginx/.htpasswd", [
  `grafana-ro:${P("htpasswd_hash", apr1(g.pwHuman(), g.salt(8)))}`,
  `oncall:${P("htpasswd_hash", apr1(g.pw(16), g.salt(8)))}`,
]);

F("platform-infra/ops/recovery/shadow.bak", [
  `root:${P("shadow_password_hash", sha512crypt(g.pwHuman(), g.salt(16)))}:19793:0:99999:7:::`,
  "daemon:*:19676:0:99999:7:::",
  "bin:*:19676:0:99999:7:::",
  "sys:*:19676:0:99999:7:::",
  "sshd:*:19676:0:99999:7:::",
  "deploy:!:19793:0:99999:7:::",
]);

F("platform-infra/ops/keys/id_ed25519_deploy", [P("ssh_private_key", sshDeploy.pem)]);
F("platform-infra/ops/keys/id_ed25519_deploy.pub", [N("public_key", sshDeploy.publicLine)]);
F("platform-infra/ops/keys/release-signing.asc", [P("pgp_private_key", pgp.privateArmor)]);
F("platform-infra/ops/keys/release-signing.pub.asc", [N("public_key", pgp.publicArmor)]);
F("platform-infra/ops/keys/age/keys.txt", [
  "# created: 2024-02-19T10:41:07Z",
  `# public key: ${N("public_key", ageMain.recipient)}`,
  P("age_secret_key", ageMain.secret),
]);
F("platform-infra/ops/nats/deployer.nk", [P("nats_nkey_seed", natsDeployer.seed)]);
F("platform-infra/ops/nats/server.conf", [
  "port: 4222",
  "monitor_port: 8222",
  "authorization {",
  "  users = [",
  `    { nkey: ${N("public_key", natsDeployer.pub)}, permissions: { publish: ">", subscribe: ">" } }`,
  `    { nkey: ${N("public_key", natsSvc.pub)}, permissions: { publish: "ingest.>", subscribe: "_INBOX.>" } }`,
  "  ]",
  "}",
]);

// ---- wordpress
F("platform-infra/sites/blog/wp-config.php", [
  "<?php",
  "/** The base configuration for WordPress */",
  "define( 'DB_NAME', 'wordpress' );",
  "define( 'DB_USER', 'wp_blog' );",
  `define( 'DB_PASSWORD', '${P("mysql_password", g.pwSym(18))}' );`,
  "define( 'DB_HOST', 'blog-db.internal.acme-corp.net' );",
  "define( 'DB_CHARSET', 'utf8mb4' );",
  "define( 'DB_COLLATE', '' );",
  "",
  `define( 'AUTH_KEY',         '${N("placeholder", "put your unique phrase here")}' );`,
  `define( 'SECURE_AUTH_KEY',  '${N("placeholder", "put your unique phrase here")}' );`,
  "",
  "$table_prefix = 'wp_';",
  "define( 'WP_DEBUG', false );",
  "if ( ! defined( 'ABSPATH' ) ) {",
  "\tdefine( 'ABSPATH', __DIR__ . '/' );",
  "}",
  "require_once ABSPATH . 'wp-settings.php';",
]);

// ---- logs
const logAsia = g.asia(),
  logSecret = g.awsSecret(),
  logSts = g.stsOld();
F("platform-infra/logs/deploy-2024-03-11.log", [
  "2024-03-11T09:02:11.418Z INFO  deploy starting pipeline=ingest-prod run=8812",
  `2024-03-11T09:02:11.420Z INFO  checked out commit ${N("git_sha", g.gitsha())} (main)`,
  `2024-03-11T09:02:12.002Z INFO  request-id=${N("uuid_resource_id", rng.uuid())} assume-role ok`,
  "2024-03-11T09:02:12.003Z DEBUG dumping environment for troubleshooting (TODO remove)",
  `2024-03-11T09:02:12.003Z DEBUG   AWS_ACCESS_KEY_ID=${P("aws_access_key_id", logAsia)}`,
  `2024-03-11T09:02:12.003Z DEBUG   AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", logSecret)}`,
  `2024-03-11T09:02:12.003Z DEBUG   AWS_SESSION_TOKEN=${P("aws_session_token", logSts)}`,
  "2024-03-11T09:02:12.004Z DEBUG   AWS_REGION=eu-west-1",
  `2024-03-11T09:02:19.771Z INFO  pushed image registry.gitlab.com/acme-corp/ingest@${N("image_digest", g.digest())}`,
  "2024-03-11T09:02:44.105Z INFO  rollout status deployment/ingest: 6 of 6 updated replicas are available",
  "2024-03-11T09:02:44.106Z INFO  deploy finished in 32.7s",
]);

// ---- SQL
F("platform-infra/db/migrations/V7__integration_credentials.sql", [
  "-- V7: seed integration credentials for the notifier service",
  `-- seed file checksum (sha256): ${N("checksum", g.sha256())}`,
  "CREATE TABLE IF NOT EXISTS integrations (",
  "    id          BIGSERIAL PRIMARY KEY,",
  "    name        TEXT NOT NULL UNIQUE,",
  "    api_token   TEXT NOT NULL,",
  "    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()",
  ");",
  "",
  "INSERT INTO integrations (name, api_token) VALUES",
  `    ('slack-notifier', '${P("slack_bot_token", g.xoxb())}'),`,
  `    ('statuspage', '${N("placeholder", "REPLACE_ME")}');`,
]);

// =================================================================== data-platform
F("data-platform/README.md", [
  "# data-platform",
  "",
  "Airflow DAGs, dbt models and notebooks for the analytics team.",
  "",
  "Local setup:",
  "",
  "```bash",
  `export DATABRICKS_TOKEN=${N("placeholder", "<your-token>")}`,
  `export AWS_ACCESS_KEY_ID=${N("aws_example_key", AWS_DOC_ID)}       # example values from the AWS docs`,
  `export AWS_SECRET_ACCESS_KEY=${N("aws_example_key", AWS_DOC_SECRET)}`,
  `psql ${N("local_dev_credential", "postgres://postgres:postgres@localhost:5432/analytics")}`,
  "```",
]);

const sfLoaderPw = g.pw(22);
F("data-platform/airflow/airflow.cfg", [
  "[core]",
  "dags_folder = /opt/airflow/dags",
  "executor = CeleryExecutor",
  "load_examples = False",
  `fernet_key = ${P("airflow_fernet_key", fernetKey)}`,
  "",
  "[database]",
  `sql_alchemy_conn = ${N("local_dev_credential", "postgresql+psycopg2://airflow:airflow@postgres/airflow")}`,
  "",
  "[webserver]",
  "base_url = https://airflow.data.acme-corp.net",
  `secret_key = ${N("template_reference", "{SECRET_KEY}")}`,
  "",
  "[sentry]",
  "sentry_on = True",
  `sentry_dsn = ${P("sentry_dsn", g.dsnLegacy())}`,
  "",
  "[smtp]",
  "smtp_host = email-smtp.eu-west-1.amazonaws.com",
  "smtp_user =",
  "smtp_password =",
]);

F("data-platform/airflow/docker-compose.yaml", [
  "x-airflow-common: &airflow-common",
  "  image: apache/airflow:2.8.3-python3.11",
  "  environment: &airflow-common-env",
  "    AIRFLOW__CORE__EXECUTOR: CeleryExecutor",
  `    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: ${N("local_dev_credential", "postgresql+psycopg2://airflow:airflow@postgres/airflow")}`,
  `    AIRFLOW__CORE__FERNET_KEY: '${P("airflow_fernet_key", fernetKey)}'`,
  `    AIRFLOW_CONN_SNOWFLAKE_DEFAULT: 'snowflake://LOADER:${P("snowflake_password", sfLoaderPw)}@/ANALYTICS/RAW?account=xy12345.eu-west-1&warehouse=LOAD_WH&role=LOADER'`,
  "    AIRFLOW_CONN_AWS_DEFAULT: aws://?region_name=eu-west-1",
  "",
  "services:",
  "  postgres:",
  "    image: postgres:13",
  "    environment:",
  "      POSTGRES_USER: airflow",
  `      POSTGRES_PASSWORD: ${N("local_dev_credential", "airflow")}`,
  "      POSTGRES_DB: airflow",
  "  airflow-webserver:",
  "    <<: *airflow-common",
  "    command: webserver",
  "    environment:",
  "      <<: *airflow-common-env",
  "      _AIRFLOW_WWW_USER_USERNAME: admin",
]);

const mongoPw = g.pw(20);
F("data-platform/airflow/dags/etl_orders.py", [
  '"""Daily orders extract: MongoDB -> S3 -> Snowflake."""',
  "from datetime import datetime, timedelta",
  "",
  "import requests",
  "from airflow import DAG",
  "from airflow.operators.python import PythonOperator",
  "from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator",
  "",
  `SLACK_WEBHOOK = "${P("slack_webhook_url", g.slackHook())}"`,
  `MONGO_URI = "mongodb+srv://etl_reader:${P("mongodb_password", mongoPw)}@orders-prod.x7k2p.mongodb.net/orders?retryWrites=true&w=majority"`,
  "",
  "",
  "def _notify_failure(context):",
  '    ti = context["task_instance"]',
  '    requests.post(SLACK_WEBHOOK, json={"text": f":red_circle: {ti.dag_id}.{ti.task_id} failed"}, timeout=10)',
  "",
  "",
  "def _extract(**_):",
  "    from pymongo import MongoClient",
  "    client = MongoClient(MONGO_URI)",
  "    return client.orders.orders.count_documents({})",
  "",
  "",
  "with DAG(",
  '    dag_id="etl_orders",',
  "    start_date=datetime(2024, 1, 1),",
  '    schedule="0 3 * * *",',
  "    catchup=False,",
  '    default_args={"retries": 2, "retry_delay": timedelta(minutes=5), "on_failure_callback": _notify_failure},',
  ") as dag:",
  '    extract = PythonOperator(task_id="extract", python_callable=_extract)',
  '    load = SnowflakeOperator(task_id="load", snowflake_conn_id="snowflake_default", sql="sql/load_orders.sql")',
  "    extract >> load",
]);

F("data-platform/dbt/profiles.yml", [
  "analytics:",
  "  target: dev",
  "  outputs:",
  "    dev:",
  "      type: snowflake",
  "      account: xy12345.eu-west-1",
  `      user: "{{ env_var('DBT_USER') }}"`,
  `      password: "${N("template_reference", "{{ env_var('DBT_PASSWORD') }}")}"`,
  "      role: TRANSFORMER_DEV",
  "      database: ANALYTICS_DEV",
  "      warehouse: TRANSFORM_WH",
  '      schema: dbt_{{ env_var("USER") }}',
  "      threads: 8",
  "    prod:",
  "      type: snowflake",
  "      account: xy12345.eu-west-1",
  "      user: DBT_PROD",
  `      password: "${P("snowflake_password", g.pwSym(24))}"`,
  "      role: TRANSFORMER",
  "      database: ANALYTICS",
  "      warehouse: TRANSFORM_WH",
  "      schema: marts",
  "      threads: 16",
  "    ci:",
  "      type: postgres",
  "      host: localhost",
  "      user: postgres",
  `      password: ${N("local_dev_credential", "postgres")}`,
  "      port: 5432",
  "      dbname: analytics_ci",
  "      schema: ci",
  "      threads: 4",
]);

// Snowflake SQL with a public key (negative) and a password (positive)
const sfPubDer = gcpKey1.publicKey.export({ type: "spki", format: "der" });
F("data-platform/warehouse/migrations/0042_create_loader_users.sql", [
  "-- 0042: service users for ingestion",
  "USE ROLE SECURITYADMIN;",
  "",
  "CREATE USER IF NOT EXISTS FIVETRAN_LOADER",
  `  PASSWORD = '${P("snowflake_password", g.pwSym(20))}'`,
  "  DEFAULT_ROLE = LOADER",
  "  MUST_CHANGE_PASSWORD = FALSE;",
  "",
  "CREATE USER IF NOT EXISTS AIRFLOW_LOADER",
  `  RSA_PUBLIC_KEY = '${N("public_key", b64(sfPubDer))}'`,
  "  DEFAULT_ROLE = LOADER;",
  "",
  "GRANT ROLE LOADER TO USER FIVETRAN_LOADER;",
  "GRANT ROLE LOADER TO USER AIRFLOW_LOADER;",
]);

// notebook
const nbAsia = g.asia(),
  nbSecret = g.awsSecret(),
  nbSts = g.stsNew();
function nbJsonStr(s) {
  return s
    .split(new RegExp(`(${MARK_OPEN}\\d+${MARK_CLOSE})`))
    .map((part, i) => (i % 2 ? part : jsonEsc(part)))
    .join("");
}
function notebook(cells) {
  const out = ["{", ' "cells": ['];
  cells.forEach((c, ci) => {
    out.push("  {", `   "cell_type": "${c.type}",`);
    if (c.type === "code") out.push(`   "execution_count": ${c.n},`);
    out.push(`   "id": "${rng.hex(4)}",`, '   "metadata": {},');
    if (c.type === "code") {
      if (c.outputs) {
        out.push(
          '   "outputs": [',
          "    {",
          '     "name": "stdout",',
          '     "output_type": "stream",',
          '     "text": [',
        );
        for (const [i, l] of c.outputs.entries()) {
          out.push(
            `      "${nbJsonStr(l + (i < c.outputs.length - 1 ? "\n" : ""))}"${i < c.outputs.length - 1 ? "," : ""}`,
          );
        }
        out.push("     ]", "    }", "   ],");
      } else out.push('   "outputs": [],');
    }
    out.push('   "source": [');
    for (const [i, l] of c.src.entries()) {
      out.push(
        `    "${nbJsonStr(l + (i < c.src.length - 1 ? "\n" : ""))}"${i < c.src.length - 1 ? "," : ""}`,
      );
    }
    out.push("   ]", ci < cells.length - 1 ? "  }," : "  }");
  });
  out.push(
    " ],",
    ' "metadata": {',
    '  "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},',
    '  "language_info": {"name": "python", "version": "3.11.8"}',
    " },",
    ' "nbformat": 4,',
    ' "nbformat_minor": 5',
    "}",
  );
  return out;
}
F(
  "data-platform/notebooks/explore_events.ipynb",
  notebook([
    {
      type: "markdown",
      src: [
        "# Event volume exploration",
        "",
        "Quick look at raw events landed by the ingest pipeline (March 2024).",
      ],
    },
    {
      type: "code",
      n: 1,
      src: [
        `!pip install -q git+https://${P("github_classic_pat", g.ghp())}@github.com/acme-corp/data-utils.git@v0.9.1`,
      ],
    },
    {
      type: "code",
      n: 2,
      src: [
        "import boto3",
        "import pandas as pd",
        "",
        "# temporary creds from `aws sts get-session-token` (expire in 12h)",
        "session = boto3.Session(",
        `    aws_access_key_id="${P("aws_access_key_id", nbAsia)}",`,
        `    aws_secret_access_key="${P("aws_secret_access_key", nbSecret)}",`,
        `    aws_session_token="${P("aws_session_token", nbSts)}",`,
        '    region_name="eu-west-1",',
        ")",
        's3 = session.client("s3")',
      ],
    },
    {
      type: "code",
      n: 3,
      src: [
        `sas = "${P("azure_sas_token", `sv=2022-11-02&ss=b&srt=o&sp=rl&se=2024-04-30T18:00:00Z&st=2024-03-01T08:00:00Z&spr=https&sig=${g.azSig()}`)}"`,
        'df = pd.read_parquet(f"https://acmelake.blob.core.windows.net/raw/events/2024/03/part-0000.parquet?{sas}")',
        'df.groupby("event_type").size().sort_values(ascending=False).head(10)',
      ],
    },
    {
      type: "code",
      n: 4,
      src: [
        "from databricks import sql",
        "",
        "conn = sql.connect(",
        '    server_hostname="adb-4417283301236610.10.azuredatabricks.net",',
        '    http_path="/sql/1.0/warehouses/8f3a1c27b9d04e11",',
        `    access_token="${P("databricks_token", g.dapi())}",`,
        ")",
        "cur = conn.cursor()",
        "cur.execute(\"SELECT count(*) FROM raw.events WHERE dt >= '2024-03-01'\")",
        "cur.fetchall()",
      ],
      outputs: [`run_id=${N("uuid_resource_id", rng.uuid())}`, "[Row(count(1)=48213377)]"],
    },
  ]),
);

F("data-platform/kafka/client.properties", [
  "# Confluent Cloud - orders cluster (lkc-7xq2m)",
  "bootstrap.servers=pkc-4nym6.eu-west-1.aws.confluent.cloud:9092",
  "security.protocol=SASL_SSL",
  "sasl.mechanisms=PLAIN",
  `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${N("confluent_api_key_id", g.confluentKey())}" password="${P("confluent_api_secret", g.cflt())}";`,
  "session.timeout.ms=45000",
  "client.dns.lookup=use_all_dns_ips",
  "schema.registry.url=https://psrc-8kz20.eu-central-1.aws.confluent.cloud",
  "basic.auth.credentials.source=USER_INFO",
  `basic.auth.user.info=${N("template_reference", "${file:/opt/secrets/schema-registry.properties:user_info}")}`,
]);

const sparkId = g.akia(),
  sparkSecret = g.awsSecret();
F("data-platform/spark/spark-defaults.conf", [
  "spark.master                               k8s://https://kubernetes.default.svc",
  "spark.kubernetes.namespace                 spark-jobs",
  "spark.sql.adaptive.enabled                 true",
  "spark.hadoop.fs.s3a.impl                   org.apache.hadoop.fs.s3a.S3AFileSystem",
  `spark.hadoop.fs.s3a.access.key             ${P("aws_access_key_id", sparkId)}`,
  `spark.hadoop.fs.s3a.secret.key             ${P("aws_secret_access_key", sparkSecret)}`,
  "spark.hadoop.fs.s3a.endpoint               s3.eu-west-1.amazonaws.com",
  "spark.eventLog.enabled                     true",
  "spark.eventLog.dir                         s3a://acme-spark-history/events",
]);

F("data-platform/gcp/sa-bigquery-loader.json", saJson(gcpKey1, "acme-analytics-prod", "bq-loader", ""));

F("data-platform/databricks/.databrickscfg", [
  "[DEFAULT]",
  "host  = https://adb-4417283301236610.10.azuredatabricks.net",
  `token = ${P("databricks_token", `${g.dapi()}-2`)}`,
  "",
  "[staging]",
  "host  = https://adb-7730182264019934.14.azuredatabricks.net",
  "auth_type = azure-cli",
]);

const esId = g.elasticId(),
  esKey = g.elasticKey();
const esEncoded = b64(`${g.elasticId()}:${g.elasticKey()}`);
F("data-platform/elastic/filebeat.yml", [
  "filebeat.inputs:",
  "  - type: filestream",
  "    id: airflow-task-logs",
  "    paths: [/opt/airflow/logs/**/*.log]",
  "",
  `cloud.id: "${N("elastic_cloud_id", `acme-logs:${b64(`eu-west-1.aws.found.io:443$${rng.hex(16)}$${rng.hex(16)}`)}`)}"`,
  "",
  "output.elasticsearch:",
  '  hosts: ["https://acme-logs.es.eu-west-1.aws.found.io:443"]',
  `  api_key: "${P("elastic_api_key", `${esId}:${esKey}`)}"`,
  '  index: "airflow-%{+yyyy.MM.dd}"',
]);

F("data-platform/.env", [
  "# runtime config for the notebook gateway (loaded by docker compose)",
  "APP_ENV=production",
  `SLACK_BOT_TOKEN=${P("slack_bot_token", g.xoxb())}`,
  `NEW_RELIC_API_KEY=${P("newrelic_user_api_key", g.nrak())}`,
  "NEW_RELIC_REGION=EU",
  `ELASTIC_API_KEY=${P("elastic_api_key", esEncoded, { decoded: Buffer.from(esEncoded, "base64").toString() })}`,
  `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmelake;AccountKey=${P("azure_storage_account_key", g.azKey())};EndpointSuffix=core.windows.net"`,
  `DD_CLIENT_TOKEN=${N("public_client_token", `pub${rng.hex(16)}`)}`,
  `DD_APPLICATION_ID=${N("uuid_resource_id", rng.uuid())}`,
]);

F("data-platform/.env.example", [
  "APP_ENV=development",
  `SLACK_BOT_TOKEN=${N("placeholder", "xoxb-your-bot-token")}`,
  `NEW_RELIC_API_KEY=${N("placeholder", "NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX")}`,
  `ELASTIC_API_KEY=${N("placeholder", "changeme")}`,
  `AZURE_STORAGE_CONNECTION_STRING=${N("local_dev_credential", "UseDevelopmentStorage=true")}`,
]);

F("data-platform/maven/settings.xml", [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">',
  "  <servers>",
  "    <server>",
  "      <id>nexus-releases</id>",
  "      <username>deployer</username>",
  `      <password>${P("maven_repository_password", g.pwSym(20))}</password>`,
  "    </server>",
  "    <server>",
  "      <id>nexus-snapshots</id>",
  "      <username>deployer</username>",
  `      <password>${N("template_reference", "${env.NEXUS_PASSWORD}")}</password>`,
  "    </server>",
  "    <server>",
  "      <id>confluent-packages</id>",
  "      <username>ci</username>",
  `      <password>${N("maven_encrypted_password", `{${b64(rng.bytes(32))}}`)}</password>`,
  "    </server>",
  "  </servers>",
  "  <mirrors>",
  "    <mirror>",
  "      <id>nexus</id>",
  "      <mirrorOf>*</mirrorOf>",
  "      <url>https://nexus.acme-corp.net/repository/maven-public/</url>",
  "    </mirror>",
  "  </mirrors>",
  "</settings>",
]);

// =================================================================== write + label
fs.rmSync(OUT, { recursive: true, force: true });
const labels = [];
const MARK = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`);
for (const [rel, raw] of files) {
  let text = raw;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const info = markers.get(m[0]);
    const line = text.slice(0, m.index).split("\n").length;
    const { type, secret, positive, ...extra } = info;
    labels.push({ file: rel, line, type, secret, positive, ...extra });
    text = text.slice(0, m.index) + secret + text.slice(m.index + m[0].length);
    markers.delete(m[0]);
  }
  const dest = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, text, { mode: /id_ed25519_deploy$|\.netrc$|\.pgpass$/.test(rel) ? 0o600 : 0o644 });
}
if (markers.size) throw new Error(`unplaced markers: ${markers.size}`);
labels.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
fs.writeFileSync(LABELS, `${JSON.stringify(labels, null, 2)}\n`);

// =================================================================== self-check
const fail = (msg) => {
  console.error(`SELF-CHECK FAILED: ${msg}`);
  process.exit(1);
};
const fileCache = new Map();
for (const l of labels) {
  const p = path.join(OUT, l.file);
  if (!fileCache.has(p)) fileCache.set(p, fs.readFileSync(p, "utf8"));
  const text = fileCache.get(p);
  const lines = text.split("\n");
  const lineText = lines[l.line - 1];
  if (lineText === undefined) fail(`${l.file}:${l.line} does not exist`);
  const first = l.secret.split("\n")[0];
  if (!lineText.includes(first))
    fail(`${l.file}:${l.line} does not contain ${JSON.stringify(first.slice(0, 60))}`);
  if (l.secret.includes("\n")) {
    const start = lines.slice(0, l.line - 1).reduce((n, s) => n + s.length + 1, 0);
    const at = text.indexOf(l.secret, start);
    if (at < 0 || at > start + lineText.length)
      fail(`${l.file}:${l.line} multi-line secret not found at that line`);
  }
}
// no value may be labelled both positive and negative
const pos = new Set(labels.filter((l) => l.positive).map((l) => l.secret));
for (const l of labels)
  if (!l.positive && pos.has(l.secret)) fail(`value labelled both ways: ${l.secret.slice(0, 40)}`);

// format / checksum validators for positives
const re = {
  aws_access_key_id: /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  aws_secret_access_key: /^[A-Za-z0-9/+]{40}$/,
  aws_session_token: /^(IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz)[A-Za-z0-9/+]+={0,2}$/,
  terraform_cloud_token: /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/,
  vault_token: /^hvs\.[A-Za-z0-9_-]{90,}$/,
  github_fine_grained_pat: /^github_pat_11[A-Z0-9]{7}[A-Za-z0-9]{13}_[A-Za-z0-9]{59}$/,
  github_classic_pat: /^ghp_[A-Za-z0-9]{36}$/,
  npm_token: /^npm_[A-Za-z0-9]{36}$/,
  gitlab_pat: /^glpat-[A-Za-z0-9_-]{20}$/,
  gitlab_runner_token: /^glrt-[A-Za-z0-9_-]{20}$/,
  gitlab_deploy_token: /^gldt-[A-Za-z0-9_-]{20}$/,
  circleci_token: /^CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}$/,
  buildkite_api_token: /^bkua_[0-9a-f]{40}$/,
  datadog_api_key: /^[0-9a-f]{32}$/,
  datadog_app_key: /^[0-9a-f]{40}$/,
  newrelic_user_api_key: /^NRAK-[A-Z0-9]{27}$/,
  sentry_dsn: /^https:\/\/[0-9a-f]{32}@o\d+\.ingest\.(us\.)?sentry\.io\/\d+$/,
  sentry_org_auth_token: /^sntrys_eyJ[A-Za-z0-9+/=]+_[A-Za-z0-9+/]{43}$/,
  grafana_service_account_token: /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/,
  pagerduty_api_key: /^u\+[A-Za-z0-9_-]{18}$/,
  slack_webhook_url:
    /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,11}\/[A-Za-z0-9]{24}$/,
  slack_bot_token: /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/,
  discord_webhook_url: /^https:\/\/discord\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{68}$/,
  telegram_bot_token: /^\d{8,10}:AA[A-Za-z0-9_-]{33}$/,
  cloudflare_api_token: /^(cfut_[A-Za-z0-9]{40}[0-9a-f]{8}|[A-Za-z0-9_-]{40})$/,
  digitalocean_pat: /^dop_v1_[0-9a-f]{64}$/,
  heroku_api_key: /^HRKU-AA[A-Za-z0-9_-]{58}$/,
  flyio_token: /^FlyV1 fm2_[A-Za-z0-9+/=]+,fm2_[A-Za-z0-9+/=]+$/,
  vercel_token: /^[A-Za-z0-9]{24}$/,
  netlify_token: /^nfp_[A-Za-z0-9]{32}[0-9a-f]{4}$/,
  databricks_token: /^dapi[0-9a-f]{32}(-\d)?$/,
  confluent_api_secret: /^cflt[A-Za-z0-9+/]{60}$/,
  azure_storage_account_key: /^[A-Za-z0-9+/]{86}==$/,
  azure_client_secret: /^[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{34}$/,
  azure_devops_pat: /^[a-z2-7]{52}$/,
  airflow_fernet_key: /^[A-Za-z0-9_-]{43}=$/,
  age_secret_key: /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/,
  nats_nkey_seed: /^SU[A-Z2-7]{56}$/,
  htpasswd_hash: /^\$apr1\$[./A-Za-z0-9]{8}\$[./A-Za-z0-9]{22}$/,
  shadow_password_hash: /^\$6\$[./A-Za-z0-9]{16}\$[./A-Za-z0-9]{86}$/,
  backblaze_b2_application_key: /^K00\d[A-Za-z0-9/+]{27}$/,
};
const vfail = (l, why) => fail(`${l.type} at ${l.file}:${l.line}: ${why}`);
for (const l of labels.filter((x) => x.positive)) {
  const s = l.secret;
  if (re[l.type] && !re[l.type].test(s)) vfail(l, "format");
  if (l.type === "github_classic_pat" || l.type === "npm_token") {
    const body = s.slice(4, 34);
    if (base62(crc32(body), 6) !== s.slice(34)) vfail(l, "crc32/base62 checksum");
  }
  if (l.type === "grafana_service_account_token") {
    const [, sec, ck] = s.split("_");
    const le = Buffer.alloc(4);
    le.writeUInt32LE(crc32(`glsa_${sec}`));
    if (le.toString("hex") !== ck) vfail(l, "crc32 checksum");
  }
  if (l.type === "confluent_api_secret") {
    const b = s.slice(4, 58);
    const le = Buffer.alloc(4);
    le.writeUInt32LE(crc32(b));
    if (b64(le).slice(0, 6) !== s.slice(58)) vfail(l, "crc32 checksum");
  }
  if (
    l.type === "cloudflare_api_token" &&
    s.startsWith("cfut_") &&
    crc32(s.slice(5, 45)).toString(16).padStart(8, "0") !== s.slice(45)
  )
    vfail(l, "crc32 checksum");
  if (l.type === "age_secret_key" && !bech32Verify(s)) vfail(l, "bech32 checksum");
  if (l.type === "nats_nkey_seed") {
    const raw = base32decode(s);
    const body = raw.subarray(0, raw.length - 2);
    if (crc16(body) !== raw.readUInt16LE(raw.length - 2)) vfail(l, "crc16 checksum");
  }
  if (l.type === "vault_token") {
    const raw = Buffer.from(s.slice(4), "base64url");
    if (!raw.subarray(-28).toString().startsWith("hvs.")) vfail(l, "embedded accessor");
  }
  if (l.type === "kubernetes_service_account_token") {
    const [h, p, sig] = s.split(".");
    if (
      !crypto.verify("sha256", Buffer.from(`${h}.${p}`), saSignKey.publicKey, Buffer.from(sig, "base64url"))
    )
      vfail(l, "JWT signature");
  }
  if (l.type === "gcp_service_account_key") crypto.createPrivateKey(l.decoded);
  if (l.type === "kubernetes_client_key") crypto.createPrivateKey(l.decoded);
  if (l.type === "docker_registry_auth" && !Buffer.from(s, "base64").toString().includes(":"))
    vfail(l, "base64 user:pass");
  if (l.type === "artifactory_token" && !Buffer.from(s, "base64").toString().startsWith("reftkn:01:"))
    vfail(l, "reference token");
}
// every JSON file must parse
for (const [rel] of files)
  if (/\.(json|ipynb)$/.test(rel)) JSON.parse(fs.readFileSync(path.join(OUT, rel), "utf8"));

const P_ = labels.filter((l) => l.positive),
  N_ = labels.filter((l) => !l.positive);
const types = new Set(P_.map((l) => l.type));
if (types.size !== 60) fail(`expected 60 positive types, got ${types.size}`);
console.log(`seed=${SEED}`);
console.log(
  `files=${files.length} positives=${P_.length} negatives=${N_.length} positive_types=${types.size} negative_types=${new Set(N_.map((l) => l.type)).size}`,
);
console.log("self-check OK");

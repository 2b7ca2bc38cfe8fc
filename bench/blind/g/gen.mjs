#!/usr/bin/env node
// Blind labelled corpus: private key material and look-alikes.
// Usage: node gen.mjs [seed]   (Node 20, node:crypto only)
// Rewrites ./files/, ./labels.json and ./README.md next to this script, then self-checks.
//
// Determinism: every random byte comes from a SHA-256 counter DRBG keyed by the seed.
// RSA keys are built from seeded primes (Miller-Rabin in BigInt) and imported via JWK;
// EC keys from a seeded scalar (public point via ECDH); Ed25519/X25519 from a seeded
// 32-byte seed wrapped in a hand-built PKCS#8. Encrypted PKCS#8 / legacy PEM encryption,
// OpenSSH, PuTTY, OpenPGP, X.509 certs and CSRs are all assembled by hand, so the whole
// output is byte-identical for a given seed.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "blind3g-default-seed";
const OUT = path.join(HERE, "files");

// ---------------------------------------------------------------- DRBG
let drbgCounter = 0;
function rbytes(n) {
  const parts = [];
  let have = 0;
  while (have < n) {
    const h = crypto.createHash("sha256").update(`blind3g|${SEED}|${drbgCounter++}`).digest();
    parts.push(h);
    have += h.length;
  }
  return Buffer.concat(parts).subarray(0, n);
}
function rint(max) {
  return rbytes(4).readUInt32BE(0) % max;
}
function _rpick(arr) {
  return arr[rint(arr.length)];
}
function rpass(len = 20, alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=_-") {
  let s = "";
  const b = rbytes(len);
  for (let i = 0; i < len; i++) s += alphabet[b[i] % alphabet.length];
  return s;
}

// ---------------------------------------------------------------- bigint utils
const B = (...xs) => Buffer.concat(xs.map((x) => (Buffer.isBuffer(x) ? x : Buffer.from(x))));
const hex = (h) => Buffer.from(h, "hex");
const bufToBig = (b) => (b.length ? BigInt(`0x${b.toString("hex")}`) : 0n);
function bigToBuf(x, len) {
  let h = x.toString(16);
  if (h.length % 2) h = `0${h}`;
  let b = Buffer.from(h, "hex");
  if (len && b.length < len) b = B(Buffer.alloc(len - b.length), b);
  return b;
}
const b64u = (b) => b.toString("base64url");
function modpow(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}
function modinv(a, m) {
  let [or, r] = [((a % m) + m) % m, m];
  let [os, s] = [1n, 0n];
  while (r) {
    const q = or / r;
    [or, r] = [r, or - q * r];
    [os, s] = [s, os - q * s];
  }
  if (or !== 1n) throw new Error("no inverse");
  return ((os % m) + m) % m;
}
const gcd = (a, b) => {
  while (b) [a, b] = [b, a % b];
  return a;
};
const SMALL_PRIMES = (() => {
  const n = 3000,
    s = new Uint8Array(n),
    out = [];
  for (let i = 2; i < n; i++)
    if (!s[i]) {
      out.push(BigInt(i));
      for (let j = i * i; j < n; j += i) s[j] = 1;
    }
  return out;
})();
function isProbablePrime(n) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n,
    r = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    r++;
  }
  outer: for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modpow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < r; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}
function genPrime(bits) {
  let x = bufToBig(rbytes(bits / 8));
  x |= (1n << BigInt(bits - 1)) | (1n << BigInt(bits - 2)) | 1n;
  x &= (1n << BigInt(bits)) - 1n;
  for (;;) {
    if ((x - 1n) % 65537n !== 0n && isProbablePrime(x)) return x;
    x += 2n;
  }
}

// ---------------------------------------------------------------- keys
function rsaKey(bits = 2048) {
  const e = 65537n;
  let p, q;
  do {
    p = genPrime(bits / 2);
    q = genPrime(bits / 2);
  } while (p === q);
  if (p < q) [p, q] = [q, p];
  const n = p * q;
  const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
  const d = modinv(e, lambda);
  const dp = d % (p - 1n),
    dq = d % (q - 1n),
    qi = modinv(q, p);
  const len = bits / 8,
    hl = bits / 16;
  const jwk = {
    kty: "RSA",
    n: b64u(bigToBuf(n, len)),
    e: b64u(bigToBuf(e)),
    d: b64u(bigToBuf(d, len)),
    p: b64u(bigToBuf(p, hl)),
    q: b64u(bigToBuf(q, hl)),
    dp: b64u(bigToBuf(dp, hl)),
    dq: b64u(bigToBuf(dq, hl)),
    qi: b64u(bigToBuf(qi, hl)),
  };
  const key = crypto.createPrivateKey({ key: jwk, format: "jwk" });
  return { kind: "rsa", key, jwk, n, e, d, p, q, dp, dq, qi, bits };
}
const CURVES = {
  "P-256": { ecdh: "prime256v1", size: 32, ssh: "nistp256" },
  "P-384": { ecdh: "secp384r1", size: 48, ssh: "nistp384" },
  secp256k1: { ecdh: "secp256k1", size: 32 },
};
function ecKey(crv = "P-256") {
  const c = CURVES[crv];
  const dbuf = rbytes(c.size);
  dbuf[0] &= 0x7f; // keep below the group order
  if (dbuf[0] === 0) dbuf[0] = 1;
  const ecdh = crypto.createECDH(c.ecdh);
  ecdh.setPrivateKey(dbuf);
  const Q = ecdh.getPublicKey();
  const jwk = {
    kty: "EC",
    crv,
    x: b64u(Q.subarray(1, 1 + c.size)),
    y: b64u(Q.subarray(1 + c.size)),
    d: b64u(dbuf),
  };
  const key = crypto.createPrivateKey({ key: jwk, format: "jwk" });
  return { kind: "ec", crv, key, jwk, d: dbuf, Q };
}
function okpKey(type = "ed25519") {
  const seed = rbytes(32);
  const prefix = type === "ed25519" ? "302e020100300506032b657004220420" : "302e020100300506032b656e04220420";
  const key = crypto.createPrivateKey({ key: B(hex(prefix), seed), format: "der", type: "pkcs8" });
  const jwk = key.export({ format: "jwk" });
  return { kind: type, key, jwk, seed, pub: Buffer.from(jwk.x, "base64url") };
}
const pubOf = (k) => crypto.createPublicKey(k.key);

// ---------------------------------------------------------------- PEM / DER
function wrap(s, w) {
  const out = [];
  for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w));
  return out.join("\n");
}
const pem = (label, der, w = 64) =>
  `-----BEGIN ${label}-----\n${wrap(der.toString("base64"), w)}\n-----END ${label}-----\n`;
const exp = (k, type, format = "pem") => k.key.export({ type, format });
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = bigToBuf(BigInt(n));
  return B([0x80 | b.length], b);
}
const tlv = (t, ...parts) => {
  const v = B(...parts);
  return B([t], derLen(v.length), v);
};
const SEQ = (...p) => tlv(0x30, ...p);
const SET = (...p) => tlv(0x31, ...p);
const INT = (x) => {
  let b = Buffer.isBuffer(x) ? x : bigToBuf(BigInt(x));
  if (b[0] & 0x80) b = B([0], b);
  return tlv(2, b);
};
function OID(s) {
  const a = s.split(".").map(Number);
  const out = [40 * a[0] + a[1]];
  for (const v of a.slice(2)) {
    const t = [v & 0x7f];
    let x = v >>> 7;
    while (x) {
      t.unshift((x & 0x7f) | 0x80);
      x >>>= 7;
    }
    out.push(...t);
  }
  return tlv(6, Buffer.from(out));
}
const NULL = Buffer.from([5, 0]);
const OCT = (b) => tlv(4, b);
const BIT = (b) => tlv(3, B([0], b));
const UTF8 = (s) => tlv(0x0c, Buffer.from(s));
const PRINT = (s) => tlv(0x13, Buffer.from(s));
const UTC = (s) => tlv(0x17, Buffer.from(s));
const CTX = (n, ...p) => tlv(0xa0 + n, ...p);
const NAME = (cn, o) =>
  SEQ(
    SET(SEQ(OID("2.5.4.6"), PRINT("US"))),
    SET(SEQ(OID("2.5.4.10"), UTF8(o))),
    SET(SEQ(OID("2.5.4.3"), UTF8(cn))),
  );
function sigAlg(k) {
  if (k.kind === "rsa") return [SEQ(OID("1.2.840.113549.1.1.11"), NULL), "sha256"];
  if (k.kind === "ed25519") return [SEQ(OID("1.3.101.112")), null];
  throw new Error("deterministic signing only for rsa/ed25519");
}
function makeCert(subject, subjectCN, issuer, issuerCN, ca = false, org = "Northwind Traders") {
  const [alg, h] = sigAlg(issuer);
  const spki = pubOf(subject).export({ type: "spki", format: "der" });
  const serial = rbytes(16);
  serial[0] &= 0x7f;
  serial[0] |= 0x10;
  const bc = SEQ(
    OID("2.5.29.19"),
    ...(ca ? [tlv(1, [0xff])] : []),
    OCT(SEQ(...(ca ? [tlv(1, [0xff])] : []))),
  );
  const tbs = SEQ(
    CTX(0, INT(2)),
    INT(serial),
    alg,
    NAME(issuerCN, org),
    SEQ(UTC("250301000000Z"), UTC("350301000000Z")),
    NAME(subjectCN, org),
    spki,
    CTX(3, SEQ(bc)),
  );
  const sig = crypto.sign(h, tbs, issuer.key);
  return pem("CERTIFICATE", SEQ(tbs, alg, BIT(sig)));
}
function makeCSR(k, cn) {
  const [alg, h] = sigAlg(k);
  const cri = SEQ(
    INT(0),
    NAME(cn, "Northwind Traders"),
    pubOf(k).export({ type: "spki", format: "der" }),
    Buffer.from([0xa0, 0x00]),
  );
  return pem("CERTIFICATE REQUEST", SEQ(cri, alg, BIT(crypto.sign(h, cri, k.key))));
}
function encPkcs8(k, pass) {
  const der = k.key.export({ type: "pkcs8", format: "der" });
  const salt = rbytes(16),
    iv = rbytes(16),
    iter = 2048;
  const dk = crypto.pbkdf2Sync(pass, salt, iter, 32, "sha256");
  const c = crypto.createCipheriv("aes-256-cbc", dk, iv);
  const enc = B(c.update(der), c.final());
  const alg = SEQ(
    OID("1.2.840.113549.1.5.13"),
    SEQ(
      SEQ(OID("1.2.840.113549.1.5.12"), SEQ(OCT(salt), INT(iter), SEQ(OID("1.2.840.113549.2.9"), NULL))),
      SEQ(OID("2.16.840.1.101.3.4.1.42"), OCT(iv)),
    ),
  );
  return pem("ENCRYPTED PRIVATE KEY", SEQ(alg, OCT(enc)));
}
function legacyEncRsa(k, pass) {
  const der = k.key.export({ type: "pkcs1", format: "der" });
  const iv = rbytes(16);
  const key = crypto
    .createHash("md5")
    .update(B(Buffer.from(pass), iv.subarray(0, 8)))
    .digest();
  const c = crypto.createCipheriv("aes-128-cbc", key, iv);
  const enc = B(c.update(der), c.final());
  return `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${iv.toString("hex").toUpperCase()}\n\n${wrap(enc.toString("base64"), 64)}\n-----END RSA PRIVATE KEY-----\n`;
}

// ---------------------------------------------------------------- SSH / PuTTY
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const u16 = (n) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const sstr = (b) => {
  b = Buffer.isBuffer(b) ? b : Buffer.from(b);
  return B(u32(b.length), b);
};
const mpint = (x) => {
  if (x === 0n) return sstr(Buffer.alloc(0));
  let b = bigToBuf(x);
  if (b[0] & 0x80) b = B([0], b);
  return sstr(b);
};
function sshParts(k) {
  if (k.kind === "ed25519") {
    const pub = B(sstr("ssh-ed25519"), sstr(k.pub));
    return { type: "ssh-ed25519", pub, priv: B(sstr("ssh-ed25519"), sstr(k.pub), sstr(B(k.seed, k.pub))) };
  }
  if (k.kind === "rsa") {
    const pub = B(sstr("ssh-rsa"), mpint(k.e), mpint(k.n));
    return {
      type: "ssh-rsa",
      pub,
      priv: B(sstr("ssh-rsa"), mpint(k.n), mpint(k.e), mpint(k.d), mpint(k.qi), mpint(k.p), mpint(k.q)),
    };
  }
  if (k.kind === "ec") {
    const c = CURVES[k.crv].ssh,
      t = `ecdsa-sha2-${c}`;
    const pub = B(sstr(t), sstr(c), sstr(k.Q));
    return { type: t, pub, priv: B(pub, mpint(bufToBig(k.d))) };
  }
  throw new Error("ssh kind");
}
function sshPubLine(k, comment) {
  const s = sshParts(k);
  return `${s.type} ${s.pub.toString("base64")}${comment ? ` ${comment}` : ""}`;
}
function opensshKey(k, comment, encrypted = false) {
  const s = sshParts(k);
  const check = rbytes(4);
  let sect = B(check, check, s.priv, sstr(comment));
  const bs = encrypted ? 16 : 8;
  for (let i = 1; sect.length % bs; i++) sect = B(sect, [i]);
  let cipher = "none",
    kdf = "none",
    kdfopts = Buffer.alloc(0);
  if (encrypted) {
    // Real structure; the AES key is random (bcrypt_pbkdf is not available in node:crypto),
    // so no passphrase decrypts it.
    cipher = "aes256-ctr";
    kdf = "bcrypt";
    kdfopts = B(sstr(rbytes(16)), u32(16));
    const c = crypto.createCipheriv("aes-256-ctr", rbytes(32), rbytes(16));
    sect = B(c.update(sect), c.final());
  }
  const blob = B(
    Buffer.from("openssh-key-v1\0"),
    sstr(cipher),
    sstr(kdf),
    sstr(kdfopts),
    u32(1),
    sstr(s.pub),
    sstr(sect),
  );
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----\n`;
}
function ppk(k, version, comment) {
  const s = sshParts(k);
  let priv;
  if (k.kind === "rsa") priv = B(mpint(k.d), mpint(k.p), mpint(k.q), mpint(k.qi));
  else if (k.kind === "ed25519") {
    const le = k.seed;
    let n = le.length;
    while (n > 0 && le[n - 1] === 0) n--; // put_mp_le_unsigned
    priv = sstr(le.subarray(0, n));
  } else if (k.kind === "ec") priv = mpint(bufToBig(k.d));
  const macData = B(sstr(s.type), sstr("none"), sstr(comment), sstr(s.pub), sstr(priv));
  const mac =
    version === 2
      ? crypto
          .createHmac("sha1", crypto.createHash("sha1").update("putty-private-key-file-mac-key").digest())
          .update(macData)
          .digest("hex")
      : crypto.createHmac("sha256", Buffer.alloc(0)).update(macData).digest("hex");
  const pl = wrap(s.pub.toString("base64"), 64).split("\n");
  const vl = wrap(priv.toString("base64"), 64).split("\n");
  return `PuTTY-User-Key-File-${version}: ${s.type}\nEncryption: none\nComment: ${comment}\nPublic-Lines: ${pl.length}\n${pl.join("\n")}\nPrivate-Lines: ${vl.length}\n${vl.join("\n")}\nPrivate-MAC: ${mac}\n`;
}

// ---------------------------------------------------------------- OpenPGP (RFC 4880, v4 RSA)
function pgpPkt(tag, body) {
  const L = body.length;
  let h;
  if (L < 192) h = [L];
  else if (L < 8384) h = [((L - 192) >> 8) + 192, (L - 192) & 0xff];
  else h = [0xff, ...u32(L)];
  return B([0xc0 | tag], h, body);
}
const pgpMpi = (x) => B(u16(x.toString(2).length), bigToBuf(x));
const subpkt = (type, data) => B([data.length + 1, type], data);
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
function armor(type, data) {
  const c = crc24(data);
  return `-----BEGIN PGP ${type}-----\n\n${wrap(data.toString("base64"), 64)}\n=${Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString("base64")}\n-----END PGP ${type}-----\n`;
}
function pgpKeys(k, uid, created) {
  let p = k.p,
    q = k.q;
  if (p > q) [p, q] = [q, p];
  const u = modinv(p, q);
  const pubBody = B([4], u32(created), [1], pgpMpi(k.n), pgpMpi(k.e));
  const sec = B(pgpMpi(k.d), pgpMpi(p), pgpMpi(q), pgpMpi(u));
  let cks = 0;
  for (const b of sec) cks = (cks + b) & 0xffff;
  const secBody = B(pubBody, [0], sec, u16(cks));
  const fp = crypto
    .createHash("sha1")
    .update(B([0x99], u16(pubBody.length), pubBody))
    .digest();
  const uidB = Buffer.from(uid);
  const hashed = B(
    subpkt(33, B([4], fp)),
    subpkt(2, u32(created)),
    subpkt(27, [0x03]),
    subpkt(11, [9, 8, 7]),
    subpkt(21, [8, 10]),
  );
  const sigHashed = B([4, 0x13, 1, 8], u16(hashed.length), hashed);
  const data = B(
    [0x99],
    u16(pubBody.length),
    pubBody,
    [0xb4],
    u32(uidB.length),
    uidB,
    sigHashed,
    [4, 0xff],
    u32(sigHashed.length),
  );
  const digest = crypto.createHash("sha256").update(data).digest();
  const sig = crypto.sign("sha256", data, k.key);
  const unhashed = subpkt(16, fp.subarray(12));
  const sigBody = B(sigHashed, u16(unhashed.length), unhashed, digest.subarray(0, 2), pgpMpi(bufToBig(sig)));
  return {
    secret: armor("PRIVATE KEY BLOCK", B(pgpPkt(5, secBody), pgpPkt(13, uidB), pgpPkt(2, sigBody))),
    public: armor("PUBLIC KEY BLOCK", B(pgpPkt(6, pubBody), pgpPkt(13, uidB), pgpPkt(2, sigBody))),
    fingerprint: fp.toString("hex").toUpperCase(),
  };
}

// ---------------------------------------------------------------- bech32 / base58
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bechPolymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
const hrpExpand = (h) => [
  ...[...h].map((c) => c.charCodeAt(0) >> 5),
  0,
  ...[...h].map((c) => c.charCodeAt(0) & 31),
];
function convertBits(data, from, to, pad = true) {
  let acc = 0,
    bits = 0;
  const out = [],
    maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (pad && bits) out.push((acc << (to - bits)) & maxv);
  return out;
}
function bech32Encode(hrp, bytes) {
  const data = convertBits(bytes, 8, 5);
  const pm = bechPolymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const cs = [];
  for (let i = 0; i < 6; i++) cs.push((pm >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...cs].map((d) => BECH[d]).join("")}`;
}
function bech32Verify(s) {
  s = s.toLowerCase();
  const pos = s.lastIndexOf("1");
  const hrp = s.slice(0, pos),
    data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c));
  return !data.includes(-1) && bechPolymod([...hrpExpand(hrp), ...data]) === 1;
}
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const sha256 = (b) => crypto.createHash("sha256").update(b).digest();
function b58check(payload) {
  const full = B(payload, sha256(sha256(payload)).subarray(0, 4));
  let x = bufToBig(full),
    s = "";
  while (x > 0n) {
    s = B58[Number(x % 58n)] + s;
    x /= 58n;
  }
  for (const b of full) {
    if (b === 0) s = `1${s}`;
    else break;
  }
  return s;
}
function b58checkVerify(s) {
  let x = 0n;
  for (const c of s) x = x * 58n + BigInt(B58.indexOf(c));
  let b = bigToBuf(x);
  let z = 0;
  for (const c of s) {
    if (c === "1") z++;
    else break;
  }
  b = B(Buffer.alloc(z), b);
  return sha256(sha256(b.subarray(0, -4)))
    .subarray(0, 4)
    .equals(b.subarray(-4))
    ? b.subarray(0, -4)
    : null;
}

// ---------------------------------------------------------------- corpus plumbing
const files = new Map();
const labels = [];
const verifiers = [];
function put(rel, content) {
  if (files.has(rel)) throw new Error(`dup file ${rel}`);
  files.set(rel, content);
}
// label: find `secret` in the file (optionally after marker `after`), compute 1-based line of its start.
function lab(rel, secret, type, positive, { decoded, after, note, verify } = {}) {
  const content = files.get(rel);
  if (content === undefined) throw new Error(`no file ${rel}`);
  const from = after ? content.indexOf(after) : 0;
  if (from < 0) throw new Error(`marker not found in ${rel}: ${after}`);
  const idx = content.indexOf(secret, from);
  if (idx < 0) throw new Error(`secret not found in ${rel}: ${secret.slice(0, 60)}`);
  const line = content.slice(0, idx).split("\n").length;
  const l = {
    file: rel,
    line,
    type,
    secret,
    ...(decoded !== undefined ? { decoded } : {}),
    positive,
    ...(note ? { note } : {}),
  };
  labels.push(l);
  verifiers.push(verify || null);
}
const escNl = (p) => p.replace(/\n/g, "\\n"); // PEM -> one line with literal \n
const indent = (p, n) =>
  p
    .replace(/\n$/, "")
    .split("\n")
    .join(`\n${" ".repeat(n)}`); // secret as written inside an indented block
const block = (p, n) => `${" ".repeat(n) + indent(p, n)}\n`;
const b64 = (s) => Buffer.from(s).toString("base64");
const stripTrail = (p) => p.replace(/\n$/, "");

// verifiers (receive {secret, decoded} as re-read from disk)
const vPem = (passphrase) => (l) => {
  crypto.createPrivateKey({ key: l.decoded ?? l.secret, ...(passphrase ? { passphrase } : {}) });
};
const vPemPub = (l) => {
  crypto.createPublicKey(l.decoded ?? l.secret);
};
const vCert = (l) => {
  new crypto.X509Certificate(l.decoded ?? l.secret);
};
const vJwk = (jwk) => (l) => {
  if (
    !JSON.stringify(jwk).includes(l.secret) &&
    !Object.values(jwk).includes(l.secret) &&
    !l.secret.includes(jwk.d ?? jwk.x ?? jwk.n)
  )
    throw new Error("jwk member mismatch");
  crypto[jwk.d ? "createPrivateKey" : "createPublicKey"]({ key: jwk, format: "jwk" });
};
const vOpenssh = (l) => checkOpenssh(l.decoded ?? l.secret);
const vPpk = (l) => checkPpk(l.decoded ?? l.secret);
const vPgp = (l) => checkPgpArmor(l.decoded ?? l.secret);
const vAge = (l) => {
  if (!bech32Verify(l.secret)) throw new Error("bad bech32");
};
const vWg = (l) => {
  if (Buffer.from(l.secret, "base64").length !== 32) throw new Error("wg len");
};
const vWif = (l) => {
  const b = b58checkVerify(l.secret);
  if (b?.[0] !== 0x80) throw new Error("bad wif");
};
const vEth = (l) => {
  const h = l.secret.replace(/^0x/, "");
  if (!/^[0-9a-f]{64}$/i.test(h)) throw new Error("eth hex");
  const e = crypto.createECDH("secp256k1");
  e.setPrivateKey(Buffer.from(h, "hex"));
};

function readSshString(buf, off) {
  const n = buf.readUInt32BE(off);
  return [buf.subarray(off + 4, off + 4 + n), off + 4 + n];
}
function checkOpenssh(text) {
  const body = text.replace(/-----(BEGIN|END) OPENSSH PRIVATE KEY-----/g, "").replace(/\s+/g, "");
  const buf = Buffer.from(body, "base64");
  if (!buf.subarray(0, 15).equals(Buffer.from("openssh-key-v1\0"))) throw new Error("magic");
  let off = 15,
    cipher,
    _kdf,
    _pub,
    sect;
  [cipher, off] = readSshString(buf, off);
  [_kdf, off] = readSshString(buf, off);
  [, off] = readSshString(buf, off);
  if (buf.readUInt32BE(off) !== 1) throw new Error("nkeys");
  off += 4;
  [_pub, off] = readSshString(buf, off);
  [sect, off] = readSshString(buf, off);
  if (off !== buf.length) throw new Error("trailing");
  if (cipher.toString() !== "none") {
    if (sect.length % 16) throw new Error("enc len");
    return;
  }
  if (sect.readUInt32BE(0) !== sect.readUInt32BE(4)) throw new Error("checkint");
  let o = 8,
    t;
  [t, o] = readSshString(sect, o);
  const type = t.toString();
  if (type === "ssh-ed25519") {
    let pk, sk;
    [pk, o] = readSshString(sect, o);
    [sk, o] = readSshString(sect, o);
    const k = crypto.createPrivateKey({
      key: B(hex("302e020100300506032b657004220420"), sk.subarray(0, 32)),
      format: "der",
      type: "pkcs8",
    });
    if (Buffer.from(k.export({ format: "jwk" }).x, "base64url").compare(pk) || sk.subarray(32).compare(pk))
      throw new Error("ed25519 pub mismatch");
  } else if (type === "ssh-rsa") {
    const m = [];
    for (let i = 0; i < 6; i++) {
      let x;
      [x, o] = readSshString(sect, o);
      m.push(bufToBig(x));
    }
    const [n, e, d, iqmp, p, q] = m;
    if (p * q !== n || modpow(modpow(12345n, e, n), d, n) !== 12345n || (iqmp * q) % p !== 1n)
      throw new Error("rsa mismatch");
  } else if (type.startsWith("ecdsa-sha2-")) {
    let c, Q, d;
    [c, o] = readSshString(sect, o);
    [Q, o] = readSshString(sect, o);
    [d, o] = readSshString(sect, o);
    const e = crypto.createECDH({ nistp256: "prime256v1", nistp384: "secp384r1" }[c.toString()]);
    e.setPrivateKey(bufToBig(d) === 0n ? d : bigToBuf(bufToBig(d), Q.length === 65 ? 32 : 48));
    if (e.getPublicKey().compare(Q)) throw new Error("ecdsa mismatch");
  } else throw new Error(`type ${type}`);
  [, o] = readSshString(sect, o);
  for (let i = 1; o < sect.length; i++, o++) if (sect[o] !== i) throw new Error("padding");
}
function checkPpk(text) {
  const lines = text.split("\n");
  const m = /^PuTTY-User-Key-File-([23]): (\S+)$/.exec(lines[0]);
  if (!m) throw new Error("ppk header");
  const get = (k) => lines.find((l) => l.startsWith(`${k}: `)).slice(k.length + 2);
  const pi = lines.findIndex((l) => l.startsWith("Public-Lines: "));
  const pn = +get("Public-Lines");
  const pub = Buffer.from(lines.slice(pi + 1, pi + 1 + pn).join(""), "base64");
  const vi = lines.findIndex((l) => l.startsWith("Private-Lines: "));
  const vn = +get("Private-Lines");
  const priv = Buffer.from(lines.slice(vi + 1, vi + 1 + vn).join(""), "base64");
  const macData = B(sstr(m[2]), sstr(get("Encryption")), sstr(get("Comment")), sstr(pub), sstr(priv));
  const mac =
    m[1] === "2"
      ? crypto
          .createHmac("sha1", crypto.createHash("sha1").update("putty-private-key-file-mac-key").digest())
          .update(macData)
          .digest("hex")
      : crypto.createHmac("sha256", Buffer.alloc(0)).update(macData).digest("hex");
  if (mac !== get("Private-MAC")) throw new Error("ppk mac");
  if (m[2] === "ssh-rsa") {
    let o = 0,
      x;
    const pm = [];
    [x, o] = readSshString(pub, 0);
    for (let i = 0; i < 2; i++) {
      [x, o] = readSshString(pub, o);
      pm.push(bufToBig(x));
    }
    const [e, n] = pm;
    o = 0;
    const sm = [];
    for (let i = 0; i < 4; i++) {
      [x, o] = readSshString(priv, o);
      sm.push(bufToBig(x));
    }
    const [d, p, q, iqmp] = sm;
    if (p * q !== n || modpow(modpow(777n, e, n), d, n) !== 777n || (iqmp * q) % p !== 1n)
      throw new Error("ppk rsa");
  } else if (m[2] === "ssh-ed25519") {
    const [, o] = readSshString(pub, 0);
    const [pk] = readSshString(pub, o);
    const [sk] = readSshString(priv, 0);
    const seed = B(sk, Buffer.alloc(32 - sk.length));
    const k = crypto.createPrivateKey({
      key: B(hex("302e020100300506032b657004220420"), seed),
      format: "der",
      type: "pkcs8",
    });
    if (Buffer.from(k.export({ format: "jwk" }).x, "base64url").compare(pk)) throw new Error("ppk ed25519");
  }
}
function checkPgpArmor(text) {
  const lines = text.trim().split("\n");
  const end = lines.findIndex((l) => l.startsWith("="));
  const data = Buffer.from(lines.slice(2, end).join(""), "base64");
  const c = crc24(data);
  if (Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString("base64") !== lines[end].slice(1))
    throw new Error("crc24");
  let o = 0,
    tags = [];
  while (o < data.length) {
    const t = data[o] & 0x3f;
    let L = data[o + 1],
      h = 2;
    if (L >= 192 && L < 224) {
      L = ((L - 192) << 8) + data[o + 2] + 192;
      h = 3;
    } else if (L === 255) {
      L = data.readUInt32BE(o + 2);
      h = 6;
    }
    tags.push(t);
    o += h + L;
  }
  if (o !== data.length) throw new Error("pgp packet framing");
  if (text.includes("PRIVATE KEY BLOCK") && tags[0] !== 5)
    throw new Error("pgp: first packet not secret key");
}

// ================================================================ cases
if (fs.existsSync(OUT)) fs.rmSync(OUT, { recursive: true, force: true });
const t0 = Date.now();
const CA = rsaKey(2048);
const caCert = makeCert(CA, "Northwind Internal Root CA R2", CA, "Northwind Internal Root CA R2", true);
const edCA = okpKey("ed25519");

// --- 1 RSA PKCS#1
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs1");
  put("keys/server.key", p);
  lab("keys/server.key", p, "pem_rsa_private_key_pkcs1", true, { verify: vPem() });
}
// --- 2 PKCS#8 RSA + fullchain (neg)
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs8");
  put("certs/api.northwind.internal/privkey.pem", p);
  lab("certs/api.northwind.internal/privkey.pem", p, "pem_private_key_pkcs8_rsa", true, { verify: vPem() });
  const leaf = makeCert(k, "api.northwind.internal", CA, "Northwind Internal Root CA R2");
  put("certs/api.northwind.internal/fullchain.pem", leaf + caCert);
  lab("certs/api.northwind.internal/fullchain.pem", leaf, "pem_certificate", false, { verify: vCert });
  lab("certs/api.northwind.internal/fullchain.pem", caCert, "pem_certificate", false, {
    verify: vCert,
    after: leaf.slice(-30),
  });
}
// --- 3 PKCS#8 EC
{
  const k = ecKey("P-256"),
    p = exp(k, "pkcs8");
  put("keys/ec-p256.pem", p);
  lab("keys/ec-p256.pem", p, "pem_private_key_pkcs8_ec", true, { verify: vPem() });
}
// --- 4 SEC1 EC with EC PARAMETERS
{
  const k = ecKey("P-256"),
    p = exp(k, "sec1");
  const params = pem("EC PARAMETERS", OID("1.2.840.10045.3.1.7"));
  put("nginx/ssl/ecdsa.key", params + p);
  lab("nginx/ssl/ecdsa.key", params, "pem_ec_parameters", false);
  lab("nginx/ssl/ecdsa.key", p, "pem_ec_private_key_sec1", true, { verify: vPem() });
}
// --- 5 SEC1 P-384
{
  const k = ecKey("P-384"),
    p = exp(k, "sec1");
  put("keys/p384-sec1.pem", p);
  lab("keys/p384-sec1.pem", p, "pem_ec_private_key_sec1", true, { verify: vPem() });
}
// --- 6 Ed25519 / 7 X25519
{
  const k = okpKey("ed25519"),
    p = exp(k, "pkcs8");
  put("keys/ed25519-signing.pem", p);
  lab("keys/ed25519-signing.pem", p, "pem_private_key_pkcs8_ed25519", true, { verify: vPem() });
  const x = okpKey("x25519"),
    px = exp(x, "pkcs8");
  put("keys/x25519-kex.pem", px);
  lab("keys/x25519-kex.pem", px, "pem_private_key_pkcs8_x25519", true, { verify: vPem() });
}
// --- 8 Encrypted PKCS#8 with passphrase in script
{
  const k = rsaKey(2048),
    pass = rpass(22),
    p = encPkcs8(k, pass);
  const rel = "scripts/load_signing_key.sh";
  put(
    rel,
    `#!/usr/bin/env bash
# Loads the release signing key into the build agent keychain.
set -euo pipefail

KEY_PASSPHRASE='${pass}'
KEY_FILE="$(mktemp)"
trap 'rm -f "$KEY_FILE"' EXIT

cat > "$KEY_FILE" <<'EOF'
${p}EOF

openssl pkey -in "$KEY_FILE" -passin "pass:$KEY_PASSPHRASE" -out /run/secrets/release-signing.pem
chmod 0400 /run/secrets/release-signing.pem
echo "signing key ready"
`,
  );
  lab(rel, pass, "private_key_passphrase", true);
  lab(rel, p, "pem_encrypted_private_key_pkcs8", true, {
    verify: vPem(pass),
    note: "PBES2/PBKDF2-SHA256/AES-256-CBC; passphrase is labelled separately",
  });
}
// --- 9 Encrypted PKCS#8 alone
{
  const k = ecKey("P-256"),
    pass = rpass(18),
    p = encPkcs8(k, pass);
  put("backup/2023/old-signing.key.enc.pem", p);
  lab("backup/2023/old-signing.key.enc.pem", p, "pem_encrypted_private_key_pkcs8", true, {
    verify: vPem(pass),
    note: "no passphrase nearby; still a positive",
  });
}
// --- 10 legacy encrypted RSA
{
  const k = rsaKey(2048),
    pass = rpass(16),
    p = legacyEncRsa(k, pass);
  put("legacy/apache/conf/ssl/server-enc.key", p);
  lab("legacy/apache/conf/ssl/server-enc.key", p, "pem_rsa_private_key_pkcs1_encrypted", true, {
    verify: vPem(pass),
    note: "Proc-Type 4,ENCRYPTED AES-128-CBC; no passphrase nearby",
  });
}
// --- 11 OpenSSH ed25519 + .pub
{
  const k = okpKey("ed25519"),
    p = opensshKey(k, "deploy@build-03");
  put("home/deploy/.ssh/id_ed25519", p);
  lab("home/deploy/.ssh/id_ed25519", p, "openssh_private_key_ed25519", true, { verify: vOpenssh });
  const pub = sshPubLine(k, "deploy@build-03");
  put("home/deploy/.ssh/id_ed25519.pub", `${pub}\n`);
  lab("home/deploy/.ssh/id_ed25519.pub", pub, "ssh_public_key", false);
}
// --- 12 OpenSSH RSA + authorized_keys + known_hosts
{
  const k = rsaKey(3072),
    p = opensshKey(k, "ci-runner@northwind");
  put("home/ci/.ssh/id_rsa", p);
  lab("home/ci/.ssh/id_rsa", p, "openssh_private_key_rsa", true, { verify: vOpenssh });
  const k2 = okpKey("ed25519");
  const a1 = sshPubLine(k, "ci-runner@northwind");
  const a2 = sshPubLine(k2, "alice@laptop");
  put(
    "home/ci/.ssh/authorized_keys",
    `${a1}\nno-port-forwarding,no-agent-forwarding,command="/usr/local/bin/rrsync -ro /srv/backup" ${a2}\n`,
  );
  lab("home/ci/.ssh/authorized_keys", a1, "ssh_public_key", false);
  lab("home/ci/.ssh/authorized_keys", a2, "ssh_public_key", false);
  const hk = ecKey("P-256");
  const salt = rbytes(20),
    h = crypto.createHmac("sha1", salt).update("git.northwind.internal").digest();
  const kh1 = `|1|${salt.toString("base64")}|${h.toString("base64")} ${sshPubLine(hk)}`;
  const kh2 = `github.com ${sshPubLine(okpKey("ed25519"))}`;
  put("home/ci/.ssh/known_hosts", `${kh1}\n${kh2}\n`);
  lab("home/ci/.ssh/known_hosts", kh1, "ssh_known_hosts_entry", false);
  lab("home/ci/.ssh/known_hosts", kh2, "ssh_known_hosts_entry", false);
}
// --- 13 OpenSSH ECDSA
{
  const k = ecKey("P-256"),
    p = opensshKey(k, "bastion-admin");
  put("ops/bastion/id_ecdsa", p);
  lab("ops/bastion/id_ecdsa", p, "openssh_private_key_ecdsa", true, { verify: vOpenssh });
}
// --- 14 OpenSSH encrypted
{
  const k = okpKey("ed25519"),
    p = opensshKey(k, "ops@vault-unseal", true);
  put("ops/bastion/id_ed25519_protected", p);
  lab("ops/bastion/id_ed25519_protected", p, "openssh_private_key_encrypted", true, {
    verify: vOpenssh,
    note: "aes256-ctr/bcrypt structure; ciphertext under a random key (no passphrase opens it)",
  });
}
// --- 15 PPK v2 RSA / 16 PPK v3 Ed25519
{
  const k = rsaKey(2048),
    p = ppk(k, 2, "rsa-key-20240611");
  put("putty/prod-web.ppk", p);
  lab("putty/prod-web.ppk", p, "putty_ppk_v2_rsa", true, { verify: vPpk });
  const k2 = okpKey("ed25519"),
    p2 = ppk(k2, 3, "eddsa-key-20250102");
  put("putty/jumpbox.ppk", p2);
  lab("putty/jumpbox.ppk", p2, "putty_ppk_v3_ed25519", true, { verify: vPpk });
}
// --- 17-19 JWK JSON files
{
  const k = rsaKey(2048);
  const jwk = { ...k.jwk, kid: "sig-2025-03", use: "sig", alg: "RS256" };
  put("jwks/signing-key.json", `${JSON.stringify(jwk, null, 2)}\n`);
  lab("jwks/signing-key.json", k.jwk.d, "jwk_rsa_private", true, {
    decoded: bigToBuf(k.d).toString("hex"),
    verify: vJwk(k.jwk),
    note: "private member d (p,q,dp,dq,qi also present)",
  });
  const e = ecKey("P-256");
  put("jwks/ec-private.jwk.json", `${JSON.stringify({ ...e.jwk, kid: "es256-1", alg: "ES256" }, null, 2)}\n`);
  lab("jwks/ec-private.jwk.json", e.jwk.d, "jwk_ec_private", true, {
    decoded: e.d.toString("hex"),
    verify: vJwk(e.jwk),
  });
  const o = okpKey("ed25519");
  put(
    "jwks/okp-ed25519.json",
    `${JSON.stringify({ keys: [{ ...o.jwk, kid: "ed-1", alg: "EdDSA" }] }, null, 2)}\n`,
  );
  lab("jwks/okp-ed25519.json", o.jwk.d, "jwk_okp_private", true, {
    decoded: o.seed.toString("hex"),
    verify: vJwk(o.jwk),
  });
}
// --- 20 JWK in JS code / 21 JWK in Python
{
  const e = ecKey("P-384");
  const rel = "src/auth/keys.js";
  put(
    rel,
    `'use strict';
const { importJWK } = require('jose');

// ES384 signing key for the session service
const SIGNING_JWK = { kty: 'EC', crv: 'P-384', x: '${e.jwk.x}', y: '${e.jwk.y}', d: '${e.jwk.d}' };

async function getSigningKey() {
  return importJWK(SIGNING_JWK, 'ES384');
}

module.exports = { getSigningKey };
`,
  );
  lab(rel, e.jwk.d, "jwk_ec_private", true, { decoded: e.d.toString("hex"), verify: vJwk(e.jwk) });
  const r = rsaKey(2048);
  const j = r.jwk;
  const rel2 = "app/jwt_keys.py";
  put(
    rel2,
    `"""Static RSA key used to sign service-to-service JWTs."""
from jwcrypto import jwk

PRIVATE_JWK = {
    "kty": "RSA",
    "kid": "svc-2025",
    "n": "${j.n}",
    "e": "${j.e}",
    "d": "${j.d}",
    "p": "${j.p}",
    "q": "${j.q}",
    "dp": "${j.dp}",
    "dq": "${j.dq}",
    "qi": "${j.qi}",
}

KEY = jwk.JWK(**PRIVATE_JWK)
`,
  );
  lab(rel2, j.d, "jwk_rsa_private", true, { decoded: bigToBuf(r.d).toString("hex"), verify: vJwk(j) });
}
// --- 22 PGP private + public
{
  const k = rsaKey(2048);
  const g = pgpKeys(k, "Northwind Release Signing <release@northwind.example>", 1735689600);
  put("gpg/release-signing-secret.asc", g.secret);
  lab("gpg/release-signing-secret.asc", g.secret, "pgp_private_key_block", true, {
    verify: vPgp,
    note: "real v4 RSA secret key packet, user id, SHA-256 positive self-certification",
  });
  put("gpg/release-signing-public.asc", g.public);
  lab("gpg/release-signing-public.asc", g.public, "pgp_public_key_block", false, { verify: vPgp });
}
// --- 23/24 age
{
  const x = okpKey("x25519");
  const sk = bech32Encode("age-secret-key-", x.seed).toUpperCase();
  const pk = bech32Encode("age", x.pub);
  put("age/key.txt", `# created: 2025-02-14T09:12:44Z\n# public key: ${pk}\n${sk}\n`);
  lab("age/key.txt", pk, "age_public_key", false, { verify: vAge });
  lab("age/key.txt", sk, "age_secret_key", true, { decoded: x.seed.toString("hex"), verify: vAge });
  const x2 = okpKey("x25519");
  const sk2 = bech32Encode("age-secret-key-", x2.seed).toUpperCase();
  put("ci/sops.env", `# consumed by the decrypt step in CI\nSOPS_AGE_KEY=${sk2}\nSOPS_CONFIG=.sops.yaml\n`);
  lab("ci/sops.env", sk2, "age_secret_key", true, { decoded: x2.seed.toString("hex"), verify: vAge });
  put(
    ".sops.yaml",
    `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: ${pk}\n  - path_regex: ci/.*\n    age: >-\n      ${bech32Encode("age", x2.pub)}\n`,
  );
  lab(".sops.yaml", pk, "age_public_key", false, { verify: vAge });
}
// --- 25/26 WireGuard
{
  const s = okpKey("x25519"),
    peer = okpKey("x25519"),
    psk = rbytes(32).toString("base64");
  const sk = s.seed.toString("base64"),
    ppub = peer.pub.toString("base64");
  put(
    "wireguard/wg0.conf",
    `[Interface]
Address = 10.44.0.1/24
ListenPort = 51820
PrivateKey = ${sk}
PostUp = iptables -A FORWARD -i %i -j ACCEPT

[Peer]
# laptop-ana
PublicKey = ${ppub}
PresharedKey = ${psk}
AllowedIPs = 10.44.0.2/32
`,
  );
  lab("wireguard/wg0.conf", sk, "wireguard_private_key", true, { verify: vWg });
  lab("wireguard/wg0.conf", ppub, "wireguard_public_key", false);
  lab("wireguard/wg0.conf", psk, "wireguard_preshared_key", true, { verify: vWg });
  const csk = peer.seed.toString("base64"),
    spub = s.pub.toString("base64");
  put(
    "wireguard/clients/laptop-ana.conf",
    `[Interface]
PrivateKey = ${csk}
Address = 10.44.0.2/32
DNS = 10.44.0.1

[Peer]
PublicKey = ${spub}
Endpoint = vpn.northwind.example:51820
AllowedIPs = 0.0.0.0/0
PersistentKeepalive = 25
`,
  );
  lab("wireguard/clients/laptop-ana.conf", csk, "wireguard_private_key", true, { verify: vWg });
  lab("wireguard/clients/laptop-ana.conf", spub, "wireguard_public_key", false);
  put(
    "wireguard/wg-template.conf",
    `[Interface]\nAddress = 10.44.0.X/32\nPrivateKey = <client-private-key>\n\n[Peer]\nPublicKey = ${spub}\nEndpoint = vpn.northwind.example:51820\n`,
  );
  lab("wireguard/wg-template.conf", "<client-private-key>", "wireguard_private_key_placeholder", false);
}
// --- 27 k8s TLS secret
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs1");
  const cert = makeCert(k, "shop.northwind.example", CA, "Northwind Internal Root CA R2");
  const crt64 = b64(cert),
    key64 = b64(p);
  put(
    "k8s/ingress-tls-secret.yaml",
    `apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: storefront
type: kubernetes.io/tls
data:
  tls.crt: ${crt64}
  tls.key: ${key64}
`,
  );
  lab("k8s/ingress-tls-secret.yaml", crt64, "k8s_tls_crt_base64", false, { decoded: cert, verify: vCert });
  lab("k8s/ingress-tls-secret.yaml", key64, "k8s_tls_key_base64", true, { decoded: p, verify: vPem() });
}
// --- 28 k8s ssh-auth secret
{
  const k = okpKey("ed25519"),
    p = opensshKey(k, "argocd-repo");
  const v = b64(p);
  put(
    "k8s/argocd/repo-ssh-secret.yaml",
    `apiVersion: v1
kind: Secret
metadata:
  name: repo-platform-config
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
type: kubernetes.io/ssh-auth
data:
  ssh-privatekey: ${v}
stringData:
  url: git@git.northwind.internal:platform/config.git
`,
  );
  lab("k8s/argocd/repo-ssh-secret.yaml", v, "k8s_ssh_privatekey_base64", true, {
    decoded: p,
    verify: vOpenssh,
  });
}
// --- 29 kubeconfig
{
  const k = ecKey("P-256"),
    p = exp(k, "sec1");
  const user = okpKey("ed25519");
  const cc = makeCert(k, "system:admin", CA, "Northwind Internal Root CA R2");
  const ca64 = b64(caCert),
    cc64 = b64(cc),
    ck64 = b64(p);
  put(
    "kube/config",
    `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${ca64}
    server: https://10.20.0.10:6443
  name: prod-eu1
contexts:
- context:
    cluster: prod-eu1
    user: admin@prod-eu1
  name: admin@prod-eu1
current-context: admin@prod-eu1
users:
- name: admin@prod-eu1
  user:
    client-certificate-data: ${cc64}
    client-key-data: ${ck64}
`,
  );
  lab("kube/config", ca64, "kubeconfig_certificate_authority_data", false, {
    decoded: caCert,
    verify: vCert,
  });
  lab("kube/config", cc64, "kubeconfig_client_certificate_data", false, { decoded: cc, verify: vCert });
  lab("kube/config", ck64, "kubeconfig_client_key_data", true, { decoded: p, verify: vPem() });
  void user;
}
// --- 30 GCP SA JSON + template (neg)
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs8");
  const keyId = rbytes(20).toString("hex");
  const sa = {
    type: "service_account",
    project_id: "northwind-prod-3391",
    private_key_id: keyId,
    private_key: p,
    client_email: "deployer@northwind-prod-3391.iam.gserviceaccount.com",
    client_id: String(100000000000000000000n + bufToBig(rbytes(8))),
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
    auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
    client_x509_cert_url:
      "https://www.googleapis.com/robot/v1/metadata/x509/deployer%40northwind-prod-3391.iam.gserviceaccount.com",
    universe_domain: "googleapis.com",
  };
  put("gcp/sa-deployer.json", `${JSON.stringify(sa, null, 2)}\n`);
  lab("gcp/sa-deployer.json", escNl(p), "gcp_service_account_private_key", true, {
    decoded: p,
    verify: vPem(),
    note: "private_key_id (40 hex) on the line above is not labelled",
  });
  const tpl = {
    ...sa,
    project_id: "your-project-id",
    private_key_id: "your-private-key-id",
    private_key: "-----BEGIN PRIVATE KEY-----\n<REDACTED>\n-----END PRIVATE KEY-----\n",
    client_email: "name@your-project-id.iam.gserviceaccount.com",
    client_id: "000000000000000000000",
    client_x509_cert_url: "",
  };
  put("gcp/sa-template.json", `${JSON.stringify(tpl, null, 2)}\n`);
  lab("gcp/sa-template.json", escNl(tpl.private_key), "gcp_private_key_placeholder", false);
}
// --- 31 Helm values YAML block scalar
{
  const k = ecKey("P-256"),
    p = exp(k, "pkcs8");
  const cert = makeCert(k, "grpc.northwind.internal", CA, "Northwind Internal Root CA R2");
  const rel = "helm/grpc-gateway/values-prod.yaml";
  put(
    rel,
    `replicaCount: 3
image:
  repository: registry.northwind.internal/grpc-gateway
  tag: "2.14.1"
tls:
  enabled: true
  certificate: |
${block(cert, 4)}  privateKey: |
${block(p, 4)}resources:
  limits:
    memory: 512Mi
`,
  );
  lab(rel, indent(cert, 4), "pem_certificate", false, { decoded: cert, verify: vCert });
  lab(rel, indent(p, 4), "pem_private_key_in_yaml_block", true, { decoded: p, verify: vPem() });
}
// --- 32 Terraform heredoc
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs1");
  const rel = "terraform/envs/prod/main.tf";
  put(
    rel,
    `resource "tls_private_key" "bootstrap" {
  algorithm = "ED25519"
}

resource "aws_key_pair" "bootstrap" {
  key_name   = "bootstrap"
  public_key = tls_private_key.bootstrap.public_key_openssh
}

resource "aws_secretsmanager_secret_version" "legacy_vpn" {
  secret_id     = aws_secretsmanager_secret.legacy_vpn.id
  secret_string = <<-EOT
${block(p, 4)}  EOT
}

output "bootstrap_private_key" {
  value     = tls_private_key.bootstrap.private_key_pem
  sensitive = true
}
`,
  );
  lab(rel, indent(p, 4), "pem_private_key_in_terraform_heredoc", true, { decoded: p, verify: vPem() });
  lab(rel, "tls_private_key.bootstrap.private_key_pem", "terraform_private_key_reference", false);
}
// --- 33 Python literal
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs8");
  const rel = "tools/sign_manifest.py";
  put(
    rel,
    `import base64
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

SIGNING_KEY_PEM = b"${escNl(p)}"


def sign(manifest: bytes) -> str:
    key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)
    sig = key.sign(manifest, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(sig).decode()
`,
  );
  lab(rel, escNl(p), "pem_private_key_in_python_string", true, { decoded: p, verify: vPem() });
}
// --- 34 JS literal
{
  const k = ecKey("P-256"),
    p = exp(k, "sec1");
  const rel = "web/src/config/signer.js";
  put(
    rel,
    `import { createSign } from 'node:crypto';

export const WEBHOOK_SIGNING_KEY =
  '${escNl(p)}';

export function signPayload(body) {
  const s = createSign('SHA256');
  s.update(body);
  return s.sign(WEBHOOK_SIGNING_KEY, 'base64');
}
`,
  );
  lab(rel, escNl(p), "pem_private_key_in_js_string", true, { decoded: p, verify: vPem() });
}
// --- 35 Go literal + raw-string cert
{
  const k = okpKey("ed25519"),
    p = exp(k, "pkcs8");
  const cert = makeCert(k, "localhost", edCA, "Northwind Test CA");
  const rel = "internal/tlsutil/fixtures.go";
  put(
    rel,
    `package tlsutil

// testCertPEM is the public certificate matching serverKeyPEM.
const testCertPEM = \`${stripTrail(cert)}\`

var serverKeyPEM = []byte("${escNl(p)}")
`,
  );
  lab(rel, stripTrail(cert), "pem_certificate", false, { verify: vCert });
  lab(rel, escNl(p), "pem_private_key_in_go_string", true, { decoded: p, verify: vPem() });
}
// --- 36 .env one-line
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs8"),
    pub = pubOf(k).export({ type: "spki", format: "pem" });
  const rel = ".env.production";
  put(
    rel,
    `NODE_ENV=production
PORT=8080
JWT_ISSUER=https://auth.northwind.example
JWT_PRIVATE_KEY="${escNl(p)}"
JWT_PUBLIC_KEY="${escNl(pub)}"
LOG_LEVEL=info
`,
  );
  lab(rel, escNl(p), "pem_private_key_in_env", true, { decoded: p, verify: vPem() });
  lab(rel, escNl(pub), "pem_public_key_in_env", false, { decoded: pub, verify: vPemPub });
}
// --- 37 Spring properties
{
  const ksp = rpass(18),
    rel = "src/main/resources/application-prod.properties";
  put(
    rel,
    `server.port=8443
server.ssl.enabled=true
server.ssl.key-store=classpath:keystore/server.p12
server.ssl.key-store-type=PKCS12
server.ssl.key-store-password=${ksp}
server.ssl.key-alias=server
server.ssl.trust-store=classpath:keystore/truststore.jks
server.ssl.trust-store-password=\${TRUSTSTORE_PASSWORD}
`,
  );
  lab(rel, ksp, "java_keystore_password", true);
  lab(rel, "${TRUSTSTORE_PASSWORD}", "java_truststore_password_env_reference", false);
}
// --- 38 keytool / openssl pkcs12 script
{
  const sp = rpass(16),
    kp = rpass(16),
    p12 = rpass(20),
    rel = "scripts/make-keystore.sh";
  put(
    rel,
    `#!/bin/sh
set -e
# Build the PKCS#12 bundle and the JKS keystore for the broker.
openssl pkcs12 -export -in broker.crt -inkey broker.key -certfile ca.crt \\
  -name broker -out broker.p12 -passout pass:${p12}

keytool -importkeystore -srckeystore broker.p12 -srcstoretype PKCS12 \\
  -srcstorepass ${p12} -destkeystore broker.keystore.jks \\
  -deststorepass ${sp} -destkeypass ${kp} -alias broker
`,
  );
  lab(rel, p12, "pkcs12_password", true);
  lab(rel, sp, "java_keystore_password", true);
  lab(rel, kp, "java_key_password", true);
  const rel2 = "scripts/make-keystore-ci.sh";
  put(
    rel2,
    `#!/bin/sh
set -e
openssl pkcs12 -export -in broker.crt -inkey broker.key -out broker.p12 -passout env:P12_PASSWORD
keytool -importkeystore -srckeystore broker.p12 -srcstoretype PKCS12 -srcstorepass:env P12_PASSWORD \\
  -destkeystore broker.keystore.jks -deststorepass:env KEYSTORE_PASSWORD
`,
  );
  lab(rel2, "env:P12_PASSWORD", "pkcs12_password_env_reference", false);
}
// --- 39 JVM opts
{
  const kp = rpass(14),
    rel = "docker/broker/jvm.env";
  put(
    rel,
    `JAVA_OPTS=-Xms512m -Xmx2g -Djavax.net.ssl.keyStore=/etc/broker/keystore.jks -Djavax.net.ssl.keyStorePassword=${kp} -Djavax.net.ssl.trustStore=/etc/broker/truststore.jks
`,
  );
  lab(rel, kp, "java_keystore_password", true);
}
// --- 40 Ansible vars + vault (neg)
{
  const k = rsaKey(2048),
    p = opensshKey(k, "ansible@deploy");
  const rel = "ansible/group_vars/webservers/ssh.yml";
  put(
    rel,
    `---
deploy_user: deploy
deploy_ssh_private_key: |
${block(p, 2)}deploy_known_hosts: []
`,
  );
  lab(rel, indent(p, 2), "openssh_private_key_in_ansible_vars", true, { decoded: p, verify: vOpenssh });
  const v = wrap(rbytes(200).toString("hex"), 80)
    .split("\n")
    .map((l) => `          ${l}`)
    .join("\n");
  const rel2 = "ansible/group_vars/all/vault.yml";
  put(rel2, `---\nvault_db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n${v}\n`);
  lab(rel2, "$ANSIBLE_VAULT;1.1;AES256", "ansible_vault_ciphertext", false);
}
// --- 41 GitHub Actions inline + secrets ref (neg)
{
  const k = okpKey("ed25519"),
    p = opensshKey(k, "gha-deploy");
  const rel = ".github/workflows/deploy.yml";
  put(
    rel,
    `name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DEPLOY_HOST: web-01.northwind.internal
      SSH_PRIVATE_KEY: |
${block(p, 8)}    steps:
      - uses: actions/checkout@v4
      - run: |
          install -m 600 /dev/null ~/.ssh/id_ed25519
          echo "$SSH_PRIVATE_KEY" > ~/.ssh/id_ed25519
          rsync -az ./dist/ deploy@$DEPLOY_HOST:/srv/www/
`,
  );
  lab(rel, indent(p, 8), "openssh_private_key_in_github_actions", true, { decoded: p, verify: vOpenssh });
  const rel2 = ".github/workflows/release.yml";
  put(
    rel2,
    `name: release
on: [workflow_dispatch]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: webfactory/ssh-agent@v0.9.0
        with:
          ssh-private-key: \${{ secrets.SSH_PRIVATE_KEY }}
      - run: make release
`,
  );
  lab(rel2, "${{ secrets.SSH_PRIVATE_KEY }}", "ci_secret_reference", false);
}
// --- 42 Dockerfile + safe Dockerfile (neg)
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs1");
  const rel = "Dockerfile";
  put(
    rel,
    `FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends git openssh-client && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /root/.ssh && chmod 700 /root/.ssh
RUN echo "${escNl(p)}" > /root/.ssh/id_rsa && chmod 600 /root/.ssh/id_rsa
RUN ssh-keyscan git.northwind.internal >> /root/.ssh/known_hosts
WORKDIR /app
RUN git clone git@git.northwind.internal:data/etl.git .
CMD ["python", "-m", "etl"]
`,
  );
  lab(rel, escNl(p), "pem_private_key_in_dockerfile", true, { decoded: p, verify: vPem() });
  const rel2 = "docker/etl/Dockerfile";
  put(
    rel2,
    `# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
RUN --mount=type=secret,id=ssh_key,env=SSH_KEY \\
    mkdir -p /root/.ssh && echo "$SSH_KEY" > /root/.ssh/id_rsa && chmod 600 /root/.ssh/id_rsa
FROM python:3.12-slim@sha256:${sha256(rbytes(32)).toString("hex")}
`,
  );
  lab(rel2, 'echo "$SSH_KEY" > /root/.ssh/id_rsa', "dockerfile_secret_mount_reference", false);
  const dg = files.get(rel2).match(/sha256:([0-9a-f]{64})/)[1];
  lab(rel2, dg, "docker_image_digest_sha256", false);
}
// --- 43 Bitcoin
{
  const k1 = ecKey("secp256k1"),
    k2 = ecKey("secp256k1");
  const wifC = b58check(B([0x80], k1.d, [0x01]));
  const wifU = b58check(B([0x80], k2.d));
  const cpub = B([k1.Q[64] & 1 ? 3 : 2], k1.Q.subarray(1, 33));
  const addr = b58check(B([0x00], crypto.createHash("ripemd160").update(sha256(cpub)).digest()));
  const xpub = b58check(
    B(hex("0488b21e"), [0], Buffer.alloc(4), Buffer.alloc(4), rbytes(32), B([2], rbytes(32))),
  );
  const rel = "wallet/sweep_cold.py";
  put(
    rel,
    `# Sweep the two legacy paper wallets into the watch-only account.
from bit import Key

HOT_WIF = "${wifC}"
PAPER_WIF_2017 = "${wifU}"
DEST_ADDRESS = "${addr}"
WATCH_ONLY_XPUB = "${xpub}"

for wif in (HOT_WIF, PAPER_WIF_2017):
    k = Key(wif)
    k.send([], leftover=DEST_ADDRESS)
`,
  );
  lab(rel, wifC, "bitcoin_wif_private_key_compressed", true, { decoded: k1.d.toString("hex"), verify: vWif });
  lab(rel, wifU, "bitcoin_wif_private_key_uncompressed", true, {
    decoded: k2.d.toString("hex"),
    verify: vWif,
  });
  lab(rel, addr, "bitcoin_address_p2pkh", false);
  lab(rel, xpub, "bitcoin_xpub", false);
}
// --- Ethereum
const HH0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const HH1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
{
  const d = ecKey("secp256k1").d.toString("hex");
  const rel = "contracts/hardhat.config.js";
  put(
    rel,
    `require('@nomicfoundation/hardhat-toolbox');

const DEPLOYER_KEY = '0x${d}';

module.exports = {
  solidity: '0.8.24',
  networks: {
    localhost: {
      url: 'http://127.0.0.1:8545',
      accounts: ['0x${HH0}'],
    },
    sepolia: {
      url: process.env.SEPOLIA_RPC_URL || '',
      accounts: [DEPLOYER_KEY],
    },
    mainnet: {
      url: process.env.MAINNET_RPC_URL || '',
      accounts: process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : [],
    },
  },
};
`,
  );
  lab(rel, `0x${d}`, "ethereum_private_key_hex", true, { verify: vEth });
  lab(rel, `0x${HH0}`, "ethereum_well_known_dev_key", false, { note: "hardhat/anvil account #0" });
  lab(rel, "[process.env.PRIVATE_KEY]", "env_reference", false);
}
{
  const d = ecKey("secp256k1").d.toString("hex");
  const rel = "contracts/.env";
  put(
    rel,
    `SEPOLIA_RPC_URL=https://eth-sepolia.g.alchemy.com/v2/\${ALCHEMY_KEY}\nPRIVATE_KEY=${d}\nETHERSCAN_API_KEY=\n`,
  );
  lab(rel, d, "ethereum_private_key_hex", true, { verify: vEth });
}
{
  const d = ecKey("secp256k1").d.toString("hex");
  const rel = "foundry/script/deploy-mainnet.sh";
  put(
    rel,
    `#!/usr/bin/env bash
set -euo pipefail
forge script script/Deploy.s.sol:Deploy \\
  --rpc-url "$MAINNET_RPC_URL" \\
  --private-key 0x${d} \\
  --broadcast --verify
`,
  );
  lab(rel, `0x${d}`, "ethereum_private_key_hex", true, { verify: vEth });
  const rel2 = "foundry/script/deploy-local.sh";
  put(
    rel2,
    `#!/usr/bin/env bash
# local anvil; these are anvil's default, publicly known dev accounts
anvil &
sleep 2
forge script script/Deploy.s.sol:Deploy --rpc-url http://127.0.0.1:8545 \\
  --private-key 0x${HH1} --broadcast
`,
  );
  lab(rel2, `0x${HH1}`, "ethereum_well_known_dev_key", false, { note: "hardhat/anvil account #1" });
}
{
  const d = ecKey("secp256k1").d.toString("hex");
  const tx = `0x${rbytes(32).toString("hex")}`,
    addr = `0x${rbytes(20).toString("hex")}`;
  const rel = "bot/arb_bot.py";
  put(
    rel,
    `from web3 import Web3

w3 = Web3(Web3.HTTPProvider("https://mainnet.infura.io/v3/" + INFURA_ID))
DEPLOYER_KEY = "${d}"
ROUTER = "${addr}"
# last successful swap, kept for the post-mortem
LAST_TX = "${tx}"

acct = w3.eth.account.from_key(DEPLOYER_KEY)
`,
  );
  lab(rel, d, "ethereum_private_key_hex", true, { verify: vEth });
  lab(rel, addr, "ethereum_address", false);
  lab(rel, tx, "ethereum_tx_hash", false);
}
{
  const rel = "contracts/test/fixtures.ts";
  put(
    rel,
    `import { ethers } from 'hardhat';

// default hardhat node accounts (mnemonic "test test ... junk")
export const OWNER_PK = '0x${HH0}';
export const ALICE_PK = '${HH1}';
export const OWNER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

export async function owner() {
  return new ethers.Wallet(OWNER_PK, ethers.provider);
}
`,
  );
  lab(rel, `0x${HH0}`, "ethereum_well_known_dev_key", false);
  lab(rel, HH1, "ethereum_well_known_dev_key", false);
  lab(rel, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "ethereum_address", false);
}
// --- 49 JSON config with EC PEM
{
  const k = ecKey("P-256"),
    p = exp(k, "sec1");
  const rel = "config/notifications.json";
  put(
    rel,
    `${JSON.stringify({ apns: { teamId: "Q7X2M4K9LP", keyId: "N8C3V6B1ZD", topic: "com.northwind.shop", signingKey: p }, retry: { max: 5 } }, null, 2)}\n`,
  );
  lab(rel, escNl(p), "pem_private_key_in_json", true, { decoded: p, verify: vPem() });
}
// --- 50 .NET RSAKeyValue XML
{
  const k = rsaKey(2048),
    bb = (x, l) => bigToBuf(x, l).toString("base64");
  const xml = `<RSAKeyValue><Modulus>${bb(k.n, 256)}</Modulus><Exponent>${bb(k.e)}</Exponent><P>${bb(k.p, 128)}</P><Q>${bb(k.q, 128)}</Q><DP>${bb(k.dp, 128)}</DP><DQ>${bb(k.dq, 128)}</DQ><InverseQ>${bb(k.qi, 128)}</InverseQ><D>${bb(k.d, 256)}</D></RSAKeyValue>`;
  const rel = "src/Billing.Api/App.config";
  put(
    rel,
    `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="LicenseServer" value="https://license.northwind.example" />
    <add key="LicenseSigningKey" value="${xml.replace(/</g, "&lt;").replace(/>/g, "&gt;")}" />
  </appSettings>
  <signing>
    ${xml}
  </signing>
</configuration>
`,
  );
  lab(rel, xml, "dotnet_rsa_key_value_xml", true, {
    verify: () => {
      crypto.createPrivateKey({ key: k.jwk, format: "jwk" });
    },
    note: "same key also appears XML-escaped on the LicenseSigningKey line (labelled separately)",
  });
  lab(rel, xml.replace(/</g, "&lt;").replace(/>/g, "&gt;"), "dotnet_rsa_key_value_xml_escaped", true);
}
// --- 51 PHP heredoc
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs8");
  const rel = "php/config/jwt.php";
  put(
    rel,
    `<?php

return [
    'algo' => 'RS256',
    'ttl' => 3600,
    'private_key' => <<<PEM
${p}PEM,
    'public_key' => env('JWT_PUBLIC_KEY'),
];
`,
  );
  lab(rel, p, "pem_private_key_in_php_heredoc", true, { verify: vPem() });
}
// --- 52 key+cert bundle
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs1");
  const cert = makeCert(k, "mail.northwind.example", CA, "Northwind Internal Root CA R2");
  const rel = "haproxy/certs/mail.northwind.example.pem";
  put(rel, cert + p);
  lab(rel, cert, "pem_certificate", false, { verify: vCert });
  lab(rel, p, "pem_rsa_private_key_pkcs1", true, { verify: vPem() });
}
// --- 53 Rust raw string
{
  const k = okpKey("ed25519"),
    p = exp(k, "pkcs8");
  const rel = "crates/license/src/keys.rs";
  put(
    rel,
    `use ed25519_dalek::pkcs8::DecodePrivateKey;
use ed25519_dalek::SigningKey;

pub const LICENSE_SIGNING_KEY: &str = r#"${p}"#;

pub fn signing_key() -> SigningKey {
    SigningKey::from_pkcs8_pem(LICENSE_SIGNING_KEY).expect("valid key")
}
`,
  );
  lab(rel, p, "pem_private_key_in_rust_raw_string", true, { verify: vPem() });
}
// --- 54 Java PKCS12 load password
{
  const pw = rpass(16),
    rel = "src/main/java/com/northwind/gateway/TlsConfig.java";
  put(
    rel,
    `package com.northwind.gateway;

import java.io.FileInputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;

public final class TlsConfig {
    public static KeyManagerFactory keyManagers() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream("/etc/gateway/gateway.p12")) {
            ks.load(in, "${pw}".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, "${pw}".toCharArray());
        return kmf;
    }
}
`,
  );
  lab(rel, pw, "pkcs12_password", true);
}
// --- 55 Ruby squiggly heredoc
{
  const k = rsaKey(2048),
    p = exp(k, "pkcs1");
  const rel = "config/initializers/saml.rb";
  put(
    rel,
    `Rails.application.config.saml = {
  sp_entity_id: "https://shop.northwind.example/saml/metadata",
  private_key: OpenSSL::PKey::RSA.new(<<~PEM),
${block(p, 4)}  PEM
}
`,
  );
  lab(rel, indent(p, 4), "pem_private_key_in_ruby_heredoc", true, { decoded: p, verify: vPem() });
}
// --- 56 RSA 4096 PKCS#1 id_rsa-style in CI folder
{
  const k = rsaKey(4096),
    p = exp(k, "pkcs1");
  put(".circleci/deploy_key", p);
  lab(".circleci/deploy_key", p, "pem_rsa_private_key_pkcs1", true, { verify: vPem(), note: "4096-bit" });
}
// --- 57 .env with EC key literal \n (single quotes)
{
  const k = okpKey("ed25519"),
    p = exp(k, "pkcs8");
  const rel = "services/webhooks/.env";
  put(rel, `WEBHOOK_URL=https://hooks.northwind.example/in\nWEBHOOK_ED25519_KEY='${escNl(p)}'\n`);
  lab(rel, escNl(p), "pem_private_key_in_env", true, { decoded: p, verify: vPem() });
}
// --- 58 age key in GitHub actions env
{
  const x = okpKey("x25519"),
    sk = bech32Encode("age-secret-key-", x.seed).toUpperCase();
  const rel = ".github/workflows/decrypt-secrets.yml";
  put(
    rel,
    `name: decrypt
on: [push]
jobs:
  decrypt:
    runs-on: ubuntu-latest
    env:
      SOPS_AGE_KEY: ${sk}
    steps:
      - uses: actions/checkout@v4
      - run: sops -d secrets/prod.enc.yaml > /dev/null
`,
  );
  lab(rel, sk, "age_secret_key", true, { decoded: x.seed.toString("hex"), verify: vAge });
}

// ================================================================ negatives (stand-alone files)
{
  const k = rsaKey(2048);
  const spki = pubOf(k).export({ type: "spki", format: "pem" });
  put("keys/public/jwt-verify.pem", spki);
  lab("keys/public/jwt-verify.pem", spki, "pem_public_key", false, { verify: vPemPub });
  const pk1 = pubOf(k).export({ type: "pkcs1", format: "pem" });
  put("keys/public/legacy-rsa-pub.pem", pk1);
  lab("keys/public/legacy-rsa-pub.pem", pk1, "pem_rsa_public_key", false, { verify: vPemPub });
  const e = ecKey("P-256"),
    ep = pubOf(e).export({ type: "spki", format: "pem" });
  put("keys/public/ec-verify.pem", ep);
  lab("keys/public/ec-verify.pem", ep, "pem_public_key", false, { verify: vPemPub });

  const pubj = { kty: "RSA", kid: "sig-2025-03", use: "sig", alg: "RS256", n: k.jwk.n, e: k.jwk.e };
  const ecj = { kty: "EC", kid: "es256-1", use: "sig", alg: "ES256", crv: "P-256", x: e.jwk.x, y: e.jwk.y };
  put("web/public/.well-known/jwks.json", `${JSON.stringify({ keys: [pubj, ecj] }, null, 2)}\n`);
  lab("web/public/.well-known/jwks.json", pubj.n, "jwk_rsa_public", false, {
    verify: vJwk({ kty: "RSA", n: pubj.n, e: pubj.e }),
  });
  lab("web/public/.well-known/jwks.json", ecj.x, "jwk_ec_public", false, {
    verify: vJwk({ kty: "EC", crv: "P-256", x: ecj.x, y: ecj.y }),
  });
  const o = okpKey("ed25519");
  put(
    "jwks/ed25519-public.jwk",
    `${JSON.stringify({ kty: "OKP", crv: "Ed25519", x: o.jwk.x, kid: "ed-pub-7" }, null, 2)}\n`,
  );
  lab("jwks/ed25519-public.jwk", o.jwk.x, "jwk_okp_public", false);
  put(
    "config/node-identity.json",
    `${JSON.stringify({ node_id: "validator-07", public_key: o.pub.toString("hex"), scheme: "ed25519" }, null, 2)}\n`,
  );
  lab("config/node-identity.json", o.pub.toString("hex"), "ed25519_public_key_hex", false);

  const csr = makeCSR(k, "billing.northwind.example");
  put("certs/billing.csr", csr);
  lab("certs/billing.csr", csr, "pem_certificate_request", false);

  put("certs/ca/root-ca.crt", caCert);
  lab("certs/ca/root-ca.crt", caCert, "pem_certificate", false, { verify: vCert });

  const dh = pem("DH PARAMETERS", SEQ(INT(bufToBig(crypto.getDiffieHellman("modp14").getPrime())), INT(2)));
  put("nginx/ssl/dhparam.pem", dh);
  lab("nginx/ssl/dhparam.pem", dh, "pem_dh_parameters", false);
}
{
  // documentation: truncated / elided / placeholder bodies and PEM headers in prose
  const rel = "docs/tls-setup.md";
  const trunc =
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi..\n...\n-----END RSA PRIVATE KEY-----";
  const ph = "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----";
  put(
    rel,
    `# TLS setup

Place the key next to the certificate. The key file must start with the line
\`-----BEGIN PRIVATE KEY-----\` (PKCS#8) or \`-----BEGIN RSA PRIVATE KEY-----\` (PKCS#1);
OpenSSH keys start with \`-----BEGIN OPENSSH PRIVATE KEY-----\` and must be converted first.

Example (truncated):

\`\`\`
${trunc}
\`\`\`

In \`values.yaml\` the key goes under \`tls.privateKey\`:

\`\`\`yaml
tls:
  privateKey: |
    ${ph.replace(/\n/g, "\n    ")}
\`\`\`

Check the fingerprint with \`ssh-keygen -lf ~/.ssh/id_ed25519.pub\`, which prints something like
\`256 SHA256:${sha256(rbytes(8)).toString("base64").replace(/=+$/, "")} you@host (ED25519)\`.
`,
  );
  lab(rel, "`-----BEGIN PRIVATE KEY-----`", "pem_header_in_prose", false);
  lab(rel, "`-----BEGIN OPENSSH PRIVATE KEY-----`", "pem_header_in_prose", false);
  lab(rel, trunc, "pem_private_key_truncated_sample", false);
  lab(rel, ph.replace(/\n/g, "\n    "), "pem_private_key_placeholder", false, { decoded: ph });
  const fp = files.get(rel).match(/SHA256:[A-Za-z0-9+/]{43}/)[0];
  lab(rel, fp, "ssh_key_fingerprint", false);

  const rel2 = "docs/k8s-secrets.md";
  put(
    rel2,
    `## Creating the TLS secret

\`\`\`yaml
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM...
  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2Z0lCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktnd2dnU2tBZ0VBQW9JQkFRQy4uLg==
\`\`\`

Never commit the decoded key; use \`kubectl create secret tls shop-tls --cert=tls.crt --key=tls.key\`.
`,
  );
  lab(
    rel2,
    "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2Z0lCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktnd2dnU2tBZ0VBQW9JQkFRQy4uLg==",
    "k8s_tls_key_base64_truncated_sample",
    false,
    {
      decoded: Buffer.from(
        "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2Z0lCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktnd2dnU2tBZ0VBQW9JQkFRQy4uLg==",
        "base64",
      ).toString(),
    },
  );

  const rel3 = "config/example.env";
  const ex =
    "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\\n-----END PRIVATE KEY-----\\n";
  put(
    rel3,
    `# Copy to .env and fill in\nJWT_PRIVATE_KEY="${ex}"\nDEPLOYER_KEY=0x<your-64-hex-private-key>\nWG_PRIVATE_KEY=\nAGE_KEY=AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n`,
  );
  lab(rel3, ex, "pem_private_key_placeholder", false);
  lab(rel3, "0x<your-64-hex-private-key>", "ethereum_private_key_placeholder", false);
  lab(
    rel3,
    "AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "age_secret_key_placeholder",
    false,
    { note: "invalid charset/checksum" },
  );

  const rel4 = "docs/jwk-format.md";
  put(
    rel4,
    `A private RSA JWK looks like this (values elided):

\`\`\`json
{
  "kty": "RSA",
  "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4...",
  "e": "AQAB",
  "d": "<base64url private exponent>",
  "p": "...",
  "q": "..."
}
\`\`\`
`,
  );
  lab(rel4, "<base64url private exponent>", "jwk_private_placeholder", false);

  const rel5 = "src/lib/detect-pem.ts";
  put(
    rel5,
    `// Refuse to upload files that look like private keys.
const PRIVATE_KEY_HEADERS = [
  '-----BEGIN RSA PRIVATE KEY-----',
  '-----BEGIN EC PRIVATE KEY-----',
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  '-----BEGIN PGP PRIVATE KEY BLOCK-----',
];
const PEM_RE = /-----BEGIN ([A-Z ]+ )?PRIVATE KEY-----[\\s\\S]+?-----END \\1?PRIVATE KEY-----/;

export function looksLikePrivateKey(text: string): boolean {
  return PEM_RE.test(text) || PRIVATE_KEY_HEADERS.some((h) => text.includes(h));
}
`,
  );
  lab(rel5, "'-----BEGIN RSA PRIVATE KEY-----'", "pem_header_in_code", false);
  lab(rel5, "/-----BEGIN ([A-Z ]+ )?PRIVATE KEY-----", "pem_regex_in_code", false);

  const rel6 = "release/SHA256SUMS";
  const h1 = sha256(rbytes(64)).toString("hex"),
    h2 = sha256(rbytes(64)).toString("hex");
  put(
    rel6,
    `${h1}  northwind-cli_2.4.0_linux_amd64.tar.gz\n${h2}  northwind-cli_2.4.0_darwin_arm64.tar.gz\n`,
  );
  lab(rel6, h1, "sha256_digest", false);
  lab(rel6, h2, "sha256_digest", false);
}

// ================================================================ write, README, self-check
for (const [rel, content] of files) {
  const f = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, content);
}
fs.writeFileSync(path.join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
const nPos = labels.filter((l) => l.positive).length,
  nNeg = labels.length - nPos;
const readme = [
  "# blind3g — private key material and look-alikes",
  "",
  `Generated by \`node gen.mjs${SEED === "blind3g-default-seed" ? "" : ` ${SEED}`}\` (seed \`${SEED}\`). ${files.size} files, ${labels.length} labels: ${nPos} positive, ${nNeg} negative.`,
  "Label fields: file (relative to files/), line (1-based line where the value starts), type, secret (exact text as written, may span lines), decoded (for escaped/encoded/indented forms), positive.",
  "",
  ...labels.map(
    (l) => `- ${l.positive ? "POS" : "NEG"} \`${l.file}:${l.line}\` ${l.type}${l.note ? ` — ${l.note}` : ""}`,
  ),
  "",
  "## Construction notes",
  "- All keys derive from the seed: RSA from seeded primes (imported via JWK), EC from a seeded scalar, Ed25519/X25519 from a seeded 32-byte seed.",
  "- Encrypted PKCS#8 (PBES2/PBKDF2-SHA256/AES-256-CBC) and legacy Proc-Type PEM are built by hand with seeded salt/IV and decrypt with node:crypto.",
  "- OpenSSH unencrypted keys are real openssh-key-v1 (ssh-keygen -y accepts them). The encrypted OpenSSH key has a correct aes256-ctr/bcrypt structure but its ciphertext uses a random AES key (no bcrypt_pbkdf in node:crypto), so no passphrase opens it.",
  "- PuTTY .ppk v2/v3 are unencrypted with a correctly computed Private-MAC (v2 HMAC-SHA1, v3 HMAC-SHA256 with empty key).",
  "- PGP blocks are real v4 RSA key packets + user id + SHA-256 self-certification (gpg imports them, 1 good signature).",
  "- Certificates/CSR are hand-built DER signed with RSA or Ed25519 (openssl verify OK). Hardhat/Anvil dev keys #0 and #1 are the well-known public ones (negatives).",
  "- Unlabelled but present: GCP private_key_id (40 hex) and client_id in gcp/sa-deployer.json; cert/public fields incidental to positive files (e.g. x, y, n members inside private JWKs).",
  "",
].join("\n");
fs.writeFileSync(path.join(HERE, "README.md"), readme);

// self-check: re-read from disk
let fails = 0;
labels.forEach((l, i) => {
  try {
    const content = fs.readFileSync(path.join(OUT, l.file), "utf8");
    const lines = content.split("\n");
    const lineStart = lines.slice(0, l.line - 1).reduce((a, s) => a + s.length + 1, 0);
    const lineEnd = lineStart + lines[l.line - 1].length;
    const idx = content.indexOf(l.secret, lineStart);
    if (idx < 0 || idx > lineEnd) throw new Error("secret does not start on its labelled line");
    const onDisk = content.slice(idx, idx + l.secret.length);
    if (verifiers[i]) verifiers[i]({ ...l, secret: onDisk });
  } catch (e) {
    fails++;
    console.error(`SELF-CHECK FAIL ${l.file}:${l.line} ${l.type}: ${e.message}`);
  }
});
const nVerified = verifiers.filter(Boolean).length;
console.log(
  `seed=${SEED} files=${files.size} labels=${labels.length} positive=${nPos} negative=${nNeg} crypto-verified=${nVerified} failures=${fails} (${Date.now() - t0} ms)`,
);
if (fails) process.exit(1);

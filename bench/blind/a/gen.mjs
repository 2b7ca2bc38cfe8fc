#!/usr/bin/env node
// gen.mjs — generates a blind, labelled secret-scanner test corpus.
//
//   node gen.mjs [seed]
//
// Deletes and rewrites ./files/, ./labels.json and ./neutrals.json next to this script.
// Every credential value is generated at run time from a deterministic stream seeded by
// [seed] (random if omitted; the seed used is printed), in the vendor's real format
// (prefix, length, alphabet, checksum where one exists). No npm dependencies.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.join(HERE, "files");
const LABELS_PATH = path.join(HERE, "labels.json");
const NEUTRALS_PATH = path.join(HERE, "neutrals.json");
const SEED = process.argv[2] ?? crypto.randomBytes(8).toString("hex");

// ---------------------------------------------------------------------------
// Deterministic randomness (HMAC-SHA256 counter stream keyed by the seed)
// ---------------------------------------------------------------------------
const SEED_KEY = crypto.createHash("sha256").update(`blind3a-corpus:${SEED}`).digest();
let rngCounter = 0;
let rngPool = Buffer.alloc(0);
function randBytes(n) {
  while (rngPool.length < n) {
    const block = crypto.createHmac("sha256", SEED_KEY).update(String(rngCounter++)).digest();
    rngPool = Buffer.concat([rngPool, block]);
  }
  const out = Buffer.from(rngPool.subarray(0, n));
  rngPool = rngPool.subarray(n);
  return out;
}
function randInt(n) {
  const limit = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = randBytes(4).readUInt32BE(0);
    if (v < limit) return v % n;
  }
}
const DIG = "0123456789";
const HEX = "0123456789abcdef";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO; // GitHub/npm checksum alphabet order
const ALNUM = UP + LO + DIG;
const B64URL = `${UP + LO + DIG}-_`;
const B32U = `${UP}234567`;
const _B32L = `${LO}234567`;
function randStr(alphabet, len) {
  let s = "";
  for (let i = 0; i < len; i++) s += alphabet[randInt(alphabet.length)];
  return s;
}
const hex = (n) => randStr(HEX, n);
const digits = (n) => String(1 + randInt(9)) + randStr(DIG, n - 1);
const _pick = (arr) => arr[randInt(arr.length)];
const b64 = (buf) => Buffer.from(buf).toString("base64");
const b64u = (buf) => Buffer.from(buf).toString("base64url");
function uuid4() {
  const b = randBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const T0 = 1704067200; // 2024-01-01T00:00:00Z — fixed so that runs are reproducible
const ts = (spanDays = 300) => T0 + randInt(spanDays * 86400);
const isoAt = (t) => new Date(t * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

// ---------------------------------------------------------------------------
// Checksums / encodings
// ---------------------------------------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(data) {
  const buf = typeof data === "string" ? Buffer.from(data) : data;
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, pad) {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(pad, "0");
}
// bech32 (BIP-173), used by age keys
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bechPolymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
const bechHrpExpand = (hrp) => [
  ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
  0,
  ...[...hrp].map((c) => c.charCodeAt(0) & 31),
];
function convertBits(data, from, to) {
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
  if (bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
function bech32Encode(hrp, bytes) {
  const data = convertBits(bytes, 8, 5);
  const mod = bechPolymod([...bechHrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...chk].map((d) => BECH[d]).join("")}`;
}
function bech32Verify(str) {
  const s = str.toLowerCase();
  const pos = s.lastIndexOf("1");
  const hrp = s.slice(0, pos);
  const data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  return bechPolymod([...bechHrpExpand(hrp), ...data]) === 1;
}

// ---------------------------------------------------------------------------
// Key material (deterministic given the seed, produced/serialised by node:crypto)
// ---------------------------------------------------------------------------
const bnToBuf = (n) => {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex");
};
function modInv(a, m) {
  let [or, r] = [((a % m) + m) % m, m];
  let [os, s] = [1n, 0n];
  while (r !== 0n) {
    const q = or / r;
    [or, r] = [r, or - q * r];
    [os, s] = [s, os - q * s];
  }
  if (or !== 1n) throw new Error("not invertible");
  return ((os % m) + m) % m;
}
function genPrime(bits) {
  for (;;) {
    const b = randBytes(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    const n = BigInt(`0x${b.toString("hex")}`);
    if ((n - 1n) % 65537n === 0n) continue;
    if (crypto.checkPrimeSync(n, { checks: 32 })) return n;
  }
}
// RSA key built from seeded primes and imported through node:crypto (JWK), so PEM/DER export
// is done by OpenSSL exactly as generateKeyPairSync would, but the key is reproducible.
function rsaKey(bits = 2048) {
  const e = 65537n;
  let p, q;
  do {
    p = genPrime(bits / 2);
    q = genPrime(bits / 2);
  } while (p === q);
  if (p < q) [p, q] = [q, p];
  const n = p * q;
  const d = modInv(e, (p - 1n) * (q - 1n));
  const jwk = {
    kty: "RSA",
    n: b64u(bnToBuf(n)),
    e: "AQAB",
    d: b64u(bnToBuf(d)),
    p: b64u(bnToBuf(p)),
    q: b64u(bnToBuf(q)),
    dp: b64u(bnToBuf(d % (p - 1n))),
    dq: b64u(bnToBuf(d % (q - 1n))),
    qi: b64u(bnToBuf(modInv(q, p))),
  };
  return crypto.createPrivateKey({ key: jwk, format: "jwk" });
}
function ecKeyP256() {
  for (;;) {
    const d = randBytes(32);
    try {
      const ecdh = crypto.createECDH("prime256v1");
      ecdh.setPrivateKey(d);
      const pub = ecdh.getPublicKey();
      const jwk = {
        kty: "EC",
        crv: "P-256",
        d: b64u(d),
        x: b64u(pub.subarray(1, 33)),
        y: b64u(pub.subarray(33)),
      };
      return crypto.createPrivateKey({ key: jwk, format: "jwk" });
    } catch {
      /* d >= n, retry */
    }
  }
}
function ed25519FromSeed(seed) {
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const priv = crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  const pub = Buffer.from(crypto.createPublicKey(priv).export({ format: "jwk" }).x, "base64url");
  return { priv, pub };
}
function x25519PubFromSeed(seed) {
  const der = Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), seed]);
  const priv = crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  return Buffer.from(crypto.createPublicKey(priv).export({ format: "jwk" }).x, "base64url");
}
const sshString = (b) => {
  const buf = Buffer.isBuffer(b) ? b : Buffer.from(b);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
};
const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, "g")).join("\n");
// OpenSSH "openssh-key-v1" private key (unencrypted ed25519), as ssh-keygen writes it.
function opensshEd25519(comment) {
  const seed = randBytes(32);
  const { pub } = ed25519FromSeed(seed);
  const pubBlob = Buffer.concat([sshString("ssh-ed25519"), sshString(pub)]);
  const check = randBytes(4);
  let privSection = Buffer.concat([
    check,
    check,
    sshString("ssh-ed25519"),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(comment),
  ]);
  const pad = [];
  for (let i = 1; (privSection.length + pad.length) % 8 !== 0; i++) pad.push(i);
  privSection = Buffer.concat([privSection, Buffer.from(pad)]);
  const nkeys = Buffer.alloc(4);
  nkeys.writeUInt32BE(1);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshString("none"),
    sshString("none"),
    sshString(""),
    nkeys,
    sshString(pubBlob),
    sshString(privSection),
  ]);
  return {
    pem: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(blob), 70)}\n-----END OPENSSH PRIVATE KEY-----`,
    pubLine: `ssh-ed25519 ${b64(pubBlob)}`,
  };
}
// Minimal DER writer for a self-signed X.509 v3 certificate (public, hard negative).
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 0xff);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
const der = (tag, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
};
const SEQ = (...p) => der(0x30, ...p);
const SET = (...p) => der(0x31, ...p);
const INT = (buf) => der(0x02, buf[0] & 0x80 ? Buffer.concat([Buffer.from([0]), buf]) : buf);
function OID(str) {
  const parts = str.split(".").map(Number);
  const bytes = [40 * parts[0] + parts[1]];
  for (const p of parts.slice(2)) {
    const enc = [p & 0x7f];
    let v = p >>> 7;
    while (v > 0) {
      enc.unshift((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(...enc);
  }
  return der(0x06, Buffer.from(bytes));
}
const UTF8 = (s) => der(0x0c, Buffer.from(s));
const PRINTABLE = (s) => der(0x13, Buffer.from(s));
const UTCTIME = (t) =>
  der(0x17, Buffer.from(`${new Date(t * 1000).toISOString().replace(/[-:T]/g, "").slice(2, 14)}Z`));
function selfSignedCert(privKey, cn, notBefore, days) {
  const name = SEQ(
    SET(SEQ(OID("2.5.4.6"), PRINTABLE("US"))),
    SET(SEQ(OID("2.5.4.10"), UTF8("Acme Corp"))),
    SET(SEQ(OID("2.5.4.3"), UTF8(cn))),
  );
  const sigAlg = SEQ(OID("1.2.840.113549.1.1.11"), Buffer.from([0x05, 0x00]));
  const spki = crypto.createPublicKey(privKey).export({ type: "spki", format: "der" });
  const serial = randBytes(16);
  serial[0] &= 0x7f;
  const tbs = SEQ(
    der(0xa0, INT(Buffer.from([2]))),
    INT(serial),
    sigAlg,
    name,
    SEQ(UTCTIME(notBefore), UTCTIME(notBefore + days * 86400)),
    name,
    spki,
  );
  const sig = crypto.sign("sha256", tbs, privKey);
  const cert = SEQ(tbs, sigAlg, der(0x03, Buffer.concat([Buffer.from([0]), sig])));
  return `-----BEGIN CERTIFICATE-----\n${wrap(b64(cert), 64)}\n-----END CERTIFICATE-----`;
}
// Small real PNG (for base64 image hard negatives)
function pngBytes(w, h) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const rows = [];
  for (let y = 0; y < h; y++) rows.push(Buffer.concat([Buffer.from([0]), randBytes(w * 4)]));
  return Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// Credential generators (one per vendor format)
// ---------------------------------------------------------------------------
const JWT_KEYS = new Map(); // jwt -> HMAC secret, for self-check only
function jwtHS256(payload, secret) {
  const h = b64u(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64u(JSON.stringify(payload));
  const tok = `${h}.${p}.${crypto.createHmac("sha256", secret).update(`${h}.${p}`).digest("base64url")}`;
  JWT_KEYS.set(tok, secret);
  return tok;
}
const ghStyle = (prefix) => {
  const e = randStr(B62, 30);
  return prefix + e + base62(crc32(e), 6);
};
function pypiToken() {
  const hmac = (k, m) => crypto.createHmac("sha256", k).update(m).digest();
  const loc = Buffer.from("pypi.org");
  const id = Buffer.from(uuid4());
  const caveat = Buffer.from(
    JSON.stringify({ permissions: "user", version: 1 }).replace(/,/g, ", ").replace(/":/g, '": '),
  );
  const rootKey = randBytes(32);
  let sig = hmac(hmac("macaroons-key-generator", rootKey), id);
  sig = hmac(sig, caveat);
  const pkt = (type, data) => Buffer.concat([Buffer.from([type, data.length]), data]);
  const bin = Buffer.concat([
    Buffer.from([2]),
    pkt(1, loc),
    pkt(2, id),
    Buffer.from([0]),
    pkt(2, caveat),
    Buffer.from([0]),
    Buffer.from([0]),
    pkt(6, sig),
  ]);
  return `pypi-${b64u(bin)}`;
}
function vaultServiceToken() {
  const inner = Buffer.from(`hvs.${randStr(ALNUM, 24)}`);
  const body = Buffer.concat([
    Buffer.from([0x08, 0x01, 0x12, 0x20]),
    randBytes(32),
    Buffer.from([0x1a, inner.length + 2, 0x0a, inner.length]),
    inner,
  ]);
  return `hvs.${b64u(body)}`;
}
function nugetKey() {
  const c = "abcdefghijklmnopqrstuvwxyz234567";
  return (
    "oy2" +
    randStr("abcdefghijklmnop", 1) +
    randStr(c, 15) +
    randStr("aq", 1) +
    randStr(c, 11) +
    randStr("eu", 1) +
    randStr("bdfhjlnprtvxz357", 1) +
    randStr("abcdefghijklmnop", 1) +
    randStr(c, 11) +
    randStr("aeimquy4", 1)
  );
}
function discordToken() {
  const ms = BigInt((T0 - 400 * 86400 + randInt(600 * 86400)) * 1000 + randInt(1000));
  const id = ((ms - 1420070400000n) << 22n) | BigInt(randInt(1 << 22));
  const tsb = Buffer.alloc(4);
  tsb.writeUInt32BE(ts() - 1293840000);
  return `${b64(Buffer.from(id.toString())).replace(/=+$/, "")}.${b64u(tsb)}.${randStr(B64URL, 38)}`;
}
function sentryOrgToken(org) {
  const payload = {
    iat: ts() + randInt(1e6) / 1e6,
    url: "https://sentry.io",
    region_url: "https://us.sentry.io",
    org,
  };
  return `sntrys_${b64(JSON.stringify(payload))}_${b64(randBytes(32)).replace(/=+$/, "")}`;
}
function grafanaSaToken() {
  const secret = randStr(ALNUM, 32);
  const c = Buffer.alloc(4);
  c.writeUInt32LE(crc32(`glsa_${secret}`));
  return `glsa_${secret}_${c.toString("hex")}`;
}
function ageKeyPair() {
  const seed = randBytes(32);
  return {
    secret: bech32Encode("age-secret-key-", seed).toUpperCase(),
    public: bech32Encode("age", x25519PubFromSeed(seed)),
  };
}
const azureAdSecret = () =>
  `${randStr(`${ALNUM}_~.-`, 2) + randStr(ALNUM, 1)}8Q~${randStr(`${ALNUM}_~.-`, 33)}${randStr(ALNUM, 1)}`;
const stripeLike = (prefix) => `${prefix}51${randStr(ALNUM, 97)}`;
const strongPassword = (n = 20) =>
  randStr(ALNUM, 2) + randStr(`${ALNUM}!%*+-=?^_`, n - 4) + randStr(ALNUM, 2);
const urlPassword = (n = 24) => randStr(ALNUM, n);
const djangoKey = () => randStr("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50);
const sri = (alg = "sha512") => `${alg}-${crypto.createHash(alg).update(randBytes(64)).digest("base64")}`;
const sha256hex = () => crypto.createHash("sha256").update(randBytes(64)).digest("hex");

// ---------------------------------------------------------------------------
// Label registry. P() = planted credential, N() = hard negative, U() = neutral (not
// labelled, listed in neutrals.json). Each returns an inline marker that is resolved
// to the value (and its 1-based line) when the file is written.
// ---------------------------------------------------------------------------
const REG = [];
const mark = (kind, type, secret, extra) => {
  REG.push({ kind, type, secret, extra: extra ?? {}, uses: 0 });
  return `\u27e6${REG.length - 1}\u27e7`;
};
const P = (type, secret, extra) => mark("P", type, secret, extra);
const N = (type, secret, extra) => mark("N", type, secret, extra);
const U = (type, secret, extra) => mark("U", type, secret, extra);
const FILES = new Map();
const file = (p, content) => {
  if (FILES.has(p)) throw new Error(`dup file ${p}`);
  FILES.set(p, content.replace(/^\n/, ""));
};
// Raw template tag: keeps backslashes literally; `\${` -> `${`, "\`" -> "`".
function R(strings, ...vals) {
  let out = "";
  strings.raw.forEach((s, i) => {
    out += s.replace(/\\(\$\{|`)/g, "$1");
    if (i < vals.length) out += vals[i];
  });
  return out;
}
// Private-key PEMs
const pemOf = (key, type) => key.export({ type, format: "pem" }).trim();

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------
const V = {
  awsId1: `AKIA${randStr(B32U, 16)}`,
  awsSecret1: b64(randBytes(30)),
  awsId2: `AKIA${randStr(B32U, 16)}`,
  awsSecret2: b64(randBytes(30)),
  awsIdTmp: `ASIA${randStr(B32U, 16)}`,
  awsSecretTmp: b64(randBytes(30)),
  gmaps1: `AIzaSy${randStr(B64URL, 33)}`,
  gmaps2: `AIzaSy${randStr(B64URL, 33)}`,
  gocspx1: `GOCSPX-${randStr(B64URL, 28)}`,
  gocspx2: `GOCSPX-${randStr(B64URL, 28)}`,
  azStor1: b64(randBytes(64)),
  azStor2: b64(randBytes(64)),
  azAd1: azureAdSecret(),
  azAd2: azureAdSecret(),
  do1: `dop_v1_${hex(64)}`,
  do2: `dop_v1_${hex(64)}`,
  ghp1: ghStyle("ghp_"),
  ghp2: ghStyle("ghp_"),
  ghFine1: `github_pat_11${randStr(UP + DIG, 20)}_${randStr(ALNUM, 59)}`,
  ghFine2: `github_pat_11${randStr(UP + DIG, 20)}_${randStr(ALNUM, 59)}`,
  gho1: ghStyle("gho_"),
  gho2: ghStyle("gho_"),
  ghs1: ghStyle("ghs_"),
  ghu1: ghStyle("ghu_"),
  ghr1: ghStyle("ghr_"),
  glpat1: `glpat-${randStr(`${ALNUM}_-`, 19)}${randStr(ALNUM, 1)}`,
  glpat2: `glpat-${randStr(`${ALNUM}_-`, 19)}${randStr(ALNUM, 1)}`,
  circle: `CCIPAT_${randStr(ALNUM, 22)}_${hex(40)}`,
  tfc: `${randStr(LO + DIG, 14)}.atlasv1.${randStr(ALNUM, 67)}`,
  pulumi: `pul-${hex(40)}`,
  docker1: `dckr_pat_${randStr(B64URL, 26)}${randStr(ALNUM, 1)}`,
  docker2: `dckr_pat_${randStr(B64URL, 26)}${randStr(ALNUM, 1)}`,
  npm1: ghStyle("npm_"),
  npm2: ghStyle("npm_"),
  pypi1: pypiToken(),
  pypi2: pypiToken(),
  rubygems: `rubygems_${hex(48)}`,
  nuget: nugetKey(),
  openaiProj: `sk-proj-${randStr(B64URL, 74)}T3BlbkFJ${randStr(B64URL, 73)}${randStr(ALNUM, 1)}`,
  openaiLegacy: `sk-${randStr(ALNUM, 20)}T3BlbkFJ${randStr(ALNUM, 20)}`,
  openaiSvc: `sk-proj-${randStr(B64URL, 74)}T3BlbkFJ${randStr(B64URL, 73)}${randStr(ALNUM, 1)}`,
  anth1: `sk-ant-api03-${randStr(B64URL, 93)}AA`,
  anth2: `sk-ant-api03-${randStr(B64URL, 93)}AA`,
  hf1: `hf_${randStr(UP + LO, 34)}`,
  hf2: `hf_${randStr(UP + LO, 34)}`,
  groq1: `gsk_${randStr(ALNUM, 52)}`,
  groq2: `gsk_${randStr(ALNUM, 52)}`,
  ls1: `lsv2_pt_${hex(32)}_${hex(10)}`,
  ls2: `lsv2_pt_${hex(32)}_${hex(10)}`,
  sk1: stripeLike("sk_live_"),
  sk2: stripeLike("sk_live_"),
  rk1: stripeLike("rk_live_"),
  whsec1: `whsec_${randStr(ALNUM, 32)}`,
  whsec2: `whsec_${randStr(ALNUM, 32)}`,
  xoxb1: `xoxb-${digits(12)}-${digits(13)}-${randStr(ALNUM, 24)}`,
  xoxb2: `xoxb-${digits(12)}-${digits(13)}-${randStr(ALNUM, 24)}`,
  xoxp: `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`,
  slackHook1: `https://hooks.slack.com/services/T${randStr(UP + DIG, 10)}/B${randStr(UP + DIG, 10)}/${randStr(ALNUM, 24)}`,
  slackHook2: `https://hooks.slack.com/services/T${randStr(UP + DIG, 10)}/B${randStr(UP + DIG, 10)}/${randStr(ALNUM, 24)}`,
  twSid1: `AC${hex(32)}`,
  twSid2: `AC${hex(32)}`,
  twKey: `SK${hex(32)}`,
  twKeySecret: randStr(ALNUM, 32),
  twAuth: hex(32),
  sg1: `SG.${randStr(B64URL, 22)}.${randStr(B64URL, 42)}${randStr(ALNUM, 1)}`,
  sg2: `SG.${randStr(B64URL, 22)}.${randStr(B64URL, 42)}${randStr(ALNUM, 1)}`,
  discord1: discordToken(),
  discord2: discordToken(),
  tg1: `${digits(10)}:AA${randStr(B64URL, 32)}${randStr(ALNUM, 1)}`,
  tg2: `${digits(10)}:AA${randStr(B64URL, 32)}${randStr(ALNUM, 1)}`,
  ddApi1: hex(32),
  ddApp1: hex(40),
  ddApi2: hex(32),
  nrak: `NRAK-${randStr(UP + DIG, 27)}`,
  sentry1: sentryOrgToken("acme-storefront"),
  sentry2: sentryOrgToken("acme-rentals"),
  grafana: grafanaSaToken(),
  okta1: `00${randStr(B64URL, 39)}${randStr(ALNUM, 1)}`,
  okta2: `00${randStr(B64URL, 39)}${randStr(ALNUM, 1)}`,
  vault1: vaultServiceToken(),
  vault2: vaultServiceToken(),
  dopplerSt: `dp.st.prd.${randStr(ALNUM, 43)}`,
  dopplerPt: `dp.pt.${randStr(ALNUM, 43)}`,
  shopify1: `shpat_${hex(32)}`,
  shopify2: `shpat_${hex(32)}`,
  dbx1: `dapi${hex(32)}`,
  dbx2: `dapi${hex(32)}`,
  django1: djangoKey(),
  django2: djangoKey(),
  rails1: hex(128),
  rails2: hex(128),
  pw1: strongPassword(22),
  pw2: strongPassword(24),
  pw3: strongPassword(20),
  jwtSecret1: b64(randBytes(48)),
  jwtSecret2: hex(64),
  clientSecretOkta: randStr(B64URL, 39) + randStr(ALNUM, 1),
  clientSecretAuth0: randStr(B64URL, 63) + randStr(ALNUM, 1),
  bearer1: randStr(ALNUM, 48),
  bearer2: randStr(`${ALNUM}-_`, 43) + randStr(ALNUM, 1),
};
V.pgUri1 = `postgresql://storefront_app:${urlPassword(26)}@prod-db.cluster-${randStr(LO + DIG, 12)}.us-east-1.rds.amazonaws.com:5432/storefront?sslmode=require`;
V.pgUri2 = `postgres://billing_rw:${urlPassword(24)}@10.20.3.14:5432/billing?sslmode=disable`;
V.pgUri3 = `postgres://rentals:${urlPassword(28)}@rentals-prod.${randStr(LO + DIG, 10)}.eu-west-1.rds.amazonaws.com:5432/rentals_production`;
V.myUri1 = `mysql://shop:${urlPassword(22)}@127.0.0.1:3306/shop?serverVersion=8.0.32&charset=utf8mb4`;
V.myUri2 = `mysql://storefront:${urlPassword(24)}@mysql-primary.data.svc.cluster.local:3306/storefront`;
V.mongo1 = `mongodb+srv://inventory-svc:${urlPassword(20)}@cluster0.${randStr(LO + DIG, 5)}.mongodb.net/inventory?retryWrites=true&w=majority`;
V.mongo2 = `mongodb+srv://chatops:${urlPassword(20)}@chatops.${randStr(LO + DIG, 5)}.mongodb.net/bot?retryWrites=true&w=majority`;
V.redis1 = `rediss://default:${urlPassword(32)}@redis-${digits(5)}.c${randInt(300)}.us-east-1-2.ec2.redns.redis-cloud.com:${digits(5)}`;
V.redis2 = `redis://:${urlPassword(28)}@10.0.12.7:6379/2`;
V.basic1 = `https://ci-publisher:${urlPassword(22)}@artifacts.acme.internal/repository/releases`;
V.basic2 = `https://backup:${urlPassword(24)}@restic.acme.internal:8000/prod-db`;
V.basic3 = `https://ml-bot:${urlPassword(20)}@pypi.acme.internal/simple/`;
V.age = ageKeyPair();
V.sshDeploy = opensshEd25519("deploy@acme-ci");
V.sshBastion = opensshEd25519("deploy@bastion");
V.sshAdminPub = opensshEd25519("alice@laptop").pubLine;
V.rsaServer = rsaKey(2048);
V.rsaGcp = rsaKey(2048);
V.rsaSigner = rsaKey(2048);
V.ecJwt = ecKeyP256();
V.supabaseRef = randStr(LO, 20);
V.supabaseJwtSecret = b64(randBytes(48));
V.supabaseService = jwtHS256(
  {
    iss: "supabase",
    ref: V.supabaseRef,
    role: "service_role",
    iat: T0 - 86400 * 90,
    exp: T0 - 86400 * 90 + 315360000,
  },
  V.supabaseJwtSecret,
);
V.supabaseAnon = jwtHS256(
  {
    iss: "supabase",
    ref: V.supabaseRef,
    role: "anon",
    iat: T0 - 86400 * 90,
    exp: T0 - 86400 * 90 + 315360000,
  },
  V.supabaseJwtSecret,
);
{
  const iat = ts();
  V.adminJwt = jwtHS256(
    { sub: uuid4(), email: "ops-admin@acme.example", role: "admin", iat, exp: iat + 30 * 86400 },
    Buffer.from(V.jwtSecret1, "base64"),
  );
}
V.jwtIo = (() => {
  // the well-known jwt.io example token, reproduced (not a secret)
  const h = b64u(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64u(JSON.stringify({ sub: "1234567890", name: "John Doe", iat: 1516239022 }));
  return `${h}.${p}.${crypto.createHmac("sha256", "your-256-bit-secret").update(`${h}.${p}`).digest("base64url")}`;
})();
const gcpSa = {
  keyId: hex(40),
  clientId: digits(21),
  project: `acme-platform-${digits(6)}`,
  pem: `${pemOf(V.rsaGcp, "pkcs8")}\n`,
};
// Hard-negative material
const NEG = {
  akiaExample: "AKIAIOSFODNN7EXAMPLE",
  awsSecretExample: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  azurite: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
  pkLive: stripeLike("pk_live_"),
  mapboxPk: `pk.${b64u(JSON.stringify({ u: "acme-maps", a: randStr(LO + DIG, 25) }))}.${randStr(B64URL, 22)}`,
  recaptcha: `6L${randStr(B64URL, 38)}`,
  googleClientId1: `${digits(12)}-${randStr(LO + DIG, 32)}.apps.googleusercontent.com`,
  googleClientId2: `${digits(12)}-${randStr(LO + DIG, 32)}.apps.googleusercontent.com`,
  oktaClientId: `0oa${randStr(ALNUM, 17)}`,
  auth0ClientId: randStr(ALNUM, 32),
  tenant1: uuid4(),
  tenant2: uuid4(),
  appClientId: uuid4(),
  png1: b64(pngBytes(12, 12)),
  png2: b64(pngBytes(20, 14)),
  woff2: b64(Buffer.concat([Buffer.from("wOF2"), Buffer.from([0, 1, 0, 0]), randBytes(540)])),
  certServer: selfSignedCert(V.rsaServer, "api.acme.internal", T0 + 86400 * 30, 1095),
  ecPub: crypto.createPublicKey(V.ecJwt).export({ type: "spki", format: "pem" }).trim(),
  bcrypt1: `$2a$12$${randStr(`./${UP}${LO}${DIG}`, 53)}`,
  bcrypt2: `$2a$12$${randStr(`./${UP}${LO}${DIG}`, 53)}`,
};

// ===========================================================================
// Repository 1: storefront-api (Node.js / Express)
// ===========================================================================
file(
  "storefront-api/package.json",
  R`
{
  "name": "storefront-api",
  "version": "2.14.0",
  "private": true,
  "main": "src/server.js",
  "scripts": {
    "start": "node src/server.js",
    "dev": "nodemon src/server.js",
    "test": "jest",
    "sync:issues": "node scripts/sync-issues.js"
  },
  "dependencies": {
    "@octokit/rest": "^20.0.2",
    "axios": "^1.6.7",
    "dotenv": "^16.4.1",
    "express": "^4.18.2",
    "jsonwebtoken": "^9.0.2",
    "stripe": "^14.14.0"
  },
  "devDependencies": {
    "jest": "^29.7.0",
    "nodemon": "^3.0.3"
  }
}
`,
);

file(
  "storefront-api/package-lock.json",
  R`
{
  "name": "storefront-api",
  "version": "2.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "storefront-api",
      "version": "2.14.0"
    },
    "node_modules/axios": {
      "version": "1.6.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
      "integrity": "${N("integrity_hash", sri())}",
      "dependencies": {
        "follow-redirects": "^1.15.4",
        "form-data": "^4.0.0",
        "proxy-from-env": "^1.1.0"
      }
    },
    "node_modules/dotenv": {
      "version": "16.4.1",
      "resolved": "https://registry.npmjs.org/dotenv/-/dotenv-16.4.1.tgz",
      "integrity": "${N("integrity_hash", sri())}",
      "engines": {
        "node": ">=12"
      }
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "${N("integrity_hash", sri())}",
      "dependencies": {
        "jws": "^3.2.2",
        "semver": "^7.5.4"
      }
    }
  }
}
`,
);

file(
  "storefront-api/.env",
  R`
# storefront-api runtime config (prod)
NODE_ENV=production
PORT=8080
LOG_LEVEL=info

DATABASE_URL=${P("postgres_uri", V.pgUri1)}
REDIS_URL=${P("redis_uri", V.redis1)}

STRIPE_SECRET_KEY=${P("stripe_secret_key", V.sk1)}
STRIPE_WEBHOOK_SECRET=${P("stripe_webhook_secret", V.whsec1)}
STRIPE_PUBLISHABLE_KEY=${N("stripe_publishable_key", NEG.pkLive)}

SENDGRID_API_KEY=${P("sendgrid_api_key", V.sg1)}
MAIL_FROM=orders@shop.example.com

GOOGLE_CLIENT_ID=${N("oauth_client_id", NEG.googleClientId1)}
GOOGLE_CLIENT_SECRET=${P("google_oauth_client_secret", V.gocspx1)}

JWT_SECRET=${P("jwt_secret", V.jwtSecret1)}
SESSION_TTL_SECONDS=86400
`,
);

file(
  "storefront-api/.env.example",
  R`
# Copy to .env and fill in real values. Never commit .env.
NODE_ENV=development
PORT=8080
LOG_LEVEL=debug

DATABASE_URL=${N("local_default_credentials", "postgres://postgres:postgres@localhost:5432/storefront")}
REDIS_URL=redis://localhost:6379

STRIPE_SECRET_KEY=${N("placeholder", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx")}
STRIPE_WEBHOOK_SECRET=${N("placeholder", "whsec_...")}
STRIPE_PUBLISHABLE_KEY=pk_test_...

SENDGRID_API_KEY=${N("placeholder", "<SENDGRID_API_KEY>")}
MAIL_FROM=dev@localhost

GOOGLE_CLIENT_ID=
GOOGLE_CLIENT_SECRET=${N("placeholder", "your-google-client-secret")}

JWT_SECRET=${N("weak_default_password", "changeme")}
SESSION_TTL_SECONDS=86400
`,
);

file(
  "storefront-api/.npmrc",
  R`
@storefront:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken=${P("npm_token", V.npm1)}
//npm.pkg.github.com/:_authToken=${N("env_reference", "${GITHUB_PACKAGES_TOKEN}")}
save-exact=true
`,
);

file(
  "storefront-api/.env.sentry-build-plugin",
  R`
# DO NOT commit this file to your repository!
# The SENTRY_AUTH_TOKEN variable is picked up by the Sentry Build Plugin.
# It's used for authentication when uploading source maps.
# You can also set this env variable in your own \`.env\` files and remove this file.
SENTRY_AUTH_TOKEN=${P("sentry_auth_token", V.sentry1)}
`,
);

const chunk1 = hex(8),
  _chunk2 = hex(8);
file(
  "storefront-api/src/config/index.js",
  R`
'use strict';

const path = require('path');
require('dotenv').config({ path: path.resolve(__dirname, '../../.env') });

module.exports = {
  env: process.env.NODE_ENV || 'development',
  port: parseInt(process.env.PORT, 10) || 8080,
  db: {
    url: process.env.DATABASE_URL,
    pool: { min: 2, max: 10 },
  },
  stripe: {
    secretKey: ${N("env_reference", "process.env.STRIPE_SECRET_KEY")},
    apiVersion: '2023-10-16',
  },
  shopify: {
    shop: 'acme-outfitters.myshopify.com',
    // TODO: move to secrets manager before launch
    adminToken: process.env.SHOPIFY_ADMIN_TOKEN || '${P("shopify_access_token", V.shopify1)}',
    apiVersion: '2024-01',
  },
  maps: {
    apiKey: '${P("google_api_key", V.gmaps1)}',
    region: 'us',
  },
  assets: {
    manifest: '/static/js/main.${N("content_hash", chunk1)}.js',
  },
};
`,
);

file(
  "storefront-api/src/lib/slack.js",
  R`
'use strict';

const axios = require('axios');

const ORDERS_WEBHOOK = '${P("slack_webhook_url", V.slackHook1)}';

async function notifyOrder(order) {
  const text = \`:package: New order #\${order.number} (\${order.total} \${order.currency}) from \${order.email}\`;
  await axios.post(ORDERS_WEBHOOK, { text }, { timeout: 5000 });
}

module.exports = { notifyOrder };
`,
);

file(
  "storefront-api/src/services/payments.ts",
  R`
import Stripe from 'stripe';
import type { Request, Response } from 'express';

const stripe = new Stripe(${N("env_reference", "process.env.STRIPE_API_KEY as string")}, {
  apiVersion: '2023-10-16',
});

// Price IDs are public identifiers and are fine to keep in code.
const PRICES = {
  basic: '${N("stripe_object_id", `price_1${randStr(ALNUM, 23)}`)}',
  pro: '${N("stripe_object_id", `price_1${randStr(ALNUM, 23)}`)}',
} as const;

export async function createCheckout(req: Request, res: Response) {
  const plan = req.body.plan as keyof typeof PRICES;
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: PRICES[plan], quantity: 1 }],
    success_url: 'https://shop.example.com/checkout/success?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://shop.example.com/cart',
  });
  res.json({ url: session.url });
}

export function handleWebhook(req: Request, res: Response) {
  const signature = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, signature, ${N("env_reference", "process.env.STRIPE_WEBHOOK_SECRET!")});
  if (event.type === 'checkout.session.completed') {
    // fulfil order
  }
  res.sendStatus(200);
}
`,
);

file(
  "storefront-api/scripts/sync-issues.js",
  R`
#!/usr/bin/env node
// One-off: mirror open support tickets into GitHub issues.
'use strict';

const { Octokit } = require('@octokit/rest');

const octokit = new Octokit({
  auth: '${P("github_fine_grained_pat", V.ghFine1)}',
  userAgent: 'storefront-sync/1.0',
});

async function main() {
  const tickets = require('./tickets.json');
  for (const t of tickets.filter((x) => x.status === 'open')) {
    await octokit.issues.create({
      owner: 'acme',
      repo: 'storefront',
      title: \`[support] \${t.subject}\`,
      body: t.body,
      labels: ['support'],
    });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
`,
);

file(
  "storefront-api/test/auth.test.js",
  R`
const jwt = require('jsonwebtoken');
const { verifyToken } = require('../src/middleware/auth');

// Fake values for unit tests only.
const TEST_SECRET = '${N("test_fake_value", "test-secret-do-not-use-in-prod")}';
const JWT_IO_SAMPLE = '${N("jwt_io_example", V.jwtIo)}';
const FAKE_GITHUB_TOKEN = '${N("test_fake_value", "ghp_000000000000000000000000000000000000")}';

describe('verifyToken', () => {
  it('accepts a token signed with the configured secret', () => {
    const token = jwt.sign({ sub: 'u_1', role: 'customer' }, TEST_SECRET, { expiresIn: '1h' });
    expect(verifyToken(token, TEST_SECRET).sub).toBe('u_1');
  });

  it('rejects the jwt.io sample token', () => {
    expect(() => verifyToken(JWT_IO_SAMPLE, TEST_SECRET)).toThrow();
  });

  it('never logs integration tokens', () => {
    expect(JSON.stringify({ token: FAKE_GITHUB_TOKEN })).not.toContain('ghp_1');
  });
});
`,
);

file(
  "storefront-api/public/index.html",
  R`
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Acme Outfitters</title>
    <link rel="stylesheet" href="/static/css/app.css" />
    <script src="https://cdn.jsdelivr.net/npm/mapbox-gl@3.1.2/dist/mapbox-gl.js"
            integrity="${N("integrity_hash", sri("sha384"))}"
            crossorigin="anonymous"></script>
    <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  </head>
  <body>
    <div id="root"></div>
    <div id="store-map" data-mapbox-token="${N("mapbox_public_token", NEG.mapboxPk)}"></div>
    <form id="newsletter">
      <input type="email" name="email" required />
      <div class="g-recaptcha" data-sitekey="${N("recaptcha_site_key", NEG.recaptcha)}"></div>
    </form>
    <script src="/static/js/runtime.min.js"></script>
    <script src="/static/js/main.${N("content_hash", chunk1)}.js"></script>
  </body>
</html>
`,
);

const cssHash = randStr(ALNUM, 5);
file(
  "storefront-api/public/static/css/app.css",
  R`
@font-face {
  font-family: "Acme Sans";
  font-display: swap;
  src: url(data:font/woff2;base64,${N("base64_font", NEG.woff2)}) format("woff2");
}
.Header_logo__${N("css_class_hash", cssHash)} {
  width: 24px;
  height: 24px;
  background-image: url("data:image/png;base64,${N("base64_image", NEG.png1)}");
}
.Button_primary__${N("css_class_hash", randStr(ALNUM, 5))} { background: #0b5fff; color: #fff; }
`,
);

const chunkA = hex(20),
  chunkB = hex(20);
file(
  "storefront-api/public/static/js/runtime.min.js",
  R`
!function(){"use strict";var e,t,n={},r={};function o(e){var t=r[e];if(void 0!==t)return t.exports;var i=r[e]={exports:{}};return n[e](i,i.exports,o),i.exports}o.m=n,o.d=function(e,t){for(var n in t)o.o(t,n)&&!o.o(e,n)&&Object.defineProperty(e,n,{enumerable:!0,get:t[n]})},o.o=function(e,t){return Object.prototype.hasOwnProperty.call(e,t)},e=[],t={},o.p="/static/";
o.u=function(e){return"static/js/"+e+"."+{217:"${N("content_hash", chunkA)}",398:"${N("content_hash", chunkB)}"}[e]+".chunk.js"};
}();
`,
);

file(
  "storefront-api/requests/orders.http",
  R`
@baseUrl = https://api.shop.example.com
@adminToken = ${P("jwt", V.adminJwt)}

### List recent orders
GET {{baseUrl}}/v1/orders?limit=20
Authorization: Bearer {{adminToken}}

### Refund an order
POST {{baseUrl}}/v1/orders/ORD-10442/refund
Authorization: Bearer {{adminToken}}
Content-Type: application/json

{ "reason": "customer_request" }
`,
);

file(
  "storefront-api/README.md",
  R`
# storefront-api

Express API behind shop.example.com.

## Local setup

\`\`\`bash
cp .env.example .env
npm ci
npm run dev
\`\`\`

Call the API with a session token:

\`\`\`bash
curl -H "Authorization: Bearer ${N("placeholder", "<TOKEN>")}" http://localhost:8080/v1/orders
\`\`\`

Stripe keys live in 1Password ("Storefront / Stripe"). Use test-mode keys
(\`${N("placeholder", "sk_test_...")}\`) locally.
`,
);

// ===========================================================================
// Repository 2: ml-pipeline (Python)
// ===========================================================================
file(
  "ml-pipeline/config.py",
  R`
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

# --- LLM providers ---------------------------------------------------------
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "${P("openai_api_key", V.openaiProj)}")
OPENAI_MODEL = "gpt-4o-mini"
ANTHROPIC_API_KEY = "${P("anthropic_api_key", V.anth1)}"
CLAUDE_MODEL = "claude-3-5-sonnet-20240620"

# --- Geocoding for the store-locator features ----------------------------------
GOOGLE_MAPS_KEY = "${P("google_api_key", V.gmaps2)}"

# --- Experiment tracking -----------------------------------------------------
WANDB_PROJECT = "demand-forecast"
WANDB_API_KEY = ${N("env_reference", 'os.environ["WANDB_API_KEY"]')}

HF_HOME = BASE_DIR / ".cache" / "huggingface"
BATCH_SIZE = 64
`,
);

file(
  "ml-pipeline/.env",
  R`
GROQ_API_KEY=${P("groq_api_key", V.groq1)}
LANGCHAIN_TRACING_V2=true
LANGCHAIN_ENDPOINT=https://api.smith.langchain.com
LANGCHAIN_API_KEY=${P("langsmith_api_key", V.ls1)}
LANGCHAIN_PROJECT=support-bot
GITHUB_TOKEN=${P("github_fine_grained_pat", V.ghFine2)}
DJANGO_SECRET_KEY='${P("django_secret_key", V.django2)}'
DATABRICKS_HOST=https://adb-${digits(16)}.${1 + randInt(9)}.azuredatabricks.net
DATABRICKS_TOKEN=${P("databricks_token", V.dbx1)}
`,
);

file(
  "ml-pipeline/.databrickscfg",
  R`
[DEFAULT]
host  = https://adb-${digits(16)}.${1 + randInt(9)}.azuredatabricks.net
token = ${P("databricks_token", V.dbx2)}

[staging]
host      = https://dbc-${hex(8)}-${hex(4)}.cloud.databricks.com
auth_type = databricks-cli
`,
);

file(
  "ml-pipeline/.pypirc",
  R`
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = ${P("pypi_token", V.pypi1)}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${N("placeholder", "<your-testpypi-token>")}
`,
);

file(
  "ml-pipeline/Makefile",
  R`
.PHONY: build release test

build:
	python -m build

test:
	pytest -q

release: build
	twine upload --non-interactive -u __token__ -p ${P("pypi_token", V.pypi2)} dist/*
`,
);

file(
  "ml-pipeline/pip.conf",
  R`
[global]
index-url = ${P("basic_auth_url", V.basic3)}
extra-index-url = https://pypi.org/simple
timeout = 60
`,
);

file(
  "ml-pipeline/requirements.txt",
  R`
numpy==1.26.4 \
    --hash=sha256:${N("sha256_checksum", sha256hex())}
pandas==2.2.1 \
    --hash=sha256:${N("sha256_checksum", sha256hex())}
openai==1.13.3
anthropic==0.19.1
huggingface-hub==0.21.4
`,
);

const modelSha = sha256hex();
file(
  "ml-pipeline/scripts/upload_model.sh",
  R`
#!/usr/bin/env bash
set -euo pipefail

MODEL_DIR=\${1:-./artifacts/model}
REPO_ID="acme-ml/demand-forecast-v3"
EXPECTED_SHA256="${N("sha256_checksum", modelSha)}"

export HF_TOKEN=${P("huggingface_token", V.hf2)}

actual=$(sha256sum "$MODEL_DIR/model.safetensors" | cut -d' ' -f1)
if [[ "$actual" != "$EXPECTED_SHA256" ]]; then
  echo "checksum mismatch: $actual" >&2
  exit 1
fi

huggingface-cli upload "$REPO_ID" "$MODEL_DIR" . --repo-type model
`,
);

file(
  "ml-pipeline/dashboard/settings.py",
  R`
"""Django settings for the forecast dashboard."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '${P("django_secret_key", V.django1)}'

DEBUG = False
ALLOWED_HOSTS = ["dashboard.acme.internal"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "forecasts",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dashboard",
        "USER": "dashboard",
        "PASSWORD": ${N("env_reference", 'os.environ.get("DB_PASSWORD", "")')},
        "HOST": "db.acme.internal",
        "PORT": "5432",
    }
}
`,
);

file(
  "ml-pipeline/tests/test_llm_client.py",
  R`
import pytest

from pipeline.llm import LLMClient

FAKE_KEY = "${N("test_fake_value", "sk-fake-key-for-unit-tests")}"


def test_client_requires_key(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ValueError):
        LLMClient()


def test_client_uses_env_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "${N("test_fake_value", "dummy")}")
    assert LLMClient().api_key == "dummy"


def test_explicit_key():
    assert LLMClient(api_key=FAKE_KEY).api_key == FAKE_KEY
`,
);

{
  const src = (s) => s.split("\n").map((l, i, a) => (i < a.length - 1 ? `${l}\n` : l));
  const nb = {
    cells: [
      {
        cell_type: "markdown",
        metadata: {},
        source: src(
          "# Embedding exploration\nQuick look at product-description embeddings before the v3 retrain.",
        ),
      },
      {
        cell_type: "code",
        execution_count: 1,
        metadata: {},
        outputs: [],
        source: src(
          `import os\nimport boto3\nimport numpy as np\nimport pandas as pd\nfrom openai import OpenAI\n\nos.environ["OPENAI_API_KEY"] = "${P("openai_api_key", V.openaiLegacy)}"\nclient = OpenAI()`,
        ),
      },
      {
        cell_type: "code",
        execution_count: 2,
        metadata: {},
        outputs: [],
        source: src(`from huggingface_hub import login\nlogin(token="${P("huggingface_token", V.hf1)}")`),
      },
      {
        cell_type: "code",
        execution_count: 3,
        metadata: {},
        outputs: [],
        source: src(
          `os.environ["LANGCHAIN_TRACING_V2"] = "true"\nos.environ["LANGCHAIN_API_KEY"] = "${P("langsmith_api_key", V.ls2)}"`,
        ),
      },
      {
        cell_type: "code",
        execution_count: 4,
        metadata: {},
        outputs: [],
        source: src(
          `session = boto3.Session(\n    aws_access_key_id="${P("aws_access_key_id", V.awsIdTmp)}",\n    aws_secret_access_key="${P("aws_secret_access_key", V.awsSecretTmp)}",\n    aws_session_token=${N("env_reference", "os.getenv('AWS_SESSION_TOKEN')")},\n    region_name="us-east-1",\n)\ndf = pd.read_parquet("s3://acme-ml-features/products/embeddings.parquet")`,
        ),
      },
      {
        cell_type: "code",
        execution_count: 5,
        metadata: {},
        outputs: [
          {
            data: {
              "image/png": N("base64_image", NEG.png2),
              "text/plain": ["<Figure size 640x480 with 1 Axes>"],
            },
            metadata: {},
            output_type: "display_data",
          },
        ],
        source: src('import matplotlib.pyplot as plt\nplt.scatter(df["x"], df["y"], s=2)\nplt.show()'),
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.7" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  file("ml-pipeline/notebooks/01_explore_embeddings.ipynb", `${JSON.stringify(nb, null, 1)}\n`);
}

// ===========================================================================
// Repository 3: billing-svc (Go)
// ===========================================================================
file(
  "billing-svc/internal/config/config.go",
  R`
package config

import (
	"os"
	"time"
)

// Defaults used when the corresponding environment variable is not set.
// FIXME(jlee): drop the hardcoded credentials once the Vault agent sidecar is rolled out.
const (
	defaultAWSRegion          = "us-east-1"
	defaultAWSAccessKeyID     = "${P("aws_access_key_id", V.awsId1)}"
	defaultAWSSecretAccessKey = "${P("aws_secret_access_key", V.awsSecret1)}"
	defaultInvoiceBucket      = "acme-billing-invoices-prod"
	jwtSigningKey             = "${P("jwt_secret", V.jwtSecret2)}"
	tokenTTL                  = 15 * time.Minute
)

type Config struct {
	AWSRegion          string
	AWSAccessKeyID     string
	AWSSecretAccessKey string
	InvoiceBucket      string
	DatabaseURL        string
	JWTKey             []byte
	TokenTTL           time.Duration
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func Load() *Config {
	return &Config{
		AWSRegion:          getenv("AWS_REGION", defaultAWSRegion),
		AWSAccessKeyID:     getenv("AWS_ACCESS_KEY_ID", defaultAWSAccessKeyID),
		AWSSecretAccessKey: getenv("AWS_SECRET_ACCESS_KEY", defaultAWSSecretAccessKey),
		InvoiceBucket:      getenv("INVOICE_BUCKET", defaultInvoiceBucket),
		DatabaseURL:        ${N("env_reference", 'os.Getenv("DATABASE_URL")')},
		JWTKey:             []byte(getenv("JWT_SIGNING_KEY", jwtSigningKey)),
		TokenTTL:           tokenTTL,
	}
}
`,
);

file(
  "billing-svc/internal/config/config_test.go",
  R`
package config

import "testing"

func TestLoadPrefersEnvironment(t *testing.T) {
	// Values from the AWS documentation; not real credentials.
	t.Setenv("AWS_ACCESS_KEY_ID", "${N("aws_documentation_example", NEG.akiaExample)}")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "${N("aws_documentation_example", NEG.awsSecretExample)}")

	cfg := Load()
	if cfg.AWSAccessKeyID != "AKIAIOSFODNN7EXAMPLE" {
		t.Fatalf("expected env value, got %q", cfg.AWSAccessKeyID)
	}
}
`,
);

file(
  "billing-svc/internal/db/db.go",
  R`
package db

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// fallbackDSN is only used when DATABASE_URL is unset (e.g. on the old batch hosts).
const fallbackDSN = "${P("postgres_uri", V.pgUri2)}"

func Connect(ctx context.Context) (*pgxpool.Pool, error) {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		dsn = fallbackDSN
	}
	return pgxpool.New(ctx, dsn)
}
`,
);

file(
  "billing-svc/internal/notify/sms.go",
  R`
package notify

import (
	"fmt"

	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

const (
	twilioAccountSID = "${U("twilio_account_sid", V.twSid1, { note: "Twilio Account SID is an identifier, not a secret; debatable, left unlabelled" })}"
	twilioAPIKey     = "${P("twilio", V.twKey)}"
	twilioAPISecret  = "${P("twilio", V.twKeySecret)}"
	fromNumber       = "+15017122661"
)

func SendPaymentFailed(to, invoiceID string) error {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username:   twilioAPIKey,
		Password:   twilioAPISecret,
		AccountSid: twilioAccountSID,
	})
	params := &openapi.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom(fromNumber)
	params.SetBody(fmt.Sprintf("Payment for invoice %s failed. Please update your card.", invoiceID))
	_, err := client.Api.CreateMessage(params)
	return err
}
`,
);

file(
  "billing-svc/internal/ghapp/installation.go",
  R`
package ghapp

import (
	"context"
	"net/http"

	"github.com/google/go-github/v60/github"
)

// temporary: installation token for manual debugging against the acme org
var debugInstallationToken = "${P("github_app_token", V.ghs1)}"

func Client(ctx context.Context) *github.Client {
	return github.NewClient(http.DefaultClient).WithAuthToken(debugInstallationToken)
}
`,
);

file("billing-svc/certs/jwt-es256.pem", `${P("private_key", pemOf(V.ecJwt, "sec1"))}\n`);
file("billing-svc/certs/jwt-es256.pub.pem", `${N("public_key", NEG.ecPub)}\n`);

file(
  "billing-svc/go.sum",
  R`
github.com/jackc/pgx/v5 v5.5.3 h1:${N("go_sum_hash", b64(randBytes(32)))}
github.com/jackc/pgx/v5 v5.5.3/go.mod h1:${N("go_sum_hash", b64(randBytes(32)))}
github.com/twilio/twilio-go v1.19.0 h1:${N("go_sum_hash", b64(randBytes(32)))}
`,
);

file(
  "billing-svc/Dockerfile",
  R`
FROM golang:1.22-alpine@sha256:${N("docker_image_digest", sha256hex())} AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/billing-svc ./cmd/billing-svc

FROM alpine:3.19
RUN apk add --no-cache ca-certificates && \
    wget -q -t3 'https://packages.doppler.com/public/cli/rsa.8004D9FF50437357.key' -O /etc/apk/keys/cli@doppler-8004D9FF50437357.rsa.pub && \
    echo 'https://packages.doppler.com/public/cli/alpine/any-version/main' >> /etc/apk/repositories && \
    apk add doppler
COPY --from=build /out/billing-svc /app/billing-svc
ENV DOPPLER_TOKEN=${P("doppler_token", V.dopplerSt)}
CMD ["doppler", "run", "--", "/app/billing-svc"]
`,
);

// ===========================================================================
// Repository 4: inventory-service (Java / Spring Boot)
// ===========================================================================
file(
  "inventory-service/src/main/resources/application.yml",
  R`
spring:
  application:
    name: inventory-service
  datasource:
    url: jdbc:mysql://inventory-db.internal:3306/inventory?useSSL=true
    username: inventory_app
    password: ${N("env_reference", "${DB_PASSWORD}")}
  data:
    mongodb:
      uri: ${P("mongodb_uri", V.mongo1)}
  jpa:
    hibernate:
      ddl-auto: validate

okta:
  oauth2:
    issuer: https://acme.okta.com/oauth2/default
    client-id: ${N("oauth_client_id", NEG.oktaClientId)}
    client-secret: ${P("generic_client_secret", V.clientSecretOkta)}

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
`,
);

file(
  "inventory-service/src/main/resources/application-prod.properties",
  R`
spring.datasource.url=jdbc:mysql://inventory-db.prod.internal:3306/inventory?useSSL=true&requireSSL=true
spring.datasource.username=inventory_app
spring.datasource.password=${P("generic_password", V.pw1)}
spring.datasource.hikari.maximum-pool-size=20

okta.client.org-url=https://acme.okta.com
okta.client.token=${P("okta_api_token", V.okta1)}

management.datadog.metrics.export.api-key=${P("datadog_api_key", V.ddApi1)}
management.datadog.metrics.export.application-key=${P("datadog_api_key", V.ddApp1)}
management.datadog.metrics.export.uri=https://api.datadoghq.com
`,
);

file(
  "inventory-service/src/main/java/com/acme/inventory/config/BlobStorageConfig.java",
  R`
package com.acme.inventory.config;

import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BlobStorageConfig {

    private static final String CONNECTION_STRING =
        "DefaultEndpointsProtocol=https;AccountName=acmeinventoryprod;AccountKey=${P("azure_storage_account_key", V.azStor1)};EndpointSuffix=core.windows.net";

    @Bean
    public BlobServiceClient blobServiceClient() {
        return new BlobServiceClientBuilder()
            .connectionString(CONNECTION_STRING)
            .buildClient();
    }
}
`,
);

file(
  "inventory-service/docker-compose.yml",
  R`
services:
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: inventory
      MYSQL_USER: inventory_app
      MYSQL_PASSWORD: ${N("env_reference", "${MYSQL_PASSWORD:-" + "invent" + "ory}")}
      MYSQL_ROOT_PASSWORD: ${N("weak_default_password", "root")}
    ports:
      - "3306:3306"
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: admin
      MONGO_INITDB_ROOT_PASSWORD: ${N("weak_default_password", "example")}
  app:
    build: .
    depends_on: [mysql, mongo]
    environment:
      SPRING_PROFILES_ACTIVE: local
      SPRING_DATA_MONGODB_URI: ${N("local_default_credentials", "mongodb://admin:example@mongo:27017/inventory?authSource=admin")}
`,
);

// ===========================================================================
// Repository 5: CustomerPortal (C# / ASP.NET Core)
// ===========================================================================
file(
  "CustomerPortal/appsettings.json",
  R`
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "DefaultConnection": "Server=tcp:acme-portal-sql.database.windows.net,1433;Initial Catalog=portal;Persist Security Info=False;User ID=portaladmin;Password=${P("generic_password", V.pw2)};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
    "BlobStorage": "DefaultEndpointsProtocol=https;AccountName=acmeportalfiles;AccountKey=${P("azure_storage_account_key", V.azStor2)};EndpointSuffix=core.windows.net"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "acmecorp.onmicrosoft.com",
    "TenantId": "${N("uuid_identifier", NEG.tenant1)}",
    "ClientId": "${N("uuid_identifier", NEG.appClientId)}",
    "ClientSecret": "${P("azure_ad_client_secret", V.azAd1)}",
    "CallbackPath": "/signin-oidc"
  }
}
`,
);

file(
  "CustomerPortal/appsettings.Development.json",
  R`
{
  "ConnectionStrings": {
    "DefaultConnection": "Server=(localdb)\\mssqllocaldb;Database=portal-dev;Trusted_Connection=True;MultipleActiveResultSets=true",
    "BlobStorage": "UseDevelopmentStorage=true",
    "AzuriteExplicit": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${N("azurite_well_known_key", NEG.azurite)};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
  }
}
`,
);

file(
  "CustomerPortal/client_secret.json",
  `{"web":{"client_id":"${N("oauth_client_id", NEG.googleClientId2)}","project_id":"acme-portal-${digits(4)}","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"${P("google_oauth_client_secret", V.gocspx2)}","redirect_uris":["https://portal.acme.example/signin-google"]}}\n`,
);

file(
  "CustomerPortal/Services/DocumentSigner.cs",
  R`
using System.Security.Cryptography;

namespace CustomerPortal.Services;

public sealed class DocumentSigner
{
    // Signing key for invoice PDFs (rotated 2024-02).
    private const string SigningKeyPem = @"${P("private_key", pemOf(V.rsaSigner, "pkcs8"))}";

    private readonly RSA _rsa;

    public DocumentSigner()
    {
        _rsa = RSA.Create();
        _rsa.ImportFromPem(SigningKeyPem);
    }

    public byte[] Sign(byte[] document) =>
        _rsa.SignData(document, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
}
`,
);

file(
  "CustomerPortal/build/publish.ps1",
  R`
param(
    [string]$Configuration = "Release"
)

$ErrorActionPreference = "Stop"

dotnet pack src/Acme.Portal.Client -c $Configuration -o ./out
dotnet nuget push ./out/*.nupkg --api-key ${P("nuget_api_key", V.nuget)} --source https://api.nuget.org/v3/index.json --skip-duplicate
`,
);

// ===========================================================================
// Repository 6: php-shop (PHP / Symfony-style)
// ===========================================================================
file(
  "php-shop/config/config.php",
  R`
<?php

return [
    'db' => [
        'dsn'      => 'mysql:host=db.internal;dbname=shop;charset=utf8mb4',
        'user'     => 'shop',
        'password' => ${N("env_reference", "getenv('DB_PASSWORD')")},
    ],
    'stripe' => [
        'secret_key'     => '${P("stripe_restricted_key", V.rk1)}',
        'webhook_secret' => '${P("stripe_webhook_secret", V.whsec2)}',
    ],
    'mail' => [
        'sendgrid_key' => '${P("sendgrid_api_key", V.sg2)}',
        'from'         => 'no-reply@shop.example.com',
    ],
    'telegram' => [
        'bot_token' => '${P("telegram_bot_token", V.tg1)}',
        'chat_id'   => '-100${digits(10)}',
    ],
];
`,
);

file(
  "php-shop/.env",
  R`
APP_ENV=prod
APP_DEBUG=0
DATABASE_URL="${P("mysql_uri", V.myUri1)}"
MAILER_DSN=null://null
`,
);

file(
  "php-shop/src/Payment/StripeGateway.php",
  R`
<?php

namespace App\Payment;

use Stripe\StripeClient;

final class StripeGateway
{
    private StripeClient $client;

    public function __construct()
    {
        $this->client = new StripeClient(${N("env_reference", "getenv('STRIPE_SECRET_KEY')")});
    }

    public function refund(string $paymentIntentId): void
    {
        $this->client->refunds->create(['payment_intent' => $paymentIntentId]);
    }
}
`,
);

// ===========================================================================
// Repository 7: rails-app (Ruby on Rails)
// ===========================================================================
file(
  "rails-app/config/secrets.yml",
  R`
# Be sure to restart your server when you modify this file.

development:
  secret_key_base: ${N("env_reference", '<%= ENV["SECRET_KEY_BASE"] %>')}

test:
  secret_key_base: ${N("env_reference", '<%= ENV["SECRET_KEY_BASE"] %>')}

production:
  secret_key_base: ${P("rails_secret_key_base", V.rails1)}
`,
);

file(
  "rails-app/config/database.yml",
  R`
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: rentals_development
  username: postgres
  password: ${N("weak_default_password", "postgres")}

test:
  <<: *default
  database: rentals_test

production:
  <<: *default
  url: ${P("postgres_uri", V.pgUri3)}
`,
);

file(
  "rails-app/config/initializers/stripe.rb",
  R`
Rails.configuration.stripe = {
  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
  secret_key: ENV.fetch("STRIPE_SECRET_KEY") { "${P("stripe_secret_key", V.sk2)}" }
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2023-10-16"
`,
);

file(
  "rails-app/.env.production",
  R`
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
SECRET_KEY_BASE=${P("rails_secret_key_base", V.rails2)}
TWILIO_ACCOUNT_SID=${U("twilio_account_sid", V.twSid2, { note: "identifier, not a secret" })}
TWILIO_AUTH_TOKEN=${P("twilio", V.twAuth)}
TWILIO_FROM=+15017122661
`,
);

file(
  "rails-app/.gem/credentials",
  R`
---
:rubygems_api_key: ${P("rubygems_api_key", V.rubygems)}
`,
);

file(
  "rails-app/.sentryclirc",
  R`
[defaults]
url = https://sentry.io/
org = acme-rentals
project = rentals-web

[auth]
token = ${P("sentry_auth_token", V.sentry2)}
`,
);

file(
  "rails-app/spec/fixtures/users.yml",
  R`
admin:
  email: admin@example.com
  encrypted_password: "${N("bcrypt_hash", NEG.bcrypt1)}"
  role: admin

renter:
  email: renter@example.com
  encrypted_password: "${N("bcrypt_hash", NEG.bcrypt2)}"
  role: renter
`,
);

// ===========================================================================
// Repository 8: chatops-bot (Python + Node)
// ===========================================================================
file(
  "chatops-bot/.env",
  R`
SLACK_BOT_TOKEN=${P("slack_bot_token", V.xoxb1)}
DISCORD_TOKEN=${P("discord_bot_token", V.discord1)}
ANTHROPIC_API_KEY=${P("anthropic_api_key", V.anth2)}
REDIS_URL=${P("redis_uri", V.redis2)}
MONGO_URL=${P("mongodb_uri", V.mongo2)}
AUTH0_DOMAIN=acme.us.auth0.com
AUTH0_CLIENT_ID=${N("oauth_client_id", NEG.auth0ClientId)}
AUTH0_CLIENT_SECRET=${P("generic_client_secret", V.clientSecretAuth0)}
`,
);

file(
  "chatops-bot/bot/app.py",
  R`
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(
    token="${P("slack_bot_token", V.xoxb2)}",
    signing_secret=${N("env_reference", 'os.environ["SLACK_SIGNING_SECRET"]')},
)


@app.command("/deploy")
def deploy(ack, respond, command):
    ack()
    respond(f"Deploying {command['text']} ...")


if __name__ == "__main__":
    SocketModeHandler(app, ${N("env_reference", 'os.environ["SLACK_APP_TOKEN"]')}).start()
`,
);

file(
  "chatops-bot/bot/discord_bridge.py",
  R`
import discord

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


@client.event
async def on_message(message):
    if message.author == client.user:
        return
    if message.content.startswith("!status"):
        await message.channel.send("All systems operational.")


client.run("${P("discord_bot_token", V.discord2)}")
`,
);

file(
  "chatops-bot/src/llm.js",
  R`
'use strict';

const Groq = require('groq-sdk');

const groq = new Groq({ apiKey: '${P("groq_api_key", V.groq2)}' });

async function summarize(thread) {
  const res = await groq.chat.completions.create({
    model: 'llama3-70b-8192',
    messages: [
      { role: 'system', content: 'Summarize this incident thread in three bullet points.' },
      { role: 'user', content: thread },
    ],
  });
  return res.choices[0].message.content;
}

module.exports = { summarize };
`,
);

file(
  "chatops-bot/src/supabase.js",
  R`
import { createClient } from '@supabase/supabase-js';

const SUPABASE_URL = 'https://${V.supabaseRef}.supabase.co';

// The anon key is meant to be public (it ships in the browser bundle).
export const SUPABASE_ANON_KEY = '${N("supabase_anon_key", V.supabaseAnon)}';

// Server-side only! Bypasses row level security.
const SUPABASE_SERVICE_ROLE_KEY = '${P("jwt", V.supabaseService)}';

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);
export const supabaseAdmin = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { persistSession: false },
});
`,
);

// ===========================================================================
// Repository 9: infra (Terraform, Kubernetes, CI)
// ===========================================================================
file(
  "infra/terraform/prod.tfvars",
  R`
environment         = "prod"
region              = "nyc3"
do_token            = "${P("digitalocean_token", V.do1)}"
datadog_api_key     = "${P("datadog_api_key", V.ddApi2)}"
newrelic_account_id = ${digits(7)}
newrelic_api_key    = "${P("new_relic_user_api_key", V.nrak)}"
azure_tenant_id     = "${N("uuid_identifier", NEG.tenant2)}"
azure_client_id     = "${N("uuid_identifier", uuid4())}"
azure_client_secret = "${P("azure_ad_client_secret", V.azAd2)}"
`,
);

file(
  "infra/terraform/variables.tf",
  R`
variable "environment" {
  type = string
}

variable "do_token" {
  type      = string
  sensitive = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "db_admin_password" {
  type        = string
  description = "Initial admin password for the managed database (rotate after first apply)"
  default     = "${N("weak_default_password", "changeme")}"
}
`,
);

file(
  "infra/terraform/providers.tf",
  R`
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
    vault = {
      source  = "hashicorp/vault"
      version = "~> 3.25"
    }
    google = {
      source  = "hashicorp/google"
      version = "~> 5.20"
    }
  }

  cloud {
    organization = "acme"
    workspaces {
      name = "platform-prod"
    }
  }
}

provider "digitalocean" {
  token = ${N("env_reference", "var.do_token")}
}

provider "vault" {
  address = "https://vault.acme.internal:8200"
  token   = "${P("vault_token", V.vault1)}"
}

provider "google" {
  project     = "${gcpSa.project}"
  region      = "us-central1"
  credentials = file("\${path.module}/gcp-sa.json")
}
`,
);

file(
  "infra/terraform/gcp-sa.json",
  R`
{
  "type": "service_account",
  "project_id": "${gcpSa.project}",
  "private_key_id": "${U("gcp_private_key_id", gcpSa.keyId, { note: "key fingerprint/identifier; the secret is private_key" })}",
  "private_key": "${P("gcp_service_account_key", JSON.stringify(gcpSa.pem).slice(1, -1), { encoding: "json-escaped" })}",
  "client_email": "terraform@${gcpSa.project}.iam.gserviceaccount.com",
  "client_id": "${gcpSa.clientId}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/terraform%40${gcpSa.project}.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
);

file(
  "infra/terraform/credentials.tfrc.json",
  R`
{
  "credentials": {
    "app.terraform.io": {
      "token": "${P("terraform_cloud_token", V.tfc)}"
    }
  }
}
`,
);

file(
  "infra/terraform/.terraform.lock.hcl",
  R`
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/digitalocean/digitalocean" {
  version     = "2.34.1"
  constraints = "~> 2.34"
  hashes = [
    "h1:${N("terraform_lock_hash", b64(randBytes(32)))}",
    "zh:${N("terraform_lock_hash", sha256hex())}",
  ]
}
`,
);

file(
  "infra/k8s/app-secrets.yaml",
  R`
apiVersion: v1
kind: Secret
metadata:
  name: storefront-secrets
  namespace: prod
type: Opaque
data:
  OPENAI_API_KEY: ${P("openai_api_key", b64(V.openaiSvc), { encoding: "base64", decoded: V.openaiSvc })}
  DATABASE_URL: ${P("mysql_uri", b64(V.myUri2), { encoding: "base64", decoded: V.myUri2 })}
stringData:
  SHOPIFY_ACCESS_TOKEN: ${P("shopify_access_token", V.shopify2)}
`,
);

file(
  "infra/k8s/deployment.yaml",
  R`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
  namespace: prod
spec:
  replicas: 3
  selector:
    matchLabels:
      app: storefront
  template:
    metadata:
      labels:
        app: storefront
      annotations:
        checksum/config: ${N("sha256_checksum", sha256hex())}
    spec:
      containers:
        - name: storefront
          image: registry.digitalocean.com/acme/storefront@sha256:${N("docker_image_digest", sha256hex())}
          envFrom:
            - secretRef:
                name: storefront-secrets
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: storefront-db
                  key: password
`,
);

file(
  "infra/.github/workflows/deploy.yml",
  R`
name: deploy

on:
  push:
    branches: [main]

jobs:
  build-and-push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("git_sha", hex(40))} # v4.1.1
      - name: Log in to Docker Hub
        uses: docker/login-action@v3
        with:
          username: acmebot
          password: ${P("docker_hub_pat", V.docker1)}
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: acme/storefront:\${{ github.sha }}
      - name: Deploy to DigitalOcean
        env:
          DIGITALOCEAN_ACCESS_TOKEN: ${N("env_reference", "${{ secrets.DO_TOKEN }}")}
        run: doctl apps create-deployment "$APP_ID"
`,
);

file(
  "infra/.github/workflows/release.yml",
  R`
name: release

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${P("npm_token", V.npm2)}
      - name: Create GitHub release
        env:
          GH_TOKEN: ${P("github_pat_classic", V.ghp1)}
        run: gh release create "$GITHUB_REF_NAME" --generate-notes
      - name: Notify Slack
        env:
          SLACK_WEBHOOK_URL: ${N("env_reference", "${{ secrets.SLACK_WEBHOOK_URL }}")}
        run: ./scripts/notify-release.sh
`,
);

file(
  "infra/.gitlab-ci.yml",
  R`
stages: [test, sync]

variables:
  GITLAB_API_TOKEN: "${P("gitlab_pat", V.glpat1)}"
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

mirror:
  stage: sync
  image: alpine/git
  script:
    - git push --mirror "${N("env_reference", "https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/acme/infra.git")}"
  only: [main]
`,
);

file(
  "infra/.circleci/config.yml",
  R`
version: 2.1

jobs:
  trigger-e2e:
    docker:
      - image: cimg/base:2024.01
    steps:
      - run:
          name: Trigger e2e pipeline
          command: |
            curl -fsS -X POST https://circleci.com/api/v2/project/gh/acme/e2e-tests/pipeline \
              -H "Circle-Token: ${P("circleci_token", V.circle)}" \
              -H "Content-Type: application/json" \
              -d '{"branch":"main"}'

workflows:
  e2e:
    jobs:
      - trigger-e2e
`,
);

file(
  "infra/sops/age-key.txt",
  R`
# created: ${isoAt(ts())}
# public key: ${N("age_public_key", V.age.public)}
${P("age_secret_key", V.age.secret)}
`,
);

file(
  "infra/pulumi/deploy.sh",
  R`
#!/usr/bin/env bash
set -euo pipefail

export PULUMI_ACCESS_TOKEN=${P("pulumi_access_token", V.pulumi)}

cd "$(dirname "$0")"
pulumi login
pulumi stack select acme/platform/prod
pulumi up --yes --skip-preview
`,
);

file(
  "infra/cloud-init/bastion.yaml",
  R`
#cloud-config
users:
  - name: deploy
    groups: sudo
    shell: /bin/bash
    ssh_authorized_keys:
      - ${N("ssh_public_key", V.sshAdminPub)} alice@laptop
write_files:
  - path: /home/deploy/.ssh/id_ed25519
    owner: deploy:deploy
    permissions: "0600"
    content: |
      ${P("openssh_private_key", V.sshBastion.pem.split("\n").join("\n      "), { indent: 6 })}
runcmd:
  - systemctl restart ssh
`,
);

// ===========================================================================
// Repository 10: ops-scripts (shell, Python, misc)
// ===========================================================================
file(
  "ops-scripts/README.md",
  R`
# ops-scripts

Assorted operational scripts. Credentials must come from the environment or Vault;
never paste real keys into this README.

## AWS CLI profile

\`\`\`ini
[default]
aws_access_key_id = ${N("aws_documentation_example", NEG.akiaExample)}
aws_secret_access_key = ${N("aws_documentation_example", NEG.awsSecretExample)}
\`\`\`

## GitHub / Slack

\`\`\`bash
export GITHUB_TOKEN=${N("placeholder", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")}
export SLACK_BOT_TOKEN=${N("placeholder", "xoxb-your-bot-token")}
\`\`\`
`,
);

file(
  "ops-scripts/aws/credentials",
  R`
[default]
aws_access_key_id = ${P("aws_access_key_id", V.awsId2)}
aws_secret_access_key = ${P("aws_secret_access_key", V.awsSecret2)}
region = us-east-1

[ci]
credential_process = aws-vault export --format=json ci
`,
);

file(
  "ops-scripts/deploy_hook.sh",
  R`
#!/usr/bin/env bash
# Called by the release pipeline after artifacts are published.
set -euo pipefail

SERVICE="$1"
VERSION="$2"
ARTIFACT_REPO="${P("basic_auth_url", V.basic1)}"
GITHUB_TOKEN="${P("github_pat_classic", V.ghp2)}"

curl -fsSL -o "/tmp/$SERVICE-$VERSION.tar.gz" "$ARTIFACT_REPO/$SERVICE/$VERSION/$SERVICE-$VERSION.tar.gz"

curl -fsS -X POST https://deploy.acme.internal/api/v2/deployments \
  -H "Authorization: Bearer ${P("bearer_token", V.bearer1)}" \
  -H "Content-Type: application/json" \
  -d "{\"service\":\"$SERVICE\",\"version\":\"$VERSION\"}"

curl -fsS -X POST -H "Authorization: token $GITHUB_TOKEN" \
  -H "Accept: application/vnd.github+json" \
  "https://api.github.com/repos/acme/$SERVICE/deployments" \
  -d "{\"ref\":\"v$VERSION\",\"environment\":\"production\"}"
`,
);

file(
  "ops-scripts/notify.sh",
  R`
#!/usr/bin/env bash
# Usage: notify.sh "message"
set -euo pipefail

MSG="$1"
SLACK_WEBHOOK_URL="${P("slack_webhook_url", V.slackHook2)}"
TELEGRAM_CHAT_ID="-100${digits(10)}"

curl -fsS -X POST -H 'Content-type: application/json' \
  --data "{\"text\": \"\${MSG}\"}" "$SLACK_WEBHOOK_URL"

curl -fsS "https://api.telegram.org/bot${P("telegram_bot_token", V.tg2)}/sendMessage" \
  -d chat_id="$TELEGRAM_CHAT_ID" -d text="$MSG"
`,
);

file(
  "ops-scripts/backup_db.sh",
  R`
#!/usr/bin/env bash
set -euo pipefail

export PGHOST=prod-db.internal
export PGUSER=backup
export PGPASSWORD='${P("generic_password", V.pw3)}'
export RESTIC_REPOSITORY="rest:${P("basic_auth_url", V.basic2)}"
export RESTIC_PASSWORD_FILE=/etc/restic/password

STAMP=$(date +%Y%m%d-%H%M)
pg_dump -Fc storefront > "/var/backups/storefront-$STAMP.dump"
restic backup /var/backups --tag nightly
restic forget --keep-daily 7 --keep-weekly 4 --prune
`,
);

file(
  "ops-scripts/okta_deprovision.py",
  R`
"""Deactivate departed users in Okta. Usage: okta_deprovision.py alice@acme.example ..."""
import sys

import requests

OKTA_ORG = "https://acme.okta.com"
OKTA_TOKEN = "${P("okta_api_token", V.okta2)}"
HEADERS = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}


def deactivate(login: str) -> None:
    user = requests.get(f"{OKTA_ORG}/api/v1/users/{login}", headers=HEADERS, timeout=10).json()
    requests.post(
        f"{OKTA_ORG}/api/v1/users/{user['id']}/lifecycle/deactivate", headers=HEADERS, timeout=10
    ).raise_for_status()
    print(f"deactivated {login}")


if __name__ == "__main__":
    for login in sys.argv[1:]:
        deactivate(login)
`,
);

file(
  "ops-scripts/export_slack_history.py",
  R`
"""Export a channel's history to JSONL (needs a user token with channels:history)."""
import json
import sys

from slack_sdk import WebClient

client = WebClient(token="${P("slack_user_token", V.xoxp)}")


def export(channel_id: str, out_path: str) -> None:
    cursor = None
    with open(out_path, "w") as fh:
        while True:
            resp = client.conversations_history(channel=channel_id, cursor=cursor, limit=200)
            for msg in resp["messages"]:
                fh.write(json.dumps(msg) + "\n")
            cursor = resp.get("response_metadata", {}).get("next_cursor")
            if not cursor:
                break


if __name__ == "__main__":
    export(sys.argv[1], sys.argv[2])
`,
);

file(
  "ops-scripts/gh/hosts.yml",
  R`
github.com:
    user: acme-release-bot
    oauth_token: ${P("github_oauth_token", V.gho1)}
    git_protocol: https
`,
);

file(
  "ops-scripts/.git-credentials",
  R`
https://acme-release-bot:${P("github_oauth_token", V.gho2)}@github.com
`,
);

file(
  "ops-scripts/gh_app_tokens.py",
  R`
"""Refresh the GitHub App user-to-server token used by the release dashboard."""
import requests

CLIENT_ID = "${N("oauth_client_id", `Iv1.${hex(16)}`)}"
USER_TOKEN = "${P("github_app_token", V.ghu1)}"
REFRESH_TOKEN = "${P("github_app_token", V.ghr1)}"


def refresh(client_secret: str) -> dict:
    resp = requests.post(
        "https://github.com/login/oauth/access_token",
        data={
            "client_id": CLIENT_ID,
            "client_secret": client_secret,
            "grant_type": "refresh_token",
            "refresh_token": REFRESH_TOKEN,
        },
        headers={"Accept": "application/json"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
`,
);

file(
  "ops-scripts/mirror_repos.sh",
  R`
#!/usr/bin/env bash
set -euo pipefail

GITLAB_TOKEN=${P("gitlab_pat", V.glpat2)}

for repo in storefront billing-svc inventory-service; do
  git clone --mirror "git@github.com:acme/\${repo}.git" "/tmp/mirror-\${repo}"
  git -C "/tmp/mirror-\${repo}" push --mirror "${N("env_reference", "https://oauth2:${GITLAB_TOKEN}@gitlab.com/acme-mirror/${repo}.git")}"
done
`,
);

file(
  "ops-scripts/grafana_backup.sh",
  R`
#!/usr/bin/env bash
set -euo pipefail

GRAFANA_URL=https://grafana.acme.internal
GRAFANA_TOKEN="${P("grafana_service_account_token", V.grafana)}"
OUT="backups/grafana/$(date +%F)"
mkdir -p "$OUT"

curl -fsS -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/search?type=dash-db" \
  | jq -r '.[].uid' | while read -r uid; do
      curl -fsS -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/dashboards/uid/$uid" > "$OUT/$uid.json"
    done
`,
);

file(
  "ops-scripts/do_snapshot.sh",
  R`
#!/usr/bin/env bash
set -euo pipefail

doctl auth init --access-token ${P("digitalocean_token", V.do2)}

for id in $(doctl compute droplet list --tag-name prod --format ID --no-header); do
  doctl compute droplet-action snapshot "$id" --snapshot-name "nightly-$id-$(date +%F)" --wait
done
`,
);

file(
  "ops-scripts/docker_login.sh",
  R`
#!/usr/bin/env bash
set -euo pipefail

echo "${P("docker_hub_pat", V.docker2)}" | docker login -u acmebot --password-stdin
docker push "acme/storefront:\${1:-latest}"
`,
);

file(
  "ops-scripts/vault_login.sh",
  R`
#!/usr/bin/env bash
export VAULT_ADDR=https://vault.acme.internal:8200
export VAULT_TOKEN=${P("vault_token", V.vault2)}

vault kv get -format=json secret/billing/prod | jq -r '.data.data'
`,
);

file(
  "ops-scripts/setup_dev.sh",
  R`
#!/usr/bin/env bash
# Bootstrap a developer laptop.
set -euo pipefail

brew install dopplerhq/cli/doppler jq
doppler configure set token ${P("doppler_token", V.dopplerPt)} --scope ~/src/acme
doppler setup --project storefront --config dev --no-interactive
`,
);

file("ops-scripts/keys/deploy_key", `${P("openssh_private_key", V.sshDeploy.pem)}\n`);
file("ops-scripts/keys/deploy_key.pub", `${N("ssh_public_key", V.sshDeploy.pubLine)} deploy@acme-ci\n`);
file("ops-scripts/certs/server.key", `${P("private_key", pemOf(V.rsaServer, "pkcs1"))}\n`);
file("ops-scripts/certs/server.crt", `${N("certificate", NEG.certServer)}\n`);

file(
  "ops-scripts/api-requests.http",
  R`
@host = https://inventory.acme.internal

### Get stock levels for a SKU
GET {{host}}/api/v1/levels?sku=ACM-1042
Authorization: Bearer ${P("bearer_token", V.bearer2)}
X-Request-ID: ${N("uuid_identifier", uuid4())}

### Health
GET {{host}}/actuator/health
`,
);

file(
  "ops-scripts/logs/incident-2024-05-14.log",
  R`
2024-05-14T10:22:31.118Z INFO  request_id=${N("uuid_identifier", uuid4())} method=GET path=/v1/orders status=200 duration_ms=41
2024-05-14T10:22:31.402Z INFO  deploy.started sha=${N("git_sha", hex(40))} image=acme/storefront@sha256:${N("docker_image_digest", sha256hex())}
2024-05-14T10:22:32.007Z ERROR db.connect failed user=storefront_app password=${N("masked_value", "********")} host=prod-db.internal
2024-05-14T10:22:33.510Z WARN  upstream timeout trace_id=${N("trace_id", hex(32))} span_id=${N("trace_id", hex(16))}
`,
);

{
  const sha = hex(40);
  file(
    "ops-scripts/CHANGELOG.md",
    R`
# Changelog

## 2024.05.2
- backup_db.sh: switch to restic REST backend ([${sha.slice(0, 7)}](https://github.com/acme/ops-scripts/commit/${N("git_sha", sha)}))
- notify.sh: also post to Telegram
`,
  );
}

// ===========================================================================
// Write files, resolve markers into labels
// ===========================================================================
const countNL = (s) => {
  let n = 0;
  for (const ch of s) if (ch === "\n") n++;
  return n;
};
fs.rmSync(OUT_DIR, { recursive: true, force: true });
const labels = [];
const neutrals = [];
for (const [rel, content] of FILES) {
  let out = "";
  let line = 1;
  let last = 0;
  const re = /\u27e6(\d+)\u27e7/g;
  for (const m of content.matchAll(re)) {
    const seg = content.slice(last, m.index);
    out += seg;
    line += countNL(seg);
    const r = REG[Number(m[1])];
    r.uses++;
    const entry = { file: rel, line, type: r.type, secret: r.secret, positive: r.kind === "P", ...r.extra };
    if (r.kind === "U") {
      delete entry.positive;
      neutrals.push(entry);
    } else labels.push(entry);
    out += r.secret;
    line += countNL(r.secret);
    last = m.index + m[0].length;
  }
  out += content.slice(last);
  const abs = path.join(OUT_DIR, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, out);
}
labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(LABELS_PATH, `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(NEUTRALS_PATH, `${JSON.stringify(neutrals, null, 2)}\n`);

// ===========================================================================
// Self-check
// ===========================================================================
const problems = [];
const fail = (msg) => problems.push(msg);
REG.forEach((r, i) => {
  if (r.uses !== 1) fail(`marker ${i} (${r.type}) used ${r.uses} times`);
});

// 1. every label points at the line where its value starts
const contents = new Map();
for (const rel of FILES.keys()) contents.set(rel, fs.readFileSync(path.join(OUT_DIR, rel), "utf8"));
for (const [rel, text] of contents) if (/[\u27e6\u27e7]/.test(text)) fail(`unresolved marker in ${rel}`);
for (const l of [...labels, ...neutrals]) {
  const text = contents.get(l.file);
  const lines = text.split("\n");
  if (l.line < 1 || l.line > lines.length) {
    fail(`${l.file}:${l.line} out of range`);
    continue;
  }
  let start = 0;
  for (let i = 0; i < l.line - 1; i++) start += lines[i].length + 1;
  const lineEnd = start + lines[l.line - 1].length;
  const idx = text.indexOf(l.secret, start);
  if (idx < 0 || idx > lineEnd)
    fail(`${l.file}:${l.line} does not contain the start of ${l.type} ${l.secret.slice(0, 24)}...`);
  if (!lines[l.line - 1].includes(l.secret.split("\n")[0]))
    fail(`${l.file}:${l.line} first line of ${l.type} missing`);
}

// 2. every occurrence of a planted value in the corpus is labelled (no stray copies)
const allText = [...contents.values()].join("\n\u0000\n");
const countOcc = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle, 0); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};
const posBySecret = new Map();
for (const l of labels.filter((x) => x.positive))
  posBySecret.set(l.secret, (posBySecret.get(l.secret) ?? 0) + 1);
for (const [s, n] of posBySecret) {
  const occ = countOcc(allText, s);
  if (occ !== n) fail(`positive value occurs ${occ}x but labelled ${n}x: ${s.slice(0, 30)}`);
}

// 3. positives are in the vendor's exact format (checksums recomputed)
const ghCheck = (t) => base62(crc32(t.slice(4, -6)), 6) === t.slice(-6);
const pemOk = (pem) => {
  try {
    crypto.createPrivateKey(pem);
    return true;
  } catch {
    return false;
  }
};
const FORMAT = {
  aws_access_key_id: (s) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(s),
  aws_secret_access_key: (s) => /^[A-Za-z0-9+/]{40}$/.test(s),
  gcp_service_account_key: (s) =>
    pemOk(JSON.parse(`"${s}"`)) && JSON.parse(`"${s}"`).startsWith("-----BEGIN PRIVATE KEY-----\n"),
  google_api_key: (s) => /^AIza[0-9A-Za-z_-]{35}$/.test(s),
  google_oauth_client_secret: (s) => /^GOCSPX-[0-9A-Za-z_-]{28}$/.test(s),
  azure_storage_account_key: (s) => /^[A-Za-z0-9+/]{86}==$/.test(s) && Buffer.from(s, "base64").length === 64,
  azure_ad_client_secret: (s) => /^[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{34}$/.test(s),
  digitalocean_token: (s) => /^dop_v1_[a-f0-9]{64}$/.test(s),
  github_pat_classic: (s) => /^ghp_[A-Za-z0-9]{36}$/.test(s) && ghCheck(s),
  github_fine_grained_pat: (s) => /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(s),
  github_oauth_token: (s) => /^gho_[A-Za-z0-9]{36}$/.test(s) && ghCheck(s),
  github_app_token: (s) => /^gh[usr]_[A-Za-z0-9]{36}$/.test(s) && ghCheck(s),
  gitlab_pat: (s) => /^glpat-[A-Za-z0-9_-]{20}$/.test(s),
  circleci_token: (s) => /^CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}$/.test(s),
  terraform_cloud_token: (s) => /^[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/.test(s),
  pulumi_access_token: (s) => /^pul-[a-f0-9]{40}$/.test(s),
  docker_hub_pat: (s) => /^dckr_pat_[A-Za-z0-9_-]{27}$/.test(s),
  npm_token: (s) => /^npm_[A-Za-z0-9]{36}$/.test(s) && ghCheck(s),
  pypi_token: (s) => {
    if (!s.startsWith("pypi-AgEIcHlwaS5vcmc")) return false;
    const b = Buffer.from(s.slice(5), "base64url");
    return (
      b[0] === 2 &&
      b.subarray(3, 11).toString() === "pypi.org" &&
      b[b.length - 34] === 6 &&
      b[b.length - 33] === 32
    );
  },
  rubygems_api_key: (s) => /^rubygems_[a-f0-9]{48}$/.test(s),
  nuget_api_key: (s) =>
    /^oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4]$/.test(s),
  openai_api_key: (s) =>
    /^sk-(proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})$/.test(s),
  anthropic_api_key: (s) => /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(s),
  huggingface_token: (s) => /^hf_[A-Za-z]{34}$/.test(s),
  groq_api_key: (s) => /^gsk_[A-Za-z0-9]{52}$/.test(s),
  langsmith_api_key: (s) => /^lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}$/.test(s),
  stripe_secret_key: (s) => /^sk_live_[A-Za-z0-9]{99}$/.test(s),
  stripe_restricted_key: (s) => /^rk_live_[A-Za-z0-9]{99}$/.test(s),
  stripe_webhook_secret: (s) => /^whsec_[A-Za-z0-9]{32}$/.test(s),
  slack_bot_token: (s) => /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(s),
  slack_user_token: (s) => /^xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}$/.test(s),
  slack_webhook_url: (s) =>
    /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/.test(s),
  twilio: (s) => /^(SK[a-f0-9]{32}|[A-Za-z0-9]{32})$/.test(s),
  sendgrid_api_key: (s) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(s),
  discord_bot_token: (s) =>
    /^[MNO][A-Za-z0-9+/]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$/.test(s) &&
    /^\d{17,20}$/.test(Buffer.from(s.split(".")[0], "base64").toString()),
  telegram_bot_token: (s) => /^\d{8,10}:AA[A-Za-z0-9_-]{33}$/.test(s),
  datadog_api_key: (s) => /^([a-f0-9]{32}|[a-f0-9]{40})$/.test(s),
  new_relic_user_api_key: (s) => /^NRAK-[A-Z0-9]{27}$/.test(s),
  sentry_auth_token: (s) => {
    const m = /^sntrys_([A-Za-z0-9+/=]+)_([A-Za-z0-9+/]{43})$/.exec(s);
    return !!m && typeof JSON.parse(Buffer.from(m[1], "base64").toString()).iat === "number";
  },
  grafana_service_account_token: (s) => {
    const m = /^glsa_([A-Za-z0-9]{32})_([a-f0-9]{8})$/.exec(s);
    if (!m) return false;
    const c = Buffer.alloc(4);
    c.writeUInt32LE(crc32(`glsa_${m[1]}`));
    return c.toString("hex") === m[2];
  },
  postgres_uri: (s) => /^postgres(ql)?:\/\/[^:/]+:[A-Za-z0-9]{16,}@/.test(s),
  mysql_uri: (s) => /^mysql:\/\/[^:/]+:[A-Za-z0-9]{16,}@/.test(s),
  mongodb_uri: (s) => /^mongodb\+srv:\/\/[^:/]+:[A-Za-z0-9]{16,}@/.test(s),
  redis_uri: (s) => /^rediss?:\/\/[^:/]*:[A-Za-z0-9]{16,}@/.test(s),
  okta_api_token: (s) => /^00[A-Za-z0-9_-]{40}$/.test(s),
  vault_token: (s) =>
    /^hvs\.[A-Za-z0-9_-]{90,}$/.test(s) &&
    Buffer.from(s.slice(4), "base64url")
      .subarray(0, 4)
      .equals(Buffer.from([8, 1, 0x12, 0x20])),
  doppler_token: (s) => /^dp\.(st\.[a-z0-9_-]{2,35}\.|pt\.)[A-Za-z0-9]{40,44}$/.test(s),
  jwt: (s) => {
    const [h, p, sig] = s.split(".");
    const key = JWT_KEYS.get(s);
    return (
      JSON.parse(Buffer.from(h, "base64url")).alg === "HS256" &&
      !!JSON.parse(Buffer.from(p, "base64url")) &&
      key !== undefined &&
      crypto.createHmac("sha256", key).update(`${h}.${p}`).digest("base64url") === sig
    );
  },
  age_secret_key: (s) =>
    /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/.test(s) && bech32Verify(s),
  shopify_access_token: (s) => /^shpat_[a-f0-9]{32}$/.test(s),
  databricks_token: (s) => /^dapi[a-f0-9]{32}$/.test(s),
  private_key: (s) => pemOk(s),
  openssh_private_key: (s) => {
    const body = s
      .replace(/^ +/gm, "")
      .split("\n")
      .filter((x) => !x.startsWith("-----"))
      .join("");
    const b = Buffer.from(body, "base64");
    if (!b.subarray(0, 15).equals(Buffer.from("openssh-key-v1\0"))) return false;
    // last private section: check seed -> pub consistency
    const txt = b.toString("latin1");
    const i = txt.lastIndexOf("ssh-ed25519");
    const pubLen = b.readUInt32BE(i + 11);
    const pub = b.subarray(i + 15, i + 15 + pubLen);
    const privLen = b.readUInt32BE(i + 15 + pubLen);
    const priv = b.subarray(i + 19 + pubLen, i + 19 + pubLen + privLen);
    return (
      privLen === 64 && ed25519FromSeed(priv.subarray(0, 32)).pub.equals(pub) && priv.subarray(32).equals(pub)
    );
  },
  django_secret_key: (s) => /^[a-z0-9!@#$%^&*(\-_=+)]{50}$/.test(s),
  rails_secret_key_base: (s) => /^[a-f0-9]{128}$/.test(s),
  generic_password: (s) => s.length >= 16 && /[A-Z]/.test(s) && /[a-z]/.test(s),
  basic_auth_url: (s) => /^https:\/\/[^:/@]+:[A-Za-z0-9]{16,}@[^/]+/.test(s),
  bearer_token: (s) => /^[A-Za-z0-9_-]{40,}$/.test(s),
  jwt_secret: (s) => s.length >= 32,
  generic_client_secret: (s) => /^[A-Za-z0-9_-]{40,}$/.test(s),
};
for (const l of labels.filter((x) => x.positive)) {
  const f = FORMAT[l.type];
  if (!f) {
    fail(`no format check for type ${l.type}`);
    continue;
  }
  const raw = l.decoded ?? l.secret;
  if (!f(raw)) fail(`${l.file}:${l.line} ${l.type} failed format check: ${raw.slice(0, 40)}`);
}
// sanity of generated hard negatives that claim a structure
if (
  V.jwtIo !==
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
  fail("jwt.io example mismatch");
{
  const cert = new crypto.X509Certificate(NEG.certServer);
  if (!cert.verify(crypto.createPublicKey(V.rsaServer))) fail("server certificate does not verify");
}
if (!bech32Verify(V.age.public)) fail("age public key checksum");

const pos = labels.filter((l) => l.positive);
const neg = labels.filter((l) => !l.positive);
const types = new Set(pos.map((l) => l.type));
console.log(`seed=${SEED}`);
console.log(
  `files=${FILES.size} positives=${pos.length} negatives=${neg.length} positive_types=${types.size} negative_types=${new Set(neg.map((l) => l.type)).size} neutrals=${neutrals.length}`,
);
if (problems.length) {
  console.error(`SELF-CHECK FAILED:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("self-check OK");

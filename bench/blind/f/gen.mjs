#!/usr/bin/env node
// Blind test corpus: credentials that are ENCODED, ESCAPED, WRAPPED or SPLIT.
//
//   node gen.mjs [seed]
//
// Deletes and rewrites ./files/, ./labels.json and ./README.md next to this script.
// Every random value (tokens, passwords, keys, certificates, ciphertexts) is derived
// from the seed with an HMAC-SHA256 counter stream, so a given seed always yields
// byte-identical output.  Only node:crypto, node:zlib, node:fs, node:path are used.
//
// After writing, a self-check re-reads every file from disk (detecting UTF-16 BOM and
// Windows-1252), asserts that each labelled secret starts on its labelled line, that
// `decoded` round-trips through the declared `encoding` steps, and that the credential
// is well-formed for its type (GitHub/npm CRC32 checksums, PEM keys parse, JWT shape...).

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(ROOT, "files");
const SEED = process.argv[2] ?? "blind3f";

// ───────────────────────────── seeded randomness ─────────────────────────────
class Rng {
  constructor(label) {
    this.key = crypto.createHash("sha256").update(`blind3f|${SEED}|${label}`).digest();
    this.ctr = 0;
    this.pool = Buffer.alloc(0);
  }
  bytes(n) {
    const parts = [this.pool];
    let have = this.pool.length;
    while (have < n) {
      const b = crypto
        .createHmac("sha256", this.key)
        .update(String(this.ctr++))
        .digest();
      parts.push(b);
      have += b.length;
    }
    const all = Buffer.concat(parts);
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
  str(alpha, len) {
    let s = "";
    for (let i = 0; i < len; i++) s += alpha[this.int(alpha.length)];
    return s;
  }
  pick(arr) {
    return arr[this.int(arr.length)];
  }
  shuffle(a) {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}
const R = (label) => new Rng(label);

// ───────────────────────────── small encoders ─────────────────────────────
const DIG = "0123456789",
  UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO; // GitHub/npm checksum alphabet
const ALNUM = UP + LO + DIG;
const URLSAFE = `${ALNUM}-_`;
const HEXD = "0123456789abcdef";
const B32 = `${UP}234567`;

const b64 = (x) => Buffer.from(x).toString("base64");
const b64u = (x) => Buffer.from(x).toString("base64url");
const hex = (x) => Buffer.from(x).toString("hex");
const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, "gs")).join("\n");
const jsonInner = (s) => JSON.stringify(s).slice(1, -1);
const xmlEsc = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const indent = (s, n) =>
  s
    .split("\n")
    .map((l) => (l ? " ".repeat(n) + l : l))
    .join("\n");

const CRC_T = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = ~0;
  for (const x of buf) c = (c >>> 8) ^ CRC_T[(c ^ x) & 255];
  return ~c >>> 0;
}
function base62(n, len) {
  let s = "";
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(len, "0");
}
function base32(buf) {
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
    val &= (1 << bits) - 1;
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  return out;
}
function bech32(hrp, bytes) {
  const CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  const poly = (vals) => {
    let chk = 1;
    for (const v of vals) {
      const b = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i];
    }
    return chk >>> 0;
  };
  const data = [];
  let acc = 0,
    bits = 0;
  for (const v of bytes) {
    acc = (acc << 8) | v;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const hx = [...hrp]
    .map((c) => c.charCodeAt(0) >> 5)
    .concat(
      [0],
      [...hrp].map((c) => c.charCodeAt(0) & 31),
    );
  const mod = poly([...hx, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = [];
  for (let i = 0; i < 6; i++) chk.push((mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...chk].map((d) => CH[d]).join("")}`;
}
// Windows-1252 encoder for the few non-ASCII characters we use (decoding is done with TextDecoder).
const CP1252_EXTRA = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};
function cp1252(s) {
  const out = [];
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]);
    else throw new Error(`not encodable in cp1252: ${ch}`);
  }
  return Buffer.from(out);
}
// (Node's TextDecoder('windows-1252') decodes 0x80-0x9F as C1 controls, so we decode ourselves.)
const CP1252_REV = Object.fromEntries(Object.entries(CP1252_EXTRA).map(([ch, b]) => [b, ch]));
function cp1252Decode(buf) {
  let s = "";
  for (const b of buf) {
    if (b >= 0x80 && b <= 0x9f) {
      if (!CP1252_REV[b]) throw new Error(`undefined cp1252 byte ${b}`);
      s += CP1252_REV[b];
    } else s += String.fromCharCode(b);
  }
  return s;
}
// Quoted-printable (RFC 2045) with soft line breaks at 76 columns.
function qpEncode(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const toks = [];
    const bytes = Buffer.from(line, "utf8");
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last))
        toks.push(String.fromCharCode(b));
      else toks.push(`=${b.toString(16).toUpperCase().padStart(2, "0")}`);
    }
    let cur = "";
    for (const t of toks) {
      if (cur.length + t.length > 75) {
        out.push(`${cur}=`);
        cur = "";
      }
      cur += t;
    }
    out.push(cur);
  }
  return out.join("\n");
}

// ───────────────────────────── credential formats ─────────────────────────────
function ghStyle(r, prefix) {
  // ghp_/gho_/ghs_/npm_: 30 random base62 + 6-char base62 CRC32 of those 30
  const body = r.str(B62, 30);
  return prefix + body + base62(crc32(Buffer.from(body)), 6);
}
const T = {
  ghp: (r) => ghStyle(r, "ghp_"),
  gho: (r) => ghStyle(r, "gho_"),
  ghs: (r) => ghStyle(r, "ghs_"),
  npm: (r) => ghStyle(r, "npm_"),
  githubFine: (r) => `github_pat_11${r.str(UP + DIG, 7)}0${r.str(ALNUM, 12)}_${r.str(ALNUM, 59)}`,
  slackBot: (r) =>
    `xoxb-${r.str("123456789", 1)}${r.str(DIG, 11)}-${r.str("123456789", 1)}${r.str(DIG, 12)}-${r.str(ALNUM, 24)}`,
  slackUser: (r) =>
    `xoxp-${r.str("123456789", 1)}${r.str(DIG, 11)}-${r.str("123456789", 1)}${r.str(DIG, 11)}-${r.str("123456789", 1)}${r.str(DIG, 12)}-${r.str(HEXD, 32)}`,
  awsId: (r) => `AKIA${r.str(`${UP}234567`, 16)}`,
  awsSecret: (r, mustSlash = false) => {
    let s = r.str(`${ALNUM}/+`, 40);
    if (mustSlash && !s.includes("/")) {
      const i = 5 + r.int(30);
      s = `${s.slice(0, i)}/${s.slice(i + 1)}`;
    }
    return s;
  },
  stripe: (r, kind = "sk") => `${kind}_live_51${r.str(ALNUM, 97)}`,
  openai: (r) => `sk-proj-${r.str(URLSAFE, 74)}T3BlbkFJ${r.str(URLSAFE, 74)}`,
  anthropic: (r) => `sk-ant-api03-${r.str(URLSAFE, 93)}AA`,
  glpat: (r) => `glpat-${r.str(URLSAFE, 20)}`,
  google: (r) => `AIzaSy${r.str(URLSAFE, 33)}`,
  sendgrid: (r) => `SG.${r.str(URLSAFE, 22)}.${r.str(URLSAFE, 43)}`,
  dockerPat: (r) => `dckr_pat_${r.str(URLSAFE, 27)}`,
  hf: (r) => `hf_${r.str(UP + LO, 34)}`,
  hex32: (r) => r.str(HEXD, 32),
  ya29: (r) => `ya29.a0${r.str(URLSAFE, 150)}`,
  password(r, len = 20, extra = "") {
    const sym = "!#%*-_=+.";
    const chars = [r.pick(UP), r.pick(LO), r.pick(DIG), r.pick([...sym])];
    for (const c of extra) chars.push(c);
    while (chars.length < len) chars.push(r.str(ALNUM + ALNUM + sym, 1));
    r.shuffle(chars);
    const i = chars.findIndex((c) => /[A-Za-z]/.test(c));
    [chars[0], chars[i]] = [chars[i], chars[0]];
    return chars.join("");
  },
  pypi(r) {
    const seg = (type, buf) => Buffer.concat([Buffer.from([type, buf.length]), buf]);
    const uuid = uuidv4(r);
    const caveat = Buffer.from(JSON.stringify({ version: 1, permissions: "user" }));
    const mac = Buffer.concat([
      Buffer.from([0x02]),
      seg(0x01, Buffer.from("pypi.org")),
      seg(0x02, Buffer.from(uuid)),
      Buffer.from([0x00]),
      seg(0x02, caveat),
      Buffer.from([0x00, 0x00]),
      seg(0x06, r.bytes(32)),
    ]);
    return `pypi-${b64u(mac)}`;
  },
};
function uuidv4(r) {
  const b = r.bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function jwtHS256(payload, secret, header = { alg: "HS256", typ: "JWT" }) {
  const h = b64u(JSON.stringify(header)),
    p = b64u(JSON.stringify(payload));
  return `${h}.${p}.${crypto.createHmac("sha256", secret).update(`${h}.${p}`).digest("base64url")}`;
}
function jwtRS256(payload, key, header) {
  const h = b64u(JSON.stringify(header)),
    p = b64u(JSON.stringify(payload));
  const sig = crypto.sign("sha256", Buffer.from(`${h}.${p}`), key).toString("base64url");
  const tok = `${h}.${p}.${sig}`;
  if (
    !crypto.verify(
      "sha256",
      Buffer.from(`${h}.${p}`),
      crypto.createPublicKey(key),
      Buffer.from(sig, "base64url"),
    )
  )
    throw new Error("rs256");
  return tok;
}

// ───────────────────────────── deterministic keys ─────────────────────────────
const SMALL_PRIMES = (() => {
  const N = 4000,
    s = new Uint8Array(N),
    p = [];
  for (let i = 2; i < N; i++)
    if (!s[i]) {
      p.push(i);
      for (let j = i * i; j < N; j += i) s[j] = 1;
    }
  return p;
})();
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
  let [g, x, g1, x1] = [a % m, 1n, m, 0n];
  while (g1 !== 0n) {
    const q = g / g1;
    [g, g1] = [g1, g - q * g1];
    [x, x1] = [x1, x - q * x1];
  }
  if (g !== 1n) throw new Error("no inverse");
  return ((x % m) + m) % m;
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function millerRabin(n, r) {
  let d = n - 1n,
    s = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    s++;
  }
  const bases = [2n];
  for (let i = 0; i < 20; i++) bases.push(2n + (BigInt(`0x${r.bytes(16).toString("hex")}`) % (n - 4n)));
  for (const a of bases) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let ok = false;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}
function genPrime(r, bits, e) {
  for (;;) {
    const b = r.bytes(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    const n = BigInt(`0x${b.toString("hex")}`);
    const res = SMALL_PRIMES.map((p) => Number(n % BigInt(p)));
    for (let d = 0; d < 60000; d += 2) {
      let ok = true;
      for (let i = 0; i < SMALL_PRIMES.length; i++)
        if ((res[i] + d) % SMALL_PRIMES[i] === 0) {
          ok = false;
          break;
        }
      if (!ok) continue;
      const c = n + BigInt(d);
      if (gcd(c - 1n, e) !== 1n) continue;
      if (millerRabin(c, r)) return c;
    }
  }
}
const bigB64u = (x) => {
  let h = x.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex").toString("base64url");
};
function rsaKey(label, bits = 2048) {
  const r = R(`rsa:${label}`);
  const e = 65537n;
  let p, q;
  do {
    p = genPrime(r, bits / 2, e);
    q = genPrime(r, bits / 2, e);
  } while (p === q);
  if (p < q) [p, q] = [q, p];
  const n = p * q;
  const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
  const d = modInv(e, lambda);
  const jwk = {
    kty: "RSA",
    n: bigB64u(n),
    e: bigB64u(e),
    d: bigB64u(d),
    p: bigB64u(p),
    q: bigB64u(q),
    dp: bigB64u(d % (p - 1n)),
    dq: bigB64u(d % (q - 1n)),
    qi: bigB64u(modInv(q, p)),
  };
  const key = crypto.createPrivateKey({ key: jwk, format: "jwk" });
  const sig = crypto.sign("sha256", Buffer.from("probe"), key);
  if (!crypto.verify("sha256", Buffer.from("probe"), crypto.createPublicKey(key), sig))
    throw new Error("rsa self-test");
  return key;
}
function ecKey(label) {
  const r = R(`ec:${label}`);
  for (;;) {
    const d = r.bytes(32);
    try {
      const ecdh = crypto.createECDH("prime256v1");
      ecdh.setPrivateKey(d);
      const pub = ecdh.getPublicKey();
      return crypto.createPrivateKey({
        key: { kty: "EC", crv: "P-256", d: b64u(d), x: b64u(pub.subarray(1, 33)), y: b64u(pub.subarray(33)) },
        format: "jwk",
      });
    } catch {
      /* d out of range, draw again */
    }
  }
}
function ed25519FromSeed(seed) {
  return crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
}
const pem = (key, type) => key.export({ type, format: "pem" });
function sshStr(b) {
  b = Buffer.from(b);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(b.length);
  return Buffer.concat([l, b]);
}
function u32be(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
function opensshEd25519(label, comment) {
  const r = R(`ssh:${label}`);
  const seed = r.bytes(32);
  const key = ed25519FromSeed(seed);
  const pub = crypto.createPublicKey(key).export({ type: "spki", format: "der" }).subarray(-32);
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const check = r.bytes(4);
  let priv = Buffer.concat([
    check,
    check,
    sshStr("ssh-ed25519"),
    sshStr(pub),
    sshStr(Buffer.concat([seed, pub])),
    sshStr(comment),
  ]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
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
    private: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(body), 70)}\n-----END OPENSSH PRIVATE KEY-----\n`,
    public: `ssh-ed25519 ${b64(pubBlob)} ${comment}`,
  };
}

// ── minimal DER writer and X.509 certificate builder (RSA PKCS#1 v1.5 signatures are deterministic)
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 255);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
function der(tag, ...parts) {
  const c = Buffer.concat(parts.map((p) => Buffer.from(p)));
  return Buffer.concat([Buffer.from([tag]), derLen(c.length), c]);
}
const SEQ = (...p) => der(0x30, ...p),
  SET = (...p) => der(0x31, ...p);
function OID(s) {
  const a = s.split(".").map(Number);
  const out = [40 * a[0] + a[1]];
  for (const v of a.slice(2)) {
    const t = [v & 127];
    let x = v >>> 7;
    while (x > 0) {
      t.unshift((x & 127) | 128);
      x >>>= 7;
    }
    out.push(...t);
  }
  return der(0x06, Buffer.from(out));
}
const INT = (buf) => {
  buf = Buffer.from(buf);
  if (buf[0] & 0x80) buf = Buffer.concat([Buffer.from([0]), buf]);
  return der(0x02, buf);
};
const BOOL = (v) => der(0x01, Buffer.from([v ? 0xff : 0]));
const NULL = Buffer.from([0x05, 0x00]);
const OCT = (b) => der(0x04, b);
const UTF8 = (s) => der(0x0c, Buffer.from(s, "utf8"));
const UTC = (s) => der(0x17, Buffer.from(s));
const NAME = (attrs) => SEQ(...attrs.map(([oid, v]) => SET(SEQ(OID(oid), UTF8(v)))));
function makeCert({ label, subject, issuer, subjectPub, issuerKey, ca, clientAuth, years }) {
  const r = R(`cert:${label}`);
  const serial = r.bytes(16);
  serial[0] &= 0x7f;
  serial[0] |= 0x10;
  const mm = String(1 + r.int(12)).padStart(2, "0"),
    dd = String(1 + r.int(28)).padStart(2, "0");
  const hh = String(r.int(24)).padStart(2, "0"),
    mi = String(r.int(60)).padStart(2, "0");
  const nb = `24${mm}${dd}${hh}${mi}00Z`,
    na = `${24 + years}${mm}${dd}${hh}${mi}00Z`;
  const algo = SEQ(OID("1.2.840.113549.1.1.11"), NULL);
  const exts = [];
  if (ca) {
    exts.push(SEQ(OID("2.5.29.19"), BOOL(true), OCT(SEQ(BOOL(true)))));
    exts.push(SEQ(OID("2.5.29.15"), BOOL(true), OCT(der(0x03, Buffer.from([0x02, 0xa4])))));
  } else {
    exts.push(SEQ(OID("2.5.29.15"), BOOL(true), OCT(der(0x03, Buffer.from([0x05, 0xa0])))));
    exts.push(SEQ(OID("2.5.29.37"), OCT(SEQ(OID(clientAuth ? "1.3.6.1.5.5.7.3.2" : "1.3.6.1.5.5.7.3.1")))));
    exts.push(SEQ(OID("2.5.29.19"), OCT(SEQ())));
  }
  const spki = subjectPub.export({ type: "spki", format: "der" });
  const tbs = SEQ(
    der(0xa0, INT([2])),
    INT(serial),
    algo,
    NAME(issuer),
    SEQ(UTC(nb), UTC(na)),
    NAME(subject),
    spki,
    der(0xa3, SEQ(...exts)),
  );
  const sig = crypto.sign("sha256", tbs, issuerKey);
  const cert = SEQ(tbs, algo, der(0x03, Buffer.concat([Buffer.from([0]), sig])));
  const text = `-----BEGIN CERTIFICATE-----\n${wrap(b64(cert), 64)}\n-----END CERTIFICATE-----\n`;
  const x = new crypto.X509Certificate(text);
  if (!x.verify(crypto.createPublicKey(issuerKey))) throw new Error(`cert verify ${label}`);
  return text;
}
function pngImage(label, w, h) {
  const r = R(`png:${label}`);
  const [c1, c2] = [r.bytes(3), r.bytes(3)];
  const chunk = (type, data) =>
    Buffer.concat([
      u32be(data.length),
      Buffer.from(type),
      data,
      u32be(crc32(Buffer.concat([Buffer.from(type), data]))),
    ]);
  const ihdr = Buffer.concat([u32be(w), u32be(h), Buffer.from([8, 2, 0, 0, 0])]);
  const rows = [];
  for (let y = 0; y < h; y++) {
    const row = [0];
    for (let x = 0; x < w; x++)
      for (let k = 0; k < 3; k++) row.push(Math.round(c1[k] + (c2[k] - c1[k]) * ((x + y) / (w + h - 2))));
    rows.push(Buffer.from(row));
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ───────────────────────────── corpus bookkeeping ─────────────────────────────
const FILES = new Map(); // rel -> { text, enc: 'utf8'|'utf16le-bom'|'cp1252', crlf }
const LABELS = [];
function addFile(rel, text, opts = {}) {
  if (FILES.has(rel)) throw new Error(`dup file ${rel}`);
  FILES.set(rel, { text, enc: opts.enc || "utf8", crlf: !!opts.crlf });
}
// o: { type, positive, decoded, encoding, note, nth }
function lab(rel, secret, o) {
  if (typeof secret !== "string" || !secret) throw new Error(`bad secret for ${rel}`);
  LABELS.push({
    file: rel,
    secret,
    type: o.type,
    positive: !!o.positive,
    decoded: o.decoded ?? null,
    encoding: o.encoding || "plain",
    note: o.note || "",
    nth: o.nth || 1,
  });
}
const P = (rel, secret, type, note, extra = {}) => lab(rel, secret, { type, positive: true, note, ...extra });
const N = (rel, secret, type, note, extra = {}) =>
  lab(rel, secret, { type, positive: false, note, ...extra });

// Shared key material --------------------------------------------------------
const CA_KEY = rsaKey("cluster-ca");
const CA_NAME = [["2.5.4.3", "kubernetes"]];
const CA_PEM = makeCert({
  label: "ca",
  subject: CA_NAME,
  issuer: CA_NAME,
  subjectPub: crypto.createPublicKey(CA_KEY),
  issuerKey: CA_KEY,
  ca: true,
  years: 10,
});

function gcpServiceAccount(label, project, account) {
  const r = R(`sa:${label}`);
  const key = rsaKey(`sa:${label}`);
  return {
    key,
    json: {
      type: "service_account",
      project_id: project,
      private_key_id: r.str(HEXD, 40),
      private_key: pem(key, "pkcs8"),
      client_email: `${account}@${project}.iam.gserviceaccount.com`,
      client_id: `1${r.str(DIG, 20)}`,
      auth_uri: "https://accounts.google.com/o/oauth2/auth",
      token_uri: "https://oauth2.googleapis.com/token",
      auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${account}%40${project}.iam.gserviceaccount.com`,
      universe_domain: "googleapis.com",
    },
  };
}

// ═════════════════════════════ files ═════════════════════════════

// 1. Kubernetes Opaque Secret: base64 data values --------------------------------
{
  const F = "k8s/app-secret.yaml";
  const r = R(F);
  const dbPw = T.password(r, 24);
  const ghp = T.ghp(r);
  const slack = T.slackBot(r);
  const stripe = T.stripe(r);
  const envFile = `NODE_ENV=production\nPORT=8080\nSTRIPE_SECRET_KEY=${stripe}\nSTRIPE_WEBHOOK_TOLERANCE=300\nLOG_FORMAT=json\n`;
  const sa = gcpServiceAccount("k8s-app", "acme-orders-prod", "orders-api");
  const saText = `${JSON.stringify(sa.json, null, 2)}\n`;
  const cfg = JSON.stringify({
    logLevel: "info",
    region: "eu-west-1",
    cacheTtlSeconds: 300,
    featureFlags: { newCheckout: true, betaSearch: false },
    endpoints: { inventory: "http://inventory.prod.svc.cluster.local:8080" },
  });
  const v = {
    db: b64(dbPw),
    gh: b64(ghp),
    slack: b64(`${slack}\n`),
    env: b64(envFile),
    sa: b64(saText),
    cfg: b64(cfg),
    ca: b64(CA_PEM),
    lvl: b64("info"),
  };
  addFile(
    F,
    `apiVersion: v1
kind: Secret
metadata:
  name: orders-api
  namespace: prod
  labels:
    app.kubernetes.io/name: orders-api
    app.kubernetes.io/part-of: orders
type: Opaque
data:
  DB_PASSWORD: ${v.db}
  GITHUB_TOKEN: ${v.gh}
  SLACK_BOT_TOKEN: ${v.slack}
  LOG_LEVEL: ${v.lvl}
  app-config.json: ${v.cfg}
  .env: ${v.env}
  service-account.json: ${v.sa}
  ca.crt: ${v.ca}
`,
  );
  P(F, v.db, "password", "k8s Secret data: base64 of a generated DB password", {
    decoded: dbPw,
    encoding: "base64",
  });
  P(F, v.gh, "github_pat_classic", "k8s Secret data: base64 of a ghp_ token", {
    decoded: ghp,
    encoding: "base64",
  });
  P(
    F,
    v.slack,
    "slack_bot_token",
    "k8s Secret data: base64 of xoxb- token WITH trailing newline (echo | base64)",
    { decoded: slack, encoding: "base64" },
  );
  P(
    F,
    v.env,
    "stripe_secret_key",
    "k8s Secret data: base64 of a whole .env file containing STRIPE_SECRET_KEY",
    { decoded: stripe, encoding: "base64" },
  );
  P(
    F,
    v.sa,
    "gcp_service_account_private_key",
    "k8s Secret data: base64 of a GCP service-account JSON whose private_key is a PEM (\\n-escaped)",
    { decoded: sa.json.private_key, encoding: "base64>json:private_key" },
  );
  N(F, v.cfg, "base64_non_secret", "k8s Secret data: base64 of config JSON with no credentials", {
    decoded: cfg,
    encoding: "base64",
  });
  N(F, v.ca, "certificate", "k8s Secret data: base64 of a CA certificate PEM", {
    decoded: CA_PEM,
    encoding: "base64",
  });
}

// 2. dockerconfigjson (double base64), basic-auth, tls Secrets -------------------
{
  const F = "k8s/registry-and-tls.yaml";
  const r = R(F);
  const ghp = T.ghp(r);
  const dcj = JSON.stringify({
    auths: { "ghcr.io": { username: "acme-ci", password: ghp, auth: b64(`acme-ci:${ghp}`) } },
  });
  const grafPw = T.password(r, 22);
  const tlsKey = ecKey("edge-tls");
  const tlsKeyPem = pem(tlsKey, "sec1");
  const tlsCrt = makeCert({
    label: "edge",
    subject: [["2.5.4.3", "edge.acme.example"]],
    issuer: CA_NAME,
    subjectPub: crypto.createPublicKey(tlsKey),
    issuerKey: CA_KEY,
    years: 1,
  });
  const v = { dcj: b64(dcj), gpw: b64(grafPw), crt: b64(tlsCrt), key: b64(tlsKeyPem) };
  addFile(
    F,
    `apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: ci
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${v.dcj}
---
apiVersion: v1
kind: Secret
metadata:
  name: grafana-admin
  namespace: monitoring
type: kubernetes.io/basic-auth
data:
  username: ${b64("admin")}
  password: ${v.gpw}
---
apiVersion: v1
kind: Secret
metadata:
  name: edge-tls
  namespace: ingress
type: kubernetes.io/tls
data:
  tls.crt: ${v.crt}
  tls.key: ${v.key}
`,
  );
  P(
    F,
    v.dcj,
    "github_pat_classic",
    ".dockerconfigjson: base64(JSON) whose auths.ghcr.io has password and auth=base64(user:ghp_…) — double base64",
    { decoded: ghp, encoding: "base64" },
  );
  P(F, v.gpw, "password", "kubernetes.io/basic-auth password: base64 of generated password", {
    decoded: grafPw,
    encoding: "base64",
  });
  P(F, v.key, "private_key_ec", 'kubernetes.io/tls tls.key: base64 of "BEGIN EC PRIVATE KEY" PEM', {
    decoded: tlsKeyPem,
    encoding: "base64",
  });
  N(F, v.crt, "certificate", "kubernetes.io/tls tls.crt: base64 of a certificate PEM", {
    decoded: tlsCrt,
    encoding: "base64",
  });
}

// 3. kubeconfig ------------------------------------------------------------------
{
  const F = "k8s/ci-kubeconfig.yaml";
  const r = R(F);
  const clientKey = rsaKey("kubeconfig-admin");
  const clientKeyPem = pem(clientKey, "pkcs1");
  const clientCrt = makeCert({
    label: "admin",
    subject: [
      ["2.5.4.10", "system:masters"],
      ["2.5.4.3", "kubernetes-admin"],
    ],
    issuer: CA_NAME,
    subjectPub: crypto.createPublicKey(clientKey),
    issuerKey: CA_KEY,
    clientAuth: true,
    years: 1,
  });
  const iat = 1714000000 + r.int(3000000);
  const kid = b64u(
    crypto
      .createHash("sha256")
      .update(crypto.createPublicKey(CA_KEY).export({ type: "spki", format: "der" }))
      .digest(),
  ).slice(0, 43);
  const token = jwtRS256(
    {
      aud: ["https://kubernetes.default.svc.cluster.local"],
      exp: iat + 31536000,
      iat,
      iss: "https://kubernetes.default.svc.cluster.local",
      "kubernetes.io": { namespace: "ci", serviceaccount: { name: "deployer", uid: uuidv4(r) } },
      nbf: iat,
      sub: "system:serviceaccount:ci:deployer",
    },
    CA_KEY,
    { alg: "RS256", kid },
  );
  const v = { ca: b64(CA_PEM), crt: b64(clientCrt), key: b64(clientKeyPem) };
  addFile(
    F,
    `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${v.ca}
    server: https://10.20.0.1:6443
  name: prod-eu
- cluster:
    insecure-skip-tls-verify: true
    server: https://k8s-staging.internal.acme.example:6443
  name: staging
contexts:
- context:
    cluster: prod-eu
    user: kubernetes-admin
  name: kubernetes-admin@prod-eu
- context:
    cluster: staging
    namespace: ci
    user: deployer
  name: deployer@staging
current-context: kubernetes-admin@prod-eu
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: ${v.crt}
    client-key-data: ${v.key}
- name: deployer
  user:
    token: ${token}
`,
  );
  N(F, v.ca, "certificate", "kubeconfig certificate-authority-data: base64 of CA cert", {
    decoded: CA_PEM,
    encoding: "base64",
  });
  N(F, v.crt, "certificate", "kubeconfig client-certificate-data: base64 of client cert", {
    decoded: clientCrt,
    encoding: "base64",
  });
  P(F, v.key, "private_key_rsa", 'kubeconfig client-key-data: base64 of "BEGIN RSA PRIVATE KEY" PEM', {
    decoded: clientKeyPem,
    encoding: "base64",
  });
  P(
    F,
    token,
    "kubernetes_service_account_token",
    "kubeconfig users[].user.token: RS256 service-account JWT",
    { encoding: "plain" },
  );
}

// 4. Docker config.json ------------------------------------------------------------
{
  const F = "docker/config.json";
  const r = R(F);
  const dpat = T.dockerPat(r),
    ghp = T.ghp(r),
    gl = T.glpat(r),
    pw = T.password(r, 20);
  const pairs = {
    hub: `acmebuild:${dpat}`,
    gh: `acme-bot:${ghp}`,
    gl: `deploy-bot:${gl}`,
    ex: `deploy:${pw}`,
    quay: "username:password",
    nexus: "jenkins:",
  };
  const a = Object.fromEntries(Object.entries(pairs).map(([k, v]) => [k, b64(v)]));
  const cfg = {
    auths: {
      "https://index.docker.io/v1/": { auth: a.hub },
      "ghcr.io": { auth: a.gh },
      "registry.gitlab.com": { auth: a.gl },
      "registry.acme.example:5000": { auth: a.ex },
      "quay.io": { auth: a.quay },
      "nexus.internal:8082": { auth: a.nexus },
    },
    credsStore: "desktop",
    currentContext: "default",
  };
  addFile(F, `${JSON.stringify(cfg, null, "\t")}\n`);
  P(F, a.hub, "dockerhub_pat", "docker auth = base64(user:dckr_pat_…)", {
    decoded: pairs.hub,
    encoding: "base64",
  });
  P(F, a.gh, "github_pat_classic", "docker auth = base64(user:ghp_…)", {
    decoded: pairs.gh,
    encoding: "base64",
  });
  P(F, a.gl, "gitlab_pat", "docker auth = base64(user:glpat-…)", { decoded: pairs.gl, encoding: "base64" });
  P(F, a.ex, "docker_registry_auth", "docker auth = base64(user:generated password)", {
    decoded: pairs.ex,
    encoding: "base64",
  });
  N(F, a.quay, "placeholder", 'docker auth = base64("username:password") placeholder pair', {
    decoded: pairs.quay,
    encoding: "base64",
  });
  N(F, a.nexus, "placeholder", 'docker auth = base64("jenkins:") empty password', {
    decoded: pairs.nexus,
    encoding: "base64",
  });
}

// 5. .npmrc ----------------------------------------------------------------------
{
  const F = "frontend/.npmrc";
  const r = R(F);
  const npm = T.npm(r),
    nexusPw = T.password(r, 18),
    legacyPw = T.password(r, 16);
  const v = { pw: b64(nexusPw), auth: b64(`builder:${legacyPw}`), test: b64("test:test") };
  addFile(
    F,
    `registry=https://registry.npmjs.org/
@acme:registry=https://nexus.acme.example/repository/npm-private/
//registry.npmjs.org/:_authToken=${npm}
//nexus.acme.example/repository/npm-private/:username=ci-publisher
//nexus.acme.example/repository/npm-private/:_password=${v.pw}
//nexus.acme.example/repository/npm-private/:email=ci@acme.example
//npm.pkg.github.com/:_authToken=\${NPM_TOKEN}
_auth=${v.auth}
always-auth=true
; local verdaccio used by the e2e tests
//localhost:4873/:_auth=${v.test}
`,
  );
  P(F, npm, "npm_token", ".npmrc _authToken npm_ token (CRC32 checksum)");
  P(F, v.pw, "npm_password", ".npmrc :_password = base64(password)", {
    decoded: nexusPw,
    encoding: "base64",
  });
  P(F, v.auth, "npm_auth", ".npmrc legacy _auth = base64(user:password)", {
    decoded: `builder:${legacyPw}`,
    encoding: "base64",
  });
  N(F, "${NPM_TOKEN}", "template_reference", ".npmrc _authToken=${NPM_TOKEN} env reference");
  N(F, v.test, "placeholder", '.npmrc _auth = base64("test:test") for local verdaccio', {
    decoded: "test:test",
    encoding: "base64",
  });
}

// 6. Python source: Basic literal, b64decode, bytes.fromhex, implicit concatenation --
{
  const F = "src/client.py";
  const r = R(F);
  const svcPw = T.password(r, 22),
    openai = T.openai(r),
    xoxp = T.slackUser(r),
    ghp = T.ghp(r);
  const basic = b64(`svc-nightly:${svcPw}`);
  const oa = b64(openai),
    sl = hex(xoxp);
  const ghA = ghp.slice(0, 18),
    ghB = ghp.slice(18);
  const png = b64(pngImage("client-logo", 12, 12));
  const exampleBasic = b64("user:password"),
    adminProbe = b64("admin:");
  addFile(
    F,
    `"""Thin client for the billing and chat APIs used by the nightly jobs."""
import base64
import os

import requests

BILLING_URL = "https://billing.internal.acme.example/api/v2"

# service account for the billing API (rotated 2024-Q1)
BILLING_HEADERS = {
    "Authorization": "Basic ${basic}",
    "Accept": "application/json",
}

# left over from the README example; real credentials come from the vault
EXAMPLE_HEADERS = {"Authorization": "Basic ${exampleBasic}"}

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY") or base64.b64decode(
    "${oa}"
).decode()

# hex so the pre-commit hook stops complaining
SLACK_TOKEN = bytes.fromhex(
    "${sl}"
).decode("ascii")

GITHUB_TOKEN = (
    "${ghA}"
    "${ghB}"
)

ADMIN_PROBE = "Basic " + "${adminProbe}"

LOGO_PNG = base64.b64decode(
    "${png}"
)


def billing_get(path):
    return requests.get(f"{BILLING_URL}/{path}", headers=BILLING_HEADERS, timeout=30)


def post_to_slack(channel, text):
    return requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {SLACK_TOKEN}"},
        json={"channel": channel, "text": text},
        timeout=10,
    )
`,
  );
  P(F, basic, "basic_auth", 'Python dict literal "Authorization": "Basic base64(user:password)"', {
    decoded: `svc-nightly:${svcPw}`,
    encoding: "base64",
  });
  N(F, exampleBasic, "placeholder", 'Basic base64("user:password") README example', {
    decoded: "user:password",
    encoding: "base64",
  });
  P(F, oa, "openai_api_key", 'base64.b64decode("…") of an sk-proj- key', {
    decoded: openai,
    encoding: "base64",
  });
  P(F, sl, "slack_user_token", 'bytes.fromhex("…") of an xoxp- token', { decoded: xoxp, encoding: "hex" });
  P(
    F,
    `${ghA}"\n    "${ghB}`,
    "github_pat_classic",
    "HARD: ghp_ token split across two lines by Python implicit string concatenation",
    { decoded: ghp, encoding: "concat" },
  );
  N(F, adminProbe, "placeholder", '"Basic " + base64("admin:") empty password', {
    decoded: "admin:",
    encoding: "base64",
  });
  N(F, png, "image", "base64 of a PNG image", { encoding: "base64" });
}

// 7. JavaScript source: Buffer.from(b64), atob, hex, '+' concatenation ---------------
{
  const F = "src/config.js";
  const r = R(F);
  const ant = T.anthropic(r),
    sg = T.sendgrid(r),
    gl = T.glpat(r),
    fine = T.githubFine(r);
  const pubPem = crypto.createPublicKey(ecKey("config-js-verify")).export({ type: "spki", format: "pem" });
  const v = { ant: b64(ant), sg: b64(sg), gl: hex(gl), demo: b64("your-api-key-here"), pub: b64(pubPem) };
  const fA = fine.slice(0, 40),
    fB = fine.slice(40);
  addFile(
    F,
    `'use strict';
// Runtime configuration for the mailer worker.

const anthropicKey = Buffer.from(
  '${v.ant}',
  'base64'
).toString('utf8');

const sendgridKey = atob('${v.sg}');

const gitlabToken = Buffer.from('${v.gl}', 'hex').toString();

const githubToken = '${fA}' +
  '${fB}';

// shown in the onboarding wizard
const demoKey = atob('${v.demo}');

const webhookVerifyKey = Buffer.from('${v.pub}', 'base64').toString();

module.exports = {
  anthropicKey,
  sendgridKey,
  gitlabToken,
  githubToken,
  demoKey,
  webhookVerifyKey,
  fromAddress: 'noreply@acme.example',
};
`,
  );
  P(F, v.ant, "anthropic_api_key", "Buffer.from('…','base64') of an sk-ant-api03- key", {
    decoded: ant,
    encoding: "base64",
  });
  P(F, v.sg, "sendgrid_api_key", "atob('…') of a SendGrid SG. key", { decoded: sg, encoding: "base64" });
  P(F, v.gl, "gitlab_pat", "Buffer.from('…','hex') of a glpat- token", { decoded: gl, encoding: "hex" });
  P(F, `${fA}' +\n  '${fB}`, "github_pat_fine_grained", "HARD: github_pat_ split over two lines with ' + '", {
    decoded: fine,
    encoding: "concat",
  });
  N(F, v.demo, "placeholder", "atob('…') decodes to 'your-api-key-here'", {
    decoded: "your-api-key-here",
    encoding: "base64",
  });
  N(F, v.pub, "public_key", "base64 of a PEM public key (SPKI)", { decoded: pubPem, encoding: "base64" });
}

// 8. Shell script: curl Basic header, private_token / key= query strings -------------
{
  const F = "scripts/deploy.sh";
  const r = R(F);
  const pw = T.password(r, 20),
    gl = T.glpat(r),
    gk = T.google(r);
  const basic = b64(`release-bot:${pw}`);
  const aa = b64("admin:admin");
  addFile(
    F,
    `#!/usr/bin/env bash
set -euo pipefail

NEXUS=https://nexus.acme.example
VERSION=\${1:?usage: deploy.sh VERSION}

# upload the release bundle
curl -fsS -X PUT \\
  -H "Authorization: Basic ${basic}" \\
  --upload-file "dist/app-\${VERSION}.tgz" \\
  "$NEXUS/repository/releases/app-\${VERSION}.tgz"

# find the pipeline that built it
PIPELINE=$(curl -fsS "https://gitlab.acme.example/api/v4/projects/42/pipelines?ref=main&private_token=${gl}" | jq '.[0].id')
echo "pipeline: $PIPELINE"

# geocode the datacenter address for the status page
curl -fsS "https://maps.googleapis.com/maps/api/geocode/json?address=Frankfurt%20am%20Main&key=${gk}" -o geo.json

# docs example (local dev nexus only):
#   curl -H "Authorization: Basic ${aa}" http://localhost:8081/service/rest/v1/status

cat > "$HOME/.netrc.tmpl" <<EOF
machine api.github.com login ci password \\\${GITHUB_TOKEN}
EOF
`,
  );
  P(F, basic, "basic_auth", 'curl -H "Authorization: Basic base64(user:password)"', {
    decoded: `release-bot:${pw}`,
    encoding: "base64",
  });
  P(F, gl, "gitlab_pat", "glpat- in a URL query string (&private_token=)");
  P(F, gk, "google_api_key", "AIza key in a URL query string (&key=)");
  N(F, aa, "placeholder", 'Basic base64("admin:admin") in a docs comment', {
    decoded: "admin:admin",
    encoding: "base64",
  });
  N(F, "\\${GITHUB_TOKEN}", "template_reference", "escaped shell reference \\${GITHUB_TOKEN} in a heredoc");
}

// 9. Application debug log: Basic header in a bytes repr, query-string key, escaped JSON ---
{
  const F = "logs/app-debug.log";
  const r = R(F);
  const pw = T.password(r, 20),
    dd = T.hex32(r),
    cs = `${r.str(ALNUM, 8)}~${r.str(`${ALNUM}-_.`, 31)}`;
  const basic = b64(`partner-sync:${pw}`);
  const userOnly = b64("user:");
  addFile(
    F,
    `2024-05-14T09:12:03.114Z DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.partner.example:443
2024-05-14T09:12:03.201Z DEBUG http.client send: b'GET /v1/orders?since=2024-05-13 HTTP/1.1\\r\\nHost: api.partner.example\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAuthorization: Basic ${basic}\\r\\nConnection: keep-alive\\r\\n\\r\\n'
2024-05-14T09:12:03.388Z INFO  sync fetched 214 orders in 0.27s
2024-05-14T09:12:04.002Z DEBUG http.client send: b'POST /api/v2/logs?dd-api-key=${dd}&ddsource=python HTTP/1.1\\r\\nHost: http-intake.logs.datadoghq.eu\\r\\nContent-Type: application/json\\r\\n\\r\\n'
2024-05-14T09:12:04.510Z DEBUG oauthlib token request body="{\\"grant_type\\":\\"client_credentials\\",\\"client_id\\":\\"orders-sync\\",\\"client_secret\\":\\"${cs}\\"}"
2024-05-14T09:12:05.000Z DEBUG healthcheck probe sent Authorization: Basic ${userOnly}
2024-05-14T09:12:05.120Z WARN  callback retried with url=/hooks/partner?access_token=%3Credacted%3E
2024-05-14T09:12:06.774Z INFO  sync done
`,
  );
  P(
    F,
    basic,
    "basic_auth",
    "Basic header inside a Python bytes repr (\\r\\n literal escapes) in a debug log",
    { decoded: `partner-sync:${pw}`, encoding: "base64" },
  );
  P(F, dd, "datadog_api_key", "32-hex Datadog API key in ?dd-api-key= query string");
  P(F, cs, "oauth_client_secret", "client_secret inside JSON that is backslash-escaped in a log line");
  N(F, userOnly, "placeholder", 'Basic base64("user:") empty password', {
    decoded: "user:",
    encoding: "base64",
  });
  N(F, "%3Credacted%3E", "placeholder", 'URL-encoded "<redacted>" as access_token', {
    decoded: "<redacted>",
    encoding: "url",
  });
}

// 10. nginx access log: Azure SAS sig (URL-encoded base64), Google OAuth token ---------
{
  const F = "logs/nginx-access.log";
  const r = R(F);
  let sig;
  do {
    sig = b64(r.bytes(32));
  } while (!/[+/]/.test(sig));
  const sigEnc = encodeURIComponent(sig);
  const ya = T.ya29(r);
  addFile(
    F,
    `10.0.3.17 - - [14/May/2024:09:15:22 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
203.0.113.50 - - [14/May/2024:09:15:40 +0000] "GET /backups/orders-2024-05-13.tar.gz?sv=2022-11-02&ss=b&srt=o&sp=rl&se=2026-01-01T00%3A00%3A00Z&st=2024-05-01T00%3A00%3A00Z&spr=https&sig=${sigEnc} HTTP/1.1" 200 73400320 "-" "azsdk-python-storage-blob/12.19.1"
10.0.3.17 - - [14/May/2024:09:15:52 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
198.51.100.23 - - [14/May/2024:09:16:03 +0000] "GET /api/v1/report?format=json&access_token=${ya} HTTP/1.1" 200 18211 "https://dash.acme.example/" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
198.51.100.23 - - [14/May/2024:09:16:04 +0000] "GET /static/app.min.js HTTP/1.1" 304 0 "https://dash.acme.example/" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
`,
  );
  P(F, sigEnc, "azure_sas_signature", "Azure SAS URL: sig= is base64 HMAC, URL-encoded (%2B/%2F/%3D)", {
    decoded: sig,
    encoding: "url",
  });
  P(F, ya, "google_oauth_access_token", "ya29. access token in &access_token= query string");
}

// 11. connection URIs with URL-encoded passwords -----------------------------------
{
  const F = "config/connections.env";
  const r = R(F);
  const pg = T.password(r, 20, "@:/"),
    rd = T.password(r, 24, "#?"),
    mg = T.password(r, 18, "%@");
  const e = { pg: encodeURIComponent(pg), rd: encodeURIComponent(rd), mg: encodeURIComponent(mg) };
  addFile(
    F,
    `# generated by terraform (module.orders), do not edit
DATABASE_URL=postgresql://orders_app:${e.pg}@orders-db.cluster-c8x1.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=require
REDIS_URL=rediss://:${e.rd}@cache.internal.acme.example:6380/0
MONGODB_URI=mongodb+srv://analytics:${e.mg}@cluster0.x7k2p.mongodb.net/?retryWrites=true&w=majority

# local defaults for docker compose
DEV_DATABASE_URL=postgres://user:%3Cpassword%3E@localhost:5432/orders_dev
AMQP_URL=amqp://guest:guest@localhost:5672/
MYSQL_URL=mysql://root:%24%7BMYSQL_ROOT_PASSWORD%7D@mysql:3306/app
`,
  );
  P(F, e.pg, "connection_string_password", "postgres URI password URL-encoded (contains @ : /)", {
    decoded: pg,
    encoding: "url",
  });
  P(F, e.rd, "connection_string_password", "rediss URI with empty user, password URL-encoded (# ?)", {
    decoded: rd,
    encoding: "url",
  });
  P(F, e.mg, "connection_string_password", "mongodb+srv URI password URL-encoded (% @)", {
    decoded: mg,
    encoding: "url",
  });
  N(F, "%3Cpassword%3E", "placeholder", 'URL-encoded "<password>" placeholder', {
    decoded: "<password>",
    encoding: "url",
  });
  N(F, "guest:guest", "placeholder", "RabbitMQ default guest:guest", {});
  N(F, "%24%7BMYSQL_ROOT_PASSWORD%7D", "template_reference", "URL-encoded ${MYSQL_ROOT_PASSWORD}", {
    decoded: "${MYSQL_ROOT_PASSWORD}",
    encoding: "url",
  });
}

// 12. .git-credentials -------------------------------------------------------------
{
  const F = "home/.git-credentials";
  const r = R(F);
  const pw = T.password(r, 20, "@!"),
    ghs = T.ghs(r);
  const e = encodeURIComponent(pw);
  addFile(
    F,
    `https://jane.doe%40acme.example:${e}@git.acme.example
https://x-access-token:${ghs}@github.com
`,
  );
  P(F, e, "password", ".git-credentials password URL-encoded (user is also %40-encoded)", {
    decoded: pw,
    encoding: "url",
  });
  P(F, ghs, "github_app_installation_token", "ghs_ token as URL password");
}

// 13. appsettings.json: stringified JSON, \u002F and \u0026 escapes, templates ------------
{
  const F = "config/appsettings.json";
  const r = R(F);
  const xoxb = T.slackBot(r),
    akid = T.awsId(r),
    asec = T.awsSecret(r, true),
    smtp = T.password(r, 20, "&<>");
  const slackCfg = JSON.stringify(
    JSON.stringify({ token: xoxb, channel: "#ops-alerts", username: "orders-bot" }),
  );
  const secEsc = asec.replace(/\//g, "\\u002F");
  const smtpEsc = jsonInner(smtp).replace(/&/g, "\\u0026").replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  addFile(
    F,
    `{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Slack": {
    "Config": ${slackCfg}
  },
  "Aws": {
    "Region": "eu-west-1",
    "AccessKeyId": "${akid}",
    "SecretAccessKey": "${secEsc}"
  },
  "Smtp": {
    "Host": "smtp.mailhost.example",
    "Port": 587,
    "User": "orders-mailer",
    "Password": "${smtpEsc}"
  },
  "Features": {
    "ApiKey": "{{ .Values.features.apiKey }}",
    "WebhookHeaders": "{\\"X-Signing-Secret\\": \\"\${SLACK_SIGNING_SECRET}\\"}"
  },
  "AllowedHosts": "*"
}
`,
  );
  P(
    F,
    xoxb,
    "slack_bot_token",
    'xoxb- token inside a JSON string that itself holds stringified JSON (\\" escapes)',
  );
  P(F, akid, "aws_access_key_id", "AKIA access key id (pair with next line)");
  P(F, secEsc, "aws_secret_access_key", 'AWS secret with "/" written as \\u002F JSON escape', {
    decoded: asec,
    encoding: "json-string",
  });
  P(
    F,
    smtpEsc,
    "password",
    "password with & < > written as \\u0026 \\u003c \\u003e (Go-style JSON escaping)",
    { decoded: smtp, encoding: "json-string" },
  );
  N(F, "{{ .Values.features.apiKey }}", "template_reference", "Helm template reference");
  N(
    F,
    '\\"${SLACK_SIGNING_SECRET}\\"',
    "template_reference",
    "escaped ${SLACK_SIGNING_SECRET} reference inside stringified JSON",
  );
}

// 14. GCP service-account key file: PEM with \n escapes in a JSON field ---------------
let _SA_FILE;
{
  const F = "gcp/service-account.json";
  const sa = gcpServiceAccount("gcp-file", "acme-analytics-7731", "bq-loader");
  _SA_FILE = sa;
  addFile(F, `${JSON.stringify(sa.json, null, 2)}\n`);
  P(
    F,
    jsonInner(sa.json.private_key),
    "gcp_service_account_private_key",
    'PEM private key with \\n escapes in JSON "private_key"',
    { decoded: sa.json.private_key, encoding: "json-string" },
  );
}

// 15. .env with export, quotes, inline comments, CRLF ---------------------------------
{
  const F = "app/.env.production";
  const r = R(F);
  const stripe = T.stripe(r),
    openai = T.openai(r),
    dbPw = T.password(r, 20, "#");
  const ec = ecKey("env-jwt");
  const ecPem = pem(ec, "sec1").trimEnd();
  const ecEsc = ecPem.replace(/\n/g, "\\n");
  const iat = 1700000000 + r.int(20000000);
  const jwtSecret = r.str(ALNUM, 40);
  const jwt = jwtHS256(
    { iss: "supabase", ref: r.str(LO, 20), role: "service_role", iat, exp: iat + 315360000 },
    jwtSecret,
  );
  addFile(
    F,
    `# production environment: read by systemd EnvironmentFile= and by \`source\`
export NODE_ENV=production
export PORT=8080            # behind nginx
export STRIPE_SECRET_KEY=${stripe} # live key, rotate quarterly
export OPENAI_API_KEY="${openai}"  # team key (billing: platform)
export DB_PASSWORD='${dbPw}' # quoted: the '#' is part of the value
export JWT_PRIVATE_KEY="${ecEsc}"
export SUPABASE_SERVICE_ROLE_KEY=${jwt}  # server-side only
export API_KEY=changeme # TODO: set the real key before go-live
export GITHUB_TOKEN=\${GITHUB_TOKEN:-}
`,
    { crlf: true },
  );
  P(F, stripe, "stripe_secret_key", "CRLF .env: export KEY=value # inline comment");
  P(F, openai, "openai_api_key", 'CRLF .env: export KEY="value"  # inline comment');
  P(F, dbPw, "password", "CRLF .env: single-quoted value containing '#', followed by a comment");
  P(F, ecEsc, "private_key_ec", "EC PEM in a double-quoted env var with literal \\n escapes", {
    decoded: ecPem,
    encoding: "backslash-n",
  });
  P(F, jwt, "jwt", "HS256 JWT (Supabase service_role) in an env var");
  N(F, "changeme", "placeholder", "API_KEY=changeme placeholder");
  N(F, "${GITHUB_TOKEN:-}", "template_reference", "shell default-expansion reference");
}

// 16. Helm values: YAML block scalars (| and >) -------------------------------------
{
  const F = "helm/values.yaml";
  const r = R(F);
  const ingKey = ecKey("helm-ingress");
  const ingPem = pem(ingKey, "pkcs8").trimEnd();
  const ingCrt = makeCert({
    label: "helm-ingress",
    subject: [["2.5.4.3", "orders.acme.example"]],
    issuer: CA_NAME,
    subjectPub: crypto.createPublicKey(ingKey),
    issuerKey: CA_KEY,
    years: 1,
  }).trimEnd();
  const ssh = opensshEd25519("helm-deploy", "deploy@orders");
  const sshPem = ssh.private.trimEnd();
  const connPw = T.password(r, 24);
  const sg = T.sendgrid(r);
  const bcrypt = `$2y$10$${r.str(`./${ALNUM}`, 53)}`;
  const ind = (s, n) => s.split("\n").join(`\n${" ".repeat(n)}`);
  addFile(
    F,
    `replicaCount: 2

image:
  repository: ghcr.io/acme/orders
  tag: "1.14.2"
  pullPolicy: IfNotPresent

ingress:
  enabled: true
  host: orders.acme.example
  tls:
    crt: |
      ${ind(ingCrt, 6)}
    key: |
      ${ind(ingPem, 6)}

deployKey: |
  ${ind(sshPem, 2)}

database:
  connectionString: >-
    Server=tcp:orders-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=${connPw};Encrypt=True;Connection Timeout=30;

smtp:
  host: smtp.sendgrid.net
  port: 587
  username: apikey
  password: >
    ${sg}

basicAuth:
  enabled: true
  htpasswd: |
    admin:${bcrypt}
`,
  );
  N(F, ind(ingCrt, 6), "certificate", "certificate PEM in a YAML | block", {
    decoded: ingCrt,
    encoding: "yaml-block",
  });
  P(F, ind(ingPem, 6), "private_key_ec", 'PKCS#8 "BEGIN PRIVATE KEY" (EC) in a YAML | block, indented', {
    decoded: ingPem,
    encoding: "yaml-block",
  });
  P(F, ind(sshPem, 2), "private_key_openssh", "OpenSSH ed25519 private key in a YAML | block", {
    decoded: sshPem,
    encoding: "yaml-block",
  });
  P(
    F,
    connPw,
    "connection_string_password",
    "SQL Server connection string in a YAML >- folded scalar (value starts on the next line)",
  );
  P(F, sg, "sendgrid_api_key", "SendGrid key as a YAML > folded scalar on its own line");
  N(F, bcrypt, "password_hash", "bcrypt hash (random, format-valid) in htpasswd block");
}

// 17. Jupyter notebook: outputs print keys; source strings are JSON-escaped ----------
{
  const F = "notebooks/churn-analysis.ipynb";
  const r = R(F);
  const hf = T.hf(r),
    akid = T.awsId(r),
    asec = T.awsSecret(r),
    ant = T.anthropic(r);
  const png = b64(pngImage("nb-plot", 40, 24));
  const id = () =>
    r.str(HEXD, 8) +
    "-" +
    r.str(HEXD, 4) +
    "-" +
    r.str(HEXD, 4) +
    "-" +
    r.str(HEXD, 4) +
    "-" +
    r.str(HEXD, 12);
  const nb = {
    cells: [
      {
        cell_type: "markdown",
        id: id(),
        metadata: {},
        source: ["# Churn analysis\n", "Pulls events from the warehouse and summarises churn by plan."],
      },
      {
        cell_type: "code",
        execution_count: 1,
        id: id(),
        metadata: {},
        outputs: [
          {
            data: {
              "text/plain": [`{'aws_access_key_id': '${akid}',\n`, ` 'aws_secret_access_key': '${asec}'}`],
            },
            execution_count: 1,
            metadata: {},
            output_type: "execute_result",
          },
        ],
        source: [
          "import os\n",
          "import boto3\n",
          `os.environ["HF_TOKEN"] = "${hf}"\n`,
          "creds = boto3.Session().get_credentials().get_frozen_credentials()\n",
          "{'aws_access_key_id': creds.access_key, 'aws_secret_access_key': creds.secret_key}",
        ],
      },
      {
        cell_type: "code",
        execution_count: 2,
        id: id(),
        metadata: {},
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: [`using key ${ant}\n`, "model: claude-3-5-sonnet-20240620\n"],
          },
        ],
        source: [
          "from anthropic import Anthropic\n",
          "client = Anthropic()\n",
          'print("using key", client.api_key)\n',
          'print("model:", MODEL)',
        ],
      },
      {
        cell_type: "code",
        execution_count: 3,
        id: id(),
        metadata: {},
        outputs: [
          {
            data: { "image/png": `${png}\n`, "text/plain": ["<Figure size 640x480 with 1 Axes>"] },
            metadata: {},
            output_type: "display_data",
          },
        ],
        source: ['df.groupby("plan").churned.mean().plot(kind="bar")'],
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3 (ipykernel)", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.8" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  addFile(F, `${JSON.stringify(nb, null, 1)}\n`);
  P(F, akid, "aws_access_key_id", "notebook execute_result text/plain (dict repr) — AKIA id");
  P(
    F,
    asec,
    "aws_secret_access_key",
    "notebook execute_result text/plain — secret key on the following output line",
  );
  P(F, hf, "huggingface_token", 'hf_ token in notebook cell source (JSON string with \\" escapes)');
  P(F, ant, "anthropic_api_key", "key printed to stdout in a notebook stream output");
  N(F, png, "image", "notebook display_data image/png base64", { encoding: "base64" });
}

// 18. HTML attributes, data- attributes, entity-escaped JSON ------------------------
{
  const F = "web/dashboard.html";
  const r = R(F);
  const sg = T.sendgrid(r),
    gl = T.glpat(r),
    gho = T.gho(r),
    twTok = T.hex32(r),
    twSid = `AC${T.hex32(r)}`;
  const pk = T.stripe(r, "pk"),
    site = `6Lc${r.str(URLSAFE, 37)}`;
  const img = b64(pngImage("html-logo", 8, 8));
  addFile(
    F,
    `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Orders dashboard</title>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <div id="app"
       data-stripe-key="${pk}"
       data-config="{&quot;mailer&quot;:{&quot;provider&quot;:&quot;sendgrid&quot;,&quot;apiKey&quot;:&quot;${sg}&quot;}}">
  </div>
  <form action="/admin/sync" method="post">
    <input type="hidden" name="api_token" value="${gl}">
    <div class="g-recaptcha" data-sitekey="${site}"></div>
    <button type="submit">Sync now</button>
  </form>
  <a href="https://api.github.com/repos/acme/orders/zipball/main?access_token=${gho}&amp;ref=main">Download source</a>
  <img alt="Acme" width="8" height="8" src="data:image/png;base64,${img}">
  <script>
    window.__TWILIO__ = { accountSid: "${twSid}", authToken: "${twTok}" };
  </script>
</body>
</html>
`,
  );
  N(F, pk, "publishable_key", "Stripe pk_live_ publishable key in data- attribute (public by design)");
  P(F, sg, "sendgrid_api_key", "SendGrid key inside &quot;-escaped JSON in a data-config attribute");
  P(F, gl, "gitlab_pat", "glpat- in <input type=hidden value=…>");
  N(F, site, "recaptcha_site_key", "reCAPTCHA data-sitekey (public)");
  P(F, gho, "github_oauth_token", "gho_ token in href query string followed by &amp;");
  N(F, img, "image", "data: URI PNG base64", { encoding: "base64" });
  P(F, twTok, "twilio_auth_token", "Twilio auth token (32 hex) next to its Account SID in inline script");
}

// 19. Web.config: XML-escaped values -----------------------------------------------
{
  const F = "config/Web.config";
  const r = R(F);
  const pw = T.password(r, 20, "&<"),
    smtp = T.password(r, 18, '"&');
  const acct = b64(r.bytes(64));
  const e = { pw: xmlEsc(pw), smtp: xmlEsc(smtp) };
  addFile(
    F,
    `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="OrdersDb" connectionString="Server=tcp:sql01.corp.acme.example,1433;Initial Catalog=Orders;User ID=svc_orders;Password=${e.pw};Encrypt=True;" providerName="System.Data.SqlClient" />
    <add name="ReportingDb" connectionString="Server=sql02.corp.acme.example;Database=Reports;User Id=svc_reports;Password=#{ReportingDbPassword}#;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StorageConnection" value="DefaultEndpointsProtocol=https;AccountName=acmeordersprod;AccountKey=${acct};EndpointSuffix=core.windows.net" />
    <add key="SmtpUser" value="orders-mailer" />
    <add key="SmtpPassword" value="${e.smtp}" />
    <add key="MapsApiKey" value="&lt;your-api-key&gt;" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
`,
  );
  P(
    F,
    e.pw,
    "connection_string_password",
    "XML attribute: password containing & and < written as &amp; &lt;",
    { decoded: pw, encoding: "xml" },
  );
  N(F, "#{ReportingDbPassword}#", "template_reference", "Octopus Deploy #{var}# substitution token");
  P(
    F,
    acct,
    "azure_storage_account_key",
    "AccountKey= (base64 of 64 bytes) in an Azure storage connection string",
  );
  P(F, e.smtp, "password", 'XML attribute: password containing " and & written as &quot; &amp;', {
    decoded: smtp,
    encoding: "xml",
  });
  N(F, "&lt;your-api-key&gt;", "placeholder", "XML-escaped <your-api-key> placeholder", {
    decoded: "<your-api-key>",
    encoding: "xml",
  });
}

// 20. PowerShell script in UTF-16LE with BOM, CRLF ----------------------------------
{
  const F = "scripts/Install-OrdersSync.ps1";
  const r = R(F);
  const pw = T.password(r, 22),
    smokePw = T.password(r, 18);
  const basic = b64(`smoke-test:${smokePw}`);
  const dpapi =
    "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" +
    hex(r.bytes(16)) +
    "0000000002000000000003660000c000000010000000" +
    hex(r.bytes(16)) +
    "0000000004800000a000000010000000" +
    hex(r.bytes(16)) +
    "28000000" +
    hex(r.bytes(40)) +
    "14000000" +
    hex(r.bytes(20));
  addFile(
    F,
    `<#
.SYNOPSIS
    Installs the Orders sync service on a Windows host.
.NOTES
    Saved by Windows PowerShell ISE (UTF-16 LE).
#>
param([string]$ComputerName = $env:COMPUTERNAME)

$ErrorActionPreference = 'Stop'
$svcUser = 'CORP\\svc_orders_sync'
$svcPassword = ConvertTo-SecureString '${pw}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPassword)

# post-install smoke test
$headers = @{ Authorization = 'Basic ${basic}' }

# exported once with ConvertFrom-SecureString on the build host (DPAPI, machine-bound)
$legacy = '${dpapi}' | ConvertTo-SecureString

New-Service -Name OrdersSync -BinaryPathName 'C:\\Program Files\\Acme\\OrdersSync\\OrdersSync.exe' -Credential $cred -StartupType Automatic
Start-Service OrdersSync
Invoke-RestMethod -Uri "https://orders.corp.acme.example/api/health" -Headers $headers
`,
    { enc: "utf16le-bom", crlf: true },
  );
  P(F, pw, "password", "UTF-16LE+BOM file: ConvertTo-SecureString '…' -AsPlainText");
  P(F, basic, "basic_auth", "UTF-16LE+BOM file: Basic base64(user:password) header", {
    decoded: `smoke-test:${smokePw}`,
    encoding: "base64",
  });
  N(F, dpapi, "encrypted_blob", "DPAPI-protected SecureString export (hex), machine-bound ciphertext");
}

// 21. Windows-1252 INI file, CRLF ---------------------------------------------------
{
  const F = "legacy/client.ini";
  const r = R(F);
  const pw1 = T.password(r, 16, "€ä§"),
    pw2 = T.password(r, 14, "é£");
  addFile(
    F,
    `; Acme Orders Legacy-Client — Einstellungen (ANSI / Windows-1252)
[Datenbank]
Server=SQL-ALT01
Benutzer=orders_legacy
Passwort=${pw1}

[FTP]
Host=ftp.partner.example
Benutzer=acme_upload
Kennwort=${pw2}

[Allgemein]
Sprache=Deutsch
Währung=€
`,
    { enc: "cp1252", crlf: true },
  );
  P(F, pw1, "password", "Windows-1252 file (not UTF-8): password containing € ä § (bytes 0x80 0xE4 0xA7)");
  P(F, pw2, "password", "Windows-1252 file: password containing é £");
}

// 22. cloud-init: write_files with gz+b64 and b64 encodings -------------------------
{
  const F = "cloud-init/user-data.yaml";
  const r = R(F);
  const ssh = opensshEd25519("cloud-init-deploy", "deploy@acme");
  const chpw = T.password(r, 20);
  const akid = T.awsId(r),
    asec = T.awsSecret(r);
  const awsCreds = `[default]\naws_access_key_id = ${akid}\naws_secret_access_key = ${asec}\nregion = eu-west-1\n`;
  const gz = b64(zlib.gzipSync(Buffer.from(awsCreds), { level: 9 }));
  const pgPw = T.password(r, 20);
  const pgpass = `orders-db.internal:5432:orders:batch:${pgPw}\n`;
  const motd = "Batch worker — managed by cloud-init. Changes will be overwritten.\n";
  const v = { pg: b64(pgpass), motd: b64(motd) };
  addFile(
    F,
    `#cloud-config
hostname: batch-worker-01
users:
  - name: deploy
    groups: sudo
    shell: /bin/bash
    ssh_authorized_keys:
      - ${ssh.public}
chpasswd:
  expire: false
  users:
    - name: deploy
      password: ${chpw}
      type: text
write_files:
  - path: /root/.aws/credentials
    permissions: '0600'
    encoding: gz+b64
    content: ${gz}
  - path: /home/deploy/.pgpass
    owner: deploy:deploy
    permissions: '0600'
    encoding: b64
    content: ${v.pg}
  - path: /etc/motd
    encoding: b64
    content: ${v.motd}
runcmd:
  - [systemctl, enable, --now, batch-worker.service]
`,
  );
  N(F, ssh.public.split(" ")[1], "public_key", "ssh-ed25519 public key (base64 wire format)");
  P(F, chpw, "password", "cloud-init chpasswd users[].password (type: text)");
  P(
    F,
    gz,
    "aws_secret_access_key",
    "cloud-init encoding: gz+b64 — gzip then base64 of an ~/.aws/credentials file",
    { decoded: asec, encoding: "base64>gunzip" },
  );
  P(F, v.pg, "password", "cloud-init encoding: b64 of a .pgpass line", { decoded: pgPw, encoding: "base64" });
  N(F, v.motd, "base64_non_secret", "cloud-init b64 of a motd banner", { decoded: motd, encoding: "base64" });
}

// 23. Minified JS bundle, single line > 100 KB --------------------------------------
{
  const F = "dist/app.min.js";
  const r = R(F);
  const key = T.openai(r);
  const words = [
    "click",
    "resize",
    "scroll",
    "keydown",
    "submit",
    "change",
    "focus",
    "blur",
    "orders",
    "cart",
    "checkout",
    "price",
    "total",
    "items",
    "label",
    "title",
    "hidden",
    "active",
    "disabled",
    "loading",
    "error",
    "success",
    "warning",
    "modal",
    "toast",
    "dropdown",
    "tooltip",
  ];
  const id = () => r.pick([..."abcdefghijklmnopqrstuvwxyz$_"]) + r.str(LO + UP + DIG, r.int(3));
  const chunk = () => {
    const a = id(),
      b = id(),
      c = id(),
      w1 = r.pick(words),
      w2 = r.pick(words);
    switch (r.int(5)) {
      case 0:
        return `function ${a}(${b},${c}){return ${b}&&${b}.${w1}?${b}.${w1}(${c}):${c}}`;
      case 1:
        return `var ${a}={${w1}:"${w2}",${w2}Count:${r.int(1000)},is${w1[0].toUpperCase() + w1.slice(1)}:!${r.int(2)}};`;
      case 2:
        return `${a}.prototype.${w1}=function(${b}){this.${w2}=${b};return this.emit("${w1}",${b}),this};`;
      case 3:
        return `document.addEventListener("${w1}",function(${b}){${c}(${b}.target,"${w2}")},!1);`;
      default:
        return `for(var ${a}=0,${b}=${c}.length;${a}<${b};${a}++)${c}[${a}].classList.toggle("${w1}-${w2}",${a}%${2 + r.int(5)}===0);`;
    }
  };
  const parts = ['!function(){"use strict";'];
  let len = parts[0].length;
  while (len < 62000) {
    const c = chunk();
    parts.push(c);
    len += c.length;
  }
  parts.push(`var OA={baseURL:"https://api.openai.com/v1",apiKey:"${key}",model:"gpt-4o-mini"};`);
  len += parts.at(-1).length;
  while (len < 125000) {
    const c = chunk();
    parts.push(c);
    len += c.length;
  }
  parts.push("}();");
  const line = parts.join("");
  addFile(F, `${line}\n//# sourceMappingURL=app.min.js.map\n`);
  P(
    F,
    key,
    "openai_api_key",
    `sk-proj- key in the middle (~62 KB in) of a ${Math.round(line.length / 1024)} KB single-line minified bundle`,
  );
}

// 24. CI env: GitHub token inside base64-encoded JSON blob ----------------------------
{
  const F = "ci/pipeline.env";
  const r = R(F);
  const ghp = T.ghp(r);
  const cfg = b64(
    JSON.stringify({
      github: { org: "acme", token: ghp, app: "release-bot" },
      registry: "ghcr.io/acme",
      cache: true,
    }),
  );
  const tf = b64(
    JSON.stringify({
      region: "eu-west-1",
      instance_type: "t3.large",
      min_size: 2,
      max_size: 6,
      tags: { team: "orders", env: "prod" },
    }),
  );
  addFile(
    F,
    `# exported by the bootstrap job; read with: echo "$CI_CONFIG_B64" | base64 -d | jq .
CI_CONFIG_B64=${cfg}
TF_VAR_settings_b64=${tf}
CI_DEBUG=false
`,
  );
  P(F, cfg, "github_pat_classic", "ghp_ token inside a base64-encoded JSON blob", {
    decoded: ghp,
    encoding: "base64",
  });
  N(F, tf, "base64_non_secret", "base64 of terraform settings JSON without credentials", {
    decoded: Buffer.from(tf, "base64").toString(),
    encoding: "base64",
  });
}

// 25. Email: quoted-printable with soft line breaks, base64 attachment ----------------
{
  const F = "mail/onboarding.eml";
  const r = R(F);
  const rk = T.stripe(r, "rk");
  const vpnPw = T.password(r, 18);
  const body = `Hi Sam,\n\nhere is the restricted key for the nightly reporting job (read-only on charges and payouts):\n\n    ${rk}\n\nPlease store it in the team vault — don't paste it into tickets.\n\nThanks,\nPlatform team\n`;
  const qp = qpEncode(body);
  const att = `VPN gateway: vpn.acme.example\nusername: sam.ortiz\npassword: ${vpnPw}\nOTP: use the Authenticator app\n`;
  const attB64 = wrap(b64(att), 76);
  addFile(
    F,
    `From: Platform Team <platform-team@acme.example>
To: Sam Ortiz <sam.ortiz@acme.example>
Subject: Your reporting API key and VPN access
Date: Tue, 14 May 2024 10:02:11 +0000
Message-ID: <${r.str(HEXD, 16)}@mail.acme.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_b7f3c1e0"

--=_b7f3c1e0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${qp}
--=_b7f3c1e0
Content-Type: text/plain; charset=utf-8; name="vpn.txt"
Content-Disposition: attachment; filename="vpn.txt"
Content-Transfer-Encoding: base64

${attB64}
--=_b7f3c1e0--
`,
  );
  const qpLine = qp.split("\n").findIndex((l) => l.includes(rk.slice(0, 20)));
  const qpLines = qp.split("\n");
  const start = qpLines[qpLine].indexOf("rk_live_");
  let written = qpLines[qpLine].slice(start);
  let k = qpLine;
  while (written.endsWith("=") && written.replace(/=\n/g, "").replace(/=$/, "").length < rk.length) {
    k++;
    written += `\n${qpLines[k]}`;
  }
  written = written.slice(0, written.length - (written.replace(/=\n/g, "").length - rk.length));
  P(
    F,
    written,
    "stripe_restricted_key",
    'HARD: rk_live_ key in a quoted-printable body, split by a soft line break "=\\n"',
    { decoded: rk, encoding: "qp" },
  );
  P(F, attB64, "password", "base64 MIME attachment wrapped at 76 columns containing a VPN password", {
    decoded: vpnPw,
    encoding: "base64",
  });
}

// 26. Java .properties escapes --------------------------------------------------------
{
  const F = "config/application.properties";
  const r = R(F);
  const pw = T.password(r, 20, ":=#é");
  const propsEsc = (s) =>
    s
      .replace(/[\\:=#!]/g, (c) => `\\${c}`)
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  const pwEsc = propsEsc(pw);
  const jwtSecret = b64(r.bytes(32));
  const jasypt = b64(r.bytes(32));
  addFile(
    F,
    `#Orders service \u2014 written by java.util.Properties.store()
#Tue May 14 10:11:12 UTC 2024
spring.application.name=orders
spring.datasource.url=jdbc\\:postgresql\\://orders-db\\:5432/orders
spring.datasource.username=orders_app
spring.datasource.password=${pwEsc}
app.jwt.secret=${jwtSecret}
app.partner.password=ENC(${jasypt})
spring.mail.password=\${MAIL_PASSWORD}
`.replace("\u2014", "-"),
  );
  P(F, pwEsc, "password", "Java .properties: password with \\: \\= \\# escapes and \\u00E9 unicode escape", {
    decoded: pw,
    encoding: "properties",
  });
  P(
    F,
    jwtSecret,
    "jwt_signing_secret",
    "base64 HS256 signing secret (the base64 text is the configured value)",
  );
  N(F, `ENC(${jasypt})`, "encrypted_blob", "Jasypt ENC(...) encrypted value");
  N(F, "${MAIL_PASSWORD}", "template_reference", "Spring ${MAIL_PASSWORD} placeholder");
}

// 27. Ansible vault (inline !vault) -----------------------------------------------------
{
  const F = "ansible/group_vars/prod/vars.yml";
  const r = R(F);
  const salt = r.bytes(32);
  const dk = crypto.pbkdf2Sync(Buffer.from(T.password(r, 24)), salt, 10000, 80, "sha256");
  const plain = Buffer.from(T.password(r, 24));
  const padN = 16 - (plain.length % 16);
  const c = crypto.createCipheriv("aes-256-ctr", dk.subarray(0, 32), dk.subarray(64, 80));
  const ct = Buffer.concat([c.update(Buffer.concat([plain, Buffer.alloc(padN, padN)])), c.final()]);
  const mac = crypto.createHmac("sha256", dk.subarray(32, 64)).update(ct).digest("hex");
  const body = wrap(hex(`${hex(salt)}\n${mac}\n${hex(ct)}`), 80);
  addFile(
    F,
    `---
db_user: orders_app
db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
${indent(body, 10)}
api_base: https://orders.internal.acme.example
`,
  );
  N(F, body.split("\n")[0], "encrypted_blob", "ansible-vault AES256 ciphertext (first hex line)");
}

// 28. SOPS-encrypted YAML ----------------------------------------------------------------
{
  const F = "secrets/prod.enc.yaml";
  const r = R(F);
  const dataKey = r.bytes(32);
  const enc = (v, type = "str") => {
    const iv = r.bytes(32);
    const c = crypto.createCipheriv("aes-256-gcm", dataKey, iv);
    const ct = Buffer.concat([c.update(Buffer.from(v)), c.final()]);
    return `ENC[AES256_GCM,data:${b64(ct)},iv:${b64(iv)},tag:${b64(c.getAuthTag())},type:${type}]`;
  };
  const vals = {
    user: enc("orders_app"),
    pw: enc(T.password(r, 24)),
    stripe: enc(T.stripe(r)),
    mac: enc(hex(r.bytes(32)).toUpperCase()),
  };
  const recipient = bech32("age", r.bytes(32));
  const ageHdr = `age-encryption.org/v1\n-> X25519 ${b64(r.bytes(32)).replace(/=+$/, "")}\n${b64(r.bytes(32)).replace(/=+$/, "")}\n--- ${b64(r.bytes(32)).replace(/=+$/, "")}\n`;
  const age = wrap(b64(Buffer.concat([Buffer.from(ageHdr), r.bytes(16 + 32 + 16)])), 64);
  addFile(
    F,
    `db:
    user: ${vals.user}
    password: ${vals.pw}
stripe_secret_key: ${vals.stripe}
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: ${recipient}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
${indent(age, 12)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-14T10:11:12Z"
    mac: ${vals.mac}
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`,
  );
  N(F, vals.pw, "encrypted_blob", "SOPS ENC[AES256_GCM,…] value");
  N(F, vals.stripe, "encrypted_blob", "SOPS ENC[…] value under a secret-sounding key");
  N(F, age.split("\n")[0], "encrypted_blob", "age-encrypted SOPS data key (armored)");
}

// 29. Bitnami SealedSecret ---------------------------------------------------------------
{
  const F = "k8s/sealed-secret.yaml";
  const r = R(F);
  const seal = (n) => b64(Buffer.concat([Buffer.from([0x02, 0x00]), r.bytes(512), r.bytes(n + 16)]));
  const a = seal(24),
    b = seal(107);
  addFile(
    F,
    `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orders-db
  namespace: prod
spec:
  encryptedData:
    DB_PASSWORD: ${a}
    STRIPE_SECRET_KEY: ${b}
  template:
    metadata:
      name: orders-db
      namespace: prod
    type: Opaque
`,
  );
  N(F, a, "encrypted_blob", "SealedSecret encryptedData (RSA-OAEP + AES-GCM ciphertext)");
  N(F, b, "encrypted_blob", "SealedSecret encryptedData under STRIPE_SECRET_KEY");
}

// 30. Password hashes ---------------------------------------------------------------------
{
  const F = "fixtures/users.json";
  const r = R(F);
  const salt = r.str(ALNUM, 22);
  const dj = `pbkdf2_sha256$600000$${salt}$${b64(crypto.pbkdf2Sync(T.password(r, 16), salt, 600000, 32, "sha256"))}`;
  const ar = `argon2$argon2id$v=19$m=102400,t=2,p=8$${b64(r.bytes(16)).replace(/=+$/, "")}$${b64(r.bytes(32)).replace(/=+$/, "")}`;
  addFile(
    F,
    `${JSON.stringify(
      [
        {
          model: "auth.user",
          pk: 1,
          fields: {
            username: "admin",
            password: dj,
            is_superuser: true,
            is_staff: true,
            email: "admin@acme.example",
          },
        },
        {
          model: "auth.user",
          pk: 2,
          fields: {
            username: "analyst",
            password: ar,
            is_superuser: false,
            is_staff: false,
            email: "analyst@acme.example",
          },
        },
      ],
      null,
      2,
    )}\n`,
  );
  N(F, dj, "password_hash", "Django pbkdf2_sha256 hash (real PBKDF2 of a discarded password)");
  N(F, ar, "password_hash", "Django argon2id hash (random bytes, format-valid)");

  const G = "auth/.htpasswd";
  const bc = `$2y$05$${r.str(`./${ALNUM}`, 53)}`;
  const sha = `{SHA}${crypto.createHash("sha1").update(T.password(r, 14)).digest("base64")}`;
  addFile(G, `admin:${bc}\nmetrics:${sha}\n`);
  N(G, bc, "password_hash", "htpasswd bcrypt (random, format-valid)");
  N(G, sha, "password_hash", "htpasswd {SHA} base64 SHA-1");
}

// 31. Content hashes ----------------------------------------------------------------------
{
  const F = "deps/Dockerfile";
  const r = R(F);
  const digest = `sha256:${crypto.createHash("sha256").update(r.bytes(64)).digest("hex")}`;
  const integ = `sha512-${crypto.createHash("sha512").update(r.bytes(64)).digest("base64")}`;
  addFile(
    F,
    `FROM node:20-alpine@${digest}
WORKDIR /app
# lockfile pin: "integrity": "${integ}"
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
`,
  );
  N(F, digest, "content_hash", "image digest sha256:…");
  N(F, integ, "content_hash", "npm integrity sha512-… (base64)");
}

// 32. HAR capture ----------------------------------------------------------------------------
{
  const F = "har/support-ticket-4411.har";
  const r = R(F);
  const apiKey = T.hex32(r),
    pw = T.password(r, 20);
  let cs;
  do {
    cs = b64(r.bytes(30));
  } while (!/[+/]/.test(cs));
  const basic = b64(`ops-dashboard:${pw}`),
    tt = b64("test:test");
  const csForm = encodeURIComponent(cs);
  const har = {
    log: {
      version: "1.2",
      creator: { name: "Firefox", version: "125.0" },
      entries: [
        {
          startedDateTime: "2024-05-14T09:20:11.402Z",
          time: 183,
          request: {
            method: "GET",
            url: `https://api.weather.example/v1/forecast?city=Berlin&api_key=${apiKey}`,
            httpVersion: "HTTP/2",
            headers: [
              { name: "Host", value: "api.weather.example" },
              { name: "Authorization", value: `Basic ${basic}` },
              { name: "Accept", value: "application/json" },
            ],
            queryString: [
              { name: "city", value: "Berlin" },
              { name: "api_key", value: apiKey },
            ],
            cookies: [],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: 200,
            statusText: "OK",
            httpVersion: "HTTP/2",
            headers: [],
            cookies: [],
            content: { size: 512, mimeType: "application/json" },
            redirectURL: "",
            headersSize: -1,
            bodySize: 512,
          },
          cache: {},
          timings: { send: 0, wait: 170, receive: 13 },
        },
        {
          startedDateTime: "2024-05-14T09:20:12.011Z",
          time: 95,
          request: {
            method: "POST",
            url: "https://auth.acme.example/oauth2/token",
            httpVersion: "HTTP/2",
            headers: [
              { name: "Content-Type", value: "application/x-www-form-urlencoded" },
              { name: "Authorization", value: `Basic ${tt}` },
            ],
            queryString: [],
            cookies: [],
            headersSize: -1,
            bodySize: 120,
            postData: {
              mimeType: "application/x-www-form-urlencoded",
              text: `grant_type=client_credentials&client_id=reporting&client_secret=${csForm}`,
            },
          },
          response: {
            status: 401,
            statusText: "Unauthorized",
            httpVersion: "HTTP/2",
            headers: [],
            cookies: [],
            content: { size: 0, mimeType: "application/json" },
            redirectURL: "",
            headersSize: -1,
            bodySize: 0,
          },
          cache: {},
          timings: { send: 0, wait: 90, receive: 5 },
        },
      ],
    },
  };
  addFile(F, `${JSON.stringify(har, null, 2)}\n`);
  P(F, apiKey, "generic_api_key", "HAR: api_key= in request URL");
  P(F, basic, "basic_auth", 'HAR: header value "Basic base64(user:password)"', {
    decoded: `ops-dashboard:${pw}`,
    encoding: "base64",
  });
  P(F, apiKey, "generic_api_key", "HAR: same api_key repeated in queryString[]", { nth: 2 });
  N(F, tt, "placeholder", 'HAR: Basic base64("test:test")', { decoded: "test:test", encoding: "base64" });
  P(
    F,
    csForm,
    "oauth_client_secret",
    "HAR postData form-urlencoded client_secret (base64-ish secret with %2B/%2F/%3D)",
    { decoded: cs, encoding: "form" },
  );
}

// 33. TOTP seeds (base32) ---------------------------------------------------------------------
{
  const F = "ops/2fa-enrolment.txt";
  const r = R(F);
  const seed = base32(r.bytes(20));
  const example = base32(Buffer.concat([Buffer.from("Hello!"), Buffer.from([0xde, 0xad, 0xbe, 0xef])]));
  addFile(
    F,
    `Shared ops accounts - TOTP enrolment URIs (scan with the authenticator app, then delete this file)

registrar (ops@acme.example):
otpauth://totp/Registrar:ops%40acme.example?secret=${seed}&issuer=Registrar&algorithm=SHA1&digits=6&period=30

format reference from the vendor docs:
otpauth://totp/Example:alice@google.com?secret=${example}&issuer=Example
`,
  );
  P(F, seed, "totp_seed", "base32 TOTP seed in otpauth:// URI");
  N(F, example, "placeholder", 'well-known documentation TOTP seed (base32 of "Hello!\\xde\\xad\\xbe\\xef")');
}

// 34. AWS Secrets Manager CLI output: JSON inside a JSON string --------------------------------
{
  const F = "aws/get-secret-value.json";
  const r = R(F);
  const pw = T.password(r, 24, "\\");
  const inner = JSON.stringify({
    username: "orders_app",
    password: pw,
    engine: "postgres",
    host: "orders-db.cluster-c8x1.eu-west-1.rds.amazonaws.com",
    port: 5432,
    dbname: "orders",
  });
  const out = {
    ARN: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-Xr3k9P",
    Name: "prod/orders/db",
    VersionId: uuidv4(r),
    SecretString: inner,
    VersionStages: ["AWSCURRENT"],
    CreatedDate: "2024-05-14T10:00:00.812000+00:00",
  };
  addFile(F, `${JSON.stringify(out, null, 4)}\n`);
  const written = jsonInner(jsonInner(pw));
  P(
    F,
    written,
    "password",
    "SecretString: JSON inside a JSON string; password contains a backslash, so it is written as \\\\\\\\",
    { decoded: pw, encoding: "json-string>json-string" },
  );
}

// 35. .pypirc --------------------------------------------------------------------------------
{
  const F = "home/.pypirc";
  const r = R(F);
  const tok = T.pypi(r);
  addFile(
    F,
    `[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = ${tok}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = <your TestPyPI token>
`,
  );
  P(F, tok, "pypi_token", "pypi- token (base64url macaroon)");
  N(F, "<your TestPyPI token>", "placeholder", "placeholder password");
}

// 36. docker-compose: service-account JSON in a double-quoted YAML string (double-escaped PEM) ---
{
  const F = "deploy/docker-compose.yml";
  const sa = gcpServiceAccount("compose", "acme-bi-2291", "bq-exporter");
  const line = JSON.stringify(JSON.stringify(sa.json));
  addFile(
    F,
    `services:
  exporter:
    image: ghcr.io/acme/bq-exporter:2.3.0
    restart: unless-stopped
    environment:
      GOOGLE_CREDENTIALS: ${line}
      BQ_DATASET: analytics
      GRAFANA_ADMIN_PASSWORD: \${GRAFANA_ADMIN_PASSWORD:?set me}
`,
  );
  P(
    F,
    jsonInner(jsonInner(sa.json.private_key)),
    "gcp_service_account_private_key",
    "HARD: PEM inside JSON inside a double-quoted YAML string: newlines written as \\\\n",
    { decoded: sa.json.private_key, encoding: "json-string>json-string" },
  );
  N(F, "${GRAFANA_ADMIN_PASSWORD:?set me}", "template_reference", "compose variable reference");
}

// 37. C#: Convert.FromBase64String ---------------------------------------------------------
{
  const F = "src/Secrets.cs";
  const r = R(F);
  const xoxb = T.slackBot(r);
  const v = b64(xoxb);
  addFile(
    F,
    `using System;
using System.Text;

namespace Acme.Orders
{
    internal static class Secrets
    {
        // TODO: move to Key Vault (OPS-1182)
        internal static readonly string SlackBotToken =
            Encoding.UTF8.GetString(Convert.FromBase64String("${v}"));

        internal static string SlackChannel => Environment.GetEnvironmentVariable("SLACK_CHANNEL") ?? "#orders";
    }
}
`,
  );
  P(F, v, "slack_bot_token", 'C# Convert.FromBase64String("…") of an xoxb- token', {
    decoded: xoxb,
    encoding: "base64",
  });
}

// 38. Go: token as a byte-slice literal -------------------------------------------------------
{
  const F = "src/registry/token.go";
  const r = R(F);
  const gl = T.glpat(r);
  const bytes = [...Buffer.from(gl)].map((b) => `0x${b.toString(16).padStart(2, "0")}`);
  const rows = [];
  for (let i = 0; i < bytes.length; i += 12) rows.push(`${bytes.slice(i, i + 12).join(", ")},`);
  const lit = rows.join("\n\t");
  addFile(
    F,
    `package registry

// deployToken is assembled at init so it does not show up in \`strings\` output.
var deployToken = string([]byte{
\t${lit}
})

func Token() string { return deployToken }
`,
  );
  P(F, lit, "gitlab_pat", "HARD: glpat- token as a Go []byte{0x67, …} literal over several lines", {
    decoded: gl,
    encoding: "byte-list",
  });
}

// 39. Docs with well-known examples -----------------------------------------------------------
{
  const F = "docs/auth.md";
  const basic = b64("username:password");
  const jwtio = jwtHS256({ sub: "1234567890", name: "John Doe", iat: 1516239022 }, "your-256-bit-secret");
  addFile(
    F,
    `# Authenticating to the Orders API

Send HTTP Basic credentials:

    curl -H "Authorization: Basic ${basic}" https://orders.acme.example/api/v1/ping

or a bearer token. Tokens are JWTs; paste one into jwt.io to inspect it. The standard jwt.io example looks like:

    ${jwtio}

Never commit real tokens: use \`\${{ secrets.ORDERS_TOKEN }}\` in workflows.
`,
  );
  N(F, basic, "placeholder", 'Basic base64("username:password") in docs', {
    decoded: "username:password",
    encoding: "base64",
  });
  N(F, jwtio, "example_jwt", 'the jwt.io sample token (secret "your-256-bit-secret")');
  N(F, "${{ secrets.ORDERS_TOKEN }}", "template_reference", "GitHub Actions secrets reference");
}

// 40. CSS with an embedded font ----------------------------------------------------------------
{
  const F = "static/fonts.css";
  const r = R(F);
  const font = b64(Buffer.concat([Buffer.from("wOF2"), Buffer.from([0, 1, 0, 0]), r.bytes(3000)]));
  addFile(
    F,
    `@font-face{font-family:"Inter";font-style:normal;font-weight:400;font-display:swap;src:url(data:font/woff2;base64,${font}) format("woff2")}
body{font-family:Inter,system-ui,sans-serif}
`,
  );
  N(F, font, "font", "base64 WOFF2 font in a data: URI");
}

// ═════════════════════════════ write ═════════════════════════════
function encodeFile({ text, enc, crlf }) {
  const t = crlf ? text.replace(/\n/g, "\r\n") : text;
  if (enc === "utf8") return Buffer.from(t, "utf8");
  if (enc === "utf16le-bom") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]);
  if (enc === "cp1252") return cp1252(t);
  throw new Error(enc);
}
function lineOf(text, secret, nth) {
  let idx = -1;
  for (let i = 0; i < nth; i++) {
    idx = text.indexOf(secret, idx + 1);
    if (idx < 0) throw new Error(`secret not found (nth ${nth}): ${secret.slice(0, 40)}`);
  }
  return text.slice(0, idx).split("\n").length;
}

fs.rmSync(OUT, { recursive: true, force: true });
for (const [rel, f] of FILES) {
  const p = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, encodeFile(f));
}
const labels = LABELS.map((l) => ({
  file: l.file,
  line: lineOf(FILES.get(l.file).text, l.secret, l.nth),
  type: l.type,
  secret: l.secret,
  decoded: l.decoded,
  positive: l.positive,
  encoding: l.encoding,
  note: l.note,
})).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(path.join(ROOT, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);

// README: one line per case
{
  const pos = labels.filter((l) => l.positive).length;
  const rows = labels.map(
    (l) =>
      `- \`${l.file}:${l.line}\` ${l.positive ? "**POS**" : "neg"} \`${l.type}\` [${l.encoding}] — ${l.note}`,
  );
  fs.writeFileSync(
    path.join(ROOT, "README.md"),
    `# blind3f — encoded / escaped / wrapped / split credentials

Generated by \`node gen.mjs ${SEED}\` (seed-reproducible; rerunning rewrites files/, labels.json and this README).
${FILES.size} files, ${pos} positives, ${labels.length - pos} negatives.

labels.json fields: \`file\` (relative to files/), \`line\` (1-based line where the value as written starts; for
\`scripts/Install-OrdersSync.ps1\` (UTF-16LE+BOM) the editor line), \`type\`, \`secret\` (exactly as written, possibly
multi-line), \`decoded\` (the plain credential when written encoded; for user:password pairs the whole pair; for
larger encoded documents only the credential inside), \`positive\`, plus \`encoding\` (decode steps applied to
\`secret\`, separated by '>': base64, gunzip, hex, url, form, json-string, json:private_key, xml, backslash-n,
yaml-block, qp, concat, byte-list, properties; 'plain' = written as-is) and \`note\`.

Encodings on disk: \`app/.env.production\`, \`legacy/client.ini\` and the .ps1 use CRLF; \`legacy/client.ini\` is
Windows-1252; \`scripts/Install-OrdersSync.ps1\` is UTF-16LE with BOM. Everything else is UTF-8 with LF.

## Cases (file:line, polarity, type, encoding — what is inside)

${rows.join("\n")}
`,
  );
}

// ═════════════════════════════ self-check ═════════════════════════════
const str = (v) => (Buffer.isBuffer(v) ? v.toString("utf8") : v);
const STEP = {
  base64: (v) => Buffer.from(str(v).replace(/\s+/g, ""), "base64"),
  gunzip: (v) => zlib.gunzipSync(v),
  hex: (v) => Buffer.from(str(v), "hex"),
  url: (v) => decodeURIComponent(str(v)),
  form: (v) => decodeURIComponent(str(v).replace(/\+/g, " ")),
  "json-string": (v) => JSON.parse(`"${str(v)}"`),
  "json:private_key": (v) => JSON.parse(str(v)).private_key,
  xml: (v) =>
    str(v).replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_m, e) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e],
    ),
  "backslash-n": (v) => str(v).replace(/\\n/g, "\n"),
  "yaml-block": (v) =>
    str(v)
      .split("\n")
      .map((l) => l.trimStart())
      .join("\n"),
  qp: (v) => {
    const s = str(v).replace(/=\r?\n/g, "");
    const out = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === "=" && /^[0-9A-F]{2}$/.test(s.slice(i + 1, i + 3))) {
        out.push(parseInt(s.slice(i + 1, i + 3), 16));
        i += 2;
      } else out.push(...Buffer.from(s[i]));
    }
    return Buffer.from(out);
  },
  concat: (v) => str(v).replace(/["'`]\s*\+?\s*["'`]/g, ""),
  "byte-list": (v) =>
    Buffer.from(
      str(v)
        .match(/0x[0-9a-fA-F]{2}/g)
        .map((h) => parseInt(h, 16)),
    ),
  properties: (v) =>
    str(v)
      .replace(/\\u([0-9a-fA-F]{4})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\(.)/g, "$1"),
};
function readBack(rel) {
  const buf = fs.readFileSync(path.join(OUT, rel));
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: buf.subarray(2).toString("utf16le"), kind: "utf16le" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), kind: "utf8" };
  } catch {
    return { text: cp1252Decode(buf), kind: "windows-1252" };
  }
}
const ghValid = (t) => {
  const m = /^(?:gh[pousr]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(t);
  return !!m && base62(crc32(Buffer.from(m[1])), 6) === m[2];
};
const FORMAT = {
  github_pat_classic: ghValid,
  github_oauth_token: ghValid,
  github_app_installation_token: ghValid,
  npm_token: ghValid,
  github_pat_fine_grained: (t) => /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(t),
  slack_bot_token: (t) => /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(t),
  slack_user_token: (t) => /^xoxp-\d+-\d+-\d+-[0-9a-f]{32}$/.test(t),
  aws_access_key_id: (t) => /^AKIA[A-Z2-7]{16}$/.test(t),
  aws_secret_access_key: (t) => /^[A-Za-z0-9/+]{40}$/.test(t),
  stripe_secret_key: (t) => /^sk_live_[A-Za-z0-9]{99}$/.test(t),
  stripe_restricted_key: (t) => /^rk_live_[A-Za-z0-9]{99}$/.test(t),
  publishable_key: (t) => /^pk_live_[A-Za-z0-9]{99}$/.test(t),
  openai_api_key: (t) => /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/.test(t),
  anthropic_api_key: (t) => /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(t),
  gitlab_pat: (t) => /^glpat-[A-Za-z0-9_-]{20}$/.test(t),
  google_api_key: (t) => /^AIza[A-Za-z0-9_-]{35}$/.test(t),
  sendgrid_api_key: (t) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(t),
  dockerhub_pat: (t) => /^dckr_pat_[A-Za-z0-9_-]{27}$/.test(t),
  huggingface_token: (t) => /^hf_[A-Za-z]{34}$/.test(t),
  datadog_api_key: (t) => /^[0-9a-f]{32}$/.test(t),
  twilio_auth_token: (t) => /^[0-9a-f]{32}$/.test(t),
  pypi_token: (t) =>
    t.startsWith("pypi-AgEIcHlwaS5vcmc") && Buffer.from(t.slice(5), "base64url").includes("pypi.org"),
  totp_seed: (t) => /^[A-Z2-7]{32}$/.test(t),
  azure_storage_account_key: (t) => Buffer.from(t, "base64").length === 64 && t.length === 88,
  azure_sas_signature: (t) => Buffer.from(t, "base64").length === 32,
  jwt: (t) => {
    const [h, p, s] = t.split(".");
    return (
      JSON.parse(Buffer.from(h, "base64url")).alg === "HS256" &&
      !!JSON.parse(Buffer.from(p, "base64url")).role &&
      s.length === 43
    );
  },
  kubernetes_service_account_token: (t) => {
    const [h, p, s] = t.split(".");
    return (
      JSON.parse(Buffer.from(h, "base64url")).alg === "RS256" &&
      JSON.parse(Buffer.from(p, "base64url")).sub.startsWith("system:serviceaccount:") &&
      Buffer.from(s, "base64url").length === 256
    );
  },
  private_key_rsa: (t) =>
    crypto.createPrivateKey(t).asymmetricKeyType === "rsa" && t.includes("BEGIN RSA PRIVATE KEY"),
  private_key_ec: (t) => crypto.createPrivateKey(t).asymmetricKeyType === "ec",
  gcp_service_account_private_key: (t) =>
    crypto.createPrivateKey(t).asymmetricKeyDetails.modulusLength === 2048,
  private_key_openssh: (t) =>
    Buffer.from(t.split("\n").slice(1, -1).join(""), "base64").subarray(0, 15).toString("latin1") ===
    "openssh-key-v1\0",
  certificate: (t) => !!new crypto.X509Certificate(t).subject,
  public_key: (t) =>
    t.includes("BEGIN PUBLIC KEY")
      ? !!crypto.createPublicKey(t)
      : Buffer.from(t, "base64").subarray(4, 15).toString() === "ssh-ed25519",
  image: (t) => Buffer.from(t.replace(/\s+/g, ""), "base64").subarray(1, 4).toString() === "PNG",
};
let failures = 0;
const fail = (l, msg) => {
  failures++;
  console.error(`FAIL ${l.file}:${l.line} [${l.type}] ${msg}`);
};
const cache = new Map();
const seen = new Set();
for (const l of labels) {
  if (!cache.has(l.file)) cache.set(l.file, readBack(l.file));
  const { text: raw } = cache.get(l.file);
  const text = raw.replace(/\r\n/g, "\n");
  // 1) secret starts on the labelled line
  let ok = false;
  for (let i = text.indexOf(l.secret); i >= 0; i = text.indexOf(l.secret, i + 1))
    if (text.slice(0, i).split("\n").length === l.line) {
      ok = true;
      break;
    }
  if (!ok) fail(l, "secret not at labelled line");
  const k = `${l.file}|${l.line}|${l.secret}`;
  if (seen.has(k)) fail(l, "duplicate label");
  seen.add(k);
  // 2) decoded round-trips through the declared steps
  let plain = l.secret;
  if (l.encoding !== "plain") {
    let v = l.secret;
    try {
      for (const s of l.encoding.split(">")) v = STEP[s](v);
    } catch (e) {
      fail(l, `decode error ${e.message}`);
      continue;
    }
    plain = str(v);
    if (
      l.decoded !== null &&
      plain !== l.decoded &&
      plain.trimEnd() !== l.decoded &&
      !plain.includes(l.decoded)
    )
      fail(l, `decoded mismatch: ${JSON.stringify(plain.slice(0, 60))}`);
  } else if (l.decoded !== null) fail(l, "plain label must not carry decoded");
  if (l.positive && l.encoding !== "plain" && l.decoded === null) fail(l, "encoded positive without decoded");
  // 3) the credential is well-formed for its type
  const cred = l.decoded ?? (l.encoding !== "plain" ? l.secret : plain);
  const fmt = FORMAT[l.type];
  if (fmt) {
    let good = false;
    const candidates = [
      cred,
      ...(cred.includes(":") && !cred.includes("-----") ? [cred.slice(cred.indexOf(":") + 1)] : []),
    ];
    for (const c of candidates) {
      try {
        if (fmt(c)) good = true;
      } catch {
        /* try next */
      }
    }
    if (!good) fail(l, `format check failed for ${JSON.stringify(cred.slice(0, 50))}`);
  }
}
// encoding-specific assertions
{
  const ps1 = fs.readFileSync(path.join(OUT, "scripts/Install-OrdersSync.ps1"));
  if (!(ps1[0] === 0xff && ps1[1] === 0xfe && ps1[3] === 0x00)) {
    failures++;
    console.error("FAIL ps1 is not UTF-16LE with BOM");
  }
  const ini = fs.readFileSync(path.join(OUT, "legacy/client.ini"));
  if (readBack("legacy/client.ini").kind !== "windows-1252" || !ini.includes(0x80)) {
    failures++;
    console.error("FAIL client.ini is not Windows-1252");
  }
  const js = fs.readFileSync(path.join(OUT, "dist/app.min.js"), "utf8").split("\n")[0];
  if (js.length < 100 * 1024) {
    failures++;
    console.error("FAIL app.min.js line 1 < 100 KB");
  }
  for (const rel of ["app/.env.production", "scripts/Install-OrdersSync.ps1", "legacy/client.ini"])
    if (!readBack(rel).text.includes("\r\n")) {
      failures++;
      console.error(`FAIL not CRLF ${rel}`);
    }
  // every encoded positive must not appear decoded in its file (the point of this corpus)
  for (const l of labels)
    if (
      l.positive &&
      l.decoded &&
      l.encoding !== "plain" &&
      !["xml", "json-string", "properties"].includes(l.encoding)
    ) {
      if (cache.get(l.file).text.includes(l.decoded)) {
        failures++;
        console.error(`FAIL ${l.file}:${l.line} decoded value also appears verbatim`);
      }
    }
}
const pos = labels.filter((l) => l.positive).length;
console.log(
  `seed=${SEED} files=${FILES.size} labels=${labels.length} positives=${pos} negatives=${labels.length - pos}`,
);
if (failures) {
  console.error(`${failures} self-check failure(s)`);
  process.exit(1);
}
console.log("self-check OK");

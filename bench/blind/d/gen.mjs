#!/usr/bin/env node
// blind3d corpus generator.
//   node gen.mjs [seed]
// Deletes and rewrites ./files/, ./labels.json and ./README.md (next to this script).
// Every credential-like value is generated at run time from the seed (deterministic);
// only negatives (placeholders, field names, env references, dev defaults) are literals.
// No npm dependencies: node:crypto, node:fs, node:path, node:zlib only.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(ROOT, "files");
const SEED = process.argv[2] ?? "blind3d";
const D = "$"; // use `${D}{X}` to write a literal "${X}" inside template literals

// ------------------------------------------------------------------ RNG
class Rng {
  constructor(seed) {
    this.seed = String(seed);
    this.ctr = 0;
    this.buf = Buffer.alloc(0);
  }
  bytes(n) {
    while (this.buf.length < n) {
      const blk = crypto
        .createHash("sha256")
        .update(`${this.seed}:${this.ctr++}`)
        .digest();
      this.buf = Buffer.concat([this.buf, blk]);
    }
    const out = Buffer.from(this.buf.subarray(0, n));
    this.buf = this.buf.subarray(n);
    return out;
  }
  int(n) {
    // uniform in [0, n)
    const lim = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const v = this.bytes(4).readUInt32BE(0);
      if (v < lim) return v % n;
    }
  }
  pick(a) {
    return a[this.int(a.length)];
  }
  str(len, alpha) {
    let s = "";
    for (let i = 0; i < len; i++) s += alpha[this.int(alpha.length)];
    return s;
  }
  hex(n) {
    return this.bytes(n).toString("hex");
  }
  b64(n) {
    return this.bytes(n).toString("base64");
  }
  b64url(n) {
    return this.bytes(n).toString("base64url");
  }
}
const rng = new Rng(SEED);

// ------------------------------------------------------------------ value generators
const LOWER = "abcdefghijklmnopqrstuvwxyz",
  UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  DIGITS = "0123456789";
const ALNUM = LOWER + UPPER + DIGITS;
// Symbols allowed per syntactic context, so a value never breaks the file it sits in.
const SYMS = {
  q1: "!@#$%^&*()-_=+[]{}:,.<>/?~|", // single-quoted strings (Python, JS, PHP, Ruby, shell, SQL)
  q2: "!@#%^&*()-_=+[]{}:,.<>/?~|", // double-quoted strings without $ (Java, Kotlin, C#, Go, Rust, Swift, JSON, TOML)
  url: "-_.~!*", // URL userinfo without percent-encoding
  conn: "!@#%^*()-_+[].,~", // ADO.NET / JDBC / .properties (no ; = quotes braces $)
  xml: "!@#$%^*()-_=+[]{}:,./?~|", // XML attribute / text (no & < > quotes)
  yaml: "-_.+=^%~@!#", // plain/double-quoted YAML (first char alnum)
  env: "!@%^*-_=+.,:~", // .env / Docker ENV / unquoted (no # $ quotes spaces)
  ini: "!@#^&*()-_=+[]{}:,.<>/?~|", // configparser (no %)
  ps2: "!@#%^&*()-_=+[]{}:,.<>/?~|", // PowerShell double-quoted (no $ `)
  hcl: "!@#^&*()-_=+[]{}:,.<>/?~|", // HCL (no $ %)
  kv: "!@#%^*()-_+[].,~:/", // libpq key=value DSN (no space, quotes, =)
  inv: "!@%^*-_+.,:~", // ansible INI inventory (shlex-split)
};
const FIRST_ALNUM = new Set(["url", "yaml", "env", "ini", "kv", "inv", "conn"]);
const WORDS = [
  "anchor",
  "apple",
  "arrow",
  "badge",
  "bamboo",
  "banjo",
  "barrel",
  "basin",
  "battery",
  "beacon",
  "birch",
  "blanket",
  "bridge",
  "bucket",
  "cabin",
  "cactus",
  "camera",
  "canyon",
  "carbon",
  "castle",
  "cedar",
  "cherry",
  "cliff",
  "clover",
  "cobalt",
  "comet",
  "copper",
  "coral",
  "correct",
  "cotton",
  "crater",
  "dagger",
  "delta",
  "desert",
  "dolphin",
  "domino",
  "ember",
  "engine",
  "falcon",
  "feather",
  "fjord",
  "forest",
  "fossil",
  "garden",
  "glacier",
  "granite",
  "gravel",
  "harbor",
  "hazel",
  "helmet",
  "horse",
  "island",
  "ivory",
  "jasmine",
  "jungle",
  "kettle",
  "lantern",
  "lemon",
  "lizard",
  "magnet",
  "maple",
  "marble",
  "meadow",
  "mirror",
  "monsoon",
  "mosaic",
  "nectar",
  "nickel",
  "oasis",
  "orbit",
  "orchid",
  "otter",
  "paddle",
  "pebble",
  "pepper",
  "pillow",
  "pirate",
  "planet",
  "pocket",
  "prairie",
  "quartz",
  "quill",
  "raven",
  "ribbon",
  "river",
  "rocket",
  "saddle",
  "salmon",
  "signal",
  "silver",
  "staple",
  "summit",
  "tangerine",
  "thunder",
  "timber",
  "tundra",
  "turtle",
  "velvet",
  "violet",
  "walnut",
  "willow",
  "yonder",
  "zephyr",
];
const SEASONS = ["Spring", "Summer", "Autumn", "Fall", "Winter"];
const MEM_WORDS = [
  "Deploy",
  "Backup",
  "Orders",
  "Falcon",
  "Tiger",
  "Phoenix",
  "Rocket",
  "Harbor",
  "Maple",
  "Copper",
  "Coffee",
  "Monday",
  "Ledger",
  "Bravo",
  "Nimbus",
  "Dragon",
  "Sunshine",
  "Kestrel",
  "Billing",
  "Reports",
];
const COMPANY = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"];
const cap = (w) => w[0].toUpperCase() + w.slice(1);

const usedValues = new Set();
function unique(fn) {
  for (let i = 0; i < 1000; i++) {
    const v = fn();
    if (!usedValues.has(v)) {
      usedValues.add(v);
      return v;
    }
  }
  throw new Error("cannot make unique value");
}

function genRandom(ctx, len) {
  const sym = SYMS[ctx];
  const all = ALNUM + sym;
  for (;;) {
    const s = rng.str(len, all);
    if (!/[a-z]/.test(s) || !/[A-Z]/.test(s) || !/[0-9]/.test(s)) continue;
    if (![...s].some((c) => sym.includes(c))) continue;
    if (FIRST_ALNUM.has(ctx) && !ALNUM.includes(s[0])) continue;
    if (ctx === "q2" && /%\{|\$\{/.test(s)) continue;
    return s;
  }
}
function symPick(ctx) {
  const pool = ["!", "#", "@", "$", "*", ".", "?"].filter((c) => SYMS[ctx].includes(c));
  return pool.length ? rng.pick(pool) : "_";
}
function genMemorable(ctx) {
  const year = 2019 + rng.int(7);
  switch (rng.int(5)) {
    case 0:
      return `${rng.pick(SEASONS)}${year}${symPick(ctx)}${rng.pick(MEM_WORDS)}`;
    case 1:
      return `${rng.pick(MEM_WORDS)}${rng.pick(MEM_WORDS)}${10 + rng.int(90)}${symPick(ctx)}`;
    case 2:
      return `${rng.pick(COMPANY)}${symPick(ctx)}${year}${rng.pick(MEM_WORDS)}`;
    case 3:
      return `${rng.pick(MEM_WORDS)}${symPick(ctx)}${rng.pick(MEM_WORDS).toLowerCase()}${symPick(ctx)}${1000 + rng.int(9000)}`;
    default:
      return `${rng.pick(COMPANY)}_${rng.pick(SEASONS)}${String(year).slice(2)}${symPick(ctx)}`;
  }
}
function genPassphrase(ctx) {
  const n = 3 + rng.int(3);
  const w = Array.from({ length: n }, () => rng.pick(WORDS));
  switch (rng.int(4)) {
    case 0:
      return w.join("-");
    case 1:
      return `${w.map(cap).join("-")}-${rng.int(100)}`;
    case 2:
      return w.join(".");
    default:
      return w.map(cap).join("") + (10 + rng.int(990)) + symPick(ctx);
  }
}
function genService(ctx) {
  switch (rng.int(4)) {
    case 0:
      return rng.hex(16); // openssl rand -hex 16
    case 1: {
      // openssl rand -base64 24 (or url-safe)
      for (;;) {
        const useStd = SYMS[ctx].includes("+") && SYMS[ctx].includes("/");
        const s = useStd ? rng.b64(24) : rng.b64url(24);
        if (FIRST_ALNUM.has(ctx) && !ALNUM.includes(s[0])) continue;
        return s;
      }
    }
    case 2:
      return rng.str(20 + rng.int(13), ALNUM); // console-generated alnum
    default:
      return Array.from({ length: 4 }, () => rng.str(5, ALNUM)).join("-");
  }
}
const STYLES = ["gen", "gen", "gen", "mem", "mem", "phrase", "svc", "svc"];
function pw(ctx, style) {
  return unique(() => {
    const st = style ?? rng.pick(STYLES);
    if (st === "gen") return genRandom(ctx, 16 + rng.int(17));
    if (st === "mem") return genMemorable(ctx);
    if (st === "phrase") return genPassphrase(ctx);
    return genService(ctx);
  });
}
const hexKey = (n) => unique(() => rng.hex(n));
const akid = () => unique(() => `AKIA${rng.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`);
const awsSecret = () => unique(() => rng.b64(30));
const djangoKey = () => unique(() => rng.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"));
const WP_CHARS = `${ALNUM}!@#$%^&*()-_ []{}<>~\`+=,.;:/?|`;
const wpSalt = () =>
  unique(() => {
    for (;;) {
      const s = rng.str(64, WP_CHARS);
      if (s[0] !== " " && s[63] !== " ") return s;
    }
  });
const humanJwtKey = () =>
  unique(() => `${Array.from({ length: 5 }, () => cap(rng.pick(WORDS))).join("") + (2019 + rng.int(7))}!`);
function uuid4() {
  const b = rng.bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const BCRYPT_ALPHA = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const STD_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const bcryptB64 = (buf) =>
  [...buf.toString("base64").replace(/=+$/, "")].map((c) => BCRYPT_ALPHA[STD_ALPHA.indexOf(c)]).join("");
// Format-valid bcrypt string (random salt+digest; not the hash of a known password).
const bcryptShape = (ver = "2b", cost = 12) =>
  `$${ver}$${cost}$${bcryptB64(rng.bytes(16))}${bcryptB64(rng.bytes(23))}`;
const ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function b64from24(b2, b1, b0, n) {
  let w = (b2 << 16) | (b1 << 8) | b0;
  let s = "";
  while (n-- > 0) {
    s += ITOA64[w & 0x3f];
    w >>= 6;
  }
  return s;
}
function sha512crypt(pass, salt, rounds = 5000) {
  // glibc $6$ (Drepper spec), default rounds
  const P = Buffer.from(pass),
    S = Buffer.from(salt).subarray(0, 16);
  const H = () => crypto.createHash("sha512");
  const B = H().update(P).update(S).update(P).digest();
  const a = H().update(P).update(S);
  let i;
  for (i = P.length; i > 64; i -= 64) a.update(B);
  a.update(B.subarray(0, i));
  for (i = P.length; i > 0; i >>= 1) a.update(i & 1 ? B : P);
  const A = a.digest();
  const dp = H();
  for (i = 0; i < P.length; i++) dp.update(P);
  const DP = dp.digest();
  const Pseq = Buffer.alloc(P.length);
  for (i = 0; i < P.length; i++) Pseq[i] = DP[i % 64];
  const ds = H();
  for (i = 0; i < 16 + A[0]; i++) ds.update(S);
  const DS = ds.digest();
  const Sseq = Buffer.alloc(S.length);
  for (i = 0; i < S.length; i++) Sseq[i] = DS[i % 64];
  let C = A;
  for (let r = 0; r < rounds; r++) {
    const h = H();
    h.update(r & 1 ? Pseq : C);
    if (r % 3) h.update(Sseq);
    if (r % 7) h.update(Pseq);
    h.update(r & 1 ? C : Pseq);
    C = h.digest();
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
  for (const [x, y, z] of order) out += b64from24(C[x], C[y], C[z], 4);
  out += b64from24(0, 0, C[63], 2);
  return `$6$${S.toString()}$${out}`;
}
function apr1(pass, salt) {
  // Apache MD5-crypt
  const P = Buffer.from(pass),
    S = Buffer.from(salt).subarray(0, 8),
    magic = Buffer.from("$apr1$");
  const M = () => crypto.createHash("md5");
  const ctx = M().update(P).update(magic).update(S);
  let fin = M().update(P).update(S).update(P).digest();
  for (let pl = P.length; pl > 0; pl -= 16) ctx.update(fin.subarray(0, Math.min(pl, 16)));
  for (let i = P.length; i; i >>= 1) ctx.update(i & 1 ? Buffer.from([0]) : P.subarray(0, 1));
  fin = ctx.digest();
  for (let i = 0; i < 1000; i++) {
    const c = M();
    c.update(i & 1 ? P : fin);
    if (i % 3) c.update(S);
    if (i % 7) c.update(P);
    c.update(i & 1 ? fin : P);
    fin = c.digest();
  }
  const out =
    b64from24(fin[0], fin[6], fin[12], 4) +
    b64from24(fin[1], fin[7], fin[13], 4) +
    b64from24(fin[2], fin[8], fin[14], 4) +
    b64from24(fin[3], fin[9], fin[15], 4) +
    b64from24(fin[4], fin[10], fin[5], 4) +
    b64from24(0, 0, fin[11], 2);
  return `$apr1$${S.toString()}$${out}`;
}
function djangoPbkdf2(pass, iterations = 600000) {
  const salt = rng.str(22, ALNUM);
  const dk = crypto.pbkdf2Sync(pass, salt, iterations, 32, "sha256").toString("base64");
  return `pbkdf2_sha256$${iterations}$${salt}$${dk}`;
}
function pyBytesRepr(buf) {
  // body of a Python bytes literal in single quotes, as repr() would print it
  let s = "";
  for (const b of buf) {
    if (b === 0x5c) s += "\\\\";
    else if (b === 0x27) s += "\\'";
    else if (b === 0x09) s += "\\t";
    else if (b === 0x0a) s += "\\n";
    else if (b === 0x0d) s += "\\r";
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else s += `\\x${b.toString(16).padStart(2, "0")}`;
  }
  return s;
}

// ------------------------------------------------------------------ keys, certificates (deterministic)
const b2big = (buf) => BigInt(`0x${buf.toString("hex")}`);
function big2buf(n) {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex");
}
const big2b64u = (n) => big2buf(n).toString("base64url");
function modInv(a, m) {
  let [r0, r1] = [a % m, m],
    [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error("no inverse");
  return ((s0 % m) + m) % m;
}
function genPrime(bits, e) {
  for (;;) {
    const b = rng.bytes(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    const n = b2big(b);
    if ((n - 1n) % e === 0n) continue;
    if (crypto.checkPrimeSync(n, { checks: 24 })) return n;
  }
}
function rsaKey(bits = 2048) {
  const e = 65537n;
  for (;;) {
    const p = genPrime(bits / 2, e),
      q = genPrime(bits / 2, e);
    if (p === q) continue;
    const n = p * q;
    if (n.toString(2).length !== bits) continue;
    const phi = (p - 1n) * (q - 1n);
    const d = modInv(e, phi);
    const jwk = {
      kty: "RSA",
      n: big2b64u(n),
      e: big2b64u(e),
      d: big2b64u(d),
      p: big2b64u(p),
      q: big2b64u(q),
      dp: big2b64u(d % (p - 1n)),
      dq: big2b64u(d % (q - 1n)),
      qi: big2b64u(modInv(q, p)),
    };
    return crypto.createPrivateKey({ key: jwk, format: "jwk" });
  }
}
function ed25519Key() {
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), rng.bytes(32)]);
  return crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
}
function p256Key() {
  const der = Buffer.concat([
    Buffer.from("30310201010420", "hex"),
    rng.bytes(32),
    Buffer.from("a00a06082a8648ce3d030107", "hex"),
  ]);
  return crypto.createPrivateKey({ key: der, format: "der", type: "sec1" });
}
const sshStr = (b) => {
  const buf = Buffer.isBuffer(b) ? b : Buffer.from(b);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(buf.length);
  return Buffer.concat([l, buf]);
};
const u32 = (n) => {
  const l = Buffer.alloc(4);
  l.writeUInt32BE(n);
  return l;
};
function ed25519Raw(key) {
  const jwk = key.export({ format: "jwk" });
  return { seed: Buffer.from(jwk.d, "base64url"), pub: Buffer.from(jwk.x, "base64url") };
}
function opensshPrivate(key, comment) {
  const { seed, pub } = ed25519Raw(key);
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const check = rng.bytes(4).readUInt32BE(0);
  let priv = Buffer.concat([
    u32(check),
    u32(check),
    sshStr("ssh-ed25519"),
    sshStr(pub),
    sshStr(Buffer.concat([seed, pub])),
    sshStr(comment),
  ]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshStr("none"),
    sshStr("none"),
    sshStr(""),
    u32(1),
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  const b64 = blob
    .toString("base64")
    .match(/.{1,70}/g)
    .join("\n");
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64}\n-----END OPENSSH PRIVATE KEY-----\n`;
}
function opensshPublic(key, comment) {
  const { pub } = ed25519Raw(key);
  return `ssh-ed25519 ${Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]).toString("base64")} ${comment}`;
}
// minimal DER encoder for a self-signed Ed25519 X.509 certificate
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const b = big2buf(BigInt(n));
  return Buffer.concat([Buffer.from([0x80 | b.length]), b]);
}
const der = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
const dseq = (...c) => der(0x30, Buffer.concat(c));
const dset = (...c) => der(0x31, Buffer.concat(c));
function dint(buf) {
  let i = 0;
  while (i < buf.length - 1 && buf[i] === 0) i++;
  let b = buf.subarray(i);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}
function doid(s) {
  const p = s.split(".").map(Number);
  const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) {
    const t = [];
    let x = v;
    do {
      t.unshift(x & 0x7f);
      x >>= 7;
    } while (x);
    for (let i = 0; i < t.length - 1; i++) t[i] |= 0x80;
    out.push(...t);
  }
  return der(0x06, Buffer.from(out));
}
const dutf8 = (s) => der(0x0c, Buffer.from(s));
const dname = (cn, o) => dseq(dset(dseq(doid("2.5.4.10"), dutf8(o))), dset(dseq(doid("2.5.4.3"), dutf8(cn))));
function selfSignedCert(key, cn, org) {
  const alg = dseq(doid("1.3.101.112"));
  const spki = crypto.createPublicKey(key).export({ type: "spki", format: "der" });
  const y = 23 + rng.int(3);
  const validity = dseq(
    der(0x17, Buffer.from(`${y}0301120000Z`)),
    der(0x17, Buffer.from(`${y + 1}0301120000Z`)),
  );
  const serial = rng.bytes(16);
  serial[0] &= 0x7f;
  const tbs = dseq(
    der(0xa0, dint(Buffer.from([2]))),
    dint(serial),
    alg,
    dname(cn, org),
    validity,
    dname(cn, org),
    spki,
  );
  const sig = crypto.sign(null, tbs, key);
  const certDer = dseq(tbs, alg, der(0x03, Buffer.concat([Buffer.from([0]), sig])));
  return `-----BEGIN CERTIFICATE-----\n${certDer
    .toString("base64")
    .match(/.{1,64}/g)
    .join("\n")}\n-----END CERTIFICATE-----\n`;
}
// tiny PNG (for a base64 data-URI negative)
function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
  const t = Buffer.from(type);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([t, data])));
  return Buffer.concat([u32(data.length), t, data, crc]);
}
function tinyPng(w = 6, h = 6) {
  const ihdr = Buffer.concat([u32(w), u32(h), Buffer.from([8, 2, 0, 0, 0])]);
  const rows = [];
  for (let y = 0; y < h; y++) rows.push(Buffer.concat([Buffer.from([0]), rng.bytes(w * 3)]));
  return Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

// ------------------------------------------------------------------ file/label registry
const markers = [];
const files = new Map();
const labels = [];
function mark(value, rec) {
  if (typeof value !== "string" || value.length === 0) throw new Error(`bad value for ${rec.kind}`);
  const id = markers.length;
  markers.push({ value, ...rec, used: false });
  return `\u0000${id}\u0000`;
}
/** positive (a real credential) */
const S = (value, type, kind, extra = {}) => mark(value, { type, kind, positive: true, ...extra });
/** negative (looks credential-ish, is not a secret) */
const N = (value, type, kind, extra = {}) => mark(value, { type, kind, positive: false, ...extra });
const NUL = String.fromCharCode(0);
function file(rel, content) {
  if (files.has(rel)) throw new Error(`duplicate file ${rel}`);
  let out = "",
    rest = content;
  const re = new RegExp(`${NUL}(\\d+)${NUL}`);
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    out += rest.slice(0, m.index);
    const rec = markers[+m[1]];
    if (rec.used) throw new Error(`marker reused: ${rec.kind}`);
    rec.used = true;
    const lab = {
      file: rel,
      line: out.split("\n").length,
      type: rec.type,
      secret: rec.value,
      positive: rec.positive,
    };
    if (rec.decoded !== undefined) lab.decoded = rec.decoded;
    if (rec.decoded_hex !== undefined) lab.decoded_hex = rec.decoded_hex;
    lab.kind = `${rec.kind.split(":")[0]}: ${rec.type}`; // language x credential kind
    lab.context = rec.kind; // how the value is held
    if (rec.note) lab.note = rec.note;
    labels.push(lab);
    out += rec.value;
    rest = rest.slice(m.index + m[0].length);
  }
  out += rest;
  if (!out.endsWith("\n")) out += "\n";
  files.set(rel, out);
}
const pem = (k, type) => k.export({ type, format: "pem" });
const jsEsc = (s) => s.replace(/\n/g, "\\n");
const LOREM =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.";
const FAKE = "fake-password-for-tests";

// ================================================================== PYTHON
{
  const K = (s) => `python: ${s}`;
  file(
    "python/myshop/settings.py",
    `"""
Django settings for myshop project.

Generated by 'django-admin startproject' using Django 4.2.
"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '${S(djangoKey(), "django_secret_key", K("Django SECRET_KEY"))}'

DEBUG = False
ALLOWED_HOSTS = ['shop.acme-retail.com', 'www.acme-retail.com']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'myshop',
        'USER': 'myshop_app',
        'PASSWORD': '${S(pw("q1"), "password", K("Django DATABASES PASSWORD"))}',
        'HOST': 'pg-prod-01.internal',
        'PORT': '5432',
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {'NAME': 'django.contrib.auth.password_validation.UserAttributeSimilarityValidator'},
    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 12}},
    {'NAME': 'django.contrib.auth.password_validation.CommonPasswordValidator'},
]

EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'
EMAIL_HOST = 'smtp.mailgun.org'
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = 'postmaster@mg.acme-retail.com'
EMAIL_HOST_PASSWORD = '${S(pw("q1"), "password", K("Django EMAIL_HOST_PASSWORD"))}'
PASSWORD_RESET_TIMEOUT = 259200
`,
  );

  file(
    "python/myshop/settings_ci.py",
    `import os

from decouple import config

from .settings import *  # noqa: F401,F403

SECRET_KEY = ${N('os.environ["DJANGO_SECRET_KEY"]', "env_reference", K("env lookup (negative)"))}

DATABASES["default"]["PASSWORD"] = ${N('os.environ.get("DB_PASSWORD", "")', "env_reference", K("env lookup (negative)"))}
EMAIL_HOST_PASSWORD = ${N('config("EMAIL_HOST_PASSWORD", default="")', "env_reference", K("env lookup (negative)"))}

if os.environ.get("CI_LOCAL"):
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "myshop_test",
            "USER": "postgres",
            "PASSWORD": "${N("postgres", "local_dev_default", K("local dev default (negative)"))}",
            "HOST": "localhost",
            "PORT": "5432",
        }
    }
`,
  );

  const rawOrders = unique(() => {
    for (;;) {
      const s = genRandom("q2", 18 + rng.int(8));
      if (/[@#/?:]/.test(s)) return s;
    }
  });
  file(
    "python/app/db.py",
    `from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

# read-only reporting replica
REPORTING_URL = "postgresql+psycopg2://reporting_ro:${S(pw("url"), "password", K("SQLAlchemy URL password"))}@pg-replica.internal:5432/analytics"
engine = create_engine(REPORTING_URL, pool_pre_ping=True, pool_size=5)
Session = sessionmaker(bind=engine)

orders_engine = create_engine(
    "mysql+pymysql://orders_svc:${S(encodeURIComponent(rawOrders), "password", K("SQLAlchemy URL password (percent-encoded)"), { decoded: rawOrders })}@mysql-orders.internal:3306/orders?charset=utf8mb4"
)

# unit tests run against the docker-compose database
test_engine = create_engine("postgresql://postgres:${N("postgres", "local_dev_default", K("local dev default (negative)"))}@localhost:5432/test_db")


def engine_from_config(cfg):
    url = URL.create(
        "postgresql+psycopg2",
        username=cfg.get("user"),
        password=${N('cfg.get("password")', "config_lookup", K("config lookup (negative)"))},
        host=cfg.get("host", "localhost"),
        database=cfg.get("database"),
    )
    return create_engine(url)
`,
  );

  file(
    "python/jobs/s3_sync.py",
    `import os

import boto3

ARCHIVE_BUCKET = "acme-invoice-archive"

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="${S(akid(), "aws_access_key_id", K("boto3 aws_access_key_id"))}",
    aws_secret_access_key="${S(awsSecret(), "aws_secret_access_key", K("boto3 aws_secret_access_key"))}",
)


def localstack_client():
    # AWS documentation example credentials; LocalStack accepts anything.
    return boto3.client(
        "s3",
        endpoint_url="http://localhost:4566",
        aws_access_key_id="${N("AKIAIOSFODNN7EXAMPLE", "aws_example_key", K("AWS docs example key (negative)"))}",
        aws_secret_access_key="${N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_example_key", K("AWS docs example key (negative)"))}",
    )


def session_client():
    session = boto3.Session(
        aws_access_key_id=${N("os.environ['AWS_ACCESS_KEY_ID']", "env_reference", K("env lookup (negative)"))},
        aws_secret_access_key=${N("os.environ['AWS_SECRET_ACCESS_KEY']", "env_reference", K("env lookup (negative)"))},
    )
    return session.client("s3")


def upload(path):
    s3.upload_file(path, ARCHIVE_BUCKET, os.path.basename(path))
`,
  );

  file(
    "python/integrations/api_client.py",
    `import logging

import requests

from .secrets import get_api_key

log = logging.getLogger(__name__)

BASE = "https://erp.internal.acme-retail.com/api/v2"
API_KEY = "${S(hexKey(16), "api_key", K("API key constant"))}"


def fetch_invoices(since):
    r = requests.get(
        BASE + "/invoices",
        params={"since": since},
        headers={"X-API-Key": API_KEY},
        auth=("svc_reporting", "${S(pw("q2"), "password", K("requests auth=(user, pw)"))}"),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


def fetch_customers():
    api_key = ${N('get_api_key("erp")', "function_call", K("api_key from function (negative)"))}
    r = requests.get(BASE + "/customers", headers={"X-API-Key": api_key}, timeout=30)
    return r.json()
`,
  );

  const deployKey = pem(rsaKey(2048), "pkcs1").trimEnd();
  file(
    "python/ops/deploy_ssh.py",
    `import getpass
import io

import paramiko

DEPLOY_KEY = """${S(deployKey, "private_key", K("RSA private key in triple-quoted string"))}
"""


def run_remote(cmd, host="10.20.4.17"):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, port=22, username="deploy", password="${S(pw("q2"), "password", K("paramiko connect password="))}")
    _, stdout, _ = client.exec_command(cmd)
    return stdout.read().decode()


def run_with_key(cmd, host):
    pkey = paramiko.RSAKey.from_private_key(io.StringIO(DEPLOY_KEY))
    client = paramiko.SSHClient()
    client.connect(host, username="deploy", pkey=pkey)
    return client.exec_command(cmd)


def run_interactive(cmd, host):
    password = getpass.getpass("${N("Password: ", "ui_label", K("prompt string (negative)"))}")
    client = paramiko.SSHClient()
    client.connect(host, username=getpass.getuser(), password=password)
    return client.exec_command(cmd)
`,
  );

  const flaskBytes = rng.bytes(16);
  const fernet = unique(() => `${rng.b64url(32)}=`);
  file(
    "python/web/app.py",
    `from cryptography.fernet import Fernet
from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.secret_key = b'${S(pyBytesRepr(flaskBytes), "flask_secret_key", K("Flask secret_key bytes literal"), { decoded_hex: flaskBytes.toString("hex") })}'
app.config["JWT_SECRET_KEY"] = "${S(
      unique(() => rng.b64url(32)),
      "jwt_secret",
      K("flask-jwt-extended JWT_SECRET_KEY"),
    )}"
app.config["SESSION_COOKIE_SECURE"] = True
jwt = JWTManager(app)

FERNET_KEY = b"${S(fernet, "encryption_key", K("Fernet key"))}"
cipher = Fernet(FERNET_KEY)


@app.route("/health")
def health():
    return {"status": "ok"}
`,
  );

  const appSha = crypto.createHash("sha256").update(rng.bytes(64)).digest("hex");
  file(
    "python/integrations/webhooks.py",
    `import hashlib
import hmac

WEBHOOK_SECRET = b"${S(hexKey(32), "hmac_secret", K("webhook HMAC secret"))}"

# sha256 of the vendored client bundle, checked at startup
EXPECTED_BUNDLE_SHA256 = "${N(appSha, "file_hash", K("sha256 file digest (negative)"))}"
PINNED_UPSTREAM_COMMIT = "${N(rng.hex(20), "git_sha", K("git commit SHA (negative)"))}"


def verify(payload: bytes, signature: str) -> bool:
    digest = hmac.new(WEBHOOK_SECRET, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)


def bundle_ok(data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == EXPECTED_BUNDLE_SHA256
`,
  );

  const policy = String.raw`^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{12,128}$`;
  file(
    "python/accounts/forms.py",
    `import re

from django import forms
from django.utils.translation import gettext_lazy as _

PASSWORD_FIELD = "${N("password", "field_name", K("field name constant (negative)"))}"
PASSWORD_POLICY = re.compile(r"${N(policy, "password_policy_regex", K("password policy regex (negative)"))}")


class LoginForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    password = forms.CharField(label=_("${N("Password:", "ui_label", K("form label (negative)"))}"), widget=forms.PasswordInput)

    def clean_password(self):
        value = self.cleaned_data[PASSWORD_FIELD]
        if not PASSWORD_POLICY.match(value):
            raise forms.ValidationError(
                _("${N("Password must be at least 12 characters and include upper, lower, digit and symbol.", "validation_message", K("validation message (negative)"))}")
            )
        return value
`,
  );

  file(
    "python/tests/test_login.py",
    `import pytest

TEST_PASSWORD = "${N(FAKE, "fake_fixture", K("fake test password (negative)"))}"
USER_ID = "${N(uuid4(), "uuid", K("UUID (negative)"))}"
REQUEST_ID = "${N(rng.str(21, `${ALNUM}_-`), "random_id", K("random test id (negative)"))}"


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(username="alice", password=TEST_PASSWORD)


def test_login_ok(client, user):
    resp = client.post("/login", data={"username": "alice", "password": TEST_PASSWORD})
    assert resp.status_code == 302


def test_login_rejects_wrong_password(client, user):
    resp = client.post("/login", data={"username": "alice", "password": "${N("xxx", "placeholder", K("placeholder (negative)"))}"})
    assert resp.status_code == 200
    assert resp.headers["X-Request-Id"] != REQUEST_ID
`,
  );

  const djangoHash = djangoPbkdf2(pw("q2"));
  file(
    "python/fixtures/users.json",
    `[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "ops-admin",
      "password": "${S(djangoHash, "password_hash", K("Django pbkdf2_sha256 hash in fixture"))}",
      "is_superuser": true,
      "is_staff": true,
      "email": "ops@acme-retail.com"
    }
  },
  {
    "model": "catalog.asset",
    "pk": "${N(uuid4(), "uuid", K("UUID (negative)"))}",
    "fields": {
      "filename": "hero-banner.webp",
      "sha256": "${N(crypto.createHash("sha256").update(rng.bytes(32)).digest("hex"), "file_hash", K("sha256 file digest (negative)"))}"
    }
  }
]
`,
  );
}

// ================================================================== SHADOW / HTPASSWD (unix fixtures)
{
  const K = (s) => `unix: ${s}`;
  const salt = () => rng.str(16, ITOA64);
  file(
    "etc/shadow",
    `root:${S(sha512crypt(pw("q1"), salt()), "password_hash", K("sha512-crypt $6$ in shadow"))}:19745:0:99999:7:::
daemon:*:19745:0:99999:7:::
bin:*:19745:0:99999:7:::
sys:*:19745:0:99999:7:::
sshd:*:19745:0:99999:7:::
deploy:${S(sha512crypt(pw("q1"), salt()), "password_hash", K("sha512-crypt $6$ in shadow"))}:19802:0:99999:7:::
postgres:!:19745::::::
`,
  );
  file(
    "etc/nginx/.htpasswd",
    `admin:${S(apr1(pw("q1"), rng.str(8, ITOA64)), "password_hash", K("htpasswd $apr1$"))}
metrics:${S(bcryptShape("2y", 5), "password_hash", K("htpasswd bcrypt $2y$"), { note: "format-valid bcrypt, not the hash of a known password" })}
`,
  );
}

// ================================================================== JS / TS
{
  const K = (s) => `javascript: ${s}`;
  const T = (s) => `typescript: ${s}`;
  file(
    "js/services/s3.js",
    `'use strict';

const AWS = require('aws-sdk');

const s3 = new AWS.S3({
  region: 'us-east-1',
  accessKeyId: '${S(akid(), "aws_access_key_id", K("new AWS.S3 accessKeyId"))}',
  secretAccessKey: '${S(awsSecret(), "aws_secret_access_key", K("new AWS.S3 secretAccessKey"))}',
});

const fromEnv = new AWS.S3({
  accessKeyId: ${N("process.env.AWS_ACCESS_KEY_ID", "env_reference", K("process.env lookup (negative)"))},
  secretAccessKey: ${N("process.env.AWS_SECRET_ACCESS_KEY", "env_reference", K("process.env lookup (negative)"))},
});

async function putReport(key, body) {
  return s3.putObject({ Bucket: 'acme-reports', Key: key, Body: body }).promise();
}

module.exports = { s3, fromEnv, putReport };
`,
  );

  file(
    "js/db/mongo.js",
    `const mongoose = require('mongoose');

async function connect() {
  if (process.env.NODE_ENV === 'production') {
    return mongoose.connect('mongodb+srv://orders-api:${S(pw("url"), "password", K("mongoose.connect URI password"))}@cluster0.x7k2p.mongodb.net/orders?retryWrites=true&w=majority');
  }
  const uri = ${N("process.env.MONGO_URI", "env_reference", K("process.env lookup (negative)"))} || 'mongodb://root:${N("example", "placeholder", K("placeholder (negative)"))}@localhost:27017/orders_dev?authSource=admin';
  return mongoose.connect(uri);
}

module.exports = { connect };
`,
  );

  file(
    "js/mail/mailer.js",
    `const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({
  host: 'smtp.office365.com',
  port: 587,
  secure: false,
  auth: {
    user: 'noreply@acme-retail.com',
    pass: '${S(pw("q1"), "password", K("nodemailer auth.pass"))}',
  },
});

// MailHog in docker-compose
const devTransport = nodemailer.createTransport({
  host: 'localhost',
  port: 1025,
  auth: { user: 'dev', pass: '${N("changeme", "placeholder", K("placeholder (negative)"))}' },
});

const envTransport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  auth: { user: process.env.SMTP_USER, pass: ${N("process.env.SMTP_PASS", "env_reference", K("process.env lookup (negative)"))} },
});

module.exports = process.env.NODE_ENV === 'production' ? transporter : (process.env.SMTP_HOST ? envTransport : devTransport);
`,
  );

  const basicUser = "billing-sync";
  const basicPw = pw("q1");
  const basicB64 = Buffer.from(`${basicUser}:${basicPw}`).toString("base64");
  file(
    "ts/src/api/httpClient.ts",
    `import axios, { AxiosInstance } from 'axios';

export const billing: AxiosInstance = axios.create({
  baseURL: 'https://billing.internal.acme-retail.com',
  timeout: 10_000,
  headers: {
    Authorization: 'Bearer ${S(
      unique(() => rng.b64url(32)),
      "bearer_token",
      T("axios Authorization Bearer header"),
    )}',
    'X-Client-Id': 'reporting',
  },
});

export const search = axios.create({
  baseURL: 'https://search.acme-retail.com/v1',
  headers: { 'x-api-key': '${S(
    unique(() => rng.str(32, ALNUM)),
    "api_key",
    T("axios x-api-key header"),
  )}' },
});

export const legacy = axios.create({
  baseURL: 'https://legacy-billing.acme-retail.com',
  headers: { Authorization: 'Basic ${S(basicB64, "basic_auth", T("axios Basic auth header (base64 user:pw)"), { decoded: `${basicUser}:${basicPw}` })}' },
});

export function withToken(token: string): AxiosInstance {
  return axios.create({ headers: { Authorization: \`Bearer ${N(`${D}{token}`, "variable_reference", T("template variable (negative)"))}\` } });
}
`,
  );

  file(
    "ts/src/auth/auth.module.ts",
    `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthService } from './auth.service';

@Module({
  imports: [
    JwtModule.register({
      secret: '${S(humanJwtKey(), "jwt_secret", T("NestJS JwtModule secret (human-chosen)"))}',
      signOptions: { expiresIn: '15m' },
    }),
  ],
  providers: [AuthService],
  exports: [AuthService],
})
export class AuthModule {}
`,
  );

  file(
    "js/auth/tokens.js",
    `const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const WEBHOOK_SECRET = '${S(
      unique(() => rng.b64url(32)),
      "hmac_secret",
      K("webhook HMAC secret"),
    )}';
// sha256 of dist/widget.min.js, checked by the CDN purge job
const EXPECTED_BUNDLE_SHA256 = '${N(crypto.createHash("sha256").update(rng.bytes(48)).digest("hex"), "file_hash", K("sha256 file digest (negative)"))}';
const LAST_KNOWN_ETAG = '"${N(rng.hex(16), "etag", K("ETag (negative)"))}"';

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, '${S(
    unique(() => rng.b64(48)),
    "jwt_secret",
    K("jwt.sign literal secret"),
  )}', { expiresIn: '1h' });
}

function verifyAccess(token) {
  return jwt.verify(token, ${N("process.env.JWT_SECRET", "env_reference", K("process.env lookup (negative)"))});
}

function verifyWebhook(req) {
  const sig = crypto.createHmac('sha256', WEBHOOK_SECRET).update(req.rawBody).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(req.headers['x-signature'] || ''));
}

module.exports = { issue, verifyAccess, verifyWebhook, EXPECTED_BUNDLE_SHA256, LAST_KNOWN_ETAG };
`,
  );

  const ed1 = ed25519Key();
  const ec1 = p256Key();
  const edPem = pem(ed1, "pkcs8");
  const ecPem = pem(ec1, "sec1");
  const edPub = crypto.createPublicKey(ed1).export({ type: "spki", format: "pem" });
  const dataKey = rng.hex(32);
  file(
    "ts/src/crypto/keys.ts",
    `// Keys used by the license service. TODO: move to KMS.
import { createPrivateKey, createPublicKey } from 'node:crypto';

export const SIGNING_KEY_PEM = '${S(jsEsc(edPem), "private_key", T("Ed25519 PKCS#8 PEM in string with \\n escapes"), { decoded: edPem })}';

export const LEGACY_EC_KEY = "${S(jsEsc(ecPem), "private_key", T("EC SEC1 PEM in string with \\n escapes"), { decoded: ecPem })}";

export const VERIFY_KEY_PEM = '${N(jsEsc(edPub), "public_key", T("public key PEM (negative)"), { decoded: edPub })}';

export const DATA_KEY = Buffer.from('${S(dataKey, "encryption_key", T("AES-256 key as hex Buffer.from"))}', 'hex');

export const signingKey = createPrivateKey(SIGNING_KEY_PEM);
export const verifyKey = createPublicKey(VERIFY_KEY_PEM);
`,
  );

  const saPem = pem(rsaKey(2048), "pkcs8");
  const saEsc = JSON.stringify(saPem).slice(1, -1);
  file(
    "js/config/gcp-service-account.json",
    `{
  "type": "service_account",
  "project_id": "acme-retail-prod",
  "private_key": "${S(saEsc, "private_key", K("RSA PKCS#8 PEM JSON-escaped in service-account JSON"), { decoded: saPem })}",
  "client_email": "exporter@acme-retail-prod.iam.gserviceaccount.com",
  "client_id": "${N(rng.str(21, DIGITS).replace(/^0/, "1"), "public_identifier", K("OAuth client_id (negative)"))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
`,
  );

  file(
    "js/locales/fr.json",
    `{
  "login": {
    "title": "Connexion",
    "username": "Nom d'utilisateur",
    "password": "${N("Mot de passe", "i18n_string", K("i18n string (negative)"))}",
    "passwordRequired": "${N("Le mot de passe est obligatoire.", "i18n_string", K("i18n string (negative)"))}",
    "passwordTooShort": "${N("Le mot de passe doit contenir au moins 12 caractères.", "i18n_string", K("i18n string (negative)"))}",
    "submit": "Se connecter"
  }
}
`,
  );
  file(
    "js/locales/en.json",
    `{
  "login": {
    "title": "Sign in",
    "username": "Username",
    "password": "${N("Pass" + "word", "i18n_string", K("i18n string (negative)"))}",
    "forgotPassword": "${N("Forgot your password?", "i18n_string", K("i18n string (negative)"))}",
    "submit": "Sign in"
  }
}
`,
  );

  const jsPolicy = String.raw`/^(?=.*\d)(?=.*[!@#$%^&*])(?=.*[a-z])(?=.*[A-Z]).{10,}$/`;
  file(
    "ts/src/constants.ts",
    `export enum CredentialField {
  USERNAME = 'username',
  PASSWORD = '${N("password", "field_name", T("enum value (negative)"))}',
  OTP = 'otp',
}

export const PASSWORD_PATTERN = ${N(jsPolicy, "password_policy_regex", T("password policy regex (negative)"))};

export const TLS_CIPHERS = [
  '${N("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "cipher_suite", T("cipher suite name (negative)"))}',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
].join(':');

export const MIN_PASSWORD_LENGTH = 10;
`,
  );

  const png = tinyPng().toString("base64");
  file(
    "js/seeds/users.seed.js",
    `// knex seed: demo tenant
exports.seed = async (knex) => {
  await knex('users').del();
  await knex('users').insert([
    {
      id: '${N(uuid4(), "uuid", K("UUID (negative)"))}',
      email: 'ops@acme-retail.com',
      password_hash: '${S(bcryptShape("2b", 10), "password_hash", K("bcrypt $2b$ in seed data"), { note: "format-valid bcrypt, not the hash of a known password" })}',
      bio: '${N(LOREM, "lorem_ipsum", K("lorem ipsum (negative)"))}',
      avatar: 'data:image/png;base64,${N(png, "image_base64", K("base64 PNG data URI (negative)"))}',
    },
    {
      id: '${N(uuid4(), "uuid", K("UUID (negative)"))}',
      email: 'demo@acme-retail.com',
      password_hash: null,
    },
  ]);
};
`,
  );

  const integ = () => `sha512-${rng.b64(64)}`;
  file(
    "js/package-lock.json",
    `{
  "name": "acme-storefront",
  "version": "3.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/ms": {
      "version": "2.1.3",
      "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",
      "integrity": "${N(integ(), "integrity_hash", K("package-lock integrity hash (negative)"))}"
    },
    "node_modules/debug": {
      "version": "4.3.4",
      "resolved": "https://registry.npmjs.org/debug/-/debug-4.3.4.tgz",
      "integrity": "${N(integ(), "integrity_hash", K("package-lock integrity hash (negative)"))}"
    }
  }
}
`,
  );
}

// ================================================================== JAVA / KOTLIN
{
  const K = (s) => `java: ${s}`;
  const KT = (s) => `kotlin: ${s}`;
  file(
    "java/billing/src/main/resources/application.yml",
    `server:
  port: 8080

spring:
  datasource:
    url: jdbc:postgresql://pg-billing.internal:5432/billing
    username: billing_app
    password: ${S(pw("yaml"), "password", K("Spring application.yml datasource password"))}
    hikari:
      maximum-pool-size: 20
  mail:
    host: smtp.eu.mailgun.org
    port: 587
    username: billing@mg.acme-retail.com
    password: "${S(pw("yaml"), "password", K("Spring application.yml mail password"))}"

app:
  jwt:
    secret: "${S(
      unique(() => rng.b64(64)),
      "jwt_secret",
      K("Spring application.yml jwt secret (base64)"),
    )}"
    expiration-minutes: 30
`,
  );

  file(
    "java/billing/src/main/resources/application-local.yml",
    `spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/billing
    username: postgres
    password: ${N("postgres", "local_dev_default", K("local dev default (negative)"))}
  rabbitmq:
    host: localhost
    port: 5672
    username: guest
    password: ${N("guest", "local_dev_default", K("local dev default (negative)"))}

app:
  jwt:
    secret: ${N(`${D}{JWT_SECRET:}`, "env_reference", K("Spring placeholder (negative)"))}
`,
  );

  file(
    "java/inventory/src/main/resources/application.properties",
    `spring.application.name=inventory
spring.datasource.url=jdbc:mysql://mysql-inv.internal:3306/inventory?user=inventory&password=${S(pw("url"), "password", K("JDBC URL password= parameter"))}&useSSL=true
spring.datasource.hikari.maximum-pool-size=10
spring.jpa.hibernate.ddl-auto=validate
spring.security.user.name=admin
spring.security.user.password=${N(`${D}{ADMIN_PASSWORD}`, "env_reference", K("Spring placeholder (negative)"))}
server.ssl.enabled=true
server.ssl.key-store=classpath:inventory.p12
server.ssl.key-store-type=PKCS12
server.ssl.key-store-password=${S(pw("conn"), "password", K(".properties key-store-password"))}
server.ssl.ciphers=${N("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "cipher_suite", K("cipher suite name (negative)"))},TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
`,
  );

  file(
    "java/reports/src/main/java/com/acme/reports/ReportRepository.java",
    `package com.acme.reports;

import java.io.FileInputStream;
import java.io.InputStream;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class ReportRepository {

    private static final String URL =
        "jdbc:sqlserver://sql-rpt.internal:1433;databaseName=reports;encrypt=true;trustServerCertificate=false";

    public Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "report_reader", "${S(pw("q2"), "password", K("DriverManager.getConnection password arg"))}");
    }

    public KeyStore clientKeyStore() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream("/opt/reports/client.p12")) {
            ks.load(in, "${S(pw("q2"), "password", K("KeyStore.load password"))}".toCharArray());
        }
        return ks;
    }

    public KeyStore trustStore() throws Exception {
        KeyStore ts = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = new FileInputStream(System.getProperty("java.home") + "/lib/security/cacerts")) {
            ts.load(in, "${N("changeit", "default_password", K("JDK cacerts default password (negative)"))}".toCharArray());
        }
        return ts;
    }
}
`,
  );

  const aesKey = rng.bytes(32);
  const ivStr = rng.str(16, ALNUM);
  const javaBytes = [...aesKey].map((b) => `(byte) 0x${b.toString(16).padStart(2, "0")}`).join(", ");
  file(
    "java/common/src/main/java/com/acme/common/AesCipher.java",
    `package com.acme.common;

import java.nio.charset.StandardCharsets;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class AesCipher {

    private static final byte[] KEY = new byte[] { ${S(javaBytes, "encryption_key", K("AES key as byte[] literal"), { decoded_hex: aesKey.toString("hex") })} };
    private static final byte[] IV = "${N(ivStr, "encryption_iv", K("hard-coded IV (negative: IVs are not secret)"))}".getBytes(StandardCharsets.UTF_8);

    public static byte[] encrypt(byte[] plain) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new IvParameterSpec(IV));
        return c.doFinal(plain);
    }

    private AesCipher() {}
}
`,
  );

  file(
    "kotlin/app/src/main/kotlin/com/acme/app/AppConfig.kt",
    `package com.acme.app

object ApiConfig {
    const val PAYMENTS_BASE_URL = "https://payments.acme-retail.com"
    const val PAYMENTS_API_SECRET = "${S(
      unique(() => rng.str(40, ALNUM)),
      "api_key",
      KT("const val API secret"),
    )}"
    val dbPassword: String = ${N('System.getenv("DB_PASSWORD")', "env_reference", KT("System.getenv (negative)"))} ?: ""
}

data class SmtpConfig(val host: String, val port: Int, val user: String, val password: String)

val smtp = SmtpConfig(host = "smtp.acme-retail.com", port = 587, user = "mailer", password = "${S(pw("q2"), "password", KT("data class named arg password ="))}")
`,
  );
}

// ================================================================== C# / .NET
{
  const K = (s) => `csharp: ${s}`;
  file(
    "csharp/Shop.Api/appsettings.json",
    `{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "DefaultConnection": "Server=tcp:sql-prod-02.database.windows.net,1433;Initial Catalog=Shop;User ID=shop_app;Password=${S(pw("conn"), "password", K("appsettings.json ConnectionStrings Password="))};Encrypt=True;Connection Timeout=30;"
  },
  "Jwt": {
    "Key": "${S(humanJwtKey(), "jwt_secret", K("appsettings.json Jwt:Key (human-chosen)"))}",
    "Issuer": "https://api.acme-retail.com"
  },
  "Smtp": {
    "Host": "smtp.acme-retail.com",
    "User": "shop-notify",
    "Password": "${S(pw("q2"), "password", K("appsettings.json Smtp:Password"))}"
  },
  "AllowedHosts": "*"
}
`,
  );
  file(
    "csharp/Shop.Api/appsettings.Development.json",
    `{
  "ConnectionStrings": {
    "DefaultConnection": "Server=localhost,1433;Database=Shop;User Id=sa;Password=${N("<your-password>", "placeholder", K("placeholder (negative)"))};TrustServerCertificate=True",
    "Cache": "Server=(localdb)\\\\mssqllocaldb;Database=ShopCache;Trusted_Connection=True"
  },
  "Jwt": {
    "Key": "${N(`${D}{JWT_KEY}`, "env_reference", K("placeholder reference (negative)"))}"
  }
}
`,
  );

  const csKey = rng.bytes(32);
  file(
    "csharp/Shop.Api/Services/Mailer.cs",
    `using System;
using System.Data.SqlClient;
using System.Net;
using System.Net.Mail;

namespace Shop.Api.Services
{
    public class Mailer
    {
        private static readonly byte[] TokenKey = Convert.FromBase64String("${S(csKey.toString("base64"), "encryption_key", K("Convert.FromBase64String key"), { decoded_hex: csKey.toString("hex") })}");

        public SmtpClient Create() => new SmtpClient("smtp.acme-retail.com", 587)
        {
            Credentials = new NetworkCredential("svc_mailer", "${S(pw("q2"), "password", K("new NetworkCredential(user, pw)"))}"),
            EnableSsl = true,
        };

        public SmtpClient FromEnvironment() => new SmtpClient(Environment.GetEnvironmentVariable("SMTP_HOST"))
        {
            Credentials = new NetworkCredential("svc_mailer", ${N('Environment.GetEnvironmentVariable("SMTP_PASSWORD")', "env_reference", K("environment lookup (negative)"))}),
        };

        public SqlConnection Legacy()
        {
            return new SqlConnection("Data Source=sql-legacy01;Initial Catalog=Legacy;User Id=legacy_app;Password=${S(pw("conn"), "password", K('new SqlConnection("...Password=...")'))};");
        }
    }
}
`,
  );

  file(
    "csharp/Crm.Web/Web.config",
    `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CrmDb" connectionString="Data Source=SQL03;Initial Catalog=Crm;User ID=crm_web;Password=${S(pw("conn"), "password", K("web.config connectionString Password="))}" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PaymentGatewayKey" value="${S(
      unique(() => rng.b64(32)),
      "api_key",
      K("web.config appSettings key"),
    )}" />
    <add key="AdminPassword" value="${N("changeme", "placeholder", K("placeholder (negative)"))}" />
    <add key="SmtpPassword" value="" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="${S(rng.hex(64).toUpperCase(), "aspnet_machine_key", K("web.config machineKey validationKey"))}"
                decryptionKey="${S(rng.hex(32).toUpperCase(), "aspnet_machine_key", K("web.config machineKey decryptionKey"))}"
                validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
`,
  );
}

// ================================================================== GO
{
  const K = (s) => `go: ${s}`;
  file(
    "go/internal/store/db.go",
    `package store

import (
	"database/sql"
	"fmt"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
)

func OpenOrders() (*sql.DB, error) {
	return sql.Open("mysql", "orders:${S(pw("url"), "password", K("sql.Open DSN user:pw@tcp(...)"))}@tcp(10.0.3.12:3306)/orders?parseTime=true")
}

func OpenLedger() (*sql.DB, error) {
	return sql.Open("postgres", "host=pg-ledger.internal port=5432 user=ledger password=${S(pw("kv"), "password", K("libpq key=value DSN password="))} dbname=ledger sslmode=require")
}

// OpenTest is used by integration tests (docker compose up mysql).
func OpenTest() (*sql.DB, error) {
	db, err := sql.Open("mysql", "root:${N("root", "local_dev_default", K("local dev default (negative)"))}@tcp(127.0.0.1:3306)/orders_test")
	if err != nil {
		return nil, fmt.Errorf("open test db: %w", err)
	}
	return db, nil
}
`,
  );

  const goKey = rng.bytes(32);
  const goBytes = [...goKey].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(", ");
  file(
    "go/internal/config/config.go",
    `package config

import "os"

type RedisConfig struct {
	Addr     string
	Password string
	DB       int
}

type SMTPConfig struct {
	Host     string
	Username string
	Password string
}

type Config struct {
	Redis RedisConfig
	SMTP  SMTPConfig
}

var Default = Config{
	Redis: RedisConfig{Addr: "redis-cache.internal:6379", Password: "${S(pw("q2"), "password", K("struct literal Password:"))}", DB: 0},
	SMTP: SMTPConfig{
		Host:     "smtp.acme-retail.com:587",
		Username: "notify",
		Password: ${N('os.Getenv("SMTP_PASSWORD")', "env_reference", K("os.Getenv (negative)"))},
	},
}

var sessionKey = []byte{${S(goBytes, "encryption_key", K("[]byte{0x..} key literal"), { decoded_hex: goKey.toString("hex") })}}

var webhookKey = []byte("${S(hexKey(32), "hmac_secret", K('[]byte("...") HMAC key'))}")
`,
  );

  file(
    "go/go.sum",
    `github.com/go-sql-driver/mysql v1.7.1 ${N(`h1:${rng.b64(32)}`, "integrity_hash", K("go.sum hash (negative)"))}
github.com/go-sql-driver/mysql v1.7.1/go.mod ${N(`h1:${rng.b64(32)}`, "integrity_hash", K("go.sum hash (negative)"))}
`,
  );
}

// ================================================================== PHP
{
  const K = (s) => `php: ${s}`;
  const names = [
    "AUTH_KEY",
    "SECURE_AUTH_KEY",
    "LOGGED_IN_KEY",
    "NONCE_KEY",
    "AUTH_SALT",
    "SECURE_AUTH_SALT",
    "LOGGED_IN_SALT",
    "NONCE_SALT",
  ];
  const salts = names
    .map(
      (n) =>
        `define( '${n}',${" ".repeat(17 - n.length)}'${S(wpSalt(), "wordpress_salt", K("wp-config.php auth keys and salts"))}' );`,
    )
    .join("\n");
  file(
    "php/wordpress/wp-config.php",
    `<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_acmeblog' );
define( 'DB_USER', 'wp_acmeblog' );
define( 'DB_PASSWORD', '${S(pw("q1"), "password", K("wp-config.php DB_PASSWORD"))}' );
define( 'DB_HOST', 'mysql-blog.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 */
${salts}
/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
`,
  );

  file(
    "php/wordpress/wp-config-sample.php",
    `<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', '${N("password_here", "placeholder", K("placeholder (negative)"))}' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         '${N("put your unique phrase here", "placeholder", K("placeholder (negative)"))}' );
define( 'SECURE_AUTH_KEY',  '${N("put your unique phrase here", "placeholder", K("placeholder (negative)"))}' );
`,
  );

  file(
    "php/laravel/.env",
    `APP_NAME=AcmePortal
APP_ENV=production
APP_KEY=${S(`base64:${unique(() => rng.b64(32))}`, "laravel_app_key", K("Laravel .env APP_KEY=base64:"))}
APP_DEBUG=false
APP_URL=https://portal.acme-retail.com

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=10.0.1.20
DB_PORT=3306
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=${S(pw("env"), "password", K("Laravel .env DB_PASSWORD"))}

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=${N("null", "placeholder", K("placeholder (negative)"))}
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=587
MAIL_USERNAME=portal-mailer
MAIL_PASSWORD=${S(pw("env"), "password", K("Laravel .env MAIL_PASSWORD"))}
`,
  );
  file(
    "php/laravel/.env.example",
    `APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=${N("secret", "placeholder", K("placeholder (negative)"))}

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PASSWORD=${N("null", "placeholder", K("placeholder (negative)"))}
`,
  );

  file(
    "php/src/Database.php",
    `<?php

namespace Acme\\Crm;

use PDO;

final class Database
{
    public static function connect(): PDO
    {
        return new PDO(
            'mysql:host=db1.internal;dbname=crm;charset=utf8mb4',
            'crm_app',
            '${S(pw("q1"), "password", K("new PDO(dsn, user, pw)"))}',
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
        );
    }

    public static function fromEnv(): PDO
    {
        $pass = ${N("getenv('DB_PASS')", "env_reference", K("getenv (negative)"))};
        return new PDO(getenv('DB_DSN'), getenv('DB_USER'), $pass);
    }

    public static function checkLogin(PDO $db): bool
    {
        $password = ${N("$_POST['password']", "user_input", K("request field (negative)"))} ?? '';
        $stmt = $db->prepare('SELECT password_hash FROM users WHERE email = ?');
        $stmt->execute([$_POST['email'] ?? '']);
        return password_verify($password, (string) $stmt->fetchColumn());
    }
}
`,
  );
}

// ================================================================== RUBY
{
  const K = (s) => `ruby: ${s}`;
  file(
    "ruby/config/database.yml",
    `default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shop_development
  username: postgres
  password: ${N("postgres", "local_dev_default", K("local dev default (negative)"))}
  host: localhost

staging:
  <<: *default
  database: shop_staging
  username: shop
  password: ${N("<%= ENV['SHOP_DATABASE_PASSWORD'] %>", "env_reference", K("ERB ENV reference (negative)"))}

production:
  <<: *default
  database: shop_production
  username: shop
  password: "${S(pw("yaml"), "password", K("Rails database.yml password"))}"
  host: pg-main.internal
`,
  );

  file(
    "ruby/config/secrets.yml",
    `development:
  secret_key_base: ${N('<%= ENV["SECRET_KEY_BASE"] %>', "env_reference", K("ERB ENV reference (negative)"))}

production:
  secret_key_base: ${S(rng.hex(64), "rails_secret_key_base", K("Rails secrets.yml secret_key_base"))}
`,
  );

  file(
    "ruby/config/initializers/devise.rb",
    `# frozen_string_literal: true

Devise.setup do |config|
  config.secret_key = '${S(rng.hex(64), "devise_secret_key", K("Devise config.secret_key"))}'
  config.mailer_sender = 'no-reply@acme-retail.com'
  require 'devise/orm/active_record'
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 12..128
end
`,
  );

  file(
    "ruby/lib/erp_client.rb",
    `# frozen_string_literal: true

require 'faraday'
require 'net/http'

class ErpClient
  API_TOKEN = '${S(hexKey(20), "api_key", K("API token constant"))}'

  def connection
    Faraday.new(url: 'https://erp.acme-retail.com') do |f|
      f.request :authorization, :basic, 'erp_sync', '${S(pw("q1"), "password", K("Faraday basic auth password"))}'
      f.headers['X-Api-Token'] = API_TOKEN
    end
  end

  def admin_request(path)
    req = Net::HTTP::Get.new(path)
    req.basic_auth 'admin', ${N("ENV.fetch('ERP_ADMIN_PASSWORD')", "env_reference", K("ENV.fetch (negative)"))}
    req
  end
end
`,
  );
}

// ================================================================== RUST
{
  const K = (s) => `rust: ${s}`;
  file(
    "rust/src/config.rs",
    `use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub database_url: String,
    pub api_key: String,
    pub jwt_secret: String,
}

pub fn default_config() -> Config {
    Config {
        database_url: "postgres://ledger:${S(pw("url"), "password", K("postgres:// URL in struct literal"))}@pg-ledger.internal:5432/ledger".to_string(),
        // partner API keys are UUIDs
        api_key: String::from("${S(uuid4(), "api_key", K("UUID-shaped API key in struct literal"), { note: "positive despite UUID shape (contrast with uuid negatives)" })}"),
        jwt_secret: ${N('std::env::var("JWT_SECRET")', "env_reference", K("env::var (negative)"))}.expect("JWT_SECRET must be set"),
    }
}
`,
  );
  file(
    "rust/config/production.toml",
    `[server]
bind = "0.0.0.0:8080"

[smtp]
host = "smtp.acme-retail.com"
user = "ledger-notify"
password = "${S(pw("q2"), "password", K("TOML password ="))}"

[auth]
secret_key = "${S(hexKey(32), "session_secret", K("TOML secret_key"))}"
`,
  );
  file(
    "rust/config/default.toml",
    `[server]
bind = "127.0.0.1:8080"

[database]
host = "localhost"
port = 5432
user = "postgres"
password = "${N("postgres", "local_dev_default", K("local dev default (negative)"))}"
name = "ledger_dev"
`,
  );
}

// ================================================================== SWIFT / OBJECTIVE-C
file(
  "ios/Acme/Config/Constants.swift",
  `import Foundation

enum Constants {
    static let apiBaseURL = URL(string: "https://api.acme-retail.com")!
    static let apiKey = "${S(
      unique(() => rng.str(32, ALNUM)),
      "api_key",
      "swift: static let apiKey",
    )}"
    static let oauthClientID = "ios-app"
    static let oauthClientSecret = "${S(
      unique(() => rng.b64url(32)),
      "client_secret",
      "swift: static let oauthClientSecret",
    )}"
    static let keychainService = "com.acme.retail.credentials"
    static let passwordFieldTitle = NSLocalizedString("${N("Password", "ui_label", "swift: localized label (negative)")}", comment: "Login password field")
}
`,
);
file(
  "ios/Acme/Legacy/APIKeys.m",
  `#import "APIKeys.h"

NSString * const kAnalyticsEndpoint = @"https://metrics.acme-retail.com/v2/events";
NSString * const kAnalyticsSecret = @"${S(hexKey(16), "api_key", "objc: NSString const secret")}";
NSString * const kPasswordDefaultsKey = @"${N("password", "field_name", "objc: defaults key name (negative)")}";
`,
);

// ================================================================== SHELL
{
  const K = (s) => `shell: ${s}`;
  file(
    "scripts/backup.sh",
    `#!/usr/bin/env bash
set -euo pipefail

STAMP=$(date +%F)

mysqldump -h db1.internal -u backup -p'${S(pw("q1"), "password", K("mysqldump -p'...'"))}' --single-transaction shop > "/backup/shop-$STAMP.sql"

PGPASSWORD='${S(pw("q1"), "password", K("PGPASSWORD= prefix"))}' pg_dump -h pg.internal -U backup ledger | gzip > "/backup/ledger-$STAMP.sql.gz"

sshpass -p '${S(pw("q1"), "password", K("sshpass -p '...'"))}' rsync -az /backup/ backup@10.9.0.5:/srv/backups/

mysql -u root -p"${N("$MYSQL_ROOT_PASSWORD", "env_reference", K("shell variable (negative)"))}" -e 'FLUSH LOGS'

if [[ -n "${D}{VAULT_ADDR:-}" ]]; then
  read -r -s -p "${N("Vault password: ", "ui_label", K("prompt string (negative)"))}" VAULT_PASS
  echo
fi
`,
  );
  file(
    "scripts/provision.sh",
    `#!/bin/sh
set -e

useradd -m -s /bin/bash deploy || true
echo "deploy:${S(pw("ini"), "password", K("chpasswd user:pw"))}" | chpasswd

curl -fsS -u admin:${S(pw("url"), "password", K("curl -u user:pw"))} -X POST https://jenkins.internal.acme-retail.com/reload

redis-cli -h redis-cache.internal -a '${S(pw("q1"), "password", K("redis-cli -a '...'"))}' CONFIG REWRITE
`,
  );
}

// ================================================================== POWERSHELL
{
  const K = (s) => `powershell: ${s}`;
  file(
    "deploy/Deploy-App.ps1",
    `param(
    [string]$ComputerName = "app01.corp.acme-retail.com"
)

$securePassword = ConvertTo-SecureString "${S(pw("ps2"), "password", K('ConvertTo-SecureString "..." -AsPlainText'))}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_deploy", $securePassword)

Invoke-Command -ComputerName $ComputerName -Credential $cred -ScriptBlock {
    Restart-Service -Name "AcmeShop"
}

$pfxPassword = ConvertTo-SecureString -String '${S(pw("q1"), "password", K("ConvertTo-SecureString -String '...'"))}' -Force -AsPlainText
Import-PfxCertificate -FilePath .\\shop.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPassword

$interactive = Read-Host -AsSecureString -Prompt "${N("Enter password for svc_deploy", "ui_label", K("prompt string (negative)"))}"
$fromVault = ${N("Get-Secret -Name 'DeployPassword' -AsPlainText", "function_call", K("secret store lookup (negative)"))}
`,
  );
}

// ================================================================== TERRAFORM
{
  const K = (s) => `terraform: ${s}`;
  const bastion = ed25519Key();
  const sshPriv = opensshPrivate(bastion, "terraform@ci").trimEnd();
  file(
    "infra/main.tf",
    `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "${S(akid(), "aws_access_key_id", K('provider "aws" access_key'))}"
  secret_key = "${S(awsSecret(), "aws_secret_access_key", K('provider "aws" secret_key'))}"
}

variable "db_password" {
  type      = string
  default   = "${S(pw("hcl"), "password", K("variable default password"))}"
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier        = "shop-prod"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  allocated_storage = 50
  username          = "shop_admin"
  password          = ${N("var.db_password", "variable_reference", K("var reference (negative)"))}
}

resource "random_password" "redis" {
  length  = 32
  special = true
}

resource "null_resource" "bootstrap" {
  connection {
    type        = "ssh"
    user        = "ubuntu"
    host        = aws_instance.bastion.public_ip
    private_key = <<EOT
${S(sshPriv, "private_key", K("OpenSSH private key in heredoc"))}
EOT
  }

  provisioner "remote-exec" {
    inline = ["sudo systemctl restart shop"]
  }
}
`,
  );
  file(
    "infra/terraform.tfvars.example",
    `# copy to terraform.tfvars and fill in
db_password = "${N("<your-password>", "placeholder", K("placeholder (negative)"))}"
`,
  );
}

// ================================================================== ANSIBLE
{
  const K = (s) => `ansible: ${s}`;
  file(
    "ansible/inventories/prod/hosts.ini",
    `[web]
web01.prod.acme-retail.com ansible_user=deploy ansible_password=${S(pw("inv"), "password", K("inventory ansible_password"))} ansible_become_pass=${S(pw("inv"), "password", K("inventory ansible_become_pass"))}

[db]
db01.prod.acme-retail.com ansible_user=dbadmin ansible_ssh_pass=${S(pw("inv"), "password", K("inventory ansible_ssh_pass"))}

[all:vars]
ansible_become_password="${N("{{ vault_become_password }}", "variable_reference", K("Jinja vault reference (negative)"))}"
`,
  );
  file(
    "ansible/group_vars/all.yml",
    `---
mysql_root_password: "${S(pw("yaml"), "password", K("group_vars mysql_root_password"))}"
app_secret_key: "${N("{{ lookup('env', 'APP_SECRET_KEY') }}", "env_reference", K("Jinja env lookup (negative)"))}"
rabbitmq_users:
  - user: guest
    password: ${N("guest", "local_dev_default", K("RabbitMQ guest default (negative)"))}
    tags: []
`,
  );
}

// ================================================================== KUBERNETES
{
  const K = (s) => `kubernetes: ${s}`;
  const dbPw = pw("q2");
  const tlsKey = ed25519Key();
  const tlsKeyPem = pem(tlsKey, "pkcs8");
  const certPem = selfSignedCert(tlsKey, "shop.acme-retail.com", "Acme Retail");
  const b64 = (s) => Buffer.from(s).toString("base64");
  file(
    "k8s/prod/secrets.yaml",
    `apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: orders
type: Opaque
data:
  username: ${N(b64("orders"), "username", K("base64 username (negative)"), { decoded: "orders" })}
  password: ${S(b64(dbPw), "password", K("Secret data: base64 password"), { decoded: dbPw })}
stringData:
  API_KEY: "${S(
    unique(() => rng.str(32, ALNUM)),
    "api_key",
    K("Secret stringData plain value"),
  )}"
---
apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: ${N(b64(certPem), "certificate", K("base64 certificate PEM (negative)"), { decoded: certPem })}
  tls.key: ${S(b64(tlsKeyPem), "private_key", K("Secret data: base64 private key PEM"), { decoded: tlsKeyPem })}
`,
  );
  file(
    "k8s/base/registry-secret.yaml",
    `# Template only - real value is injected by sealed-secrets in each overlay.
apiVersion: v1
kind: Secret
metadata:
  name: registry-credentials
type: Opaque
data:
  username: ${N(b64("ci"), "username", K("base64 username (negative)"), { decoded: "ci" })}
  password: ${N(b64("changeme"), "placeholder", K("base64 placeholder (negative)"), { decoded: "changeme" })}
`,
  );
}

// ================================================================== DOCKER
{
  const K = (s) => `docker: ${s}`;
  file(
    "docker/ledger/Dockerfile",
    `FROM postgres:16 AS db
ENV POSTGRES_USER=ledger \\
    POSTGRES_PASSWORD=${S(pw("env"), "password", K("Dockerfile ENV POSTGRES_PASSWORD"))} \\
    POSTGRES_DB=ledger
COPY init.sql /docker-entrypoint-initdb.d/

FROM node:20-alpine AS app
ARG NPM_TOKEN
WORKDIR /srv/app
ENV NODE_ENV=production
ENV SESSION_SECRET=${S(hexKey(32), "session_secret", K("Dockerfile ENV SESSION_SECRET"))}
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
`,
  );
  file(
    "docker/docker-compose.yml",
    `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: ${N("postgres", "local_dev_default", K("compose local dev default (negative)"))}
    ports: ["5432:5432"]

  mysql:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: ${N("root", "local_dev_default", K("compose local dev default (negative)"))}

  rabbitmq:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: guest
      RABBITMQ_DEFAULT_PASS: ${N("guest", "local_dev_default", K("compose local dev default (negative)"))}

  app:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:${N("postgres", "local_dev_default", K("compose local dev default (negative)"))}@db:5432/app
      REDIS_PASSWORD: ${N(`${D}{REDIS_PASSWORD}`, "env_reference", K("compose variable (negative)"))}
    depends_on: [db, mysql, rabbitmq]
`,
  );
  file(
    "docker/docker-compose.prod.yml",
    `services:
  minio:
    image: minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minio-admin
      MINIO_ROOT_PASSWORD: ${S(pw("yaml"), "password", K("compose MINIO_ROOT_PASSWORD"))}
    volumes:
      - /srv/minio:/data
`,
  );
}

// ================================================================== SQL
{
  const K = (s) => `sql: ${s}`;
  file(
    "db/migrations/001_roles.sql",
    `-- MySQL application user
CREATE USER 'shop_app'@'%' IDENTIFIED BY '${S(pw("q1"), "password", K("CREATE USER ... IDENTIFIED BY '...'"))}';
GRANT SELECT, INSERT, UPDATE, DELETE ON shop.* TO 'shop_app'@'%';

-- local developer account
CREATE USER 'dev'@'localhost' IDENTIFIED BY '${N("password", "placeholder", K("placeholder (negative)"))}';
`,
  );
  file(
    "db/postgres/002_roles.sql",
    `ALTER ROLE reporting WITH LOGIN PASSWORD '${S(pw("q1"), "password", K("ALTER ROLE ... PASSWORD '...'"))}';
GRANT CONNECT ON DATABASE analytics TO reporting;
`,
  );
  file(
    "db/mssql/003_logins.sql",
    `CREATE LOGIN etl_loader WITH PASSWORD = '${S(pw("q1"), "password", K("CREATE LOGIN ... WITH PASSWORD = '...'"))}', CHECK_POLICY = ON;
GO
`,
  );
  file(
    "db/seed/010_admin_user.sql",
    `CREATE TABLE IF NOT EXISTS users (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL
);

INSERT INTO users (id, email, password_hash) VALUES
  ('${N(uuid4(), "uuid", K("UUID (negative)"))}', 'admin@acme-retail.com', '${S(bcryptShape("2b", 12), "password_hash", K("bcrypt hash in INSERT"), { note: "format-valid bcrypt, not the hash of a known password" })}');
`,
  );
}

// ================================================================== XML
{
  const K = (s) => `xml: ${s}`;
  file(
    "maven/settings.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>acme-nexus-releases</id>
      <username>deployer</username>
      <password>${S(pw("xml"), "password", K("Maven settings.xml <password>"))}</password>
    </server>
    <server>
      <id>acme-nexus-snapshots</id>
      <username>deployer</username>
      <password>${N(`${D}{env.NEXUS_PASSWORD}`, "env_reference", K("Maven env reference (negative)"))}</password>
    </server>
  </servers>
</settings>
`,
  );
  file(
    "tomcat/conf/tomcat-users.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
<!--
  <user username="admin" password="${N("&lt;must-be-changed&gt;", "placeholder", K("Tomcat sample placeholder (negative)"), { decoded: "<must-be-changed>" })}" roles="manager-gui"/>
-->
  <role rolename="manager-gui"/>
  <user username="tcadmin" password="${S(pw("xml"), "password", K("tomcat-users.xml password="))}" roles="manager-gui"/>
</tomcat-users>
`,
  );
}

// ================================================================== INI / misc config
{
  const K = (s) => `ini: ${s}`;
  file(
    "config/app.ini",
    `[database]
host = pg.internal
port = 5432
user = app
password = ${S(pw("ini"), "password", K("[database] password ="))}

[cache]
url = redis://:${S(pw("url"), "password", K("redis:// URL password in INI"))}@redis.internal:6379/0

[smtp]
host = smtp.acme-retail.com
password = ${N(`${D}{SMTP_PASSWORD}`, "env_reference", K("env placeholder (negative)"))}
`,
  );
  file(
    "home/backup/.my.cnf",
    `[client]
user=backup
password="${S(pw("ini"), "password", K(".my.cnf [client] password"))}"
host=db1.internal
`,
  );
  file(
    "home/backup/.pgpass",
    `pg.internal:5432:*:replicator:${S(pw("kv").replace(/:/g, "."), "password", K(".pgpass host:port:db:user:password"))}
`,
  );
  const deployKey = ed25519Key();
  file(
    "home/deploy/.ssh/authorized_keys",
    `${N(opensshPublic(deployKey, "deploy@ci"), "public_key", "ssh: authorized_keys public key (negative)")}
`,
  );
}

// ================================================================== write + self-check
for (const m of markers) if (!m.used) throw new Error(`unused marker: ${m.kind}`);
fs.rmSync(OUT, { recursive: true, force: true });
for (const [rel, content] of files) {
  const p = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}
labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(path.join(ROOT, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);

// README (one line per kind)
const kinds = new Map();
for (const l of labels) {
  const k = kinds.get(l.kind) ?? { pos: 0, neg: 0, ctx: new Set() };
  if (l.positive) k.pos++;
  else k.neg++;
  k.ctx.add(l.context.replace(/^[^:]*: /, "").replace(/ \(negative[^)]*\)$/, ""));
  kinds.set(l.kind, k);
}
const pos = labels.filter((l) => l.positive).length;
const neg = labels.length - pos;
const posKinds = [...kinds].filter(([, v]) => v.pos).sort();
const negKinds = [...kinds].filter(([, v]) => !v.pos).sort();
const readme = `# blind3d - prefix-less credentials in many languages, plus hard negatives

Generated by \`node gen.mjs [seed]\` (default seed \`blind3d\`). Files: ${files.size}. Labels: ${labels.length} (${pos} positive, ${neg} negative).
labels.json: {file, line (1-based, where the value starts), type, secret (exact text as written), positive, decoded? (for encoded values:
k8s base64, JSON-escaped PEM, percent-encoded URL password, Basic-auth base64), decoded_hex? (binary keys), kind (language: type), context (how it is held), note?}.
Multi-line values (PEM in Python triple-quoted string / Terraform heredoc) are labelled at the BEGIN line; secret is the full block.

Notes: bcrypt hashes are format-valid random strings (not hashes of a known password); $6$, $apr1$ and pbkdf2_sha256 hashes are real.
IVs are labelled negative (not secret by themselves). Local-dev defaults (postgres/postgres@localhost, root/root@127.0.0.1, guest/guest,
JDK "changeit") are labelled negative. A UUID-shaped API key (rust) is positive on purpose.

## Positive kinds (${posKinds.length})
${posKinds.map(([k, v]) => `- ${k} x${v.pos}: ${[...v.ctx].join("; ")}`).join("\n")}

## Negative kinds (${negKinds.length})
${negKinds.map(([k, v]) => `- ${k} x${v.neg}: ${[...v.ctx].join("; ")}`).join("\n")}
`;
fs.writeFileSync(path.join(ROOT, "README.md"), readme);

// ---- self-check: re-read every file, every labelled value must start on its labelled line
let errors = 0;
const fail = (msg) => {
  errors++;
  console.error("SELF-CHECK FAIL:", msg);
};
const reread = JSON.parse(fs.readFileSync(path.join(ROOT, "labels.json"), "utf8"));
for (const l of reread) {
  const text = fs.readFileSync(path.join(OUT, l.file), "utf8");
  const lines = text.split("\n");
  if (l.line < 1 || l.line > lines.length) {
    fail(`${l.file}:${l.line} out of range`);
    continue;
  }
  const start = lines.slice(0, l.line - 1).reduce((n, s) => n + s.length + 1, 0);
  const end = start + lines[l.line - 1].length;
  const first = text.indexOf(l.secret, start);
  const found = first !== -1 && first <= end;
  if (!found) fail(`${l.file}:${l.line} value not found starting on line: ${l.secret.slice(0, 40)}`);
  if (!l.secret.includes("\n") && !lines[l.line - 1].includes(l.secret))
    fail(`${l.file}:${l.line} single-line value not on line`);
  if (l.decoded !== undefined) {
    const tries = [
      () => Buffer.from(l.secret, "base64").toString(),
      () => JSON.parse(`"${l.secret.replace(/"/g, '\\"')}"`),
      () => decodeURIComponent(l.secret),
      () => l.secret.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
    ];
    const ok = tries.some((f) => {
      try {
        return f() === l.decoded;
      } catch {
        return false;
      }
    });
    if (!ok) fail(`${l.file}:${l.line} decoded mismatch (${l.context})`);
  }
  if (l.type === "private_key") {
    const pemText = l.decoded ?? l.secret;
    if (!pemText.includes("OPENSSH")) {
      try {
        crypto.createPrivateKey(pemText);
      } catch (e) {
        fail(`${l.file}:${l.line} private key does not parse: ${e.message}`);
      }
    }
  }
  if (l.type === "certificate") {
    try {
      new crypto.X509Certificate(l.decoded);
    } catch (_e) {
      fail(`${l.file}:${l.line} cert does not parse`);
    }
  }
  if (l.type === "public_key" && l.decoded) {
    try {
      crypto.createPublicKey(l.decoded);
    } catch (_e) {
      fail(`${l.file}:${l.line} public key does not parse`);
    }
  }
}
for (const [rel, content] of files)
  if (rel.endsWith(".json")) {
    try {
      JSON.parse(content);
    } catch (e) {
      fail(`${rel} is not valid JSON: ${e.message}`);
    }
  }
// a positive value must never also appear as a negative value
const negVals = new Set(reread.filter((l) => !l.positive).map((l) => l.secret));
for (const l of reread)
  if (l.positive && negVals.has(l.secret)) fail(`positive value also labelled negative: ${l.secret}`);
const posVals = reread.filter((l) => l.positive).map((l) => l.secret);
if (new Set(posVals).size !== posVals.length) fail("duplicate positive values");

console.log(
  `seed=${SEED} files=${files.size} labels=${reread.length} positives=${pos} negatives=${neg} kinds=${kinds.size} (positive kinds ${posKinds.length}, negative kinds ${negKinds.length})`,
);
if (errors) {
  console.error(`${errors} self-check failure(s)`);
  process.exit(1);
}
console.log("self-check OK");

#!/usr/bin/env node
// gen.mjs — blind labelled corpus for a secret scanner, set "j":
// mobile and front-end application repositories of one fictional company ("Harbor Fresh").
// Android (Gradle KTS + legacy Groovy), iOS (xcconfig, plists, fastlane/match, App Store Connect .p8),
// React Native / Expo (.env, app.json, eas.json, EAS credentials.json), Flutter (Dart, --dart-define
// files, key.properties), web front-ends (Next.js, Vite, webpack) and their Firebase functions.
// The hard part is public-by-design keys (publishable, anon, search-only, SDK keys: neutrals.json)
// versus the secret key of the same vendor (labels.json positives), plus look-alike negatives.
//
// Usage: node gen.mjs [seed]      (default seed "blind4j"; rewrites ./files, ./labels.json, ./neutrals.json)
//
// Formats used (prefix, length, alphabet, checksum):
//  stripe_secret_key        sk_live_ + 24 or 99 [0-9A-Za-z]; no checksum
//  stripe_restricted_key    rk_live_ + 24 or 99 [0-9A-Za-z]
//  stripe_publishable_key   pk_live_/pk_test_ + 24 or 99 [0-9A-Za-z] (neutral / negative)
//  stripe_webhook_secret    whsec_ + 32 [0-9A-Za-z]
//  mapbox token             pk./sk. + base64url(JSON {"u":user,"a":"cl"+23 [a-z0-9]}) unpadded + "." + 22 [A-Za-z0-9_-]
//  algolia                  app id 10 [A-Z0-9]; search / admin keys 32 [0-9a-f] (told apart only by name)
//  supabase keys            HS256 JWT {"iss":"supabase","ref":20 [a-z],"role":"anon"|"service_role",iat,exp}, really signed
//                           with the project's JWT secret (40 [A-Za-z0-9+/])
//  gcp service account key  PKCS#8 RSA-2048 PEM, deterministic BigInt key generation (parses with node:crypto)
//  app_store_connect key    PKCS#8 EC P-256 PEM, 200 base64 chars (Apple's MIGTAgEAMBMG... layout), public point via ECDH
//  firebase web api key     AIzaSy + 33 [A-Za-z0-9_-] (39 total; also Google Maps keys) — neutral
//  sentry dsn               https://<32 hex>@o<7 digits>.ingest.us.sentry.io/<7 digits> — neutral
//  sentry org token         sntrys_ + base64(JSON {"iat","url","region_url","org"}) + "_" + base64(32 bytes) unpadded (43)
//  sentry user token        sntryu_ + 64 [0-9a-f]; legacy auth token 64 [0-9a-f] (context only)
//  onesignal                app id = UUID v4 (negative); REST key os_v2_app_ + base32-lower(appId 16 B + 48 random B) = 103 chars
//  revenuecat               public SDK appl_/goog_ + 27 [0-9A-Za-z] (neutral); secret sk_ + 29 [0-9A-Za-z]
//  segment write key        32 [0-9A-Za-z] (neutral)
//  twilio                   account SID AC + 32 hex (neutral); auth token 32 hex; API key SID SK + 32 hex (neutral);
//                           API key secret 32 [0-9A-Za-z]; Verify service SID VA + 32 hex (negative)
//  sendgrid                 SG. + 22 [A-Za-z0-9_-] + . + 43 [A-Za-z0-9_-]
//  openai                   legacy sk- + 20 [A-Za-z0-9] + T3BlbkFJ + 20 [A-Za-z0-9];
//                           project sk-proj- + 74 [A-Za-z0-9_-] + T3BlbkFJ + 74 [A-Za-z0-9_-]
//  clerk                    pk_live_ + base64("clerk.<domain>$") (neutral); sk_live_ + 42 [0-9A-Za-z] (length not verified)
//  auth0                    client id 32 [0-9A-Za-z] (neutral); client secret 64 [A-Za-z0-9_-]; AUTH0_SECRET 64 hex
//  braintree                merchant id / public key 16 [a-z0-9]; private key 32 hex;
//                           access_token$production$<16 [a-z0-9]>$<32 hex>; tokenization production_<8>_<16> [a-z0-9] (neutral)
//  paypal                   client id A + 79 [A-Za-z0-9_-] (neutral); secret E + 79 [A-Za-z0-9_-]
//  branch.io                key_live_ + 32 [0-9A-Za-z] (neutral); secret_live_ + 32 [0-9A-Za-z]
//  amplitude                api key 32 hex (neutral); secret key 32 hex (context only)
//  github_pat               ghp_ + 30 [0-9A-Za-z] + base62(CRC32(the 30 chars)) left-padded to 6 with "0", alphabet 0-9A-Za-z
//  npm_token                npm_ + same 30 + 6 CRC32/base62 scheme
//  slack_webhook_url        https://hooks.slack.com/services/T + 8 [A-Z0-9] / B + 10 [A-Z0-9] / 24 [0-9A-Za-z]
//  google oauth             refresh token 1//0 + [gce] + 98 [A-Za-z0-9_-]; client secret GOCSPX- + 28 [A-Za-z0-9_-];
//                           client id <12 digits>-<32 [a-z0-9]>.apps.googleusercontent.com (neutral)
//  fcm_server_key           AAAA + 7 [A-Za-z0-9_-] + :APA91b + 134 [A-Za-z0-9_-]
//  aws                      AKIA + 16 [A-Z2-7]; secret 40 [A-Za-z0-9+/]
//  cloudinary               api key 15 digits (neutral); api secret 27 [A-Za-z0-9_-]; cloudinary://key:secret@cloud
//  mixpanel / facebook      project token / client token 32 hex (neutral); mixpanel api secret 32 hex
//  pusher                   app id 7 digits, key 20 hex (neutral), secret 20 hex
//  datadog                  api key 32 hex; RUM client token pub + 32 hex (neutral)
//  mailchimp_api_key        32 hex + -us + 1..21
//  cognito                  app client id 26 [a-z0-9] (negative); app client secret 52 [a-z0-9]; AppSync da2- + 26 [a-z0-9] (neutral)
//  passwords                keystore / key / nexus / p12 / db / basic-auth: 14-20 chars, letters+digits(+ safe symbols)
//  match_password, gpg      passphrase of 3-4 words + digits joined by - or .
//  apple app-specific pw    4 groups of 4 [a-z] joined by -
//  expo_access_token        40 [A-Za-z0-9_-] (format not verified, context only)
//  other context secrets    nextauth/cron/revalidate: 32 random bytes base64 or 64 hex
//
// Negatives: placeholders, env/BuildConfig/xcconfig/secret-manager references, vendor docs examples
// (Stripe docs test key, AWS EXAMPLE keys, jwt.io token), masked values, too-short values, GitHub/npm
// tokens with a failing checksum, UUIDs, bundle ids, team/key/issuer ids, Firebase app ids, sender ids,
// SHA-1/SHA-256 signing certificate fingerprints, public key pins, lockfile hashes, CocoaPods checksums,
// commit SHAs, SRI hashes, base64 PNG/SVG/WOFF2 data URIs, the well-known Android debug keystore password.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

// Markers around a label number inside generated text (control characters no file holds).
const MARK_OPEN = String.fromCharCode(1);
const MARK_CLOSE = String.fromCharCode(2);

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "blind4j";

// ───────────────────────── deterministic randomness (HMAC-SHA256 counter stream) ─────────────────────────
let counter = 0;
let pool = Buffer.alloc(0);
function randBytes(n) {
  while (pool.length < n) {
    const c = Buffer.alloc(8);
    c.writeBigUInt64BE(BigInt(counter++));
    pool = Buffer.concat([pool, crypto.createHmac("sha256", SEED).update(c).digest()]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function randInt(n) {
  const limit = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = randBytes(4).readUInt32BE(0);
    if (v < limit) return v % n;
  }
}
const pick = (arr) => arr[randInt(arr.length)];
const str = (alphabet, len) => {
  let s = "";
  for (let i = 0; i < len; i++) s += alphabet[randInt(alphabet.length)];
  return s;
};

const DIG = "0123456789";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const UP = LOW.toUpperCase();
const HEX = `${DIG}abcdef`;
const ALNUM = DIG + UP + LOW; // base62 order used by GitHub/npm checksums
const LALNUM = DIG + LOW;
const UALNUM = DIG + UP;
const B64 = `${UP + LOW + DIG}+/`;
const B64URL = `${UP + LOW + DIG}-_`;
const B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const hex = (n) => str(HEX, n);
const digits = (n) => str("123456789", 1) + str(DIG, n - 1);

// ───────────────────────── checksums / encodings ─────────────────────────
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
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, pad) {
  let s = "";
  while (n > 0) {
    s = ALNUM[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(pad, "0");
}
function base32lower(buf) {
  let bits = "";
  for (const b of buf) bits += b.toString(2).padStart(8, "0");
  let out = "";
  for (let i = 0; i < bits.length; i += 5) out += B32U[parseInt(bits.slice(i, i + 5).padEnd(5, "0"), 2)];
  return out.toLowerCase();
}
const b64url = (s) => Buffer.from(s).toString("base64url");
const b64 = (s) => Buffer.from(s).toString("base64");

// ───────────────────────── credential generators ─────────────────────────
function crcToken(prefix) {
  const body = str(ALNUM, 30);
  return prefix + body + base62(crc32(Buffer.from(body)), 6);
}
const githubPat = () => crcToken("ghp_");
const npmToken = () => crcToken("npm_");
function badChecksum(tok) {
  // same shape, checksum deliberately wrong
  const last = tok.slice(-1);
  return tok.slice(0, -1) + (last === "A" ? "B" : "A");
}
const stripe = (prefix, long = false) => prefix + (long ? `51${str(ALNUM, 97)}` : str(ALNUM, 24));
const whsec = () => `whsec_${str(ALNUM, 32)}`;
const mapbox = (kind, user = "harborfresh") =>
  `${kind}.${b64url(JSON.stringify({ u: user, a: `cl${str(LALNUM, 23)}` }))}.${str(B64URL, 22)}`;
const googleKey = () => `AIzaSy${str(B64URL, 33)}`;
const uuid = () => {
  const b = randBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const sentryDsn = () => `https://${hex(32)}@o${digits(7)}.ingest.us.sentry.io/${digits(7)}`;
function sentryOrgToken(org) {
  const iat = 1700000000 + randInt(60000000) + randInt(1000000) / 1e6;
  const payload = JSON.stringify({ iat, url: "https://sentry.io", region_url: "https://us.sentry.io", org });
  return `sntrys_${b64(payload)}_${randBytes(32).toString("base64").replace(/=+$/, "")}`;
}
const sentryUserToken = () => `sntryu_${hex(64)}`;
function oneSignalRestKey(appId) {
  return `os_v2_app_${base32lower(Buffer.concat([Buffer.from(appId.replace(/-/g, ""), "hex"), randBytes(48)]))}`;
}
const rcPublic = (p) => `${p}_${str(ALNUM, 27)}`;
const rcSecret = () => `sk_${str(ALNUM, 29)}`;
const openaiLegacy = () => `sk-${str(ALNUM, 20)}T3BlbkFJ${str(ALNUM, 20)}`;
const openaiProj = () => `sk-proj-${str(B64URL, 74)}T3BlbkFJ${str(B64URL, 74)}`;
const sendgrid = () => `SG.${str(B64URL, 22)}.${str(B64URL, 43)}`;
const slackWebhook = () =>
  `https://hooks.slack.com/services/T${str(UALNUM, 8)}/B${str(UALNUM, 10)}/${str(ALNUM, 24)}`;
const googleRefresh = () => `1//0${pick(["g", "c", "e"])}${str(B64URL, 98)}`;
const gocspx = () => `GOCSPX-${str(B64URL, 28)}`;
const googleClientId = (projNum) => `${projNum}-${str(LALNUM, 32)}.apps.googleusercontent.com`;
const fcmServerKey = () => `AAAA${str(B64URL, 7)}:APA91b${str(B64URL, 134)}`;
const awsKeyId = () => `AKIA${str(B32U, 16)}`;
const awsSecret = () => str(`${UP + LOW + DIG}+/`, 40);
const paypalId = () => `A${str(B64URL, 79)}`;
const paypalSecret = () => `E${str(B64URL, 79)}`;
const mailchimp = () => `${hex(32)}-us${1 + randInt(21)}`;
function clerkPk(domain) {
  return `pk_live_${b64(`clerk.${domain}$`).replace(/=+$/, "")}`;
}
const clerkSk = () => `sk_live_${str(ALNUM, 42)}`;
const teamId = () => str(UALNUM, 10);

const WORDS = [
  "harbor",
  "quill",
  "mosaic",
  "tundra",
  "falcon",
  "ember",
  "lagoon",
  "pylon",
  "saffron",
  "juniper",
  "cobalt",
  "marble",
  "orchid",
  "glacier",
  "meadow",
  "lantern",
  "copper",
  "willow",
  "raven",
  "basalt",
];
function password(len = 16, symbols = true) {
  const sym = "!%*+-.=?@_~^";
  const alpha = ALNUM + (symbols ? sym : "");
  for (;;) {
    const p = pick((UP + LOW).split("")) + str(alpha, len - 1);
    if (/[0-9]/.test(p) && /[a-z]/.test(p) && /[A-Z]/.test(p) && (!symbols || /[^0-9A-Za-z]/.test(p)))
      return p;
  }
}
function passphrase(n = 4) {
  const sep = pick(["-", "."]);
  const w = [];
  for (let i = 0; i < n - 1; i++) {
    const x = pick(WORDS);
    w.push(randInt(2) ? x : x[0].toUpperCase() + x.slice(1));
  }
  w.splice(randInt(w.length + 1), 0, digits(4));
  return w.join(sep);
}
const appSpecificPassword = () => [0, 1, 2, 3].map(() => str(LOW, 4)).join("-");

// Supabase-style HS256 JWT, really signed with the project JWT secret
function supabaseJwt(ref, role, secret) {
  const iat = 1690000000 + randInt(40000000);
  const h = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64url(JSON.stringify({ iss: "supabase", ref, role, iat, exp: iat + 315360000 }));
  const s = crypto.createHmac("sha256", secret).update(`${h}.${p}`).digest("base64url");
  return `${h}.${p}.${s}`;
}

// ───────────── deterministic RSA-2048 (PKCS#8) and EC P-256 keys so PEMs are structurally real ─────────────
function modPow(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    e >>= 1n;
    b = (b * b) % m;
  }
  return r;
}
function egcdInv(a, m) {
  let [or, r] = [a % m, m],
    [os, s] = [1n, 0n];
  while (r !== 0n) {
    const q = or / r;
    [or, r] = [r, or - q * r];
    [os, s] = [s, os - q * s];
  }
  return ((os % m) + m) % m;
}
const SMALL_PRIMES = (() => {
  const ps = [];
  for (let i = 3; ps.length < 400; i += 2) if (ps.every((p) => i % p)) ps.push(i);
  return ps.map(BigInt);
})();
function isProbablePrime(n) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n,
    s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let comp = true;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) {
        comp = false;
        break;
      }
    }
    if (comp) return false;
  }
  return true;
}
function randPrime(bits) {
  const b = randBytes(bits / 8);
  b[0] |= 0xc0;
  b[b.length - 1] |= 1;
  let n = BigInt(`0x${b.toString("hex")}`);
  while (!isProbablePrime(n) || (n - 1n) % 65537n === 0n) n += 2n;
  return n;
}
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const h = n.toString(16);
  const b = Buffer.from(h.length % 2 ? `0${h}` : h, "hex");
  return Buffer.concat([Buffer.from([0x80 | b.length]), b]);
}
const der = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
function derInt(x) {
  let h = x.toString(16);
  if (h.length % 2) h = `0${h}`;
  let b = Buffer.from(h, "hex");
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}
function pem(derBuf) {
  return (
    "-----BEGIN PRIVATE KEY-----\n" +
    derBuf
      .toString("base64")
      .match(/.{1,64}/g)
      .join("\n") +
    "\n-----END PRIVATE KEY-----"
  );
}
function rsaPkcs8Pem() {
  const e = 65537n;
  let p = randPrime(1024),
    q = randPrime(1024);
  if (p < q) [p, q] = [q, p];
  const n = p * q,
    d = egcdInv(e, (p - 1n) * (q - 1n));
  const pkcs1 = der(
    0x30,
    Buffer.concat([
      derInt(0n),
      derInt(n),
      derInt(e),
      derInt(d),
      derInt(p),
      derInt(q),
      derInt(d % (p - 1n)),
      derInt(d % (q - 1n)),
      derInt(egcdInv(q, p)),
    ]),
  );
  const algo = Buffer.from("300d06092a864886f70d0101010500", "hex");
  return pem(der(0x30, Buffer.concat([derInt(0n), algo, der(0x04, pkcs1)])));
}
function ecP256Pem() {
  let d;
  do {
    d = randBytes(32);
  } while (d.readUInt32BE(0) === 0xffffffff || d.readUInt32BE(0) === 0);
  const ecdh = crypto.createECDH("prime256v1");
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey(); // 65 bytes, uncompressed
  const body = Buffer.concat([
    Buffer.from("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420", "hex"),
    d,
    Buffer.from("a00a06082a8648ce3d030107a144034200", "hex"),
    pub,
  ]);
  return pem(body);
}
const escNl = (s) => s.replace(/\n/g, "\\n"); // JSON / .env escaped form

// ───────────────────────── hard-negative material ─────────────────────────
function pngDataUri(w, h) {
  const palette = [randBytes(4), randBytes(4), Buffer.from([0, 0, 0, 0])];
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0;
    for (let x = 0; x < w; x++) palette[(x * y + x + randInt(2)) % 3].copy(raw, y * (w * 4 + 1) + 1 + x * 4);
  }
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
  const png = Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString("base64")}`;
}
const woff2DataUri = () =>
  "data:font/woff2;base64," +
  Buffer.concat([Buffer.from("wOF2"), Buffer.from("00010000", "hex"), randBytes(150)]).toString("base64");
const svgDataUri = (pathD) =>
  "data:image/svg+xml;base64," +
  b64(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="${pathD}"/></svg>`,
  );
const sha1Fingerprint = () => randBytes(20).toString("hex").toUpperCase().match(/../g).join(":");
const sha256Fingerprint = () => randBytes(32).toString("hex").toUpperCase().match(/../g).join(":");
const integrity512 = () => `sha512-${randBytes(64).toString("base64")}`;
const sri384 = () => `sha384-${randBytes(48).toString("base64")}`;

// ───────────────────────── labelling machinery ─────────────────────────
// P/N/U return an inline marker; file() replaces markers with values and records the 1-based line.
const tags = [];
const files = [];
const labels = [];
const neutrals = [];
function tag(kind, type, value, extra = {}) {
  tags.push({ kind, type, value, ...extra });
  return `\u0001${tags.length - 1}\u0002`;
}
const P = (type, value, extra = {}) => tag("pos", type, value, extra);
const N = (type, value, note) => tag("neg", type, value, { note });
const U = (type, value, note) => tag("neu", type, value, { note });

function file(rel, text, { crlf = false } = {}) {
  const src = text.startsWith("\n") ? text.slice(1) : text;
  const re = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, "g");
  let out = "",
    line = 1,
    last = 0,
    m;
  const recs = [];
  for (m = re.exec(src); m !== null; m = re.exec(src)) {
    const chunk = src.slice(last, m.index);
    out += chunk;
    line += chunk.split("\n").length - 1;
    const t = tags[Number(m[1])];
    const rec = { file: rel, line, type: t.type, secret: t.value };
    if (t.kind !== "neu") rec.positive = t.kind === "pos";
    if (t.note) rec.note = t.note;
    if (t.decoded) rec.decoded = t.decoded;
    recs.push([t.kind, rec]);
    out += t.value;
    line += t.value.split("\n").length - 1;
    last = re.lastIndex;
  }
  out += src.slice(last);
  if (crlf) {
    out = out.replace(/\n/g, "\r\n");
    for (const [, r] of recs) r.secret = r.secret.replace(/\n/g, "\r\n");
  }
  for (const [kind, r] of recs) (kind === "neu" ? neutrals : labels).push(r);
  files.push({ rel, content: out });
}

// ───────────────────────── shared identities ─────────────────────────
const FB_PROJECT = "harborfresh-prod";
const FB_PROJECT_NUMBER = digits(12);
const IOS_TEAM = teamId();
const ASC_KEY_ID = teamId();
const ASC_ISSUER = uuid();
const ONESIGNAL_APP_ID = uuid();
const ALGOLIA_APP = str(UALNUM, 10);
const SUPA_REF = str(LOW, 20);
const SUPA_JWT_SECRET = str(B64, 40);
const SUPA_STAGING_REF = str(LOW, 20);
const SUPA_STAGING_SECRET = str(B64, 40);
const SUPA_DEV_REF = str(LOW, 20);
const SUPA_DEV_SECRET = str(B64, 40);
const SUPA_LOYALTY_REF = str(LOW, 20);
const SUPA_LOYALTY_SECRET = str(B64, 40);

// ═════════════════════════ android/ (Kotlin, Gradle KTS) ═════════════════════════
file(
  "android/gradle.properties",
  `
# Project-wide Gradle settings.
# IDE (e.g. Android Studio) users:
# Gradle settings configured through the IDE *will override*
# any settings specified in this file.
org.gradle.jvmargs=-Xmx4096m -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# Mapbox Maven registry (needs a secret token with DOWNLOADS:READ scope)
MAPBOX_DOWNLOADS_TOKEN=${P("mapbox_secret_token", mapbox("sk"))}

# Sentry Gradle plugin - uploads ProGuard mappings on release builds
sentry.org=harborfresh
sentry.project=android-shop
SENTRY_AUTH_TOKEN=${P("sentry_auth_token", sentryOrgToken("harborfresh"))}

# Upload keystore (CI overrides these with -P flags)
RELEASE_STORE_FILE=../keystores/upload.jks
RELEASE_STORE_PASSWORD=${P("android_keystore_password", password(18))}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=${P("android_key_password", password(16))}

# Corporate proxy (uncomment when on VPN)
#systemProp.https.proxyHost=proxy.corp.harborfresh.com
#systemProp.https.proxyPort=3128
#systemProp.https.proxyUser=svc-android
#systemProp.https.proxyPassword=${N("proxy_password", "<proxy-password>", "placeholder in commented-out line")}
`,
);

const MAPS_KEY_ANDROID = googleKey();
file(
  "android/local.properties",
  `
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
# For customization when using a Version Control System, please read the
# header note.
#Tue Mar 12 10:41:07 CET 2024
sdk.dir=/Users/dmitri/Library/Android/sdk

# --- secrets-gradle-plugin ---
MAPS_API_KEY=${U("google_maps_api_key", MAPS_KEY_ANDROID, "Android Maps SDK key; restricted by package name + SHA-1, shipped in the APK by design")}
ALGOLIA_APP_ID=${N("algolia_app_id", ALGOLIA_APP, "Algolia application id, public identifier")}
ALGOLIA_SEARCH_KEY=${U("algolia_search_key", hex(32), "search-only Algolia key, meant for clients")}
ALGOLIA_ADMIN_KEY=${P("algolia_admin_key", hex(32), { note: "admin key, identified by name only" })}
OPENAI_API_KEY=${P("openai_api_key", openaiProj())}
`,
);

const TWILIO_SID = `AC${hex(32)}`;
file(
  "android/app/build.gradle.kts",
  `
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
    id("com.google.android.libraries.mapsplatform.secrets-gradle-plugin")
    id("io.sentry.android.gradle") version "4.3.0"
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.harborfresh.shop"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.harborfresh.shop"
        minSdk = 24
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"

        buildConfigField("String", "ALGOLIA_APP_ID", "\\"$\{localProps["ALGOLIA_APP_ID"]}\\"")
        buildConfigField("String", "OPENAI_API_KEY", "\\"$\{localProps.getProperty("OPENAI_API_KEY", "")}\\"")
        buildConfigField("String", "SEGMENT_WRITE_KEY", "\\"${U("segment_write_key", str(ALNUM, 32), "Segment write key, client-side by design")}\\"")
        // Branch link-creation API is called from the share sheet
        buildConfigField("String", "BRANCH_SECRET", "\\"${P("branch_secret", `secret_live_${str(ALNUM, 32)}`)}\\"")
        manifestPlaceholders["branchKey"] = "${U("branch_key", `key_live_${str(ALNUM, 32)}`, "Branch live key, embedded in apps by design")}"
    }

    signingConfigs {
        getByName("debug") {
            storeFile = file("debug.keystore")
            storePassword = "${N("android_keystore_password", "android", "well-known default debug keystore password")}"
            keyAlias = "androiddebugkey"
            keyPassword = "android"
        }
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "../keystores/upload.jks")
            storePassword = ${N("android_keystore_password", 'System.getenv("KEYSTORE_PASSWORD")', "environment lookup")}
            keyAlias = "upload"
            keyPassword = ${N("android_key_password", 'System.getenv("KEY_PASSWORD")', "environment lookup")}
        }
    }

    flavorDimensions += "env"
    productFlavors {
        create("staging") {
            dimension = "env"
            applicationIdSuffix = ".staging"
            buildConfigField("String", "API_BASE_URL", "\\"https://api.staging.harborfresh.com/\\"")
            // SMS OTP is sent straight from the app on staging (no backend yet)
            buildConfigField("String", "TWILIO_ACCOUNT_SID", "\\"${U("twilio_account_sid", TWILIO_SID, "Twilio account SID, an identifier")}\\"")
            buildConfigField("String", "TWILIO_AUTH_TOKEN", "\\"${P("twilio_auth_token", hex(32), { note: "32 hex, identified by name" })}\\"")
        }
        create("prod") {
            dimension = "env"
            buildConfigField("String", "API_BASE_URL", "\\"https://api.harborfresh.com/\\"")
            buildConfigField("String", "TWILIO_ACCOUNT_SID", "\\"\\"")
            buildConfigField("String", "TWILIO_AUTH_TOKEN", "\\"${N("twilio_auth_token", "TWILIO_TOKEN_NOT_USED_IN_PROD", "placeholder")}\\"")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            signingConfig = signingConfigs.getByName("release")
        }
    }
    buildFeatures {
        buildConfig = true
        compose = true
    }
    composeOptions { kotlinCompilerExtensionVersion = "1.5.10" }
}

sentry {
    org.set("harborfresh")
    projectName.set("android-shop")
    authToken.set(${N("sentry_auth_token", 'System.getenv("SENTRY_AUTH_TOKEN")', "environment lookup")})
    includeProguardMapping.set(true)
}

dependencies {
    implementation(platform("androidx.compose:compose-bom:2024.02.01"))
    implementation("com.stripe:stripe-android:20.37.4")
    implementation("com.mapbox.maps:android:11.2.1")
    implementation("com.onesignal:OneSignal:5.1.6")
    implementation("io.branch.sdk.android:library:5.9.0")
    implementation("com.algolia:instantsearch-android:3.3.1")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
`,
);

file(
  "android/app/src/main/AndroidManifest.xml",
  `
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    xmlns:tools="http://schemas.android.com/tools">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />

    <application
        android:name=".HarborFreshApp"
        android:allowBackup="false"
        android:icon="@mipmap/ic_launcher"
        android:label="@string/app_name"
        android:networkSecurityConfig="@xml/network_security_config"
        android:theme="@style/Theme.HarborFresh"
        tools:targetApi="34">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${U("google_maps_api_key", googleKey(), "Google Maps key in the manifest, public by design (restricted by SHA-1)")}" />
        <meta-data
            android:name="io.sentry.dsn"
            android:value="${U("sentry_dsn", sentryDsn(), "Sentry DSN, client-side by design")}" />
        <meta-data android:name="io.sentry.traces.sample-rate" android:value="0.2" />
        <meta-data android:name="onesignal_app_id" android:value="${N("onesignal_app_id", ONESIGNAL_APP_ID, "OneSignal app id (UUID), public identifier")}" />
        <meta-data android:name="com.facebook.sdk.ApplicationId" android:value="@string/facebook_app_id" />
        <meta-data android:name="com.facebook.sdk.ClientToken" android:value="@string/facebook_client_token" />
        <meta-data android:name="io.branch.sdk.BranchKey" android:value="\${branchKey}" />
        <meta-data android:name="io.branch.sdk.BranchKey.test" android:value="${U("branch_key", `key_test_${str(ALNUM, 32)}`, "Branch test key, embedded in apps by design")}" />
        <meta-data
            android:name="com.google.firebase.messaging.default_notification_channel_id"
            android:value="orders" />

        <activity
            android:name=".MainActivity"
            android:exported="true"
            android:launchMode="singleTask">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
            <intent-filter android:autoVerify="true">
                <action android:name="android.intent.action.VIEW" />
                <category android:name="android.intent.category.DEFAULT" />
                <category android:name="android.intent.category.BROWSABLE" />
                <data android:scheme="https" android:host="harborfresh.app.link" />
            </intent-filter>
        </activity>
    </application>
</manifest>
`,
);

const FB_APP_ID = digits(15);
file(
  "android/app/src/main/res/values/strings.xml",
  `
<resources>
    <string name="app_name">Harbor Fresh</string>
    <string name="facebook_app_id" translatable="false">${N("facebook_app_id", FB_APP_ID, "numeric Facebook app id")}</string>
    <string name="fb_login_protocol_scheme" translatable="false">fb${FB_APP_ID}</string>
    <string name="facebook_client_token" translatable="false">${U("facebook_client_token", hex(32), "Facebook client token, shipped in apps by design")}</string>
    <string name="mixpanel_token" translatable="false">${U("mixpanel_project_token", hex(32), "Mixpanel project token, client-side by design")}</string>
    <!-- Export API, used by the hidden "debug analytics" screen -->
    <string name="mixpanel_api_secret" translatable="false">${P("mixpanel_api_secret", hex(32), { note: "32 hex, identified by name" })}</string>

    <!-- Cloudinary signed uploads for product photos (ExportWorker). TODO: sign on the server -->
    <string name="cloudinary_cloud_name" translatable="false">harborfresh</string>
    <string name="cloudinary_api_key" translatable="false">${U("cloudinary_api_key", digits(15), "Cloudinary API key is a numeric identifier paired with the secret")}</string>
    <string name="cloudinary_api_secret" translatable="false">${P("cloudinary_api_secret", str(B64URL, 27))}</string>

    <string name="checkout_title">Checkout</string>
    <string name="checkout_pay_button">Pay %1$s</string>
    <string name="error_network">Can\\'t reach Harbor Fresh. Check your connection.</string>
    <string name="delivery_eta">Arriving in %d min</string>
</resources>
`,
);

const ANDROID_APP_ID = `1:${FB_PROJECT_NUMBER}:android:${hex(16)}`;
file(
  "android/app/google-services.json",
  `
{
  "project_info": {
    "project_number": "${N("gcm_sender_id", FB_PROJECT_NUMBER, "Firebase project number / sender id")}",
    "project_id": "${FB_PROJECT}",
    "storage_bucket": "${FB_PROJECT}.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "${N("firebase_app_id", ANDROID_APP_ID, "Firebase app id, public identifier")}",
        "android_client_info": {
          "package_name": "com.harborfresh.shop"
        }
      },
      "oauth_client": [
        {
          "client_id": "${U("google_oauth_client_id", googleClientId(FB_PROJECT_NUMBER), "OAuth client id, public")}",
          "client_type": 1,
          "android_info": {
            "package_name": "com.harborfresh.shop",
            "certificate_hash": "${N("cert_fingerprint_sha1", hex(40), "SHA-1 of the signing certificate, public")}"
          }
        }
      ],
      "api_key": [
        {
          "current_key": "${U("firebase_api_key", googleKey(), "Firebase Android API key, public by design")}"
        }
      ],
      "services": {
        "appinvite_service": {
          "other_platform_oauth_client": []
        }
      }
    }
  ],
  "configuration_version": "1"
}
`,
);

file(
  "android/app/src/main/java/com/harborfresh/shop/net/ApiConfig.kt",
  `
package com.harborfresh.shop.net

import com.harborfresh.shop.BuildConfig
import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import java.util.concurrent.TimeUnit

object ApiConfig {
    const val BASE_URL: String = BuildConfig.API_BASE_URL

    // Publishable key is safe to ship. The secret key below is only used by the internal
    // "refund last order" debug screen and MUST be removed before 5.0 (HF-2291).
    const val STRIPE_PUBLISHABLE_KEY = "${U("stripe_publishable_key", stripe("pk_live_"), "Stripe live publishable key, public by design")}"
    private const val STRIPE_SECRET_KEY = "${P("stripe_secret_key", stripe("sk_live_"))}"

    private val openAiKey: String = ${N("openai_api_key", "BuildConfig.OPENAI_API_KEY", "BuildConfig reference")}

    // "Email me the receipt" goes straight to SendGrid for now
    private const val SENDGRID_KEY = "${P("sendgrid_api_key", sendgrid())}"

    val twilioClient: OkHttpClient by lazy {
        OkHttpClient.Builder()
            .connectTimeout(15, TimeUnit.SECONDS)
            .addInterceptor { chain ->
                val req = chain.request().newBuilder()
                    .header("Authorization", Credentials.basic(BuildConfig.TWILIO_ACCOUNT_SID, "${P("twilio_auth_token", hex(32))}"))
                    .build()
                chain.proceed(req)
            }
            .build()
    }

    val stripeDebugClient: OkHttpClient by lazy {
        OkHttpClient.Builder()
            .addInterceptor { it.proceed(it.request().newBuilder().header("Authorization", "Bearer $STRIPE_SECRET_KEY").build()) }
            .addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BASIC))
            .build()
    }

    fun sendgridHeaders() = mapOf("Authorization" to "Bearer $SENDGRID_KEY", "Content-Type" to "application/json")
    fun openAiHeaders() = mapOf("Authorization" to "Bearer $openAiKey")
}
`,
);

file(
  "android/app/src/main/res/xml/network_security_config.xml",
  `
<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <domain-config cleartextTrafficPermitted="false">
        <domain includeSubdomains="true">api.harborfresh.com</domain>
        <pin-set expiration="2025-06-30">
            <!-- leaf + backup key pins (SPKI SHA-256) -->
            <pin digest="SHA-256">${N("public_key_pin", randBytes(32).toString("base64"), "SPKI SHA-256 pin of a public key")}</pin>
            <pin digest="SHA-256">${N("public_key_pin", randBytes(32).toString("base64"), "SPKI SHA-256 pin of a public key")}</pin>
        </pin-set>
    </domain-config>
    <debug-overrides>
        <trust-anchors>
            <certificates src="user" />
        </trust-anchors>
    </debug-overrides>
</network-security-config>
`,
);

file(
  "android/app/src/test/java/com/harborfresh/shop/net/StripeKeyGuardTest.kt",
  `
package com.harborfresh.shop.net

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

class StripeKeyGuardTest {

    @Test
    fun publishableTestKeysAreAllowedInClient() {
        assertTrue(StripeKeyGuard.isClientSafe("${N("stripe_publishable_key", stripe("pk_test_"), "Stripe test-mode publishable key in a unit test")}"))
    }

    @Test
    fun truncatedKeysAreRejected() {
        assertFalse(StripeKeyGuard.looksLikeSecret("${N("stripe_secret_key", `sk_live_${str(ALNUM, 6)}`, "too short to be a Stripe key")}"))
    }

    @Test
    fun secretsAreMaskedInLogs() {
        assertEquals("${N("stripe_secret_key", `sk_live_${"*".repeat(20)}${str(DIG, 4)}`, "masked value")}", StripeKeyGuard.mask(fakeKey()))
    }

    private fun fakeKey() = "sk_live_" + "x".repeat(20) + "4242"
}
`,
);

file(
  "android/fastlane/Fastfile",
  `
# Fastfile for the Android shop app
default_platform(:android)

platform :android do
  before_all do
    ENV["SLACK_URL"] ||= "${P("slack_webhook_url", slackWebhook())}"
  end

  desc "Distribute a QA build via Firebase App Distribution"
  lane :qa do
    gradle(task: "assemble", flavor: "staging", build_type: "Release")
    firebase_app_distribution(
      app: "${N("firebase_app_id", ANDROID_APP_ID, "Firebase app id, public identifier")}",
      firebase_cli_token: "${P("google_oauth_refresh_token", googleRefresh(), { note: "firebase login:ci token" })}",
      groups: "qa-team, store-ops",
      release_notes: changelog_from_git_commits(commits_count: 10)
    )
    slack(message: "Android QA build uploaded :rocket:", success: true)
  end

  desc "Deploy a new version to the Play Store internal track"
  lane :internal do
    gradle(
      task: "bundle",
      flavor: "prod",
      build_type: "Release",
      properties: {
        "android.injected.signing.store.file" => ENV["KEYSTORE_PATH"],
        "android.injected.signing.store.password" => ${N("android_keystore_password", 'ENV["KEYSTORE_PASSWORD"]', "environment lookup")},
        "android.injected.signing.key.alias" => "upload",
        "android.injected.signing.key.password" => ENV["KEY_PASSWORD"],
      }
    )
    upload_to_play_store(track: "internal", json_key: "fastlane/play-store-credentials.json")
  end
end
`,
);

function serviceAccountJson(projectId, clientEmail, keyType) {
  const keyPem = `${rsaPkcs8Pem()}\n`;
  return `
{
  "type": "service_account",
  "project_id": "${projectId}",
  "private_key_id": "${U("gcp_private_key_id", hex(40), "key id of a service-account key; identifies, does not authenticate")}",
  "private_key": "${P(keyType, escNl(keyPem), { note: "service-account JSON private key (\\n-escaped PEM)" })}",
  "client_email": "${clientEmail}",
  "client_id": "${N("gcp_client_id", digits(21), "numeric service-account client id")}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}",
  "universe_domain": "googleapis.com"
}
`;
}
file(
  "android/fastlane/play-store-credentials.json",
  serviceAccountJson(
    "pc-api-7712093445-118",
    "fastlane-supply@pc-api-7712093445-118.iam.gserviceaccount.com",
    "gcp_service_account_private_key",
  ),
);

file(
  "android/.github/workflows/android-release.yml",
  `
name: Android release

on:
  push:
    tags: ["android-v*"]

jobs:
  bundle:
    runs-on: ubuntu-latest
    env:
      KEYSTORE_PASSWORD: ${N("android_keystore_password", "${{ secrets.KEYSTORE_PASSWORD }}", "GitHub Actions secret reference")}
      KEY_PASSWORD: \${{ secrets.KEY_PASSWORD }}
      MAPBOX_DOWNLOADS_TOKEN: \${{ secrets.MAPBOX_DOWNLOADS_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
      - name: Decode keystore
        run: echo "\${{ secrets.KEYSTORE_BASE64 }}" | base64 -d > keystores/upload.jks
      - name: Bundle
        run: ./gradlew bundleProdRelease
      - name: Notify #mobile-releases
        if: always()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"Android \${GITHUB_REF_NAME}: \${{ job.status }}\\"}" \\
            ${P("slack_webhook_url", slackWebhook())}
`,
);

// ═════════════════════════ android-courier-legacy/ (Java, Groovy) ═════════════════════════
file(
  "android-courier-legacy/app/build.gradle",
  `
apply plugin: 'com.android.application'
apply plugin: 'com.google.gms.google-services'
apply plugin: 'com.google.firebase.crashlytics'

android {
    compileSdkVersion 30
    buildToolsVersion "30.0.3"

    defaultConfig {
        applicationId "com.harborfresh.courier"
        minSdkVersion 21
        targetSdkVersion 30
        versionCode 87
        versionName "2.9.1"
        multiDexEnabled true

        buildConfigField "String", "PAYPAL_CLIENT_ID", '"${U("paypal_client_id", paypalId(), "PayPal REST client id, used by the client SDK")}"'
        buildConfigField "String", "PAYPAL_CLIENT_SECRET", '"${P("paypal_client_secret", paypalSecret())}"'
        buildConfigField "String", "AMPLITUDE_API_KEY", '"${U("amplitude_api_key", hex(32), "Amplitude API key, client-side by design")}"'
        buildConfigField "String", "AMPLITUDE_SECRET_KEY", "\\"$\{${N("amplitude_secret_key", "System.env.AMPLITUDE_SECRET_KEY", "environment lookup")} ?: ''}\\""
    }

    signingConfigs {
        release {
            storeFile file('../keystore/courier-release.keystore')
            storePassword '${P("android_keystore_password", password(14))}'
            keyAlias 'courier'
            keyPassword '${P("android_key_password", password(14))}'
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            proguardFiles getDefaultProguardFile('proguard-android.txt'), 'proguard-rules.pro'
            signingConfig signingConfigs.release
        }
    }
    compileOptions {
        sourceCompatibility JavaVersion.VERSION_1_8
        targetCompatibility JavaVersion.VERSION_1_8
    }
}

repositories {
    maven {
        url 'https://maven.pkg.github.com/harborfresh/maps-sdk-android'
        credentials {
            username = project.findProperty("gpr.user")
            password = project.findProperty("gpr.key")
        }
    }
}

dependencies {
    implementation 'com.braintreepayments.api:drop-in:5.4.2'
    implementation 'com.paypal.checkout:android-sdk:0.8.8'
    implementation 'com.amplitude:android-sdk:2.39.3'
    implementation 'com.amazonaws:aws-android-sdk-mobile-client:2.73.0'
    implementation 'com.pusher:pusher-java-client:2.4.2'
    implementation 'com.harborfresh:courier-sdk:1.6.0'
}
`,
);

file(
  "android-courier-legacy/gradle.properties",
  `
org.gradle.jvmargs=-Xmx1536m
android.useAndroidX=true
android.enableJetifier=true

# Internal Nexus (com.harborfresh:courier-sdk)
nexusUrl=https://nexus.harborfresh.internal/repository/maven-releases/
nexusUsername=deploy-courier
nexusPassword=${P("maven_repository_password", password(20))}

# GitHub Packages (forked maps SDK)
gpr.user=harborfresh-ci
gpr.key=${P("github_pat", githubPat())}

# Signing for the courier-sdk AAR published to Maven Central
signing.keyId=${N("gpg_key_id", hex(8).toUpperCase(), "short GPG key id")}
signing.password=${P("gpg_passphrase", passphrase(4))}
signing.secretKeyRingFile=/Users/ci/.gnupg/secring.gpg
`,
  { crlf: true },
);

file(
  "android-courier-legacy/app/src/main/java/com/harborfresh/courier/Constants.java",
  `
package com.harborfresh.courier;

/**
 * App-wide constants. Keep this class free of Android imports so it can be used from unit tests.
 */
public final class Constants {
    private Constants() {}

    public static final String API_ROOT = "https://courier-api.harborfresh.com/v2/";

    // Braintree: card-reader fallback for cash-on-delivery orders
    public static final String BRAINTREE_TOKENIZATION_KEY = "${U("braintree_tokenization_key", `production_${str(LALNUM, 8)}_${str(LALNUM, 16)}`, "Braintree tokenization key, client-side by design")}";
    public static final String BRAINTREE_MERCHANT_ID = "${N("braintree_merchant_id", str(LALNUM, 16), "merchant identifier")}";
    public static final String BRAINTREE_PUBLIC_KEY = "${U("braintree_public_key", str(LALNUM, 16), 'Braintree "public key" is the API user id paired with the private key')}";
    public static final String BRAINTREE_PRIVATE_KEY = "${P("braintree_private_key", hex(32), { note: "32 hex, identified by name" })}";

    /* PayPal vaulting goes through the Braintree gateway */
    public static final String BT_ACCESS_TOKEN =
            "${P("braintree_access_token", `access_token$production$${str(LALNUM, 16)}$${hex(32)}`)}";

    // Push: legacy FCM HTTP API (deprecated, migrate to HTTP v1 - COUR-311)
    public static final String FCM_SENDER_ID = "${N("gcm_sender_id", digits(12), "FCM sender id, public")}";
    public static final String FCM_SERVER_KEY = "${P("fcm_server_key", fcmServerKey())}";

    public static final int LOCATION_INTERVAL_MS = 15_000;
    public static final int MAX_PHOTO_EDGE_PX = 1600;
}
`,
  { crlf: true },
);

const TWILIO_API_SID = `SK${hex(32)}`;
file(
  "android-courier-legacy/app/src/main/java/com/harborfresh/courier/net/SmsGateway.java",
  `
package com.harborfresh.courier.net;

import android.util.Base64;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Sends "driver is 2 minutes away" texts. Uses a Twilio API key rather than the account token. */
public class SmsGateway {
    private static final String ACCOUNT_SID = "${U("twilio_account_sid", `AC${hex(32)}`, "Twilio account SID, an identifier")}";
    private static final String API_KEY_SID = "${U("twilio_api_key_sid", TWILIO_API_SID, "Twilio API key SID, the user half of the pair")}";
    private static final String API_KEY_SECRET = "${P("twilio_api_secret", str(ALNUM, 32))}";
    private static final String FROM = "+15005550006";

    private final OkHttpClient http = new OkHttpClient();

    public void notifyCustomer(String to, String body) throws IOException {
        String basic = API_KEY_SID + ":" + API_KEY_SECRET;
        String auth = "Basic " + Base64.encodeToString(basic.getBytes(StandardCharsets.UTF_8), Base64.NO_WRAP);
        Request req = new Request.Builder()
                .url("https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json")
                .header("Authorization", auth)
                .post(new FormBody.Builder().add("To", to).add("From", FROM).add("Body", body).build())
                .build();
        try (Response res = http.newCall(req).execute()) {
            if (!res.isSuccessful()) throw new IOException("Twilio " + res.code());
        }
    }
}
`,
);

file(
  "android-courier-legacy/app/src/main/res/raw/awsconfiguration.json",
  `
{
  "UserAgent": "aws-amplify-cli/2.0",
  "Version": "1.0",
  "IdentityManager": {
    "Default": {}
  },
  "CredentialsProvider": {
    "CognitoIdentity": {
      "Default": {
        "PoolId": "${N("cognito_identity_pool_id", `us-east-1:${uuid()}`, "Cognito identity pool id, public")}",
        "Region": "us-east-1"
      }
    }
  },
  "CognitoUserPool": {
    "Default": {
      "PoolId": "us-east-1_${str(ALNUM, 9)}",
      "AppClientId": "${N("cognito_app_client_id", str(LALNUM, 26), "Cognito app client id, public identifier")}",
      "AppClientSecret": "${P("cognito_client_secret", str(LALNUM, 52))}",
      "Region": "us-east-1"
    }
  },
  "AppSync": {
    "Default": {
      "ApiUrl": "https://${str(LALNUM, 26)}.appsync-api.us-east-1.amazonaws.com/graphql",
      "Region": "us-east-1",
      "AuthMode": "API_KEY",
      "ApiKey": "${U("appsync_api_key", `da2-${str(LALNUM, 26)}`, "AppSync API key meant for public clients, expires")}",
      "ClientDatabasePrefix": "courier_API_KEY"
    }
  }
}
`,
);

file(
  "android-courier-legacy/app/src/main/assets/realtime.properties",
  `
# Pusher Channels - live driver position on the dispatch board
pusher.app_id=${N("pusher_app_id", digits(7), "numeric app id")}
pusher.key=${U("pusher_key", hex(20), "Pusher app key, client-side by design")}
pusher.secret=${P("pusher_app_secret", hex(20), { note: "20 hex, identified by name" })}
pusher.cluster=eu
pusher.encrypted=true
`,
);

// ═════════════════════════ ios/ ═════════════════════════
file(
  "ios/HarborFresh/Config/Shared.xcconfig",
  `
// Shared.xcconfig
// Build settings shared by every configuration of the HarborFresh target.

PRODUCT_BUNDLE_IDENTIFIER = ${N("bundle_id", "com.harborfresh.ios", "app bundle identifier")}
DEVELOPMENT_TEAM = ${N("apple_team_id", IOS_TEAM, "Apple developer team id, public")}
MARKETING_VERSION = 4.12.0
CURRENT_PROJECT_VERSION = 1893
IPHONEOS_DEPLOYMENT_TARGET = 15.0

// "//" starts a comment in xcconfig, hence the $() trick in URLs
API_BASE_URL = https:/$()/api.harborfresh.com
SENTRY_DSN = ${U("sentry_dsn", sentryDsn().replace("https://", "https:/$()/"), "Sentry DSN (xcconfig-escaped), client-side by design")}
MAPBOX_ACCESS_TOKEN = ${U("mapbox_public_token", mapbox("pk"), "Mapbox public token, shipped in apps by design")}
`,
);

file(
  "ios/HarborFresh/Config/Release.xcconfig",
  `
#include "Shared.xcconfig"
#include? "Secrets.xcconfig"

SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
SWIFT_OPTIMIZATION_LEVEL = -O
DEBUG_INFORMATION_FORMAT = dwarf-with-dsym

// TODO(ios-platform): move to Secrets.xcconfig (gitignored) - see #1142
STRIPE_RESTRICTED_KEY = ${P("stripe_restricted_key", stripe("rk_live_", true))}
ONESIGNAL_REST_API_KEY = ${P("onesignal_rest_api_key", oneSignalRestKey(ONESIGNAL_APP_ID))}
`,
);

file(
  "ios/HarborFresh/Config/Debug.xcconfig",
  `
#include "Shared.xcconfig"
#include? "Secrets.xcconfig"

SWIFT_ACTIVE_COMPILATION_CONDITIONS = DEBUG
SWIFT_OPTIMIZATION_LEVEL = -Onone
ONLY_ACTIVE_ARCH = YES

// Developers override these in Secrets.xcconfig (see docs/ios-setup.md)
STRIPE_RESTRICTED_KEY = ${N("stripe_restricted_key", "rk_test_REPLACE_ME", "placeholder")}
OPENAI_API_KEY = ${N("openai_api_key", `sk-${"x".repeat(48)}`, "placeholder of x characters")}
ONESIGNAL_REST_API_KEY = $(inherited)
`,
);

const FB_CLIENT_TOKEN_IOS = hex(32);
const IOS_CLIENT_ID = googleClientId(FB_PROJECT_NUMBER);
const reversedClientId = IOS_CLIENT_ID.split(".").reverse().join(".");
file(
  "ios/HarborFresh/Info.plist",
  `
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDevelopmentRegion</key>
	<string>$(DEVELOPMENT_LANGUAGE)</string>
	<key>CFBundleDisplayName</key>
	<string>Harbor Fresh</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>CFBundleVersion</key>
	<string>$(CURRENT_PROJECT_VERSION)</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array>
				<string>${reversedClientId}</string>
				<string>fb${FB_APP_ID}</string>
				<string>harborfresh</string>
			</array>
		</dict>
	</array>
	<key>FacebookAppID</key>
	<string>${N("facebook_app_id", FB_APP_ID, "numeric Facebook app id")}</string>
	<key>FacebookClientToken</key>
	<string>${U("facebook_client_token", FB_CLIENT_TOKEN_IOS, "Facebook client token, shipped in apps by design")}</string>
	<key>FacebookDisplayName</key>
	<string>Harbor Fresh</string>
	<key>MBXAccessToken</key>
	<string>${N("mapbox_public_token", "$(MAPBOX_ACCESS_TOKEN)", "xcconfig build-setting reference")}</string>
	<key>SentryDSN</key>
	<string>$(SENTRY_DSN)</string>
	<key>branch_key</key>
	<dict>
		<key>live</key>
		<string>${U("branch_key", `key_live_${str(ALNUM, 32)}`, "Branch live key, embedded in apps by design")}</string>
	</dict>
	<key>ITSAppUsesNonExemptEncryption</key>
	<false/>
	<key>LSApplicationQueriesSchemes</key>
	<array>
		<string>fbapi</string>
		<string>fb-messenger-share-api</string>
	</array>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>We use your location to show delivery slots near you.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>remote-notification</string>
	</array>
</dict>
</plist>
`,
);

file(
  "ios/HarborFresh/Auth0.plist",
  `
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>ClientId</key>
	<string>${U("auth0_client_id", str(ALNUM, 32), "Auth0 client id, public")}</string>
	<key>Domain</key>
	<string>harborfresh.eu.auth0.com</string>
	<key>ClientSecret</key>
	<string>${P("auth0_client_secret", str(B64URL, 64))}</string>
</dict>
</plist>
`,
);

file(
  "ios/HarborFresh/GoogleService-Info.plist",
  `
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>${U("google_oauth_client_id", IOS_CLIENT_ID, "OAuth client id, public")}</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>${reversedClientId}</string>
	<key>API_KEY</key>
	<string>${U("firebase_api_key", googleKey(), "Firebase iOS API key, public by design")}</string>
	<key>GCM_SENDER_ID</key>
	<string>${N("gcm_sender_id", FB_PROJECT_NUMBER, "Firebase sender id")}</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.harborfresh.ios</string>
	<key>PROJECT_ID</key>
	<string>${FB_PROJECT}</string>
	<key>STORAGE_BUCKET</key>
	<string>${FB_PROJECT}.appspot.com</string>
	<key>IS_ADS_ENABLED</key>
	<false></false>
	<key>IS_ANALYTICS_ENABLED</key>
	<false></false>
	<key>IS_APPINVITE_ENABLED</key>
	<true></true>
	<key>IS_GCM_ENABLED</key>
	<true></true>
	<key>IS_SIGNIN_ENABLED</key>
	<true></true>
	<key>GOOGLE_APP_ID</key>
	<string>${N("firebase_app_id", `1:${FB_PROJECT_NUMBER}:ios:${hex(16)}`, "Firebase app id, public identifier")}</string>
</dict>
</plist>
`,
);

file(
  "ios/HarborFresh/Resources/Keys.plist",
  `
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<!-- Read by KeysProvider.swift. Generated from 1Password by scripts/pull-keys.sh -->
<dict>
	<key>BranchKey</key>
	<string>${U("branch_key", `key_live_${str(ALNUM, 32)}`, "Branch live key, embedded in apps by design")}</string>
	<key>BranchSecret</key>
	<string>${P("branch_secret", `secret_live_${str(ALNUM, 32)}`)}</string>
	<key>PayPalClientID</key>
	<string>${U("paypal_client_id", paypalId(), "PayPal REST client id, used by the client SDK")}</string>
	<key>PayPalSecret</key>
	<string>${P("paypal_client_secret", paypalSecret())}</string>
	<key>PayPalEnvironment</key>
	<string>live</string>
</dict>
</plist>
`,
);

file(
  "ios/fastlane/Matchfile",
  `
# The repository with the encrypted certificates and profiles.
# The bot account only has read access; the token is scoped to this repo.
git_url("https://harborfresh-bot:${P("github_pat", githubPat(), { note: "token inside a git URL" })}@github.com/harborfresh/ios-certificates.git")

storage_mode("git")
type("appstore") # The default type, can be: appstore, adhoc, enterprise or development

app_identifier(["com.harborfresh.ios", "com.harborfresh.ios.NotificationService"])
username("mobile-release@harborfresh.com")
team_id("${N("apple_team_id", IOS_TEAM, "Apple developer team id")}")

# readonly(true) # set on CI via MATCH_READONLY
`,
);

const ASC_PEM_1 = ecP256Pem();
const ASC_PEM_2 = ecP256Pem();
const ASC_PEM_3 = ecP256Pem();
const matchGhToken = githubPat();
const matchBasic = b64(`harborfresh-bot:${matchGhToken}`);
file(
  "ios/fastlane/.env",
  `
# Loaded by fastlane (dotenv). Do NOT commit - see .env.default
FASTLANE_USER=mobile-release@harborfresh.com
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${P("apple_app_specific_password", appSpecificPassword())}
FASTLANE_HIDE_CHANGELOG=true

MATCH_PASSWORD=${P("match_password", passphrase(4))}
MATCH_GIT_BASIC_AUTHORIZATION=${P("github_pat", matchBasic, { decoded: `harborfresh-bot:${matchGhToken}`, note: "base64 of user:token for match git access" })}

APP_STORE_CONNECT_API_KEY_KEY_ID=${N("asc_key_id", ASC_KEY_ID, "App Store Connect key id, not secret")}
APP_STORE_CONNECT_API_KEY_ISSUER_ID=${N("asc_issuer_id", ASC_ISSUER, "App Store Connect issuer id (UUID), not secret")}
APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64=true
APP_STORE_CONNECT_API_KEY_KEY=${P("app_store_connect_private_key", b64(`${ASC_PEM_1}\n`), { decoded: `${ASC_PEM_1}\n`, note: "base64-encoded .p8" })}

SENTRY_AUTH_TOKEN=${P("sentry_auth_token", sentryUserToken())}
`,
);

file(
  "ios/fastlane/.env.default",
  `
# Copy to fastlane/.env and fill in from the "iOS release" 1Password vault.
FASTLANE_USER=you@harborfresh.com
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${N("apple_app_specific_password", "xxxx-xxxx-xxxx-xxxx", "placeholder")}

MATCH_PASSWORD=${N("match_password", "<ask-in-#ios-release>", "placeholder")}
MATCH_GIT_BASIC_AUTHORIZATION=${N("github_pat", "<base64 of bot-user:token>", "placeholder")}

APP_STORE_CONNECT_API_KEY_KEY_ID=
APP_STORE_CONNECT_API_KEY_ISSUER_ID=
APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64=true
APP_STORE_CONNECT_API_KEY_KEY=${N("app_store_connect_private_key", "REPLACE_WITH_BASE64_P8", "placeholder")}

SENTRY_AUTH_TOKEN=${N("sentry_auth_token", `sntryu_${"0".repeat(64)}`, "all-zero placeholder")}
`,
);

file(
  `ios/fastlane/AuthKey_${ASC_KEY_ID}.p8`,
  `
${P("app_store_connect_private_key", ASC_PEM_2, { note: "App Store Connect API .p8 key file" })}
`,
);

file(
  "ios/fastlane/api_key.json",
  `
{
  "key_id": "${N("asc_key_id", ASC_KEY_ID, "App Store Connect key id")}",
  "issuer_id": "${N("asc_issuer_id", ASC_ISSUER, "App Store Connect issuer id")}",
  "key": "${P("app_store_connect_private_key", escNl(ASC_PEM_3), { note: "\\n-escaped .p8 in fastlane api_key JSON" })}",
  "duration": 1200,
  "in_house": false
}
`,
);

file(
  "ios/fastlane/Fastfile",
  `
default_platform(:ios)

platform :ios do
  before_all do
    setup_ci if ENV["CI"]
  end

  desc "Push a new beta build to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "${ASC_KEY_ID}",
      issuer_id: "${ASC_ISSUER}",
      key_filepath: "./fastlane/AuthKey_${ASC_KEY_ID}.p8",
      duration: 1200,
      in_house: false
    )
    match(type: "appstore", readonly: is_ci, api_key: api_key)
    increment_build_number(xcodeproj: "HarborFresh.xcodeproj")
    build_app(scheme: "HarborFresh", export_method: "app-store", include_bitcode: false)

    sentry_debug_files_upload(
      auth_token: "${P("sentry_auth_token", hex(64), { note: "legacy 64-hex Sentry auth token, identified by context" })}",
      org_slug: "harborfresh",
      project_slug: "ios",
      include_sources: true
    )
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
    slack(slack_url: ENV["SLACK_URL"], message: "iOS beta #{lane_context[SharedValues::BUILD_NUMBER]} is on TestFlight")
  end
end
`,
);

file(
  "ios/HarborFresh/Sources/Config/Secrets.swift",
  `
//
//  Secrets.swift
//  HarborFresh
//
//  Generated by scripts/gen-secrets.sh - do not edit by hand.
//

import Foundation

enum Secrets {
    static let revenueCatAPIKey = "${U("revenuecat_public_key", rcPublic("appl"), "RevenueCat public SDK key, client-side by design")}"
    /// Server-side key; only used by the DEBUG "grant promotional entitlement" menu.
    static let revenueCatSecretKey = "${P("revenuecat_secret_key", rcSecret())}"

    static let openAIKey = "${P("openai_api_key", openaiProj())}"

    static let amplitudeAPIKey = "${U("amplitude_api_key", hex(32), "Amplitude API key, client-side by design")}"
    static let amplitudeSecretKey = "${P("amplitude_secret_key", hex(32), { note: "32 hex, identified by name" })}"

    static let datadogClientToken = "${U("datadog_client_token", `pub${hex(32)}`, "Datadog RUM client token, public by design")}"
    /// Staging API sits behind nginx basic auth; QA shares one account.
    static let stagingBasicAuth = (user: "qa", password: "${P("basic_auth_password", password(16, false))}")

    static var mixpanelToken: String {
        ${N("mixpanel_project_token", 'ProcessInfo.processInfo.environment["MIXPANEL_TOKEN"]', "environment lookup")} ?? ""
    }
}
`,
);

file(
  "ios/HarborFresh/Sources/Payments/PaymentService.swift",
  `
import Foundation
import StripePaymentSheet

final class PaymentService {
    private let session: URLSession

    init(session: URLSession = .shared) {
        self.session = session
        StripeAPI.defaultPublishableKey = "${U("stripe_publishable_key", stripe("pk_live_"), "Stripe live publishable key, public by design")}"
    }

    // Reproducing HF-1876 (double capture): fetch the intent directly with
    //   curl https://api.stripe.com/v1/payment_intents/pi_3Ox2hkLkdIwHu7ix0Vw1S3 \\
    //     -u ${P("stripe_secret_key", stripe("sk_live_", true), { note: "secret key inside a comment" })}:
    // then compare amount_received with the order total.

    func preparePaymentSheet(for orderID: String) async throws -> PaymentSheet {
        var request = URLRequest(url: URL(string: "https://api.harborfresh.com/v1/orders/\\(orderID)/payment-sheet")!)
        request.httpMethod = "POST"
        let (data, _) = try await session.data(for: request)
        let params = try JSONDecoder().decode(PaymentSheetParams.self, from: data)
        var config = PaymentSheet.Configuration()
        config.merchantDisplayName = "Harbor Fresh"
        config.customer = .init(id: params.customer, ephemeralKeySecret: params.ephemeralKey)
        config.applePay = .init(merchantId: "merchant.com.harborfresh", merchantCountryCode: "NL")
        // Logged on failure as: "stripe key=${N("stripe_secret_key", `sk_live_${"•".repeat(24)}`, "masked value in a comment")}"
        return PaymentSheet(paymentIntentClientSecret: params.paymentIntent, configuration: config)
    }
}

private struct PaymentSheetParams: Decodable {
    let paymentIntent: String
    let ephemeralKey: String
    let customer: String
}
`,
);

const twSid = `SK${hex(32)}`;
const twSecret = str(ALNUM, 32);
file(
  "ios/HarborFresh/Sources/Auth/PhoneVerification.swift",
  `
import Foundation

/// Twilio Verify for phone-number login.
struct PhoneVerification {
    private let serviceSID = "${N("twilio_verify_service_sid", `VA${hex(32)}`, "Twilio Verify service SID, an identifier")}"
    // base64("<API key SID>:<API key secret>")
    private let authorization = "Basic ${P("twilio_api_secret", b64(`${twSid}:${twSecret}`), { decoded: `${twSid}:${twSecret}`, note: "base64 basic-auth credentials for a Twilio API key" })}"

    func start(phone: String) async throws {
        var req = URLRequest(url: URL(string: "https://verify.twilio.com/v2/Services/\\(serviceSID)/Verifications")!)
        req.httpMethod = "POST"
        req.setValue(authorization, forHTTPHeaderField: "Authorization")
        req.httpBody = "To=\\(phone)&Channel=sms".data(using: .utf8)
        _ = try await URLSession.shared.data(for: req)
    }
}
`,
);

file(
  "ios/scripts/ci/bootstrap.sh",
  `
#!/usr/bin/env bash
# CI bootstrap for the iOS archive job: Mapbox SDK credentials + Datadog dSYM upload settings.
set -euo pipefail

# Mapbox's SPM/CocoaPods binaries are fetched with a secret token read from ~/.netrc
cat > "\${HOME}/.netrc" <<'NETRC'
machine api.mapbox.com
  login mapbox
  password ${P("mapbox_secret_token", mapbox("sk"), { note: "Mapbox downloads token in a .netrc copied to ~ on CI" })}
NETRC
chmod 600 "\${HOME}/.netrc"

export DATADOG_SITE=datadoghq.eu
export DATADOG_API_KEY=${P("datadog_api_key", hex(32), { note: "32 hex, identified by name" })}

if [[ "\${CONFIGURATION:-Release}" == "Release" ]]; then
  npx --yes @datadog/datadog-ci dsyms upload "\${DWARF_DSYM_FOLDER_PATH:-build/HarborFresh.xcarchive/dSYMs}"
fi
`,
);

file(
  "ios/Podfile.lock",
  `
PODS:
  - Alamofire (5.8.1)
  - Branch (3.3.0)
  - Mapbox-iOS-SDK (6.4.1):
    - MapboxMobileEvents (~> 1.0.0)
  - MapboxMobileEvents (1.0.10)
  - OneSignalXCFramework (5.1.2)
  - Sentry (8.21.0)

DEPENDENCIES:
  - Alamofire (~> 5.8)
  - Branch (~> 3.3)
  - Mapbox-iOS-SDK (~> 6.4)
  - OneSignalXCFramework (< 6.0, >= 5.0.0)
  - Sentry (~> 8.21)

SPEC REPOS:
  trunk:
    - Alamofire
    - Branch
    - Mapbox-iOS-SDK
    - MapboxMobileEvents
    - OneSignalXCFramework
    - Sentry

SPEC CHECKSUMS:
  Alamofire: ${N("pod_checksum", hex(40), "CocoaPods spec checksum (SHA-1)")}
  Branch: ${hex(40)}
  Mapbox-iOS-SDK: ${N("pod_checksum", hex(40), "CocoaPods spec checksum (SHA-1)")}
  MapboxMobileEvents: ${hex(40)}
  OneSignalXCFramework: ${hex(40)}
  Sentry: ${hex(40)}

PODFILE CHECKSUM: ${N("pod_checksum", hex(40), "Podfile checksum (SHA-1)")}

COCOAPODS: 1.15.2
`,
);

// ═════════════════════════ driver-app/ (React Native / Expo) ═════════════════════════
const RN_SUPA_REF = SUPA_STAGING_REF;
file(
  "driver-app/.env",
  `
# Expo reads EXPO_PUBLIC_* at build time and inlines them into the JS bundle.
EXPO_PUBLIC_API_URL=https://courier-api.harborfresh.com
EXPO_PUBLIC_SUPABASE_URL=https://${RN_SUPA_REF}.supabase.co
EXPO_PUBLIC_SUPABASE_ANON_KEY=${U("supabase_anon_key", supabaseJwt(RN_SUPA_REF, "anon", SUPA_STAGING_SECRET), "Supabase anon JWT, public by design (RLS)")}
EXPO_PUBLIC_REVENUECAT_IOS_KEY=${U("revenuecat_public_key", rcPublic("appl"), "RevenueCat public SDK key")}
EXPO_PUBLIC_REVENUECAT_ANDROID_KEY=${U("revenuecat_public_key", rcPublic("goog"), "RevenueCat public SDK key")}
EXPO_PUBLIC_ONESIGNAL_APP_ID=${N("onesignal_app_id", ONESIGNAL_APP_ID, "OneSignal app id, public")}

# --- server-side only (used by scripts/ and the EAS build hooks) ---
SUPABASE_SERVICE_ROLE_KEY=${P("supabase_service_role_key", supabaseJwt(RN_SUPA_REF, "service_role", SUPA_STAGING_SECRET))}
REVENUECAT_SECRET_API_KEY=${P("revenuecat_secret_key", rcSecret())}
ONESIGNAL_REST_API_KEY=${P("onesignal_rest_api_key", oneSignalRestKey(ONESIGNAL_APP_ID))}
EXPO_TOKEN=${P("expo_access_token", str(B64URL, 40), { note: "Expo robot token, identified by name" })}
`,
);

file(
  "driver-app/.env.example",
  `
# Copy to .env and fill in. Public values are safe in the bundle; the rest are not.
EXPO_PUBLIC_API_URL=https://courier-api.harborfresh.com
EXPO_PUBLIC_SUPABASE_URL=https://<project-ref>.supabase.co
EXPO_PUBLIC_SUPABASE_ANON_KEY=${N("supabase_anon_key", "your-anon-key", "placeholder")}
EXPO_PUBLIC_REVENUECAT_IOS_KEY=appl_your_ios_public_key_here
EXPO_PUBLIC_REVENUECAT_ANDROID_KEY=goog_your_android_public_key_here
EXPO_PUBLIC_ONESIGNAL_APP_ID=00000000-0000-0000-0000-000000000000

SUPABASE_SERVICE_ROLE_KEY=${N("supabase_service_role_key", "your-service-role-key", "placeholder")}
REVENUECAT_SECRET_API_KEY=${N("revenuecat_secret_key", `sk_${"x".repeat(29)}`, "placeholder of x characters")}
ONESIGNAL_REST_API_KEY=${N("onesignal_rest_api_key", "<onesignal-rest-api-key>", "placeholder")}
EXPO_TOKEN=${N("expo_access_token", "changeme", "placeholder")}
`,
);

const EAS_PROJECT_ID = uuid();
file(
  "driver-app/app.json",
  `
{
  "expo": {
    "name": "Harbor Fresh Driver",
    "slug": "harborfresh-driver",
    "owner": "harborfresh",
    "version": "3.4.0",
    "orientation": "portrait",
    "icon": "./assets/icon.png",
    "userInterfaceStyle": "automatic",
    "runtimeVersion": { "policy": "appVersion" },
    "updates": {
      "url": "https://u.expo.dev/${EAS_PROJECT_ID}"
    },
    "ios": {
      "bundleIdentifier": "${N("bundle_id", "com.harborfresh.driver", "app bundle identifier")}",
      "supportsTablet": false,
      "config": { "usesNonExemptEncryption": false }
    },
    "android": {
      "package": "com.harborfresh.driver",
      "googleServicesFile": "./google-services.json",
      "config": {
        "googleMaps": {
          "apiKey": "${U("google_maps_api_key", googleKey(), "Google Maps Android key in app.json, public by design")}"
        }
      }
    },
    "plugins": [
      "expo-router",
      ["@sentry/react-native/expo", { "organization": "harborfresh", "project": "driver-app" }],
      ["onesignal-expo-plugin", { "mode": "production" }]
    ],
    "extra": {
      "router": { "origin": false },
      "eas": {
        "projectId": "${N("uuid", EAS_PROJECT_ID, "EAS project id (UUID)")}"
      },
      "segmentWriteKey": "${U("segment_write_key", str(ALNUM, 32), "Segment write key, client-side by design")}",
      "openaiApiKey": "${P("openai_api_key", openaiLegacy(), { note: "in expo.extra, so it ships inside the app manifest" })}"
    }
  }
}
`,
);

file(
  "driver-app/eas.json",
  `
{
  "cli": {
    "version": ">= 7.3.0",
    "appVersionSource": "remote"
  },
  "build": {
    "development": {
      "developmentClient": true,
      "distribution": "internal",
      "env": { "APP_VARIANT": "development" }
    },
    "preview": {
      "distribution": "internal",
      "channel": "preview",
      "env": {
        "APP_VARIANT": "preview",
        "EXPO_PUBLIC_SENTRY_DSN": "${U("sentry_dsn", sentryDsn(), "Sentry DSN, client-side by design")}"
      }
    },
    "production": {
      "channel": "production",
      "autoIncrement": true,
      "env": {
        "APP_VARIANT": "production",
        "SENTRY_AUTH_TOKEN": "${P("sentry_auth_token", sentryOrgToken("harborfresh"))}"
      }
    }
  },
  "submit": {
    "production": {
      "ios": {
        "appleId": "mobile-release@harborfresh.com",
        "ascAppId": "${N("asc_app_id", digits(10), "App Store app id, numeric")}",
        "appleTeamId": "${N("apple_team_id", IOS_TEAM, "Apple developer team id")}",
        "ascApiKeyPath": "./keys/AuthKey_${ASC_KEY_ID}.p8",
        "ascApiKeyIssuerId": "${N("asc_issuer_id", ASC_ISSUER, "App Store Connect issuer id")}",
        "ascApiKeyId": "${ASC_KEY_ID}"
      },
      "android": {
        "serviceAccountKeyPath": "./keys/play-service-account.json",
        "track": "internal"
      }
    }
  }
}
`,
);

file(
  "driver-app/credentials.json",
  `
{
  "android": {
    "keystore": {
      "keystorePath": "android/keystores/release.keystore",
      "keystorePassword": "${P("android_keystore_password", password(20))}",
      "keyAlias": "harborfresh-driver",
      "keyPassword": "${P("android_key_password", password(20))}"
    }
  },
  "ios": {
    "provisioningProfilePath": "ios/certs/profile.mobileprovision",
    "distributionCertificate": {
      "path": "ios/certs/dist-cert.p12",
      "password": "${P("p12_certificate_password", password(12))}"
    }
  }
}
`,
);

file(
  "driver-app/android/sentry.properties",
  `
defaults.url=https://sentry.io/
defaults.org=harborfresh
defaults.project=driver-app
auth.token=${P("sentry_auth_token", hex(64), { note: "legacy 64-hex Sentry auth token in sentry.properties" })}
cli.executable=../../node_modules/@sentry/cli/bin/sentry-cli
`,
);

file(
  "driver-app/src/config/index.ts",
  `
import Constants from 'expo-constants';

type Extra = { segmentWriteKey: string; openaiApiKey?: string };
const extra = (Constants.expoConfig?.extra ?? {}) as Extra;

export const config = {
  apiUrl: process.env.EXPO_PUBLIC_API_URL ?? 'https://courier-api.harborfresh.com',
  supabaseUrl: process.env.EXPO_PUBLIC_SUPABASE_URL!,
  supabaseAnonKey: ${N("supabase_anon_key", "process.env.EXPO_PUBLIC_SUPABASE_ANON_KEY!", "environment lookup")},
  segmentWriteKey: extra.segmentWriteKey,
  openaiApiKey: ${N("openai_api_key", "extra.openaiApiKey", "config lookup")},
  // Proof-of-delivery photos are uploaded straight from the device.
  cloudinaryUrl: '${P("cloudinary_api_secret", `cloudinary://${digits(15)}:${str(B64URL, 27)}@harborfresh`, { note: "cloudinary:// URL with key:secret" })}',
  sentryDsn: process.env.EXPO_PUBLIC_SENTRY_DSN,
} as const;
`,
);

file(
  "driver-app/src/services/customerNotify.ts",
  `
// Server-less "ping the customer" push, called when the driver taps "I'm outside".
const ONESIGNAL_APP_ID = '${N("onesignal_app_id", ONESIGNAL_APP_ID, "OneSignal app id, public")}';

export async function pingCustomer(externalUserId: string, orderId: string) {
  const res = await fetch('https://api.onesignal.com/notifications?c=push', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Key ${P("onesignal_rest_api_key", oneSignalRestKey(ONESIGNAL_APP_ID))}',
    },
    body: JSON.stringify({
      app_id: ONESIGNAL_APP_ID,
      include_aliases: { external_id: [externalUserId] },
      target_channel: 'push',
      headings: { en: 'Your driver is outside' },
      contents: { en: \`Order \${orderId} has arrived\` },
    }),
  });
  if (!res.ok) throw new Error(\`OneSignal \${res.status}\`);
}

// Creates share links for "track my delivery". Branch's link API needs key + secret for
// updates, so the secret ended up here until the backend endpoint ships (DRV-418).
const BRANCH_KEY = '${U("branch_key", `key_live_${str(ALNUM, 32)}`, "Branch live key, embedded in apps by design")}';
const BRANCH_SECRET = '${P("branch_secret", `secret_live_${str(ALNUM, 32)}`)}';

export async function updateTrackingLink(url: string, eta: string) {
  return fetch(\`https://api2.branch.io/v1/url?url=\${encodeURIComponent(url)}\`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ branch_key: BRANCH_KEY, branch_secret: BRANCH_SECRET, data: { eta } }),
  });
}
`,
);

file(
  "driver-app/src/services/mapbox.ts",
  `
import * as FileSystem from 'expo-file-system';

// Uploads the driver's recorded GPX route as a Mapbox dataset for the dispatch heatmap.
const UPLOADS = 'https://api.mapbox.com/uploads/v1/harborfresh';
const TOKEN = '${P("mapbox_secret_token", mapbox("sk"), { note: "Mapbox secret (uploads:write) token in app code" })}';

export async function uploadRoute(localPath: string, routeId: string) {
  const creds = await fetch(\`https://api.mapbox.com/uploads/v1/harborfresh/credentials?access_token=\${TOKEN}\`).then((r) => r.json());
  await FileSystem.uploadAsync(creds.url, localPath, { httpMethod: 'PUT' });
  return fetch(\`\${UPLOADS}?access_token=\${TOKEN}\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: creds.url, tileset: \`harborfresh.route-\${routeId}\` }),
  });
}
`,
);

file(
  "driver-app/scripts/seed-staging.ts",
  `
/* eslint-disable no-console */
// Seeds the shared dev project with fake drivers and orders. Run with: npx tsx scripts/seed-staging.ts
import { createClient } from '@supabase/supabase-js';
import { faker } from '@faker-js/faker';

const DEV_URL = 'https://${SUPA_DEV_REF}.supabase.co';
// service_role bypasses RLS - dev project only!
const admin = createClient(
  DEV_URL,
  '${P("supabase_service_role_key", supabaseJwt(SUPA_DEV_REF, "service_role", SUPA_DEV_SECRET), { note: "service_role JWT hard-coded in a script" })}',
  { auth: { persistSession: false } },
);

async function main() {
  const drivers = Array.from({ length: 25 }, () => ({
    id: faker.string.uuid(),
    name: faker.person.fullName(),
    phone: faker.phone.number(),
    vehicle: faker.helpers.arrayElement(['bike', 'scooter', 'van']),
  }));
  const { error } = await admin.from('drivers').upsert(drivers);
  if (error) throw error;
  console.log(\`seeded \${drivers.length} drivers\`);
}

main().catch((e) => { console.error(e); process.exit(1); });
`,
);

file(
  "driver-app/.npmrc",
  `
@harborfresh:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${P("npm_token", npmToken())}
# CI uses the env var instead:
# //registry.npmjs.org/:_authToken=${N("npm_token", "${NPM_TOKEN}", "environment reference")}
legacy-peer-deps=true
`,
);

file(
  "driver-app/__tests__/redact.test.ts",
  `
import { redactSecrets } from '../src/utils/redact';

describe('redactSecrets', () => {
  it('redacts npm tokens in error messages', () => {
    // checksum deliberately broken so secret scanners and npm both reject it
    const fake = '${N("npm_token", badChecksum(npmToken()), "npm token with a failing CRC32 checksum, test fixture")}';
    expect(redactSecrets(\`401 for \${fake}\`)).toBe('401 for npm_****');
  });

  it('redacts GitHub tokens', () => {
    const fake = '${N("github_pat", badChecksum(githubPat()), "GitHub token with a failing CRC32 checksum, test fixture")}';
    expect(redactSecrets(fake)).toBe('ghp_****');
  });

  it('leaves OneSignal app ids alone', () => {
    expect(redactSecrets('app ${N("uuid", uuid(), "random UUID in a test")}')).toContain('app ');
  });
});
`,
);

file(
  "driver-app/.github/workflows/eas-update.yml",
  `
name: EAS Update

on:
  push:
    branches: [main]

jobs:
  update:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: ${N("expo_access_token", "${{ secrets.EXPO_TOKEN }}", "GitHub Actions secret reference")}
      - run: npm ci
      - name: Sync webhook secret to EAS (one-off, remove after first run)
        run: npx eas-cli secret:create --scope project --name REVENUECAT_WEBHOOK_AUTH --value ${P("revenuecat_webhook_secret", str(B64URL, 32), { note: "webhook Authorization secret passed on a command line" })} --force
      - run: eas update --auto --non-interactive
`,
);

// ═════════════════════════ loyalty_app/ (Flutter) ═════════════════════════
file(
  "loyalty_app/android/key.properties",
  `
storePassword=${P("android_keystore_password", password(16))}
keyPassword=${P("android_key_password", password(16))}
keyAlias=upload
storeFile=/Users/priya/keys/loyalty-upload-keystore.jks
`,
  { crlf: true },
);

file(
  "loyalty_app/lib/firebase_options.dart",
  `
// File generated by FlutterFire CLI.
// ignore_for_file: type=lint
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;
import 'package:flutter/foundation.dart'
    show defaultTargetPlatform, kIsWeb, TargetPlatform;

class DefaultFirebaseOptions {
  static FirebaseOptions get currentPlatform {
    switch (defaultTargetPlatform) {
      case TargetPlatform.android:
        return android;
      case TargetPlatform.iOS:
        return ios;
      default:
        throw UnsupportedError('DefaultFirebaseOptions are not supported for this platform.');
    }
  }

  static const FirebaseOptions android = FirebaseOptions(
    apiKey: '${U("firebase_api_key", googleKey(), "Firebase API key in FlutterFire options, public by design")}',
    appId: '${N("firebase_app_id", `1:${FB_PROJECT_NUMBER}:android:${hex(16)}`, "Firebase app id, public identifier")}',
    messagingSenderId: '${FB_PROJECT_NUMBER}',
    projectId: '${FB_PROJECT}',
    storageBucket: '${FB_PROJECT}.appspot.com',
  );

  static const FirebaseOptions ios = FirebaseOptions(
    apiKey: '${U("firebase_api_key", googleKey(), "Firebase API key in FlutterFire options, public by design")}',
    appId: '1:${FB_PROJECT_NUMBER}:ios:${hex(16)}',
    messagingSenderId: '${FB_PROJECT_NUMBER}',
    projectId: '${FB_PROJECT}',
    storageBucket: '${FB_PROJECT}.appspot.com',
    iosClientId: '${U("google_oauth_client_id", googleClientId(FB_PROJECT_NUMBER), "OAuth client id, public")}',
    iosBundleId: 'com.harborfresh.loyalty',
  );
}
`,
);

file(
  "loyalty_app/lib/core/env.dart",
  `
/// Compile-time configuration. Values come from --dart-define-from-file=dart_defines/<flavor>.json
/// except the few that were "temporarily" inlined below.
abstract final class Env {
  static const stripePublishableKey = ${N("stripe_publishable_key", "String.fromEnvironment('STRIPE_PUBLISHABLE_KEY')", "compile-time environment lookup")};
  static const mapboxToken = String.fromEnvironment('MAPBOX_PUBLIC_TOKEN');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');

  // Used by the points-redemption flow to create refunds client-side (LOY-77).
  static const _stripeSecret = '${P("stripe_secret_key", stripe("sk_live_", true))}';
  static String get stripeSecret => _stripeSecret;

  static const supabaseUrl = 'https://${SUPA_LOYALTY_REF}.supabase.co';
  static const supabaseAnonKey =
      '${U("supabase_anon_key", supabaseJwt(SUPA_LOYALTY_REF, "anon", SUPA_LOYALTY_SECRET), "Supabase anon JWT, public by design (RLS)")}';
  static const _supabaseServiceKey =
      '${P("supabase_service_role_key", supabaseJwt(SUPA_LOYALTY_REF, "service_role", SUPA_LOYALTY_SECRET))}';

  static const googleClientId = '${U("google_oauth_client_id", googleClientId(digits(12)), "OAuth client id, public")}';
  static const googleClientSecret = '${P("google_oauth_client_secret", gocspx())}';
}
`,
);

file(
  "loyalty_app/dart_defines/prod.json",
  `
{
  "FLAVOR": "prod",
  "API_BASE_URL": "https://loyalty.harborfresh.com/api",
  "MAPBOX_PUBLIC_TOKEN": "${U("mapbox_public_token", mapbox("pk"), "Mapbox public token, shipped in apps by design")}",
  "SENTRY_DSN": "${U("sentry_dsn", sentryDsn(), "Sentry DSN, client-side by design")}",
  "STRIPE_PUBLISHABLE_KEY": "${U("stripe_publishable_key", stripe("pk_live_", true), "Stripe live publishable key, public by design")}",
  "CLERK_PUBLISHABLE_KEY": "${U("clerk_publishable_key", clerkPk("loyalty.harborfresh.com"), "Clerk publishable key, public by design")}",
  "CLERK_SECRET_KEY": "${P("clerk_secret_key", clerkSk())}",
  "OPENAI_API_KEY": "${P("openai_api_key", openaiLegacy())}"
}
`,
);

file(
  "loyalty_app/dart_defines/dev.example.json",
  `
{
  "FLAVOR": "dev",
  "API_BASE_URL": "http://10.0.2.2:8080/api",
  "MAPBOX_PUBLIC_TOKEN": "pk.your-public-token",
  "SENTRY_DSN": "",
  "STRIPE_PUBLISHABLE_KEY": "${N("stripe_publishable_key", `pk_test_${"X".repeat(24)}`, "placeholder")}",
  "CLERK_PUBLISHABLE_KEY": "pk_test_REPLACE_ME",
  "CLERK_SECRET_KEY": "${N("clerk_secret_key", `sk_test_${"x".repeat(42)}`, "placeholder of x characters")}",
  "OPENAI_API_KEY": "${N("openai_api_key", "sk-...", "placeholder")}"
}
`,
);

file(
  "loyalty_app/pubspec.lock",
  `
# Generated by pub
# See https://dart.dev/tools/pub/glossary#lockfile
packages:
  async:
    dependency: transitive
    description:
      name: async
      sha256: "${N("lockfile_hash", hex(64), "pub package SHA-256")}"
      url: "https://pub.dev"
    source: hosted
    version: "2.11.0"
  firebase_core:
    dependency: "direct main"
    description:
      name: firebase_core
      sha256: "${hex(64)}"
      url: "https://pub.dev"
    source: hosted
    version: "2.27.0"
  flutter_stripe:
    dependency: "direct main"
    description:
      name: flutter_stripe
      sha256: "${N("lockfile_hash", hex(64), "pub package SHA-256")}"
      url: "https://pub.dev"
    source: hosted
    version: "10.1.1"
  mapbox_maps_flutter:
    dependency: "direct main"
    description:
      path: "."
      ref: main
      resolved-ref: "${N("commit_sha", hex(40), "git commit SHA in a lockfile")}"
      url: "https://github.com/mapbox/mapbox-maps-flutter.git"
    source: git
    version: "1.1.0"
sdks:
  dart: ">=3.3.0 <4.0.0"
  flutter: ">=3.19.0"
`,
);

file(
  "loyalty_app/.github/workflows/release.yml",
  `
name: loyalty release

on:
  workflow_dispatch:

jobs:
  android:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: subosito/flutter-action@v2
        with:
          channel: stable
      - name: Restore keystore
        run: |
          echo "\${{ secrets.UPLOAD_KEYSTORE_B64 }}" | base64 -d > android/app/upload.jks
          echo "storePassword=${N("android_keystore_password", "${{ secrets.UPLOAD_STORE_PASSWORD }}", "GitHub Actions secret reference")}" > android/key.properties
          echo "keyPassword=\${{ secrets.UPLOAD_KEY_PASSWORD }}" >> android/key.properties
      - name: Build
        run: >
          flutter build appbundle --release
          --dart-define-from-file=dart_defines/prod.json
          --dart-define=ALGOLIA_ADMIN_KEY=${P("algolia_admin_key", hex(32), { note: "admin key passed as a --dart-define, identified by name" })}
      - name: Distribute to testers
        env:
          FIREBASE_TOKEN: ${P("google_oauth_refresh_token", googleRefresh(), { note: "firebase login:ci token" })}
        run: |
          npx firebase-tools appdistribution:distribute build/app/outputs/bundle/release/app-release.aab \\
            --app "${N("firebase_app_id", `1:${FB_PROJECT_NUMBER}:android:${hex(16)}`, "Firebase app id")}" --groups testers
`,
);

file(
  "loyalty_app/lib/services/recipe_assistant.dart",
  `
import 'dart:convert';

import 'package:http/http.dart' as http;

/// "What can I cook with my points basket?" - calls OpenAI directly from the app.
class RecipeAssistant {
  RecipeAssistant({http.Client? client}) : _client = client ?? http.Client();

  final http.Client _client;
  static const _endpoint = 'https://api.openai.com/v1/chat/completions';
  static const _apiKey = '${P("openai_api_key", openaiProj())}';
  // Fallback key from --dart-define for internal builds:
  static const _overrideKey = ${N("openai_api_key", "String.fromEnvironment('OPENAI_API_KEY')", "compile-time environment lookup")};

  Future<String> suggest(List<String> items) async {
    final key = _overrideKey.isNotEmpty ? _overrideKey : _apiKey;
    final res = await _client.post(
      Uri.parse(_endpoint),
      headers: {'Authorization': 'Bearer $key', 'Content-Type': 'application/json'},
      body: jsonEncode({
        'model': 'gpt-4o-mini',
        'messages': [
          {'role': 'system', 'content': 'You suggest simple recipes.'},
          {'role': 'user', 'content': 'I have: \${items.join(', ')}'},
        ],
      }),
    );
    final body = jsonDecode(res.body) as Map<String, dynamic>;
    return body['choices'][0]['message']['content'] as String;
  }
}
`,
);

// ═════════════════════════ web/storefront/ (Next.js) ═════════════════════════
const SF_REF = SUPA_REF;
const dbPass = password(20, false);
file(
  "web/storefront/.env.local",
  `
# Next.js storefront - local overrides (pulled with \`vercel env pull\`)
NEXT_PUBLIC_SITE_URL=https://www.harborfresh.com
NEXT_PUBLIC_SUPABASE_URL=https://${SF_REF}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${U("supabase_anon_key", supabaseJwt(SF_REF, "anon", SUPA_JWT_SECRET), "Supabase anon JWT, public by design (RLS)")}
SUPABASE_SERVICE_ROLE_KEY=${P("supabase_service_role_key", supabaseJwt(SF_REF, "service_role", SUPA_JWT_SECRET))}
SUPABASE_JWT_SECRET=${P("supabase_jwt_secret", SUPA_JWT_SECRET)}

NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${U("stripe_publishable_key", stripe("pk_live_", true), "Stripe live publishable key, public by design")}
STRIPE_SECRET_KEY=${P("stripe_secret_key", stripe("sk_live_", true))}
STRIPE_WEBHOOK_SECRET=${P("stripe_webhook_secret", whsec())}

DATABASE_URL="postgresql://storefront:${P("postgres_password", dbPass, { note: "password inside a connection string" })}@db.${SF_REF}.supabase.co:5432/postgres?sslmode=require"

AUTH0_SECRET=${P("auth0_session_secret", hex(64), { note: "nextjs-auth0 cookie secret, identified by name" })}
AUTH0_BASE_URL=http://localhost:3000
AUTH0_ISSUER_BASE_URL=https://harborfresh.eu.auth0.com
AUTH0_CLIENT_ID=${U("auth0_client_id", str(ALNUM, 32), "Auth0 client id, public")}
AUTH0_CLIENT_SECRET=${P("auth0_client_secret", str(B64URL, 64))}

OPENAI_API_KEY=${P("openai_api_key", openaiProj())}
NEXT_PUBLIC_SENTRY_DSN=${U("sentry_dsn", sentryDsn(), "Sentry DSN, client-side by design")}
SENTRY_AUTH_TOKEN=${P("sentry_auth_token", sentryOrgToken("harborfresh"))}

# copied from the Vercel production env while debugging ISR (INFRA-902)
STRIPE_SECRET_KEY_PROD=${P("stripe_secret_key", stripe("sk_live_"))}
REVALIDATE_TOKEN=${P("revalidate_token", hex(48), { note: "on-demand ISR revalidation token, identified by name" })}
CRON_SECRET=${P("cron_secret", randBytes(32).toString("base64"), { note: "Vercel cron bearer secret, identified by name" })}
`,
);

file(
  "web/storefront/.env.example",
  `
# Copy to .env.local. Never put real secrets in NEXT_PUBLIC_* variables.
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_SUPABASE_URL=http://127.0.0.1:54321
NEXT_PUBLIC_SUPABASE_ANON_KEY=
SUPABASE_SERVICE_ROLE_KEY=${N("supabase_service_role_key", "<service-role-key-from-supabase-status>", "placeholder")}

NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_...
# Stripe's public docs test key works for local card flows
STRIPE_SECRET_KEY=${N("stripe_secret_key", "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc", "Stripe's published documentation test key")}
STRIPE_WEBHOOK_SECRET=${N("stripe_webhook_secret", "whsec_...", "placeholder")}

DATABASE_URL="postgresql://postgres:${N("postgres_password", "postgres", "local default password of the Supabase CLI database")}@127.0.0.1:54322/postgres"

AUTH0_SECRET=${N("auth0_session_secret", "use 'openssl rand -hex 32' to generate", "instruction placeholder")}
AUTH0_CLIENT_SECRET=${N("auth0_client_secret", "REDACTED", "placeholder")}
OPENAI_API_KEY=
`,
);

file(
  "web/storefront/next.config.js",
  `
/** @type {import('next').NextConfig} */
const { withSentryConfig } = require('@sentry/nextjs');

const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'res.cloudinary.com' }],
  },
  env: {
    NEXT_PUBLIC_ALGOLIA_APP_ID: '${ALGOLIA_APP}',
    NEXT_PUBLIC_ALGOLIA_SEARCH_KEY: '${U("algolia_search_key", hex(32), "search-only Algolia key, meant for browsers")}',
  },
  serverRuntimeConfig: {
    // used by /api/reindex to push catalog updates
    algoliaAdminKey: '${P("algolia_admin_key", hex(32), { note: "admin key, identified by name" })}',
  },
};

module.exports = withSentryConfig(nextConfig, {
  org: 'harborfresh',
  project: 'storefront',
  authToken: ${N("sentry_auth_token", "process.env.SENTRY_AUTH_TOKEN", "environment lookup")},
  silent: true,
  hideSourceMaps: true,
});
`,
);

file(
  "web/storefront/lib/firebase-admin.ts",
  `
import { cert, getApps, initializeApp } from 'firebase-admin/app';
import { getMessaging } from 'firebase-admin/messaging';

// TODO: load from FIREBASE_SERVICE_ACCOUNT on Vercel; inlined while debugging web push (SF-512)
const serviceAccount = {
  projectId: '${FB_PROJECT}',
  clientEmail: 'firebase-adminsdk-${str(LALNUM, 5)}@${FB_PROJECT}.iam.gserviceaccount.com',
  privateKey: \`${P("gcp_service_account_private_key", rsaPkcs8Pem(), { note: "multi-line PEM in a template literal" })}
\`,
};

export const adminApp = getApps()[0] ?? initializeApp({ credential: cert(serviceAccount) });
export const messaging = getMessaging(adminApp);
`,
);

file(
  "web/storefront/app/api/paypal/capture/route.ts",
  `
import { NextResponse } from 'next/server';

const PAYPAL_API = 'https://api-m.paypal.com';
const CLIENT_ID = process.env.PAYPAL_CLIENT_ID ?? '${U("paypal_client_id", paypalId(), "PayPal REST client id, also used by the JS SDK")}';
const CLIENT_SECRET = ${N("paypal_client_secret", "process.env.PAYPAL_CLIENT_SECRET", "environment lookup")} || '${P("paypal_client_secret", paypalSecret(), { note: "hard-coded fallback after an env lookup" })}';

async function accessToken() {
  const res = await fetch(\`\${PAYPAL_API}/v1/oauth2/token\`, {
    method: 'POST',
    headers: {
      Authorization: \`Basic \${Buffer.from(\`\${CLIENT_ID}:\${CLIENT_SECRET}\`).toString('base64')}\`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return (await res.json()).access_token as string;
}

export async function POST(req: Request) {
  const { orderID } = await req.json();
  const token = await accessToken();
  const res = await fetch(\`\${PAYPAL_API}/v2/checkout/orders/\${orderID}/capture\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json' },
  });
  return NextResponse.json(await res.json(), { status: res.status });
}
`,
);

file(
  "web/storefront/lib/stripe.ts",
  `
import Stripe from 'stripe';

if (!process.env.STRIPE_SECRET_KEY) {
  // e.g. STRIPE_SECRET_KEY=${N("stripe_secret_key", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder in a comment")}
  throw new Error('STRIPE_SECRET_KEY is not set');
}

export const stripe = new Stripe(${N("stripe_secret_key", "process.env.STRIPE_SECRET_KEY", "environment lookup")}, {
  apiVersion: '2024-04-10',
  appInfo: { name: 'harborfresh-storefront', version: '2.3.0' },
});
`,
);

file(
  "web/storefront/components/BrandMark.tsx",
  `
import Image from 'next/image';

// Inline 12x12 wave mark so the header renders before fonts/images load.
const WAVE = '${N("data_uri", pngDataUri(12, 12), "base64 PNG data URI")}';

export function BrandMark({ size = 24 }: { size?: number }) {
  return <Image src={WAVE} width={size} height={size} alt="Harbor Fresh" priority unoptimized />;
}
`,
);

// ═════════════════════════ web/admin-dashboard/ (Vite + React) ═════════════════════════
const WEB_FIREBASE_KEY = googleKey();
file(
  "web/admin-dashboard/.env",
  `
# Everything prefixed VITE_ ends up in the browser bundle.
VITE_API_URL=https://admin-api.harborfresh.com
VITE_FIREBASE_API_KEY=${U("firebase_api_key", WEB_FIREBASE_KEY, "Firebase web apiKey, public by design")}
VITE_FIREBASE_AUTH_DOMAIN=${FB_PROJECT}.firebaseapp.com
VITE_FIREBASE_PROJECT_ID=${FB_PROJECT}
VITE_FIREBASE_MESSAGING_SENDER_ID=${FB_PROJECT_NUMBER}
VITE_FIREBASE_APP_ID=${N("firebase_app_id", `1:${FB_PROJECT_NUMBER}:web:${hex(22)}`, "Firebase web app id, public identifier")}
VITE_MAPBOX_TOKEN=${U("mapbox_public_token", mapbox("pk"), "Mapbox public token, browser-side by design")}
VITE_AMPLITUDE_API_KEY=${U("amplitude_api_key", hex(32), "Amplitude browser API key")}

# "temporary" - product-description generator and the ops digest mail
VITE_OPENAI_API_KEY=${P("openai_api_key", openaiProj(), { note: "VITE_-prefixed, so bundled into the browser" })}
VITE_SENDGRID_API_KEY=${P("sendgrid_api_key", sendgrid(), { note: "VITE_-prefixed, so bundled into the browser" })}
`,
);

file(
  "web/admin-dashboard/vite.config.ts",
  `
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sentryVitePlugin } from '@sentry/vite-plugin';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    sentryVitePlugin({
      org: 'harborfresh',
      project: 'admin-dashboard',
      authToken: '${P("sentry_auth_token", sentryOrgToken("harborfresh"))}',
      disable: mode !== 'production',
    }),
  ],
  define: {
    __SENTRY_DSN__: JSON.stringify('${U("sentry_dsn", sentryDsn(), "Sentry DSN, client-side by design")}'),
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
  },
  build: { sourcemap: true },
  server: { port: 5174 },
}));
`,
);

file(
  "web/admin-dashboard/src/config.js",
  `
// Runtime config for the ops dashboard.
import { createClient } from '@supabase/supabase-js';

export const ALGOLIA = {
  appId: '${N("algolia_app_id", ALGOLIA_APP, "Algolia application id")}',
  searchKey: '${U("algolia_search_key", hex(32), "search-only Algolia key, meant for browsers")}',
  indexName: 'products_prod',
};

export const SEGMENT_WRITE_KEY = '${U("segment_write_key", str(ALNUM, 32), "Segment write key, client-side by design")}';

// Tileset uploads for delivery-zone polygons (Zones > Publish).
export const MAPBOX_UPLOAD_TOKEN = '${P("mapbox_secret_token", mapbox("sk"))}';

// The dashboard is behind Cloudflare Access, so we use the service role to skip RLS.
// (Yes, this ships to the browser. Tracked in SEC-118.)
export const supabaseAdmin = createClient(
  import.meta.env.VITE_SUPABASE_URL,
  '${P("supabase_service_role_key", supabaseJwt(str(LOW, 20), "service_role", str(B64, 40)))}',
);

export const FEATURE_FLAGS = {
  zonesEditor: true,
  bulkRefunds: false,
};
`,
);

file(
  "web/admin-dashboard/src/styles/icons.css",
  `
/* Inline icons so the table toolbar never flashes */
.icon-refresh {
  background-image: url("${N("data_uri", svgDataUri("M21 12a9 9 0 1 1-3-6.7L21 8M21 3v5h-5"), "base64 SVG data URI")}");
  background-size: 16px 16px;
}

.icon-truck {
  background-image: url("${svgDataUri("M1 3h15v13H1zM16 8h4l3 3v5h-7zM5.5 21a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM18.5 21a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z")}");
  background-size: 16px 16px;
}

@font-face {
  font-family: "HF Mono";
  src: url("${N("data_uri", woff2DataUri(), "base64 WOFF2 font data URI")}") format("woff2");
  font-display: swap;
}
`,
);

file(
  "web/admin-dashboard/index.html",
  `
<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Harbor Fresh - Ops</title>
    <link
      rel="stylesheet"
      href="https://cdn.jsdelivr.net/npm/@fontsource/inter@5.0.16/index.min.css"
      integrity="${N("sri_hash", sri384(), "subresource integrity hash")}"
      crossorigin="anonymous"
    />
    <script async src="https://maps.googleapis.com/maps/api/js?key=${U("google_maps_api_key", googleKey(), "Maps JavaScript API key in a script URL, public by design (referrer-restricted)")}&libraries=places&callback=Function.prototype"></script>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,
);

const buildSha = hex(40);
file(
  `web/admin-dashboard/dist/assets/index-${str(B64URL.replace(/[-_]/g, ""), 8)}.js`,
  `
var Ld=Object.defineProperty;var Rd=(e,t,n)=>t in e?Ld(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var Ve=(e,t,n)=>(Rd(e,typeof t!="symbol"?t+"":t,n),n);
const Xm={apiKey:"${U("firebase_api_key", WEB_FIREBASE_KEY, "Firebase web apiKey inside a built bundle, public by design")}",authDomain:"${FB_PROJECT}.firebaseapp.com",projectId:"${FB_PROJECT}"},Km="${N("commit_sha", buildSha, "build commit SHA")}";function Qm(e){return fetch("https://api.openai.com/v1/chat/completions",{method:"POST",headers:{"Content-Type":"application/json",Authorization:"Bearer "+"${P("openai_api_key", openaiLegacy(), { note: "inlined into a minified production bundle" })}"},body:JSON.stringify({model:"gpt-3.5-turbo",messages:e})}).then(t=>t.json())}const Jm=async(e,t)=>{const n=await fetch("https://api.stripe.com/v1/refunds",{method:"POST",headers:{Authorization:"Bearer ${P("stripe_restricted_key", stripe("rk_live_"), { note: "inlined into a minified production bundle" })}","Content-Type":"application/x-www-form-urlencoded"},body:new URLSearchParams({payment_intent:e,amount:String(t)})});if(!n.ok)throw new Error("refund failed "+n.status);return n.json()};export{Xm as f,Km as v,Qm as g,Jm as r};
//# sourceMappingURL=index.js.map
`,
);

// ═════════════════════════ web/marketing-site/ (webpack 4) ═════════════════════════
file(
  "web/marketing-site/webpack.config.js",
  `
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: { main: './src/js/index.js' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name].[contenthash:8].js' : '[name].js',
  },
  module: {
    rules: [
      { test: /\\.js$/, exclude: /node_modules/, use: 'babel-loader' },
      { test: /\\.scss$/, use: [MiniCssExtractPlugin.loader, 'css-loader', 'sass-loader'] },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './src/index.html' }),
    new MiniCssExtractPlugin(),
    new webpack.DefinePlugin({
      'process.env.STRIPE_KEY': JSON.stringify(${N("stripe_publishable_key", "process.env.STRIPE_KEY", "environment lookup")}),
      'process.env.PUSHER_KEY': JSON.stringify('${U("pusher_key", hex(20), "Pusher app key, client-side by design")}'),
      'process.env.PUSHER_CLUSTER': JSON.stringify('eu'),
      // needed for private-channel auth in the live-stock widget
      'process.env.PUSHER_SECRET': JSON.stringify('${P("pusher_app_secret", hex(20), { note: "20 hex inside DefinePlugin, identified by name" })}'),
    }),
  ],
  devServer: { port: 8080, historyApiFallback: true },
};
`,
);

file(
  "web/marketing-site/config/config.prod.js",
  `
// Deploy + runtime settings for www.harborfresh.com (used by scripts/deploy.js)
module.exports = {
  s3: {
    bucket: 'harborfresh-www-prod',
    region: 'eu-west-1',
    accessKeyId: '${P("aws_access_key_id", awsKeyId())}',
    secretAccessKey: '${P("aws_secret_access_key", awsSecret())}',
  },
  cloudfrontDistributionId: 'E${str(UALNUM, 13)}',
  notify: {
    slackWebhook: '${P("slack_webhook_url", slackWebhook())}',
    channel: '#web-deploys',
  },
  sentryDsn: ${N("sentry_dsn", "process.env.SENTRY_DSN", "environment lookup")},
  gtmId: 'GTM-${str(UALNUM, 7)}',
};
`,
  { crlf: true },
);

const smsSid = `AC${hex(32)}`;
file(
  "web/marketing-site/src/js/forms.js",
  `
import { showToast } from './toast';

// Sends the contact form straight to SendGrid (no backend on the marketing site).
const SENDGRID_API_KEY = '${P("sendgrid_api_key", sendgrid(), { note: "bundled into client-side JS" })}';

export async function submitContactForm(form) {
  const data = new FormData(form);
  const res = await fetch('https://api.sendgrid.com/v3/mail/send', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + SENDGRID_API_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      personalizations: [{ to: [{ email: 'hello@harborfresh.com' }] }],
      from: { email: 'web@harborfresh.com', name: 'harborfresh.com' },
      reply_to: { email: data.get('email') },
      subject: 'Contact form: ' + data.get('topic'),
      content: [{ type: 'text/plain', value: data.get('message') }],
    }),
  });
  showToast(res.ok ? 'Thanks! We will get back to you.' : 'Something went wrong.');
}

// "Text me when my area opens" opt-in. Posts to Twilio with basic auth in the URL.
var TWILIO_ENDPOINT =
  'https://${U("twilio_account_sid", smsSid, "Twilio account SID, an identifier")}:${P("twilio_auth_token", hex(32), { note: "auth token as the password part of a URL" })}@api.twilio.com/2010-04-01/Accounts/${smsSid}/Messages.json';

export function optIn(phone, postcode) {
  var body = new URLSearchParams({
    To: phone,
    MessagingServiceSid: 'MG${hex(32)}',
    Body: 'Harbor Fresh: we will text you when we deliver to ' + postcode + '. Reply STOP to opt out.',
  });
  return fetch(TWILIO_ENDPOINT, { method: 'POST', body: body });
}

// Newsletter signup -> Mailchimp audience "Harbor Fresh Weekly"
var MC_KEY = '${P("mailchimp_api_key", mailchimp())}';
var MC_LIST = '${hex(10)}';

export function subscribe(email) {
  var dc = MC_KEY.split('-')[1];
  return fetch('https://' + dc + '.api.mailchimp.com/3.0/lists/' + MC_LIST + '/members', {
    method: 'POST',
    headers: { Authorization: 'apikey ' + MC_KEY },
    body: JSON.stringify({ email_address: email, status: 'pending' }),
  });
}
`,
);

file(
  "web/marketing-site/package-lock.json",
  `
{
  "name": "harborfresh-marketing-site",
  "version": "1.8.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "harborfresh-marketing-site",
      "version": "1.8.2",
      "dependencies": {
        "pusher-js": "^8.4.0"
      },
      "devDependencies": {
        "webpack": "^4.47.0"
      }
    },
    "node_modules/pusher-js": {
      "version": "8.4.0",
      "resolved": "https://registry.npmjs.org/pusher-js/-/pusher-js-8.4.0.tgz",
      "integrity": "${N("lockfile_integrity", integrity512(), "npm lockfile integrity hash")}",
      "dependencies": {
        "tweetnacl": "^1.0.3"
      }
    },
    "node_modules/tweetnacl": {
      "version": "1.0.3",
      "resolved": "https://registry.npmjs.org/tweetnacl/-/tweetnacl-1.0.3.tgz",
      "integrity": "${integrity512()}"
    },
    "node_modules/webpack": {
      "version": "4.47.0",
      "resolved": "https://registry.npmjs.org/webpack/-/webpack-4.47.0.tgz",
      "integrity": "${N("lockfile_integrity", integrity512(), "npm lockfile integrity hash")}",
      "dev": true
    }
  }
}
`,
);

// ═════════════════════════ firebase/functions/ ═════════════════════════
file(
  "firebase/functions/.runtimeconfig.json",
  `
{
  "stripe": {
    "secret": "${P("stripe_secret_key", stripe("sk_live_"))}",
    "webhook_secret": "${P("stripe_webhook_secret", whsec())}"
  },
  "sendgrid": {
    "key": "${P("sendgrid_api_key", sendgrid())}",
    "template_order_confirmed": "d-${hex(32)}"
  },
  "twilio": {
    "sid": "${U("twilio_account_sid", `AC${hex(32)}`, "Twilio account SID, an identifier")}",
    "token": "${P("twilio_auth_token", hex(32), { note: "32 hex under twilio.token" })}",
    "from": "+3197010257890"
  }
}
`,
);

file(
  "firebase/functions/.env.harborfresh-prod",
  `
# Parameterized config for Cloud Functions v2 (firebase deploy --project harborfresh-prod)
ALGOLIA_APP_ID=${N("algolia_app_id", ALGOLIA_APP, "Algolia application id")}
ALGOLIA_INDEX=products_prod
ALGOLIA_ADMIN_KEY=${P("algolia_admin_key", hex(32), { note: "admin key, identified by name" })}
OPENAI_API_KEY=${P("openai_api_key", openaiProj())}
REVENUECAT_SECRET_KEY=${P("revenuecat_secret_key", rcSecret())}
`,
);

file(
  "firebase/functions/src/index.ts",
  `
import * as functions from 'firebase-functions/v1';
import { defineSecret, defineString } from 'firebase-functions/params';
import { onRequest } from 'firebase-functions/v2/https';
import Stripe from 'stripe';
import sgMail from '@sendgrid/mail';

// Fallback so the emulator works without secrets. (It is also used in prod when the env var is missing...)
sgMail.setApiKey(process.env.SENDGRID_API_KEY || '${P("sendgrid_api_key", sendgrid(), { note: "hard-coded fallback after an env lookup" })}');

export async function sendOrderConfirmation(to: string, orderId: string) {
  await sgMail.send({
    to,
    from: { email: 'orders@harborfresh.com', name: 'Harbor Fresh' },
    templateId: 'd-${hex(32)}',
    dynamicTemplateData: { orderId },
  });
}

const stripeSecret = ${N("stripe_secret_key", "defineSecret('STRIPE_SECRET')", "secret-manager reference")};
const algoliaAdminKey = defineString('ALGOLIA_ADMIN_KEY');

// v1 function still reading runtime config
export const stripeWebhook = functions.https.onRequest(async (req, res) => {
  const stripe = new Stripe(${N("stripe_secret_key", "functions.config().stripe.secret", "runtime config reference")}, { apiVersion: '2024-04-10' });
  const sig = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.rawBody, sig, functions.config().stripe.webhook_secret);
  functions.logger.info('stripe event', { type: event.type, id: event.id });
  res.sendStatus(200);
});

export const reindexProducts = onRequest({ secrets: [stripeSecret] }, async (_req, res) => {
  functions.logger.info('reindex using key ending', algoliaAdminKey.value().slice(-4));
  res.send('ok');
});
`,
);

file(
  "firebase/functions/service-account.json",
  serviceAccountJson(
    FB_PROJECT,
    `firebase-adminsdk-${str(LALNUM, 5)}@${FB_PROJECT}.iam.gserviceaccount.com`,
    "gcp_service_account_private_key",
  ),
);

// ═════════════════════════ docs ═════════════════════════
file(
  "README.md",
  `
# Harbor Fresh apps

Monorepo for the customer apps, the courier apps and the web front-ends.

| Path | What |
| --- | --- |
| \`android/\` | Customer app (Kotlin, Compose) |
| \`android-courier-legacy/\` | Old courier app (Java), being replaced by \`driver-app/\` |
| \`ios/\` | Customer app (Swift) |
| \`driver-app/\` | Courier app (Expo / React Native) |
| \`loyalty_app/\` | Loyalty app (Flutter) |
| \`web/\` | Storefront (Next.js), ops dashboard (Vite), marketing site (webpack) |
| \`firebase/functions/\` | Cloud Functions |

## Secrets

Never commit real keys. Public-by-design values (Firebase web config, Stripe publishable keys,
Supabase anon key, Algolia search-only key) may live in code; everything else goes to 1Password
and CI secrets.

For the S3 upload scripts, the AWS docs example credentials work with LocalStack:

\`\`\`ini
[localstack]
aws_access_key_id = ${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example key")}
aws_secret_access_key = ${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example secret")}
\`\`\`

The auth middleware tests use the token from jwt.io:

\`\`\`
${N("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt.io documentation example token")}
\`\`\`

Stripe keys look like \`${N("stripe_secret_key", "sk_live_...", "format illustration")}\` (secret, server only) and \`pk_live_...\` (publishable).
`,
);

file(
  "docs/mobile-release.md",
  `
# Mobile release checklist

## Signing

* Android upload key: \`keystores/upload.jks\`, passwords in 1Password ("Android upload key").
  CI reads them from the \`KEYSTORE_PASSWORD\` / \`KEY_PASSWORD\` repository secrets.
* Register both fingerprints in Firebase (Google Sign-In) and in the Play Console:

  \`\`\`
  SHA1:   ${N("cert_fingerprint_sha1", sha1Fingerprint(), "SHA-1 signing certificate fingerprint, public")}
  SHA256: ${N("cert_fingerprint_sha256", sha256Fingerprint(), "SHA-256 signing certificate fingerprint, public")}
  \`\`\`

* iOS: \`fastlane match appstore --readonly\`. Set \`MATCH_PASSWORD=${N("match_password", "<from 1Password>", "placeholder")}\` locally.
* App Store Connect API key: key id \`${ASC_KEY_ID}\`, issuer \`${ASC_ISSUER}\`.
  The \`.p8\` itself is **only** in 1Password.

## Store credentials

Play Console service account: \`fastlane-supply@pc-api-7712093445-118.iam.gserviceaccount.com\`.
RevenueCat: the apps use the public \`appl_\`/\`goog_\` SDK keys; the \`sk_\` secret key is for the backend only
(example shape: \`${N("revenuecat_secret_key", "sk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder")}\`).
`,
);

// ───────────────────────── write + self-check ─────────────────────────
const OUT = path.join(HERE, "files");
fs.rmSync(OUT, { recursive: true, force: true });
for (const f of files) {
  const p = path.join(OUT, f.rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.content);
}
const byFile = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
labels.sort(byFile);
neutrals.sort(byFile);
fs.writeFileSync(path.join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(HERE, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);

const errors = [];
function lineOfEachOccurrence(text, needle) {
  const lines = [];
  let i = text.indexOf(needle);
  while (i !== -1) {
    lines.push(text.slice(0, i).split("\n").length);
    i = text.indexOf(needle, i + 1);
  }
  return lines;
}
for (const r of [...labels, ...neutrals]) {
  const text = fs.readFileSync(path.join(OUT, r.file), "utf8");
  if (!r.secret) errors.push(`empty secret in ${r.file}:${r.line}`);
  else if (!lineOfEachOccurrence(text, r.secret).includes(r.line))
    errors.push(`secret not on its line: ${r.file}:${r.line} ${r.type}`);
  if (text.includes(MARK_OPEN) || text.includes(MARK_CLOSE)) errors.push(`unresolved marker in ${r.file}`);
}
for (const f of files) {
  if (f.rel.endsWith(".json") || f.rel.endsWith("apple-app-site-association")) {
    try {
      JSON.parse(f.content);
    } catch (e) {
      errors.push(`JSON does not parse: ${f.rel}: ${e.message}`);
    }
  }
}
const posVals = new Map();
for (const r of labels.filter((x) => x.positive)) {
  if (posVals.has(r.secret))
    errors.push(`duplicate positive value: ${r.file}:${r.line} and ${posVals.get(r.secret)}`);
  posVals.set(r.secret, `${r.file}:${r.line}`);
  // private keys must be structurally valid
  const pemText = (r.decoded ?? r.secret).replace(/\\n/g, "\n").replace(/\r\n/g, "\n");
  if (pemText.includes("BEGIN PRIVATE KEY")) {
    try {
      crypto.createPrivateKey(pemText);
    } catch (_e) {
      errors.push(`private key does not parse: ${r.file}:${r.line}`);
    }
  }
}
for (const r of labels.filter((x) => !x.positive))
  if (posVals.has(r.secret)) errors.push(`negative equals a positive: ${r.file}:${r.line}`);
for (const r of neutrals)
  if (posVals.has(r.secret)) errors.push(`neutral equals a positive: ${r.file}:${r.line}`);
// GitHub / npm checksum sanity: positives verify, negatives labelled as failing do not
for (const r of labels) {
  const m = /(gh[pousr]_|npm_)([0-9A-Za-z]{30})([0-9A-Za-z]{6})/.exec(r.decoded ?? r.secret);
  if (!m) continue;
  const ok = base62(crc32(Buffer.from(m[2])), 6) === m[3];
  if (ok !== r.positive) errors.push(`checksum expectation wrong: ${r.file}:${r.line}`);
}

const nPos = labels.filter((x) => x.positive).length;
console.log(
  `seed=${SEED} files=${files.length} labels=${labels.length} positives=${nPos} negatives=${labels.length - nPos}`,
);
if (errors.length) {
  for (const e of errors) console.error(`CHECK FAILED: ${e}`);
  process.exit(1);
}

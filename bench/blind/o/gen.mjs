#!/usr/bin/env node
// gen.mjs — blind labelled corpus generator, set "blind4/o":
//   secrets that live OUTSIDE source code but get committed/attached anyway:
//   web-server and application logs, shell histories (bash/zsh/psql/mysql/redis/python/PowerShell),
//   Terraform state/plan/output dumps, CloudFormation/CDK outputs, kubectl/helm dumps, docker inspect,
//   env dumps, CI job logs, crash reports / core strings / hs_err, Sentry & Rollbar exports,
//   browser storage dumps and Netscape cookies.txt, Slack/Discord/Teams exports, Jira CSV and GitHub
//   issue exports, .eml mails, support tickets, HAR captures, dotfiles (.netrc, .pgpass, gh hosts.yml).
//
// Usage: node gen.mjs [seed]   (default seed "blind4o")  -> ./files/, ./labels.json, ./neutrals.json
// All randomness comes from an HMAC-SHA256(seed, counter) byte stream. No credential literal is stored
// here: every positive is generated at run time. The only literal "keys" are vendors' published
// documentation examples, used as hard negatives (AWS AKIAIOSFODNN7EXAMPLE pair, Stripe docs sk_test_,
// GitHub docs gho_ sample whose CRC fails, the jwt.io sample token (recomputed), Discord docs token).
//
// Formats used (prefix, length, alphabet, checksum):
//   github classic  ghp_/gho_/ghs_/ghu_/ghr_ + 30 base62 + 6-char base62(CRC32 of the 30 random chars), alphabet 0-9A-Za-z, left-pad '0'
//   github fine     github_pat_ + 22 base62 + "_" + 59 base62 (no checksum claimed)
//   npm             npm_ + 30 base62 + 6 base62 CRC32 (same scheme as GitHub)
//   gitlab          glpat- + 20 [A-Za-z0-9_-]; runner glrt- + 20 [A-Za-z0-9_-] (legacy lengths, no checksum)
//   slack           xoxb-<12 digits>-<13 digits>-<24 base62>; xoxp-<d>-<d>-<d>-<32 hex>; xoxd-<urlencoded base64>;
//                   webhook https://hooks.slack.com/services/T<10 [A-Z0-9]>/B<10 [A-Z0-9]>/<24 base62> (no checksum)
//   stripe          sk_live_/rk_live_ + 24 base62 (legacy) or "51"+97 base62 (newer); whsec_ + 32 base62; pk_live_ = neutral
//   aws             AKIA/ASIA + 16 [A-Z2-7]; secret 40 [A-Za-z0-9+/]; session token: STS's fixed base64 header + base64 (length approx)
//   openai          sk-proj- + 74 urlsafe + T3BlbkFJ + 74 urlsafe; legacy sk- + 20 base62 + T3BlbkFJ + 20 base62;
//                   sk-svcacct- + 74 + T3BlbkFJ + 74 (lengths approximate)
//   anthropic       sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA"
//   twilio          auth token 32 hex (context); API key secret 32 base62 (context); AC/SK + 32 hex SIDs = neutral
//   sendgrid        SG. + 22 [A-Za-z0-9_-] + . + 43 [A-Za-z0-9_-]
//   datadog         API key 32 hex, app key 40 hex (context only)
//   mailgun         key- + 32 hex; mailchimp 32 hex + -us<1..21>
//   google          OAuth client secret GOCSPX- + 28 [A-Za-z0-9_-]; AIza+35 = neutral
//   sentry          user auth token sntryu_ + 64 hex; DSN = neutral
//   discord         bot token base64(18-digit id) . 6 urlsafe . 38 urlsafe; webhook /api/webhooks/<19 d>/<68 urlsafe>
//   azure           storage key base64(64 bytes) = 88 chars; AAD client secret 3 chars + digit + "Q~" + 34 [A-Za-z0-9_~.-]
//   shopify shpat_+32 hex; huggingface hf_+34 letters; digitalocean dop_v1_+64 hex; new relic NRAK-+27 [A-Z0-9];
//   postman PMAK-+24 hex-34 hex; vault hvs.+91 urlsafe (length approx); docker hub
//   dckr_pat_+27 urlsafe; sonarqube squ_+40 hex; heroku / postmark keys = UUID by context; rollbar, pagerduty,
//                   algolia admin 32 hex (context); cloudflare API token 40 urlsafe (context); cognito client secret 51 [a-z0-9]
//   jwt             HS256 (HMAC with random key) or RS256 (random 256-byte signature), base64url segments
//   private keys    PEM RSA (DER header 308204a4..., random body), EC P-256 (real SEC1 layout), PKCS8/OpenSSH ed25519
//   passwords       generated: random [A-Za-z0-9!*-_.+=^] or "Word-Word1234!" style; identified by context only
//   encoded         base64 (k8s Secret data, docker config auth, HTTP Basic) — label has `decoded`
import { createHash, createHmac } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] || "blind4o";
const OUT = path.join(HERE, "files");

// ---------------------------------------------------------------- deterministic RNG
let ctr = 0,
  pool = Buffer.alloc(0),
  pos = 0;
function randBytes(n) {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    if (pos >= pool.length) {
      pool = createHmac("sha256", SEED).update(`ctr:${ctr++}`).digest();
      pos = 0;
    }
    out[i] = pool[pos++];
  }
  return out;
}
function int(n) {
  // uniform in [0, n)
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = randBytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const range = (a, b) => a + int(b - a + 1);
const pick = (arr) => arr[int(arr.length)];
function rs(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[int(alpha.length)];
  return s;
}

const DIG = "0123456789",
  UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO,
  HEX = "0123456789abcdef",
  HEXU = "0123456789ABCDEF";
const URLS = `${B62}-_`,
  B64C = `${UP + LO + DIG}+/`,
  B32 = `${UP}234567`;

// ---------------------------------------------------------------- checksums / encodings
const CRC_T = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(str) {
  let c = 0xffffffff;
  for (const b of Buffer.from(str, "utf8")) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62crc(s) {
  let n = crc32(s),
    o = "";
  do {
    o = B62[n % 62] + o;
    n = Math.floor(n / 62);
  } while (n > 0);
  return o.padStart(6, "0");
}
const b64 = (s) => Buffer.from(s).toString("base64");
const b64u = (b) => Buffer.from(b).toString("base64url");
const _sha256hex = (s) => createHash("sha256").update(s).digest("hex");
const uuid = () => {
  const h = rs(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick("89ab")}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

// ---------------------------------------------------------------- generators (positives are unique)
const used = new Set();
function uniq(fn) {
  for (;;) {
    const v = fn();
    if (!used.has(v)) {
      used.add(v);
      return v;
    }
  }
}
const G = {
  gh: (p) =>
    uniq(() => {
      const r = rs(B62, 30);
      return `${p}_${r}${base62crc(r)}`;
    }),
  ghBadCrc: (p) => {
    const r = rs(B62, 30);
    const good = base62crc(r);
    let bad;
    do {
      bad = rs(B62, 6);
    } while (bad === good);
    return `${p}_${r}${bad}`;
  },
  ghFine: () => uniq(() => `github_pat_11${rs(UP + DIG, 20)}_${rs(B62, 59)}`),
  npm: () =>
    uniq(() => {
      const r = rs(B62, 30);
      return `npm_${r}${base62crc(r)}`;
    }),
  glpat: () => uniq(() => `glpat-${rs(URLS, 20)}`),
  glrt: () => uniq(() => `glrt-${rs(URLS, 20)}`),
  slackBot: () => uniq(() => `xoxb-${range(1, 9)}${rs(DIG, 11)}-${range(1, 9)}${rs(DIG, 12)}-${rs(B62, 24)}`),
  slackUser: () =>
    uniq(
      () =>
        `xoxp-${range(1, 9)}${rs(DIG, 11)}-${range(1, 9)}${rs(DIG, 11)}-${range(1, 9)}${rs(DIG, 12)}-${rs(HEX, 32)}`,
    ),
  slackHook: () =>
    uniq(() => `https://hooks.slack.com/services/T${rs(UP + DIG, 10)}/B${rs(UP + DIG, 10)}/${rs(B62, 24)}`),
  slackD: () => uniq(() => `xoxd-${encodeURIComponent(randBytes(102).toString("base64"))}`),
  skLive: () => uniq(() => pick([() => `sk_live_${rs(B62, 24)}`, () => `sk_live_51${rs(B62, 97)}`])()),
  rkLive: () => uniq(() => `rk_live_51${rs(B62, 97)}`),
  whsec: () => uniq(() => `whsec_${rs(B62, 32)}`),
  pkLive: () => uniq(() => `pk_live_51${rs(B62, 97)}`),
  akia: () => uniq(() => `AKIA${rs(B32, 16)}`),
  asia: () => uniq(() => `ASIA${rs(B32, 16)}`),
  awsSecret: () => uniq(() => rs(B64C, 40)),
  awsSession: () =>
    uniq(
      () =>
        `IQoJb3JpZ2luX2Vj${randBytes(range(560, 620) * 3)
          .toString("base64")
          .slice(0, 820)}`,
    ),
  openaiProj: () => uniq(() => `sk-proj-${rs(URLS, 74)}T3BlbkFJ${rs(URLS, 74)}`),
  openaiSvc: () => uniq(() => `sk-svcacct-${rs(URLS, 74)}T3BlbkFJ${rs(URLS, 74)}`),
  openaiLegacy: () => uniq(() => `sk-${rs(B62, 20)}T3BlbkFJ${rs(B62, 20)}`),
  anthropic: () => uniq(() => `sk-ant-api03-${rs(URLS, 93)}AA`),
  hex: (n) => uniq(() => rs(HEX, n)),
  b62: (n) => uniq(() => rs(B62, n)),
  urls: (n) => uniq(() => rs(URLS, n)),
  sendgrid: () => uniq(() => `SG.${rs(URLS, 22)}.${rs(URLS, 43)}`),
  mailgun: () => uniq(() => `key-${rs(HEX, 32)}`),
  mailchimp: () => uniq(() => `${rs(HEX, 32)}-us${range(1, 21)}`),
  gocspx: () => uniq(() => `GOCSPX-${rs(URLS, 28)}`),
  aiza: () => uniq(() => `AIza${rs(URLS, 35)}`),
  sntryu: () => uniq(() => `sntryu_${rs(HEX, 64)}`),
  discordBot: () =>
    uniq(() => `${b64(String(range(1, 9)) + rs(DIG, 17)).replace(/=+$/, "")}.${rs(URLS, 6)}.${rs(URLS, 38)}`),
  discordHook: () =>
    uniq(() => `https://discord.com/api/webhooks/${range(1, 9)}${rs(DIG, 18)}/${rs(URLS, 68)}`),
  azureKey: () => uniq(() => randBytes(64).toString("base64")),
  azureSecret: () => uniq(() => `${rs(B62, 3)}${range(7, 8)}Q~${rs(`${B62}_~.-`, 34)}`),
  shpat: () => uniq(() => `shpat_${rs(HEX, 32)}`),
  hf: () => uniq(() => `hf_${rs(UP + LO, 34)}`),
  dop: () => uniq(() => `dop_v1_${rs(HEX, 64)}`),
  nrak: () => uniq(() => `NRAK-${rs(UP + DIG, 27)}`),
  pmak: () => uniq(() => `PMAK-${rs(HEX, 24)}-${rs(HEX, 34)}`),
  vault: () => uniq(() => `hvs.${rs(URLS, 91)}`),
  dckr: () => uniq(() => `dckr_pat_${rs(URLS, 27)}`),
  squ: () => uniq(() => `squ_${rs(HEX, 40)}`),
  uuidP: () => uniq(uuid),
  pw: (n = range(16, 24)) => uniq(() => rs(`${B62}!*-_.+=^`, n)),
  pwUrl: (n = range(18, 28)) => uniq(() => rs(`${B62}-_.`, n)),
  pwAlnum: (n = range(20, 32)) => uniq(() => rs(B62, n)),
  pwHuman: () =>
    uniq(() => `${pick(WORDS)}${pick(["-", ".", "_", ""])}${pick(WORDS)}${range(10, 9999)}${pick("!*#.@?")}`),
  djangoKey: () => uniq(() => rs(`${LO + DIG}!@#%^&*(-_=+)`, 50)),
};
const WORDS = [
  "Copper",
  "Lantern",
  "Harbor",
  "Falcon",
  "Maple",
  "Orbit",
  "Cobalt",
  "Juniper",
  "Granite",
  "Velvet",
  "Summit",
  "Thistle",
  "Marble",
  "Pepper",
  "Quartz",
  "Raven",
  "Saffron",
  "Timber",
  "Walnut",
  "Zephyr",
  "Basalt",
  "Cinder",
];

// JWTs
function jwtHS(payload) {
  const h = b64u(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64u(JSON.stringify(payload));
  return uniq(
    () => `${h}.${p}.${createHmac("sha256", randBytes(32)).update(`${h}.${p}`).digest("base64url")}`,
  );
}
function jwtRS(payload, kid = rs(URLS, 43)) {
  const h = b64u(JSON.stringify({ alg: "RS256", kid, typ: "JWT" }));
  const p = b64u(JSON.stringify(payload));
  return uniq(() => `${h}.${p}.${b64u(randBytes(256))}`);
}
function jwtIoSample() {
  // the published jwt.io example, recomputed (HS256, key "your-256-bit-secret")
  const h = b64u(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64u(JSON.stringify({ sub: "1234567890", name: "John Doe", iat: 1516239022 }));
  return `${h}.${p}.${createHmac("sha256", "your-256-bit-secret").update(`${h}.${p}`).digest("base64url")}`;
}
const expFuture = () => 1735689600 + int(400) * 86400; // 2025..2026

// Keys
const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, "g")).join("\n");
function pemRsa() {
  const der = Buffer.concat([Buffer.from("308204a40201000282010100", "hex"), randBytes(1180)]);
  return uniq(
    () =>
      `-----BEGIN RSA PRIVATE KEY-----\n${wrap(der.toString("base64"), 64)}\n-----END RSA PRIVATE KEY-----`,
  );
}
function pemEc() {
  const der = Buffer.concat([
    Buffer.from("30770201010420", "hex"),
    randBytes(32),
    Buffer.from("a00a06082a8648ce3d030107a14403420004", "hex"),
    randBytes(64),
  ]);
  return uniq(
    () => `-----BEGIN EC PRIVATE KEY-----\n${wrap(der.toString("base64"), 64)}\n-----END EC PRIVATE KEY-----`,
  );
}
function sshStr(b) {
  const l = Buffer.alloc(4);
  l.writeUInt32BE(b.length);
  return Buffer.concat([l, Buffer.from(b)]);
}
function ed25519() {
  // returns { pkcs8Pem, opensshPriv, opensshPub, pubPem, fpMd5, fpSha256 }
  const seed = randBytes(32),
    pub = randBytes(32),
    comment = "";
  const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const check = randBytes(4);
  let priv = Buffer.concat([
    check,
    check,
    sshStr("ssh-ed25519"),
    sshStr(pub),
    sshStr(Buffer.concat([seed, pub])),
    sshStr(comment),
  ]);
  const pad = [];
  for (let i = 1; priv.length + pad.length < Math.ceil(priv.length / 8) * 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshStr("none"),
    sshStr("none"),
    sshStr(""),
    one,
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  const spki = Buffer.concat([Buffer.from("302a300506032b6570032100", "hex"), pub]);
  return {
    pkcs8Pem: uniq(
      () => `-----BEGIN PRIVATE KEY-----\n${wrap(pkcs8.toString("base64"), 64)}\n-----END PRIVATE KEY-----\n`,
    ),
    opensshPriv: uniq(
      () =>
        `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----\n`,
    ),
    opensshPub: `ssh-ed25519 ${pubBlob.toString("base64")}\n`,
    pubPem: `-----BEGIN PUBLIC KEY-----\n${spki.toString("base64")}\n-----END PUBLIC KEY-----\n`,
    fpMd5: createHash("md5").update(pubBlob).digest("hex").match(/../g).join(":"),
    fpSha256: `SHA256:${createHash("sha256").update(pubBlob).digest("base64").replace(/=+$/, "")}`,
  };
}
function certPemB64() {
  // base64 of a (random-bodied) certificate PEM, as kubectl shows tls.crt
  const der = Buffer.concat([Buffer.from("308203", "hex"), randBytes(780)]);
  return b64(`-----BEGIN CERTIFICATE-----\n${wrap(der.toString("base64"), 64)}\n-----END CERTIFICATE-----\n`);
}

// Non-secret look-alikes
const NEG = {
  uuid,
  trace: () => rs(HEX, 32),
  span: () => rs(HEX, 16),
  sha1: () => rs(HEX, 40),
  sha256: () => rs(HEX, 64),
  md5: () => rs(HEX, 32),
  reqStripe: () => `req_${rs(B62, 14)}`,
  bcrypt: () => `$2a$10$${rs(`./${B62}`, 53)}`,
  amznTrace: (t) => `Root=1-${Math.floor(t / 1000).toString(16)}-${rs(HEX, 24)}`,
  cfRay: () => `${rs(HEX, 16)}-${pick(["SJC", "FRA", "IAD", "AMS", "LHR"])}`,
  gpgFpr: () => rs(HEXU, 40),
};
const AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE",
  AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const STRIPE_DOC_SK = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
const GH_DOC_GHO = "gho_16C7e42F292c6912E7710c838347Ae178B4a"; // GitHub docs sample; its CRC32 does not verify
const DISCORD_DOC = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";

// ---------------------------------------------------------------- time / filler helpers
const T0 = Date.UTC(2024, 2, 14, 8, 0, 0);
let clock = T0;
const tick = (maxSec = 90) => (clock += range(1, maxSec) * 1000 + int(1000));
const iso = (t) => new Date(t).toISOString();
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const clf = (t) => {
  const d = new Date(t);
  const p = (n) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const ymdhms = (t) => iso(t).replace("T", " ").slice(0, 19);
const ipPriv = () => `10.${range(0, 40)}.${range(0, 255)}.${range(2, 254)}`;
const ipPub = () =>
  `${pick([34, 52, 66, 73, 81, 89, 104, 141, 172, 185, 203])}.${range(0, 255)}.${range(0, 255)}.${range(2, 254)}`;
const UAS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
  "curl/8.4.0",
  "python-requests/2.31.0",
  "okhttp/4.12.0",
  "Go-http-client/2.0",
  "kube-probe/1.28",
  "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
];
const PATHS = [
  "/",
  "/healthz",
  "/api/v2/orders?page=2",
  "/api/v2/orders/8812",
  "/static/js/main.4f1c2a.js",
  "/favicon.ico",
  "/api/v2/customers/search?q=smith",
  "/login",
  "/api/v2/invoices/INV-20931.pdf",
  "/metrics",
  "/robots.txt",
  "/api/v2/cart",
];

// ---------------------------------------------------------------- file / label bookkeeping
const files = new Map();
const labels = [];
const neutrals = [];
let pend = [];
const OPEN = "\u27E6",
  CLOSE = "\u27E7";
function mark(m) {
  pend.push(m);
  return `${OPEN}${pend.length - 1}${CLOSE}`;
}
/** positive */ const P = (value, type, opt = {}) => mark({ value, type, positive: true, ...opt });
/** hard negative */ const N = (value, type, note) => mark({ value, type, positive: false, note });
/** neutral (debatable, public-by-design) */ const U = (value, type, note) =>
  mark({ value, type, neutral: true, note });

function emit(file, text, { crlf = false, json = false } = {}) {
  if (files.has(file)) throw new Error(`duplicate file ${file}`);
  let out = "",
    last = 0,
    m;
  const re = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");
  for (m = re.exec(text); m !== null; m = re.exec(text)) {
    out += text.slice(last, m.index);
    const k = pend[+m[1]];
    const written = json ? JSON.stringify(k.value).slice(1, -1) : k.value;
    const line = out.split("\n").length;
    if (k.neutral) neutrals.push({ file, line, type: k.type, value: written, note: k.note });
    else {
      const L = { file, line, type: k.type, secret: written, positive: k.positive };
      if (k.note) L.note = k.note;
      if (k.decoded) L.decoded = k.decoded;
      labels.push(L);
    }
    out += written;
    last = re.lastIndex;
  }
  out += text.slice(last);
  if (crlf) out = out.replace(/\r?\n/g, "\r\n");
  files.set(file, out);
  pend = [];
}
const J = (o, ind = 2) => `${JSON.stringify(o, null, ind)}\n`;

// ================================================================ 1. web-server & application logs
function nginxAccess() {
  clock = T0;
  const L = [];
  const line = (ip, req, st, ua, extra = "") =>
    `${ip} - - [${clf(tick(40))}] "${req}" ${st} ${range(120, 48000)} "-" "${ua}"${extra}`;
  for (let i = 0; i < 6; i++)
    L.push(
      line(
        ipPub(),
        `GET ${pick(PATHS)} HTTP/1.1`,
        pick([200, 200, 304, 404]),
        pick(UAS),
        ` rt=0.${range(1, 999)} rid=${NEG.trace()}`,
      ),
    );
  L.push(
    line(
      ipPub(),
      `GET /api/v2/reports/export?format=csv&access_token=${P(G.b62(40), "oauth_access_token", { note: "opaque bearer token in query string" })} HTTP/1.1`,
      200,
      UAS[2],
      ` rt=1.${range(100, 999)} rid=${N(NEG.trace(), "request_id", "nginx $request_id (32 hex) next to a token")}`,
    ),
  );
  L.push(
    line(
      ipPub(),
      `GET /api/v2/reports/export?format=csv&access_token=${N("[FILTERED]", "oauth_access_token", "masked by log filter")} HTTP/1.1`,
      401,
      UAS[3],
    ),
  );
  for (let i = 0; i < 4; i++) L.push(line(ipPub(), `GET ${pick(PATHS)} HTTP/1.1`, 200, pick(UAS)));
  L.push(
    line(
      ipPriv(),
      `POST /dd-proxy/api/v1/series?api_key=${P(G.hex(32), "datadog_api_key", { note: "Datadog API key passed as query param through forward proxy" })} HTTP/1.1`,
      202,
      "datadog-agent/7.51.0",
    ),
  );
  L.push(
    line(
      ipPub(),
      `GET /download/invoice.pdf?id=INV-20417&expires=1710403200&sig=${N(NEG.sha256(), "url_signature", "HMAC signature of an expired signed URL (hash)")} HTTP/1.1`,
      403,
      UAS[0],
    ),
  );
  L.push(
    line(
      ipPub(),
      `GET /v1/geocode?address=Main+St&key=${N("YOUR_API_KEY", "generic_api_key", "crawler following docs placeholder")} HTTP/1.1`,
      401,
      UAS[7],
    ),
  );
  for (let i = 0; i < 3; i++)
    L.push(line(ipPub(), `GET ${pick(PATHS)} HTTP/1.1`, pick([200, 301]), pick(UAS)));
  L.push(
    line(
      ipPriv(),
      `POST /internal/billing/sync?key=${P(G.skLive(), "stripe_secret_key")}&dry_run=0 HTTP/1.1`,
      200,
      "python-requests/2.31.0",
    ),
  );
  L.push(
    line(
      ipPub(),
      `GET /api/v2/orders?page=1&session=${N(NEG.uuid(), "session_id", "UUID request correlation id, not a credential")} HTTP/1.1`,
      200,
      UAS[1],
    ),
  );
  for (let i = 0; i < 3; i++) L.push(line(ipPub(), `GET ${pick(PATHS)} HTTP/1.1`, 200, pick(UAS)));
  emit("logs/nginx/access.log", `${L.join("\n")}\n`);
}

function nginxError() {
  clock = T0 + 3600e3;
  const L = [];
  const ts = () => iso(tick(300)).replace("T", " ").replace(/-/g, "/").slice(0, 19);
  L.push(`${ts()} [notice] 1#1: signal process started`);
  L.push(
    `${ts()} [warn] 31#31: *8812 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/21/0000000214 while reading upstream, client: ${ipPub()}, server: api.acme.io, request: "GET /api/v2/invoices/INV-20931.pdf HTTP/1.1", upstream: "http://10.20.4.17:8080/api/v2/invoices/INV-20931.pdf", host: "api.acme.io"`,
  );
  L.push(
    `${ts()} [error] 31#31: *9120 connect() failed (111: Connection refused) while connecting to upstream, client: ${ipPriv()}, server: admin.acme.io, request: "GET /admin/sync?auth=${P(G.hex(40), "generic_api_key", { note: "admin sync key in query string" })} HTTP/1.1", upstream: "http://10.20.4.22:9000/admin/sync", host: "admin.acme.io"`,
  );
  L.push(
    `${ts()} [error] 31#31: *9133 upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${ipPub()}, server: api.acme.io, request: "GET /api/v2/export?token=${N("xxxxxxxxxxxxxxxx", "generic_api_key", "placeholder x-run")} HTTP/1.1", upstream: "http://10.20.4.17:8080/api/v2/export", host: "api.acme.io"`,
  );
  L.push(
    `${ts()} [error] 31#31: *9310 upstream prematurely closed connection while reading response header from upstream, client: ${ipPriv()}, server: reports.acme.io, request: "POST /render HTTP/1.1", upstream: "http://svc_reports:${P(G.pwUrl(), "basic_auth_password", { note: "password in userinfo of proxy_pass URL" })}@10.20.4.31:8080/render", host: "reports.acme.io"`,
  );
  L.push(
    `${ts()} [crit] 31#31: *9411 SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: ${ipPub()}, server: 0.0.0.0:443`,
  );
  emit("logs/nginx/error.log", `${L.join("\n")}\n`);
}

function apiJsonl() {
  clock = T0 + 7200e3;
  const L = [];
  const base = (lvl, msg) => ({ ts: iso(tick(20)), level: lvl, service: "api", pid: 17, msg });
  const jl = (o) => L.push(JSON.stringify(o));
  jl({ ...base("info", "server listening"), port: 8080, env: "production" });
  jl({
    ...base("info", "config loaded"),
    db: {
      host: "pg-primary.prod.internal",
      port: 5432,
      user: "api_rw",
      password: P(G.pw(), "postgres_password", { note: "nested db.password in JSON config dump" }),
      pool: 20,
    },
  });
  jl({
    ...base("info", "login attempt"),
    trace_id: N(NEG.trace(), "trace_id", "W3C trace id"),
    user: { email: "j.ortega@acme.io", password: N("[Redacted]", "password", "pino redaction") },
  });
  jl({
    ...base("debug", "login attempt"),
    trace_id: NEG.trace(),
    body: {
      user: {
        email: "k.ng@acme.io",
        credentials: {
          password: P(G.pwHuman(), "user_password", { note: "plaintext password in debug request body" }),
        },
      },
    },
  });
  jl({
    ...base("debug", "outbound request"),
    http: {
      method: "POST",
      url: "https://api.sendgrid.com/v3/mail/send",
      headers: {
        authorization: `Bearer ${P(G.sendgrid(), "sendgrid_api_key")}`,
        "content-type": "application/json",
      },
    },
  });
  jl({
    ...base("info", "webhook verified"),
    provider: "stripe",
    signature: `t=1710405112,v1=${N(NEG.sha256(), "stripe_webhook_secret", "Stripe-Signature v1 HMAC (hash), not the whsec_ secret")}`,
  });
  jl({
    ...base("info", "token refreshed"),
    token: { access_token: N("<redacted>", "oauth_access_token", "masked"), expires_in: 3600 },
    span_id: N(NEG.span(), "span_id", "16-hex span id"),
  });
  jl({
    ...base("warn", "slow query"),
    duration_ms: 2210,
    query_hash: N(NEG.md5(), "hash", "md5 of normalized SQL"),
  });
  jl({
    ...base("error", "payment provider error"),
    err: {
      type: "StripeAuthenticationError",
      message: `Invalid API Key provided: ${N(`sk_live_********************${rs(B62, 4)}`, "stripe_secret_key", "Stripe error message masks the key")}`,
    },
    request_id: N(NEG.reqStripe(), "request_id", "Stripe request id req_*"),
  });
  jl({
    ...base("warn", "jwt verification failed"),
    reason: "invalid signature",
    client_ip: ipPub(),
    token: N(jwtIoSample(), "jwt", "jwt.io published sample token"),
  });
  jl({
    ...base("warn", "jwt verification failed"),
    reason: "jwt expired",
    client_ip: "127.0.0.1",
    token: N(
      jwtHS({ sub: "test-user", iss: "http://localhost:8080", iat: 1516239022, exp: 1516242622 }),
      "jwt",
      "expired 2018 localhost test token",
    ),
  });
  jl({
    ...base("info", "session created"),
    session: { id: N(NEG.uuid(), "session_id", "session uuid"), ttl: 86400 },
  });
  emit("logs/app/api-2024-03-14.jsonl", `${L.join("\n")}\n`, { json: true });
}

function celeryWorker() {
  clock = T0 + 9000e3;
  const L = [];
  L.push(" -------------- celery@worker-7f9c6b5d8-2kq4x v5.3.6 (emerald-rush)");
  L.push("--- ***** ----- ");
  L.push("-- ******* ---- Linux-6.1.0-18-amd64-x86_64-with-glibc2.36 2024-03-14 10:30:00");
  L.push("- *** --- * --- ");
  L.push("- ** ---------- [config]");
  L.push("- ** ---------- .> app:         orders:0x7f1a2c3e4d50");
  L.push(
    `- ** ---------- .> transport:   amqp://orders:${N("**", "amqp_password", "Celery banner masks broker password")}@mq-01.internal:5672/orders`,
  );
  L.push("- ** ---------- .> results:     disabled://");
  L.push("- *** --- * --- .> concurrency: 8 (prefork)");
  L.push("-- ******* ---- .> task events: OFF");
  L.push("--- ***** ----- ");
  L.push(" -------------- [queues]");
  L.push("                .> orders           exchange=orders(direct) key=orders");
  L.push("");
  L.push(
    `[${ymdhms(tick())},118: INFO/MainProcess] Connected to amqp://orders:**@mq-01.internal:5672/orders`,
  );
  L.push(
    `[${ymdhms(tick())},551: ERROR/ForkPoolWorker-3] orders.tasks.sync_inventory[${NEG.uuid()}] failed: ConnectionError`,
  );
  L.push(
    `[${ymdhms(tick())},552: WARNING/ForkPoolWorker-3] reconnecting fallback broker amqp://orders:${P(G.pwUrl(), "amqp_password", { note: "app-level log prints unmasked fallback URL" })}@mq-02.internal:5672/orders in 8s`,
  );
  L.push(
    `[${ymdhms(tick())},002: INFO/ForkPoolWorker-5] Task orders.tasks.notify[${NEG.uuid()}] succeeded in 0.41s: None`,
  );
  emit("logs/app/celery-worker.log", `${L.join("\n")}\n`);
}

function railsLog() {
  clock = T0 + 10000e3;
  const L = [];
  const pfx = (rid, lvl = "INFO") =>
    `${lvl[0]}, [${iso(tick(5)).slice(0, 23)}000 #12] ${lvl.padStart(5)} -- : [${rid}]`;
  const r1 = NEG.uuid();
  L.push(`${pfx(r1)} Started POST "/users/sign_in" for ${ipPub()} at ${ymdhms(clock)} +0000`);
  L.push(`${pfx(r1)} Processing by Devise::SessionsController#create as HTML`);
  L.push(
    `${pfx(r1)}   Parameters: {"authenticity_token"=>"${N("[FILTERED]", "csrf_token", "Rails filter_parameters")}", "user"=>{"email"=>"m.reyes@acme.io", "password"=>"${N("[FILTERED]", "user_password", "Rails filter_parameters")}", "remember_me"=>"0"}, "commit"=>"Log in"}`,
  );
  L.push(`${pfx(r1)} Completed 302 Found in 211ms (ActiveRecord: 8.1ms | Allocations: 9120)`);
  const r2 = NEG.uuid();
  L.push(`${pfx(r2)} Started POST "/admin/integrations" for ${ipPriv()} at ${ymdhms(clock)} +0000`);
  L.push(
    `${pfx(r2)}   Parameters: {"integration"=>{"provider"=>"mailchimp", "list_id"=>"a1b2c3d4e5", "apikey"=>"${P(G.mailchimp(), "mailchimp_api_key", { note: "param name not in filter_parameters" })}"}}`,
  );
  L.push(`${pfx(r2)} Completed 201 Created in 98ms`);
  L.push(
    `${pfx(NEG.uuid())} [ActiveJob] [ShopifySyncJob] [${NEG.uuid()}] Performing ShopifySyncJob from Sidekiq(default) with arguments: "acme-outlet.myshopify.com", "${P(G.shpat(), "shopify_access_token")}"`,
  );
  L.push(
    `${pfx(NEG.uuid())} [ActiveJob] Enqueued TwilioSmsJob (Job ID: ${NEG.uuid()}) to Sidekiq(default) with arguments: {"account_sid"=>"${U(`AC${rs(HEX, 32)}`, "twilio_account_sid", "account SID is an identifier")}", "auth_token"=>"${N("[FILTERED]", "twilio_auth_token", "Rails filter")}"}`,
  );
  emit("logs/app/production.log", `${L.join("\n")}\n`);
}

function springLog() {
  clock = T0 + 12000e3;
  const L = [];
  const ts = () => iso(tick(3)).replace("T", " ").slice(0, 23);
  L.push(
    `${ts()}  INFO 1 --- [           main] c.a.ledger.LedgerApplication             : Starting LedgerApplication v2.14.3 using Java 17.0.10 with PID 1`,
  );
  L.push(
    `${ts()}  INFO 1 --- [           main] c.a.ledger.LedgerApplication             : The following 1 profile is active: "prod"`,
  );
  L.push(
    `${ts()} DEBUG 1 --- [           main] o.s.b.c.p.ConfigurationPropertiesBinder  : spring.datasource.password=${N("******", "mysql_password", "Spring masks sanitized keys")}`,
  );
  L.push(
    `${ts()}  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...`,
  );
  L.push(
    `${ts()} DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : jdbcUrl.........................jdbc:mysql://db-billing.internal:3306/billing?user=billing&password=${P(G.pw(), "mysql_password", { note: "password in JDBC URL query" })}&useSSL=true`,
  );
  L.push(
    `${ts()} DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : password........................${N("<masked>", "mysql_password", "HikariConfig masks password")}`,
  );
  L.push(
    `${ts()} ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed`,
  );
  L.push("");
  L.push(
    `org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'mailSender': Injection of autowired dependencies failed; smtp auth for user 'postmaster@mg.acme.io' with password '${P(G.pwHuman(), "smtp_password")}' rejected`,
  );
  L.push(
    "\tat org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor.postProcessProperties(AutowiredAnnotationBeanPostProcessor.java:498)",
  );
  L.push(
    "\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.populateBean(AbstractAutowireCapableBeanFactory.java:1420)",
  );
  L.push(
    "Caused by: java.sql.SQLException: Access denied for user 'billing'@'10.0.3.21' (using password: YES)",
  );
  L.push("\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)");
  L.push("\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:825)");
  L.push("\t... 42 common frames omitted");
  L.push(
    `${ts()}  INFO 1 --- [           main] o.s.b.a.e.web.EndpointLinksResolver      : actuator env: {"spring.mail.password":{"value":"${N("******", "smtp_password", "actuator sanitized")}"},"app.git.commit":{"value":"${N(NEG.sha1(), "git_commit_sha", "commit SHA")}"}}`,
  );
  emit("logs/app/spring-boot.log", `${L.join("\n")}\n`);
}

function iisLog() {
  clock = T0;
  const L = [];
  L.push(
    "#Software: Microsoft Internet Information Services 10.0",
    "#Version: 1.0",
    `#Date: ${ymdhms(clock)}`,
    "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
  );
  const ua =
    "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36";
  const row = (stem, q, st = 200, user = "-") =>
    L.push(
      `${ymdhms(tick(30))} 10.1.0.5 GET ${stem} ${q} 443 ${user} ${ipPub()} ${ua} - ${st} 0 0 ${range(5, 900)}`,
    );
  row("/Portal/Default.aspx", "-");
  row("/Portal/Scripts/app.min.js", "v=20240301");
  row(
    "/api/orders",
    `page=2&access_token=${P(G.urls(64), "oauth_access_token", { note: "opaque token in cs-uri-query" })}`,
  );
  row(
    "/api/orders",
    `page=3&access_token=${N("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "oauth_access_token", "placeholder")}`,
    401,
  );
  row(
    "/ReportServer/Pages/ReportViewer.aspx",
    `%2fFinance%2fAging&rs:Command=Render&apikey=${P(G.b62(32), "generic_api_key")}`,
    200,
    "CORP\\svc_reports",
  );
  row(
    "/api/sms/status",
    `MessageSid=SM${rs(HEX, 32)}&AccountSid=${U(`AC${rs(HEX, 32)}`, "twilio_account_sid", "account SID identifier")}&MessageStatus=delivered`,
  );
  row("/Portal/Login.aspx", `ReturnUrl=%2fPortal%2fAdmin&ticket=${NEG.sha1().toUpperCase()}`, 302);
  row("/healthcheck", "-");
  emit("logs/iis/u_ex240314.log", `${L.join("\n")}\n`, { crlf: true });
}

function authLog() {
  clock = T0;
  const L = [];
  const ts = () => {
    const d = new Date(tick(200));
    return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${iso(d).slice(11, 19)}`;
  };
  L.push(
    `${ts()} bastion-01 sshd[2291]: Accepted publickey for deploy from ${ipPub()} port 52144 ssh2: ED25519 ${N(`SHA256:${randBytes(32).toString("base64").replace(/=+$/, "")}`, "ssh_key_fingerprint", "public key fingerprint")}`,
  );
  L.push(
    `${ts()} bastion-01 sshd[2291]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)`,
  );
  L.push(
    `${ts()} bastion-01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/sshpass -p ${P(G.pw(), "ssh_password", { note: "sshpass -p in sudo COMMAND" })} ssh backup@10.0.9.4`,
  );
  L.push(
    `${ts()} bastion-01 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by deploy(uid=1001)`,
  );
  L.push(
    `${ts()} bastion-01 sudo:   deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/bin/sh -c mysqldump -uroot -p"${N("$MYSQL_ROOT_PASSWORD", "mysql_password", "env var reference")}" shop`,
  );
  L.push(
    `${ts()} bastion-01 sudo:   deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/sbin/chpasswd`,
  );
  L.push(
    `${ts()} bastion-01 sshd[2402]: Failed password for invalid user admin from ${ipPub()} port 40112 ssh2`,
  );
  L.push(`${ts()} bastion-01 CRON[2533]: pam_unix(cron:session): session closed for user root`);
  emit("logs/audit/auth.log.1", `${L.join("\n")}\n`);
}

function phpLog() {
  clock = T0 + 500e3;
  const L = [];
  const ts = () => {
    const d = new Date(tick(100));
    return `[${String(d.getUTCDate()).padStart(2, "0")}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${iso(d).slice(11, 19)} UTC]`;
  };
  L.push(`${ts()} PHP Warning:  Undefined array key "coupon" in /var/www/shop/cart.php on line 211`);
  L.push(
    `${ts()} PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection timed out in /var/www/shop/lib/Db.php:14`,
  );
  L.push("Stack trace:");
  L.push(
    `#0 /var/www/shop/lib/Db.php(14): PDO->__construct('mysql:host=10.0...', 'shop', '${P(G.pw(), "mysql_password", { note: "PDO constructor args in PHP stack trace" })}', Array)`,
  );
  L.push("#1 /var/www/shop/index.php(9): Db::connect()");
  L.push("#2 {main}");
  L.push("  thrown in /var/www/shop/lib/Db.php on line 14");
  L.push(
    `${ts()} PHP Warning:  mysqli::__construct(): (HY000/1045): Access denied for user 'wp'@'localhost' (using password: YES) in /var/www/blog/wp-includes/class-wpdb.php on line 1982`,
  );
  L.push(
    `${ts()} PHP Fatal error:  Uncaught Exception: SMTP Error: Could not authenticate. in /var/www/shop/vendor/phpmailer/phpmailer/src/PHPMailer.php:2253`,
  );
  L.push("Stack trace:");
  L.push(
    `#0 /var/www/shop/lib/Mailer.php(41): PHPMailer\\PHPMailer\\PHPMailer->smtpConnect(Array('ssl' => Array), 'smtp.sendgrid.net', 'apikey', '${P(G.sendgrid(), "sendgrid_api_key")}')`,
  );
  L.push("#1 {main}");
  emit("logs/app/php-error.log", `${L.join("\n")}\n`);
}

function dotnetLog() {
  clock = T0 + 800e3;
  const L = [];
  const ts = () => iso(tick(5)).replace("Z", "+00:00");
  L.push(`${ts()} [INF] Now listening on: http://[::]:8080`);
  L.push(`${ts()} [INF] Hosting environment: Production`);
  L.push(
    `${ts()} [DBG] Using connection string Server=tcp:sql-ledger.database.windows.net,1433;Initial Catalog=ledger;User ID=ledger_app;Password=${N("******", "mssql_password", "masked by SqlConnectionStringBuilder")};Encrypt=True;`,
  );
  L.push(
    `${ts()} [ERR] Failed executing DbCommand (30,012ms) [Parameters=[], CommandType='Text', CommandTimeout='30']`,
  );
  L.push(`Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'ledger_ro'.`);
  L.push(
    `   at Acme.Ledger.Data.ReadReplica.Open(String cs) in /src/Acme.Ledger/Data/ReadReplica.cs:line 27`,
  );
  L.push(
    `   Data: cs = Server=tcp:sql-ledger-ro.database.windows.net,1433;Database=ledger;User ID=ledger_ro;Password=${P(G.pw(), "mssql_password", { note: "connection string in exception Data" })};TrustServerCertificate=False;`,
  );
  L.push(`ClientConnectionId:${N(NEG.uuid(), "uuid", "SqlClient connection id")}`);
  L.push(
    `${ts()} [WRN] Azure blob upload retry: DefaultEndpointsProtocol=https;AccountName=acmeledgerexports;AccountKey=${P(G.azureKey(), "azure_storage_key")};EndpointSuffix=core.windows.net`,
  );
  emit("logs/app/ledger-api-20240314.log", `${L.join("\n")}\n`, { crlf: true });
}

function expressLog() {
  clock = T0 + 1500e3;
  const L = [];
  const morgan = (ip, req, st) =>
    `${ip} - - [${clf(tick(20))}] "${req}" ${st} ${range(100, 9000)} "-" "${pick(UAS)}"`;
  L.push(morgan(`::ffff:${ipPriv()}`, "GET /healthz HTTP/1.1", 200));
  L.push(
    morgan(
      `::ffff:${ipPriv()}`,
      `GET /api/files/download?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${U(G.akia(), "aws_access_key_id", "access key id alone inside presigned URL (no secret)")}%2F20240314%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240314T091200Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${U(NEG.sha256(), "aws_presigned_signature", "time-limited SigV4 signature (expired)")} HTTP/1.1`,
      200,
    ),
  );
  L.push(
    JSON.stringify({
      level: 30,
      time: tick(5),
      pid: 22,
      hostname: "web-5d9c",
      req: {
        id: 1842,
        method: "GET",
        url: "/api/v1/me",
        headers: { authorization: N("[Redacted]", "bearer_token", "pino redact") },
      },
      msg: "request completed",
    }),
  );
  L.push(
    JSON.stringify({
      level: 50,
      time: tick(5),
      pid: 22,
      hostname: "web-5d9c",
      err: { type: "MongoServerError", message: "bad auth : authentication failed" },
      uri: `mongodb+srv://orders-svc:${P(G.pwUrl(), "mongodb_password")}@cluster0.ab1cd.mongodb.net/orders?retryWrites=true&w=majority`,
      msg: "mongo connect failed",
    }),
  );
  L.push(
    JSON.stringify({
      level: 30,
      time: tick(5),
      pid: 22,
      hostname: "web-5d9c",
      etag: `W/"${N(NEG.md5(), "hash", "ETag (md5)")}"`,
      msg: "cache hit",
    }),
  );
  emit("logs/app/express.log", `${L.join("\n")}\n`, { json: true });
}

// ================================================================ 2. shell histories & dotfiles
function bashHistory() {
  const ghp = G.gh("ghp"),
    id = G.akia();
  const L = [
    "cd /srv/app",
    "git pull --rebase",
    "sudo systemctl status api",
    "journalctl -u api -n 200 --no-pager",
    `export GITHUB_TOKEN=${P(ghp, "github_pat")}`,
    `curl -H "Authorization: token ${N("$GITHUB_TOKEN", "github_pat", "shell variable reference")}" https://api.github.com/user`,
    `PGPASSWORD='${P(G.pw(), "postgres_password", { note: "PGPASSWORD env prefix" })}' psql -h pg-prod.internal -U app_owner appdb`,
    `aws configure set aws_access_key_id ${P(id, "aws_access_key_id")}`,
    `aws configure set aws_secret_access_key ${P(G.awsSecret(), "aws_secret_access_key")}`,
    "aws sts get-caller-identity",
    `git clone https://oauth2:${P(G.glpat(), "gitlab_pat")}@gitlab.com/acme/infra.git`,
    `kubectl -n prod create secret generic smtp --from-literal=username=apikey --from-literal=password=${P(G.pwAlnum(), "smtp_password")}`,
    `export API_KEY=${N("changeme", "generic_api_key", "placeholder")}`,
    `git checkout ${N(NEG.sha1(), "git_commit_sha", "commit SHA")}`,
    "echo $NPM_TOKEN | wc -c",
    `sha256sum release.tar.gz  # ${N(NEG.sha256(), "hash", "sha256 checksum in comment")}`,
    "vim ~/.bashrc",
    "history | tail -50",
  ];
  emit("backup/home/deploy/.bash_history", `${L.join("\n")}\n`);
}

function zshHistory() {
  let t = 1710400000 + int(5000);
  const z = (cmd, d = 0) => {
    t += range(5, 900);
    return `: ${t}:${d};${cmd}`;
  };
  const L = [
    z("cd ~/src/acme-api"),
    z("git status"),
    z(`export OPENAI_API_KEY="${P(G.openaiProj(), "openai_api_key")}"`),
    z(`heroku config:set STRIPE_SECRET_KEY=${P(G.skLive(), "stripe_secret_key")} -a acme-api`, 2),
    z(`vault login ${P(G.vault(), "vault_token")}`),
    z(
      `curl -s --user 'api:${P(G.mailgun(), "mailgun_api_key")}' https://api.mailgun.net/v3/mg.acme.io/messages -F from=ops@acme.io -F to=oncall@acme.io -F subject=test -F text=ping`,
    ),
    z(
      `export HF_TOKEN=${N("hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "huggingface_token", "placeholder x-run")}`,
    ),
    z(`export HF_TOKEN=${P(G.hf(), "huggingface_token")}`),
    z("huggingface-cli whoami"),
    z(`doctl auth init -t ${P(G.dop(), "digitalocean_token")}`),
    // multi-line command: zsh stores continuation lines with a trailing backslash
    z(
      `curl -X POST https://api.sendgrid.com/v3/mail/send \\\\\n  -H "Authorization: Bearer ${P(G.sendgrid(), "sendgrid_api_key")}" \\\\\n  -H "Content-Type: application/json" -d @mail.json`,
      3,
    ),
    z(`echo ${N(NEG.uuid(), "uuid", "correlation id pasted for lookup")} | pbcopy`),
    z("make test"),
  ];
  emit("backup/Users/jdoe/.zsh_history", `${L.join("\n")}\n`);
}

function psqlHistory() {
  const L = [
    "\\dt",
    "select count(*) from orders where created_at > now() - interval '1 day';",
    `ALTER ROLE app_rw WITH PASSWORD '${P(G.pw(), "postgres_password")}';`,
    `CREATE ROLE reporting LOGIN PASSWORD 'md5${N(NEG.md5(), "postgres_password_hash", "md5-hashed role password")}';`,
    "\\password analytics",
    `CREATE USER MAPPING FOR app SERVER legacy_mysql OPTIONS (username 'legacy_ro', password '${P(G.pwAlnum(), "mysql_password", { note: "FDW user mapping" })}');`,
    `ALTER ROLE etl PASSWORD '${N(`SCRAM-SHA-256$4096:${randBytes(16).toString("base64")}$${randBytes(32).toString("base64")}:${randBytes(32).toString("base64")}`, "postgres_password_hash", "SCRAM verifier, not plaintext")}';`,
    "SELECT pid, usename, state FROM pg_stat_activity",
    `  WHERE usename = 'app_rw';`,
    `CREATE ROLE tmp_loader LOGIN PASSWORD '${N("changeme", "postgres_password", "placeholder (role dropped right after)")}';`,
    "DROP ROLE tmp_loader;",
    "\\q",
  ];
  emit("backup/home/deploy/.psql_history", `${L.join("\n")}\n`);
}

function mysqlHistory() {
  // libedit format: header, spaces written as \040
  const e = (s) => s.replace(/ /g, "\\040");
  const L = [
    "_HiStOrY_V2_",
    e("show databases;"),
    e("use shop;"),
    `${e("CREATE USER 'shop_app'@'10.0.%' IDENTIFIED BY '") + P(G.pw(), "mysql_password", { note: "libedit history, spaces as \\040" })}';`,
    e("GRANT ALL ON shop.* TO 'shop_app'@'10.0.%';"),
    `${e("ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '") + P(G.pwHuman(), "mysql_password")}';`,
    e("select user,host,authentication_string from mysql.user;"),
    `${e("CREATE USER 'ro'@'%' IDENTIFIED WITH mysql_native_password AS '") + N(`*${NEG.gpgFpr()}`, "mysql_password_hash", "mysql_native_password hash")}';`,
    e("flush privileges;"),
    e("exit"),
  ];
  emit("backup/home/deploy/.mysql_history", `${L.join("\n")}\n`);
}

function redisHistory() {
  const L = [
    `AUTH ${P(G.pwAlnum(), "redis_password", { note: "redis-cli history AUTH" })}`,
    "INFO replication",
    "KEYS session:*",
    `CONFIG SET requirepass "${P(G.pw(), "redis_password")}"`,
    "CONFIG REWRITE",
    `GET rate:${N(NEG.sha1(), "hash", "key name with sha1")}`,
    "DBSIZE",
  ];
  emit("backup/home/deploy/.rediscli_history", `${L.join("\n")}\n`);
}

function pythonHistory() {
  const L = [
    "import openai",
    `openai.api_key = "${P(G.openaiLegacy(), "openai_api_key")}"`,
    "openai.Model.list()",
    "import os",
    `key = ${N("os.environ['ANTHROPIC_API_KEY']", "anthropic_api_key", "env var lookup")}`,
    "import anthropic",
    `client = anthropic.Anthropic(api_key="${P(G.anthropic(), "anthropic_api_key")}")`,
    'client.messages.create(model="claude-3-haiku-20240307", max_tokens=64, messages=[{"role":"user","content":"ping"}])',
    `import stripe; stripe.api_key = "${N(STRIPE_DOC_SK, "stripe_secret_key", "Stripe docs published test key")}"`,
    "stripe.Customer.list(limit=3)",
    "exit()",
  ];
  emit("backup/home/deploy/.python_history", `${L.join("\n")}\n`);
}

function psHistory() {
  const L = [
    "cd C:\\src\\billing",
    "git pull",
    `$env:AZURE_CLIENT_SECRET = "${P(G.azureSecret(), "azure_client_secret")}"`,
    `az login --service-principal -u ${U(uuid(), "azure_client_id", "application (client) id")} -p ${P(G.azureSecret(), "azure_client_secret")} --tenant ${uuid()}`,
    `$pw = ConvertTo-SecureString "${P(G.pwHuman(), "windows_password", { note: "ConvertTo-SecureString -AsPlainText" })}" -AsPlainText -Force`,
    '$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_sql", $pw)',
    `$env:OPENAI_API_KEY = ${N("$env:OPENAI_KEY_BACKUP", "openai_api_key", "env var reference")}`,
    `$ctx = New-AzStorageContext -StorageAccountName acmeprodlogs -StorageAccountKey "${P(G.azureKey(), "azure_storage_key")}"`,
    "Get-AzStorageBlob -Container logs -Context $ctx | Select-Object -First 10",
    `Set-Secret -Name GitHubPat -Secret ${N("(Read-Host -AsSecureString)", "github_pat", "interactive prompt, no value")}`,
    "exit",
  ];
  emit(
    "backup/Users/jdoe/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt",
    `${L.join("\n")}\n`,
    { crlf: true },
  );
}

function dotfiles() {
  emit(
    "backup/home/deploy/.netrc",
    `${[
      "machine api.heroku.com",
      `  login ops@acme.io`,
      `  password ${P(G.uuidP(), "heroku_api_key", { note: "UUID identified by .netrc context" })}`,
      `machine nexus.acme.io login deployer password ${P(G.pwHuman(), "basic_auth_password")}`,
      "machine api.github.com",
      "  login acme-deploy",
      `  password ${P(G.ghFine(), "github_fine_grained_pat")}`,
    ].join("\n")}\n`,
  );
  emit(
    "backup/home/deploy/.pgpass",
    `${[
      "# hostname:port:database:username:password",
      `pg-prod.internal:5432:*:app_owner:${P(G.pw(), "postgres_password")}`,
      `localhost:5432:test_db:test:${N("test", "postgres_password", "local test fixture creds")}`,
    ].join("\n")}\n`,
  );
  emit(
    "backup/home/deploy/.config/gh/hosts.yml",
    `${[
      "github.com:",
      "    users:",
      "        acme-deploy:",
      `            oauth_token: ${P(G.gh("gho"), "github_oauth_token")}`,
      "    git_protocol: ssh",
      "    user: acme-deploy",
    ].join("\n")}\n`,
  );
}

// ================================================================ 3. infrastructure state & cluster dumps
function tfstateProd() {
  const k = ed25519();
  const ghUser = "acme-ci";
  const rpw = G.pw(32);
  const res = (mode, type, name, provider, attrs, extra = {}) => ({
    mode,
    type,
    name,
    provider: `provider["registry.terraform.io/${provider}"]`,
    instances: [
      {
        schema_version: 0,
        attributes: attrs,
        sensitive_attributes: extra.sens || [],
        ...(extra.deps ? { dependencies: extra.deps } : {}),
      },
    ],
  });
  const state = {
    version: 4,
    terraform_version: "1.7.4",
    serial: 212,
    lineage: N(uuid(), "uuid", "terraform state lineage"),
    outputs: {
      db_endpoint: { value: "acme-prod.cx1a2b3c4d5e.us-east-1.rds.amazonaws.com:5432", type: "string" },
      ci_access_key_id: { value: "see aws_iam_access_key.ci", type: "string" },
    },
    resources: [
      res(
        "managed",
        "random_password",
        "db",
        "hashicorp/random",
        {
          id: "none",
          keepers: null,
          length: 32,
          lower: true,
          min_lower: 0,
          min_numeric: 0,
          min_special: 0,
          min_upper: 0,
          number: true,
          numeric: true,
          override_special: "!*-_.+=^",
          result: P(rpw, "random_password", { note: "random_password.result in tfstate" }),
          special: true,
          upper: true,
          bcrypt_hash: N(NEG.bcrypt(), "bcrypt_hash", "bcrypt_hash attribute"),
        },
        { sens: [[{ type: "get_attr", value: "result" }]] },
      ),
      res("managed", "aws_db_instance", "main", "hashicorp/aws", {
        identifier: "acme-prod",
        engine: "postgres",
        engine_version: "15.5",
        instance_class: "db.r6g.large",
        username: "acme_admin",
        manage_master_user_password: true,
        password: null,
        master_user_secret: [
          {
            kms_key_id: `arn:aws:kms:us-east-1:123456789012:key/${uuid()}`,
            secret_arn: `arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-${uuid()}`,
            secret_status: "active",
          },
        ],
      }),
      res(
        "managed",
        "aws_db_instance",
        "legacy_mysql",
        "hashicorp/aws",
        {
          identifier: "acme-legacy",
          engine: "mysql",
          engine_version: "8.0.35",
          username: "admin",
          password: P(G.pw(), "mysql_password", { note: "aws_db_instance.password in tfstate" }),
          port: 3306,
          storage_encrypted: true,
        },
        { sens: [[{ type: "get_attr", value: "password" }]] },
      ),
      res(
        "managed",
        "aws_iam_access_key",
        "ci",
        "hashicorp/aws",
        {
          id: P(G.akia(), "aws_access_key_id"),
          create_date: "2024-01-09T16:21:44Z",
          encrypted_secret: null,
          encrypted_ses_smtp_password_v4: null,
          key_fingerprint: null,
          pgp_key: null,
          secret: P(G.awsSecret(), "aws_secret_access_key"),
          ses_smtp_password_v4: null,
          status: "Active",
          user: "ci-deployer",
        },
        {
          sens: [
            [{ type: "get_attr", value: "secret" }],
            [{ type: "get_attr", value: "ses_smtp_password_v4" }],
          ],
        },
      ),
      res(
        "managed",
        "tls_private_key",
        "deploy",
        "hashicorp/tls",
        {
          algorithm: "ED25519",
          ecdsa_curve: "P224",
          id: N(NEG.sha1(), "hash", "tls_private_key id (sha1 of public key)"),
          private_key_openssh: P(k.opensshPriv, "private_key"),
          private_key_pem: P(k.pkcs8Pem, "private_key"),
          public_key_fingerprint_md5: N(k.fpMd5, "ssh_key_fingerprint", "public fingerprint"),
          public_key_fingerprint_sha256: k.fpSha256,
          public_key_openssh: N(k.opensshPub, "public_key", "ssh public key"),
          public_key_pem: N(k.pubPem, "public_key", "PEM public key"),
          rsa_bits: 2048,
        },
        {
          sens: [
            [{ type: "get_attr", value: "private_key_pem" }],
            [{ type: "get_attr", value: "private_key_openssh" }],
          ],
        },
      ),
      res("managed", "aws_secretsmanager_secret_version", "stripe", "hashicorp/aws", {
        arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/stripe-Ab12Cd",
        id: `arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/stripe-Ab12Cd|${uuid().toUpperCase()}`,
        secret_binary: "",
        secret_id: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/stripe-Ab12Cd",
        secret_string: `{"api_key":"${P(G.rkLive(), "stripe_restricted_key", { note: "JSON inside secret_string" })}","webhook_secret":"${P(G.whsec(), "stripe_webhook_secret")}"}`,
        version_id: N(uuid().toUpperCase(), "uuid", "secret version id"),
        version_stages: ["AWSCURRENT"],
      }),
      res("managed", "aws_ssm_parameter", "dd_api_key", "hashicorp/aws", {
        name: "/prod/datadog/api_key",
        type: "SecureString",
        key_id: "alias/aws/ssm",
        tier: "Standard",
        value: P(G.hex(32), "datadog_api_key", { note: "SSM SecureString value in state" }),
        version: 3,
        insecure_value: null,
      }),
      res("data", "aws_caller_identity", "current", "hashicorp/aws", {
        account_id: "123456789012",
        arn: `arn:aws:iam::123456789012:user/${ghUser}`,
        id: "123456789012",
        user_id: U(`AIDA${rs(B32, 17)}`, "aws_user_id", "IAM unique user id"),
      }),
    ],
    check_results: null,
  };
  emit("infra/terraform/prod/terraform.tfstate", J(state), { json: true });
}

function tfstateStaging() {
  const res = (type, name, provider, attrs) => ({
    mode: "managed",
    type,
    name,
    provider: `provider["registry.terraform.io/${provider}"]`,
    instances: [{ schema_version: 0, attributes: attrs, sensitive_attributes: [] }],
  });
  const state = {
    version: 4,
    terraform_version: "1.6.6",
    serial: 57,
    lineage: uuid(),
    outputs: {},
    resources: [
      res("random_password", "admin", "hashicorp/random", {
        id: "none",
        length: 24,
        special: false,
        result: P(G.pwAlnum(24), "random_password"),
        bcrypt_hash: N(NEG.bcrypt(), "bcrypt_hash", "bcrypt hash"),
      }),
      res("azurerm_storage_account", "logs", "hashicorp/azurerm", {
        name: "acmestaginglogs",
        account_tier: "Standard",
        primary_access_key: P(G.azureKey(), "azure_storage_key"),
        secondary_connection_string: `DefaultEndpointsProtocol=https;AccountName=acmestaginglogs;AccountKey=${P(G.azureKey(), "azure_storage_key")};EndpointSuffix=core.windows.net`,
        primary_blob_endpoint: "https://acmestaginglogs.blob.core.windows.net/",
      }),
      res("azuread_application_password", "ci", "hashicorp/azuread", {
        application_object_id: uuid(),
        display_name: "ci-terraform",
        end_date: "2025-03-01T00:00:00Z",
        key_id: N(uuid(), "uuid", "password credential key id"),
        value: P(G.azureSecret(), "azure_client_secret"),
      }),
      res("azurerm_postgresql_flexible_server", "main", "hashicorp/azurerm", {
        name: "psql-acme-stg",
        administrator_login: "psqladmin",
        administrator_password: N(
          "${var.pg_admin_password}",
          "postgres_password",
          "unrendered interpolation copied into backup",
        ),
      }),
    ],
  };
  emit("infra/terraform/staging/terraform.tfstate.backup", J(state), { json: true });
}

function tfOutputs() {
  const o = {
    api_gateway_key: {
      sensitive: true,
      type: "string",
      value: P(G.b62(40), "aws_api_gateway_key", { note: "terraform output -json" }),
    },
    cdn_domain: { sensitive: false, type: "string", value: "d1a2b3c4d5e6f7.cloudfront.net" },
    db_admin_password: { sensitive: true, type: "string", value: P(G.pwHuman(), "postgres_password") },
    kms_key_id: { sensitive: false, type: "string", value: uuid() },
  };
  emit("infra/terraform/prod/outputs.json", J(o), { json: true });
  const L = [
    "aws_lambda_function.webhooks: Refreshing state... [id=acme-webhooks]",
    "aws_db_instance.legacy_mysql: Refreshing state... [id=acme-legacy]",
    "",
    "Terraform used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:",
    "  ~ update in-place",
    "",
    "Terraform will perform the following actions:",
    "",
    "  # aws_db_instance.legacy_mysql will be updated in-place",
    '  ~ resource "aws_db_instance" "legacy_mysql" {',
    '        id       = "acme-legacy"',
    `      ~ password = ${N("(sensitive value)", "mysql_password", "terraform masks sensitive attr")}`,
    "        # (48 unchanged attributes hidden)",
    "    }",
    "",
    "  # aws_lambda_function.webhooks will be updated in-place",
    '  ~ resource "aws_lambda_function" "webhooks" {',
    '        id = "acme-webhooks"',
    "      ~ environment {",
    "          ~ variables = {",
    `              + "STRIPE_KEY"     = "${P(G.rkLive(), "stripe_restricted_key", { note: "non-sensitive Lambda env var shown in plan" })}"`,
    `              ~ "DB_PASSWORD"    = ${N("(sensitive value)", "postgres_password", "masked")}`,
    `                "SLACK_BOT_TOKEN" = "${P(G.slackBot(), "slack_bot_token")}"`,
    '                "LOG_LEVEL"      = "info"',
    "            }",
    "        }",
    "    }",
    "",
    "Plan: 0 to add, 2 to change, 0 to destroy.",
  ];
  emit("infra/terraform/prod/plan-2024-03-14.txt", `${L.join("\n")}\n`);
}

function cloudformation() {
  const stackId = uuid();
  const doc = {
    Stacks: [
      {
        StackId: `arn:aws:cloudformation:us-east-1:123456789012:stack/acme-prod-core/${stackId}`,
        StackName: "acme-prod-core",
        Parameters: [
          {
            ParameterKey: "DBPassword",
            ParameterValue: N("****", "postgres_password", "NoEcho parameter masked by CloudFormation"),
          },
          {
            ParameterKey: "SlackWebhookUrl",
            ParameterValue: P(G.slackHook(), "slack_webhook_url", { note: "parameter without NoEcho" }),
          },
          { ParameterKey: "Environment", ParameterValue: "prod" },
        ],
        CreationTime: "2023-11-02T14:12:09.551Z",
        LastUpdatedTime: "2024-03-12T19:44:01.002Z",
        StackStatus: "UPDATE_COMPLETE",
        Outputs: [
          {
            OutputKey: "AdminApiKey",
            OutputValue: P(G.b62(40), "aws_api_gateway_key"),
            Description: "API key for /admin",
          },
          {
            OutputKey: "UserPoolClientId",
            OutputValue: U(rs(LO + DIG, 26), "cognito_client_id", "client id"),
            Description: "Cognito app client",
          },
          {
            OutputKey: "UserPoolClientSecret",
            OutputValue: P(
              uniq(() => rs(LO + DIG, 51)),
              "cognito_client_secret",
            ),
            Description: "Cognito app client secret",
          },
          {
            OutputKey: "QueueUrl",
            OutputValue: "https://sqs.us-east-1.amazonaws.com/123456789012/acme-prod-jobs",
          },
        ],
        Tags: [{ Key: "owner", Value: "platform" }],
        EnableTerminationProtection: true,
        DriftInformation: { StackDriftStatus: "NOT_CHECKED" },
      },
    ],
  };
  emit("infra/cloudformation/describe-stacks-acme-prod-core.json", J(doc, 4), { json: true });
  const cdk = {
    AcmeApiStack: {
      ApiUrl: "https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/",
      ApiKeyValue: P(G.b62(40), "aws_api_gateway_key"),
      DbSecretArn: N(
        `arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-${rs(B62, 6)}`,
        "aws_arn",
        "ARN identifier",
      ),
      ExportsOutputRefUserPoolClient2F5918F7: U(rs(LO + DIG, 26), "cognito_client_id", "client id"),
    },
    AcmeMonitoringStack: {
      DashboardUrl: "https://console.aws.amazon.com/cloudwatch/home#dashboards:name=acme",
      PagerDutyIntegrationKey: P(G.hex(32), "pagerduty_integration_key"),
    },
  };
  emit("infra/cdk/cdk-outputs.json", J(cdk), { json: true });
}

function k8sDumps() {
  const pg = G.pwUrl(),
    sk = G.skLive(),
    jwtKey = rs(HEX, 64),
    dsn = `https://${rs(HEX, 32)}@o${range(100000, 999999)}.ingest.sentry.io/${range(1000000, 9999999)}`;
  const dbUrl = `postgres://api:${pg}@pg-primary.prod.svc.cluster.local:5432/api`;
  const tlsKey = pemRsa();
  const L = [
    "apiVersion: v1",
    "data:",
    `  DATABASE_URL: ${P(b64(dbUrl), "k8s_secret", { decoded: dbUrl, note: "base64 data of kubectl get secret -o yaml" })}`,
    `  JWT_SIGNING_KEY: ${P(b64(jwtKey), "k8s_secret", { decoded: jwtKey })}`,
    `  LOG_LEVEL: ${N(b64("info"), "k8s_secret", 'base64 of non-secret "info"')}`,
    `  SENTRY_DSN: ${U(b64(dsn), "sentry_dsn", "base64 Sentry DSN (public-by-design)")}`,
    `  STRIPE_SECRET_KEY: ${P(b64(sk), "k8s_secret", { decoded: sk })}`,
    "kind: Secret",
    "metadata:",
    '  creationTimestamp: "2024-01-17T09:02:11Z"',
    "  name: api-env",
    "  namespace: prod",
    '  resourceVersion: "48211934"',
    `  uid: ${uuid()}`,
    "type: Opaque",
    "---",
    "apiVersion: v1",
    "data:",
    `  tls.crt: ${N(certPemB64(), "certificate", "public certificate (base64 PEM)")}`,
    `  tls.key: ${P(b64(`${tlsKey}\n`), "k8s_secret", { decoded: tlsKey, note: "base64 private key" })}`,
    "kind: Secret",
    "metadata:",
    "  name: api-tls",
    "  namespace: prod",
    "type: kubernetes.io/tls",
  ];
  emit("infra/k8s/dumps/secrets-prod.yaml", `${L.join("\n")}\n`);

  const cid = rs(HEX, 64);
  const D = [
    "Name:             api-6c9f7d8b54-x7k2p",
    "Namespace:        prod",
    "Priority:         0",
    "Service Account:  api",
    "Node:             ip-10-0-12-41.ec2.internal/10.0.12.41",
    "Start Time:       Thu, 14 Mar 2024 09:01:12 +0000",
    "Labels:           app=api",
    "                  pod-template-hash=6c9f7d8b54",
    "Status:           Running",
    "IP:               10.0.14.201",
    "Containers:",
    "  api:",
    `    Container ID:   containerd://${cid}`,
    "    Image:          123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.14.3",
    `    Image ID:       123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:${NEG.sha256()}`,
    "    Port:           8080/TCP",
    "    State:          Running",
    "    Ready:          True",
    "    Restart Count:  3",
    "    Environment:",
    "      NODE_ENV:           production",
    `      DATABASE_URL:       ${N("<set to the key 'DATABASE_URL' in secret 'api-env'>", "postgres_password", "secretKeyRef, no value")}  Optional: false`,
    `      REDIS_URL:          redis://:${P(G.pwAlnum(), "redis_password", { note: "literal env value in pod spec" })}@redis-master.prod.svc.cluster.local:6379/0`,
    `      SENDGRID_API_KEY:   ${P(G.sendgrid(), "sendgrid_api_key")}`,
    `      STRIPE_SECRET_KEY:  ${N("<set to the key 'STRIPE_SECRET_KEY' in secret 'api-env'>", "stripe_secret_key", "secretKeyRef")}  Optional: false`,
    "      OTEL_EXPORTER_OTLP_ENDPOINT:  http://otel-collector.observability:4317",
    "    Mounts:",
    "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9xq2c (ro)",
    "Events:",
    "  Type     Reason   Age                  From     Message",
    "  ----     ------   ----                 ----     -------",
    `  Warning  BackOff  2m (x14 over 31m)    kubelet  Back-off restarting failed container api in pod api-6c9f7d8b54-x7k2p_prod(${uuid()})`,
  ];
  emit("infra/k8s/dumps/describe-pod-api.txt", `${D.join("\n")}\n`);

  const saTok = jwtRS({
    iss: "kubernetes/serviceaccount",
    "kubernetes.io/serviceaccount/namespace": "kube-system",
    "kubernetes.io/serviceaccount/secret.name": "ci-deployer-token",
    "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
    "kubernetes.io/serviceaccount/service-account.uid": uuid(),
    sub: "system:serviceaccount:kube-system:ci-deployer",
  });
  const S = [
    "Name:         ci-deployer-token",
    "Namespace:    kube-system",
    "Labels:       <none>",
    "Annotations:  kubernetes.io/service-account.name: ci-deployer",
    `              kubernetes.io/service-account.uid: ${uuid()}`,
    "",
    "Type:  kubernetes.io/service-account-token",
    "",
    "Data",
    "====",
    "ca.crt:     1099 bytes",
    "namespace:  11 bytes",
    `token:      ${P(saTok, "k8s_service_account_token")}`,
    "",
    "",
    "Name:         registry-pull",
    "Namespace:    prod",
    "Type:  kubernetes.io/dockerconfigjson",
    "",
    "Data",
    "====",
    ".dockerconfigjson:  212 bytes",
  ];
  emit("infra/k8s/dumps/describe-secret-ci-deployer.txt", `${S.join("\n")}\n`);

  const H = [
    "USER-SUPPLIED VALUES:",
    "postgresql:",
    "  auth:",
    '    postgresPassword: ""',
    `    password: "${P(G.pwHuman(), "postgres_password", { note: "helm get values" })}"`,
    '    existingSecret: ""',
    "rabbitmq:",
    "  auth:",
    "    username: orders",
    `    password: ${P(G.pwAlnum(), "amqp_password")}`,
    "grafana:",
    `  adminPassword: ${N("<set-via-sealed-secret>", "generic_password", "placeholder")}`,
    "  ingress:",
    "    enabled: true",
    "    hosts: [grafana.acme.io]",
    "externalDns:",
    "  cloudflare:",
    `    apiToken: ${P(G.urls(40), "cloudflare_api_token")}`,
    "image:",
    `  digest: sha256:${NEG.sha256()}`,
  ];
  emit("infra/k8s/dumps/helm-get-values-platform.txt", `${H.join("\n")}\n`);
}

function dockerInspect() {
  const id = rs(HEX, 64);
  const obj = [
    {
      Id: id,
      Created: "2024-03-14T07:58:12.118291Z",
      Path: "gunicorn",
      Args: ["app.wsgi:application", "-b", "0.0.0.0:8000", "-w", "4"],
      State: {
        Status: "running",
        Running: true,
        Pid: 21877,
        ExitCode: 0,
        StartedAt: "2024-03-14T07:58:13.0091Z",
      },
      Image: `sha256:${NEG.sha256()}`,
      Name: "/web-1",
      RestartCount: 0,
      Platform: "linux",
      HostConfig: {
        NetworkMode: "acme_default",
        RestartPolicy: { Name: "unless-stopped", MaximumRetryCount: 0 },
        Memory: 1073741824,
      },
      Config: {
        Hostname: id.slice(0, 12),
        User: "app",
        ExposedPorts: { "8000/tcp": {} },
        Env: [
          "PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          "LANG=C.UTF-8",
          `GPG_KEY=${N(NEG.gpgFpr(), "gpg_fingerprint", "python image GPG_KEY is a public key fingerprint")}`,
          "PYTHON_VERSION=3.11.8",
          `DJANGO_SECRET_KEY=${P(G.djangoKey(), "django_secret_key")}`,
          `AWS_ACCESS_KEY_ID=${P(G.akia(), "aws_access_key_id")}`,
          `AWS_SECRET_ACCESS_KEY=${P(G.awsSecret(), "aws_secret_access_key")}`,
          `SENTRY_DSN=${U(`https://${rs(HEX, 32)}@o${range(100000, 999999)}.ingest.sentry.io/${range(1000000, 9999999)}`, "sentry_dsn", "public-by-design DSN")}`,
          `EMAIL_HOST_PASSWORD=${N("${EMAIL_HOST_PASSWORD}", "smtp_password", "unexpanded compose variable")}`,
        ],
        Cmd: ["gunicorn", "app.wsgi:application"],
        Image: "acme/web:2024.03.14",
        WorkingDir: "/srv/app",
        Labels: {
          "com.docker.compose.project": "acme",
          "com.docker.compose.config-hash": NEG.sha256(),
          "org.opencontainers.image.revision": NEG.sha1(),
        },
      },
      NetworkSettings: {
        Networks: {
          acme_default: { IPAddress: "172.18.0.5", MacAddress: "02:42:ac:12:00:05", NetworkID: rs(HEX, 64) },
        },
      },
    },
  ];
  emit("debug/docker-inspect-web-1.json", J(obj, 4), { json: true });
}

function envDump() {
  const L = [
    "SHELL=/bin/bash",
    "HOSTNAME=runner-7x2kq-project-4412-concurrent-0",
    "HOME=/root",
    "CI=true",
    "CI_PIPELINE_ID=1198823",
    `CI_COMMIT_SHA=${N(NEG.sha1(), "git_commit_sha", "commit SHA")}`,
    "CI_COMMIT_REF_NAME=main",
    `GITHUB_TOKEN=${P(G.gh("ghs"), "github_app_token", { note: "installation token in env dump" })}`,
    `NPM_TOKEN=${P(G.npm(), "npm_token")}`,
    `DD_API_KEY=${P(G.hex(32), "datadog_api_key")}`,
    `TWILIO_ACCOUNT_SID=${U(`AC${rs(HEX, 32)}`, "twilio_account_sid", "identifier")}`,
    `TWILIO_AUTH_TOKEN=${P(G.hex(32), "twilio_auth_token")}`,
    `TWILIO_API_KEY=${U(`SK${rs(HEX, 32)}`, "twilio_api_key_sid", "API key SID (identifier; secret is separate)")}`,
    `NEW_RELIC_API_KEY=${P(G.nrak(), "newrelic_api_key")}`,
    "LS_COLORS=rs=0:di=01;34:ln=01;36:mh=00:pi=40;33:so=01;35:do=01;35:bd=40;33;01:cd=40;33;01:or=40;31;01:mi=00:su=37;41:sg=30;43:ca=30;41:tw=30;42:ow=34;42:st=37;44:ex=01;32",
    "SSH_AUTH_SOCK=/tmp/ssh-XXXXkq81Zp/agent.1184",
    `DOCKER_AUTH_CONFIG=${N("$DOCKER_AUTH_CONFIG_JSON", "docker_registry_auth", "variable reference")}`,
    `BUILD_ID=${uuid()}`,
    "HISTCONTROL=ignoredups",
    "_=/usr/bin/printenv",
  ];
  emit("debug/printenv-ci-runner.txt", `${L.join("\n")}\n`);
}

function dockerConfig() {
  const gl = G.glpat(),
    dh = G.dckr();
  const a1 = `deploy-bot:${gl}`,
    a2 = `acmeci:${dh}`;
  const obj = {
    auths: {
      "registry.gitlab.com": { auth: P(b64(a1), "docker_registry_auth", { decoded: a1 }) },
      "https://index.docker.io/v1/": { auth: P(b64(a2), "docker_registry_auth", { decoded: a2 }) },
      "quay.io": {
        auth: N(b64("username:password"), "docker_registry_auth", "base64 of placeholder username:password"),
      },
      "ghcr.io": {},
    },
    credsStore: "desktop",
    currentContext: "default",
    plugins: { debug: { hooks: "exec" } },
  };
  emit("debug/support-bundle/docker-config.json", J(obj, "\t"), { json: true });
}

// ================================================================ 4. CI job logs
function ghaLog() {
  clock = T0 + 20000e3;
  const t = () => `${iso(tick(4)).replace("Z", "") + rs(DIG, 4)}Z`;
  const basic = `x-access-token:${G.gh("ghs")}`;
  const L = [
    "##[group]Run aws-actions/configure-aws-credentials@v4",
    "with:",
    `  aws-access-key-id: ${N("***", "aws_access_key_id", "GitHub Actions mask")}`,
    `  aws-secret-access-key: ${N("***", "aws_secret_access_key", "GitHub Actions mask")}`,
    "  aws-region: us-east-1",
    "##[endgroup]",
    "##[group]Run ./scripts/deploy.sh",
    "./scripts/deploy.sh",
    "shell: /usr/bin/bash -e {0}",
    "env:",
    `  NPM_TOKEN: ${N("***", "npm_token", "masked")}`,
    `  SLACK_WEBHOOK: ${N("***", "slack_webhook_url", "masked")}`,
    "##[endgroup]",
    "+ SECRETS_JSON=$(aws secretsmanager get-secret-value --secret-id prod/deploy --query SecretString --output text)",
    `+ export SENTRY_AUTH_TOKEN=${P(G.sntryu(), "sentry_auth_token", { note: "derived value not registered as a mask" })}`,
    "+ npx @sentry/cli releases new api@2.14.3",
    `+ curl -sf -H "Authorization: Basic ${P(b64(basic), "basic_auth", { decoded: basic, note: "base64 of a masked secret is not masked" })}" https://api.github.com/repos/acme/api/deployments`,
    `+ echo "deploying ref ${NEG.sha1()}"`,
    `+ docker build --build-arg NPM_TOKEN=${N("***", "npm_token", "masked")} -t acme/api:2.14.3 .`,
    `#9 [builder 4/7] RUN echo "//registry.npmjs.org/:_authToken=${N("${NPM_TOKEN}", "npm_token", "build-arg reference")}" > .npmrc && npm ci`,
    `#12 writing image sha256:${NEG.sha256()} done`,
    "##[error]Process completed with exit code 1.",
  ];
  emit(
    "ci-logs/github-actions/deploy-8841203/3_Deploy to production.txt",
    `${L.map((l) => `${t()} ${l}`).join("\n")}\n`,
  );
}

function gitlabLog() {
  const L = [
    "Running with gitlab-runner 16.9.1 (782c6ecb)",
    `  on prod-runner-02 ${N("xB7kq2Lz", "gitlab_runner_token", "runner short id (first 8 chars), not a token")}, system ID: s_${rs(HEX, 12)}`,
    'Preparing the "docker" executor',
    "Using Docker executor with image node:20-bookworm ...",
    "Getting source from Git repository",
    "Fetching changes with git depth set to 20...",
    "Initialized empty Git repository in /builds/acme/web/.git/",
    "Created fresh repository.",
    `$ git remote set-url origin "https://gitlab-ci-token:${N("[MASKED]", "gitlab_ci_job_token", "GitLab mask")}@gitlab.com/acme/web.git"`,
    'Executing "step_script" stage of the job script',
    "$ npm config list",
    '; "user" config from /builds/acme/web/.npmrc',
    "",
    `//registry.npmjs.org/:_authToken = ${N("(protected)", "npm_token", "npm hides the token")}`,
    '@acme:registry = "https://gitlab.com/api/v4/projects/4412/packages/npm/"',
    "$ cat .npmrc",
    `//registry.npmjs.org/:_authToken=${P(G.npm(), "npm_token", { note: "cat .npmrc in CI log" })}`,
    "@acme:registry=https://gitlab.com/api/v4/projects/4412/packages/npm/",
    `//gitlab.com/api/v4/projects/4412/packages/npm/:_authToken=${N("[MASKED]", "gitlab_ci_job_token", "masked")}`,
    `$ export TF_VAR_db_password=${P(G.pw(), "postgres_password", { note: "unmasked variable defined in .gitlab-ci.yml" })}`,
    `$ gitlab-runner register --non-interactive --url https://gitlab.com --token ${P(G.glrt(), "gitlab_runner_token")}`,
    "$ terraform apply -auto-approve",
    "  # aws_db_instance.main will be updated in-place",
    `      ~ password = ${N("(sensitive value)", "postgres_password", "terraform mask")}`,
    "Apply complete! Resources: 0 added, 1 changed, 0 destroyed.",
    "Cleaning up project directory and file based variables",
    "Job succeeded",
  ];
  emit("ci-logs/gitlab/job-5512031.log", `${L.join("\n")}\n`);
}

function jenkinsLog() {
  const basic = `admin:${G.pwHuman()}`;
  const L = [
    "Started by user ops-admin",
    "Running in Durability level: MAX_SURVIVABILITY",
    "[Pipeline] Start of Pipeline",
    "[Pipeline] node",
    "Running on agent-linux-03 in /var/lib/jenkins/workspace/release",
    "[Pipeline] withCredentials",
    "Masking supported pattern matches of $REGISTRY_PASS or $SONAR_TOKEN",
    "[Pipeline] {",
    "[Pipeline] sh",
    `+ docker login -u jenkins -p ${N("****", "docker_registry_password", "Jenkins credentials masking")} registry.acme.io`,
    "Login Succeeded",
    "[Pipeline] sh",
    "+ curl -v --fail -X POST https://nexus.acme.io/service/rest/v1/components?repository=releases -F maven2.asset1=@build/libs/app.jar",
    "> POST /service/rest/v1/components?repository=releases HTTP/1.1",
    "> Host: nexus.acme.io",
    `> Authorization: Basic ${P(b64(basic), "basic_auth", { decoded: basic, note: "curl -v echoes header" })}`,
    "> User-Agent: curl/7.88.1",
    "< HTTP/1.1 204 No Content",
    `< X-Request-Id: ${N(uuid(), "request_id", "request id")}`,
    "[Pipeline] sh",
    `+ ./gradlew sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=${P(G.squ(), "sonarqube_token", { note: "token outside withCredentials block" })}`,
    `+ sonar-scanner -Dsonar.login=${N("****", "sonarqube_token", "masked")}`,
    "[Pipeline] }",
    "[Pipeline] End of Pipeline",
    "Finished: SUCCESS",
  ];
  emit("ci-logs/jenkins/release-812-console.txt", `${L.join("\n")}\n`);
}

// ================================================================ 5. crash reports
function pyCrash() {
  const L = [
    "Traceback (most recent call last):",
    '  File "/srv/app/billing/sync.py", line 88, in run',
    "    conn = psycopg2.connect(dsn)",
    '  File "/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect',
    "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
    'psycopg2.OperationalError: connection to server at "pg-billing.internal" (10.0.4.12), port 5432 failed: FATAL:  password authentication failed for user "billing"',
    "",
    "Local variables (innermost frame):",
    `  dsn            = 'postgresql://billing:${P(G.pwUrl(), "postgres_password", { note: "frame locals in crash report" })}@pg-billing.internal:5432/billing?sslmode=require'`,
    "  retries        = 3",
    `  api_key        = '${P(G.rkLive(), "stripe_restricted_key")}'`,
    `  webhook_secret = '${N("********", "stripe_webhook_secret", "masked by settings repr")}'`,
    `  request_id     = '${N(NEG.reqStripe(), "request_id", "Stripe request id")}'`,
    `  idempotency    = '${uuid()}'`,
    "",
    "Environment:",
    "  python 3.11.8, psycopg2 2.9.9, host billing-worker-2",
    `  SECRET_KEY = ${N("settings.SECRET_KEY  # not shown", "django_secret_key", "reference, no value")}`,
  ];
  emit("crash/billing-sync-crash-2024-03-14T0915.txt", `${L.join("\n")}\n`);
}

function coreStrings() {
  const ec = pemEc();
  const jwt = jwtHS({
    sub: "svc-worker",
    aud: "internal-api",
    iss: "https://auth.acme.io",
    exp: expFuture(),
    scope: "jobs:write",
  });
  const L = [
    '# strings -n 8 core.worker.18231 | grep -v "^\\.\\|GLIBC" (excerpt attached to INC-2291)',
    "/lib/x86_64-linux-gnu/libc.so.6",
    "libssl.so.3",
    "libcrypto.so.3",
    "HOSTNAME=worker-7f9c6b5d8-2kq4x",
    "KUBERNETES_SERVICE_HOST=172.20.0.1",
    `AWS_ACCESS_KEY_ID=${P(G.asia(), "aws_access_key_id", { note: "temporary STS key id" })}`,
    `AWS_SECRET_ACCESS_KEY=${P(G.awsSecret(), "aws_secret_access_key")}`,
    `AWS_SESSION_TOKEN=${P(G.awsSession(), "aws_session_token")}`,
    "GET /internal/jobs/next HTTP/1.1",
    "Host: jobs.prod.internal:8443",
    `Authorization: Bearer ${P(jwt, "jwt", { note: "service bearer JWT in heap" })}`,
    `sha256=${NEG.sha256()}`,
    `traceparent: 00-${N(NEG.trace(), "trace_id", "W3C trace id")}-${NEG.span()}-01`,
    "TLSv1.3",
    ec,
    "SSL_CTX_use_PrivateKey_file",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
  ];
  // the EC key spans several lines: label it on its BEGIN line
  const text = `${L.join("\n")}\n`;
  const start = text.indexOf(ec);
  emit(
    "crash/core.worker.18231.strings.txt",
    text.slice(0, start) +
      P(ec, "private_key", { note: "multi-line PEM in core strings" }) +
      text.slice(start + ec.length),
  );
}

function hsErr() {
  const L = [
    "#",
    "# A fatal error has been detected by the Java Runtime Environment:",
    "#",
    "#  SIGSEGV (0xb) at pc=0x00007f3a2c1d4e30, pid=4412, tid=4470",
    "#",
    "# JRE version: OpenJDK Runtime Environment (17.0.10+7) (build 17.0.10+7-Debian-1deb12u1)",
    "# Java VM: OpenJDK 64-Bit Server VM (17.0.10+7-Debian-1deb12u1, mixed mode, sharing, tiered, compressed oops, compressed class ptrs, g1 gc, linux-amd64)",
    "# Problematic frame:",
    "# C  [libzstd-jni-1.5.5-11.so+0x64e30]  ZSTD_decompressStream+0x1a0",
    "#",
    "",
    "---------------  S U M M A R Y ------------",
    "",
    `Command Line: -Xmx2g -Dspring.profiles.active=prod -Dspring.datasource.password=${P(G.pw(), "postgres_password", { note: "JVM -D arg in hs_err" })} -Dapp.jwt.secret=${P(randBytes(48).toString("base64"), "jwt_signing_secret")} -Dnewrelic.config.license_key=${N("${NEW_RELIC_LICENSE_KEY}", "newrelic_license_key", "unexpanded placeholder")} /opt/app/ledger.jar`,
    "",
    "Host: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz, 4 cores, 15G, Debian GNU/Linux 12 (bookworm)",
    "Time: Thu Mar 14 09:41:07 2024 UTC elapsed time: 86012.118 seconds (0d 23h 53m 32s)",
    "",
    "---------------  P R O C E S S  ---------------",
    "",
    "Environment Variables:",
    "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64",
    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "SHELL=/bin/bash",
    "LANG=C.UTF-8",
    "",
  ];
  emit("crash/hs_err_pid4412.log", `${L.join("\n")}\n`);
}

// ================================================================ 6. error-tracker exports
function sentryEvent() {
  const evId = rs(HEX, 32);
  const ev = {
    event_id: evId,
    project: 4506871,
    release: "ledger@2.14.3",
    dist: null,
    platform: "python",
    level: "error",
    timestamp: 1710409267.118,
    environment: "production",
    server_name: "ledger-worker-3",
    request: {
      url: "https://api.acme.io/v1/charges",
      method: "POST",
      query_string: "expand=customer",
      headers: [
        ["Authorization", N("[Filtered]", "bearer_token", "Sentry data scrubbing")],
        ["X-Partner-Key", P(G.hex(48), "partner_api_key", { note: "custom header not in Sentry denylist" })],
        ["User-Agent", "acme-ios/5.2.1"],
        ["X-Request-Id", uuid()],
      ],
      cookies: [
        ["sessionid", N("[Filtered]", "session_cookie", "scrubbed")],
        ["csrftoken", U(rs(B62, 64), "csrf_token", "CSRF token: session-bound, not a standalone credential")],
      ],
      data: { amount: 4200, currency: "usd" },
    },
    exception: {
      values: [
        {
          type: "OperationalError",
          value: "(pyodbc.OperationalError) Login timeout expired",
          module: "sqlalchemy.exc",
          mechanism: { type: "logging", handled: true },
          stacktrace: {
            frames: [
              {
                filename: "ledger/db.py",
                function: "connect_replica",
                lineno: 41,
                in_app: true,
                vars: {
                  conn_str: `'Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql-ledger.database.windows.net,1433;Database=ledger;Uid=ledger_app;Pwd=${P(G.pw(), "mssql_password", { note: "frame var in Sentry event" })};Encrypt=yes;'`,
                  timeout: "30",
                },
              },
              {
                filename: "ledger/payments.py",
                function: "charge",
                lineno: 118,
                in_app: true,
                vars: {
                  sk: `'${P(G.skLive(), "stripe_secret_key")}'`,
                  customer: `'cus_${rs(B62, 14)}'`,
                  password: "'[Filtered]'",
                },
              },
            ],
          },
        },
      ],
    },
    contexts: {
      trace: {
        trace_id: N(rs(HEX, 32), "trace_id", "trace id"),
        span_id: rs(HEX, 16),
        op: "http.server",
        status: "internal_error",
      },
      runtime: { name: "CPython", version: "3.11.8" },
    },
    breadcrumbs: {
      values: [
        {
          timestamp: 1710409266.9,
          category: "httplib",
          data: {
            url: `https://api.acme.io/internal/ledger?cursor=${N(b64(JSON.stringify({ after: `txn_${range(100000, 999999)}`, limit: 100 })), "pagination_cursor", "base64 JSON cursor, not secret")}`,
            method: "GET",
            status_code: 200,
          },
        },
      ],
    },
    sdk: { name: "sentry.python.django", version: "1.40.6" },
  };
  emit(`exports/sentry/event-${evId}.json`, J(ev), { json: true });
}

function rollbarItem() {
  const item = {
    err: 0,
    result: {
      id: range(100000000, 999999999),
      item_id: range(100000000, 999999999),
      counter: 5531,
      environment: "production",
      framework: "rails",
      level: "error",
      timestamp: 1710411542,
      uuid: uuid(),
      data: {
        body: {
          trace: {
            exception: {
              class: "Faraday::UnauthorizedError",
              message: "the server responded with status 401",
            },
            frames: [
              {
                filename: "app/services/newsletter.rb",
                lineno: 22,
                method: "subscribe",
                locals: {
                  api_key: P(G.mailchimp(), "mailchimp_api_key", { note: "locals in Rollbar occurrence" }),
                  list_id: "a1b2c3d4e5",
                },
              },
            ],
          },
        },
        request: {
          url: "https://app.acme.io/newsletter",
          method: "POST",
          headers: {
            "X-Rollbar-Access-Token": P(G.hex(32), "rollbar_access_token", {
              note: "post_server_item token forwarded in headers",
            }),
            Cookie: N("_acme_session=[FILTERED]", "session_cookie", "masked"),
          },
          query_string: `token=${N("********", "generic_api_key", "masked")}`,
        },
        person: { id: "8812", username: "mreyes" },
        server: { host: "web-3", root: "/srv/app", branch: "main", code_version: NEG.sha1() },
        client: { javascript: { browser: "Mozilla/5.0", source_map_enabled: true } },
        notifier: { name: "rollbar-gem", version: "3.5.1" },
      },
    },
  };
  emit("exports/rollbar/item-98121-occurrence.json", J(item), { json: true });
}

// ================================================================ 7. browser storage & cookies
function browserStorage() {
  const clientId = rs(B62, 32),
    aiza = G.aiza();
  const at = jwtRS({
    iss: "https://acme.us.auth0.com/",
    sub: `auth0|${rs(HEX, 24)}`,
    aud: ["https://api.acme.io", "https://acme.us.auth0.com/userinfo"],
    iat: 1710400000,
    exp: expFuture(),
    scope: "openid profile email offline_access",
    azp: clientId,
  });
  const idt = jwtRS({
    iss: "https://acme.us.auth0.com/",
    sub: `auth0|${rs(HEX, 24)}`,
    aud: clientId,
    name: "Maria Reyes",
    email: "m.reyes@acme.io",
    iat: 1710400000,
    exp: 1710436000,
  });
  const fbAccess = jwtRS({
    iss: "https://securetoken.google.com/acme-prod",
    aud: "acme-prod",
    user_id: rs(B62, 28),
    exp: expFuture(),
  });
  const auth0 = JSON.stringify({
    body: {
      access_token: "@AT@",
      id_token: "@ID@",
      refresh_token: "@RT@",
      scope: "openid profile email offline_access",
      expires_in: 86400,
      token_type: "Bearer",
      client_id: clientId,
    },
    expiresAt: 1710486400,
  });
  const ls = {
    [`@@auth0spajs@@::${clientId}::https://api.acme.io::openid profile email offline_access`]: auth0
      .replace("@AT@", P(at, "jwt", { note: "Auth0 SPA access token in localStorage" }))
      .replace(
        "@ID@",
        U(idt, "jwt_id_token", "OIDC id_token: identity assertion, not normally accepted as API credential"),
      )
      .replace("@RT@", P(`v1.M${G.urls(120)}`, "oauth_refresh_token")),
    [`firebase:authUser:${U(aiza, "google_api_key", "Firebase web API key (public-by-design)")}:[DEFAULT]`]:
      JSON.stringify({
        uid: rs(B62, 28),
        email: "ops@acme.io",
        stsTokenManager: { refreshToken: "@FR@", accessToken: "@FA@", expirationTime: 1710403600000 },
        apiKey: aiza,
        appName: "[DEFAULT]",
      })
        .replace("@FR@", P(`AMf-vB${G.urls(210)}`, "oauth_refresh_token", { note: "Firebase refresh token" }))
        .replace("@FA@", P(fbAccess, "jwt")),
    "persist:root": JSON.stringify({
      ui: JSON.stringify({ theme: "dark", sidebar: "collapsed" }),
      _persist: JSON.stringify({ version: 3, rehydrated: true }),
    }),
    ajs_anonymous_id: JSON.stringify(uuid()),
    "table-prefs": N(
      b64(
        JSON.stringify({ columns: ["id", "customer", "total", "status"], pageSize: 50, sort: "-created_at" }),
      ),
      "base64_blob",
      "base64 of UI preferences",
    ),
    debug: "acme:*",
  };
  // the aiza key appears twice (key name + apiKey field); only the first is marked, the second stays the same neutral value
  emit("exports/browser/localStorage-app.acme.io.json", J(ls), { json: true });

  const ss = {
    adminToken: P(G.hex(64), "session_token", { note: "admin console bearer token in sessionStorage" }),
    lastRoute: "/users?status=locked",
    oauth_state: rs(URLS, 43),
    pkce_verifier: U(rs(URLS, 43), "pkce_code_verifier", "one-time PKCE verifier"),
    "sentry-replay-session": JSON.stringify({
      id: rs(HEX, 32),
      started: 1710400012000,
      segmentId: 4,
      sampled: "session",
    }),
  };
  emit("exports/browser/sessionStorage-admin.acme.io.json", J(ss), { json: true });
}

function cookiesTxt() {
  const L = [
    "# Netscape HTTP Cookie File",
    "# https://curl.se/docs/http-cookies.html",
    "# This file was generated by libcurl! Edit at your own risk.",
    "",
  ];
  const c = (dom, sub, p, sec, exp, name, val) => L.push([dom, sub, p, sec, exp, name, val].join("\t"));
  c(
    ".github.com",
    "TRUE",
    "/",
    "TRUE",
    "1741996800",
    "_octo",
    N(
      `GH1.1.${range(100000000, 999999999)}.${1710400000 + int(9999)}`,
      "analytics_cookie",
      "GitHub analytics id",
    ),
  );
  c(
    "#HttpOnly_github.com",
    "FALSE",
    "/",
    "TRUE",
    "1712620800",
    "user_session",
    P(G.urls(48), "session_cookie", { note: "live GitHub web session" }),
  );
  c(".github.com", "TRUE", "/", "TRUE", "1741996800", "logged_in", "yes");
  c(".slack.com", "TRUE", "/", "TRUE", "1741996800", "d", P(G.slackD(), "slack_session_cookie"));
  c(
    ".acme.io",
    "TRUE",
    "/",
    "FALSE",
    "1744588800",
    "_ga",
    N(
      `GA1.1.${range(1000000000, 2147483647)}.${1710400000 + int(9999)}`,
      "analytics_cookie",
      "Google Analytics client id",
    ),
  );
  c(
    "#HttpOnly_app.acme.io",
    "FALSE",
    "/",
    "TRUE",
    "1713000000",
    "__Host-session",
    P(G.b62(43), "session_cookie"),
  );
  c(".stripe.com", "TRUE", "/", "TRUE", "1741996800", "__stripe_mid", uuid() + rs(HEX, 6));
  c(
    "localhost",
    "FALSE",
    "/",
    "FALSE",
    "946684800",
    "sessionid",
    N("test-session-0000000001", "session_cookie", "expired local test session (year 2000)"),
  );
  c(
    "#HttpOnly_console.aws.amazon.com",
    "FALSE",
    "/",
    "TRUE",
    "0",
    "aws-userInfo",
    N(
      encodeURIComponent(
        JSON.stringify({ arn: "arn:aws:iam::123456789012:user/jdoe", alias: "acme", username: "jdoe" }),
      ),
      "session_cookie",
      "non-secret user info cookie",
    ),
  );
  emit("exports/browser/cookies.txt", `${L.join("\n")}\n`);
}

// ================================================================ 8. chat / tracker exports
function slackExports() {
  let ts = 1710236400 + int(3600);
  const tick = (seconds) => {
    ts += seconds;
    return ts;
  };
  const msg = (user, text, extra = {}) => ({
    client_msg_id: uuid(),
    type: "message",
    text,
    user,
    ts: `${tick(range(30, 900))}.${rs(DIG, 6)}`,
    team: "T04ACME01",
    ...extra,
  });
  const day1 = [
    msg(
      "U02KQ7ZL1",
      `@here rotating the SendGrid key, new one is \`${P(G.sendgrid(), "sendgrid_api_key", { note: "pasted in Slack message" })}\` — update your .env`,
      { client_msg_id: uuid() },
    ),
    msg("U03M1B2C9", "thanks. analytics folks: warehouse is up again"),
    msg(
      "U03M1B2C9",
      `DATABASE_URL=postgres://readonly:${P(G.pwUrl(), "postgres_password")}@analytics-db.internal:5432/warehouse`,
    ),
    msg(
      "U02KQ7ZL1",
      `please don't paste creds here :no_entry: use \`${N("{{ secrets.WAREHOUSE_DSN }}", "postgres_password", "CI secret reference")}\` in the workflow`,
    ),
    {
      type: "message",
      subtype: "bot_message",
      text: `Deploy \`${NEG.sha1().slice(0, 12)}\` to prod succeeded`,
      ts: `${tick(60)}.000200`,
      bot_id: "B05DEPLOY1",
      username: "deploybot",
    },
    msg("U04X9Y8Z7", `new incoming webhook for #alerts: <${P(G.slackHook(), "slack_webhook_url")}>`),
  ];
  emit("exports/slack/deploys/2024-03-12.json", J(day1, 4), { json: true });
  const day2 = [
    msg("U03M1B2C9", "anyone have the break-glass creds for the backup account?"),
    msg(
      "U02KQ7ZL1",
      `AWS_ACCESS_KEY_ID=${P(G.akia(), "aws_access_key_id")}\nAWS_SECRET_ACCESS_KEY=${P(G.awsSecret(), "aws_secret_access_key")}\nrevoke after use pls`,
    ),
    msg(
      "U05NEWBIE",
      `is it supposed to look like ${N(AWS_DOC_ID, "aws_access_key_id", "AWS docs example key id")} / ${N(AWS_DOC_SECRET, "aws_secret_access_key", "AWS docs example secret")}?`,
    ),
    msg("U02KQ7ZL1", `xoxb token for the incident bot: ${P(G.slackBot(), "slack_bot_token")}`),
    msg("U05NEWBIE", `trace for the failing request: ${NEG.trace()}`),
  ];
  emit("exports/slack/incidents/2024-02-28.json", J(day2, 4), { json: true });
}

function discordExport() {
  const m = (id, content, name = "ops-bot-dev") => ({
    id: id,
    type: "Default",
    timestamp: iso(tick(400)).replace("Z", "+00:00"),
    timestampEdited: null,
    isPinned: false,
    content,
    author: {
      id: String(range(1, 9)) + rs(DIG, 17),
      name,
      discriminator: "0000",
      nickname: name,
      isBot: false,
    },
    attachments: [],
    embeds: [],
    reactions: [],
    mentions: [],
  });
  clock = T0 - 86400e3 * 3;
  const doc = {
    guild: {
      id: `8812${rs(DIG, 14)}`,
      name: "Acme Dev",
      iconUrl: "https://cdn.discordapp.com/embed/avatars/0.png",
    },
    channel: {
      id: `9921${rs(DIG, 14)}`,
      type: "GuildTextChat",
      categoryId: `7710${rs(DIG, 14)}`,
      category: "engineering",
      name: "bot-dev",
      topic: null,
    },
    dateRange: { after: null, before: null },
    exportedAt: "2024-03-14T11:02:44.118+00:00",
    messages: [
      m(
        `1${rs(DIG, 18)}`,
        `staging bot is live, token if you need to run it locally: ${P(G.discordBot(), "discord_bot_token", { note: "pasted into chat" })}`,
        "k.ng",
      ),
      m(`1${rs(DIG, 18)}`, `alerts webhook → ${P(G.discordHook(), "discord_webhook_url")}`, "mreyes"),
      m(
        `1${rs(DIG, 18)}`,
        `lol never paste tokens. for reference the docs show it like \`${N(DISCORD_DOC, "discord_bot_token", "Discord developer docs example token")}\``,
        "j.ortega",
      ),
      m(`1${rs(DIG, 18)}`, "ok rotated. new one lives in vault at kv/discord/staging", "k.ng"),
    ],
    messageCount: 4,
  };
  emit("exports/discord/Acme Dev - engineering - bot-dev [992100].json", J(doc), { json: true });
}

function teamsExport() {
  clock = T0 - 86400e3;
  const msg = (html, name) => ({
    id: String(1710300000000 + int(99999999)),
    messageType: "message",
    createdDateTime: iso(tick(600)),
    importance: "normal",
    locale: "en-us",
    from: {
      application: null,
      device: null,
      user: { id: uuid(), displayName: name, userIdentityType: "aadUser", tenantId: "acme" },
    },
    body: { contentType: "html", content: html },
    attachments: [],
    mentions: [],
    reactions: [],
  });
  const v = [
    msg(
      `<p>new HF token for the eval box: <code>${P(G.hf(), "huggingface_token", { note: "Teams HTML message body" })}</code></p>`,
      "Priya Nair",
    ),
    msg(
      `<p>SP secret for the reporting app (expires Mar 2025):</p><p>${P(G.azureSecret(), "azure_client_secret")}</p>`,
      "Tomasz Wrobel",
    ),
    msg(
      `<p>thanks, I put it in Key Vault. For the wiki I wrote token = ${N("&lt;redacted&gt;", "generic_api_key", "HTML-escaped <redacted>")}</p>`,
      "Priya Nair",
    ),
  ];
  emit(
    "exports/teams/ChannelMessages-infra-general.json",
    J({
      "@odata.context":
        "https://graph.microsoft.com/v1.0/$metadata#teams('acme')/channels('19%3Ainfra')/messages",
      value: v,
    }),
    { json: true },
  );
}

function jiraCsv() {
  const q = (s) => `"${s.replace(/"/g, '""')}"`;
  const rows = [
    [
      "Summary",
      "Issue key",
      "Issue id",
      "Issue Type",
      "Status",
      "Priority",
      "Assignee",
      "Reporter",
      "Created",
      "Description",
    ].join(","),
  ];
  rows.push(
    [
      "Staging deploy failing after cert rotation",
      "OPS-1432",
      "48211",
      "Bug",
      "Done",
      "High",
      "tomasz.wrobel",
      "priya.nair",
      "12/Mar/24 9:41 AM",
      q(
        `Steps to reproduce:\n1. ssh to deploy-stg-01\n2. run ./deploy.sh\n\nIt uses the service account:\n  user: svc_deploy\n  pass: ${P(G.pwHuman(), "service_account_password", { note: "multi-line CSV field" })}\n\nError: "x509: certificate signed by unknown authority"`,
      ),
    ].join(","),
  );
  rows.push(
    [
      "Rotate leaked Postman key",
      "OPS-1437",
      "48230",
      "Task",
      "In Progress",
      "Highest",
      "priya.nair",
      "sec-bot",
      "13/Mar/24 2:05 PM",
      q(`Key ${P(G.pmak(), "postman_api_key")} was found in a public workspace.\nRevoke and re-issue.`),
    ].join(","),
  );
  rows.push(
    [
      "Document CI token setup",
      "OPS-1440",
      "48244",
      "Story",
      "To Do",
      "Low",
      "",
      "mreyes",
      "13/Mar/24 4:51 PM",
      q(
        `Add to README:\n\n  export GH_TOKEN=${N("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "github_pat", "placeholder")}\n\nand never commit it.`,
      ),
    ].join(","),
  );
  rows.push(
    [
      "Grafana alert webhook broken",
      "OPS-1442",
      "48251",
      "Bug",
      "Done",
      "Medium",
      "k.ng",
      "k.ng",
      "14/Mar/24 8:12 AM",
      q(`Old URL: ${P(G.slackHook(), "slack_webhook_url")}\nreturns 404 "no_service"`),
    ].join(","),
  );
  rows.push(
    [
      "Upgrade Node to 20",
      "OPS-1450",
      "48270",
      "Task",
      "To Do",
      "Low",
      "",
      "k.ng",
      "14/Mar/24 10:30 AM",
      q(`Request id from vendor support: ${uuid()}`),
    ].join(","),
  );
  emit("exports/jira/jira-export-OPS-2024-03.csv", `${rows.join("\n")}\n`, { crlf: true });
}

function githubIssues() {
  const nid = () => `I_kwDO${rs(URLS, 6)}${rs(B62, 8)}`;
  const issues = [
    {
      number: 812,
      node_id: N(nid(), "github_node_id", "GraphQL node id"),
      title: "acme login fails with 401",
      state: "closed",
      user: { login: "dev-sam", id: range(1000000, 99999999) },
      body: `Running \`acme login --token ${P(G.gh("ghp"), "github_pat", { note: "pasted in public issue body" })}\` gives \`401 Bad credentials\`.\n\nVersion: acme-cli 3.2.0 on macOS 14.3`,
      comments: 3,
      created_at: "2024-03-01T10:12:44Z",
    },
    {
      number: 815,
      node_id: nid(),
      title: "New Relic integration not sending data",
      state: "open",
      user: { login: "ops-lee", id: range(1000000, 99999999) },
      body: `My config:\n\`\`\`yaml\nnewrelic:\n  api_key: ${P(G.nrak(), "newrelic_api_key")}\n  region: US\n\`\`\`\nNothing shows up in NR.`,
      comments: 1,
      created_at: "2024-03-05T16:40:02Z",
    },
    {
      number: 819,
      node_id: nid(),
      title: "Token validation rejects valid-looking tokens",
      state: "open",
      user: { login: "qa-ines", id: range(1000000, 99999999) },
      body: `From the GitHub docs: \`${N(GH_DOC_GHO, "github_oauth_token", "GitHub docs example; CRC32 checksum fails")}\` is rejected by \`acme auth check\`.\nAlso our fixture \`${N(G.ghBadCrc("ghp"), "github_pat", "test fixture with failing CRC32 checksum")}\` is rejected — expected?`,
      comments: 0,
      created_at: "2024-03-08T09:02:51Z",
    },
    {
      number: 821,
      node_id: nid(),
      title: "Docs: how to pass a token",
      state: "closed",
      user: { login: "maintainer-bot", id: 41898282 },
      body: `Use \`export ACME_TOKEN=${N("<your-token>", "generic_api_key", "placeholder")}\` or pass \`--token-file\`. Tokens look like \`${N(`ghp_${"X".repeat(36)}`, "github_pat", "placeholder of X")}\`.`,
      comments: 0,
      created_at: "2024-03-09T12:00:00Z",
    },
    {
      number: 823,
      node_id: nid(),
      title: "npm publish from CI fails",
      state: "open",
      user: { login: "dev-sam", id: range(1000000, 99999999) },
      body: `Workflow log:\n\`\`\`\nnpm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fcli\nnpm verb config //registry.npmjs.org/:_authToken=${P(G.npm(), "npm_token")}\n\`\`\``,
      comments: 2,
      created_at: "2024-03-11T18:21:09Z",
    },
  ];
  emit("exports/github/issues-acme-cli.json", J(issues), { json: true });
}

// ================================================================ 9. mail & support tickets
function dkim(domain) {
  const b = randBytes(256).toString("base64");
  return `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=google; t=1710403311;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=${randBytes(32).toString("base64")};\n        b=${N(b.slice(0, 70), "dkim_signature", "DKIM signature (public verification data)")}\n         ${wrap(b.slice(70), 76).split("\n").join("\n         ")}`;
}
function emails() {
  const mid = `CA+${rs(B62, 40)}@mail.gmail.com`,
    bnd = `000000000000${rs(HEX, 16)}`;
  const E1 = [
    "Delivered-To: tomasz.wrobel@acme.io",
    `Received: by 2002:a05:6a10:${rs(HEX, 4)}:b0:${rs(HEX, 3)}:${rs(HEX, 4)} with SMTP id ${rs(B62, 10)}; Thu, 14 Mar 2024 01:02:11 -0700 (PDT)`,
    dkim("acme.io"),
    "MIME-Version: 1.0",
    "From: Priya Nair <priya.nair@acme.io>",
    "Date: Thu, 14 Mar 2024 09:01:51 +0100",
    `Message-ID: <${mid}>`,
    "Subject: Fwd: staging credentials for the vendor portal",
    "To: Tomasz Wrobel <tomasz.wrobel@acme.io>",
    `Content-Type: multipart/alternative; boundary="${bnd}"`,
    "",
    `--${bnd}`,
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    "Hi Tomasz,",
    "",
    "Forwarding what the vendor sent us. Please move these into 1Password and delete this mail.",
    "",
    "---------- Forwarded message ---------",
    "From: Onboarding <onboarding@vendor-portal.example>",
    "",
    "  Portal URL: https://portal.vendor-portal.example/login",
    "  Username:   acme-staging",
    `  Password:   ${P(G.pwHuman(), "user_password", { note: "credentials in forwarded e-mail" })}`,
    "",
    `  X-Postmark-Server-Token: ${P(G.uuidP(), "postmark_server_token", { note: "UUID identified by header name" })}`,
    `  Your account id is ${uuid()} (not secret).`,
    "",
    "Thanks,",
    "Priya",
    "",
    `--${bnd}--`,
    "",
  ];
  emit("exports/mail/Fwd_ staging credentials for the vendor portal.eml", E1.join("\n"), { crlf: true });

  const bnd2 = `----=_Part_${range(100000, 999999)}_${range(100000000, 999999999)}.1710403500000`;
  const reset = rs(URLS, 43);
  const E2 = [
    "Return-Path: <bounces+2291@em.saas-vendor.example>",
    dkim("saas-vendor.example"),
    'From: "SaaS Vendor" <no-reply@saas-vendor.example>',
    "To: ops@acme.io",
    "Subject: Your new API credentials",
    "Date: Thu, 14 Mar 2024 08:12:09 +0000",
    `Message-ID: <${rs(HEX, 24)}@saas-vendor.example>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${bnd2}"`,
    "",
    `--${bnd2}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 7bit",
    "",
    "Hello ops@acme.io,",
    "",
    "Your API client has been created:",
    "",
    `  Client ID:     ${U(rs(LO + DIG, 24), "oauth_client_id", "client id")}`,
    `  Client secret: ${P(G.gocspx(), "google_oauth_client_secret", { note: "OAuth client secret mailed by vendor" })}`,
    "",
    `Temporary console password: ${P(G.pw(12), "user_password")}`,
    "",
    `Reset link (expires in 24h): https://console.saas-vendor.example/reset?token=${U(reset, "password_reset_token", "one-time, expiring reset token")}`,
    "",
    `--${bnd2}--`,
    "",
  ];
  emit("exports/mail/Your new API credentials.eml", E2.join("\n"), { crlf: true });
}

function tickets() {
  const rsa = pemRsa();
  const T = [
    "Ticket #48213  |  Status: Solved  |  Priority: Urgent  |  Requester: dev@customer-shop.example",
    "Subject: Webhooks stopped verifying after migration",
    "",
    "--- Customer (Mar 13, 2024 16:02) ---",
    "Hi, since we moved servers our Stripe webhook signature check fails every time.",
    `Our endpoint signing secret is ${P(G.whsec(), "stripe_webhook_secret", { note: "customer pasted into support ticket" })} and the server key is attached below:`,
    "",
    rsa,
    "",
    "Please help, this is blocking checkout.",
    "",
    "--- Agent Ilse (Mar 13, 2024 16:20) ---",
    "Hi! Please never share secrets in tickets. I have redacted what I could from the preview; the",
    `key you shared earlier now shows as ${N("sk_live_************************", "stripe_secret_key", "masked by helpdesk")}. Please roll your keys in the Dashboard.`,
    `Reference for engineering: request ${NEG.reqStripe()}, event ${`evt_${rs(B62, 24)}`}.`,
    "",
  ];
  const text = T.join("\n");
  const i = text.indexOf(rsa);
  emit(
    "support/tickets/ZD-48213.txt",
    text.slice(0, i) +
      P(rsa, "private_key", { note: "multi-line RSA key in ticket" }) +
      text.slice(i + rsa.length),
  );

  const M = [
    '# ZD-48377 — "Metrics not arriving from EU region"',
    "",
    "**Requester:** platform@customer-b.example  ",
    "**Created:** 2024-03-14 10:22 UTC",
    "",
    "## Customer",
    "",
    "We send metrics like this and get 403:",
    "",
    "```bash",
    'curl -X POST "https://api.datadoghq.eu/api/v2/series" \\',
    `  -H "DD-API-KEY: ${P(G.hex(32), "datadog_api_key", { note: "curl example in ticket" })}" \\`,
    '  -H "Content-Type: application/json" -d @series.json',
    "```",
    "",
    `Our app key is \`${P(G.hex(40), "datadog_app_key")}\` if you need it.`,
    "",
    "## Agent",
    "",
    "The EU site needs a key created on datadoghq.eu. Please test with:",
    "",
    "```bash",
    'curl -X POST "https://api.datadoghq.eu/api/v2/series" \\',
    `  -H "DD-API-KEY: ${N("${DD_API_KEY}", "datadog_api_key", "env var reference")}" \\`,
    '  -H "Content-Type: application/json" -d @series.json',
    "```",
    "",
    `Internal note: org id ${rs(HEX, 32)} — escalated to L2.`,
    "",
  ];
  emit("support/tickets/ZD-48377.md", M.join("\n"));
}

// ================================================================ 10. network captures & debug output
function harFiles() {
  const t0 = Date.UTC(2024, 2, 14, 9, 30, 0);
  const hdr = (o) => Object.entries(o).map(([name, value]) => ({ name, value }));
  const entry = (i, method, url, reqHeaders, status, resHeaders, extra = {}) => ({
    pageref: "page_1",
    startedDateTime: iso(t0 + i * 731),
    time: 40 + i * 7,
    request: {
      method,
      url,
      httpVersion: "http/2.0",
      headers: hdr(reqHeaders),
      queryString: [],
      cookies: extra.reqCookies || [],
      headersSize: -1,
      bodySize: extra.postData ? extra.postData.text.length : 0,
      ...(extra.postData ? { postData: extra.postData } : {}),
    },
    response: {
      status,
      statusText: "",
      httpVersion: "http/2.0",
      headers: hdr(resHeaders),
      cookies: [],
      content: extra.content || { size: 0, mimeType: "x-unknown" },
      redirectURL: "",
      headersSize: -1,
      bodySize: -1,
      _transferSize: 812,
    },
    cache: {},
    timings: { blocked: 1.2, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 38.4, receive: 0.9 },
    serverIPAddress: `104.18.22.${10 + i}`,
    connection: String(443000 + i),
  });
  const loginAT = jwtHS({
    sub: `usr_${rs(B62, 16)}`,
    role: "admin",
    org: "acme",
    iat: 1710408600,
    exp: expFuture(),
  });
  const oldAT = jwtHS({
    sub: `usr_${rs(B62, 16)}`,
    role: "admin",
    org: "acme",
    iat: 1710322200,
    exp: expFuture(),
  });
  const seg = rs(B62, 32);
  const entries = [
    entry(
      0,
      "POST",
      "https://app.acme.io/api/auth/login",
      { "content-type": "application/json", origin: "https://app.acme.io" },
      200,
      { "content-type": "application/json", "x-request-id": uuid() },
      {
        postData: {
          mimeType: "application/json",
          text: JSON.stringify({
            email: "m.reyes@acme.io",
            password: P(G.pwHuman(), "user_password", { note: "login body captured in HAR" }),
          }),
        },
        content: {
          size: 612,
          mimeType: "application/json",
          text: JSON.stringify({ access_token: P(loginAT, "jwt"), token_type: "Bearer", expires_in: 900 }),
        },
      },
    ),
    entry(
      1,
      "GET",
      "https://app.acme.io/api/me",
      {
        authorization: `Bearer ${P(oldAT, "jwt", { note: "token from a previous tab" })}`,
        accept: "application/json",
      },
      200,
      { etag: `W/"${NEG.md5()}"`, "cf-ray": NEG.cfRay() },
    ),
    entry(
      2,
      "GET",
      `https://maps.googleapis.com/maps/api/js?key=${U(G.aiza(), "google_api_key", "browser Maps key (public-by-design, referrer-restricted)")}&libraries=places`,
      { referer: "https://app.acme.io/" },
      200,
      { "content-type": "text/javascript" },
    ),
    entry(
      3,
      "GET",
      `https://app.acme.io/api/orders?cursor=${b64(JSON.stringify({ id: `ord_${rs(B62, 12)}`, ts: 1710400000 }))}&limit=50`,
      { accept: "application/json" },
      200,
      { "x-amzn-trace-id": NEG.amznTrace(t0) },
      {
        reqCookies: [
          {
            name: "__Host-sid",
            value: P(G.b62(43), "session_cookie"),
            path: "/",
            domain: "app.acme.io",
            expires: "2024-04-13T09:30:00.000Z",
            httpOnly: true,
            secure: true,
          },
        ],
      },
    ),
    entry(
      4,
      "POST",
      "https://api.segment.io/v1/t",
      {
        authorization: `Basic ${U(b64(`${seg}:`), "segment_write_key", "Segment write key: public-by-design in browsers")}`,
        "content-type": "text/plain",
      },
      200,
      {},
    ),
  ];
  const har = {
    log: {
      version: "1.2",
      creator: { name: "WebInspector", version: "537.36" },
      pages: [
        {
          startedDateTime: iso(t0),
          id: "page_1",
          title: "https://app.acme.io/dashboard",
          pageTimings: { onContentLoad: 812, onLoad: 1401 },
        },
      ],
      entries,
    },
  };
  emit("captures/app.acme.io-dashboard.har", J(har), { json: true });

  const algoliaApp = rs(UP + DIG, 10);
  const mobile = [
    entry(
      0,
      "POST",
      "https://api.openai.com/v1/chat/completions",
      {
        authorization: `Bearer ${P(G.openaiSvc(), "openai_api_key", { note: "key embedded in mobile app, seen in proxy capture" })}`,
        "content-type": "application/json",
        "user-agent": "AcmeNotes/4.1 (iPhone; iOS 17.3)",
      },
      200,
      {
        "openai-organization": N(`user-${rs(LO + DIG, 24)}`, "openai_org_id", "organization identifier"),
        "x-request-id": `req_${rs(HEX, 32)}`,
      },
    ),
    entry(
      1,
      "POST",
      `https://${algoliaApp}-dsn.algolia.net/1/indexes/notes/query`,
      {
        "x-algolia-application-id": algoliaApp,
        "x-algolia-api-key": U(rs(HEX, 32), "algolia_search_key", "search-only key (public-by-design)"),
      },
      200,
      {},
    ),
    entry(
      2,
      "PUT",
      `https://${algoliaApp}.algolia.net/1/indexes/notes/batch`,
      {
        "x-algolia-application-id": algoliaApp,
        "x-algolia-api-key": P(G.hex(32), "algolia_admin_key", { note: "write/admin key used from the app" }),
      },
      200,
      {},
    ),
    entry(
      3,
      "GET",
      "https://api.acme-notes.app/v2/sync?since=1710400000",
      { "x-internal-key": P(G.hex(64), "generic_api_key"), "x-device-id": uuid().toUpperCase() },
      200,
      {},
    ),
    entry(
      4,
      "POST",
      "https://api.stripe.com/v1/payment_methods",
      {
        authorization: `Bearer ${U(G.pkLive(), "stripe_publishable_key", "publishable key (public-by-design)")}`,
      },
      200,
      {},
      {
        postData: {
          mimeType: "application/x-www-form-urlencoded",
          text: `type=card&card[token]=tok_${rs(B62, 24)}`,
        },
      },
    ),
  ];
  emit(
    "captures/mobile-app-charles-export.har",
    J({ log: { version: "1.2", creator: { name: "Charles Proxy", version: "4.6.6" }, entries: mobile } }),
    { json: true },
  );
}

function curlVerbose() {
  const L = [
    `$ curl -v https://api.openai.com/v1/models -H "Authorization: Bearer ${N("$OPENAI_API_KEY", "openai_api_key", "shell variable")}"`,
    "*   Trying 104.18.7.192:443...",
    "* Connected to api.openai.com (104.18.7.192) port 443",
    "* ALPN: curl offers h2,http/1.1",
    "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384",
    "* using HTTP/2",
    "> GET /v1/models HTTP/2",
    "> Host: api.openai.com",
    `> authorization: Bearer ${P(G.openaiProj(), "openai_api_key", { note: "expanded header in curl -v" })}`,
    "> user-agent: curl/8.4.0",
    "> accept: */*",
    ">",
    "< HTTP/2 200",
    "< content-type: application/json",
    `< x-request-id: ${`req_${rs(HEX, 32)}`}`,
    `< cf-ray: ${NEG.cfRay()}`,
    "<",
    "{",
    '  "object": "list",',
    "  ...",
    "",
    `$ curl -sv --header "PRIVATE-TOKEN: ${P(G.glpat(), "gitlab_pat")}" "https://gitlab.com/api/v4/projects/4412/pipelines?per_page=5"`,
    "> GET /api/v4/projects/4412/pipelines?per_page=5 HTTP/2",
    "> Host: gitlab.com",
    "< HTTP/2 401",
    `< x-request-id: ${rs(B62, 26).toUpperCase()}`,
    '{"message":"401 Unauthorized"}',
    "",
    `$ curl -s https://slack.com/api/auth.test -H "Authorization: Bearer ${P(G.slackUser(), "slack_user_token")}"`,
    '{"ok":false,"error":"token_revoked"}',
    "",
  ];
  emit("debug/curl-verbose-2024-03-14.txt", L.join("\n"));
}

function awsDebug() {
  const t = () => iso(tick(1)).replace("T", " ").replace("Z", "").replace(".", ",");
  clock = T0 + 30000e3;
  const sess = G.awsSession();
  const L = [
    `${t()} - MainThread - awscli.clidriver - DEBUG - CLI version: aws-cli/2.15.21 Python/3.11.6 Linux/6.1.0-18-amd64 exe/x86_64.debian.12`,
    `${t()} - MainThread - botocore.credentials - INFO - Found credentials in environment variables.`,
    `${t()} - MainThread - botocore.auth - DEBUG - Calculating signature using v4 auth.`,
    `${t()} - MainThread - botocore.auth - DEBUG - Signature:`,
    N(NEG.sha256(), "aws_sigv4_signature", "request signature (hash)"),
    `${t()} - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://sts.us-east-1.amazonaws.com/, headers={'Content-Type': b'application/x-www-form-urlencoded; charset=utf-8', 'User-Agent': b'aws-cli/2.15.21', 'X-Amz-Date': b'20240314T102001Z', 'X-Amz-Security-Token': b'${P(sess, "aws_session_token", { note: "aws --debug header dump" })}', 'Authorization': b'AWS4-HMAC-SHA256 Credential=${U(G.asia(), "aws_access_key_id", "key id without secret in this file")}/20240314/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=${NEG.sha256()}', 'Content-Length': '43'}>`,
    `${t()} - MainThread - botocore.parsers - DEBUG - Response headers: {'x-amzn-RequestId': '${uuid()}', 'Content-Type': 'text/xml'}`,
    "",
  ];
  emit("debug/aws-cli-debug.log", L.join("\n"));
}

// ================================================================ main
const builders = [
  nginxAccess,
  nginxError,
  apiJsonl,
  celeryWorker,
  railsLog,
  springLog,
  iisLog,
  authLog,
  phpLog,
  dotnetLog,
  expressLog,
  bashHistory,
  zshHistory,
  psqlHistory,
  mysqlHistory,
  redisHistory,
  pythonHistory,
  psHistory,
  dotfiles,
  tfstateProd,
  tfstateStaging,
  tfOutputs,
  cloudformation,
  k8sDumps,
  dockerInspect,
  envDump,
  dockerConfig,
  ghaLog,
  gitlabLog,
  jenkinsLog,
  pyCrash,
  coreStrings,
  hsErr,
  sentryEvent,
  rollbarItem,
  browserStorage,
  cookiesTxt,
  slackExports,
  discordExport,
  teamsExport,
  jiraCsv,
  githubIssues,
  emails,
  tickets,
  harFiles,
  curlVerbose,
  awsDebug,
];
for (const b of builders) b();

fs.rmSync(OUT, { recursive: true, force: true });
for (const [f, content] of files) {
  const p = path.join(OUT, f);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}
const byPos = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
labels.sort(byPos);
neutrals.sort(byPos);
fs.writeFileSync(path.join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(HERE, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);

// ---------------------------------------------------------------- self-check
const errors = [];
function onLine(file, line, value) {
  const raw = fs.readFileSync(path.join(OUT, file), "utf8").replace(/\r\n/g, "\n");
  const lines = raw.split("\n");
  if (line < 1 || line > lines.length) return false;
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const end = start + lines[line - 1].length;
  const idx = raw.indexOf(value, start);
  return idx >= start && idx <= end && (value.includes("\n") || idx + value.length <= end);
}
for (const l of labels) {
  if (!files.has(l.file)) errors.push(`missing file ${l.file}`);
  else if (!l.secret || !onLine(l.file, l.line, l.secret))
    errors.push(`label not found on line: ${l.file}:${l.line} ${String(l.secret).slice(0, 40)}`);
  if (!/^[a-z0-9_]+$/.test(l.type)) errors.push(`bad type ${l.type}`);
}
for (const n of neutrals)
  if (!onLine(n.file, n.line, n.value)) errors.push(`neutral not found: ${n.file}:${n.line}`);
for (const f of files.keys())
  if (/\.(json|har|tfstate|backup)$/.test(f)) {
    try {
      JSON.parse(files.get(f));
    } catch (e) {
      errors.push(`JSON does not parse: ${f}: ${e.message}`);
    }
  }
const posVals = new Set(),
  negVals = new Set(labels.filter((l) => !l.positive).map((l) => l.secret));
for (const l of labels.filter((x) => x.positive)) {
  if (posVals.has(l.secret)) errors.push(`duplicate positive ${l.secret.slice(0, 30)}`);
  posVals.add(l.secret);
  if (negVals.has(l.secret)) errors.push(`positive also negative ${l.secret.slice(0, 30)}`);
  if (/^gh[pousr]_[A-Za-z0-9]{36}$/.test(l.secret) || /^npm_[A-Za-z0-9]{36}$/.test(l.secret)) {
    if (base62crc(l.secret.slice(4, -6)) !== l.secret.slice(-6)) errors.push(`bad checksum ${l.secret}`);
  }
}
for (const n of neutrals)
  if (posVals.has(n.value)) errors.push(`neutral also positive ${n.value.slice(0, 30)}`);
if (jwtIoSample().split(".")[2] !== "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
  errors.push("jwt.io sample recomputation mismatch");
for (const [f, c] of files)
  if (c.includes(OPEN) || c.includes(CLOSE)) errors.push(`unreplaced marker in ${f}`);

const nPos = labels.filter((l) => l.positive).length,
  nNeg = labels.length - nPos;
console.log(
  `seed=${SEED} files=${files.size} labels=${labels.length} positives=${nPos} negatives=${nNeg} neutrals=${neutrals.length}`,
);
if (errors.length) {
  console.error(`SELF-CHECK FAILED:\n  ${errors.join("\n  ")}`);
  process.exit(1);
}

#!/usr/bin/env node
/*
 * Blind secret-scanner corpus "v": serverless / edge / managed-database projects.
 *
 * Usage:  node gen.mjs <seed>
 * Writes ./files/** (the corpus), ./labels.json and ./neutrals.json into the current
 * working directory. Deterministic: every random choice comes from an
 * HMAC-SHA256(seed, counter) byte stream. No Math.random, no clock.
 *
 * No credential literal lives in this file. Every key/token/password below is built at
 * run time from its format. The only fixed values are vendor-published documentation
 * samples and defaults, and they are used only as negatives: the AWS
 * AKIAIOSFODNN7EXAMPLE pair, the jwt.io sample token and its "your-256-bit-secret",
 * Stripe's docs test key, Cloudflare Turnstile's dummy test secret, and Supabase's
 * documented local/self-hosting default JWT secrets (and the demo keys signed with them).
 *
 * Credential formats used (prefix | body | alphabet | checksum) and where they come from:
 *  - GitHub PAT / OAuth token: ghp_ / gho_ + 30 [A-Za-z0-9] + 6-char base62(CRC32(30 chars)),
 *      base62 digits 0-9A-Za-z, left-padded with 0. GitHub blog "Behind GitHub's new
 *      authentication token formats"; checksum construction as used by public validators.
 *  - npm token: npm_ + 30 [A-Za-z0-9] + same 6-char base62 CRC32 (GitHub changelog, npm docs).
 *  - Vercel access token (legacy, also used as TURBO_TOKEN): 24 [A-Za-z0-9], no prefix
 *      (observed shape). Vercel's newer prefixed token forms are not used (format unconfirmed).
 *  - Vercel Blob token: vercel_blob_rw_ + 16 [A-Za-z0-9] store id + _ + 30 [A-Za-z0-9] (observed).
 *  - Vercel Edge Config connection string: https://edge-config.vercel.com/ecfg_<28>?token=<uuid>
 *      (Vercel docs); project/team ids prj_ + 28, team_ + 24 (identifiers, observed).
 *  - Vercel OIDC token: RS256 JWT, iss https://oidc.vercel.com/<team> (Vercel docs) - neutral.
 *  - Netlify PAT: nfp_ + 36 [A-Za-z0-9] (Netlify token-format announcement, 40 chars total).
 *  - Cloudflare API token, new scannable format: cfut_ + 40 [A-Za-z0-9] + 8 hex checksum
 *      (Cloudflare docs "Token formats"; checksum algorithm unpublished -> random hex).
 *      Legacy API token: 40 [A-Za-z0-9_-] (observed). Global API key: 37 lowercase hex
 *      (observed). Account / zone / KV ids: 32 hex (identifiers). R2 S3 keys: access key id
 *      32 hex, secret 64 hex (Cloudflare R2 docs). Turnstile secret: 0x4AAAAAAA + 24
 *      [A-Za-z0-9_-] (observed). Wrangler OAuth tokens: 64 [A-Za-z0-9_-] (GUESSED shape).
 *  - Supabase legacy keys: HS256 JWT {iss:"supabase",ref,role:anon|service_role,iat,exp}
 *      signed with the project JWT secret (Supabase docs). New keys: sb_secret_ /
 *      sb_publishable_ + 22 [A-Za-z0-9_-] + "_" + 8 [A-Za-z0-9] (prefix from Supabase docs,
 *      body GUESSED). Personal access token: sbp_ + 40 hex (observed). Project ref: 20 a-z.
 *  - Neon: API key napi_ + 64 [A-Za-z0-9] (Neon changelog 2025-01-31 + public rules);
 *      role password npg_ + 12 [A-Za-z0-9] (observed shape).
 *  - PlanetScale: password pscale_pw_ + 43 [A-Za-z0-9_-]; service token pscale_tkn_ + 43
 *      (observed shape, prefixes from PlanetScale CLI output).
 *  - Turso / libSQL: database token = EdDSA JWT {a:"rw"|"ro",iat,id,rid} with 64-byte
 *      signature (Turso docs: JWT based); platform token = RS256 JWT (observed shape).
 *  - Upstash Redis REST token: "A" + [XYZ] + 2 [A-Za-z0-9] + "ASQg" + base64(text)
 *      (observed shape); Redis password 32 [A-Za-z0-9] (observed). QStash token:
 *      base64(JSON {UserID,Password}) (observed); signing keys sig_ + 28 [A-Za-z0-9] (observed).
 *  - MongoDB Atlas: mongodb+srv://user:pass@cluster0.<5>.mongodb.net (Atlas docs); programmatic
 *      API key = 8 lowercase public key + UUID private key (Atlas docs); service account
 *      client id mdb_sa_id_ + 24 hex (AWS Secrets Manager partner docs), secret
 *      mdb_sa_sk_ + 40 [A-Za-z0-9] (GUESSED body).
 *  - Fly.io: macaroon "FlyV1 fm2_lJPE..." base64 (superfly/macaroon, macfly docs);
 *      legacy fo1_ + 43 [A-Za-z0-9_-] (observed).
 *  - Railway project token: UUID (Railway docs; only the variable name says it is secret).
 *  - Render API key: rnd_ + 32 [A-Za-z0-9] (observed; some rules say 24). Deploy hook:
 *      https://api.render.com/deploy/srv-<20 a-z0-9>?key=<11 [A-Za-z0-9]> (Render docs).
 *  - Deno Deploy: ddp_ + 36 [A-Za-z0-9] (prefix from Doppler docs; length observed).
 *  - Convex deploy key: prod:<adjective-animal-123>|<base64 of {"v2":hex32}> (Convex docs,
 *      body observed).
 *  - Clerk: sk_live_/sk_test_ + 40 [A-Za-z0-9] (prefix from Clerk docs, length observed);
 *      pk_live_/pk_test_ + unpadded base64("<frontend api host>$") (clerk/javascript
 *      keys.ts) - neutral. Webhook secret (Svix): whsec_ + base64(24 bytes).
 *  - Resend: re_ + 8 [A-Za-z0-9] + _ + 24 [A-Za-z0-9] (observed shape).
 *  - Prisma Accelerate / Prisma Postgres: prisma://accelerate.prisma-data.net/?api_key=<JWT>
 *      and prisma+postgres://... (Prisma docs); JWT payload {api_key,tenant_id,internal_secret}
 *      (observed).
 *  - Stripe: sk_live_51 / rk_live_51 + 97 [A-Za-z0-9] (observed), whsec_ + 32 [A-Za-z0-9];
 *      pk_live_ publishable - neutral (Stripe docs prefixes).
 *  - AWS: AKIA + 16 [A-Z2-7], secret 40 [A-Za-z0-9/+] (AWS docs).
 *  - Slack: webhook https://hooks.slack.com/services/T<8>/B<10>/<24>; bot token
 *      xoxb-<12 digits>-<13 digits>-<24> (Slack docs). Discord webhook
 *      https://discord.com/api/webhooks/<19 digits>/<68 [A-Za-z0-9_-]> (observed).
 *  - SendGrid: SG. + 22 + . + 43 [A-Za-z0-9_-] (SendGrid docs). Mailgun: key- + 32 hex.
 *  - Twilio: auth token 32 hex; account SID AC + 32 hex (identifier) (Twilio docs).
 *  - OpenAI: sk-proj- + 58 [A-Za-z0-9_-] + T3BlbkFJ + 58 (observed shape).
 *  - Anthropic: sk-ant-api03- + 93 [A-Za-z0-9_-] + AA (observed shape).
 *  - Sentry: org token sntrys_ + unpadded base64(JSON {iat,url,region_url,org}) + _ + 43
 *      [A-Za-z0-9]; user token sntryu_ + 64 hex (Sentry docs prefixes, body observed);
 *      DSN https://<32 hex>@o<7>.ingest.us.sentry.io/<7> - neutral.
 *  - Datadog: API key 32 hex, application key 40 hex, client token pub + 32 hex - neutral
 *      (Datadog docs).
 *  - Google / Firebase: service-account JSON with PKCS#8 RSA private key (Google docs);
 *      web API key AIzaSy + 33 [A-Za-z0-9_-] - neutral; firebase login:ci refresh token
 *      1//0 + [gde] + 98 [A-Za-z0-9_-] (observed).
 *  - GitHub OAuth app: client id Iv1. + 16 hex (neutral), client secret 40 hex.
 *  - OpenSSH ed25519 private key: openssh-key-v1 container, base64, 70-col lines (OpenSSH
 *      PROTOCOL.key). Auth.js / session secrets: base64(32 bytes) or 64 hex (Auth.js docs).
 *  - Human passwords: word-list + digits + symbol patterns (e.g. Harbor!Lantern42).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2];
if (!SEED) {
  console.error("usage: node gen.mjs <seed>");
  process.exit(2);
}

// ------------------------------------------------------------------ randomness
let counter = 0;
let pool = Buffer.alloc(0);
function bytes(n) {
  while (pool.length < n) {
    const block = crypto.createHmac("sha256", SEED).update(String(counter++)).digest();
    pool = Buffer.concat([pool, block]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function u32() {
  return bytes(4).readUInt32BE(0);
}
function int(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const x = u32();
    if (x < lim) return x % n;
  }
}
function pick(a) {
  return a[int(a.length)];
}
function str(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[int(alpha.length)];
  return s;
}

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
const ALNUM = UP + LOW + DIG;
const B62 = DIG + UP + LOW;
const HEX = "0123456789abcdef";
const B64URL = `${ALNUM}-_`;
const LOWALNUM = LOW + DIG;
const UPALNUM = UP + DIG;

const digits = (n) => pick("123456789") + str(DIG, n - 1);
const hex = (n) => str(HEX, n);
const b64 = (buf) => buf.toString("base64");
const b64u = (buf) => buf.toString("base64url");
const nopad = (s) => s.replace(/=+$/, "");
function uuid() {
  const b = bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const ts = () => 1704067200 + int(22000000); // some second in 2024

// ------------------------------------------------------------------ checksums
const CRC_T = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(s) {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, w) {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(w, "0");
}
function ghStyle(prefix) {
  const body = str(ALNUM, 30);
  return prefix + body + base62(crc32(body), 6);
}
function ghStyleBroken(prefix) {
  const body = str(ALNUM, 30);
  const cs = base62(crc32(body), 6);
  const bad = B62[(B62.indexOf(cs[5]) + 1 + int(60)) % 62];
  return prefix + body + cs.slice(0, 5) + bad;
}

// ------------------------------------------------------------------ words / passwords
const ADJ = [
  "cool",
  "silent",
  "bold",
  "misty",
  "ancient",
  "lucky",
  "quiet",
  "rapid",
  "shiny",
  "gentle",
  "brave",
  "calm",
  "wild",
  "young",
  "polished",
];
const NOUN = [
  "darkness",
  "river",
  "meadow",
  "sun",
  "forest",
  "cloud",
  "breeze",
  "frost",
  "field",
  "lake",
  "snow",
  "flower",
  "dew",
  "pine",
  "tree",
];
const ANIMAL = [
  "otter",
  "heron",
  "lynx",
  "badger",
  "falcon",
  "marmot",
  "gecko",
  "walrus",
  "ibis",
  "narwhal",
  "puffin",
  "bison",
];
const WORDS = [
  "Harbor",
  "Lantern",
  "Otter",
  "Winter",
  "Maple",
  "Copper",
  "Falcon",
  "Meadow",
  "River",
  "Summit",
  "Pixel",
  "Cobalt",
  "Juniper",
  "Saffron",
  "Tundra",
  "Velvet",
  "Cactus",
  "Nebula",
  "Walnut",
  "Ember",
  "Granite",
  "Thistle",
  "Marble",
  "Cedar",
];
const lc = (w) => w.toLowerCase();
function humanPassword(style = int(5)) {
  const W1 = pick(WORDS),
    W2 = pick(WORDS);
  switch (style) {
    case 0:
      return `${W1}!${W2}${str(DIG, 2)}`;
    case 1:
      return `${lc(W1)}-${W2}-${digits(4)}`;
    case 2:
      return `${W1}${W2}${pick(["2019", "2021", "2022", "2023", "2024"])}!`;
    case 3:
      return `${lc(W1)}.${lc(W2)}${str(DIG, 3)}#`;
    default:
      return `${lc(W1)}${W2}${str(DIG, 2)}$`;
  }
}
const slug = () => `${pick(ADJ)}-${pick(ANIMAL)}-${digits(3)}`;

// ------------------------------------------------------------------ credential builders
const jsonB64u = (o) => b64u(Buffer.from(JSON.stringify(o)));
function jwt(header, payload, sig) {
  const h = jsonB64u(header),
    p = jsonB64u(payload);
  const s =
    typeof sig === "string"
      ? crypto.createHmac("sha256", sig).update(`${h}.${p}`).digest("base64url")
      : b64u(bytes(sig));
  return `${h}.${p}.${s}`;
}
const G = {
  vercel: () => str(ALNUM, 24),
  prj: () => `prj_${str(ALNUM, 28)}`,
  team: () => `team_${str(ALNUM, 24)}`,
  blob: () => `vercel_blob_rw_${str(ALNUM, 16)}_${str(ALNUM, 30)}`,
  netlify: () => `nfp_${str(ALNUM, 36)}`,
  cfToken: () => `cfut_${str(ALNUM, 40)}${hex(8)}`,
  cfLegacy: () => str(`${ALNUM}-_`, 40),
  cfGlobal: () => hex(37),
  cfId: () => hex(32),
  r2Id: () => hex(32),
  r2Secret: () => hex(64),
  turnstileSecret: () => `0x4AAAAAAA${str(B64URL, 24)}`,
  turnstileSite: () => `0x4AAAAAAA${str(B64URL, 12)}`,
  wranglerOauth: () => str(B64URL, 64),
  sbRef: () => str(LOW, 20),
  sbJwtSecret: () => b64(bytes(30)),
  sbJwt: (ref, role, secret) => {
    const iat = ts();
    return jwt(
      { alg: "HS256", typ: "JWT" },
      { iss: "supabase", ref, role, iat, exp: iat + 315360000 },
      secret,
    );
  },
  sbNew: (kind) => `sb_${kind}_${str(B64URL, 22)}_${str(ALNUM, 8)}`,
  sbp: () => `sbp_${hex(40)}`,
  neonPw: () => `npg_${str(ALNUM, 12)}`,
  napi: () => `napi_${str(ALNUM, 64)}`,
  pscalePw: () => `pscale_pw_${str(ALNUM, 1)}${str(B64URL, 42)}`,
  pscaleTkn: () => `pscale_tkn_${str(ALNUM, 1)}${str(B64URL, 42)}`,
  pscaleUser: () => str(LOWALNUM, 12),
  tursoDb: (ro = false) => {
    const iat = ts();
    const p = ro
      ? { a: "ro", exp: iat + 31536000, iat, id: uuid(), rid: uuid() }
      : { a: "rw", iat, id: uuid(), rid: uuid() };
    return jwt({ alg: "EdDSA", typ: "JWT" }, p, 64);
  },
  tursoPlatform: () =>
    jwt(
      { alg: "RS256", kid: hex(16), typ: "JWT" },
      {
        iat: ts(),
        sub: `user_${str(ALNUM, 27)}`,
        iss: "https://clerk.turso.tech",
        azp: "https://turso.tech",
      },
      256,
    ),
  upstashToken: (first = `A${pick("XYZ")}`) =>
    `${first + str(ALNUM, 2)}ASQg${b64(Buffer.from(uuid() + hex(32)))}`,
  upstashRO: () => `Ag${str(ALNUM, 2)}IgcDE${b64(Buffer.from(uuid() + hex(32)))}`,
  upstashPw: () => str(ALNUM, 32),
  upstashHost: () => `${pick(ADJ)}-${pick(ANIMAL)}-${digits(5)}.upstash.io`,
  qstash: () => b64(Buffer.from(JSON.stringify({ UserID: uuid(), Password: hex(32) }))),
  qsig: () => `sig_${str(ALNUM, 28)}`,
  mongoHost: () => `cluster0.${str(LOWALNUM, 5)}.mongodb.net`,
  atlasPub: () => str(LOW, 8),
  mdbSaId: () => `mdb_sa_id_${hex(24)}`,
  mdbSaSk: () => `mdb_sa_sk_${str(ALNUM, 40)}`,
  flyMacaroon: () => `FlyV1 fm2_lJPE${nopad(b64(bytes(174)))},fm2_lJPE${nopad(b64(bytes(96)))}`,
  flyLegacy: () => `fo1_${str(B64URL, 43)}`,
  render: () => `rnd_${str(ALNUM, 32)}`,
  renderSrv: () => `srv-${str(LOWALNUM, 20)}`,
  renderHook: () => str(ALNUM, 11),
  deno: () => `ddp_${str(ALNUM, 36)}`,
  convexKey: (name, kind = "prod") =>
    `${kind}:${name}|${nopad(b64(Buffer.from(JSON.stringify({ v2: hex(32) }))))}`,
  clerkSk: (live) => `sk_${live ? "live" : "test"}_${str(ALNUM, 40)}`,
  clerkPk: (live, host) => `pk_${live ? "live" : "test"}_${nopad(b64(Buffer.from(`${host}$`)))}`,
  svix: () => `whsec_${b64(bytes(24))}`,
  stripeSk: () => `sk_live_51${str(ALNUM, 97)}`,
  stripeRk: () => `rk_live_51${str(ALNUM, 97)}`,
  stripePk: () => `pk_live_51${str(ALNUM, 97)}`,
  stripeWh: () => `whsec_${str(ALNUM, 32)}`,
  resend: () => `re_${str(ALNUM, 8)}_${str(ALNUM, 24)}`,
  prisma: () =>
    jwt({ alg: "HS256", typ: "JWT" }, { api_key: uuid(), tenant_id: hex(64), internal_secret: uuid() }, 32),
  aws: () => `AKIA${str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
  awsSecret: () => str(`${ALNUM}/+`, 40),
  slackHook: () =>
    `https://hooks.slack.com/services/T${str(UPALNUM, 8)}/B${str(UPALNUM, 10)}/${str(ALNUM, 24)}`,
  slackBot: () => `xoxb-${digits(12)}-${digits(13)}-${str(ALNUM, 24)}`,
  discordHook: () => `https://discord.com/api/webhooks/12${str(DIG, 17)}/${str(B64URL, 68)}`,
  sendgrid: () => `SG.${str(B64URL, 22)}.${str(B64URL, 43)}`,
  mailgun: () => `key-${hex(32)}`,
  twilioAuth: () => hex(32),
  twilioSid: () => `AC${hex(32)}`,
  openai: () => `sk-proj-${str(B64URL, 58)}T3BlbkFJ${str(B64URL, 58)}`,
  anthropic: () => `sk-ant-api03-${str(B64URL, 93)}AA`,
  sentryOrg: (org) =>
    `sntrys_${nopad(b64(Buffer.from(JSON.stringify({ iat: ts() + int(1000000) / 1000000, url: "https://sentry.io", region_url: "https://us.sentry.io", org }))))}_${str(ALNUM, 43)}`,
  sentryUser: () => `sntryu_${hex(64)}`,
  sentryDsn: () => `https://${hex(32)}@o${digits(7)}.ingest.us.sentry.io/${digits(7)}`,
  ddApi: () => hex(32),
  ddApp: () => hex(40),
  ddClient: () => `pub${hex(32)}`,
  firebaseKey: () => `AIzaSy${str(B64URL, 33)}`,
  googleRefresh: () => `1//0${pick("gde")}${str(B64URL, 98)}`,
  ghClientId: () => `Iv1.${hex(16)}`,
  ghClientSecret: () => hex(40),
  sha512: () => `sha512-${b64(bytes(64))}`,
  bcrypt: () => `$2a$10$${str(`./${ALNUM}`, 53)}`,
};
const GH = (name) => `\${{ secrets.${name} }}`;

function wrap(s, w) {
  const out = [];
  for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w));
  return out;
}
function rsaPkcs8Pem() {
  const head = Buffer.from(
    "308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100",
    "hex",
  );
  const body = Buffer.concat([
    head,
    Buffer.from([0x80 | (bytes(1)[0] & 0x7f)]),
    bytes(1217 - head.length - 1),
  ]);
  return `-----BEGIN PRIVATE KEY-----\n${wrap(b64(body), 64).join("\n")}\n-----END PRIVATE KEY-----\n`;
}
function certPem() {
  const head = Buffer.from("308204a830820390a003020102021400", "hex");
  const body = Buffer.concat([head, bytes(1196 - head.length)]);
  return `-----BEGIN CERTIFICATE-----\n${wrap(b64(body), 64).join("\n")}\n-----END CERTIFICATE-----`;
}
function sshString(buf) {
  const l = Buffer.alloc(4);
  l.writeUInt32BE(buf.length);
  return Buffer.concat([l, buf]);
}
function ed25519Pair(comment) {
  const pub = bytes(32),
    seed = bytes(32),
    check = bytes(4);
  const kt = Buffer.from("ssh-ed25519");
  const pubBlob = Buffer.concat([sshString(kt), sshString(pub)]);
  let priv = Buffer.concat([
    check,
    check,
    sshString(kt),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(Buffer.from(comment)),
  ]);
  let pad = 1;
  while (priv.length % 8) priv = Buffer.concat([priv, Buffer.from([pad++])]);
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshString(Buffer.from("none")),
    sshString(Buffer.from("none")),
    sshString(Buffer.alloc(0)),
    one,
    sshString(pubBlob),
    sshString(priv),
  ]);
  return {
    priv: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(blob), 70).join("\n")}\n-----END OPENSSH PRIVATE KEY-----`,
    pub: `ssh-ed25519 ${b64(pubBlob)} ${comment}`,
  };
}
const sopsEnc = (n) =>
  `ENC[AES256_GCM,data:${b64(bytes(n))},iv:${b64(bytes(32))},tag:${b64(bytes(16))},type:str]`;

// ------------------------------------------------------------------ labelling machinery
const OPEN = "\u27E6",
  CLOSE = "\u27E7";
const pending = new Map();
let pid = 0;
const labels = [],
  neutrals = [];
const files = [];
function mark(kind, secret, type, extra) {
  if (typeof secret !== "string" || !secret) throw new Error(`bad secret for ${type}`);
  const id = pid++;
  pending.set(id, { kind, secret, type, ...extra });
  return OPEN + id + CLOSE;
}
const P = (secret, type, extra = {}) => mark("pos", secret, type, extra);
const N = (secret, type, extra = {}) => mark("neg", secret, type, extra);
const U = (secret, type, extra = {}) => mark("neu", secret, type, extra);
const countNL = (s) => {
  let n = 0;
  for (const ch of s) if (ch === "\n") n++;
  return n;
};
function file(rel, content) {
  const re = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");
  let out = "",
    line = 1,
    last = 0;
  for (let m = re.exec(content); m !== null; m = re.exec(content)) {
    const before = content.slice(last, m.index);
    out += before;
    line += countNL(before);
    const e = pending.get(Number(m[1]));
    if (!e) throw new Error(`unknown marker ${m[1]} in ${rel}`);
    pending.delete(Number(m[1]));
    const rec = { file: rel, line, type: e.type, secret: e.secret };
    if (e.kind !== "neu") rec.positive = e.kind === "pos";
    if (e.decoded) rec.decoded = e.decoded;
    if (e.note) rec.note = e.note;
    (e.kind === "neu" ? neutrals : labels).push(rec);
    out += e.secret;
    line += countNL(e.secret);
    last = re.lastIndex;
  }
  out += content.slice(last);
  files.push([rel, out]);
}
const FENCE = "```";
const BT = "`";
const J = (o) => `${JSON.stringify(o, null, 2)}\n`;

// ------------------------------------------------------------------ shared world
const W = {};
W.team = G.team();
W.prj = G.prj();
W.neonPw = G.neonPw();
W.neonPwDev = G.neonPw();
W.neonEp = `ep-${pick(ADJ)}-${pick(NOUN)}-${str(LOWALNUM, 8)}`;
W.neonHostP = `${W.neonEp}-pooler.us-east-2.aws.neon.tech`;
W.neonHostD = `${W.neonEp}.us-east-2.aws.neon.tech`;
W.neonEpDev = `ep-${pick(ADJ)}-${pick(NOUN)}-${str(LOWALNUM, 8)}`;
W.neonProject = `${pick(ADJ)}-${pick(NOUN)}-${digits(8)}`;
W.napi = G.napi();
W.napi2 = G.napi();
W.upHost = G.upstashHost();
W.upTok = G.upstashToken();
W.kvHost = G.upstashHost();
W.kvTok = G.upstashToken();
W.kvRO = G.upstashRO();
W.kvPw = G.upstashPw();
W.authSecret = b64(bytes(32));
W.clerkLive = G.clerkSk(true);
W.clerkPkLive = G.clerkPk(true, "clerk.orbitlabs.io");
W.clerkDevHost = `${pick(ADJ)}-${pick(ANIMAL)}-${str(DIG, 2)}.clerk.accounts.dev`;
W.clerkTest = G.clerkSk(false);
W.clerkPkTest = G.clerkPk(false, W.clerkDevHost);
W.clerkWh = G.svix();
W.ghClientId = G.ghClientId();
W.ghClientSecret = G.ghClientSecret();
W.resend = G.resend();
W.resend2 = G.resend();
W.openaiOrbit = G.openai();
W.vercelTurbo = G.vercel();
W.vercelOld = G.vercel();
W.vercelSam = G.vercel();
W.vercelDev = G.vercel();
W.sbRef = G.sbRef();
W.sbJwtSecret = G.sbJwtSecret();
W.sbAnon = G.sbJwt(W.sbRef, "anon", W.sbJwtSecret);
W.sbService = G.sbJwt(W.sbRef, "service_role", W.sbJwtSecret);
W.sbSecret = G.sbNew("secret");
W.sbPublishable = G.sbNew("publishable");
W.sbp = G.sbp();
W.sbDbPw = humanPassword(0);
W.sentryDsnWeb = G.sentryDsn();
W.qstash = G.qstash();
W.cfAccount = G.cfId();
W.cfZone = G.cfId();
W.convexDev = `dev:${slug()}`;
W.convexProdName = slug();
W.convexKey = G.convexKey(W.convexProdName);
W.atlasPub = G.atlasPub();
W.atlasPriv = uuid();
W.atlasGroup = hex(24);
W.mongoHostRelay = G.mongoHost();
W.relayMongoPw = `${pick(WORDS)}#${pick(WORDS)}${str(DIG, 2)}`;
W.relayMongoPwEnc = W.relayMongoPw.replace(/#/g, "%23");
W.railwayToken = uuid();
W.railwayProject = uuid();
W.render = G.render();
W.renderSrv = G.renderSrv();
W.deno = G.deno();
W.tursoDbHost = "ferry-dev-orbit.turso.io";
W.tursoTok = G.tursoDb();
W.stripePulse = G.stripeSk();
W.vercelOidcT = ts();

// ================================================================== orbit monorepo
file(
  "orbit/.env",
  `# ------------------------------------------------------------------
# orbit - shared env for local dev (apps load ../../.env via dotenv-cli)
# ------------------------------------------------------------------

# Neon - main branch
DATABASE_URL="postgresql://neondb_owner:${P(W.neonPw, "neon_db_password", { note: "password inside pooled connection URI" })}@${W.neonHostP}/orbit?sslmode=require"
DIRECT_URL="postgresql://neondb_owner:${P(W.neonPw, "neon_db_password", { note: "same password, direct endpoint URI" })}@${W.neonHostD}/orbit?sslmode=require"
NEON_PROJECT_ID=${N(W.neonProject, "neon_project_id", { note: "project identifier, not a secret" })}
NEON_API_KEY=${P(W.napi, "neon_api_key")}

# Upstash (rate limiting + cache)
UPSTASH_REDIS_REST_URL="https://${W.upHost}"
UPSTASH_REDIS_REST_TOKEN="${P(W.upTok, "upstash_redis_token")}"

# Auth
AUTH_SECRET="${P(W.authSecret, "auth_secret", { note: "Auth.js secret, only the variable name says so" })}" # openssl rand -base64 32
CLERK_SECRET_KEY=${P(W.clerkLive, "clerk_secret_key")}
NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${U(W.clerkPkLive, "clerk_publishable_key", { note: "publishable by design" })}
GITHUB_CLIENT_ID=${U(W.ghClientId, "github_oauth_client_id", { note: "OAuth client id, public" })}
GITHUB_CLIENT_SECRET=${P(W.ghClientSecret, "github_oauth_client_secret", { note: "40 hex, identified by name" })}

# Email
RESEND_API_KEY=${P(W.resend, "resend_api_key")}
EMAIL_FROM="Orbit <hello@orbitlabs.io>"

# AI summaries
OPENAI_API_KEY=${P(W.openaiOrbit, "openai_api_key")}
`,
);

file(
  "orbit/.env.example",
  `# Copy to .env and fill in. Never commit real values.
DATABASE_URL="postgresql://user:${N("password", "postgres_password", { note: "placeholder password in example URI" })}@localhost:5432/orbit"
DIRECT_URL=
NEON_PROJECT_ID=
NEON_API_KEY=

UPSTASH_REDIS_REST_URL="https://<your-db>.upstash.io"
UPSTASH_REDIS_REST_TOKEN="${N("<your-upstash-token>", "upstash_redis_token", { note: "placeholder" })}"

AUTH_SECRET="${N("changeme", "auth_secret", { note: "placeholder" })}" # openssl rand -base64 32
CLERK_SECRET_KEY=${N("sk_test_...", "clerk_secret_key", { note: "placeholder" })}
NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_...
GITHUB_CLIENT_ID=
GITHUB_CLIENT_SECRET=${N("x".repeat(40), "github_oauth_client_secret", { note: "xxxx placeholder" })}

RESEND_API_KEY=${N("re_123456789", "resend_api_key", { note: "placeholder used in Resend docs" })}
EMAIL_FROM="Orbit <hello@orbitlabs.io>"

OPENAI_API_KEY=${N("sk-proj-your-key-here", "openai_api_key", { note: "placeholder" })}
`,
);

file(
  "orbit/.github/workflows/deploy-web.yml",
  `name: Deploy web (Vercel)

on:
  push:
    branches: [main]
  workflow_dispatch:

env:
  VERCEL_ORG_ID: ${N(W.team, "vercel_team_id", { note: "identifier" })}
  VERCEL_PROJECT_ID: ${N(W.prj, "vercel_project_id", { note: "identifier" })}
  TURBO_TEAM: orbit-labs
  TURBO_TOKEN: ${P(W.vercelTurbo, "vercel_api_token", { note: "Turborepo remote-cache token (a Vercel token) hardcoded in workflow" })}

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
        with:
          version: 9
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: pnpm
      - run: pnpm install --frozen-lockfile
      - name: Pull Vercel environment
        run: npx vercel pull --yes --environment=production --token=${N(GH("VERCEL_TOKEN"), "vercel_api_token", { note: "Actions secret reference" })}
        working-directory: apps/web
      - name: Build
        run: npx vercel build --prod --token=${N(GH("VERCEL_TOKEN"), "vercel_api_token", { note: "Actions secret reference" })}
        working-directory: apps/web
        env:
          CONVEX_DEPLOY_KEY: ${N(GH("CONVEX_DEPLOY_KEY"), "convex_deploy_key", { note: "Actions secret reference" })}
      - name: Deploy
        run: npx vercel deploy --prebuilt --prod --token=${N(GH("VERCEL_TOKEN"), "vercel_api_token", { note: "Actions secret reference" })}
        working-directory: apps/web
      # - name: Deploy (old, before we moved the token into secrets)
      #   run: npx vercel deploy --prod --token=${P(W.vercelOld, "vercel_api_token", { note: "commented-out workflow step" })}
`,
);

file(
  "orbit/.github/workflows/supabase-migrations.yml",
  `name: Supabase migrations

on:
  pull_request:
    paths: ['supabase/migrations/**']
  push:
    branches: [main]
    paths: ['supabase/migrations/**']

jobs:
  migrate:
    runs-on: ubuntu-latest
    env:
      SUPABASE_ACCESS_TOKEN: ${P(W.sbp, "supabase_access_token", { note: "personal access token hardcoded in workflow env" })}
      SUPABASE_DB_PASSWORD: ${N(GH("SUPABASE_DB_PASSWORD"), "supabase_db_password", { note: "Actions secret reference" })}
      SUPABASE_PROJECT_ID: ${N(W.sbRef, "supabase_project_ref", { note: "project ref, identifier" })}
    steps:
      - uses: actions/checkout@v4
      - uses: supabase/setup-cli@v1
        with:
          version: latest
      - run: supabase link --project-ref $SUPABASE_PROJECT_ID
      - run: supabase db push
`,
);

file(
  "orbit/README.md",
  `# Orbit

Monorepo for **orbitlabs.io**: Next.js web app, SvelteKit dashboard, a Cloudflare Worker API and
shared packages, built with Turborepo and pnpm.

| path | what | deploys to |
| --- | --- | --- |
| ${BT}apps/web${BT} | marketing + app (Next.js 14) | Vercel |
| ${BT}apps/dashboard${BT} | internal dashboard (SvelteKit) | Vercel |
| ${BT}apps/api-worker${BT} | public API, webhooks, queues | Cloudflare Workers |
| ${BT}packages/db${BT} | Drizzle schema, Prisma client for legacy jobs | - |
| ${BT}packages/backend${BT} | Convex functions | Convex |

## Local setup

${FENCE}bash
pnpm install
cp .env.example .env   # values live in 1Password, vault "Orbit - dev"
pnpm dev
${FENCE}

Convex runs against your personal dev deployment (${BT}npx convex dev${BT}); the CLI writes
${BT}CONVEX_DEPLOYMENT=${N(W.convexDev, "convex_deployment_name", { note: "deployment name, identifier" })}${BT} into ${BT}packages/backend/.env.local${BT}.

## Inspecting Vercel env vars

${FENCE}bash
export VERCEL_TOKEN=${N("<your-vercel-token>", "vercel_api_token", { note: "placeholder" })}
curl -s -H "Authorization: Bearer $VERCEL_TOKEN" \\
  "https://api.vercel.com/v9/projects/web/env?teamId=${N(W.team, "vercel_team_id", { note: "identifier" })}" | jq '.envs[].key'
${FENCE}

During the May incident Sam used this from the on-call laptop, keeping it here for reference:

${FENCE}bash
curl -s -H "Authorization: Bearer ${P(W.vercelSam, "vercel_api_token", { note: "live token in README curl example" })}" https://api.vercel.com/v2/user | jq .user.username
${FENCE}
`,
);

file(
  "orbit/CHANGELOG.md",
  `# Changelog

## 1.14.0

- feat(web): org switcher backed by Clerk organizations ([#412](https://github.com/orbit-labs/orbit/pull/412))
- fix(worker): ack QStash retries idempotently ([${N(hex(40), "git_commit_sha", { note: "commit hash in link" })}](https://github.com/orbit-labs/orbit/commit/${hex(7)}))
- chore(db): move to Neon pooled connections

## 1.13.2

- fix(dashboard): Supabase session refresh on SSR ([${N(hex(40), "git_commit_sha", { note: "commit hash" })}](https://github.com/orbit-labs/orbit/commit/${hex(7)}))
- build: bump turbo to 2.0.6
`,
);

file(
  "orbit/pnpm-lock.yaml",
  `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    devDependencies:
      turbo:
        specifier: ^2.0.6
        version: 2.0.6

  apps/web:
    dependencies:
      '@clerk/nextjs':
        specifier: ^5.2.4
        version: 5.2.4(next@14.2.5)(react@18.3.1)
      '@neondatabase/serverless':
        specifier: ^0.9.4
        version: 0.9.4
      '@upstash/redis':
        specifier: ^1.34.0
        version: 1.34.0

packages:

  '@clerk/nextjs@5.2.4':
    resolution: {integrity: ${N(G.sha512(), "sha512_integrity", { note: "lockfile integrity hash" })}}
    engines: {node: '>=18.17.0'}

  '@neondatabase/serverless@0.9.4':
    resolution: {integrity: ${N(G.sha512(), "sha512_integrity", { note: "lockfile integrity hash" })}}

  '@upstash/redis@1.34.0':
    resolution: {tarball: https://registry.npmjs.org/@upstash/redis/-/redis-1.34.0.tgz}
`,
);

file(
  "orbit/apps/web/.vercel/project.json",
  `${JSON.stringify({
    projectId: N(W.prj, "vercel_project_id", { note: "identifier" }),
    orgId: N(W.team, "vercel_team_id", { note: "identifier" }),
    settings: {
      framework: "nextjs",
      buildCommand: "cd ../.. && turbo run build --filter=web",
      installCommand: "pnpm install",
      outputDirectory: null,
      rootDirectory: "apps/web",
    },
  })}\n`,
);

{
  const t = W.vercelOidcT;
  const oidc = jwt(
    { alg: "RS256", kid: `mrk-${hex(32)}`, typ: "JWT" },
    {
      iss: "https://oidc.vercel.com/orbit-labs",
      sub: "owner:orbit-labs:project:web:environment:development",
      scope: "owner:orbit-labs:project:web:environment:development",
      aud: "https://vercel.com/orbit-labs",
      owner: "orbit-labs",
      owner_id: W.team,
      project: "web",
      project_id: W.prj,
      environment: "development",
      user_id: str(ALNUM, 24),
      nbf: t,
      iat: t,
      exp: t + 43200,
    },
    256,
  );
  const blob = G.blob();
  const ecfg = `ecfg_${str(LOWALNUM, 28)}`;
  const ecfgTok = uuid();
  file(
    "orbit/apps/web/.env.local",
    `# Created by Vercel CLI
AUTH_SECRET="${P(b64(bytes(32)), "auth_secret", { note: "pulled by vercel env pull" })}"
BLOB_READ_WRITE_TOKEN="${P(blob, "vercel_blob_token")}"
CLERK_SECRET_KEY="${P(W.clerkTest, "clerk_secret_key", { note: "development instance secret key" })}"
CLERK_WEBHOOK_SECRET="${P(W.clerkWh, "clerk_webhook_secret", { note: "Svix signing secret" })}"
DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=${P(G.prisma(), "prisma_accelerate_api_key", { note: "JWT api_key in Accelerate URL" })}"
EDGE_CONFIG="https://edge-config.vercel.com/${ecfg}?token=${P(ecfgTok, "vercel_edge_config_token", { note: "read token, a UUID identified by context" })}"
KV_REST_API_READ_ONLY_TOKEN="${P(W.kvRO, "upstash_redis_token", { note: "read-only, still grants data access" })}"
KV_REST_API_TOKEN="${P(W.kvTok, "upstash_redis_token")}"
KV_REST_API_URL="https://${W.kvHost}"
KV_URL="rediss://default:${P(W.kvPw, "upstash_redis_password", { note: "password in rediss URL" })}@${W.kvHost}:6379"
NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY="${U(W.clerkPkTest, "clerk_publishable_key", { note: "publishable by design" })}"
NEXT_PUBLIC_SENTRY_DSN="${U(W.sentryDsnWeb, "sentry_dsn", { note: "public DSN" })}"
SENTRY_AUTH_TOKEN="${P(G.sentryOrg("orbit-labs"), "sentry_auth_token")}"
VERCEL="1"
VERCEL_ENV="development"
VERCEL_GIT_COMMIT_AUTHOR_LOGIN=""
VERCEL_GIT_COMMIT_SHA=""
VERCEL_OIDC_TOKEN="${U(oidc, "vercel_oidc_token", { note: "short-lived (12h) OIDC token, expired" })}"
VERCEL_TARGET_ENV="development"
VERCEL_URL=""
`,
  );
}

file(
  "orbit/apps/web/.env.production",
  `# Read by \`next build\` on CI. TODO(ana): move these to Vercel project settings
NEXT_PUBLIC_APP_URL=https://app.orbitlabs.io
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${U(G.stripePk(), "stripe_publishable_key", { note: "publishable by design" })}
STRIPE_SECRET_KEY=${P(G.stripeSk(), "stripe_secret_key")}
STRIPE_WEBHOOK_SECRET=${P(G.stripeWh(), "stripe_webhook_secret")}
OPENAI_API_KEY=${P(G.openai(), "openai_api_key")}
# used by /changelog page to read releases from the private repo
GITHUB_TOKEN=${P(ghStyle("ghp_"), "github_pat")}
`,
);

{
  const fbKey = G.firebaseKey();
  file(
    "orbit/apps/web/next.config.mjs",
    `import { withSentryConfig } from '@sentry/nextjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@orbit/db', '@orbit/ui'],
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  env: {
    // push notifications still go through the old Firebase project
    NEXT_PUBLIC_FIREBASE_API_KEY: '${U(fbKey, "firebase_web_api_key", { note: "browser key, public by design" })}',
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: '*.public.blob.vercel-storage.com' }],
  },
};

export default withSentryConfig(nextConfig, {
  org: 'orbit-labs',
  project: 'web',
  authToken: ${N("process.env.SENTRY_AUTH_TOKEN", "sentry_auth_token", { note: "env reference" })},
  // authToken: '${P(G.sentryUser(), "sentry_user_token", { note: "commented-out line" })}', // local testing only
  silent: !process.env.CI,
  widenClientFileUpload: true,
  hideSourceMaps: true,
});
`,
  );
}

file(
  "orbit/apps/web/app/api/webhooks/clerk/route.ts",
  `import { headers } from 'next/headers';
import { Webhook } from 'svix';
import type { WebhookEvent } from '@clerk/nextjs/server';
import { db, users } from '@orbit/db';

// Fallback keeps preview deployments from 500-ing until the env var is added in Vercel.
const WEBHOOK_SECRET = ${N("process.env.CLERK_WEBHOOK_SECRET", "clerk_webhook_secret", { note: "env reference" })} ?? '${P(G.svix(), "clerk_webhook_secret", { note: "hardcoded fallback" })}';

export async function POST(req: Request) {
  const h = headers();
  const svixId = h.get('svix-id');
  const svixTimestamp = h.get('svix-timestamp');
  const svixSignature = h.get('svix-signature');
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response('missing svix headers', { status: 400 });
  }

  const payload = await req.text();
  let evt: WebhookEvent;
  try {
    evt = new Webhook(WEBHOOK_SECRET).verify(payload, {
      'svix-id': svixId,
      'svix-timestamp': svixTimestamp,
      'svix-signature': svixSignature,
    }) as WebhookEvent;
  } catch {
    return new Response('bad signature', { status: 400 });
  }

  if (evt.type === 'user.created') {
    await db.insert(users).values({ clerkId: evt.data.id, email: evt.data.email_addresses[0]?.email_address });
  }
  return new Response('ok');
}
`,
);

file(
  "orbit/apps/web/lib/supabase/admin.ts",
  `import 'server-only';
import { createClient } from '@supabase/supabase-js';

const SUPABASE_URL = 'https://${W.sbRef}.supabase.co';

// anon key is fine to ship to the browser (RLS applies)
export const SUPABASE_ANON_KEY = '${U(W.sbAnon, "supabase_anon_key", { note: "anon JWT, public by design" })}';

// service role bypasses RLS - server only!
export const supabaseAdmin = createClient(
  SUPABASE_URL,
  ${N("process.env.SUPABASE_SERVICE_ROLE_KEY", "supabase_service_role_key", { note: "env reference" })} ??
    '${P(W.sbService, "supabase_service_role_key", { note: "service_role JWT as hardcoded fallback" })}',
  { auth: { persistSession: false, autoRefreshToken: false } },
);
`,
);

{
  const bypass = str(ALNUM, 32);
  const e2ePw = humanPassword(1);
  file(
    "orbit/apps/web/playwright.config.ts",
    `import { defineConfig, devices } from '@playwright/test';

const baseURL = process.env.PLAYWRIGHT_BASE_URL ?? 'http://localhost:3000';

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  retries: process.env.CI ? 2 : 0,
  use: {
    baseURL,
    trace: 'on-first-retry',
    // Vercel deployment protection
    extraHTTPHeaders: {
      'x-vercel-protection-bypass': ${N("process.env.VERCEL_AUTOMATION_BYPASS_SECRET", "vercel_automation_bypass_secret", { note: "env reference" })} ?? '${P(bypass, "vercel_automation_bypass_secret", { note: "fallback literal" })}',
    },
  },
  projects: [
    { name: 'setup', testMatch: /global\\.setup\\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
});

export const E2E_USER = {
  email: process.env.E2E_EMAIL ?? 'qa+e2e@orbitlabs.io',
  password: process.env.E2E_PASSWORD ?? '${P(e2ePw, "password", { note: "human-chosen password for the shared QA account" })}',
};
`,
  );
}

file(
  "orbit/apps/dashboard/.env",
  `PUBLIC_SUPABASE_URL=https://${W.sbRef}.supabase.co
PUBLIC_SUPABASE_ANON_KEY=${U(W.sbAnon, "supabase_anon_key", { note: "anon JWT, public by design" })}
SUPABASE_SERVICE_ROLE_KEY=${P(W.sbService, "supabase_service_role_key")}
SUPABASE_JWT_SECRET=${P(W.sbJwtSecret, "supabase_jwt_secret", { note: "signs the keys above" })}
# transaction pooler (port 6543) for serverless
DATABASE_URL=postgresql://postgres.${W.sbRef}:${P(W.sbDbPw, "supabase_db_password", { note: "human-chosen DB password in pooler URI" })}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres
SUPABASE_ACCESS_TOKEN=${P(W.sbp, "supabase_access_token")}
`,
);

file(
  "orbit/apps/dashboard/src/hooks.server.ts",
  `import { createServerClient } from '@supabase/ssr';
import { env } from '$env/dynamic/private';
import { PUBLIC_SUPABASE_URL } from '$env/static/public';
import type { Handle } from '@sveltejs/kit';

const PUBLISHABLE_KEY = '${U(W.sbPublishable, "supabase_publishable_key", { note: "publishable by design" })}';
// new-style API key; the legacy service_role JWT is being retired
const SECRET_KEY = ${N("env.SUPABASE_SECRET_KEY", "supabase_secret_key", { note: "env reference" })} || '${P(W.sbSecret, "supabase_secret_key", { note: "hardcoded fallback" })}';

export const handle: Handle = async ({ event, resolve }) => {
  const key = event.url.pathname.startsWith('/admin') ? SECRET_KEY : PUBLISHABLE_KEY;
  event.locals.supabase = createServerClient(PUBLIC_SUPABASE_URL, key, {
    cookies: {
      getAll: () => event.cookies.getAll(),
      setAll: (cookies) => cookies.forEach(({ name, value, options }) => event.cookies.set(name, value, { ...options, path: '/' })),
    },
  });
  return resolve(event, { filterSerializedResponseHeaders: (name) => name === 'content-range' });
};
`,
);

{
  const kvId = G.cfId(),
    kvPrev = G.cfId(),
    d1 = uuid();
  file(
    "orbit/apps/api-worker/wrangler.toml",
    `name = "orbit-api"
main = "src/index.ts"
compatibility_date = "2024-09-23"
compatibility_flags = ["nodejs_compat"]
account_id = "${N(W.cfAccount, "cloudflare_account_id", { note: "identifier" })}"
workers_dev = false
routes = [{ pattern = "api.orbitlabs.io/*", zone_name = "orbitlabs.io" }]

[[kv_namespaces]]
binding = "RATE_LIMIT"
id = "${N(kvId, "cloudflare_kv_namespace_id", { note: "identifier" })}"
preview_id = "${N(kvPrev, "cloudflare_kv_namespace_id", { note: "identifier" })}"

[[d1_databases]]
binding = "DB"
database_name = "orbit-events"
database_id = "${N(d1, "cloudflare_d1_database_id", { note: "UUID identifier" })}"

[[r2_buckets]]
binding = "UPLOADS"
bucket_name = "orbit-uploads"

[vars]
ENVIRONMENT = "production"
QSTASH_URL = "https://qstash.upstash.io"
QSTASH_TOKEN = "${P(W.qstash, "upstash_qstash_token", { note: "secret put in [vars] instead of wrangler secret" })}"
TURNSTILE_SITE_KEY = "${U(G.turnstileSite(), "cloudflare_turnstile_site_key", { note: "site key is public" })}"
# STRIPE_SECRET_KEY, R2 keys -> \`wrangler secret put\`
`,
  );
}

file(
  "orbit/apps/api-worker/.dev.vars",
  `CLOUDFLARE_API_TOKEN=${P(G.cfToken(), "cloudflare_api_token")}
R2_ACCESS_KEY_ID=${P(G.r2Id(), "cloudflare_r2_access_key_id")}
R2_SECRET_ACCESS_KEY=${P(G.r2Secret(), "cloudflare_r2_secret_access_key")}
STRIPE_SECRET_KEY=${P(G.stripeRk(), "stripe_restricted_key")}
QSTASH_CURRENT_SIGNING_KEY=${P(G.qsig(), "upstash_qstash_signing_key")}
QSTASH_NEXT_SIGNING_KEY=${P(G.qsig(), "upstash_qstash_signing_key")}
DISCORD_ALERTS_WEBHOOK=${P(G.discordHook(), "discord_webhook_url")}
TURNSTILE_SECRET_KEY=${P(G.turnstileSecret(), "cloudflare_turnstile_secret_key")}
`,
);

file(
  "orbit/apps/api-worker/.dev.vars.example",
  `# local secrets for \`wrangler dev\` - copy to .dev.vars
CLOUDFLARE_API_TOKEN="${N("${CF_API_TOKEN}", "cloudflare_api_token", { note: "shell-style variable reference" })}"
R2_ACCESS_KEY_ID=${N("x".repeat(32), "cloudflare_r2_access_key_id", { note: "xxxx placeholder" })}
R2_SECRET_ACCESS_KEY=${N("<r2-secret-access-key>", "cloudflare_r2_secret_access_key", { note: "placeholder" })}
STRIPE_SECRET_KEY=${N(`rk_live_${"x".repeat(24)}`, "stripe_restricted_key", { note: "xxxx placeholder" })}
QSTASH_CURRENT_SIGNING_KEY=${N("sig_xxxxxxxxxxxxxxxx", "upstash_qstash_signing_key", { note: "placeholder" })}
QSTASH_NEXT_SIGNING_KEY=
DISCORD_ALERTS_WEBHOOK=
# Cloudflare's documented dummy secret: always passes verification
TURNSTILE_SECRET_KEY=${N("1x0000000000000000000000000000000AA", "cloudflare_turnstile_secret_key", { note: "Cloudflare documented test secret" })}
`,
);

file(
  "orbit/apps/api-worker/src/index.ts",
  `import { Receiver } from '@upstash/qstash';

export interface Env {
  DB: D1Database;
  RATE_LIMIT: KVNamespace;
  UPLOADS: R2Bucket;
  QSTASH_CURRENT_SIGNING_KEY: string;
  QSTASH_NEXT_SIGNING_KEY: string;
  CF_PURGE_TOKEN?: string;
}

const ZONE_ID = '${N(W.cfZone, "cloudflare_zone_id", { note: "identifier" })}';

async function purge(env: Env, files: string[]) {
  // scoped token: Zone.Cache Purge only
  const token = env.CF_PURGE_TOKEN ?? '${P(G.cfLegacy(), "cloudflare_api_token", { note: "legacy-format token as fallback" })}';
  return fetch(\`https://api.cloudflare.com/client/v4/zones/\${ZONE_ID}/purge_cache\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ files }),
  });
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    if (url.pathname === '/hooks/qstash') {
      const receiver = new Receiver({
        currentSigningKey: env.QSTASH_CURRENT_SIGNING_KEY,
        nextSigningKey: env.QSTASH_NEXT_SIGNING_KEY,
      });
      const body = await req.text();
      const ok = await receiver.verify({ signature: req.headers.get('upstash-signature') ?? '', body });
      if (!ok) return new Response('invalid signature', { status: 401 });
      const { paths } = JSON.parse(body) as { paths: string[] };
      await purge(env, paths.map((p) => \`https://orbitlabs.io\${p}\`));
      return new Response('purged');
    }
    return new Response('not found', { status: 404 });
  },
};
`,
);

file(
  "orbit/packages/db/drizzle.config.ts",
  `import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  schema: './src/schema.ts',
  out: './drizzle',
  dialect: 'postgresql',
  dbCredentials: {
    url: ${N("process.env.DATABASE_URL!", "postgres_connection_string", { note: "env reference" })},
    // url: 'postgresql://neondb_owner:${P(W.neonPwDev, "neon_db_password", { note: "commented-out dev branch URI" })}@${W.neonEpDev}.us-east-2.aws.neon.tech/orbit?sslmode=require',
  },
  strict: true,
  verbose: true,
});
`,
);

file(
  "orbit/packages/db/.env",
  `# Prisma Postgres (through Accelerate) - used by the legacy billing jobs
DATABASE_URL="prisma+postgres://accelerate.prisma-data.net/?api_key=${P(G.prisma(), "prisma_accelerate_api_key")}"
# local shadow database for \`prisma migrate dev\`
SHADOW_DATABASE_URL="postgresql://postgres:${N("postgres", "postgres_password", { note: "default local docker password" })}@localhost:5432/orbit_shadow"
`,
);

file(
  "orbit/packages/backend/.env.local",
  `# Deployment used by \`npx convex dev\`
CONVEX_DEPLOYMENT=${N(W.convexDev, "convex_deployment_name", { note: "deployment name, identifier" })} # team: orbit-labs, project: orbit

CONVEX_URL=https://${W.convexDev.slice(4)}.convex.cloud

# production deploy key, copied here to test the Vercel build locally
CONVEX_DEPLOY_KEY=${P(W.convexKey, "convex_deploy_key")}
`,
);

{
  const twSid = G.twilioSid(),
    mgSid = `MG${hex(32)}`;
  file(
    "orbit/supabase/config.toml",
    `# A string used to distinguish different Supabase projects on the same host.
project_id = "orbit"

[api]
enabled = true
port = 54321
schemas = ["public", "graphql_public"]
max_rows = 1000

[db]
port = 54322
major_version = 15

[auth]
enabled = true
site_url = "http://127.0.0.1:3000"
additional_redirect_urls = ["https://app.orbitlabs.io/auth/callback"]
jwt_expiry = 3600
enable_signup = true

[auth.external.github]
enabled = true
client_id = "${U(W.ghClientId, "github_oauth_client_id", { note: "OAuth client id, public" })}"
secret = "${N("env(SUPABASE_AUTH_GITHUB_SECRET)", "github_oauth_client_secret", { note: "env() reference" })}"
redirect_uri = ""

[auth.sms]
enable_signup = false

[auth.sms.twilio]
enabled = true
account_sid = "${N(twSid, "twilio_account_sid", { note: "account identifier" })}"
message_service_sid = "${N(mgSid, "twilio_messaging_service_sid", { note: "identifier" })}"
auth_token = "${P(G.twilioAuth(), "twilio_auth_token", { note: "literal instead of env(...)" })}"
`,
  );
}

file(
  "orbit/supabase/seed.sql",
  `-- Local seed data. Runs on \`supabase db reset\`.
insert into auth.users (id, email, encrypted_password, email_confirmed_at, raw_app_meta_data)
values
  ('${uuid()}', 'alice@example.com', crypt('${N("password123", "password", { note: "obviously fake seed password" })}', gen_salt('bf')), now(), '{"provider":"email"}'),
  ('${uuid()}', 'bob@example.com', '${N(G.bcrypt(), "bcrypt_hash", { note: "password hash, not a secret" })}', now(), '{"provider":"email"}');

insert into public.plans (slug, name, monthly_price_cents) values
  ('free', 'Free', 0),
  ('team', 'Team', 2900);

-- billing job reads the key from Vault
select vault.create_secret('${P(G.stripeSk(), "stripe_secret_key", { note: "live key written into seed SQL" })}', 'stripe_secret_key', 'used by billing edge function');
`,
);

{
  const CLI_DEMO_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long";
  const demoAnon = jwt(
    { alg: "HS256", typ: "JWT" },
    { iss: "supabase-demo", role: "anon", exp: 1983812996 },
    CLI_DEMO_SECRET,
  );
  file(
    "orbit/supabase/functions/send-welcome/index.ts",
    `// Follow this setup guide to integrate the Deno language server with your editor:
// https://deno.land/manual/getting_started/setup_your_environment
import 'jsr:@supabase/functions-js/edge-runtime.d.ts';

const RESEND_API_KEY = ${N("Deno.env.get('RESEND_API_KEY')", "resend_api_key", { note: "env reference" })};

Deno.serve(async (req) => {
  const { email, name } = await req.json();
  const res = await fetch('https://api.resend.com/emails', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: \`Bearer \${RESEND_API_KEY}\` },
    body: JSON.stringify({
      from: 'Orbit <hello@orbitlabs.io>',
      to: [email],
      subject: \`Welcome to Orbit, \${name}\`,
      html: '<p>Glad you are here.</p>',
    }),
  });
  return new Response(await res.text(), { status: res.status, headers: { 'Content-Type': 'application/json' } });
});

/* To invoke locally:

  1. Run \`supabase start\` (see: https://supabase.com/docs/reference/cli/supabase-start)
  2. Make an HTTP request:

  curl -i --location --request POST 'http://127.0.0.1:54321/functions/v1/send-welcome' \\
    --header 'Authorization: Bearer ${N(demoAnon, "supabase_anon_key", { note: "supabase CLI local demo key, signed with the documented default secret" })}' \\
    --header 'Content-Type: application/json' \\
    --data '{"email":"alice@example.com","name":"Alice"}'

*/
`,
  );
}

// ================================================================== lumen-notes (Netlify + Firebase)
W.fbProject = `lumen-notes-${hex(5)}`;
file(
  "lumen-notes/netlify.toml",
  `[build]
  command = "npm run build"
  publish = "dist"
  functions = "netlify/functions"
  edge_functions = "netlify/edge-functions"

[build.environment]
  NODE_VERSION = "20"
  VITE_FIREBASE_PROJECT_ID = "${N(W.fbProject, "firebase_project_id", { note: "identifier" })}"
  SENDGRID_API_KEY = "${P(G.sendgrid(), "sendgrid_api_key", { note: "secret in netlify.toml build environment" })}"

[context.deploy-preview.environment]
  DIGEST_DRY_RUN = "true"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200

[[edge_functions]]
  path = "/api/*"
  function = "rate-limit"
`,
);

file(
  "lumen-notes/netlify/functions/send-digest.mts",
  `import type { Config, Context } from '@netlify/functions';
import sgMail from '@sendgrid/mail';
import { getDigestRecipients } from '../../src/server/digest';

const SLACK_ALERTS = '${P(G.slackHook(), "slack_webhook_url", { note: "webhook URL hardcoded in function" })}';

export default async (req: Request, context: Context) => {
  sgMail.setApiKey(${N('Netlify.env.get("SENDGRID_API_KEY")', "sendgrid_api_key", { note: "env reference" })} ?? '');
  const recipients = await getDigestRecipients();
  const dryRun = Netlify.env.get('DIGEST_DRY_RUN') === 'true';
  let sent = 0;
  for (const r of recipients) {
    if (!dryRun) await sgMail.send({ to: r.email, from: 'digest@lumen-notes.app', templateId: 'd-weekly', dynamicTemplateData: r });
    sent++;
  }
  await fetch(SLACK_ALERTS, { method: 'POST', body: JSON.stringify({ text: \`digest: \${sent} emails (dry run: \${dryRun})\` }) });
  return new Response(JSON.stringify({ sent }));
};

export const config: Config = { schedule: '0 7 * * MON' };
`,
);

file(
  "lumen-notes/netlify/edge-functions/rate-limit.ts",
  `import { Ratelimit } from 'https://esm.sh/@upstash/ratelimit@1.2.1';
import { Redis } from 'https://esm.sh/@upstash/redis@1.34.0';
import type { Config, Context } from '@netlify/edge-functions';

const redis = new Redis({
  url: 'https://${G.upstashHost()}',
  token: '${P(G.upstashToken(), "upstash_redis_token", { note: "hardcoded in edge function" })}',
});

const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(20, '10 s'), prefix: 'lumen' });

export default async (req: Request, context: Context) => {
  const { success, remaining } = await ratelimit.limit(context.ip);
  if (!success) return new Response('Too many requests', { status: 429 });
  const res = await context.next();
  res.headers.set('x-ratelimit-remaining', String(remaining));
  return res;
};

export const config: Config = { path: '/api/*' };
`,
);

{
  const sender = digits(12);
  file(
    "lumen-notes/src/lib/firebase.ts",
    `import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';

// Web config is public by design; security lives in Firestore rules + App Check.
const firebaseConfig = {
  apiKey: '${U(G.firebaseKey(), "firebase_web_api_key", { note: "web API key, public by design" })}',
  authDomain: '${W.fbProject}.firebaseapp.com',
  projectId: '${N(W.fbProject, "firebase_project_id", { note: "identifier" })}',
  storageBucket: '${W.fbProject}.appspot.com',
  messagingSenderId: '${N(sender, "firebase_messaging_sender_id", { note: "numeric identifier" })}',
  appId: '${N(`1:${sender}:web:${hex(22)}`, "firebase_app_id", { note: "identifier" })}',
  measurementId: 'G-${str(UPALNUM, 10)}',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
`,
  );
}

{
  const pem = rsaPkcs8Pem();
  const clientId = digits(21);
  file(
    "lumen-notes/service-account.json",
    `${JSON.stringify(
      {
        type: "service_account",
        project_id: N(W.fbProject, "firebase_project_id", { note: "identifier" }),
        private_key_id: U(hex(40), "gcp_private_key_id", { note: "key identifier; debatable" }),
        private_key: P(pem.replace(/\n/g, "\\n"), "gcp_service_account_private_key", {
          note: "PKCS#8 key with JSON-escaped newlines",
        }),
        client_email: `firebase-adminsdk-${str(LOWALNUM, 5)}@${W.fbProject}.iam.gserviceaccount.com`,
        client_id: N(clientId, "gcp_client_id", { note: "numeric identifier" }),
        auth_uri: "https://accounts.google.com/o/oauth2/auth",
        token_uri: "https://oauth2.googleapis.com/token",
        auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
        client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-${W.fbProject}.iam.gserviceaccount.com`,
        universe_domain: "googleapis.com",
      },
      null,
      2,
    )}\n`,
  );
}

file(
  "lumen-notes/functions/.runtimeconfig.json",
  `${JSON.stringify({
    stripe: {
      secret: P(G.stripeSk(), "stripe_secret_key", { note: "firebase functions:config export" }),
      price_pro: `price_1P${str(ALNUM, 22)}`,
    },
    mailgun: { key: P(G.mailgun(), "mailgun_api_key"), domain: "mg.lumen-notes.app" },
  })}\n`,
);

file(
  `lumen-notes/functions/.env.${W.fbProject}`,
  `# Firebase Functions params for the production project (loaded on deploy)
STRIPE_SECRET=${P(G.stripeSk(), "stripe_secret_key")}
RESEND_API_KEY=${P(G.resend(), "resend_api_key")}
ANTHROPIC_API_KEY=${P(G.anthropic(), "anthropic_api_key")}
DIGEST_FROM=digest@lumen-notes.app
`,
);

file(
  "lumen-notes/functions/src/index.ts",
  `import { onCall, HttpsError } from 'firebase-functions/v2/https';
import { initializeApp } from 'firebase-admin/app';
import OpenAI from 'openai';
import Stripe from 'stripe';

initializeApp();

const stripe = new Stripe(${N("process.env.STRIPE_SECRET!", "stripe_secret_key", { note: "env reference" })});
// TODO: switch to defineSecret('OPENAI_API_KEY') before launch
const openai = new OpenAI({ apiKey: '${P(G.openai(), "openai_api_key", { note: "hardcoded in Cloud Function" })}' });

export const summarize = onCall({ region: 'europe-west1' }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first');
  const text = String(request.data?.text ?? '').slice(0, 12000);
  const out = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: 'Summarize the note in 3 bullets.' }, { role: 'user', content: text }],
  });
  return { summary: out.choices[0]?.message?.content ?? '' };
});

export const createCheckout = onCall(async (request) => {
  const session = await stripe.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_pro', quantity: 1 }], success_url: 'https://lumen-notes.app/ok', cancel_url: 'https://lumen-notes.app/pricing' });
  return { url: session.url };
});
`,
);

file(
  "lumen-notes/.firebaserc",
  J({ projects: { default: N(W.fbProject, "firebase_project_id", { note: "identifier" }) } }),
);

file(
  "lumen-notes/functions/test/fixtures/tokens.json",
  J({
    description: "fake credentials for redaction unit tests - none of these are valid",
    github: N(ghStyleBroken("ghp_"), "github_pat", { note: "right shape, CRC32 checksum does not match" }),
    npm: N(ghStyleBroken("npm_"), "npm_token", { note: "right shape, CRC32 checksum does not match" }),
    stripeDocs: N("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe_secret_key", {
      note: "Stripe documentation sample test key",
    }),
    apiKey: N("test-api-key-do-not-use", "generic_api_key", { note: "obviously fake fixture" }),
  }),
);

{
  const siteId = uuid();
  file(
    "lumen-notes/.github/workflows/deploy.yml",
    `name: Deploy

on:
  push:
    branches: [main]

jobs:
  site:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci && npm run build
      - run: npx netlify-cli deploy --prod --dir=dist
        env:
          NETLIFY_AUTH_TOKEN: ${N(GH("NETLIFY_AUTH_TOKEN"), "netlify_access_token", { note: "Actions secret reference" })}
          NETLIFY_SITE_ID: ${N(siteId, "netlify_site_id", { note: "UUID identifier" })}

  functions:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci --prefix functions
      - run: npx firebase-tools deploy --only functions --project ${W.fbProject} --non-interactive
        env:
          # from \`firebase login:ci\`
          FIREBASE_TOKEN: ${P(G.googleRefresh(), "google_oauth_refresh_token", { note: "firebase login:ci token in workflow" })}
`,
  );
}

// ================================================================== pulse-api (Go on Fly.io + PlanetScale)
W.pscaleUser = G.pscaleUser();
file(
  "pulse-api/fly.toml",
  `# fly.toml app configuration file generated for pulse-api
app = "pulse-api"
primary_region = "fra"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  DATABASE_HOST = "aws.connect.psdb.cloud"
  DATABASE_NAME = "pulse"
  DATABASE_USERNAME = "${W.pscaleUser}"
  DATABASE_PASSWORD = "${P(G.pscalePw(), "planetscale_password", { note: "in [env] instead of fly secrets" })}"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  auto_start_machines = true
  min_machines_running = 1

[[vm]]
  size = "shared-cpu-1x"
  memory = "512mb"
`,
);

file(
  "pulse-api/.github/workflows/fly-deploy.yml",
  `name: Fly Deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    name: Deploy app
    runs-on: ubuntu-latest
    concurrency: deploy-group
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: ${N(GH("FLY_API_TOKEN"), "fly_api_token", { note: "Actions secret reference" })}

  migrate:
    needs: deploy
    runs-on: ubuntu-latest
    env:
      PLANETSCALE_ORG: pulse
      PLANETSCALE_SERVICE_TOKEN_ID: ${N(str(LOWALNUM, 12), "planetscale_service_token_id", { note: "token id, identifier" })}
      PLANETSCALE_SERVICE_TOKEN: ${P(G.pscaleTkn(), "planetscale_service_token")}
      FLY_API_TOKEN: "${P(G.flyMacaroon(), "fly_api_token", { note: "deploy macaroon pasted into workflow" })}"
    steps:
      - uses: actions/checkout@v4
      - uses: planetscale/setup-pscale-action@v1
      - run: pscale deploy-request create pulse "\${GITHUB_HEAD_REF:-main}" --org $PLANETSCALE_ORG
      - run: flyctl ssh console -a pulse-api -C "/app/pulse migrate"
`,
);

file(
  "pulse-api/internal/db/db.go",
  `package db

import (
	"database/sql"
	"fmt"
	"os"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

// Open connects to PlanetScale. DATABASE_URL wins; otherwise fall back to the
// staging branch so \`go run ./cmd/pulse\` works out of the box.
func Open() (*sql.DB, error) {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		dsn = fmt.Sprintf("%s:%s@tcp(aws.connect.psdb.cloud)/pulse?tls=true&parseTime=true",
			"${W.pscaleUser}", "${P(G.pscalePw(), "planetscale_password", { note: "fallback DSN password in Go source" })}")
	}
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(10)
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, nil
}
`,
);

file(
  "pulse-api/scripts/pscale-branch.sh",
  `#!/usr/bin/env bash
# Creates a PlanetScale branch + deploy request for the current git branch.
set -euo pipefail

BRANCH="\${1:-$(git rev-parse --abbrev-ref HEAD)}"
: "\${PLANETSCALE_SERVICE_TOKEN_ID:?set PLANETSCALE_SERVICE_TOKEN_ID}"
export PLANETSCALE_SERVICE_TOKEN="\${PLANETSCALE_SERVICE_TOKEN:-${P(G.pscaleTkn(), "planetscale_service_token", { note: "default value in shell parameter expansion" })}}"

pscale branch create pulse "$BRANCH" --org pulse --wait || true
pscale deploy-request create pulse "$BRANCH" --org pulse

# CI migration user, created 2024-04-02 with:
#   pscale password create pulse main ci-migrations --role admin
#   username: ${str(LOWALNUM, 12)}
#   password: ${P(G.pscalePw(), "planetscale_password", { note: "pasted CLI output in a comment" })}
`,
);

file(
  "pulse-api/Dockerfile",
  `# syntax=docker/dockerfile:1
FROM golang:1.22-alpine@sha256:${N(hex(64), "sha256_digest", { note: "image digest" })} AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/pulse ./cmd/pulse

ARG MIGRATE_VERSION=v4.17.1
RUN wget -q https://github.com/golang-migrate/migrate/releases/download/\${MIGRATE_VERSION}/migrate.linux-amd64.tar.gz \\
 && echo "${N(hex(64), "sha256_digest", { note: "artifact checksum" })}  migrate.linux-amd64.tar.gz" | sha256sum -c - \\
 && tar -xzf migrate.linux-amd64.tar.gz -C /out migrate

FROM gcr.io/distroless/static-debian12@sha256:${N(hex(64), "sha256_digest", { note: "image digest" })}
COPY --from=build /out/ /app/
USER nonroot:nonroot
ENTRYPOINT ["/app/pulse"]
`,
);

file(
  "pulse-api/internal/auth/jwt_test.go",
  `package auth

import "testing"

// Token and secret from the jwt.io debugger, handy as a known-good HS256 vector.
const sampleToken = "${N("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt", { note: "jwt.io sample token" })}"
const sampleSecret = "${N("your-256-bit-secret", "jwt_secret", { note: "jwt.io sample secret" })}"

func TestVerifySample(t *testing.T) {
	claims, err := Verify(sampleToken, []byte(sampleSecret))
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	if claims.Subject != "1234567890" {
		t.Fatalf("unexpected sub %q", claims.Subject)
	}
}
`,
);

file(
  "pulse-api/config/config.yaml",
  `server:
  port: 8080
  read_timeout: 10s

database:
  host: aws.connect.psdb.cloud
  name: pulse-staging
  username: ${N(W.pscaleUser, "planetscale_username", { note: "username, identifier" })}
  password: ${P(G.pscalePw(), "planetscale_password")}

datadog:
  site: datadoghq.eu
  api_key: ${P(G.ddApi(), "datadog_api_key", { note: "32 hex, identified by key name" })}
  app_key: ${P(G.ddApp(), "datadog_app_key", { note: "40 hex, identified by key name" })}
  rum_client_token: ${U(G.ddClient(), "datadog_client_token", { note: "browser client token, public by design" })}

sentry:
  dsn: ${U(G.sentryDsn(), "sentry_dsn", { note: "public DSN" })}

notify:
  slack_bot_token: ${P(G.slackBot(), "slack_bot_token")}
  channel: "#pulse-alerts"
`,
);

// ================================================================== ferry-deno (Deno Deploy + Turso)
{
  const upPw = G.upstashPw(),
    upHost = G.upstashHost();
  file(
    "ferry-deno/.env",
    `TURSO_DATABASE_URL=libsql://${W.tursoDbHost}
TURSO_AUTH_TOKEN=${P(W.tursoTok, "turso_auth_token", { note: "EdDSA JWT database token" })}
DENO_DEPLOY_TOKEN=${P(W.deno, "deno_deploy_token")}
UPSTASH_REDIS_URL=rediss://default:${P(upPw, "upstash_redis_password", { note: "password in rediss URL" })}@${upHost}:6379
`,
  );
}

file(
  "ferry-deno/scripts/seed.ts",
  `import { createClient } from 'npm:@libsql/client@0.6.0/web';
import { faker } from 'npm:@faker-js/faker@8.4.1';

// read-only token is enough to sanity check counts after seeding
const reader = createClient({
  url: 'libsql://${W.tursoDbHost}',
  authToken: '${P(G.tursoDb(true), "turso_auth_token", { note: "read-only database token hardcoded" })}',
});

const writer = createClient({ url: Deno.env.get('TURSO_DATABASE_URL')!, authToken: Deno.env.get('TURSO_AUTH_TOKEN') });

for (let i = 0; i < 200; i++) {
  await writer.execute({
    sql: 'insert into routes (id, origin, destination, departs_at) values (?, ?, ?, ?)',
    args: [crypto.randomUUID(), faker.location.city(), faker.location.city(), faker.date.soon().toISOString()],
  });
}
const { rows } = await reader.execute('select count(*) as n from routes');
console.log('routes:', rows[0].n);
`,
);

// ================================================================== relay-remix (Render / Railway / MongoDB Atlas)
file(
  "relay-remix/render.yaml",
  `services:
  - type: web
    name: relay-web
    runtime: node
    plan: starter
    region: frankfurt
    buildCommand: npm ci && npm run build
    startCommand: npm run start
    healthCheckPath: /healthz
    envVars:
      - key: NODE_VERSION
        value: 20.12.2
      - key: SESSION_SECRET
        generateValue: true
      - key: MONGODB_URI
        value: mongodb+srv://relay-render:${P(humanPassword(1), "mongodb_password", { note: "human password in render.yaml URI" })}@${W.mongoHostRelay}/relay?retryWrites=true&w=majority&appName=Cluster0
      - key: CLERK_SECRET_KEY
        sync: false
`,
);

{
  file(
    "relay-remix/.env",
    `# Railway project "relay" - project token for the preview environment
RAILWAY_TOKEN=${P(W.railwayToken, "railway_token", { note: "UUID, only the variable name says it is secret" })}
RAILWAY_PROJECT_ID=${N(W.railwayProject, "railway_project_id", { note: "UUID identifier" })}

# MongoDB Atlas (M10, eu-central-1)
MONGODB_URI="mongodb+srv://relay:${P(W.relayMongoPwEnc, "mongodb_password", { decoded: W.relayMongoPw, note: "URL-encoded password in URI" })}@${W.mongoHostRelay}/relay?retryWrites=true&w=majority&appName=Cluster0"
ATLAS_PUBLIC_KEY=${N(W.atlasPub, "mongodb_atlas_public_key", { note: "public half of API key" })}
ATLAS_PRIVATE_KEY=${P(W.atlasPriv, "mongodb_atlas_private_key", { note: "UUID private API key" })}

SESSION_SECRET=${P(hex(64), "session_secret", { note: "64 hex, identified by name" })}
RENDER_API_KEY=${P(W.render, "render_api_key")}
RESEND_API_KEY=${P(W.resend2, "resend_api_key")}
`,
  );
}

{
  const hookKey = G.renderHook();
  file(
    "relay-remix/docs/deploy.md",
    `# Deploying relay

Production runs on Render (service ${BT}relay-web${BT}); PR previews run on Railway.

## Trigger a deploy by hand

CI calls the deploy hook after tests pass. To redeploy manually:

${FENCE}bash
curl -X POST "https://api.render.com/deploy/${N(W.renderSrv, "render_service_id", { note: "service identifier" })}?key=${P(hookKey, "render_deploy_hook_key", { note: "deploy hook key in docs" })}"
${FENCE}

## Check the last deploys

${FENCE}bash
curl -s -H "Authorization: Bearer ${P(W.render, "render_api_key", { note: "API key in docs curl example" })}" \\
  "https://api.render.com/v1/services/${N(W.renderSrv, "render_service_id", { note: "service identifier" })}/deploys?limit=5" | jq '.[].deploy.status'
${FENCE}

Rotate the API key in Render -> Account Settings -> API Keys if this doc ever leaves the repo.
`,
  );
}

file(
  "relay-remix/scripts/atlas-backup.py",
  `"""Trigger an on-demand Atlas snapshot before risky migrations."""
import sys

import requests
from requests.auth import HTTPDigestAuth

ATLAS_GROUP_ID = "${N(W.atlasGroup, "mongodb_atlas_project_id", { note: "24 hex project identifier" })}"
CLUSTER = "Cluster0"
PUBLIC_KEY = "${N(W.atlasPub, "mongodb_atlas_public_key", { note: "public half of API key" })}"
PRIVATE_KEY = "${P(W.atlasPriv, "mongodb_atlas_private_key")}"

BASE = "https://cloud.mongodb.com/api/atlas/v2"


def snapshot(description: str) -> str:
    r = requests.post(
        f"{BASE}/groups/{ATLAS_GROUP_ID}/clusters/{CLUSTER}/backup/snapshots",
        auth=HTTPDigestAuth(PUBLIC_KEY, PRIVATE_KEY),
        headers={"Accept": "application/vnd.atlas.2023-01-01+json"},
        json={"description": description, "retentionInDays": 7},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    print(snapshot(sys.argv[1] if len(sys.argv) > 1 else "pre-migration"))
`,
);

// ================================================================== growth-analytics (Python / notebooks)
{
  const analystPw = humanPassword(4);
  const host = G.mongoHost();
  const oaiRedacted = `sk-proj-${str(B64URL, 4)}...${str(B64URL, 4)}`;
  const nb = {
    cells: [
      {
        cell_type: "markdown",
        id: hex(8),
        metadata: {},
        source: [
          "# Churn by signup cohort\n",
          "\n",
          "Pulls events from the relay Atlas cluster (read-only analyst user).",
        ],
      },
      {
        cell_type: "code",
        execution_count: 2,
        id: hex(8),
        metadata: {},
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: [
              `connecting to mongodb+srv://analyst:${P(analystPw, "mongodb_password", { note: "password printed in notebook output" })}@${host}/relay?retryWrites=true&w=majority\n`,
            ],
          },
        ],
        source: [
          "import os\n",
          "from pymongo import MongoClient\n",
          "\n",
          `uri = ${N('os.environ[\\"MONGODB_URI\\"]', "env_reference", { note: "env reference (JSON-escaped)" })}\n`,
          'print("connecting to", uri)\n',
          "client = MongoClient(uri)",
        ],
      },
      {
        cell_type: "code",
        execution_count: 3,
        id: hex(8),
        metadata: {},
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: [`using key ${N(oaiRedacted, "openai_api_key", { note: "redacted (prefix...suffix)" })}\n`],
          },
        ],
        source: ["import openai\n", 'print("using key", openai.api_key[:12] + "..." + openai.api_key[-4:])'],
      },
      {
        cell_type: "code",
        execution_count: 4,
        id: hex(8),
        metadata: {},
        outputs: [
          {
            data: {
              "text/plain": [
                "cohort\n",
                "2024-01    0.31\n",
                "2024-02    0.27\n",
                "2024-03    0.22\n",
                "Name: churned, dtype: float64",
              ],
            },
            execution_count: 4,
            metadata: {},
            output_type: "execute_result",
          },
        ],
        source: [
          'df = pd.DataFrame(client.relay.events.find({}, {"_id": 0}))\n',
          'df.groupby("cohort").churned.mean()',
        ],
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.9" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  file("growth-analytics/notebooks/churn.ipynb", `${JSON.stringify(nb, null, 1)}\n`);
}

file(
  "growth-analytics/config/settings.py",
  `import os

NEON_DATABASE_URL = os.environ.get(
    "NEON_DATABASE_URL",
    "postgresql://analyst:${P(G.neonPw(), "neon_db_password", { note: "default value in os.environ.get" })}@ep-${pick(ADJ)}-${pick(NOUN)}-${str(LOWALNUM, 8)}.eu-central-1.aws.neon.tech/analytics?sslmode=require",
)
WAREHOUSE_PASSWORD = os.getenv("WAREHOUSE_PASSWORD", "${P(humanPassword(2), "password", { note: "human password as getenv default" })}")
OPENAI_API_KEY = ${N('os.environ["OPENAI_API_KEY"]', "openai_api_key", { note: "env reference" })}
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "${N("xoxb-your-token", "slack_bot_token", { note: "placeholder" })}")

COHORT_START = "2024-01-01"
`,
);

file(
  "growth-analytics/.env",
  `ANTHROPIC_API_KEY=${P(G.anthropic(), "anthropic_api_key")}
OPENAI_API_KEY=${P(G.openai(), "openai_api_key")}
# Atlas Admin API (service account, org read-only)
MDB_MCP_API_CLIENT_ID=${N(G.mdbSaId(), "mongodb_atlas_client_id", { note: "service account client id, identifier" })}
MDB_MCP_API_CLIENT_SECRET=${P(G.mdbSaSk(), "mongodb_atlas_service_account_secret")}
DD_API_KEY=${P(G.ddApi(), "datadog_api_key")}
DD_SITE=datadoghq.eu
`,
);

// ================================================================== platform-infra (Terraform, k8s, encrypted files)
{
  const cfTokVal = G.cfToken();
  const neonPwTf = G.neonPw();
  const neonEp = `ep-${pick(ADJ)}-${pick(NOUN)}-${str(LOWALNUM, 8)}`;
  const sbPwTf = humanPassword(3);
  const upRest = G.upstashToken();
  const vercelEnvRes = G.resend();
  const tf = `{
  "version": 4,
  "terraform_version": "1.7.5",
  "serial": 57,
  "lineage": "${N(uuid(), "uuid", { note: "state lineage identifier" })}",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "cloudflare_api_token",
      "name": "cache_purge",
      "provider": "provider[\\"registry.terraform.io/cloudflare/cloudflare\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "condition": [],
            "id": "${N(hex(32), "cloudflare_api_token_id", { note: "token id, identifier" })}",
            "name": "orbit-cache-purge",
            "policy": [
              {
                "effect": "allow",
                "permission_groups": ["${N(hex(32), "cloudflare_permission_group_id", { note: "identifier" })}"],
                "resources": {"com.cloudflare.api.account.zone.${N(W.cfZone, "cloudflare_zone_id", { note: "identifier" })}": "*"}
              }
            ],
            "status": "active",
            "value": "${P(cfTokVal, "cloudflare_api_token", { note: "token value in terraform state" })}"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "value"}]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "neon_project",
      "name": "orbit",
      "provider": "provider[\\"registry.terraform.io/kislerdm/neon\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "connection_uri": "postgresql://neondb_owner:${P(neonPwTf, "neon_db_password", { note: "password in state connection_uri" })}@${neonEp}.us-east-2.aws.neon.tech/neondb?sslmode=require",
            "database_host": "${neonEp}.us-east-2.aws.neon.tech",
            "database_name": "neondb",
            "database_password": "${P(neonPwTf, "neon_db_password", { note: "same password, state attribute" })}",
            "database_user": "neondb_owner",
            "id": "${W.neonProject}",
            "name": "orbit",
            "region_id": "aws-us-east-2"
          },
          "sensitive_attributes": []
        }
      ]
    },
    {
      "mode": "managed",
      "type": "vercel_project_environment_variable",
      "name": "resend",
      "provider": "provider[\\"registry.terraform.io/vercel/vercel\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "${str(ALNUM, 16)}",
            "key": "RESEND_API_KEY",
            "project_id": "${W.prj}",
            "sensitive": true,
            "target": ["production", "preview"],
            "team_id": "${W.team}",
            "value": "${P(vercelEnvRes, "resend_api_key", { note: "env var value stored in state" })}"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "supabase_project",
      "name": "orbit",
      "provider": "provider[\\"registry.terraform.io/supabase/supabase\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "database_password": "${P(sbPwTf, "supabase_db_password", { note: "human password in state" })}",
            "id": "${W.sbRef}",
            "instance_size": "small",
            "name": "orbit",
            "organization_id": "${str(LOW, 20)}",
            "region": "eu-central-1"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "upstash_redis_database",
      "name": "cache",
      "provider": "provider[\\"registry.terraform.io/upstash/upstash\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "database_id": "${N(uuid(), "uuid", { note: "database identifier" })}",
            "database_name": "orbit-cache",
            "endpoint": "${G.upstashHost()}",
            "port": 6379,
            "region": "global",
            "rest_token": "${P(upRest, "upstash_redis_token", { note: "REST token in state" })}",
            "tls": true
          }
        }
      ]
    }
  ],
  "check_results": null
}
`;
  file("platform-infra/terraform/terraform.tfstate", tf);
}

file(
  "platform-infra/terraform/variables.tf",
  `variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "cloudflare_account_id" {
  type    = string
  default = "${N(W.cfAccount, "cloudflare_account_id", { note: "identifier" })}"
}

variable "neon_api_key" {
  type      = string
  sensitive = true
  # TODO: drop the default and use TF_VAR_neon_api_key in CI
  default = "${P(W.napi2, "neon_api_key", { note: "variable default in .tf" })}"
}

variable "vercel_api_token" {
  type      = string
  sensitive = true
}
`,
);

file(
  "platform-infra/terraform/terraform.tfvars.example",
  `cloudflare_api_token = "${N("<cloudflare-api-token>", "cloudflare_api_token", { note: "placeholder" })}"
neon_api_key         = "${N(`napi_${"x".repeat(64)}`, "neon_api_key", { note: "xxxx placeholder" })}"
vercel_api_token     = "${N("REPLACE_ME", "vercel_api_token", { note: "placeholder" })}"
`,
);

file(
  "platform-infra/k8s/sealed-secret.yaml",
  `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orbit-worker
  namespace: orbit
spec:
  encryptedData:
    DATABASE_URL: ${N(`AgB${b64(bytes(540))}`, "sealed_secret", { note: "sealed-secrets ciphertext" })}
    QSTASH_TOKEN: ${N(`AgC${b64(bytes(420))}`, "sealed_secret", { note: "sealed-secrets ciphertext" })}
  template:
    metadata:
      name: orbit-worker
      namespace: orbit
    type: Opaque
`,
);

{
  const dbUrl = `postgresql://neondb_owner:${W.neonPw}@${W.neonHostP}/orbit?sslmode=require`;
  const res = W.resend;
  file(
    "platform-infra/k8s/worker-secret.yaml",
    `# applied by hand while the sealed-secrets controller was down - delete after migration
apiVersion: v1
kind: Secret
metadata:
  name: orbit-worker-tmp
  namespace: orbit
type: Opaque
data:
  QSTASH_TOKEN: ${P(b64(Buffer.from(W.qstash)), "upstash_qstash_token", { decoded: W.qstash, note: "base64 in Secret data" })}
  DATABASE_URL: ${P(b64(Buffer.from(dbUrl)), "postgres_connection_string", { decoded: dbUrl, note: "base64 of Neon URI with password" })}
  RESEND_API_KEY: ${P(b64(Buffer.from(res)), "resend_api_key", { decoded: res, note: "base64 in Secret data" })}
`,
  );
}

file(
  "platform-infra/helm/orbit-worker/templates/secret.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "orbit-worker.fullname" . }}
  labels:
    {{- include "orbit-worker.labels" . | nindent 4 }}
type: Opaque
stringData:
  QSTASH_TOKEN: ${N("{{ .Values.qstash.token | quote }}", "upstash_qstash_token", { note: "Helm template placeholder" })}
  DATABASE_URL: ${N('{{ required "databaseUrl is required" .Values.databaseUrl | quote }}', "postgres_connection_string", { note: "Helm template placeholder" })}
`,
);

{
  const ageRecipient = `age1${str("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}`;
  const ageLines = wrap(b64(bytes(240)), 64);
  file(
    "platform-infra/secrets/prod.enc.yaml",
    `neon:
    database_url: ${N(sopsEnc(96), "sops_encrypted_value", { note: "SOPS ciphertext" })}
clerk:
    secret_key: ${N(sopsEnc(48), "sops_encrypted_value", { note: "SOPS ciphertext" })}
stripe:
    secret_key: ${N(sopsEnc(107), "sops_encrypted_value", { note: "SOPS ciphertext" })}
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: ${N(ageRecipient, "age_public_key", { note: "age recipient is a public key" })}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${N(ageLines[0], "sops_encrypted_value", { note: "age-wrapped data key" })}
            ${ageLines.slice(1).join("\n            ")}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T10:14:33Z"
    mac: ${N(sopsEnc(32), "sops_encrypted_value", { note: "SOPS MAC" })}
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`,
  );
}

{
  const lines = wrap(hex(800), 80);
  file(
    "platform-infra/ansible/group_vars/all/vault.yml",
    `${N(`$ANSIBLE_VAULT;1.1;AES256\n${lines.join("\n")}`, "ansible_vault", { note: "ansible-vault ciphertext" })}\n`,
  );
}

file(
  "platform-infra/certs/cloudflare-origin.pem",
  `# Cloudflare Origin CA certificate for *.orbitlabs.io (public part only)
${N(certPem(), "tls_certificate", { note: "public certificate" })}
`,
);

{
  const SELFHOST_SECRET = "your-super-secret-jwt-token-with-at-least-32-characters-long";
  const anon = jwt(
    { alg: "HS256", typ: "JWT" },
    { role: "anon", iss: "supabase-demo", iat: 1641769200, exp: 1799535600 },
    SELFHOST_SECRET,
  );
  const svc = jwt(
    { alg: "HS256", typ: "JWT" },
    { role: "service_role", iss: "supabase-demo", iat: 1641769200, exp: 1799535600 },
    SELFHOST_SECRET,
  );
  file(
    "platform-infra/supabase-selfhost/.env",
    `############
# Secrets
# YOU MUST CHANGE THESE BEFORE GOING INTO PRODUCTION
############

POSTGRES_PASSWORD=${N("your-super-secret-and-long-postgres-password", "postgres_password", { note: "Supabase self-hosting documented default" })}
JWT_SECRET=${N(SELFHOST_SECRET, "supabase_jwt_secret", { note: "Supabase self-hosting documented default" })}
ANON_KEY=${N(anon, "supabase_anon_key", { note: "demo key signed with documented default secret" })}
SERVICE_ROLE_KEY=${N(svc, "supabase_service_role_key", { note: "demo key signed with documented default secret" })}
DASHBOARD_USERNAME=supabase
DASHBOARD_PASSWORD=${N("this_password_is_insecure_and_should_be_updated", "password", { note: "Supabase self-hosting documented default" })}

############
# Database
############
POSTGRES_HOST=db
POSTGRES_DB=postgres
POSTGRES_PORT=5432

############
# Studio
############
STUDIO_DEFAULT_ORGANIZATION=Orbit Labs
STUDIO_DEFAULT_PROJECT=staging
OPENAI_API_KEY=${P(G.openai(), "openai_api_key", { note: "real key added to an otherwise default file" })}

############
# Auth / email (overridden for staging)
############
SMTP_ADMIN_EMAIL=ops@orbitlabs.io
SMTP_HOST=smtp.sendgrid.net
SMTP_PORT=587
SMTP_USER=apikey
SMTP_PASS=${P(G.sendgrid(), "sendgrid_api_key", { note: "SendGrid key as SMTP password" })}
SMTP_SENDER_NAME=Orbit
`,
  );
}

{
  const kp = ed25519Pair("deploy@orbit-ci");
  file(
    "platform-infra/keys/deploy_ed25519",
    `${P(kp.priv, "ssh_private_key", { note: "OpenSSH ed25519 deploy key" })}\n`,
  );
  file("platform-infra/keys/deploy_ed25519.pub", `${N(kp.pub, "ssh_public_key", { note: "public key" })}\n`);
}

// ================================================================== machine files
{
  const cfGlobal = G.cfGlobal();
  const napiCli = G.napi();
  const b = `cd ~/src/orbit
git pull --rebase
pnpm install
pnpm --filter web dev
export VERCEL_TOKEN=${P(W.vercelDev, "vercel_api_token", { note: "shell history export" })}
vercel env pull apps/web/.env.local --environment=development
vercel env ls production
cd apps/api-worker
wrangler dev
wrangler secret put STRIPE_SECRET_KEY
wrangler deploy
curl -X POST "https://api.cloudflare.com/client/v4/zones/${N(W.cfZone, "cloudflare_zone_id", { note: "identifier" })}/purge_cache" -H "X-Auth-Email: dev@orbitlabs.io" -H "X-Auth-Key: ${P(cfGlobal, "cloudflare_global_api_key", { note: "global key in curl header" })}" -H "Content-Type: application/json" --data '{"purge_everything":true}'
cd ~/src/orbit
psql "postgresql://neondb_owner:${P(W.neonPw, "neon_db_password", { note: "URI in shell history" })}@${W.neonHostD}/orbit?sslmode=require" -c 'select count(*) from users'
neonctl branches list --project-id ${W.neonProject} --api-key ${P(napiCli, "neon_api_key", { note: "CLI flag in shell history" })}
echo $SUPABASE_SERVICE_ROLE_KEY | pbcopy
cd ~/src/pulse-api
fly secrets set STRIPE_SECRET_KEY=${P(W.stripePulse, "stripe_secret_key", { note: "fly secrets set in shell history" })} -a pulse-api
fly deploy
fly logs -a pulse-api
cd ~/src/relay-remix
curl --digest -u "${N(W.atlasPub, "mongodb_atlas_public_key", { note: "public half of API key" })}:${P(W.atlasPriv, "mongodb_atlas_private_key", { note: "digest auth in curl" })}" "https://cloud.mongodb.com/api/atlas/v2/groups" -H "Accept: application/vnd.atlas.2023-01-01+json"
export RAILWAY_TOKEN=${P(W.railwayToken, "railway_token", { note: "UUID project token exported in shell" })}
railway up --detach
cd ~/src/ferry-deno
deployctl deploy --project=ferry --prod --token=${P(W.deno, "deno_deploy_token", { note: "CLI flag in shell history" })} main.ts
turso db shell ferry-dev
cd ~/src/orbit/packages/backend
npx convex env set RESEND_API_KEY ${P(W.resend, "resend_api_key", { note: "convex env set in shell history" })} --prod
npx convex deploy
git status
`;
  file("machine/home/dev/.bash_history", b);
}

file(
  "machine/home/dev/.npmrc",
  `//registry.npmjs.org/:_authToken=${P(ghStyle("npm_"), "npm_token", { note: "valid CRC32 checksum" })}
@orbit:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${N("${GITHUB_TOKEN}", "github_pat", { note: "env variable reference" })}
save-exact=true
`,
);

file(
  "machine/home/dev/.config/turso/settings.json",
  J({
    config: {
      token: P(G.tursoPlatform(), "turso_platform_token", { note: "Turso CLI login token" }),
      username: "dev-orbit",
      cache: { database_names: { "dev-orbit": ["ferry-dev", "ferry-prod"] } },
    },
  }),
);

file(
  "machine/home/dev/.fly/config.yml",
  `access_token: ${P(G.flyLegacy(), "fly_api_token", { note: "flyctl login token (legacy fo1_ format)" })}
send_metrics: true
wire_guard_state: {}
auto_update: true
`,
);

{
  const uid = hex(24);
  file(
    "machine/home/dev/.config/netlify/config.json",
    J({
      telemetryDisabled: false,
      cliId: N(uuid(), "uuid", { note: "CLI install identifier" }),
      userId: N(uid, "netlify_user_id", { note: "24 hex account identifier" }),
      users: {
        [N(uid, "netlify_user_id", { note: "24 hex account identifier" })]: {
          id: N(uid, "netlify_user_id", { note: "24 hex account identifier" }),
          name: "Dev Orbit",
          email: "dev@orbitlabs.io",
          auth: {
            token: P(G.netlify(), "netlify_access_token", { note: "Netlify CLI auth token" }),
            github: { user: null, token: null },
          },
        },
      },
    }),
  );
}

file(
  "machine/home/dev/.local/share/com.vercel.cli/auth.json",
  J({
    "// Note": "This is your Vercel credentials file. DO NOT SHARE!",
    "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",
    token: P(W.vercelDev, "vercel_api_token", { note: "Vercel CLI credentials file" }),
  }),
);

file(
  "machine/home/dev/.wrangler/config/default.toml",
  `oauth_token = "${P(G.wranglerOauth(), "cloudflare_oauth_token", { note: "wrangler login access token (shape guessed)" })}"
expiration_time = "2024-05-14T10:41:07.118Z"
refresh_token = "${P(G.wranglerOauth(), "cloudflare_oauth_refresh_token", { note: "wrangler login refresh token (shape guessed)" })}"
scopes = [ "account:read", "user:read", "workers:write", "workers_kv:write", "workers_routes:write", "workers_scripts:write", "workers_tail:read", "d1:write", "pages:write", "zone:read", "ssl_certs:write", "offline_access" ]
`,
);

{
  const ghp = ghStyle("ghp_");
  const plain = `dev-orbit:${ghp}`;
  file(
    "machine/home/dev/.docker/config.json",
    J({
      auths: {
        "ghcr.io": {
          auth: P(b64(Buffer.from(plain)), "docker_registry_auth", {
            decoded: plain,
            note: "base64(user:GitHub PAT) for ghcr.io",
          }),
        },
        "registry.fly.io": {},
      },
      currentContext: "desktop-linux",
    }),
  );
}

{
  const gho = ghStyle("gho_");
  file(
    "machine/home/dev/.config/gh/hosts.yml",
    `github.com:
    users:
        dev-orbit:
            oauth_token: ${P(gho, "github_oauth_token", { note: "gh CLI token" })}
    git_protocol: https
    oauth_token: ${P(gho, "github_oauth_token", { note: "gh CLI token (duplicate key)" })}
    user: dev-orbit
`,
  );
}

file(
  "machine/home/dev/.aws/credentials",
  `[default]
aws_access_key_id = ${P(G.aws(), "aws_access_key_id")}
aws_secret_access_key = ${P(G.awsSecret(), "aws_secret_access_key")}
region = eu-central-1

[r2]
aws_access_key_id = ${P(G.r2Id(), "cloudflare_r2_access_key_id", { note: "R2 S3-compatible key in AWS profile" })}
aws_secret_access_key = ${P(G.r2Secret(), "cloudflare_r2_secret_access_key")}
endpoint_url = https://${N(W.cfAccount, "cloudflare_account_id", { note: "identifier in endpoint host" })}.r2.cloudflarestorage.com

[docs-example]
aws_access_key_id = ${N("AKIAIOSFODNN7EXAMPLE", "aws_access_key_id", { note: "AWS documentation example" })}
aws_secret_access_key = ${N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key", { note: "AWS documentation example" })}
`,
);

{
  const sha = hex(40);
  const redactedStripe = `sk_live_51${"*".repeat(20)}${str(ALNUM, 4)}`;
  file(
    "machine/var/log/orbit-deploy.log",
    `2024-05-14T09:12:03.114Z INFO  deploy start app=orbit-api sha=${N(sha, "git_commit_sha", { note: "commit hash" })}
2024-05-14T09:12:03.902Z INFO  bundling src/index.ts (esbuild 0.21.4)
2024-05-14T09:12:04.552Z DEBUG fetch POST https://api.resend.com/emails headers={"authorization":"Bearer ${P(W.resend2, "resend_api_key", { note: "bearer token in debug log" })}","content-type":"application/json"}
2024-05-14T09:12:05.009Z DEBUG libsql connect url=libsql://${W.tursoDbHost}?authToken=${P(W.tursoTok, "turso_auth_token", { note: "token in logged URL" })}
2024-05-14T09:12:05.870Z WARN  stripe: using key ${N(redactedStripe, "stripe_secret_key", { note: "redacted in log" })} (livemode=true)
2024-05-14T09:12:06.101Z INFO  upstream auth header: Authorization: Bearer ${N("****************", "redacted", { note: "masked value" })}
2024-05-14T09:12:07.330Z INFO  uploaded 14 files to R2 bucket orbit-uploads
2024-05-14T09:12:08.442Z ERROR sentry-cli releases files upload-sourcemaps failed (403): auth token ${P(G.sentryUser(), "sentry_user_token", { note: "token echoed in error log" })} lacks scope project:releases
2024-05-14T09:12:08.443Z INFO  deploy finished in 5.3s
`,
  );
}

{
  const containerId = hex(64);
  const imageId = hex(64);
  const inspect = [
    {
      Id: containerId,
      Created: "2024-05-14T08:55:12.338761203Z",
      Path: "docker-entrypoint.sh",
      Args: ["npm", "run", "start"],
      State: {
        Status: "running",
        Running: true,
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: 48213,
        ExitCode: 0,
        Error: "",
        StartedAt: "2024-05-14T08:55:13.01544721Z",
        FinishedAt: "0001-01-01T00:00:00Z",
      },
      Image: `sha256:${N(imageId, "sha256_digest", { note: "image id" })}`,
      Name: "/relay-web",
      RestartCount: 0,
      Driver: "overlay2",
      Config: {
        Hostname: containerId.slice(0, 12),
        User: "node",
        Env: [
          `MONGODB_URI=mongodb+srv://relay:${P(W.relayMongoPwEnc, "mongodb_password", { decoded: W.relayMongoPw, note: "URL-encoded password in docker inspect env" })}@${W.mongoHostRelay}/relay?retryWrites=true&w=majority&appName=Cluster0`,
          `CLERK_SECRET_KEY=${P(G.clerkSk(true), "clerk_secret_key", { note: "docker inspect env" })}`,
          `UPSTASH_REDIS_REST_TOKEN=${P(G.upstashToken(), "upstash_redis_token", { note: "docker inspect env" })}`,
          "NODE_ENV=production",
          "PORT=3000",
          "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          "NODE_VERSION=20.12.2",
          "YARN_VERSION=1.22.19",
        ],
        Cmd: ["npm", "run", "start"],
        Image: "ghcr.io/orbit-labs/relay-web:1.8.3",
        WorkingDir: "/app",
        Entrypoint: ["docker-entrypoint.sh"],
        Labels: {
          "org.opencontainers.image.source": "https://github.com/orbit-labs/relay",
          "org.opencontainers.image.version": "1.8.3",
        },
      },
      NetworkSettings: {
        Ports: { "3000/tcp": [{ HostIp: "0.0.0.0", HostPort: "3000" }] },
        IPAddress: "172.17.0.3",
      },
    },
  ];
  file("machine/docker-inspect-relay-web.json", `${JSON.stringify(inspect, null, 4)}\n`);
}

{
  const stagingUp = G.upstashToken();
  const renderKey = G.render();
  const red = `sk_live_...${str(ALNUM, 4)}`;
  const msgs = [
    {
      type: "message",
      user: `U05${str(UPALNUM, 8)}`,
      text: "deploying relay-web 1.8.3 to render now",
      ts: "1715677201.318929",
    },
    {
      type: "message",
      user: `U05${str(UPALNUM, 8)}`,
      text: `staging upstash token if anyone needs it: ${P(stagingUp, "upstash_redis_token", { note: "pasted in chat export" })}`,
      ts: "1715677344.120419",
    },
    {
      type: "message",
      user: `U05${str(UPALNUM, 8)}`,
      text: `db password for the relay atlas user is ${P(W.relayMongoPw, "mongodb_password", { note: "human password pasted in chat" })} - please don't paste it anywhere else lol`,
      ts: "1715677390.554109",
    },
    {
      type: "message",
      user: `U05${str(UPALNUM, 8)}`,
      text: `render key for the deploy script: ${P(renderKey, "render_api_key", { note: "pasted in chat export" })}`,
      ts: "1715677511.002311",
    },
    {
      type: "message",
      user: `U05${str(UPALNUM, 8)}`,
      text: `rotated the stripe key that leaked in the log, old one was ${N(red, "stripe_secret_key", { note: "redacted" })}`,
      ts: "1715677800.440017",
    },
    {
      type: "message",
      user: `U05${str(UPALNUM, 8)}`,
      text: `in the workflow use ${N(GH("RENDER_API_KEY"), "render_api_key", { note: "Actions secret reference" })} please, not the raw key`,
      ts: "1715677899.731200",
    },
  ];
  file("machine/exports/slack/deploys/2024-05-14.json", `${JSON.stringify(msgs, null, 4)}\n`);
}

// ================================================================== write everything
if (pending.size) throw new Error(`unused markers: ${[...pending.values()].map((e) => e.type).join(",")}`);
fs.rmSync("files", { recursive: true, force: true });
for (const [rel, content] of files) {
  const p = path.join("files", rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}
fs.writeFileSync("labels.json", `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync("neutrals.json", `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.log(
  `files=${files.length} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

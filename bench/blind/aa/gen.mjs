#!/usr/bin/env node
/*
 * Blind secret-scanner corpus "aa" — games studio / streaming-media company.
 * Usage: node gen.mjs <seed>   -> writes ./files/**, ./labels.json, ./neutrals.json
 * Deterministic: every random byte comes from HMAC-SHA256(key=seed, msg=counter).
 * No credential literal lives in this file; everything is built at run time from its format.
 * Only vendor-published documentation samples appear literally (AWS AKIAIOSFODNN7EXAMPLE pair,
 * the jwt.io sample token), and only as negatives.
 *
 * Credential formats used (prefix / length / alphabet / checksum — source):
 *  steam_web_api_key          32 hex, upper-case                                   — Valve Steamworks docs (Web API key), observed shape
 *  steamworks_publisher_key   32 hex, upper-case                                   — Steamworks partner docs, observed shape
 *  playfab_secret_key         52 chars [A-Z0-9]                                     — observed shape (PlayFab Game Manager "secret keys")
 *  playfab_title_id (id)      4-6 hex upper                                         — PlayFab docs (public identifier -> negative)
 *  eos_client_secret          43 chars [A-Za-z0-9+/]; client id "xyza7891"+24 alnum — observed shape (EOS Dev Portal)
 *  unity_cloud_build_api_key  32 hex lower                                          — observed shape
 *  ugs_service_account_secret 32 chars [A-Za-z0-9_-], key id is a UUID              — observed shape (UGS service accounts)
 *  twitch_client_secret / twitch_oauth_token  30 chars [a-z0-9] ("oauth:" prefix in IRC) — Twitch dev docs, observed shape
 *  twitch_stream_key          "live_" + 9 digits + "_" + 30 alnum                  — observed shape
 *  discord_bot_token          base64url(snowflake) "." 6 b64url "." 38 b64url      — Discord docs (token structure), observed shape
 *  discord_webhook_url        https://discord.com/api/webhooks/<snowflake>/<68 b64url> — Discord docs
 *  youtube_api_key / google   "AIza" + 35 [A-Za-z0-9_-]                             — Google API key docs
 *  youtube_stream_key         5 groups of 4 [a-z0-9] joined by "-"                  — observed shape
 *  reddit_client_secret       30 chars [A-Za-z0-9_-]; client id 22 chars (identifier) — observed shape
 *  mux_token_secret           75 chars [A-Za-z0-9+/]; token id is a UUID           — observed shape (Mux dashboard)
 *  cloudinary_url             cloudinary://<15 digits>:<27 [A-Za-z0-9_-]>@<cloud>  — Cloudinary docs (CLOUDINARY_URL)
 *  vimeo_access_token         32 hex lower                                          — observed shape
 *  fastly_api_token           32 chars [A-Za-z0-9_-]                                — Fastly docs (API tokens), observed shape
 *  akamai_client_secret       base64 of 32 bytes (44 chars, "=" end)                — Akamai EdgeGrid .edgerc docs
 *  akamai_access_token/client_token  "akab-" + 16 [a-z0-9] + "-" + 16 [a-z0-9]     — Akamai EdgeGrid .edgerc docs
 *  bunny_storage_password     hex 8-4-4-12-4-4                                       — observed shape (guessed)
 *  bunny_api_key              UUID + "-" + hex 4-4-12 (72 chars incl. dashes)        — observed shape (guessed)
 *  wowza_publish_password     human password in conf/publish.password             — Wowza docs (file layout)
 *  agora_app_certificate      32 hex lower (app id same shape, public -> neutral)   — Agora docs
 *  sentry_auth_token          "sntrys_" + base64(JSON{iat,url,region_url,org}) + "_" + 43 [A-Za-z0-9+/]; "sntryu_" + 64 hex — Sentry docs
 *  sentry_dsn (neutral)       https://<32 hex>@o<id>.ingest.sentry.io/<id>           — Sentry docs
 *  backtrace_token            64 hex lower                                          — Backtrace docs (submission / symbol tokens)
 *  gameanalytics_secret_key   40 hex; game key 32 hex (client side -> neutral)     — GameAnalytics docs
 *  github_pat                 "ghp_" + 30 base62 + 6 base62 CRC32(random part)     — GitHub token format blog
 *  npm_token                  "npm_" + 30 base62 + 6 base62 CRC32(random part)     — npm token format
 *  slack_webhook_url          https://hooks.slack.com/services/T<9>/B<10>/<24 alnum> — Slack docs
 *  slack_bot_token            "xoxb-" digits "-" digits "-" 24 alnum                — Slack docs
 *  aws_access_key_id/secret   "AKIA" + 16 [A-Z2-7]; secret 40 [A-Za-z0-9+/]          — AWS docs
 *  stripe_secret_key          "sk_live_51" + 96 alnum; pk_live_ neutral; "whsec_" + 32 alnum — Stripe docs
 *  datadog_api_key/app_key    32 hex / 40 hex; client token "pub" + 32 hex neutral — Datadog docs
 *  sendgrid_api_key           "SG." + 22 b64url + "." + 43 b64url                    — SendGrid docs
 *  jenkins_api_token          "11" + 32 hex                                         — observed shape
 *  perforce_ticket            32 hex upper in p4tickets.txt                          — Perforce docs
 *  jwt                        HS256 JWT, header.payload.signature (valid HMAC)       — RFC 7519
 *  private_key                OpenSSH ed25519 (valid), PKCS8 EC P-256 (valid), PKCS8 RSA-shaped blob (synthetic body)
 *  django_secret_key          50 chars from Django's get_random_secret_key alphabet  — Django source
 *  google_oauth_client_secret "GOCSPX-" + 28 [A-Za-z0-9_-] (client id neutral)     — Google OAuth client JSON, observed shape
 *  kubernetes_service_account_token  JWT (RS256 in reality; HS256-signed here)     — observed shape
 *  aws_ses_smtp_password      44 chars base64-ish starting "B"                      — observed shape (guessed)
 *  mux_webhook_secret         32 [a-z0-9]                                           — observed shape (guessed)
 *  rtmp_stream_key / backtrace_symbol_token  custom RTMP key 8-8-8 [a-z0-9]; symbol token 64 hex — observed shape
 *  password / *_password      human passwords from word lists + digits + symbols
 *  database / redis URLs      scheme://user:password@host  (password labelled, URL-encoded where needed)
 * Hard negatives: placeholders, env/secret references, doc samples, redacted values, hashes, git SHAs,
 * lockfile integrity, UUID identifiers, public keys/certs, fake fixtures, broken checksums, SOPS / ansible-vault /
 * sealed-secret / Jenkins-encrypted values, public identifiers.
 */
import { createECDH, createHash, createHmac, createPrivateKey, createPublicKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const SEED = process.argv[2] ?? "default-seed";
let ctr = 0;
let pool = Buffer.alloc(0);
function rb(n) {
  while (pool.length < n) {
    pool = Buffer.concat([pool, createHmac("sha256", SEED).update(`ctr:${ctr++}`).digest()]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function rint(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = rb(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[rint(a.length)];
const DIG = "0123456789";
const HEX = "0123456789abcdef";
const HEXU = "0123456789ABCDEF";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const UP = LOW.toUpperCase();
const B62 = DIG + UP + LOW;
const ALNUM = UP + LOW + DIG;
const LOWNUM = LOW + DIG;
const UPNUM = UP + DIG;
const B64 = `${UP + LOW + DIG}+/`;
const B64URL = `${UP + LOW + DIG}-_`;
const str = (alpha, n) => {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[rint(alpha.length)];
  return s;
};
const hex = (n) => str(HEX, n);
const hexU = (n) => str(HEXU, n);
const b64 = (buf) => Buffer.from(buf).toString("base64");
const b64url = (buf) => Buffer.from(buf).toString("base64url");
function uuid() {
  const b = rb(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, "g")).join("\n");

// ---- CRC32 + base62 for GitHub / npm tokens
const CRC_T = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();
function crc32(s) {
  let c = 0xffffffff;
  for (const byte of Buffer.from(s)) c = CRC_T[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n) {
  let s = "";
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(6, "0");
}
function ghToken(prefix) {
  const r = str(B62, 30);
  return prefix + r + base62(crc32(r));
}
function brokenChecksum(tok) {
  const last = tok[tok.length - 1];
  const repl = B62[(B62.indexOf(last) + 7) % 62];
  return tok.slice(0, -1) + repl;
}

// ---- vendor-shaped generators
const gen = {
  steamKey: () => hexU(32),
  playfabSecret: () => str(UPNUM, 52),
  playfabTitle: () => hexU(5),
  eosClientId: () => `xyza7891${str(ALNUM, 24)}`,
  eosSecret: () => str(`${UP + LOW + DIG}+/`, 43),
  ucbKey: () => hex(32),
  ugsSecret: () => str(B64URL, 32),
  twitch: () => str(LOWNUM, 30),
  twitchStream: () => `live_${`1${str(DIG, 8)}`}_${str(ALNUM, 30)}`,
  snowflake: () => `1${str("01", 1)}${str(DIG, 17)}`,
  discordBot() {
    const id = this.snowflake();
    return `${b64url(Buffer.from(id))}.${str(B64URL, 6)}.${str(B64URL, 38)}`;
  },
  discordHook() {
    return `https://discord.com/api/webhooks/${this.snowflake()}/${str(B64URL, 68)}`;
  },
  google: () => `AIza${str(`${UP + LOW + DIG}_-`, 35)}`,
  ytStream: () => [0, 1, 2, 3, 4].map(() => str(LOWNUM, 4)).join("-"),
  redditSecret: () => str(B64URL, 30),
  redditId: () => str(B64URL, 22),
  muxSecret: () => str(B64, 75),
  cloudinaryKey: () => `${1 + rint(9)}${str(DIG, 14)}`,
  cloudinarySecret: () => str(B64URL, 27),
  vimeo: () => hex(32),
  fastly: () => str(B64URL, 32),
  akamaiSecret: () => b64(rb(32)),
  akab: () => `akab-${str(LOWNUM, 16)}-${str(LOWNUM, 16)}`,
  bunnyStorage: () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(12)}-${hex(4)}-${hex(4)}`,
  bunnyApi: () => `${uuid()}-${hex(4)}-${hex(4)}-${hex(12)}`,
  agora: () => hex(32),
  sentryOrg(org) {
    const payload = b64(
      Buffer.from(
        JSON.stringify({
          iat: 1700000000 + rint(20000000) + rint(999999) / 1e6,
          url: "https://sentry.io",
          region_url: "https://us.sentry.io",
          org,
        }),
      ),
    );
    return `sntrys_${payload.replace(/=+$/, "")}_${str(B64, 43)}`;
  },
  sentryUser: () => `sntryu_${hex(64)}`,
  dsn: () =>
    `https://${hex(32)}@o${100000 + rint(899999)}.ingest.us.sentry.io/${4500000000000000 + rint(99999999)}`,
  backtrace: () => hex(64),
  gaGame: () => hex(32),
  gaSecret: () => hex(40),
  slackHook: () => `https://hooks.slack.com/services/T${str(UPNUM, 8)}/B${str(UPNUM, 10)}/${str(ALNUM, 24)}`,
  slackBot: () => `xoxb-${str(DIG, 12)}-${str(DIG, 13)}-${str(ALNUM, 24)}`,
  akid: () => `AKIA${str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
  awsSecret: () => str(B64, 40),
  stripeSk: () => `sk_live_51${str(ALNUM, 96)}`,
  stripePk: () => `pk_live_51${str(ALNUM, 96)}`,
  whsec: () => `whsec_${str(ALNUM, 32)}`,
  ddApi: () => hex(32),
  ddApp: () => hex(40),
  ddClient: () => `pub${hex(32)}`,
  sendgrid: () => `SG.${str(B64URL, 22)}.${str(B64URL, 43)}`,
  jenkins: () => `11${hex(32)}`,
  p4ticket: () => hexU(32),
  django: () => str("abcdefghijklmnopqrstuvwxyz0123456789!@^&*(-_=+)", 50),
  sha256: () => hex(64),
  sha1: () => hex(40),
};

const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "winter",
  "falcon",
  "maple",
  "copper",
  "nebula",
  "pixel",
  "dragon",
  "mosaic",
  "ember",
  "glacier",
  "tundra",
  "raven",
  "saffron",
  "quartz",
  "biscuit",
  "cobalt",
  "meadow",
  "orbit",
  "pepper",
  "rocket",
  "summit",
  "thistle",
  "velvet",
  "willow",
  "zephyr",
  "kestrel",
  "juniper",
  "marble",
  "cinder",
  "basalt",
  "puffin",
  "gecko",
  "walrus",
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function pw() {
  const a = pick(WORDS),
    b = pick(WORDS),
    s = pick(["!", "*", ".", "-", "_", "?", "+"]);
  const d = str(DIG, 2 + rint(3));
  switch (rint(6)) {
    case 0:
      return cap(a) + s + cap(b) + d;
    case 1:
      return `${a}-${cap(b)}-${d}`;
    case 2:
      return cap(a) + cap(b) + d + s;
    case 3:
      return a + d + s + cap(b);
    case 4:
      return `${cap(a)}_${b}_${d}`;
    default:
      return cap(a) + d + cap(b) + s;
  }
}
function pwPlain() {
  return cap(pick(WORDS)) + cap(pick(WORDS)) + str(DIG, 2 + rint(3));
}

// ---- JWT (valid HS256)
function jwt(payload) {
  const h = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64url(JSON.stringify(payload));
  const sig = createHmac("sha256", rb(32)).update(`${h}.${p}`).digest();
  return `${h}.${p}.${b64url(sig)}`;
}
const JWT_IO_SAMPLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE";
const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

// ---- keys
function sshStr(b) {
  const buf = Buffer.from(b);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(buf.length);
  return Buffer.concat([l, buf]);
}
function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
function openssh(comment) {
  const seed = rb(32);
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const priv = createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  const spki = createPublicKey(priv).export({ format: "der", type: "spki" });
  const pub = spki.subarray(spki.length - 32);
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const check = rb(4);
  let sec = Buffer.concat([
    check,
    check,
    sshStr("ssh-ed25519"),
    sshStr(pub),
    sshStr(Buffer.concat([seed, pub])),
    sshStr(comment),
  ]);
  let pad = 1;
  while (sec.length % 8) sec = Buffer.concat([sec, Buffer.from([pad++])]);
  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshStr("none"),
    sshStr("none"),
    sshStr(""),
    u32(1),
    sshStr(pubBlob),
    sshStr(sec),
  ]);
  return {
    priv: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(body), 70)}\n-----END OPENSSH PRIVATE KEY-----`,
    pub: `ssh-ed25519 ${b64(pubBlob)} ${comment}`,
  };
}
function ecP8() {
  const d = rb(32);
  d[0] = (d[0] & 0x7f) | 0x01;
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(d);
  const pubRaw = ecdh.getPublicKey();
  const jwk = {
    kty: "EC",
    crv: "P-256",
    d: b64url(d),
    x: b64url(pubRaw.subarray(1, 33)),
    y: b64url(pubRaw.subarray(33, 65)),
  };
  const k = createPrivateKey({ key: jwk, format: "jwk" });
  return k.export({ format: "pem", type: "pkcs8" }).trim();
}
function rsaShaped(escaped) {
  const body = b64(
    Buffer.concat([
      Buffer.from("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100", "hex"),
      rb(1189),
    ]),
  );
  const lines = wrap(body, 64);
  if (escaped)
    return `-----BEGIN PRIVATE KEY-----\\n${lines.split("\n").join("\\n")}\\n-----END PRIVATE KEY-----\\n`;
  return `-----BEGIN PRIVATE KEY-----\n${lines}\n-----END PRIVATE KEY-----`;
}
function certShaped() {
  const body = b64(
    Buffer.concat([Buffer.from("3082037a30820262a003020102021", "hex").subarray(0, 14), rb(880)]),
  );
  return `-----BEGIN CERTIFICATE-----\n${wrap(body, 64)}\n-----END CERTIFICATE-----`;
}

// ---- encrypted-at-rest shapes (negatives)
const sopsEnc = (n) => `ENC[AES256_GCM,data:${b64(rb(n))},iv:${b64(rb(32))},tag:${b64(rb(16))},type:str]`;
const jenkinsEnc = () =>
  `{${b64(Buffer.concat([Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, 32]), rb(16), rb(32)]))}}`;
const sealed = () => `Ag${b64(rb(330)).replace(/=+$/, "")}`;
function vaultBlock() {
  const h = Buffer.from(`${hex(64)}\n${hex(64)}\n${hex(96)}`).toString("hex");
  return `$ANSIBLE_VAULT;1.1;AES256\n${wrap(h, 80)}`;
}

// ---- label machinery: values are placed via sentinels so line numbers are exact
const marks = [];
const files = [];
function mk(kind, type, secret, opts = {}) {
  if (typeof opts === "string") opts = { note: opts };
  marks.push({ kind, type, secret, ...opts });
  return `\u0000${marks.length - 1}\u0000`;
}
const P = (type, secret, opts) => mk("pos", type, secret, opts);
const N = (type, secret, opts) => mk("neg", type, secret, opts);
const U = (type, secret, opts) => mk("neu", type, secret, opts);
function file(rel, content) {
  let out = "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the sentinels are NULs no file holds
  const re = /\u0000(\d+)\u0000/g;
  let last = 0;
  for (let m = re.exec(content); m !== null; m = re.exec(content)) {
    out += content.slice(last, m.index);
    const mark = marks[+m[1]];
    const line = out.split("\n").length;
    mark.file = rel;
    mark.line = line;
    mark.done = true;
    out += mark.secret;
    last = m.index + m[0].length;
  }
  out += content.slice(last);
  files.push({ rel, out });
}

// ===================== shared "world" values =====================
const STEAM_KEY = gen.steamKey();
const STEAM_PUB = gen.steamKey();
const PF_TITLE = gen.playfabTitle();
const PF_SECRET = gen.playfabSecret();
const PF_SECRET_DEV = gen.playfabSecret();
const EOS_ID = gen.eosClientId();
const EOS_SECRET = gen.eosSecret();
const EOS_ID_STG = gen.eosClientId();
const EOS_SECRET_STG = gen.eosSecret();
const TW_ID = gen.twitch();
const TW_SECRET = gen.twitch();
const TW_OAUTH = gen.twitch();
const DISCORD_BOT = gen.discordBot();
const DISCORD_HOOK_OPS = gen.discordHook();
const DISCORD_HOOK_BUILDS = gen.discordHook();
const YT_KEY = gen.google();
const MUX_ID = uuid();
const MUX_SECRET = gen.muxSecret();
const CLD_KEY = gen.cloudinaryKey();
const CLD_SECRET = gen.cloudinarySecret();
const CLD_URL = `cloudinary://${CLD_KEY}:${CLD_SECRET}@forgecast-media`;
const VIMEO = gen.vimeo();
const FASTLY = gen.fastly();
const FASTLY_2 = gen.fastly();
const AKA_SECRET = gen.akamaiSecret();
const AKA_ACCESS = gen.akab();
const AKA_CLIENT = gen.akab();
const AKA_HOST = `${gen.akab()}.luna.akamaiapis.net`;
const BUNNY_STORAGE = gen.bunnyStorage();
const BUNNY_API = gen.bunnyApi();
const AGORA_ID = gen.agora();
const AGORA_CERT = gen.agora();
const SENTRY_ORG_TOKEN = gen.sentryOrg("northwind-forge");
const SENTRY_USER_TOKEN = gen.sentryUser();
const DSN_GAME = gen.dsn();
const DSN_WEB = gen.dsn();
const BT_SUBMIT = gen.backtrace();
const BT_SYMBOL = gen.backtrace();
const GA_GAME = gen.gaGame();
const GA_SECRET = gen.gaSecret();
const DD_API = gen.ddApi();
const DD_APP = gen.ddApp();
const MM_SQL_PW = pw();
const PG_PW = pwPlain();
const REDIS_PW = pwPlain();
const STEAM_BUILD_PW = pw();
const P4_PW = pw();
const P4_TICKET = gen.p4ticket();
const UCB_KEY = gen.ucbKey();
const _UGS_KEY_ID = uuid();
const _UGS_SECRET = gen.ugsSecret();
const JENKINS_TOKEN = gen.jenkins();
const GH_PAT = ghToken("ghp_");
const NPM_TOKEN = ghToken("npm_");
const _SLACK_HOOK = gen.slackHook();
const AWS_ID = gen.akid();
const AWS_SECRET = gen.awsSecret();
const STRIPE_SK = gen.stripeSk();
const STRIPE_PK = gen.stripePk();
const WHSEC = gen.whsec();
const PHOTON_REALTIME = uuid();
const PHOTON_CHAT = uuid();
const TWITCH_STREAM = gen.twitchStream();
const YT_STREAM = gen.ytStream();
const WOWZA_PW1 = pw();
const WOWZA_PW2 = pw();
const REDDIT_ID = gen.redditId();
const REDDIT_SECRET = gen.redditSecret();
const REDDIT_PW = pw();
const FIREBASE_KEY = gen.google();
const DD_CLIENT = gen.ddClient();
const KEYSTORE_PW = pw();
const KEYALIAS_PW = pw();
const DEPLOY_KEY = openssh("deploy@build-agent-07");
const SENDGRID = gen.sendgrid();
const DJANGO = gen.django();
const CLOUD_PROJECT = uuid();
const GIT_SHAS = Array.from({ length: 6 }, () => gen.sha1());
const SLACK_BOT = gen.slackBot();
const SENTRY_ORG_TOKEN_2 = gen.sentryOrg("northwind-forge");
const STEAM_KEY_2 = gen.steamKey();
const UGS_SECRET_2 = gen.ugsSecret();
const UGS_KEY_ID_2 = uuid();
const DD_API_2 = gen.ddApi();
const VIMEO_2 = gen.vimeo();
const BUNNY_API_2 = gen.bunnyApi();
const SLACK_HOOK_CI = gen.slackHook();
const CI_SENTRY_LEAK = gen.sentryUser();

// ===================== files =====================

// ---------- backend/matchmaking (C#)
file(
  "backend/matchmaking/appsettings.json",
  `{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "Steam": {
    "AppId": 1934570,
    "WebApiKey": "${P("steam_web_api_key", STEAM_KEY)}",
    "PublisherKey": "${P("steamworks_publisher_key", STEAM_PUB)}"
  },
  "PlayFab": {
    "TitleId": "${N("playfab_title_id", PF_TITLE, "public title identifier")}",
    "DeveloperSecretKey": "${P("playfab_secret_key", PF_SECRET)}"
  },
  "ConnectionStrings": {
    "Matchmaking": "Server=tcp:mm-sql-prod.database.windows.net,1433;Initial Catalog=matchmaking;User ID=mmsvc;Password=${P("password", MM_SQL_PW, "MSSQL connection string password")};Encrypt=True;TrustServerCertificate=False;"
  },
  "Sentry": {
    "Dsn": "${U("sentry_dsn", DSN_GAME, "DSN public key, public by design")}",
    "TracesSampleRate": 0.05
  }
}
`,
);

file(
  "backend/matchmaking/appsettings.Development.json",
  `{
  "Steam": {
    "WebApiKey": "${N("steam_web_api_key", "<your-steam-web-api-key>", "placeholder")}",
    "PublisherKey": ""
  },
  "PlayFab": {
    "TitleId": "${N("playfab_title_id", PF_TITLE, "public title identifier")}",
    "DeveloperSecretKey": "${N("playfab_secret_key", "changeme", "placeholder")}"
  },
  "ConnectionStrings": {
    "Matchmaking": "Server=localhost,1433;Database=matchmaking;User ID=sa;Password=${N("password", "yourStrong(!)Password", "Microsoft SQL Server container docs sample password")};TrustServerCertificate=True;"
  }
}
`,
);

file(
  "backend/matchmaking/Services/SteamAuthService.cs",
  `using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Northwind.Matchmaking.Services;

public sealed class SteamOptions
{
    public uint AppId { get; set; }
    public string WebApiKey { get; set; } = string.Empty;
    public string PublisherKey { get; set; } = string.Empty;
}

public sealed class SteamAuthService
{
    private const string AuthUrl = "https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/";
    // TODO(mk): remove once the options binding works on the new host
    // private const string PublisherKeyFallback = "${P("steamworks_publisher_key", STEAM_PUB, "commented-out fallback")}";

    private readonly HttpClient _http;
    private readonly SteamOptions _opts;

    public SteamAuthService(HttpClient http, IOptions<SteamOptions> opts)
    {
        _http = http;
        _opts = opts.Value;
    }

    public async Task<ulong?> ValidateTicketAsync(string ticketHex, CancellationToken ct)
    {
        var url = $"{AuthUrl}?key={_opts.PublisherKey}&appid={_opts.AppId}&ticket={ticketHex}";
        var resp = await _http.GetFromJsonAsync<SteamAuthResponse>(url, ct);
        if (resp?.Response?.Params?.Result != "OK") return null;
        return ulong.Parse(resp.Response.Params.SteamId);
    }
}
`,
);

file(
  "backend/matchmaking/Dockerfile",
  `FROM mcr.microsoft.com/dotnet/aspnet:8.0@sha256:${N("sha256_digest", gen.sha256(), "image digest")} AS base
WORKDIR /app
EXPOSE 8080

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish Matchmaking.csproj -c Release -o /out

FROM base
COPY --from=build /out .
ENV ASPNETCORE_URLS=http://+:8080
ENV Steam__AppId=1934570
# quick fix for the staging cluster, move to the secret store later
ENV Steam__WebApiKey=${P("steam_web_api_key", STEAM_KEY)}
ENV Redis__ConnectionString=mm-redis.internal:6379,password=${P("redis_password", REDIS_PW)},ssl=False
ENTRYPOINT ["dotnet", "Matchmaking.dll"]
`,
);

// ---------- backend/leaderboards (Go)
file(
  "backend/leaderboards/main.go",
  `package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"log"
	"net/http"
	"os"
)

// GameAnalytics REST collector credentials (Skyreach Arena, PC build)
const (
	gaGameKey   = "${U("gameanalytics_game_key", GA_GAME, "game key ships in the client")}"
	gaSecretKey = "${P("gameanalytics_secret_key", GA_SECRET)}"
)

func sign(body []byte) string {
	secret := os.Getenv("GA_SECRET_KEY")
	if secret == "" {
		secret = gaSecretKey
	}
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func main() {
	dsn := os.Getenv("LEADERBOARD_DB_DSN")
	if dsn == "" {
		dsn = "postgres://leaderboards:${P("password", PG_PW, "postgres DSN fallback")}@lb-db.prod.internal:5432/leaderboards?sslmode=require"
	}
	store, err := openStore(dsn)
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/v1/scores", scoresHandler(store))
	log.Fatal(http.ListenAndServe(":8081", nil))
}
`,
);

// ---------- backend/gateway (C++)
file(
  "backend/gateway/src/crash_uploader.cpp",
  `// Crash uploader for dedicated servers.
#include "crash_uploader.h"
#include <cstdlib>
#include <string>

namespace nwf::gateway {

// Backtrace submission token for project "skyreach-server"
static constexpr const char* kBacktraceUniverse = "northwindforge";
static constexpr const char* kBacktraceToken = "${P("backtrace_token", BT_SUBMIT)}";

// Photon Realtime / Chat app ids (these are client-side identifiers)
static constexpr const char* kPhotonRealtimeAppId = "${N("photon_app_id", PHOTON_REALTIME, "Photon app id is a public identifier")}";
static constexpr const char* kPhotonChatAppId = "${N("photon_app_id", PHOTON_CHAT, "Photon app id is a public identifier")}";

std::string CrashUploader::SubmitUrl() const {
    const char* env = std::getenv("BACKTRACE_TOKEN");
    std::string token = env ? env : kBacktraceToken;
    return std::string("https://submit.backtrace.io/") + kBacktraceUniverse + "/" + token + "/minidump";
}

}  // namespace nwf::gateway
`,
);

// ---------- tools/twitch_bot (Python)
file(
  "tools/twitch_bot/bot.py",
  `"""Skyreach live-ops Twitch chat bot (drops + giveaways)."""
import os

from twitchio.ext import commands

CLIENT_ID = "${U("twitch_client_id", TW_ID, "client id is public")}"
# CLIENT_SECRET = "${P("twitch_client_secret", TW_SECRET, "commented out but still present")}"
CLIENT_SECRET = os.environ["TWITCH_CLIENT_SECRET"]
BOT_TOKEN = os.getenv("TWITCH_BOT_TOKEN", "oauth:${P("twitch_oauth_token", TW_OAUTH, "default value for env lookup")}")


class Bot(commands.Bot):
    def __init__(self):
        super().__init__(token=BOT_TOKEN, client_id=CLIENT_ID, nick="skyreach_bot", prefix="!",
                         initial_channels=["northwindforge"])

    @commands.command()
    async def drops(self, ctx):
        await ctx.send("Drops are live! Link your account at https://skyreach.gg/drops")


if __name__ == "__main__":
    Bot().run()
`,
);

file(
  "tools/twitch_bot/.env",
  `TWITCH_CLIENT_ID=${U("twitch_client_id", TW_ID, "client id is public")}
TWITCH_CLIENT_SECRET=${P("twitch_client_secret", TW_SECRET)}
TWITCH_BOT_TOKEN=oauth:${P("twitch_oauth_token", TW_OAUTH)}
DISCORD_BOT_TOKEN=${P("discord_bot_token", DISCORD_BOT)}
DISCORD_WEBHOOK_URL=${P("discord_webhook_url", DISCORD_HOOK_OPS)}
LOG_LEVEL=info
`,
);

file(
  "tools/twitch_bot/.env.example",
  `TWITCH_CLIENT_ID=${N("twitch_client_id", "your_client_id_here", "placeholder")}
TWITCH_CLIENT_SECRET=${N("twitch_client_secret", "your_client_secret_here", "placeholder")}
TWITCH_BOT_TOKEN=oauth:${N("twitch_oauth_token", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}
DISCORD_BOT_TOKEN=${N("discord_bot_token", "<discord-bot-token>", "placeholder")}
DISCORD_WEBHOOK_URL=${N("discord_webhook_url", "https://discord.com/api/webhooks/000000000000000000/REPLACE_ME", "placeholder")}
LOG_LEVEL=debug
`,
);

// ---------- tools/discord_notifier (JS)
const hookBuildId = DISCORD_HOOK_BUILDS;
file(
  "tools/discord_notifier/notify.js",
  `#!/usr/bin/env node
// Posts build results to #build-status. Usage: node notify.js <status> <buildUrl>
const https = require("node:https");

const WEBHOOK = process.env.DISCORD_WEBHOOK || "${P("discord_webhook_url", hookBuildId, "hard-coded fallback")}";
const token = process.env.DISCORD_TOKEN; // bot token for thread replies, optional

function post(content) {
  const url = new URL(WEBHOOK);
  const req = https.request({ method: "POST", hostname: url.hostname, path: url.pathname,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: \`Bot \${token}\` } : {}) } });
  req.end(JSON.stringify({ content }));
}

const [status, buildUrl] = process.argv.slice(2);
post(\`Skyreach build **\${status}** — \${buildUrl}\`);
`,
);

// ---------- tools/community
file(
  "tools/community/reddit_digest.py",
  `import praw

reddit = praw.Reddit(
    client_id="${N("reddit_client_id", REDDIT_ID, "client id is an identifier")}",
    client_secret="${P("reddit_client_secret", REDDIT_SECRET)}",
    user_agent="skyreach-digest/0.3 by u/nwf_community",
    username="nwf_community",
    password="${P("password", REDDIT_PW, "reddit account password")}",
)

for post in reddit.subreddit("SkyreachArena").top(time_filter="week", limit=25):
    print(f"{post.score:>5}  {post.title}")
`,
);

file(
  "tools/community/youtube_stats.ipynb",
  `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "API_KEY = \\"${P("youtube_api_key", YT_KEY)}\\"\\n",
    "CHANNEL = \\"UC${str(B64URL, 22)}\\"\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "GET https://www.googleapis.com/youtube/v3/channels?part=statistics&id=UCskyreach&key=${P("youtube_api_key", YT_KEY, "key echoed in notebook output")}\\n",
      "{'viewCount': '18233019', 'subscriberCount': '412000', 'videoCount': '611'}\\n"
     ]
    }
   ],
   "source": [
    "url = f\\"https://www.googleapis.com/youtube/v3/channels?part=statistics&id={CHANNEL}&key={API_KEY}\\"\\n",
    "print('GET', url)\\n",
    "print(requests.get(url).json()['items'][0]['statistics'])"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
);

// ---------- media/encoder

file(
  "media/encoder/config/cloudinary.yml",
  `# Rails-style cloudinary config for the thumbnail worker
development:
  cloud_name: forgecast-media-dev
  api_key: "${N("cloudinary_api_key", gen.cloudinaryKey(), "api key alone is an identifier")}"
  api_secret: "${N("cloudinary_api_secret", '<%= ENV["CLOUDINARY_API_SECRET"] %>', "ERB env reference")}"
  secure: true

production:
  cloudinary_url: "${P("cloudinary_url", CLD_URL)}"
  secure: true
  enhance_image_tag: true
`,
);

// ---------- media/web (.env.production)
file(
  "media/web/.env.production",
  `# forgecast.tv web player — production
NEXT_PUBLIC_FIREBASE_API_KEY=${U("firebase_api_key", FIREBASE_KEY, "Firebase web API key is public by design")}
NEXT_PUBLIC_FIREBASE_PROJECT_ID=forgecast-prod
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${U("stripe_publishable_key", STRIPE_PK, "publishable key")}
NEXT_PUBLIC_SENTRY_DSN=${U("sentry_dsn", DSN_WEB, "DSN public key")}
NEXT_PUBLIC_DD_CLIENT_TOKEN=${U("datadog_client_token", DD_CLIENT, "browser client token")}
STRIPE_SECRET_KEY=${P("stripe_secret_key", STRIPE_SK)}
STRIPE_WEBHOOK_SECRET=${P("stripe_webhook_secret", WHSEC)}
VIMEO_ACCESS_TOKEN=${P("vimeo_access_token", VIMEO)}
MUX_TOKEN_ID=${N("mux_token_id", MUX_ID, "identifier")}
MUX_TOKEN_SECRET=${P("mux_token_secret", MUX_SECRET)}
CLOUDINARY_URL=${P("cloudinary_url", CLD_URL)}
SENDGRID_API_KEY=${P("sendgrid_api_key", SENDGRID)}
`,
);

// ---------- infra/cdn

file(
  "infra/cdn/fastly/terraform.tfvars",
  `fastly_api_key = "${P("fastly_api_token", FASTLY)}"
bunny_storage_zone = "forgecast-vod"
bunny_storage_password = "${P("bunny_storage_password", BUNNY_STORAGE)}"
datadog_api_key = "${P("datadog_api_key", DD_API_2)}"
`,
);

const TF_AWS_ID = gen.akid();
const TF_AWS_SECRET = gen.awsSecret();
file(
  "infra/cdn/terraform.tfstate",
  `{
  "version": 4,
  "terraform_version": "1.6.6",
  "serial": 58,
  "lineage": "${N("uuid", uuid(), "terraform lineage id")}",
  "outputs": {
    "fastly_service_id": {
      "value": "${N("fastly_service_id", str(B62, 22), "service identifier")}",
      "type": "string"
    }
  },
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "cdn_logs_writer",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "${P("aws_access_key_id", TF_AWS_ID)}",
            "secret": "${P("aws_secret_access_key", TF_AWS_SECRET)}",
            "ses_smtp_password_v4": "${P("aws_ses_smtp_password", `B${str(B64, 43)}`)}",
            "status": "Active",
            "user": "cdn-logs-writer"
          },
          "sensitive_attributes": []
        }
      ]
    },
    {
      "mode": "managed",
      "type": "akamai_property",
      "name": "live",
      "provider": "provider[\\"registry.terraform.io/akamai/akamai\\"]",
      "instances": [
        {
          "attributes": {
            "contract_id": "ctr_${N("akamai_contract_id", `C-${str(UPNUM, 7)}`, "contract identifier")}",
            "edgerc_client_secret": "${P("akamai_client_secret", AKA_SECRET)}",
            "rule_format": "v2024-02-12",
            "rules_sha256": "${N("sha256", gen.sha256(), "rule tree hash")}"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "bunnynet_pullzone",
      "name": "vod",
      "provider": "provider[\\"registry.terraform.io/bunnyway/bunnynet\\"]",
      "instances": [
        {
          "attributes": {
            "id": "1482207",
            "name": "forgecast-vod",
            "origin_access_key": "${P("bunny_api_key", BUNNY_API_2, "provider key persisted in state")}"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "fastly_service_vcl",
      "name": "vod",
      "instances": [
        {
          "attributes": {
            "active_version": 41,
            "api_key": "${P("fastly_api_token", FASTLY)}",
            "cloned_version": 41
          }
        }
      ]
    }
  ]
}
`,
);

file(
  "infra/cdn/akamai/.edgerc",
  `[default]
client_secret = ${P("akamai_client_secret", AKA_SECRET)}
host = ${N("akamai_host", AKA_HOST, "API hostname, identifier")}
access_token = ${P("akamai_access_token", AKA_ACCESS)}
client_token = ${P("akamai_client_token", AKA_CLIENT)}

[ccu]
; copied from the onboarding guide, fill in from Control Center
client_secret = ${N("akamai_client_secret", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=", "placeholder")}
host = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net
access_token = ${N("akamai_access_token", "akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx", "placeholder")}
client_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
`,
);

file(
  "infra/cdn/bunny/upload.sh",
  `#!/usr/bin/env bash
# Push packaged HLS renditions to the Bunny storage zone.
set -euo pipefail
ZONE=forgecast-vod
SRC=\${1:?usage: upload.sh <dir>}

for f in $(find "$SRC" -type f); do
  rel=\${f#"$SRC"/}
  curl -sS --fail -X PUT "https://storage.bunnycdn.com/$ZONE/$rel" \\
    -H "AccessKey: \${BUNNY_STORAGE_PASSWORD}" \\
    --data-binary @"$f"
done

# purge (account key, not the storage password)
# curl -X POST "https://api.bunny.net/pullzone/1482207/purgeCache" -H "AccessKey: ${P("bunny_api_key", BUNNY_API, "commented curl")}"
`,
);

// ---------- streaming
file(
  "streaming/obs/profiles/Tournament/service.json",
  `{
    "settings": {
        "bwtest": false,
        "key": "${P("twitch_stream_key", TWITCH_STREAM)}",
        "server": "auto",
        "service": "Twitch"
    },
    "type": "rtmp_common"
}
`,
);

file(
  "streaming/wowza/conf/publish.password",
  `# Publish password file (format [username][space][password])
# username password
${N("placeholder", "myuser mypassword", "sample entry from Wowza default file")}
caster-main ${P("wowza_publish_password", WOWZA_PW1)}
caster-backup ${P("wowza_publish_password", WOWZA_PW2)}
`,
);

file(
  "streaming/rtmp/nginx.conf",
  `worker_processes auto;
rtmp_auto_push on;

events {}

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            record off;
            on_publish http://127.0.0.1:8088/auth;   # checks ?key= against ${N("env_reference", "$STREAM_AUTH_SECRET", "env reference")}

            # restream the tournament feed
            push rtmp://live.twitch.tv/app/${P("twitch_stream_key", TWITCH_STREAM)};
            push rtmp://a.rtmp.youtube.com/live2/${P("youtube_stream_key", YT_STREAM)};
        }
    }
}
`,
);

// ---------- crash
file(
  "crash/sentry/.sentryclirc",
  `[defaults]
url = https://sentry.io/
org = northwind-forge
project = skyreach-client

[auth]
token = ${P("sentry_auth_token", SENTRY_ORG_TOKEN)}
`,
);

file(
  "crash/backtrace/upload_symbols.ps1",
  `# Uploads PDBs from the nightly build to Backtrace.
param(
    [string]$BuildDir = "D:\\\\Builds\\\\Skyreach\\\\Win64",
    [string]$Version
)

$Universe = "northwindforge"
$SymbolToken = "${P("backtrace_symbol_token", BT_SYMBOL)}"

$zip = Join-Path $env:TEMP "symbols-$Version.zip"
Get-ChildItem -Path $BuildDir -Filter *.pdb -Recurse | Compress-Archive -DestinationPath $zip -Force

Invoke-RestMethod -Method Post -InFile $zip -ContentType "application/zip" \`
  -Uri "https://$Universe.sp.backtrace.io:6098/post?format=symbols&token=$SymbolToken&tag=$Version"
`,
);

// ---------- game (Unreal)
file(
  "game/Config/DefaultEngine.ini",
  `[/Script/EngineSettings.GameMapsSettings]
EditorStartupMap=/Game/Maps/Lobby.Lobby
GameDefaultMap=/Game/Maps/Frontend.Frontend

[/Script/Engine.Engine]
+ActiveGameNameRedirects=(OldGameName="TP_Blank",NewGameName="/Script/Skyreach")

[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemSteam]
bEnabled=true
SteamDevAppId=${N("steam_app_id", "480", "Spacewar test app id, public")}
bInitServerOnClient=true

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=SkyreachLive
TickBudgetInMilliseconds=0
bEnableOverlay=True
bEnableSocialOverlay=True
bShouldEnforceBeingLaunchedByEGS=False
+Artifacts=(ArtifactName="SkyreachLive",ClientId="${U("eos_client_id", EOS_ID, "client id")}",ClientSecret="${P("eos_client_secret", EOS_SECRET)}",ProductId="${N("eos_product_id", hex(32), "identifier")}",SandboxId="${N("eos_sandbox_id", hex(32), "identifier")}",DeploymentId="${N("eos_deployment_id", hex(32), "identifier")}",EncryptionKey="${U("eos_encryption_key", hexU(64), "client-side data storage key shipped in builds")}")
;+Artifacts=(ArtifactName="SkyreachStaging",ClientId="${U("eos_client_id", EOS_ID_STG, "client id")}",ClientSecret="${P("eos_client_secret", EOS_SECRET_STG, "commented-out ini line")}",ProductId="${hex(32)}",SandboxId="${hex(32)}",DeploymentId="${hex(32)}",EncryptionKey="")

[CrashReportClient]
bAgreeToCrashUpload=true
bSendUnattendedBugReports=true
DataRouterUrl="https://northwindforge.sp.backtrace.io:6098/post?format=minidump&token=${P("backtrace_token", BT_SUBMIT, "token in crash reporter URL")}"

[/Script/Engine.RendererSettings]
r.DefaultFeature.AutoExposure.ExtendDefaultLuminanceRange=True
r.GenerateMeshDistanceFields=True
`,
);

file(
  "game/Config/DefaultEditor.ini",
  `[/Script/PlayFabEditor.PlayFabEditorSettings]
; dev-only title, secret needed for the editor extensions
TitleId=${N("playfab_title_id", `D${hexU(4)}`, "public title identifier")}
DeveloperSecretKey=${P("playfab_secret_key", PF_SECRET_DEV, "editor settings for dev title")}

[/Script/SentryEditor.SentryEditorSettings]
AuthToken=${N("sentry_auth_token", "{{SENTRY_AUTH_TOKEN}}", "template placeholder")}
`,
);

file(
  "game/Source/Skyreach/Private/Telemetry/TelemetryConfig.h",
  `#pragma once

#include "CoreMinimal.h"

namespace SkyreachTelemetry
{
	// GameAnalytics keys for the Win64 / Shipping build.
	static const FString GameKey = TEXT("${U("gameanalytics_game_key", GA_GAME, "game key ships in client")}");
	static const FString SecretKey = TEXT("${P("gameanalytics_secret_key", GA_SECRET)}");

	// Build fingerprint, not a secret
	static const FString BuildSha = TEXT("${N("git_sha", GIT_SHAS[0], "git commit SHA")}");
}
`,
);

file(
  "game/Build/Scripts/BuildCookRun.bat",
  `@echo off
REM Nightly BuildCookRun + SteamPipe upload
set UE_ROOT=D:\\\\UE_5.3
set PROJECT=%~dp0..\\\\..\\\\Skyreach.uproject

call "%UE_ROOT%\\\\Engine\\\\Build\\\\BatchFiles\\\\RunUAT.bat" BuildCookRun -project="%PROJECT%" -platform=Win64 -clientconfig=Shipping -cook -stage -pak -archive

set SENTRY_AUTH_TOKEN=${P("sentry_auth_token", SENTRY_ORG_TOKEN_2)}
call sentry-cli debug-files upload -o northwind-forge -p skyreach-client "%~dp0..\\..\\Binaries\\Win64"

REM steamcmd needs the build account; Steam Guard is disabled for it
steamcmd.exe +login nwf_buildbot ${P("steam_account_password", STEAM_BUILD_PW)} +run_app_build "%~dp0app_build_1934570.vdf" +quit
REM steamcmd.exe +login nwf_buildbot ${N("env_reference", "%STEAM_BUILD_PASSWORD%", "env reference")} +run_app_build ...
`,
);

// ---------- unity

file(
  "unity/Assets/Editor/BuildScript.cs",
  `using UnityEditor;
using UnityEditor.Build.Reporting;
using UnityEngine;

public static class BuildScript
{
    [MenuItem("Build/Android Release")]
    public static void BuildAndroid()
    {
        PlayerSettings.Android.useCustomKeystore = true;
        PlayerSettings.Android.keystoreName = "Keystores/skyreach-pocket.keystore";
        PlayerSettings.Android.keystorePass = "${P("android_keystore_password", KEYSTORE_PW)}";
        PlayerSettings.Android.keyaliasName = "pocket-release";
        PlayerSettings.Android.keyaliasPass = "${P("android_keystore_password", KEYALIAS_PW)}";

        var report = BuildPipeline.BuildPlayer(new BuildPlayerOptions
        {
            scenes = new[] { "Assets/Scenes/Boot.unity", "Assets/Scenes/Main.unity" },
            locationPathName = "Builds/Android/skyreach-pocket.aab",
            target = BuildTarget.Android,
        });
        if (report.summary.result != BuildResult.Succeeded) EditorApplication.Exit(1);
    }
}
`,
);

file(
  "unity/Assets/PlayFabSdk/Shared/Public/Resources/PlayFabSharedSettings.asset",
  `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: ${N("unity_asset_guid", hex(32), "asset GUID")}, type: 3}
  m_Name: PlayFabSharedSettings
  m_EditorClassIdentifier: 
  TitleId: ${N("playfab_title_id", PF_TITLE, "public title identifier")}
  ProductionEnvironmentUrl: 
  VerticalName: 
  DeveloperSecretKey: ${P("playfab_secret_key", PF_SECRET)}
  RequestType: 0
  RequestTimeout: 2000
  RequestKeepAlive: 1
  AdvertisingIdType: 
  AdvertisingIdValue: 
  DisableAdvertising: 0
`,
);

file(
  "unity/Assets/Plugins/iOS/AuthKey_7QX4L9M2KD.p8",
  `${P("private_key", ecP8(), "App Store Connect API key (EC P-256)")}
`,
);

// ---------- ci
file(
  "ci/unity-cloud-build/ucb_trigger.sh",
  `#!/usr/bin/env bash
# Kick a Unity Cloud Build target from Jenkins.
ORG=northwind-forge
PROJECT=${N("unity_cloud_project_id", CLOUD_PROJECT, "identifier")}
TARGET=\${1:-android-release}
API_KEY="\${UCB_API_KEY:-${P("unity_cloud_build_api_key", UCB_KEY, "shell default value")}}"

curl -sS -X POST \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Basic $API_KEY" \\
  -d '{"clean": false, "delay": 0}' \\
  "https://build-api.cloud.unity3d.com/api/v1/orgs/$ORG/projects/$PROJECT/buildtargets/$TARGET/builds"
`,
);

file(
  ".github/workflows/build-server.yml",
  `name: build-dedicated-server

on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  build:
    runs-on: [self-hosted, windows, ue5]
    env:
      STEAM_USERNAME: nwf_buildbot
      STEAM_PASSWORD: ${N("github_actions_secret_ref", "${{ secrets.STEAM_BUILD_PASSWORD }}", "secret reference")}
      PLAYFAB_SECRET_KEY: ${N("github_actions_secret_ref", "${{ secrets.PLAYFAB_SECRET_KEY }}", "secret reference")}
      SENTRY_AUTH_TOKEN: ${N("github_actions_secret_ref", "${{ secrets.SENTRY_AUTH_TOKEN }}", "secret reference")}
    steps:
      - uses: actions/checkout@${N("git_sha", GIT_SHAS[3], "pinned action SHA")} # v4.1.1
      - uses: actions/cache@${N("git_sha", GIT_SHAS[4], "pinned action SHA")} # v4.0.2
        with:
          path: DerivedDataCache
          key: ddc-\${{ hashFiles('Config/*.ini') }}
      - name: Build
        run: ./game/Build/Scripts/BuildCookRun.bat
      - name: Notify Discord
        if: always()
        run: |
          curl -H "Content-Type: application/json" -X POST \\
            -d "{\\"content\\": \\"server build \${{ job.status }}\\"}" \\
            ${P("discord_webhook_url", DISCORD_HOOK_BUILDS, "hard-coded in workflow")}
`,
);

file(
  "ci/jenkins/Jenkinsfile",
  `pipeline {
  agent { label 'ue5-win' }
  environment {
    P4PORT = 'ssl:perforce.nwf.internal:1666'
    P4USER = 'jenkins-build'
    STEAM_CREDS = credentials('steam-build-account')
    SLACK_BOT_TOKEN = '${P("slack_bot_token", SLACK_BOT, "literal in Jenkinsfile environment")}'
  }
  stages {
    stage('Sync') {
      steps {
        withCredentials([string(credentialsId: 'p4-jenkins-ticket', variable: 'P4PASSWD')]) {
          bat 'p4 -p %P4PORT% -u %P4USER% sync //Skyreach/main/...#head'
        }
      }
    }
    stage('Build') {
      steps { bat 'game\\\\Build\\\\Scripts\\\\BuildCookRun.bat' }
    }
    stage('Trigger QA job') {
      steps {
        // TODO: use the credentials binding
        sh "curl -X POST -u svc-build:${P("jenkins_api_token", JENKINS_TOKEN)} https://jenkins.nwf.internal/job/skyreach-qa-smoke/buildWithParameters?BUILD=\${env.BUILD_NUMBER}"
      }
    }
  }
  post {
    failure {
      slackSend channel: '#build-status', message: "Skyreach nightly failed: \${env.BUILD_URL}"
    }
  }
}
`,
);

file(
  "ci/jenkins/credentials.xml",
  `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>steam-build-account</id>
          <username>nwf_buildbot</username>
          <password>${N("jenkins_encrypted_secret", jenkinsEnc(), "encrypted with Jenkins master key")}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>p4-jenkins-ticket</id>
          <secret>${N("jenkins_encrypted_secret", jenkinsEnc(), "encrypted with Jenkins master key")}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>discord-webhook</id>
          <secret>${N("jenkins_encrypted_secret", jenkinsEnc(), "encrypted with Jenkins master key")}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`,
);

// ---------- perforce
file(
  "perforce/.p4config",
  `P4PORT=ssl:perforce.nwf.internal:1666
P4USER=${N("username", "jenkins-build", "username, not a secret")}
P4CLIENT=jenkins-build-ue5-win-01
P4PASSWD=${P("perforce_password", P4_PW)}
P4CHARSET=utf8
P4IGNORE=.p4ignore
`,
);

file(
  "perforce/p4tickets.txt",
  `ssl:perforce.nwf.internal:1666=jenkins-build:${P("perforce_ticket", P4_TICKET)}
10.40.2.15:1666=jenkins-build:${P("perforce_ticket", gen.p4ticket())}
`,
);

// ---------- ops: runbooks, chat, logs
file(
  "ops/runbooks/cdn-purge.md",
  `# CDN purge runbook

## Fastly

Preferred: \`fastly purge --all --service-id $FASTLY_SERVICE_ID\` with \`FASTLY_API_TOKEN\` from 1Password.

If the CLI is broken (happened during the S4 launch), use curl:

\`\`\`bash
curl -X POST -H "Fastly-Key: ${P("fastly_api_token", FASTLY_2, "token pasted into runbook curl")}" \\
  https://api.fastly.com/service/${N("fastly_service_id", str(B62, 22), "service identifier")}/purge_all
\`\`\`

Template for new people:

\`\`\`bash
curl -X POST -H "Fastly-Key: ${N("fastly_api_token", "$FASTLY_API_TOKEN", "env reference")}" https://api.fastly.com/service/<service-id>/purge/<surrogate-key>
\`\`\`

## Bunny (VOD origin)

\`\`\`bash
curl -X POST "https://api.bunny.net/pullzone/1482207/purgeCache" -H "AccessKey: ${P("bunny_api_key", BUNNY_API, "account API key in runbook")}"
\`\`\`

## Akamai (live HLS)

\`\`\`bash
http --auth-type edgegrid -a ccu: POST :/ccu/v3/invalidate/url/production objects:='["https://live.forgecast.tv/hls/master.m3u8"]'
\`\`\`

The \`ccu\` section of \`~/.edgerc\` needs \`client_secret\`, \`access_token\`, \`client_token\` — ask #cdn-ops, values look like \`${N("akamai_access_token", "akab-XXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXX", "placeholder")}\`.
`,
);

const incidentJwt = jwt({
  sub: "svc-liveops",
  scope: "streams:write",
  iat: 1700000000 + rint(3e7),
  exp: 1800000000 + rint(3e7),
});
file(
  "ops/runbooks/stream-incident-2024-03-09.md",
  `# Incident 2024-03-09 — tournament stream dropped

**Summary:** the primary Twitch ingest rejected our key after a rotation; backup YouTube ingest was not configured.

## Timeline (UTC)
- 18:02 stream goes dark, OBS shows "Invalid stream key" for key \`${N("twitch_stream_key", `live_${str(DIG, 9)}_****************`, "redacted")}\`
- 18:07 @dana re-created the Mux live stream by hand:

\`\`\`
curl https://api.mux.com/video/v1/live-streams \\
  -X POST -H "Content-Type: application/json" \\
  -u ${N("mux_token_id", MUX_ID, "token id")}:${P("mux_token_secret", MUX_SECRET, "pasted into incident doc")} \\
  -d '{"playback_policy":["public"],"new_asset_settings":{"playback_policy":["public"]}}'
\`\`\`

- 18:11 liveops API called with a service token: \`Authorization: Bearer ${P("jwt", incidentJwt, "service JWT pasted in incident doc")}\`
- 18:13 switched OBS to the Wowza origin: \`rtmp://caster-main:${P("wowza_publish_password", encodeURIComponent(WOWZA_PW1), { decoded: WOWZA_PW1, note: "credentials in RTMP URL" })}@origin.forgecast.tv:1935/live/tournament\`
- 18:15 stream restored

## Follow-ups
- rotate the Mux token above (ticket OPS-2291)
- commit SHA of the fixed OBS profile: ${N("git_sha", GIT_SHAS[5], "git commit SHA")}
`,
);

const slackLeakTwitch = gen.twitch();
const slackLeakDiscord = gen.discordBot();
const slackEscHook = gen.discordHook();
file(
  "ops/chat/slack-export/liveops/2024-02-14.json",
  `[
    {
        "type": "message",
        "user": "U04LQ2M7S9D",
        "text": "bot is down again, anyone have the twitch token? the one in 1pass is stale",
        "ts": "1707923021.339109"
    },
    {
        "type": "message",
        "user": "U03HB1K8PZE",
        "text": "try oauth:${P("twitch_oauth_token", slackLeakTwitch, "pasted in Slack")} (generated from twitchtokengenerator just now)",
        "ts": "1707923102.502689"
    },
    {
        "type": "message",
        "user": "U04LQ2M7S9D",
        "text": "works. also the discord bot token for the mod bot is ${P("discord_bot_token", slackLeakDiscord, "pasted in Slack")}",
        "ts": "1707923190.883519"
    },
    {
        "type": "message",
        "user": "U02AA7TR0CX",
        "text": "please don't paste tokens here :upside_down_face: rotating both. new ones are in vault, they look like ${N("discord_bot_token", "MTE...redacted...", "redacted")}",
        "ts": "1707923305.118209"
    },
    {
        "type": "message",
        "user": "U03HB1K8PZE",
        "text": "announcements webhook if anyone needs it: <${P("discord_webhook_url", slackEscHook.replace(/\//g, "\\/"), { decoded: slackEscHook, note: "JSON-escaped slashes in Slack export" })}>",
        "ts": "1707923499.204119"
    },
    {
        "type": "message",
        "user": "U04LQ2M7S9D",
        "text": "sentry-cli in the release job needs SENTRY_AUTH_TOKEN=${P("sentry_auth_token", SENTRY_ORG_TOKEN_2, "pasted in Slack")} until someone adds it to the secret store",
        "ts": "1707924012.771003"
    }
]
`,
);

const discordLeakPw = pw();
file(
  "ops/chat/discord-mods-export.txt",
  `==============================================================
Guild: Skyreach Arena Official
Channel: mod-team / private
==============================================================

[14-Jan-24 09:12 PM] Ravenholt: can someone add me to the mod panel
[14-Jan-24 09:14 PM] kestrel.nwf: sure, shared login for now: modpanel@skyreach.gg / ${P("password", discordLeakPw, "shared password in chat export")}
[14-Jan-24 09:14 PM] kestrel.nwf: change it after, it's the same one as the forum admin lol
[14-Jan-24 09:20 PM] Ravenholt: what's the reddit app secret? automod script wants client_secret
[14-Jan-24 09:21 PM] kestrel.nwf: it's in tools/community, don't paste it here
[14-Jan-24 09:22 PM] Ravenholt: ok. the example in the praw docs says client_secret="${N("reddit_client_secret", "SECRET_KEY", "placeholder from docs")}" lol
[14-Jan-24 09:30 PM] kestrel.nwf: hash of the ban list export if you want to check it: ${N("sha256", gen.sha256(), "file hash")}
`,
);

const logIat = 1709400000 + rint(3600);
const logJwt = jwt({ sub: `76561198${str(DIG, 9)}`, aud: "skyreach-gs", iat: logIat, exp: logIat + 86400 });
file(
  "ops/logs/gameserver-2024-03-02.log",
  `2024-03-02T21:04:11.102Z INFO  [gs-eu-west-14] match ${N("uuid", uuid(), "match id")} starting, 10 players
2024-03-02T21:04:11.588Z DEBUG [steam] GET https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/?key=${P("steamworks_publisher_key", STEAM_PUB, "key logged in URL")}&appid=1934570&ticket=14000000${hexU(40)}
2024-03-02T21:04:11.912Z DEBUG [http] outbound headers: {"Authorization":"Bearer ${P("jwt", logJwt, "session JWT in debug log")}","X-Request-Id":"${N("uuid", uuid(), "request id")}"}
2024-03-02T21:04:12.004Z INFO  [playfab] ServerAPI.UpdateUserStatistics title=${N("playfab_title_id", PF_TITLE, "identifier")} X-SecretKey=${P("playfab_secret_key", PF_SECRET, "secret header logged")}
2024-03-02T21:04:12.311Z WARN  [backtrace] retrying upload to https://submit.backtrace.io/northwindforge/${P("backtrace_token", BT_SUBMIT, "token in URL in log")}/json (attempt 2)
2024-03-02T21:04:13.400Z INFO  [mm] pak checksum sha256=${N("sha256", gen.sha256(), "pak checksum")}
2024-03-02T21:04:13.401Z INFO  [auth] api key=${N("redacted", `sk-...${hex(4)}`, "redacted by logger")} accepted
2024-03-02T21:05:40.020Z ERROR [alerts] POST ${P("discord_webhook_url", DISCORD_HOOK_OPS, "webhook URL in error log")} failed: 429 Too Many Requests
2024-03-02T21:09:55.871Z INFO  [gs-eu-west-14] match ended, duration=344s
`,
);

const DI_PG = pwPlain();
file(
  "ops/logs/docker-inspect-matchmaker.json",
  `[
    {
        "Id": "${N("container_id", gen.sha256(), "container id")}",
        "Created": "2024-03-01T09:14:22.118841223Z",
        "Path": "dotnet",
        "Args": [
            "Matchmaking.dll"
        ],
        "Image": "sha256:${N("sha256_digest", gen.sha256(), "image id")}",
        "Name": "/matchmaker-prod-3",
        "Config": {
            "Hostname": "a4c1f09e22b1",
            "Env": [
                "ASPNETCORE_URLS=http://+:8080",
                "PlayFab__TitleId=${PF_TITLE}",
                "PlayFab__DeveloperSecretKey=${P("playfab_secret_key", PF_SECRET, "docker inspect env")}",
                "ConnectionStrings__Players=Host=players-db.internal;Database=players;Username=mm;Password=${P("password", DI_PG, "connection string in docker inspect")}",
                "Redis__ConnectionString=mm-redis.internal:6379,password=${P("redis_password", REDIS_PW, "docker inspect env")}",
                "DD_API_KEY=${P("datadog_api_key", DD_API, "docker inspect env")}",
                "Steam__PublisherKey=${P("steamworks_publisher_key", STEAM_KEY_2, "docker inspect env")}",
                "DOTNET_VERSION=8.0.2"
            ],
            "Image": "registry.nwf.internal/matchmaking@sha256:${N("sha256_digest", gen.sha256(), "image digest")}",
            "Labels": {
                "org.opencontainers.image.revision": "${N("git_sha", gen.sha1(), "git revision label")}"
            }
        }
    }
]
`,
);

// ---------- deploy
const k8sMux = MUX_SECRET;
const k8sAgora = AGORA_CERT;
const k8sWowza = WOWZA_PW1;
file(
  "deploy/k8s/streaming-secrets.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: streaming-credentials
  namespace: forgecast
type: Opaque
data:
  MUX_TOKEN_ID: ${N("mux_token_id", b64(MUX_ID), { decoded: MUX_ID, note: "identifier, base64" })}
  MUX_TOKEN_SECRET: ${P("mux_token_secret", b64(k8sMux), { decoded: k8sMux, note: "base64 in k8s Secret" })}
  AGORA_APP_CERTIFICATE: ${P("agora_app_certificate", b64(k8sAgora), { decoded: k8sAgora })}
  WOWZA_PUBLISH_PASSWORD: ${P("wowza_publish_password", b64(k8sWowza), { decoded: k8sWowza })}
stringData:
  BUNNY_STORAGE_PASSWORD: ${P("bunny_storage_password", BUNNY_STORAGE)}
---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: liveops-bot
  namespace: liveops
spec:
  encryptedData:
    TWITCH_CLIENT_SECRET: ${N("sealed_secret", sealed(), "sealed-secrets ciphertext")}
    DISCORD_BOT_TOKEN: ${N("sealed_secret", sealed(), "sealed-secrets ciphertext")}
  template:
    metadata:
      name: liveops-bot
      namespace: liveops
`,
);

file(
  "deploy/helm/forgecast/templates/secret.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "forgecast.fullname" . }}
type: Opaque
data:
  MUX_TOKEN_SECRET: ${N("helm_template_ref", "{{ .Values.mux.tokenSecret | b64enc }}", "template reference")}
  VIMEO_ACCESS_TOKEN: ${N("helm_template_ref", "{{ .Values.vimeo.accessToken | b64enc | quote }}", "template reference")}
  DD_API_KEY: {{ required "datadog.apiKey" .Values.datadog.apiKey | b64enc }}
`,
);

file(
  "deploy/helm/forgecast/values-prod.yaml",
  `replicaCount: 6
image:
  tag: "2024.03.1"
mux:
  tokenId: ${N("mux_token_id", MUX_ID, "identifier")}
  tokenSecret: ${P("mux_token_secret", MUX_SECRET)}
vimeo:
  accessToken: ${P("vimeo_access_token", VIMEO)}
datadog:
  apiKey: ${P("datadog_api_key", DD_API)}
  appKey: ${P("datadog_app_key", DD_APP)}
  site: datadoghq.com
`,
);

file(
  "deploy/secrets/prod.enc.yaml",
  `fastly:
    api_token: ${N("sops_encrypted", sopsEnc(24), "SOPS-encrypted value")}
akamai:
    client_secret: ${N("sops_encrypted", sopsEnc(32), "SOPS-encrypted value")}
    access_token: ${N("sops_encrypted", sopsEnc(38), "SOPS-encrypted value")}
sops:
    kms: []
    age:
        - recipient: age1${str("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}
          enc: |
            ${N("sops_encrypted", `-----BEGIN AGE ENCRYPTED FILE-----\n${wrap(b64(rb(190)), 64)}\n-----END AGE ENCRYPTED FILE-----`.split("\n").join("\n            "), "age-encrypted SOPS data key")}
    lastmodified: "2024-02-27T10:41:09Z"
    mac: ${N("sops_encrypted", sopsEnc(32), "SOPS MAC")}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`,
);

const WOWZA_ADMIN = pw();
file(
  "deploy/ansible/group_vars/streaming/vars.yml",
  `wowza_version: 4.8.27
wowza_license_key: ${N("ansible_var_ref", '"{{ vault_wowza_license_key }}"', "vault reference")}
wowza_admin_user: nwfadmin
wowza_admin_password: ${N("ansible_var_ref", '"{{ vault_wowza_admin_password }}"', "vault reference")}
# temporary until vault is fixed on the new controller (remove!!)
wowza_admin_password_tmp: "${P("wowza_admin_password", WOWZA_ADMIN)}"
wowza_publish_users:
  - name: caster-main
    password: "{{ vault_caster_main_password }}"
  - name: caster-backup
    password: !vault |
          ${N("ansible_vault", vaultBlock().split("\n").join("\n          "), "ansible-vault inline encrypted value")}
`,
);

// ---------- services/analytics (Django)
file(
  "services/analytics/analytics/settings.py",
  `import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "${P("django_secret_key", DJANGO)}"
DEBUG = False
ALLOWED_HOSTS = ["analytics.nwf.internal"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": "analytics",
        "PASSWORD": ${N("env_reference", 'os.environ["ANALYTICS_DB_PASSWORD"]', "env reference")},
        "HOST": "analytics-db.nwf.internal",
    }
}

GAMEANALYTICS = {
    "GAME_KEY": os.environ.get("GA_GAME_KEY", ""),
    "SECRET_KEY": ${N("env_reference", 'os.environ.get("GA_SECRET_KEY")', "env reference")},
}

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": os.environ.get("SENDGRID_API_KEY", "${N("sendgrid_api_key", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}")}
`,
);

const GCP_KEY_ID = gen.sha1();
file(
  "services/analytics/keys/bq-exporter.json",
  `{
  "type": "service_account",
  "project_id": "nwf-analytics-prod",
  "private_key_id": "${N("gcp_private_key_id", GCP_KEY_ID, "key id is an identifier")}",
  "private_key": "${P("gcp_service_account_key", rsaShaped(true), "service-account private key, JSON-escaped")}",
  "client_email": "bq-exporter@nwf-analytics-prod.iam.gserviceaccount.com",
  "client_id": "${N("gcp_client_id", `1${str(DIG, 20)}`, "numeric client id")}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-exporter%40nwf-analytics-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
);

// ---------- web/portal (Node)
const BAD_GH = brokenChecksum(ghToken("ghp_"));
const BAD_NPM = brokenChecksum(ghToken("npm_"));
file(
  "web/portal/.npmrc",
  `@nwf:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${P("github_pat", GH_PAT)}
//registry.npmjs.org/:_authToken=${P("npm_token", NPM_TOKEN)}
# //registry.npmjs.org/:_authToken=${N("env_reference", "${NPM_TOKEN}", "env reference")}
`,
);

file(
  "web/portal/package-lock.json",
  `{
  "name": "@nwf/portal",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@nwf/portal",
      "version": "3.4.0",
      "dependencies": {
        "hls.js": "^1.5.7",
        "next": "14.1.3"
      }
    },
    "node_modules/hls.js": {
      "version": "1.5.7",
      "resolved": "https://registry.npmjs.org/hls.js/-/hls.js-1.5.7.tgz",
      "integrity": "${N("lockfile_integrity", `sha512-${b64(rb(64))}`, "lockfile integrity hash")}"
    },
    "node_modules/next": {
      "version": "14.1.3",
      "resolved": "https://registry.npmjs.org/next/-/next-14.1.3.tgz",
      "integrity": "${N("lockfile_integrity", `sha512-${b64(rb(64))}`, "lockfile integrity hash")}"
    }
  }
}
`,
);

file(
  "web/portal/src/__tests__/tokens.test.ts",
  `import { looksLikeGithubToken, looksLikeNpmToken } from "../lib/tokenCheck";

describe("token checksum validation", () => {
  it("rejects tokens with a bad checksum", () => {
    expect(looksLikeGithubToken("${N("github_pat", BAD_GH, "checksum deliberately wrong")}")).toBe(false);
    expect(looksLikeNpmToken("${N("npm_token", BAD_NPM, "checksum deliberately wrong")}")).toBe(false);
  });

  it("rejects placeholders", () => {
    expect(looksLikeGithubToken("${N("github_pat", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}")).toBe(false);
  });
});
`,
);

// ---------- infra/aws + misc keys
file(
  "infra/aws/credentials",
  `[default]
aws_access_key_id = ${P("aws_access_key_id", AWS_ID)}
aws_secret_access_key = ${P("aws_secret_access_key", AWS_SECRET)}
region = eu-west-1

[docs-example]
aws_access_key_id = ${N("aws_access_key_id", AWS_DOC_ID, "AWS documentation sample")}
aws_secret_access_key = ${N("aws_secret_access_key", AWS_DOC_SECRET, "AWS documentation sample")}
`,
);

file(
  "ops/keys/deploy_ed25519",
  `${P("private_key", DEPLOY_KEY.priv, "OpenSSH private key")}
`,
);

file(
  "certs/xbox/partner-sandbox-client.pem",
  `# Xbox Live partner sandbox client certificate (NWFORGE.1) — certificate only, key is in the HSM
${U("partner_certificate", certShaped(), "Xbox partner certificate (public part)")}
`,
);

// ---------- README / docs
file(
  "README.md",
  `# Northwind Forge — monorepo

Game back ends (Skyreach Arena), build pipelines and the Forgecast streaming stack.

## Local setup

1. Copy \`tools/twitch_bot/.env.example\` to \`.env\` and fill in your own dev app.
2. AWS: configure a profile. The AWS docs use \`${N("aws_access_key_id", AWS_DOC_ID, "AWS documentation sample")}\` / \`${N("aws_secret_access_key", AWS_DOC_SECRET, "AWS documentation sample")}\` as examples — do **not** paste real keys into issues.
3. Steam: get a personal key at https://steamcommunity.com/dev/apikey and export \`STEAM_WEB_API_KEY\`.

Quick check that your Steam key works:

\`\`\`
curl "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=${N("steam_web_api_key", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder")}&steamids=76561197960435530"
\`\`\`
`,
);

file(
  "docs/api/auth.md",
  `# Liveops API authentication

All calls need \`Authorization: Bearer ${N("placeholder", "<token>", "placeholder")}\`.

Example token structure (from jwt.io):

\`\`\`
${N("jwt", JWT_IO_SAMPLE, "jwt.io sample token")}
\`\`\`

Service keys are shown once in the admin UI and afterwards only as \`${N("redacted", `lk_live_****${hex(4)}`, "redacted")}\`.
OpenAI keys used by the moderation bot appear in logs as \`${N("redacted", `sk-...${str(ALNUM, 4)}`, "redacted")}\`.
`,
);

const ONCALL_SLACK = gen.slackHook();
file(
  "ops/oncall/handover-2024-04-week2.md",
  `# On-call handover — week 2

- Alerts from Datadog → #liveops-alerts via webhook ${P("slack_webhook_url", ONCALL_SLACK, "webhook in handover notes")}
- Vimeo showcase sync was failing with 401; fixed with the new token (in 1Password, "Vimeo API - prod"). Old token: \`${N("redacted", `${VIMEO.slice(0, 4)}************************${VIMEO.slice(-4)}`, "partially redacted")}\`
- Bunny storage password rotated, new one set in Vault. Old one from the ticket, for the record: ${P("bunny_storage_password", gen.bunnyStorage(), "old (maybe still valid) password in notes")}
- Perforce: jenkins-build password is still \`${P("perforce_password", P4_PW, "password in handover notes")}\`, needs rotation
- Steam build account password: \`********\` (ask Dana)
- UGS deploy service account (for \`ugs deploy\` from laptops until CI is fixed): key id \`${N("ugs_service_account_key_id", UGS_KEY_ID_2, "identifier")}\`, secret \`${P("ugs_service_account_secret", UGS_SECRET_2, "secret in handover notes")}\`
`,
);

// ---------- additional awkward places
const YT_KEY_2 = gen.google();
file(
  "tools/community/clip_importer/config.toml",
  `[youtube]
# server key restricted to the importer's IP
api_key = "${P("youtube_api_key", YT_KEY_2)}"
channel_id = "UC${str(B64URL, 22)}"

[twitch]
client_id = "${U("twitch_client_id", TW_ID, "client id")}"
client_secret = "${P("twitch_client_secret", TW_SECRET)}"

[storage]
cloudinary_folder = "clips"
`,
);

const ENC_PW = pw();
file(
  "tools/community/clip_importer/importer.log",
  `[2024-02-02 10:01:12] INFO  connecting to postgres://clips:${P("password", encodeURIComponent(ENC_PW), { decoded: ENC_PW, note: "URL-encoded password in logged DSN" })}@clips-db.internal:5432/clips
[2024-02-02 10:01:12] DEBUG POST https://id.twitch.tv/oauth2/token body=client_id=${U("twitch_client_id", TW_ID, "client id")}&client_secret=${P("twitch_client_secret", TW_SECRET, "secret in debug log")}&grant_type=client_credentials
[2024-02-02 10:01:13] INFO  fetched 48 clips from twitch (cursor=${N("pagination_cursor", b64(Buffer.from(`{"b":{"Cursor":"${hex(16)}"}}`)), "Twitch pagination cursor")})
[2024-02-02 10:01:15] ERROR cloudinary upload failed: Invalid Signature ${N("sha1", gen.sha1(), "request signature, not a key")}. String to sign - 'folder=clips&timestamp=1706868075'.
`,
);

const AKA2_SECRET = gen.akamaiSecret();
const AKA2_ACCESS = gen.akab();
const AKA2_CLIENT = gen.akab();
file(
  "media/packager/purge.py",
  `"""Purge HLS manifests from Akamai after a republish."""
import requests
from akamai.edgegrid import EdgeGridAuth

session = requests.Session()
session.auth = EdgeGridAuth(
    client_token="${P("akamai_client_token", AKA2_CLIENT)}",
    client_secret="${P("akamai_client_secret", AKA2_SECRET)}",
    access_token="${P("akamai_access_token", AKA2_ACCESS)}",
)
BASE = "https://${N("akamai_host", `${gen.akab()}.purge.akamaiapis.net`, "hostname")}"


def purge(urls):
    r = session.post(BASE + "/ccu/v3/invalidate/url/production", json={"objects": urls})
    r.raise_for_status()
    return r.json()
`,
);

const MUX_ID_2 = uuid();
const MUX_SECRET_2 = gen.muxSecret();
file(
  "media/packager/.env",
  `MUX_TOKEN_ID=${N("mux_token_id", MUX_ID_2, "identifier")}
MUX_TOKEN_SECRET=${P("mux_token_secret", MUX_SECRET_2)}
MUX_WEBHOOK_SECRET=${P("mux_webhook_secret", str(LOWNUM, 32))}
AKAMAI_EDGERC=~/.edgerc
VIMEO_ACCESS_TOKEN=${P("vimeo_access_token", VIMEO_2)}
`,
);

const WOWZA_REST_PW = pw();
file(
  "streaming/wowza/conf/Server.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<Root version="2">
	<Server>
		<Name>Forgecast Origin</Name>
		<RESTInterface>
			<Enable>true</Enable>
			<IPAddress>*</IPAddress>
			<Port>8087</Port>
			<AuthenticationMethod>digest</AuthenticationMethod>
		</RESTInterface>
		<Properties>
			<Property>
				<Name>restAdminPassword</Name>
				<Value>${P("wowza_admin_password", WOWZA_REST_PW)}</Value>
			</Property>
			<Property>
				<Name>licenseKeyHash</Name>
				<Value>${N("sha256", gen.sha256(), "hash, not the license")}</Value>
			</Property>
		</Properties>
	</Server>
</Root>
`,
);

const RTMP_KEY_CUSTOM = `${str(LOWNUM, 8)}-${str(LOWNUM, 8)}-${str(LOWNUM, 8)}`;
file(
  "streaming/obs/scenes/Tournament.json",
  `{
    "current_scene": "Casters",
    "name": "Tournament",
    "modules": {
        "output-timer": { "streamTimerHours": 4 },
        "auto-restream": {
            "targets": [
                {"name": "Forgecast origin", "url": "rtmp://origin.forgecast.tv/live", "stream_key": "${P("rtmp_stream_key", RTMP_KEY_CUSTOM, "custom RTMP stream key")}"},
                {"name": "YouTube", "url": "rtmp://a.rtmp.youtube.com/live2", "stream_key": "${P("youtube_stream_key", YT_STREAM)}"}
            ]
        }
    },
    "sources": []
}
`,
);

const EPIC_ID_2 = gen.eosClientId();
const EPIC_SECRET_2 = gen.eosSecret();
file(
  "backend/entitlements/eos_client.py",
  `import base64
import requests

EOS_TOKEN_URL = "https://api.epicgames.dev/epic/oauth/v2/token"
DEPLOYMENT_ID = "${N("eos_deployment_id", hex(32), "identifier")}"

# server-policy client (trusted server) — entitlement checks
CLIENT_ID = "${U("eos_client_id", EPIC_ID_2, "client id")}"
CLIENT_SECRET = "${P("eos_client_secret", EPIC_SECRET_2)}"


def server_token():
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(EOS_TOKEN_URL, headers={"Authorization": f"Basic {basic}"},
                      data={"grant_type": "client_credentials", "deployment_id": DEPLOYMENT_ID})
    r.raise_for_status()
    return r.json()["access_token"]
`,
);

const UCB_KEY_2 = gen.ucbKey();
file(
  "ci/jenkins/vars/unityCloud.groovy",
  `// Shared library step: unityCloud(target: 'ios-release')
def call(Map args = [:]) {
  def target = args.target ?: 'android-release'
  // UCB key of the studio service user (rotate quarterly)
  def ucbKey = '${P("unity_cloud_build_api_key", UCB_KEY_2)}'
  withEnv(["UGS_CLI_SERVICE_KEY_ID=${N("ugs_service_account_key_id", UGS_KEY_ID_2, "identifier")}", "UGS_CLI_SERVICE_SECRET_KEY=${P("ugs_service_account_secret", UGS_SECRET_2)}"]) {
    sh "curl -sf -H 'Authorization: Basic \${ucbKey}' https://build-api.cloud.unity3d.com/api/v1/orgs/northwind-forge/projects/${CLOUD_PROJECT}/buildtargets/\${target}/builds -X POST -d '{}'"
    sh 'ugs env list'
  }
}
`,
);

const REDDIT_SECRET_2 = gen.redditSecret();
const REDDIT_ID_2 = gen.redditId();
file(
  "tools/community/automod/praw.ini",
  `[DEFAULT]
check_for_updates=False
user_agent=skyreach-automod/1.2 (by u/nwf_community)

[automod]
client_id=${N("reddit_client_id", REDDIT_ID_2, "identifier")}
client_secret=${P("reddit_client_secret", REDDIT_SECRET_2)}
username=SkyreachAutoMod
password=${P("password", pw(), "reddit bot account password")}
`,
);

const DISCORD_BOT_2 = gen.discordBot();
file(
  "tools/community/modbot/src/main.rs",
  `use serenity::prelude::*;
use std::env;

// fallback used only on the mod team's Raspberry Pi
const FALLBACK_TOKEN: &str = "${P("discord_bot_token", DISCORD_BOT_2, "hard-coded Rust const")}";

#[tokio::main]
async fn main() {
    let token = env::var("DISCORD_TOKEN").unwrap_or_else(|_| FALLBACK_TOKEN.to_string());
    let intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    let mut client = Client::builder(&token, intents).event_handler(Handler).await.expect("client");
    if let Err(why) = client.start().await {
        println!("Client error: {why:?}");
    }
}

#[cfg(test)]
mod fixtures {
    pub const TOKEN: &str = "${N("discord_bot_token", `MTAwMDAwMDAwMDAwMDAwMDAw.XXXXXX.${"x".repeat(38)}`, "obviously fake fixture")}";
    pub const WEBHOOK: &str = "${N("discord_webhook_url", "https://discord.com/api/webhooks/123456789012345678/your-webhook-token", "placeholder")}";
    pub const GUILD_ID: u64 = ${N("discord_guild_id", `1${str(DIG, 18)}`, "snowflake id")};
}
`,
);

const JENKINS_ADMIN_PW = pw();
file(
  "ops/runbooks/build-farm.md",
  `# Build farm notes

- Jenkins: https://jenkins.nwf.internal (SSO). Break-glass local admin: \`admin\` / \`${P("password", JENKINS_ADMIN_PW, "break-glass password in runbook")}\`
- Agents join with the JNLP secret shown on the node page, e.g. \`${N("placeholder", "<jnlp-secret>", "placeholder")}\`
- Perforce ticket for jenkins-build expires every 12h, re-login with \`p4 login -a\`.
- Deploy key for the build agents (public half, add to \`~/.ssh/authorized_keys\` on the symbol server):

      ${N("public_key", DEPLOY_KEY.pub, "public key")}

- Upload symbols by hand if the job fails: \`sentry-cli --auth-token ${P("sentry_auth_token", SENTRY_USER_TOKEN, "token on sentry-cli command line")} debug-files upload -o northwind-forge -p skyreach-client Saved/Symbols\`
- Steam build account: username \`nwf_buildbot\`, password in 1Password ("Steam build - SteamPipe").
- Cache server hash of last good DDC snapshot: \`${N("sha256", gen.sha256(), "snapshot hash")}\`

## Steam Web API smoke test

\`\`\`
curl "https://api.steampowered.com/ISteamApps/GetServersAtAddress/v1/?key=${P("steam_web_api_key", STEAM_KEY, "key in runbook curl")}&addr=203.0.113.14"
\`\`\`
`,
);

const GH_PAT_2 = ghToken("ghp_");
file(
  "tools/scripts/sync_issues.py",
  `#!/usr/bin/env python3
"""Mirror Jira bugs tagged 'community' into the public GitHub tracker."""
import os
import requests

# GH_TOKEN = "${P("github_pat", GH_PAT_2, "commented-out token")}"
GH_TOKEN = os.environ["GH_TOKEN"]
JIRA_TOKEN = os.environ.get("JIRA_TOKEN", "${N("placeholder", "your-jira-api-token", "placeholder")}")

session = requests.Session()
session.headers["Authorization"] = f"token {GH_TOKEN}"
`,
);

const AGORA_CERT_2 = gen.agora();
const AGORA_ID_2 = gen.agora();
file(
  "services/voice/config/agora.json",
  `{
  "environments": {
    "staging": {
      "appId": "${U("agora_app_id", AGORA_ID_2, "app id is public")}",
      "appCertificate": "${P("agora_app_certificate", AGORA_CERT_2)}",
      "tokenTtlSeconds": 3600
    },
    "production": {
      "appId": "${U("agora_app_id", AGORA_ID, "app id is public")}",
      "appCertificate": "${N("env_reference", "${AGORA_APP_CERTIFICATE}", "env reference")}",
      "tokenTtlSeconds": 3600
    }
  }
}
`,
);

const GA_SECRET_MOBILE = gen.gaSecret();
const GA_GAME_MOBILE = gen.gaGame();
file(
  "unity/Assets/Resources/GameAnalytics/Settings.asset",
  `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Enabled: 1
  m_Name: Settings
  Platforms: 0b00000011000000
  gameKey:
  - ${U("gameanalytics_game_key", GA_GAME_MOBILE, "client-side game key")}
  - ${U("gameanalytics_game_key", gen.gaGame(), "client-side game key")}
  secretKey:
  - ${P("gameanalytics_secret_key", GA_SECRET_MOBILE)}
  - ${P("gameanalytics_secret_key", gen.gaSecret())}
  Build:
  - 2.3.0
  - 2.3.0
  SubmitErrors: 1
`,
);

const BT_SUBMIT_2 = gen.backtrace();
file(
  "unity/Assets/Scripts/Crash/CrashReporting.cs",
  `using Backtrace.Unity;
using Backtrace.Unity.Model;
using UnityEngine;

public class CrashReporting : MonoBehaviour
{
    // Submission URL for skyreach-pocket (Backtrace)
    private const string SubmissionUrl = "https://submit.backtrace.io/northwindforge/${P("backtrace_token", BT_SUBMIT_2)}/json";

    void Awake()
    {
        var config = ScriptableObject.CreateInstance<BacktraceConfiguration>();
        config.ServerUrl = SubmissionUrl;
        config.HandleUnhandledExceptions = true;
        BacktraceClient.Initialize(config);
    }
}
`,
);

// kubeconfig-ish / CI secrets in a GitLab-style var dump
const CI_DUMP_PG = pwPlain();
const AWS_ID_3 = gen.akid();
const AWS_SECRET_3 = gen.awsSecret();
file(
  "ops/logs/ci-env-dump-job-88231.txt",
  `$ env | sort
AWS_ACCESS_KEY_ID=${P("aws_access_key_id", AWS_ID_3, "env dump in CI log")}
AWS_DEFAULT_REGION=eu-west-1
AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", AWS_SECRET_3, "env dump in CI log")}
BUILD_NUMBER=88231
CI_COMMIT_SHA=${N("git_sha", gen.sha1(), "git SHA")}
DD_API_KEY=${P("datadog_api_key", DD_API_2, "env dump in CI log")}
DATABASE_URL=postgresql://builds:${P("password", CI_DUMP_PG, "password in DSN")}@builds-db.internal:5432/builds
FASTLY_API_TOKEN=[MASKED]
GITHUB_TOKEN=${N("redacted", "***", "masked by CI")}
HOME=/home/jenkins
NODE_VERSION=20.11.1
PLAYFAB_TITLE_ID=${N("playfab_title_id", PF_TITLE, "identifier")}
SENTRY_AUTH_TOKEN=${P("sentry_auth_token", CI_SENTRY_LEAK, "env dump in CI log")}
SLACK_WEBHOOK_URL=${P("slack_webhook_url", SLACK_HOOK_CI, "env dump in CI log")}
STEAM_APP_ID=1934570
UNITY_SERIAL=${N("placeholder", "XX-XXXX-XXXX-XXXX-XXXX-XXXX", "masked serial")}
`,
);

const _PF_SECRET_CS = gen.playfabSecret();

const FASTLY_3 = gen.fastly();
file(
  "infra/cdn/fastly/vcl/main.vcl",
  `# Forgecast VOD edge logic
sub vcl_recv {
#FASTLY recv
  if (req.http.Fastly-Key) {
    # purge requests come from CI only; old token for reference: ${P("fastly_api_token", FASTLY_3, "token in VCL comment")}
    return(pass);
  }
  if (req.url.path ~ "^/hls/") {
    set req.http.X-Origin-Auth = table.lookup(origin_auth, "bunny");
  }
  return(lookup);
}
`,
);

const SENDGRID_2 = gen.sendgrid();
file(
  "services/notifications/src/Mailer.cs",
  `using SendGrid;
using SendGrid.Helpers.Mail;

namespace Northwind.Notifications;

public static class Mailer
{
    // TODO move to KeyVault before launch
    private static readonly SendGridClient Client = new("${P("sendgrid_api_key", SENDGRID_2)}");

    public static Task SendAsync(string to, string subject, string html)
    {
        var msg = MailHelper.CreateSingleEmail(new EmailAddress("noreply@skyreach.gg", "Skyreach Arena"),
            new EmailAddress(to), subject, null, html);
        return Client.SendEmailAsync(msg);
    }
}
`,
);

const KUBE_TOKEN = jwt({
  iss: "kubernetes/serviceaccount",
  "kubernetes.io/serviceaccount/namespace": "forgecast",
  "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
  sub: "system:serviceaccount:forgecast:ci-deployer",
});
file(
  "deploy/k8s/kubeconfig-ci.yaml",
  `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${N("certificate", b64(certShaped()), "CA certificate (public)")}
    server: https://k8s-prod.nwf.internal:6443
  name: prod
contexts:
- context:
    cluster: prod
    namespace: forgecast
    user: ci-deployer
  name: ci@prod
current-context: ci@prod
users:
- name: ci-deployer
  user:
    token: ${P("kubernetes_service_account_token", KUBE_TOKEN, "SA token (JWT)")}
`,
);

const YT_OAUTH_SECRET = `GOCSPX-${str(B64URL, 28)}`;
file(
  "tools/community/youtube_uploader/client_secret.json",
  `{"installed":{"client_id":"${U("google_oauth_client_id", `${str(DIG, 12)}-${str(LOWNUM, 32)}.apps.googleusercontent.com`, "OAuth client id")}","project_id":"nwf-youtube-uploader","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"${P("google_oauth_client_secret", YT_OAUTH_SECRET)}","redirect_uris":["http://localhost"]}}
`,
);

// ===================== write out =====================
for (const m of marks) if (!m.done) throw new Error(`unplaced mark: ${m.type}`);
const root = path.resolve("files");
fs.rmSync(root, { recursive: true, force: true });
for (const f of files) {
  const p = path.join(root, f.rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.out);
}
const clean = (m) => {
  const o = { file: m.file, line: m.line, type: m.type, secret: m.secret };
  if (m.kind !== "neu") o.positive = m.kind === "pos";
  if (m.decoded !== undefined) o.decoded = m.decoded;
  if (m.note) o.note = m.note;
  return o;
};
const labels = marks.filter((m) => m.kind !== "neu").map(clean);
const neutrals = marks.filter((m) => m.kind === "neu").map(clean);
fs.writeFileSync("labels.json", `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync("neutrals.json", `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
void zlib;
void createHash;
console.error(
  `files=${files.length} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

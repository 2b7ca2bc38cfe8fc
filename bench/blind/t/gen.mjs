#!/usr/bin/env node
// Blind labelled corpus generator, set "t": an SRE / platform team's observability
// and messaging repository plus the machines it runs on.
//
// Usage: node gen.mjs <seed>   (writes ./files/, ./labels.json, ./neutrals.json in the cwd)
//
// All randomness comes from an HMAC-SHA256(seed, counter) byte stream; the output is
// byte-identical for the same seed. No credential literal lives in this file: every
// key, token and password is built at run time from its format. The only fixed
// secret-looking literals are vendor documentation samples, used as negatives only
// (AWS AKIAIOSFODNN7EXAMPLE pair, jwt.io sample JWT, Dynatrace's documented dt0s01
// example token, Slack's T00000000/B00000000 webhook sample, the Telegram Bot API docs
// sample token, the Azure Service Bus emulator "SAS_KEY_VALUE" connection string).
//
// Credential formats used (prefix / length / alphabet / checksum; source):
//  - AWS access key id: "AKIA"/"ASIA" + 16 [A-Z2-7]; secret 40 [A-Za-z0-9+/]; session
//    token "IQoJb3JpZ2luX2Vj..." base64 (AWS IAM docs; session token = observed shape)
//  - AWS SES SMTP password v4: base64(0x04 || 32 bytes) = 44 chars starting "B" (AWS SES docs)
//  - Datadog API key 32 hex, application key 40 hex, client token "pub" + 32 hex (Datadog docs)
//  - New Relic license key 40 chars = 36 hex + "NRAL" (or legacy 40 hex), user key
//    "NRAK-" + 27 [A-Z0-9], insert key "NRII-" + 32 [A-Za-z0-9_-], browser "NRJS-" + 19 hex
//    (New Relic API keys docs; NRII/NRJS lengths = observed shape)
//  - Sentry org auth token "sntrys_" + base64(JSON {iat,url,region_url,org}) + "_" + 43 base64
//    (Sentry auth token docs / sentry source); user token "sntryu_" + 64 hex; DSN
//    https://<32 hex>@o<id>.ingest.<region>.sentry.io/<project> (Sentry docs)
//  - Honeycomb ingest key "hcaik_" + 26-char ULID key id + 32 [a-z0-9] secret (Honeycomb
//    API key docs); configuration key 22 [A-Za-z0-9] (observed shape)
//  - Splunk HEC token: UUID (Splunk HEC docs)
//  - Elastic API key: base64("<20 id>:<22 key>") or "id:key" (Elasticsearch create API key
//    docs); APM secret token 24 [A-Za-z0-9] (observed); Kibana encryption keys 32 hex
//    (kibana-encryption-keys output); built-in user password 20 chars (observed)
//  - Dynatrace token "dt0c01." + 24 [A-Z2-7] + "." + 64 [A-Z2-7] (Dynatrace token format docs)
//  - Lightstep access token 84 [A-Za-z0-9+/] (observed shape, guessed length)
//  - Better Stack / Logtail source token 24 [A-Za-z0-9] (observed shape)
//  - Grafana service account token "glsa_" + 32 [A-Za-z0-9] + "_" + 8 hex, hex is the
//    little-endian CRC32 (IEEE) of "glsa_<32>" (grafana satokengen; checked on a real sample)
//  - Grafana Cloud access policy token "glc_" + base64(JSON {o,n,k,m:{r}}) (observed shape)
//  - Grafana legacy API key base64(JSON {"k":32 alnum,"n":name,"id":n}) (observed shape)
//  - Confluent Cloud API key 16 [A-Z0-9], secret 64 [A-Za-z0-9+/] (Confluent docs/CLI output)
//  - NATS nkeys: base32(RFC4648, no pad) of prefix byte(s) + 32-byte ed25519 seed/public key
//    + CRC16/XMODEM little-endian; user seed "SU...", user public "U...", account
//    public "A..." as JWT issuer (nats-io/nkeys); .creds file layout and ed25519-nkey user JWT (nats-io/jwt)
//  - Pulsar token: HS256 JWT {"sub":role}; broker tokenSecretKey base64 of 32 bytes (Pulsar docs)
//  - Azure Service Bus / Event Hubs SharedAccessKey: base64 of 32 bytes (44 chars);
//    Azure storage account key: base64 of 64 bytes (88 chars) (Azure docs)
//  - Google service account JSON with PKCS#8 RSA-2048 private key (real key, generated
//    deterministically) (Google Cloud IAM docs)
//  - Slack bot "xoxb-" digits-digits-24 alnum; app-level
//    "xapp-1-A<10>-<13 digits>-<64 hex>"; webhook hooks.slack.com/services/T../B../24 alnum;
//    signing secret 32 hex (Slack API docs)
//  - Microsoft Teams connector webhook <org>.webhook.office.com/webhookb2/<uuid>@<uuid>/
//    IncomingWebhook/<32 hex>/<uuid>; Power Automate workflow URL with sig= 43 base64url
//    (Microsoft docs / observed shape)
//  - Discord webhook discord.com/api/webhooks/<18-19 digits>/<68 [A-Za-z0-9_-]> (observed shape)
//  - Telegram bot token <bot id 10 digits>:AA + 33 [A-Za-z0-9_-] (Telegram Bot API docs)
//  - Twilio Account SID "AC" + 32 hex, auth token 32 hex, API key "SK" + 32 hex, API secret
//    32 [A-Za-z0-9] (Twilio docs)
//  - PagerDuty REST API key 20 [A-Za-z0-9_+-] (PagerDuty docs); Events v2 integration key
//    32 hex, orchestration routing key "R0" + 30 [A-Z0-9] (observed shape)
//  - Opsgenie API key: UUID (Opsgenie docs)
//  - Mattermost incoming webhook /hooks/<26 [a-z0-9]> (Mattermost docs)
//  - SendGrid API key "SG." + 22 + "." + 43 [A-Za-z0-9_-] (SendGrid docs)
//  - GitHub PAT "ghp_" + 30 base62 + 6-char base62 CRC32 of the 30 chars;
//    npm "npm_" same scheme (GitHub token format blog post / npm)
//  - Kubernetes service account token: RS256 JWT (Kubernetes docs, signature random)
//  - OpenSSH ed25519 private key (openssh-key-v1, unencrypted) and RSA PKCS#1 PEM (real keys)
//  - RabbitMQ password_hash: base64(salt4 || sha256(salt4 || password)) (RabbitMQ docs)
//  - SOPS ENC[AES256_GCM,data,iv(32B),tag(16B),type], age1 bech32 recipients, ansible-vault
//    1.1 hexlified payload, Bitnami SealedSecret "AgB..." blobs (tool docs / observed shape)
//  - Human passwords: word list + digits + symbol patterns.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2];
if (!SEED) {
  console.error("usage: node gen.mjs <seed>");
  process.exit(2);
}

// ---------------------------------------------------------------- random stream
let counter = 0;
let pool = Buffer.alloc(0);
function bytes(n) {
  const parts = [pool];
  let have = pool.length;
  while (have < n) {
    const c = Buffer.alloc(8);
    c.writeBigUInt64BE(BigInt(counter++));
    const block = crypto.createHmac("sha256", SEED).update(c).digest();
    parts.push(block);
    have += block.length;
  }
  const all = Buffer.concat(parts);
  pool = Buffer.from(all.subarray(n));
  return Buffer.from(all.subarray(0, n));
}
function u32() {
  return bytes(4).readUInt32BE(0);
}
function int(n) {
  if (!(n > 0 && n <= 0x100000000)) throw new Error(`int(${n}) out of range`);
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const x = u32();
    if (x < lim) return x % n;
  }
}
const range = (a, b) => a + int(b - a + 1);
const pick = (arr) => arr[int(arr.length)];
const DIG = "0123456789";
const HEX = "0123456789abcdef";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const ALNUM = UP + LOW + DIG;
const B62 = DIG + UP + LOW;
const UPNUM = UP + DIG;
const LOWNUM = LOW + DIG;
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B64 = `${UP + LOW + DIG}+/`;
const B64URL = `${UP + LOW + DIG}-_`;
const CROCK = "0123456789abcdefghjkmnpqrstvwxyz";
function str(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[int(alpha.length)];
  return s;
}
const hex = (n) => str(HEX, n);
const digits = (n) => String(range(1, 9)) + str(DIG, n - 1);
function uuid() {
  const b = bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const b64 = (s) => Buffer.from(s).toString("base64");
const rawStd = (buf) => Buffer.from(buf).toString("base64").replace(/=+$/, "");
const b64url = (buf) =>
  Buffer.from(buf).toString("base64").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
function wrap(s, w) {
  const out = [];
  for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w));
  return out.join("\n");
}

// ---------------------------------------------------------------- passwords
const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "granite",
  "maple",
  "falcon",
  "cobalt",
  "meadow",
  "ember",
  "glacier",
  "pepper",
  "willow",
  "tundra",
  "saffron",
  "orbit",
  "canyon",
  "juniper",
  "marble",
  "thistle",
  "raven",
  "copper",
  "sierra",
  "beacon",
  "harvest",
  "nimbus",
  "quartz",
  "walrus",
  "velvet",
  "cedar",
  "pixel",
  "summit",
  "bramble",
  "anchor",
  "kestrel",
  "lagoon",
  "mosaic",
  "pebble",
  "rocket",
  "tangerine",
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function humanPw() {
  const a = pick(WORDS),
    b = pick(WORDS),
    n = range(10, 9999);
  switch (int(6)) {
    case 0:
      return `${cap(a)}!${cap(b)}${n % 100}`;
    case 1:
      return `${a}-${cap(b)}-${n}`;
    case 2:
      return `${cap(a)}${cap(b)}#${range(2019, 2024)}`;
    case 3:
      return `${a}.${b}.${pick(WORDS)}${int(10)}`;
    case 4:
      return `${cap(a)}_${n}_${cap(b)}!`;
    default:
      return `${a}${cap(b)}${n}*`;
  }
}
function urlSafePw() {
  const a = pick(WORDS),
    b = pick(WORDS);
  return int(2) ? `${a}-${cap(b)}-${range(100, 9999)}` : `${cap(a)}${cap(b)}${range(10, 99)}`;
}
const randPw = (n, extra = "") => str(ALNUM + extra, n);

// ---------------------------------------------------------------- checksums
const CRC_TABLE = (() => {
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
  for (const b of Buffer.from(s)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, "0");
}
function crc16(buf) {
  let crc = 0;
  for (const b of buf) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
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
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  return out;
}

// ---------------------------------------------------------------- token formats
function ghToken(prefix) {
  const r = str(B62, 30);
  return `${prefix}_${r}${base62(crc32(r), 6)}`;
}
function ghTokenBroken(prefix) {
  const r = str(B62, 30);
  const good = base62(crc32(r), 6);
  let bad;
  do {
    bad = str(B62, 6);
  } while (bad === good);
  return `${prefix}_${r}${bad}`;
}
function glsaToken(broken = false) {
  const s = str(ALNUM, 32);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(crc32(`glsa_${s}`));
  let sum = le.toString("hex");
  if (broken) {
    let bad;
    do {
      bad = hex(8);
    } while (bad === sum);
    sum = bad;
  }
  return `glsa_${s}_${sum}`;
}
function glcToken(orgId, name, region) {
  return `glc_${b64(JSON.stringify({ o: orgId, n: name, k: str(ALNUM, 24), m: { r: region } }))}`;
}
function grafanaLegacyKey(name, id) {
  return b64(JSON.stringify({ k: str(ALNUM, 32), n: name, id }));
}
function sentryOrgToken(org) {
  const iat = `${range(1700000000, 1712000000)}.${str(DIG, 5)}${range(1, 9)}`;
  const payload = `{"iat": ${iat}, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "${org}"}`;
  return `sntrys_${b64(payload)}_${bytes(32).toString("base64").replace(/=+$/, "")}`;
}
const sentryUserToken = () => `sntryu_${hex(64)}`;
const sentryDsn = () => `https://${hex(32)}@o${digits(6)}.ingest.de.sentry.io/${digits(7)}`;
const awsKeyId = (p = "AKIA") => p + str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
const awsSecret = () => str(`${UP + LOW + DIG}+/`, 40);
const awsSessionToken = () =>
  `IQoJb3JpZ2luX2VjE${str(B64, 20)}${bytes(280).toString("base64").replace(/=+$/, "")}`;
const sesSmtpPassword = () => Buffer.concat([Buffer.from([4]), bytes(32)]).toString("base64");
const ddApiKey = () => hex(32);
const ddAppKey = () => hex(40);
const ddClientToken = () => `pub${hex(32)}`;
const nrLicense = () => `${hex(36)}NRAL`;
const nrLicenseLegacy = () => hex(40);
const nrUserKey = () => `NRAK-${str(UPNUM, 27)}`;
const nrInsertKey = () => `NRII-${str(B64URL, 32)}`;
const nrBrowserKey = () => `NRJS-${hex(19)}`;
const hcIngestKey = () => `hcaik_01${str(CROCK, 24)}${str(LOWNUM, 32)}`;
const hcConfigKey = () => str(ALNUM, 22);
const elasticApiKeyParts = () => [str(B64URL, 20), str(B64URL, 22)];
const dtToken = () => `dt0c01.${str(B32, 24)}.${str(B32, 64)}`;
const lightstepToken = () => str(B64, 84);
const betterstackToken = () => str(ALNUM, 24);
const confluentKey = () => str(UPNUM, 16);
const confluentSecret = () => str(`${ALNUM}+/`, 64);
const azureSasKey = () => bytes(32).toString("base64");
const azureStorageKey = () => bytes(64).toString("base64");
const slackBot = () => `xoxb-${digits(range(11, 12))}-${digits(13)}-${str(ALNUM, 24)}`;
const slackApp = () => `xapp-1-A0${str(UPNUM, 9)}-${digits(13)}-${hex(64)}`;
const slackWebhook = (team) =>
  `https://hooks.slack.com/services/${team}/B0${str(UPNUM, 9)}/${str(ALNUM, 24)}`;
const teamsWebhook = (tenant) =>
  `https://tidewater.webhook.office.com/webhookb2/${uuid()}@${tenant}/IncomingWebhook/${hex(32)}/${uuid()}`;
const powerAutomateUrl = () =>
  `https://prod-${range(10, 99)}.westeurope.logic.azure.com:443/workflows/${hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${str(B64URL, 43)}`;
const discordWebhook = () => `https://discord.com/api/webhooks/1${str(DIG, 18)}/${str(B64URL, 68)}`;
const telegramToken = () => `${range(5, 7)}${str(DIG, 9)}:AA${str(B64URL, 33)}`;
const twilioSid = () => `AC${hex(32)}`;
const twilioKeySid = () => `SK${hex(32)}`;
const pdApiKey = () => str(`${ALNUM}_+-`, 20);
const pdIntegrationKey = () => hex(32);
const pdRoutingKey = () => `R0${str(UPNUM, 30)}`;
const mattermostHook = () => `https://chat.tidewater.io/hooks/${str(LOWNUM, 26)}`;
const sendgridKey = () => `SG.${str(B64URL, 22)}.${str(B64URL, 43)}`;
function bcryptHash(cost = 10, variant = "2y") {
  return `$${variant}$${cost}$${str(`./${UP}${LOW}${DIG}`, 53)}`;
}
function rabbitHash(pw) {
  const salt = bytes(4);
  return Buffer.concat([
    salt,
    crypto
      .createHash("sha256")
      .update(Buffer.concat([salt, Buffer.from(pw)]))
      .digest(),
  ]).toString("base64");
}
function jwt(header, payload, sig) {
  return `${b64url(Buffer.from(JSON.stringify(header)))}.${b64url(Buffer.from(JSON.stringify(payload)))}.${b64url(sig)}`;
}
function hs256(payload, keyBuf) {
  const h = b64url(Buffer.from(JSON.stringify({ alg: "HS256" })));
  const p = b64url(Buffer.from(JSON.stringify(payload)));
  return `${h}.${p}.${b64url(crypto.createHmac("sha256", keyBuf).update(`${h}.${p}`).digest())}`;
}
function sopsEnc(plainLen) {
  return `ENC[AES256_GCM,data:${bytes(plainLen).toString("base64")},iv:${bytes(32).toString("base64")},tag:${bytes(16).toString("base64")},type:str]`;
}
function ansibleVault(plainLen) {
  const inner = `${bytes(32).toString("hex")}\n${bytes(32).toString("hex")}\n${bytes(Math.ceil(plainLen / 16) * 16).toString("hex")}`;
  return `$ANSIBLE_VAULT;1.1;AES256\n${wrap(Buffer.from(inner).toString("hex"), 80)}`;
}
const sealed = (n) => Buffer.concat([Buffer.from([2, 0]), bytes(512 + n + 28)]).toString("base64");
const sha256hex = () => hex(64);
const gitSha = () => hex(40);

// bech32 (age recipients)
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
function bech32(hrp, data8) {
  const data = [];
  let acc = 0,
    bits = 0;
  for (const b of data8) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      data.push((acc >>> (bits - 5)) & 31);
      bits -= 5;
    }
    acc &= 0xff;
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const exp = [...hrp]
    .map((c) => c.charCodeAt(0) >> 5)
    .concat(
      [0],
      [...hrp].map((c) => c.charCodeAt(0) & 31),
    );
  const pm = bechPolymod(exp.concat(data, [0, 0, 0, 0, 0, 0])) ^ 1;
  const chk = [];
  for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return `${hrp}1${data
    .concat(chk)
    .map((d) => BECH[d])
    .join("")}`;
}

// ---------------------------------------------------------------- DER / RSA / X.509
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 255);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
const der = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
function derInt(x) {
  let h = BigInt(x).toString(16);
  if (h.length % 2) h = `0${h}`;
  let b = Buffer.from(h, "hex");
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}
const seq = (...xs) => der(0x30, Buffer.concat(xs));
function oid(s) {
  const p = s.split(".").map(Number);
  const out = [40 * p[0] + p[1]];
  for (const v0 of p.slice(2)) {
    let v = v0;
    const st = [v & 0x7f];
    v >>= 7;
    while (v > 0) {
      st.unshift((v & 0x7f) | 0x80);
      v >>= 7;
    }
    out.push(...st);
  }
  return der(0x06, Buffer.from(out));
}
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
function modInv(a, m) {
  let [or, r] = [a, m],
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
function isProbPrime(n) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return false;
  let d = n - 1n,
    s = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    s++;
  }
  for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let ok = false;
    for (let r = 1; r < s; r++) {
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
function genPrime(bits) {
  const buf = bytes(bits / 8);
  buf[0] |= 0xc0;
  buf[buf.length - 1] |= 1;
  for (let c = BigInt(`0x${buf.toString("hex")}`); ; c += 2n) if (isProbPrime(c)) return c;
}
function genRsa() {
  const e = 65537n;
  for (;;) {
    let p = genPrime(1024),
      q = genPrime(1024);
    if (p === q || (p - 1n) % e === 0n || (q - 1n) % e === 0n) continue;
    if (p < q) [p, q] = [q, p];
    const n = p * q,
      d = modInv(e, (p - 1n) * (q - 1n));
    const k = seq(
      derInt(0),
      derInt(n),
      derInt(e),
      derInt(d),
      derInt(p),
      derInt(q),
      derInt(d % (p - 1n)),
      derInt(d % (q - 1n)),
      derInt(modInv(q, p)),
    );
    return crypto.createPrivateKey({ key: k, format: "der", type: "pkcs1" });
  }
}
function x509(key, cn, org, sans, notBefore, notAfter) {
  const algo = seq(oid("1.2.840.113549.1.1.11"), Buffer.from([5, 0]));
  const name = (c) =>
    seq(
      der(0x31, seq(oid("2.5.4.6"), der(0x13, Buffer.from("GB")))),
      der(0x31, seq(oid("2.5.4.10"), der(0x0c, Buffer.from(org)))),
      der(0x31, seq(oid("2.5.4.3"), der(0x0c, Buffer.from(c)))),
    );
  const spki = crypto.createPublicKey(key).export({ type: "spki", format: "der" });
  const san = seq(oid("2.5.29.17"), der(0x04, seq(...sans.map((s) => der(0x82, Buffer.from(s))))));
  const bc = seq(oid("2.5.29.19"), der(0x04, seq()));
  const serial = Buffer.from(bytes(16));
  serial[0] &= 0x7f;
  const tbs = seq(
    der(0xa0, derInt(2)),
    der(0x02, serial),
    algo,
    name(`${org} Internal CA`),
    seq(der(0x17, Buffer.from(notBefore)), der(0x17, Buffer.from(notAfter))),
    name(cn),
    spki,
    der(0xa3, seq(san, bc)),
  );
  const sig = crypto.sign("sha256", tbs, key);
  const cert = seq(tbs, algo, der(0x03, Buffer.concat([Buffer.from([0]), sig])));
  return `-----BEGIN CERTIFICATE-----\n${wrap(cert.toString("base64"), 64)}\n-----END CERTIFICATE-----\n`;
}

// ---------------------------------------------------------------- ed25519 / nkeys / openssh
function ed25519(seed) {
  const key = crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  const pub = crypto.createPublicKey(key).export({ type: "spki", format: "der" }).subarray(12);
  return { key, pub: Buffer.from(pub), seed };
}
const NK = { seed: 18 << 3, account: 0, user: 20 << 3, operator: 14 << 3 };
function nkeyEncode(raw) {
  const c = Buffer.alloc(2);
  c.writeUInt16LE(crc16(raw));
  return base32(Buffer.concat([raw, c]));
}
function nkeyPair(kind) {
  const kp = ed25519(bytes(32));
  const pre = NK[kind];
  kp.public = nkeyEncode(Buffer.concat([Buffer.from([pre]), kp.pub]));
  kp.seedStr = nkeyEncode(Buffer.concat([Buffer.from([NK.seed | (pre >> 5), (pre & 31) << 3]), kp.seed]));
  return kp;
}
function natsUserJwt(user, account, name, iat) {
  const header = { typ: "JWT", alg: "ed25519-nkey" };
  const claims = {
    iat,
    iss: account.public,
    name,
    sub: user.public,
    nats: {
      pub: { allow: ["alerts.>", "_INBOX.>"] },
      sub: { allow: ["alerts.>", "_INBOX.>"] },
      subs: -1,
      data: -1,
      payload: -1,
      issuer_account: account.public,
      type: "user",
      version: 2,
    },
  };
  claims.jti = base32(crypto.createHash("sha256").update(JSON.stringify(claims)).digest());
  const ordered = {
    jti: claims.jti,
    iat: claims.iat,
    iss: claims.iss,
    name: claims.name,
    sub: claims.sub,
    nats: claims.nats,
  };
  const h = b64url(Buffer.from(JSON.stringify(header)));
  const p = b64url(Buffer.from(JSON.stringify(ordered)));
  return `${h}.${p}.${b64url(crypto.sign(null, Buffer.from(`${h}.${p}`), account.key))}`;
}
function sshStr(b) {
  const buf = Buffer.isBuffer(b) ? b : Buffer.from(b);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(buf.length);
  return Buffer.concat([l, buf]);
}
function openssh(kp, comment) {
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(kp.pub)]);
  const check = bytes(4);
  let priv = Buffer.concat([
    check,
    check,
    sshStr("ssh-ed25519"),
    sshStr(kp.pub),
    sshStr(Buffer.concat([kp.seed, kp.pub])),
    sshStr(comment),
  ]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
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
  return {
    priv: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----\n`,
    pub: `ssh-ed25519 ${pubBlob.toString("base64")} ${comment}`,
  };
}

// ---------------------------------------------------------------- label machinery
const OPEN = "\u27e6",
  CLOSE = "\u27e7";
const pending = new Map();
let markId = 0;
function mark(kind, type, value, extra) {
  const id = markId++;
  const e = typeof extra === "string" ? { note: extra } : extra || {};
  pending.set(id, { kind, type, value: String(value), ...e });
  return OPEN + id + CLOSE;
}
const P = (t, v, x) => mark("pos", t, v, x);
const N = (t, v, x) => mark("neg", t, v, x);
const U = (t, v, x) => mark("neu", t, v, x);
const outFiles = [];
const labels = [];
const neutrals = [];
function addFile(rel, content) {
  const re = new RegExp(`${OPEN}(\\d+)${CLOSE}`);
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const e = pending.get(+m[1]);
    if (!e) throw new Error(`marker ${m[1]} reused in ${rel}`);
    pending.delete(+m[1]);
    const line = content.slice(0, m.index).split("\n").length;
    content = content.slice(0, m.index) + e.value + content.slice(m.index + m[0].length);
    const rec = { file: rel, line, type: e.type, secret: e.value };
    if (e.kind !== "neu") rec.positive = e.kind === "pos";
    if (e.decoded !== undefined) rec.decoded = e.decoded;
    if (e.note) rec.note = e.note;
    (e.kind === "neu" ? neutrals : labels).push(rec);
  }
  if (content.includes(OPEN) || content.includes(CLOSE)) throw new Error(`stray marker in ${rel}`);
  if (outFiles.some((f) => f.rel === rel)) throw new Error(`duplicate file ${rel}`);
  outFiles.push({ rel, content });
}
const enc64 = (type, plain, note) =>
  P(type, b64(plain), { decoded: plain, note: note || "base64 in Secret data" });

// ================================================================ shared material
const TEAM = `T0${str(UPNUM, 9)}`;
const TENANT = uuid();
const K = {
  ddApi: ddApiKey(),
  ddApi2: ddApiKey(),
  ddApiLocal: ddApiKey(),
  ddApiNb: ddApiKey(),
  ddApiNew: ddApiKey(),
  ddApiCi: ddApiKey(),
  ddApiOld: ddApiKey(),
  ddApiRunbook: ddApiKey(),
  ddApp: ddAppKey(),
  ddApp2: ddAppKey(),
  ddAppTf: ddAppKey(),
  ddAppTfvars: ddAppKey(),
  hcIngest: hcIngestKey(),
  hcConfig: hcConfigKey(),
  splunkHec: uuid(),
  splunkHec2: uuid(),
  splunkHecOld: uuid(),
  nrLicense: nrLicense(),
  nrLicense2: nrLicenseLegacy(),
  nrUser: nrUserKey(),
  nrUser2: nrUserKey(),
  nrInsert: nrInsertKey(),
  dt: dtToken(),
  lightstep: lightstepToken(),
  apmSecret: str(ALNUM, 24),
  betterstack: betterstackToken(),
  betterstack2: betterstackToken(),
  betterstackNotes: betterstackToken(),
  glcOtlp: glcToken(String(range(600000, 999999)), "stack-otlp-gateway-write", "prod-eu-west-2"),
  glcMetrics: glcToken(String(range(600000, 999999)), "prometheus-remote-write", "prod-eu-west-2"),
  glcLogs: glcToken(String(range(600000, 999999)), "loki-readwrite", "prod-eu-west-2"),
  glcTf: glcToken(String(range(600000, 999999)), "terraform-cloud-provider", "prod-eu-west-2"),
  glsa: glsaToken(),
  sentryOrg: sentryOrgToken("tidewater"),
  sentryOrg2: sentryOrgToken("tidewater"),
  sentryUser: sentryUserToken(),
  ccKey1: confluentKey(),
  ccSecret1: confluentSecret(),
  ccKey2: confluentKey(),
  ccSecret2: confluentSecret(),
  ccKey3: confluentKey(),
  ccSecret3: confluentSecret(),
  ccCloudKey: confluentKey(),
  ccCloudSecret: confluentSecret(),
  srKey: confluentKey(),
  srSecret: confluentSecret(),
  ccDlKey: confluentKey(),
  ccDlSecret: confluentSecret(),
  slackHookAlerts: slackWebhook(TEAM),
  slackHookTf: slackWebhook(TEAM),
  slackHookK8s: slackWebhook(TEAM),
  slackBotGrafana: slackBot(),
  slackBotEnv: slackBot(),
  slackApp: slackApp(),
  slackSigning: hex(32),
  teams: teamsWebhook(TENANT),
  teamsSlack: teamsWebhook(TENANT),
  powerAutomate: powerAutomateUrl(),
  discord: discordWebhook(),
  telegram: telegramToken(),
  telegram2: telegramToken(),
  pdRouting: pdRoutingKey(),
  pdRouting2: pdRoutingKey(),
  pdIntegGrafana: pdIntegrationKey(),
  pdIntegTf: pdIntegrationKey(),
  pdIntegSns: pdIntegrationKey(),
  pdApi: pdApiKey(),
  pdApi2: pdApiKey(),
  opsgenie: uuid(),
  opsgenie2: uuid(),
  opsgenieSlack: uuid(),
  sendgrid: sendgridKey(),
  mattermost: mattermostHook(),
  mattermost2: mattermostHook(),
  twilioSid: twilioSid(),
  twilioToken: hex(32),
  twilioSid2: twilioSid(),
  twilioToken2: hex(32),
  twilioKeySid: twilioKeySid(),
  twilioKeySecret: str(ALNUM, 32),
  ghp: ghToken("ghp"),
  ghpNpm: ghToken("ghp"),
  npm: ghToken("npm"),
  awsLoki: { id: awsKeyId(), secret: awsSecret() },
  awsS3Fluentd: { id: awsKeyId(), secret: awsSecret() },
  awsSqs: { id: awsKeyId(), secret: awsSecret() },
  awsTf: { id: awsKeyId(), secret: awsSecret() },
  awsLaptop: { id: awsKeyId(), secret: awsSecret() },
  awsSession: { id: awsKeyId("ASIA"), secret: awsSecret(), token: awsSessionToken() },
  azStorage: azureStorageKey(),
  azSb: azureSasKey(),
  azEh: azureSasKey(),
  redisCloud: randPw(32),
  redisLocal: urlSafePw(),
  redisStreams: humanPw(),
  natsGrafanaPw: humanPw(),
};
// NATS identities
const natsAccount = nkeyPair("account");
const natsUser = nkeyPair("user");
const natsUserJwtStr = natsUserJwt(natsUser, natsAccount, "alert-router", range(1704067200, 1709251200));
// Pulsar
const pulsarKey = bytes(32);
const _pulsarClientJwt = hs256({ sub: "alert-router" }, pulsarKey);
const pulsarAdminJwt = hs256({ sub: "admin" }, pulsarKey);
// RSA material (real keys, deterministic)
const gcpKey = genRsa();
const tlsKey = genRsa();
const kubeCaKey = genRsa();
const gcpPem = gcpKey.export({ type: "pkcs8", format: "pem" });
const tlsPem = tlsKey.export({ type: "pkcs1", format: "pem" });
const tlsCert = x509(
  tlsKey,
  "otel-gateway.tidewater.io",
  "Tidewater Logistics Ltd",
  ["otel-gateway.tidewater.io", "otel-gateway.monitoring.svc"],
  "240301090000Z",
  "250301090000Z",
);
const kubeCaCert = x509(
  kubeCaKey,
  "kubernetes",
  "Tidewater Logistics Ltd",
  ["kubernetes", "kubernetes.default.svc"],
  "230915120000Z",
  "330912120000Z",
);
const deployKey = openssh(ed25519(bytes(32)), "ansible-deploy@tidewater-monitoring");

// people
const PEOPLE = [
  { id: `U0${str(UPNUM, 9)}`, name: "dana.okafor", real: "Dana Okafor" },
  { id: `U0${str(UPNUM, 9)}`, name: "marek.lindqvist", real: "Marek Lindqvist" },
  { id: `U0${str(UPNUM, 9)}`, name: "priya.raman", real: "Priya Raman" },
  { id: `U0${str(UPNUM, 9)}`, name: "tom.becker", real: "Tom Becker" },
];
const BOT_ID = `B0${str(UPNUM, 9)}`;
const GC_USER_LOGS = String(range(400000, 899999));
const GC_USER_METRICS = String(range(1000000, 1999999));
const GC_USER_OTLP = String(range(600000, 999999));
const NR_ACCOUNT = String(range(3000000, 3999999));
const AWS_ACCOUNT = digits(12);

// ================================================================ files
// ---------- OpenTelemetry Collector
addFile(
  "otel-collector/collector.yaml",
  `# OpenTelemetry Collector (agent mode) - runs as a DaemonSet on every node.
# Owner: platform-sre (#sre-observability)
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
      http:
        endpoint: 0.0.0.0:4318
  hostmetrics:
    collection_interval: 30s
    scrapers:
      cpu: {}
      memory: {}
      filesystem: {}
      load: {}
  filelog:
    include: [ /var/log/pods/*/*/*.log ]
    start_at: end
    operators:
      - type: container

processors:
  memory_limiter:
    check_interval: 1s
    limit_percentage: 80
    spike_limit_percentage: 20
  batch:
    send_batch_size: 8192
    timeout: 5s
  resourcedetection:
    detectors: [env, system, ec2]
  attributes/scrub:
    actions:
      - key: http.request.header.authorization
        action: delete
      - key: db.statement
        action: hash

exporters:
  datadog:
    api:
      site: datadoghq.eu
      key: ${P("datadog_api_key", K.ddApi)}
    traces:
      span_name_as_resource_name: true
  otlphttp/honeycomb:
    endpoint: https://api.eu1.honeycomb.io
    headers:
      x-honeycomb-team: ${P("honeycomb_ingest_key", K.hcIngest)}
  splunk_hec:
    token: "${P("splunk_hec_token", K.splunkHec)}"
    endpoint: https://http-inputs-tidewater.splunkcloud.com:443/services/collector/event
    source: otelcol
    sourcetype: _json
    index: k8s_logs
  otlphttp/newrelic:
    endpoint: https://otlp.eu01.nr-data.net
    headers:
      api-key: ${N("newrelic_license_key", "${env:NEW_RELIC_LICENSE_KEY}", "env reference")}

service:
  telemetry:
    logs:
      level: info
  pipelines:
    traces:
      receivers: [otlp]
      processors: [memory_limiter, resourcedetection, attributes/scrub, batch]
      exporters: [datadog, otlphttp/honeycomb]
    metrics:
      receivers: [otlp, hostmetrics]
      processors: [memory_limiter, resourcedetection, batch]
      exporters: [datadog, otlphttp/newrelic]
    logs:
      receivers: [otlp, filelog]
      processors: [memory_limiter, resourcedetection, batch]
      exporters: [splunk_hec]
`,
);

addFile(
  "otel-collector/gateway.yaml",
  `# Gateway collectors (Deployment, 3 replicas) behind otel-gateway.tidewater.io
extensions:
  health_check: {}
  basicauth/grafanacloud:
    client_auth:
      username: "${N("grafana_cloud_instance_id", GC_USER_OTLP, "numeric instance id, not a secret")}"
      password: "${P("grafana_cloud_access_policy_token", K.glcOtlp)}"
  bearertokenauth/elastic:
    scheme: Bearer
    token: ${P("elastic_apm_secret_token", K.apmSecret)}

receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
        tls:
          cert_file: /etc/otel/tls/tls.crt
          key_file: /etc/otel/tls/tls.key

processors:
  batch: {}
  tail_sampling:
    decision_wait: 10s
    policies:
      - name: errors
        type: status_code
        status_code: {status_codes: [ERROR]}
      - name: slow
        type: latency
        latency: {threshold_ms: 1500}

exporters:
  otlphttp/grafanacloud:
    endpoint: https://otlp-gateway-prod-eu-west-2.grafana.net/otlp
    auth:
      authenticator: basicauth/grafanacloud
  otlphttp/dynatrace:
    endpoint: https://kzp41873.live.dynatrace.com/api/v2/otlp
    headers:
      Authorization: "Api-Token ${P("dynatrace_api_token", K.dt)}"
  otlp/elastic:
    endpoint: https://tidewater-obs.apm.eu-west-1.aws.cloud.es.io:443
    auth:
      authenticator: bearertokenauth/elastic
  otlp/lightstep:
    endpoint: ingest.lightstep.com:443
    headers:
      "lightstep-access-token": "${P("lightstep_access_token", K.lightstep)}"

service:
  extensions: [health_check, basicauth/grafanacloud, bearertokenauth/elastic]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [tail_sampling, batch]
      exporters: [otlphttp/grafanacloud, otlp/elastic, otlp/lightstep]
    metrics:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlphttp/grafanacloud, otlphttp/dynatrace]
`,
);

// ---------- Prometheus / Alertmanager
addFile(
  "prometheus/prometheus.yml",
  `global:
  scrape_interval: 30s
  evaluation_interval: 30s
  external_labels:
    cluster: prod-eu-1

rule_files:
  - /etc/prometheus/rules/*.yml

alerting:
  alertmanagers:
    - static_configs:
        - targets: ['alertmanager-0.alertmanager:9093', 'alertmanager-1.alertmanager:9093']

remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: ${N("grafana_cloud_instance_id", GC_USER_METRICS, "Grafana Cloud metrics instance id")}
      password: ${P("grafana_cloud_access_policy_token", K.glcMetrics)}
    queue_config:
      max_samples_per_send: 2000

scrape_configs:
  - job_name: rabbitmq
    static_configs:
      - targets: ['rabbitmq-0.rabbitmq:15692', 'rabbitmq-1.rabbitmq:15692', 'rabbitmq-2.rabbitmq:15692']
  - job_name: nats
    static_configs:
      - targets: ['nats-0.nats:7777']
  - job_name: kafka-lag-exporter
    static_configs:
      - targets: ['kafka-lag-exporter:8000']
  - job_name: confluent-cloud
    scrape_interval: 1m
    scrape_timeout: 1m
    honor_timestamps: true
    scheme: https
    metrics_path: /v2/metrics/cloud/export
    params:
      resource.kafka.id: [lkc-9x3k2p, lkc-w7q1dd]
    basic_auth:
      username: ${U("confluent_api_key", K.ccCloudKey, "Confluent Cloud API key id (username half)")}
      password: ${P("confluent_api_secret", K.ccCloudSecret)}
    static_configs:
      - targets: ['api.telemetry.confluent.cloud']
  - job_name: blackbox-http
    metrics_path: /probe
    params:
      module: [http_2xx]
    static_configs:
      - targets: ['https://status.tidewater.io', 'https://api.tidewater.io/healthz']
    relabel_configs:
      - source_labels: [__address__]
        target_label: __param_target
      - target_label: __address__
        replacement: blackbox-exporter:9115
`,
);

addFile(
  "prometheus/web-config.yml",
  `# Prometheus web config: basic auth in front of the UI / API.
# hashes generated with: htpasswd -nBC 10 "" | tr -d ':\\n'
tls_server_config:
  cert_file: /etc/prometheus/tls/tls.crt
  key_file: /etc/prometheus/tls/tls.key
basic_auth_users:
  prometheus: ${N("bcrypt_hash", bcryptHash(10), "bcrypt hash, not the password")}
  grafana: ${N("bcrypt_hash", bcryptHash(10), "bcrypt hash, not the password")}
`,
);

addFile(
  "alertmanager/alertmanager.yml",
  `global:
  resolve_timeout: 5m
  smtp_smarthost: smtp.sendgrid.net:587
  smtp_from: alertmanager@tidewater.io
  smtp_auth_username: apikey
  smtp_auth_password: ${P("sendgrid_api_key", K.sendgrid)}
  slack_api_url: ${P("slack_webhook_url", K.slackHookAlerts)}
  opsgenie_api_url: https://api.eu.opsgenie.com/
  opsgenie_api_key: ${P("opsgenie_api_key", K.opsgenie)}

templates:
  - /etc/alertmanager/templates/*.tmpl

route:
  receiver: slack-platform
  group_by: [alertname, cluster, namespace]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty-critical
      continue: true
    - matchers: [severity="page"]
      receiver: opsgenie-oncall
    - matchers: [team="data-platform"]
      receiver: teams-dataplatform
    - matchers: [alertname="Watchdog"]
      receiver: heartbeat
    - matchers: [channel="telegram"]
      receiver: telegram-oncall

receivers:
  - name: slack-platform
    slack_configs:
      - channel: '#sre-alerts'
        send_resolved: true
        title: '{{ template "slack.title" . }}'
        text: '{{ template "slack.text" . }}'
  - name: pagerduty-critical
    pagerduty_configs:
      - routing_key: ${P("pagerduty_routing_key", K.pdRouting)}
        severity: critical
  - name: opsgenie-oncall
    opsgenie_configs:
      - priority: P1
        responders:
          - name: platform-sre
            type: team
  - name: teams-dataplatform
    msteams_configs:
      - webhook_url: '${P("msteams_webhook_url", K.teams)}'
  - name: telegram-oncall
    telegram_configs:
      - bot_token: ${P("telegram_bot_token", K.telegram)}
        chat_id: -1002113344556
        parse_mode: HTML
  - name: heartbeat
    webhook_configs:
      - url: http://alert-router.monitoring.svc:9095/heartbeat
        http_config:
          authorization:
            type: Bearer
            credentials: ${P("bearer_token", randPw(40), "alert-router webhook bearer credential")}

inhibit_rules:
  - source_matchers: [severity="page"]
    target_matchers: [severity="ticket"]
    equal: [alertname, cluster]
`,
);

addFile(
  "alertmanager/status-dump.yaml",
  `# output of: amtool config show --alertmanager.url=http://localhost:9093
# (captured 2024-03-12 during incident INC-2291, secrets are masked by alertmanager)
global:
  resolve_timeout: 5m
  http_config:
    follow_redirects: true
    enable_http2: true
  smtp_from: alertmanager@tidewater.io
  smtp_hello: localhost
  smtp_smarthost: smtp.sendgrid.net:587
  smtp_auth_username: apikey
  smtp_auth_password: ${N("sendgrid_api_key", "<secret>", "masked by alertmanager")}
  smtp_require_tls: true
  slack_api_url: ${N("slack_webhook_url", "<secret>", "masked by alertmanager")}
  pagerduty_url: https://events.pagerduty.com/v2/enqueue
  opsgenie_api_url: https://api.eu.opsgenie.com/
  opsgenie_api_key: ${N("opsgenie_api_key", "<secret>", "masked by alertmanager")}
receivers:
- name: pagerduty-critical
  pagerduty_configs:
  - send_resolved: true
    routing_key: ${N("pagerduty_routing_key", "<secret>", "masked by alertmanager")}
    url: https://events.pagerduty.com/v2/enqueue
    client: '{{ template "pagerduty.default.client" . }}'
    severity: critical
- name: telegram-oncall
  telegram_configs:
  - send_resolved: true
    api_url: https://api.telegram.org
    bot_token: ${N("telegram_bot_token", "<secret>", "masked by alertmanager")}
    chat_id: -1002113344556
    parse_mode: HTML
`,
);

// ---------- Grafana
addFile(
  "grafana/provisioning/datasources/datasources.yaml",
  `apiVersion: 1

datasources:
  - name: Grafana Cloud Logs
    type: loki
    access: proxy
    url: https://logs-prod-012.grafana.net
    basicAuth: true
    basicAuthUser: "${GC_USER_LOGS}"
    secureJsonData:
      basicAuthPassword: ${P("grafana_cloud_access_policy_token", K.glcLogs)}

  - name: Mimir (self-hosted)
    type: prometheus
    uid: mimir-prod
    access: proxy
    url: http://mimir-query-frontend.mimir.svc:8080/prometheus
    isDefault: true
    jsonData:
      httpHeaderName1: Authorization
      httpHeaderName2: X-Scope-OrgID
    secureJsonData:
      httpHeaderValue1: "Bearer ${N("bearer_token", "$__env{MIMIR_READ_TOKEN}", "grafana env interpolation")}"
      httpHeaderValue2: platform

  - name: Elasticsearch logs
    type: elasticsearch
    access: proxy
    url: https://tidewater-obs.es.eu-west-1.aws.found.io:9243
    basicAuth: true
    basicAuthUser: grafana_reader
    jsonData:
      index: "logs-*"
      timeField: "@timestamp"
    secureJsonData:
      basicAuthPassword: "${P("elasticsearch_password", humanPw())}"

  - name: Tempo
    type: tempo
    access: proxy
    url: http://tempo-query-frontend.tempo.svc:3200

  - name: Incidents DB
    type: grafana-postgresql-datasource
    url: incidents-db.internal:5432
    user: grafana_ro
    jsonData:
      database: incidents
      sslmode: require
    secureJsonData:
      password: ${N("postgres_password", "${INCIDENTS_DB_PASSWORD}", "env reference")}
`,
);

addFile(
  "grafana/provisioning/alerting/contactpoints.yaml",
  `apiVersion: 1
contactPoints:
  - orgId: 1
    name: sre-slack
    receivers:
      - uid: sre-slack-bot
        type: slack
        settings:
          recipient: "#sre-alerts"
          token: ${P("slack_bot_token", K.slackBotGrafana)}
          username: Grafana
  - orgId: 1
    name: pagerduty-platform
    receivers:
      - uid: pd-platform
        type: pagerduty
        settings:
          integrationKey: ${P("pagerduty_integration_key", K.pdIntegGrafana)}
          severity: critical
  - orgId: 1
    name: teams-data-platform
    receivers:
      - uid: teams-dp-workflow
        type: teams
        settings:
          url: "${P("msteams_workflow_webhook_url", K.powerAutomate, "Power Automate workflow URL, sig= is the credential")}"
  - orgId: 1
    name: mattermost-ops
    receivers:
      - uid: mm-ops
        type: webhook
        settings:
          url: ${P("mattermost_webhook_url", K.mattermost)}
          httpMethod: POST
  - orgId: 1
    name: oncall-email
    receivers:
      - uid: oncall-email
        type: email
        settings:
          addresses: sre-oncall@tidewater.io
`,
);

addFile(
  "grafana/grafana.ini",
  `[server]
domain = grafana.tidewater.io
root_url = https://grafana.tidewater.io/

[database]
type = postgres
host = grafana-db.internal:5432
name = grafana
user = grafana
password = ${N("database_password", "$__file{/run/secrets/grafana_db_password}", "grafana file provider reference")}

[remote_cache]
type = redis
connstr = addr=grafana-redis:6379,pool_size=100,db=0,ssl=false,password=${P("redis_password", K.redisLocal)}

[security]
admin_user = admin
admin_password = ${P("grafana_admin_password", humanPw())}
secret_key = ${P("grafana_secret_key", randPw(20))}
cookie_secure = true

[smtp]
enabled = true
host = smtp.sendgrid.net:587
user = apikey
password = ${P("sendgrid_api_key", K.sendgrid)}
from_address = grafana@tidewater.io

[auth.generic_oauth]
enabled = true
name = Okta
client_id = ${U("oauth_client_id", `0oa${str(ALNUM, 17)}`, "OAuth client id")}
client_secret = ${P("oauth_client_secret", str(B64URL, 40))}
scopes = openid profile email groups
auth_url = https://tidewater.okta.com/oauth2/v1/authorize
token_url = https://tidewater.okta.com/oauth2/v1/token
api_url = https://tidewater.okta.com/oauth2/v1/userinfo
role_attribute_path = contains(groups[*], 'sre') && 'Admin' || 'Viewer'
`,
);

// ---------- Loki / Tempo / Mimir
addFile(
  "loki/loki.yaml",
  `auth_enabled: true

server:
  http_listen_port: 3100

common:
  path_prefix: /var/loki
  replication_factor: 3
  storage:
    s3:
      endpoint: s3.eu-west-1.amazonaws.com
      region: eu-west-1
      bucketnames: tidewater-loki-chunks
      access_key_id: ${P("aws_access_key_id", K.awsLoki.id)}
      secret_access_key: ${P("aws_secret_access_key", K.awsLoki.secret)}
      s3forcepathstyle: false

schema_config:
  configs:
    - from: 2023-10-01
      store: tsdb
      object_store: s3
      schema: v13
      index:
        prefix: index_
        period: 24h

ruler:
  alertmanager_url: http://alertmanager.monitoring.svc:9093
  alertmanager_client:
    basic_auth_username: loki-ruler
    basic_auth_password: "${P("basic_auth_password", humanPw(), "alertmanager basic auth")}"
  enable_api: true

limits_config:
  retention_period: 744h
  ingestion_rate_mb: 16
`,
);

addFile(
  "tempo/tempo.yaml",
  `server:
  http_listen_port: 3200

distributor:
  receivers:
    otlp:
      protocols:
        grpc: {}

storage:
  trace:
    backend: azure
    azure:
      container_name: traces
      storage_account_name: tidewatertraces
      storage_account_key: "${P("azure_storage_account_key", K.azStorage)}"
    wal:
      path: /var/tempo/wal

metrics_generator:
  storage:
    path: /var/tempo/generator/wal
    remote_write:
      - url: http://mimir-distributor.mimir.svc:8080/api/v1/push
        headers:
          X-Scope-OrgID: platform
`,
);

addFile(
  "mimir/mimir.yaml",
  `# started with -config.expand-env=true; credentials come from the mimir-s3 secret
multitenancy_enabled: true

blocks_storage:
  backend: s3
  s3:
    endpoint: s3.eu-west-1.amazonaws.com
    bucket_name: tidewater-mimir-blocks
    access_key_id: ${N("aws_access_key_id", "${MIMIR_S3_ACCESS_KEY_ID}", "env reference")}
    secret_access_key: ${N("aws_secret_access_key", "${MIMIR_S3_SECRET_ACCESS_KEY}", "env reference")}
  tsdb:
    dir: /data/tsdb

alertmanager_storage:
  backend: s3
  s3:
    bucket_name: tidewater-mimir-alertmanager

ruler_storage:
  backend: s3
  s3:
    bucket_name: tidewater-mimir-ruler

limits:
  max_global_series_per_user: 3000000
  ingestion_rate: 200000
`,
);

// ---------- Vector / Fluent Bit / Fluentd
addFile(
  "vector/vector.yaml",
  `# Vector aggregator: Kafka -> Datadog / New Relic / Elastic / Better Stack
data_dir: /var/lib/vector

sources:
  kafka_in:
    type: kafka
    bootstrap_servers: pkc-4r297.eu-west-1.aws.confluent.cloud:9092
    group_id: vector-aggregator
    topics: [app-logs, audit-logs]
    sasl:
      enabled: true
      mechanism: PLAIN
      username: ${U("confluent_api_key", K.ccKey1, "Confluent API key id (username half)")}
      password: ${P("confluent_api_secret", K.ccSecret1)}
    tls:
      enabled: true

transforms:
  parse:
    type: remap
    inputs: [kafka_in]
    source: |
      . = parse_json!(.message)
      del(.headers.authorization)

sinks:
  datadog:
    type: datadog_logs
    inputs: [parse]
    site: datadoghq.eu
    default_api_key: ${P("datadog_api_key", K.ddApi2)}
    compression: gzip
  newrelic:
    type: new_relic
    inputs: [parse]
    account_id: "${N("newrelic_account_id", NR_ACCOUNT, "account id, not a secret")}"
    license_key: ${P("newrelic_license_key", K.nrLicense)}
    api: logs
    region: eu
  elastic:
    type: elasticsearch
    inputs: [parse]
    endpoints: [https://tidewater-obs.es.eu-west-1.aws.found.io:9243]
    auth:
      strategy: basic
      user: vector_writer
      password: "${P("elasticsearch_password", humanPw())}"
  betterstack:
    type: http
    inputs: [parse]
    uri: https://in.logs.betterstack.com/
    encoding:
      codec: json
    auth:
      strategy: bearer
      token: ${P("betterstack_source_token", K.betterstack2)}
`,
);

addFile(
  "vector/vector.example.toml",
  `# Copy to vector.toml and fill in. Never commit the real file.
[sinks.datadog]
type = "datadog_logs"
inputs = ["parse"]
default_api_key = "${N("datadog_api_key", "${DATADOG_API_KEY}", "env placeholder")}"

[sinks.newrelic]
type = "new_relic"
inputs = ["parse"]
account_id = "<ACCOUNT_ID>"
license_key = "${N("newrelic_license_key", "<NEW_RELIC_LICENSE_KEY>", "placeholder")}"
api = "logs"

[sinks.elastic]
type = "elasticsearch"
inputs = ["parse"]
endpoints = ["https://localhost:9200"]
auth.strategy = "basic"
auth.user = "elastic"
auth.password = "${N("elasticsearch_password", "changeme", "placeholder")}"

[sinks.betterstack]
type = "http"
inputs = ["parse"]
uri = "https://in.logs.betterstack.com/"
encoding.codec = "json"
auth.strategy = "bearer"
auth.token = "${N("betterstack_source_token", "YOUR_SOURCE_TOKEN", "placeholder")}"
`,
);

addFile(
  "fluent-bit/fluent-bit.conf",
  `[SERVICE]
    Flush         5
    Log_Level     info
    Parsers_File  parsers.conf
    HTTP_Server   On

[INPUT]
    Name              tail
    Path              /var/log/containers/*.log
    multiline.parser  docker, cri
    Tag               kube.*
    Mem_Buf_Limit     50MB

[FILTER]
    Name    kubernetes
    Match   kube.*

[OUTPUT]
    Name            es
    Match           kube.*
    Host            tidewater-obs.es.eu-west-1.aws.found.io
    Port            9243
    tls             On
    HTTP_User       fluentbit
    HTTP_Passwd     ${P("elasticsearch_password", humanPw())}
    Logstash_Format On
    Suppress_Type_Name On

[OUTPUT]
    Name          splunk
    Match         kube.*
    Host          http-inputs-tidewater.splunkcloud.com
    Port          443
    tls           On
    Splunk_Token  ${P("splunk_hec_token", K.splunkHec2)}
    # Splunk_Token  ${P("splunk_hec_token", K.splunkHecOld, "commented-out older token")}

[OUTPUT]
    Name        datadog
    Match       kube.*
    Host        http-intake.logs.datadoghq.eu
    TLS         on
    apikey      ${P("datadog_api_key", K.ddApi2)}
    dd_service  k8s
    dd_source   fluent-bit

[OUTPUT]
    Name         nrlogs
    Match        kube.*
    base_uri     https://log-api.eu.newrelic.com/log/v1
    license_key  ${P("newrelic_license_key", K.nrLicense2)}
`,
);

addFile(
  "fluentd/fluent.conf",
  `<source>
  @type forward
  port 24224
</source>

<match kube.**>
  @type elasticsearch
  host tidewater-obs.es.eu-west-1.aws.found.io
  port 9243
  scheme https
  user fluentd
  password ${N("elasticsearch_password", "\"#{ENV['FLUENTD_ES_PASSWORD']}\"", "embedded ruby env lookup")}
  logstash_format true
</match>

<match audit.**>
  @type s3
  aws_key_id ${P("aws_access_key_id", K.awsS3Fluentd.id)}
  aws_sec_key ${P("aws_secret_access_key", K.awsS3Fluentd.secret)}
  s3_bucket tidewater-audit-archive
  s3_region eu-west-1
  path audit/%Y/%m/%d/
  <buffer time>
    timekey 3600
  </buffer>
</match>

<match events.**>
  @type kafka2
  brokers kafka-0.kafka:9093,kafka-1.kafka:9093,kafka-2.kafka:9093
  default_topic platform-events
  sasl_over_ssl true
  username fluentd
  password ${P("kafka_sasl_password", humanPw())}
  scram_mechanism sha256
  <format>
    @type json
  </format>
</match>

<match metrics.**>
  @type datadog
  api_key ${N("datadog_api_key", "\"#{ENV['DD_API_KEY']}\"", "embedded ruby env lookup")}
  dd_source fluentd
</match>
`,
);

// ---------- Datadog agent
addFile(
  "datadog/datadog.yaml",
  `## Datadog Agent main configuration (monitoring-01 / monitoring-02)
api_key: ${P("datadog_api_key", K.ddApi)}
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:prod
  - team:platform-sre

proxy:
  https: http://svc-datadog:${P("proxy_password", urlSafePw(), "password in proxy URL")}@proxy.corp.tidewater.io:3128
  no_proxy:
    - 169.254.169.254

logs_enabled: true
apm_config:
  enabled: true
process_config:
  process_collection:
    enabled: true

cluster_agent:
  enabled: false
  auth_token: ${P("datadog_cluster_agent_token", randPw(32))}

secret_backend_command: /usr/local/bin/dd-secret-helper
`,
);

addFile(
  "datadog/conf.d/kafka_consumer.d/conf.yaml",
  `init_config:

instances:
  - kafka_connect_str: pkc-4r297.eu-west-1.aws.confluent.cloud:9092
    security_protocol: SASL_SSL
    sasl_mechanism: PLAIN
    sasl_plain_username: ${U("confluent_api_key", K.ccKey2, "Confluent API key id (username half)")}
    sasl_plain_password: ${P("confluent_api_secret", K.ccSecret2)}
    monitor_unlisted_consumer_groups: true
    tags:
      - cluster:ccloud-prod
  - kafka_connect_str: kafka-0.kafka:9093,kafka-1.kafka:9093
    security_protocol: SASL_SSL
    sasl_mechanism: SCRAM-SHA-512
    sasl_plain_username: datadog
    # resolved by secret_backend_command (see datadog.yaml)
    sasl_plain_password: ${N("datadog_secret_handle", "ENC[kafka_onprem_datadog_password]", "Datadog secrets-management handle")}
    tags:
      - cluster:onprem
`,
);

// ---------- frontend
addFile(
  "frontend/src/observability.ts",
  `import { datadogRum } from '@datadog/browser-rum';
import * as Sentry from '@sentry/react';
import { initializeApp } from 'firebase/app';

// Browser-side telemetry for the status page / on-call web app.
datadogRum.init({
  applicationId: '${N("datadog_rum_application_id", uuid(), "RUM application id, public")}',
  clientToken: '${U("datadog_client_token", ddClientToken(), "browser client token, public by design")}',
  site: 'datadoghq.eu',
  service: 'oncall-web',
  env: import.meta.env.MODE,
  sessionSampleRate: 20,
  trackUserInteractions: true,
});

Sentry.init({
  dsn: '${U("sentry_dsn", sentryDsn(), "DSN public key, public by design")}',
  tracesSampleRate: 0.1,
});

// New Relic browser agent (loader config)
(window as any).NREUM = {
  loader_config: {
    accountID: '${NR_ACCOUNT}',
    licenseKey: '${U("newrelic_browser_key", nrBrowserKey(), "browser ingest key, public by design")}',
    applicationID: '${digits(9)}',
  },
};

// web push for on-call acknowledgements
export const firebaseApp = initializeApp({
  apiKey: '${U("firebase_web_api_key", `AIza${str(`${ALNUM}-_`, 35)}`, "Firebase web API key, public by design")}',
  authDomain: 'tidewater-oncall.firebaseapp.com',
  projectId: 'tidewater-oncall',
  messagingSenderId: '${digits(12)}',
  appId: '1:${digits(12)}:web:${hex(22)}',
});
`,
);

addFile(
  "frontend/package-lock.json",
  `{
  "name": "oncall-web",
  "version": "2.7.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "oncall-web",
      "version": "2.7.1",
      "dependencies": {
        "@datadog/browser-rum": "^5.11.0",
        "@sentry/react": "^7.105.0"
      }
    },
    "node_modules/@datadog/browser-rum": {
      "version": "5.11.0",
      "resolved": "https://registry.npmjs.org/@datadog/browser-rum/-/browser-rum-5.11.0.tgz",
      "integrity": "${N("npm_integrity", `sha512-${bytes(64).toString("base64")}`, "lockfile integrity hash")}",
      "dependencies": {
        "@datadog/browser-core": "5.11.0"
      }
    },
    "node_modules/@sentry/react": {
      "version": "7.105.0",
      "resolved": "https://registry.npmjs.org/@sentry/react/-/react-7.105.0.tgz",
      "integrity": "${N("npm_integrity", `sha512-${bytes(64).toString("base64")}`, "lockfile integrity hash")}",
      "dependencies": {
        "@sentry/browser": "7.105.0"
      }
    }
  }
}
`,
);

// ---------- services: checkout (python)
addFile(
  "services/checkout/.sentryclirc",
  `[auth]
token=${P("sentry_user_auth_token", K.sentryUser)}

[defaults]
org=tidewater
project=checkout-api
`,
);

addFile(
  "services/checkout/app/settings.py",
  `import os

ENV = os.environ.get("APP_ENV", "dev")

SENTRY_DSN = os.environ.get(
    "SENTRY_DSN",
    "${U("sentry_dsn", sentryDsn(), "DSN public key, public by design")}",
)

DD_API_KEY = ${N("datadog_api_key", 'os.environ["DD_API_KEY"]', "env lookup")}
DD_SERVICE = "checkout-api"

CELERY_BROKER_URL = os.environ.get(
    "CELERY_BROKER_URL",
    "amqp://checkout:${P("rabbitmq_password", urlSafePw(), "password in amqp URI")}@rabbitmq.internal:5672/checkout",
)

# Redis Cloud (streams for order events)
REDIS_URL = "rediss://default:${P("redis_password", K.redisCloud)}@redis-14421.c293.eu-west-1-1.ec2.redns.redis-cloud.com:14421/0"

HONEYCOMB_API_KEY = os.getenv("HONEYCOMB_API_KEY", "")
OTEL_EXPORTER_OTLP_ENDPOINT = os.getenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4318")
`,
);

// ---------- services: notifier (java / spring)
addFile(
  "services/notifier/src/main/resources/application.yml",
  `server:
  port: 8080

spring:
  application:
    name: notifier
  kafka:
    bootstrap-servers: pkc-4r297.eu-west-1.aws.confluent.cloud:9092
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: PLAIN
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username='${U("confluent_api_key", K.ccKey3, "Confluent API key id (username half)")}' password='${P("confluent_api_secret", K.ccSecret3)}';
    consumer:
      group-id: notifier
      auto-offset-reset: latest
  rabbitmq:
    host: rabbitmq.internal
    port: 5672
    username: notifier
    password: ${P("rabbitmq_password", humanPw())}
    virtual-host: alerts

twilio:
  account-sid: ${N("twilio_account_sid", K.twilioSid, "account identifier, not a secret")}
  auth-token: ${P("twilio_auth_token", K.twilioToken)}
  from-number: "+447700900123"

slack:
  bot-token: ${N("slack_bot_token", "${SLACK_BOT_TOKEN}", "env placeholder")}
  default-channel: "#sre-alerts"

management:
  endpoints:
    web:
      exposure:
        include: health,prometheus
`,
);

addFile(
  "services/notifier/src/test/resources/application-test.yml",
  `spring:
  kafka:
    bootstrap-servers: localhost:9092
    properties:
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username='test' password='${N("kafka_sasl_password", "test-secret", "test fixture")}';
  rabbitmq:
    host: localhost
    username: guest
    password: ${N("rabbitmq_password", "guest", "RabbitMQ default local credential in tests")}

twilio:
  account-sid: ${N("twilio_account_sid", "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}
  auth-token: ${N("twilio_auth_token", "your_auth_token", "placeholder")}

slack:
  bot-token: ${N("slack_bot_token", "xoxb-test-token", "test fixture")}
`,
);

addFile(
  "services/notifier/src/main/java/io/tidewater/notifier/TelegramNotifier.java",
  `package io.tidewater.notifier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public class TelegramNotifier {

    // TODO(dana): remove fallback once the secret is mounted in every env
    private static final String BOT_TOKEN = System.getenv().getOrDefault(
            "TELEGRAM_BOT_TOKEN", "${P("telegram_bot_token", K.telegram2)}");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String chatId;

    public TelegramNotifier(String chatId) {
        this.chatId = chatId;
    }

    public int send(String text) throws Exception {
        String url = "https://api.telegram.org/bot" + BOT_TOKEN + "/sendMessage?chat_id=" + chatId
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
`,
);

// ---------- services: alert-router (.NET)
addFile(
  "services/alert-router/appsettings.json",
  `{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ServiceBus": {
    "ConnectionString": "Endpoint=sb://tidewater-alerts.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${P("azure_service_bus_shared_access_key", K.azSb)}",
    "Queue": "alerts-inbound"
  },
  "Opsgenie": {
    "ApiUrl": "https://api.eu.opsgenie.com",
    "ApiKey": "${P("opsgenie_api_key", K.opsgenie2)}"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=${U("azure_app_insights_instrumentation_key", uuid(), "instrumentation key, ingestion-only")};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
  },
  "AllowedHosts": "*"
}
`,
);

addFile(
  "services/alert-router/appsettings.Development.json",
  `{
  "ServiceBus": {
    "ConnectionString": "${N("azure_service_bus_connection_string", "Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;", "Service Bus emulator documented value")}",
    "Queue": "alerts-inbound"
  },
  "Opsgenie": {
    "ApiUrl": "http://localhost:8089",
    "ApiKey": "${N("opsgenie_api_key", "00000000-0000-0000-0000-000000000000", "zero UUID placeholder")}"
  }
}
`,
);

// ---------- log scrubber (test fixtures with broken checksums)
addFile(
  "services/log-scrubber/tests/test_patterns.py",
  `"""Fixtures for the log scrubber. None of these are live: checksums are deliberately wrong."""
import pytest

from scrubber import scrub

FAKE_GITHUB_PAT = "${N("github_pat", ghTokenBroken("ghp"), "random body, CRC32 checksum deliberately wrong")}"
FAKE_NPM_TOKEN = "${N("npm_token", ghTokenBroken("npm"), "random body, CRC32 checksum deliberately wrong")}"
FAKE_GRAFANA_SA = "${N("grafana_service_account_token", glsaToken(true), "checksum suffix does not match")}"
FAKE_SLACK_BOT = "${N("slack_bot_token", "xoxb-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX", "obviously fake fixture")}"
FAKE_DD_KEY = "${N("datadog_api_key", "0123456789abcdef0123456789abcdef", "sequential fixture")}"
JWT_IO_SAMPLE = "${N("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt.io documentation sample")}"


@pytest.mark.parametrize("secret", [FAKE_GITHUB_PAT, FAKE_NPM_TOKEN, FAKE_GRAFANA_SA, FAKE_SLACK_BOT, FAKE_DD_KEY, JWT_IO_SAMPLE])
def test_secret_is_masked(secret):
    line = f"level=info msg=\\"calling api\\" token={secret}"
    assert secret not in scrub(line)
    assert "[REDACTED]" in scrub(line)
`,
);

// ---------- Kafka / Confluent
addFile(
  "kafka/client.properties",
  `# Confluent Cloud - prod cluster lkc-9x3k2p (eu-west-1)
bootstrap.servers=pkc-4r297.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=${U("confluent_api_key", K.ccKey1, "Confluent API key id (username half)")}
sasl.password=${P("confluent_api_secret", K.ccSecret1)}
session.timeout.ms=45000
client.dns.lookup=use_all_dns_ips

# Schema Registry
schema.registry.url=https://psrc-8kz20.eu-west-1.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${U("confluent_api_key", K.srKey, "Schema Registry key id")}:${P("confluent_api_secret", K.srSecret, "Schema Registry API secret")}
`,
);

addFile(
  "kafka/broker/kafka_server_jaas.conf",
  `KafkaServer {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="broker"
    password="${P("kafka_sasl_password", humanPw())}";
};

KafkaClient {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="sre-admin"
    password="${P("kafka_sasl_password", humanPw())}";
};
`,
);

// ---------- RabbitMQ
{
  const adminPw = humanPw(),
    routerPw = humanPw();
  const shovelPw = `${cap(pick(WORDS))}!${cap(pick(WORDS))}${range(10, 99)}`;
  addFile(
    "rabbitmq/definitions.json",
    `{
  "rabbit_version": "3.12.13",
  "users": [
    {
      "name": "admin",
      "password_hash": "${N("rabbitmq_password_hash", rabbitHash(adminPw), "salted sha256 hash, not the password")}",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["administrator"],
      "limits": {}
    },
    {
      "name": "alert-router",
      "password_hash": "${N("rabbitmq_password_hash", rabbitHash(routerPw), "salted sha256 hash, not the password")}",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": [],
      "limits": {}
    }
  ],
  "vhosts": [{ "name": "/" }, { "name": "alerts" }, { "name": "checkout" }],
  "permissions": [
    { "user": "alert-router", "vhost": "alerts", "configure": "^alerts\\\\..*", "write": ".*", "read": ".*" }
  ],
  "parameters": [
    {
      "value": {
        "uri": "amqps://federation:${P("rabbitmq_password", urlSafePw(), "password in federation upstream URI")}@rmq-eu-central.tidewater.io:5671/alerts",
        "ack-mode": "on-confirm",
        "trust-user-id": false
      },
      "vhost": "alerts",
      "component": "federation-upstream",
      "name": "eu-central"
    },
    {
      "value": {
        "src-uri": "amqp://shovel:${P("rabbitmq_password", encodeURIComponent(shovelPw), { decoded: shovelPw, note: "URL-encoded password in shovel URI" })}@legacy-mq.internal:5672/%2F",
        "src-queue": "legacy.alerts",
        "dest-uri": "amqp:///alerts",
        "dest-queue": "alerts.inbound"
      },
      "vhost": "alerts",
      "component": "shovel",
      "name": "legacy-migration"
    }
  ],
  "queues": [
    { "name": "alerts.inbound", "vhost": "alerts", "durable": true, "auto_delete": false, "arguments": { "x-queue-type": "quorum" } }
  ]
}
`,
  );
}

// ---------- NATS
addFile(
  "nats/nats-server.conf",
  `port: 4222
http_port: 8222
server_name: nats-0

jetstream {
  store_dir: /data/jetstream
  max_file: 20G
}

accounts {
  ALERTS {
    jetstream: enabled
    users = [
      { nkey: ${N("nats_public_key", natsUser.public, "nkey public key, not a secret")} }
      { user: grafana, password: "${P("nats_password", K.natsGrafanaPw)}" }
      { user: legacy-bridge, password: "${N("bcrypt_hash", bcryptHash(11, "2a"), "bcrypt hash generated with nats server passwd")}" }
    ]
  }
  SYS {
    users = [
      { user: sys, password: ${N("nats_password", "$SYS_PASSWORD", "env variable reference")} }
    ]
  }
}
system_account: SYS
`,
);

addFile(
  "nats/creds/alert-router.creds",
  `-----BEGIN NATS USER JWT-----
${U("nats_user_jwt", natsUserJwtStr, "user JWT: signed claims, not the secret half of the creds file")}
------END NATS USER JWT------

************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.

-----BEGIN USER NKEY SEED-----
${P("nats_nkey_seed", natsUser.seedStr)}
------END USER NKEY SEED------

*************************************************************
`,
);

// ---------- Pulsar
addFile(
  "pulsar/conf/broker.conf",
  `clusterName=tidewater-prod
zookeeperServers=zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181
brokerServicePortTls=6651
webServicePortTls=8443

authenticationEnabled=true
authorizationEnabled=true
authenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken
tokenSecretKey=data:;base64,${P("pulsar_token_secret_key", pulsarKey.toString("base64"), "HS256 signing key for all Pulsar tokens")}
superUserRoles=admin,proxy

brokerClientAuthenticationPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
brokerClientAuthenticationParameters={"token":"${P("pulsar_jwt", pulsarAdminJwt)}"}
`,
);

// ---------- Terraform
addFile(
  "terraform/providers.tf",
  `terraform {
  required_providers {
    datadog   = { source = "DataDog/datadog", version = "~> 3.37" }
    grafana   = { source = "grafana/grafana", version = "~> 2.13" }
    pagerduty = { source = "PagerDuty/pagerduty", version = "~> 3.9" }
    opsgenie  = { source = "opsgenie/opsgenie", version = "~> 0.6" }
    aws       = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "tidewater-tfstate"
    key    = "observability/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

provider "grafana" {
  url  = "https://tidewater.grafana.net"
  auth = "${P("grafana_service_account_token", K.glsa)}"
}

provider "pagerduty" {
  token = var.pagerduty_token
  # token = "${P("pagerduty_api_key", K.pdApi, "commented-out hard-coded token")}"
}

provider "opsgenie" {
  api_key = var.opsgenie_api_key
  api_url = "api.eu.opsgenie.com"
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "pagerduty_token" {
  type      = string
  sensitive = true
}

variable "opsgenie_api_key" {
  type      = string
  sensitive = true
}

variable "slack_alerts_webhook" {
  type        = string
  description = "Incoming webhook for #sre-alerts"
  default     = "${N("slack_webhook_url", "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "placeholder")}"
}

variable "smtp_password" {
  type      = string
  sensitive = true
  default   = "${N("smtp_password", "changeme", "placeholder default")}"
}
`,
);

addFile(
  "terraform/terraform.tfvars",
  `datadog_api_key  = "${P("datadog_api_key", K.ddApiCi)}"
datadog_app_key  = "${P("datadog_app_key", K.ddAppTfvars)}"
pagerduty_token  = "${P("pagerduty_api_key", K.pdApi2)}"
opsgenie_api_key = "${P("opsgenie_api_key", K.opsgenie2)}"

slack_alerts_webhook = "${P("slack_webhook_url", K.slackHookTf)}"

aws_account_id = "${N("aws_account_id", AWS_ACCOUNT, "account id, not a secret")}"
environment    = "prod"
`,
);

addFile(
  "terraform/sns.tf",
  `resource "aws_sns_topic" "cloudwatch_alarms" {
  name = "cloudwatch-alarms-prod"
}

# CloudWatch alarms -> PagerDuty (CloudWatch integration on service "Platform")
resource "aws_sns_topic_subscription" "pagerduty" {
  topic_arn              = aws_sns_topic.cloudwatch_alarms.arn
  protocol               = "https"
  endpoint               = "https://events.pagerduty.com/integration/${P("pagerduty_integration_key", K.pdIntegSns, "integration key inside the PagerDuty CloudWatch endpoint URL")}/enqueue"
  endpoint_auto_confirms = true
}

resource "aws_sqs_queue" "alert_events" {
  name                      = "alert-events"
  message_retention_seconds = 345600
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.alert_events_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "alert_events_dlq" {
  name = "alert-events-dlq"
}
`,
);

{
  const lineage = uuid();
  const state = {
    version: 4,
    terraform_version: "1.7.4",
    serial: 214,
    lineage: N("uuid", lineage, "terraform state lineage id"),
    outputs: {},
    resources: [
      {
        mode: "managed",
        type: "datadog_api_key",
        name: "ci",
        provider: 'provider["registry.terraform.io/datadog/datadog"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              id: `${hex(32).slice(0, 8)}-${uuid().slice(9)}`,
              key: P("datadog_api_key", K.ddApiNew),
              name: "ci-pipeline",
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "datadog_application_key",
        name: "terraform",
        provider: 'provider["registry.terraform.io/datadog/datadog"]',
        instances: [
          {
            schema_version: 0,
            attributes: { id: uuid(), key: P("datadog_app_key", K.ddAppTf), name: "terraform" },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "pagerduty_service_integration",
        name: "alertmanager",
        provider: 'provider["registry.terraform.io/pagerduty/pagerduty"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              id: `P${str(UPNUM, 6)}`,
              integration_email: "alertmanager@tidewater.pagerduty.com",
              integration_key: P("pagerduty_integration_key", K.pdIntegTf),
              name: "Alertmanager",
              service: `P${str(UPNUM, 6)}`,
              type: "events_api_v2_inbound_integration",
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "aws_iam_access_key",
        name: "sqs_consumer",
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              create_date: "2024-02-19T10:31:07Z",
              encrypted_secret: null,
              id: P("aws_access_key_id", K.awsTf.id),
              pgp_key: null,
              secret: P("aws_secret_access_key", K.awsTf.secret),
              ses_smtp_password_v4: P("aws_ses_smtp_password", sesSmtpPassword()),
              status: "Active",
              user: "svc-alert-sqs-consumer",
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "aws_sqs_queue",
        name: "alert_events",
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              arn: `arn:aws:sqs:eu-west-1:${AWS_ACCOUNT}:alert-events`,
              name: "alert-events",
              url: `https://sqs.eu-west-1.amazonaws.com/${AWS_ACCOUNT}/alert-events`,
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "grafana_cloud_access_policy_token",
        name: "otlp",
        provider: 'provider["registry.terraform.io/grafana/grafana"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              access_policy_id: uuid(),
              display_name: "terraform provider",
              name: "terraform-cloud-provider",
              region: "prod-eu-west-2",
              token: P("grafana_cloud_access_policy_token", K.glcTf),
            },
            sensitive_attributes: [[{ type: "get_attr", value: "token" }]],
          },
        ],
      },
    ],
    check_results: null,
  };
  addFile("terraform/terraform.tfstate", `${JSON.stringify(state, null, 2)}\n`);
}

// ---------- Helm
addFile(
  "helm/observability/values.yaml",
  `# Umbrella chart: datadog + grafana + kube-prometheus-stack
datadog:
  enabled: true
  site: datadoghq.eu
  apiKey: ${P("datadog_api_key", K.ddApi)}
  appKey: ${P("datadog_app_key", K.ddApp)}
  clusterName: prod-eu-1
  logs:
    enabled: true
    containerCollectAll: true

clusterAgent:
  enabled: true
  replicas: 2

grafana:
  enabled: true
  adminUser: admin
  adminPassword: "${P("grafana_admin_password", humanPw())}"
  persistence:
    enabled: true

kube-prometheus-stack:
  alertmanager:
    enabled: false
  prometheus:
    prometheusSpec:
      retention: 15d
`,
);

addFile(
  "helm/observability/templates/datadog-secret.yaml",
  `{{- if not .Values.datadog.apiKeyExistingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: datadog-keys
  labels:
    {{- include "observability.labels" . | nindent 4 }}
type: Opaque
data:
  api-key: ${N("datadog_api_key", "{{ .Values.datadog.apiKey | b64enc | quote }}", "helm template expression")}
  app-key: ${N("datadog_app_key", "{{ .Values.datadog.appKey | b64enc | quote }}", "helm template expression")}
{{- end }}
`,
);

// ---------- Kubernetes manifests
addFile(
  "k8s/monitoring/alertmanager-secrets.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: alertmanager-receivers
  namespace: monitoring
type: Opaque
data:
  slack-webhook: ${enc64("slack_webhook_url", K.slackHookK8s)}
  pagerduty-routing-key: ${enc64("pagerduty_routing_key", K.pdRouting2)}
  smtp-password: ${enc64("smtp_password", humanPw())}
`,
);

addFile(
  "k8s/messaging/kafka-credentials.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: kafka-credentials
  namespace: messaging
type: Opaque
stringData:
  bootstrap.servers: pkc-4r297.eu-west-1.aws.confluent.cloud:9092
data:
  sasl-username: ${U("confluent_api_key", b64(K.ccDlKey), { decoded: K.ccDlKey, note: "Confluent API key id, base64" })}
  sasl-password: ${enc64("confluent_api_secret", K.ccDlSecret)}
`,
);

addFile(
  "k8s/monitoring/sealed-slack-token.yaml",
  `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: slack-bot
  namespace: monitoring
spec:
  encryptedData:
    bot-token: ${N("sealed_secret", sealed(57), "encrypted with the sealed-secrets controller key")}
    signing-secret: ${N("sealed_secret", sealed(32), "encrypted with the sealed-secrets controller key")}
  template:
    metadata:
      name: slack-bot
      namespace: monitoring
    type: Opaque
`,
);

{
  const ageRecipient = bech32("age", bytes(32));
  const ageBody = Buffer.concat([
    Buffer.from(
      `age-encryption.org/v1\n-> X25519 ${rawStd(bytes(32))}\n${rawStd(bytes(32))}\n--- ${rawStd(bytes(32))}\n`,
    ),
    bytes(48),
  ]);
  const ageArmor = [
    "-----BEGIN AGE ENCRYPTED FILE-----",
    ...wrap(ageBody.toString("base64"), 64).split("\n"),
    "-----END AGE ENCRYPTED FILE-----",
  ].join("\n        ");
  addFile(
    "k8s/monitoring/pagerduty.sops.yaml",
    `apiVersion: v1
kind: Secret
metadata:
  name: pagerduty
  namespace: monitoring
type: Opaque
stringData:
  routing-key: ${N("sops_encrypted_value", sopsEnc(32), "SOPS ciphertext")}
  api-token: ${N("sops_encrypted_value", sopsEnc(20), "SOPS ciphertext")}
sops:
  kms: []
  gcp_kms: []
  azure_kv: []
  hc_vault: []
  age:
    - recipient: ${N("age_public_key", ageRecipient, "age recipient public key")}
      enc: |
        ${N("age_encrypted_data_key", ageArmor, "SOPS data key encrypted to the age recipient")}
  lastmodified: "2024-03-11T16:42:09Z"
  mac: ${N("sops_encrypted_value", sopsEnc(128), "SOPS MAC, encrypted")}
  pgp: []
  encrypted_regex: ^(data|stringData)$
  version: 3.8.1
`,
  );
}

// ---------- Ansible
addFile(
  "ansible/group_vars/monitoring/vault.yml",
  `${N("ansible_vault", ansibleVault(420), "ansible-vault encrypted file")}
`,
);

addFile(
  "ansible/group_vars/monitoring/main.yml",
  `---
otelcol_version: 0.96.0
newrelic_license_key: "${N("newrelic_license_key", "{{ vault_newrelic_license_key }}", "ansible vault reference")}"
datadog_api_key: "${N("datadog_api_key", "{{ vault_datadog_api_key }}", "ansible vault reference")}"
fluentbit_splunk_hec_token: "{{ vault_splunk_hec_token }}"

node_exporter_web_listen_address: 0.0.0.0:9100
node_exporter_basic_auth_username: prometheus
# TODO: move to vault.yml before merging
node_exporter_basic_auth_password: "${P("basic_auth_password", humanPw())}"

# pushed to ~ansible/.ssh/authorized_keys on every monitoring host
deploy_authorized_key: "${N("ssh_public_key", deployKey.pub, "public key")}"
`,
);

addFile(
  "deploy/keys/ansible_deploy_ed25519",
  `${P("ssh_private_key", deployKey.priv, "OpenSSH ed25519 private key, unencrypted")}`,
);
// ---------- compose / env
addFile(
  "docker-compose.yml",
  `# Local observability sandbox: make up
services:
  grafana:
    image: grafana/grafana:10.4.0
    ports: ["3000:3000"]
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "${P("grafana_admin_password", humanPw())}"
  rabbitmq:
    image: rabbitmq:3.12-management
    ports: ["5672:5672", "15672:15672"]
    environment:
      RABBITMQ_DEFAULT_USER: sre
      RABBITMQ_DEFAULT_PASS: "${P("rabbitmq_password", urlSafePw())}"
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${P("redis_password", urlSafePw())}"]
  datadog-agent:
    image: gcr.io/datadoghq/agent:7@${N("sha256_digest", `sha256:${sha256hex()}`, "image digest")}
    environment:
      DD_API_KEY: ${P("datadog_api_key", K.ddApiLocal)}
      DD_SITE: datadoghq.eu
      DD_APM_ENABLED: "true"
  otel-collector:
    build: ./otel-collector
    environment:
      HONEYCOMB_API_KEY: ${N("honeycomb_ingest_key", "${HONEYCOMB_API_KEY}", "compose interpolation")}
    ports: ["4317:4317", "4318:4318"]
`,
);

addFile(
  ".env.example",
  `# Copy to .env and fill in real values (never commit .env)
DD_API_KEY=${N("datadog_api_key", "<your-datadog-api-key>", "placeholder")}
DD_APP_KEY=
SLACK_BOT_TOKEN=${N("slack_bot_token", "xoxb-your-bot-token", "placeholder")}
SENTRY_AUTH_TOKEN=${N("sentry_org_auth_token", "sntrys_YOUR_TOKEN_HERE", "placeholder")}
TELEGRAM_BOT_TOKEN=${N("telegram_bot_token", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "Telegram Bot API documentation sample")}
HONEYCOMB_API_KEY=${N("honeycomb_ingest_key", "your-honeycomb-ingest-key", "placeholder")}
`,
);

addFile(
  ".env",
  `# local overrides for the notification bots (dana)
SLACK_BOT_TOKEN=${P("slack_bot_token", K.slackBotEnv)}
SLACK_APP_TOKEN=${P("slack_app_token", K.slackApp)}
SLACK_SIGNING_SECRET=${P("slack_signing_secret", K.slackSigning)}
DISCORD_WEBHOOK_URL=${P("discord_webhook_url", K.discord)}
TELEGRAM_CHAT_ID=-1002113344556
LOG_LEVEL=debug
`,
);

// ---------- CI
addFile(
  ".github/workflows/deploy-collector.yml",
  `name: deploy-collector
on:
  push:
    branches: [main]
    paths: ['otel-collector/**']

jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    env:
      DD_API_KEY: ${N("datadog_api_key", "${{ secrets.DD_API_KEY }}", "GitHub Actions secret reference")}
      SENTRY_AUTH_TOKEN: ${N("sentry_org_auth_token", "${{ secrets.SENTRY_AUTH_TOKEN }}", "GitHub Actions secret reference")}
    steps:
      - uses: actions/checkout@${N("git_sha", gitSha(), "pinned action commit")} # v4.1.1
      - name: Helm upgrade
        run: |
          helm upgrade --install otel open-telemetry/opentelemetry-collector \\
            -n monitoring -f otel-collector/helm/values.yaml
      - name: Honeycomb deploy marker
        run: |
          curl -s https://api.eu1.honeycomb.io/1/markers/checkout \\
            -H "X-Honeycomb-Team: ${P("honeycomb_configuration_key", K.hcConfig)}" \\
            -d "{\\"message\\":\\"otel collector \${GITHUB_SHA::7}\\", \\"type\\":\\"deploy\\"}"
`,
);

addFile(
  ".github/workflows/synthetics.yml",
  `name: synthetics
on:
  schedule:
    - cron: '*/30 * * * *'
  workflow_dispatch: {}

jobs:
  run-tests:
    runs-on: ubuntu-latest
    env:
      DATADOG_API_KEY: ${N("datadog_api_key", "${{ secrets.DATADOG_API_KEY }}", "GitHub Actions secret reference")}
      DATADOG_APP_KEY: ${N("datadog_app_key", "${{ secrets.DATADOG_APP_KEY }}", "GitHub Actions secret reference")}
      DATADOG_SITE: datadoghq.eu
    steps:
      - uses: actions/checkout@v4
      # to run locally:
      #   DATADOG_API_KEY=... DATADOG_APP_KEY=${P("datadog_app_key", K.ddApp2, "in a comment")} npx @datadog/datadog-ci synthetics run-tests
      - run: npx @datadog/datadog-ci synthetics run-tests --public-id ${str(LOWNUM, 3)}-${str(LOWNUM, 3)}-${str(LOWNUM, 3)}
`,
);

// ---------- docs / runbooks
addFile(
  "README.md",
  `# platform-observability

Telemetry pipelines, alert routing and messaging infrastructure owned by **platform-sre**.

| Area | Where |
| --- | --- |
| OpenTelemetry Collector | \`otel-collector/\` |
| Prometheus / Alertmanager | \`prometheus/\`, \`alertmanager/\` |
| Grafana provisioning | \`grafana/\` |
| Log shipping | \`vector/\`, \`fluent-bit/\`, \`fluentd/\` |
| Messaging | \`kafka/\`, \`rabbitmq/\`, \`nats/\`, \`pulsar/\` |

## Quick start

\`\`\`bash
cp .env.example .env
export DD_API_KEY=${N("datadog_api_key", "<your-api-key>", "placeholder")}
export HONEYCOMB_API_KEY=${N("honeycomb_ingest_key", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}
docker compose up -d
\`\`\`

Check that logs reach Better Stack:

\`\`\`bash
curl -X POST https://in.logs.betterstack.com \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer ${P("betterstack_source_token", K.betterstackNotes)}" \\
  -d '{"message":"hello from platform-observability"}'
\`\`\`
`,
);

addFile(
  "docs/runbooks/kafka-consumer-lag.md",
  `# Kafka consumer lag

**Alert:** \`KafkaConsumerLagHigh\` (severity: page)

1. Check which group is behind:

   \`\`\`bash
   kafka-consumer-groups --bootstrap-server pkc-4r297.eu-west-1.aws.confluent.cloud:9092 \\
     --command-config kafka/client.properties --describe --group notifier
   \`\`\`

2. Compare with Confluent's own view (Metrics API):

   \`\`\`bash
   curl -s -u "${U("confluent_api_key", K.ccCloudKey, "Confluent Cloud API key id")}:${P("confluent_api_secret", K.ccCloudSecret)}" \\
     -H 'Content-Type: application/json' \\
     https://api.telemetry.confluent.cloud/v2/metrics/cloud/query \\
     -d @docs/runbooks/queries/consumer-lag.json | jq .
   \`\`\`

3. If the notifier pods are crash-looping, see \`rabbitmq\` backlog as well; the notifier
   acks Kafka only after RabbitMQ confirms.

4. Scale: \`kubectl -n messaging scale deploy/notifier --replicas=6\`
`,
);

addFile(
  "docs/runbooks/dynatrace-otlp.md",
  `# Sending OTLP to Dynatrace

The gateway collector exports metrics to Dynatrace with an API token that has the
\`metrics.ingest\` and \`openTelemetryTrace.ingest\` scopes.

Token format (from the Dynatrace docs): prefix, 24-char public part, 64-char secret part, e.g.

    ${N("dynatrace_api_token", "dt0s01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM", "Dynatrace documentation sample")}

Header used by the exporter:

    Authorization: Api-Token ${N("dynatrace_api_token", "dt0c01.<public-portion>.<secret-portion>", "placeholder")}

The current token is tracked by its identifier only:
\`${N("dynatrace_api_token", `dt0c01.${str(B32, 24)}.${"*".repeat(64)}`, "secret portion masked")}\` (owner: platform-sre, rotated quarterly).
`,
);

addFile(
  "docs/runbooks/rotate-datadog-keys.md",
  `# Rotating Datadog keys

1. Create a new API key in *Organization Settings -> API Keys* (name it \`agent-YYYY-MM\`).
2. Validate it:

   \`\`\`bash
   curl -s "https://api.datadoghq.eu/api/v1/validate" -H "DD-API-KEY: ${N("datadog_api_key", "${DD_API_KEY}", "shell variable")}"
   \`\`\`

3. Update the Kubernetes secret:

   \`\`\`bash
   kubectl -n monitoring create secret generic datadog-keys \\
     --from-literal api-key=${P("datadog_api_key", K.ddApiRunbook, "pasted real key into runbook")} \\
     --dry-run=client -o yaml | kubectl apply -f -
   \`\`\`

4. Revoke the old key. The old key is shown in the UI only by its suffix, e.g.
   \`${N("datadog_api_key", "*".repeat(28) + hex(4), "redacted, last 4 only")}\`.

The SQS forwarder Lambda uses IAM credentials; the format looks like the AWS docs example
(\`${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation sample")}\` /
\`${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation sample")}\`) - never paste the real ones here.
`,
);

addFile(
  "docs/runbooks/alertmanager.md",
  `# Alertmanager

## Silencing during maintenance

\`\`\`bash
amtool silence add alertname=~"RabbitMQ.*" --duration=2h --comment="rmq upgrade" \\
  --alertmanager.url=https://sre:${P("basic_auth_password", urlSafePw(), "password in URL")}@alertmanager.tidewater.io
\`\`\`

Generic form:

\`\`\`bash
amtool silence query --alertmanager.url=https://<user>:${N("basic_auth_password", "<password>", "placeholder")}@alertmanager.tidewater.io
\`\`\`

## Checking the running config

\`amtool config show\` prints secrets as \`<secret>\`, see \`alertmanager/status-dump.yaml\`.
`,
);

addFile(
  "docs/onboarding/notifications.md",
  `# Notification channels

* **Slack** - incoming webhooks are created per channel. Slack's docs show them as
  \`${N("slack_webhook_url", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "Slack documentation sample")}\`.
* **Mattermost** (ops team) - the incident bot posts to
  ${P("mattermost_webhook_url", K.mattermost2)}
* **Discord** (status community) - \`${N("discord_webhook_url", "https://discord.com/api/webhooks/<id>/<token>", "placeholder")}\`
* **Teams** - paste the connector URL (it looks like
  \`${N("msteams_webhook_url", "https://tidewater.webhook.office.com/webhookb2/...", "truncated example")}\`) into the alertmanager secret.
`,
);

// ---------- scripts
addFile(
  "scripts/notify_oncall.py",
  `#!/usr/bin/env python3
"""Page the on-call engineer by SMS + Opsgenie when PagerDuty is down (fallback path)."""
import os
import sys

import requests
from twilio.rest import Client

TWILIO_ACCOUNT_SID = "${N("twilio_account_sid", K.twilioSid2, "account identifier")}"
TWILIO_AUTH_TOKEN = "${P("twilio_auth_token", K.twilioToken2)}"
TWILIO_API_KEY = "${U("twilio_api_key_sid", K.twilioKeySid, "API key SID (identifier half)")}"
TWILIO_API_SECRET = "${P("twilio_api_key_secret", K.twilioKeySecret)}"


def sms(to: str, body: str) -> None:
    client = Client(TWILIO_API_KEY, TWILIO_API_SECRET, TWILIO_ACCOUNT_SID)
    client.messages.create(to=to, from_="+447700900123", body=body)


def opsgenie(message: str) -> None:
    requests.post(
        "https://api.eu.opsgenie.com/v2/alerts",
        headers={"Authorization": f"GenieKey {${N("opsgenie_api_key", "os.environ['OPSGENIE_API_KEY']", "env lookup")}}"},
        json={"message": message, "priority": "P1"},
        timeout=10,
    )


if __name__ == "__main__":
    sms(sys.argv[1], sys.argv[2])
    opsgenie(sys.argv[2])
`,
);

addFile(
  "scripts/sqs_replay.py",
  `"""Replay messages from the alert-events DLQ back to the main queue."""
import boto3

sqs = boto3.client(
    "sqs",
    region_name="eu-west-1",
    aws_access_key_id="${P("aws_access_key_id", K.awsSqs.id)}",
    aws_secret_access_key="${P("aws_secret_access_key", K.awsSqs.secret)}",
)

DLQ = "https://sqs.eu-west-1.amazonaws.com/${AWS_ACCOUNT}/alert-events-dlq"
MAIN = "https://sqs.eu-west-1.amazonaws.com/${AWS_ACCOUNT}/alert-events"


def replay(batch: int = 10) -> int:
    moved = 0
    while True:
        resp = sqs.receive_message(QueueUrl=DLQ, MaxNumberOfMessages=batch, WaitTimeSeconds=2)
        msgs = resp.get("Messages", [])
        if not msgs:
            return moved
        for m in msgs:
            sqs.send_message(QueueUrl=MAIN, MessageBody=m["Body"])
            sqs.delete_message(QueueUrl=DLQ, ReceiptHandle=m["ReceiptHandle"])
            moved += 1


def record(moved: int) -> None:
    import requests
    requests.post(
        "https://insights-collector.eu01.nr-data.net/v1/accounts/${NR_ACCOUNT}/events",
        headers={"X-Insert-Key": "${P("newrelic_insert_key", K.nrInsert)}"},
        json=[{"eventType": "DlqReplay", "queue": "alert-events", "moved": moved}],
        timeout=10,
    )


if __name__ == "__main__":
    n = replay()
    record(n)
    print(f"moved {n} messages")
`,
);

addFile(
  "tools/eventhub-tail/main.go",
  `package main

import (
	"context"
	"fmt"
	"log"

	"github.com/Azure/azure-sdk-for-go/sdk/messaging/azeventhubs"
)

// quick debugging tool: tail the otel-logs event hub
const connStr = "Endpoint=sb://tidewater-telemetry.servicebus.windows.net/;SharedAccessKeyName=listen-only;SharedAccessKey=${P("azure_event_hubs_shared_access_key", K.azEh)};EntityPath=otel-logs"

func main() {
	consumer, err := azeventhubs.NewConsumerClientFromConnectionString(connStr, "", azeventhubs.DefaultConsumerGroup, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer consumer.Close(context.Background())
	pc, err := consumer.NewPartitionClient("0", nil)
	if err != nil {
		log.Fatal(err)
	}
	for {
		events, err := pc.ReceiveEvents(context.Background(), 50, nil)
		if err != nil {
			log.Fatal(err)
		}
		for _, e := range events {
			fmt.Println(string(e.Body))
		}
	}
}
`,
);

// ---------- GCP / certs
{
  const sa = `{
  "type": "service_account",
  "project_id": "tidewater-observability",
  "private_key_id": "${N("gcp_private_key_id", hex(40), "key identifier, not the key")}",
  "private_key": "${P("gcp_service_account_private_key", gcpPem.replace(/\n/g, "\\n"), "PEM with JSON-escaped newlines")}",
  "client_email": "pubsub-publisher@tidewater-observability.iam.gserviceaccount.com",
  "client_id": "${digits(21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/pubsub-publisher%40tidewater-observability.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`;
  addFile("secrets/gcp/pubsub-publisher.json", sa);
}
addFile("certs/otel-gateway.crt", `${N("certificate", tlsCert, "X.509 certificate, public")}`);
addFile("certs/otel-gateway.key", `${P("rsa_private_key", tlsPem)}`);

// ---------- notebook
{
  const nb = {
    cells: [
      {
        cell_type: "markdown",
        id: hex(8),
        metadata: {},
        source: [
          "# Alert noise analysis - Q1\n",
          "\n",
          "Pull monitor events from Datadog and incidents from New Relic, find the noisiest monitors.",
        ],
      },
      {
        cell_type: "code",
        execution_count: 1,
        id: hex(8),
        metadata: {},
        outputs: [],
        source: [
          "import pandas as pd\n",
          "from datadog_api_client import ApiClient, Configuration\n",
          "from datadog_api_client.v1.api.events_api import EventsApi\n",
          "\n",
          "configuration = Configuration()\n",
          'configuration.server_variables["site"] = "datadoghq.eu"\n',
          `configuration.api_key["apiKeyAuth"] = "${P("datadog_api_key", K.ddApiNb)}"\n`,
          `configuration.api_key["appKeyAuth"] = "${P("datadog_app_key", K.ddApp)}"`,
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
              `NerdGraph headers: {'API-Key': '${P("newrelic_user_api_key", K.nrUser, "in notebook output")}', 'Content-Type': 'application/json'}\n`,
              `account ${NR_ACCOUNT}: 1873 incidents since 2024-01-01\n`,
            ],
          },
        ],
        source: [
          "import os, requests\n",
          'NR_KEY = os.environ["NEW_RELIC_USER_KEY"]\n',
          'headers = {"API-Key": NR_KEY, "Content-Type": "application/json"}\n',
          'print("NerdGraph headers:", headers)\n',
          'incidents = fetch_incidents(headers, since="2024-01-01")',
        ],
      },
      {
        cell_type: "code",
        execution_count: 3,
        id: hex(8),
        metadata: {},
        outputs: [
          {
            data: {
              "text/plain": [
                "monitor\n",
                "RabbitMQQueueBacklog      412\n",
                "KafkaConsumerLagHigh      377\n",
                "NATSSlowConsumers         120",
              ],
            },
            execution_count: 3,
            metadata: {},
            output_type: "execute_result",
          },
        ],
        source: [
          "df = pd.DataFrame(events)\n",
          'df.groupby("monitor").size().sort_values(ascending=False).head(3)',
        ],
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3 (ipykernel)", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.7" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  addFile("notebooks/alert-noise-analysis.ipynb", `${JSON.stringify(nb, null, 1)}\n`);
}

// ================================================================ machines
// ---------- on-call laptop
{
  const H = "machines/oncall-laptop/home/dana";
  let t = 1710201000 + int(3000);
  const ts = () => {
    t += range(15, 900);
    return `#${t}`;
  };
  addFile(
    `${H}/.bash_history`,
    [
      ts(),
      "kubectl config use-context prod-eu-1",
      ts(),
      "kubectl -n monitoring get pods -o wide",
      ts(),
      `export DD_API_KEY=${P("datadog_api_key", K.ddApi)}`,
      ts(),
      `export DD_APP_KEY=${P("datadog_app_key", K.ddApp)}`,
      ts(),
      `curl -s "https://api.datadoghq.eu/api/v1/validate" -H "DD-API-KEY: ${N("datadog_api_key", "${DD_API_KEY}", "shell variable")}"`,
      ts(),
      `curl -k https://http-inputs-tidewater.splunkcloud.com/services/collector/event -H "Authorization: Splunk ${P("splunk_hec_token", K.splunkHec)}" -d '{"event":"hec smoke test","sourcetype":"manual"}'`,
      ts(),
      `redis-cli -h redis-streams.internal -a '${P("redis_password", K.redisStreams)}' XINFO STREAM alerts:stream`,
      ts(),
      'nats --server nats://nats.tidewater.io:4222 --creds ~/.nats/alert-router.creds sub "alerts.>"',
      ts(),
      `nats --server nats://nats.tidewater.io:4222 --user grafana --password '${P("nats_password", K.natsGrafanaPw)}' pub alerts.test hi`,
      ts(),
      `kafka-console-consumer --bootstrap-server pkc-4r297.eu-west-1.aws.confluent.cloud:9092 --topic app-logs --consumer-property security.protocol=SASL_SSL --consumer-property sasl.mechanism=PLAIN --consumer-property 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${U("confluent_api_key", K.ccKey2, "Confluent API key id")}" password="${P("confluent_api_secret", K.ccSecret2)}";'`,
      ts(),
      `curl -X POST -H 'Content-type: application/json' --data '{"text":"test from dana"}' ${P("slack_webhook_url", K.slackHookAlerts)}`,
      ts(),
      `pulsar-admin --admin-url https://pulsar.tidewater.io:8443 --auth-plugin org.apache.pulsar.client.impl.auth.AuthenticationToken --auth-params token:${P("pulsar_jwt", pulsarAdminJwt)} topics list public/alerts`,
      ts(),
      `git clone https://${P("github_pat", K.ghp, "PAT in clone URL")}@github.com/tidewater/platform-observability.git`,
      ts(),
      `echo ${N("github_pat", "$CR_PAT", "shell variable")} | docker login ghcr.io -u dana-okafor --password-stdin`,
      ts(),
      `export NEW_RELIC_API_KEY=${P("newrelic_user_api_key", K.nrUser2)}`,
      ts(),
      `http POST https://api.eu.opsgenie.com/v2/heartbeats/alertmanager/ping "Authorization:GenieKey ${P("opsgenie_api_key", K.opsgenie)}"`,
      ts(),
      `curl -s -H "Authorization: Bearer ${P("grafana_api_key", grafanaLegacyKey("dana-cli", 7), "legacy Grafana API key")}" https://grafana.tidewater.io/api/dashboards/uid/kafka-overview | jq .meta.version`,
      ts(),
      "helm upgrade --install observability helm/observability -n monitoring -f helm/observability/values-prod.yaml",
      ts(),
      "kubectl -n monitoring rollout status ds/otel-collector",
      "",
    ].join("\n"),
  );

  addFile(
    `${H}/.aws/credentials`,
    `[default]
aws_access_key_id = ${P("aws_access_key_id", K.awsLaptop.id)}
aws_secret_access_key = ${P("aws_secret_access_key", K.awsLaptop.secret)}
region = eu-west-1

[tidewater-sqs-admin]
aws_access_key_id = ${P("aws_access_key_id", K.awsSession.id, "temporary STS key id")}
aws_secret_access_key = ${P("aws_secret_access_key", K.awsSession.secret)}
aws_session_token = ${P("aws_session_token", K.awsSession.token)}
`,
  );

  addFile(
    `${H}/.npmrc`,
    `//registry.npmjs.org/:_authToken=${P("npm_token", K.npm)}
@tidewater:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${P("github_pat", K.ghpNpm)}
`,
  );
}

// ---------- on-call laptop: downloads + notes + kubeconfig
{
  const H = "machines/oncall-laptop/home/dana";
  addFile(
    `${H}/Downloads/api-key-${K.ccDlKey}.txt`,
    `=== Confluent Cloud API key ===

API key:
${U("confluent_api_key", K.ccDlKey, "Confluent API key id")}

API secret:
${P("confluent_api_secret", K.ccDlSecret)}

Resource:
lkc-9x3k2p

Bootstrap server:
pkc-4r297.eu-west-1.aws.confluent.cloud:9092
`,
  );

  addFile(
    `${H}/notes/INC-2291.txt`,
    `INC-2291  2024-03-12  alert storm / notifier backlog
--------------------------------------------------
02:10  PD page: KafkaConsumerLagHigh (notifier)
02:14  notifier pods OOMKilled, bumped to 1Gi
02:31  rabbitmq alerts.inbound at 180k msgs
02:40  temp Better Stack source for notifier debug logs, token ${P("betterstack_source_token", betterstackToken(), "in personal incident notes")}
03:05  sentry release upload failing -> created new org token:
       ${P("sentry_org_auth_token", K.sentryOrg2)}
03:20  backlog draining, ~4k msg/s
follow-ups:
  - rotate DD key pasted in #sre-incidents (DONE 2024-03-12 10:05)
  - move node_exporter basic auth pw to vault
`,
  );

  const saToken = jwt(
    { alg: "RS256", kid: str(B64URL, 43) },
    {
      aud: ["https://kubernetes.default.svc.cluster.local"],
      exp: 1741737600,
      iat: 1710201600,
      iss: "https://kubernetes.default.svc.cluster.local",
      "kubernetes.io": { namespace: "monitoring", serviceaccount: { name: "grafana-admin", uid: uuid() } },
      nbf: 1710201600,
      sub: "system:serviceaccount:monitoring:grafana-admin",
    },
    bytes(256),
  );
  addFile(
    `${H}/.kube/config`,
    `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${N("certificate", b64(kubeCaCert), { decoded: kubeCaCert, note: "cluster CA certificate, public" })}
    server: https://prod-eu-1.k8s.tidewater.io:6443
  name: prod-eu-1
contexts:
- context:
    cluster: prod-eu-1
    namespace: monitoring
    user: grafana-admin
  name: prod-eu-1
current-context: prod-eu-1
users:
- name: grafana-admin
  user:
    token: ${P("kubernetes_service_account_token", saToken)}
`,
  );
}

// ---------- monitoring-01 host
{
  const M = "machines/monitoring-01";
  const day = "2024-03-12T02:";
  const ts = (m, s) => `${day}${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}.${str(DIG, 6)}Z`;
  addFile(
    `${M}/var/log/vector/vector.log`,
    [
      `${ts(13, 58)}  INFO vector::topology::running: Running healthchecks.`,
      `${ts(14, 2)}  INFO vector: Vector has started. debug="false" version="0.36.1" arch="x86_64" revision="${hex(7)} 2024-03-11 15:20:04.000183123"`,
      `${ts(14, 7)}  WARN sink{component_kind="sink" component_id=datadog component_type=datadog_logs}:request{request_id=4812}: vector::sinks::util::retries: Retrying after error. error=Server responded with an error: 403 Forbidden internal_log_rate_limit=true`,
      `${ts(14, 9)} DEBUG sink{component_kind="sink" component_id=datadog component_type=datadog_logs}:request{request_id=4813}: hyper::client::pool: reuse idle connection for ("https", http-intake.logs.datadoghq.eu) uri=https://http-intake.logs.datadoghq.eu/api/v2/logs?dd-api-key=${P("datadog_api_key", K.ddApiOld, "key in debug-logged request URL")}`,
      `${ts(14, 11)} ERROR sink{component_kind="sink" component_id=betterstack component_type=http}:request{request_id=91}: vector::sinks::util::http: HTTP request failed. status=401 headers={"authorization": "Bearer ${P("betterstack_source_token", K.betterstack2)}", "content-type": "application/json"}`,
      `${ts(15, 0)}  INFO vector::config::watcher: Configuration file changed.`,
      `${ts(15, 1)}  INFO vector::topology::builder: Healthcheck passed. component=datadog api_key=${N("datadog_api_key", "*".repeat(28) + hex(4), "masked in log")}`,
      "",
    ].join("\n"),
  );

  const cid = hex(64);
  addFile(
    `${M}/root/otel-collector.inspect.json`,
    `[
    {
        "Id": "${N("container_id", cid, "docker container id")}",
        "Created": "2024-03-11T09:12:44.501823617Z",
        "Path": "/otelcol-contrib",
        "Args": [
            "--config=/etc/otelcol-contrib/config.yaml"
        ],
        "State": {
            "Status": "running",
            "Running": true,
            "Pid": 48213,
            "ExitCode": 0,
            "StartedAt": "2024-03-11T09:12:45.003149220Z"
        },
        "Image": "${N("sha256_digest", `sha256:${sha256hex()}`, "image id")}",
        "Name": "/otel-collector",
        "RestartCount": 0,
        "Config": {
            "Hostname": "${cid.slice(0, 12)}",
            "User": "10001",
            "Env": [
                "DD_API_KEY=${P("datadog_api_key", K.ddApi)}",
                "HONEYCOMB_API_KEY=${P("honeycomb_ingest_key", K.hcIngest)}",
                "NEW_RELIC_LICENSE_KEY=${P("newrelic_license_key", K.nrLicense)}",
                "GRAFANA_CLOUD_TOKEN=${P("grafana_cloud_access_policy_token", K.glcOtlp)}",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
            "Image": "otel/opentelemetry-collector-contrib:0.96.0",
            "Labels": {
                "com.docker.compose.project": "observability",
                "com.docker.compose.service": "otel-collector"
            }
        },
        "NetworkSettings": {
            "Ports": {
                "4317/tcp": [{ "HostIp": "0.0.0.0", "HostPort": "4317" }]
            }
        }
    }
]
`,
  );
}

// ---------- Elastic
{
  addFile(
    "elastic/kibana.yml",
    `server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.tidewater.io"
elasticsearch.hosts: ["https://es-master-0.elastic.svc:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "${P("elasticsearch_password", randPw(20, "*_=-+"))}"
elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]

xpack.encryptedSavedObjects.encryptionKey: "${P("kibana_encryption_key", hex(32))}"
xpack.security.encryptionKey: "${P("kibana_encryption_key", hex(32))}"
xpack.reporting.encryptionKey: "${P("kibana_encryption_key", hex(32))}"
`,
  );
  const [id2, key2] = elasticApiKeyParts();
  const cloudId = `tidewater-obs:${b64(`eu-west-1.aws.found.io:443$${hex(32)}$${hex(32)}`)}`;
  addFile(
    "elastic/filebeat.yml",
    `filebeat.inputs:
  - type: filestream
    id: nginx-access
    paths: [/var/log/nginx/access.log]

cloud.id: "${N("elastic_cloud_id", cloudId, "deployment locator, not a secret")}"
cloud.auth: "${N("elasticsearch_password", "elastic:${ES_PWD}", "env reference")}"

output.elasticsearch:
  # API key for the ingest-only role (encoded form)
  # api_key: "${P("elastic_api_key", b64(`${id2}:${key2}`), { decoded: `${id2}:${key2}`, note: "encoded API key in commented-out line" })}"
`,
  );
}

// ---------- Slack export
{
  const slackTs = (base) => `${base}.${str(DIG, 6)}`;
  const prof = (p) => ({
    avatar_hash: hex(12),
    real_name: p.real,
    display_name: p.name.split(".")[0],
    team: TEAM,
    name: p.name,
    is_restricted: false,
    is_ultra_restricted: false,
  });
  const [dana, marek, priya, tom] = PEOPLE;
  const teamsEscaped = K.teamsSlack.replace(/\//g, "\\/");
  const msgs = [
    {
      client_msg_id: N("uuid", uuid(), "slack client_msg_id"),
      type: "message",
      text: "notifier is OOMing again, 180k in alerts.inbound. looking",
      user: dana.id,
      ts: slackTs(1710209460),
      team: TEAM,
      user_profile: prof(dana),
    },
    {
      type: "message",
      subtype: "bot_message",
      text: "",
      username: "Alertmanager",
      bot_id: BOT_ID,
      ts: slackTs(1710209520),
      attachments: [
        {
          fallback: "[FIRING:1] KafkaConsumerLagHigh notifier",
          title: "[FIRING:1] KafkaConsumerLagHigh",
          text: "Consumer group notifier lagging on app-events",
          color: "danger",
        },
      ],
    },
    {
      client_msg_id: N("uuid", uuid(), "slack client_msg_id"),
      type: "message",
      text: `datadog agent on monitoring-01 is getting 403s. rotated the key, new one is ${P("datadog_api_key", K.ddApiRunbook)} - can someone put it in the helm values?`,
      user: dana.id,
      ts: slackTs(1710213900),
      team: TEAM,
      user_profile: prof(dana),
    },
    {
      client_msg_id: N("uuid", uuid(), "slack client_msg_id"),
      type: "message",
      text: `please don't paste keys in here :sweat_smile: use \`${N("datadog_api_key", "${{ secrets.DD_API_KEY }}", "GitHub Actions secret reference")}\` in the workflow and the sops file for helm`,
      user: marek.id,
      ts: slackTs(1710214020),
      team: TEAM,
      user_profile: prof(marek),
    },
    {
      client_msg_id: N("uuid", uuid(), "slack client_msg_id"),
      type: "message",
      text: `old one was ${N("datadog_api_key", "*".repeat(28) + hex(4), "redacted suffix only")} btw, already revoked`,
      user: dana.id,
      ts: slackTs(1710214080),
      team: TEAM,
      user_profile: prof(dana),
    },
    {
      client_msg_id: N("uuid", uuid(), "slack client_msg_id"),
      type: "message",
      text: `for the record the telegram oncall bot token is ${P("telegram_bot_token", K.telegram)} (same as in alertmanager)`,
      user: priya.id,
      ts: slackTs(1710214500),
      team: TEAM,
      user_profile: prof(priya),
    },
    {
      client_msg_id: N("uuid", uuid(), "slack client_msg_id"),
      type: "message",
      text: `data platform wants their own teams channel, webhook: <${P("msteams_webhook_url", teamsEscaped, { decoded: K.teamsSlack, note: "slash-escaped URL in Slack export JSON" })}>`,
      user: tom.id,
      ts: slackTs(1710215100),
      team: TEAM,
      user_profile: prof(tom),
    },
  ];
  addFile(
    "exports/slack/sre-incidents/2024-03-12.json",
    `${JSON.stringify(msgs, null, 4).replace(/\//g, "\\/")}\n`,
  );

  const msgs2 = [
    {
      type: "message",
      subtype: "bot_message",
      text: "",
      username: "Alertmanager",
      bot_id: BOT_ID,
      ts: slackTs(1710410400),
      attachments: [
        {
          fallback: "[RESOLVED] RabbitMQQueueBacklog",
          title: "[RESOLVED] RabbitMQQueueBacklog",
          color: "good",
        },
      ],
    },
    {
      client_msg_id: N("uuid", uuid(), "slack client_msg_id"),
      type: "message",
      text: `set up the opsgenie heartbeat integration, key is ${P("opsgenie_api_key", K.opsgenieSlack)}`,
      user: tom.id,
      ts: slackTs(1710412200),
      team: TEAM,
      user_profile: prof(tom),
    },
    {
      client_msg_id: N("uuid", uuid(), "slack client_msg_id"),
      type: "message",
      text: `and the DSN for the new notifier project: ${U("sentry_dsn", sentryDsn(), "DSN public key, public by design")}`,
      user: tom.id,
      ts: slackTs(1710412260),
      team: TEAM,
      user_profile: prof(tom),
    },
  ];
  addFile(
    "exports/slack/platform-alerts/2024-03-14.json",
    `${JSON.stringify(msgs2, null, 4).replace(/\//g, "\\/")}\n`,
  );
}

// ================================================================ write out
if (pending.size) throw new Error(`unplaced markers: ${[...pending.keys()].join(",")}`);
fs.rmSync("files", { recursive: true, force: true });
for (const f of outFiles) {
  const p = path.join("files", f.rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.content);
}
fs.writeFileSync("labels.json", `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync("neutrals.json", `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.log(
  `files=${outFiles.length} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

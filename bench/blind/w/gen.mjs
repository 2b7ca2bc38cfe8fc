// Blind labelled corpus "w": a security / IT-operations team's repositories and machines.
//
// Usage: node gen.mjs <seed>   -> writes ./files/**, ./labels.json, ./neutrals.json
// All randomness comes from an HMAC-SHA256(seed, counter) stream; same seed => identical bytes.
// No credential literal lives in this file: every value is built at run time from its format.
// The only fixed credential-shaped literals are vendor documentation samples, used as negatives
// (AWS's AKIAIOSFODNN7EXAMPLE pair, the jwt.io sample token, Kibana's documented placeholder
// encryption key, Slack's documented all-zero webhook example).
//
// Credential formats used (prefix / length / alphabet / checksum -- source):
//  github_token        ghp_ / gho_ + 30 base62 + 6-char base62 CRC32 of the 30 (left-padded '0') -- GitHub blog "Behind GitHub's new authentication token formats"
//  npm_token           npm_ + 30 base62 + 6-char base62 CRC32 -- GitHub changelog "npm has a new access token format"
//  aws_access_key_id   AKIA + 16 of [A-Z2-7]; secret 40 of [A-Za-z0-9+/] -- AWS IAM docs
//  slack_bot_token     xoxb-<13 digits>-<13 digits>-<24 alnum> -- Slack token types docs (observed lengths)
//  slack_user_token    xoxp-<13>-<13>-<13>-<32 hex> -- Slack docs, observed shape
//  slack_app_token     xapp-1-A<10 [A-Z0-9]>-<13 digits>-<64 hex> -- Slack socket-mode docs, observed shape
//  slack_signing_secret 32 hex, no prefix -- Slack "verifying requests" docs
//  slack_webhook_url   https://hooks.slack.com/services/T<8-10>/B<8-10>/<24 alnum> -- Slack incoming webhooks docs
//  teams_webhook_url   https://<org>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid> -- MS Teams docs
//  discord_webhook_url https://discord.com/api/webhooks/<18-19 digit id>/<68 [A-Za-z0-9_-]> -- Discord docs, observed length
//  discord_bot_token   base64(user id).<6 b64url>.<38 b64url> -- Discord docs, observed shape
//  telegram_bot_token  <10 digits>:AA<33 [A-Za-z0-9_-]> -- Telegram Bot API docs (observed "AA" lead)
//  virustotal_api_key  64 hex -- observed shape (VT docs show no sample)
//  shodan_api_key      32 [A-Za-z0-9] -- observed shape
//  greynoise_api_key   64 [A-Za-z0-9] -- observed shape (GUESS)
//  abuseipdb_api_key   80 hex -- observed shape
//  urlscan_api_key     UUID v4 -- urlscan docs (API-Key header)
//  censys_api_secret   32 [A-Za-z0-9]; API ID is a UUID (identifier) -- Censys search v2 docs, observed
//  misp_api_key        40 [A-Za-z0-9] -- MISP automation key docs
//  splunk_hec_token    UUID (upper or lower hex) -- Splunk HEC docs
//  splunk_soar_auth_token 44-char base64 (32 bytes) in ph-auth-token header -- observed shape
//  splunk encrypted    $7$<base64> -- Splunk splunk.secret encrypted values (negatives)
//  elastic_api_key     base64("<20 id>:<22 key>") -- Elasticsearch create API key docs ("encoded")
//  elastic_service_token base64(00 01 00 01 "elastic/kibana/<name>:<22 secret>"), no padding, "AAEAAW..." -- Elastic service accounts docs
//  azure_log_analytics_shared_key / azure_storage_account_key 88 base64 (64 bytes, "==") -- Azure docs
//  azure_client_secret 3 alnum + digit + "Q~" + 34 [A-Za-z0-9_.~-] (40) -- Entra ID, observed shape
//  crowdstrike         client id 32 hex (neutral), secret 40 [A-Za-z0-9] -- Falcon API, observed shape
//  sentinelone_api_token 80 [A-Za-z0-9] -- observed shape (GUESS; newer tokens are JWT-like)
//  xsoar_api_key       32 [0-9A-F] -- observed shape (GUESS)
//  atlassian_api_token ATATT3xFfGF0 + 171 [A-Za-z0-9_-] + "=" + 8 [0-9A-F] (192 total) -- Atlassian community / observed shape
//  linear_api_key      lin_api_ + 40 alnum -- Linear docs (prefix), observed length
//  notion_token        ntn_ + 11 digits + 35 alnum (current); secret_ + 43 alnum (legacy) -- Notion docs (prefix), observed length
//  okta_api_token      00 + 40 [A-Za-z0-9_-] (SSWS scheme) -- Okta "Create an API token"
//  pagerduty           routing/integration key 32 hex; REST token u+ + 18 [A-Za-z0-9_-] -- PagerDuty docs, observed
//  gcp_service_account_private_key PKCS#8 RSA PEM, JSON-escaped -- Google Cloud docs
//  google_oauth_client_secret GOCSPX- + 28 [A-Za-z0-9_-] -- Google docs, observed
//  google_api_key      AIza + 35 [A-Za-z0-9_-] (Firebase web keys: neutral) -- Google docs
//  onepassword_service_account_token ops_ + base64url(JSON) -- 1Password docs (prefix), observed structure
//  bitwarden           api client_secret 30 alnum; BW_SESSION 88 base64; SM access token 0.<uuid>.<30 alnum>:<24 base64> -- Bitwarden CLI/SM docs, observed
//  totp_seed           32 base32 [A-Z2-7] -- RFC 6238 / otpauth
//  fleet_enroll_secret 32 base64 chars (24 bytes) -- Fleet docs, observed
//  wazuh_agent_key     64 hex in client.keys "<id> <name> <ip> <key>" -- Wazuh docs
//  hubspot_private_app_token pat-na1-/pat-eu1- + UUID -- HubSpot private apps docs (masked sample), observed
//  braze_rest_api_key  UUID -- Braze REST API key docs
//  intercom_access_token base64("tok:<uuid>:1:0") -- observed shape (GUESS on inner layout)
//  mixpanel            project token 32 hex (neutral), API secret 32 hex, service account secret 32 alnum -- Mixpanel docs
//  amplitude           API key 32 hex (neutral), secret key 32 hex -- Amplitude docs
//  segment             write key 32 alnum (neutral); Public API token sgp_ + 64 alnum -- Segment docs / GitLab secret-detection rule
//  datadog             API key 32 hex, app key 40 hex, client token pub + 32 hex (neutral) -- Datadog docs
//  stripe              rk_live_51 + 97 alnum (secret); pk_live_51 + 97 alnum (neutral) -- Stripe docs
//  twilio              Account SID AC + 32 hex (identifier), auth token 32 hex -- Twilio docs
//  sendgrid_api_key    SG.<22 b64url>.<43 b64url> -- SendGrid docs
//  sentry              user token sntryu_ + 64 hex; DSN public key (neutral) -- Sentry auth-token docs
//  openai_api_key      sk-proj- + 74 + T3BlbkFJ + 74 [A-Za-z0-9_-] -- observed shape
//  anthropic_api_key   sk-ant-api03- + 93 [A-Za-z0-9_-] + AA -- observed shape
//  private keys        RSA (PKCS#1 / PKCS#8 DER-shaped), EC P-256 (real, derived), OpenSSH ed25519 (real, derived)
//  jwt                 base64url(header).base64url(payload).base64url(sig)
//  passwords           built from word lists + digits + symbols (human-chosen style)
//
// Negatives: placeholders, env/template/secret-manager references, SOPS ENC[], ansible-vault,
// sealed secrets, Splunk $7$, hashes/digests/git SHAs/lockfile integrity, identifiers (UUIDs,
// account IDs, tenant IDs, CIDs, database IDs), public keys and certificates, redacted values,
// documented samples, obviously fake fixtures and tokens with a broken checksum.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2] ?? "default-seed";

// ---------------------------------------------------------------- deterministic randomness
let counter = 0;
let pool = Buffer.alloc(0);
function rb(n) {
  while (pool.length < n) {
    const c = Buffer.alloc(8);
    c.writeBigUInt64BE(BigInt(counter++));
    pool = Buffer.concat([pool, crypto.createHmac("sha256", SEED).update(c).digest()]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function ri(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = rb(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[ri(a.length)];
function rs(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[ri(alpha.length)];
  return s;
}

const DIG = "0123456789";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const HEX = "0123456789abcdef";
const HEXU = "0123456789ABCDEF";
const B62 = DIG + UP + LO;
const _B64 = `${UP + LO + DIG}+/`;
const B64U = `${UP + LO + DIG}-_`;
const B32 = `${UP}234567`;
const UA = UP + DIG;
const LA = LO + DIG;

// ---------------------------------------------------------------- helpers
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();
function crc32(str) {
  let c = 0xffffffff;
  for (const b of Buffer.from(str)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function b62(n, width = 6) {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, "0");
}
const b64 = (s) => Buffer.from(s).toString("base64");
const b64url = (buf) =>
  Buffer.from(buf).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
function uuid() {
  const h = rs(HEX, 32).split("");
  h[12] = "4";
  h[16] = HEX[(parseInt(h[16], 16) & 3) | 8];
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
const digits = (n) => String(1 + ri(9)) + rs(DIG, n - 1);

// DER / PEM helpers
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 0xff);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
const der = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
function derInt(buf) {
  let b = Buffer.from(buf);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}
const seq = (...parts) => der(0x30, Buffer.concat(parts));
function pem(label, buf, width = 64) {
  const s = buf.toString("base64");
  const lines = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----`;
}
function rsaPkcs1Der(bits = 2048) {
  const nl = bits / 8;
  const n = rb(nl);
  n[0] |= 0x80;
  n[nl - 1] |= 1;
  const d = rb(nl);
  d[0] &= 0x7f;
  const half = () => {
    const x = rb(nl / 2);
    x[0] |= 0xc0;
    x[nl / 2 - 1] |= 1;
    return x;
  };
  return seq(
    derInt([0]),
    derInt(n),
    derInt([1, 0, 1]),
    derInt(d),
    derInt(half()),
    derInt(half()),
    derInt(half()),
    derInt(half()),
    derInt(half()),
  );
}
const RSA_OID = Buffer.from("06092a864886f70d0101010500", "hex");
const rsaPkcs1Pem = (bits) => pem("RSA PRIVATE KEY", rsaPkcs1Der(bits));
const rsaPkcs8Pem = (bits) =>
  pem("PRIVATE KEY", seq(derInt([0]), der(0x30, RSA_OID), der(0x04, rsaPkcs1Der(bits))));
function ecPem() {
  for (;;) {
    const priv = rb(32);
    try {
      const ecdh = crypto.createECDH("prime256v1");
      ecdh.setPrivateKey(priv);
      const pub = ecdh.getPublicKey();
      const body = seq(
        derInt([1]),
        der(0x04, priv),
        der(0xa0, Buffer.from("06082a8648ce3d030107", "hex")),
        der(0xa1, der(0x03, Buffer.concat([Buffer.from([0]), pub]))),
      );
      return pem("EC PRIVATE KEY", body);
    } catch {
      /* out of range, draw again */
    }
  }
}
function sshString(b) {
  const buf = Buffer.isBuffer(b) ? b : Buffer.from(b);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(buf.length);
  return Buffer.concat([l, buf]);
}
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
function ed25519Pair(comment) {
  const seed = rb(32);
  const key = crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  const pub = crypto.createPublicKey(key).export({ format: "der", type: "spki" }).subarray(-32);
  const pubBlob = Buffer.concat([sshString("ssh-ed25519"), sshString(pub)]);
  const check = rb(4);
  let priv = Buffer.concat([
    check,
    check,
    sshString("ssh-ed25519"),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(comment),
  ]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshString("none"),
    sshString("none"),
    sshString(""),
    u32(1),
    sshString(pubBlob),
    sshString(priv),
  ]);
  return {
    priv: pem("OPENSSH PRIVATE KEY", blob, 70),
    pub: `ssh-ed25519 ${pubBlob.toString("base64")} ${comment}`,
  };
}
function fakeCertPem() {
  const tbs = seq(
    der(0xa0, derInt([2])),
    derInt(rb(16)),
    der(0x30, Buffer.from("06092a864886f70d01010b0500", "hex")),
    rb(600),
  );
  return pem(
    "CERTIFICATE",
    seq(
      tbs,
      der(0x30, Buffer.from("06092a864886f70d01010b0500", "hex")),
      der(0x03, Buffer.concat([Buffer.from([0]), rb(256)])),
    ),
  );
}
const indentBlock = (text, ind) => text.split("\n").join(`\n${ind}`);

// human-chosen passwords
const WORDS = [
  "Harbor",
  "Lantern",
  "Otter",
  "Granite",
  "Falcon",
  "Maple",
  "Cobalt",
  "Juniper",
  "Copper",
  "Meadow",
  "Thistle",
  "Raven",
  "Summit",
  "Willow",
  "Orchid",
  "Badger",
  "Cedar",
  "Pepper",
  "Marble",
  "Comet",
  "Tundra",
  "Velvet",
  "Birch",
  "Quartz",
  "Puffin",
  "Saffron",
  "Glacier",
  "Bramble",
  "Pelican",
  "Ember",
];
const SYM = "!@#%&*?";
function humanPw() {
  switch (ri(6)) {
    case 0:
      return `${pick(WORDS)}${pick(SYM)}${pick(WORDS)}${10 + ri(90)}`;
    case 1:
      return `${pick(WORDS).toLowerCase()}-${pick(WORDS)}-${1000 + ri(9000)}`;
    case 2:
      return `${pick(WORDS)}${pick(["Spring", "Summer", "Autumn", "Winter"])}${2019 + ri(6)}${pick(SYM)}`;
    case 3:
      return `${pick(WORDS)}${pick(WORDS)}${pick(SYM)}${100 + ri(900)}`;
    case 4:
      return `${pick(WORDS).toLowerCase()}.${pick(WORDS).toLowerCase()}.${pick(WORDS).toLowerCase()}${ri(10)}`;
    default:
      return `${pick(WORDS)}_${1000 + ri(9000)}${pick(SYM)}${pick(WORDS).toLowerCase()}`;
  }
}

// ---------------------------------------------------------------- credential generators
const G = {
  gh: (p) => {
    const body = rs(B62, 30);
    return p + body + b62(crc32(body));
  },
  ghBroken: (p) => {
    const body = rs(B62, 30);
    const c = b62(crc32(body));
    const last = c[5] === "A" ? "B" : "A";
    return p + body + c.slice(0, 5) + last;
  },
  awsId: () => `AKIA${rs(`${UP}234567`, 16)}`,
  awsSecret: () => rs(`${UP + LO + DIG}+/`, 40),
  slackBot: () => `xoxb-${digits(13)}-${digits(13)}-${rs(B62, 24)}`,
  slackUser: () => `xoxp-${digits(13)}-${digits(13)}-${digits(13)}-${rs(HEX, 32)}`,
  slackApp: () => `xapp-1-A${rs(UA, 10)}-${digits(13)}-${rs(HEX, 64)}`,
  slackHook: () => `https://hooks.slack.com/services/T${rs(UA, 8)}/B${rs(UA, 10)}/${rs(B62, 24)}`,
  teamsHook: () =>
    `https://fernleaf.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${rs(HEX, 32)}/${uuid()}`,
  discordHook: () => `https://discord.com/api/webhooks/${digits(19)}/${rs(B64U, 68)}`,
  discordBot: () => `${b64(digits(19)).replace(/=+$/, "")}.${rs(B64U, 6)}.${rs(B64U, 38)}`,
  telegram: () => `${digits(10)}:AA${rs(B64U, 33)}`,
  hex: (n) => rs(HEX, n),
  alnum: (n) => rs(B62, n),
  b64bytes: (n) => rb(n).toString("base64"),
  azureSecret: () => `${rs(B62, 3)}${rs(DIG, 1)}Q~${rs(`${B62}_.~-`, 34)}`,
  atlassian: () => `ATATT3xFfGF0${rs(`${B62}_-`, 171)}=${rs(HEXU, 8)}`,
  linear: () => `lin_api_${rs(B62, 40)}`,
  notion: () => `ntn_${digits(11)}${rs(B62, 35)}`,
  notionLegacy: () => `secret_${rs(B62, 43)}`,
  okta: () => `00${rs(`${B62}-_`, 40)}`,
  oktaClientId: () => `0oa${rs(B62, 17)}`,
  pdRest: () => `u+${rs(`${B62}_-`, 18)}`,
  gocspx: () => `GOCSPX-${rs(B64U, 28)}`,
  googleKey: () => `AIza${rs(B64U, 35)}`,
  googleClientId: () => `${digits(12)}-${rs(LA, 32)}.apps.googleusercontent.com`,
  elasticKey: () => {
    const plain = `${rs(B64U, 20)}:${rs(B64U, 22)}`;
    return { enc: b64(plain), plain };
  },
  elasticService: (name) =>
    Buffer.concat([Buffer.from([0, 1, 0, 1]), Buffer.from(`elastic/kibana/${name}:${rs(B64U, 22)}`)])
      .toString("base64")
      .replace(/=+$/, ""),
  splunk7: () => `$7$${rb(40 + ri(30)).toString("base64")}`,
  sopsEnc: (n) =>
    `ENC[AES256_GCM,data:${rb(n).toString("base64")},iv:${rb(32).toString("base64")},tag:${rb(16).toString("base64")},type:str]`,
  opsToken: () => {
    const j = {
      signInAddress: "fernleaf.1password.com",
      userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: b64url(rb(16)) },
      email: `${rs(LA, 13)}@1passwordserviceaccounts.com`,
      srpX: rs(HEX, 64),
      muk: {
        alg: "A256GCM",
        ext: true,
        k: b64url(rb(32)),
        key_ops: ["encrypt", "decrypt"],
        kty: "oct",
        kid: "mp",
      },
      secretKey: `A3-${rs(UA, 6)}-${rs(UA, 6)}-${rs(UA, 5)}-${rs(UA, 5)}-${rs(UA, 5)}-${rs(UA, 5)}`,
      throttleSecret: { seed: rs(HEX, 64), uuid: rs(UA, 26) },
      deviceUuid: rs(LA, 26),
    };
    return `ops_${b64url(JSON.stringify(j))}`;
  },
  bwsToken: () => `0.${uuid()}.${rs(B62, 30)}:${rb(16).toString("base64")}`,
  intercom: () => b64(`tok:${uuid()}:1:0`),
  openai: () => `sk-proj-${rs(B64U, 74)}T3BlbkFJ${rs(B64U, 74)}`,
  anthropic: () => `sk-ant-api03-${rs(B64U, 93)}AA`,
  sendgrid: () => `SG.${rs(B64U, 22)}.${rs(B64U, 43)}`,
  jwt: (payload) =>
    `${b64url(JSON.stringify({ kid: rs(B64U, 43), alg: "RS256" }))}.${b64url(JSON.stringify(payload))}.${b64url(rb(256))}`,
  ageRecipient: () => `age1${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}`,
  sha512: () => `sha512-${rb(64).toString("base64")}`,
};

// ---------------------------------------------------------------- corpus builder
const entries = [];
const mark = (kind, type, secret, extra = {}) => {
  entries.push({ kind, type, secret, ...extra });
  return `\u27e6${entries.length - 1}\u27e7`;
};
const P = (type, secret, o) => mark("pos", type, secret, o);
const N = (type, secret, o) => mark("neg", type, secret, o);
const U = (type, secret, o) => mark("neu", type, secret, o);

const files = new Map();
const labels = [];
const neutrals = [];
function put(rel, text) {
  if (files.has(rel)) throw new Error(`duplicate file ${rel}`);
  let out = "";
  let last = 0;
  const re = /\u27e6(\d+)\u27e7/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out += text.slice(last, m.index);
    const e = entries[Number(m[1])];
    if (e.used) throw new Error("marker reused");
    e.used = true;
    const line = out.split("\n").length;
    const rec = { file: rel, line, type: e.type };
    if (e.kind !== "neu") rec.positive = e.kind === "pos";
    rec.secret = e.secret;
    if (e.decoded !== undefined) rec.decoded = e.decoded;
    if (e.note) rec.note = e.note;
    (e.kind === "neu" ? neutrals : labels).push(rec);
    out += e.secret;
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  files.set(rel, out);
}
const J = (o) => `${JSON.stringify(o, null, 2)}\n`;

// ---------------------------------------------------------------- shared values
const vtKey = G.hex(64);
const shodanKey = G.alnum(32);
const gnKey = G.alnum(64);
const abuseKey = G.hex(80);
const urlscanKey = uuid();
const hecToken = uuid().toUpperCase();
const wsId = uuid();
const wsKey = G.b64bytes(64);
const tenantId = uuid();
const graphAppId = uuid();
const falconId = G.hex(32);
const falconSecret = G.alnum(40);
const s1Token = G.alnum(80);
const slackBot = G.slackBot();
const slackApp = G.slackApp();
const slackSigning = G.hex(32);
const oktaToken = G.okta();
const pgPw = humanPw();
const pdRouting = G.hex(32);
const awsId = G.awsId();
const awsSecret = G.awsSecret();
const ddApi = G.hex(32);
const hubspotPat = `pat-na1-${uuid()}`;
const fleetMysqlPw = humanPw();
const esElasticPw = humanPw();
const ghPat = G.gh("ghp_");

// ================================================================ soc-integrations
put(
  "soc-integrations/.env",
  `# Local settings for soc-integrations -- loaded by python-dotenv.
# This file is in .gitignore (it was committed once by accident, see #212)
LOG_LEVEL=info
HTTP_TIMEOUT=20
VT_API_KEY=${P("virustotal_api_key", vtKey)}
SHODAN_API_KEY=${P("shodan_api_key", shodanKey)}
GREYNOISE_API_KEY=${P("greynoise_api_key", gnKey)}
ABUSEIPDB_API_KEY=${P("abuseipdb_api_key", abuseKey)}
URLSCAN_API_KEY=${P("urlscan_api_key", urlscanKey)}
CENSYS_API_ID=${N("censys_api_id", uuid(), { note: "API ID is the identifier half; not a secret by itself" })}
CENSYS_API_SECRET=${P("censys_api_secret", G.alnum(32))}
MISP_URL=https://misp.soc.fernleaf.io
MISP_KEY=${P("misp_api_key", G.alnum(40))}
MISP_VERIFY_TLS=true
`,
);

put(
  "soc-integrations/.env.example",
  `# Copy to .env and fill in. Never commit real keys.
LOG_LEVEL=info
HTTP_TIMEOUT=20
VT_API_KEY=${N("virustotal_api_key", "<your-virustotal-api-key>", { note: "placeholder" })}
SHODAN_API_KEY=${N("shodan_api_key", "changeme", { note: "placeholder" })}
GREYNOISE_API_KEY=${N("greynoise_api_key", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", { note: "placeholder" })}
ABUSEIPDB_API_KEY=
URLSCAN_API_KEY=${N("urlscan_api_key", "00000000-0000-0000-0000-000000000000", { note: "placeholder" })}
CENSYS_API_ID=your-censys-api-id
CENSYS_API_SECRET=${N("censys_api_secret", "your-censys-api-secret", { note: "placeholder" })}
MISP_URL=https://misp.example.com
MISP_KEY=${N("misp_api_key", "REPLACE_ME", { note: "placeholder" })}
`,
);

const knownGood1 = G.hex(64),
  knownGood2 = G.hex(64),
  knownGood3 = G.hex(64);
put(
  "soc-integrations/enrich/virustotal.py",
  `"""VirusTotal v3 enrichment used by the SOAR hash-lookup playbook."""
from __future__ import annotations

import logging
import os

import requests

log = logging.getLogger(__name__)

VT_BASE = "https://www.virustotal.com/api/v3"
# TODO(mchen): drop the fallback once the vault sidecar is rolled out to every runner
API_KEY = os.environ.get("VT_API_KEY", "${P("virustotal_api_key", vtKey, { note: "hard-coded fallback" })}")

# sha256 of our own signed installers -- never submit these, never alert on them
KNOWN_GOOD = {
    "${N("sha256_hash", knownGood1, { note: "file hash allowlist" })}": "FalconSensor_Windows_7.10.17706.msi",
    "${N("sha256_hash", knownGood2, { note: "file hash allowlist" })}": "SentinelInstaller_windows_64bit_v23_4_2_216.exe",
    "${N("sha256_hash", knownGood3, { note: "file hash allowlist" })}": "velociraptor-v0.7.1-windows-amd64.msi",
}


def lookup_hash(sha256: str) -> dict:
    if sha256.lower() in KNOWN_GOOD:
        return {"verdict": "allowlisted", "name": KNOWN_GOOD[sha256.lower()]}
    resp = requests.get(
        f"{VT_BASE}/files/{sha256}",
        headers={"x-apikey": API_KEY, "accept": "application/json"},
        timeout=int(os.environ.get("HTTP_TIMEOUT", "20")),
    )
    if resp.status_code == 404:
        return {"verdict": "unknown"}
    resp.raise_for_status()
    stats = resp.json()["data"]["attributes"]["last_analysis_stats"]
    verdict = "malicious" if stats.get("malicious", 0) >= 3 else "clean"
    log.info("vt %s -> %s %s", sha256, verdict, stats)
    return {"verdict": verdict, "stats": stats}
`,
);

const shodanOld = G.alnum(32);
put(
  "soc-integrations/enrich/shodan_lookup.py",
  `import os
import sys

import shodan

# api = shodan.Shodan("${P("shodan_api_key", shodanOld, { note: "commented-out personal key" })}")  # my personal key, academic plan
api = shodan.Shodan(${N("shodan_api_key", 'os.environ["SHODAN_API_KEY"]', { note: "env reference" })})


def exposure(ip: str) -> dict:
    try:
        host = api.host(ip)
    except shodan.APIError as exc:
        return {"ip": ip, "error": str(exc)}
    return {
        "ip": ip,
        "org": host.get("org"),
        "ports": sorted(host.get("ports", [])),
        "vulns": sorted(host.get("vulns", [])),
    }


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(exposure(arg))
`,
);

const es1 = G.elasticKey();
const cloudId = `soc-prod:${b64(`eu-west-1.aws.found.io:443$${G.hex(32)}$${G.hex(32)}`)}`;
put(
  "soc-integrations/config/settings.yaml",
  `# soc-integrations runtime settings (prod)
splunk:
  hec_url: https://hec.splunk.fernleaf.io:8088/services/collector/event
  hec_token: "${P("splunk_hec_token", hecToken)}"
  index: soc_enrichment
  sourcetype: "soc:enrichment"
  verify_tls: true

elastic:
  cloud_id: "${N("elastic_cloud_id", cloudId, { note: "deployment locator (base64 host), not a credential" })}"
  api_key: "${P("elastic_api_key", es1.enc, { decoded: es1.plain })}"
  index: logs-enrichment-default

sentinel:
  workspace_id: ${N("azure_workspace_id", wsId, { note: "identifier" })}
  shared_key: "${P("azure_log_analytics_shared_key", wsKey)}"
  log_type: SocEnrichment

enrichers:
  - virustotal
  - greynoise
  - abuseipdb
  - urlscan
`,
);

const fxSha256 = G.hex(64),
  fxSha1 = G.hex(40),
  fxMd5 = G.hex(32);
put(
  "soc-integrations/tests/fixtures/responses/virustotal_file.json",
  J({
    data: {
      id: N("sha256_hash", fxSha256, { note: "sample file hash in a recorded response" }),
      type: "file",
      links: { self: `https://www.virustotal.com/api/v3/files/${fxSha256.slice(0, 12)}...` },
      attributes: {
        md5: N("md5_hash", fxMd5),
        sha1: N("sha1_hash", fxSha1),
        size: 48128,
        type_description: "Win32 EXE",
        meaningful_name: "invoice_0424.exe",
        last_analysis_stats: {
          harmless: 0,
          "type-unsupported": 4,
          suspicious: 0,
          "confirmed-timeout": 0,
          timeout: 0,
          failure: 0,
          malicious: 52,
          undetected: 14,
        },
        tags: ["peexe", "runtime-modules", "detect-debug-environment"],
      },
    },
  }),
);

put(
  "soc-integrations/tests/test_clients.py",
  `import pytest
import responses

from enrich import virustotal

FAKE_VT_KEY = "${N("virustotal_api_key", "test-vt-key-not-real", { note: "test fixture" })}"
FAKE_SHODAN_KEY = "${N("shodan_api_key", "dummyshodankey000000000000000000", { note: "test fixture" })}"
FAKE_HEC_TOKEN = "${N("splunk_hec_token", "00000000-1111-2222-3333-444444444444", { note: "test fixture" })}"


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("VT_API_KEY", FAKE_VT_KEY)
    monkeypatch.setenv("SHODAN_API_KEY", FAKE_SHODAN_KEY)
    monkeypatch.setattr(virustotal, "API_KEY", FAKE_VT_KEY)


@responses.activate
def test_lookup_unknown_hash():
    responses.get(f"{virustotal.VT_BASE}/files/deadbeef", status=404)
    assert virustotal.lookup_hash("deadbeef") == {"verdict": "unknown"}
`,
);

const urlscanReadme = uuid();
put(
  "soc-integrations/README.md",
  `# soc-integrations

Threat-intel enrichers (VirusTotal, GreyNoise, AbuseIPDB, urlscan, Censys, Shodan, MISP) used by
the SOAR playbooks and the Splunk/Elastic/Sentinel forwarders.

## Setup

\`\`\`bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
cp .env.example .env   # then fill in the keys from 1Password "SecOps / TI feeds"
\`\`\`

## Quick checks

VirusTotal:

\`\`\`bash
curl -s -H "x-apikey: ${N("virustotal_api_key", "$VT_API_KEY", { note: "shell variable reference" })}" https://www.virustotal.com/api/v3/ip_addresses/8.8.8.8 | jq .data.attributes.last_analysis_stats
\`\`\`

AbuseIPDB:

\`\`\`bash
curl -sG https://api.abuseipdb.com/api/v2/check --data-urlencode "ipAddress=185.220.101.4" \\
  -H "Key: ${N("abuseipdb_api_key", "YOUR_API_KEY", { note: "placeholder" })}" -H "Accept: application/json"
\`\`\`

### Troubleshooting urlscan 401s

If the playbook logs \`401 Unauthorized\` from urlscan, check the team key directly:

\`\`\`bash
curl -X POST "https://urlscan.io/api/v1/scan/" -H "Content-Type: application/json" \\
  -H "API-Key: ${P("urlscan_api_key", urlscanReadme, { note: "real key pasted into README example" })}" \\
  -d '{"url": "https://login-micros0ft-support.com/", "visibility": "private"}'
\`\`\`

A 200 with a \`uuid\` in the body means the key is fine and the problem is the runner's egress proxy.
`,
);

put(
  "soc-integrations/requirements.txt",
  `#
# This file is autogenerated by pip-compile with Python 3.11
#    pip-compile --generate-hashes requirements.in
#
certifi==2024.2.2 \\
    --hash=sha256:${N("sha256_hash", G.hex(64), { note: "pip hash pin" })}
charset-normalizer==3.3.2 \\
    --hash=sha256:${N("sha256_hash", G.hex(64), { note: "pip hash pin" })}
idna==3.6 \\
    --hash=sha256:${N("sha256_hash", G.hex(64), { note: "pip hash pin" })}
python-dotenv==1.0.1
requests==2.31.0
shodan==1.31.0
`,
);

const nbSha = G.hex(64);
const abuseNb = G.hex(80);
put(
  "soc-integrations/notebooks/ioc_triage.ipynb",
  `${JSON.stringify(
    {
      cells: [
        {
          cell_type: "markdown",
          metadata: {},
          source: [
            "# IOC triage - INC-2024-017\n",
            "Quick enrichment of the IPs from the Okta brute-force alert.",
          ],
        },
        {
          cell_type: "code",
          execution_count: 1,
          metadata: {},
          outputs: [],
          source: [
            "import requests, json\n",
            "\n",
            `GN_KEY = "${P("greynoise_api_key", gnKey, { note: "notebook source cell" })}"\n`,
            `ABUSE_HEADERS = {"Key": "${P("abuseipdb_api_key", abuseNb)}", "Accept": "application/json"}\n`,
            'ips = ["185.220.101.4", "45.155.205.233", "194.26.29.113"]',
          ],
        },
        {
          cell_type: "code",
          execution_count: 2,
          metadata: {},
          outputs: [
            {
              name: "stdout",
              output_type: "stream",
              text: [
                "GET https://api.greynoise.io/v3/community/185.220.101.4\n",
                `headers={'key': '${P("greynoise_api_key", gnKey, { note: "printed in notebook output" })}', 'accept': 'application/json'}\n`,
                "{'ip': '185.220.101.4', 'noise': True, 'riot': False, 'classification': 'malicious', 'name': 'unknown'}\n",
              ],
            },
          ],
          source: [
            "s = requests.Session()\n",
            's.headers.update({"key": GN_KEY, "accept": "application/json"})\n',
            'r = s.get(f"https://api.greynoise.io/v3/community/{ips[0]}")\n',
            'print("GET", r.url)\n',
            'print("headers=" + str(dict(r.request.headers)))\n',
            "print(r.json())",
          ],
        },
        {
          cell_type: "code",
          execution_count: 3,
          metadata: {},
          outputs: [
            {
              data: {
                "text/plain": [`'${N("sha256_hash", nbSha, { note: "payload hash in notebook output" })}'`],
              },
              execution_count: 3,
              metadata: {},
              output_type: "execute_result",
            },
          ],
          source: ["import hashlib\n", 'hashlib.sha256(open("samples/stage2.bin", "rb").read()).hexdigest()'],
        },
      ],
      metadata: {
        kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
        language_info: { name: "python", version: "3.11.7" },
      },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`,
);

// ================================================================ detection-engineering
put(
  "detection-engineering/splunk/apps/TA-soc/local/inputs.conf",
  `[http]
disabled = 0
enableSSL = 1
port = 8088

[http://soc_edr_events]
disabled = 0
index = edr
indexes = edr,edr_raw
sourcetype = crowdstrike:events:sensor
token = ${P("splunk_hec_token", hecToken)}

[http://soar_audit]
disabled = 0
index = soar_audit
sourcetype = soar:audit
token = ${P("splunk_hec_token", uuid().toUpperCase())}

[monitor:///var/log/osquery/osqueryd.results.log]
index = osquery
sourcetype = osquery:results
`,
);

const pass4 = humanPw();
put(
  "detection-engineering/splunk/etc/system/local/server.conf",
  `[general]
serverName = splk-hf-01
pass4SymmKey = ${P("splunk_pass4symmkey", pass4, { note: "plaintext before first restart" })}

[sslConfig]
sslRootCAPath = $SPLUNK_HOME/etc/auth/fernleaf-ca.pem
sslPassword = ${N("splunk_encrypted_secret", G.splunk7(), { note: "encrypted" })}

[clustering]
mode = searchhead
manager_uri = https://splk-cm-01.soc.fernleaf.io:8089
pass4SymmKey = ${N("splunk_encrypted_secret", G.splunk7(), { note: "encrypted" })}
`,
);

const kibanaSvc = G.elasticService("kibana-soc");
const kibanaEncKey = G.alnum(32);
put(
  "detection-engineering/elastic/kibana.yml",
  `server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.soc.fernleaf.io"
server.name: kibana-soc

elasticsearch.hosts: ["https://es01.soc.fernleaf.io:9200", "https://es02.soc.fernleaf.io:9200"]
elasticsearch.serviceAccountToken: "${P("elastic_service_token", kibanaSvc)}"
#elasticsearch.username: "kibana_system"
#elasticsearch.password: "${P("password", esElasticPw, { note: "commented-out elastic password" })}"
elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/fernleaf-ca.crt"]

xpack.encryptedSavedObjects.encryptionKey: "${P("kibana_encryption_key", kibanaEncKey)}"
xpack.reporting.encryptionKey: "${N("kibana_encryption_key", "${REPORTING_KEY}", { note: "env substitution" })}"
# copied from the docs example, replace before prod
xpack.security.encryptionKey: "${N("kibana_encryption_key", "something_at_least_32_characters", { note: "Kibana documentation placeholder" })}"

logging.root.level: info
`,
);

const storageKey = G.b64bytes(64);
put(
  "detection-engineering/sentinel/Deploy-DataConnector.ps1",
  `<#
.SYNOPSIS
  Pushes custom SOC tables to the Sentinel Log Analytics workspace and archives raw events.
#>
param(
    [string]$ResourceGroup = "rg-soc-sentinel",
    [string]$WorkspaceName = "law-soc-prod"
)

$TenantId     = "${N("azure_tenant_id", tenantId, { note: "identifier" })}"
$ClientId     = "${U("azure_client_id", graphAppId)}"
$ClientSecret = '${P("azure_client_secret", G.azureSecret())}'
$WorkspaceId  = "${N("azure_workspace_id", wsId, { note: "identifier" })}"
$SharedKey    = '${P("azure_log_analytics_shared_key", wsKey)}'
$ArchiveConn  = "DefaultEndpointsProtocol=https;AccountName=stsocarchive01;AccountKey=${P("azure_storage_account_key", storageKey)};EndpointSuffix=core.windows.net"

function Build-Signature($customerId, $sharedKey, $date, $contentLength, $method, $contentType, $resource) {
    $xHeaders = "x-ms-date:" + $date
    $stringToHash = $method + "\`n" + $contentLength + "\`n" + $contentType + "\`n" + $xHeaders + "\`n" + $resource
    $bytesToHash = [Text.Encoding]::UTF8.GetBytes($stringToHash)
    $keyBytes = [Convert]::FromBase64String($sharedKey)
    $sha256 = New-Object System.Security.Cryptography.HMACSHA256
    $sha256.Key = $keyBytes
    $encodedHash = [Convert]::ToBase64String($sha256.ComputeHash($bytesToHash))
    return 'SharedKey {0}:{1}' -f $customerId, $encodedHash
}

function Send-SocRecords([string]$Json, [string]$LogType) {
    $rfc1123 = [DateTime]::UtcNow.ToString("r")
    $body = [Text.Encoding]::UTF8.GetBytes($Json)
    $sig = Build-Signature $WorkspaceId $SharedKey $rfc1123 $body.Length "POST" "application/json" "/api/logs"
    $uri = "https://$WorkspaceId.ods.opinsights.azure.com/api/logs?api-version=2016-04-01"
    Invoke-RestMethod -Uri $uri -Method Post -ContentType "application/json" -Body $body \`
        -Headers @{ "Authorization" = $sig; "Log-Type" = $LogType; "x-ms-date" = $rfc1123 }
}

Connect-AzAccount -ServicePrincipal -Tenant $TenantId -Credential (New-Object PSCredential($ClientId, (ConvertTo-SecureString $ClientSecret -AsPlainText -Force)))
Send-SocRecords -Json (Get-Content .\\out\\enrichment.json -Raw) -LogType "SocEnrichment"
`,
);

put(
  "detection-engineering/sigma/rules/windows/proc_creation_win_net_user_add_weak_pw.yml",
  `title: Local Account Created With Default Helpdesk Password
id: ${N("uuid_identifier", uuid(), { note: "Sigma rule id" })}
status: experimental
description: Detects net.exe creating a local user with the password our helpdesk template used to ship with.
references:
    - https://attack.mitre.org/techniques/T1136/001/
author: SecOps Detection Engineering
date: 2024/02/19
tags:
    - attack.persistence
    - attack.t1136.001
logsource:
    category: process_creation
    product: windows
detection:
    selection_img:
        Image|endswith:
            - '\\net.exe'
            - '\\net1.exe'
    selection_cli:
        CommandLine|contains|all:
            - ' user '
            - ' /add'
    selection_pw:
        CommandLine|contains: '${N("password", "Welcome123!", { note: "string matched by a detection rule, not a credential" })}'
    condition: all of selection_*
falsepositives:
    - Legacy imaging scripts
level: high
`,
);

put(
  "detection-engineering/.github/workflows/deploy-rules.yml",
  `name: deploy-detections

on:
  push:
    branches: [main]
    paths: ["sigma/**", "splunk/**", "elastic/**"]

permissions:
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("git_sha", G.hex(40), { note: "pinned action commit" })} # v4.1.1
      - uses: actions/setup-python@${N("git_sha", G.hex(40), { note: "pinned action commit" })} # v5.0.0
        with:
          python-version: "3.11"
      - run: pip install -r tools/requirements.txt
      - name: Convert and push saved searches
        env:
          SPLUNK_TOKEN: ${N("splunk_token", "${{ secrets.SPLUNK_DEPLOY_TOKEN }}", { note: "CI secret reference" })}
          ELASTIC_API_KEY: ${N("elastic_api_key", "${{ secrets.ELASTIC_API_KEY }}", { note: "CI secret reference" })}
        run: python tools/deploy.py --target splunk --target elastic
      - name: Notify
        if: always()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"detections deploy: \${{ job.status }}\\"}" \\
            ${N("slack_webhook_url", "${{ secrets.SLACK_WEBHOOK_DETECTIONS }}", { note: "CI secret reference" })}
`,
);

// ================================================================ edr-automation
put(
  "edr-automation/crowdstrike/falcon_client.py",
  `"""Thin wrapper around FalconPy used by the containment playbooks."""
from falconpy import Hosts

FALCON_CLIENT_ID = "${U("crowdstrike_client_id", falconId)}"
FALCON_CLIENT_SECRET = "${P("crowdstrike_client_secret", falconSecret)}"
FALCON_BASE_URL = "https://api.us-2.crowdstrike.com"

_hosts = None


def hosts() -> Hosts:
    global _hosts
    if _hosts is None:
        _hosts = Hosts(client_id=FALCON_CLIENT_ID, client_secret=FALCON_CLIENT_SECRET, base_url=FALCON_BASE_URL)
    return _hosts


def contain(device_id: str) -> bool:
    resp = hosts().perform_action(action_name="contain", ids=[device_id])
    return resp["status_code"] == 202
`,
);

const falconEuId = G.hex(32);
put(
  "edr-automation/crowdstrike/falcon.ini",
  `; Falcon API clients per cloud. Used by tools/cs_rtr.py
[falcon:us2]
client_id = ${U("crowdstrike_client_id", falconId)}
base_url = https://api.us-2.crowdstrike.com
; secret comes from env FALCON_SECRET_US2

[falcon:eu1]
client_id = ${U("crowdstrike_client_id", falconEuId)}
client_secret = ${P("crowdstrike_client_secret", G.alnum(40))}
member_cid = ${N("crowdstrike_cid", `${rs(HEXU, 32)}-${rs(HEXU, 2)}`, { note: "customer ID, identifier" })}
base_url = https://api.eu-1.crowdstrike.com
`,
);

put(
  "edr-automation/sentinelone/Invoke-S1Isolate.ps1",
  `[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$Hostname,
    [switch]$Reconnect
)

$S1Console = "https://euce1-fernleaf.sentinelone.net"
$ApiToken  = "${P("sentinelone_api_token", s1Token)}"
$SiteId    = "${N("sentinelone_site_id", digits(19), { note: "identifier" })}"

$Headers = @{
    Authorization  = "ApiToken $ApiToken"
    "Content-Type" = "application/json"
}

$agent = Invoke-RestMethod -Method Get -Headers $Headers \`
    -Uri "$S1Console/web/api/v2.1/agents?computerName=$Hostname&siteIds=$SiteId"
if (-not $agent.data) { throw "No agent found for $Hostname" }

$action = if ($Reconnect) { "connect" } else { "disconnect" }
$body = @{ filter = @{ ids = @($agent.data[0].id) } } | ConvertTo-Json -Depth 4
Invoke-RestMethod -Method Post -Headers $Headers -Uri "$S1Console/web/api/v2.1/agents/actions/$action" -Body $body
Write-Host "[$action] $Hostname ($($agent.data[0].id))"
`,
);

put(
  "edr-automation/sentinelone/README.md",
  `# SentinelOne helpers

\`Invoke-S1Isolate.ps1\` isolates or reconnects an endpoint by hostname.

Set the token in your session instead of editing the script:

\`\`\`powershell
$env:S1_API_TOKEN = ${N("sentinelone_api_token", '"<paste from 1Password: SecOps / SentinelOne API>"', { note: "placeholder" })}
\`\`\`

A working request looks like this (token redacted):

\`\`\`
GET /web/api/v2.1/agents?computerName=FL-LT-0412 HTTP/1.1
Host: euce1-fernleaf.sentinelone.net
Authorization: ApiToken ${N("sentinelone_api_token", "********************************", { note: "redacted" })}
\`\`\`

Service users' tokens expire after 6 months; rotate them in *Settings > Users > Service Users*.
`,
);

const tfLineage = uuid();
const acct = digits(12);
const aidaId = `AIDA${rs(`${UP}234567`, 17)}`;
const tfAwsId = G.awsId();
const tfAwsSecret = G.awsSecret();
const tfS1 = G.alnum(80);
put(
  "edr-automation/terraform/terraform.tfstate",
  J({
    version: 4,
    terraform_version: "1.6.6",
    serial: 42,
    lineage: N("uuid_identifier", tfLineage, { note: "terraform state lineage" }),
    outputs: {
      soar_reader_access_key_id: {
        value: P("aws_access_key_id", tfAwsId, { note: "terraform state output" }),
        type: "string",
      },
      soar_reader_secret_access_key: {
        value: P("aws_secret_access_key", tfAwsSecret, { note: "sensitive output still stored in state" }),
        type: "string",
        sensitive: true,
      },
    },
    resources: [
      {
        mode: "managed",
        type: "aws_iam_user",
        name: "soar_reader",
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              arn: `arn:aws:iam::${N("aws_account_id", acct, { note: "account id in ARN" })}:user/svc-soar-reader`,
              force_destroy: false,
              id: "svc-soar-reader",
              name: "svc-soar-reader",
              path: "/",
              tags: { team: "secops" },
              unique_id: N("aws_unique_id", aidaId, { note: "IAM user unique id, not a key" }),
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "aws_iam_access_key",
        name: "soar_reader",
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              create_date: "2024-02-12T09:14:55Z",
              encrypted_secret: null,
              id: P("aws_access_key_id", tfAwsId, { note: "terraform state" }),
              key_fingerprint: null,
              pgp_key: null,
              secret: P("aws_secret_access_key", tfAwsSecret, { note: "terraform state" }),
              status: "Active",
              user: "svc-soar-reader",
            },
            sensitive_attributes: [[{ type: "get_attr", value: "secret" }]],
            dependencies: ["aws_iam_user.soar_reader"],
          },
        ],
      },
      {
        mode: "managed",
        type: "aws_secretsmanager_secret_version",
        name: "edr_api",
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              arn: `arn:aws:secretsmanager:eu-west-1:${acct}:secret:secops/edr-api-Xw3kPq`,
              id: `arn:aws:secretsmanager:eu-west-1:${acct}:secret:secops/edr-api-Xw3kPq|terraform-20240212091502`,
              secret_id: `arn:aws:secretsmanager:eu-west-1:${acct}:secret:secops/edr-api-Xw3kPq`,
              secret_string: `{"falcon_client_id":"${U("crowdstrike_client_id", falconId)}","falcon_client_secret":"${P("crowdstrike_client_secret", falconSecret, { note: "inside secret_string in state" })}","s1_api_token":"${P("sentinelone_api_token", tfS1, { note: "inside secret_string in state" })}"}`,
              version_stages: ["AWSCURRENT"],
            },
            sensitive_attributes: [],
          },
        ],
      },
    ],
    check_results: null,
  }),
);

put(
  "edr-automation/terraform/variables.tf",
  `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "falcon_client_id" {
  type    = string
  default = "${U("crowdstrike_client_id", falconId)}"
}

variable "falcon_client_secret" {
  type      = string
  sensitive = true
  # default = "${P("crowdstrike_client_secret", G.alnum(40), { note: "commented-out default" })}"
}

variable "s1_api_token" {
  type      = string
  sensitive = true
  default   = ""
}

variable "soar_reader_user" {
  type    = string
  default = "svc-soar-reader"
}
`,
);

// ================================================================ soar-playbooks
const tinesSecret = G.hex(32);
const urlscanTines = uuid();
put(
  "soar-playbooks/tines/phishing_triage.story.json",
  J({
    schema_version: 24,
    standard_lib_version: 46,
    action_runtime_version: 8,
    name: "Phishing triage",
    description: "Reported-phish mailbox -> urlscan + VT -> Jira SEC ticket",
    agents: [
      {
        type: "Agents::WebhookAgent",
        name: "Receive reported email",
        disabled: false,
        options: {
          path: "phish-report-intake",
          secret: P("tines_webhook_secret", tinesSecret),
          verbs: "post",
        },
      },
      {
        type: "Agents::HTTPRequestAgent",
        name: "Submit URL to urlscan",
        disabled: false,
        options: {
          url: "https://urlscan.io/api/v1/scan/",
          method: "post",
          content_type: "json",
          headers: {
            "API-Key": P("urlscan_api_key", urlscanTines, { note: "hard-coded instead of a CREDENTIAL" }),
          },
          payload: { url: "<<receive_reported_email.body.url>>", visibility: "private" },
        },
      },
      {
        type: "Agents::HTTPRequestAgent",
        name: "VirusTotal URL report",
        disabled: false,
        options: {
          url: "https://www.virustotal.com/api/v3/urls/<<base64_urlsafe(receive_reported_email.body.url)>>",
          method: "get",
          headers: {
            "x-apikey": N("virustotal_api_key", "<<CREDENTIAL.virustotal>>", {
              note: "Tines credential reference",
            }),
          },
        },
      },
      {
        type: "Agents::HTTPRequestAgent",
        name: "Create Jira ticket",
        disabled: false,
        options: {
          url: "https://fernleaf.atlassian.net/rest/api/3/issue",
          method: "post",
          basic_auth: [
            "soc-automation@fernleaf.io",
            N("atlassian_api_token", "<<CREDENTIAL.jira_soc_automation>>", {
              note: "Tines credential reference",
            }),
          ],
          payload: {
            fields: {
              project: { key: "SEC" },
              summary: "Reported phish: <<receive_reported_email.body.subject>>",
              issuetype: { name: "Task" },
            },
          },
        },
      },
    ],
    links: [
      { source: 0, receiver: 1 },
      { source: 1, receiver: 2 },
      { source: 2, receiver: 3 },
    ],
  }),
);

const jiraTok = G.atlassian();
const xsoarKey = rs(HEXU, 32);
put(
  "soar-playbooks/xsoar/integration-instances.yml",
  `# Exported with demisto-sdk from xsoar.soc.fernleaf.io -- review before re-import
xsoar:
  server: https://xsoar.soc.fernleaf.io
  api_key: "${P("xsoar_api_key", xsoarKey)}"
  verify_ssl: true

instances:
  - brand: Jira V3
    name: jira_soc
    configuration:
      url: https://fernleaf.atlassian.net
      username: soc-automation@fernleaf.io
      APItoken: "${P("atlassian_api_token", jiraTok)}"
  - brand: SlackV3
    name: slack_soc
    configuration:
      bot_token: "${P("slack_bot_token", slackBot)}"
      app_token: "${P("slack_app_token", slackApp)}"
      incidentNotificationChannel: soc-alerts
  - brand: CrowdstrikeFalcon
    name: falcon_us2
    configuration:
      url: https://api.us-2.crowdstrike.com
      client_id: ${U("crowdstrike_client_id", falconId)}
      secret: "${N("crowdstrike_client_secret", "{{ lookup('env', 'FALCON_SECRET') }}", { note: "template lookup" })}"
  - brand: VirusTotal (API v3)
    name: vt_soc
    configuration:
      credentials:
        password: "${P("virustotal_api_key", G.hex(64))}"
`,
);

const phToken = G.b64bytes(32);
put(
  "soar-playbooks/splunk_soar/playbooks/contain_host.py",
  `"""
Contain a host in CrowdStrike and annotate the SOAR container.
"""
import json

import phantom.rules as phantom
import requests

SOAR_URL = "https://soar.soc.fernleaf.io"
# automation user token -- used for the REST note below because the app action is flaky
HEADERS = {"ph-auth-token": "${P("splunk_soar_auth_token", phToken)}", "Content-Type": "application/json"}


def on_start(container):
    phantom.debug("contain_host.on_start")
    hosts = phantom.collect2(container=container, datapath=["artifact:*.cef.deviceExternalId"])
    for device_id, _ in hosts:
        phantom.act("quarantine device", parameters=[{"device_id": device_id}], assets=["falcon_us2"],
                    callback=add_note, name="contain_" + device_id)


def add_note(action=None, success=None, container=None, results=None, handle=None, **kwargs):
    body = {"container_id": container["id"], "title": "Containment", "content": json.dumps(results)[:4000], "note_type": "general"}
    requests.post(SOAR_URL + "/rest/note", headers=HEADERS, data=json.dumps(body), timeout=30, verify=True)


def on_finish(container, summary):
    phantom.debug(summary)
`,
);

const pgEnc = encodeURIComponent(pgPw);
put(
  "soar-playbooks/docker-compose.yml",
  `services:
  postgres:
    image: postgres:15.5@sha256:${N("sha256_digest", G.hex(64), { note: "image digest" })}
    environment:
      POSTGRES_USER: soar
      POSTGRES_DB: soar
      POSTGRES_PASSWORD: "${P("password", pgPw)}"
    volumes:
      - pgdata:/var/lib/postgresql/data

  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "${N("password", "${REDIS_PASSWORD}", { note: "env substitution" })}"]

  worker:
    image: ghcr.io/fernleaf/soar-worker:2.4.1
    depends_on: [postgres, redis]
    environment:
      DATABASE_URL: "postgresql://soar:${P("password", pgEnc, pgEnc !== pgPw ? { decoded: pgPw, note: "URL-encoded in connection string" } : { note: "in connection string" })}@postgres:5432/soar"
      DD_API_KEY: ${N("datadog_api_key", "${DD_API_KEY}", { note: "env substitution" })}
      DD_SITE: datadoghq.eu
      SLACK_BOT_TOKEN: \${SLACK_BOT_TOKEN:?set in .env}

volumes:
  pgdata: {}
`,
);

const k8sSlack = G.slackBot();
put(
  "soar-playbooks/k8s/soar-worker-secret.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: soar-worker
  namespace: secops
  labels:
    app.kubernetes.io/name: soar-worker
type: Opaque
data:
  slack-bot-token: ${P("slack_bot_token", b64(k8sSlack), { decoded: k8sSlack })}
  pagerduty-routing-key: ${P("pagerduty_routing_key", b64(pdRouting), { decoded: pdRouting })}
  splunk-hec-token: ${P("splunk_hec_token", b64(hecToken), { decoded: hecToken })}
  log-level: ZGVidWc=
`,
);

put(
  "soar-playbooks/k8s/sealed-secret.yaml",
  `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: soar-worker-okta
  namespace: secops
spec:
  encryptedData:
    okta-api-token: ${N("sealed_secret", `Ag${rb(520).toString("base64")}`, { note: "sealed-secrets ciphertext" })}
    bitwarden-client-secret: ${N("sealed_secret", `Ag${rb(500).toString("base64")}`, { note: "sealed-secrets ciphertext" })}
  template:
    metadata:
      name: soar-worker-okta
      namespace: secops
    type: Opaque
`,
);

const ageBlock = pem("AGE ENCRYPTED FILE", rb(180));
put(
  "soar-playbooks/secrets.enc.yaml",
  `virustotal_api_key: ${N("sops_encrypted", G.sopsEnc(64), { note: "SOPS ciphertext" })}
slack_bot_token: ${N("sops_encrypted", G.sopsEnc(57), { note: "SOPS ciphertext" })}
okta_api_token: ${N("sops_encrypted", G.sopsEnc(42), { note: "SOPS ciphertext" })}
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: ${N("age_public_key", G.ageRecipient(), { note: "age recipient public key" })}
          enc: |
            ${N("sops_encrypted", indentBlock(ageBlock, "            "), { note: "age-encrypted data key" })}
    lastmodified: "2024-03-02T11:20:41Z"
    mac: ${N("sops_encrypted", G.sopsEnc(32), { note: "SOPS MAC" })}
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`,
);

put(
  "soar-playbooks/charts/soar-worker/templates/secret.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "soar-worker.fullname" . }}
  labels:
    {{- include "soar-worker.labels" . | nindent 4 }}
type: Opaque
stringData:
  slack-bot-token: ${N("slack_bot_token", "{{ .Values.slack.botToken | quote }}", { note: "helm template" })}
  splunk-hec-token: ${N("splunk_hec_token", "{{ .Values.splunk.hecToken | quote }}", { note: "helm template" })}
`,
);

// ================================================================ chatops-bot
put(
  "chatops-bot/src/config.js",
  `import 'dotenv/config';

export const config = {
  slack: {
    botToken: ${N("slack_bot_token", "process.env.SLACK_BOT_TOKEN", { note: "env reference" })},
    appToken: process.env.SLACK_APP_TOKEN,
    // fallback so local socket-mode works without the .env -- remove before merge
    signingSecret: process.env.SLACK_SIGNING_SECRET || '${P("slack_signing_secret", slackSigning)}',
  },
  pagerduty: {
    apiToken: process.env.PD_API_TOKEN,
    fromEmail: 'secops-bot@fernleaf.io',
  },
  port: Number(process.env.PORT ?? 3000),
};
`,
);

const discordBot = G.discordBot();
const teamsMain = G.teamsHook();
put(
  "chatops-bot/.env",
  `# chatops-bot local env
SLACK_BOT_TOKEN=${P("slack_bot_token", slackBot)}
SLACK_APP_TOKEN=${P("slack_app_token", slackApp)}
SLACK_SIGNING_SECRET=${P("slack_signing_secret", slackSigning)}
DISCORD_BOT_TOKEN=${P("discord_bot_token", discordBot)}
TEAMS_WEBHOOK_URL=${P("teams_webhook_url", teamsMain)}
PD_API_TOKEN=${P("pagerduty_api_token", G.pdRest())}
OPENAI_API_KEY=${P("openai_api_key", G.openai())}
ANTHROPIC_API_KEY=${P("anthropic_api_key", G.anthropic())}
PORT=3000
`,
);

const twilioSid = `AC${G.hex(32)}`;
put(
  "chatops-bot/alerts/notify.py",
  `"""Fan-out of P1/P2 alerts to chat + SMS."""
import requests
from twilio.rest import Client

DISCORD_WEBHOOK = "${P("discord_webhook_url", G.discordHook())}"
TEAMS_WEBHOOK = "${P("teams_webhook_url", G.teamsHook())}"
SLACK_WEBHOOK = "${P("slack_webhook_url", G.slackHook())}"
TELEGRAM_BOT_TOKEN = "${P("telegram_bot_token", G.telegram())}"  # backup channel when Slack is down
TELEGRAM_CHAT_ID = "-1001876543210"

TWILIO_ACCOUNT_SID = "${N("twilio_account_sid", twilioSid, { note: "account identifier" })}"
TWILIO_AUTH_TOKEN = "${P("twilio_auth_token", G.hex(32))}"
ONCALL_NUMBERS = ["+447700900123", "+447700900456"]


def notify(title: str, text: str, severity: str = "P2") -> None:
    requests.post(DISCORD_WEBHOOK, json={"content": f"**[{severity}] {title}**\\n{text}"}, timeout=10)
    requests.post(TEAMS_WEBHOOK, json={"@type": "MessageCard", "summary": title, "text": text}, timeout=10)
    requests.post(SLACK_WEBHOOK, json={"text": f":rotating_light: [{severity}] {title}\\n{text}"}, timeout=10)
    requests.post(f"https://api.telegram.org/bot{TELEGRAM_BOT_TOKEN}/sendMessage",
                  json={"chat_id": TELEGRAM_CHAT_ID, "text": f"[{severity}] {title}"}, timeout=10)
    if severity == "P1":
        sms = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
        for number in ONCALL_NUMBERS:
            sms.messages.create(to=number, from_="+447700900999", body=f"[P1] {title}")
`,
);

const leakedXoxp = G.slackUser();
const oktaJwt = G.jwt({
  ver: 1,
  jti: `AT.${rs(B64U, 43)}`,
  iss: "https://fernleaf.okta.com/oauth2/default",
  aud: "api://default",
  iat: 1710751322,
  exp: 1710754922,
  cid: G.oktaClientId(),
  uid: `00u${rs(B62, 17)}`,
  scp: ["okta.users.read", "okta.groups.read"],
  sub: "secops-bot@fernleaf.io",
});
put(
  "chatops-bot/logs/bot-2024-03-18.log",
  `2024-03-18T09:01:44.102Z INFO  [socket-mode] connected to wss-primary.slack.com (app=secops-bot)
2024-03-18T09:02:10.551Z INFO  [cmd] /whois 185.220.101.4 by U04M8K2PQ7Z request_id=${N("uuid_identifier", uuid(), { note: "request id" })}
2024-03-18T09:02:11.883Z INFO  [greynoise] 185.220.101.4 classification=malicious noise=true
2024-03-18T09:14:37.020Z WARN  [slack] users.lookupByEmail failed: token_revoked; retrying with legacy user token
2024-03-18T09:14:37.021Z DEBUG [http] POST https://slack.com/api/users.lookupByEmail headers={'Authorization': 'Bearer ${P("slack_user_token", leakedXoxp, { note: "debug log line" })}', 'Content-Type': 'application/x-www-form-urlencoded'}
2024-03-18T09:14:37.402Z INFO  [slack] users.lookupByEmail ok user=U02J1TQ4N0B
2024-03-18T09:20:05.117Z INFO  [okta] token exchange ok access_token=${P("jwt", oktaJwt, { note: "Okta access token (JWT) in log" })} expires_in=3600
2024-03-18T09:20:05.450Z INFO  [cmd] /okta-suspend j.smith@fernleaf.io by U04M8K2PQ7Z request_id=${N("uuid_identifier", uuid(), { note: "request id" })}
2024-03-18T09:31:59.008Z ERROR [slack] chat.postMessage invalid_auth token=${N("slack_bot_token", "xoxb-****", { note: "redacted" })} channel=C05AL1ERTS0
2024-03-18T09:32:00.000Z INFO  [socket-mode] reconnecting in 5s
`,
);

put(
  "chatops-bot/package-lock.json",
  J({
    name: "secops-chatops-bot",
    version: "1.8.0",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": {
        name: "secops-chatops-bot",
        version: "1.8.0",
        dependencies: { "@slack/bolt": "^3.17.1", dotenv: "^16.4.5", undici: "^6.6.2" },
      },
      "node_modules/@slack/bolt": {
        version: "3.17.1",
        resolved: "https://registry.npmjs.org/@slack/bolt/-/bolt-3.17.1.tgz",
        integrity: N("lockfile_integrity", G.sha512(), { note: "npm integrity hash" }),
        license: "MIT",
      },
      "node_modules/dotenv": {
        version: "16.4.5",
        resolved: "https://registry.npmjs.org/dotenv/-/dotenv-16.4.5.tgz",
        integrity: N("lockfile_integrity", G.sha512(), { note: "npm integrity hash" }),
        license: "BSD-2-Clause",
      },
      "node_modules/undici": {
        version: "6.6.2",
        resolved: "https://registry.npmjs.org/undici/-/undici-6.6.2.tgz",
        integrity: N("lockfile_integrity", G.sha512(), { note: "npm integrity hash" }),
        license: "MIT",
        engines: { node: ">=18.0" },
      },
    },
  }),
);

put(
  "chatops-bot/docs/SETUP.md",
  `# Running the SecOps chat bot locally

1. Create a Slack app from \`manifest.yml\` and install it to the sandbox workspace.
2. Put the tokens in \`.env\`:

   \`\`\`
   SLACK_BOT_TOKEN=${N("slack_bot_token", "xoxb-your-bot-token", { note: "placeholder" })}
   SLACK_APP_TOKEN=${N("slack_app_token", "xapp-your-app-level-token", { note: "placeholder" })}
   DISCORD_BOT_TOKEN=${N("discord_bot_token", "<token from the Discord developer portal>", { note: "placeholder" })}
   \`\`\`

3. For alert fan-out, incoming webhook URLs look like the Slack docs example
   \`${N("slack_webhook_url", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", { note: "Slack documentation example" })}\`.
4. \`npm ci && npm run dev\`

Never paste a real token into an issue or PR -- the bot logs are shipped to Splunk.
`,
);

put(
  "chatops-bot/test/redact.test.js",
  `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../src/redact.js';

// Fixtures are deliberately invalid: the checksums are wrong so secret scanners and GitHub
// push protection do not treat them as real tokens.
const FIXTURES = {
  github: '${N("github_token", G.ghBroken("ghp_"), { note: "test fixture with broken CRC32 checksum" })}',
  npm: '${N("npm_token", G.ghBroken("npm_"), { note: "test fixture with broken CRC32 checksum" })}',
  slack: '${N("slack_bot_token", "xoxb-000000000000-0000000000000-FAKEFAKEFAKEFAKEFAKEFAKE", { note: "obviously fake fixture" })}',
  jwt: '${N("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", { note: "jwt.io documentation sample" })}',
};

for (const [kind, value] of Object.entries(FIXTURES)) {
  test(\`redacts \${kind}\`, () => {
    const out = redact(\`token=\${value} trailing\`);
    assert.ok(!out.includes(value));
    assert.match(out, /token=\\[REDACTED:/);
  });
}
`,
);

put(
  "chatops-bot/.sentryclirc",
  `[defaults]
url = https://sentry.io/
org = fernleaf
project = secops-chatops-bot

[auth]
token = ${P("sentry_auth_token", `sntryu_${G.hex(64)}`)}
`,
);

// ================================================================ ticket-automation
const atlCloudId = uuid();
put(
  "ticket-automation/jira_sync.py",
  `"""Sync SOAR cases <-> Jira SEC project."""
import base64
import os

import requests

JIRA_URL = "https://fernleaf.atlassian.net"
JIRA_CLOUD_ID = "${N("uuid_identifier", atlCloudId, { note: "Atlassian cloud id" })}"
JIRA_USER = "soc-automation@fernleaf.io"
JIRA_TOKEN = os.getenv("JIRA_TOKEN") or "${P("atlassian_api_token", jiraTok, { note: "fallback literal" })}"

_auth = base64.b64encode(f"{JIRA_USER}:{JIRA_TOKEN}".encode()).decode()
SESSION = requests.Session()
SESSION.headers.update({"Authorization": f"Basic {_auth}", "Accept": "application/json"})


def upsert_issue(case: dict) -> str:
    jql = f'project = SEC AND "SOAR Case[Short text]" ~ "{case["id"]}"'
    found = SESSION.get(f"{JIRA_URL}/rest/api/3/search", params={"jql": jql, "maxResults": 1}).json()
    if found["issues"]:
        return found["issues"][0]["key"]
    body = {"fields": {"project": {"key": "SEC"}, "summary": case["name"], "issuetype": {"name": "Incident"}}}
    return SESSION.post(f"{JIRA_URL}/rest/api/3/issue", json=body).json()["key"]
`,
);

const notionDb = G.hex(32);
put(
  "ticket-automation/src/linear-notion-bridge.ts",
  `import { LinearClient } from '@linear/sdk';
import { Client as NotionClient } from '@notionhq/client';

// Security-review requests land in Linear (team SEC); we mirror them into the Notion
// "Security Reviews" database so GRC can track them.
const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY ?? '${P("linear_api_key", G.linear())}' });
const notion = new NotionClient({ auth: '${P("notion_integration_token", G.notion())}' });
const REVIEWS_DB = '${N("notion_database_id", notionDb, { note: "database identifier" })}';

export async function mirrorOpenReviews(): Promise<number> {
  const issues = await linear.issues({ filter: { team: { key: { eq: 'SEC' } }, labels: { name: { eq: 'security-review' } } } });
  let n = 0;
  for (const issue of issues.nodes) {
    await notion.pages.create({
      parent: { database_id: REVIEWS_DB },
      properties: {
        Name: { title: [{ text: { content: issue.title } }] },
        Linear: { url: issue.url },
        Status: { select: { name: 'Requested' } },
      },
    });
    n++;
  }
  return n;
}
`,
);

const confTok = G.atlassian();
put(
  "ticket-automation/confluence/publish_report.sh",
  `#!/usr/bin/env bash
# Publishes the weekly SOC metrics page to Confluence (space SECOPS).
set -euo pipefail

CONF_URL="https://fernleaf.atlassian.net/wiki"
PAGE_ID="2214658049"
REPORT_HTML="$(python3 render_weekly.py --format storage)"
VERSION=$(curl -s -u "soc-reports@fernleaf.io:${P("atlassian_api_token", confTok)}" \\
  "$CONF_URL/rest/api/content/$PAGE_ID?expand=version" | jq '.version.number')

jq -n --arg body "$REPORT_HTML" --argjson v "$((VERSION + 1))" \\
  '{type:"page", title:"SOC weekly metrics", version:{number:$v}, body:{storage:{value:$body, representation:"storage"}}}' |
curl -s -X PUT -H "Content-Type: application/json" \\
  -u "soc-reports@fernleaf.io:\${CONFLUENCE_TOKEN}" \\
  --data @- "$CONF_URL/rest/api/content/$PAGE_ID" >/dev/null
echo "published v$((VERSION + 1))"
`,
);

put(
  "ticket-automation/config/pagerduty.json",
  J({
    services: [
      {
        name: "SecOps - Critical Detections",
        service_id: N("pagerduty_service_id", `P${rs(UA, 6)}`, { note: "identifier" }),
        routing_key: P("pagerduty_routing_key", pdRouting),
      },
      {
        name: "SecOps - EDR Health",
        service_id: N("pagerduty_service_id", `P${rs(UA, 6)}`, { note: "identifier" }),
        routing_key: P("pagerduty_routing_key", G.hex(32)),
      },
    ],
    rest_api_token: P("pagerduty_api_token", G.pdRest()),
    escalation_policy: "SecOps primary",
    dedup_prefix: "soc-",
  }),
);

// ================================================================ it-admin-scripts
put(
  "it-admin-scripts/okta/deactivate_stale_users.py",
  `#!/usr/bin/env python3
"""Deactivate Okta users with no login for 90 days (excluding service accounts)."""
import datetime as dt
import sys

import requests

OKTA_ORG = "https://fernleaf.okta.com"
OKTA_TOKEN = "${P("okta_api_token", oktaToken)}"
# OAuth service app we are migrating to (private_key_jwt, no secret)
OKTA_CLIENT_ID = "${U("okta_client_id", G.oktaClientId())}"

H = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}
CUTOFF = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=90)


def stale_users():
    url = f"{OKTA_ORG}/api/v1/users?filter=status eq \\"ACTIVE\\"&limit=200"
    while url:
        r = requests.get(url, headers=H, timeout=30)
        r.raise_for_status()
        for u in r.json():
            last = u.get("lastLogin")
            if u["profile"].get("userType") == "service":
                continue
            if last is None or dt.datetime.fromisoformat(last.replace("Z", "+00:00")) < CUTOFF:
                yield u
        url = r.links.get("next", {}).get("url")


if __name__ == "__main__":
    dry = "--apply" not in sys.argv
    for u in stale_users():
        print(("DRY " if dry else "") + "deactivate", u["profile"]["login"])
        if not dry:
            requests.post(f"{OKTA_ORG}/api/v1/users/{u['id']}/lifecycle/deactivate", headers=H, timeout=30)
`,
);

put(
  "home/mchen/.okta/okta.yaml",
  `okta:
  client:
    orgUrl: "https://fernleaf.okta.com"
    token: "${P("okta_api_token", G.okta())}"
    connectionTimeout: 30
    requestTimeout: 0
    rateLimit:
      maxRetries: 4
`,
);

const saPem = rsaPkcs8Pem(2048);
const saPemJson = `${saPem.replace(/\n/g, "\\n")}\\n`;
put(
  "it-admin-scripts/gworkspace/sa-directory-reader.json",
  `{
  "type": "service_account",
  "project_id": "fl-secops-automation",
  "private_key_id": "${N("gcp_private_key_id", G.hex(40), { note: "key identifier" })}",
  "private_key": "${P("gcp_service_account_private_key", saPemJson, { note: "PEM with JSON-escaped newlines, as written" })}",
  "client_email": "directory-reader@fl-secops-automation.iam.gserviceaccount.com",
  "client_id": "${U("gcp_client_id", digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/directory-reader%40fl-secops-automation.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
);

const gamClientId = G.googleClientId();
put(
  "it-admin-scripts/gworkspace/GAM_NOTES.md",
  `# GAM notes (Google Workspace admin)

GAMADV-XTD3 is installed on the admin jump box under \`/opt/gam\`. Project \`fl-secops-automation\`.

## OAuth client (created by \`gam create project\`)

- client id: \`${U("google_oauth_client_id", gamClientId)}\`
- client secret: \`${P("google_oauth_client_secret", G.gocspx(), { note: "pasted into admin notes" })}\`

(If \`gam oauth create\` asks again, paste the two values above.)

## Useful commands

\`\`\`
gam print users query "isSuspended=False" fields primaryemail,lastlogintime > users.csv
gam user j.smith@fernleaf.io signout
gam user j.smith@fernleaf.io deprovision
gam all users print tokens clientid ${U("google_oauth_client_id", G.googleClientId())}
\`\`\`
`,
);

const localAdminPw = humanPw();
put(
  "it-admin-scripts/powershell/Reset-LocalAdmin.ps1",
  `<#
  Resets the break-glass local admin on kiosk machines that are not enrolled in LAPS yet.
  Usage: .\\Reset-LocalAdmin.ps1 -ComputerName FL-KIOSK-03
#>
param([Parameter(Mandatory)][string[]]$ComputerName)

# TODO: move to LAPS. Temporary shared password for the kiosk fleet (rotated quarterly).
$Password = ConvertTo-SecureString '${P("password", localAdminPw, { note: "ConvertTo-SecureString -AsPlainText" })}' -AsPlainText -Force

foreach ($c in $ComputerName) {
    Invoke-Command -ComputerName $c -ScriptBlock {
        param($pw)
        $acct = Get-LocalUser -Name "fl-breakglass" -ErrorAction SilentlyContinue
        if (-not $acct) { New-LocalUser -Name "fl-breakglass" -Password $pw -PasswordNeverExpires | Out-Null }
        else { $acct | Set-LocalUser -Password $pw }
        Add-LocalGroupMember -Group "Administrators" -Member "fl-breakglass" -ErrorAction SilentlyContinue
    } -ArgumentList $Password
    Write-Host "reset on $c"
}

# interactive variant for one-offs:
# $Password = Read-Host -AsSecureString "New password"
`,
);

put(
  "it-admin-scripts/powershell/Connect-GraphAudit.ps1",
  `# Pulls Entra ID sign-in logs and risky users for the weekly access review.
$TenantId   = "${N("azure_tenant_id", tenantId, { note: "identifier" })}"
$AppId      = "${U("azure_client_id", graphAppId)}"
$Thumbprint = "${N("certificate_thumbprint", rs(HEXU, 40), { note: "certificate thumbprint" })}"

# cert auth is the default; the secret below is only for the Linux runner that has no cert store
# fallback client secret (expires 2025-01-31): ${P("azure_client_secret", G.azureSecret(), { note: "secret in a comment" })}

Connect-MgGraph -TenantId $TenantId -ClientId $AppId -CertificateThumbprint $Thumbprint -NoWelcome

$since = (Get-Date).AddDays(-7).ToString("yyyy-MM-ddTHH:mm:ssZ")
Get-MgAuditLogSignIn -Filter "createdDateTime ge $since and status/errorCode ne 0" -All |
    Select-Object CreatedDateTime, UserPrincipalName, AppDisplayName, IPAddress, @{n='Error';e={$_.Status.ErrorCode}} |
    Export-Csv -NoTypeInformation .\\out\\failed_signins.csv

Get-MgRiskyUser -Filter "riskState eq 'atRisk'" -All |
    Select-Object UserPrincipalName, RiskLevel, RiskLastUpdatedDateTime |
    Export-Csv -NoTypeInformation .\\out\\risky_users.csv
`,
);

const hires = [
  ["E10482", "Priya", "Nair", "Finance"],
  ["E10483", "Tomasz", "Wojcik", "Engineering"],
  ["E10486", "Aisha", "Bello", "Customer Success"],
  ["E10491", "Lukas", "Berg", "SecOps"],
];
put(
  "it-admin-scripts/onboarding/new_hires_2024Q1.csv",
  `employee_id,first_name,last_name,department,start_date,email,temp_password,laptop_asset
${hires.map((h, i) => `${h[0]},${h[1]},${h[2]},${h[3]},2024-0${1 + (i % 3)}-${String(8 + i * 5).padStart(2, "0")},${h[1][0].toLowerCase()}.${h[2].toLowerCase()}@fernleaf.io,${P("password", humanPw(), { note: "initial password in onboarding CSV" })},FL-LT-0${400 + i * 7}`).join("\n")}
`,
);

const bwClientSecret = G.alnum(30);
const bwSession = G.b64bytes(64);
const bwMaster = humanPw();
put(
  "it-admin-scripts/bitwarden/export_audit.sh",
  `#!/usr/bin/env bash
# Monthly: export the SecOps org vault item list (no secrets) for the access review.
set -euo pipefail

export BW_CLIENTID="${U("bitwarden_client_id", `user.${uuid()}`)}"
export BW_CLIENTSECRET="${P("bitwarden_client_secret", bwClientSecret)}"
export BWS_ACCESS_TOKEN="${P("bitwarden_sm_access_token", G.bwsToken())}"

bw login --apikey >/dev/null 2>&1 || true
# unlock non-interactively (the service account master password)
export BW_SESSION="$(bw unlock '${P("password", bwMaster, { note: "vault master password on command line" })}' --raw)"
# last session key, kept for debugging the cron job:
# BW_SESSION=${P("bitwarden_session_key", bwSession, { note: "commented-out session key" })}

bw sync
bw list items --organizationid "$ORG_ID" |
  jq -r '.[] | [.name, .login.username, (.revisionDate[:10])] | @csv' > "out/vault_items_$(date +%Y%m).csv"
bws secret list --output json | jq -r '.[] | .key' > "out/sm_keys_$(date +%Y%m).txt"
bw lock
`,
);

const bwRows = [
  ["Infrastructure", "Splunk admin (splk-sh-01)", "https://splunk.soc.fernleaf.io", "admin"],
  ["Infrastructure", "Wazuh dashboard", "https://wazuh.soc.fernleaf.io", "wazuh-admin"],
  ["Vendors", "CrowdStrike Falcon console", "https://falcon.us-2.crowdstrike.com", "mchen@fernleaf.io"],
  ["Vendors", "urlscan.io team account", "https://urlscan.io/user/login/", "secops@fernleaf.io"],
  ["Network", "FortiGate fw-edge-01", "https://10.20.0.1:8443", "fl-netadmin"],
];
put(
  "it-admin-scripts/bitwarden/exports/bitwarden_export_20240214.csv",
  `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
${bwRows.map((r, i) => `${r[0]},${i === 0 ? 1 : ""},login,${r[1]},,,0,${r[2]},${r[3]},${P("password", humanPw(), { note: "password manager CSV export" })},${i === 2 ? P("totp_seed", rs(B32, 32), { note: "TOTP seed in export" }) : ""}`).join("\n")}
`,
);

put(
  "it-admin-scripts/1password/.env.tpl",
  `# Rendered with: op inject -i .env.tpl -o .env
SPLUNK_HEC_TOKEN=${N("splunk_hec_token", "op://SecOps/Splunk HEC soc_edr_events/credential", { note: "1Password secret reference" })}
OKTA_API_TOKEN=${N("okta_api_token", "op://SecOps/Okta API - deprovisioning/credential", { note: "1Password secret reference" })}
FALCON_CLIENT_SECRET=${N("crowdstrike_client_secret", "op://SecOps/CrowdStrike API us-2/client_secret", { note: "1Password secret reference" })}
`,
);

put(
  "it-admin-scripts/1password/rotate_hec_token.sh",
  `#!/usr/bin/env bash
# Rotates the Splunk HEC token and stores the new one in 1Password.
set -euo pipefail
# service account "secops-rotation" (vault: SecOps, read/write)
export OP_SERVICE_ACCOUNT_TOKEN="${P("onepassword_service_account_token", G.opsToken())}"

ADMIN_PW="$(op read ${N("password", "'op://SecOps/Splunk admin (splk-sh-01)/password'", { note: "1Password secret reference" })})"
NEW=$(curl -sk -u "admin:$ADMIN_PW" -X POST \\
  https://splk-hf-01.soc.fernleaf.io:8089/servicesNS/nobody/splunk_httpinput/data/inputs/http/soc_edr_events/regenerate?output_mode=json |
  jq -r '.entry[0].content.token')
op item edit "Splunk HEC soc_edr_events" "credential=$NEW" --vault SecOps >/dev/null
echo "rotated soc_edr_events"
`,
);

const vaultLines = [];
for (let i = 0; i < 9; i++) vaultLines.push(G.hex(80));
vaultLines.push(G.hex(34));
put(
  "it-admin-scripts/ansible/group_vars/all/vault.yml",
  `${N("ansible_vault", `$ANSIBLE_VAULT;1.1;AES256\n${vaultLines.join("\n")}`, { note: "ansible-vault encrypted file" })}
`,
);

put(
  "it-admin-scripts/ansible/group_vars/wazuh_managers.yml",
  `wazuh_manager_version: 4.7.2
wazuh_api_user: wazuh-wui
wazuh_api_password: "${P("password", humanPw(), { note: "Wazuh API password" })}"
wazuh_authd_pass: "${P("wazuh_enrollment_password", G.alnum(24))}"
wazuh_indexer_user: admin
wazuh_indexer_password: "${N("password", "{{ vault_wazuh_indexer_password }}", { note: "ansible vault variable reference" })}"
wazuh_cluster_key: "${P("wazuh_cluster_key", G.hex(32))}"
wazuh_manager_config:
  authd:
    enable: true
    use_password: true
`,
);

// ================================================================ endpoint-configs
const enrollSecret = rb(24).toString("base64");
put(
  "endpoint-configs/osquery/enroll_secret",
  `${P("fleet_enroll_secret", enrollSecret)}
`,
);

put(
  "endpoint-configs/fleet/fleet.yml",
  `mysql:
  address: mysql.soc.fernleaf.io:3306
  database: fleet
  username: fleet
  password: "${P("password", fleetMysqlPw)}"
redis:
  address: redis.soc.fernleaf.io:6379
server:
  address: 0.0.0.0:8080
  tls: true
  cert: /etc/fleet/tls/fleet.crt
  key: /etc/fleet/tls/fleet.key
  private_key: "${P("fleet_server_private_key", G.b64bytes(48))}"
logging:
  json: true
osquery:
  result_log_plugin: filesystem
  status_log_plugin: filesystem
`,
);

put(
  "endpoint-configs/fleet/tls/fleet.key",
  `${P("private_key", ecPem(), { note: "EC private key file" })}
`,
);

const wazuhSlack = G.slackHook();
put(
  "endpoint-configs/wazuh/ossec.conf",
  `<ossec_config>
  <global>
    <jsonout_output>yes</jsonout_output>
    <alerts_log>yes</alerts_log>
    <email_notification>no</email_notification>
  </global>

  <integration>
    <name>virustotal</name>
    <api_key>${P("virustotal_api_key", G.hex(64))}</api_key>
    <group>syscheck</group>
    <alert_format>json</alert_format>
  </integration>

  <integration>
    <name>slack</name>
    <hook_url>${P("slack_webhook_url", wazuhSlack)}</hook_url>
    <level>10</level>
    <alert_format>json</alert_format>
  </integration>

  <integration>
    <name>pagerduty</name>
    <api_key>${P("pagerduty_routing_key", G.hex(32))}</api_key>
    <level>12</level>
  </integration>

  <auth>
    <disabled>no</disabled>
    <port>1515</port>
    <use_password>yes</use_password>
    <ssl_verify_host>no</ssl_verify_host>
  </auth>
</ossec_config>
`,
);

put(
  "endpoint-configs/wazuh/client.keys",
  `001 fl-jump-01 any ${P("wazuh_agent_key", G.hex(64))}
002 fl-dc-01 10.20.1.10 ${P("wazuh_agent_key", G.hex(64))}
003 fl-web-02 any ${P("wazuh_agent_key", G.hex(64))}
`,
);

const veloCa = fakeCertPem();
const veloNonce = b64(rs(B62, 9));
put(
  "endpoint-configs/velociraptor/server.config.yaml",
  `version:
  name: velociraptor
  version: 0.7.1
Client:
  server_urls:
  - https://velo.soc.fernleaf.io:8000/
  ca_certificate: |
    ${N("certificate", indentBlock(veloCa, "    "), { note: "CA certificate (public)" })}
  nonce: ${U("velociraptor_nonce", veloNonce)}
  writeback_linux: /etc/velociraptor.writeback.yaml
  writeback_windows: $ProgramFiles\\Velociraptor\\velociraptor.writeback.yaml
  use_self_signed_ssl: true
API:
  bind_address: 127.0.0.1
  bind_port: 8001
GUI:
  bind_address: 0.0.0.0
  bind_port: 8889
  public_url: https://velo.soc.fernleaf.io:8889/app/index.html
CA:
  private_key: |
    ${P("private_key", indentBlock(rsaPkcs1Pem(2048), "    "), { note: "CA key in YAML block scalar (continuation lines indented as written)" })}
Frontend:
  hostname: velo.soc.fernleaf.io
  bind_address: 0.0.0.0
  bind_port: 8000
  certificate: |
    ${N("certificate", indentBlock(fakeCertPem(), "    "), { note: "frontend certificate (public)" })}
  private_key: |
    ${P("private_key", indentBlock(rsaPkcs1Pem(2048), "    "), { note: "frontend key in YAML block scalar" })}
Datastore:
  implementation: FileBaseDataStore
  location: /opt/velociraptor
  filestore_directory: /opt/velociraptor
`,
);

put(
  "endpoint-configs/datadog/datadog.yaml",
  `## Datadog agent on the SOC log collectors
api_key: ${N("datadog_api_key", "ENC[dd_api_key]", { note: "Datadog secrets-backend handle" })}
site: datadoghq.eu
hostname_fqdn: true
secret_backend_command: /opt/datadog-agent/bin/secret-helper
logs_enabled: true
logs_config:
  use_http: true
process_config:
  process_collection:
    enabled: false
tags:
  - team:secops
  - env:prod
`,
);

// ================================================================ marketing-audit
const segWrite = G.alnum(32);
const mpProject = G.hex(32);
const ampKey = G.hex(32);
const mpSecret = G.hex(32);
put(
  "marketing-audit/findings/2024-04-website-tag-audit.md",
  `# Website tag & SaaS key audit -- April 2024

Scope: www.fernleaf.io, app.fernleaf.io, GTM container GTM-K7Q2XNP, marketing ops scripts repo.

| Vendor | Where | Value | Public by design? | Action |
|---|---|---|---|---|
| Segment | analytics.js snippet | write key \`${U("segment_write_key", segWrite)}\` | yes (client write key) | none |
| Mixpanel | GTM tag | project token \`${U("mixpanel_project_token", mpProject)}\` | yes | none |
| Amplitude | app bundle | API key \`${U("amplitude_api_key", ampKey)}\` | yes | none |
| Intercom | messenger boot | app_id \`${N("intercom_app_id", rs(LA, 8), { note: "workspace identifier" })}\` | yes | none |
| Braze | web SDK | REST key \`${N("braze_rest_api_key", `…${G.hex(4)}`, { note: "redacted in report" })}\` (last 4 only) | **no** | rotated 2024-04-09 |

## Findings

**F-1 (High)** HubSpot private app token shipped in the marketing site JS bundle (\`/static/js/forms.3f9a1c.js\`):

    const HS_TOKEN = "${P("hubspot_private_app_token", hubspotPat, { note: "quoted in audit finding, not yet rotated" })}";

Owner: Marketing Ops. Status: open -- token still active at time of writing.

**F-2 (High)** Mixpanel API secret hard-coded in a GTM custom HTML tag used for server-side imports:
\`${P("mixpanel_api_secret", mpSecret, { note: "quoted in audit finding" })}\`

**F-3 (Medium)** A Stripe restricted key with \`charges:read\` is used by the revenue dashboard script:
\`${P("stripe_restricted_key", `rk_live_51${G.alnum(97)}`)}\`

**F-4 (Info)** Old OpenAI key in a Zapier step was already revoked (\`${N("openai_api_key", `sk-...${rs(B62, 4)}`, { note: "redacted" })}\`).
`,
);

put(
  "marketing-audit/scripts/hubspot_contacts_export.py",
  `"""Weekly export of contacts with marketing consent -> S3 for the audit trail."""
import csv
import sys

import requests

HUBSPOT_TOKEN = "${P("hubspot_private_app_token", hubspotPat)}"
PORTAL_ID = 25839114
PROPS = ["email", "firstname", "lastname", "hs_legal_basis", "hubspot_owner_id"]


def contacts():
    after = None
    while True:
        params = {"limit": 100, "properties": ",".join(PROPS)}
        if after:
            params["after"] = after
        r = requests.get("https://api.hubapi.com/crm/v3/objects/contacts", params=params,
                         headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"}, timeout=30)
        r.raise_for_status()
        data = r.json()
        yield from data["results"]
        after = data.get("paging", {}).get("next", {}).get("after")
        if not after:
            return


w = csv.writer(sys.stdout)
w.writerow(["id"] + PROPS)
for c in contacts():
    w.writerow([c["id"]] + [c["properties"].get(p, "") for p in PROPS])
`,
);

put(
  "marketing-audit/scripts/braze_export.rb",
  `#!/usr/bin/env ruby
# Exports Braze users who opted out, to reconcile with HubSpot consent.
require 'net/http'
require 'json'

BRAZE_ENDPOINT = 'https://rest.fra-01.braze.eu'
BRAZE_API_KEY  = '${P("braze_rest_api_key", uuid())}'
APP_ID         = '${N("braze_app_id", uuid(), { note: "app identifier" })}'

uri = URI("#{BRAZE_ENDPOINT}/users/export/segment")
req = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json', 'Authorization' => "Bearer #{BRAZE_API_KEY}")
req.body = { segment_id: ENV.fetch('BRAZE_SEGMENT_ID'), fields_to_export: %w[external_id email email_subscribe] }.to_json
res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
puts JSON.pretty_generate(JSON.parse(res.body))
`,
);

const intercomTok = G.intercom();
put(
  "marketing-audit/scripts/intercom_sync.go",
  `package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

// intercomToken is the "Marketing audit" app access token (read-only admins + contacts).
const intercomToken = "${P("intercom_access_token", intercomTok)}"

type contactList struct {
	Data []struct {
		ID    string \`json:"id"\`
		Email string \`json:"email"\`
		Role  string \`json:"role"\`
	} \`json:"data"\`
}

func main() {
	req, _ := http.NewRequest("GET", "https://api.intercom.io/contacts?per_page=150", nil)
	req.Header.Set("Authorization", "Bearer "+intercomToken)
	req.Header.Set("Intercom-Version", "2.10")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var out contactList
	_ = json.NewDecoder(resp.Body).Decode(&out)
	for _, c := range out.Data {
		fmt.Printf("%s,%s,%s\\n", c.ID, c.Email, c.Role)
	}
}
`,
);

put(
  "marketing-audit/scripts/amplitude_export.sh",
  `#!/usr/bin/env bash
# Pull yesterday's raw events for the consent audit sample.
set -euo pipefail
AMP_API_KEY="${U("amplitude_api_key", ampKey)}"
AMP_SECRET_KEY="${P("amplitude_secret_key", G.hex(32))}"
START=$(date -u -d yesterday +%Y%m%dT00)
END=$(date -u -d yesterday +%Y%m%dT23)
curl -sf -u "$AMP_API_KEY:$AMP_SECRET_KEY" \\
  "https://analytics.eu.amplitude.com/api/2/export?start=$START&end=$END" -o "export_$START.zip"
unzip -o "export_$START.zip" -d raw/
`,
);

const sentryKey = G.hex(32);
put(
  "marketing-audit/web/snippets/head.html",
  `<!-- www.fernleaf.io <head> tags (snapshot for the tag audit) -->
<script>
  !function(){var analytics=window.analytics=window.analytics||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");else{analytics.invoked=!0;analytics.methods=["trackSubmit","trackClick","trackLink","trackForm","pageview","identify","reset","group","track","ready","alias","debug","page","once","off","on"];analytics.load=function(key,e){var t=document.createElement("script");t.type="text/javascript";t.async=!0;t.src="https://cdn.segment.com/analytics.js/v1/" + key + "/analytics.min.js";var n=document.getElementsByTagName("script")[0];n.parentNode.insertBefore(t,n);analytics._loadOptions=e};analytics.SNIPPET_VERSION="4.15.3";
  analytics.load("${U("segment_write_key", segWrite)}");
  analytics.page();
  }}();
</script>
<script src="https://browser.sentry-cdn.com/7.108.0/bundle.min.js" crossorigin="anonymous"></script>
<script>
  Sentry.init({ dsn: "${U("sentry_dsn", `https://${sentryKey}@o${digits(6)}.ingest.sentry.io/${digits(7)}`)}", tracesSampleRate: 0.1 });
</script>
<script type="module">
  import { initializeApp } from "https://www.gstatic.com/firebasejs/10.8.1/firebase-app.js";
  initializeApp({
    apiKey: "${U("google_api_key", G.googleKey(), { note: "Firebase web API key" })}",
    authDomain: "fernleaf-web.firebaseapp.com",
    projectId: "fernleaf-web",
    appId: "${N("firebase_app_id", `1:${digits(12)}:web:${G.hex(22)}`, { note: "app identifier" })}"
  });
</script>
<script src="https://www.datadoghq-browser-agent.com/eu1/v5/datadog-rum.js"></script>
<script>
  window.DD_RUM && window.DD_RUM.init({
    clientToken: "${U("datadog_client_token", `pub${G.hex(32)}`)}",
    applicationId: "${N("datadog_application_id", uuid(), { note: "RUM application identifier" })}",
    site: "datadoghq.eu",
    service: "www",
    sessionSampleRate: 20
  });
</script>
<script src="https://js.stripe.com/v3/"></script>
<script>const stripe = Stripe("${U("stripe_publishable_key", `pk_live_51${G.alnum(97)}`)}");</script>
`,
);

put(
  "marketing-audit/scripts/segment_sources.py",
  `"""Inventory Segment sources/destinations for the audit (Segment Public API)."""
import json

import requests

SEGMENT_TOKEN = "${P("segment_public_api_token", `sgp_${G.alnum(64)}`)}"
API = "https://eu1.api.segmentapis.com"

s = requests.Session()
s.headers["Authorization"] = f"Bearer {SEGMENT_TOKEN}"

sources = s.get(f"{API}/sources", params={"pagination.count": 200}).json()["data"]["sources"]
for src in sources:
    dests = s.get(f"{API}/sources/{src['id']}/connected-destinations").json()["data"]["destinations"]
    print(json.dumps({"source": src["name"], "enabled": src["enabled"], "destinations": [d["name"] for d in dests]}))
`,
);

put(
  "marketing-audit/scripts/mixpanel_export.py",
  `"""Raw event export from Mixpanel (EU residency) using a service account."""
import datetime as dt

import requests

MP_PROJECT_ID = 3187265
MP_SA_USER = "${N("mixpanel_service_account_username", `audit-export.${rs(LA, 6)}.mp-service-account`, { note: "username, not a secret" })}"
MP_SA_SECRET = "${P("mixpanel_service_account_secret", G.alnum(32))}"

day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
r = requests.get(
    "https://data-eu.mixpanel.com/api/2.0/export",
    params={"project_id": MP_PROJECT_ID, "from_date": day, "to_date": day},
    auth=(MP_SA_USER, MP_SA_SECRET),
    stream=True,
    timeout=120,
)
r.raise_for_status()
with open(f"mixpanel_{day}.jsonl", "wb") as fh:
    for chunk in r.iter_content(1 << 16):
        fh.write(chunk)
`,
);

// ================================================================ machine files
const histOkta = G.okta();
const histMysqlPw = fleetMysqlPw;
put(
  "home/mchen/.bash_history",
  `cd ~/src/soc-integrations
git pull
source .venv/bin/activate
export VT_API_KEY=${P("virustotal_api_key", vtKey, { note: "shell history" })}
python -m enrich.virustotal ${N("md5_hash", G.hex(32), { note: "sample hash looked up" })}
curl -s -H "Authorization: SSWS ${P("okta_api_token", histOkta, { note: "shell history" })}" "https://fernleaf.okta.com/api/v1/users?q=j.smith" | jq '.[0].status'
mysql -h mysql.soc.fernleaf.io -u fleet -p'${P("password", histMysqlPw, { note: "password on command line" })}' fleet -e 'select count(*) from hosts;'
git clone https://${P("github_token", ghPat, { note: "token in clone URL" })}@github.com/fernleaf/detection-engineering.git
export DD_API_KEY=${P("datadog_api_key", ddApi)}
export DD_APP_KEY=${P("datadog_app_key", G.hex(40))}
curl -s "https://api.datadoghq.eu/api/v1/validate" -H "DD-API-KEY: $DD_API_KEY"
aws sts get-caller-identity --profile soc-prod
ls -la ~/.ssh
history | grep curl
`,
);

put(
  "home/mchen/.aws/credentials",
  `[default]
# from the AWS CLI getting-started guide, never used
aws_access_key_id = ${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", { note: "AWS documentation example" })}
aws_secret_access_key = ${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", { note: "AWS documentation example" })}

[soc-prod]
aws_access_key_id = ${P("aws_access_key_id", awsId)}
aws_secret_access_key = ${P("aws_secret_access_key", awsSecret)}
region = eu-west-1
`,
);

put(
  "home/mchen/.config/gh/hosts.yml",
  `github.com:
    users:
        mchen-fl:
            oauth_token: ${P("github_token", G.gh("gho_"))}
    git_protocol: https
    oauth_token: ${P("github_token", G.gh("gho_"), { note: "older token left by gh" })}
    user: mchen-fl
`,
);

put(
  "home/mchen/.npmrc",
  `registry=https://registry.npmjs.org/
@fernleaf:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=${P("npm_token", G.gh("npm_"))}
//npm.pkg.github.com/:_authToken=${N("github_token", "${GITHUB_PACKAGES_TOKEN}", { note: "env substitution" })}
`,
);

const sshPair = ed25519Pair("mchen@fl-lt-0388");
put(
  "home/mchen/.ssh/id_ed25519",
  `${P("private_key", sshPair.priv, { note: "OpenSSH ed25519 private key" })}
`,
);
put(
  "home/mchen/.ssh/id_ed25519.pub",
  `${N("ssh_public_key", sshPair.pub, { note: "public key" })}
`,
);

const dockerGhcr = `mchen-fl:${G.gh("ghp_")}`;
const regPw = humanPw();
const dockerReg = `svc-ci:${regPw}`;
put(
  "home/mchen/.docker/config.json",
  J({
    auths: {
      "ghcr.io": {
        auth: P("docker_registry_auth", b64(dockerGhcr), { decoded: dockerGhcr, note: "base64 user:PAT" }),
      },
      "registry.soc.fernleaf.io": {
        auth: P("docker_registry_auth", b64(dockerReg), { decoded: dockerReg, note: "base64 user:password" }),
      },
    },
    credsStore: "",
    currentContext: "default",
  }),
);

put(
  "home/mchen/certs/siem-forwarder.key",
  `${P("private_key", rsaPkcs1Pem(2048), { note: "RSA private key file" })}
`,
);
const shodanChat = G.alnum(32);
const ddChat = G.hex(32);
const ddAppChat = G.hex(40);
put(
  "exports/slack/secops-alerts/2024-03-11.json",
  J([
    {
      type: "message",
      user: "U04M8K2PQ7Z",
      text: "anyone have a shodan key that works? mine hit the query credit limit",
      ts: "1710148812.120419",
      user_profile: { real_name: "Lukas Berg", display_name: "lukas" },
    },
    {
      type: "message",
      user: "U02J1TQ4N0B",
      text: `use the team one: ${P("shodan_api_key", shodanChat, { note: "posted in chat export" })}  (dont share outside #secops)`,
      ts: "1710148890.331209",
      user_profile: { real_name: "Mei Chen", display_name: "mei" },
    },
    {
      type: "message",
      user: "U03RZ5X8W1C",
      text: `for the new datadog monitors: api key ${P("datadog_api_key", ddChat, { note: "posted in chat export" })} app key ${P("datadog_app_key", ddAppChat, { note: "posted in chat export" })}`,
      ts: "1710151201.004500",
      user_profile: { real_name: "Arjun Patel", display_name: "arjun" },
    },
    {
      type: "message",
      user: "U02J1TQ4N0B",
      text: `@arjun please delete that and rotate :facepalm: -- also FYI the old OpenAI key (${N("openai_api_key", `sk-...${rs(B62, 4)}`, { note: "redacted" })}) is revoked`,
      ts: "1710151288.900100",
      user_profile: { real_name: "Mei Chen", display_name: "mei" },
    },
    {
      type: "message",
      subtype: "bot_message",
      bot_id: "B05SECOPS1",
      text: `:warning: Wazuh L12: Multiple authentication failures on fl-dc-01 (rule 60204) request ${N("uuid_identifier", uuid(), { note: "alert id" })}`,
      ts: "1710152000.000200",
    },
  ]),
);

const inspectImg = G.hex(64);
put(
  "ops/incident-2024-017/docker-inspect-soar-worker.json",
  J([
    {
      Id: N("container_id", G.hex(64), { note: "container id" }),
      Created: "2024-03-17T22:41:09.338211402Z",
      Path: "/usr/local/bin/python",
      Args: ["-m", "soar_worker", "--queue", "default"],
      State: {
        Status: "running",
        Running: true,
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: 41877,
        ExitCode: 0,
        StartedAt: "2024-03-17T22:41:10.004118557Z",
      },
      Image: N("sha256_digest", `sha256:${inspectImg}`, { note: "image id" }),
      Name: "/soar-worker-1",
      RestartCount: 0,
      Config: {
        Hostname: "soar-worker-1",
        User: "app",
        Env: [
          "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          "PYTHONUNBUFFERED=1",
          `SPLUNK_HEC_TOKEN=${P("splunk_hec_token", hecToken, { note: "docker inspect env" })}`,
          `FALCON_CLIENT_ID=${U("crowdstrike_client_id", falconId)}`,
          `FALCON_CLIENT_SECRET=${P("crowdstrike_client_secret", falconSecret, { note: "docker inspect env" })}`,
          `ELASTIC_PASSWORD=${P("password", esElasticPw, { note: "docker inspect env" })}`,
          `SENDGRID_API_KEY=${P("sendgrid_api_key", G.sendgrid())}`,
          "LOG_LEVEL=info",
        ],
        Image: "ghcr.io/fernleaf/soar-worker:2.4.1",
        Labels: {
          "org.opencontainers.image.revision": N("git_sha", G.hex(40), { note: "source revision label" }),
          "org.opencontainers.image.source": "https://github.com/fernleaf/soar-playbooks",
        },
      },
      NetworkSettings: {
        Networks: {
          soar_default: { IPAddress: "172.19.0.4", Gateway: "172.19.0.1", MacAddress: "02:42:ac:13:00:04" },
        },
      },
    },
  ]),
);

// ---------------------------------------------------------------- write everything
for (const e of entries) if (!e.used) throw new Error(`unused marker for ${e.type}`);
const root = process.cwd();
for (const [rel, text] of files) {
  const p = path.join(root, "files", rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}
fs.writeFileSync(path.join(root, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(root, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.log(
  `files=${files.size} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

// gen.mjs - blind labelled corpus "z": healthcare / insurance integration repositories.
// Usage: node gen.mjs <seed>   -> writes ./files/**, ./labels.json, ./neutrals.json
// All randomness comes from an HMAC-SHA256(seed, counter) stream; no clock, no Math.random.
//
// Credential types and formats used (positives unless marked NEG / NEUTRAL):
//  aws_access_key_id        AKIA/ASIA + 16 chars [A-Z2-7]                 (AWS IAM docs, "unique ID prefixes")
//  aws_secret_access_key    40 chars [A-Za-z0-9/+]                         (AWS docs)
//  aws_session_token        "IQoJb3JpZ2luX2Vj" + ~300 base64 chars         (observed shape)
//  github_pat               ghp_ + 30 base62 + 6-char base62 CRC32 of the 30 (GitHub blog "new token formats"; alphabet 0-9A-Za-z)
//  github_fine_grained_pat  github_pat_ + 22 base62 + "_" + 59 base62     (observed shape)
//  npm_token                npm_ + 30 base62 + 6-char base62 CRC32         (npm changelog, same scheme as GitHub)
//  twilio_auth_token        32 hex (lowercase)                             (Twilio docs); Account SID AC+32 hex is an identifier (NEG)
//  twilio_api_key/secret    SK + 32 hex / 32 base62                        (Twilio docs, API keys)
//  sendgrid_api_key         SG. + 22 base64url + . + 43 base64url          (SendGrid docs / observed)
//  vonage_api_secret        16 base62; api_key 8 hex (NEUTRAL)             (Vonage dashboard, observed shape)
//  docusign_secret_key      GUID (auth-code grant); integration key GUID (NEUTRAL) (DocuSign docs)
//  private_key              PKCS#1 / PKCS#8 RSA-2048 built from deterministic primes, OpenSSH ed25519, PGP armored (RFC 4880 CRC24)
//  zoom_client_secret       32 base62; account id 22 / client id 22 (NEUTRAL) (observed shape, Zoom S2S OAuth app page)
//  okta_api_token           "00" + 40 [A-Za-z0-9_-] (SSWS scheme)          (Okta docs show "SSWS 00QCjAl4...")
//  okta_client_secret       64 [A-Za-z0-9_-]; client id 0oa + 17 base62 (NEUTRAL) (observed shape)
//  auth0_client_secret      64 [A-Za-z0-9_-]; client id 32 base62 (NEUTRAL) (observed shape)
//  azure_ad_client_secret   3 chars + digit + "Q~" + 34 [A-Za-z0-9_~.-] (40 total) (observed shape of Entra ID secrets)
//  azure_storage_account_key base64 of 64 bytes (88 chars, "==")           (Azure docs)
//  salesforce_consumer_secret 64 hex uppercase; consumer key 3MVG9... (NEUTRAL) (observed shape)
//  salesforce_access_token  15-char org id "00D..." + "!" + 96 [A-Za-z0-9._] (observed shape)
//  salesforce_refresh_token "5Aep861" + 80 [A-Za-z0-9._]                  (observed shape)
//  databricks_token         dapi + 32 hex (optionally "-2")                (Databricks docs)
//  datadog_api_key          32 hex; datadog_app_key 40 hex; client token pub+32 hex (NEUTRAL) (Datadog docs)
//  slack_webhook_url        https://hooks.slack.com/services/T.../B.../24 base62 (Slack docs)
//  slack_bot_token          xoxb-<digits>-<digits>-24 base62              (Slack docs)
//  hashicorp_vault_token    hvs. + base64url body starting CAESI            (Vault docs "token prefixes", observed body)
//  terraform_cloud_token    14 base62 + ".atlasv1." + 67 base62            (observed shape)
//  stripe_secret_key        sk_live_51 + 97 base62; pk_live_ (NEUTRAL)      (Stripe docs, observed length)
//  openai_api_key           sk-proj- + 74 + "T3BlbkFJ" + 74 base64url       (observed shape, guessed lengths)
//  google_api_key           AIza + 35 [A-Za-z0-9_-] (server key positive, Firebase web key NEUTRAL) (Google docs)
//  gcp_service_account_key  JSON key file with PKCS#8 private_key           (Google docs)
//  jwt_access_token         header.payload.RS256-signature (base64url)      (RFC 7519)
//  splunk_hec_token / snyk_token  GUID (observed shape)
//  airflow_fernet_key       base64url of 32 bytes (44 chars)                (cryptography Fernet spec)
//  passwords (database_password, sftp_password, pgp_passphrase, keystore_password, ...) are human-style:
//                           word lists + digits + symbols, or a random 20-char string for generated ones.
//  NEG only: AWS documentation pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI..., jwt.io sample token,
//            SOPS ENC[...], ansible-vault, SealedSecret, Jasypt ENC(...), hashes, UUID identifiers,
//            public keys and certificates, broken-checksum ghp_/npm_ tokens, placeholders, redactions.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2] ?? "default";
let ctr = 0;
let pool = Buffer.alloc(0);
function rb(n) {
  const parts = [pool];
  let have = pool.length;
  while (have < n) {
    const h = crypto.createHmac("sha256", String(SEED)).update(`z:${ctr++}`).digest();
    parts.push(h);
    have += h.length;
  }
  const all = Buffer.concat(parts);
  pool = Buffer.from(all.subarray(n));
  return Buffer.from(all.subarray(0, n));
}
function ri(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = rb(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[ri(a.length)];
const rs = (alpha, n) => {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[ri(alpha.length)];
  return s;
};
const DIG = "0123456789",
  UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LOW = "abcdefghijklmnopqrstuvwxyz";
const HEX = "0123456789abcdef",
  HEXU = "0123456789ABCDEF";
const B62 = DIG + UP + LOW,
  B64 = `${UP + LOW + DIG}+/`,
  B64U = `${UP + LOW + DIG}-_`,
  B32 = `${UP}234567`;
const dig = (n) => String(1 + ri(9)) + rs(DIG, n - 1);

// ---------- checksums ----------
const CRC_T = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();
function crc32(s) {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function crc62(s) {
  let v = crc32(s),
    out = "";
  while (v > 0) {
    out = B62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(6, "0");
}
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

// ---------- value generators ----------
const uuid = () => `${rs(HEX, 8)}-${rs(HEX, 4)}-4${rs(HEX, 3)}-${pick("89ab")}${rs(HEX, 3)}-${rs(HEX, 12)}`;
const checksumTok = (prefix) => {
  const r = rs(B62, 30);
  return prefix + r + crc62(r);
};
const brokenTok = (prefix) => {
  const r = rs(B62, 30);
  const c = crc62(r);
  const bad = c.slice(0, 5) + B62[(B62.indexOf(c[5]) + 1 + ri(60)) % 62];
  return prefix + r + bad;
};
const G = {
  ghp: () => checksumTok("ghp_"),
  ghpBad: () => brokenTok("ghp_"),
  ghFine: () => `github_pat_11${rs(AN(), 20)}_${rs(B62, 59)}`,
  npm: () => checksumTok("npm_"),
  npmBad: () => brokenTok("npm_"),
  akia: () => `AKIA${rs(B32, 16)}`,
  asia: () => `ASIA${rs(B32, 16)}`,
  awsSecret: () => rs(`${B62}/+`, 40),
  awsSession: () => `IQoJb3JpZ2luX2Vj${rs(B64, 296)}`,
  awsAccount: () => dig(12),
  twSid: () => `AC${rs(HEX, 32)}`,
  twTok: () => rs(HEX, 32),
  twSk: () => `SK${rs(HEX, 32)}`,
  twSkSecret: () => rs(B62, 32),
  sg: () => `SG.${rs(B64U, 22)}.${rs(B64U, 43)}`,
  vonKey: () => rs(HEX, 8),
  vonSecret: () => rs(B62, 16),
  zoomId: () => rs(`${B62}-_`, 22),
  zoomSecret: () => rs(B62, 32),
  okta: () => `00${rs(B64U, 40)}`,
  oktaCid: () => `0oa${rs(B62, 17)}`,
  oktaSecret: () => rs(B64U, 64),
  a0Cid: () => rs(B62, 32),
  a0Secret: () => rs(B64U, 64),
  azSecret: () => `${rs(`${B62}_-`, 3) + pick(DIG)}Q~${rs(`${B62}_~.-`, 34)}`,
  azKey: () => rb(64).toString("base64"),
  sfKey: () => `3MVG9${rs(B62, 14)}.${rs(`${B62}_.`, 66)}`,
  sfSecret: () => rs(HEXU, 64),
  sfOrg: () => `00D${rs(DIG, 2)}${pick("gHJk")}0000${rs(B62, 6)}`,
  sfAccess: (org) => `${org}!AQ${pick("4ME")}AQ${rs(`${B62}._`, 92)}`,
  sfRefresh: () => `5Aep861${rs(`${B62}._`, 80)}`,
  dapi: () => `dapi${rs(HEX, 32)}${ri(3) === 0 ? "-2" : ""}`,
  ddApi: () => rs(HEX, 32),
  ddApp: () => rs(HEX, 40),
  ddPub: () => `pub${rs(HEX, 32)}`,
  slackHook: () => `https://hooks.slack.com/services/T${rs(UP + DIG, 8)}/B${rs(UP + DIG, 10)}/${rs(B62, 24)}`,
  xoxb: () => `xoxb-${dig(12)}-${dig(13)}-${rs(B62, 24)}`,
  vault: () => `hvs.CAESI${rs(B64U, 86)}`,
  tfc: () => `${rs(B62, 14)}.atlasv1.${rs(B62, 67)}`,
  skLive: () => `sk_live_51${rs(B62, 97)}`,
  pkLive: () => `pk_live_51${rs(B62, 97)}`,
  openai: () => `sk-proj-${rs(B64U, 74)}T3BlbkFJ${rs(B64U, 74)}`,
  aiza: () => `AIza${rs(B64U, 35)}`,
  sentryDsn: () => `https://${rs(HEX, 32)}@o${dig(6)}.ingest.us.sentry.io/${dig(7)}`,
  fernet: () => `${rb(32).toString("base64url")}=`,
  sha256: () => rs(HEX, 64),
  git: () => rs(HEX, 40),
  sri: () => `sha512-${rb(64).toString("base64")}`,
  gen20: () => rs(B62, 20),
};
function AN() {
  return B62;
}

// human-style passwords
const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "winter",
  "falcon",
  "maple",
  "river",
  "copper",
  "summit",
  "cedar",
  "violet",
  "anchor",
  "meadow",
  "thunder",
  "pepper",
  "orchid",
  "granite",
  "willow",
  "comet",
  "saffron",
  "juniper",
  "breeze",
  "ember",
  "glacier",
  "tulip",
  "raven",
  "marble",
  "cobalt",
  "prairie",
  "harvest",
  "pelican",
  "biscuit",
  "sparrow",
  "canyon",
  "nectar",
  "osprey",
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function pw(urlSafe = false) {
  const S = urlSafe ? "!*._-" : "!@#*?^";
  const a = pick(WORDS),
    b = pick(WORDS);
  switch (ri(6)) {
    case 0:
      return cap(a) + pick(S) + cap(b) + rs(DIG, 2);
    case 1:
      return `${a}-${cap(b)}-${rs(DIG, 4)}`;
    case 2:
      return cap(a) + (2019 + ri(7)) + pick(S);
    case 3:
      return cap(a) + cap(b) + rs(DIG, 3) + pick(S);
    case 4:
      return cap(a) + pick(S) + rs(DIG, 4) + cap(b);
    default:
      return rs(B62, 14) + pick(S) + rs(B62, 5);
  }
}

// ---------- keys ----------
function genPrime(bits) {
  for (;;) {
    const b = rb(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    let p = BigInt(`0x${b.toString("hex")}`);
    for (let i = 0; i < 4000; i++, p += 2n) if (crypto.checkPrimeSync(p, { checks: 24 })) return p;
  }
}
function modInv(a, m) {
  let t = 0n,
    nt = 1n,
    r = m,
    nr = ((a % m) + m) % m;
  while (nr) {
    const q = r / nr;
    [t, nt] = [nt, t - q * nt];
    [r, nr] = [nr, r - q * nr];
  }
  return t < 0n ? t + m : t;
}
const bu = (n) => {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex").toString("base64url");
};
function rsaKey() {
  const e = 65537n;
  for (;;) {
    const p = genPrime(1024),
      q = genPrime(1024);
    if (p === q) continue;
    const phi = (p - 1n) * (q - 1n);
    if (phi % e === 0n) continue;
    const d = modInv(e, phi);
    const jwk = {
      kty: "RSA",
      n: bu(p * q),
      e: bu(e),
      d: bu(d),
      p: bu(p),
      q: bu(q),
      dp: bu(d % (p - 1n)),
      dq: bu(d % (q - 1n)),
      qi: bu(modInv(q, p)),
    };
    const key = crypto.createPrivateKey({ key: jwk, format: "jwk" });
    return {
      pkcs8: key.export({ type: "pkcs8", format: "pem" }).trimEnd(),
      pkcs1: key.export({ type: "pkcs1", format: "pem" }).trimEnd(),
      spki: crypto.createPublicKey(key).export({ type: "spki", format: "pem" }).trimEnd(),
      n: jwk.n,
    };
  }
}
const sshStr = (b) => {
  const l = Buffer.alloc(4);
  const bb = Buffer.from(b);
  l.writeUInt32BE(bb.length);
  return Buffer.concat([l, bb]);
};
function edKey(comment) {
  const seed = rb(32);
  const k = crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  const pub = Buffer.from(k.export({ format: "jwk" }).x, "base64url");
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const check = rb(4);
  let priv = Buffer.concat([
    check,
    check,
    sshStr("ssh-ed25519"),
    sshStr(pub),
    sshStr(Buffer.concat([seed, pub])),
    sshStr(comment),
  ]);
  for (let pad = 1; priv.length % 8; pad++) priv = Buffer.concat([priv, Buffer.from([pad])]);
  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshStr("none"),
    sshStr("none"),
    sshStr(""),
    Buffer.from([0, 0, 0, 1]),
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  return {
    pem: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body
      .toString("base64")
      .match(/.{1,70}/g)
      .join("\n")}\n-----END OPENSSH PRIVATE KEY-----`,
    pub: `ssh-ed25519 ${pubBlob.toString("base64")}`,
  };
}
function sshEdPub() {
  const pub = rb(32);
  return `ssh-ed25519 ${Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]).toString("base64")}`;
}
function ecdsaHostKey() {
  const pt = Buffer.concat([Buffer.from([4]), rb(64)]);
  return (
    "ecdsa-sha2-nistp256 " +
    Buffer.concat([sshStr("ecdsa-sha2-nistp256"), sshStr("nistp256"), sshStr(pt)]).toString("base64")
  );
}
function pgpBlock(priv) {
  const rest = rb(priv ? 1180 : 520);
  const len = 1 + 4 + 3 + rest.length;
  const body = Buffer.concat([
    Buffer.from([priv ? 0x95 : 0x99, len >> 8, len & 0xff, 0x04]),
    rb(4),
    Buffer.from([0x01, 0x08, 0x00]),
    rest,
  ]);
  const ck = Buffer.alloc(3);
  ck.writeUIntBE(crc24(body), 0, 3);
  const kind = priv ? "PRIVATE" : "PUBLIC";
  return `-----BEGIN PGP ${kind} KEY BLOCK-----\n\n${body
    .toString("base64")
    .match(/.{1,64}/g)
    .join("\n")}\n=${ck.toString("base64")}\n-----END PGP ${kind} KEY BLOCK-----`;
}
function fakeCert() {
  const body = Buffer.concat([
    Buffer.from("3082058a30820472a00302010202", "hex"),
    Buffer.from([0x14]),
    rb(20),
    Buffer.from("300d06092a864886f70d01010b0500", "hex"),
    rb(1380),
  ]);
  return `-----BEGIN CERTIFICATE-----\n${body
    .toString("base64")
    .match(/.{1,64}/g)
    .join("\n")}\n-----END CERTIFICATE-----`;
}
const encJ = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
const T0 = 1709535600; // fixed epoch (2024-03-04), never the clock
function jwt(payload) {
  return `${encJ({ alg: "RS256", kid: rs(B64U, 43), typ: "JWT" })}.${encJ(payload)}.${rb(256).toString("base64url")}`;
}
const _iso = (offSec) => new Date((T0 + offSec) * 1000).toISOString();
const sops = (len) =>
  `ENC[AES256_GCM,data:${rb(len).toString("base64")},iv:${rb(32).toString("base64")},tag:${rb(16).toString("base64")},type:str]`;
function vaultBlock(indent, n) {
  const lines = ["$ANSIBLE_VAULT;1.1;AES256"];
  for (let i = 0; i < n; i++) lines.push(rs(HEX, 80));
  return lines.join(`\n${indent}`);
}
const b64 = (s) => Buffer.from(s).toString("base64");

// ---------- label bookkeeping ----------
const labels = [],
  neutrals = [];
let pend = [];
const P = (type, secret, o = {}) => {
  pend.push({ type, secret, positive: true, ...o });
  return secret;
};
const N = (type, secret, o = {}) => {
  pend.push({ type, secret, positive: false, ...o });
  return secret;
};
const U = (type, secret, o = {}) => {
  pend.push({ type, secret, neutral: true, ...o });
  return secret;
};
const OUT = path.resolve("files");
const written = [];
function f(rel, content) {
  if (!content.endsWith("\n")) content += "\n";
  const full = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  written.push(rel);
  const last = new Map();
  for (const p of pend) {
    const from = last.has(p.secret) ? last.get(p.secret) + 1 : 0;
    const idx = content.indexOf(p.secret, from);
    if (idx < 0) throw new Error(`label not found in ${rel}: ${p.type}`);
    last.set(p.secret, idx);
    const line = content.slice(0, idx).split("\n").length;
    const rec = { file: rel, line, type: p.type, secret: p.secret };
    if (!p.neutral) rec.positive = p.positive;
    if (p.decoded !== undefined) rec.decoded = p.decoded;
    if (p.note) rec.note = p.note;
    (p.neutral ? neutrals : labels).push(rec);
  }
  pend = [];
}

// shared values reused across files (same leak in several places)
const AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE";
const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const JWTIO =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const skLive = G.skLive(),
  pkLive = G.pkLive(),
  slackHook2 = G.slackHook(),
  javaPw = pw(),
  a0Cid = G.a0Cid(),
  a0Sec2 = G.a0Secret(),
  regPw = pw();
const S = {
  mirthDbPw: pw(),
  twTok: G.twTok(),
  twSid: G.twSid(),
  sg: G.sg(),
  ddApi: G.ddApi(),
  dapi: G.dapi(),
  awsId: G.akia(),
  awsSecret: G.awsSecret(),
  oktaTok: G.okta(),
  epicCid: uuid(),
  cernerCid: uuid(),
  zoomSecret: G.zoomSecret(),
  dsSecret: uuid(),
  availPw: pw(),
  changePw: pw(true),
  sfOrg: G.sfOrg(),
  azTenant: uuid(),
  azSub: uuid(),
  oktaOrg: "meridianhp",
  pgpPass: pw(),
};

// =====================================================================
// 1. Mirth Connect interface engine
// =====================================================================
const mirthKs = rs(B62, 10),
  mirthKp = rs(B62, 10);
f(
  "mirth-connect/conf/mirth.properties",
  `# Mirth Connect configuration file

# directories
dir.appdata = /opt/mirthconnect/appdata
dir.tempdata = \${dir.appdata}/temp

# ports
http.port = 8080
https.port = 8443

# password requirements
password.minlength = 12
password.minupper = 1
password.minlower = 1
password.minnumeric = 1
password.minspecial = 1
password.retrylimit = 5
password.lockoutperiod = 15

# keystore
keystore.path = \${dir.appdata}/keystore.jks
keystore.storepass = ${P("keystore_password", mirthKs, { note: "Mirth generated keystore store password" })}
keystore.keypass = ${P("keystore_password", mirthKp, { note: "Mirth generated keystore key password" })}
keystore.type = JCEKS

# server
http.contextpath = /
server.url =
http.host = 0.0.0.0
https.host = 0.0.0.0

https.client.protocols = TLSv1.3,TLSv1.2
https.server.protocols = TLSv1.3,TLSv1.2
https.ciphersuites = TLS_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384

# database
database = postgres
database.url = jdbc:postgresql://mirth-db.prod.mhp.local:5432/mirthdb
database.username = mirth_app
database.password = ${P("database_password", S.mirthDbPw)}
database.max-connections = 20
database-readonly.max-connections = 20

# If set to true, the Mirth Connect Administrator will be displayed with a security banner
administrator.maxheapsize = 512m
`,
);

const adtChannelId = uuid(),
  lisPw = pw();
f(
  "mirth-connect/channels/ADT_Inbound_Epic.xml",
  `<channel version="4.4.2">
  <id>${N("uuid_identifier", adtChannelId, { note: "Mirth channel id" })}</id>
  <nextMetaDataId>4</nextMetaDataId>
  <name>ADT_Inbound_Epic</name>
  <description>Receives ADT^A01/A03/A08 from Epic Bridges over MLLP, writes encounter rows to the ODS.</description>
  <revision>37</revision>
  <sourceConnector version="4.4.2">
    <metaDataId>0</metaDataId>
    <name>sourceConnector</name>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="4.4.2">
      <listenerConnectorProperties version="4.4.2">
        <host>0.0.0.0</host>
        <port>6661</port>
      </listenerConnectorProperties>
      <transmissionModeProperties class="com.mirth.connect.plugins.mllpmode.MLLPModeProperties">
        <startOfMessageBytes>0B</startOfMessageBytes>
        <endOfMessageBytes>1C0D</endOfMessageBytes>
      </transmissionModeProperties>
    </properties>
    <transportName>TCP Listener</transportName>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.2">
      <metaDataId>1</metaDataId>
      <name>ODS Encounter Writer</name>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.4.2">
        <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
        <url>jdbc:sqlserver://ods-sql01.mhp.local:1433;databaseName=ODS;encrypt=true</url>
        <username>svc_mirth_ods</username>
        <password>${N("placeholder", "${odsDbPassword}", { note: "Mirth configuration map reference" })}</password>
        <query>INSERT INTO enc.Encounter (mrn, csn, admit_dt) VALUES (\${mrn}, \${csn}, \${admitDt})</query>
        <useScript>false</useScript>
      </properties>
      <transportName>Database Writer</transportName>
    </connector>
    <connector version="4.4.2">
      <metaDataId>2</metaDataId>
      <name>Lab LIS Writer</name>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.4.2">
        <driver>oracle.jdbc.driver.OracleDriver</driver>
        <url>jdbc:oracle:thin:@lis-ora02.mhp.local:1521/LISPRD</url>
        <username>MIRTH_IFACE</username>
        <password>${P("database_password", lisPw, { note: "LIS Oracle password hard-coded in channel export" })}</password>
        <query>CALL LIS.PKG_ADT.UPSERT_PATIENT(?, ?, ?)</query>
      </properties>
      <transportName>Database Writer</transportName>
    </connector>
  </destinationConnectors>
  <exportData>
    <metadata>
      <enabled>true</enabled>
      <lastModified><time>${(T0 - 86400 * 12) * 1000}</time><timezone>America/Chicago</timezone></lastModified>
    </metadata>
  </exportData>
</channel>
`,
);

const availUser = `mhp_edi_${rs(DIG, 4)}`,
  availAuthPw = pw(true),
  hostFp = `SHA256:${rb(32).toString("base64").replace(/=+$/, "")}`;
f(
  "mirth-connect/channels/Claims_837_SFTP_Out.xml",
  `<channel version="4.4.2">
  <id>${uuid()}</id>
  <name>Claims_837_SFTP_Out</name>
  <description>Batches 837P files and drops them on the Availity SFTP. Host key pinned below.</description>
  <destinationConnectors>
    <connector version="4.4.2">
      <metaDataId>1</metaDataId>
      <name>Availity SFTP</name>
      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.2">
        <scheme>SFTP</scheme>
        <schemeProperties class="com.mirth.connect.connectors.file.SftpSchemeProperties">
          <passwordAuth>true</passwordAuth>
          <keyAuth>false</keyAuth>
          <keyFile></keyFile>
          <passPhrase></passPhrase>
          <hostKeyChecking>yes</hostKeyChecking>
          <knownHostsFile>/opt/mirthconnect/appdata/known_hosts</knownHostsFile>
          <!-- expected fingerprint ${N("hash", hostFp, { note: "SSH host key fingerprint" })} -->
        </schemeProperties>
        <host>sftp.availity.com:9922/SendFiles</host>
        <outputPattern>837P_\${date.get('yyyyMMddHHmmss')}.x12</outputPattern>
        <anonymous>false</anonymous>
        <username>${availUser}</username>
        <password>${P("sftp_password", S.availPw, { note: "clearinghouse SFTP password" })}</password>
        <timeout>10000</timeout>
        <secure>true</secure>
        <passive>true</passive>
        <binary>false</binary>
        <charsetEncoding>DEFAULT_ENCODING</charsetEncoding>
        <template>\${message.encodedData}</template>
      </properties>
      <transformer version="4.4.2">
        <elements>
          <com.mirth.connect.plugins.javascriptstep.JavaScriptStep version="4.4.2">
            <name>Build auth header for ack polling</name>
            <script>// Availity REST ack polling uses basic auth
channelMap.put('ackAuth', 'Basic ${P("basic_auth_credentials", b64(`${availUser}:${availAuthPw}`), { decoded: `${availUser}:${availAuthPw}` })}');</script>
          </com.mirth.connect.plugins.javascriptstep.JavaScriptStep>
        </elements>
      </transformer>
      <transportName>File Writer</transportName>
    </connector>
  </destinationConnectors>
</channel>
`,
);

const cernerSecret = rs(B64U, 43),
  cernerOld = rs(B64U, 43);
f(
  "mirth-connect/code-templates/cernerFhirClient.js",
  `/**
 * Code template library: Oracle Health (Cerner) Millennium FHIR R4 system account.
 * Used by channels: RX_Orders_To_Cerner, Results_Query.
 */
var CERNER_TOKEN_URL = 'https://authorization.cerner.com/tenants/' + '${uuid()}' + '/protocols/oauth2/profiles/smart-v1/token';
var CERNER_CLIENT_ID = '${U("oauth_client_id", S.cernerCid, { note: "Cerner system account client id" })}';
var CERNER_CLIENT_SECRET = '${P("cerner_client_secret", cernerSecret, { note: "observed shape" })}';
// var CERNER_CLIENT_SECRET = '${P("cerner_client_secret", cernerOld, { note: "previous secret left in a comment" })}';

function getCernerToken() {
    var cached = globalMap.get('cernerToken');
    if (cached && cached.expires > Date.now()) {
        return cached.value;
    }
    var client = new Packages.org.apache.http.impl.client.HttpClients.createDefault();
    var post = new Packages.org.apache.http.client.methods.HttpPost(CERNER_TOKEN_URL);
    var basic = Packages.java.util.Base64.getEncoder().encodeToString(new java.lang.String(CERNER_CLIENT_ID + ':' + CERNER_CLIENT_SECRET).getBytes('UTF-8'));
    post.setHeader('Authorization', 'Basic ' + basic);
    post.setHeader('Content-Type', 'application/x-www-form-urlencoded');
    post.setEntity(new Packages.org.apache.http.entity.StringEntity('grant_type=client_credentials&scope=system%2FPatient.read%20system%2FMedicationRequest.write'));
    var resp = client.execute(post);
    var body = JSON.parse(Packages.org.apache.http.util.EntityUtils.toString(resp.getEntity()));
    globalMap.put('cernerToken', { value: body.access_token, expires: Date.now() + (body.expires_in - 60) * 1000 });
    return body.access_token;
}
`,
);

const hl7LabPw = pw();
f(
  "mirth-connect/appdata/configuration.properties",
  `#Mirth Connect configuration map
#${"Mon Mar 04 09:12:44 CST 2024"}
epic.fhir.base=https\\://fhir.epic.meridianhp.org/interconnect-prd-oauth/api/FHIR/R4
epic.client.id=${U("oauth_client_id", S.epicCid, { note: "Epic backend app client id" })}
epic.private.key.path=/opt/mirthconnect/appdata/keys/epic_prod.pem
twilio.account.sid=${N("twilio_account_sid", S.twSid, { note: "account identifier, not secret" })}
twilio.auth.token=${P("twilio_auth_token", S.twTok)}
lab.hl7.user=LABIFACE
lab.hl7.password=${P("password", hl7LabPw)}
sendgrid.api.key=${P("sendgrid_api_key", G.sg())}
smtp.host=smtp.office365.com
smtp.password=${N("placeholder", "changeme")}
odsDbPassword=${N("encrypted", `{enc}${rb(48).toString("base64")}`, { note: "Mirth encrypted config value" })}
`,
);

const tokA = jwt({
  iss: "https://fhir.epic.meridianhp.org/interconnect-prd-oauth/oauth2/token",
  sub: S.epicCid,
  aud: "urn:epic:apporchard.prod",
  exp: T0 + 3600,
  iat: T0,
  scope: "system/Patient.read system/Encounter.read",
});
const logDbPw = pw(true);
f(
  "mirth-connect/logs/mirth.log",
  [
    ` INFO 2024-03-04 09:00:01.114 [Main Server Thread] com.mirth.connect.server.Mirth: Mirth Connect 4.4.2 (Built on 2023-10-05) server successfully started.`,
    ` INFO 2024-03-04 09:00:01.118 [Main Server Thread] com.mirth.connect.server.Mirth: This product was developed by NextGen Healthcare (https://www.nextgen.com) and its contributors (c)2005-2023.`,
    ` INFO 2024-03-04 09:00:01.120 [Main Server Thread] com.mirth.connect.server.Mirth: Running OpenJDK 64-Bit Server VM 17.0.9 on Linux (5.15.0-1051-azure, amd64), postgres, with charset UTF-8.`,
    `ERROR 2024-03-04 09:02:17.552 [DataPruner] com.mirth.connect.server.util.DatabaseUtil: Connection failed for url=postgresql://mirth_pruner:${P("database_password", logDbPw, { note: "password in a connection URL in a log line" })}@mirth-db.prod.mhp.local:5432/mirthdb`,
    ` INFO 2024-03-04 09:05:40.004 [ADT_Inbound_Epic] channel started, correlationId=${N("uuid_identifier", uuid())}`,
    `DEBUG 2024-03-04 09:06:12.881 [Results_Query JavaScript Writer] js-connector: GET /api/FHIR/R4/Patient?identifier=MRN|00482913 headers={Accept=application/fhir+json, Authorization=Bearer ${P("jwt_access_token", tokA, { note: "Epic access token logged at DEBUG" })}}`,
    ` WARN 2024-03-04 09:06:13.002 [Results_Query JavaScript Writer] js-connector: retrying with refreshed credentials password=${N("redacted", "********")}`,
    ` INFO 2024-03-04 09:08:30.431 [Appt_Reminder_Email] js-connector: initialized mailer with key=${P("sendgrid_api_key", G.sg(), { note: "key echoed to log" })}`,
    ` INFO 2024-03-04 09:10:00.000 [Claims_837_SFTP_Out] dispatched batch ${N("uuid_identifier", uuid())} (214 claims)`,
  ].join("\n"),
);

// =====================================================================
// 2. HAPI FHIR server (Java / Spring Boot)
// =====================================================================
const jasyptPw = pw(),
  oktaCidHapi = G.oktaCid(),
  oktaSecHapi = G.oktaSecret();
f(
  "hapi-fhir-server/src/main/resources/application.yaml",
  `spring:
  main:
    allow-circular-references: true
  datasource:
    url: jdbc:postgresql://hapi-pg.prod.mhp.local:5432/hapi
    username: hapi
    password: ${N("placeholder", "${DB_PASSWORD:}")}
    driverClassName: org.postgresql.Driver
    hikari:
      maximum-pool-size: 30
  jpa:
    properties:
      hibernate.dialect: ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect
      hibernate.search.enabled: false
  security:
    oauth2:
      client:
        registration:
          okta:
            client-id: ${U("oauth_client_id", oktaCidHapi)}
            client-secret: ${P("okta_client_secret", oktaSecHapi)}
            scope: openid,profile,fhirUser
        provider:
          okta:
            issuer-uri: https://meridianhp.okta.com/oauth2/default
hapi:
  fhir:
    fhir_version: R4
    server_address: https://fhir.meridianhp.org/fhir/
    allow_external_references: true
    cors:
      allow_Credentials: true
      allowed_origin:
        - https://portal.meridianhp.org
    subscription:
      resthook_enabled: true
---
spring:
  config:
    activate:
      on-profile: prod
  datasource:
    url: jdbc:postgresql://hapi-pg.prod.mhp.local:5432/hapi?sslmode=require
    password: ${N("encrypted", `ENC(${rb(48).toString("base64")})`, { note: "Jasypt encrypted" })}
jasypt:
  encryptor:
    # TODO move to Key Vault - master password for the ENC() values above
    password: ${P("jasypt_master_password", jasyptPw)}
    algorithm: PBEWITHHMACSHA512ANDAES_256
`,
);

const pgPw = pw(),
  imgDigest = `sha256:${G.sha256()}`;
f(
  "hapi-fhir-server/docker-compose.yml",
  `version: "3.9"
services:
  hapi:
    image: hapiproject/hapi@${N("hash", imgDigest, { note: "image digest" })}
    ports:
      - "8080:8080"
    environment:
      SPRING_PROFILES_ACTIVE: local
      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/hapi
      SPRING_DATASOURCE_USERNAME: hapi
      SPRING_DATASOURCE_PASSWORD: ${P("database_password", pgPw)}
    depends_on: [db]
  db:
    image: postgres:15-alpine
    environment:
      POSTGRES_USER: hapi
      POSTGRES_PASSWORD: ${P("database_password", pgPw)}
      POSTGRES_DB: hapi
    volumes:
      - hapi-data:/var/lib/postgresql/data
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${N("placeholder", "${DD_API_KEY}")}
      DD_SITE: datadoghq.com
      DD_APM_ENABLED: "true"
volumes:
  hapi-data: {}
`,
);

const splunkHec = uuid();
f(
  "hapi-fhir-server/src/main/java/org/meridianhp/fhir/config/AuditSinkConfig.java",
  `package org.meridianhp.fhir.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ships FHIR AuditEvent resources to Splunk HEC (HIPAA access log).
 */
@Configuration
public class AuditSinkConfig {

    private static final String SPLUNK_HEC_URL = "https://splunk-hec.mhp.local:8088/services/collector/event";
    // TODO: pull from vault before go-live
    private static final String SPLUNK_HEC_TOKEN = "${P("splunk_hec_token", splunkHec, { note: "GUID-shaped, only the name says it is a token" })}";

    @Value("${N("placeholder", "${audit.sink.password}")}")
    private String auditSinkPassword;

    @Bean
    public AuditEventSink auditEventSink() {
        return new SplunkAuditEventSink(SPLUNK_HEC_URL, SPLUNK_HEC_TOKEN, auditSinkPassword);
    }
}
`,
);

const snyk = uuid(),
  azCidDeploy = uuid();
f(
  "hapi-fhir-server/.github/workflows/deploy.yml",
  `name: build-and-deploy
on:
  push:
    branches: [ main ]
permissions:
  id-token: write
  contents: read
env:
  SNYK_TOKEN: ${P("snyk_token", snyk, { note: "hard-coded in workflow env" })}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("git_sha", G.git(), { note: "pinned action commit" })}
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: '17'
      - run: ./mvnw -B verify
      - uses: azure/login@v2
        with:
          client-id: ${U("azure_client_id", azCidDeploy)}
          tenant-id: ${N("azure_tenant_id", S.azTenant, { note: "tenant id, identifier" })}
          subscription-id: ${S.azSub}
      - name: Push image
        run: |
          echo "${N("placeholder", "${{ secrets.ACR_PASSWORD }}")}" | docker login mhpregistry.azurecr.io -u mhpregistry --password-stdin
          docker push mhpregistry.azurecr.io/hapi-fhir:\${{ github.sha }}
      - name: Deploy
        env:
          AZURE_CLIENT_SECRET: ${N("placeholder", "${{ secrets.AZURE_CLIENT_SECRET }}")}
        run: ./deploy/aks-deploy.sh
`,
);

// =====================================================================
// 3. SMART on FHIR backend client (Python)
// =====================================================================
const epicNonprodCid = uuid();
const epicKey = rsaKey();
f(
  "smart-ehr-client/config/epic_prod.json",
  JSON.stringify(
    {
      fhir_base: "https://fhir.epic.meridianhp.org/interconnect-prd-oauth/api/FHIR/R4",
      token_url: "https://fhir.epic.meridianhp.org/interconnect-prd-oauth/oauth2/token",
      client_id: U("oauth_client_id", S.epicCid, { note: "Epic prod client id" }),
      non_production_client_id: U("oauth_client_id", epicNonprodCid),
      private_key_path: "keys/epic_prod.pem",
      jwks_url: "https://integrations.meridianhp.org/.well-known/jwks.json",
      scopes: ["system/Patient.read", "system/Coverage.read", "system/ExplanationOfBenefit.read"],
    },
    null,
    2,
  ),
);
f(
  "smart-ehr-client/keys/epic_prod.pem",
  P("private_key", epicKey.pkcs8, { note: "Epic backend-services signing key" }),
);

const redisPw = pw(true);
f(
  "smart-ehr-client/smart_client/settings.py",
  `"""Runtime settings for the SMART backend-services client."""
import os

EPIC_CONFIG = os.path.join(os.path.dirname(__file__), "..", "config", "epic_prod.json")

CERNER_CLIENT_ID = os.environ.get("CERNER_CLIENT_ID", "")
CERNER_CLIENT_SECRET = ${N("placeholder", 'os.environ["CERNER_CLIENT_SECRET"]')}

REDIS_URL = os.getenv("REDIS_URL", "redis://:${P("redis_password", redisPw, { note: "default value of getenv" })}@redis.prod.mhp.local:6379/0")

# used to sign session cookies for the admin UI
SESSION_SECRET = os.getenv("SESSION_SECRET", "${N("placeholder", "changeme")}")

TOKEN_CACHE_TTL = 240

# notebooks use the OpenAI key from Key Vault (sk-proj-...${N("redacted", rs(B64U, 4), { note: "last 4 of a redacted key" })}), never paste it here
`,
);

const ghBad = G.ghpBad(),
  npmBad = G.npmBad();
f(
  "smart-ehr-client/tests/test_token_exchange.py",
  `import pytest
from smart_client.auth import build_client_assertion, exchange

FAKE_CLIENT_SECRET = "${N("test_fixture", "fake-client-secret-for-unit-tests")}"

# AWS documentation example credentials - used to check redaction in logs
AWS_KEY = "${N("aws_access_key_id", AWS_DOC_ID, { note: "AWS docs sample" })}"
AWS_SECRET = "${N("aws_secret_access_key", AWS_DOC_SECRET, { note: "AWS docs sample" })}"

# token copied from jwt.io, not issued by any of our IdPs
SAMPLE_JWT = "${N("jwt", JWTIO, { note: "jwt.io sample" })}"

# shaped like a GitHub token but the checksum is wrong; redactor must still mask it
LOOKALIKE_GH = "${N("github_pat", ghBad, { note: "broken CRC32 checksum" })}"
LOOKALIKE_NPM = "${N("npm_token", npmBad, { note: "broken CRC32 checksum" })}"


def test_assertion_has_jti(epic_key):
    a = build_client_assertion("client-123", "https://example.test/token", epic_key)
    assert a.count(".") == 2


@pytest.mark.parametrize("tok", [SAMPLE_JWT, LOOKALIKE_GH, LOOKALIKE_NPM])
def test_redaction(tok, caplog):
    exchange.log_token(tok)
    assert tok not in caplog.text
`,
);

const cernerTok = jwt({
  iss: "https://authorization.cerner.com/",
  sub: S.cernerCid,
  aud: `https://fhir-ehr.cerner.com/r4/${uuid()}`,
  exp: T0 + 570,
  iat: T0,
  scope: "system/Patient.read",
});
f(
  "smart-ehr-client/README.md",
  `# smart-ehr-client

Backend-services (client_credentials + private_key_jwt) client for Epic and Oracle Health FHIR R4.

## Quick start

\`\`\`bash
pip install -e .
export CERNER_CLIENT_SECRET=...
python -m smart_client.cli patient 12724066
\`\`\`

## Getting a token by hand

\`\`\`bash
curl -s -X POST https://authorization.cerner.com/tenants/<tenant-id>/protocols/oauth2/profiles/smart-v1/token \\
  -u "${U("oauth_client_id", S.cernerCid)}:${N("placeholder", "<your-client-secret>")}" \\
  -d 'grant_type=client_credentials&scope=system/Patient.read'
\`\`\`

This one worked against the sandbox tenant on 2024-03-04 (valid 10 min):

\`\`\`bash
curl -H "Authorization: Bearer ${P("jwt_access_token", cernerTok, { note: "bearer token pasted in README" })}" \\
  -H 'Accept: application/fhir+json' \\
  https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066
\`\`\`
`,
);

const openaiKey = G.openai(),
  epicTok2 = jwt({
    iss: "https://fhir.epic.meridianhp.org/interconnect-prd-oauth/oauth2/token",
    sub: S.epicCid,
    exp: T0 + 3600,
    iat: T0 + 10,
    scope: "system/Patient.read",
  }),
  patId = uuid();
f(
  "smart-ehr-client/notebooks/explore_patient_bundle.ipynb",
  JSON.stringify(
    {
      cells: [
        {
          cell_type: "code",
          execution_count: 1,
          metadata: {},
          outputs: [],
          source: [
            "import os, json, requests\n",
            `os.environ["OPENAI_API_KEY"] = "${P("openai_api_key", openaiKey, { note: "guessed project-key shape" })}"\n`,
            "from smart_client import EpicClient\n",
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
                `{'access_token': '${P("jwt_access_token", epicTok2, { note: "token printed in notebook output" })}', 'token_type': 'Bearer', 'expires_in': 3600, 'scope': 'system/Patient.read'}\n`,
              ],
            },
          ],
          source: ['c = EpicClient.from_config("../config/epic_prod.json")\n', "print(c.token_response)"],
        },
        {
          cell_type: "code",
          execution_count: 3,
          metadata: {},
          outputs: [
            {
              data: {
                "text/plain": [`'Patient/${N("uuid_identifier", patId, { note: "FHIR resource id" })}'`],
              },
              execution_count: 3,
              metadata: {},
              output_type: "execute_result",
            },
          ],
          source: ['bundle = c.search("Patient", family="TESTPATIENT")\n', "bundle.entry[0].fullUrl"],
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
  ),
);

// =====================================================================
// 4. Claims / eligibility over SFTP
// =====================================================================
const etin = `MHP${rs(DIG, 6)}`;
f(
  "claims-edi-sftp/config/clearinghouses.ini",
  `; clearinghouse connection settings used by edi_runner.py
[availity]
host = sftp.availity.com
port = 9922
username = ${availUser}
password = ${P("sftp_password", S.availPw)}
submitter_id = ${N("identifier", etin, { note: "ETIN/submitter id" })}
inbound_dir = /ReceiveFiles
outbound_dir = /SendFiles

[change_healthcare]
host = sftp.changehealthcare.com
port = 22
username = MERIDIANHP01
password = ${P("sftp_password", S.changePw)}
pgp_recipient = edi@changehealthcare.com

[optum]
host = sftp.optumhealthpaymentservices.com
username = mhp_opt
password = ${N("placeholder", "${OPTUM_SFTP_PASSWORD}")}
`,
);

const pgpFpr = rs(HEXU, 40),
  edisshPw = pw();
f(
  "claims-edi-sftp/scripts/upload_837.sh",
  `#!/usr/bin/env bash
# Nightly 837 upload: encrypt + sign, then push over SFTP.
set -euo pipefail

BATCH_DIR=/data/edi/outbound/$(date +%Y%m%d)
export GNUPGHOME=/opt/edi/.gnupg
export PGP_PASSPHRASE='${P("pgp_passphrase", S.pgpPass)}'

for f in "$BATCH_DIR"/*.x12; do
  gpg --batch --yes --pinentry-mode loopback --passphrase "$PGP_PASSPHRASE" \\
      --recipient ${N("pgp_fingerprint", pgpFpr, { note: "public key fingerprint" })} \\
      --sign --encrypt --output "$f.pgp" "$f"
done

# expected checksum of the gpg binary we vendored: ${N("hash", G.sha256(), { note: "sha256 checksum" })}
# change healthcare box does not accept our key yet, fall back to password
sshpass -p '${P("sftp_password", edisshPw)}' sftp -oBatchMode=no -oPort=22 MERIDIANHP01@sftp.changehealthcare.com <<EOF
cd /inbound
mput $BATCH_DIR/*.pgp
bye
EOF
`,
);

f(
  "claims-edi-sftp/keys/meridian_edi_private.asc",
  P("private_key", pgpBlock(true), { note: "PGP secret key block" }),
);
f("claims-edi-sftp/keys/changehealthcare_public.asc", N("public_key", pgpBlock(false)));
const ediSsh = edKey("edi@claims-worker01");
f("claims-edi-sftp/keys/id_ed25519_edi", P("private_key", ediSsh.pem));
f(
  "claims-edi-sftp/keys/known_hosts",
  `sftp.availity.com,[sftp.availity.com]:9922 ${N("public_key", ecdsaHostKey())}
sftp.changehealthcare.com ${N("public_key", sshEdPub())}
`,
);

const isaPw = rs(UP + DIG, 10);
f(
  "claims-edi-sftp/edi/outbound/270_eligibility_20240304.x12",
  `ISA*00*          *01*${P("x12_isa_security_password", isaPw, { note: "ISA04 security information = clearinghouse password" })}*ZZ*${etin.padEnd(15)}*ZZ*CHCPAYER       *240304*0912*^*00501*000004721*0*P*:~
GS*HS*${etin}*CHCPAYER*20240304*0912*4721*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*10001234*20240304*0912~
HL*1**20*1~
NM1*PR*2*BLUE CROSS*****PI*00590~
HL*2*1*21*1~
NM1*1P*2*MERIDIAN HEALTH PARTNERS*****XX*${N("npi", `1${rs(DIG, 9)}`, { note: "provider NPI" })}~
HL*3*2*22*0~
TRN*1*93175-012547*9877281234~
NM1*IL*1*TESTPATIENT*ALPHA****MI*XYZ${rs(DIG, 9)}~
DMG*D8*19700101~
DTP*291*D8*20240304~
EQ*30~
SE*13*0001~
GE*1*4721~
IEA*1*000004721~
`,
);

f(
  "claims-edi-sftp/requirements.txt",
  `paramiko==3.4.0 \\
    --hash=sha256:${N("hash", G.sha256())}
python-gnupg==0.5.2 \\
    --hash=sha256:${N("hash", G.sha256())}
requests==2.31.0 \\
    --hash=sha256:${G.sha256()}
`,
);

const chcCid = rs(B62, 32),
  chcSecret = rs(B62, 32);
f(
  "claims-edi-sftp/src/eligibility_client.py",
  `"""Real-time 270/271 over the Change Healthcare Eligibility REST API."""
import os
import requests

TOKEN_URL = "https://apigw.changehealthcare.com/apip/auth/v2/token"
CLIENT_ID = "${U("oauth_client_id", chcCid)}"
CLIENT_SECRET = "${P("oauth_client_secret", chcSecret, { note: "no vendor prefix, variable name only" })}"
PROXY_PASSWORD = ${N("placeholder", "os.getenv('HTTPS_PROXY_PASSWORD')")}


def get_token():
    r = requests.post(TOKEN_URL, json={
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "client_credentials",
    }, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
`,
);

// =====================================================================
// 5. Patient notifications (Node / TypeScript)
// =====================================================================
const vonKey = G.vonKey(),
  vonSecret = G.vonSecret(),
  pnSg = S.sg;
f(
  "patient-notify/.env",
  `NODE_ENV=production
PORT=3000
TWILIO_ACCOUNT_SID=${N("twilio_account_sid", S.twSid)}
TWILIO_AUTH_TOKEN=${P("twilio_auth_token", S.twTok)}
TWILIO_MESSAGING_SERVICE_SID=MG${rs(HEX, 32)}
SENDGRID_API_KEY=${P("sendgrid_api_key", pnSg)}
SENDGRID_TEMPLATE_APPT_REMINDER=d-${rs(HEX, 32)}
VONAGE_API_KEY=${U("vonage_api_key", vonKey)}
VONAGE_API_SECRET=${P("vonage_api_secret", vonSecret)}
DD_API_KEY=${P("datadog_api_key", S.ddApi)}
STRIPE_SECRET_KEY=${P("stripe_secret_key", skLive)}
SLACK_BOT_TOKEN=${P("slack_bot_token", G.xoxb())}
DATABASE_URL=postgres://notify:${P("database_password", pw(true))}@notify-pg.prod.mhp.local:5432/notify
`,
);

f(
  "patient-notify/.env.example",
  `NODE_ENV=development
PORT=3000
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=${N("placeholder", "your_auth_token")}
SENDGRID_API_KEY=${N("placeholder", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")}
VONAGE_API_KEY=
VONAGE_API_SECRET=
DD_API_KEY=${N("placeholder", "<datadog-api-key>")}
STRIPE_SECRET_KEY=${N("placeholder", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx")}
DATABASE_URL=postgres://notify:notify@localhost:5432/notify
`,
);

const twSk = G.twSk(),
  twSkSec = G.twSkSecret();
f(
  "patient-notify/src/channels/sms.ts",
  `import twilio from 'twilio';
import { logger } from '../logger';

// Primary: account credentials from the environment
const primary = twilio(process.env.TWILIO_ACCOUNT_SID, ${N("placeholder", "process.env.TWILIO_AUTH_TOKEN")});

// Fallback API key created during the March outage (INC-2291). Remove after rotation.
const fallback = twilio('${twSk}', '${P("twilio_api_secret", twSkSec)}', {
  accountSid: process.env.TWILIO_ACCOUNT_SID,
});
const FALLBACK_KEY_SID = '${P("twilio_api_key", twSk)}';

export async function sendAppointmentReminder(to: string, body: string): Promise<string> {
  try {
    const msg = await primary.messages.create({ to, body, messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID });
    return msg.sid;
  } catch (err) {
    logger.warn({ err, key: FALLBACK_KEY_SID }, 'primary twilio client failed, using fallback');
    const msg = await fallback.messages.create({ to, body, messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID });
    return msg.sid;
  }
}
`,
);

const sg2 = G.sg();
f(
  "patient-notify/src/channels/email.js",
  `'use strict';
const sgMail = require('@sendgrid/mail');

// local fallback so \`npm run dev\` works without a .env
sgMail.setApiKey(${N("placeholder", "process.env.SENDGRID_API_KEY")} || '${P("sendgrid_api_key", sg2)}');

async function sendEobReady(member) {
  await sgMail.send({
    to: member.email,
    from: 'no-reply@meridianhp.org',
    templateId: process.env.SENDGRID_TEMPLATE_EOB_READY,
    dynamicTemplateData: { firstName: member.firstName },
  });
}

module.exports = { sendEobReady };
`,
);

f(
  "patient-notify/package-lock.json",
  JSON.stringify(
    {
      name: "patient-notify",
      version: "2.7.1",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": {
          name: "patient-notify",
          version: "2.7.1",
          dependencies: { "@sendgrid/mail": "^8.1.1", twilio: "^4.23.0", "@vonage/server-sdk": "^3.12.0" },
        },
        "node_modules/@sendgrid/mail": {
          version: "8.1.1",
          resolved: "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.1.tgz",
          integrity: N("hash", G.sri(), { note: "lockfile integrity" }),
        },
        "node_modules/twilio": {
          version: "4.23.0",
          resolved: "https://registry.npmjs.org/twilio/-/twilio-4.23.0.tgz",
          integrity: N("hash", G.sri()),
        },
        "node_modules/@vonage/server-sdk": {
          version: "3.12.0",
          resolved: "https://registry.npmjs.org/@vonage/server-sdk/-/server-sdk-3.12.0.tgz",
          integrity: N("hash", G.sri()),
        },
      },
    },
    null,
    2,
  ),
);

const npmTok = G.npm();
f(
  "patient-notify/.npmrc",
  `@meridianhp:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${N("placeholder", "${GITHUB_TOKEN}")}
//registry.npmjs.org/:_authToken=${P("npm_token", npmTok)}
save-exact=true
`,
);

const rumApp = uuid(),
  rumTok = G.ddPub(),
  fbKey = G.aiza(),
  sentry = G.sentryDsn();
f(
  "patient-notify/web/src/config.ts",
  `// Browser bundle config - everything here ships to the client.
export const datadogRum = {
  applicationId: '${U("datadog_rum_application_id", rumApp)}',
  clientToken: '${U("datadog_client_token", rumTok)}',
  site: 'datadoghq.com',
  service: 'patient-portal-notify',
};

export const firebase = {
  apiKey: '${U("firebase_web_api_key", fbKey)}',
  authDomain: 'mhp-patient-app.firebaseapp.com',
  projectId: 'mhp-patient-app',
  messagingSenderId: '${dig(12)}',
};

export const sentryDsn = '${U("sentry_dsn", sentry)}';

export const stripePublishableKey = '${U("stripe_publishable_key", pkLive)}';
`,
);

// =====================================================================
// 6. E-signature and telehealth (.NET)
// =====================================================================
const dsIk = uuid(),
  dsUser = uuid(),
  dsAcct = uuid(),
  zoomAcct = G.zoomId(),
  zoomCid = G.zoomId(),
  esignSqlPw = pw();
f(
  "esign-telehealth/src/Meridian.ESign/appsettings.json",
  JSON.stringify(
    {
      Logging: { LogLevel: { Default: "Information", "Microsoft.AspNetCore": "Warning" } },
      DocuSign: {
        BasePath: "https://na3.docusign.net/restapi",
        OAuthBasePath: "account.docusign.com",
        IntegrationKey: U("docusign_integration_key", dsIk),
        SecretKey: P("docusign_secret_key", S.dsSecret, {
          note: "GUID-shaped secret key for auth code grant",
        }),
        ImpersonatedUserId: N("uuid_identifier", dsUser, { note: "DocuSign user id" }),
        AccountId: N("uuid_identifier", dsAcct, { note: "DocuSign account id" }),
        RsaPrivateKeyPath: "Keys/docusign_private.key",
      },
      Zoom: {
        AccountId: U("zoom_account_id", zoomAcct),
        ClientId: U("zoom_client_id", zoomCid),
        ClientSecret: P("zoom_client_secret", S.zoomSecret),
      },
      ConnectionStrings: {
        ESignDb: `Server=tcp:mhp-esign-sql.database.windows.net,1433;Initial Catalog=esign;User ID=esign_app;Password=${P("database_password", esignSqlPw)};Encrypt=True;`,
      },
      SendGrid: { ApiKey: P("sendgrid_api_key", G.sg()), From: "esign@meridianhp.org" },
      ApplicationInsights: {
        ConnectionString: `InstrumentationKey=${U("appinsights_instrumentation_key", uuid())};IngestionEndpoint=https://centralus-2.in.applicationinsights.azure.com/`,
      },
      AllowedHosts: "*",
    },
    null,
    2,
  ),
);

f(
  "esign-telehealth/src/Meridian.ESign/appsettings.Development.json",
  JSON.stringify(
    {
      DocuSign: {
        BasePath: "https://demo.docusign.net/restapi",
        SecretKey: N("placeholder", "<from-keyvault>"),
      },
      ConnectionStrings: {
        ESignDb: `Server=localhost,1433;Database=esign;User Id=sa;Password=${N("documentation_sample", "yourStrong(!)Password", { note: "SQL Server container docs sample" })};TrustServerCertificate=True`,
      },
    },
    null,
    2,
  ),
);

const dsKey = rsaKey();
f(
  "esign-telehealth/src/Meridian.ESign/Keys/docusign_private.key",
  P("private_key", dsKey.pkcs1, { note: "DocuSign JWT grant RSA key" }),
);

const zoomSecretCs = G.zoomSecret();
f(
  "esign-telehealth/src/Meridian.Telehealth/ZoomTokenService.cs",
  `using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Meridian.Telehealth;

public sealed class ZoomTokenService
{
    private const string AccountId = "${U("zoom_account_id", zoomAcct)}";
    private const string ClientId = "${U("zoom_client_id", zoomCid)}";
    // secret rotated 2024-02 (old one ended ...${N("redacted", `${rs(B62, 2)}...${rs(B62, 4)}`, { note: "redacted fragment" })})
    private const string ClientSecret = "${P("zoom_client_secret", zoomSecretCs)}";

    private readonly HttpClient _http;
    public ZoomTokenService(HttpClient http) => _http = http;

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        using var req = new HttpRequestMessage(HttpMethod.Post,
            $"https://zoom.us/oauth/token?grant_type=account_credentials&account_id={AccountId}");
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await resp.Content.ReadAsStringAsync(ct));
        return doc.RootElement.GetProperty("access_token").GetString()!;
    }
}
`,
);

const azSecLaunch = G.azSecret(),
  azCidLaunch = uuid();
f(
  "esign-telehealth/src/Meridian.ESign/Properties/launchSettings.json",
  JSON.stringify(
    {
      profiles: {
        "Meridian.ESign": {
          commandName: "Project",
          dotnetRunMessages: true,
          launchBrowser: false,
          applicationUrl: "https://localhost:7043;http://localhost:5043",
          environmentVariables: {
            ASPNETCORE_ENVIRONMENT: "Development",
            AZURE_TENANT_ID: N("azure_tenant_id", S.azTenant),
            AZURE_CLIENT_ID: U("azure_client_id", azCidLaunch),
            AZURE_CLIENT_SECRET: P("azure_ad_client_secret", azSecLaunch),
          },
        },
      },
    },
    null,
    2,
  ),
);

const k8sDbPw = pw();
const k8sDb = `Server=tcp:mhp-esign-sql.database.windows.net,1433;Database=esign;User ID=esign_app;Password=${k8sDbPw}`;
f(
  "esign-telehealth/deploy/k8s/secrets.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: esign-secrets
  namespace: esign
type: Opaque
data:
  DOCUSIGN_SECRET_KEY: ${P("docusign_secret_key", b64(S.dsSecret), { decoded: S.dsSecret })}
  ZOOM_CLIENT_SECRET: ${P("zoom_client_secret", b64(S.zoomSecret), { decoded: S.zoomSecret })}
  ESIGN_DB: ${P("database_connection_string", b64(k8sDb), { decoded: k8sDb })}
---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: telehealth-secrets
  namespace: telehealth
spec:
  encryptedData:
    ZOOM_CLIENT_SECRET: ${N("encrypted", `AgB${rb(540).toString("base64")}`, { note: "SealedSecret" })}
    VONAGE_API_SECRET: ${N("encrypted", `AgC${rb(540).toString("base64")}`, { note: "SealedSecret" })}
  template:
    metadata:
      name: telehealth-secrets
`,
);

f(
  "esign-telehealth/deploy/helm/templates/secret.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "esign.fullname" . }}
type: Opaque
data:
  DOCUSIGN_SECRET_KEY: ${N("placeholder", "{{ .Values.docusign.secretKey | b64enc | quote }}")}
  ZOOM_CLIENT_SECRET: ${N("placeholder", "{{ .Values.zoom.clientSecret | b64enc | quote }}")}
`,
);

const zoomSecHelm = G.zoomSecret(),
  esignImg = `sha256:${G.sha256()}`;
f(
  "esign-telehealth/deploy/helm/values-prod.yaml",
  `replicaCount: 3
image:
  repository: mhpregistry.azurecr.io/esign
  digest: ${N("hash", esignImg)}
docusign:
  basePath: https://na3.docusign.net/restapi
  integrationKey: ${U("docusign_integration_key", dsIk)}
  secretKey: ""   # injected by pipeline
zoom:
  accountId: ${U("zoom_account_id", zoomAcct)}
  clientId: ${U("zoom_client_id", zoomCid)}
  # pipeline var was empty on the 3/2 deploy, hardcoded for now
  clientSecret: ${P("zoom_client_secret", zoomSecHelm)}
ingress:
  host: esign.meridianhp.org
`,
);

// =====================================================================
// 7. Identity infrastructure (Terraform)
// =====================================================================
const oktaTf = G.okta();
f(
  "identity-infra/terraform/providers.tf",
  `terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.8"
    }
  }
}

provider "okta" {
  org_name  = "${S.oktaOrg}"
  base_url  = "okta.com"
  # api_token = var.okta_api_token
  api_token = "${P("okta_api_token", oktaTf)}"
}

provider "auth0" {
  domain        = "meridianhp-members.us.auth0.com"
  client_id     = "${U("oauth_client_id", a0Cid)}"
  client_secret = "${P("auth0_client_secret", a0Sec2)}"
  debug         = false
}
`,
);

const a0Sec = G.a0Secret(),
  azSecTfvars = G.azSecret();
f(
  "identity-infra/terraform/terraform.tfvars",
  `okta_org_name            = "${S.oktaOrg}"
okta_api_token           = "${P("okta_api_token", S.oktaTok)}"
azure_sso_client_secret  = "${P("azure_ad_client_secret", azSecTfvars)}"
auth0_mgmt_client_secret = "${P("auth0_client_secret", a0Sec)}"
epic_app_client_id       = "${S.epicCid}"
`,
);

const randPw = rs(`${B62}!#*`, 24),
  azSecState = G.azSecret(),
  stKey = G.azKey(),
  appObj = uuid(),
  keyId = uuid();
const stConn = `DefaultEndpointsProtocol=https;AccountName=mhpclaimsdl;AccountKey=${stKey};EndpointSuffix=core.windows.net`;
const tfstate = {
  version: 4,
  terraform_version: "1.6.6",
  serial: 184,
  lineage: uuid(),
  outputs: {},
  resources: [
    {
      mode: "managed",
      type: "azuread_application_password",
      name: "fhir_gateway",
      provider: 'provider["registry.terraform.io/hashicorp/azuread"]',
      instances: [
        {
          schema_version: 1,
          attributes: {
            application_id: `/applications/${appObj}`,
            display_name: "tf-managed",
            end_date: "2026-03-04T00:00:00Z",
            id: `${appObj}/password/${keyId}`,
            key_id: keyId,
            start_date: "2024-03-04T15:00:00Z",
            value: P("azure_ad_client_secret", azSecState, { note: "secret in terraform state" }),
          },
          sensitive_attributes: [],
        },
      ],
    },
    {
      mode: "managed",
      type: "azurerm_storage_account",
      name: "claims_datalake",
      provider: 'provider["registry.terraform.io/hashicorp/azurerm"]',
      instances: [
        {
          schema_version: 3,
          attributes: {
            id: `/subscriptions/${N("azure_subscription_id", S.azSub)}/resourceGroups/rg-claims-prod/providers/Microsoft.Storage/storageAccounts/mhpclaimsdl`,
            name: "mhpclaimsdl",
            location: "centralus",
            account_tier: "Standard",
            is_hns_enabled: true,
            primary_access_key: P("azure_storage_account_key", stKey),
            primary_connection_string:
              P("azure_storage_account_key", stKey, { note: "same key inside connection string" }) && stConn,
            primary_blob_endpoint: "https://mhpclaimsdl.blob.core.windows.net/",
          },
          sensitive_attributes: [],
        },
      ],
    },
    {
      mode: "managed",
      type: "random_password",
      name: "mirth_db",
      provider: 'provider["registry.terraform.io/hashicorp/random"]',
      instances: [
        {
          schema_version: 3,
          attributes: {
            bcrypt_hash: N("hash", `$2a$10$${rs(`${B62}./`, 53)}`, { note: "bcrypt hash" }),
            id: "none",
            length: 24,
            lower: true,
            min_numeric: 2,
            numeric: true,
            override_special: "!#*",
            result: P("password", randPw, { note: "random_password result in state" }),
            special: true,
            upper: true,
          },
          sensitive_attributes: [],
        },
      ],
    },
    {
      mode: "data",
      type: "azurerm_client_config",
      name: "current",
      provider: 'provider["registry.terraform.io/hashicorp/azurerm"]',
      instances: [
        {
          schema_version: 0,
          attributes: {
            client_id: uuid(),
            object_id: N("uuid_identifier", uuid(), { note: "object id" }),
            subscription_id: S.azSub,
            tenant_id: N("azure_tenant_id", S.azTenant),
          },
        },
      ],
    },
  ],
};
f("identity-infra/terraform/azure/terraform.tfstate", JSON.stringify(tfstate, null, 2));

f(
  "identity-infra/terraform/variables.tf",
  `variable "fhir_gateway_client_secret" {
  type        = string
  description = "Client secret for the FHIR gateway app registration"
  sensitive   = true
  default     = "${N("placeholder", "REPLACE_ME")}"
}

variable "subscription_id" {
  type    = string
  default = "${S.azSub}"
}
`,
);

// =====================================================================
// 8. Salesforce Health Cloud
// =====================================================================
const sfKey = G.sfKey(),
  sfSecret = G.sfSecret();

const sfAccess = G.sfAccess(S.sfOrg);
f(
  "sfdc-health-cloud/scripts/sf_auth.sh",
  `#!/bin/bash
# Authenticate the CI user via JWT bearer flow
sf org login jwt --client-id ${U("salesforce_consumer_key", sfKey)} \\
  --jwt-key-file certs/server.key --username integration@meridianhp.org.prod --alias prod
# org: ${N("salesforce_org_id", S.sfOrg, { note: "org id" })}
# cert thumbprint (SHA1): ${N("hash", rs(HEXU, 40), { note: "certificate thumbprint" })}
# refresh-token flow for the nightly job uses the connected app secret:
SF_CONSUMER_SECRET=${P("salesforce_consumer_secret", sfSecret)}

# quick data check, token grabbed from \`sf org display\`
export SF_ACCESS_TOKEN='${P("salesforce_access_token", sfAccess)}'
curl -s -H "Authorization: Bearer $SF_ACCESS_TOKEN" \\
  "https://meridianhp.my.salesforce.com/services/data/v60.0/query?q=SELECT+Id+FROM+CareProgram+LIMIT+5"
`,
);

const ncPw = pw();
f(
  "sfdc-health-cloud/force-app/main/default/namedCredentials/Availity_Eligibility.namedCredential-meta.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
    <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
    <allowMergeFieldsInHeader>true</allowMergeFieldsInHeader>
    <endpoint>https://api.availity.com/availity/v1</endpoint>
    <generateAuthorizationHeader>true</generateAuthorizationHeader>
    <label>Availity Eligibility</label>
    <principalType>NamedUser</principalType>
    <protocol>Password</protocol>
    <username>mhp_sfdc_api</username>
    <password>${P("password", ncPw)}</password>
</NamedCredential>
`,
);

// =====================================================================
// 9. Data warehouse jobs
// =====================================================================
const sfPw = pw(),
  sfAcct = `xy${rs(DIG, 5)}.east-us-2.azure`;
f(
  "dw-jobs/dbt/profiles.yml",
  `mhp_claims:
  target: prod
  outputs:
    dev:
      type: snowflake
      account: ${N("identifier", sfAcct, { note: "Snowflake account locator" })}
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "${N("placeholder", "{{ env_var('SNOWFLAKE_PASSWORD') }}")}"
      role: TRANSFORMER
      database: CLAIMS_DEV
      warehouse: TRANSFORM_XS
      schema: dbt_{{ env_var('USER') }}
      threads: 4
    prod:
      type: snowflake
      account: ${sfAcct}
      user: SVC_DBT_PROD
      password: "${P("snowflake_password", sfPw)}"
      role: TRANSFORMER
      database: CLAIMS
      warehouse: TRANSFORM_M
      schema: marts
      threads: 8
`,
);

const dapiOld = G.dapi();
f(
  "dw-jobs/airflow/dags/claims_to_snowflake.py",
  `from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.providers.databricks.operators.databricks import DatabricksRunNowOperator
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator

# DATABRICKS_TOKEN = "${P("databricks_token", dapiOld, { note: "commented-out token" })}"
DATABRICKS_HOST = "https://adb-${dig(16)}.${1 + ri(19)}.azuredatabricks.net"
DATABRICKS_TOKEN = "${P("databricks_token", S.dapi)}"
SF_PASSWORD = ${N("placeholder", 'Variable.get("sf_password")')}

default_args = {"owner": "dw", "retries": 2, "retry_delay": timedelta(minutes=10)}

with DAG("claims_to_snowflake", start_date=datetime(2024, 1, 1), schedule="0 5 * * *", default_args=default_args, catchup=False) as dag:
    extract = DatabricksRunNowOperator(
        task_id="adjudicated_claims_extract",
        job_id=${dig(15)},
        databricks_conn_id="databricks_default",
    )
    load = SnowflakeOperator(task_id="merge_claims", sql="CALL CLAIMS.STAGE.MERGE_ADJUDICATED();")
    extract >> load
`,
);

const nbKey = G.azKey(),
  mapsKey = G.aiza();
f(
  "dw-jobs/databricks/notebooks/member_eligibility_etl.py",
  `# Databricks notebook source
# MAGIC %md
# MAGIC ## Member eligibility ETL
# MAGIC Pulls 834 enrollment files from the landing container and builds the eligibility spans table.

# COMMAND ----------

sftp_pw = ${N("placeholder", 'dbutils.secrets.get(scope="kv-claims", key="sftp-pw")')}
storage_account_key = "${P("azure_storage_account_key", nbKey)}"
spark.conf.set("fs.azure.account.key.mhpclaimsdl.dfs.core.windows.net", storage_account_key)

# COMMAND ----------

df = spark.read.text("abfss://landing@mhpclaimsdl.dfs.core.windows.net/834/2024/03/")
display(df.limit(10))

# COMMAND ----------

# geocode member addresses for network adequacy (server key, IP-restricted)
GOOGLE_MAPS_KEY = "${P("google_api_key", mapsKey)}"
sf_opts = {
    "sfURL": "${sfAcct}.snowflakecomputing.com",
    "sfUser": "SVC_DATABRICKS",
    "sfPassword": "${P("snowflake_password", pw())}",
    "sfDatabase": "CLAIMS",
    "sfWarehouse": "LOAD_M",
}
# input file checksum (from the 834 manifest): ${N("hash", G.sha256(), { note: "file checksum" })}
`,
);

const afDbPw = pw(true),
  fernet = G.fernet(),
  afSecret = rs(B64U, 32);
f(
  "dw-jobs/airflow/airflow.cfg",
  `[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
fernet_key = ${P("airflow_fernet_key", fernet)}
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:${P("database_password", afDbPw)}@airflow-pg.prod.mhp.local:5432/airflow

[webserver]
base_url = https://airflow.dw.mhp.local
secret_key = ${P("flask_secret_key", afSecret)}

[celery]
broker_url = redis://redis:6379/0
`,
);

const sfCliPw = pw(),
  sfKeyPass = pw();
f(
  "dw-jobs/snowflake/config.toml",
  `default_connection_name = "claims_prod"

[connections.claims_prod]
account = "${sfAcct}"
user = "SVC_CLAIMS_LOADER"
password = "${P("snowflake_password", sfCliPw)}"
warehouse = "LOAD_M"
database = "CLAIMS"
role = "LOADER"

[connections.claims_keypair]
account = "${sfAcct}"
user = "SVC_CLAIMS_KP"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "/opt/keys/rsa_key.p8"
private_key_file_pwd = "${P("private_key_passphrase", sfKeyPass)}"
`,
);

// =====================================================================
// 10. Ansible
// =====================================================================
f(
  "ansible/inventories/prod/group_vars/all/vault.yml",
  N("encrypted", vaultBlock("", 14), { note: "ansible-vault file" }),
);

const ksPass = pw();
f(
  "ansible/inventories/prod/group_vars/mirth.yml",
  `---
mirth_version: 4.4.2
mirth_db_host: mirth-db.prod.mhp.local
mirth_db_user: mirth_app
mirth_db_password: "${N("placeholder", "{{ vault_mirth_db_password }}")}"
mirth_keystore_pass: ${P("keystore_password", ksPass)}
mirth_admin_password: !vault |
          ${N("encrypted", vaultBlock("          ", 5), { note: "inline ansible-vault" })}
mirth_java_opts: "-Xmx4g"
mirth_smtp_user: mirth-alerts@meridianhp.org
mirth_smtp_password: ${P("smtp_password", pw())}
`,
);

const becomePw = pw(),
  sshPw = pw();
f(
  "ansible/inventories/prod/hosts.ini",
  `[mirth]
mirth-prd01.mhp.local
mirth-prd02.mhp.local

[hapi]
hapi-prd01.mhp.local

[edi]
claims-worker01.mhp.local ansible_user=svc_ansible ansible_become_pass=${P("password", becomePw, { note: "ansible_become_pass" })}

[legacy_lis]
lis-app01.mhp.local ansible_connection=ssh ansible_user=root ansible_ssh_pass='${P("password", sshPw, { note: "ansible_ssh_pass" })}'
`,
);

f(
  "ansible/secrets/prod.enc.yaml",
  `twilio_auth_token: ${N("encrypted", sops(32))}
sendgrid_api_key: ${N("encrypted", sops(69))}
okta_api_token: ${N("encrypted", sops(42))}
sops:
    kms: []
    azure_kv:
        - vault_url: https://kv-mhp-prod.vault.azure.net
          name: sops-key
          version: ${rs(HEX, 32)}
          created_at: "2024-02-20T17:41:02Z"
          enc: ${N("encrypted", rb(256).toString("base64url"), { note: "SOPS wrapped data key" })}
    lastmodified: "2024-03-01T10:22:31Z"
    mac: ${N("encrypted", sops(32), { note: "SOPS MAC" })}
    version: 3.8.1
`,
);

// =====================================================================
// 11. Ops: runbooks, incidents, chat, debug dumps, CI
// =====================================================================
const rbHook = G.slackHook(),
  rbPw = pw();
f(
  "ops/runbooks/sftp-clearinghouse-outage.md",
  `# Runbook: clearinghouse SFTP outage

**Owner:** Integration Engineering  |  **Pager:** #integration-oncall

## Symptoms
- \`Claims_837_SFTP_Out\` channel queues grow > 500 messages
- 999/277CA acknowledgements stop arriving in \`/data/edi/inbound\`

## Steps
1. Check Availity status page.
2. Try a manual login from claims-worker01:
   \`\`\`
   sftp -P 9922 ${availUser}@sftp.availity.com
   \`\`\`
   Password is in Keeper under "Availity SFTP". If Keeper is down the DR copy is \`${P("sftp_password", rbPw, { note: "password inline in runbook" })}\` (DR account mhp_edi_dr).
3. If the Change Healthcare box is also down, switch \`clearinghouses.ini\` to the backup profile and set
   \`password = ${N("placeholder", "<clearinghouse-password>")}\`.
4. If files fail to decrypt on their side, re-encrypt manually:
   \`gpg --batch --pinentry-mode loopback --passphrase '${P("pgp_passphrase", S.pgpPass)}' --sign --encrypt -r edi@changehealthcare.com FILE\`
   Availity REST API key for ack polling: \`${N("placeholder", "xxxxxxxxxxxxxxxxxxxxxxxx")}\` (request from the portal, never commit it).
5. Post status to the channel webhook:
   \`\`\`
   curl -X POST -H 'Content-type: application/json' --data '{"text":"837 SFTP degraded"}' ${P("slack_webhook_url", rbHook)}
   \`\`\`
`,
);

const incOkta = G.okta(),
  incSha = G.git();
f(
  "ops/incidents/2024-03-11-epic-token-failure.md",
  `# INC-2317 Epic backend token failures (2024-03-11)

## Timeline (CT)
- 06:02 Mirth \`Results_Query\` starts returning 401 from Epic.
- 06:20 On-call confirms \`invalid_client\`; JWKS endpoint served stale key after deploy \`${N("git_sha", incSha, { note: "commit hash" })}\`.
- 06:41 Token in the logs was \`eyJhbGciOiJSUzM4NCIs...<redacted>\` - ${N("redacted", "eyJhbGciOiJSUzM4NCIs...<redacted>")} no longer valid.
- 07:05 Rotated the Okta automation token (old: \`00Xk...${N("redacted", "****")}\`). New one for the runbook bot, DO NOT SHARE:
  ${P("okta_api_token", incOkta, { note: "token pasted into incident notes" })}
- 07:12 The JWKS publish job also failed because the CI PAT had expired; used mine temporarily: \`${P("github_pat", G.ghp(), { note: "PAT pasted into incident notes" })}\`
- 07:30 Resolved.

## Follow-ups
- [ ] Move the JWKS publish step before the app restart
- [ ] Stop pasting tokens into incident docs
`,
);

const chatTw = G.twTok(),
  chatDapi = G.dapi(),
  chatXoxb = G.xoxb();
f(
  "ops/chat-exports/integration-team/2024-03-04.json",
  JSON.stringify(
    [
      {
        type: "message",
        user: "U04ABCD1234",
        text: "anyone know why the reminder SMS job is failing?",
        ts: "1709561234.001200",
      },
      {
        type: "message",
        user: "U03QWER5678",
        text: `try the new auth token, I rotated it this morning: ${P("twilio_auth_token", chatTw, { note: "chat export" })}`,
        ts: "1709561301.001500",
      },
      {
        type: "message",
        user: "U04ABCD1234",
        text: "thanks. also the databricks job needs a PAT, mine expired",
        ts: "1709561402.001900",
      },
      {
        type: "message",
        user: "U03QWER5678",
        text: `use the service principal one for now ${P("databricks_token", chatDapi)} - will move to a secret scope`,
        ts: "1709561477.002100",
      },
      {
        type: "message",
        user: "U05ZXCV9012",
        text: `please don't paste tokens here, use 1Password. (bot token for alerts is ${N("redacted", "xoxb-****")})`,
        ts: "1709561533.002300",
      },
      {
        type: "message",
        user: "U04ABCD1234",
        text: `for the SSO app reg, the new client secret is ${P("azure_ad_client_secret", G.azSecret(), { note: "chat export" })} (expires 2026-03)`,
        ts: "1709561555.002400",
      },
      {
        type: "message",
        user: "U03QWER5678",
        text: `snowflake SVC_DBT_PROD pw got reset to ${P("snowflake_password", pw())} btw`,
        ts: "1709561561.002410",
      },
      {
        type: "message",
        user: "U05ZXCV9012",
        text: `fyi the aws docs key ${N("aws_access_key_id", AWS_DOC_ID, { note: "AWS docs sample in chat" })} in the test is just the example from their docs`,
        ts: "1709561570.002420",
      },
      {
        type: "message",
        user: "U05ZXCV9012",
        subtype: "bot_message",
        text: `reminder bot config: SLACK_BOT_TOKEN=${P("slack_bot_token", chatXoxb)}`,
        ts: "1709561600.002500",
      },
    ],
    null,
    2,
  ),
);

const diPw = pw(),
  diDd = G.ddApi(),
  diAws = G.akia(),
  diAwsSec = G.awsSecret(),
  diId = rs(HEX, 64);
f(
  "ops/debug/docker-inspect-mirth-prd01.json",
  JSON.stringify(
    [
      {
        Id: N("hash", diId, { note: "container id" }),
        Created: "2024-03-01T14:22:09.512331Z",
        Path: "/entrypoint.sh",
        Args: ["./mcserver"],
        State: {
          Status: "running",
          Running: true,
          Pid: 21877,
          ExitCode: 0,
          StartedAt: "2024-03-01T14:22:11.003321Z",
        },
        Image: N("hash", `sha256:${G.sha256()}`, { note: "image id" }),
        Name: "/mirth-connect",
        Mounts: [
          {
            Type: "volume",
            Name: N("hash", rs(HEX, 64), { note: "volume id" }),
            Source: "/var/lib/docker/volumes/mirth-appdata/_data",
            Destination: "/opt/connect/appdata",
            RW: true,
          },
        ],
        Config: {
          Hostname: "mirth-prd01",
          User: "mirth",
          Image: "nextgenhealthcare/connect:4.4.2",
          Env: [
            "DATABASE=postgres",
            "DATABASE_URL=jdbc:postgresql://mirth-db.prod.mhp.local:5432/mirthdb",
            "DATABASE_USERNAME=mirth_app",
            `DATABASE_PASSWORD=${P("database_password", diPw)}`,
            `DD_API_KEY=${P("datadog_api_key", diDd)}`,
            `AWS_ACCESS_KEY_ID=${P("aws_access_key_id", diAws)}`,
            `AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", diAwsSec)}`,
            "AWS_DEFAULT_REGION=us-east-2",
            `MIRTH_KEYSTORE_STOREPASS=${P("keystore_password", mirthKs)}`,
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/opt/java/openjdk/bin",
            "JAVA_HOME=/opt/java/openjdk",
          ],
        },
      },
    ],
    null,
    4,
  ),
);

const pdKey = rs(HEX, 32),
  ddApp = G.ddApp(),
  ddApi2 = G.ddApi();
f(
  "ops/monitoring/datadog/monitors.tf",
  `provider "datadog" {
  api_key = "${P("datadog_api_key", ddApi2)}"
  app_key = "${P("datadog_app_key", ddApp)}"
  api_url = "https://api.datadoghq.com/"
}

resource "datadog_monitor" "mirth_queue" {
  name    = "Mirth queue depth high"
  type    = "metric alert"
  query   = "avg(last_10m):avg:mirth.channel.queued{env:prod} by {channel} > 500"
  message = "@pagerduty-integration-oncall queue depth high on {{channel.name}}"
}

resource "pagerduty_service_integration" "datadog" {
  name            = "Datadog"
  service         = pagerduty_service.integration.id
  # routing key returned by PD, copied here during migration
  integration_key = "${P("pagerduty_integration_key", pdKey, { note: "no prefix, 32 hex" })}"
}
`,
);

const tfEnvTok = G.tfc();
f(
  "ops/ci/gitlab/.gitlab-ci.yml",
  `stages: [plan, apply]

variables:
  TF_ROOT: identity-infra/terraform
  TF_TOKEN_app_terraform_io: ${P("terraform_cloud_token", tfEnvTok)}

plan:
  stage: plan
  image: hashicorp/terraform:1.6
  script:
    - cd $TF_ROOT/okta
    - terraform init
    - terraform plan -var "okta_api_token=${N("placeholder", "$OKTA_API_TOKEN")}"
    - docker login -u gitlab-ci-token -p ${N("placeholder", "$CI_JOB_TOKEN")} $CI_REGISTRY
    - docker login nexus.mhp.local:8443 -u deploy -p '${P("password", regPw, { note: "docker login -p in CI file" })}'

apply:
  stage: apply
  when: manual
  script:
    - cd $TF_ROOT/okta && terraform apply -auto-approve
`,
);

// =====================================================================
// 12. Machine files on the integration worker
// =====================================================================
const H = "machines/claims-worker01/home/svc-integration/";
const asia = G.asia(),
  asiaSec = G.awsSecret(),
  asiaSess = G.awsSession();
f(
  `${H}.aws/credentials`,
  `[default]
aws_access_key_id = ${P("aws_access_key_id", S.awsId)}
aws_secret_access_key = ${P("aws_secret_access_key", S.awsSecret)}

[claims-archive]
# assumes arn:aws:iam::${N("aws_account_id", G.awsAccount(), { note: "account id" })}:role/claims-archive-writer after login
aws_access_key_id = ${P("aws_access_key_id", asia)}
aws_secret_access_key = ${P("aws_secret_access_key", asiaSec)}
aws_session_token = ${P("aws_session_token", asiaSess)}

[docs-example]
aws_access_key_id = ${N("aws_access_key_id", AWS_DOC_ID)}
aws_secret_access_key = ${N("aws_secret_access_key", AWS_DOC_SECRET)}
`,
);

const acrPw = G.gen20() + G.gen20().slice(0, 12),
  hubPw = pw();
f(
  `${H}.docker/config.json`,
  JSON.stringify(
    {
      auths: {
        "mhpregistry.azurecr.io": {
          auth: P("docker_registry_auth", b64(`mhpregistry:${acrPw}`), { decoded: `mhpregistry:${acrPw}` }),
        },
        "https://index.docker.io/v1/": {
          auth: P("docker_registry_auth", b64(`mhpintegration:${hubPw}`), {
            decoded: `mhpintegration:${hubPw}`,
          }),
        },
      },
      credsStore: "",
    },
    null,
    "\t",
  ),
);

const pgp1 = pw(),
  pgp2 = pw();
f(
  `${H}.pgpass`,
  `# hostname:port:database:username:password
mirth-db.prod.mhp.local:5432:mirthdb:mirth_app:${P("database_password", S.mirthDbPw)}
notify-pg.prod.mhp.local:5432:notify:notify_ro:${P("database_password", pgp1)}
hapi-pg.prod.mhp.local:5432:*:hapi_readonly:${P("database_password", pgp2)}
`,
);

const netrcGh = G.ghp();
f(
  `${H}.netrc`,
  `machine sftp.changehealthcare.com
  login MERIDIANHP01
  password ${P("sftp_password", S.changePw)}

machine github.com
  login mhp-integration-bot
  password ${P("github_pat", netrcGh)}
`,
);

const bhPg = pw(true),
  bhOkta = G.okta(),
  bhDapi = G.dapi(),
  bhGh = G.ghp(),
  bhMy = pw();
f(
  `${H}.bash_history`,
  `ls -la /data/edi/outbound
cd ~/claims-edi-sftp
git pull
curl -s -H "Authorization: SSWS ${P("okta_api_token", bhOkta)}" https://meridianhp.okta.com/api/v1/users?limit=5 | jq .
export DATABRICKS_HOST=https://adb-${dig(16)}.${1 + ri(19)}.azuredatabricks.net
export DATABRICKS_TOKEN=${P("databricks_token", bhDapi)}
databricks jobs list
export VAULT_ADDR=https://vault.mhp.local:8200
export VAULT_TOKEN=${P("hashicorp_vault_token", G.vault())}
vault kv get secret/edi/availity
psql "postgresql://hapi_admin:${P("database_password", bhPg)}@hapi-pg.prod.mhp.local:5432/hapi" -c '\\dt'
export SNOWFLAKE_PASSWORD=${N("placeholder", "changeme")}
mysql -h lis-rpt01.mhp.local -u report -p'${P("database_password", bhMy)}' -e 'select count(*) from results'
git clone https://mhp-integration-bot:${P("github_pat", bhGh)}@github.com/meridianhp/mirth-channels.git
sha256sum claims_export_20240304.zip
echo ${N("hash", G.sha256(), { note: "artifact checksum" })}  claims_export_20240304.zip | sha256sum -c
history -c
`,
);

const gcFine = G.ghFine();
f(
  `${H}.git-credentials`,
  `https://mhp-integration-bot:${P("github_pat", netrcGh)}@github.com
https://jdoe-mhp:${P("github_fine_grained_pat", gcFine)}@github.com
`,
);

const tfcTok = G.tfc();
f(
  `${H}.terraform.d/credentials.tfrc.json`,
  JSON.stringify(
    { credentials: { "app.terraform.io": { token: P("terraform_cloud_token", tfcTok) } } },
    null,
    2,
  ),
);

const dbc2 = G.dapi();
f(
  `${H}.databrickscfg`,
  `[DEFAULT]
host  = https://adb-${dig(16)}.${1 + ri(19)}.azuredatabricks.net
token = ${P("databricks_token", S.dapi)}

[claims-dev]
host  = https://adb-${dig(16)}.${1 + ri(19)}.azuredatabricks.net
token = ${P("databricks_token", dbc2)}
`,
);

const sfAccess2 = G.sfAccess(S.sfOrg),
  sfRefresh = G.sfRefresh();
f(
  `${H}.sfdx/integration@meridianhp.org.prod.json`,
  JSON.stringify(
    {
      accessToken: P("salesforce_access_token", sfAccess2),
      instanceUrl: "https://meridianhp.my.salesforce.com",
      orgId: N("salesforce_org_id", S.sfOrg),
      username: "integration@meridianhp.org.prod",
      loginUrl: "https://login.salesforce.com",
      refreshToken: P("salesforce_refresh_token", sfRefresh),
      clientId: "PlatformCLI",
      isDevHub: false,
      instanceApiVersion: "60.0",
    },
    null,
    2,
  ),
);

const saKey = rsaKey(),
  saKid = rs(HEX, 40),
  saClient = dig(21);
const saJson = {
  type: "service_account",
  project_id: "mhp-dw-analytics",
  private_key_id: N("identifier", saKid, { note: "key id, not the key" }),
  private_key: `${saKey.pkcs8}\n`,
  client_email: "dw-loader@mhp-dw-analytics.iam.gserviceaccount.com",
  client_id: N("identifier", saClient, { note: "numeric client id" }),
  auth_uri: "https://accounts.google.com/o/oauth2/auth",
  token_uri: "https://oauth2.googleapis.com/token",
  auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
  client_x509_cert_url:
    "https://www.googleapis.com/robot/v1/metadata/x509/dw-loader%40mhp-dw-analytics.iam.gserviceaccount.com",
  universe_domain: "googleapis.com",
};
P("gcp_service_account_private_key", JSON.stringify(saJson.private_key).slice(1, -1), {
  note: "escaped PEM in JSON key file",
});
f(`${H}keys/mhp-dw-analytics-dw-loader.json`, JSON.stringify(saJson, null, 2));

const mySsh = edKey("svc-integration@claims-worker01");
f(`${H}.ssh/id_ed25519`, P("private_key", mySsh.pem));
f(
  `${H}.ssh/authorized_keys`,
  `${N("public_key", sshEdPub())} jdoe@MHP-LT-0412
${N("public_key", sshEdPub())} ansible@mgmt01
${N("public_key", mySsh.pub)} svc-integration@claims-worker01
`,
);

// =====================================================================
// 13. More service code with mixed values
// =====================================================================

const tlsCert = fakeCert();
f("provider-directory/certs/directory.meridianhp.org.crt", N("certificate", tlsCert));

const a0Tok = jwt({
  iss: "https://meridianhp-members.us.auth0.com/",
  sub: `${a0Cid}@clients`,
  aud: "https://meridianhp-members.us.auth0.com/api/v2/",
  iat: T0,
  exp: T0 + 86400,
  scope: "read:users update:users",
  gty: "client-credentials",
});
const oktaSec2 = G.oktaSecret(),
  oktaCid2 = G.oktaCid();
f(
  "member-portal-api/src/main/resources/application.properties",
  `spring.application.name=member-portal-api
server.port=8081
# Okta OIDC (member login)
okta.oauth2.issuer=https://meridianhp.okta.com/oauth2/aus${rs(B62, 17)}
okta.oauth2.client-id=${U("oauth_client_id", oktaCid2)}
okta.oauth2.client-secret=${P("okta_client_secret", oktaSec2)}
okta.oauth2.audience=api://member-portal
# Auth0 management API (legacy members not migrated yet) - token valid 24h, refresh via job
auth0.mgmt.token=${P("jwt_access_token", a0Tok, { note: "Auth0 management API token" })}
availity.api.user=mhp_portal_api
availity.api.password=${P("password", javaPw, { note: "properties value, name only" })}
spring.datasource.url=jdbc:sqlserver://members-sql.mhp.local:1433;databaseName=members
spring.datasource.username=portal_api
spring.datasource.password=${N("placeholder", "${MEMBERS_DB_PASSWORD}")}
`,
);

const csPw = pw(),
  csPwEnc = pw();
f(
  "claims-adjudication-svc/src/Meridian.Claims.Api/appsettings.Production.json",
  JSON.stringify(
    {
      ConnectionStrings: {
        Claims: `Data Source=claims-sql01.mhp.local;Initial Catalog=Claims;User ID=claims_api;Password=${P("database_password", csPw)};MultipleActiveResultSets=True`,
        Audit: "Data Source=audit-sql01.mhp.local;Initial Catalog=Audit;Integrated Security=True",
      },
      AzureAd: {
        Instance: "https://login.microsoftonline.com/",
        TenantId: N("azure_tenant_id", S.azTenant),
        ClientId: uuid(),
        ClientSecret: N("placeholder", "${AZURE_AD_CLIENT_SECRET}"),
      },
      Sftp: { Host: "sftp.availity.com", Port: 9922, User: availUser, Password: P("sftp_password", csPwEnc) },
      ChangeHealthcare: {
        TokenUrl: "https://apigw.changehealthcare.com/apip/auth/v2/token",
        ClientId: U("oauth_client_id", rs(B62, 32)),
        ClientSecret: P("oauth_client_secret", rs(B62, 32), { note: "variable name only" }),
      },
      Serilog: { MinimumLevel: "Information" },
    },
    null,
    2,
  ),
);

const urlPw = `${pw()}@${rs(DIG, 2)}`,
  urlEnc = encodeURIComponent(urlPw);
f(
  "claims-adjudication-svc/scripts/reprocess_denials.py",
  `#!/usr/bin/env python3
"""One-off: reprocess CO-16 denials from Feb batch. Run on claims-worker01."""
import sqlalchemy as sa

ENGINE = sa.create_engine(
    "mssql+pyodbc://claims_batch:${P("database_password", urlEnc, { decoded: urlPw, note: "URL-encoded password" })}@claims-sql01.mhp.local/Claims?driver=ODBC+Driver+18+for+SQL+Server"
)
BATCH_ID = "${N("uuid_identifier", uuid())}"

with ENGINE.begin() as cx:
    cx.execute(sa.text("EXEC dbo.ReprocessDenials :batch, :carc"), {"batch": BATCH_ID, "carc": "16"})
`,
);

f(
  "claims-adjudication-svc/docs/architecture.md",
  `# Claims adjudication service

Integrations:

| System | Auth | Where the secret lives |
| --- | --- | --- |
| Availity SFTP | password | Key Vault \`kv-mhp-prod/availity-sftp\` |
| Change Healthcare API | OAuth client credentials | Key Vault |
| Okta | API token \`SSWS ${N("placeholder", "${OKTA_API_TOKEN}")}\` | Key Vault |
| Stripe | \`${N("redacted", `sk_live_...${rs(B62, 4)}`, { note: "redacted key" })}\` | Key Vault |
| SendGrid | \`${N("redacted", "SG.****")}\` | Key Vault |

Release ${N("git_sha", G.git())} introduced the 277CA reconciliation job.
`,
);

const vonSecret2 = G.vonSecret(),
  vonKey2 = G.vonKey(),
  vonPriv = rsaKey();
f(
  "telehealth-video/server/.env.production",
  `# Vonage Video (OpenTok) + Messages API
VONAGE_APPLICATION_ID=${N("uuid_identifier", uuid(), { note: "application id" })}
VONAGE_API_KEY=${U("vonage_api_key", vonKey2)}
VONAGE_API_SECRET=${P("vonage_api_secret", vonSecret2)}
VONAGE_PRIVATE_KEY="${P("private_key", vonPriv.pkcs8.replace(/\n/g, "\\n"), { note: "PEM flattened with \\n in dotenv" })}"
ZOOM_ACCOUNT_ID=${U("zoom_account_id", zoomAcct)}
ZOOM_CLIENT_ID=${U("zoom_client_id", zoomCid)}
ZOOM_CLIENT_SECRET=${P("zoom_client_secret", S.zoomSecret)}
SESSION_TTL_MINUTES=45
SLACK_WEBHOOK_URL=${P("slack_webhook_url", slackHook2)}
SLACK_STAGING_WEBHOOK=${N("placeholder", "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX")}
`,
);

const hookTeams = `https://meridianhp.webhook.office.com/webhookb2/${uuid()}@${S.azTenant}/IncomingWebhook/${rs(HEX, 32)}/${uuid()}/V2${rs(`${B62}-_`, 43)}`;
f(
  "ops/alerting/teams-notify.ps1",
  `# Posts Mirth error summaries to the Integration Teams channel
param([string]$Summary)

$webhook = "${P("teams_webhook_url", hookTeams)}"
$cred = Get-Credential -UserName "MHP\\svc_mirth" -Message "mirth admin"
$body = @{ text = $Summary } | ConvertTo-Json
$sftpPass = ConvertTo-SecureString '${P("sftp_password", pw())}' -AsPlainText -Force
Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body $body

# the old on-prem relay (disabled)
# $smtpPass = ConvertTo-SecureString "${N("placeholder", "P@ssw0rd")}" -AsPlainText -Force
`,
);

// ---------- outputs ----------
fs.writeFileSync("labels.json", `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync("neutrals.json", `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.log(
  `files=${written.length} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

#!/usr/bin/env node
// Blind labelled corpus "x": a fintech's repositories (Kestrel Pay).
// Usage: node gen.mjs <seed>   -> writes ./files/**, ./labels.json, ./neutrals.json
//
// Determinism: every random byte comes from HMAC-SHA256(key = seed, msg = 8-byte big-endian counter).
// No Math.random, no clock. Key pairs (RSA, EC P-256, Ed25519) are derived from that stream too
// (primes found with crypto.checkPrimeSync on stream candidates; EC/Ed25519 private scalars taken from
// the stream), so the same seed gives byte-identical output.
//
// No credential literal lives in this file: each value is built at run time from its format.
// The only fixed sample values are vendor-published documentation samples, used as NEGATIVES only:
// AWS's AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY pair and the jwt.io sample token.
//
// Credential types and formats used (format ; source):
//  adyen_api_key            "AQE" + 101 base64 + "==" + "-" + base64(32 bytes) + "-" + 16 printable ; observed shape (Adyen docs show only X-API-Key usage)
//  adyen_hmac_key           64 hex, upper case (32-byte webhook HMAC key, hex) ; Adyen docs "Verify HMAC signatures"
//  adyen_client_key (neutral) "live_"/"test_" + 32 [A-Z0-9] ; Adyen docs "Client-side authentication" (public by design)
//  adyen live URL prefix (neg) 16 hex + "-" + company ; Adyen docs (live endpoint prefix, an identifier)
//  braintree_private_key    32 hex ; Braintree "Important gateway credentials" (merchant id / public key are identifiers)
//  braintree_access_token   "access_token$production$" + 16 [a-z0-9] merchant id + "$" + 32 hex ; observed shape
//  paypal_client_secret     "E" + 79 [A-Za-z0-9_-] (client id: "A" + 79, neutral) ; observed shape
//  paypal_nvp_password      16 [A-Z0-9] ; PayPal NVP/SOAP API credentials docs (USER/PWD/SIGNATURE), observed shape
//  paypal_nvp_signature     "A" + 55 [A-Za-z0-9.-] ; PayPal NVP/SOAP API credentials docs, observed shape
//  square_access_token      "EAAA" + 60 [A-Za-z0-9_-] (sandbox tokens "EAAAl...") ; Square docs "Access tokens" (64 chars), observed shape
//  square_oauth_secret      "sq0csp-" + 43 [A-Za-z0-9_-] ; observed shape (application id "sq0idp-"+22 is public -> neutral)
//  square_webhook_signature_key 22 [A-Za-z0-9_-] ; observed shape
//  checkout_secret_key      "sk_sbox_" + 26 [a-z2-7] (NAS) or legacy "sk_test_" + UUID ; observed shape (GitGuardian lists both detectors) -- GUESSED body
//  checkout_webhook_secret  UUID (authorization header key chosen for webhooks) ; observed shape
//  mollie_api_key           "live_"/"test_" + 30 [A-Za-z0-9] ; Mollie docs "Authentication", length observed
//  mollie_access_token      "access_" + 40 [A-Za-z0-9] ; Mollie docs (organization access tokens), length observed
//  razorpay_key_secret      24 [A-Za-z0-9] (key id "rzp_live_"+14 is public -> neutral) ; observed shape
//  paystack_secret_key      "sk_live_"/"sk_test_" + 40 hex (pk_* public -> neutral) ; observed shape
//  flutterwave_secret_key   "FLWSECK-"/"FLWSECK_TEST-" + 32 hex + "-X" (FLWPUBK-... neutral) ; Flutterwave docs "Authentication"
//  flutterwave_encryption_key "FLWSECK_TEST" + 12 hex ; observed shape (GitLab rule "Flutterwave test encrypted key")
//  klarna_api_key           "klarna_live_api_" + base64url(random text) ; Klarna docs "Authentication" (klarna_<live|test>_api_<random>)
//  klarna_password          legacy 16 [A-Za-z0-9] paired with username "PK<5 digits>_<12 hex>" ; Klarna docs (username/password clients), observed
//  worldpay_service_key     "L_S_"/"T_S_" + UUID (client key "L_C_"/"T_C_" neutral) ; observed shape (Worldpay Online)
//  worldpay_xml_password    human chosen ; -
//  authorize_net_transaction_key 16 [A-Za-z0-9] ; observed shape (API login id is an identifier -> neutral)
//  authorize_net_signature_key  128 hex upper ; observed shape
//  plaid_secret             30 hex (client_id 24 hex neutral) ; observed shape
//  plaid_access_token       "access-production-" + UUID ; Plaid docs glossary ([type]-[environment]-[uuid])
//  truelayer_client_secret  UUID (client id "<name>-<6 hex>" neutral) ; observed shape
//  gocardless_access_token  "live_"/"sandbox_" + 40 [A-Za-z0-9_-] ; observed shape
//  gocardless_webhook_secret 40 [A-Za-z0-9_-] ; observed shape
//  wise_api_token           UUID v4 ; observed shape
//  stripe_secret_key / stripe_restricted_key "sk_live_51"/"rk_live_51" + 97 [A-Za-z0-9] ; Stripe docs (key prefixes), observed length
//  stripe_webhook_secret    "whsec_" + 32 [A-Za-z0-9] ; Stripe docs
//  modern_treasury_api_key  "live-" + 48 [A-Za-z0-9] ; GUESSED shape (docs show only api_key + organization_id)
//  modern_treasury_webhook_key 32 [A-Za-z0-9] ; GUESSED shape
//  dwolla_key / dwolla_secret 50 [A-Za-z0-9] each ; observed shape
//  marqeta_admin_access_token UUID (application token UUID neutral) ; observed shape
//  coinbase_api_key / coinbase_api_secret legacy 16 / 32 [A-Za-z0-9] ; observed shape
//  coinbase_exchange_*      key 32 hex, secret base64(64 bytes), passphrase 11 [a-z0-9] ; observed shape
//  coinbase_cdp_private_key SEC1 "EC PRIVATE KEY" P-256 PEM, key name organizations/<uuid>/apiKeys/<uuid> ; Coinbase CDP docs (ES256 keys)
//  binance_api_key / binance_api_secret 64 [A-Za-z0-9] ; observed shape
//  kraken_api_key           base64(42 bytes) = 56 chars ; Kraken docs (API-Key header), length observed
//  kraken_private_key       base64(64 bytes) = 88 chars ; Kraken docs (API-Sign uses base64-decoded secret)
//  fireblocks_secret_key    RSA-4096 PKCS#8 PEM (fireblocks_secret.key), API key UUID neutral ; Fireblocks docs "Manage API access"
//  bitgo_access_token       "v2x" + 64 hex ; BitGo changelog 2025-12-03 + SDK tests
//  quickbooks_client_secret 40 [A-Za-z0-9] (client id "AB"+48 neutral) ; observed shape
//  quickbooks_refresh_token "AB11" + 9 digits + 37 [A-Za-z0-9] ; observed shape
//  quickbooks_access_token  JWE compact, header {"enc":"A128CBC-HS256","alg":"dir"} ; observed shape
//  quickbooks_webhook_verifier_token UUID ; observed shape
//  xero_client_secret       48 [A-Za-z0-9_-] (client id 32 hex upper neutral) ; observed shape
//  freshbooks_client_secret 64 hex (client id 64 hex neutral) ; GUESSED shape
//  onfido_api_token         "api_live." / "api_sandbox." + 11 [A-Za-z0-9_-] + "." + 32 [A-Za-z0-9_-] ; observed shape (public detector rules)
//  onfido_webhook_token     32 [A-Za-z0-9_-] ; observed shape
//  persona_api_key          "persona_production_"/"persona_sandbox_" + UUID ; prefix documented, body GUESSED
//  sumsub_app_token         "prd:"/"sbx:" + 24 [A-Za-z0-9] + "." + 32 [A-Za-z0-9] ; Sumsub docs (X-App-Token, sbx: prefix), body observed
//  sumsub_secret_key        32 [A-Za-z0-9] ; observed shape
//  sift_api_key             16 hex (beacon key 10 hex neutral, account id 24 hex negative) ; GUESSED shape
//  hsm_pin / hsm_so_pin     human chosen (PKCS#11 user / SO PIN) ; -
//  zmk_component / bdk_component 32 hex, odd-parity double-length TDES ; KCV = first 3 bytes of TDES-ECB(0^8) (negative) ; ANSI X9.24 practice
//  ssh_private_key          OpenSSH "openssh-key-v1" Ed25519 ; OpenSSH PROTOCOL.key
//  rsa_private_key          PKCS#1 "RSA PRIVATE KEY" in Terraform state (tls_private_key) ; Terraform tls provider
//  aws_access_key_id / aws_secret_access_key "AKIA" + 16 [A-Z2-7] / 40 base64 ; AWS docs
//  aws_ses_smtp_password    base64(0x04 || HMAC chain of the secret) ; AWS SES docs (derivation algorithm)
//  github_token             "ghp_" + 30 base62 + 6-char base62 CRC32 of the 30 chars ; GitHub token format blog
//  npm_token                "npm_" + 30 base62 + 6-char base62 CRC32 ; observed (same scheme)
//  gitlab_token             "glpat-" + 20 [A-Za-z0-9_-] ; GitLab docs
//  sonarqube_token          "squ_" + 40 hex ; SonarQube docs
//  slack_webhook_url        https://hooks.slack.com/services/T<9>/B<10>/<24> ; Slack docs
//  datadog_api_key          32 hex ; Datadog docs
//  jwt                      HS256 JWT signed with a random key ; RFC 7519
//  passwords (database_password, sftp_password, keystore_password, ...) human-style from word lists ; -

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2];
if (!SEED) {
  console.error("usage: node gen.mjs <seed>");
  process.exit(2);
}

// ---------------------------------------------------------------- random stream
let ctr = 0n;
let pool = Buffer.alloc(0);
function bytes(n) {
  while (pool.length < n) {
    const c = Buffer.alloc(8);
    c.writeBigUInt64BE(ctr++);
    pool = Buffer.concat([pool, crypto.createHmac("sha256", SEED).update(c).digest()]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function randInt(n) {
  // uniform in [0, n)
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = bytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[randInt(a.length)];
const str = (alpha, len) => {
  let s = "";
  for (let i = 0; i < len; i++) s += alpha[randInt(alpha.length)];
  return s;
};

const DIG = "0123456789";
const HEX = "0123456789abcdef";
const HEXU = "0123456789ABCDEF";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LOW;
const UPALNUM = UP + DIG;
const LOWALNUM = LOW + DIG;
const B64 = `${UP + LOW + DIG}+/`;
const B64URL = `${UP + LOW + DIG}-_`;
const B32 = `${UP}234567`;
const hex = (n) => str(HEX, n);
const hexU = (n) => str(HEXU, n);
const digits = (n) => pick("123456789".split("")) + str(DIG, n - 1);
const b64url = (buf) => buf.toString("base64url");
function uuid() {
  const b = bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "winter",
  "copper",
  "maple",
  "falcon",
  "orchid",
  "granite",
  "meadow",
  "saffron",
  "quartz",
  "willow",
  "ember",
  "thistle",
  "cobalt",
  "juniper",
  "marlin",
  "pebble",
  "summit",
  "tundra",
  "velvet",
  "walnut",
  "zephyr",
  "anchor",
  "bramble",
  "cedar",
  "glacier",
  "hazel",
  "indigo",
  "jasper",
  "kestrel",
  "lagoon",
  "mango",
  "nectar",
  "onyx",
  "pepper",
  "raven",
  "sparrow",
  "timber",
  "violet",
  "yarrow",
  "birch",
  "comet",
  "heron",
  "lemon",
  "mosaic",
  "nimbus",
  "prairie",
  "rocket",
  "sunset",
  "pickle",
  "biscuit",
  "dragon",
  "monkey",
  "tiger",
  "panther",
  "orbit",
  "ledger",
  "pluto",
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function password(opts = {}) {
  const sym = opts.urlSafe ? pick(["-", "_", "."]) : pick(["!", "@", "%", "*", "?", "!", ".", "-"]);
  const w1 = pick(WORDS),
    w2 = pick(WORDS),
    w3 = pick(WORDS);
  const yr = String(1985 + randInt(40));
  switch (randInt(opts.urlSafe ? 4 : 7)) {
    case 0:
      return `${w1}-${cap(w2)}-${digits(4)}`;
    case 1:
      return `${cap(w1)}${cap(w2)}${yr}`;
    case 2:
      return `${w1}.${w2}.${w3}${randInt(10)}`;
    case 3:
      return `${cap(w1)}_${w2}${digits(2)}`;
    case 4:
      return `${cap(w1)}${sym}${cap(w2)}${digits(2)}`;
    case 5:
      return `${cap(w1).replace(/a/g, "@").replace(/o/g, "0").replace(/e/g, "3")}${yr}${sym}`;
    default:
      return `${cap(w1)}${digits(4)}${sym}`;
  }
}
function _pin(n) {
  return str(DIG, n);
}

// ---------------------------------------------------------------- checksums & formats
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
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, "0");
}
function checksummed(prefix) {
  const body = str(B62, 30);
  return prefix + body + base62(crc32(body), 6);
}
function brokenChecksum(prefix) {
  // right shape, wrong CRC32
  const good = checksummed(prefix);
  const last = good[good.length - 1];
  let repl = pick(B62.split(""));
  while (repl === last) repl = pick(B62.split(""));
  return good.slice(0, -1) + repl;
}
const ghToken = () => checksummed("ghp_");
const npmToken = () => checksummed("npm_");

const adyenKey = () =>
  `AQE${str(B64, 101)}==-${bytes(32).toString("base64")}-${str(`${B62}<>:;~^()[]{}`, 16)}`;
const stripeKey = (p) => `${p}_live_51${str(B62, 97)}`;
const onfido = (env) => `api_${env}.${str(B64URL, 11)}.${str(B64URL, 32)}`;
const sumsubToken = (env) => `${env}:${str(B62, 24)}.${str(B62, 32)}`;
const klarnaBody = () => {
  let t = "";
  for (let i = 0; i < 45; i++) t += String.fromCharCode(33 + randInt(94));
  return b64url(Buffer.from(t));
};
const awsKeyId = () => `AKIA${str(B32, 16)}`;
const awsSecret = () => str(B64, 40);
const slackWebhook = () =>
  `https://hooks.slack.com/services/T${str(UPALNUM, 9)}/B${str(UPALNUM, 10)}/${str(B62, 24)}`;
function sesSmtpPassword(secret, region) {
  const h = (k, m) => crypto.createHmac("sha256", k).update(m).digest();
  let sig = h(`AWS4${secret}`, "11111111");
  for (const m of [region, "ses", "aws4_request", "SendRawEmail"]) sig = h(sig, m);
  return Buffer.concat([Buffer.from([0x04]), sig]).toString("base64");
}
function jwtHS256(payload) {
  const enc = (o) => b64url(Buffer.from(JSON.stringify(o)));
  const head = `${enc({ alg: "HS256", typ: "JWT" })}.${enc(payload)}`;
  return `${head}.${b64url(crypto.createHmac("sha256", bytes(32)).update(head).digest())}`;
}
function intuitJwe() {
  const head = b64url(Buffer.from(JSON.stringify({ enc: "A128CBC-HS256", alg: "dir" })));
  return `${head}..${b64url(bytes(16))}.${b64url(bytes(612))}.${b64url(bytes(16))}`;
}
function bcryptHash() {
  return `$2a$12$${str(`./${UP}${LOW}${DIG}`, 53)}`;
}
function sopsEnc(len) {
  return `ENC[AES256_GCM,data:${bytes(len).toString("base64")},iv:${bytes(32).toString("base64")},tag:${bytes(16).toString("base64")},type:str]`;
}
function sealed() {
  return Buffer.concat([Buffer.from([2, 0]), bytes(1 + randInt(40) + 540)]).toString("base64");
}
function ansibleVault() {
  const inner = [bytes(32).toString("hex"), bytes(32).toString("hex"), bytes(96).toString("hex")].join("\n");
  const h = Buffer.from(inner).toString("hex");
  const lines = h.match(/.{1,80}/g);
  return `$ANSIBLE_VAULT;1.1;AES256\n${lines.join("\n")}`;
}
function tdesComponent() {
  // 16 bytes, odd parity
  const b = bytes(16);
  for (let i = 0; i < 16; i++) {
    const v = b[i] & 0xfe;
    let ones = 0;
    for (let k = 1; k < 8; k++) ones += (v >> k) & 1;
    b[i] = v | (ones % 2 === 0 ? 1 : 0);
  }
  return b;
}
function kcv(key16) {
  const c = crypto.createCipheriv("des-ede3-ecb", Buffer.concat([key16, key16.subarray(0, 8)]), null);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(Buffer.alloc(8)), c.final()])
    .subarray(0, 3)
    .toString("hex")
    .toUpperCase();
}
const xor = (a, b) => Buffer.from(a.map((v, i) => v ^ b[i]));

// ---------------------------------------------------------------- key pairs (deterministic)
const toBig = (buf) => BigInt(`0x${buf.toString("hex")}`);
function bigToBuf(n) {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex");
}
function modInv(a, m) {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}
function genPrime(bits) {
  for (;;) {
    const b = bytes(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    const p = toBig(b);
    if ((p - 1n) % 65537n === 0n) continue;
    if (crypto.checkPrimeSync(p)) return p;
  }
}
function rsaKey(bits) {
  const e = 65537n;
  let p = genPrime(bits / 2),
    q = genPrime(bits / 2);
  while (p === q) q = genPrime(bits / 2);
  if (p < q) [p, q] = [q, p];
  const n = p * q,
    d = modInv(e, (p - 1n) * (q - 1n));
  const u = (x) => b64url(bigToBuf(x));
  return crypto.createPrivateKey({
    key: {
      kty: "RSA",
      n: u(n),
      e: u(e),
      d: u(d),
      p: u(p),
      q: u(q),
      dp: u(d % (p - 1n)),
      dq: u(d % (q - 1n)),
      qi: u(modInv(q, p)),
    },
    format: "jwk",
  });
}
function ecKey() {
  const ecdh = crypto.createECDH("prime256v1");
  ecdh.setPrivateKey(bytes(32));
  const pub = ecdh.getPublicKey();
  return crypto.createPrivateKey({
    key: {
      kty: "EC",
      crv: "P-256",
      d: b64url(Buffer.concat([Buffer.alloc(32), ecdh.getPrivateKey()]).subarray(-32)),
      x: b64url(pub.subarray(1, 33)),
      y: b64url(pub.subarray(33)),
    },
    format: "jwk",
  });
}
function ed25519() {
  const seed = bytes(32);
  const priv = crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  const pub = crypto.createPublicKey(priv).export({ type: "spki", format: "der" }).subarray(-32);
  return { seed, pub, priv };
}
const sshStr = (b) => {
  const l = Buffer.alloc(4);
  l.writeUInt32BE(b.length);
  return Buffer.concat([l, Buffer.from(b)]);
};
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
function sshEd25519Pub(k) {
  return Buffer.concat([sshStr("ssh-ed25519"), sshStr(k.pub)]).toString("base64");
}
function opensshPrivate(k, comment) {
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(k.pub)]);
  const check = bytes(4);
  let priv = Buffer.concat([
    check,
    check,
    sshStr("ssh-ed25519"),
    sshStr(k.pub),
    sshStr(Buffer.concat([k.seed, k.pub])),
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
  return (
    "-----BEGIN OPENSSH PRIVATE KEY-----\n" +
    blob
      .toString("base64")
      .match(/.{1,70}/g)
      .join("\n") +
    "\n-----END OPENSSH PRIVATE KEY-----"
  );
}
function ecdsaSshPub() {
  const ecdh = crypto.createECDH("prime256v1");
  ecdh.setPrivateKey(bytes(32));
  return Buffer.concat([
    sshStr("ecdsa-sha2-nistp256"),
    sshStr("nistp256"),
    sshStr(ecdh.getPublicKey()),
  ]).toString("base64");
}
const pemWrap = (label, der) =>
  `-----BEGIN ${label}-----\n${der
    .toString("base64")
    .match(/.{1,64}/g)
    .join("\n")}\n-----END ${label}-----`;
const trimPem = (s) => s.trim();

// minimal DER for a CSR and a self-signed certificate
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 255);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
const der = (tag, ...parts) => {
  const c = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), derLen(c.length), c]);
};
const SEQ = (...p) => der(0x30, ...p);
const SET = (...p) => der(0x31, ...p);
const INT = (buf) => der(0x02, buf[0] & 0x80 ? Buffer.concat([Buffer.from([0]), buf]) : buf);
function OID(s) {
  const a = s.split(".").map(Number);
  const out = [a[0] * 40 + a[1]];
  for (const v of a.slice(2)) {
    const t = [];
    let x = v;
    do {
      t.unshift(x & 127);
      x >>= 7;
    } while (x);
    for (let i = 0; i < t.length - 1; i++) t[i] |= 128;
    out.push(...t);
  }
  return der(0x06, Buffer.from(out));
}
const UTF8 = (s) => der(0x0c, Buffer.from(s));
const PRINT = (s) => der(0x13, Buffer.from(s));
const UTC = (s) => der(0x17, Buffer.from(s));
const BITS = (b) => der(0x03, Buffer.from([0]), b);
const NULLV = Buffer.from([5, 0]);
const SHA256RSA = SEQ(OID("1.2.840.113549.1.1.11"), NULLV);
const rdn = (oid, v) => SET(SEQ(OID(oid), oid === "2.5.4.6" ? PRINT(v) : UTF8(v)));
const nameOf = (c, o, ou, cn) =>
  SEQ(rdn("2.5.4.6", c), rdn("2.5.4.10", o), ...(ou ? [rdn("2.5.4.11", ou)] : []), rdn("2.5.4.3", cn));
function csrPem(key, name) {
  const spki = crypto.createPublicKey(key).export({ type: "spki", format: "der" });
  const info = SEQ(INT(Buffer.from([0])), name, spki, der(0xa0));
  return pemWrap("CERTIFICATE REQUEST", SEQ(info, SHA256RSA, BITS(crypto.sign("sha256", info, key))));
}
function certPem(key, name, nb, na) {
  const spki = crypto.createPublicKey(key).export({ type: "spki", format: "der" });
  const serial = bytes(16);
  serial[0] &= 0x7f;
  const bc = SEQ(
    OID("2.5.29.19"),
    der(0x01, Buffer.from([0xff])),
    der(0x04, SEQ(der(0x01, Buffer.from([0xff])))),
  );
  const tbs = SEQ(
    der(0xa0, INT(Buffer.from([2]))),
    INT(serial),
    SHA256RSA,
    name,
    SEQ(UTC(nb), UTC(na)),
    name,
    spki,
    der(0xa3, SEQ(bc)),
  );
  return pemWrap("CERTIFICATE", SEQ(tbs, SHA256RSA, BITS(crypto.sign("sha256", tbs, key))));
}

// ---------------------------------------------------------------- labelling machinery
const reg = [];
function mark(positive, type, secret, opts = {}) {
  const id = reg.length;
  reg.push({ positive, type, secret, opts, used: 0 });
  return `\u27e6${id}\u27e7`;
}
const P = (type, secret, opts) => mark(true, type, secret, opts);
const N = (type, secret, opts) => mark(false, type, secret, opts);
const U = (type, secret, opts) => mark(null, type, secret, opts);
const outFiles = [];
const labels = [];
const neutrals = [];
function emit(file, text) {
  let out = "";
  let last = 0;
  let line = 1;
  const re = /\u27e6(\d+)\u27e7/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const chunk = text.slice(last, m.index);
    for (const ch of chunk) if (ch === "\n") line++;
    out += chunk;
    const r = reg[Number(m[1])];
    r.used++;
    const rec = { file, line, type: r.type, secret: r.secret };
    if (r.positive !== null) rec.positive = r.positive;
    if (r.opts.decoded !== undefined) rec.decoded = r.opts.decoded;
    if (r.opts.note) rec.note = r.opts.note;
    (r.positive === null ? neutrals : labels).push(rec);
    out += r.secret;
    for (const ch of r.secret) if (ch === "\n") line++;
    last = re.lastIndex;
  }
  out += text.slice(last);
  if (out.includes("\u27e6")) throw new Error(`unresolved marker in ${file}`);
  outFiles.push([file, out]);
}

// shared values reused across files (the same leaked key showing up in several places)
const _CO = "kestrelpay";
const DOMAIN = "kestrelpay.com";

// =====================================================================================================
// payments-gateway (Java / Spring Boot)
// =====================================================================================================
emit(
  "payments-gateway/src/main/resources/application.yml",
  `server:
  port: 8080
  shutdown: graceful

spring:
  application:
    name: payments-gateway
  datasource:
    url: \${DB_URL:jdbc:postgresql://localhost:5432/gateway}
    username: \${DB_USER:gateway}
    password: ${N("database_password", "${DB_PASSWORD}", { note: "env placeholder" })}
  jpa:
    open-in-view: false

adyen:
  environment: \${ADYEN_ENV:TEST}
  merchant-account: \${ADYEN_MERCHANT_ACCOUNT:KestrelPayECOM}
  api-key: ${N("adyen_api_key", "${ADYEN_API_KEY}", { note: "env placeholder" })}
  hmac-key: ${N("adyen_hmac_key", "${ADYEN_HMAC_KEY}", { note: "env placeholder" })}

braintree:
  environment: \${BRAINTREE_ENV:sandbox}
  private-key: ${N("braintree_private_key", "${BRAINTREE_PRIVATE_KEY:}", { note: "env placeholder, empty default" })}

paypal:
  mode: \${PAYPAL_MODE:sandbox}
  client-secret: ${N("paypal_client_secret", "${PAYPAL_CLIENT_SECRET}", { note: "env placeholder" })}

checkout:
  base-url: https://api.sandbox.checkout.com
  secret-key: ${N("checkout_secret_key", "${CKO_SECRET_KEY}", { note: "env placeholder" })}

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
`,
);

{
  const mid = str(LOWALNUM, 16);
  emit(
    "payments-gateway/src/main/resources/application-prod.yml",
    `spring:
  datasource:
    url: jdbc:postgresql://pg-payments-prod.internal.${DOMAIN}:5432/gateway
    username: gateway_app
    password: ${P("database_password", password())}
    hikari:
      maximum-pool-size: 30

adyen:
  environment: LIVE
  merchant-account: KestrelPayECOM
  live-endpoint-url-prefix: ${N("adyen_live_url_prefix", `${hex(16)}-KestrelPay`, { note: "endpoint prefix, an identifier" })}
  api-key: "${P("adyen_api_key", adyenKey())}"
  hmac-key: ${P("adyen_hmac_key", hexU(64))}
  client-key: ${U("adyen_client_key", `live_${str(UPALNUM, 32)}`, { note: "client key is public by design" })}

braintree:
  environment: production
  merchant-id: ${N("braintree_merchant_id", mid, { note: "merchant identifier" })}
  public-key: ${U("braintree_public_key", str(LOWALNUM, 16), { note: "public key half of the API key pair" })}
  private-key: ${P("braintree_private_key", hex(32))}

paypal:
  mode: live
  client-id: ${U("paypal_client_id", `A${str(B64URL, 79)}`, { note: "OAuth client id" })}
  client-secret: ${P("paypal_client_secret", `E${str(B64URL, 79)}`)}
`,
  );
}

emit(
  "payments-gateway/src/main/resources/application-staging.properties",
  `# staging overrides -- loaded with SPRING_PROFILES_ACTIVE=staging
spring.datasource.url=jdbc:postgresql://pg-payments-stg.internal.${DOMAIN}:5432/gateway
spring.datasource.username=gateway_app
spring.datasource.password=${P("database_password", password())}

checkout.base-url=https://api.sandbox.checkout.com
checkout.secret-key=${P("checkout_secret_key", `sk_sbox_${str("abcdefghijklmnopqrstuvwxyz234567", 26)}`, { note: "sandbox key" })}
checkout.public-key=${U("checkout_public_key", `pk_sbox_${str("abcdefghijklmnopqrstuvwxyz234567", 26)}`)}
#checkout.secret-key=${P("checkout_secret_key", `sk_test_${uuid()}`, { note: "legacy ABC key, commented out" })}
checkout.webhook.authorization-key=${P("checkout_webhook_secret", uuid())}

square.environment=sandbox
square.access-token=${P("square_access_token", `EAAAl${str(B64URL, 59)}`, { note: "sandbox token" })}
square.application-id=${U("square_application_id", `sandbox-sq0idb-${str(B64URL, 22)}`)}
square.webhook.signature-key=${P("square_webhook_signature_key", str(B64URL, 22))}

mollie.api-key=${P("mollie_api_key", `test_${str(B62, 30)}`, { note: "test-mode key" })}
mollie.profile-id=pfl_${str(B62, 10)}
`,
);

{
  const fakeKey = "00112233445566778899AABBCCDDEEFF".repeat(2);
  const payload = `${str(UPALNUM, 16)}:KP-ORDER-104:::1000:EUR:AUTHORISATION:true`;
  const sig = crypto.createHmac("sha256", Buffer.from(fakeKey, "hex")).update(payload).digest("base64");
  emit(
    "payments-gateway/src/test/java/com/kestrelpay/gateway/adyen/AdyenWebhookHmacTest.java",
    `package com.kestrelpay.gateway.adyen;

import static org.assertj.core.api.Assertions.assertThat;

import com.adyen.util.HMACValidator;
import org.junit.jupiter.api.Test;

class AdyenWebhookHmacTest {

    // Test-only key, not configured in any Adyen account.
    private static final String HMAC_KEY = "${N("adyen_hmac_key", fakeKey, { note: "obviously fake test fixture" })}";
    private static final String API_KEY = "${N("adyen_api_key", "AQE_TEST_FAKE_KEY", { note: "test fixture placeholder" })}";

    @Test
    void acceptsCorrectlySignedNotification() throws Exception {
        String payload = "${payload}";
        String expected = "${N("hmac_signature", sig, { note: "computed signature, not a key" })}";
        assertThat(new HMACValidator().calculateHMAC(payload, HMAC_KEY)).isEqualTo(expected);
    }

    @Test
    void clientIsBuiltWithTestKey() {
        assertThat(AdyenClientFactory.forTest(API_KEY).getConfig().getEnvironment().name()).isEqualTo("TEST");
    }
}
`,
  );
}

emit(
  "payments-gateway/src/main/java/com/kestrelpay/gateway/paypal/PaypalNvpConfig.java",
  `package com.kestrelpay.gateway.paypal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import urn.ebay.api.PayPalAPI.PayPalAPIInterfaceServiceService;

import java.util.HashMap;
import java.util.Map;

/**
 * Legacy NVP credentials used by the settlement reconciliation (TransactionSearch / GetTransactionDetails).
 */
@Configuration
public class PaypalNvpConfig {

    // TODO(PAY-1182): move to Vault before the EU go-live
    static final String API_USERNAME = "${N("paypal_api_username", `settlements_api1.${DOMAIN}`, { note: "API username, an identifier" })}";
    static final String API_PASSWORD = "${P("paypal_nvp_password", str(UPALNUM, 16))}";
    static final String API_SIGNATURE = "${P("paypal_nvp_signature", `A${str(`${B62}.-`, 55)}`)}";
    // old signature, kept until the rollback window closes
    // static final String API_SIGNATURE = "${P("paypal_nvp_signature", `A${str(`${B62}.-`, 55)}`, { note: "commented-out line" })}";

    static final String ENDPOINT = "https://api-3t.paypal.com/nvp";

    @Bean
    public PayPalAPIInterfaceServiceService paypalNvpService() {
        Map<String, String> cfg = new HashMap<>();
        cfg.put("mode", "live");
        cfg.put("acct1.UserName", API_USERNAME);
        cfg.put("acct1.Password", API_PASSWORD);
        cfg.put("acct1.Signature", API_SIGNATURE);
        return new PayPalAPIInterfaceServiceService(cfg);
    }
}
`,
);

emit(
  "payments-gateway/src/main/java/com/kestrelpay/gateway/razorpay/RazorpayClientFactory.java",
  `package com.kestrelpay.gateway.razorpay;

import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import com.razorpay.Utils;
import org.json.JSONObject;
import org.springframework.stereotype.Component;

@Component
public class RazorpayClientFactory {

    private static final String KEY_ID = "${U("razorpay_key_id", `rzp_live_${str(B62, 14)}`, { note: "key id is sent to the browser checkout" })}";
    private static final String WEBHOOK_SECRET = "${P("razorpay_webhook_secret", `kp-rzp-webhook-${1990 + randInt(35)}-${str(B62, 6)}`)}";

    public RazorpayClient create() throws RazorpayException {
        String keySecret = ${N("razorpay_key_secret", 'System.getenv("RAZORPAY_KEY_SECRET")', { note: "read from environment" })};
        return new RazorpayClient(KEY_ID, keySecret);
    }

    public boolean verifyWebhook(String body, String signature) throws RazorpayException {
        return Utils.verifyWebhookSignature(body, signature, WEBHOOK_SECRET);
    }

    public JSONObject orderRequest(long amountPaise, String receipt) {
        JSONObject o = new JSONObject();
        o.put("amount", amountPaise);
        o.put("currency", "INR");
        o.put("receipt", receipt);
        return o;
    }
}
`,
);

emit(
  "payments-gateway/docker-compose.yml",
  `version: "3.9"
services:
  postgres:
    image: postgres:15.5
    environment:
      POSTGRES_DB: gateway
      POSTGRES_USER: gateway
      POSTGRES_PASSWORD: ${P("database_password", password())}
    ports:
      - "5432:5432"

  gateway:
    build: .
    depends_on: [postgres]
    environment:
      SPRING_PROFILES_ACTIVE: local
      PAYSTACK_SECRET_KEY: ${P("paystack_secret_key", `sk_test_${hex(40)}`, { note: "test-mode key" })}
      PAYSTACK_PUBLIC_KEY: ${U("paystack_public_key", `pk_test_${hex(40)}`)}
      FLW_SECRET_KEY: ${P("flutterwave_secret_key", `FLWSECK_TEST-${hex(32)}-X`, { note: "test-mode key" })}
      FLW_ENCRYPTION_KEY: ${P("flutterwave_encryption_key", `FLWSECK_TEST${hex(12)}`)}
      CKO_SECRET_KEY: ${N("checkout_secret_key", "${CKO_SECRET_KEY}", { note: "compose variable" })}
      DD_API_KEY: ${N("datadog_api_key", "${DD_API_KEY}", { note: "compose variable" })}
    ports:
      - "8080:8080"
`,
);

emit(
  "payments-gateway/README.md",
  `# payments-gateway

Routes card and APM payments to Adyen, Braintree, Checkout.com, Mollie and Square, and reconciles PayPal.

## Running locally

\`\`\`bash
docker compose up -d postgres
export CKO_SECRET_KEY=${N("checkout_secret_key", "<your-secret-key>", { note: "placeholder" })}
./mvnw spring-boot:run -Dspring-boot.run.profiles=local
\`\`\`

## Talking to Adyen directly

Per the Adyen docs:

\`\`\`bash
curl https://checkout-test.adyen.com/v71/paymentMethods \\
  -H "X-API-Key: ${N("adyen_api_key", "YOUR_X-API-KEY", { note: "vendor documentation placeholder" })}" \\
  -H "Content-Type: application/json" \\
  -d '{"merchantAccount": "KestrelPayECOM"}'
\`\`\`

## Mollie smoke test

Quick check that the live profile is enabled (ask #payments-eng before running against live):

\`\`\`bash
curl -X GET https://api.mollie.com/v2/methods \\
  -H "Authorization: Bearer ${P("mollie_api_key", `live_${str(B62, 30)}`, { note: "live key in a README curl" })}"
\`\`\`

## Profiles

| profile | database | PSPs |
|---------|----------|------|
| local   | docker   | sandbox |
| staging | pg-payments-stg | sandbox |
| prod    | pg-payments-prod | live |
`,
);

emit(
  "payments-gateway/.env.example",
  `# copy to .env and fill in -- never commit .env
STRIPE_SECRET_KEY=${N("stripe_secret_key", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", { note: "placeholder" })}
ADYEN_API_KEY=${N("adyen_api_key", "changeme", { note: "placeholder" })}
ADYEN_HMAC_KEY=${N("adyen_hmac_key", "0".repeat(64), { note: "all-zero placeholder" })}
ADYEN_MERCHANT_ACCOUNT=KestrelPayECOM
BRAINTREE_PRIVATE_KEY=${N("braintree_private_key", "<braintree-private-key>", { note: "placeholder" })}
PAYPAL_CLIENT_SECRET=
DB_URL=jdbc:postgresql://localhost:5432/gateway
`,
);

emit(
  "payments-gateway/ci/settings.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>kestrel-releases</id>
      <username>ci-deployer</username>
      <password>${P("nexus_password", password())}</password>
    </server>
    <server>
      <id>kestrel-snapshots</id>
      <username>ci-deployer</username>
      <password>${N("nexus_password", "${env.NEXUS_PASSWORD}", { note: "maven env interpolation" })}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kestrel-central</id>
      <mirrorOf>central</mirrorOf>
      <url>https://nexus.internal.${DOMAIN}/repository/maven-central/</url>
    </mirror>
  </mirrors>
</settings>
`,
);

emit(
  "payments-gateway/src/main/resources/worldpay.properties",
  `# Worldpay Online (card-not-present, GBP/EUR)
worldpay.online.client-key=${U("worldpay_client_key", `L_C_${uuid()}`, { note: "client key is used in the browser" })}
worldpay.online.service-key=${P("worldpay_service_key", `L_S_${uuid()}`)}
#worldpay.online.service-key=${P("worldpay_service_key", `T_S_${uuid()}`, { note: "test key, commented out" })}

# Worldpay XML Direct (settlement files + refunds)
worldpay.xml.merchant-code=KESTRELPAYGBP
worldpay.xml.password=${P("worldpay_xml_password", password())}

# Authorize.Net (US merchants)
authorizenet.environment=PRODUCTION
authorizenet.api-login-id=${U("authorize_net_login_id", str(B62, 10), { note: "API login id, identifier half" })}
authorizenet.transaction-key=${P("authorize_net_transaction_key", str(B62, 16))}
authorizenet.signature-key=${P("authorize_net_signature_key", hexU(128))}
`,
);

emit(
  "payments-gateway/src/main/resources/klarna.conf",
  `klarna {
  region = "eu"
  base-url = "https://api.klarna.com"
  api-key = "${P("klarna_api_key", `klarna_live_api_${klarnaBody()}`)}"

  # legacy KP credentials, still used by the refunds batch until KP-2291 lands
  legacy {
    username = "${N("klarna_username", `PK${str(DIG, 5)}_${hex(12)}`, { note: "username, an identifier" })}"
    password = "${P("klarna_password", str(B62, 16))}"
  }

  client-identifier = "${U("klarna_client_id", `klarna_live_client_${klarnaBody()}`, { note: "client identifier for the web SDK" })}"
  timeouts { connect = 3s, read = 10s }
}
`,
);

// =====================================================================================================
// ledger-service (Kotlin)
// =====================================================================================================
emit(
  "ledger-service/src/main/kotlin/com/kestrelpay/ledger/treasury/ModernTreasuryClient.kt",
  `package com.kestrelpay.ledger.treasury

import io.ktor.client.HttpClient
import io.ktor.client.request.basicAuth
import io.ktor.client.request.get
import io.ktor.client.statement.HttpResponse

class ModernTreasuryClient(
    private val http: HttpClient,
    private val organizationId: String = System.getenv("MT_ORG_ID") ?: "${N("modern_treasury_organization_id", uuid(), { note: "organization id, an identifier" })}",
    // fallback so the reconciler still runs when the secret mount is missing (INC-482)
    private val apiKey: String = System.getenv("MT_API_KEY") ?: "${P("modern_treasury_api_key", `live-${str(B62, 48)}`)}",
) {
    suspend fun paymentOrders(page: String? = null): HttpResponse =
        http.get("https://app.moderntreasury.com/api/payment_orders" + (page?.let { "?after_cursor=$it" } ?: "")) {
            basicAuth(organizationId, apiKey)
        }
}
`,
);

emit(
  "ledger-service/src/main/resources/application.conf",
  `ktor {
  deployment { port = 8081 }
  application { modules = [ com.kestrelpay.ledger.ApplicationKt.module ] }
}

stripe {
  secret-key = "${P("stripe_secret_key", stripeKey("sk"))}"
  secret-key = ${N("stripe_secret_key", "${?STRIPE_SECRET_KEY}", { note: "HOCON optional env substitution" })}
  restricted-key = "${P("stripe_restricted_key", stripeKey("rk"))}"
  webhook-secret = "${P("stripe_webhook_secret", `whsec_${str(B62, 32)}`)}"
  treasury {
    financial-account = "${N("stripe_financial_account_id", `fa_1${str(B62, 23)}`, { note: "object id" })}"
    connected-account = "${N("stripe_account_id", `acct_1${str(B62, 15)}`, { note: "object id" })}"
  }
}

modern-treasury {
  webhook-key = "${P("modern_treasury_webhook_key", str(B62, 32))}"
}
`,
);

emit(
  "ledger-service/src/test/kotlin/com/kestrelpay/ledger/StripeFixtures.kt",
  `package com.kestrelpay.ledger

object StripeFixtures {
    const val SECRET_KEY = "${N("stripe_secret_key", `sk_test_${"0".repeat(24)}`, { note: "obviously fake fixture" })}"
    const val WEBHOOK_SECRET = "${N("stripe_webhook_secret", "whsec_test_secret_do_not_use", { note: "fake fixture" })}"

    fun inboundTransferEvent(amount: Long) = """
        {"type": "treasury.inbound_transfer.succeeded",
         "data": {"object": {"amount": $amount, "currency": "usd", "status": "succeeded"}}}
    """.trimIndent()
}
`,
);

emit(
  "ledger-service/gradle.properties",
  `org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
kotlin.code.style=official
artifactoryUser=svc-ledger-ci
artifactoryPassword=${P("artifactory_password", password())}
systemProp.sonar.host.url=https://sonar.internal.${DOMAIN}
systemProp.sonar.token=${P("sonarqube_token", `squ_${hex(40)}`)}
`,
);

emit(
  "ledger-service/build.gradle.kts",
  `plugins {
    kotlin("jvm") version "1.9.22"
    id("io.ktor.plugin") version "2.3.7"
    id("org.sonarqube") version "4.4.1.3373"
}

group = "com.kestrelpay"
version = "2.14.0"

repositories {
    maven {
        url = uri("https://artifactory.internal.${DOMAIN}/artifactory/libs-release")
        credentials {
            username = findProperty("artifactoryUser") as String?
            password = ${N("artifactory_password", 'findProperty("artifactoryPassword") as String?', { note: "gradle property lookup" })}
        }
    }
    mavenCentral()
}

dependencies {
    implementation("io.ktor:ktor-server-netty")
    implementation("com.stripe:stripe-java:24.8.0")
    testImplementation(kotlin("test"))
}
`,
);

emit(
  "ledger-service/src/main/resources/db/migration/V12__seed_partner_credentials.sql",
  `-- V12: partner credentials used by the funding reconciler
CREATE TABLE IF NOT EXISTS partner_credentials (
    partner     text PRIMARY KEY,
    client_id   text NOT NULL,
    secret_hash text NOT NULL
);

INSERT INTO partner_credentials (partner, client_id, secret_hash) VALUES
    ('dwolla',  'kp-ledger', '${N("bcrypt_hash", bcryptHash(), { note: "password hash" })}'),
    ('marqeta', 'kp-cards',  '${N("bcrypt_hash", bcryptHash(), { note: "password hash" })}');

-- TODO(LED-311): hash these too, the reconciler still reads them in clear
CREATE TABLE IF NOT EXISTS funding_sources (provider text, api_key text, api_secret text);
INSERT INTO funding_sources (provider, api_key, api_secret) VALUES
    ('dwolla', '${P("dwolla_key", str(B62, 50))}', '${P("dwolla_secret", str(B62, 50))}');
`,
);

// =====================================================================================================
// risk-jobs (Python)
// =====================================================================================================
emit(
  "risk-jobs/config/settings.py",
  `"""Runtime settings for the risk jobs. Values come from the environment in prod."""
import os

SIFT_API_KEY = ${N("sift_api_key", 'os.environ["SIFT_API_KEY"]', { note: "read from environment" })}
SIFT_ACCOUNT_ID = "${N("sift_account_id", hex(24), { note: "account id, an identifier" })}"
SIFT_BEACON_KEY = "${U("sift_beacon_key", hex(10), { note: "JS beacon key, public" })}"

PLAID_CLIENT_ID = "${U("plaid_client_id", hex(24), { note: "client id" })}"
PLAID_SECRET = os.getenv("PLAID_SECRET", "${P("plaid_secret", hex(30), { note: "production secret as getenv default" })}")
PLAID_ENV = "production"

REDIS_URL = os.getenv("REDIS_URL", "redis://:${P("redis_password", password({ urlSafe: true }))}@risk-redis.internal.${DOMAIN}:6379/0")

CHARGEBACK_THRESHOLD = float(os.getenv("CHARGEBACK_THRESHOLD", "0.82"))
`,
);

{
  const sumsubSecret = str(B62, 32);
  const siftKey = hex(16);
  const nb = {
    cells: [
      {
        cell_type: "markdown",
        metadata: {},
        source: [
          "# Chargeback model -- feature pull\n",
          "\n",
          "Pulls Sift scores and Plaid balance signals for disputed transactions (Q1).",
        ],
      },
      {
        cell_type: "code",
        execution_count: 1,
        metadata: {},
        outputs: [],
        source: [
          "import os\n",
          "import pandas as pd\n",
          `os.environ['SUMSUB_SECRET_KEY'] = '${P("sumsub_secret_key", sumsubSecret)}'  # TODO remove before commit\n`,
          "from riskjobs import features",
        ],
      },
      {
        cell_type: "code",
        execution_count: 2,
        metadata: {},
        outputs: [],
        source: [
          "import sift\n",
          `client = sift.Client(api_key='${P("sift_api_key", siftKey)}', account_id=features.SIFT_ACCOUNT_ID)`,
        ],
      },
      {
        cell_type: "code",
        execution_count: 3,
        metadata: {},
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: [
              "{'plaid_env': 'production',\n",
              ` 'plaid_secret': '${P("plaid_secret", hex(30), { note: "notebook output" })}',\n`,
              ` 'access_token': '${P("plaid_access_token", `access-production-${uuid()}`, { note: "notebook output" })}',\n`,
              " 'window_days': 90}\n",
            ],
          },
        ],
        source: ["cfg = features.load_config()\n", "print(cfg)"],
      },
      {
        cell_type: "code",
        execution_count: 4,
        metadata: {},
        outputs: [
          {
            data: { "text/plain": ["(18342, 27)"] },
            execution_count: 4,
            metadata: {},
            output_type: "execute_result",
          },
        ],
        source: ["df = features.disputes(client, since='2024-01-01')\n", "df.shape"],
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.7" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  emit("risk-jobs/notebooks/chargeback_model.ipynb", `${JSON.stringify(nb, null, 1)}\n`);
}

emit(
  "risk-jobs/jobs/onfido_backfill.py",
  `"""Backfill Onfido check results into the risk warehouse."""
import os
import requests

# ONFIDO_API_TOKEN=${P("onfido_api_token", onfido("live"), { note: "token in a comment" })}  (temp token for the March backfill, rotate after)
API_TOKEN = ${N("onfido_api_token", 'os.environ.get("ONFIDO_API_TOKEN")', { note: "read from environment" })}
SANDBOX_TOKEN = "${P("onfido_api_token", onfido("sandbox"), { note: "sandbox token" })}"
BASE = "https://api.eu.onfido.com/v3.6"


def checks(applicant_id, sandbox=False):
    token = SANDBOX_TOKEN if sandbox else API_TOKEN
    r = requests.get(f"{BASE}/checks", params={"applicant_id": applicant_id},
                     headers={"Authorization": f"Token token={token}"}, timeout=20)
    r.raise_for_status()
    return r.json()["checks"]
`,
);

{
  const fakeSecret = "wbhsec_00000000-0000-0000-0000-000000000000";
  const body = '{"data":{"type":"event","attributes":{"name":"inquiry.completed"}}}';
  const sig = crypto.createHmac("sha256", fakeSecret).update(`1700000000.${body}`).digest("hex");
  emit(
    "risk-jobs/tests/test_persona_webhooks.py",
    `import hmac
import hashlib

from riskjobs.persona import verify_signature

WEBHOOK_SECRET = "${N("persona_webhook_secret", fakeSecret, { note: "zeroed test fixture" })}"
API_KEY = "${N("persona_api_key", "persona_sandbox_test_key", { note: "fake fixture" })}"
BODY = b'${body}'


def test_valid_signature():
    header = "t=1700000000,v1=${N("hmac_signature", sig, { note: "computed signature" })}"
    assert verify_signature(BODY, header, WEBHOOK_SECRET)


def test_tampered_body():
    header = "t=1700000000,v1=" + hmac.new(WEBHOOK_SECRET.encode(), b"x", hashlib.sha256).hexdigest()
    assert not verify_signature(BODY, header, WEBHOOK_SECRET)
`,
  );
}

emit(
  "risk-jobs/requirements.txt",
  `# generated by pip-compile --generate-hashes
requests==2.31.0 \\
    --hash=sha256:${N("sha256_hash", hex(64), { note: "package hash" })}
sift==5.5.0 \\
    --hash=sha256:${N("sha256_hash", hex(64), { note: "package hash" })}
onfido-python==2.7.0
pandas==2.1.4
apache-airflow-providers-http==4.8.0
`,
);

emit(
  "risk-jobs/airflow/dags/kyc_refresh.py",
  `from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator

from riskjobs import kyc

PERSONA_API_KEY = ${N("persona_api_key", 'Variable.get("persona_api_key")', { note: "airflow variable lookup" })}
# local runs without the metadata DB:
# PERSONA_API_KEY = "${P("persona_api_key", `persona_production_${uuid()}`, { note: "commented-out line" })}"
SUMSUB_APP_TOKEN = "${P("sumsub_app_token", sumsubToken("prd"))}"
SUMSUB_SECRET = ${N("sumsub_secret_key", 'Variable.get("sumsub_secret_key")', { note: "airflow variable lookup" })}

default_args = {"owner": "risk", "retries": 2, "retry_delay": timedelta(minutes=10)}

with DAG("kyc_refresh", start_date=datetime(2024, 1, 1), schedule="0 3 * * *",
         default_args=default_args, catchup=False) as dag:
    PythonOperator(task_id="refresh_persona", python_callable=kyc.refresh_persona,
                   op_kwargs={"api_key": PERSONA_API_KEY})
    PythonOperator(task_id="refresh_sumsub", python_callable=kyc.refresh_sumsub,
                   op_kwargs={"app_token": SUMSUB_APP_TOKEN, "secret": SUMSUB_SECRET})
`,
);

emit(
  "risk-jobs/.github/workflows/nightly.yml",
  `name: nightly-risk
on:
  schedule:
    - cron: "15 2 * * *"
  workflow_dispatch: {}

jobs:
  score:
    runs-on: ubuntu-latest
    env:
      SIFT_API_KEY: ${N("sift_api_key", "${{ secrets.SIFT_API_KEY }}", { note: "CI secret reference" })}
      SUMSUB_SECRET_KEY: ${N("sumsub_secret_key", "${{ secrets.SUMSUB_SECRET_KEY }}", { note: "CI secret reference" })}
      PLAID_SECRET: ${N("plaid_secret", "${{ secrets.PLAID_SECRET }}", { note: "CI secret reference" })}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python -m riskjobs.nightly --date "\${{ github.event.schedule && 'yesterday' || 'today' }}"
`,
);

{
  const jwt = jwtHS256({
    sub: "svc-kyc-worker",
    iss: `https://auth.internal.${DOMAIN}`,
    aud: "kyc-api",
    iat: 1710382200,
    exp: 1710468600,
    scope: "kyc:write",
  });
  emit(
    "risk-jobs/logs/kyc-worker-2024-03-14.log",
    `2024-03-14T02:11:06.901Z INFO  kyc.worker starting batch=kyc-refresh-0314 size=412
2024-03-14T02:11:07.412Z INFO  kyc.worker request_id=${N("uuid", uuid(), { note: "request id" })} POST https://api.eu.onfido.com/v3.6/checks
2024-03-14T02:11:07.413Z DEBUG urllib3 headers={'Authorization': 'Token token=${P("onfido_api_token", onfido("live"), { note: "token in a debug log" })}', 'Content-Type': 'application/json'}
2024-03-14T02:11:07.988Z INFO  kyc.worker onfido check created status=in_progress
2024-03-14T02:11:08.002Z DEBUG kyc.sumsub GET /resources/applicants/-;externalUserId=u_88213/one X-App-Token=${P("sumsub_app_token", sumsubToken("prd"), { note: "log line" })} X-App-Access-Sig=${N("hmac_signature", hex(64), { note: "request signature" })} X-App-Access-Ts=1710382268
2024-03-14T02:11:08.540Z WARN  kyc.persona retrying inquiry fetch api_key=${N("persona_api_key", `persona_production_****************${hex(4)}`, { note: "redacted" })} attempt=2
2024-03-14T02:11:09.120Z DEBUG kyc.client calling kyc-api Authorization: Bearer ${P("jwt", jwt, { note: "service JWT in a log" })}
2024-03-14T02:11:09.377Z INFO  kyc.plaid exchanged public token -> access_token=${P("plaid_access_token", `access-production-${uuid()}`, { note: "log line" })} item=${N("plaid_item_id", str(B62, 37), { note: "item id, an identifier" })}
2024-03-14T02:11:10.004Z INFO  kyc.client upstream responded 200 Authorization: Bearer ${N("redacted", "********", { note: "masked" })}
2024-03-14T02:11:41.551Z INFO  kyc.worker batch done ok=409 failed=3 elapsed=34.6s
`,
  );
}

// =====================================================================================================
// infra/terraform
// =====================================================================================================
const acct = digits(12);
emit(
  "infra/terraform/payments/main.tf",
  `terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "kp-terraform-state-prod"
    key    = "payments/terraform.tfstate"
    region = "eu-west-2"
  }
}

provider "aws" {
  region              = "eu-west-2"
  allowed_account_ids = ["${N("aws_account_id", acct, { note: "account id, an identifier" })}"]
}

resource "aws_secretsmanager_secret" "coinbase_exchange" {
  name = "prod/custody/coinbase-exchange"
}

resource "aws_secretsmanager_secret_version" "coinbase_exchange" {
  secret_id = aws_secretsmanager_secret.coinbase_exchange.id
  # FIXME: seeded by hand during the migration, move to a manual rotation
  secret_string = jsonencode({
    api_key    = "${P("coinbase_exchange_api_key", hex(32))}"
    api_secret = "${P("coinbase_exchange_api_secret", bytes(64).toString("base64"))}"
    passphrase = "${P("coinbase_exchange_passphrase", str(LOWALNUM, 11))}"
  })
}

resource "aws_secretsmanager_secret" "adyen" {
  name = "prod/payments/adyen"
}

resource "aws_secretsmanager_secret_version" "adyen" {
  secret_id     = aws_secretsmanager_secret.adyen.id
  secret_string = ${N("adyen_api_key", "var.adyen_api_key", { note: "terraform variable reference" })}
}
`,
);

emit(
  "infra/terraform/payments/terraform.tfvars",
  `environment    = "prod"
aws_account_id = "${N("aws_account_id", acct, { note: "account id" })}"

plaid_secret     = "${P("plaid_secret", hex(30))}"
wise_api_token   = "${P("wise_api_token", uuid())}"
gocardless_token = "${P("gocardless_access_token", `live_${str(B64URL, 40)}`)}"
adyen_api_key    = ""
`,
);

{
  const iamId = awsKeyId(),
    iamSecret = awsSecret();
  const tlsKey = `${trimPem(rsaKey(2048).export({ type: "pkcs1", format: "pem" }))}\n`;
  const tlsEsc = JSON.stringify(tlsKey).slice(1, -1);
  const dbPw = password();
  const rnd = str(`${B62}!#%&*()-_=+`, 24);
  emit(
    "infra/terraform/payments/terraform.tfstate",
    `{
  "version": 4,
  "terraform_version": "1.6.6",
  "serial": 87,
  "lineage": "${N("uuid", uuid(), { note: "state lineage id" })}",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "payments",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 2,
          "attributes": {
            "identifier": "payments-prod",
            "engine": "postgres",
            "engine_version": "15.5",
            "username": "gateway_admin",
            "password": "${P("database_password", dbPw, { note: "terraform state" })}",
            "port": 5432
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "random_password",
      "name": "settlement_sftp",
      "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "bcrypt_hash": "${N("bcrypt_hash", bcryptHash(), { note: "hash of the password" })}",
            "id": "none",
            "length": 24,
            "result": "${P("sftp_password", rnd, { note: "random_password result in state" })}",
            "special": true
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "reconciler",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "${P("aws_access_key_id", iamId)}",
            "secret": "${P("aws_secret_access_key", iamSecret)}",
            "ses_smtp_password_v4": "${P("aws_ses_smtp_password", sesSmtpPassword(iamSecret, "eu-west-2"))}",
            "status": "Active",
            "user": "svc-reconciler"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "tls_private_key",
      "name": "sftp_client",
      "provider": "provider[\\"registry.terraform.io/hashicorp/tls\\"]",
      "instances": [
        {
          "schema_version": 1,
          "attributes": {
            "algorithm": "RSA",
            "rsa_bits": 2048,
            "private_key_pem": "${P("rsa_private_key", tlsEsc, { decoded: tlsKey, note: "JSON-escaped PEM in state" })}"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_lambda_function",
      "name": "webhook_fanout",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "function_name": "webhook-fanout",
            "runtime": "python3.11",
            "source_code_hash": "${N("sha256_hash", bytes(32).toString("base64"), { note: "base64 sha256 of the zip" })}"
          }
        }
      ]
    }
  ]
}
`,
  );
}

emit(
  "infra/terraform/modules/sftp/variables.tf",
  `variable "sftp_host" {
  type = string
}

variable "sftp_username" {
  type    = string
  default = "kestrelpay_settle"
}

variable "sftp_password" {
  type      = string
  sensitive = true
  default   = "${N("sftp_password", "changeme", { note: "placeholder default" })}"
}

variable "host_key_fingerprint" {
  type    = string
  default = "${N("ssh_host_key_fingerprint", `SHA256:${bytes(32).toString("base64").replace(/=+$/, "")}`, { note: "public host key fingerprint" })}"
}
`,
);

emit(
  "infra/terraform/payments/.terraform.lock.hcl",
  `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.30"
  hashes = [
    "h1:${N("terraform_provider_hash", bytes(32).toString("base64"), { note: "provider checksum" })}",
    "zh:${N("terraform_provider_hash", hex(64), { note: "provider checksum" })}",
  ]
}
`,
);

// =====================================================================================================
// deploy (Helm, k8s, SOPS, Ansible)
// =====================================================================================================
emit(
  "deploy/helm/payments-gateway/values.yaml",
  `replicaCount: 2
image:
  repository: ghcr.io/kestrelpay/payments-gateway
  tag: ""

adyen:
  apiKey: ""
  existingSecret: payments-gateway-adyen

square:
  accessToken: ${N("square_access_token", "REPLACE_ME", { note: "placeholder" })}

datadog:
  apiKey: "${N("datadog_api_key", "<DATADOG_API_KEY>", { note: "placeholder" })}"

resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { memory: 1Gi }
`,
);

emit(
  "deploy/helm/payments-gateway/values-prod.yaml",
  `replicaCount: 6

razorpay:
  keyId: ${U("razorpay_key_id", `rzp_live_${str(B62, 14)}`)}
  keySecret: ${P("razorpay_key_secret", str(B62, 24))}

paystack:
  secretKey: ${P("paystack_secret_key", `sk_live_${hex(40)}`)}

flutterwave:
  secretKey: ${P("flutterwave_secret_key", `FLWSECK-${hex(32)}-X`)}
  publicKey: ${U("flutterwave_public_key", `FLWPUBK-${hex(32)}-X`)}

mollie:
  organizationToken: ${P("mollie_access_token", `access_${str(B62, 40)}`)}

square:
  oauthClientSecret: ${P("square_oauth_secret", `sq0csp-${str(B64URL, 43)}`)}

ingress:
  hosts: [pay.${DOMAIN}]
`,
);

emit(
  "deploy/helm/payments-gateway/templates/secret.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "payments-gateway.fullname" . }}
  labels:
    {{- include "payments-gateway.labels" . | nindent 4 }}
type: Opaque
data:
  ADYEN_API_KEY: ${N("adyen_api_key", "{{ .Values.adyen.apiKey | b64enc | quote }}", { note: "helm template" })}
  SQUARE_ACCESS_TOKEN: ${N("square_access_token", "{{ .Values.square.accessToken | b64enc | quote }}", { note: "helm template" })}
  DD_API_KEY: ${N("datadog_api_key", "{{ .Values.datadog.apiKey | b64enc }}", { note: "helm template" })}
`,
);

emit(
  "deploy/helm/payments-gateway/templates/sealedsecret-paypal.yaml",
  `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments-gateway-paypal
  namespace: payments
spec:
  encryptedData:
    PAYPAL_CLIENT_SECRET: ${N("sealed_secret", sealed(), { note: "sealed-secrets ciphertext" })}
    PAYPAL_NVP_PASSWORD: ${N("sealed_secret", sealed(), { note: "sealed-secrets ciphertext" })}
  template:
    metadata:
      name: payments-gateway-paypal
      namespace: payments
`,
);

{
  const on = onfido("live"),
    ss = str(B62, 32),
    pk = `persona_production_${uuid()}`;
  const b = (s) => Buffer.from(s).toString("base64");
  emit(
    "deploy/k8s/kyc/secret-vendors.yaml",
    `apiVersion: v1
kind: Secret
metadata:
  name: kyc-vendors
  namespace: kyc
type: Opaque
data:
  ONFIDO_API_TOKEN: ${P("onfido_api_token", b(on), { decoded: on, note: "base64 in a k8s Secret" })}
  SUMSUB_SECRET_KEY: ${P("sumsub_secret_key", b(ss), { decoded: ss, note: "base64 in a k8s Secret" })}
  PERSONA_API_KEY: ${P("persona_api_key", b(pk), { decoded: pk, note: "base64 in a k8s Secret" })}
stringData:
  SIFT_API_KEY: "${P("sift_api_key", hex(16))}"
`,
  );
}

emit(
  "deploy/secrets/prod.enc.yaml",
  `stripe:
    secret_key: ${N("sops_encrypted", sopsEnc(107), { note: "SOPS ciphertext" })}
binance:
    api_key: ${N("sops_encrypted", sopsEnc(64), { note: "SOPS ciphertext" })}
    api_secret: ${N("sops_encrypted", sopsEnc(64), { note: "SOPS ciphertext" })}
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:${acct}:key/${uuid()}
          created_at: "2024-04-02T09:14:51Z"
          enc: ${N("sops_encrypted", bytes(184).toString("base64"), { note: "KMS-encrypted data key" })}
          aws_profile: ""
    lastmodified: "2024-04-02T09:14:55Z"
    mac: ${N("sops_encrypted", sopsEnc(32), { note: "SOPS MAC" })}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`,
);

emit(
  "deploy/ansible/group_vars/hsm/vault.yml",
  `${N("ansible_vault", ansibleVault(), { note: "ansible-vault ciphertext" })}\n`,
);

emit(
  "deploy/ansible/group_vars/hsm/vars.yml",
  `---
hsm_vendor: thales-luna
hsm_partition_label: kp-card-prod
hsm_client_cert_cn: "card-svc-{{ inventory_hostname_short }}"
hsm_user_pin: ${N("hsm_pin", '"{{ vault_hsm_user_pin }}"', { note: "ansible vault variable" })}
# TODO(SEC-77): move the SO PIN into vault.yml as well
hsm_so_pin: "${P("hsm_so_pin", password())}"
luna_client_admin_password: "${P("hsm_admin_password", password())}"
`,
);

// =====================================================================================================
// crypto-custody (TypeScript)
// =====================================================================================================
emit(
  "crypto-custody/src/config/exchanges.ts",
  `export const binance = {
  apiKey: ${N("binance_api_key", "process.env.BINANCE_API_KEY!", { note: "read from environment" })},
  apiSecret: ${N("binance_api_secret", "process.env.BINANCE_API_SECRET!", { note: "read from environment" })},
  recvWindow: 5000,
};

// Kraken keys for the treasury sweep. Fallbacks let the sweeper run from a laptop during the migration.
export const kraken = {
  apiKey: process.env.KRAKEN_API_KEY ?? '${P("kraken_api_key", bytes(42).toString("base64"))}',
  privateKey: process.env.KRAKEN_PRIVATE_KEY ?? '${P("kraken_private_key", bytes(64).toString("base64"))}',
};
`,
);

{
  const fb = rsaKey(4096);
  emit(
    "crypto-custody/secrets/fireblocks_secret.key",
    `${P("fireblocks_secret_key", trimPem(fb.export({ type: "pkcs8", format: "pem" })), {
      note: "RSA-4096 API secret key file",
    })}\n`,
  );
  emit(
    "crypto-custody/secrets/fireblocks.csr",
    `${N(
      "certificate_signing_request",
      csrPem(fb, SEQ(rdn("2.5.4.10", "Kestrel Pay Ltd"), rdn("2.5.4.3", "kp-custody-api"))),
      { note: "CSR holds only the public key" },
    )}\n`,
  );
}

emit(
  "crypto-custody/.env",
  `FIREBLOCKS_API_KEY=${U("fireblocks_api_key", uuid(), { note: "API user id, used with the RSA secret key" })}
FIREBLOCKS_SECRET_KEY_PATH=./secrets/fireblocks_secret.key
FIREBLOCKS_BASE_URL=https://api.fireblocks.io
BITGO_ENV=prod
BITGO_ACCESS_TOKEN=${P("bitgo_access_token", `v2x${hex(64)}`)}
BITGO_WALLET_PASSPHRASE=${P("bitgo_wallet_passphrase", password())}
COINBASE_API_KEY=${P("coinbase_api_key", str(B62, 16))}
COINBASE_API_SECRET=${P("coinbase_api_secret", str(B62, 32))}
BINANCE_API_KEY=${P("binance_api_key", str(B62, 64))}
BINANCE_API_SECRET=${P("binance_api_secret", str(B62, 64))}
`,
);

{
  const ec = `${trimPem(ecKey().export({ type: "sec1", format: "pem" }))}\n`;
  const esc = JSON.stringify(ec).slice(1, -1);
  emit(
    "crypto-custody/keys/cdp_api_key.json",
    `{
   "name": "${N("coinbase_cdp_key_name", `organizations/${uuid()}/apiKeys/${uuid()}`, { note: "key name, an identifier" })}",
   "privateKey": "${P("coinbase_cdp_private_key", esc, { decoded: ec, note: "JSON-escaped EC key" })}"
}
`,
  );
}

emit(
  "crypto-custody/test/fixtures/bitgo.json",
  `{
  "accessToken": "${N("bitgo_access_token", `v2x${"0".repeat(64)}`, { note: "zeroed fixture (same as BitGo SDK tests)" })}",
  "walletId": "${N("bitgo_wallet_id", hex(24), { note: "wallet id" })}",
  "coin": "tbtc4",
  "otp": "0000000"
}
`,
);

emit(
  "crypto-custody/README.md",
  `# crypto-custody

Treasury sweeps between Fireblocks vaults, BitGo hot wallets and exchange accounts (Coinbase, Binance, Kraken).

## Setup

\`\`\`bash
cp .env.example .env
export BITGO_ACCESS_TOKEN=${N("bitgo_access_token", "<YOUR_ACCESS_TOKEN>", { note: "placeholder" })}
npm ci && npm run build
\`\`\`

The Fireblocks API user is \`kp-custody-api\`; its secret key lives in \`secrets/fireblocks_secret.key\` (never commit it).

Kraken: the sweeper key is the one labelled *treasury-sweep* in the Kraken UI (key \`${N("kraken_api_key", `${str(B64, 4)}…${str(B64, 4)}`, { note: "redacted" })}\`).
`,
);

emit(
  "crypto-custody/package-lock.json",
  `{
  "name": "crypto-custody",
  "version": "1.9.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "crypto-custody",
      "version": "1.9.2",
      "dependencies": {
        "@fireblocks/ts-sdk": "^5.0.0",
        "bitgo": "^38.1.0"
      }
    },
    "node_modules/@fireblocks/ts-sdk": {
      "version": "5.0.0",
      "resolved": "https://registry.npmjs.org/@fireblocks/ts-sdk/-/ts-sdk-5.0.0.tgz",
      "integrity": "${N("lockfile_integrity", `sha512-${bytes(64).toString("base64")}`, { note: "package integrity hash" })}"
    },
    "node_modules/bitgo": {
      "version": "38.1.0",
      "resolved": "https://registry.npmjs.org/bitgo/-/bitgo-38.1.0.tgz",
      "integrity": "${N("lockfile_integrity", `sha512-${bytes(64).toString("base64")}`, { note: "package integrity hash" })}"
    }
  }
}
`,
);

{
  const leaked = str(B62, 64);
  emit(
    "crypto-custody/docs/incidents/2024-02-07-binance-key-exposure.md",
    `# 2024-02-07 Binance API secret exposed in Slack

**Status:** resolved. Key \`${N("binance_api_key", `${str(B62, 8)}…`, { note: "redacted prefix" })}\` was deleted in the Binance UI at 10:05 UTC.

## Timeline (UTC)

- 09:41 sweeper failing with \`-2015 Invalid API-key, IP, or permissions\`.
- 09:42 while debugging, the full secret was pasted in #eng-custody:
  \`${P("binance_api_secret", leaked, { note: "pasted secret quoted in a postmortem" })}\`
- 09:58 security notified; key deleted, new key created with IP allowlist.
- 11:20 fix merged (${N("git_sha", hex(40), { note: "commit id" })}).

## Follow-ups

- Slack DLP rule for 64-char exchange secrets.
- Sweeper reads keys from AWS Secrets Manager only.
`,
  );
}

emit(
  "deploy/helm/crypto-custody/values-prod.yaml",
  `replicaCount: 1

fireblocks:
  apiKey: ${U("fireblocks_api_key", uuid())}
  secretKeySecretRef: fireblocks-secret-key

bitgo:
  env: prod
  accessToken: ${P("bitgo_access_token", `v2x${hex(64)}`)}

kraken:
  apiKey: ${P("kraken_api_key", bytes(42).toString("base64"))}
  privateKey: ${P("kraken_private_key", bytes(64).toString("base64"))}

schedule: "*/15 * * * *"
`,
);

// =====================================================================================================
// open-banking (Go)
// =====================================================================================================
emit(
  "open-banking/cmd/truelayer-sync/main.go",
  `package main

import (
	"context"
	"log"
	"net/url"
	"os"

	"github.com/kestrelpay/open-banking/internal/truelayer"
)

const (
	clientID     = "${U("truelayer_client_id", `kestrelpay-${hex(6)}`, { note: "client id" })}"
	clientSecret = "${P("truelayer_client_secret", uuid())}"
	authURL      = "https://auth.truelayer.com"
)

func main() {
	ctx := context.Background()
	c := truelayer.New(authURL, clientID, clientSecret)
	redirect, _ := url.Parse("https://pay.${DOMAIN}/ob/callback")
	if err := c.SyncMerchantAccounts(ctx, redirect); err != nil {
		log.Printf("sync failed: %v", err)
		os.Exit(1)
	}
}
`,
);

emit(
  "open-banking/config/gocardless.toml",
  `[gocardless]
environment = "live"
access_token = "${P("gocardless_access_token", `live_${str(B64URL, 40)}`)}"
webhook_endpoint_secret = "${P("gocardless_webhook_secret", str(B64URL, 40))}"
creditor = "CR000${str(UPALNUM, 9)}"

[gocardless.sandbox]
access_token = "${P("gocardless_access_token", `sandbox_${str(B64URL, 40)}`, { note: "sandbox token" })}"
`,
);

emit(
  "open-banking/internal/plaid/client_test.go",
  `package plaid

import "testing"

const (
	testAccessToken = "${N("plaid_access_token", "access-sandbox-00000000-0000-0000-0000-000000000000", { note: "zeroed fixture" })}"
	testPublicToken = "${N("plaid_public_token", `public-sandbox-${uuid()}`, { note: "short-lived sandbox public token fixture" })}"
)

func TestExchange(t *testing.T) {
	c := newFakeClient(t)
	got, err := c.Exchange(testPublicToken)
	if err != nil {
		t.Fatal(err)
	}
	if got != testAccessToken {
		t.Fatalf("got %q", got)
	}
}
`,
);

emit(
  "open-banking/.vscode/launch.json",
  `{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "funding-worker",
      "type": "go",
      "request": "launch",
      "mode": "auto",
      "program": "\${workspaceFolder}/cmd/funding-worker",
      "env": {
        "DWOLLA_ENV": "production",
        "DWOLLA_KEY": "${P("dwolla_key", str(B62, 50))}",
        "DWOLLA_SECRET": "${P("dwolla_secret", str(B62, 50))}",
        "MARQETA_BASE_URL": "https://kestrelpay-api.marqeta.com/v3",
        "MARQETA_APPLICATION_TOKEN": "${U("marqeta_application_token", uuid(), { note: "application token (username half)" })}",
        "MARQETA_ADMIN_ACCESS_TOKEN": "${P("marqeta_admin_access_token", uuid())}",
        "TRUELAYER_CLIENT_SECRET": "${N("truelayer_client_secret", "${env:TRUELAYER_CLIENT_SECRET}", { note: "VS Code env reference" })}"
      }
    }
  ]
}
`,
);

// =====================================================================================================
// accounting-sync (Python)
// =====================================================================================================
emit(
  "accounting-sync/quickbooks/.tokens.json",
  `{
  "realmId": "${N("quickbooks_realm_id", `9130${str(DIG, 12)}`, { note: "company id" })}",
  "token_type": "bearer",
  "access_token": "${P("quickbooks_access_token", intuitJwe())}",
  "expires_in": 3600,
  "refresh_token": "${P("quickbooks_refresh_token", `AB11${str(DIG, 9)}${str(B62, 37)}`)}",
  "x_refresh_token_expires_in": 8726400
}
`,
);

emit(
  "accounting-sync/config.ini",
  `[quickbooks]
environment = production
client_id = ${U("quickbooks_client_id", `AB${str(B62, 48)}`)}
client_secret = ${P("quickbooks_client_secret", str(B62, 40))}
webhook_verifier_token = ${P("quickbooks_webhook_verifier_token", uuid())}
redirect_uri = https://finops.${DOMAIN}/oauth/qbo/callback

[xero]
client_id = ${U("xero_client_id", hexU(32))}
client_secret = ${P("xero_client_secret", str(B64URL, 48))}
scopes = offline_access accounting.transactions accounting.contacts

[freshbooks]
client_id = ${U("freshbooks_client_id", hex(64))}
client_secret = ${P("freshbooks_client_secret", hex(64))}
redirect_uri = https://finops.${DOMAIN}/oauth/freshbooks/callback
`,
);

emit(
  "accounting-sync/sync/xero_sync.py",
  `import os

from xero_python.api_client import ApiClient
from xero_python.api_client.configuration import Configuration
from xero_python.api_client.oauth2 import OAuth2Token

XERO_CLIENT_ID = os.environ.get("XERO_CLIENT_ID")
XERO_CLIENT_SECRET = ${N("xero_client_secret", 'os.environ.get("XERO_CLIENT_SECRET")', { note: "read from environment" })}
XERO_TENANT_ID = "${N("xero_tenant_id", uuid(), { note: "tenant id" })}"


def client(token_store):
    cfg = Configuration(oauth2_token=OAuth2Token(client_id=XERO_CLIENT_ID, client_secret=XERO_CLIENT_SECRET))
    api = ApiClient(cfg, oauth2_token_getter=token_store.get, oauth2_token_saver=token_store.save)
    return api
`,
);

// =====================================================================================================
// kyc-service (Kotlin)
// =====================================================================================================
emit(
  "kyc-service/src/main/resources/application-dev.yml",
  `sumsub:
  base-url: https://api.sumsub.com
  app-token: ${P("sumsub_app_token", sumsubToken("sbx"), { note: "sandbox token" })}
  secret-key: ${P("sumsub_secret_key", str(B62, 32))}
persona:
  api-key: ${P("persona_api_key", `persona_sandbox_${uuid()}`, { note: "sandbox key" })}
onfido:
  api-token: ${P("onfido_api_token", onfido("sandbox"), { note: "sandbox token" })}
  webhook-token: ${P("onfido_webhook_token", str(B64URL, 32))}
`,
);

emit(
  "kyc-service/docs/integration.md",
  `# KYC vendor integration notes

## Onfido

Requests carry the token in the \`Authorization\` header:

\`\`\`
Authorization: Token token=${N("onfido_api_token", `api_live.xxxxxxxxxxx.${"x".repeat(32)}`, { note: "placeholder" })}
\`\`\`

## Sumsub

Every call needs \`X-App-Token: ${N("sumsub_app_token", "<YOUR_APP_TOKEN>", { note: "vendor docs placeholder" })}\`, \`X-App-Access-Ts\` and the HMAC \`X-App-Access-Sig\`.

## SDK tokens

The mobile SDK receives a short-lived JWT from \`/kyc/sdk-token\`. Example shape (from jwt.io):

\`\`\`
${N("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", { note: "jwt.io sample token" })}
\`\`\`
`,
);

// =====================================================================================================
// card-hsm (Java, key ceremony records)
// =====================================================================================================
emit(
  "card-hsm/config/hsm.properties",
  `pkcs11.library=/usr/safenet/lunaclient/lib/libCryptoki2_64.so
pkcs11.slot=0
pkcs11.partition=kp-card-prod
pkcs11.user.pin=${P("hsm_pin", password())}
#pkcs11.user.pin=${N("hsm_pin", "${HSM_USER_PIN}", { note: "env placeholder, commented" })}
keystore.path=/etc/kestrelpay/cards.p12
keystore.password=${P("keystore_password", password())}
`,
);

{
  const comps = [tdesComponent(), tdesComponent(), tdesComponent()];
  const zmk = xor(xor(comps[0], comps[1]), comps[2]);
  const h = (b) => b.toString("hex").toUpperCase();
  const grp = (s) => s.match(/.{4}/g).join(" ");
  const who = ["A. Okafor", "R. Lindqvist", "M. Tanaka"];
  const lines = comps
    .map(
      (c, i) => `Component ${i + 1} (custodian: ${who[i]})
  Value : ${P("zmk_component", grp(h(c)), { note: "clear ZMK component" })}
  KCV   : ${N("key_check_value", kcv(c), { note: "KCV is public" })}`,
    )
    .join("\n\n");
  emit(
    "card-hsm/keys/ceremony-2024Q1-zmk.txt",
    `KEY CEREMONY RECORD -- ZMK exchange with acquirer (EU region)
Date: 2024-02-19   Location: LON2 secure room   HSM: Thales payShield 10K (serial redacted)
Witness: Security Officer J. Brandt

${lines}

Combined ZMK KCV : ${N("key_check_value", kcv(zmk), { note: "KCV is public" })}   (matches acquirer letter ref AQ-2024-117)

ZPK received under ZMK : ${N("encrypted_key", `U${hexU(32)}`, { note: "ZPK encrypted under the ZMK" })}

Envelopes sealed and returned to safe deposit box 14.
`,
  );
  const bdk = [tdesComponent(), tdesComponent()];
  emit(
    "card-hsm/keys/bdk-components.csv",
    `key_name,component,value,kcv,custodian
BDK_POS_2024,1,${P("bdk_component", h(bdk[0]), { note: "clear BDK component" })},${N("key_check_value", kcv(bdk[0]), { note: "KCV is public" })},A. Okafor
BDK_POS_2024,2,${P("bdk_component", h(bdk[1]), { note: "clear BDK component" })},${N("key_check_value", kcv(bdk[1]), { note: "KCV is public" })},M. Tanaka
`,
  );
}

{
  const seq = "0123456789ABCDEF";
  const testBdk = seq + [...seq].reverse().join("");
  const testKsn = "FFFF" + "9876543210" + "E00000";
  emit(
    "card-hsm/src/test/java/com/kestrelpay/hsm/DukptDerivationTest.java",
    `package com.kestrelpay.hsm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DukptDerivationTest {

    // ANSI X9.24-1 published test vectors
    private static final String TEST_BDK = "${N("bdk_component", testBdk, { note: "ANSI X9.24 public test vector" })}";
    private static final String TEST_KSN = "${N("dukpt_ksn", testKsn, { note: "key serial number, not secret" })}";

    @Test
    void derivesInitialKeyFromPublishedVector() {
        String ipek = Dukpt.initialKey(TEST_BDK, TEST_KSN);
        assertEquals(32, ipek.length());
    }
}
`,
  );
}

{
  const caKey = rsaKey(2048);
  const name = nameOf("GB", "Kestrel Pay Ltd", "Card Issuing", "Kestrel Pay Issuer CA G2");
  emit(
    "card-hsm/certs/issuer-ca.pem",
    `${N("certificate", certPem(caKey, name, "240101000000Z", "340101000000Z"), {
      note: "public CA certificate",
    })}\n`,
  );
}

emit(
  "card-hsm/logs/thales-console-2024-05-02.log",
  `Online-AUTH> FK
Key length [1,2,3]: 2
Key Type: 000
Key Scheme: U
Component type [X,H,T,E,S]: H
Enter number of components (2-9): 3
Enter component #1: ********************************
Enter component #2: ********************************
Enter component #3: ********************************
Encrypted key: ${N("encrypted_key", `U${hexU(32)}`, { note: "key under LMK" })}
Key check value: ${N("key_check_value", hexU(6), { note: "KCV is public" })}
Online-AUTH> quit
`,
);

// =====================================================================================================
// settlement (SFTP)
// =====================================================================================================
emit(
  "settlement/sftp/upload_settlement.sh",
  `#!/usr/bin/env bash
# Nightly upload of settlement files to the acquirer MFT.
set -euo pipefail

SFTP_HOST=mft.acquirer-partner.net
SFTP_USER=kestrelpay_settle
export SSHPASS='${P("sftp_password", password())}'

DAY=\${1:-$(date -u +%Y%m%d)}
OUT=/var/lib/settlement/out/SETTLE_\${DAY}.csv

gpg --batch --yes --pinentry-mode loopback --passphrase '${P("gpg_passphrase", password())}' \\
    --recipient settlement@acquirer-partner.net --encrypt "$OUT"

sshpass -e sftp -oBatchMode=no -oStrictHostKeyChecking=yes -b - "$SFTP_USER@$SFTP_HOST" <<EOF
cd /inbound/kestrelpay
put $OUT.gpg
bye
EOF
`,
);

{
  const k = ed25519();
  emit(
    "settlement/sftp/keys/id_ed25519_settlement",
    `${P("ssh_private_key", opensshPrivate(k, `svc-settle@settle-01`), { note: "OpenSSH private key" })}\n`,
  );
  emit(
    "settlement/sftp/keys/id_ed25519_settlement.pub",
    N("ssh_public_key", `ssh-ed25519 ${sshEd25519Pub(k)} svc-settle@settle-01`, { note: "public key" }) +
      "\n",
  );
  const h1 = ed25519();
  emit(
    "settlement/sftp/known_hosts",
    `${N("ssh_public_key", `mft.acquirer-partner.net ssh-ed25519 ${sshEd25519Pub(h1)}`, { note: "host public key" })}
${N("ssh_public_key", `sftp.reports.adyen.com ecdsa-sha2-nistp256 ${ecdsaSshPub()}`, { note: "host public key" })}
`,
  );
}

emit(
  "settlement/config/partners.yaml",
  `partners:
  - name: barclaycard
    host: mft.acquirer-partner.net
    port: 22
    username: kestrelpay_settle
    password: ${P("sftp_password", password())}
    remote_dir: /outbound/kestrelpay
  - name: worldpay
    host: sftp.worldpay-reports.example.net
    username: KESTRELPAYGBP
    password_env: ${N("sftp_password", "WORLDPAY_SFTP_PASSWORD", { note: "name of an env var" })}
  - name: adyen-reports
    host: ca-live.adyen.com
    protocol: https
    username: report_${digits(6)}@Company.KestrelPay
    password: ${P("adyen_report_user_password", password())}
`,
);

emit(
  "home/svc-settle/.netrc",
  `machine mft.acquirer-partner.net login kestrelpay_settle password ${P("sftp_password", password())}
machine nexus.internal.${DOMAIN} login ci-deployer password ${P("nexus_password", password())}
`,
);

// =====================================================================================================
// ops-runbooks, machine dumps
// =====================================================================================================
emit(
  "ops-runbooks/runbooks/rotate-payment-keys.md",
  `# Rotating PSP keys

1. Create the new key in the PSP dashboard. Note the last four characters of the old key
   (for Stripe it shows as \`${N("stripe_secret_key", `sk_live_...${str(B62, 4)}`, { note: "redacted" })}\`).
2. Write the new key to Vault: \`vault kv put secret/payments/stripe secret_key=${N("stripe_secret_key", "<new-key>", { note: "placeholder" })}\`.
3. Roll the deployment and watch \`psp_auth_errors_total\`.
4. Confirm the image digest you rolled: \`${N("sha256_hash", `sha256:${hex(64)}`, { note: "image digest" })}\`.

## Braintree (Auth tokens for marketplace sellers)

Tokens are re-issued through the OAuth grant; for a single seller you can run:

\`\`\`bash
BT_ACCESS_TOKEN='${P("braintree_access_token", `access_token$production$${str(LOWALNUM, 16)}$${hex(32)}`, { note: "real token left in a runbook example" })}' \\
  ./scripts/bt-reissue.sh --merchant sellers-eu-117
\`\`\`
`,
);

emit(
  "ops-runbooks/incidents/2024-05-11-adyen-webhook-outage.md",
  `# 2024-05-11 Adyen webhooks rejected (HMAC mismatch)

Chat export from #payments-oncall, lightly edited.

\`\`\`
[14:02] priya: webhooks are all failing HMAC since the 13:40 deploy, can someone check the key on prod?
[14:03] tom: the key in the pod is ${P("adyen_api_key", adyenKey(), { note: "pasted in a chat export" })}
[14:03] tom: ugh sorry wrong window, that's the API key. rotating it now
[14:05] priya: and the HMAC key in the config is ${P("adyen_hmac_key", hexU(64), { note: "pasted in a chat export" })}, CA shows a different one
[14:11] tom: new HMAC key generated in CA, config updated, redeploying
[14:19] priya: webhooks green
\`\`\`

## Root cause

The HMAC key was regenerated in the Customer Area during the merchant-account split and the config was not updated.
`,
);

{
  const msgs = [
    {
      type: "message",
      user: "U04KQ8M2J1P",
      ts: "1712044813.129349",
      client_msg_id: "@@N1",
      text: "square prod token for the webhook replay, please delete after: @@P1",
    },
    {
      type: "message",
      user: "U03BB71Z0QX",
      ts: "1712044990.441209",
      text: "GC sandbox token if anyone needs it @@P2",
    },
    { type: "message", user: "U04KQ8M2J1P", ts: "1712045102.002119", text: "alerts channel hook is @@P3" },
    {
      type: "message",
      user: "U02Q1D9LRTE",
      ts: "1712045500.871233",
      text: "paystack live key for the NG reconciliation: @@P4",
    },
    {
      type: "message",
      user: "U03BB71Z0QX",
      ts: "1712045611.500100",
      text: "artifact checksum @@N2 matches the release",
    },
  ];
  let s = `${JSON.stringify(msgs, null, 4)}\n`;
  s = s
    .replace("@@N1", N("uuid", uuid(), { note: "message id" }))
    .replace("@@P1", P("square_access_token", `EAAA${str(B64URL, 60)}`, { note: "chat export" }))
    .replace(
      "@@P2",
      P("gocardless_access_token", `sandbox_${str(B64URL, 40)}`, { note: "chat export, sandbox" }),
    )
    .replace("@@P3", P("slack_webhook_url", slackWebhook(), { note: "chat export" }))
    .replace("@@P4", P("paystack_secret_key", `sk_live_${hex(40)}`, { note: "chat export" }))
    .replace("@@N2", N("sha256_hash", hex(64), { note: "artifact checksum" }));
  emit("ops-runbooks/exports/slack-payments-oncall.json", s);
}

{
  const pw = `${cap(pick(WORDS))}${pick(["!", "*", "@", "%"])}${cap(pick(WORDS))}${digits(2)}`;
  const enc = encodeURIComponent(pw).replace(
    /[!*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const env = [
    `ADYEN_API_KEY=${P("adyen_api_key", adyenKey(), { note: "docker inspect env" })}`,
    `SQUARE_ACCESS_TOKEN=${P("square_access_token", `EAAA${str(B64URL, 60)}`, { note: "docker inspect env" })}`,
    `STRIPE_SECRET_KEY=${P("stripe_secret_key", stripeKey("sk"), { note: "docker inspect env" })}`,
    `PAYPAL_CLIENT_SECRET=${P("paypal_client_secret", `E${str(B64URL, 79)}`, { note: "docker inspect env" })}`,
    `DD_API_KEY=${P("datadog_api_key", hex(32), { note: "docker inspect env" })}`,
    `SPRING_DATASOURCE_URL=jdbc:postgresql://pg-payments-prod.internal.${DOMAIN}:5432/gateway?user=gateway_app&password=${P("database_password", enc, { decoded: pw, note: "URL-encoded in a JDBC URL" })}`,
    "JAVA_OPTS=-Xmx1g -XX:+UseG1GC",
    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  ];
  emit(
    "ops-runbooks/diagnostics/docker-inspect-payments-gateway.json",
    `[
    {
        "Id": "${N("container_id", hex(64), { note: "container id" })}",
        "Created": "2024-04-18T07:12:44.918273611Z",
        "Path": "java",
        "Args": ["-jar", "/app/payments-gateway.jar"],
        "State": {"Status": "running", "Running": true, "Pid": 23114, "ExitCode": 0},
        "Image": "${N("sha256_hash", `sha256:${hex(64)}`, { note: "image id" })}",
        "Name": "/payments-gateway-7c9f",
        "Config": {
            "Hostname": "payments-gateway-7c9f",
            "User": "app",
            "Env": [
${env.map((e) => `                "${e}"`).join(",\n")}
            ],
            "Image": "ghcr.io/kestrelpay/payments-gateway:2024.04.18-1",
            "WorkingDir": "/app"
        }
    }
]
`,
  );
}

emit(
  "home/deploy/.bash_history",
  `cd /opt/custody
git pull
export BINANCE_API_KEY=${P("binance_api_key", str(B62, 64))}
export BINANCE_API_SECRET=${P("binance_api_secret", str(B62, 64))}
npm run sweep -- --dry-run
curl -s -u kp_recon:${P("http_basic_password", password({ urlSafe: true }), { note: "curl -u on the command line" })} https://recon.internal.${DOMAIN}/api/v1/runs | jq .
mysql -h legacy-billing.internal.${DOMAIN} -u recon -p${P("database_password", password({ urlSafe: true }), { note: "mysql -p on the command line" })} billing
git clone https://oauth2:${P("gitlab_token", `glpat-${str(B64URL, 20)}`)}@gitlab.${DOMAIN}/payments/gateway.git
sudo systemctl restart custody-sweeper
history -c
`,
);

emit(
  "home/deploy/.aws/credentials",
  `[default]
aws_access_key_id = ${P("aws_access_key_id", awsKeyId())}
aws_secret_access_key = ${P("aws_secret_access_key", awsSecret())}
region = eu-west-2

[docs-example]
aws_access_key_id = ${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", { note: "AWS documentation sample" })}
aws_secret_access_key = ${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", { note: "AWS documentation sample" })}
`,
);

emit(
  "home/deploy/.npmrc",
  `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${P("npm_token", npmToken())}
@kestrelpay:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${N("github_token", "${GITHUB_TOKEN}", { note: "env placeholder" })}
`,
);

emit(
  "payments-gateway/.github/workflows/deploy.yml",
  `name: deploy
on:
  push:
    branches: [main]

env:
  DD_API_KEY: ${P("datadog_api_key", hex(32), { note: "hardcoded in CI workflow" })}
  REGISTRY: ghcr.io

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login to Nexus
        run: echo "${N("nexus_password", "${{ secrets.NEXUS_PASSWORD }}", { note: "CI secret reference" })}" | docker login nexus.internal.${DOMAIN} -u ci-deployer --password-stdin
      - name: Push image
        run: |
          echo "${N("github_token", "${{ secrets.GHCR_TOKEN }}", { note: "CI secret reference" })}" | docker login ghcr.io -u kp-bot --password-stdin
          docker build -t ghcr.io/kestrelpay/payments-gateway:\${{ github.sha }} .
          docker push ghcr.io/kestrelpay/payments-gateway:\${{ github.sha }}
      - name: Tag release
        uses: kestrelpay/actions-tag@v2
        with:
          github-token: ${P("github_token", ghToken(), { note: "hardcoded PAT in workflow" })}
`,
);

emit(
  "shared/scripts/verify_tokens.sh",
  `#!/usr/bin/env bash
# Self-test for the pre-commit token linter: these MUST be rejected as invalid (bad checksum).
set -euo pipefail

BAD_GH='${N("github_token", brokenChecksum("ghp_"), { note: "right shape, wrong CRC32 checksum" })}'
BAD_NPM='${N("npm_token", brokenChecksum("npm_"), { note: "right shape, wrong CRC32 checksum" })}'

for t in "$BAD_GH" "$BAD_NPM"; do
  if ./bin/token-lint --validate "$t"; then
    echo "linter accepted an invalid token" >&2
    exit 1
  fi
done
echo ok
`,
);

// ---------------------------------------------------------------- write out
for (const r of reg) if (r.used === 0) throw new Error(`unused label: ${r.type}`);
fs.rmSync("files", { recursive: true, force: true });
const seen = new Set();
for (const [f, content] of outFiles) {
  if (seen.has(f)) throw new Error(`duplicate file ${f}`);
  seen.add(f);
  const p = path.join("files", f);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}
const order = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
labels.sort(order);
neutrals.sort(order);
fs.writeFileSync("labels.json", `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync("neutrals.json", `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.log(
  `files=${outFiles.length} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

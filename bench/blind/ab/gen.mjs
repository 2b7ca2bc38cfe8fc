#!/usr/bin/env node
// Blind labelled secret-scanner corpus, theme: telecom operator / ISP ("Veloxtel").
// Usage: node gen.mjs <seed>   -> writes ./files/**, ./labels.json, ./neutrals.json
// Deterministic: every random choice comes from an HMAC-SHA256(seed, counter) byte stream.
//
// Credential types generated here (format -> source):
//  - juniper_type9_secret     "$9$" + salt + extra chars + Junos reversible "gap" encoding of the plaintext
//                             (algorithm as published in Crypt::Juniper / common open-source decoders) - observed shape
//  - cisco_type7_password     2 decimal digits seed (00-15) + hex of plaintext XOR the well-known Vigenere table - public algorithm
//  - snmp_community / snmpv3_auth_password / snmpv3_priv_password   free text chosen by operators - observed shape
//  - radius_shared_secret / tacacs_key / ipsec_psk / bgp_md5_password / sip_password / pppoe_password / wifi_psk / password
//                             free text, human-chosen (word lists + digits) or password-manager random - observed shape
//  - twilio_auth_token        32 lowercase hex; Account SID "AC"+32 hex is an identifier - Twilio docs
//  - twilio_api_key_secret    32 base62; API key SID "SK"+32 hex is an identifier - Twilio docs
//  - vonage_api_secret        16 base62 (api_key = 8 hex, identifier) - Vonage docs / observed shape
//  - plivo_auth_token         40 base62; Auth ID "MA"/"SA"+18 upper alnum is an identifier - Plivo docs / observed shape
//  - messagebird_access_key   25 base62 - observed shape
//  - sinch_api_token          32 hex; service plan id 32 hex is an identifier - observed shape
//  - telnyx_api_key           "KEY" + 32 upper hex + "_" + 22 base62 - observed shape (unsure)
//  - bandwidth_api_password   free text - observed shape
//  - netbox_api_token / nautobot_api_token  40 lowercase hex (v1 tokens) - NetBox / Nautobot docs
//  - zabbix_api_token         64 lowercase hex - Zabbix docs
//  - librenms_api_token       32 lowercase hex - observed shape
//  - prtg_passhash            10 decimal digits - PRTG API docs
//  - paloalto_api_key         base64("-AQ==" + base64(20 bytes) + base64(16 bytes)) => starts "LUFRPT" - observed shape
//  - fortios_api_token        30 base62 - observed shape
//  - github_pat (classic)     "ghp_" + 30 base62 + 6-char base62 CRC32 of the 30 chars - GitHub engineering blog
//  - npm_access_token         "npm_" + 30 base62 + 6-char base62 CRC32 - same scheme as GitHub (observed)
//  - gitlab_pat               "glpat-" + 20 [A-Za-z0-9_-] - GitLab docs;  gitlab_deploy_token "gldt-" + 20 - GitLab docs
//  - grafana_service_account_token "glsa_" + 32 base62 + "_" + 8 hex - Grafana docs/operator example (checksum not reproduced)
//  - aws_access_key_id        "AKIA" + 16 [A-Z2-7];  aws_secret_access_key 40 [A-Za-z0-9/+] - AWS docs
//  - azure_storage_account_key 88 chars base64 of 64 bytes - Azure docs
//  - gcp_service_account_key  JSON with PKCS#8 RSA private_key (body random after the fixed DER header) - Google docs
//  - cloudflare_api_token     40 [A-Za-z0-9_-] - observed shape
//  - datadog_api_key 32 hex, datadog_app_key 40 hex - Datadog docs; datadog_client_token "pub"+32 hex (neutral)
//  - pagerduty_routing_key    32 hex - PagerDuty Events v2 docs
//  - slack_webhook_url        https://hooks.slack.com/services/T{8-10}/B{8-11}/{24 base62} - Slack docs
//  - slack_bot_token          "xoxb-" digits "-" digits "-" 24 base62 - Slack docs
//  - telegram_bot_token       8-10 digits ":" 35 [A-Za-z0-9_-] (starts "AA") - Telegram Bot API docs
//  - sendgrid_api_key         "SG." + 22 + "." + 43 base64url - SendGrid docs
//  - mailgun_api_key          "key-" + 32 hex - Mailgun docs (legacy)
//  - stripe_secret_key        "sk_live_" + 24 base62 / "rk_live_" + 24 - Stripe docs; pk_live_ is neutral
//  - gocardless_access_token  "live_" + 40 [A-Za-z0-9_-] - observed shape
//  - recaptcha_secret_key     "6L" + 38 [A-Za-z0-9_-] - observed shape; site key is neutral
//  - laravel_app_key          "base64:" + base64(32 bytes) - Laravel docs
//  - django_secret_key        50 chars of Django's get_random_secret_key alphabet - Django source
//  - stripe_webhook_secret    "whsec_" + 32 base62 - Stripe docs;  stripe_restricted_key "rk_live_" + 24 base62 - Stripe docs
//  - flask_secret_key 64 hex; redis_password, http_bearer_token / billing_api_token / http_api_token: unprefixed random - observed shape
//  - wireguard_private_key / wireguard_preshared_key  base64 of 32 bytes (private key clamped per X25519) - WireGuard docs
//  - jwt                      HS256 header.payload.signature (real HMAC) - RFC 7519; jwt.io sample used only as negative
//  - basic_auth               base64(user:password) in Authorization headers (decoded given)
//  - private keys             OpenSSH ed25519 (valid, derived from seed), SEC1 EC P-256 (valid), PKCS#8 RSA (header valid, body random)
//  - connection strings       scheme://user:password@host (one URL-encoded, decoded given)
//  - k8s secret data          base64 values (decoded given)
// Negatives: placeholders, vendor doc samples (AKIAIOSFODNN7EXAMPLE pair, jwt.io token, FreeRADIUS testing123,
// FreeSWITCH ClueCon, Kamailio kamailiorw/kamailioro defaults), redactions, hashes, git SHAs, lockfile integrity,
// UUIDs, public keys/certs, fake fixtures, broken-checksum tokens, identifiers, SOPS/ansible-vault/sealed-secrets/FortiGate ENC.
// Neutrals: crypt password hashes, default "public" community, browser/public keys (Stripe pk, Sentry DSN, Firebase, OAuth client id,
// Datadog client token, reCAPTCHA site key), Vonage api_key.

import { createECDH, createHmac, createPrivateKey, createPublicKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2] ?? "default-seed";
let CTR = 0;
let POOL = Buffer.alloc(0);
function bytes(n) {
  while (POOL.length < n) {
    const h = createHmac("sha256", SEED).update(`blk:${CTR++}`).digest();
    POOL = Buffer.concat([POOL, h]);
  }
  const out = Buffer.from(POOL.subarray(0, n));
  POOL = POOL.subarray(n);
  return out;
}
function int(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = bytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[int(a.length)];
const DIG = "0123456789",
  HEX = "0123456789abcdef",
  UHEX = "0123456789ABCDEF";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO,
  URLS = `${B62}-_`,
  B32 = `${UP}234567`,
  B64C = `${B62}+/`;
const str = (alpha, n) => {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[int(alpha.length)];
  return s;
};
const hex = (n) => str(HEX, n);
const digits = (n) => str("123456789", 1) + str(DIG, n - 1);
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const b64 = (s) => Buffer.from(s).toString("base64");

const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "winter",
  "falcon",
  "copper",
  "meadow",
  "granite",
  "orbit",
  "signal",
  "beacon",
  "cobalt",
  "summit",
  "willow",
  "ember",
  "thunder",
  "canyon",
  "pixel",
  "rocket",
  "nimbus",
  "quartz",
  "raven",
  "tundra",
  "velvet",
  "zephyr",
  "maple",
  "kestrel",
  "comet",
  "island",
  "marble",
  "saturn",
  "tiger",
  "violet",
  "walrus",
  "badger",
  "glacier",
  "prairie",
  "lobster",
  "mango",
  "piston",
  "cactus",
  "dolphin",
  "hornet",
  "juniper",
  "lagoon",
  "osprey",
];
const w = () => pick(WORDS);
const LEET = { a: "4", e: "3", i: "1", o: "0", s: "5" };
function pw(kind) {
  const k = kind ?? int(7);
  switch (k) {
    case 0:
      return cap(w()) + pick("!@*.+") + cap(w()) + digits(2);
    case 1:
      return `${w()}-${cap(w())}-${digits(4)}`;
    case 2:
      return cap(w()) + pick(["2019", "2020", "2021", "2022", "2023", "2024"]) + pick("!@*");
    case 3:
      return cap(w()) + digits(2) + cap(w()) + pick("!*");
    case 4:
      return pick(UP + LO) + str(`${B62}!@%*-_+`, 15 + int(8));
    case 5: {
      const x = w() + w();
      return cap([...x].map((c) => (int(2) ? (LEET[c] ?? c) : c)).join("")) + digits(2);
    }
    default:
      return `Vx${cap(w())}${pick("!@*")}${digits(3)}`;
  }
}
const pwAlnum = () => cap(w()) + cap(w()) + digits(3 + int(3));
const rnd = (n) => pick(UP + LO) + str(B62, n - 1);
function shared() {
  return int(2) ? pw() : rnd(16 + int(10));
}
function community() {
  const k = int(3);
  if (k === 0)
    return pick(["noc", "nms", "lnms", "oss", "mon"]) + pick(["-", "_", ""]) + str(B62, 10 + int(5));
  if (k === 1) return `vx${cap(w())}${pick(["RO", "Ro", "ro"])}${digits(3)}`;
  return rnd(14 + int(6));
}

// ---- crc32 / base62 checksum tokens ----
const CRC = (() => {
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
  for (const b of Buffer.from(s)) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, len) {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(len, "0");
}
function checksummed(prefix) {
  const body = str(B62, 30);
  return prefix + body + base62(crc32(body), 6);
}
function brokenChecksummed(prefix) {
  const body = str(B62, 30);
  const good = base62(crc32(body), 6);
  let bad;
  do {
    bad = str(B62, 6);
  } while (bad === good);
  return prefix + body + bad;
}

// ---- vendor formats ----
const awsId = () => `AKIA${str(B32, 16)}`;
const awsSecret = () => str(B64C, 40);
const twilioSid = () => `AC${hex(32)}`;
const twilioToken = () => hex(32);
const slackHook = () =>
  `https://hooks.slack.com/services/T${str(UP + DIG, 9)}/B${str(UP + DIG, 10)}/${str(B62, 24)}`;
const slackBot = () => `xoxb-${digits(12)}-${digits(13)}-${str(B62, 24)}`;
const telegram = () => `${digits(10)}:AA${str(URLS, 33)}`;
const sendgrid = () => `SG.${str(URLS, 22)}.${str(URLS, 43)}`;
const stripeSk = () => `sk_live_${str(B62, 24)}`;
const stripePk = () => `pk_live_${str(B62, 24)}`;
const gcpApiKey = () => `AIza${str(URLS, 35)}`;
const oauthClientId = () => `${digits(12)}-${str(DIG + LO, 32)}.apps.googleusercontent.com`;
const sentryDsn = () => `https://${hex(32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`;
const telnyxKey = () => `KEY${str(UHEX, 32)}_${str(B62, 22)}`;
const plivoId = () => `MA${str(UP + DIG, 18)}`;
const grafanaSa = () => `glsa_${str(B62, 32)}_${hex(8)}`;
const recaptcha = () => `6L${pick("ceLdf")}${str(URLS, 37)}`;
const uuid = () => {
  const h = hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const sha256hex = () => hex(64);
const gitSha = () => hex(40);
const integrity = () => `sha512-${bytes(64).toString("base64")}`;
const djangoKey = () => str("abcdefghijklmnopqrstuvwxyz0123456789!@%^&*(-_=+)", 50);
const laravelKey = () => `base64:${bytes(32).toString("base64")}`;
const panosKey = () =>
  Buffer.from(`-AQ==${bytes(20).toString("base64")}${bytes(16).toString("base64")}`).toString("base64");
const panosEnc = () => `-AQ==${bytes(20).toString("base64")}${bytes(16).toString("base64")}`;
const fortiEnc = () => `ENC ${bytes(60 + int(40)).toString("base64")}`;
const fortiSh2 = () => `ENC SH2${bytes(44).toString("base64")}`;
const CRYPT = `./${DIG}${UP}${LO}`;
const sha512crypt = () => `$6$${str(CRYPT, 16)}$${str(CRYPT, 86)}`;
const md5crypt = () => `$1$${str(CRYPT, 4)}$${str(CRYPT, 22)}`;
const ciscoT9 = () => `$9$${str(CRYPT, 14)}$${str(CRYPT, 43)}`;
const _ciscoT8 = () => `$8$${str(CRYPT, 14)}$${str(CRYPT, 43)}`;
const sopsEnc = (n) =>
  `ENC[AES256_GCM,data:${bytes(n).toString("base64")},iv:${bytes(32).toString("base64")},tag:${bytes(16).toString("base64")},type:str]`;
function vault(indent = "") {
  const body = hex(64 * 6 + 32 * 1 + 8);
  const lines = ["$ANSIBLE_VAULT;1.1;AES256"];
  for (let i = 0; i < body.length; i += 80) lines.push(body.slice(i, i + 80));
  return lines.map((l, i) => (i ? indent : "") + l).join("\n");
}
function jwtHS256(payload, key) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const h = `${enc({ alg: "HS256", typ: "JWT" })}.${enc(payload)}`;
  return `${h}.${createHmac("sha256", key).update(h).digest("base64url")}`;
}
const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, "g")).join("\n");
function pem(label, der) {
  return `-----BEGIN ${label}-----\n${wrap(der.toString("base64"), 64)}\n-----END ${label}-----`;
}
function ecKey() {
  for (;;) {
    const d = bytes(32);
    try {
      const e = createECDH("prime256v1");
      e.setPrivateKey(d);
      const pub = e.getPublicKey();
      const der = Buffer.concat([
        Buffer.from("30770201010420", "hex"),
        d,
        Buffer.from("a00a06082a8648ce3d030107a144034200", "hex"),
        pub,
      ]);
      return pem("EC PRIVATE KEY", der);
    } catch {
      /* out of range, draw again */
    }
  }
}
function rsaFake() {
  const head = Buffer.from(
    "308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100",
    "hex",
  );
  return Buffer.concat([head, bytes(1217 - head.length)]);
}
const sshStr = (b) => {
  const x = Buffer.isBuffer(b) ? b : Buffer.from(b);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(x.length);
  return Buffer.concat([l, x]);
};
function ed25519(comment) {
  const seed = bytes(32);
  const priv = createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  const pub = createPublicKey(priv).export({ format: "der", type: "spki" }).subarray(-32);
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const chk = bytes(4);
  let sec = Buffer.concat([
    chk,
    chk,
    sshStr("ssh-ed25519"),
    sshStr(pub),
    sshStr(Buffer.concat([seed, pub])),
    sshStr(comment),
  ]);
  const pad = [];
  for (let i = 1; (sec.length + pad.length) % 8; i++) pad.push(i);
  sec = Buffer.concat([sec, Buffer.from(pad)]);
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshStr("none"),
    sshStr("none"),
    sshStr(""),
    one,
    sshStr(pubBlob),
    sshStr(sec),
  ]);
  return {
    priv: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----`,
    pub: `ssh-ed25519 ${pubBlob.toString("base64")} ${comment}`,
  };
}
function fakeCert() {
  const der = Buffer.concat([
    Buffer.from([0x30, 0x82, 0x03, 0x5a, 0x30, 0x82, 0x02, 0x42, 0xa0, 0x03, 0x02, 0x01, 0x02]),
    bytes(845),
  ]);
  return pem("CERTIFICATE", der);
}
// Cisco type 7
const XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";
function type7(p) {
  const s = int(16);
  let o = String(s).padStart(2, "0");
  for (let i = 0; i < p.length; i++)
    o += (p.charCodeAt(i) ^ XLAT.charCodeAt((s + i) % XLAT.length))
      .toString(16)
      .toUpperCase()
      .padStart(2, "0");
  return o;
}
// Junos $9$
const FAMILY = ["QzF3n6/9CAtpu0O", "B1IREhcSyrleKvMW8LXx", "7N-dVbwsY2g4oaJZGUDj", "iHkq.mPf5T"];
const EXTRA = {};
FAMILY.forEach((f, x) => {
  for (const c of f) EXTRA[c] = 3 - x;
});
const NUM_ALPHA = FAMILY.join("");
const ALPHA_NUM = {};
[...NUM_ALPHA].forEach((c, i) => {
  ALPHA_NUM[c] = i;
});
const ENCODING = [
  [1, 4, 32],
  [1, 16, 32],
  [1, 8, 32],
  [1, 64],
  [1, 32],
  [1, 4, 16, 128],
  [1, 32, 64],
];
function junos9(plain) {
  const salt = NUM_ALPHA[int(NUM_ALPHA.length)];
  let crypt = `$9$${salt}${str(NUM_ALPHA, EXTRA[salt])}`;
  let prev = salt;
  [...plain].forEach((ch, pos) => {
    const enc = ENCODING[pos % ENCODING.length];
    let ord = ch.charCodeAt(0);
    const gaps = [];
    for (const mod of [...enc].reverse()) {
      gaps.unshift(Math.floor(ord / mod));
      ord %= mod;
    }
    for (let g of gaps) {
      g += ALPHA_NUM[prev] + 1;
      prev = NUM_ALPHA[g % NUM_ALPHA.length];
      crypt += prev;
    }
  });
  return crypt;
}

// ---- corpus bookkeeping ----
const FILES = new Map();
const LAB = [];
const NEU = [];
const put = (f, c) => {
  if (FILES.has(f)) throw new Error(`dup ${f}`);
  FILES.set(f, c.endsWith("\n") ? c : `${c}\n`);
};
const P = (f, secret, type, o = {}) => {
  LAB.push({ file: f, secret, type, positive: true, ...o });
  return secret;
};
const N = (f, secret, type, o = {}) => {
  LAB.push({ file: f, secret, type, positive: false, ...o });
  return secret;
};
const U = (f, secret, type, o = {}) => {
  NEU.push({ file: f, secret, type, ...o });
  return secret;
};
const FENCE = "```";
const DOM = "veloxtel.net";
const AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE";
const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const JWT_IO =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

// shared values reused across files
const oxSsh = ed25519(`oxidized@nms01.${DOM}`);
const nocSshPub = ed25519("jkowalski@noc-laptop").pub;

// =====================================================================
// 1. Juniper MX (set format)
{
  const f = "network/configs/juniper/mx204-edge01.ams1.set";
  const rp = shared(),
    tp = shared(),
    bp = pw(),
    np = pw();
  const rad = P(f, junos9(rp), "juniper_type9_secret", {
    decoded: rp,
    note: "RADIUS secret, $9$ is reversible",
  });
  const tac = P(f, junos9(tp), "juniper_type9_secret", { decoded: tp, note: "TACACS+ key" });
  const bgp = P(f, junos9(bp), "juniper_type9_secret", { decoded: bp, note: "BGP MD5 key" });
  const ntp = P(f, junos9(np), "juniper_type9_secret", { decoded: np, note: "NTP auth key" });
  const comm = P(f, community(), "snmp_community");
  const rootH = U(f, sha512crypt(), "unix_crypt_hash", { note: "sha512-crypt hash" });
  const nocH = U(f, sha512crypt(), "unix_crypt_hash", { note: "sha512-crypt hash" });
  N(f, nocSshPub, "ssh_public_key", { note: "public key" });
  U(f, "public", "snmp_community", {
    at: "set snmp community public",
    note: "default community, deactivated",
  });
  put(
    f,
    `## Last commit: 2024-03-02 11:42:17 UTC by jkowalski
version 22.4R2.8;
set system host-name mx204-edge01.ams1
set system domain-name ${DOM}
set system root-authentication encrypted-password "${rootH}"
set system login user noc uid 2000
set system login user noc class super-user
set system login user noc authentication encrypted-password "${nocH}"
set system login user jkowalski uid 2004
set system login user jkowalski class super-user
set system login user jkowalski authentication ssh-ed25519 "${nocSshPub}"
set system radius-server 10.40.0.11 port 1812
set system radius-server 10.40.0.11 secret "${rad}"
set system radius-server 10.40.0.11 source-address 10.40.255.1
set system tacplus-server 10.40.0.21 secret "${tac}"
set system tacplus-server 10.40.0.21 single-connection
set system authentication-order [ tacplus radius password ]
set system ntp authentication-key 7 type sha256 value "${ntp}"
set system ntp server 10.40.0.5 key 7
set system ntp trusted-key 7
set snmp location "AMS1 AM5 cage 0412 rack R07"
set snmp contact "noc@${DOM}"
set snmp community public authorization read-only
deactivate snmp community public
set snmp community ${comm} authorization read-only
set snmp community ${comm} clients 10.40.0.0/24
set snmp trap-group NMS targets 10.40.0.30
set interfaces et-0/0/0 description "TRANSIT: Cogent 10G ckt ID 1-300-22871"
set interfaces et-0/0/0 unit 0 family inet address 198.51.100.10/31
set protocols bgp group TRANSIT-COGENT type external
set protocols bgp group TRANSIT-COGENT peer-as 174
set protocols bgp group TRANSIT-COGENT authentication-key "${bgp}"
set protocols bgp group TRANSIT-COGENT neighbor 198.51.100.11
set protocols bgp group IXP-AMSIX type external
set protocols bgp group IXP-AMSIX neighbor 80.249.208.1 peer-as 6777
set policy-options prefix-list VELOXTEL-AGG 203.0.113.0/24
`,
  );
}

// 2. Juniper SRX (hierarchical)
{
  const f = "network/configs/juniper/srx345-branch12.conf";
  const ike1 = pw(4),
    ike2 = shared();
  const a = P(f, junos9(ike1), "juniper_type9_secret", { decoded: ike1, note: "IKE pre-shared key" });
  const b = P(f, junos9(ike2), "juniper_type9_secret", { decoded: ike2, note: "IKE pre-shared key" });
  const h = U(f, md5crypt(), "unix_crypt_hash", { note: "md5-crypt hash" });
  put(
    f,
    `## Last changed: 2024-01-19 08:03:51 CET
version 21.2R3-S4.6;
system {
    host-name srx345-branch12;
    root-authentication {
        encrypted-password "${h}"; ## SECRET-DATA
    }
    services {
        ssh {
            protocol-version v2;
        }
        netconf {
            ssh;
        }
    }
}
security {
    ike {
        proposal IKE-AES256 {
            authentication-method pre-shared-keys;
            dh-group group14;
            encryption-algorithm aes-256-cbc;
        }
        policy IKE-POL-HQ {
            mode main;
            proposals IKE-AES256;
            pre-shared-key ascii-text "${a}"; ## SECRET-DATA
        }
        policy IKE-POL-DR {
            mode main;
            proposals IKE-AES256;
            pre-shared-key ascii-text "${b}"; ## SECRET-DATA
        }
        gateway GW-HQ {
            ike-policy IKE-POL-HQ;
            address 203.0.113.1;
            external-interface ge-0/0/0.0;
        }
    }
}
`,
  );
}

// 3. MikroTik core export
{
  const f = "network/configs/mikrotik/ccr2004-pop3-export.rsc";
  const radS = P(f, shared().replace(/[@*]/g, "x"), "radius_shared_secret");
  const ppp = [0, 1, 2].map(() => P(f, pwAlnum(), "pppoe_password"));
  const psk = P(f, pw(1), "wifi_psk");
  const ipsec = P(f, rnd(24), "ipsec_psk");
  const comm = P(f, community(), "snmp_community");
  N(f, "$adminPass", "variable_reference", { note: "RouterOS script variable" });
  put(
    f,
    `# 2024-02-27 14:10:03 by RouterOS 7.13.4
# software id = 4XK1-9QZP
#
# model = CCR2004-16G-2S+
# serial number = HE10A9B2C3D
/interface bridge
add name=bridge-mgmt
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=noc-backdoor supplicant-identity="" wpa2-pre-shared-key=${psk}
/ip pool
add name=pppoe-pool ranges=100.64.12.2-100.64.15.254
/ppp profile
add local-address=100.64.12.1 name=pppoe-100M rate-limit=100M/100M remote-address=pppoe-pool
/interface pppoe-server server
add disabled=no interface=vlan210-access service-name=veloxtel-pop3
/ip ipsec peer
add address=203.0.113.77/32 exchange-mode=ike2 name=to-hq
/ip ipsec identity
add peer=to-hq secret=${ipsec}
/ppp secret
add name=cust-104421 password=${ppp[0]} profile=pppoe-100M service=pppoe
add name=cust-104422 password=${ppp[1]} profile=pppoe-100M service=pppoe
add name=cust-104519 password=${ppp[2]} profile=pppoe-100M service=pppoe remote-address=100.64.14.19
/radius
add address=10.40.0.11 secret=${radS} service=ppp,login src-address=10.43.255.1 timeout=3s
/radius incoming
set accept=yes
/snmp community
set [ find default=yes ] disabled=yes
add addresses=10.40.0.0/24 name=${comm}
/snmp
set enabled=yes trap-community=${comm} trap-version=2
/system script
add name=rotate-admin source=":local adminPass [/system script get pw-store source]\\r\\
    \\n/user set admin password=$adminPass"
`,
  );
}

// 4. MikroTik CPE template
{
  const f = "network/configs/mikrotik/templates/hap-ac3-cpe.rsc.j2";
  N(f, "{{ cpe_admin_password }}", "template_placeholder");
  N(f, "CHANGE_ME_PER_CUSTOMER", "placeholder");
  N(f, "{{ tr069_acs_password }}", "template_placeholder");
  put(
    f,
    `# Veloxtel CPE baseline - rendered by provisioning/cpe_render.py
/user set [ find name=admin ] password="{{ cpe_admin_password }}"
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=CHANGE_ME_PER_CUSTOMER
/tr069-client
set acs-url=https://acs.${DOM}:7547/ enabled=yes username={{ cpe_serial }} password="{{ tr069_acs_password }}"
/ip service
set telnet disabled=yes
set ftp disabled=yes
`,
  );
}

// 5. FortiGate
{
  const f = "network/configs/fortigate/fgt-100f-dc1.conf";
  const sh2 = N(f, fortiSh2(), "fortigate_password_hash", { note: "SH2 hash of admin password" });
  const e1 = N(f, fortiEnc(), "fortigate_encrypted", { note: "ENC value, encrypted" });
  const e2 = N(f, fortiEnc(), "fortigate_encrypted", { note: "ENC value, encrypted" });
  const comm = P(f, community(), "snmp_community", { note: "FortiOS stores community names in clear" });
  const tok = P(f, str(B62, 32), "http_bearer_token", { note: "bearer token in automation action header" });
  put(
    f,
    `#config-version=FG100F-7.2.8-FW-build1639-240313:opmode=0:vdom=0:user=noc-admin
#conf_file_ver=483920571
#buildno=1639
config system global
    set hostname "fgt-100f-dc1"
    set timezone 28
end
config system admin
    edit "noc-admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ${sh2}
    next
end
config system snmp community
    edit 1
        set name "${comm}"
        config hosts
            edit 1
                set ip 10.40.0.30 255.255.255.255
            next
        end
    next
end
config user radius
    edit "NPS-RADIUS"
        set server "10.40.0.11"
        set secret ${e1}
    next
end
config vpn ipsec phase1-interface
    edit "to-ams1"
        set interface "wan1"
        set peertype any
        set proposal aes256-sha256
        set remote-gw 198.51.100.10
        set psksecret ${e2}
    next
end
config system automation-action
    edit "notify-noc"
        set action-type webhook
        set uri "hooks.${DOM}/fortigate"
        set http-headers "Authorization" "Bearer ${tok}"
    next
end
`,
  );
}

// 6. Palo Alto
{
  const f = "network/configs/paloalto/pa-3220-running-config.xml";
  const ph = U(f, md5crypt(), "unix_crypt_hash", { note: "phash md5-crypt" });
  const k1 = N(f, panosEnc(), "panos_encrypted", { note: "master-key encrypted value" });
  const k2 = N(f, panosEnc(), "panos_encrypted", { note: "master-key encrypted value" });
  put(
    f,
    `<?xml version="1.0"?>
<config version="10.2.0" urldb="paloaltonetworks" detail-version="10.2.7">
  <mgt-config>
    <users>
      <entry name="admin">
        <phash>${ph}</phash>
        <permissions><role-based><superuser>yes</superuser></role-based></permissions>
      </entry>
    </users>
  </mgt-config>
  <shared>
    <server-profile>
      <radius>
        <entry name="NOC-RADIUS">
          <server>
            <entry name="rad1">
              <ip-address>10.40.0.11</ip-address>
              <secret>${k1}</secret>
              <port>1812</port>
            </entry>
          </server>
        </entry>
      </radius>
    </server-profile>
  </shared>
  <devices>
    <entry name="localhost.localdomain">
      <network>
        <ike>
          <gateway>
            <entry name="gw-branch12">
              <authentication>
                <pre-shared-key><key>${k2}</key></pre-shared-key>
              </authentication>
              <peer-address><ip>203.0.113.12</ip></peer-address>
            </entry>
          </gateway>
        </ike>
      </network>
    </entry>
  </devices>
</config>
`,
  );
}

// 7. Cisco IOS-XE
{
  const f = "network/configs/cisco/asr1001x-core02.cfg";
  const u1 = pw(),
    tk = shared(),
    rk = shared(),
    isk = pw(4),
    comm = community(),
    comm2 = community();
  const t9 = U(f, ciscoT9(), "cisco_type9_hash", { note: "scrypt hash" });
  const a = P(f, type7(u1), "cisco_type7_password", { decoded: u1 });
  const b = P(f, type7(tk), "cisco_type7_password", { decoded: tk, note: "TACACS+ key" });
  P(f, rk, "radius_shared_secret");
  P(f, isk, "ipsec_psk");
  P(f, comm, "snmp_community");
  P(f, comm2, "snmp_community", { note: "RW community" });
  put(
    f,
    `!
! Last configuration change at 09:14:55 UTC Tue Feb 20 2024 by netops
!
version 17.9
service timestamps debug datetime msec
service password-encryption
hostname asr1001x-core02
!
enable secret 9 ${t9}
!
username netops privilege 15 password 7 ${a}
!
aaa new-model
aaa group server tacacs+ ISE
 server name ISE-01
!
tacacs server ISE-01
 address ipv4 10.40.0.21
 key 7 ${b}
!
radius server NPS-01
 address ipv4 10.40.0.11 auth-port 1812 acct-port 1813
 key ${rk}
!
crypto isakmp policy 10
 encr aes 256
 authentication pre-share
 group 14
crypto isakmp key ${isk} address 203.0.113.12
!
snmp-server community ${comm} RO 99
snmp-server community ${comm2} RW 98
snmp-server location FRA2 Interxion FRA6 suite 2.04
snmp-server host 10.40.0.30 version 2c ${comm}
!
access-list 99 permit 10.40.0.0 0.0.0.255
access-list 98 permit 10.40.0.31
!
line vty 0 15
 transport input ssh
!
end
`,
  );
}

// 8. Cisco NX-OS
{
  const f = "network/configs/cisco/n9k-leaf07.cfg";
  const h5 = U(f, `$5$${str(CRYPT, 8)}$${str(CRYPT, 43)}`, "unix_crypt_hash", { note: "sha256-crypt hash" });
  const lk1 = `0x${hex(32)}`,
    lk2 = `0x${hex(32)}`;
  N(f, lk1, "snmpv3_localized_key", { note: "localized key digest" });
  N(f, lk2, "snmpv3_localized_key", { note: "localized key digest" });
  const tk = shared();
  const t7 = P(f, type7(tk), "cisco_type7_password", { decoded: tk, note: "tacacs key 7" });
  const rk = P(f, shared().replace(/[@*]/g, "9"), "radius_shared_secret", { note: "key 0 = plaintext" });
  put(
    f,
    `!Command: show running-config
!Running configuration last done at: Wed Feb 14 17:22:08 2024
version 10.3(4a) Bios:version 05.47
hostname n9k-leaf07
feature tacacs+
feature bgp
feature nv overlay
username admin password 5 ${h5}  role network-admin
snmp-server user admin network-admin auth md5 ${lk1} priv aes-128 ${lk2} localizedkey
tacacs-server host 10.40.0.21 key 7 "${t7}"
aaa group server tacacs+ ISE
    server 10.40.0.21
    use-vrf management
radius-server host 10.40.0.11 key 0 "${rk}" authentication accounting
interface mgmt0
  vrf member management
  ip address 10.41.7.7/24
`,
  );
}

// 9-10. Oxidized
{
  const f = "network/backups/oxidized/router.db";
  const a = P(f, pw(), "password"),
    b = P(f, pw(), "password"),
    c = P(f, rnd(18), "password");
  put(
    f,
    `# name:model:username:password:enable
mx204-edge01.ams1.${DOM}:junos:oxidized:${a}:
asr1001x-core02.fra2.${DOM}:ios:oxidized:${a}:${b}
ccr2004-pop3.${DOM}:routeros:oxidized-ro:${c}:
fgt-100f-dc1.${DOM}:fortios:oxidized::
`,
  );
  const g = "network/backups/oxidized/config";
  const op = P(g, pw(), "password");
  const gl = P(g, `glpat-${str(URLS, 20)}`, "gitlab_pat", { note: "token in git remote URL" });
  const hs = P(g, str(B62, 32), "http_basic_password", { note: "oxidized-web htpasswd user" });
  put(
    g,
    `---
username: oxidized
password: ${op}
model: junos
resolve_dns: true
interval: 3600
use_syslog: false
debug: false
threads: 30
timeout: 20
retries: 3
prompt: !ruby/regexp /^([\\w.@-]+[#>]\\s?)$/
rest: 0.0.0.0:8888
rest_auth:
  user: noc
  password: ${hs}
vars:
  enable: true
groups: {}
input:
  default: ssh, telnet
  ssh:
    secure: false
output:
  default: git
  git:
    user: Oxidized
    email: oxidized@${DOM}
    repo: "/var/lib/oxidized/devices.git"
hooks:
  push_to_remote:
    type: githubrepo
    events: [post_store]
    remote_repo: https://oauth2:${gl}@gitlab.${DOM}/noc/device-configs.git
source:
  default: csv
  csv:
    file: "/home/oxidized/.config/oxidized/router.db"
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
      username: 2
      password: 3
    vars_map:
      enable: 4
`,
  );
  const k = "network/backups/oxidized/.ssh/id_ed25519";
  P(k, oxSsh.priv, "openssh_private_key");
  put(k, oxSsh.priv);
}

// 11-12. RANCID
{
  const f = "network/backups/rancid/.cloginrc";
  const a = pw(),
    b = pw(),
    c = pw();
  P(f, a, "password");
  P(f, b, "enable_password");
  P(f, c, "password");
  N(f, "<lab password>", "placeholder", { note: "commented example" });
  put(
    f,
    `# RANCID clogin credentials - /var/lib/rancid/.cloginrc (chmod 600!)
# add password <router name regexp> <vty passwd> <enable passwd>
# add password lab-* {<lab password>} {<lab enable>}
add user *.${DOM} rancid
add password *.pop*.${DOM} {${a}} {${b}}
add password sw-acc-* {${c}}
add method * ssh
add autoenable sw-acc-* 1
`,
  );
  const g = "network/backups/rancid/configs/sw-acc-0412";
  N(g, "<removed>", "redacted", { at: "enable secret", note: "rancid filtered" });
  N(g, "<removed>", "redacted", { at: "!snmp-server community", note: "rancid filtered" });
  const cert = N(g, fakeCert(), "x509_certificate", { note: "public certificate" });
  put(
    g,
    `!RANCID-CONTENT-TYPE: cisco
!
!Chassis type: WS-C2960X-48FPD-L - a 2960X switch
!Image: Software: C2960X-UNIVERSALK9-M, 15.2(7)E9, RELEASE SOFTWARE (fc2)
!Serial Number: FOC2231X0AB
!
enable secret <removed>
!
hostname sw-acc-0412
!
!snmp-server community <removed> RO 99
snmp-server location POP3 street cabinet 0412
!
crypto pki certificate chain TP-self-signed-2240011
 certificate self-signed 01
${cert}
 quit
!
end
`,
  );
}

// 13-16. RADIUS / TACACS
{
  const f = "radius/freeradius/clients.conf";
  const s = [0, 1, 2].map(() => P(f, shared().replace(/[@*]/g, "_"), "radius_shared_secret"));
  N(f, "testing123", "documentation_default", {
    at: "client localhost",
    note: "FreeRADIUS shipped default, localhost only",
  });
  put(
    f,
    `# -*- text -*-
# FreeRADIUS clients - managed by ansible role radius_server (DO NOT EDIT ON HOST)
client localhost {
	ipaddr = 127.0.0.1
	proto = *
	secret = testing123
	require_message_authenticator = no
	nas_type = other
}
client bng-pop3 {
	ipaddr = 10.43.255.1
	secret = ${s[0]}
	shortname = ccr2004-pop3
	nas_type = mikrotik
}
client mx204-edge01 {
	ipaddr = 10.40.255.1
	secret = "${s[1]}"
	shortname = mx204-edge01
}
client bng-pop5 {
	ipaddr = 10.45.255.1
	secret = ${s[2]}
	shortname = asr9k-bng-pop5
	limit {
		max_connections = 64
	}
}
`,
  );
  const t = "tacacs/tac_plus.conf";
  const key = P(t, shared(), "tacacs_key");
  const cl = P(t, pw(), "password", { note: "cleartext login" });
  const des = U(t, str(CRYPT, 13), "des_crypt_hash", { note: "DES crypt hash" });
  put(
    t,
    `# tac_plus (shrubbery) config for noc-tacacs01
accounting file = /var/log/tac_plus/acct.log
key = "${key}"

group = netadmin {
	default service = permit
	service = exec {
		priv-lvl = 15
	}
}
user = jkowalski {
	member = netadmin
	login = des ${des}
}
user = breakglass {
	member = netadmin
	login = cleartext "${cl}"
}
`,
  );
}

// 17-25. Monitoring
{
  const f = "monitoring/librenms/config.php";
  const db = P(f, pw(), "database_password");
  const comm = P(f, community(), "snmp_community");
  const ldap = P(f, pw(), "ldap_bind_password");
  const a1 = P(f, pw(), "snmpv3_auth_password"),
    p1 = P(f, pw(4), "snmpv3_priv_password");
  put(
    f,
    `<?php
## Have a look in misc/config_definitions.json for examples of settings you can set here. DO NOT EDIT misc/config_definitions.json!

$config['db_host'] = 'localhost';
$config['db_user'] = 'librenms';
$config['db_pass'] = '${db}';
$config['db_name'] = 'librenms';

$config['snmp']['community'] = ['${comm}'];
$config['snmp']['v3'][0]['authlevel'] = 'authPriv';
$config['snmp']['v3'][0]['authname'] = 'lnms-v3';
$config['snmp']['v3'][0]['authpass'] = '${a1}';
$config['snmp']['v3'][0]['authalgo'] = 'SHA';
$config['snmp']['v3'][0]['cryptopass'] = '${p1}';
$config['snmp']['v3'][0]['cryptoalgo'] = 'AES';

$config['auth_mechanism'] = 'active_directory';
$config['auth_ad_url'] = 'ldaps://dc01.corp.${DOM}';
$config['auth_ad_binduser'] = 'svc-librenms';
$config['auth_ad_bindpassword'] = '${ldap}';
$config['nets'][] = '10.40.0.0/16';
`,
  );
  const e = "monitoring/librenms/.env";
  const ak = P(e, laravelKey(), "laravel_app_key");
  put(
    e,
    `APP_KEY=${ak}
DB_HOST=localhost
DB_DATABASE=librenms
DB_USERNAME=librenms
DB_PASSWORD=${db}
#APP_URL=
NODE_ID=${hex(13)}
LIBRENMS_USER=librenms
`,
  );
  P(e, db, "database_password", { at: "DB_PASSWORD" });

  const zs = "monitoring/zabbix/scripts/zbx_maintenance.py";
  const zt = P(zs, hex(64), "zabbix_api_token");
  N(zs, 'os.environ["ZABBIX_API_TOKEN"]', "env_reference");
  put(
    zs,
    `#!/usr/bin/env python3
"""Put a POP into Zabbix maintenance before a planned works window (NOC-2291)."""
import os
import sys
import time

import requests

ZABBIX_URL = "https://zabbix.int.${DOM}/api_jsonrpc.php"
# token for the "svc-maint" API user; TODO move to vault
API_TOKEN = os.environ.get("ZABBIX_API_TOKEN") or "${zt}"


def call(method, params):
    r = requests.post(
        ZABBIX_URL,
        json={"jsonrpc": "2.0", "method": method, "params": params, "id": 1},
        headers={"Authorization": f"Bearer {API_TOKEN}"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["result"]


def strict_token():
    return os.environ["ZABBIX_API_TOKEN"]


if __name__ == "__main__":
    group = sys.argv[1]
    now = int(time.time())
    print(call("maintenance.create", {"name": f"planned-{group}", "active_since": now, "active_till": now + 7200}))
`,
  );

  const pr = "monitoring/prtg/push_bng_sessions.ps1";
  const ph = P(pr, digits(10), "prtg_passhash");
  put(
    pr,
    `# Pushes PPPoE session counts from the BNGs into PRTG HTTP Push sensors
$prtgServer = "https://prtg.int.${DOM}"
$username   = "svc-prtgapi"
$passhash   = "${ph}"

$bngs = @("ccr2004-pop3", "asr9k-bng-pop5")
foreach ($bng in $bngs) {
    $count = (Invoke-RestMethod "http://10.40.0.40:8080/sessions/$bng").count
    $url = "$prtgServer/api/table.json?content=sensors&username=$username&passhash=$passhash&filter_device=$bng"
    Invoke-RestMethod -Uri $url | Out-Null
    Write-Host "$bng => $count"
}
`,
  );

  const sx = "monitoring/snmp_exporter/snmp.yml";
  const c1 = P(sx, community(), "snmp_community");
  const u1 = P(sx, pw(), "snmpv3_auth_password"),
    u2 = P(sx, pw(4), "snmpv3_priv_password");
  U(sx, "public", "snmp_community", { at: "community: public", note: "default community" });
  put(
    sx,
    `# generated by snmp_exporter generator, auths section edited by hand
auths:
  public_v2:
    community: public
    version: 2
  veloxtel_v2:
    community: ${c1}
    version: 2
  veloxtel_v3:
    version: 3
    security_level: authPriv
    username: prom-snmp
    password: ${u1}
    auth_protocol: SHA
    priv_protocol: AES
    priv_password: ${u2}
modules:
  if_mib:
    walk:
      - 1.3.6.1.2.1.2
      - 1.3.6.1.2.1.31.1.1
`,
  );

  const sd = "monitoring/snmp/snmpd.conf";
  const rc = P(sd, community(), "snmp_community");
  const ca = P(sd, pw(), "snmpv3_auth_password"),
    cp = P(sd, pw(), "snmpv3_priv_password");
  put(
    sd,
    `# /etc/snmp/snmpd.conf on nms01
agentAddress udp:161
sysLocation AMS1 NOC
sysContact noc@${DOM}
rocommunity ${rc} 10.40.0.0/16
createUser noc-mon SHA "${ca}" AES "${cp}"
rouser noc-mon priv
includeDir /etc/snmp/snmpd.conf.d
`,
  );

  const am = "monitoring/alertmanager/alertmanager.yml";
  const sh = P(am, slackHook(), "slack_webhook_url");
  const pd = P(am, hex(32), "pagerduty_routing_key");
  const tg = P(am, telegram(), "telegram_bot_token");
  N(am, "<secret>", "placeholder");
  put(
    am,
    `global:
  resolve_timeout: 5m
  smtp_smarthost: smtp.${DOM}:587
  smtp_from: alertmanager@${DOM}
  smtp_auth_username: alertmanager
  smtp_auth_password: <secret>
  slack_api_url: ${sh}
route:
  receiver: noc-slack
  group_by: [alertname, pop]
  routes:
    - matchers: [severity="critical"]
      receiver: noc-pagerduty
    - matchers: [team="field"]
      receiver: field-telegram
receivers:
  - name: noc-slack
    slack_configs:
      - channel: '#noc-alerts'
  - name: noc-pagerduty
    pagerduty_configs:
      - routing_key: ${pd}
  - name: field-telegram
    telegram_configs:
      - bot_token: ${tg}
        chat_id: -1001843220917
`,
  );

  const gs = "monitoring/grafana/scripts/export_dashboards.sh";
  const gt = P(gs, grafanaSa(), "grafana_service_account_token");
  N(gs, "glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx", "placeholder");
  put(
    gs,
    `#!/usr/bin/env bash
# Nightly dashboard export to git. Usage: GRAFANA_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx ./export_dashboards.sh
set -euo pipefail
GRAFANA_URL=https://grafana.int.${DOM}
GRAFANA_TOKEN=\${GRAFANA_TOKEN:-${gt}}
mkdir -p dashboards
for uid in $(curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/dashboards/uid/$uid" | jq '.dashboard' > "dashboards/$uid.json"
done
`,
  );
}

// 26-35. VoIP
{
  const f = "voip/asterisk/pjsip.conf";
  const trunk = P(f, rnd(20), "sip_password", { note: "carrier trunk auth" });
  const e1 = P(f, pw(), "sip_password"),
    e2 = P(f, pw(), "sip_password");
  N(f, "changeme", "placeholder", { at: ";password=changeme" });
  put(
    f,
    `; Veloxtel hosted PBX - pjsip.conf (tenant: acme-logistics)
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060

[bandwidth-trunk]
type=registration
outbound_auth=bandwidth-auth
server_uri=sip:gw.sip.bandwidth.example:5060
client_uri=sip:veloxtel_pbx01@gw.sip.bandwidth.example

[bandwidth-auth]
type=auth
auth_type=userpass
username=veloxtel_pbx01
password=${trunk}

; template - copy for new extensions
;[2xx-template](!)
;type=auth
;password=changeme

[201]
type=auth
auth_type=userpass
username=201
password=${e1}

[202]
type=auth
auth_type=userpass
username=202
password=${e2}
`,
  );

  const m = "voip/asterisk/manager.conf";
  const ami = P(m, pw(), "asterisk_ami_secret");
  N(m, "mysecret", "documentation_default", { note: "sample from stock manager.conf, commented" });
  put(
    m,
    `;
; AMI - Asterisk Manager Interface
;
[general]
enabled = yes
port = 5038
bindaddr = 127.0.0.1

;[mark]
;secret = mysecret
;deny=0.0.0.0/0.0.0.0
;permit=209.16.236.73/255.255.255.0

[crm-connector]
secret = ${ami}
deny = 0.0.0.0/0.0.0.0
permit = 10.50.0.0/255.255.0.0
read = call,cdr,reporting
write = originate
`,
  );

  const x = "voip/asterisk/extensions.conf";
  const bt = P(x, str(B62, 40), "billing_api_token", { note: "no prefix, variable name only" });
  N(x, "${BILLING_TOKEN}", "variable_reference", { at: "same => n,Set(CURLOPT(httpheader)" });
  put(
    x,
    `[globals]
BILLING_URL=https://bss.int.${DOM}/api/v2/cdr/prerate
BILLING_TOKEN=${bt}

[from-customers]
exten => _00X.,1,NoOp(International call from \${CALLERID(num)})
 same => n,Set(CURLOPT(httpheader)=Authorization: Token \${BILLING_TOKEN})
 same => n,Set(RATE=\${CURL(\${BILLING_URL}?dst=\${EXTEN})})
 same => n,GotoIf($["\${RATE}" = "BLOCKED"]?blocked)
 same => n,Dial(PJSIP/\${EXTEN}@bandwidth-trunk,120)
 same => n(blocked),Playback(ss-noservice)
 same => n,Hangup()
`,
  );

  const fx = "voip/freeswitch/conf/sip_profiles/external/telnyx.xml";
  const fp = P(fx, rnd(16), "sip_password");
  put(
    fx,
    `<include>
  <gateway name="telnyx">
    <param name="username" value="veloxtelfs01"/>
    <param name="password" value="${fp}"/>
    <param name="proxy" value="sip.telnyx.com"/>
    <param name="register" value="true"/>
    <param name="register-transport" value="tls"/>
    <param name="expire-seconds" value="600"/>
    <param name="caller-id-in-from" value="true"/>
  </gateway>
</include>
`,
  );
  const es = "voip/freeswitch/conf/autoload_configs/event_socket.conf.xml";
  const esp = P(es, pw(), "freeswitch_esl_password");
  N(es, "ClueCon", "documentation_default", { note: "FreeSWITCH shipped default, in comment" });
  put(
    es,
    `<configuration name="event_socket.conf" description="Socket Client">
  <settings>
    <param name="nat-map" value="false"/>
    <param name="listen-ip" value="127.0.0.1"/>
    <param name="listen-port" value="8021"/>
    <!-- was ClueCon (default) until NOC-1877 -->
    <param name="password" value="${esp}"/>
    <param name="apply-inbound-acl" value="loopback.auto"/>
  </settings>
</configuration>
`,
  );
  const k = "voip/kamailio/kamailio.cfg";
  const kp = P(k, pwAlnum(), "database_password", { note: "in DB URL" });
  N(k, "kamailiorw", "documentation_default", {
    at: "# #!define DBURL",
    note: "Kamailio default, commented",
  });
  const ht = P(k, str(B62, 32), "http_api_token", { note: "auth header to SBC API" });
  put(
    k,
    `#!KAMAILIO
#
# Veloxtel edge proxy - kamailio.cfg
#
#!define WITH_MYSQL
#!define WITH_AUTH
#!define WITH_USRLOCDB

####### Defined Values #########
#!ifdef WITH_MYSQL
# #!define DBURL "mysql://kamailio:kamailiorw@localhost/kamailio"
#!define DBURL "mysql://kamailio:${kp}@sip-db01.int.${DOM}/kamailio"
#!endif

#!substdef "!SBC_API_TOKEN!${ht}!g"

loadmodule "auth_db.so"
modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")

request_route {
	route(REQINIT);
	if (is_method("REGISTER")) {
		http_client_query("https://sbc-api.int.${DOM}/v1/reg?aor=$fu", "Authorization: Bearer SBC_API_TOKEN", "$var(res)");
	}
}
`,
  );
  const ct = "voip/sip-trunks/carriers.yaml";
  const c1 = P(ct, rnd(20), "sip_password"),
    c2 = P(ct, pw(), "sip_password"),
    c3 = P(ct, str(B62, 32), "sip_password");
  const v = N(ct, vault("      "), "ansible_vault", { note: "encrypted" });
  put(
    ct,
    `# SIP trunks terminated on sbc01/sbc02. Rotate with carrier portal, then update here.
trunks:
  - carrier: bandwidth
    realm: sip.bandwidth.example
    username: veloxtel_sbc01
    password: ${c1}
    channels: 460
  - carrier: colt-de
    realm: voip.colt.example
    username: "+4969509982100"
    password: "${c2}"
    channels: 120
  - carrier: sinch-uk
    realm: sip.sinch.example
    username: vx-uk-01
    password: ${c3}
  - carrier: bt-wholesale
    realm: sbc.btw.example
    username: VELOX01
    password: !vault |
      ${v}
`,
  );
}

// 36-43. Messaging services
{
  const f = "services/sms-gateway/.env";
  const sid = N(f, twilioSid(), "twilio_account_sid", { note: "identifier" });
  const tt = P(f, twilioToken(), "twilio_auth_token");
  const vk = U(f, hex(8), "vonage_api_key", { note: "identifier-like api key" });
  const vs = P(f, str(B62, 16), "vonage_api_secret");
  const pid = N(f, plivoId(), "plivo_auth_id", { note: "identifier" });
  const pt = P(f, str(B62, 40), "plivo_auth_token");
  const mb = P(f, str(B62, 25), "messagebird_access_key");
  const tx = P(f, telnyxKey(), "telnyx_api_key");
  const sp = N(f, hex(32), "sinch_service_plan_id", { note: "identifier" });
  const st = P(f, hex(32), "sinch_api_token");
  const bwp = P(f, pw(), "bandwidth_api_password");
  const mg = N(f, `MG${hex(32)}`, "twilio_messaging_service_sid", { note: "identifier" });
  const dbp = P(f, pwAlnum(), "database_password", { note: "in DSN" });
  put(
    f,
    `# sms-gateway production env (copied from sms-gw01:/etc/sms-gateway/env)
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://smsgw:${dbp}@pg-sms.int.${DOM}:5432/smsgw
DEFAULT_PROVIDER=twilio

TWILIO_ACCOUNT_SID=${sid}
TWILIO_AUTH_TOKEN=${tt}
TWILIO_MESSAGING_SERVICE_SID=${mg}

VONAGE_API_KEY=${vk}
VONAGE_API_SECRET=${vs}

PLIVO_AUTH_ID=${pid}
PLIVO_AUTH_TOKEN=${pt}

MESSAGEBIRD_ACCESS_KEY=${mb}
TELNYX_API_KEY=${tx}
SINCH_SERVICE_PLAN_ID=${sp}
SINCH_API_TOKEN=${st}

BANDWIDTH_ACCOUNT_ID=${digits(7)}
BANDWIDTH_USERNAME=veloxtel-api
BANDWIDTH_PASSWORD=${bwp}
`,
  );
  const ex = "services/sms-gateway/.env.example";
  N(ex, "your_auth_token", "placeholder");
  N(ex, "<vonage-api-secret>", "placeholder");
  N(ex, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder", { at: "PLIVO_AUTH_TOKEN" });
  N(ex, "KEY_xxxxxxxxxxxxx", "placeholder");
  N(ex, "changeme", "placeholder");
  N(ex, "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder");
  put(
    ex,
    `NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://smsgw:smsgw@localhost:5432/smsgw
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
VONAGE_API_KEY=
VONAGE_API_SECRET=<vonage-api-secret>
PLIVO_AUTH_ID=
PLIVO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MESSAGEBIRD_ACCESS_KEY=
TELNYX_API_KEY=KEY_xxxxxxxxxxxxx
SINCH_API_TOKEN=changeme
`,
  );
  N(ex, "smsgw", "placeholder", { at: "postgres://smsgw:smsgw", note: "local dev default" });

  const tc = "services/sms-gateway/app/providers/twilio_client.py";
  N(tc, 'os.environ["TWILIO_AUTH_TOKEN"]', "env_reference");
  const sk = N(tc, `SK${hex(32)}`, "twilio_api_key_sid", { note: "identifier" });
  const sks = P(tc, str(B62, 32), "twilio_api_key_secret");
  put(
    tc,
    `import os

from twilio.rest import Client

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

# restricted API key used for the status-callback poller
API_KEY_SID = os.getenv("TWILIO_API_KEY_SID", "${sk}")
API_KEY_SECRET = os.getenv("TWILIO_API_KEY_SECRET", "${sks}")


def client(restricted: bool = False) -> Client:
    if restricted:
        return Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)
    return Client(ACCOUNT_SID, AUTH_TOKEN)


def send(to: str, body: str) -> str:
    msg = client().messages.create(messaging_service_sid=os.environ["TWILIO_MESSAGING_SERVICE_SID"], to=to, body=body)
    return msg.sid
`,
  );

  const tp = "services/sms-gateway/tests/test_providers.py";
  N(tp, "AC00000000000000000000000000000000", "test_fixture");
  N(tp, "test_auth_token_not_real", "test_fixture");
  N(tp, "fake-plivo-token", "test_fixture");
  const badGh = N(tp, brokenChecksummed("ghp_"), "github_pat", {
    note: "checksum does not match, fixture for validator test",
  });
  const badNpm = N(tp, brokenChecksummed("npm_"), "npm_access_token", {
    note: "checksum does not match, fixture",
  });
  put(
    tp,
    `import pytest

from app.providers import twilio_client
from app.util.tokens import looks_like_github_token

FAKE_SID = "AC00000000000000000000000000000000"
FAKE_TOKEN = "test_auth_token_not_real"


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", FAKE_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("PLIVO_AUTH_TOKEN", "fake-plivo-token")


def test_client_uses_env(env):
    c = twilio_client.client()
    assert c.username == FAKE_SID


def test_rejects_bad_checksum():
    # valid shape, wrong CRC32 suffix
    assert not looks_like_github_token("${badGh}")
    assert not looks_like_github_token("${badNpm}")
`,
  );

  const vg = "services/voice-ivr/src/config/vonage.ts";
  const appId = N(vg, uuid(), "vonage_application_id", { note: "identifier" });
  const rsaPem = pem("PRIVATE KEY", rsaFake());
  P(vg, rsaPem, "rsa_private_key", { note: "Vonage application private key inlined" });
  put(
    vg,
    `import { Vonage } from '@vonage/server-sdk';

// TODO(ivr-212): load from /etc/voice-ivr/private.key again once the container mounts work
const PRIVATE_KEY = \`${rsaPem}\`;

export const vonage = new Vonage({
  applicationId: '${appId}',
  privateKey: PRIVATE_KEY,
});
`,
  );

  const rd = "services/voice-ivr/README.md";
  const rsid = twilioSid();
  const rt = P(rd, twilioToken(), "twilio_auth_token", { note: "curl example with real token" });
  N(rd, "$TWILIO_AUTH_TOKEN", "env_reference");
  N(rd, "abcd1234", "documentation_sample", { at: "api_key=abcd1234" });
  N(rd, "ABCDEFGHIJ123456", "documentation_sample", { note: "vendor doc style sample secret" });
  put(
    rd,
    `# voice-ivr

Inbound IVR for residential support lines (0800 numbers), built on Vonage Voice API with Twilio as fallback.

## Quick test

Send yourself an SMS through the shared Twilio account:

${FENCE}bash
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Messages.json" \\
  --data-urlencode "Body=IVR test" --data-urlencode "From=+442038070000" --data-urlencode "To=+447700900123" \\
  -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"
${FENCE}

What Piotr used during the cut-over (worked, leave it here for now):

${FENCE}bash
curl -X POST https://api.twilio.com/2010-04-01/Accounts/${rsid}/Calls.json \\
  -d Url=https://ivr.${DOM}/answer -d To=+447700900123 -d From=+442038070000 \\
  -u ${rsid}:${rt}
${FENCE}

Vonage's docs example (placeholders):

${FENCE}bash
curl "https://rest.nexmo.com/sms/json?api_key=abcd1234&api_secret=ABCDEFGHIJ123456&from=Veloxtel&to=447700900000&text=hi"
${FENCE}
`,
  );
  N(rd, rsid, "twilio_account_sid", { note: "identifier" });

  const lg = "services/sms-gateway/logs/gateway-2024-03-11.log";
  const bu = "smsgw-mt",
    bp = pw();
  const basic = b64(`${bu}:${bp}`);
  P(lg, basic, "basic_auth", { decoded: `${bu}:${bp}` });
  const mbk = P(lg, str(B62, 25), "messagebird_access_key");
  N(lg, "AccessKey ***", "redacted");
  N(lg, "sk-...a91f", "redacted");
  const reqId = N(lg, uuid(), "uuid", { note: "request id" });
  put(
    lg,
    `2024-03-11T06:00:01.112Z INFO  gateway starting, providers=[twilio,messagebird,telnyx]
2024-03-11T06:00:01.530Z INFO  loaded routing table (412 prefixes)
2024-03-11T06:14:22.018Z DEBUG inbound POST /v1/mt from 10.50.3.14 req=${reqId} headers={"host":"smsgw.int.${DOM}","authorization":"Basic ${basic}","content-type":"application/json"}
2024-03-11T06:14:22.031Z INFO  route +31612345678 -> messagebird
2024-03-11T06:14:22.244Z DEBUG messagebird request headers: Authorization: AccessKey ${mbk}
2024-03-11T06:14:22.502Z WARN  messagebird 401 - retrying with fallback key (AccessKey ***)
2024-03-11T06:14:23.101Z INFO  openai summariser disabled (key sk-...a91f expired)
2024-03-11T06:14:23.330Z INFO  delivered id=mb_88213 status=sent
`,
  );
}

// 44-49. Billing
{
  const f = "billing/bss-connector/src/main/resources/application.yml";
  const dbp = P(f, pw(), "database_password");
  const sk = P(f, stripeSk(), "stripe_secret_key");
  const pk = U(f, stripePk(), "stripe_publishable_key");
  N(f, "${BILLING_RO_PASSWORD}", "env_reference");
  const whs = P(f, `whsec_${str(B62, 32)}`, "stripe_webhook_secret");
  put(
    f,
    `server:
  port: 8443
spring:
  application:
    name: bss-connector
  datasource:
    url: jdbc:oracle:thin:@//bss-ora01.int.${DOM}:1521/BSSPRD
    username: BSS_CONNECTOR
    password: ${dbp}
  reporting-datasource:
    url: jdbc:postgresql://dwh.int.${DOM}:5432/reporting
    username: billing_ro
    password: \${BILLING_RO_PASSWORD}
payments:
  stripe:
    secret-key: ${sk}
    publishable-key: ${pk}
    webhook-secret: ${whs}
provisioning:
  radius-coa-port: 3799
`,
  );
  const d = "billing/bss-connector/src/main/resources/application-dev.properties";
  const gc = P(d, `live_${str(URLS, 40)}`, "gocardless_access_token", { note: "live token in dev profile" });
  N(d, "sandbox_token_here", "placeholder");
  put(
    d,
    `spring.datasource.url=jdbc:h2:mem:bss;MODE=Oracle
spring.datasource.username=sa
spring.datasource.password=
gocardless.environment=sandbox
gocardless.access-token=sandbox_token_here
# temporary - reproduce INC-4471 against live mandates
#gocardless.access-token=${gc}
logging.level.net.veloxtel=DEBUG
`,
  );

  const dj = "billing/rating-engine/rating/settings.py";
  const dk = P(dj, djangoKey(), "django_secret_key");
  const dp = pw(5);
  const dpEnc = encodeURIComponent(`${dp}@1`);
  P(dj, dpEnc, "database_password", { decoded: `${dp}@1`, note: "URL-encoded in DSN" });
  const dsn = U(dj, sentryDsn(), "sentry_dsn");
  put(
    dj,
    `"""Django settings for the rating engine (CDR rating, tariff plans)."""
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '${dk}'
DEBUG = False
ALLOWED_HOSTS = ["rating.int.${DOM}"]

DATABASES = {
    "default": dj_database_url.parse("postgres://rating:${dpEnc}@pg-bss.int.${DOM}:5432/rating"),
}

SENTRY_DSN = "${dsn}"
TIME_ZONE = "Europe/Amsterdam"
`,
  );

  const ex = "billing/invoice-export/export_invoices.sh";
  const pg = P(ex, pw(), "database_password");
  const ai = P(ex, awsId(), "aws_access_key_id");
  const as = P(ex, awsSecret(), "aws_secret_access_key");
  const s1 = N(ex, sha256hex(), "sha256_checksum");
  put(
    ex,
    `#!/bin/sh
# Monthly invoice PDF export to the accounting bucket (cron: 0 3 1 * *)
set -e
MONTH=$(date -d "last month" +%Y-%m)
export PGPASSWORD='${pg}'
psql -h pg-bss.int.${DOM} -U invoicing -d bss -c "\\copy (select * from invoices where period='$MONTH') to '/tmp/invoices-$MONTH.csv' csv header"

# pinned pdf renderer
echo "${s1}  /opt/invoice-renderer/renderer-2.4.1.jar" | sha256sum -c -

AWS_ACCESS_KEY_ID=${ai} AWS_SECRET_ACCESS_KEY=${as} \\
  aws s3 cp /tmp/invoices-$MONTH.csv s3://veloxtel-accounting-exports/invoices/ --region eu-west-1
`,
  );

  const pv = "billing/oss-provisioning/provision.py";
  const nb = P(pv, hex(40), "netbox_api_token");
  const coa = P(pv, shared().replace(/[@*]/g, "k"), "radius_shared_secret", { note: "CoA secret" });
  N(pv, 'os.environ.get("NETBOX_TOKEN", "")', "env_reference");
  put(
    pv,
    `"""Provision a new FTTH subscriber: reserve IP in NetBox, create PPPoE account, push CoA."""
import os

import pynetbox
from pyrad.client import Client
from pyrad.dictionary import Dictionary

NETBOX_URL = "https://netbox.int.${DOM}"
nb = pynetbox.api(NETBOX_URL, token=os.environ.get("NETBOX_TOKEN", ""))

# legacy path, still used by the night batch
nb_batch = pynetbox.api(NETBOX_URL, token="${nb}")

COA_SECRET = b"${coa}"


def coa_client(bng_ip: str) -> Client:
    return Client(server=bng_ip, secret=COA_SECRET, dict=Dictionary("dictionary"), coaport=3799)
`,
  );

  const go = "billing/mediation/internal/store/clickhouse.go";
  const cp = P(go, pwAlnum(), "database_password", { note: "in DSN" });
  const old = P(go, pwAlnum(), "database_password", { note: "old password in comment" });
  put(
    go,
    `package store

import (
	"context"
	"database/sql"
	"os"

	_ "github.com/ClickHouse/clickhouse-go/v2"
)

// old cluster: clickhouse://cdr_writer:${old}@ch-old.int.${DOM}:9000/cdr
const defaultDSN = "clickhouse://cdr_writer:${cp}@ch01.int.${DOM}:9000/cdr?dial_timeout=5s"

func Open(ctx context.Context) (*sql.DB, error) {
	dsn := os.Getenv("CDR_CLICKHOUSE_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	db, err := sql.Open("clickhouse", dsn)
	if err != nil {
		return nil, err
	}
	return db, db.PingContext(ctx)
}
`,
  );
}

// 50-58. Network automation
{
  const ios = "automation/ansible/inventory/group_vars/ios.yml";
  N(ios, "{{ vault_ios_password }}", "template_placeholder");
  const bp = P(ios, pw(), "enable_password");
  put(
    ios,
    `---
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: cisco.ios.ios
ansible_user: svc-ansible
ansible_password: "{{ vault_ios_password }}"
ansible_become: true
ansible_become_method: enable
ansible_become_password: "${bp}"
`,
  );
  const pb = "automation/ansible/playbooks/snmp_hardening.yml";
  N(pb, "{{ snmp_ro_community }}", "template_placeholder");
  const a = P(pb, pw(), "snmpv3_auth_password"),
    b = P(pb, pw(4), "snmpv3_priv_password");
  put(
    pb,
    `---
- name: SNMP hardening for IOS access switches (NOC-2040)
  hosts: ios_access
  gather_facts: false
  tasks:
    - name: Remove v2c RW and set RO community
      cisco.ios.ios_config:
        lines:
          - no snmp-server community private RW
          - snmp-server community {{ snmp_ro_community }} RO 99

    - name: SNMPv3 user for LibreNMS
      cisco.ios.ios_config:
        lines:
          - snmp-server group NMS v3 priv
          - snmp-server user lnms-v3 NMS v3 auth sha ${a} priv aes 128 ${b}
`,
  );
  N(pb, "private", "documentation_default", {
    at: "no snmp-server community private",
    note: "removing default community",
  });

  const hv = "automation/ansible/host_vars/fw-dc1.yml";
  const ft = P(hv, str(B62, 30), "fortios_api_token");
  const pa = P(hv, panosKey(), "paloalto_api_key");
  put(
    hv,
    `---
ansible_host: 10.40.1.1
ansible_httpapi_use_ssl: true
ansible_httpapi_validate_certs: false
fortios_access_token: ${ft}
# PA-3220 at DC2 (shared host_vars because of the HA pair migration)
panos_provider:
  ip_address: 10.40.2.1
  api_key: ${pa}
`,
  );

  const nc = "automation/netbox/configuration.py";
  const sk = P(nc, djangoKey(), "django_secret_key", { note: "NetBox SECRET_KEY" });
  const dp = P(nc, pw(), "database_password");
  const rp = P(nc, rnd(24), "redis_password");
  const np = P(nc, pw(), "password", { note: "NAPALM device password" });
  put(
    nc,
    `# NetBox configuration.py (netbox01)
ALLOWED_HOSTS = ['netbox.int.${DOM}', 'netbox']

DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': '${dp}',
    'HOST': 'localhost',
    'PORT': '',
    'CONN_MAX_AGE': 300,
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PORT': 6379, 'PASSWORD': '${rp}', 'DATABASE': 0, 'SSL': False},
    'caching': {'HOST': 'localhost', 'PORT': 6379, 'PASSWORD': '${rp}', 'DATABASE': 1, 'SSL': False},
}

SECRET_KEY = '${sk}'

NAPALM_USERNAME = 'svc-netbox'
NAPALM_PASSWORD = '${np}'
NAPALM_TIMEOUT = 30
`,
  );

  const gcfg = "automation/nautobot/scripts/golden_config_sync.sh";
  const ntok = P(gcfg, hex(40), "nautobot_api_token");
  const gsha = N(gcfg, gitSha(), "git_commit_sha");
  put(
    gcfg,
    `#!/usr/bin/env bash
# Trigger Golden Config backup job after oxidized finishes.
# pinned golden-config templates repo at ${gsha}
curl -sk -X POST \\
  -H "Authorization: Token ${ntok}" \\
  -H "Content-Type: application/json" \\
  https://nautobot.int.${DOM}/api/extras/jobs/golden-config-backup/run/ \\
  -d '{"data": {"platform": ["junos", "ios", "routeros"]}}'
`,
  );

  const nbk = "automation/notebooks/bgp_audit.ipynb";
  const ntok2 = P(nbk, hex(40), "netbox_api_token", { note: "printed in notebook output" });
  const lt = P(nbk, hex(32), "librenms_api_token", { note: "printed in notebook output" });
  N(nbk, 'getpass.getpass(\\"Device password: \\")', "code_reference");
  const nbJson = {
    cells: [
      {
        cell_type: "markdown",
        metadata: {},
        source: [
          "# BGP session audit vs NetBox (Q1)\n",
          "Compares established sessions on edge routers with NetBox intended state.",
        ],
      },
      {
        cell_type: "code",
        execution_count: 3,
        metadata: {},
        outputs: [],
        source: [
          "import os, getpass\n",
          "import pynetbox\n",
          'dev_pw = getpass.getpass("Device password: ")',
        ],
      },
      {
        cell_type: "code",
        execution_count: 4,
        metadata: {},
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: [
              `{'NETBOX_URL': 'https://netbox.int.${DOM}',\n`,
              ` 'NETBOX_TOKEN': '${ntok2}',\n`,
              ` 'LIBRENMS_TOKEN': '${lt}',\n`,
              " 'USER': 'mvisser'}\n",
            ],
          },
        ],
        source: [
          '{k: v for k, v in os.environ.items() if k in ("NETBOX_URL", "NETBOX_TOKEN", "LIBRENMS_TOKEN", "USER")}',
        ],
      },
      {
        cell_type: "code",
        execution_count: 5,
        metadata: {},
        outputs: [
          {
            output_type: "execute_result",
            execution_count: 5,
            metadata: {},
            data: { "text/plain": ["412"] },
          },
        ],
        source: [
          'nb = pynetbox.api(os.environ["NETBOX_URL"], token=os.environ["NETBOX_TOKEN"])\n',
          'len(nb.ipam.ip_addresses.filter(role="anycast"))',
        ],
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.6" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  put(nbk, JSON.stringify(nbJson, null, 1));
}

// 59-62. Terraform edge
{
  const m = "terraform/edge/main.tf";
  N(m, AWS_DOC_ID, "aws_access_key_id", { note: "AWS documentation example" });
  N(m, AWS_DOC_SECRET, "aws_secret_access_key", { note: "AWS documentation example" });
  N(m, "var.cloudflare_api_token", "variable_reference");
  put(
    m,
    `terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.20" }
    aws        = { source = "hashicorp/aws", version = "~> 5.30" }
  }
  backend "s3" {
    bucket = "veloxtel-tfstate"
    key    = "edge/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# For localstack tests only - these are the AWS docs example keys
provider "aws" {
  alias      = "localstack"
  region     = "eu-west-1"
  access_key = "${AWS_DOC_ID}"
  secret_key = "${AWS_DOC_SECRET}"
  endpoints { s3 = "http://localhost:4566" }
}

resource "cloudflare_record" "portal" {
  zone_id = var.zone_id
  name    = "mijn"
  type    = "CNAME"
  value   = "portal-lb.${DOM}"
  proxied = true
}
`,
  );
  const tv = "terraform/edge/terraform.tfvars";
  const cf = P(tv, str(URLS, 40), "cloudflare_api_token");
  const zid = N(tv, hex(32), "cloudflare_zone_id", { note: "identifier" });
  const md5 = P(tv, pw(), "bgp_md5_password");
  const acc = N(tv, uuid(), "uuid", { note: "cloudflare account id" });
  put(
    tv,
    `cloudflare_api_token = "${cf}"
zone_id              = "${zid}"
account_id           = "${acc}"
edge_asn             = 64512
bgp_md5_password     = "${md5}"
`,
  );

  const st = "terraform/edge/terraform.tfstate";
  const kid = P(st, awsId(), "aws_access_key_id");
  const ksec = P(st, awsSecret(), "aws_secret_access_key");
  const rpw = P(st, rnd(24), "password", { note: "random_password result" });
  const acct = N(st, digits(12), "aws_account_id", { note: "identifier" });
  const sch = N(st, bytes(32).toString("base64"), "source_code_hash", {
    note: "base64 sha256 of lambda zip",
  });
  const lin = N(st, uuid(), "uuid", { note: "state lineage" });
  const state = {
    version: 4,
    terraform_version: "1.6.6",
    serial: 87,
    lineage: lin,
    outputs: {},
    resources: [
      {
        mode: "managed",
        type: "aws_iam_access_key",
        name: "edge_logs",
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              id: kid,
              user: "edge-log-shipper",
              secret: ksec,
              status: "Active",
              ses_smtp_password_v4: null,
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "random_password",
        name: "portal_db",
        provider: 'provider["registry.terraform.io/hashicorp/random"]',
        instances: [
          {
            schema_version: 3,
            attributes: { id: "none", length: 24, special: false, result: rpw },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "aws_lambda_function",
        name: "edge_redirect",
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              arn: `arn:aws:lambda:eu-west-1:${acct}:function:edge-redirect`,
              source_code_hash: sch,
              runtime: "nodejs20.x",
            },
            sensitive_attributes: [],
          },
        ],
      },
    ],
  };
  put(st, JSON.stringify(state, null, 2));

  const lk = "terraform/edge/.terraform.lock.hcl";
  const h1 = N(lk, `h1:${bytes(32).toString("base64")}`, "provider_hash");
  const z1 = N(lk, `zh:${sha256hex()}`, "provider_hash");
  const h2 = N(lk, `h1:${bytes(32).toString("base64")}`, "provider_hash");
  put(
    lk,
    `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "4.20.0"
  constraints = "~> 4.20"
  hashes = [
    "${h1}",
    "${z1}",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.30"
  hashes = [
    "${h2}",
  ]
}
`,
  );
}

// 63-66. Kubernetes
{
  const s = "k8s/portal/secret.yaml";
  const p1 = pw(),
    t1 = str(B62, 40);
  P(s, b64(p1), "database_password", { decoded: p1, note: "k8s Secret base64" });
  P(s, b64(t1), "netbox_api_token", { decoded: t1, note: "k8s Secret base64" });
  put(
    s,
    `apiVersion: v1
kind: Secret
metadata:
  name: portal-secrets
  namespace: customer-portal
type: Opaque
data:
  DB_USER: ${b64("portal")}
  DB_PASSWORD: ${b64(p1)}
  NETBOX_TOKEN: ${b64(t1)}
`,
  );
  const ss = "k8s/portal/sealed-secret.yaml";
  const e1 = N(ss, `AgB${bytes(300).toString("base64")}`, "sealed_secret", {
    note: "encrypted by controller",
  });
  put(
    ss,
    `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-radius
  namespace: customer-portal
spec:
  encryptedData:
    RADIUS_SECRET: ${e1}
  template:
    metadata:
      name: portal-radius
`,
  );
  const dep = "k8s/portal/templates/deployment.yaml";
  N(dep, "{{ .Values.radius.secret }}", "template_placeholder");
  N(dep, "{{ .Values.twilio.authToken | quote }}", "template_placeholder");
  const img = N(dep, `sha256:${sha256hex()}`, "image_digest");
  put(
    dep,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "portal.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: portal
          image: "registry.${DOM}/portal/web@${img}"
          env:
            - name: RADIUS_SECRET
              value: {{ .Values.radius.secret }}
            - name: TWILIO_AUTH_TOKEN
              value: {{ .Values.twilio.authToken | quote }}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: portal-secrets, key: DB_PASSWORD }
`,
  );
  const so = "k8s/secrets/bss-connector.enc.yaml";
  const se1 = N(so, sopsEnc(18), "sops_encrypted");
  const se2 = N(so, sopsEnc(32), "sops_encrypted");
  put(
    so,
    `apiVersion: v1
kind: Secret
metadata:
  name: bss-connector
type: Opaque
stringData:
  ORACLE_PASSWORD: ${se1}
  STRIPE_SECRET_KEY: ${se2}
sops:
  kms: []
  age:
    - recipient: age1${str("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        ${bytes(48).toString("base64")}
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-02-11T10:21:07Z"
  mac: ENC[AES256_GCM,data:${bytes(32).toString("base64")},iv:${bytes(32).toString("base64")},tag:${bytes(16).toString("base64")},type:str]
  version: 3.8.1
`,
  );
}

// 67-72. Customer portal
{
  const c = "portal/www/config/config.php";
  const dbp = P(c, pw(), "database_password");
  const rs = P(c, recaptcha(), "recaptcha_secret_key");
  const rk = U(c, recaptcha(), "recaptcha_site_key");
  const mg = P(c, `key-${hex(32)}`, "mailgun_api_key");
  const radS = P(c, shared().replace(/[@*]/g, "p"), "radius_shared_secret", {
    note: "portal password checks via RADIUS",
  });
  put(
    c,
    `<?php
// Mijn Veloxtel - customer self-care portal
define('DB_HOST', 'pg-portal.int.${DOM}');
define('DB_NAME', 'selfcare');
define('DB_USER', 'selfcare_web');
define('DB_PASS', '${dbp}');

$config = [
    'recaptcha' => [
        'site_key'   => '${rk}',
        'secret_key' => '${rs}',
    ],
    'mailgun' => [
        'domain' => 'mg.${DOM}',
        'api_key' => '${mg}',
    ],
    'radius' => [
        'host' => '10.40.0.11',
        'secret' => '${radS}',
    ],
];
`,
  );
  const sm = "portal/www/includes/sms.php";
  const aid = N(sm, plivoId(), "plivo_auth_id", { note: "identifier" });
  const at = P(sm, str(B62, 40), "plivo_auth_token");
  N(sm, "getenv('PLIVO_AUTH_TOKEN')", "env_reference");
  put(
    sm,
    `<?php
require_once __DIR__ . '/../vendor/autoload.php';

use Plivo\\RestClient;

function send_otp(string $msisdn, string $code): void
{
    $authId = '${aid}';
    $authToken = getenv('PLIVO_AUTH_TOKEN') ?: '${at}';
    $client = new RestClient($authId, $authToken);
    $client->messages->create(['src' => 'Veloxtel', 'dst' => $msisdn, 'text' => "Uw code: $code"]);
}
`,
  );

  const ap = "portal/api/app.py";
  const fk = P(ap, str(HEX, 64), "flask_secret_key");
  const jk = pw(4);
  const jwt = jwtHS256({ sub: "cust-104421", role: "customer", iat: 1709800000, exp: 1741336000 }, jk);
  P(ap, jwt, "jwt", { note: "long-lived service JWT" });
  P(ap, jk, "jwt_signing_secret");
  put(
    ap,
    `from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "${fk}"
JWT_SECRET = "${jk}"

# token for the BSS callback, expires 2025
BSS_CALLBACK_JWT = "${jwt}"


@app.get("/api/v1/lines/<line_id>/status")
def line_status(line_id):
    return jsonify({"line": line_id, "sync": "up", "profile": "VDSL2-100"})
`,
  );
  const at2 = "portal/api/tests/test_auth.py";
  N(at2, JWT_IO, "jwt", { note: "jwt.io sample token" });
  N(at2, "your-256-bit-secret", "documentation_sample");
  put(
    at2,
    `import jwt


def test_decode_rejects_wrong_key():
    token = "${JWT_IO}"
    # jwt.io's default demo secret
    assert jwt.decode(token, "your-256-bit-secret", algorithms=["HS256"])["name"] == "John Doe"
`,
  );

  const cl = "portal/www/composer.lock";
  const s1 = N(cl, hex(40), "sha1_checksum", { note: "dist shasum" });
  const r1 = N(cl, gitSha(), "git_commit_sha");
  put(
    cl,
    `{
    "_readme": [
        "This file locks the dependencies of your project to a known state"
    ],
    "content-hash": "${hex(32)}",
    "packages": [
        {
            "name": "plivo/plivo-php",
            "version": "v4.59.1",
            "source": {
                "type": "git",
                "url": "https://github.com/plivo/plivo-php.git",
                "reference": "${r1}"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/plivo/plivo-php/zipball/${r1}",
                "reference": "${r1}",
                "shasum": "${s1}"
            }
        }
    ]
}
`,
  );
  const pl = "portal/frontend/package-lock.json";
  const i1 = N(pl, integrity(), "lockfile_integrity"),
    i2 = N(pl, integrity(), "lockfile_integrity");
  put(
    pl,
    JSON.stringify(
      {
        name: "mijn-veloxtel",
        version: "3.12.0",
        lockfileVersion: 3,
        requires: true,
        packages: {
          "": {
            name: "mijn-veloxtel",
            version: "3.12.0",
            dependencies: { axios: "^1.6.7", "libphonenumber-js": "^1.10.57" },
          },
          "node_modules/axios": {
            version: "1.6.7",
            resolved: "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
            integrity: i1,
          },
          "node_modules/libphonenumber-js": {
            version: "1.10.57",
            resolved: "https://registry.npmjs.org/libphonenumber-js/-/libphonenumber-js-1.10.57.tgz",
            integrity: i2,
          },
        },
      },
      null,
      2,
    ),
  );

  const fc = "portal/frontend/src/config.js";
  const fb = U(fc, gcpApiKey(), "firebase_web_api_key");
  const dd = U(fc, `pub${hex(32)}`, "datadog_client_token");
  const sd = U(fc, sentryDsn(), "sentry_dsn");
  const sp = U(fc, stripePk(), "stripe_publishable_key");
  const oc = U(fc, oauthClientId(), "google_oauth_client_id");
  const ga = N(fc, `G-${str(UP + DIG, 10)}`, "analytics_id", { note: "measurement id" });
  put(
    fc,
    `export const config = {
  apiBase: 'https://mijn.${DOM}/api/v1',
  firebase: {
    apiKey: '${fb}',
    authDomain: 'mijn-veloxtel.firebaseapp.com',
    projectId: 'mijn-veloxtel',
    messagingSenderId: '${digits(12)}',
  },
  datadogRum: { clientToken: '${dd}', site: 'datadoghq.eu', service: 'mijn-portal' },
  sentryDsn: '${sd}',
  stripeKey: '${sp}',
  googleClientId: '${oc}',
  gaMeasurementId: '${ga}',
};
`,
  );
}

// 73-74. CI
{
  const g = ".github/workflows/deploy-portal.yml";
  N(g, "${{ secrets.REGISTRY_PASSWORD }}", "ci_secret_reference");
  N(g, "${{ secrets.KUBECONFIG_B64 }}", "ci_secret_reference");
  const npm = P(g, checksummed("npm_"), "npm_access_token", { note: "hardcoded in workflow" });
  const pin = N(g, gitSha(), "git_commit_sha", { note: "pinned action SHA" });
  put(
    g,
    `name: deploy-portal
on:
  push:
    branches: [main]
    paths: ['portal/**']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${pin} # v4.1.1
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://npm.pkg.${DOM}
      - run: npm ci
        working-directory: portal/frontend
        env:
          NODE_AUTH_TOKEN: ${npm}
      - run: echo "\${{ secrets.REGISTRY_PASSWORD }}" | docker login registry.${DOM} -u ci --password-stdin
      - run: echo "\${{ secrets.KUBECONFIG_B64 }}" | base64 -d > kubeconfig
`,
  );

  const gl = ".gitlab-ci.yml";
  N(gl, "$NETBOX_TOKEN", "env_reference", { at: "NETBOX_TOKEN: $NETBOX_TOKEN" });
  const dt = P(gl, `gldt-${str(URLS, 20)}`, "gitlab_deploy_token");
  const gh = P(gl, checksummed("ghp_"), "github_pat", { note: "mirror push token" });
  put(
    gl,
    `stages: [lint, test, deploy]

variables:
  NETBOX_URL: https://netbox.int.${DOM}
  NETBOX_TOKEN: $NETBOX_TOKEN
  ANSIBLE_FORCE_COLOR: "1"

lint:
  stage: lint
  image: registry.${DOM}/noc/ansible-lint:24.2
  script:
    - ansible-lint automation/ansible/playbooks

deploy-configs:
  stage: deploy
  image: registry.${DOM}/noc/ansible:9.2
  before_script:
    - docker login -u gitlab+deploy-token-17 -p ${dt} registry.${DOM}
  script:
    - ansible-playbook -i automation/ansible/inventory automation/ansible/playbooks/snmp_hardening.yml
  only: [main]

mirror-github:
  stage: deploy
  script:
    - git push --mirror https://x-access-token:${gh}@github.com/veloxtel/noc-automation.git
  only: [main]
`,
  );
}

// 75-80. Docs, tickets, chat, ops
{
  const r = "docs/runbooks/pop-turnup.md";
  N(r, "<shared-secret>", "placeholder");
  N(r, AWS_DOC_ID, "aws_access_key_id", { note: "AWS docs example" });
  const tk = P(r, shared(), "tacacs_key", { note: "in runbook code block" });
  const wp = P(r, pw(1), "wifi_psk", { note: "NOC guest wifi" });
  N(r, "xxxx", "placeholder", { at: "snmp-server community xxxx" });
  const cs = N(r, gitSha(), "git_commit_sha");
  put(
    r,
    `# POP turn-up runbook

Owner: NOC / Access Engineering. Last reviewed 2024-02-05.

## 1. AAA

Every new BNG/aggregation router authenticates against ISE (TACACS+) and the RADIUS farm.
Ask the AAA team for the per-site RADIUS secret and put it in NetBox config context, **never in this page**:

${FENCE}
radius server NPS-01
 address ipv4 10.40.0.11 auth-port 1812 acct-port 1813
 key <shared-secret>
${FENCE}

The TACACS+ key is the same everywhere (yes, we know - see SEC-311):

${FENCE}
tacacs server ISE-01
 address ipv4 10.40.0.21
 key ${tk}
${FENCE}

## 2. SNMP

${FENCE}
snmp-server community xxxx RO 99
${FENCE}
Use the community from NetBox secret "snmp-ro"; the LibreNMS poller picks it up automatically.

## 3. Cloud backups

The backup role expects AWS keys in the form \`${AWS_DOC_ID}\` (example) - get real ones from Vault path \`secret/noc/s3-backup\`.

## 4. On site

Field engineers: NOC-GUEST wifi password is \`${wp}\`.

Template fix merged in ${cs}.
`,
  );

  const r2 = "docs/runbooks/sip-trunk-failover.md";
  const tx = P(r2, telnyxKey(), "telnyx_api_key", { note: "runbook curl" });
  N(r2, "$TELNYX_API_KEY", "env_reference");
  const cid = N(r2, uuid(), "uuid", { note: "connection id" });
  put(
    r2,
    `# SIP trunk failover (Bandwidth -> Telnyx)

1. Confirm Bandwidth is down: \`sngrep -d any port 5060\` on sbc01, look for 503 from gw.sip.bandwidth.example.
2. Move outbound routing to Telnyx by switching the connection to active:

${FENCE}bash
curl -X PATCH https://api.telnyx.com/v2/credential_connections/${cid} \\
  -H "Authorization: Bearer $TELNYX_API_KEY" \\
  -H "Content-Type: application/json" -d '{"active": true}'
${FENCE}

If the env var is not set on the jump host, the NOC key is:

${FENCE}
curl -s -H "Authorization: Bearer ${tx}" https://api.telnyx.com/v2/balance
${FENCE}

3. Update the status page.
`,
  );

  const tkx = "exports/tickets/jira-NOC-export-2024-03.csv";
  const p1 = P(tkx, pwAlnum(), "pppoe_password", { note: "customer password in ticket" });
  const p2 = P(tkx, pw(1), "wifi_psk");
  const p3 = P(tkx, pw(), "password", { note: "router admin password in ticket comment" });
  N(tkx, "********", "redacted");
  N(tkx, "[REDACTED]", "redacted");
  const jsid = N(tkx, twilioSid(), "twilio_account_sid", { note: "identifier" });
  put(
    tkx,
    `Issue key,Summary,Status,Reporter,Created,Description
NOC-2288,"PPPoE auth failures cust-104421","Resolved","l.devries","2024-03-04 09:12","Customer reports no sync after modem swap. Checked RADIUS: Access-Reject. Reset password to ${p1} and told customer by phone."
NOC-2290,"Wifi not working after CPE replacement","Closed","a.bakker","2024-03-05 14:40","Re-provisioned CPE. Customer SSID VELOX-7731, key ${p2} (customer asked us to keep it)."
NOC-2293,"Access to POP5 switch","Resolved","m.visser","2024-03-06 08:02","Local admin on sw-acc-0512 is admin / ${p3} until TACACS is fixed."
NOC-2297,"Password reset request","Closed","l.devries","2024-03-07 10:30","Customer password: ******** (sent via SMS, not stored)"
NOC-2301,"Rotate Twilio token","Resolved","m.visser","2024-03-08 16:55","Account ${jsid}: old token [REDACTED] revoked, new one stored in Vault."
`,
  );

  const ch = "exports/chat/slack-noc-2024-02.json";
  const dd = P(ch, hex(32), "datadog_api_key");
  const tt = P(ch, twilioToken(), "twilio_auth_token", { note: "pasted in chat" });
  const sb = P(ch, slackBot(), "slack_bot_token");
  N(ch, "DD_API_KEY=<redacted>", "redacted");
  const fw = N(ch, sha256hex(), "sha256_checksum", { note: "firmware checksum" });
  const msgs = [
    {
      type: "message",
      user: "U04LK2Q9N",
      text: "anyone know why the dd agent on sms-gw02 is not reporting?",
      ts: "1708412031.228919",
    },
    {
      type: "message",
      user: "U03PZ8M1R",
      text: `it had the old key, set DD_API_KEY=${dd} and restarted`,
      ts: "1708412188.331002",
    },
    {
      type: "message",
      user: "U04LK2Q9N",
      text: "thanks. please do not paste keys here next time, editing mine to DD_API_KEY=<redacted>",
      ts: "1708412250.100200",
    },
    {
      type: "message",
      user: "U02AA7X3F",
      text: `twilio auth token for the IVR fallback is ${tt} , rotate after the migration`,
      ts: "1708502000.551200",
    },
    {
      type: "message",
      user: "U04LK2Q9N",
      text: `RouterOS 7.13.5 npk for the CCRs is on the fileserver, sha256 ${fw}`,
      ts: "1708502050.551250",
    },
    {
      type: "message",
      user: "U02AA7X3F",
      text: `noc-bot token if you need to repost: ${sb}`,
      ts: "1708502100.551300",
    },
  ];
  put(ch, JSON.stringify(msgs, null, 2));

  const di = "ops/docker/inspect-bss-connector.json";
  const e1 = P(di, pw(), "database_password");
  const e2 = P(di, hex(32), "datadog_api_key");
  const e3 = P(di, sendgrid(), "sendgrid_api_key");
  const e4 = P(di, `rk_live_${str(B62, 24)}`, "stripe_restricted_key");
  const cid2 = N(di, hex(64), "container_id");
  const imgid = N(di, `sha256:${sha256hex()}`, "image_digest");
  const gc2 = N(di, gitSha(), "git_commit_sha", { note: "build metadata" });
  put(
    di,
    JSON.stringify(
      [
        {
          Id: cid2,
          Created: "2024-03-01T07:44:12.203114Z",
          Path: "/bin/sh",
          Args: ["-c", "java -jar /app/bss-connector.jar"],
          State: { Status: "running", Running: true, Pid: 48211 },
          Image: imgid,
          Name: "/bss-connector",
          Config: {
            Hostname: "bss-conn-7f9c",
            User: "app",
            Env: [
              `SPRING_DATASOURCE_PASSWORD=${e1}`,
              "SPRING_PROFILES_ACTIVE=prod",
              `DD_API_KEY=${e2}`,
              "DD_SITE=datadoghq.eu",
              `SENDGRID_API_KEY=${e3}`,
              `STRIPE_RESTRICTED_KEY=${e4}`,
              `GIT_COMMIT=${gc2}`,
              "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
              "JAVA_HOME=/opt/java/openjdk",
            ],
            Image: `registry.${DOM}/bss/connector:2.14.3`,
          },
        },
      ],
      null,
      4,
    ),
  );

  const dsnmp = "ops/dd-agent/conf.d/snmp.d/conf.yaml";
  const dc = P(dsnmp, community(), "snmp_community");
  const da = P(dsnmp, pw(), "snmpv3_auth_password");
  const dp2 = P(dsnmp, pw(4), "snmpv3_priv_password");
  N(dsnmp, "ENC[snmp_v2_pop5]", "secret_backend_reference");
  put(
    dsnmp,
    `init_config:
  loader: core
instances:
  - ip_address: 10.43.255.1
    community_string: ${dc}
    tags: [pop:pop3, role:bng]
  - ip_address: 10.45.255.1
    community_string: ENC[snmp_v2_pop5]
  - ip_address: 10.40.255.1
    snmp_version: 3
    user: dd-snmp
    authProtocol: SHA
    authKey: ${da}
    privProtocol: AES
    privKey: ${dp2}
`,
  );
}

// 81+. extra files: certs, keys, cloud, misc
{
  const rk = "network/pki/radsec/radsec-server.key";
  const k = ecKey();
  P(rk, k, "ec_private_key");
  put(rk, k);
  const ak = "ops/ssh/authorized_keys_noc";
  const p1 = N(ak, ed25519("mvisser@noc").pub, "ssh_public_key");
  const p2 = N(ak, ed25519("ldevries@noc").pub, "ssh_public_key");
  N(ak, oxSsh.pub, "ssh_public_key", { note: "oxidized backup user" });
  put(ak, `${p1}\n${p2}\n${oxSsh.pub}\n`);

  const gcp = "terraform/gcp-bigquery/keys/cdr-loader-sa.json";
  const pkPem = `${pem("PRIVATE KEY", rsaFake()).replace(/\n/g, "\\n")}\\n`;
  P(gcp, pkPem, "gcp_service_account_key", { note: "private_key field, JSON-escaped newlines" });
  const kid = N(gcp, hex(40), "gcp_private_key_id", { note: "key identifier" });
  const cid = N(gcp, digits(21), "gcp_client_id", { note: "identifier" });
  put(
    gcp,
    `{
  "type": "service_account",
  "project_id": "veloxtel-cdr-analytics",
  "private_key_id": "${kid}",
  "private_key": "${pkPem}",
  "client_email": "cdr-loader@veloxtel-cdr-analytics.iam.gserviceaccount.com",
  "client_id": "${cid}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/cdr-loader%40veloxtel-cdr-analytics.iam.gserviceaccount.com"
}
`,
  );

  const az = "billing/cdr-archive/appsettings.Production.json";
  const akey = bytes(64).toString("base64");
  P(az, akey, "azure_storage_account_key");
  N(az, "UseDevelopmentStorage=true", "documentation_default", { note: "Azurite local emulator" });
  put(
    az,
    JSON.stringify(
      {
        Logging: { LogLevel: { Default: "Information" } },
        ConnectionStrings: {
          CdrArchive: `DefaultEndpointsProtocol=https;AccountName=veloxtelcdrarchive;AccountKey=${akey};EndpointSuffix=core.windows.net`,
          CdrArchiveLocal: "UseDevelopmentStorage=true",
        },
        Archive: { Container: "cdr-raw", RetentionDays: 2555 },
      },
      null,
      2,
    ),
  );

  const wg = "network/configs/linux/wg-mgmt0.conf";
  const wk = bytes(32);
  wk[0] &= 248;
  wk[31] = (wk[31] & 127) | 64;
  const wgPriv = P(wg, wk.toString("base64"), "wireguard_private_key");
  const wgPub = N(wg, bytes(32).toString("base64"), "wireguard_public_key", { note: "peer public key" });
  const wgPsk = P(wg, bytes(32).toString("base64"), "wireguard_preshared_key");
  put(
    wg,
    `[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = ${wgPriv}

[Peer]
# oncall-laptop-mvisser
PublicKey = ${wgPub}
PresharedKey = ${wgPsk}
AllowedIPs = 10.99.0.10/32
`,
  );

  const hist = "ops/jump01/.bash_history";
  const h1 = P(hist, pw(), "database_password", { note: "mysql -p on command line" });
  const h2 = P(hist, twilioToken(), "twilio_auth_token", { note: "exported in shell" });
  const h3 = P(hist, hex(32), "librenms_api_token");
  N(hist, "$(vault kv get -field=token secret/noc/netbox)", "command_substitution");
  put(
    hist,
    `ssh mx204-edge01.ams1
sngrep -d any port 5060
mysql -u kamailio -p'${h1}' -h sip-db01.int.${DOM} kamailio -e 'select * from subscriber limit 5'
export TWILIO_AUTH_TOKEN=${h2}
python3 ivr_smoke.py
export NETBOX_TOKEN=$(vault kv get -field=token secret/noc/netbox)
curl -H 'X-Auth-Token: ${h3}' https://librenms.int.${DOM}/api/v0/devices?type=down
history -c
`,
  );
}

// ---- write out ----
const out = process.cwd();
fs.rmSync(path.join(out, "files"), { recursive: true, force: true });
for (const [f, c] of FILES) {
  const p = path.join(out, "files", f);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, c);
}
function resolve(list, withPos) {
  return list.map((l) => {
    const c = FILES.get(l.file);
    if (c === undefined) throw new Error(`no file ${l.file}`);
    let start = 0;
    if (l.at) {
      start = c.indexOf(l.at);
      if (start < 0) throw new Error(`anchor not found ${l.file}: ${l.at}`);
    }
    const idx = c.indexOf(l.secret, start);
    if (idx < 0) throw new Error(`secret not found ${l.file}: ${l.secret.slice(0, 40)}`);
    const line = c.slice(0, idx).split("\n").length;
    const o = { file: l.file, line, type: l.type, secret: l.secret };
    if (withPos) o.positive = l.positive;
    if (l.decoded !== undefined) o.decoded = l.decoded;
    if (l.note) o.note = l.note;
    return o;
  });
}
fs.writeFileSync(path.join(out, "labels.json"), `${JSON.stringify(resolve(LAB, true), null, 2)}\n`);
fs.writeFileSync(path.join(out, "neutrals.json"), `${JSON.stringify(resolve(NEU, false), null, 2)}\n`);
const npos = LAB.filter((l) => l.positive).length;
console.log(`files=${FILES.size} positives=${npos} negatives=${LAB.length - npos} neutrals=${NEU.length}`);

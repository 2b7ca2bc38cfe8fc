// gen.mjs: blind labelled corpus for a secret scanner.
// Theme: "RouteLynx", a logistics / mobility company (fleet telematics, routing,
// carrier APIs, delivery partners, driver SMS, warehouse ERP, mobile apps, infra).
//
// Usage: node gen.mjs <seed>   -> writes ./files/**, ./labels.json, ./neutrals.json
// Deterministic: every random byte comes from HMAC-SHA256(seed, counter).
// No credential literal lives in this file: every key/token/password is built at
// run time from its format. The only literal samples are vendor documentation
// samples (AWS AKIAIOSFODNN7EXAMPLE pair, jwt.io sample token), used as negatives.
//
// Credential formats used (prefix / length / alphabet / checksum; source):
//  aws_access_key_id       AKIA + 16 [A-Z2-7]                                  (AWS IAM docs)
//  aws_secret_access_key   40 [A-Za-z0-9/+]                                    (AWS IAM docs)
//  azure_iot_*_key         base64 of 32 bytes (44 chars, '=' pad) in HostName=..;SharedAccessKey=.. (Azure IoT Hub docs)
//  particle_access_token   40 hex                                              (observed shape)
//  samsara_api_token       samsara_api_ + 30 [A-Za-z0-9]                       (observed shape; GitGuardian lists a prefixed form)
//  here_api_key            43 [A-Za-z0-9_-]                                    (observed shape)
//  tomtom_api_key          32 [A-Za-z0-9]                                      (observed shape)
//  openrouteservice key    fixed 24-hex ORS prefix + 32 hex (56 hex)           (observed shape, common ORS prefix)
//  geoapify_api_key        32 hex                                              (observed shape)
//  google_maps_api_key     AIza + 35 [A-Za-z0-9_-]                             (Google API key docs / observed)
//  mapbox tokens           sk./pk. + base64url({"u":user,"a":25 [a-z0-9]}) + . + 22 [A-Za-z0-9_-] (Mapbox docs / observed)
//  fedex                   client id l7xx + 32 hex, client secret 32 hex       (observed shape)
//  ups                     client id 48 [A-Za-z0-9], secret 64 [A-Za-z0-9]     (observed shape)
//  dhl                     api key 32 [A-Za-z0-9], api secret 16 [A-Za-z0-9]   (observed shape)
//  usps                    consumer key 32 [A-Za-z0-9], secret 16 [A-Za-z0-9]  (observed shape)
//  easypost                EZAK/EZTK + 54 [a-z0-9]                             (GitLab/gitleaks rule; EasyPost docs name prod/test keys)
//  shippo                  shippo_live_/shippo_test_ + 40 hex                  (Shippo docs / gitleaks)
//  shipstation             key 32 hex, secret 32 hex (HTTP Basic)              (observed shape)
//  aftership               asat_ + 32 [A-Za-z0-9]                              (guessed / observed shape)
//  uber                    client id 32 [A-Za-z0-9_-], secret 40 [A-Za-z0-9_-], server token 40 (observed shape)
//  lyft                    client id 12 [A-Za-z0-9], secret 32 [A-Za-z0-9_-]   (observed shape)
//  doordash drive          developer_id/key_id UUID, signing_secret base64url 43 (DoorDash Drive docs, JWT)
//  onfleet                 api key 32 hex, webhook secret 64 hex               (observed shape)
//  twilio                  SID AC + 32 hex (identifier), auth token 32 hex, API key SK + 32 hex, API secret 32 [A-Za-z0-9] (Twilio docs)
//  vonage                  api_key 8 hex (identifier), api_secret 16 [A-Za-z0-9], application private key PKCS#8 (Vonage docs)
//  plivo                   auth id MA + 18 [A-Z0-9] (identifier), auth token 40 [A-Za-z0-9] (Plivo docs)
//  messagebird             access key 25 [A-Za-z0-9]                           (observed shape)
//  sinch                   service plan id 32 hex (identifier), api token 32 hex; app key UUID, app secret base64 16 bytes (Sinch docs)
//  africastalking          atsk_ + 64 hex                                      (observed shape)
//  odoo api key            40 hex (os.urandom(20).hex())                        (Odoo source / observed)
//  sap xsuaa clientsecret  UUID + $ + 44 base64                                (observed shape)
//  netsuite TBA            consumer key/secret, token id/secret: 64 hex each    (NetSuite docs / observed)
//  datadog                 api key 32 hex, app key 40 hex, client token pub + 32 hex (Datadog docs)
//  sentry dsn              https://<32 hex>@o<digits>.ingest.sentry.io/<digits> (Sentry docs)
//  slack                   webhook hooks.slack.com/services/T../B../24 alnum; bot token xoxb-<digits>-<digits>-24 alnum (Slack docs)
//  telegram bot token      <8-10 digits>:AA + 33 [A-Za-z0-9_-]                 (Telegram Bot API docs / observed)
//  stripe                  sk_live_/pk_live_ + 51 + 97 [A-Za-z0-9]             (Stripe docs / observed)
//  sendgrid                SG. + 22 [A-Za-z0-9_-] + . + 43 [A-Za-z0-9_-]       (SendGrid docs / observed)
//  github token            ghp_ + 30 base62 + 6 base62 CRC32 of the 30 chars   (GitHub blog, token format)
//  npm token               npm_ + 30 base62 + 6 base62 CRC32 of the 30 chars   (npm changelog)
//  gitlab pat              glpat- + 20 [A-Za-z0-9_-]                           (GitLab docs)
//  fcm legacy server key   AAAA + 7 [A-Za-z0-9_-] + :APA91b + 134 [A-Za-z0-9_-] (observed shape)
//  influxdb token          base64url of 64 bytes with == pad (88 chars)       (observed shape)
//  k8s SA token            JWT RS256, header.payload base64url, 256-byte signature (Kubernetes docs)
//  private keys            PEM with a well-formed ASN.1 prefix + random body   (RFC 7468 layout)
//  passwords               word-list + digits/symbols as people pick them, or random alnum from generators
//
// Hard negatives: placeholders, templating, env lookups, vendor doc samples, redactions,
// hashes (sha256 files, git SHAs, go.sum, npm integrity), identifiers (UUIDs, SIDs, account IDs),
// public keys / certificates, SOPS / ansible-vault / sealed-secrets ciphertext, broken checksums.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2] ?? "default-seed";

// ---------------------------------------------------------------- randomness
let counter = 0;
let pool = Buffer.alloc(0);
let poolPos = 0;
function bytes(n) {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    if (poolPos >= pool.length) {
      pool = crypto.createHmac("sha256", SEED).update(String(counter++)).digest();
      poolPos = 0;
    }
    out[i] = pool[poolPos++];
  }
  return out;
}
function rint(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = bytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[rint(a.length)];
const range = (a, b) => {
  let s = "";
  for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) s += String.fromCharCode(c);
  return s;
};
const DIG = range("0", "9");
const LOW = range("a", "z");
const UP = range("A", "Z");
const HEXA = DIG + range("a", "f");
const B62 = DIG + UP + LOW; // GitHub/npm checksum alphabet order
const ALNUM = UP + LOW + DIG;
const LOWNUM = LOW + DIG;
const UPNUM = UP + DIG;
const B64URLA = `${UP + LOW + DIG}-_`;
const AWSSEC = `${UP + LOW + DIG}/+`;
const B32 = `${UP}234567`;
const BECH32 = LOWNUM.replace(/[1bio]/g, ""); // bech32 charset (order irrelevant for random draws)

function str(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[rint(alpha.length)];
  return s;
}
const hex = (n) => str(HEXA, n);
const alnum = (n) => str(ALNUM, n);
const digits = (n) => String(1 + rint(9)) + str(DIG, n - 1);
const b64 = (nb) => bytes(nb).toString("base64");
const b64url = (nb) => bytes(nb).toString("base64url");
const b64uChars = (n) => str(B64URLA, n);
const b64s = (s) => Buffer.from(s).toString("base64");
const b64us = (s) => Buffer.from(s).toString("base64url");
function uuid() {
  const h = hex(32).split("");
  h[12] = "4";
  h[16] = "89ab"[rint(4)];
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// CRC32 + base62 (GitHub / npm token checksum)
const CRC_TABLE = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
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
function checksummed(prefix) {
  const r = str(B62, 30);
  return prefix + r + base62(crc32(r), 6);
}
function brokenChecksum(prefix) {
  const t = checksummed(prefix);
  const last = t[t.length - 1];
  const repl = B62[(B62.indexOf(last) + 1 + rint(60)) % 62];
  return t.slice(0, -1) + repl;
}

// --------------------------------------------------------------- generators
const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "winter",
  "falcon",
  "copper",
  "meadow",
  "diesel",
  "cargo",
  "atlas",
  "pallet",
  "bridge",
  "cedar",
  "maple",
  "river",
  "summit",
  "tundra",
  "comet",
  "pepper",
  "velvet",
  "orbit",
  "nomad",
  "ranger",
  "sparrow",
  "granite",
  "jasper",
  "willow",
  "anchor",
  "beacon",
  "tractor",
  "convoy",
  "freight",
  "marble",
  "cobalt",
  "ember",
  "fjord",
  "glacier",
  "hazel",
  "indigo",
  "juniper",
  "kestrel",
  "lagoon",
  "mustang",
  "nectar",
  "prairie",
  "quartz",
  "raven",
  "saffron",
  "thistle",
  "bison",
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const word = () => pick(WORDS);
function pw(urlSafe = false) {
  const style = urlSafe ? pick([1, 3, 5]) : rint(6);
  switch (style) {
    case 0:
      return `${cap(word())}!${cap(word())}${str(DIG, 2)}`;
    case 1:
      return `${word()}-${cap(word())}-${str(DIG, 4)}`;
    case 2:
      return `${cap(word())}${cap(word())}${2015 + rint(10)}${pick(["!", "*", "@", "?"])}`;
    case 3:
      return `${word()}.${word()}.${str(DIG, 3)}`;
    case 4:
      return `${cap(word())}_${word()}${str(DIG, 2)}!`;
    default:
      return `${cap(word())}${cap(word())}${str(DIG, 3)}`;
  }
}
const machinePw = (n = 24) => alnum(n);

const awsKeyId = () => `AKIA${str(B32, 16)}`;
const awsSecret = () => str(AWSSEC, 40);
const googleKey = () => `AIza${str(B64URLA, 35)}`;
function mapboxToken(kind, user) {
  return `${kind}.${b64us(JSON.stringify({ u: user, a: str(LOWNUM, 25) }))}.${b64uChars(22)}`;
}
const ORS_PREFIX = "5b3ce359" + "7851110001" + "cf6248";
const orsKey = () => ORS_PREFIX + hex(32);
const stripeKey = (p) => `${p}_live_51${str(ALNUM, 97)}`;
const sendgrid = () => `SG.${b64uChars(22)}.${b64uChars(43)}`;
const slackWebhook = () =>
  `https://hooks.slack.com/services/T0${str(UPNUM, 8)}/B0${str(UPNUM, 9)}/${alnum(24)}`;
const slackBot = () => `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`;
const telegram = () => `${digits(10)}:AA${b64uChars(33)}`;
const fcmKey = () => `AAAA${b64uChars(7)}:APA91b${b64uChars(134)}`;
const glpat = () => `glpat-${b64uChars(20)}`;
const sentryDsn = () => `https://${hex(32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`;
const azureKey = () => b64(32);
const samsara = () => `samsara_api_${alnum(30)}`;
const easypost = (p) => p + str(LOWNUM, 54);
const influxToken = () => bytes(64).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
const sha256hex = () => hex(64);
const gitSha = () => hex(40);
function jwt(header, payload, sigBytes) {
  return `${b64us(JSON.stringify(header))}.${b64us(JSON.stringify(payload))}.${b64url(sigBytes)}`;
}
const sopsEnc = (n) => `ENC[AES256_GCM,data:${b64(n)},iv:${b64(32)},tag:${b64(16)},type:str]`;

// DER-prefixed PEM blocks (random bodies behind a well-formed ASN.1 header)
function pem(label, der) {
  const b = der
    .toString("base64")
    .match(/.{1,64}/g)
    .join("\n");
  return `-----BEGIN ${label}-----\n${b}\n-----END ${label}-----`;
}
const rsaKey = () =>
  pem(
    "RSA PRIVATE KEY",
    Buffer.concat([
      Buffer.from([0x30, 0x82, 0x04, 0xa3, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]),
      bytes(1191 - 12),
    ]),
  );
const PKCS8_HDR = [
  0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01,
  0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01,
  0x01, 0x00,
];
const pkcs8Key = () =>
  pem("PRIVATE KEY", Buffer.concat([Buffer.from(PKCS8_HDR), bytes(1218 - PKCS8_HDR.length)]));
const cert = () =>
  pem(
    "CERTIFICATE",
    Buffer.concat([
      Buffer.from([0x30, 0x82, 0x03, 0x59, 0x30, 0x82, 0x02, 0x41, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14]),
      bytes(861 - 15),
    ]),
  );
const PUB_HDR = [
  0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05,
  0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00,
];
const pubKey = () =>
  pem(
    "PUBLIC KEY",
    Buffer.concat([Buffer.from(PUB_HDR), bytes(256), Buffer.from([0x02, 0x03, 0x01, 0x00, 0x01])]),
  );
function sshLen(buf) {
  const l = Buffer.alloc(4);
  l.writeUInt32BE(buf.length);
  return Buffer.concat([l, buf]);
}
const sshRsa = () =>
  `ssh-rsa ${Buffer.concat([
    sshLen(Buffer.from("ssh-rsa")),
    sshLen(Buffer.from([1, 0, 1])),
    sshLen(Buffer.concat([Buffer.from([0]), bytes(256)])),
  ]).toString("base64")}`;
const sshEd = () =>
  `ssh-ed25519 ${Buffer.concat([sshLen(Buffer.from("ssh-ed25519")), sshLen(bytes(32))]).toString("base64")}`;

// ------------------------------------------------------------------ output
const OUT = path.resolve(".");
const FILES = path.join(OUT, "files");
const labels = [];
const neutrals = [];
let fileCount = 0;
const P = (s, type, extra = {}) => ({ s, type, kind: "pos", ...extra });
const N = (s, type, note, extra = {}) => ({ s, type, kind: "neg", note, ...extra });
const U = (s, type, note, extra = {}) => ({ s, type, kind: "neu", note, ...extra });

function emit(rel, content, items = []) {
  if (!content.endsWith("\n")) content += "\n";
  const used = new Set();
  for (const it of items) {
    const needle = (it.ctx ?? "") + it.s;
    let idx = content.indexOf(needle);
    while (idx !== -1 && used.has(idx + (it.ctx ?? "").length)) idx = content.indexOf(needle, idx + 1);
    if (idx === -1) throw new Error(`label not found in ${rel}: ${it.s.slice(0, 40)}`);
    idx += (it.ctx ?? "").length;
    used.add(idx);
    const line = content.slice(0, idx).split("\n").length;
    const rec = { file: rel, line, type: it.type, secret: it.s };
    if (it.kind !== "neu") rec.positive = it.kind === "pos";
    if (it.d !== undefined) rec.decoded = it.d;
    if (it.note) rec.note = it.note;
    (it.kind === "neu" ? neutrals : labels).push(rec);
  }
  const abs = path.join(FILES, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  fileCount++;
}

// Vendor documentation samples (allowed literals, negatives only)
const AWS_DOC_KEY = "AKIAIOSFODNN7EXAMPLE";
const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const JWT_IO_SAMPLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

// shared identifiers
const AWS_ACCOUNT = digits(12);
const IOT_ENDPOINT = `${str(LOWNUM, 14)}-ats.iot.eu-west-1.amazonaws.com`;
const TWILIO_SID = `AC${hex(32)}`;
const AZ_SUB = uuid();
const AZ_TENANT = uuid();

// ========================================================== fleet-telematics
{
  const tok = samsara();
  const pk = mapboxToken("pk", "routelynx");
  const stagingPw = pw(true);
  emit(
    "fleet-telematics/README.md",
    `# fleet-telematics

Ingests GPS pings and CAN-bus frames from our trackers (ESP32 + Quectel BG96 boards in
the reefer trailers) and from the Samsara gateways in the tractor units, normalises them
and publishes to \`telemetry.positions.v2\` on Kafka.

## Layout

| path | what |
|------|------|
| \`config/mosquitto/\` | broker config for the depot edge brokers |
| \`certs/\` | AWS IoT device certs (prod certs live in Secrets Manager, **not here**) |
| \`scripts/\` | flashing helpers for Particle Borons (legacy trailers) |

## Quick check against Samsara

\`\`\`bash
curl -s https://api.samsara.com/fleet/vehicles/locations \\
  -H "Authorization: Bearer <SAMSARA_API_TOKEN>" | jq '.data[0]'
\`\`\`

If the token in Vault is stale the one from the onboarding session still works:

\`\`\`bash
curl -s "https://api.samsara.com/fleet/vehicles/stats?types=gps,engineStates" \\
  -H "Authorization: Bearer ${tok}"
\`\`\`

## Local testing

Point the simulator at the staging broker:

    go run ./cmd/simulator --broker mqtts://tracker-fleet:${stagingPw}@mqtt-staging.routelynx.io:8883 --trucks 40

Map preview in \`tools/preview.html\` uses the public style token \`${pk}\`.
`,
    [
      N("<SAMSARA_API_TOKEN>", "samsara_api_token", "placeholder"),
      P(tok, "samsara_api_token"),
      P(stagingPw, "mqtt_password", { note: "password in MQTT URL" }),
      U(pk, "mapbox_public_token", "pk. tokens are public by design"),
    ],
  );
}
{
  const mqttPw = pw(),
    akid = awsKeyId(),
    asec = awsSecret(),
    part = hex(40),
    sam = samsara(),
    dd = hex(32);
  const twTok = hex(32),
    here = b64uChars(43);
  emit(
    "fleet-telematics/.env",
    `# local overrides -- do not commit
MQTT_HOST=mqtt.routelynx.io
MQTT_PORT=8883
MQTT_USERNAME=ingest-svc
MQTT_PASSWORD=${mqttPw}

AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=${akid}
AWS_SECRET_ACCESS_KEY=${asec}
AWS_IOT_ENDPOINT=${IOT_ENDPOINT}

PARTICLE_ACCESS_TOKEN=${part}
SAMSARA_API_TOKEN=${sam}
HERE_API_KEY=${here}

TWILIO_ACCOUNT_SID=${TWILIO_SID}
TWILIO_AUTH_TOKEN=${twTok}

DD_API_KEY=${dd}
DD_SITE=datadoghq.eu
`,
    [
      P(mqttPw, "mqtt_password"),
      P(akid, "aws_access_key_id"),
      P(asec, "aws_secret_access_key"),
      N(IOT_ENDPOINT, "aws_iot_endpoint", "endpoint hostname, not a secret"),
      P(part, "particle_access_token"),
      P(sam, "samsara_api_token"),
      P(here, "here_api_key"),
      N(TWILIO_SID, "twilio_account_sid", "account identifier"),
      P(twTok, "twilio_auth_token"),
      P(dd, "datadog_api_key"),
    ],
  );
  emit(
    "fleet-telematics/.env.example",
    `MQTT_HOST=mqtt.routelynx.io
MQTT_PORT=8883
MQTT_USERNAME=ingest-svc
MQTT_PASSWORD=changeme

AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=${AWS_DOC_KEY}
AWS_SECRET_ACCESS_KEY=${AWS_DOC_SECRET}

PARTICLE_ACCESS_TOKEN=your-particle-access-token
SAMSARA_API_TOKEN=samsara_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
HERE_API_KEY=

DD_API_KEY=
DD_SITE=datadoghq.eu
`,
    [
      N("changeme", "mqtt_password", "placeholder"),
      N(AWS_DOC_KEY, "aws_access_key_id", "AWS documentation sample"),
      N(AWS_DOC_SECRET, "aws_secret_access_key", "AWS documentation sample"),
      N("your-particle-access-token", "particle_access_token", "placeholder"),
      N("samsara_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "samsara_api_token", "placeholder x-fill"),
    ],
  );
}
{
  const rows = ["ingest-svc", "tracker-fleet", "ops"].map((u) => [u, `$7$101$${b64(12)}$${b64(64)}`]);
  emit(
    "fleet-telematics/config/mosquitto/passwd",
    rows.map(([u, h]) => `${u}:${h}`).join("\n"),
    rows.map(([, h]) => N(h, "mosquitto_password_hash", "PBKDF2-SHA512 hash, not the password")),
  );
}
{
  const bridgePw = pw();
  emit(
    "fleet-telematics/config/mosquitto/conf.d/bridge.conf",
    `# Bridge depot edge broker -> AWS IoT Core and legacy DC broker
connection aws-iot-bridge
address ${IOT_ENDPOINT}:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /mosquitto/certs/AmazonRootCA1.pem
bridge_certfile /mosquitto/certs/truck-0417/certificate.pem.crt
bridge_keyfile /mosquitto/certs/truck-0417/private.pem.key
clientid depot-rtm-edge-01
cleansession true
topic fleet/+/telemetry out 1

connection legacy-dc
address mqtt-legacy.dc1.routelynx.internal:1883
remote_username bridge-rtm
remote_password ${bridgePw}
topic fleet/+/telemetry out 0
try_private true
`,
    [P(bridgePw, "mqtt_password")],
  );
}
{
  const k = rsaKey();
  emit("fleet-telematics/certs/truck-0417/private.pem.key", k, [
    P(k, "rsa_private_key", { note: "AWS IoT device private key" }),
  ]);
  const c = cert();
  emit("fleet-telematics/certs/truck-0417/certificate.pem.crt", c, [
    N(c, "x509_certificate", "public certificate"),
  ]);
}
{
  const t = hex(40);
  emit(
    "fleet-telematics/scripts/particle_flash.sh",
    `#!/usr/bin/env bash
# Flash the legacy trailer trackers (Particle Boron) with the latest firmware.
# usage: ./particle_flash.sh <device-id> [firmware.bin]
set -euo pipefail

DEVICE_ID="$1"
FW="\${2:-build/boron-tracker-1.9.4.bin}"

curl -sf -X PUT "https://api.particle.io/v1/devices/$DEVICE_ID?access_token=${t}" \\
  -F "file=@$FW;type=application/octet-stream"

echo "flashed $DEVICE_ID with $FW"
`,
    [P(t, "particle_access_token", { note: "token in URL query" })],
  );
}

// ================================================================ firmware
{
  const wifi = pw(),
    mq = pw(),
    old = pw(),
    key = azureKey();
  emit(
    "firmware/tracker-esp32/include/secrets.h",
    `#pragma once
// Copied from secrets.h.example -- DO NOT COMMIT (it's in .gitignore... right?)

#define WIFI_SSID      "RL-Depot-Rotterdam"
#define WIFI_PASSWORD  "${wifi}"

#define MQTT_BROKER    "mqtt.routelynx.io"
#define MQTT_PORT      8883
#define MQTT_USER      "tracker-fleet"
#define MQTT_PASS      "${mq}"
// #define MQTT_PASS   "${old}"   // before the January rotation

// Azure IoT Hub (EU trailers)
#define IOTHUB_CONN_STR "HostName=rl-fleet-prod.azure-devices.net;DeviceId=trk-0417;SharedAccessKey=${key}"
`,
    [
      P(wifi, "wifi_password"),
      P(mq, "mqtt_password"),
      P(old, "mqtt_password", { note: "commented-out old password" }),
      P(key, "azure_iot_device_key"),
    ],
  );
  emit(
    "firmware/tracker-esp32/include/secrets.h.example",
    `#pragma once
#define WIFI_SSID      "your-ssid"
#define WIFI_PASSWORD  "your-wifi-password"
#define MQTT_BROKER    "mqtt.routelynx.io"
#define MQTT_PORT      8883
#define MQTT_USER      "tracker-fleet"
#define MQTT_PASS      "changeme"
#define IOTHUB_CONN_STR "HostName=<hub>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<device-key>"
`,
    [
      N("your-wifi-password", "wifi_password", "placeholder"),
      N("changeme", "mqtt_password", "placeholder"),
      N("<device-key>", "azure_iot_device_key", "placeholder"),
    ],
  );
}
{
  const ota = pw();
  emit(
    "firmware/tracker-esp32/platformio.ini",
    `; PlatformIO Project Configuration File
[platformio]
default_envs = tracker

[env:tracker]
platform = espressif32@6.5.0
board = esp32dev
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    mikalhart/TinyGPSPlus@^1.0.3
    azure/Azure SDK for C@^1.1.6
upload_protocol = espota
upload_port = 10.40.2.117
upload_flags =
    --auth=\${sysenv.OTA_PASSWORD}
build_flags =
    -DOTA_PASSWORD=\\"${ota}\\"
    -DFW_VERSION=\\"2.8.1\\"
    -DCORE_DEBUG_LEVEL=1
`,
    [N("${sysenv.OTA_PASSWORD}", "ota_password", "env interpolation"), P(ota, "ota_password")],
  );
}

// ================================================================= iot-hub
{
  const k = [azureKey(), azureKey(), azureKey(), azureKey()];
  const t1 = hex(40).toUpperCase(),
    t2 = hex(40).toUpperCase();
  emit(
    "iot-hub/provisioning/devices.csv",
    `deviceId,plate,hub,authType,primaryKey,secondaryKey,primaryThumbprint,secondaryThumbprint,provisionedAt
trk-0410,NL-84-BXR-2,rl-fleet-prod,sas,${k[0]},${k[1]},,,2024-01-09T10:14:22Z
trk-0411,NL-91-TKD-7,rl-fleet-prod,sas,${k[2]},${k[3]},,,2024-01-09T10:15:03Z
trk-0412,DE-HH-RL-402,rl-fleet-prod,selfSigned,,,${t1},${t2},2024-02-02T08:41:57Z
`,
    [
      P(k[0], "azure_iot_device_key"),
      P(k[1], "azure_iot_device_key"),
      P(k[2], "azure_iot_device_key"),
      P(k[3], "azure_iot_device_key"),
      N(t1, "x509_thumbprint", "certificate thumbprint"),
      N(t2, "x509_thumbprint", "certificate thumbprint"),
    ],
  );
}
{
  const own1 = azureKey(),
    own2 = azureKey(),
    disp = azureKey(),
    lineage = uuid(),
    rpw = machinePw(20);
  const hubId = `/subscriptions/${AZ_SUB}/resourceGroups/rg-fleet-prod/providers/Microsoft.Devices/IotHubs/rl-fleet-prod`;
  const state = {
    version: 4,
    terraform_version: "1.6.6",
    serial: 57,
    lineage,
    outputs: { iothub_hostname: { value: "rl-fleet-prod.azure-devices.net", type: "string" } },
    resources: [
      {
        mode: "managed",
        type: "azurerm_iothub",
        name: "fleet",
        provider: 'provider["registry.terraform.io/hashicorp/azurerm"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              id: hubId,
              name: "rl-fleet-prod",
              location: "westeurope",
              hostname: "rl-fleet-prod.azure-devices.net",
              sku: [{ name: "S1", capacity: 2 }],
              shared_access_policy: [
                {
                  key_name: "iothubowner",
                  permissions: "RegistryWrite, ServiceConnect, DeviceConnect",
                  primary_key: own1,
                  secondary_key: own2,
                },
              ],
              tags: { team: "telematics", env: "prod" },
            },
          },
        ],
      },
      {
        mode: "managed",
        type: "azurerm_iothub_shared_access_policy",
        name: "dispatch",
        provider: 'provider["registry.terraform.io/hashicorp/azurerm"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              id: `${hubId}/IotHubKeys/dispatch-svc`,
              name: "dispatch-svc",
              service_connect: true,
              registry_read: true,
              primary_connection_string: `HostName=rl-fleet-prod.azure-devices.net;SharedAccessKeyName=dispatch-svc;SharedAccessKey=${disp}`,
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: "managed",
        type: "random_password",
        name: "dps_admin",
        provider: 'provider["registry.terraform.io/hashicorp/random"]',
        instances: [
          { schema_version: 3, attributes: { id: "none", length: 20, special: false, result: rpw } },
        ],
      },
      {
        mode: "data",
        type: "azurerm_client_config",
        name: "current",
        provider: 'provider["registry.terraform.io/hashicorp/azurerm"]',
        instances: [{ schema_version: 0, attributes: { tenant_id: AZ_TENANT, subscription_id: AZ_SUB } }],
      },
    ],
  };
  emit("iot-hub/terraform/terraform.tfstate", JSON.stringify(state, null, 2), [
    N(lineage, "uuid", "terraform state lineage"),
    P(own1, "azure_iot_hub_shared_access_key"),
    P(own2, "azure_iot_hub_shared_access_key"),
    P(disp, "azure_iot_hub_shared_access_key"),
    P(rpw, "password", { note: "random_password result in state" }),
    N(AZ_TENANT, "azure_tenant_id", "identifier"),
  ]);
}
{
  const k = azureKey();
  emit(
    "iot-hub/scripts/send_test_telemetry.py",
    `"""Push fake telemetry for a dev device so dashboards have data."""
import json
import os
import random
import time

from azure.iot.device import IoTHubDeviceClient, Message

# CONN = "HostName=rl-fleet-dev.azure-devices.net;DeviceId=trk-dev-01;SharedAccessKey=${k}"
CONN = os.environ["IOTHUB_DEVICE_CONNECTION_STRING"]


def main():
    client = IoTHubDeviceClient.create_from_connection_string(CONN)
    lat, lon = 51.9225, 4.47917
    for i in range(200):
        lat += random.uniform(-0.001, 0.001)
        lon += random.uniform(-0.001, 0.001)
        msg = Message(json.dumps({"seq": i, "lat": lat, "lon": lon, "reeferTempC": round(random.uniform(2, 5), 1)}))
        msg.content_type = "application/json"
        client.send_message(msg)
        time.sleep(0.5)
    client.shutdown()


if __name__ == "__main__":
    main()
`,
    [
      P(k, "azure_iot_device_key", { note: "commented-out connection string" }),
      N('os.environ["IOTHUB_DEVICE_CONNECTION_STRING"]', "azure_iot_device_key", "env lookup"),
    ],
  );
}

// =================================================================== infra
emit(
  "infra/terraform/aws/iot.tf",
  `resource "aws_iot_thing_type" "tracker" {
  name = "rl-tracker-esp32"
}

resource "aws_iot_policy" "tracker" {
  name   = "rl-tracker-publish"
  policy = file("\${path.module}/policies/tracker.json")
}

resource "aws_mq_broker" "telemetry" {
  broker_name        = "rl-telemetry"
  engine_type        = "RabbitMQ"
  engine_version     = "3.11.20"
  host_instance_type = "mq.m5.large"

  user {
    username = "ingest"
    password = var.mq_password
  }
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

variable "mq_password" {
  type      = string
  sensitive = true
}
variable "datadog_api_key" { sensitive = true }
variable "datadog_app_key" { sensitive = true }
`,
  [
    N("var.mq_password", "password", "terraform variable reference"),
    N("var.datadog_api_key", "datadog_api_key", "terraform variable reference"),
  ],
);
{
  const mq = machinePw(24),
    dda = hex(32),
    ddp = hex(40),
    rds = pw();
  emit(
    "infra/terraform/aws/terraform.tfvars",
    `aws_account_id      = "${AWS_ACCOUNT}"
region              = "eu-west-1"
environment         = "prod"

mq_password         = "${mq}"
datadog_api_key     = "${dda}"
datadog_app_key     = "${ddp}"

rds_instance_class  = "db.r6g.large"
rds_master_username = "dispatch_admin"
rds_master_password = "${rds}"
`,
    [
      N(AWS_ACCOUNT, "aws_account_id", "identifier"),
      P(mq, "password"),
      P(dda, "datadog_api_key"),
      P(ddp, "datadog_app_key"),
      P(rds, "database_password"),
    ],
  );
}
{
  const db = pw(),
    tw = hex(32),
    onf = hex(32),
    redis = machinePw(32),
    ak = awsKeyId(),
    as = awsSecret();
  emit(
    "infra/k8s/dispatch/secret.yaml",
    `apiVersion: v1
kind: Secret
metadata:
  name: dispatch-api
  namespace: dispatch
  labels:
    app.kubernetes.io/name: dispatch-api
type: Opaque
data:
  DB_PASSWORD: ${b64s(db)}
  TWILIO_AUTH_TOKEN: ${b64s(tw)}
  ONFLEET_API_KEY: ${b64s(onf)}
  AWS_ACCESS_KEY_ID: ${b64s(ak)}
  AWS_SECRET_ACCESS_KEY: ${b64s(as)}
stringData:
  REDIS_URL: "redis://:${redis}@redis-master.dispatch.svc:6379/0"
`,
    [
      P(b64s(db), "database_password", { d: db }),
      P(b64s(tw), "twilio_auth_token", { d: tw }),
      P(b64s(onf), "onfleet_api_key", { d: onf }),
      P(b64s(ak), "aws_access_key_id", { d: ak }),
      P(b64s(as), "aws_secret_access_key", { d: as }),
      P(redis, "redis_password"),
    ],
  );
}
{
  const e1 = Buffer.concat([Buffer.from([2, 0]), bytes(560)]).toString("base64");
  const e2 = Buffer.concat([Buffer.from([2, 0]), bytes(540)]).toString("base64");
  emit(
    "infra/k8s/dispatch/sealedsecret.yaml",
    `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: partner-gateway
  namespace: dispatch
spec:
  encryptedData:
    DOORDASH_SIGNING_SECRET: ${e1}
    UBER_CLIENT_SECRET: ${e2}
  template:
    metadata:
      name: partner-gateway
      namespace: dispatch
`,
    [
      N(e1, "sealed_secret", "encrypted with the controller public key"),
      N(e2, "sealed_secret", "encrypted with the controller public key"),
    ],
  );
}
emit(
  "infra/helm/dispatch/templates/secret.yaml",
  `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "dispatch.fullname" . }}
  labels:
    {{- include "dispatch.labels" . | nindent 4 }}
type: Opaque
data:
  twilio-auth-token: {{ .Values.twilio.authToken | b64enc | quote }}
  here-api-key: {{ .Values.here.apiKey | b64enc | quote }}
  google-maps-key: {{ .Values.googleMaps.serverKey | b64enc | quote }}
`,
  [
    N("{{ .Values.twilio.authToken | b64enc | quote }}", "twilio_auth_token", "helm template"),
    N("{{ .Values.here.apiKey | b64enc | quote }}", "here_api_key", "helm template"),
  ],
);
{
  const here = b64uChars(43),
    gm = googleKey(),
    dsn = sentryDsn(),
    dd = hex(32);
  emit(
    "infra/helm/dispatch/values-prod.yaml",
    `replicaCount: 4
image:
  repository: ghcr.io/routelynx/dispatch-api
  tag: "3.14.2"

here:
  apiKey: "${here}"
googleMaps:
  serverKey: ${gm}
sentry:
  dsn: ${dsn}
twilio:
  accountSid: ${TWILIO_SID}
  authToken: ""   # injected by external-secrets
datadog:
  apiKey: ${dd}
  site: datadoghq.eu

resources:
  requests: { cpu: 250m, memory: 384Mi }
  limits: { cpu: "1", memory: 768Mi }
`,
    [
      P(here, "here_api_key"),
      P(gm, "google_maps_api_key", { note: "server-side key" }),
      U(dsn, "sentry_dsn", "DSN public key is public by design"),
      N(TWILIO_SID, "twilio_account_sid", "account identifier"),
      P(dd, "datadog_api_key"),
    ],
  );
}
{
  const v1 = sopsEnc(18),
    v2 = sopsEnc(32),
    v3 = sopsEnc(40),
    mac = sopsEnc(32).replace("type:str", "type:str");
  const age = `age1${str(BECH32, 58)}`;
  emit(
    "infra/secrets/prod.enc.yaml",
    `dispatch:
    db_password: ${v1}
    twilio_auth_token: ${v2}
    netsuite_token_secret: ${v3}
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: ${age}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${b64(48)}
            ${b64(30)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-02T09:12:44Z"
    mac: ${mac}
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`,
    [
      N(v1, "sops_encrypted_value", "SOPS ciphertext"),
      N(v2, "sops_encrypted_value", "SOPS ciphertext"),
      N(v3, "sops_encrypted_value", "SOPS ciphertext"),
      N(age, "age_public_key", "age recipient is a public key"),
    ],
  );
}

// ================================================================= ansible
{
  const body = Array.from({ length: 6 }, () => hex(80)).join("\n");
  const vault = `$ANSIBLE_VAULT;1.1;AES256\n${body}`;
  emit("ansible/group_vars/warehouse/vault.yml", vault, [
    N(vault, "ansible_vault", "ansible-vault ciphertext"),
  ]);
  const odb = pw();
  emit(
    "ansible/group_vars/warehouse/vars.yml",
    `---
odoo_version: "17.0"
odoo_db_host: pg-warehouse-01.routelynx.internal
odoo_db_user: odoo
odoo_db_password: "${odb}"   # TODO move to vault before go-live
odoo_admin_password: "{{ vault_odoo_admin_password }}"
sap_rfc_user: RFC_DISPATCH
sap_rfc_password: "{{ vault_sap_rfc_password }}"
wms_sites:
  - code: RTM1
    name: Rotterdam Waalhaven
  - code: HAM2
    name: Hamburg Billbrook
`,
    [
      P(odb, "database_password"),
      N("{{ vault_odoo_admin_password }}", "password", "jinja reference to vault"),
      N("{{ vault_sap_rfc_password }}", "sap_password", "jinja reference to vault"),
    ],
  );
}

// ====================================================================== CI
{
  const hook = slackWebhook(),
    dd = hex(32);
  emit(
    ".github/workflows/deploy-dispatch.yml",
    `name: deploy-dispatch
on:
  push:
    branches: [main]
    paths: ["dispatch-api/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DD_API_KEY: ${dd}
      DD_SITE: datadoghq.eu
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-1
      - run: make -C dispatch-api docker-push deploy
      - name: notify
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"dispatch-api deploy: \${{ job.status }}\\"}" \\
            ${hook}
`,
    [
      P(dd, "datadog_api_key"),
      N("${{ secrets.AWS_ACCESS_KEY_ID }}", "aws_access_key_id", "GitHub Actions secret reference"),
      N("${{ secrets.AWS_SECRET_ACCESS_KEY }}", "aws_secret_access_key", "GitHub Actions secret reference"),
      P(hook, "slack_webhook_url"),
    ],
  );
}
{
  const nx = pw();
  emit(
    "routing-service/Jenkinsfile",
    `pipeline {
  agent { label 'maven-jdk21' }
  environment {
    NEXUS = credentials('nexus-deploy')
  }
  stages {
    stage('Build') {
      steps { sh './mvnw -B -ntp clean verify' }
    }
    stage('Publish') {
      when { branch 'main' }
      steps {
        sh './mvnw -B -ntp deploy -s .mvn/settings.xml'
        // sh "curl -u deploy:${nx} --upload-file target/routing-service.jar https://nexus.routelynx.internal/repository/releases/"
      }
    }
  }
}
`,
    [
      N("credentials('nexus-deploy')", "nexus_password", "Jenkins credentials binding"),
      P(nx, "nexus_password", { note: "commented-out curl -u" }),
    ],
  );
}

// ============================================================ dispatch-api (Go)
{
  const cid = `l7xx${hex(32)}`,
    sec = hex(32);
  emit(
    "dispatch-api/internal/carriers/fedex/client.go",
    `package fedex

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	sandboxURL = "https://apis-sandbox.fedex.com"
	prodURL    = "https://apis.fedex.com"

	// TODO(OPS-142): read these from Vault like the UPS client does
	defaultClientID     = "${cid}"
	defaultClientSecret = "${sec}"
)

type Client struct {
	http    *http.Client
	baseURL string
	token   string
	expiry  time.Time
}

func New(prod bool) *Client {
	base := sandboxURL
	if prod {
		base = prodURL
	}
	return &Client{http: &http.Client{Timeout: 15 * time.Second}, baseURL: base}
}

func (c *Client) authenticate(ctx context.Context) error {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", defaultClientID)
	form.Set("client_secret", defaultClientSecret)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/oauth/token", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("fedex auth: %w", err)
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string \`json:"access_token"\`
		ExpiresIn   int    \`json:"expires_in"\`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	c.token, c.expiry = out.AccessToken, time.Now().Add(time.Duration(out.ExpiresIn)*time.Second)
	return nil
}
`,
    [U(cid, "fedex_client_id", 'OAuth client id (FedEx "API key")'), P(sec, "fedex_client_secret")],
  );
}
emit(
  "dispatch-api/internal/carriers/ups/client_test.go",
  `package ups

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestTrack(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/security/v1/oauth/token" {
			w.Write([]byte(\`{"access_token":"${JWT_IO_SAMPLE}","expires_in":"14399"}\`))
			return
		}
		w.Write([]byte(\`{"trackResponse":{"shipment":[{"package":[{"trackingNumber":"1Z999AA10123456784"}]}]}}\`))
	}))
	defer srv.Close()

	c := New(Config{
		BaseURL:      srv.URL,
		ClientID:     "test-client-id",
		ClientSecret: "not-a-real-secret",
	})
	if _, err := c.Track("1Z999AA10123456784"); err != nil {
		t.Fatal(err)
	}
}
`,
  [
    N(JWT_IO_SAMPLE, "jwt", "jwt.io sample token in a test"),
    N("test-client-id", "ups_client_id", "test fixture"),
    N("not-a-real-secret", "ups_client_secret", "test fixture"),
  ],
);
{
  const fallback = hex(32);
  emit(
    "dispatch-api/internal/sms/twilio.go",
    `package sms

import (
	"net/http"
	"net/url"
	"os"
	"strings"
)

const accountSID = "${TWILIO_SID}"

func authToken() string {
	if t := os.Getenv("TWILIO_AUTH_TOKEN"); t != "" {
		return t
	}
	return "${fallback}" // local dev fallback, remove before release
}

// SendDriverSMS notifies a driver about a new or changed stop.
func SendDriverSMS(to, body string) error {
	form := url.Values{"To": {to}, "From": {"+3197010254461"}, "Body": {body}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+accountSID+"/Messages.json",
		strings.NewReader(form.Encode()))
	req.SetBasicAuth(accountSID, authToken())
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	_, err := http.DefaultClient.Do(req)
	return err
}
`,
    [
      N(TWILIO_SID, "twilio_account_sid", "account identifier"),
      N('os.Getenv("TWILIO_AUTH_TOKEN")', "twilio_auth_token", "env lookup"),
      P(fallback, "twilio_auth_token"),
    ],
  );
}
{
  const here = b64uChars(43),
    tt = alnum(32),
    ors = orsKey(),
    geo = hex(32),
    pg = pw(true),
    mb = mapboxToken("sk", "routelynx-ops");
  emit(
    "dispatch-api/config/config.yaml",
    `server:
  addr: ":8080"
  read_timeout: 10s

database:
  dsn: "postgres://dispatch:${pg}@pg-dispatch.routelynx.internal:5432/dispatch?sslmode=require"
  max_open_conns: 40

redis:
  addr: redis-master.dispatch.svc:6379
  password: \${REDIS_PASSWORD}

routing:
  provider: here            # here | tomtom | ors
  here:
    api_key: ${here}
  tomtom:
    key: ${tt}
  ors:
    api_key: ${ors}
  geoapify:
    api_key: ${geo}
  mapbox:
    # secret scope token, used for the Matrix API from the backend only
    token: ${mb}
`,
    [
      P(pg, "postgres_password", { note: "password in DSN" }),
      N("${REDIS_PASSWORD}", "redis_password", "env interpolation"),
      P(here, "here_api_key"),
      P(tt, "tomtom_api_key"),
      P(ors, "openrouteservice_api_key"),
      P(geo, "geoapify_api_key"),
      P(mb, "mapbox_secret_token"),
    ],
  );
}
{
  const h = [b64(32), b64(32), b64(32), b64(32)];
  emit(
    "dispatch-api/go.sum",
    `github.com/eclipse/paho.mqtt.golang v1.4.3 h1:${h[0]}
github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod h1:${h[1]}
github.com/jackc/pgx/v5 v5.5.4 h1:${h[2]}
github.com/jackc/pgx/v5 v5.5.4/go.mod h1:${h[3]}
`,
    [N(`h1:${h[0]}`, "go_sum_hash", "module checksum"), N(`h1:${h[2]}`, "go_sum_hash", "module checksum")],
  );
}
{
  const bg = brokenChecksum("ghp_"),
    bn = brokenChecksum("npm_");
  emit(
    "dispatch-api/.env.test",
    `# used by go test ./... and CI; all values fake
TWILIO_ACCOUNT_SID=AC00000000000000000000000000000000
TWILIO_AUTH_TOKEN=test_auth_token
FEDEX_CLIENT_SECRET=dummy-secret
GITHUB_TOKEN=${bg}
NPM_TOKEN=${bn}
DATABASE_URL=postgres://dispatch:dispatch@localhost:5432/dispatch_test?sslmode=disable
`,
    [
      N("AC00000000000000000000000000000000", "twilio_account_sid", "zero-filled fixture"),
      N("test_auth_token", "twilio_auth_token", "test fixture"),
      N("dummy-secret", "fedex_client_secret", "test fixture"),
      N(bg, "github_pat", "right shape but CRC32 checksum is wrong"),
      N(bn, "npm_token", "right shape but CRC32 checksum is wrong"),
      N("dispatch", "postgres_password", "local test database default", { ctx: "dispatch:" }),
    ],
  );
}

// ========================================================= routing-service (Java)
{
  const db = pw(),
    upsId = alnum(48),
    upsSec = alnum(64),
    dk = alnum(32),
    ds = alnum(16),
    sg = sendgrid();
  emit(
    "routing-service/src/main/resources/application.yml",
    `spring:
  application:
    name: routing-service
  datasource:
    url: jdbc:postgresql://pg-routing.routelynx.internal:5432/routing
    username: routing
    password: ${db}
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: ${sg}

carriers:
  ups:
    base-url: https://onlinetools.ups.com
    client-id: ${upsId}
    client-secret: ${upsSec}
  dhl:
    base-url: https://api-eu.dhl.com
    api-key: ${dk}
    api-secret: ${ds}

management:
  endpoints.web.exposure.include: health,info,prometheus
`,
    [
      P(db, "database_password"),
      P(sg, "sendgrid_api_key"),
      U(upsId, "ups_client_id", "OAuth client id"),
      P(upsSec, "ups_client_secret"),
      P(dk, "dhl_api_key"),
      P(ds, "dhl_api_secret"),
    ],
  );
}
{
  const uk = alnum(32),
    us = alnum(16);
  emit(
    "routing-service/src/main/resources/application-prod.properties",
    `spring.datasource.url=jdbc:postgresql://pg-routing.prod.routelynx.internal:5432/routing
spring.datasource.username=routing
spring.datasource.password=\${DB_PASSWORD}
carriers.dhl.api-key=\${DHL_API_KEY}
carriers.dhl.api-secret=\${DHL_API_SECRET}
carriers.usps.base-url=https://apis.usps.com
carriers.usps.consumer-key=${uk}
carriers.usps.consumer-secret=${us}
logging.level.com.routelynx=INFO
`,
    [
      N("${DB_PASSWORD}", "database_password", "env interpolation"),
      N("${DHL_API_KEY}", "dhl_api_key", "env interpolation"),
      U(uk, "usps_consumer_key", "OAuth client id"),
      P(us, "usps_consumer_secret"),
    ],
  );
}
{
  const k = b64uChars(43);
  emit(
    "routing-service/src/main/java/com/routelynx/routing/geo/HereGeocoder.java",
    `package com.routelynx.routing.geo;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

public class HereGeocoder implements Geocoder {

    // private static final String API_KEY = "${k}";
    private final String apiKey = System.getenv("HERE_API_KEY");
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public String geocode(String address) throws Exception {
        String q = URLEncoder.encode(address, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(
                URI.create("https://geocode.search.hereapi.com/v1/geocode?q=" + q + "&apiKey=" + apiKey))
            .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
`,
    [
      P(k, "here_api_key", { note: "commented-out constant" }),
      N('System.getenv("HERE_API_KEY")', "here_api_key", "env lookup"),
    ],
  );
}
emit(
  "routing-service/src/test/java/com/routelynx/routing/geo/TomTomClientTest.java",
  `package com.routelynx.routing.geo;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;

@WireMockTest(httpPort = 8089)
class TomTomClientTest {

    private static final String FAKE_KEY = "test-tomtom-key-0000";

    @Test
    void calculatesRoute() throws Exception {
        stubFor(get(urlPathMatching("/routing/1/calculateRoute/.*"))
            .withQueryParam("key", equalTo(FAKE_KEY))
            .willReturn(okJson("{\\"routes\\":[{\\"summary\\":{\\"lengthInMeters\\":18342}}]}")));
        // recorded from prod: /routing/1/calculateRoute/51.92,4.47:52.37,4.89/json?key=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
        TomTomClient c = new TomTomClient("http://localhost:8089", FAKE_KEY);
        assertEquals(18342, c.route(51.92, 4.47, 52.37, 4.89).lengthInMeters());
    }
}
`,
  [
    N("test-tomtom-key-0000", "tomtom_api_key", "test fixture"),
    N("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "tomtom_api_key", "redacted with X"),
  ],
);
{
  const nx = pw();
  emit(
    "routing-service/.mvn/settings.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>routelynx-releases</id>
      <username>deploy</username>
      <password>${nx}</password>
    </server>
    <server>
      <id>routelynx-snapshots</id>
      <username>deploy</username>
      <password>\${env.NEXUS_TOKEN}</password>
    </server>
  </servers>
</settings>
`,
    [P(nx, "nexus_password"), N("${env.NEXUS_TOKEN}", "nexus_password", "maven env interpolation")],
  );
}

// =============================================================== partner-gateway (Node)
{
  const dev = uuid(),
    kid = uuid(),
    sec = b64url(32);
  emit(
    "partner-gateway/src/integrations/doordash.js",
    `import jwt from 'jsonwebtoken';

// DoorDash Drive credentials (portal: developer.doordash.com -> Credentials)
const accessKey = {
  developer_id: '${dev}',
  key_id: '${kid}',
  signing_secret: '${sec}',
};

export function doordashToken() {
  return jwt.sign(
    { aud: 'doordash', iss: accessKey.developer_id, kid: accessKey.key_id,
      exp: Math.floor(Date.now() / 1000) + 300, iat: Math.floor(Date.now() / 1000) },
    Buffer.from(accessKey.signing_secret, 'base64'),
    { algorithm: 'HS256', header: { 'dd-ver': 'DD-JWT-V1' } },
  );
}

export async function createDelivery(order) {
  const res = await fetch('https://openapi.doordash.com/drive/v2/deliveries', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${doordashToken()}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify(order),
  });
  return res.json();
}
`,
    [
      N(dev, "doordash_developer_id", "identifier"),
      N(kid, "doordash_key_id", "identifier"),
      P(sec, "doordash_signing_secret"),
    ],
  );
}
{
  const cid = b64uChars(32),
    sec = b64uChars(40),
    srv = b64uChars(40);
  emit(
    "partner-gateway/src/integrations/uber.ts",
    `import axios from 'axios';

const UBER_CLIENT_ID = '${cid}';
const UBER_CLIENT_SECRET = '${sec}';
// legacy server token, Uber says deprecated but /v1.2/estimates still accepts it
// const UBER_SERVER_TOKEN = '${srv}';

export async function uberDirectToken(): Promise<string> {
  const body = new URLSearchParams({
    client_id: UBER_CLIENT_ID,
    client_secret: UBER_CLIENT_SECRET,
    grant_type: 'client_credentials',
    scope: 'eats.deliveries',
  });
  const { data } = await axios.post('https://auth.uber.com/oauth/v2/token', body);
  return data.access_token;
}
`,
    [U(cid, "uber_client_id", "OAuth client id"), P(sec, "uber_client_secret"), P(srv, "uber_server_token")],
  );
}
{
  const cid = alnum(12),
    sec = b64uChars(32);
  emit(
    "partner-gateway/src/integrations/lyft.ts",
    `const LYFT_CLIENT_ID = process.env.LYFT_CLIENT_ID ?? '${cid}';
const LYFT_CLIENT_SECRET = process.env.LYFT_CLIENT_SECRET || '${sec}';

export async function lyftToken(): Promise<string> {
  const basic = Buffer.from(\`\${LYFT_CLIENT_ID}:\${LYFT_CLIENT_SECRET}\`).toString('base64');
  const res = await fetch('https://api.lyft.com/oauth/token', {
    method: 'POST',
    headers: { Authorization: \`Basic \${basic}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', scope: 'public' }),
  });
  return (await res.json()).access_token;
}
`,
    [
      U(cid, "lyft_client_id", "OAuth client id"),
      N("process.env.LYFT_CLIENT_SECRET", "lyft_client_secret", "env lookup"),
      P(sec, "lyft_client_secret"),
    ],
  );
}
{
  const t = checksummed("npm_");
  emit(
    "partner-gateway/.npmrc",
    `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${t}
@routelynx:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=\${GITHUB_PACKAGES_TOKEN}
save-exact=true
`,
    [P(t, "npm_token"), N("${GITHUB_PACKAGES_TOKEN}", "github_pat", "env interpolation")],
  );
}
{
  const i = [b64(64), b64(64), b64(64)];
  const lock = {
    name: "partner-gateway",
    version: "2.3.0",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": {
        name: "partner-gateway",
        version: "2.3.0",
        dependencies: { axios: "1.6.7", jsonwebtoken: "9.0.2", shippo: "2.1.0" },
      },
      "node_modules/axios": {
        version: "1.6.7",
        resolved: "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
        integrity: `sha512-${i[0]}`,
      },
      "node_modules/jsonwebtoken": {
        version: "9.0.2",
        resolved: "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
        integrity: `sha512-${i[1]}`,
      },
      "node_modules/shippo": {
        version: "2.1.0",
        resolved: "https://registry.npmjs.org/shippo/-/shippo-2.1.0.tgz",
        integrity: `sha512-${i[2]}`,
      },
    },
  };
  emit(
    "partner-gateway/package-lock.json",
    JSON.stringify(lock, null, 2),
    i.map((x) => N(`sha512-${x}`, "npm_integrity_hash", "lockfile integrity")),
  );
}
{
  const oid = hex(32),
    fake = `shippo_test_${"0".repeat(40)}`;
  emit(
    "partner-gateway/test/fixtures/shippo-webhook.json",
    JSON.stringify(
      {
        event: "track_updated",
        test: true,
        data: {
          object_id: oid,
          carrier: "usps",
          tracking_number: "9205590164917312751089",
          tracking_status: {
            status: "TRANSIT",
            status_details: "Your shipment has departed from the origin facility.",
          },
        },
        _fixture: { api_token: fake },
      },
      null,
      2,
    ),
    [N(oid, "shippo_object_id", "object identifier"), N(fake, "shippo_api_token", "zero-filled fixture")],
  );
}
{
  const live = easypost("EZAK"),
    test = easypost("EZTK"),
    sh = `shippo_live_${hex(40)}`;
  emit(
    "partner-gateway/src/integrations/labels.js",
    `import EasyPostClient from '@easypost/api';
import shippo from 'shippo';

const easypost = new EasyPostClient(process.env.NODE_ENV === 'production'
  ? '${live}'
  : '${test}');

const shippoClient = shippo('${sh}');

export async function buyLabel(shipment, carrier = 'easypost') {
  if (carrier === 'shippo') {
    return shippoClient.transaction.create({ shipment, carrier_account: shipment.carrier_account, servicelevel_token: 'usps_priority' });
  }
  const s = await easypost.Shipment.create(shipment);
  return easypost.Shipment.buy(s.id, s.lowestRate());
}
`,
    [
      P(live, "easypost_api_key"),
      P(test, "easypost_test_api_key", { note: "test-mode key still grants account access" }),
      P(sh, "shippo_api_token"),
    ],
  );
}
{
  const k = hex(32),
    s = hex(32),
    basic = b64s(`${k}:${s}`);
  emit(
    "partner-gateway/scripts/sync_shipstation.py",
    `#!/usr/bin/env python3
"""Nightly pull of ShipStation orders into the dispatch DB."""
import requests

API_KEY = "${k}"
API_SECRET = "${s}"

# curl -H "Authorization: Basic ${basic}" https://ssapi.shipstation.com/orders?orderStatus=awaiting_shipment


def fetch_orders(page=1):
    r = requests.get(
        "https://ssapi.shipstation.com/orders",
        params={"orderStatus": "awaiting_shipment", "page": page, "pageSize": 500},
        auth=(API_KEY, API_SECRET),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(len(fetch_orders()["orders"]))
`,
    [
      P(k, "shipstation_api_key"),
      P(s, "shipstation_api_secret"),
      P(basic, "shipstation_basic_auth", { d: `${k}:${s}` }),
    ],
  );
}
{
  const k = `asat_${alnum(32)}`;
  emit(
    "partner-gateway/src/integrations/aftership.ts",
    `import { AfterShip } from '@aftership/tracking-sdk';

export const aftership = new AfterShip({
  api_key: '${k}',
  auth_type: 'API_KEY',
});

export async function track(slug: string, trackingNumber: string) {
  return aftership.tracking.createTracking({ slug, tracking_number: trackingNumber });
}
`,
    [P(k, "aftership_api_key")],
  );
}
{
  const bot = slackBot(),
    pub = `pub${hex(32)}`,
    pd = hex(32),
    dsn = sentryDsn();
  emit(
    "partner-gateway/config/default.json",
    JSON.stringify(
      {
        port: 3000,
        slack: { channel: "#partner-alerts", botToken: bot },
        pagerduty: { routingKey: pd },
        datadog: { clientToken: pub, site: "datadoghq.eu", service: "partner-gateway-ui" },
        sentry: { dsn },
        partners: { doordash: { enabled: true }, uber: { enabled: true }, lyft: { enabled: false } },
      },
      null,
      2,
    ),
    [
      P(bot, "slack_bot_token"),
      P(pd, "pagerduty_routing_key"),
      U(pub, "datadog_client_token", "browser client token, public by design"),
      U(dsn, "sentry_dsn", "public DSN"),
    ],
  );
}

// ================================================================ onfleet-sync
{
  const k = hex(32),
    wh = hex(64);
  emit(
    "onfleet-sync/main.py",
    `import hashlib
import hmac

import requests
from flask import Flask, abort, request

ONFLEET_API_KEY = "${k}"
ONFLEET_WEBHOOK_SECRET = "${wh}"

app = Flask(__name__)


def create_task(stop):
    r = requests.post(
        "https://onfleet.com/api/v2/tasks",
        json={"destination": {"address": {"unparsed": stop["address"]}}, "recipients": [], "notes": stop["notes"]},
        auth=(ONFLEET_API_KEY, ""),
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["id"]


@app.post("/webhooks/onfleet")
def onfleet_webhook():
    sig = request.headers.get("X-Onfleet-Signature", "")
    mac = hmac.new(bytes.fromhex(ONFLEET_WEBHOOK_SECRET), request.data, hashlib.sha512).hexdigest()
    if not hmac.compare_digest(sig, mac):
        abort(401)
    return "", 204
`,
    [P(k, "onfleet_api_key"), P(wh, "onfleet_webhook_secret")],
  );
}

// ================================================================= driver-app
{
  const fk = googleKey(),
    oc = `${digits(12)}-${str(LOWNUM, 32)}.apps.googleusercontent.com`;
  emit(
    "driver-app/android/app/google-services.json",
    JSON.stringify(
      {
        project_info: {
          project_number: oc.split("-")[0],
          project_id: "routelynx-driver-prod",
          storage_bucket: "routelynx-driver-prod.appspot.com",
        },
        client: [
          {
            client_info: {
              mobilesdk_app_id: `1:${oc.split("-")[0]}:android:${hex(16)}`,
              android_client_info: { package_name: "io.routelynx.driver" },
            },
            oauth_client: [{ client_id: oc, client_type: 3 }],
            api_key: [{ current_key: fk }],
            services: { appinvite_service: { other_platform_oauth_client: [] } },
          },
        ],
        configuration_version: "1",
      },
      null,
      2,
    ),
    [
      N("routelynx-driver-prod", "gcp_project_id", "identifier"),
      U(oc, "google_oauth_client_id", "OAuth client id"),
      U(fk, "firebase_api_key", "Firebase web/Android key, public by design"),
    ],
  );
}
{
  const gk = googleKey();
  emit(
    "driver-app/android/app/src/main/AndroidManifest.xml",
    `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.ACCESS_BACKGROUND_LOCATION" />
    <uses-permission android:name="android.permission.FOREGROUND_SERVICE_LOCATION" />
    <application
        android:name=".DriverApplication"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${gk}" />
        <activity android:name=".MainActivity" android:exported="true" />
        <service android:name=".tracking.LocationService" android:foregroundServiceType="location" />
    </application>
</manifest>
`,
    [U(gk, "google_maps_api_key", "Android-restricted Maps SDK key shipped in the app")],
  );
}
{
  const mb = mapboxToken("sk", "routelynx-mobile"),
    sp = pw(),
    kp = pw();
  emit(
    "driver-app/android/gradle.properties",
    `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Mapbox SDK downloads (needs DOWNLOADS:READ scope)
MAPBOX_DOWNLOADS_TOKEN=${mb}
RELEASE_STORE_FILE=../keystore/driver-release.jks
RELEASE_STORE_PASSWORD=${sp}
RELEASE_KEY_ALIAS=driver
RELEASE_KEY_PASSWORD=${kp}
`,
    [P(mb, "mapbox_secret_token"), P(sp, "android_keystore_password"), P(kp, "android_keystore_password")],
  );
}
{
  const pk = mapboxToken("pk", "routelynx-mobile"),
    gk = googleKey();
  emit(
    "driver-app/ios/DriverApp/Info.plist",
    `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>RouteLynx Driver</string>
	<key>CFBundleIdentifier</key>
	<string>io.routelynx.driver</string>
	<key>MBXAccessToken</key>
	<string>${pk}</string>
	<key>GMSApiKey</key>
	<string>${gk}</string>
	<key>NSLocationAlwaysAndWhenInUseUsageDescription</key>
	<string>Your location is shared with dispatch while you are on shift.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>location</string>
		<string>remote-notification</string>
	</array>
</dict>
</plist>
`,
    [
      U(pk, "mapbox_public_token", "public token"),
      U(gk, "google_maps_api_key", "iOS-restricted key shipped in the app"),
    ],
  );
}
{
  const dsn = sentryDsn(),
    spk = stripeKey("pk"),
    fcm = fcmKey();
  emit(
    "driver-app/src/config/env.ts",
    `export const ENV = {
  apiBaseUrl: 'https://api.routelynx.io/driver/v3',
  sentryDsn: '${dsn}',
  stripePublishableKey: '${spk}',
  // TODO: move push sending to the backend, this should not ship in the app
  fcmServerKey: '${fcm}',
  featureFlags: { proofOfDeliveryPhotos: true, offlineManifests: true },
};
`,
    [
      U(dsn, "sentry_dsn", "public DSN"),
      U(spk, "stripe_publishable_key", "publishable key, public by design"),
      P(fcm, "fcm_server_key"),
    ],
  );
}
{
  const fp = pw(),
    mp = pw(),
    kid = str(UPNUM, 10),
    iss = uuid();
  emit(
    "driver-app/ios/fastlane/.env.default",
    `FASTLANE_USER=mobile-release@routelynx.io
FASTLANE_PASSWORD=${fp}
MATCH_GIT_URL=git@github.com:routelynx/ios-certificates.git
MATCH_PASSWORD=${mp}
APP_STORE_CONNECT_API_KEY_ID=${kid}
APP_STORE_CONNECT_ISSUER_ID=${iss}
APP_STORE_CONNECT_API_KEY_PATH=./fastlane/AuthKey.p8
`,
    [
      P(fp, "apple_id_password"),
      P(mp, "fastlane_match_password"),
      N(kid, "app_store_connect_key_id", "key identifier"),
      N(iss, "app_store_connect_issuer_id", "identifier"),
    ],
  );
}

// ============================================================= dispatcher-web
{
  const pk = mapboxToken("pk", "routelynx"),
    sk = mapboxToken("sk", "routelynx"),
    pub = `pub${hex(32)}`;
  const ssk = stripeKey("sk"),
    spk = stripeKey("pk"),
    sg = sendgrid();
  emit(
    "dispatcher-web/.env.production",
    `NEXT_PUBLIC_API_URL=https://api.routelynx.io
NEXT_PUBLIC_MAPBOX_TOKEN=${pk}
MAPBOX_SECRET_TOKEN=${sk}
NEXT_PUBLIC_DD_CLIENT_TOKEN=${pub}
NEXT_PUBLIC_DD_APPLICATION_ID=${uuid()}
STRIPE_SECRET_KEY=${ssk}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${spk}
SENDGRID_API_KEY=${sg}
`,
    [
      U(pk, "mapbox_public_token", "public token"),
      P(sk, "mapbox_secret_token"),
      U(pub, "datadog_client_token", "browser RUM client token"),
      P(ssk, "stripe_secret_key"),
      U(spk, "stripe_publishable_key", "publishable key"),
      P(sg, "sendgrid_api_key"),
    ],
  );
}

// ================================================================ sms-gateway
{
  const vk = hex(8),
    vs = alnum(16),
    pid = `MA${str(UPNUM, 18)}`,
    pt = alnum(40),
    mb = alnum(25);
  const spid = hex(32),
    stok = hex(32),
    at = `atsk_${hex(64)}`,
    twk = `SK${hex(32)}`,
    tws = alnum(32);
  const sak = uuid(),
    sas = b64(16);
  emit(
    "sms-gateway/config/providers.toml",
    `# Driver notification providers, tried in order per country
[routing]
default = ["twilio", "vonage"]
KE = ["africastalking"]
NG = ["africastalking", "plivo"]
IN = ["plivo", "sinch"]

[twilio]
account_sid = "${TWILIO_SID}"
api_key = "${twk}"
api_secret = "${tws}"

[vonage]
api_key = "${vk}"
api_secret = "${vs}"
from = "RouteLynx"

[plivo]
auth_id = "${pid}"
auth_token = "${pt}"

[messagebird]
access_key = "${mb}"

[sinch]
service_plan_id = "${spid}"
api_token = "${stok}"
region = "eu"
verification_app_key = "${sak}"
verification_app_secret = "${sas}"

[africastalking]
username = "routelynx"
api_key = "${at}"
`,
    [
      N(TWILIO_SID, "twilio_account_sid", "identifier"),
      N(twk, "twilio_api_key_sid", "API key SID, identifier"),
      P(tws, "twilio_api_secret"),
      U(vk, "vonage_api_key", "account key, identifier paired with the secret"),
      P(vs, "vonage_api_secret"),
      N(pid, "plivo_auth_id", "identifier"),
      P(pt, "plivo_auth_token"),
      P(mb, "messagebird_access_key"),
      N(spid, "sinch_service_plan_id", "identifier"),
      P(stok, "sinch_api_token"),
      N(sak, "sinch_application_key", "identifier"),
      P(sas, "sinch_application_secret"),
      P(at, "africastalking_api_key"),
    ],
  );
}
{
  const tok = hex(32),
    r1 = uuid(),
    r2 = uuid(),
    msgSid = `SM${hex(32)}`;
  emit(
    "sms-gateway/logs/gateway-2024-03-11.log",
    `2024-03-11T05:58:01.114Z INFO  boot sms-gateway 1.12.0 providers=twilio,vonage,plivo,africastalking
2024-03-11T05:58:01.309Z INFO  provider=africastalking api_key=atsk_****************************************************9f3e user=routelynx
2024-03-11T05:58:01.310Z INFO  provider=twilio account=${TWILIO_SID} auth_token=****
2024-03-11T06:02:17.882Z DEBUG req_id=${r1} POST https://${TWILIO_SID}:${tok}@api.twilio.com/2010-04-01/Accounts/${TWILIO_SID}/Messages.json to=+31612****89
2024-03-11T06:02:18.201Z INFO  req_id=${r1} provider=twilio status=201 sid=${msgSid}
2024-03-11T06:05:44.015Z WARN  req_id=${r2} provider=vonage status=429 retry_in=2s
2024-03-11T06:05:46.420Z INFO  req_id=${r2} provider=vonage status=200 message-id=${uuid()}
`,
    [
      N(
        "atsk_****************************************************9f3e",
        "africastalking_api_key",
        "masked in log",
      ),
      N("****", "twilio_auth_token", "masked", { ctx: "auth_token=" }),
      N(r1, "uuid", "request id"),
      P(tok, "twilio_auth_token", { note: "basic auth in logged URL" }),
      N(msgSid, "twilio_message_sid", "message identifier"),
    ],
  );
}
{
  const k = pkcs8Key();
  emit("sms-gateway/vonage/private.key", k, [
    P(k, "private_key", { note: "Vonage application private key" }),
  ]);
}

// ================================================================ warehouse
{
  const ap = pw(),
    dp = pw();
  emit(
    "warehouse/odoo/odoo.conf",
    `[options]
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
admin_passwd = ${ap}
db_host = pg-warehouse-01.routelynx.internal
db_port = 5432
db_user = odoo
db_password = ${dp}
dbfilter = ^wms_.*$
list_db = False
proxy_mode = True
workers = 6
`,
    [P(ap, "odoo_master_password"), P(dp, "database_password")],
  );
}
{
  const k = hex(40);
  emit(
    "warehouse/odoo/scripts/push_pickings.py",
    `import xmlrpc.client

URL = "https://wms.routelynx.io"
DB = "wms_prod"
USER = "integration@routelynx.io"
API_KEY = "${k}"  # Odoo API key for the integration user

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")
pickings = models.execute_kw(DB, uid, API_KEY, "stock.picking", "search_read",
                             [[["state", "=", "assigned"]]], {"fields": ["name", "partner_id", "scheduled_date"]})
print(len(pickings))
`,
    [P(k, "odoo_api_key")],
  );
}
{
  const p = pw();
  emit(
    "warehouse/sap/destinations/S4H_PROD",
    `#SAP destination for the dispatch connector (Cloud Connector -> S/4HANA)
Name=S4H_PROD
Type=HTTP
URL=http://s4h-prod.routelynx.internal:44300
ProxyType=OnPremise
Authentication=BasicAuthentication
User=RFC_DISPATCH
Password=${p}
sap-client=100
`,
    [P(p, "sap_password")],
  );
}
{
  const sec = `${uuid()}$${b64(33)}`,
    cid = `sb-dispatch-connector!t${digits(5)}`,
    vk = pubKey();
  emit(
    "warehouse/sap/btp/xsuaa-service-key.json",
    JSON.stringify(
      {
        uaadomain: "authentication.eu10.hana.ondemand.com",
        tenantmode: "dedicated",
        sburl: "https://internal-xsuaa.authentication.eu10.hana.ondemand.com",
        clientid: cid,
        clientsecret: sec,
        xsappname: cid.replace("sb-", ""),
        url: "https://routelynx-prod.authentication.eu10.hana.ondemand.com",
        identityzone: "routelynx-prod",
        tenantid: uuid(),
        verificationkey: vk,
        credential_type: "binding-secret",
      },
      null,
      2,
    ),
    [
      U(cid, "sap_xsuaa_client_id", "OAuth client id"),
      P(sec, "sap_xsuaa_client_secret"),
      N(vk.replace(/\n/g, "\\n"), "public_key", "token verification public key"),
    ],
  );
}
{
  const ck = hex(64),
    cs = hex(64),
    ti = hex(64),
    ts = hex(64),
    acct = `${digits(7)}_SB1`;
  emit(
    "warehouse/netsuite/restlet_client.py",
    `"""Token-based auth client for the inventory RESTlet (sandbox 1)."""
from requests_oauthlib import OAuth1Session

ACCOUNT = "${acct}"
CONSUMER_KEY = "${ck}"
CONSUMER_SECRET = "${cs}"
TOKEN_ID = "${ti}"
TOKEN_SECRET = "${ts}"

RESTLET = f"https://{ACCOUNT.lower().replace('_', '-')}.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=1187&deploy=1"


def session():
    return OAuth1Session(CONSUMER_KEY, client_secret=CONSUMER_SECRET, resource_owner_key=TOKEN_ID,
                         resource_owner_secret=TOKEN_SECRET, realm=ACCOUNT, signature_method="HMAC-SHA256")


def on_hand(sku):
    return session().get(RESTLET, params={"sku": sku}).json()
`,
    [
      N(acct, "netsuite_account_id", "identifier"),
      U(ck, "netsuite_consumer_key", "TBA consumer key (client id half)"),
      P(cs, "netsuite_consumer_secret"),
      U(ti, "netsuite_token_id", "TBA token id (id half)"),
      P(ts, "netsuite_token_secret"),
    ],
  );
}
{
  const sa = pkcs8Key(),
    kid = hex(40);
  const saJ = `${sa.replace(/\n/g, "\\n")}\\n`;
  const txt = JSON.stringify(
    {
      type: "service_account",
      project_id: "routelynx-analytics",
      private_key_id: kid,
      private_key: `${sa}\n`,
      client_email: "route-analytics@routelynx-analytics.iam.gserviceaccount.com",
      client_id: digits(21),
      auth_uri: "https://accounts.google.com/o/oauth2/auth",
      token_uri: "https://oauth2.googleapis.com/token",
      auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
      client_x509_cert_url:
        "https://www.googleapis.com/robot/v1/metadata/x509/route-analytics%40routelynx-analytics.iam.gserviceaccount.com",
      universe_domain: "googleapis.com",
    },
    null,
    2,
  );
  emit("analytics/gcp/route-analytics-sa.json", txt, [
    U(kid, "gcp_private_key_id", "key identifier"),
    P(saJ, "gcp_service_account_private_key"),
  ]);
}

// ================================================================ notebooks
{
  const ors = orsKey(),
    here = b64uChars(43),
    gk = googleKey(),
    tt = alnum(32),
    geo = hex(32);
  const nb = {
    cells: [
      {
        cell_type: "markdown",
        metadata: {},
        source: [
          "# Route optimisation: Rotterdam depot, week 9\n",
          "Compare ORS, HERE and TomTom ETAs against actual arrival times.",
        ],
      },
      {
        cell_type: "code",
        execution_count: 2,
        metadata: {},
        outputs: [],
        source: [
          "import openrouteservice, requests, pandas as pd\n",
          `ors = openrouteservice.Client(key="${ors}")\n`,
          "stops = pd.read_parquet('data/stops_week9.parquet')",
        ],
      },
      {
        cell_type: "code",
        execution_count: 5,
        metadata: {},
        source: ["resp = here_route(stops.iloc[0], stops.iloc[1], debug=True)"],
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: [
              `GET https://router.hereapi.com/v8/routes?transportMode=truck&origin=51.8950,4.4560&destination=52.3702,4.8952&return=summary&apiKey=${here}\n`,
              "200 OK (412 ms)\n",
            ],
          },
        ],
      },
      {
        cell_type: "code",
        execution_count: 7,
        metadata: {},
        source: ["geocode_missing(stops, debug=True)"],
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: [
              `GET https://maps.googleapis.com/maps/api/geocode/json?address=Waalhaven+Oostzijde+1,+Rotterdam&key=${gk}\n`,
              `GET https://api.tomtom.com/search/2/geocode/Billbrookdeich%2042%20Hamburg.json?key=${tt}\n`,
              `GET https://api.geoapify.com/v1/geocode/search?text=Hamburg%20Billbrook&apiKey=${geo}\n`,
              "geocoded 37 / 37\n",
            ],
          },
        ],
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.7" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  emit("notebooks/route-optimization.ipynb", JSON.stringify(nb, null, 1), [
    P(ors, "openrouteservice_api_key"),
    P(here, "here_api_key", { note: "notebook output" }),
    P(gk, "google_maps_api_key", { note: "server geocoding key in notebook output" }),
    P(tt, "tomtom_api_key", { note: "notebook output" }),
    P(geo, "geoapify_api_key", { note: "notebook output" }),
  ]);
}

// ================================================================ runbooks
{
  const p = pw();
  emit(
    "runbooks/mqtt-broker-failover.md",
    `# Runbook: MQTT broker failover (depot edge -> cloud)

**Owner:** telematics on-call. **Pager:** \`#telematics-oncall\`.

1. Confirm the edge broker is down: \`systemctl status mosquitto\` on \`edge-rtm-01\`.
2. Flip the DNS record \`mqtt.routelynx.io\` to the standby (TTL is 60 s).
3. Check trackers reconnect (they retry every 15 s with backoff):

   \`\`\`bash
   mosquitto_sub -h mqtt.routelynx.io -p 8883 --capath /etc/ssl/certs -u ops -P "$MQTT_OPS_PASSWORD" -t 'fleet/+/telemetry' -C 20
   \`\`\`

4. If nothing arrives, publish a test frame as ops (password from 1Password, entry "mqtt ops"):

   \`\`\`bash
   mosquitto_pub -h mqtt.routelynx.io -p 8883 --capath /etc/ssl/certs -u ops -P '${p}' -t fleet/trk-test/telemetry -m '{"lat":51.9,"lon":4.4}'
   \`\`\`

5. Post in \`#dispatch-ops\` when positions are flowing again.
`,
    [N("$MQTT_OPS_PASSWORD", "mqtt_password", "shell variable"), P(p, "mqtt_password")],
  );
}
{
  const ups = alnum(64),
    sha = gitSha(),
    vs = alnum(16);
  emit(
    "runbooks/carrier-api-rotation.md",
    `# Carrier API credential rotation

We rotate carrier credentials every 90 days (and immediately on suspected exposure).

## FedEx

1. developer.fedex.com -> My Projects -> *routelynx-dispatch* -> Regenerate secret.
2. \`vault kv put secret/dispatch/fedex client_id=<FEDEX_CLIENT_ID> client_secret=<FEDEX_CLIENT_SECRET>\`
3. Roll the deployment: \`kubectl -n dispatch rollout restart deploy/dispatch-api\`.

## UPS

Same as FedEx, app *RL-Dispatch-Prod*. Last rotation (2024-02-19) by @mvdberg, new secret was
\`${ups}\` -- already in Vault, delete this line after the handover call.

## Shippo

Old token \`shippo_live_…a41c\` revoked on 2024-01-30 (commit ${sha}).

## Vonage

Rotated 2024-03-04; the new api_secret is ${vs} (update sms-gateway providers.toml).
`,
    [
      N("<FEDEX_CLIENT_ID>", "fedex_client_id", "placeholder"),
      N("<FEDEX_CLIENT_SECRET>", "fedex_client_secret", "placeholder"),
      P(ups, "ups_client_secret", { note: "pasted into runbook" }),
      N("shippo_live_…a41c", "shippo_api_token", "redacted"),
      N(sha, "git_sha", "commit id"),
      P(vs, "vonage_api_secret"),
    ],
  );
}

// ================================================================ chat export
{
  const tw = hex(32),
    ppw = pw(),
    tg = telegram(),
    ak = awsKeyId(),
    as = awsSecret(),
    part = hex(40);
  const msgs = [
    {
      type: "message",
      user: "U04LKQ2M1",
      text: "twilio is rejecting the dispatch SMS again, anyone changed the token?",
      ts: "1707811201.000100",
    },
    {
      type: "message",
      user: "U02HV7TXA",
      text: `yes I rotated it this morning, new auth token is ${tw} -- update the k8s secret pls`,
      ts: "1707811322.000200",
    },
    {
      type: "message",
      user: "U04LKQ2M1",
      text: "done. also the sk_live_...4f2a key in the old dashboard repo is revoked right?",
      ts: "1707811410.000300",
    },
    { type: "message", user: "U02HV7TXA", text: "yep revoked", ts: "1707811466.000400" },
    {
      type: "message",
      user: "U05ZP1N8C",
      text: `for the depot tablet login use dispatcher / ${ppw} until SSO is fixed`,
      ts: "1707812904.000500",
    },
    {
      type: "message",
      user: "U03RTB9QE",
      text: `new alert bot for the night shift: ${tg} (chat id -1002041887731)`,
      ts: "1707815120.000600",
    },
    {
      type: "message",
      user: "U04LKQ2M1",
      text: `the s3 export script needs creds, using these for now: ${ak} / ${as}`,
      ts: "1707818001.000700",
    },
    {
      type: "message",
      user: "U02HV7TXA",
      text: "please not in slack :( also the docs example AKIAIOSFODNN7EXAMPLE in the README is fine, that one is AWS's",
      ts: "1707818100.000800",
    },
    {
      type: "message",
      user: "U05ZP1N8C",
      text: `particle cloud token for the trailer flashing: ${part}`,
      ts: "1707820455.000900",
    },
  ];
  emit("chat-exports/slack-dispatch-ops-2024-02/2024-02-13.json", JSON.stringify(msgs, null, 2), [
    P(tw, "twilio_auth_token", { note: "pasted in chat" }),
    N("sk_live_...4f2a", "stripe_secret_key", "redacted"),
    P(ppw, "password", { note: "shared login in chat" }),
    P(tg, "telegram_bot_token"),
    P(ak, "aws_access_key_id"),
    P(as, "aws_secret_access_key"),
    N(AWS_DOC_KEY, "aws_access_key_id", "AWS documentation sample"),
    P(part, "particle_access_token"),
  ]);
}

// ================================================================ support ticket
{
  const k = hex(32),
    s = hex(32),
    dk = alnum(32);
  emit(
    "support/tickets/ZD-48213.eml",
    `From: "Janssen, Pieter" <p.janssen@freshfoods-bv.nl>
To: support@routelynx.io
Subject: Re: [ZD-48213] ShipStation orders not syncing
Date: Tue, 05 Mar 2024 14:22:09 +0100
Message-ID: <CAF3x9qL2m${digits(8)}@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"

Hi,

As requested, here are our ShipStation API credentials so you can check the integration:

API Key: ${k}
API Secret: ${s}

The old key ending in ****c91e is disabled. For the DHL Express pickups we use this key
in the portal: ${dk}

Kind regards,
Pieter Janssen
FreshFoods B.V.

On Tue, 5 Mar 2024 at 10:02, RouteLynx Support <support@routelynx.io> wrote:
> Could you share the integration settings screenshot? Please do not send passwords.
`,
    [
      P(k, "shipstation_api_key", { note: "customer pasted into ticket" }),
      P(s, "shipstation_api_secret"),
      N("****c91e", "shipstation_api_key", "masked"),
      P(dk, "dhl_api_key"),
    ],
  );
}

// ================================================================ ops
{
  const id = sha256hex(),
    img = sha256hex(),
    db = pw(true),
    sg = sendgrid(),
    dd = hex(32),
    tw = hex(32),
    mq = pw();
  const inspect = [
    {
      Id: id,
      Created: "2024-03-08T07:41:12.519883004Z",
      Path: "/app/dispatch-api",
      Args: ["serve"],
      State: {
        Status: "running",
        Running: true,
        Pid: 48211,
        ExitCode: 0,
        StartedAt: "2024-03-08T07:41:13.01Z",
      },
      Image: `sha256:${img}`,
      Name: "/dispatch-api",
      Config: {
        Hostname: id.slice(0, 12),
        User: "10001",
        Env: [
          "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          `DATABASE_URL=postgres://dispatch:${db}@pg-dispatch.routelynx.internal:5432/dispatch`,
          `SENDGRID_API_KEY=${sg}`,
          `DD_API_KEY=${dd}`,
          `TWILIO_AUTH_TOKEN=${tw}`,
          `MQTT_PASSWORD=${mq}`,
          "GOMAXPROCS=2",
        ],
        Image: "ghcr.io/routelynx/dispatch-api:3.14.2",
        Labels: { "org.opencontainers.image.revision": gitSha() },
      },
    },
  ];
  emit("ops/incident-2024-03-08/docker-inspect-dispatch-api.json", JSON.stringify(inspect, null, 4), [
    N(id, "container_id", "container id (sha256)"),
    N(`sha256:${img}`, "image_digest", "image digest"),
    P(db, "postgres_password", { note: "password in DSN" }),
    P(sg, "sendgrid_api_key"),
    P(dd, "datadog_api_key"),
    P(tw, "twilio_auth_token"),
    P(mq, "mqtt_password"),
  ]);
}
{
  const ca = b64s(`${cert()}\n`),
    cc = b64s(`${cert()}\n`),
    keyPem = `${rsaKey()}\n`,
    kd = b64s(keyPem);
  const tok = jwt(
    { alg: "RS256", kid: b64uChars(43) },
    {
      iss: "kubernetes/serviceaccount",
      "kubernetes.io/serviceaccount/namespace": "dispatch",
      "kubernetes.io/serviceaccount/secret.name": "ci-deployer-token-7xk2q",
      "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
      "kubernetes.io/serviceaccount/service-account.uid": uuid(),
      sub: "system:serviceaccount:dispatch:ci-deployer",
    },
    256,
  );
  emit(
    "ops/kubeconfig-fleet-prod.yaml",
    `apiVersion: v1
kind: Config
clusters:
- name: fleet-prod
  cluster:
    server: https://k8s-api.fleet-prod.routelynx.internal:6443
    certificate-authority-data: ${ca}
users:
- name: admin@fleet-prod
  user:
    client-certificate-data: ${cc}
    client-key-data: ${kd}
- name: ci-deployer
  user:
    token: ${tok}
contexts:
- name: fleet-prod
  context: { cluster: fleet-prod, user: admin@fleet-prod, namespace: dispatch }
current-context: fleet-prod
`,
    [
      N(ca, "x509_certificate", "CA certificate, public"),
      N(cc, "x509_certificate", "client certificate, public"),
      P(kd, "kubernetes_client_key", { d: keyPem }),
      P(tok, "kubernetes_service_account_token"),
    ],
  );
}
{
  const gh = checksummed("ghp_"),
    rp = pw(true);
  const a1 = b64s(`routelynx-deploy:${gh}`),
    a2 = b64s(`ci:${rp}`);
  emit(
    "ops/build-agent/.docker/config.json",
    JSON.stringify(
      {
        auths: {
          "ghcr.io": { auth: a1 },
          "registry.routelynx.io": { auth: a2 },
          "https://index.docker.io/v1/": {},
        },
        credsStore: "",
        currentContext: "default",
      },
      null,
      "\t",
    ),
    [
      P(a1, "docker_registry_auth", { d: `routelynx-deploy:${gh}` }),
      P(a2, "docker_registry_auth", { d: `ci:${rp}` }),
    ],
  );
}
{
  const p = pw(),
    ak = awsKeyId(),
    as = awsSecret();
  emit(
    "ops/scripts/backup-postgres.sh",
    `#!/usr/bin/env bash
# Nightly logical backup of the dispatch DB to S3 (runs on bastion-01 via cron)
set -euo pipefail

export AWS_ACCESS_KEY_ID=${ak}
export AWS_SECRET_ACCESS_KEY=${as}
export AWS_DEFAULT_REGION=eu-west-1

# export PGPASSWORD="$(vault kv get -field=password secret/dispatch/postgres)"
export PGPASSWORD='${p}'

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
pg_dump -h pg-dispatch.routelynx.internal -U dispatch_admin -Fc dispatch \\
  | aws s3 cp - "s3://rl-db-backups-${AWS_ACCOUNT}/dispatch/dispatch-$STAMP.dump" --sse aws:kms
`,
    [
      P(ak, "aws_access_key_id"),
      P(as, "aws_secret_access_key"),
      N('"$(vault kv get -field=password secret/dispatch/postgres)"', "postgres_password", "vault lookup"),
      P(p, "postgres_password"),
    ],
  );
}
{
  const gh = checksummed("ghp_"),
    gl = glpat();
  emit(
    "ops/ci/.git-credentials",
    `https://routelynx-deploy:${gh}@github.com
https://oauth2:${gl}@gitlab.routelynx.io
`,
    [P(gh, "github_pat"), P(gl, "gitlab_pat")],
  );
}
{
  const keys = [
    `${sshRsa()} mvdberg@rl-laptop-114`,
    `${sshEd()} deploy@ci-runner-03`,
    `${sshRsa()} ansible@bastion-01`,
  ];
  emit("ops/ssh/authorized_keys", keys.join("\n"), [
    N(keys[0].split(" ")[1], "ssh_public_key", "public key"),
    N(keys[1].split(" ")[1], "ssh_public_key", "public key"),
    N(keys[2].split(" ")[1], "ssh_public_key", "public key"),
  ]);
}

// ================================================================ telemetry-ingest
{
  const p = pw(true);
  emit(
    "telemetry-ingest/cmd/ingest/main.go",
    `package main

import (
	"flag"
	"log"
	"os"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"github.com/routelynx/telemetry-ingest/internal/pipeline"
)

const awsIoTEndpoint = "${IOT_ENDPOINT}"

func main() {
	broker := flag.String("broker", "ssl://ingest-svc:${p}@mqtt.routelynx.io:8883", "MQTT broker URL")
	influxURL := flag.String("influx", "http://influxdb:8086", "InfluxDB URL")
	flag.Parse()

	token := os.Getenv("INFLUX_TOKEN")
	if token == "" {
		log.Fatal("INFLUX_TOKEN not set")
	}
	opts := mqtt.NewClientOptions().AddBroker(*broker).SetClientID("telemetry-ingest-" + os.Getenv("HOSTNAME"))
	p := pipeline.New(*influxURL, token, awsIoTEndpoint)
	if err := p.Run(opts); err != nil {
		log.Fatal(err)
	}
}
`,
    [
      N(IOT_ENDPOINT, "aws_iot_endpoint", "endpoint hostname"),
      P(p, "mqtt_password", { note: "password in default flag URL" }),
      N('os.Getenv("INFLUX_TOKEN")', "influxdb_token", "env lookup"),
    ],
  );
}
{
  const ip = pw(),
    it = influxToken(),
    ep = pw();
  emit(
    "telemetry-ingest/docker-compose.yml",
    `services:
  influxdb:
    image: influxdb:2.7
    ports: ["8086:8086"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${ip}
      DOCKER_INFLUXDB_INIT_ORG: routelynx
      DOCKER_INFLUXDB_INIT_BUCKET: telemetry
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${it}
  emqx:
    image: emqx/emqx:5.5.0
    environment:
      EMQX_DASHBOARD__DEFAULT_USERNAME: admin
      EMQX_DASHBOARD__DEFAULT_PASSWORD: ${ep}
  postgres:
    image: postgres:15
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
  grafana:
    image: grafana/grafana:10.3.3
    environment:
      GF_SECURITY_ADMIN_PASSWORD: admin
`,
    [
      P(ip, "influxdb_password"),
      P(it, "influxdb_token"),
      P(ep, "emqx_password"),
      N("postgres", "postgres_password", "local compose default", { ctx: "POSTGRES_PASSWORD: " }),
      N("admin", "grafana_password", "local compose default", { ctx: "GF_SECURITY_ADMIN_PASSWORD: " }),
    ],
  );
}
emit(
  "telemetry-ingest/internal/auth/jwt_test.go",
  `package auth

import "testing"

const testSigningKey = "test-secret"

// token from jwt.io, signed with "your-256-bit-secret"
const sampleToken = "${JWT_IO_SAMPLE}"

func TestParseRejectsWrongKey(t *testing.T) {
	if _, err := Parse(sampleToken, []byte(testSigningKey)); err == nil {
		t.Fatal("expected signature error")
	}
}
`,
  [N("test-secret", "jwt_signing_secret", "test fixture"), N(JWT_IO_SAMPLE, "jwt", "jwt.io sample token")],
);

// ================================================================ docs / release
emit(
  "docs/api/carriers.md",
  `# Carrier integrations

All carrier clients read credentials from Vault at \`secret/dispatch/<carrier>\`.

## FedEx

\`\`\`bash
curl -X POST https://apis-sandbox.fedex.com/oauth/token \\
  -d grant_type=client_credentials \\
  -d client_id=<YOUR_FEDEX_CLIENT_ID> \\
  -d client_secret=<YOUR_FEDEX_CLIENT_SECRET>
\`\`\`

## EasyPost

Production keys start with \`EZAK\`, test keys with \`EZTK\`. In screenshots we show them as
\`EZAK••••••••••••\`. Use the env var:

\`\`\`bash
curl https://api.easypost.com/v2/shipments -u "$EASYPOST_API_KEY:"
\`\`\`
`,
  [
    N("<YOUR_FEDEX_CLIENT_ID>", "fedex_client_id", "placeholder"),
    N("<YOUR_FEDEX_CLIENT_SECRET>", "fedex_client_secret", "placeholder"),
    N("EZAK••••••••••••", "easypost_api_key", "masked"),
    N("$EASYPOST_API_KEY", "easypost_api_key", "shell variable"),
  ],
);
{
  const s = [gitSha(), gitSha(), gitSha()];
  emit(
    "CHANGELOG.md",
    `# Changelog

## 3.14.2 (2024-03-07)
- dispatch-api: retry Twilio 429s with jitter (${s[0].slice(0, 7)}, full ${s[0]})
- routing-service: HERE v8 truck restrictions (${s[1]})

## 3.14.1 (2024-02-26)
- partner-gateway: DoorDash Drive v2 deliveries API (${s[2]})
`,
    s.map((x) => N(x, "git_sha", "commit id")),
  );
}
{
  const h = [sha256hex(), sha256hex(), sha256hex()];
  emit(
    "releases/driver-app-5.2.0/SHA256SUMS",
    `${h[0]}  driver-app-5.2.0-release.apk
${h[1]}  driver-app-5.2.0-release.aab
${h[2]}  driver-app-5.2.0-mapping.txt
`,
    h.map((x) => N(x, "sha256", "artifact checksum")),
  );
}

// ------------------------------------------------------------------ write
fs.writeFileSync(path.join(OUT, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(OUT, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.log(
  `files=${fileCount} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

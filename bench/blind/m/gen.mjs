#!/usr/bin/env node
// gen.mjs — blind, labelled test corpus for a secret scanner.
//
// Set "m": home automation, IoT and embedded projects — Home Assistant (secrets.yaml, .storage,
// configuration.yaml with !secret references), ESPHome, Arduino / PlatformIO / ESP-IDF / MicroPython,
// Node-RED, Tasmota, Mosquitto, Zigbee2MQTT, Z-Wave JS, MQTT clients, AWS IoT, Azure IoT Hub,
// Particle, Blynk, Tuya, Telegram / Pushover alerts, InfluxDB, Grafana, WireGuard, OpenWrt, UniFi,
// Frigate, Homebridge, plus hard negatives (!secret refs, placeholders, hashes, MACs, device IDs,
// public keys/certs, SSIDs, redacted diagnostics, docs' example tokens).
//
// Usage: node gen.mjs [seed]   (default seed "blind4m"). Rewrites ./files, ./labels.json, ./neutrals.json.
// All randomness: HMAC-SHA256(key = seed, 64-bit big-endian counter) stream. No Math.random, no clock.
//
// Formats used (prefix, length, alphabet, checksum):
//  ha_long_lived_token     JWT HS256: b64url({"alg":"HS256","typ":"JWT"}).b64url({"iss":32hex,"iat","exp"=iat+10y}).43 b64url HMAC sig
//  ha_refresh_token/jwt_key 128 lowercase hex (secrets.token_hex(64)) in .storage/auth
//  esphome_api_key         base64 (std, padded) of 32 random bytes = 44 chars ending "="
//  esphome_ota_password    32 lowercase hex (what the ESPHome wizard generates)
//  telegram_bot_token      8-10 digit bot id ":" "AA" + 33 [A-Za-z0-9_-] (35 chars after colon); no checksum
//  pushover_app_token/user 30 chars [A-Za-z0-9], app token starts "a", user key "u"; no checksum
//  influxdb_token          base64url (padded) of 64 random bytes = 86 chars + "=="
//  grafana_service_account "glsa_" + 32 [A-Za-z0-9] + "_" + 8 hex = CRC32-IEEE("glsa_"+secret) little-endian hex
//  wireguard_private_key   base64 of 32-byte clamped X25519 scalar (44 chars "="); public key derived (negative)
//  azure_iot_device_key    SharedAccessKey = base64 of 32 random bytes (44 chars)
//  azure_iot_sas_sig       sig = URL-encoded base64 of 32-byte HMAC-SHA256
//  aws_access_key_id       "AKIA" + 16 [A-Z2-7]; aws_secret_access_key 40 [A-Za-z0-9/+]
//  aws_iot_private_key     PEM "RSA PRIVATE KEY" (real 2048-bit PKCS#1 from BigInt primes) / "EC PRIVATE KEY" (real P-256 SEC1)
//  particle_access_token   40 lowercase hex
//  blynk_auth_token        32 [A-Za-z0-9_-]
//  tuya_access_secret      32 [a-z0-9]; tuya_access_id (neutral) 20 [a-z0-9]; tuya_local_key 16 printable chars
//  adafruit_io_key         "aio_" + 28 [A-Za-z0-9]
//  zwave_security_key      32 uppercase hex (16 bytes)
//  zigbee_network_key      YAML flow array of 16 integers 0-255
//  openweathermap/spotify  32 lowercase hex
//  nodered_credential_secret / passwords / psk  free-form strings identified by context only
//  mqtt_psk                hex (mosquitto psk_file / bridge_psk)
//  basic_auth              base64("user:password") in an Authorization header (decoded given)
//  negatives: mosquitto $7$ PBKDF2-SHA512 hashes, bcrypt $2b$, sha512crypt $6$, SHA-256/MD5 digests,
//             MACs, ULIDs, 32-hex HA ids, IEEE addresses, public keys/certs (fake X.509 bodies), placeholders.

import { createECDH, createHash, createHmac, createPrivateKey, createPublicKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "blind4m";
const OUT = path.join(ROOT, "files");

// ---------------------------------------------------------------- deterministic RNG
class Rng {
  constructor(seed) {
    this.key = Buffer.from(String(seed), "utf8");
    this.ctr = 0n;
    this.pool = Buffer.alloc(0);
  }
  bytes(n) {
    const parts = [this.pool];
    let have = this.pool.length;
    while (have < n) {
      const c = Buffer.alloc(8);
      c.writeBigUInt64BE(this.ctr++);
      const d = createHmac("sha256", this.key).update(c).digest();
      parts.push(d);
      have += d.length;
    }
    const all = Buffer.concat(parts);
    this.pool = all.subarray(n);
    return Buffer.from(all.subarray(0, n));
  }
  u32() {
    return this.bytes(4).readUInt32BE(0);
  }
  int(n) {
    const lim = Math.floor(0x100000000 / n) * n;
    let x;
    do {
      x = this.u32();
    } while (x >= lim);
    return x % n;
  }
  range(a, b) {
    return a + this.int(b - a + 1);
  }
  pick(a) {
    return a[this.int(a.length)];
  }
  chance(p) {
    return this.u32() / 0x100000000 < p;
  }
  str(alpha, len) {
    let s = "";
    for (let i = 0; i < len; i++) s += alpha[this.int(alpha.length)];
    return s;
  }
}
const R = new Rng(SEED);

const LOWER = "abcdefghijklmnopqrstuvwxyz",
  UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  DIG = "0123456789";
const ALNUM = UPPER + LOWER + DIG,
  HEX = "0123456789abcdef",
  B64URL = `${ALNUM}-_`;
const hex = (n) => R.str(HEX, n);
const HEXU = (n) => R.str(HEX.toUpperCase(), n);
const alnum = (n) => R.str(ALNUM, n);
const lowalnum = (n) => R.str(LOWER + DIG, n);
const b64 = (nbytes) => R.bytes(nbytes).toString("base64");
const b64url = (buf) => Buffer.from(buf).toString("base64url");
const cap = (w) => w[0].toUpperCase() + w.slice(1);

const WORDS = [
  "maple",
  "otter",
  "copper",
  "harbor",
  "falcon",
  "juniper",
  "cobalt",
  "ember",
  "willow",
  "granite",
  "lantern",
  "meadow",
  "saffron",
  "tundra",
  "quartz",
  "biscuit",
  "nebula",
  "pepper",
  "orchid",
  "sparrow",
  "glacier",
  "thistle",
  "walnut",
  "cinder",
  "raven",
  "mango",
  "pylon",
  "fjord",
  "basil",
  "comet",
];

// Passwords: first char alnum; `safe` alphabet avoids YAML/C/shell/URL trouble.
function pwRand(len = R.range(12, 20), extra = "-_.!*+") {
  return R.str(ALNUM, 1) + R.str(ALNUM + ALNUM + extra, len - 1);
}
function pwUrl(len = R.range(10, 18)) {
  return R.str(ALNUM, 1) + R.str(`${ALNUM}-_.~`, len - 1);
}
function pwHuman() {
  const sep = R.pick(["-", ".", "_", "", ""]);
  return cap(R.pick(WORDS)) + sep + cap(R.pick(WORDS)) + R.range(10, 9999) + R.pick(["", "", "!", "*", "#"]);
}
const _pwAny = () => (R.chance(0.5) ? pwHuman() : pwRand());

// ---------------------------------------------------------------- CRC32 + vendor formats
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

function grafanaSA(badChecksum = false) {
  const body = `glsa_${alnum(32)}`;
  const c = crc32(body);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(c);
  let sum = le.toString("hex");
  if (badChecksum) sum = sum.slice(0, 7) + HEX[(parseInt(sum[7], 16) + 1 + R.int(15)) % 16];
  return `${body}_${sum}`;
}
function haJwt() {
  const iat = R.range(1672531200, 1727740800);
  const h = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64url(JSON.stringify({ iss: hex(32), iat, exp: iat + 315360000 }));
  const sig = createHmac("sha256", R.bytes(64)).update(`${h}.${p}`).digest("base64url");
  return `${h}.${p}.${sig}`;
}
const telegram = () => `${R.range(1, 7)}${R.str(DIG, R.range(8, 9))}:AA${R.str(B64URL, 33)}`;
const pushover = (first) => first + alnum(29);
const influxToken = () => `${b64url(R.bytes(64))}==`;
const particle = () => hex(40);
const blynk = () => R.str(B64URL, 32);
const adafruit = () => `aio_${alnum(28)}`;
const awsKeyId = () => `AKIA${R.str(`${UPPER}234567`, 16)}`;
const awsSecret = () => R.str(`${ALNUM}/+`, 40);
const zwaveKey = () => HEXU(32);
const zigbeeKey = () => `[${Array.from(R.bytes(16)).join(", ")}]`;
const ulid = () => `01J${R.str("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)}`;
const mac = (sep = ":") =>
  Array.from(R.bytes(6), (b, i) => (i === 0 ? b & 0xfc : b).toString(16).padStart(2, "0"))
    .join(sep)
    .toUpperCase();
const sha256hex = () => createHash("sha256").update(R.bytes(32)).digest("hex");
const uuid = () => {
  const h = hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[R.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
};
const bcrypt = (cost = "08") => `$2b$${cost}$${R.str(`./${ALNUM}`, 53)}`;
const mosqHash = () => `$7$101$${b64(12)}$${b64(64)}`;
const sha512crypt = () => `$6$${R.str(`./${ALNUM}`, 16)}$${R.str(`./${ALNUM}`, 86)}`;
const tuyaLocalKey = () => R.str(`${ALNUM}#$^*()[]{}<>|~;'`, 16);
const basic = (user, pass) => Buffer.from(`${user}:${pass}`).toString("base64");

function wgPair() {
  const priv = R.bytes(32);
  priv[0] &= 248;
  priv[31] &= 127;
  priv[31] |= 64;
  const k = createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), priv]),
    format: "der",
    type: "pkcs8",
  });
  const pub = createPublicKey(k).export({ format: "der", type: "spki" }).subarray(-32);
  return { priv: priv.toString("base64"), pub: pub.toString("base64") };
}

// ---------------------------------------------------------------- DER / PEM / keys
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 255);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
const der = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
function derInt(x) {
  let h = x.toString(16);
  if (h.length % 2) h = `0${h}`;
  let b = Buffer.from(h, "hex");
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}
const pem = (label, buf) =>
  `-----BEGIN ${label}-----\n${buf
    .toString("base64")
    .match(/.{1,64}/g)
    .join("\n")}\n-----END ${label}-----`;

const SMALL_PRIMES = (() => {
  const ps = [];
  for (let i = 3; i < 3000; i += 2) if (ps.every((p) => p * p > i || i % p)) ps.push(i);
  return ps.map(BigInt);
})();
function modpow(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}
function modinv(a, m) {
  let [or, r] = [a % m, m],
    [os, s] = [1n, 0n];
  while (r) {
    const q = or / r;
    [or, r] = [r, or - q * r];
    [os, s] = [s, os - q * s];
  }
  return ((os % m) + m) % m;
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function isPrime(n) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return false;
  let d = n - 1n,
    s = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    s++;
  }
  for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modpow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let ok = false;
    for (let i = 1; i < s; i++) {
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
function prime(bits, e) {
  const buf = R.bytes(bits / 8);
  buf[0] |= 0xc0;
  buf[buf.length - 1] |= 1;
  let n = BigInt(`0x${buf.toString("hex")}`);
  while (!(isPrime(n) && gcd(e, n - 1n) === 1n)) n += 2n;
  return n;
}
function rsaPem() {
  const e = 65537n;
  const p = prime(1024, e);
  let q;
  do {
    q = prime(1024, e);
  } while (q === p);
  const n = p * q,
    phi = (p - 1n) * (q - 1n),
    d = modinv(e, phi);
  const body = [0n, n, e, d, p, q, d % (p - 1n), d % (q - 1n), modinv(q, p)].map(derInt);
  return pem("RSA PRIVATE KEY", der(0x30, Buffer.concat(body)));
}
function ecPem() {
  const priv = R.bytes(32);
  priv[0] &= 0x7f; // stay below the P-256 group order
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(priv);
  const body = Buffer.concat([
    derInt(1n),
    der(0x04, priv),
    der(0xa0, Buffer.from("06082a8648ce3d030107", "hex")),
    der(0xa1, der(0x03, Buffer.concat([Buffer.from([0]), ecdh.getPublicKey()]))),
  ]);
  return pem("EC PRIVATE KEY", der(0x30, body));
}
// Public certificates are negatives; bodies are X.509-shaped (v3 header, serial) but not parseable.
function fakeCert() {
  return pem(
    "CERTIFICATE",
    Buffer.concat([Buffer.from("3082035930820241a0030201020214", "hex"), R.bytes(846)]),
  );
}

// ---------------------------------------------------------------- corpus builder
const FILES = [];
const LABELS = [];
const NEUTRALS = [];
function emit(rel, build, { crlf = false } = {}) {
  const marks = [];
  const mk =
    (kind) =>
    (type, value, note, extra = {}) => {
      marks.push({ kind, type, value: String(value), note, ...extra });
      return `\u27e6${marks.length - 1}\u27e7`;
    };
  const tpl = build({ P: mk("pos"), N: mk("neg"), U: mk("neu") });
  let out = "",
    last = 0,
    m;
  const re = /\u27e6(\d+)\u27e7/g;
  for (m = re.exec(tpl); m !== null; m = re.exec(tpl)) {
    out += tpl.slice(last, m.index);
    const mark = marks[+m[1]];
    if (mark.line) throw new Error(`marker used twice in ${rel}`);
    mark.line = out.split("\n").length;
    out += mark.value;
    last = re.lastIndex;
  }
  out += tpl.slice(last);
  for (const mark of marks) {
    if (!mark.line) throw new Error(`marker ${mark.type} unused in ${rel}`);
    if (mark.kind === "neu")
      NEUTRALS.push({ file: rel, line: mark.line, type: mark.type, value: mark.value, note: mark.note });
    else {
      const l = {
        file: rel,
        line: mark.line,
        type: mark.type,
        secret: mark.value,
        positive: mark.kind === "pos",
      };
      if (mark.note) l.note = mark.note;
      if (mark.decoded) l.decoded = mark.decoded;
      LABELS.push(l);
    }
  }
  FILES.push({ rel, text: crlf ? out.replace(/\r?\n/g, "\r\n") : out });
}
const J = (o) => `${JSON.stringify(o, null, 2)}\n`;

// ---------------------------------------------------------------- shared identities
const HOME = { lat: (52 + R.int(9000) / 10000).toFixed(6), lon: (4 + R.int(9000) / 10000).toFixed(6) };
const SSID_MAIN = `${cap(R.pick(WORDS))}Net`,
  SSID_IOT = `${cap(R.pick(WORDS))}-IoT`,
  SSID_GUEST = `${cap(R.pick(WORDS))}-Guest`;
const _ymd = (y, mo, d) => `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

// ================================================================ Home Assistant
emit(
  "homeassistant/secrets.yaml",
  ({ P, N, U }) => `# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
latitude_home: ${HOME.lat}
longitude_home: ${HOME.lon}
elevation_home: ${R.range(0, 40)}

# Weather
openweathermap_api_key: ${P("openweathermap_api_key", hex(32))}

# Notifications
telegram_bot_token: "${P("telegram_bot_token", telegram())}"
telegram_chat_id: ${N("telegram_chat_id", `-100${R.str(DIG, 10)}`, "Telegram group chat id, an identifier not a credential")}
pushover_api_key: ${P("pushover_app_token", pushover("a"))}
pushover_user_key: ${P("pushover_user_key", pushover("u"))}

# Spotify developer app
spotify_client_id: ${U("spotify_client_id", hex(32), "OAuth client id; public half of the app credentials")}
spotify_client_secret: ${P("spotify_client_secret", hex(32))}

# InfluxDB 2 (add-on) – token with write access to the "homeassistant" bucket
influxdb_token: "${P("influxdb_token", influxToken())}"
influxdb_org: home

# SMTP notify (fastmail app password)
smtp_username: alerts@${R.pick(WORDS)}-family.net
smtp_password: '${P("smtp_password", R.str(LOWER + DIG, 16))}'

# UniFi Network integration (local read-only admin)
unifi_username: hass-ro
unifi_password: "${P("unifi_password", pwRand())}"

# Cameras
front_door_rtsp: rtsp://viewer:${P("rtsp_password", pwUrl())}@192.168.20.11:554/cam/realmonitor?channel=1&subtype=0
driveway_rtsp: rtsp://admin:${P("rtsp_password", pwUrl())}@192.168.20.12:554/h264Preview_01_main

# Remote HA instance at the cabin (rest_command / remote_homeassistant)
cabin_ha_token: "Bearer ${P("ha_long_lived_token", haJwt())}"

# Misc
iot_wifi_ssid: ${N("wifi_ssid", SSID_IOT, "SSID is broadcast, not a secret")}
alarm_panel_code: "${U("alarm_code", R.str(DIG, 6), "numeric alarm panel code: sensitive but not detectable by format, debatable")}"
`,
);

emit("homeassistant/configuration.yaml", ({ P, N }) => {
  const invPw = pwUrl();
  return `# Loads default set of integrations. Do not remove.
default_config:

homeassistant:
  name: Home
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  elevation: !secret elevation_home
  unit_system: metric
  time_zone: Europe/Amsterdam
  packages: !include_dir_named packages

http:
  use_x_forwarded_for: true
  trusted_proxies:
    - 172.30.33.0/24

frontend:
  themes: !include_dir_merge_named themes

automation: !include automations.yaml
script: !include scripts.yaml
scene: !include scenes.yaml

influxdb:
  api_version: 2
  ssl: false
  host: a0d7b954-influxdb
  port: 8086
  token: ${N("influxdb_token", "!secret influxdb_token", "secrets.yaml reference")}
  organization: !secret influxdb_org
  bucket: homeassistant
  max_retries: 3
  exclude:
    domains:
      - automation
      - update

notify:
  - name: pushover
    platform: pushover
    api_key: ${N("pushover_app_token", "!secret pushover_api_key", "secrets.yaml reference")}
    user_key: !secret pushover_user_key
  - name: family_mail
    platform: smtp
    server: smtp.fastmail.com
    port: 587
    sender: !secret smtp_username
    username: !secret smtp_username
    password: ${N("smtp_password", "!secret smtp_password", "secrets.yaml reference")}
    recipient:
      - household@example.org

telegram_bot:
  - platform: polling
    api_key: ${N("telegram_bot_token", "!secret telegram_bot_token", "secrets.yaml reference")}
    allowed_chat_ids:
      - !secret telegram_chat_id

camera:
  - platform: generic
    name: Front door
    stream_source: ${N("rtsp_password", "!secret front_door_rtsp", "secrets.yaml reference")}
    still_image_url: http://192.168.20.11/cgi-bin/snapshot.cgi

sensor:
  - platform: rest
    name: Solar inverter
    resource: http://192.168.1.60/solar_api/v1/GetPowerFlowRealtimeData.fcgi
    scan_interval: 30
    headers:
      Authorization: "Basic ${P("basic_auth", basic("admin", invPw), "Fronius web UI admin credentials", { decoded: `admin:${invPw}` })}"
    value_template: "{{ value_json.Body.Data.Site.P_PV | round(0) }}"
    unit_of_measurement: W

  - platform: rest
    name: Cabin indoor temperature
    resource: https://cabin.duckdns.org:8123/api/states/sensor.living_room_temperature
    headers:
      Authorization: ${N("ha_long_lived_token", "!secret cabin_ha_token", "secrets.yaml reference")}
    value_template: "{{ value_json.state }}"

zha:
  zigpy_config:
    network:
      channel: 20
      key: ${P("zigbee_network_key", zigbeeKey(), "ZHA network key pinned after coordinator migration")}
  enable_quirks: true

recorder:
  purge_keep_days: 14
  db_url: ${N("mariadb_password", "!secret recorder_db_url", "secrets.yaml reference")}
`;
});

emit("homeassistant/.storage/auth", ({ P, N }) => {
  const owner = hex(32),
    supervisor = hex(32),
    cred = hex(32);
  return J({
    version: 1,
    minor_version: 1,
    key: "auth",
    data: {
      users: [
        {
          id: N("ha_user_id", owner, "32-hex user id, not a credential"),
          group_ids: ["system-admin"],
          is_owner: true,
          is_active: true,
          name: "Erik",
          system_generated: false,
          local_only: false,
        },
        {
          id: supervisor,
          group_ids: ["system-admin"],
          is_owner: false,
          is_active: true,
          name: "Supervisor",
          system_generated: true,
          local_only: false,
        },
      ],
      groups: [
        { id: "system-admin", name: "Administrators" },
        { id: "system-users", name: "Users" },
        { id: "system-read-only", name: "Read Only" },
      ],
      credentials: [
        {
          id: cred,
          user_id: owner,
          auth_provider_type: "homeassistant",
          auth_provider_id: null,
          data: { username: "erik" },
        },
      ],
      refresh_tokens: [
        {
          id: N(
            "ha_refresh_token_id",
            hex(32),
            "refresh token record id (public in logs), the token field is the secret",
          ),
          user_id: owner,
          client_id: "https://home-assistant.io/iOS",
          client_name: null,
          client_icon: null,
          token_type: "normal",
          created_at: "2024-03-02T18:44:09.113625+00:00",
          access_token_expiration: 1800.0,
          token: P("ha_refresh_token", hex(128)),
          jwt_key: P("ha_jwt_key", hex(128)),
          last_used_at: "2024-09-14T06:12:51.402211+00:00",
          last_used_ip: "192.168.1.23",
          credential_id: cred,
          version: "2024.9.1",
        },
        {
          id: hex(32),
          user_id: owner,
          client_id: null,
          client_name: "node-red",
          client_icon: null,
          token_type: "long_lived_access_token",
          created_at: "2023-11-20T09:01:33.550012+00:00",
          access_token_expiration: 315360000.0,
          token: P("ha_refresh_token", hex(128)),
          jwt_key: P("ha_jwt_key", hex(128)),
          last_used_at: "2024-09-14T06:15:00.019876+00:00",
          last_used_ip: "172.30.33.4",
          credential_id: null,
          version: "2023.11.2",
        },
      ],
    },
  });
});

emit("homeassistant/.storage/auth_provider.homeassistant", ({ N }) => {
  const h = bcrypt("12");
  return J({
    version: 1,
    minor_version: 1,
    key: "auth_provider.homeassistant",
    data: {
      users: [
        {
          username: "erik",
          password: N(
            "password_hash",
            Buffer.from(h).toString("base64"),
            "base64-encoded bcrypt hash of the login password",
            { decoded: h },
          ),
        },
      ],
    },
  });
});

emit("homeassistant/.storage/core.config_entries", ({ P, N }) => {
  const base = {
    version: 1,
    minor_version: 1,
    options: {},
    pref_disable_new_entities: false,
    pref_disable_polling: false,
    unique_id: null,
    disabled_by: null,
    created_at: "2024-05-11T10:20:31.002345+00:00",
    modified_at: "2024-08-02T21:07:44.517330+00:00",
  };
  return J({
    version: 1,
    minor_version: 4,
    key: "core.config_entries",
    data: {
      entries: [
        {
          ...base,
          entry_id: N("ha_entry_id", ulid(), "config entry ULID"),
          domain: "mqtt",
          title: "core-mosquitto",
          source: "hassio",
          data: {
            broker: "core-mosquitto",
            port: 1883,
            username: "addons",
            password: P("mqtt_password", alnum(64), "supervisor-generated add-on MQTT password"),
            discovery: true,
          },
        },
        {
          ...base,
          entry_id: ulid(),
          domain: "esphome",
          title: "garage-door",
          source: "zeroconf",
          unique_id: mac().toLowerCase(),
          data: {
            host: "garage-door.local",
            port: 6053,
            password: "",
            noise_psk: P("esphome_api_key", b64(32)),
            device_name: "garage-door",
          },
        },
        {
          ...base,
          entry_id: ulid(),
          domain: "unifi",
          title: "Default",
          source: "user",
          data: {
            host: "192.168.1.1",
            username: "hass-svc",
            password: P("unifi_password", pwHuman()),
            port: 443,
            site: "default",
            verify_ssl: false,
          },
        },
        {
          ...base,
          entry_id: ulid(),
          domain: "zwave_js",
          title: "Z-Wave JS",
          source: "hassio",
          data: {
            url: "ws://a0d7b954-zwavejs2mqtt:3000",
            usb_path: "/dev/serial/by-id/usb-Silicon_Labs_CP2102N-if00-port0",
            s0_legacy_key: P("zwave_security_key", zwaveKey()),
            s2_access_control_key: P("zwave_security_key", zwaveKey()),
            s2_authenticated_key: P("zwave_security_key", zwaveKey()),
            s2_unauthenticated_key: P("zwave_security_key", zwaveKey()),
            use_addon: true,
            integration_created_addon: false,
          },
        },
        {
          ...base,
          entry_id: ulid(),
          domain: "met",
          title: "Home",
          source: "onboarding",
          data: { track_home: true },
        },
      ],
    },
  });
});

emit("homeassistant/diagnostics/config_entry-mqtt-01HXQ4.json", ({ N }) =>
  J({
    home_assistant: {
      installation_type: "Home Assistant OS",
      version: "2024.9.1",
      dev: false,
      hassio: true,
      virtualenv: false,
      python_version: "3.12.4",
      docker: true,
      arch: "aarch64",
      os_name: "Linux",
      os_version: "6.6.31-haos-raspi",
      supervisor: "2024.09.1",
    },
    custom_components: {},
    integration_manifest: {
      domain: "mqtt",
      name: "MQTT",
      codeowners: ["@emontnemery", "@jbouwh"],
      config_flow: true,
      iot_class: "local_push",
      quality_scale: "platinum",
    },
    data: {
      connected: true,
      mqtt_config: {
        broker: "core-mosquitto",
        port: 1883,
        username: N("mqtt_password", "**REDACTED**", "diagnostics redaction"),
        password: N("mqtt_password", "**REDACTED**", "diagnostics redaction"),
        discovery: true,
      },
      devices: [{ name: "Kitchen plug", name_by_user: null, disabled: false, entities: [] }],
    },
  }),
);

emit(
  "homeassistant/automations.yaml",
  ({ N }) => `- id: '${R.str(DIG, 13)}'
  alias: Garage door left open
  description: Notify when the garage door is open for more than 10 minutes
  trigger:
    - platform: state
      entity_id: cover.garage_door
      to: open
      for:
        minutes: 10
  action:
    - service: notify.pushover
      data:
        title: Garage
        message: The garage door has been open for 10 minutes.
    - service: telegram_bot.send_message
      data:
        target: ${N("telegram_chat_id", R.str(DIG, 9), "Telegram user id used as message target")}
        message: Garage door still open
  mode: single
- id: '${R.str(DIG, 13)}'
  alias: Hallway motion light
  trigger:
    - type: motion
      platform: device
      device_id: ${N("ha_device_id", hex(32), "device registry id")}
      entity_id: ${hex(32)}
      domain: binary_sensor
  condition:
    - condition: sun
      after: sunset
  action:
    - type: turn_on
      device_id: ${N("ha_device_id", hex(32), "device registry id")}
      entity_id: ${hex(32)}
      domain: light
      brightness_pct: 40
  mode: restart
`,
);

emit(
  "homeassistant/packages/notifications.yaml",
  ({ P, N }) => `# Package: high-priority notifications that bypass the notify platforms
rest_command:
  pushover_emergency:
    url: https://api.pushover.net/1/messages.json
    method: POST
    content_type: application/x-www-form-urlencoded
    payload: "token=${P("pushover_app_token", pushover("a"))}&user=${P("pushover_user_key", pushover("u"))}&priority=2&retry=60&expire=3600&message={{ message | urlencode }}"

  telegram_photo:
    url: "https://api.telegram.org/bot${P("telegram_bot_token", telegram())}/sendPhoto"
    method: POST
    content_type: application/json
    payload: '{"chat_id": "${N("telegram_chat_id", `-100${R.str(DIG, 10)}`, "chat id")}", "photo": "{{ url }}"}'

  cabin_heating_on:
    url: https://cabin.duckdns.org:8123/api/services/climate/set_preset_mode
    method: POST
    headers:
      authorization: !secret cabin_ha_token
    payload: '{"entity_id": "climate.cabin", "preset_mode": "comfort"}'

input_boolean:
  alerts_muted:
    name: Mute alerts
    icon: mdi:bell-off
`,
);

emit(
  "homeassistant/known_devices.yaml",
  ({ N }) => `erik_iphone:
  name: Erik iPhone
  mac: ${N("mac_address", mac(), "MAC address")}
  icon:
  picture:
  track: true
anna_pixel:
  name: Anna Pixel
  mac: ${N("mac_address", mac(), "MAC address")}
  icon:
  picture:
  track: true
`,
);

emit(
  "appdaemon/appdaemon.yaml",
  ({ P }) => `---
secrets: /config/secrets.yaml
appdaemon:
  latitude: ${HOME.lat}
  longitude: ${HOME.lon}
  elevation: 2
  time_zone: Europe/Amsterdam
  plugins:
    HASS:
      type: hass
      ha_url: http://192.168.1.10:8123
      token: ${P("ha_long_lived_token", haJwt())}
      cert_verify: false
http:
  url: http://0.0.0.0:5050
admin:
api:
hadashboard:
logs:
  main_log:
    filename: /conf/logs/appdaemon.log
`,
);

emit(
  "appdaemon/apps/apps.yaml",
  ({ N }) => `heating_schedule:
  module: heating
  class: HeatingSchedule
  thermostats:
    - climate.living_room
    - climate.bedroom
  away_temp: 16

energy_report:
  module: energy
  class: EnergyReport
  influx_url: http://a0d7b954-influxdb:8086
  influx_token: ${N("influxdb_token", "!secret influxdb_token", "AppDaemon secrets reference")}
  pushover_token: ${N("pushover_app_token", "!secret pushover_api_key", "AppDaemon secrets reference")}
`,
);

// ================================================================ Node-RED
emit(
  "nodered/settings.js",
  ({ P, N }) => `/**
 * Node-RED settings for the home automation container.
 * See https://nodered.org/docs/user-guide/runtime/configuration
 **/
module.exports = {
    flowFile: 'flows.json',

    /** By default, credentials are encrypted in storage using a generated key. To
     * specify your own secret, set the following property.
     * If you want to disable encryption of credentials, set this property to false.
     * Note: once you set this property, do not change it - doing so will prevent
     * node-red from being able to decrypt your existing credentials and they will be
     * lost.
     */
    //credentialSecret: "${N("nodered_credential_secret", "a-secret-key", "commented default from the settings template")}",
    credentialSecret: "${P("nodered_credential_secret", pwRand(R.range(24, 32), "-_."))}",

    flowFilePretty: true,

    /** Securing Node-RED: admin login, generated with \`node-red admin hash-pw\` */
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "${N("password_hash", bcrypt(), "bcrypt hash for adminAuth")}",
            permissions: "*"
        }]
    },

    httpNodeAuth: {user: "dash", pass: "${N("password_hash", bcrypt(), "bcrypt hash for httpNodeAuth")}"},

    uiPort: process.env.PORT || 1880,

    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,

    diagnostics: { enabled: true, ui: true },
    runtimeState: { enabled: false, ui: false },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },

    contextStorage: {
        default: { module: "localfilesystem" },
        memory: { module: "memory" }
    },

    exportGlobalContextKeys: false,
    externalModules: {},

    editorTheme: {
        palette: {},
        projects: { enabled: false, workflow: { mode: "manual" } },
        codeEditor: { lib: "monaco", options: {} }
    },

    functionExternalModules: true,
    functionGlobalContext: {
        // shared with function nodes as global.get('influxToken')
        influxToken: "${P("influxdb_token", influxToken())}"
    },
    debugMaxLength: 1000
}
`,
);

emit(
  "nodered/flows_cred.json",
  ({ N }) => `{
    "$": "${N("nodered_encrypted_credentials", hex(32) + b64(R.range(300, 420)), "AES-256-CTR encrypted credentials blob (IV + ciphertext)")}"
}
`,
);

emit("nodered/flows.json", ({ P, N }) => {
  const tab = hex(16),
    srv = hex(16),
    brk = hex(16);
  const jwt = haJwt(),
    tg = telegram();
  return `${JSON.stringify(
    [
      {
        id: N("nodered_node_id", tab, "Node-RED node id"),
        type: "tab",
        label: "Alerts",
        disabled: false,
        info: "",
        env: [],
      },
      {
        id: srv,
        type: "server",
        name: "Home Assistant",
        version: 5,
        addon: false,
        rejectUnauthorizedCerts: true,
        ha_boolean: "y|yes|true|on|home|open",
        connectionDelay: true,
        cacheJson: true,
        heartbeat: false,
        heartbeatInterval: "30",
        areaSelector: "friendlyName",
        deviceSelector: "friendlyName",
        entitySelector: "friendlyName",
        statusSeparator: "at: ",
        statusYear: "hidden",
        statusMonth: "short",
        statusDay: "numeric",
        statusHourCycle: "h23",
        statusTimeFormat: "h:m",
        enableGlobalContextStore: true,
      },
      {
        id: brk,
        type: "mqtt-broker",
        name: "mosquitto",
        broker: "192.168.1.10",
        port: "1883",
        clientid: "nodered",
        autoConnect: true,
        usetls: false,
        protocolVersion: "4",
        keepalive: "60",
        cleansession: true,
      },
      {
        id: hex(16),
        type: "function",
        z: tab,
        name: "build HA service call",
        func: `// direct REST call so it also works when the websocket is down\nmsg.url = "http://192.168.1.10:8123/api/services/light/turn_on";\nmsg.headers = {\n    "Authorization": "Bearer ${P("ha_long_lived_token", jwt)}",\n    "Content-Type": "application/json"\n};\nmsg.payload = { entity_id: "light.hallway", brightness_pct: 60 };\nreturn msg;`,
        outputs: 1,
        timeout: 0,
        noerr: 0,
        initialize: "",
        finalize: "",
        libs: [],
        x: 380,
        y: 120,
        wires: [[hex(16)]],
      },
      {
        id: hex(16),
        type: "http request",
        z: tab,
        name: "telegram sendMessage",
        method: "POST",
        ret: "obj",
        paytoqs: "ignore",
        url: `https://api.telegram.org/bot${P("telegram_bot_token", tg)}/sendMessage`,
        tls: "",
        persist: false,
        proxy: "",
        insecureHTTPParser: false,
        authType: "",
        senderr: false,
        headers: [],
        x: 620,
        y: 200,
        wires: [[]],
      },
      {
        id: hex(16),
        type: "http request",
        z: tab,
        name: "shelly status",
        method: "GET",
        ret: "obj",
        paytoqs: "ignore",
        url: "http://192.168.1.71/status",
        authType: "basic",
        x: 620,
        y: 260,
        wires: [[]],
      },
    ],
    null,
    4,
  )}\n`;
});

// ================================================================ ESPHome
emit(
  "esphome/secrets.yaml",
  ({ P, N }) => `# ESPHome shared secrets (dashboard: /config/esphome/secrets.yaml)
wifi_ssid: "${N("wifi_ssid", SSID_IOT, "SSID is not a secret")}"
wifi_password: "${P("wifi_password", pwHuman())}"
fallback_ap_password: "${P("wifi_ap_password", alnum(12))}"
api_encryption_key: "${P("esphome_api_key", b64(32))}"
ota_password: "${P("esphome_ota_password", hex(32))}"
web_server_password: ${P("web_admin_password", pwRand())}
`,
);

emit(
  "esphome/living-room-climate.yaml",
  ({ N }) => `substitutions:
  name: living-room-climate
  friendly_name: Living Room Climate

esphome:
  name: \${name}
  friendly_name: \${friendly_name}

esp32:
  board: esp32-c3-devkitm-1
  framework:
    type: esp-idf

logger:

api:
  encryption:
    key: ${N("esphome_api_key", "!secret api_encryption_key", "ESPHome secrets reference")}

ota:
  - platform: esphome
    password: ${N("esphome_ota_password", "!secret ota_password", "ESPHome secrets reference")}

wifi:
  ssid: !secret wifi_ssid
  password: ${N("wifi_password", "!secret wifi_password", "ESPHome secrets reference")}
  ap:
    ssid: "Living-Room-Climate"
    password: !secret fallback_ap_password

captive_portal:

i2c:
  sda: GPIO6
  scl: GPIO7

sensor:
  - platform: bme280_i2c
    address: 0x76
    temperature:
      name: Temperature
    humidity:
      name: Humidity
    pressure:
      name: Pressure
    update_interval: 60s
`,
);

emit(
  "esphome/garage-door.yaml",
  ({ P, N }) => `esphome:
  name: garage-door
  friendly_name: Garage Door

esp8266:
  board: d1_mini

logger:
  level: INFO

# Enable Home Assistant API
api:
  encryption:
    key: "${P("esphome_api_key", b64(32))}"

ota:
  - platform: esphome
    password: "${P("esphome_ota_password", hex(32))}"

wifi:
  networks:
    - ssid: ${N("wifi_ssid", SSID_MAIN, "SSID")}
      password: ${P("wifi_password", pwRand(R.range(14, 22), "-_."))}
      bssid: ${N("mac_address", mac(), "access point BSSID (MAC)")}
  manual_ip:
    static_ip: 192.168.30.41
    gateway: 192.168.30.1
    subnet: 255.255.255.0
  ap:
    ssid: "Garage-Door Fallback"
    password: "${P("wifi_ap_password", alnum(12))}"

captive_portal:

switch:
  - platform: gpio
    pin: D1
    id: relay
    restore_mode: ALWAYS_OFF

cover:
  - platform: template
    name: Garage door
    device_class: garage
    lambda: |-
      return id(reed).state ? COVER_OPEN : COVER_CLOSED;
    open_action:
      - switch.turn_on: relay
      - delay: 500ms
      - switch.turn_off: relay
    close_action:
      - switch.turn_on: relay
      - delay: 500ms
      - switch.turn_off: relay

binary_sensor:
  - platform: gpio
    id: reed
    pin:
      number: D5
      mode: INPUT_PULLUP
`,
);

emit(
  "esphome/bluetooth-proxy-kitchen.yaml",
  ({ P }) => `substitutions:
  name: esp32-bluetooth-proxy-${hex(6)}
  friendly_name: Bluetooth Proxy Kitchen
packages:
  esphome.bluetooth-proxy: github://esphome/firmware/bluetooth-proxy/esp32-generic.yaml@main
esphome:
  name: \${name}
  name_add_mac_suffix: false
  friendly_name: \${friendly_name}
api:
  encryption:
    key: ${P("esphome_api_key", b64(32))}

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
`,
);

emit(
  "esphome/README.md",
  ({ N }) => `# ESPHome devices

All device configs pull credentials from \`secrets.yaml\`, which lives next to them on the
Home Assistant host. Copy the block below into a new \`secrets.yaml\` when setting up a fresh
dashboard and replace the values:

\`\`\`yaml
wifi_ssid: "MyNetwork"
wifi_password: "${N("wifi_password", "YOUR_WIFI_PASSWORD", "placeholder")}"
fallback_ap_password: "${N("wifi_ap_password", "changeme", "placeholder")}"
api_encryption_key: "${N("esphome_api_key", "REPLACE_WITH_32_BYTE_BASE64_KEY=", "placeholder")}"
ota_password: "${N("esphome_ota_password", "<your-ota-password>", "placeholder")}"
\`\`\`

Generate a new API key with \`openssl rand -base64 32\` (or let the dashboard wizard do it).

| Device | Board | Notes |
| --- | --- | --- |
| garage-door | d1_mini | reed switch on D5 |
| living-room-climate | esp32-c3 | BME280 @ 0x76 |
| bluetooth-proxy-kitchen | esp32 | passive BLE proxy |
`,
);

// ================================================================ Arduino / PlatformIO / ESP-IDF / MicroPython
emit(
  "arduino/weather-station/arduino_secrets.h",
  ({ P, N }) => `// arduino_secrets.h - do not commit (see .gitignore)
#define SECRET_SSID "${N("wifi_ssid", SSID_MAIN, "SSID")}"
#define SECRET_PASS "${P("wifi_password", pwHuman())}"
#define SECRET_MQTT_USER "weather"
#define SECRET_MQTT_PASS "${P("mqtt_password", pwRand())}"
#define SECRET_OWM_KEY "${P("openweathermap_api_key", hex(32))}"
`,
  { crlf: true },
);

emit(
  "arduino/weather-station/arduino_secrets.h.example",
  ({ N }) => `// Copy to arduino_secrets.h and fill in your own values.
#define SECRET_SSID ""
#define SECRET_PASS "${N("wifi_password", "YOUR_WIFI_PASSWORD", "placeholder")}"
#define SECRET_MQTT_USER "weather"
#define SECRET_MQTT_PASS "${N("mqtt_password", "your-mqtt-password", "placeholder")}"
#define SECRET_OWM_KEY "${N("openweathermap_api_key", "x".repeat(32), "placeholder of the right length")}"
`,
);

emit(
  "arduino/weather-station/weather-station.ino",
  ({ P, N }) => `#include <WiFiNINA.h>
#include <ArduinoMqttClient.h>
#include <Arduino_MKRENV.h>
#include "arduino_secrets.h"

char ssid[] = SECRET_SSID;
char pass[] = SECRET_PASS;
// char pass[] = "${P("wifi_password", pwHuman(), "old router password left in a comment")}";   // old FritzBox, keep until move

WiFiClient wifiClient;
MqttClient mqttClient(wifiClient);

const char broker[] = "192.168.1.10";
const int  port     = 1883;
const char topic[]  = "weather/garden";

// board MAC ${N("mac_address", mac(), "board MAC in a comment")} is reserved on the DHCP server

void setup() {
  Serial.begin(115200);
  if (!ENV.begin()) {
    Serial.println("Failed to initialize MKR ENV shield!");
    while (1);
  }
  while (WiFi.begin(ssid, pass) != WL_CONNECTED) {
    Serial.print(".");
    delay(5000);
  }
  mqttClient.setId("mkr1010-garden");
  mqttClient.setUsernamePassword(SECRET_MQTT_USER, SECRET_MQTT_PASS);
  if (!mqttClient.connect(broker, port)) {
    Serial.print("MQTT connection failed! Error code = ");
    Serial.println(mqttClient.connectError());
    while (1);
  }
}

void loop() {
  mqttClient.poll();
  mqttClient.beginMessage(topic);
  mqttClient.print("{\\"t\\":");
  mqttClient.print(ENV.readTemperature());
  mqttClient.print(",\\"h\\":");
  mqttClient.print(ENV.readHumidity());
  mqttClient.print("}");
  mqttClient.endMessage();
  delay(60000);
}
`,
);

emit(
  "arduino/greenhouse-blynk/greenhouse-blynk.ino",
  ({ P, N, U }) => `/*************************************************************
  Greenhouse controller - Blynk IoT
  ESP32 + DHT22 + soil moisture, vent servo on GPIO 18
 *************************************************************/

#define BLYNK_TEMPLATE_ID "${U("blynk_template_id", `TMPL${alnum(8)}`, "template id is shown in the Blynk console, not a secret")}"
#define BLYNK_TEMPLATE_NAME "Greenhouse"
#define BLYNK_AUTH_TOKEN "${P("blynk_auth_token", blynk())}"

#define BLYNK_PRINT Serial

#include <WiFi.h>
#include <WiFiClient.h>
#include <BlynkSimpleEsp32.h>
#include <DHT.h>
#include <ESP32Servo.h>

char ssid[] = "${N("wifi_ssid", SSID_GUEST, "SSID")}";
char pass[] = "${P("wifi_password", pwRand(R.range(10, 16), "-_."))}";

DHT dht(4, DHT22);
Servo vent;
BlynkTimer timer;

BLYNK_WRITE(V3) {
  vent.write(param.asInt() ? 90 : 0);
}

void sendSensor() {
  float h = dht.readHumidity();
  float t = dht.readTemperature();
  if (isnan(h) || isnan(t)) return;
  Blynk.virtualWrite(V0, t);
  Blynk.virtualWrite(V1, h);
  Blynk.virtualWrite(V2, analogRead(34));
}

void setup() {
  Serial.begin(115200);
  dht.begin();
  vent.attach(18);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
  timer.setInterval(10000L, sendSensor);
}

void loop() {
  Blynk.run();
  timer.run();
}
`,
);

emit(
  "arduino/greenhouse-blynk/README.md",
  ({ N }) => `# Greenhouse (Blynk)

1. Create a template in the Blynk console and a device from it.
2. Paste the three \`#define\`s from *Device Info* at the top of the sketch, e.g.

\`\`\`cpp
#define BLYNK_TEMPLATE_ID "TMPLxxxxxx"
#define BLYNK_TEMPLATE_NAME "Greenhouse"
#define BLYNK_AUTH_TOKEN "${N("blynk_auth_token", "YourAuthToken", "placeholder used in Blynk examples")}"
\`\`\`

3. Set \`ssid\`/\`pass\` and flash with board *ESP32 Dev Module*.
`,
);

emit(
  "platformio/plant-monitor/platformio.ini",
  ({ P, N }) => `; PlatformIO Project Configuration File
;   Build options: build flags, source filter
;   Upload options: custom upload port, speed and extra flags
; https://docs.platformio.org/page/projectconf.html

[platformio]
default_envs = esp32dev

[env]
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^7.0.4
    adafruit/Adafruit seesaw Library@^1.7.5

[env:esp32dev]
platform = espressif32@6.7.0
board = esp32dev
build_flags =
    -DCORE_DEBUG_LEVEL=1
    -DWIFI_SSID=\\"${N("wifi_ssid", SSID_IOT, "SSID")}\\"
    -DWIFI_PASS=\\"${P("wifi_password", pwRand(R.range(12, 18), "-_."))}\\"
    -DMQTT_HOST=\\"192.168.1.10\\"
    -DMQTT_USER=\\"plants\\"
    -DMQTT_PASS=\\"${P("mqtt_password", pwRand(16, "-_"))}\\"

[env:esp32dev_ota]
extends = env:esp32dev
upload_protocol = espota
upload_port = plant-monitor.local
upload_flags =
    --port=3232
    --auth=${P("ota_password", pwRand(14, "-_"))}

[env:ci]
extends = env:esp32dev
build_flags =
    -DWIFI_SSID=\\"ci\\"
    -DWIFI_PASS=\\"${N("wifi_password", "${sysenv.WIFI_PASS}", "environment reference")}\\"
    -DMQTT_PASS=\\"${N("mqtt_password", "${sysenv.MQTT_PASS}", "environment reference")}\\"
`,
);

const RSA_PEM = rsaPem();
emit(
  "platformio/plant-monitor/include/secrets.h",
  ({ P, N, U }) => `#pragma once
#include <pgmspace.h>

#define THINGNAME "plant-monitor-01"

const char AWS_IOT_ENDPOINT[] = "${U("aws_iot_endpoint", `a${lowalnum(13)}-ats.iot.eu-west-1.amazonaws.com`, "account-specific IoT data endpoint; not a credential")}";

// Amazon Root CA 1
static const char AWS_CERT_CA[] PROGMEM = R"EOF(
${N("x509_certificate", fakeCert(), "public root CA certificate")}
)EOF";

// Device Certificate
static const char AWS_CERT_CRT[] PROGMEM = R"KEY(
${N("x509_certificate", fakeCert(), "device certificate (public part)")}
)KEY";

// Device Private Key
static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
${P("aws_iot_private_key", RSA_PEM)}
)KEY";
`,
);

emit(
  "platformio/plant-monitor/src/main.cpp",
  ({ N }) => `#include <Arduino.h>
#include <WiFiClientSecure.h>
#include <PubSubClient.h>
#include <HTTPUpdate.h>
#include <ArduinoJson.h>
#include "secrets.h"

// Expected firmware image digest for the OTA channel (checked before flashing)
static const char *FW_SHA256 = "${N("sha256_digest", sha256hex(), "firmware image SHA-256")}";
static const uint64_t EXPECTED_CHIP_ID = ${N("chip_id", `0x${hex(12).toUpperCase()}`, "eFuse chip id")}ULL;

WiFiClientSecure net;
PubSubClient client(net);

void connectAWS() {
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);

  net.setCACert(AWS_CERT_CA);
  net.setCertificate(AWS_CERT_CRT);
  net.setPrivateKey(AWS_CERT_PRIVATE);
  client.setServer(AWS_IOT_ENDPOINT, 8883);
  while (!client.connect(THINGNAME)) delay(100);
  client.subscribe("plants/" THINGNAME "/cmd");
}

void setup() {
  Serial.begin(115200);
  if (ESP.getEfuseMac() != EXPECTED_CHIP_ID) {
    Serial.println("warning: running on an unexpected board");
  }
  connectAWS();
}

void loop() {
  JsonDocument doc;
  doc["moisture"] = analogRead(34);
  doc["fw"] = FW_SHA256;
  char buf[256];
  serializeJson(doc, buf);
  client.publish("plants/" THINGNAME "/telemetry", buf);
  client.loop();
  delay(30000);
}
`,
);

emit(
  "esp-idf/door-sensor/sdkconfig",
  ({ P, N }) => `#
# Automatically generated file. DO NOT EDIT.
# Espressif IoT Development Framework (ESP-IDF) 5.2.1 Project Configuration
#
CONFIG_SOC_BROWNOUT_RESET_SUPPORTED="Not determined"
CONFIG_IDF_TARGET="esp32c6"
CONFIG_IDF_FIRMWARE_CHIP_ID=0x000D

#
# Example Configuration
#
CONFIG_ESP_WIFI_SSID="${N("wifi_ssid", SSID_IOT, "SSID")}"
CONFIG_ESP_WIFI_PASSWORD="${P("wifi_password", pwRand(R.range(12, 20), "-_."))}"
CONFIG_ESP_MAXIMUM_RETRY=5
CONFIG_ESP_WPA3_SAE_PWE_BOTH=y
CONFIG_BROKER_URL="mqtts://door-sensor:${P("mqtt_password", pwUrl())}@mqtt.home.arpa:8883"
# end of Example Configuration

CONFIG_ESP_TLS_USING_MBEDTLS=y
CONFIG_MQTT_PROTOCOL_311=y
CONFIG_MQTT_TRANSPORT_SSL=y
CONFIG_FREERTOS_HZ=100
`,
);

emit(
  "esp-idf/door-sensor/sdkconfig.defaults",
  ({ N }) => `CONFIG_IDF_TARGET="esp32c6"
CONFIG_ESP_WIFI_SSID="myssid"
CONFIG_ESP_WIFI_PASSWORD="${N("wifi_password", "mypassword", "ESP-IDF example default")}"
CONFIG_BROKER_URL="mqtts://user:${N("mqtt_password", "password", "example default")}@mqtt.example.com:8883"
CONFIG_PARTITION_TABLE_TWO_OTA=y
`,
);

emit(
  "micropython/config.py",
  ({ P, N }) => `# config.py - imported by boot.py / main.py on the Pico W
WIFI_SSID = "${N("wifi_ssid", SSID_MAIN, "SSID")}"
WIFI_PASSWORD = "${P("wifi_password", pwHuman())}"

MQTT_BROKER = "192.168.1.10"
MQTT_PORT = 1883
MQTT_USER = "picow-attic"
MQTT_PASSWORD = '${P("mqtt_password", pwRand())}'
MQTT_TOPIC = b"attic/climate"

# Adafruit IO mirror
AIO_USERNAME = "erik_lq"
AIO_KEY = "${P("adafruit_io_key", adafruit())}"

SAMPLE_INTERVAL_S = 120
`,
);

emit(
  "micropython/webrepl_cfg.py",
  ({ P }) => `PASS = '${P("webrepl_password", alnum(9))}'
`,
);

emit(
  "micropython/main.py",
  ({ N }) => `import time
import network
import ubinascii
import machine
from umqtt.simple import MQTTClient
import config

# Pico W unique id, e.g. ${N("chip_id", hex(16), "board unique id printed in a comment")}
CLIENT_ID = ubinascii.hexlify(machine.unique_id())

def wifi_connect():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect(config.WIFI_SSID, config.WIFI_PASSWORD)
    for _ in range(30):
        if wlan.isconnected():
            return wlan
        time.sleep(1)
    machine.reset()

def main():
    wifi_connect()
    c = MQTTClient(CLIENT_ID, config.MQTT_BROKER, port=config.MQTT_PORT,
                   user=config.MQTT_USER, password=config.MQTT_PASSWORD, keepalive=60)
    c.connect()
    sensor = machine.ADC(4)
    while True:
        v = sensor.read_u16() * 3.3 / 65535
        t = 27 - (v - 0.706) / 0.001721
        c.publish(config.MQTT_TOPIC, b'{"t": %.1f}' % t)
        time.sleep(config.SAMPLE_INTERVAL_S)

main()
`,
);

// ================================================================ Tasmota
emit(
  "tasmota/user_config_override.h",
  ({ P, N }) => `/*
  user_config_override.h - user configuration overrides my_user_config.h for Tasmota
*/
#ifndef _USER_CONFIG_OVERRIDE_H_
#define _USER_CONFIG_OVERRIDE_H_

#undef  STA_SSID1
#define STA_SSID1         "${N("wifi_ssid", SSID_IOT, "SSID")}"
#undef  STA_PASS1
#define STA_PASS1         "${P("wifi_password", pwRand(R.range(12, 18), "-_.!"))}"
#undef  STA_SSID2
#define STA_SSID2         "${SSID_GUEST}"
#undef  STA_PASS2
#define STA_PASS2         "${P("wifi_password", pwHuman())}"

#undef  MQTT_HOST
#define MQTT_HOST         "192.168.1.10"
#undef  MQTT_USER
#define MQTT_USER         "tasmota"
#undef  MQTT_PASS
// #define MQTT_PASS      "${N("mqtt_password", "DVES_PASS", "Tasmota default placeholder")}"
#define MQTT_PASS         "${P("mqtt_password", pwRand(18, "-_"))}"

#undef  WEB_PASSWORD
#define WEB_PASSWORD      "${P("web_admin_password", pwRand(12, "-_"))}"

#undef  APP_TIMEZONE
#define APP_TIMEZONE      99

#ifndef USE_MQTT_TLS
#define USE_MQTT_TLS
#endif

#endif  // _USER_CONFIG_OVERRIDE_H_
`,
  { crlf: true },
);

emit("tasmota/backups/Config_dryer-plug_14.1.0.json", ({ P, N }) =>
  J({
    header: {
      format: { type: "dmp", version: "0x0E010000" },
      template: { version: "0x0E010000", crc: N("checksum", `0x${hex(8).toUpperCase()}`, "config CRC32") },
      data: { crc: `0x${hex(8).toUpperCase()}`, hardware: "ESP8266EX" },
      script: { name: "decode-config.py", version: "v14.1.0" },
    },
    friendlyname: ["Dryer Plug", "", "", "", "", "", "", ""],
    hostname: "dryer-plug-%04d",
    module: 49,
    mqtt_client: "DVES_%06X",
    mqtt_host: "192.168.1.10",
    mqtt_port: 1883,
    mqtt_user: "tasmota",
    mqtt_pwd: P("mqtt_password", pwRand(16, "-_")),
    mqtt_topic: "dryer_plug",
    mqtt_fulltopic: "%prefix%/%topic%/",
    sta_ssid: [SSID_IOT, ""],
    sta_pwd: [P("wifi_password", pwRand(R.range(12, 18), "-_.")), ""],
    sta_config: 0,
    web_password: P("web_admin_password", pwHuman()),
    timezone: 99,
    power_esp32: 0,
  }),
);

emit(
  "tasmota/backlog.txt",
  ({ P }) => `# pasted into the console of each new plug after flashing
Backlog SSID1 ${SSID_IOT}; Password1 ${P("wifi_password", pwRand(14, "-_."))}; MqttHost 192.168.1.10; MqttUser tasmota; MqttPassword ${P("mqtt_password", pwRand(16, "-_"))}; Topic plug_%06X; SetOption19 0; TelePeriod 60
Backlog WebPassword ${P("web_admin_password", pwRand(12, "-_"))}; Timezone 99; Latitude ${HOME.lat}; Longitude ${HOME.lon}
PowerOnState 3
`,
);

// ================================================================ Mosquitto
emit(
  "mosquitto/passwd",
  ({ N }) => `homeassistant:${N("password_hash", mosqHash(), "mosquitto PBKDF2-SHA512 hash")}
zigbee2mqtt:${N("password_hash", mosqHash(), "mosquitto PBKDF2-SHA512 hash")}
tasmota:${N("password_hash", mosqHash(), "mosquitto PBKDF2-SHA512 hash")}
nodered:${N("password_hash", mosqHash(), "mosquitto PBKDF2-SHA512 hash")}
`,
);

emit(
  "mosquitto/mosquitto.conf",
  () => `# /etc/mosquitto/mosquitto.conf
persistence true
persistence_location /mosquitto/data/
log_dest file /mosquitto/log/mosquitto.log
log_type error
log_type warning

per_listener_settings false
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/aclfile

listener 1883
listener 8883
certfile /mosquitto/certs/server.crt
keyfile /mosquitto/certs/server.key

listener 8884
psk_hint home-mqtt
psk_file /mosquitto/config/psk_file

include_dir /mosquitto/config/conf.d
`,
);

emit(
  "mosquitto/conf.d/bridge.conf",
  ({ P }) => `# Bridge to the cloud broker so the phone app works off-LAN
connection cloud-bridge
address ${R.pick(WORDS)}-home.s1.eu.hivemq.cloud:8883
remote_clientid home-bridge-01
remote_username home-bridge
remote_password ${P("mqtt_password", pwRand(20, "-_"), "mosquitto bridge remote_password")}
bridge_protocol_version mqttv311
bridge_capath /etc/ssl/certs
bridge_insecure false
cleansession true
topic homeassistant/# out 1
topic cmd/# in 1

# Second bridge to the cabin Pi over PSK
connection cabin
address 10.8.0.2:8884
bridge_identity home
bridge_psk ${P("mqtt_psk", hex(32))}
topic cabin/# both 0
`,
);

emit(
  "mosquitto/psk_file",
  ({ P }) => `home:${P("mqtt_psk", hex(32))}
esp-door:${P("mqtt_psk", hex(32))}
`,
);

// ================================================================ Zigbee2MQTT / Z-Wave JS
emit(
  "zigbee2mqtt/configuration.yaml",
  ({ P, N }) => `version: 4
homeassistant:
  enabled: true
frontend:
  enabled: true
  port: 8080
  auth_token: ${P("z2m_frontend_token", pwRand(24, "-_"))}
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://core-mosquitto:1883
  user: zigbee2mqtt
  password: ${P("mqtt_password", pwRand(18))}
serial:
  port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_${hex(32)}-if00-port0
  adapter: zstack
advanced:
  channel: 25
  pan_id: ${N("zigbee_pan_id", R.range(1000, 65000), "PAN id, broadcast in beacons")}
  ext_pan_id: ${N("zigbee_ext_pan_id", `[${Array.from(R.bytes(8)).join(", ")}]`, "extended PAN id, broadcast in beacons")}
  network_key: ${P("zigbee_network_key", zigbeeKey())}
  log_level: warning
  last_seen: ISO_8601
devices:
  '${N("zigbee_ieee_address", `0x${hex(16)}`, "device IEEE address")}':
    friendly_name: hallway/motion
  '0x${hex(16)}':
    friendly_name: kitchen/plug
groups: {}
`,
);

emit(
  "zigbee2mqtt/configuration.example.yaml",
  ({ N }) => `# Minimal example - copy to configuration.yaml
homeassistant:
  enabled: true
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://localhost:1883
  user: zigbee2mqtt
  password: ${N("mqtt_password", "'!secret password'", "Zigbee2MQTT secret.yaml reference")}
serial:
  port: /dev/ttyACM0
advanced:
  network_key: ${N("zigbee_network_key", "GENERATE", "Z2M generates the key on first start")}
  pan_id: GENERATE
  ext_pan_id: GENERATE
`,
);

emit(
  "zwave-js-ui/settings.json",
  ({ P }) =>
    J({
      mqtt: {
        name: "zwave-js-ui",
        host: "mqtt://core-mosquitto",
        port: 1883,
        qos: 1,
        prefix: "zwave",
        reconnectPeriod: 3000,
        retain: true,
        clean: true,
        auth: true,
        username: "zwavejs",
        password: P("mqtt_password", pwRand(16)),
        _ca: "",
        ca: "",
        _cert: "",
        cert: "",
        _key: "",
        key: "",
      },
      gateway: {
        type: 0,
        plugins: [],
        authEnabled: true,
        payloadType: 0,
        nodeNames: true,
        hassDiscovery: false,
        discoveryPrefix: "homeassistant",
        logEnabled: true,
        logLevel: "info",
        logToFile: false,
        values: [],
        jobs: [],
      },
      zwave: {
        port: "/dev/serial/by-id/usb-Zooz_800_Z-Wave_Stick_533D004242-if00",
        allowBootloaderOnly: false,
        commandsTimeout: 30,
        logLevel: "info",
        rf: { region: 1, txPower: {} },
        securityKeys: {
          S2_Unauthenticated: P("zwave_security_key", zwaveKey()),
          S2_Authenticated: P("zwave_security_key", zwaveKey()),
          S2_AccessControl: P("zwave_security_key", zwaveKey()),
          S0_Legacy: P("zwave_security_key", zwaveKey()),
        },
        securityKeysLongRange: {
          S2_Authenticated: P("zwave_security_key", zwaveKey()),
          S2_AccessControl: P("zwave_security_key", zwaveKey()),
        },
        deviceConfigPriorityDir: "/usr/src/app/store/config",
        logToFile: true,
        maxFiles: 7,
        serverEnabled: true,
        serverPort: 3000,
        enableStatistics: false,
      },
      backup: { storeBackup: true, storeCron: "0 0 * * *", storeKeep: 7, nvmBackup: false },
      ui: { darkMode: true, navTabs: false, compactMode: false, streamerMode: false },
    }),
  { crlf: true },
);

// ================================================================ MQTT clients
emit(
  "scripts/mqtt_energy_bridge.py",
  ({ P, N }) => `#!/usr/bin/env python3
"""Read the P1 smart meter over serial and publish to MQTT every 10s."""
import json
import os
import time

import paho.mqtt.client as mqtt
import serial

BROKER = "192.168.1.10"
PORT = 8883

def make_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="p1-bridge")
    client.username_pw_set("p1meter", "${P("mqtt_password", pwRand(16, "-_."))}")
    client.tls_set(ca_certs="/etc/ssl/certs/ca-certificates.crt")
    client.will_set("energy/p1/status", "offline", retain=True)
    return client

def make_backup_client():
    # backup broker on the NAS, credentials from the systemd unit
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="p1-bridge-nas")
    client.username_pw_set("p1meter", ${N("mqtt_password", 'os.environ["NAS_MQTT_PASSWORD"]', "environment lookup")})
    return client

def main():
    client = make_client()
    client.connect(BROKER, PORT, keepalive=60)
    client.loop_start()
    with serial.Serial("/dev/ttyUSB0", 115200, timeout=12) as port:
        while True:
            telegram = port.read_until(b"!").decode(errors="ignore")
            reading = {"raw_len": len(telegram), "ts": int(time.time())}
            client.publish("energy/p1/state", json.dumps(reading), qos=0)
            time.sleep(10)

if __name__ == "__main__":
    main()
`,
);

emit(
  "dashboard/src/mqttClient.js",
  ({ P, N }) => `import mqtt from 'mqtt';

// Wall tablet dashboard talks to the broker over websockets.
const BROKER_URL = import.meta.env.VITE_MQTT_URL ?? 'wss://mqtt.home.arpa:8884/mqtt';

export function connect() {
  const client = mqtt.connect(BROKER_URL, {
    clientId: \`wall-tablet-\${Math.floor(Date.now() / 1000)}\`,
    username: 'dashboard',
    password: '${P("mqtt_password", pwRand(16, "-_"))}',
    reconnectPeriod: 2000,
  });
  client.on('connect', () => client.subscribe(['home/+/state', 'frigate/events']));
  return client;
}

// Kiosk build for the hallway (no env at build time)
export const kioskClient = () => mqtt.connect('wss://kiosk:${P("mqtt_password", pwUrl())}@mqtt.home.arpa:8884/mqtt');

export const devClient = () =>
  mqtt.connect('ws://localhost:9001', { username: 'dev', password: ${N("mqtt_password", "import.meta.env.VITE_MQTT_PASSWORD", "environment lookup")} });
`,
);

// ================================================================ AWS IoT
emit(
  "aws-iot/certs/gateway-private.pem.key",
  ({ P }) => `${P("aws_iot_private_key", ecPem())}
`,
);
emit(
  "aws-iot/certs/gateway-certificate.pem.crt",
  ({ N }) => `${N("x509_certificate", fakeCert(), "device certificate (public)")}
`,
);
emit(
  "aws-iot/certs/AmazonRootCA1.pem",
  ({ N }) => `${N("x509_certificate", fakeCert(), "public Amazon root CA")}
`,
);

emit(
  "aws-iot/provision.sh",
  ({ P, N, U }) => `#!/usr/bin/env bash
# Provision a new thing + certificate in AWS IoT Core for the gateway Pi.
# Example creds in the AWS docs look like ${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example key id")} / ${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example secret")}
set -euo pipefail

export AWS_DEFAULT_REGION=eu-west-1
export AWS_ACCESS_KEY_ID=${P("aws_access_key_id", awsKeyId())}
export AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", awsSecret())}

THING=\${1:-gateway-pi}
ENDPOINT=${U("aws_iot_endpoint", `a${lowalnum(13)}-ats.iot.eu-west-1.amazonaws.com`, "IoT data endpoint")}

aws iot create-thing --thing-name "$THING"
aws iot create-keys-and-certificate --set-as-active \\
  --certificate-pem-outfile certs/$THING-certificate.pem.crt \\
  --private-key-outfile certs/$THING-private.pem.key \\
  --query certificateArn --output text > certs/$THING.arn
aws iot attach-policy --policy-name HomeGatewayPolicy --target "$(cat certs/$THING.arn)"
aws iot attach-thing-principal --thing-name "$THING" --principal "$(cat certs/$THING.arn)"
echo "endpoint: $ENDPOINT"
`,
);

// ================================================================ Azure IoT Hub
const HUB = `${R.pick(WORDS)}-home-hub`;
emit("azure-iot/device/appsettings.json", ({ P, U }) =>
  J({
    Logging: { LogLevel: { Default: "Information", Microsoft: "Warning" } },
    IoTHub: {
      ConnectionString: `HostName=${HUB}.azure-devices.net;DeviceId=boiler-room-01;SharedAccessKey=${P("azure_iot_device_key", b64(32))}`,
      TransportType: "Mqtt_Tcp_Only",
    },
    Dps: {
      GlobalEndpoint: "global.azure-devices-provisioning.net",
      IdScope: U("azure_dps_id_scope", `0ne00${HEXU(6)}`, "DPS ID scope, not secret"),
      RegistrationId: "boiler-room-02",
      SymmetricKey: P("azure_dps_symmetric_key", b64(64)),
    },
    TelemetryIntervalSeconds: 30,
  }),
);

emit(
  "azure-iot/edge/config.toml",
  ({ P }) => `# /etc/aziot/config.toml
hostname = "edge-gw-garage"

[provisioning]
source = "manual"
connection_string = "HostName=${HUB}.azure-devices.net;DeviceId=edge-gw-garage;SharedAccessKey=${P("azure_iot_device_key", b64(32))}"

[agent]
name = "edgeAgent"
type = "docker"

[agent.config]
image = "mcr.microsoft.com/azureiotedge-agent:1.5"

[connect]
workload_uri = "unix:///var/run/iotedge/workload.sock"
management_uri = "unix:///var/run/iotedge/mgmt.sock"
`,
);

emit("azure-iot/send_telemetry.py", ({ P, N }) => {
  const sig = b64(32);
  return `import os
import json
import time
import requests
from azure.iot.device import IoTHubDeviceClient, Message

CONN_STR = os.getenv(
    "IOTHUB_DEVICE_CONNECTION_STRING",
    "HostName=<hub>.azure-devices.net;DeviceId=<device>;SharedAccessKey=${N("azure_iot_device_key", "<device-key>", "placeholder default")}",
)

# HTTP fallback when MQTT is blocked on the guest VLAN. SAS generated with
# az iot hub generate-sas-token -d boiler-room-01 --du 31536000
SAS = "SharedAccessSignature sr=${HUB}.azure-devices.net%2Fdevices%2Fboiler-room-01&sig=${P("azure_iot_sas_signature", encodeURIComponent(sig), "URL-encoded SAS signature", { decoded: sig })}&se=${R.range(1735000000, 1767000000)}"

def send_http(payload):
    r = requests.post(
        "https://${HUB}.azure-devices.net/devices/boiler-room-01/messages/events?api-version=2020-03-13",
        headers={"Authorization": SAS, "Content-Type": "application/json"},
        data=json.dumps(payload), timeout=10)
    r.raise_for_status()

def main():
    client = IoTHubDeviceClient.create_from_connection_string(CONN_STR)
    client.connect()
    while True:
        msg = Message(json.dumps({"flow_temp": 61.5, "return_temp": 44.2}))
        msg.content_type = "application/json"
        client.send_message(msg)
        time.sleep(30)

if __name__ == "__main__":
    main()
`;
});

emit(
  "azure-iot/README.md",
  ({ P, N }) => `# Azure IoT Hub – boiler telemetry

Devices authenticate with symmetric keys. Each device reads its connection string from
\`IOTHUB_DEVICE_CONNECTION_STRING\`; the format is:

    HostName=<hub>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=${N("azure_iot_device_key", "x".repeat(44), "placeholder")}

## Back-end service

The Function app uses the \`service\` policy. For local debugging I used:

\`\`\`
HostName=${HUB}.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${P("azure_iot_hub_owner_key", b64(32), "hub-level iothubowner key pasted into docs")}
\`\`\`

(rotate after the demo!)
`,
);

// ================================================================ Particle / Blynk / Tuya
emit("particle/particle.config.json", ({ P }) =>
  J({ username: `erik.${R.pick(WORDS)}@example.net`, access_token: P("particle_access_token", particle()) }),
);

emit(
  "particle/scripts/flash-fleet.sh",
  ({ P, N }) => `#!/bin/sh
# OTA flash every tank-level sensor in the product
PARTICLE_TOKEN=${P("particle_access_token", particle())}
PRODUCT=${R.range(10000, 39999)}

for DEV in ${N("particle_device_id", hex(24), "Particle device id")} ${hex(24)} ${hex(24)}; do
  curl -s -X PUT "https://api.particle.io/v1/products/$PRODUCT/devices/$DEV" \\
       -H "Authorization: Bearer $PARTICLE_TOKEN" \\
       -d file=@target/tank-level.bin -d file_type=binary
done
`,
);

emit("tuya/tinytuya.json", ({ P, N, U }) =>
  J({
    apiKey: U("tuya_access_id", lowalnum(20), "Tuya cloud project access id (client id)"),
    apiSecret: P("tuya_access_secret", lowalnum(32)),
    apiRegion: "eu",
    apiDeviceID: N("tuya_device_id", `bf${lowalnum(20)}`, "Tuya device id"),
  }),
);

emit(
  "tuya/devices.json",
  ({ P, N }) =>
    `${JSON.stringify(
      [
        {
          name: "Bedroom Heater",
          id: N("tuya_device_id", `bf${lowalnum(20)}`, "Tuya device id"),
          key: P("tuya_local_key", tuyaLocalKey()),
          mac: N("mac_address", mac().toLowerCase(), "MAC"),
          uuid: lowalnum(16),
          category: "qn",
          product_name: "Smart Heater",
          ip: "192.168.30.61",
          version: "3.3",
        },
        {
          name: "Porch Light",
          id: `bf${lowalnum(20)}`,
          key: P("tuya_local_key", tuyaLocalKey()),
          mac: mac().toLowerCase(),
          uuid: lowalnum(16),
          category: "dj",
          product_name: "Smart Bulb",
          ip: "192.168.30.62",
          version: "3.4",
        },
        {
          name: "Dehumidifier",
          id: `bf${lowalnum(20)}`,
          key: P("tuya_local_key", tuyaLocalKey()),
          mac: mac().toLowerCase(),
          uuid: lowalnum(16),
          category: "cs",
          product_name: "Dehumidifier",
          ip: "192.168.30.63",
          version: "3.3",
        },
      ],
      null,
      4,
    )}\n`,
);

// ================================================================ Alerts: Telegram / Pushover
emit(
  "scripts/alert-telegram.sh",
  ({ P, N }) => `#!/usr/bin/env bash
# usage: alert-telegram.sh "message"  (called from the UPS and backup cron jobs)
BOT_TOKEN="${P("telegram_bot_token", telegram())}"
CHAT_ID="${N("telegram_chat_id", R.str(DIG, 10), "chat id")}"

curl -s -X POST "https://api.telegram.org/bot\${BOT_TOKEN}/sendMessage" \\
     -d chat_id="$CHAT_ID" \\
     -d parse_mode=Markdown \\
     --data-urlencode text="$(hostname): $1" > /dev/null
`,
);

emit(
  "scripts/notify_pushover.py",
  ({ P, N }) => `"""Tiny Pushover helper used by the backup and UPS scripts."""
import os
import sys
import urllib.parse
import urllib.request

APP_TOKEN = os.environ.get("PUSHOVER_TOKEN", "${P("pushover_app_token", pushover("a"))}")
USER_KEY = os.environ.get("PUSHOVER_USER", "${P("pushover_user_key", pushover("u"))}")
TEST_TOKEN = "${N("pushover_app_token", "YOUR_APP_TOKEN", "placeholder")}"

def send(message, title="homelab", priority=0):
    data = urllib.parse.urlencode({
        "token": APP_TOKEN, "user": USER_KEY,
        "message": message, "title": title, "priority": priority,
    }).encode()
    with urllib.request.urlopen("https://api.pushover.net/1/messages.json", data, timeout=10) as r:
        return r.status == 200

if __name__ == "__main__":
    send(" ".join(sys.argv[1:]) or "test")
`,
);

// ================================================================ InfluxDB / Telegraf / Grafana
emit("telegraf/telegraf.conf", ({ P }) => {
  const pass = pwUrl();
  return `[agent]
  interval = "10s"
  round_interval = true
  flush_interval = "10s"
  hostname = "nas"

[[outputs.influxdb_v2]]
  urls = ["http://192.168.1.10:8086"]
  token = "${P("influxdb_token", influxToken())}"
  organization = "home"
  bucket = "telegraf"

[[inputs.mqtt_consumer]]
  servers = ["tcp://192.168.1.10:1883"]
  topics = ["zigbee2mqtt/+", "energy/p1/state"]
  username = "telegraf"
  password = "${P("mqtt_password", pwRand(16, "-_"))}"
  data_format = "json"

[[inputs.http]]
  urls = ["http://192.168.1.71/status"]
  headers = {"Authorization" = "Basic ${P("basic_auth", basic("admin", pass), "Shelly web UI credentials", { decoded: `admin:${pass}` })}"}
  data_format = "json"
  name_override = "shelly_em"

[[inputs.cpu]]
  percpu = false
[[inputs.mem]]
[[inputs.disk]]
  ignore_fs = ["tmpfs", "devtmpfs", "overlay"]
`;
});

emit(
  "influxdb/influx-configs",
  ({ P }) => `[default]
  url = "http://localhost:8086"
  token = "${P("influxdb_token", influxToken())}"
  org = "home"
  active = true

[cloud]
  url = "https://eu-central-1-1.aws.cloud2.influxdata.com"
  token = "${P("influxdb_token", influxToken())}"
  org = "erik@example.net"
`,
);

emit(
  "grafana/provisioning/datasources/influxdb.yaml",
  ({ P, N }) => `apiVersion: 1

datasources:
  - name: InfluxDB-HA
    type: influxdb
    access: proxy
    url: http://a0d7b954-influxdb:8086
    jsonData:
      version: Flux
      organization: home
      defaultBucket: homeassistant
      tlsSkipVerify: true
    secureJsonData:
      token: ${P("influxdb_token", influxToken())}

  - name: InfluxDB-Telegraf
    type: influxdb
    access: proxy
    url: http://192.168.1.10:8086
    jsonData:
      version: Flux
      organization: home
      defaultBucket: telegraf
    secureJsonData:
      token: ${N("influxdb_token", "$INFLUX_TELEGRAF_TOKEN", "Grafana provisioning env expansion")}
`,
);

emit(
  "grafana/scripts/backup-dashboards.sh",
  ({ P }) => `#!/usr/bin/env bash
# Nightly export of all dashboards to git
set -e
GRAFANA_URL=http://192.168.1.10:3000
GRAFANA_TOKEN=${P("grafana_service_account_token", grafanaSA())}
OUT=/srv/backup/grafana/$(date +%F)
mkdir -p "$OUT"
for uid in $(curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/dashboards/uid/$uid" > "$OUT/$uid.json"
done
`,
);

emit(
  "grafana/scripts/test_token_format.py",
  ({ N }) => `import re
import zlib

SA_RE = re.compile(r"^glsa_([A-Za-z0-9]{32})_([0-9a-f]{8})$")

def valid(tok: str) -> bool:
    m = SA_RE.match(tok)
    if not m:
        return False
    crc = zlib.crc32(("glsa_" + m.group(1)).encode()).to_bytes(4, "little").hex()
    return crc == m.group(2)

def test_rejects_bad_checksum():
    assert not valid("${N("grafana_service_account_token", grafanaSA(true), "CRC32 checksum does not match (test fixture)")}")

def test_rejects_placeholder():
    assert not valid("${N("grafana_service_account_token", `glsa_${"x".repeat(32)}_${"x".repeat(8)}`, "placeholder")}")
`,
);

// ================================================================ Network: WireGuard / OpenWrt / UniFi
emit("router/wireguard/wg0.conf", ({ P, N }) => {
  const srv = wgPair(),
    phone = wgPair(),
    cabin = wgPair();
  return `[Interface]
Address = 10.8.0.1/24
ListenPort = 51820
PrivateKey = ${P("wireguard_private_key", srv.priv)}
PostUp = iptables -A FORWARD -i %i -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
PostDown = iptables -D FORWARD -i %i -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

# Erik phone
[Peer]
PublicKey = ${N("wireguard_public_key", phone.pub, "peer public key")}
PresharedKey = ${P("wireguard_preshared_key", b64(32))}
AllowedIPs = 10.8.0.10/32

# Cabin Pi
[Peer]
PublicKey = ${N("wireguard_public_key", cabin.pub, "peer public key")}
AllowedIPs = 10.8.0.2/32, 192.168.50.0/24
PersistentKeepalive = 25
`;
});

emit(
  "openwrt/etc/config/wireless",
  ({ P, N }) => `
config wifi-device 'radio0'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi'
	option channel '36'
	option band '5g'
	option htmode 'HE80'
	option cell_density '0'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid '${N("wifi_ssid", SSID_MAIN, "SSID")}'
	option encryption 'sae-mixed'
	option key '${P("wifi_password", pwHuman())}'
	option ieee80211r '1'
	option macaddr '${N("mac_address", mac().toLowerCase(), "MAC")}'

config wifi-iface 'iot_radio1'
	option device 'radio1'
	option network 'iot'
	option mode 'ap'
	option ssid '${SSID_IOT}'
	option encryption 'psk2'
	option key '${P("wifi_password", pwRand(R.range(16, 24), "-_."))}'
	option isolate '1'

config wifi-iface 'legacy_radio1'
	option device 'radio1'
	option network 'legacy'
	option mode 'ap'
	option ssid 'printer-legacy'
	option encryption 'wep-open'
	option key '${N("wifi_password", "1", "WEP key index selector, not a key")}'
	option key1 's:${P("wep_key", alnum(13))}'
	option disabled '1'
`,
);

emit("openwrt/etc/config/network", ({ P, N }) => {
  const me = wgPair(),
    peer = wgPair();
  return `
config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'
	option netmask '255.0.0.0'

config interface 'wan'
	option device 'eth1'
	option proto 'pppoe'
	option username '${R.str(DIG, 10)}@fiber.${R.pick(WORDS)}.nl'
	option password '${P("pppoe_password", pwRand(12, ""))}'
	option ipv6 'auto'

config interface 'wg_cabin'
	option proto 'wireguard'
	option private_key '${P("wireguard_private_key", me.priv)}'
	option listen_port '51821'
	list addresses '10.9.0.1/30'

config wireguard_wg_cabin
	option description 'cabin'
	option public_key '${N("wireguard_public_key", peer.pub, "peer public key")}'
	option preshared_key '${P("wireguard_preshared_key", b64(32))}'
	list allowed_ips '10.9.0.2/32'
	option route_allowed_ips '1'
	option endpoint_host 'cabin.duckdns.org'
	option persistent_keepalive '25'
`;
});

emit(
  "unifi/up.conf",
  ({ P }) => `# unpoller configuration
[poller]
  debug = false
  quiet = false

[prometheus]
  disable = true

[influxdb]
  disable = false
  url = "http://192.168.1.10:8086"
  org = "home"
  bucket = "unifi"
  auth_token = "${P("influxdb_token", influxToken())}"

[unifi]
  dynamic = false

[unifi.defaults]
  url = "https://192.168.1.1"
  user = "unifipoller"
  pass = "${P("unifi_password", pwRand(18))}"
  sites = ["all"]
  save_dpi = false
  verify_ssl = false
`,
);

emit("unifi/config.gateway.json", ({ P, N }) =>
  J({
    service: { dns: { forwarding: { options: ["host-record=nas.home.arpa,192.168.1.20"] } } },
    system: {
      login: {
        user: {
          erik: {
            authentication: {
              "encrypted-password": N("password_hash", sha512crypt(), "sha512crypt hash"),
              "plaintext-password": "",
            },
            level: "admin",
          },
          backup: {
            authentication: {
              "plaintext-password": P("unifi_password", pwHuman(), "USG local user plaintext password"),
            },
            level: "operator",
          },
        },
      },
    },
    vpn: {
      l2tp: {
        "remote-access": {
          "ipsec-settings": {
            authentication: {
              mode: "pre-shared-secret",
              "pre-shared-secret": P("ipsec_psk", pwRand(24, "")),
            },
          },
        },
      },
    },
  }),
);

// ================================================================ Frigate / Homebridge / compose
emit(
  "frigate/config.yml",
  ({ P, N }) => `mqtt:
  enabled: true
  host: 192.168.1.10
  user: frigate
  password: ${P("mqtt_password", pwRand(16, "-_"))}

detectors:
  coral:
    type: edgetpu
    device: usb

go2rtc:
  streams:
    garden: rtsp://admin:${P("rtsp_password", pwUrl())}@192.168.20.13:554/Streaming/Channels/101
    front_door: rtsp://{FRIGATE_RTSP_USER}:${N("rtsp_password", "{FRIGATE_RTSP_PASSWORD}", "Frigate env substitution")}@192.168.20.11:554/cam/realmonitor?channel=1&subtype=0

cameras:
  garden:
    ffmpeg:
      inputs:
        - path: rtsp://127.0.0.1:8554/garden
          input_args: preset-rtsp-restream
          roles: [record]
        - path: rtsp://admin:${P("rtsp_password", pwUrl())}@192.168.20.13:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
  garage:
    ffmpeg:
      inputs:
        - path: rtsps://192.168.1.1:7441/${N("unifi_protect_rtsp_alias", alnum(16), "UniFi Protect stream alias (only valid on LAN, not a credential by itself)")}?enableSrtp
          roles: [detect, record]
record:
  enabled: true
  retain:
    days: 7
    mode: motion
`,
);

emit("homebridge/config.json", ({ P, N, U }) =>
  J({
    bridge: {
      name: "Homebridge 3F2A",
      username: N("mac_address", mac(), "HomeKit bridge id (MAC format)"),
      port: 51826,
      pin: U(
        "homekit_setup_pin",
        `${R.str(DIG, 3)}-${R.str(DIG, 2)}-${R.str(DIG, 3)}`,
        "HomeKit setup code: pairing only on LAN, debatable",
      ),
      advertiser: "avahi",
    },
    accessories: [],
    platforms: [
      { name: "Config", port: 8581, platform: "config" },
      {
        platform: "UniFi Protect",
        controllers: [
          { address: "192.168.1.1", username: "homebridge", password: P("unifi_password", pwRand(16)) },
        ],
      },
      {
        accessory: "mqttthing",
        type: "lightbulb",
        name: "Desk lamp",
        url: "mqtt://192.168.1.10",
        username: "homebridge",
        password: P("mqtt_password", pwHuman()),
        topics: { getOn: "desk/lamp/state", setOn: "desk/lamp/set" },
      },
    ],
  }),
);

emit(
  "docker-compose.yml",
  ({ P, N }) => `services:
  influxdb:
    image: influxdb:2.7
    restart: unless-stopped
    ports: ["8086:8086"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${P("influxdb_password", pwRand(18))}
      DOCKER_INFLUXDB_INIT_ORG: home
      DOCKER_INFLUXDB_INIT_BUCKET: telegraf
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${P("influxdb_token", influxToken())}
    volumes:
      - ./influxdb:/var/lib/influxdb2

  grafana:
    image: grafana/grafana-oss:11.2.0
    restart: unless-stopped
    ports: ["3000:3000"]
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=${P("grafana_admin_password", pwHuman())}
      - INFLUX_TELEGRAF_TOKEN=\${INFLUX_TELEGRAF_TOKEN}
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning

  frigate:
    image: ghcr.io/blakeblackshear/frigate:0.14.1
    privileged: true
    shm_size: 256mb
    environment:
      FRIGATE_RTSP_USER: viewer
      FRIGATE_RTSP_PASSWORD: "${P("rtsp_password", pwUrl())}"
    volumes:
      - ./frigate:/config
      - /srv/frigate:/media/frigate

  zwave-js-ui:
    image: zwavejs/zwave-js-ui:9
    environment:
      - SESSION_SECRET=${P("zwave_session_secret", hex(40))}
      - TZ=Europe/Amsterdam
    devices:
      - /dev/serial/by-id/usb-Zooz_800_Z-Wave_Stick_533D004242-if00:/dev/zwave

  mosquitto:
    image: eclipse-mosquitto:2
    volumes:
      - ./mosquitto:/mosquitto/config

  mqtt-exporter:
    image: kpetrem/mqtt-exporter
    environment:
      MQTT_ADDRESS: mosquitto
      MQTT_USERNAME: exporter
      MQTT_PASSWORD: ${N("mqtt_password", "${MQTT_EXPORTER_PASSWORD}", "compose variable reference")}
`,
);

emit(
  ".env.example",
  ({ N }) => `# Copy to .env and fill in
DOCKER_INFLUXDB_INIT_PASSWORD=${N("influxdb_password", "changeme", "placeholder")}
DOCKER_INFLUXDB_INIT_ADMIN_TOKEN=${N("influxdb_token", "my-super-secret-auth-token", "InfluxDB docs example")}
GF_SECURITY_ADMIN_PASSWORD=${N("grafana_admin_password", "admin", "Grafana default")}
MQTT_EXPORTER_PASSWORD=
FRIGATE_RTSP_PASSWORD=${N("rtsp_password", "********", "masked placeholder")}
`,
);

emit(
  ".github/workflows/firmware.yml",
  ({ N }) => `name: firmware
on:
  push:
    paths: ["platformio/**", "esphome/**"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install platformio esphome
      - name: Build plant monitor
        working-directory: platformio/plant-monitor
        env:
          WIFI_PASS: ${N("wifi_password", "${{ secrets.WIFI_PASSWORD }}", "GitHub Actions secret reference")}
          MQTT_PASS: ${N("mqtt_password", "${{ secrets.MQTT_PASSWORD }}", "GitHub Actions secret reference")}
        run: pio run -e ci
      - name: Validate ESPHome configs
        run: |
          cp esphome/README.md /dev/null
          printf 'wifi_ssid: ci\\nwifi_password: "%s"\\n' "${N("wifi_password", "${{ secrets.ESPHOME_WIFI_PASSWORD }}", "GitHub Actions secret reference")}" > esphome/secrets.yaml
          esphome config esphome/garage-door.yaml
`,
);

emit("firmware/ota-manifest.json", ({ N }) =>
  J({
    name: "plant-monitor",
    version: "1.4.2",
    builds: [
      {
        chipFamily: "ESP32",
        parts: [{ path: "plant-monitor-esp32-1.4.2.bin", offset: 0 }],
        sha256: N("sha256_digest", sha256hex(), "firmware SHA-256"),
        md5: N("md5_digest", hex(32), "firmware MD5"),
      },
      {
        chipFamily: "ESP32-C3",
        parts: [{ path: "plant-monitor-esp32c3-1.4.2.bin", offset: 0 }],
        sha256: sha256hex(),
        md5: hex(32),
      },
    ],
    commit: N("git_commit_sha", hex(40), "git commit SHA"),
    release_id: N("uuid", uuid(), "release UUID"),
  }),
);

emit(
  "docs/SETUP.md",
  ({ N }) => `# Home lab setup notes

## Home Assistant long-lived token
Profile -> Security -> Long-lived access tokens -> Create. Put it in \`secrets.yaml\`:

    cabin_ha_token: "Bearer ${N("ha_long_lived_token", "<your-long-lived-access-token>", "placeholder")}"

## Telegram alerts
Talk to @BotFather, \`/newbot\`, and copy the token. It looks like
\`${N("telegram_bot_token", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "Telegram Bot API documentation example")}\`.

## Grafana backups
Create a service account with the Viewer role and a token; export it as
\`GRAFANA_TOKEN=${N("grafana_service_account_token", "glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx", "placeholder")}\`.

## Wi-Fi for new ESP devices
Join \`${SSID_IOT}\` with password \`${N("wifi_password", "REDACTED", "redacted in docs")}\`; the password is in the
1Password vault "Home".

## MQTT
Add a user with \`mosquitto_passwd -b /mosquitto/config/passwd <user> <password>\`.
`,
  { crlf: true },
);

// ---------------------------------------------------------------- unusual places
emit("pi/.bash_history", ({ P }) => {
  const u = pwUrl();
  return `sudo apt update && sudo apt full-upgrade -y
docker compose pull
docker compose up -d
mosquitto_sub -h localhost -t 'zigbee2mqtt/#' -v
mosquitto_pub -h localhost -u admin -P ${P("mqtt_password", pwRand(14, "-_."))} -t cmd/test -m ping
curl -s -H "Authorization: Bearer ${P("grafana_service_account_token", grafanaSA())}" http://localhost:3000/api/health
influx write -b telegraf -o home -t ${P("influxdb_token", influxToken())} 'test,host=pi v=1'
wg show
sudo systemctl restart zigbee2mqtt
curl -u admin:${P("web_admin_password", u)} http://192.168.1.71/rpc/Shelly.GetStatus
particle login --token ${P("particle_access_token", particle())}
history -c
`;
});

emit(
  "pi/crontab",
  ({ P }) => `# m h  dom mon dow   command
*/5 * * * * /usr/bin/curl -s -XPOST "http://localhost:8086/api/v2/write?org=home&bucket=pi" -H "Authorization: Token ${P("influxdb_token", influxToken())}" --data-binary "pi_temp value=$(vcgencmd measure_temp | egrep -o '[0-9.]+')"
0 3 * * * /home/pi/bin/backup-dashboards.sh >> /var/log/grafana-backup.log 2>&1
30 3 * * 0 /home/pi/bin/alert-telegram.sh "weekly backup done"
`,
);

// ================================================================ write + self-check
fs.rmSync(OUT, { recursive: true, force: true });
for (const f of FILES) {
  const p = path.join(OUT, f.rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.text);
}
LABELS.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
NEUTRALS.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(path.join(ROOT, "labels.json"), `${JSON.stringify(LABELS, null, 2)}\n`);
fs.writeFileSync(path.join(ROOT, "neutrals.json"), `${JSON.stringify(NEUTRALS, null, 2)}\n`);

const errors = [];
const readLines = (rel) =>
  fs
    .readFileSync(path.join(OUT, rel), "utf8")
    .split("\n")
    .map((l) => l.replace(/\r$/, ""));
for (const l of [...LABELS, ...NEUTRALS.map((n) => ({ ...n, secret: n.value }))]) {
  const lines = readLines(l.file);
  const first = l.secret.split("\n")[0];
  if (!(lines[l.line - 1] ?? "").includes(first))
    errors.push(`not on line: ${l.file}:${l.line} ${first.slice(0, 40)}`);
  if (
    l.secret.includes("\n") &&
    !fs.readFileSync(path.join(OUT, l.file), "utf8").replace(/\r\n/g, "\n").includes(l.secret)
  )
    errors.push(`multi-line value not intact: ${l.file}:${l.line}`);
}
for (const f of FILES) {
  if (/\u27e6|\u27e7/.test(f.text)) errors.push(`leftover marker in ${f.rel}`);
  if (
    f.rel.endsWith(".json") ||
    [
      "homeassistant/.storage/auth",
      "homeassistant/.storage/core.config_entries",
      "homeassistant/.storage/auth_provider.homeassistant",
    ].includes(f.rel)
  ) {
    try {
      JSON.parse(f.text);
    } catch (e) {
      errors.push(`bad JSON ${f.rel}: ${e.message}`);
    }
  }
}
const posVals = new Map(),
  negVals = new Set(LABELS.filter((l) => !l.positive).map((l) => l.secret));
for (const l of LABELS.filter((x) => x.positive)) {
  if (posVals.has(l.secret))
    errors.push(`duplicate positive ${l.type} in ${l.file} and ${posVals.get(l.secret)}`);
  posVals.set(l.secret, l.file);
  if (negVals.has(l.secret)) errors.push(`positive also negative: ${l.secret}`);
}
for (const n of NEUTRALS)
  if (posVals.has(n.value) || negVals.has(n.value)) errors.push(`neutral also labelled: ${n.value}`);
for (const l of LABELS.filter((x) => x.type === "aws_iot_private_key")) {
  try {
    createPrivateKey(l.secret);
  } catch (e) {
    errors.push(`private key does not parse: ${l.file}: ${e.message}`);
  }
}
for (const l of LABELS.filter((x) => x.type === "grafana_service_account_token" && x.positive)) {
  const [, , s, c] = l.secret.match(/^(glsa)_([A-Za-z0-9]{32})_([0-9a-f]{8})$/) ?? [];
  const le = Buffer.alloc(4);
  le.writeUInt32LE(crc32(`glsa_${s}`));
  if (le.toString("hex") !== c) errors.push(`bad grafana checksum ${l.secret}`);
}

const pos = LABELS.filter((l) => l.positive).length;
console.log(
  `seed=${SEED} files=${FILES.length} labels=${LABELS.length} positives=${pos} negatives=${LABELS.length - pos} neutrals=${NEUTRALS.length}`,
);
if (errors.length) {
  for (const e of errors) console.error("CHECK FAILED:", e);
  process.exit(1);
}

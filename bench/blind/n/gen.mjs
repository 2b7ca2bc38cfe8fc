#!/usr/bin/env node
// gen.mjs: blind labelled corpus for a secret scanner.
// Set "n": game development and desktop/mobile release engineering. Covers a Unity project (C#, ScriptableObject
// .asset YAML, .meta, ProjectSettings, UPM manifests), an Unreal project (DefaultEngine/DefaultGame/DefaultCrypto.ini,
// Steam build scripts), a Godot project (export_presets.cfg, .gd, project.godot), an Electron launcher
// (electron-builder, notarize, .env, .npmrc, lockfiles, latest.yml), a Sparkle macOS app (Info.plist, appcast,
// fastlane, .p8), a Tauri app (updater keys), Windows installers (Inno Setup, NSIS, PowerShell/Partner Center),
// Android/Google Play, and a game backend (Steam, PlayFab, Discord, Twitch, EOS, Firebase, GameAnalytics, Sentry).
//
// Usage: node gen.mjs [seed]   (default seed "blind4n"). Rewrites ./files, ./labels.json, ./neutrals.json.
// All randomness comes from an HMAC-SHA256(seed, counter) stream; output is byte-identical per seed.
//
// Formats used (prefix, length, alphabet, checksum):
//  github_pat (classic)      ghp_ + 30 base62 + 6 base62 CRC32 of the 30 random chars (left-padded with '0'); 40 total
//  npm_token                 npm_ + 30 base62 + 6 base62 CRC32 (same scheme as GitHub); 40 total
//  steam_web_api_key         32 uppercase hex, no prefix (context only)
//  discord_bot_token         base64(snowflake user id, no pad) . base64url(4-byte ts, 6 chars) . 27 or 38 base64url
//  discord_webhook_url       https://discord.com|discordapp.com/api/webhooks/<snowflake>/<68 base64url>
//  discord_client_secret     32 chars [A-Za-z0-9_-] (context only); discord_public_key = real Ed25519 pubkey, 64 hex
//  twitch_client_secret      30 chars [a-z0-9] (context); twitch_oauth_token "oauth:" + 30 [a-z0-9]; client id neutral
//  playfab_secret_key        52 chars [A-Z0-9] (context only; format not published); title id 5 hex upper = neutral
//  photon_app_id             UUID v4 (negative, public client identifier)
//  eos_client_secret         43 chars [A-Za-z0-9+/] (context); client id "xyza7891"+24 alnum (neutral);
//                            product/sandbox/deployment ids 32 lowercase hex (negatives); eos_encryption_key 64 hex
//  gameanalytics_secret_key  40 lowercase hex; game key 32 lowercase hex (neutral); docs sandbox keys = negatives
//  sentry_org_auth_token     sntrys_ + std base64(JSON payload {iat,url,region_url,org}) + _ + base64-nopad(32 bytes)
//  sentry_user_auth_token    sntryu_ + 64 lowercase hex; sentry_auth_token (legacy) = 64 lowercase hex
//  sentry_dsn                https://<32 hex>@o<id>.ingest.sentry.io/<id> (neutral)
//  apple_app_specific_password  xxxx-xxxx-xxxx-xxxx, lowercase letters only
//  sparkle_eddsa_private_key base64 of a 32-byte Ed25519 seed (44 chars); SUPublicEDKey = its real public key (negative)
//  sparkle_signature         base64 of a real 64-byte Ed25519 signature (negative)
//  tauri_updater_private_key base64 of minisign text "untrusted comment: rsign encrypted secret key\n" + base64(158 bytes:
//                            "EdScB2" + salt32 + ops u64 + mem u64 + 104 encrypted bytes); pubkey = base64 of minisign pub
//  apple_p8_private_key      PKCS#8 PEM of a real P-256 key (App Store Connect API key); key id 10 upper alnum (neutral)
//  gcp_service_account_key   service-account JSON with a real RSA-2048 PKCS#8 private_key (deterministic keygen)
//  azure_ad_client_secret    3 chars [A-Za-z0-9_~.] + '8Q~' + 34 chars [A-Za-z0-9_~.-] (40 total) (Partner Center/Entra)
//  fcm_server_key            AAAA + 7 [A-Za-z0-9_-] + ':APA91b' + 134 [A-Za-z0-9_-]
//  google_oauth_refresh_token 1//0 + 99 [A-Za-z0-9_-] (firebase login:ci token)
//  aws_access_key_id         AKIA + 16 [A-Z2-7]; aws_secret_access_key 40 [A-Za-z0-9+/]
//  unreal_pak_encryption_key base64 of 32 random bytes (44 chars); pak signing exponent = base64 of real RSA d
//  godot_script_encryption_key 64 lowercase hex; backend/hmac secrets 64 hex; passwords = human or random, context only
//  itch_butler_api_key       40 chars [A-Za-z0-9] (context only)

import {
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
} from "node:crypto";

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The marker around a label number inside generated text (a character no file holds).
const NUL = String.fromCharCode(0);

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "blind4n";
const OUT = path.join(HERE, "files");

// ---------------------------------------------------------------- deterministic randomness
let ctr = 0;
let pool = Buffer.alloc(0);
function bytes(n) {
  while (pool.length < n) {
    pool = Buffer.concat([pool, createHmac("sha256", SEED).update(`ctr:${ctr++}`).digest()]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function int(n) {
  // uniform integer in [0, n) by rejection sampling; 48-bit draws for large n
  const wide = n > 0xffff;
  const span = wide ? 2 ** 48 : 0x10000;
  const lim = Math.floor(span / n) * n;
  for (;;) {
    const v = wide ? bytes(6).readUIntBE(0, 6) : bytes(2).readUInt16BE(0);
    if (v < lim) return v % n;
  }
}
const range = (lo, hi) => lo + int(hi - lo + 1);
const pick = (a) => a[int(a.length)];
function str(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[int(alpha.length)];
  return s;
}

const DIG = "0123456789";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO;
const HEX = "0123456789abcdef";
const HEXU = HEX.toUpperCase();
const _B64 = `${UP + LO + DIG}+/`;
const B64URL = `${UP + LO + DIG}-_`;
const LOALNUM = LO + DIG;
const UPALNUM = UP + DIG;

const hex = (n) => str(HEX, n);
const hexU = (n) => str(HEXU, n);
const b64 = (buf) => buf.toString("base64");
const b64url = (buf) => buf.toString("base64url");
function uuid(upper = false) {
  const b = bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  const u = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return upper ? u.toUpperCase() : u;
}

// ---------------------------------------------------------------- checksums
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
  for (const b of Buffer.from(s, "utf8")) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n) {
  let s = "";
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s;
}
const crcTail = (r) => base62(crc32(r)).padStart(6, "0");
function ghToken(prefix = "ghp_") {
  const r = str(B62, 30);
  return prefix + r + crcTail(r);
}
const npmToken = () => ghToken("npm_");
function validCrcToken(t) {
  const body = t.slice(t.indexOf("_") + 1);
  return body.length === 36 && crcTail(body.slice(0, 30)) === body.slice(30);
}
function badChecksum(t) {
  // flip the final checksum character so the CRC no longer matches
  const last = t[t.length - 1];
  const repl = B62[(B62.indexOf(last) + 7) % 62];
  return t.slice(0, -1) + repl;
}

// ---------------------------------------------------------------- vendor value generators
const WORDS = [
  "Lantern",
  "Forge",
  "Raven",
  "Copper",
  "Nebula",
  "Arcade",
  "Pixel",
  "Quartz",
  "Falcon",
  "Ember",
  "Orchid",
  "Glacier",
  "Moss",
  "Veil",
  "Harbor",
  "Cobalt",
  "Saffron",
  "Tundra",
  "Willow",
  "Basalt",
];
function humanPw() {
  return pick(WORDS) + pick(["!", "-", ".", "_", "*"]) + pick(WORDS) + String(range(10, 9999));
}
function randPw(n = 20, extra = "!*-_.") {
  return pick(UP + LO) + str(B62 + extra, n - 1);
}
const pw = () => (int(2) ? humanPw() : randPw(range(16, 24)));

const steamKey = () => hexU(32);
function snowflake() {
  const ms = BigInt(range(150_000_000, 290_000_000)) * 1000n + BigInt(int(1000));
  return ((ms << 22n) | BigInt(int(1 << 22))).toString();
}
function discordBotToken(long = true) {
  const id = b64(Buffer.from(snowflake())).replace(/=+$/, "");
  const ts = Buffer.alloc(4);
  ts.writeUInt32BE(range(1_640_000_000, 1_720_000_000) - 1_293_840_000);
  return `${id}.${b64url(ts)}.${str(B64URL, long ? 38 : 27)}`;
}
const discordWebhook = (host = "discord.com") =>
  `https://${host}/api/webhooks/${snowflake()}/${str(B64URL, 68)}`;
const twitchSecret = () => str(LOALNUM, 30);
const playfabSecret = () => str(UPALNUM, 52);
const playfabTitle = () => hexU(5);
const eosClientId = () => `xyza7891${str(B62, 24)}`;
const eosSecret = () => str(`${B62}+/`, 43);
const gaGameKey = () => hex(32);
const gaSecret = () => hex(40);
const sentryUser = () => `sntryu_${hex(64)}`;
function sentryOrg(org) {
  const payload = {
    iat: range(1_700_000_000, 1_720_000_000) + int(1_000_000) / 1_000_000,
    url: "https://sentry.io",
    region_url: "https://us.sentry.io",
    org,
  };
  return `sntrys_${b64(Buffer.from(JSON.stringify(payload)))}_${b64(bytes(32)).replace(/=+$/, "")}`;
}
const sentryDsn = () =>
  `https://${hex(32)}@o${range(100000, 4500000)}.ingest.sentry.io/${range(1000000, 4500000)}`;
const appleAsp = () => [0, 1, 2, 3].map(() => str(LO, 4)).join("-");
const azureSecret = () => `${str(`${B62}_~.`, 3)}8Q~${str(`${B62}_~.-`, 34)}`;
const fcmKey = () => `AAAA${str(B64URL, 7)}:APA91b${str(B64URL, 134)}`;
const refreshToken = () => `1//0${str(B64URL, 99)}`;
const awsKeyId = () => `AKIA${str(`${UP}234567`, 16)}`;
const awsSecret = () => str(`${B62}+/`, 40);
const butlerKey = () => str(B62, 40);
const ascKeyId = () => str(UPALNUM, 10);

// ---------------------------------------------------------------- real key material (deterministic)
const ED_PKCS8 = Buffer.from("302e020100300506032b657004220420", "hex");
function edKey(seed = bytes(32)) {
  const priv = createPrivateKey({ key: Buffer.concat([ED_PKCS8, seed]), format: "der", type: "pkcs8" });
  const pub = createPublicKey(priv).export({ format: "der", type: "spki" }).subarray(12);
  return { seed, priv, pub };
}
function p256Pem() {
  for (;;) {
    const d = bytes(32);
    try {
      const ecdh = createECDH("prime256v1");
      ecdh.setPrivateKey(d);
      const pub = ecdh.getPublicKey();
      const jwk = {
        kty: "EC",
        crv: "P-256",
        d: b64url(d),
        x: b64url(pub.subarray(1, 33)),
        y: b64url(pub.subarray(33)),
      };
      return createPrivateKey({ key: jwk, format: "jwk" }).export({ type: "pkcs8", format: "pem" }).trimEnd();
    } catch {
      /* out of range scalar, draw again */
    }
  }
}
// RSA-2048 from the deterministic stream (Miller-Rabin with fixed bases on random candidates).
const SMALL_PRIMES = (() => {
  const out = [];
  for (let n = 3; out.length < 300; n += 2) if (out.every((p) => n % p !== 0)) out.push(n);
  return out;
})();
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
function isProbablePrime(n) {
  for (const p of SMALL_PRIMES) if (n % BigInt(p) === 0n) return false;
  let d = n - 1n,
    s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modPow(a, d, n);
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
const big = (buf) => BigInt(`0x${buf.toString("hex")}`);
function bigBuf(n) {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex");
}
function genPrime(bits) {
  for (;;) {
    const b = bytes(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    const n = big(b);
    if ((n - 1n) % 65537n !== 0n && isProbablePrime(n)) return n;
  }
}
function modInv(a, m) {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}
function rsaKey() {
  const e = 65537n;
  let p, q;
  do {
    p = genPrime(1024);
    q = genPrime(1024);
  } while (p === q);
  if (p < q) [p, q] = [q, p];
  const n = p * q;
  const d = modInv(e, (p - 1n) * (q - 1n));
  const jwk = {
    kty: "RSA",
    n: b64url(bigBuf(n)),
    e: "AQAB",
    d: b64url(bigBuf(d)),
    p: b64url(bigBuf(p)),
    q: b64url(bigBuf(q)),
    dp: b64url(bigBuf(d % (p - 1n))),
    dq: b64url(bigBuf(d % (q - 1n))),
    qi: b64url(bigBuf(modInv(q, p))),
  };
  const pem = createPrivateKey({ key: jwk, format: "jwk" }).export({ type: "pkcs8", format: "pem" });
  return { pem, n: bigBuf(n), d: bigBuf(d) };
}
function serviceAccount(project, name) {
  const key = rsaKey();
  const email = `${name}@${project}.iam.gserviceaccount.com`;
  return {
    pem: key.pem,
    keyId: hex(40),
    clientId:
      String(range(100000000, 999999999)) + String(range(100000000, 999999999)) + String(range(100, 999)),
    email,
    project,
  };
}
function saJson(sa, P, U) {
  // writes a service-account JSON; P/U are label hooks (may be identity for embedding)
  const esc = (s) => JSON.stringify(s).slice(1, -1);
  return `{
  "type": "service_account",
  "project_id": "${sa.project}",
  "private_key_id": "${U("gcp_private_key_id", sa.keyId, "key id is an identifier, not the key")}",
  "private_key": "${P("gcp_service_account_key", esc(sa.pem), "RSA private key in a service-account JSON")}",
  "client_email": "${sa.email}",
  "client_id": "${U("gcp_client_id", sa.clientId, "numeric OAuth client id")}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(sa.email)}",
  "universe_domain": "googleapis.com"
}
`;
}
function tauriKeys() {
  const keynum = bytes(8);
  const ed = edKey();
  const sk = Buffer.concat([
    Buffer.from("EdScB2"),
    bytes(32),
    Buffer.from("0000000200000000", "hex"),
    Buffer.from("0000004000000000", "hex"),
    bytes(104),
  ]);
  const skText = `untrusted comment: rsign encrypted secret key\n${b64(sk)}\n`;
  const keyIdHex = Buffer.from(keynum).reverse().toString("hex").toUpperCase();
  const pkText = `untrusted comment: minisign public key: ${keyIdHex}\n${b64(Buffer.concat([Buffer.from("Ed"), keynum, ed.pub]))}\n`;
  return { priv: b64(Buffer.from(skText)), privDecoded: skText, pub: b64(Buffer.from(pkText)) };
}

// ---------------------------------------------------------------- file builder with inline labels
const FILES = [];
const LABELS = [];
const NEUTRALS = [];
const V = (name) => `\${${name}}`; // literal ${NAME} in generated text
const BT = "```";

function emit(rel, build, opts = {}) {
  const marks = [];
  const mk =
    (kind) =>
    (type, secret, note, extra = {}) => {
      marks.push({ kind, type, secret, note, ...extra });
      return `\u0000${marks.length - 1}\u0000`;
    };
  const tpl = build({ P: mk("p"), N: mk("n"), U: mk("u") });
  let out = "";
  let last = 0;
  let line = 1;
  const re = new RegExp(`${NUL}(\\d+)${NUL}`, "g");
  let m;
  for (m = re.exec(tpl); m !== null; m = re.exec(tpl)) {
    const chunk = tpl.slice(last, m.index);
    for (const ch of chunk) if (ch === "\n") line++;
    out += chunk;
    const k = marks[+m[1]];
    if (k.kind === "u") {
      NEUTRALS.push({ file: rel, line, type: k.type, secret: k.secret, note: k.note ?? "" });
    } else {
      const lab = { file: rel, line, type: k.type, secret: k.secret, positive: k.kind === "p" };
      if (k.note) lab.note = k.note;
      if (k.decoded !== undefined) lab.decoded = k.decoded;
      LABELS.push(lab);
    }
    for (const ch of k.secret) if (ch === "\n") line++;
    out += k.secret;
    last = re.lastIndex;
  }
  out += tpl.slice(last);
  if (opts.crlf) out = out.replace(/\r?\n/g, "\r\n");
  FILES.push({ rel, text: out });
}

// ==================================================================================================== UNITY
const unityScriptGuid = () => hex(32);

emit(
  "unity/Assets/Scripts/Backend/BackendConfig.cs",
  ({ P, N, U }) => `// BackendConfig.cs - central place for live-ops endpoints and service keys.
// NOTE(mkowalski): the server-side secrets below were supposed to move into the dedicated
// server build only (see STAR-1142). Anything outside the #if block ships to players.
using UnityEngine;

namespace Starforge.Backend
{
    public static class BackendConfig
    {
        public const string ApiBaseUrl = "https://api.starforge-arena.com/v2";
        public const string PlayFabTitleId = "${U("playfab_title_id", playfabTitle(), "PlayFab title IDs ship in every client")}";

#if UNITY_SERVER || UNITY_EDITOR
        // Server/Admin API calls (grant items, ban players). Never reference from gameplay code.
        public const string PlayFabDeveloperSecretKey = "${P("playfab_secret_key", playfabSecret())}";

        // Used by the dedicated server for ISteamUserAuth/AuthenticateUserTicket
        internal static readonly string SteamWebApiKey = "${P("steam_web_api_key", steamKey())}";
#endif

        // GameAnalytics (Game Settings > Keys). The secret signs event batches.
        public const string GameAnalyticsGameKey = "${U("gameanalytics_game_key", gaGameKey(), "GA game key is public-by-design")}";
        public const string GameAnalyticsSecretKey = "${P("gameanalytics_secret_key", gaSecret())}";

        // Photon Realtime / Chat app ids (also in PhotonServerSettings.asset; public client identifiers)
        public const string PhotonAppIdRealtime = "${N("photon_app_id", uuid(), "Photon app IDs are public client identifiers")}";
        public const string PhotonAppIdChat = "${N("photon_app_id", uuid(), "Photon chat app id, public")}";

        public const uint SteamAppId = ${N("steam_app_id", "2211840", "Steam app id is public")};
        public const int MatchTimeoutSeconds = 45;

        public static string LeaderboardUrl(string board) => $"{ApiBaseUrl}/leaderboards/{board}?title={PlayFabTitleId}";
    }
}
`,
);

emit(
  "unity/Assets/Scripts/Backend/BackendConfig.cs.meta",
  ({ N }) => `fileFormatVersion: 2
guid: ${N("unity_meta_guid", unityScriptGuid(), "Unity asset GUID (32 hex), not a secret")}
MonoImporter:
  externalObjects: {}
  serializedVersion: 2
  defaultReferences: []
  executionOrder: 0
  icon: {instanceID: 0}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
`,
);

const scriptableHeader = (N, name) => `%YAML 1.1
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
  m_Script: {fileID: 11500000, guid: ${N("unity_meta_guid", unityScriptGuid(), "script GUID reference in a ScriptableObject")}, type: 3}
  m_Name: ${name}
  m_EditorClassIdentifier: 
`;

emit(
  "unity/Assets/Resources/Config/ServicesSettings.asset",
  ({ P, N, U }) =>
    scriptableHeader(N, "ServicesSettings") +
    `  environment: 2
  discordBugReportWebhook: ${P("discord_webhook_url", discordWebhook())}
  twitchClientId: ${U("twitch_client_id", twitchSecret(), "Twitch client id is public")}
  twitchClientSecret: ${P("twitch_client_secret", twitchSecret())}
  twitchRedirectUri: http://localhost:17563/twitch
  sentryDsn: ${U("sentry_dsn", sentryDsn(), "Sentry DSN is public-by-design")}
  eos:
    productName: Starforge Arena
    productVersion: 1.8.2
    productId: ${N("eos_product_id", hex(32), "EOS product id, identifier")}
    sandboxId: ${N("eos_sandbox_id", hex(32), "EOS sandbox id, identifier")}
    deploymentId: ${N("eos_deployment_id", hex(32), "EOS deployment id, identifier")}
    clientId: ${U("eos_client_id", eosClientId(), "EOS client id")}
    clientSecret: ${P("eos_client_secret", eosSecret())}
  crashReporter:
    endpoint: https://crash.starforge-arena.com/api/minidump
    apiSecret: ${N("backend_api_secret", "<your-key>", "placeholder")}
  enableVoiceChat: 1
  maxPartySize: 4
`,
);

emit(
  "unity/Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset",
  ({ N }) =>
    scriptableHeader(N, "PhotonServerSettings") +
    `  AppSettings:
    AppIdRealtime: ${N("photon_app_id", uuid(), "Photon app id, public")}
    AppIdFusion: 
    AppIdChat: 
    AppIdVoice: ${N("photon_app_id", uuid(), "Photon voice app id, public")}
    AppVersion: 1.8
    UseNameServer: 1
    FixedRegion: eu
    BestRegionSummaryFromStorage: 
    Server: 
    Port: 0
    ProxyServer: 
    Protocol: 0
    EnableProtocolFallback: 1
    AuthMode: 0
    EnableLobbyStatistics: 0
    NetworkLogging: 1
  PunLogging: 0
  EnableSupportLogger: 0
  RunInBackground: 1
  StartInOfflineMode: 0
  RpcList: []
`,
);

emit(
  "unity/ProjectSettings/ProjectSettings.asset",
  ({ N }) => `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: ${N("unity_product_guid", hex(32), "Unity productGUID, identifier")}
  AndroidProfiler: 0
  AndroidFilterTouchesWhenObscured: 0
  AndroidEnableSustainedPerformanceMode: 0
  defaultScreenOrientation: 4
  targetDevice: 2
  useOnDemandResources: 0
  accelerometerFrequency: 60
  companyName: Starforge Games
  productName: Starforge Arena
  defaultCursor: {fileID: 0}
  cursorHotspot: {x: 0, y: 0}
  m_SplashScreenBackgroundColor: {r: 0.13725491, g: 0.12156863, b: 0.1254902, a: 1}
  m_ShowUnitySplashScreen: 0
  bundleVersion: 1.8.2
  AndroidBundleVersionCode: 412
  AndroidMinSdkVersion: 24
  AndroidTargetSdkVersion: 34
  AndroidPreferredInstallLocation: 1
  applicationIdentifier:
    Android: com.starforge.arena
    Standalone: com.starforge.arena
    iPhone: com.starforge.arena
  buildNumber:
    Standalone: 0
    iPhone: 412
  AndroidKeystoreName: '{inproject}: Keystore/starforge.keystore'
  AndroidKeyaliasName: starforge
  AndroidBuildApkPerCpuArchitecture: 0
  AndroidTVCompatibility: 0
  AndroidIsGame: 1
  cloudProjectId: ${N("unity_cloud_project_id", uuid(), "Unity Cloud project id, identifier")}
  framebufferDepthMemorylessMode: 0
  qualitySettingsNames: []
  projectName: Starforge Arena
  organizationId: starforge-games
  cloudEnabled: 0
  legacyClampBlendShapeWeights: 0
  hmiLoadingImage: {fileID: 0}
  virtualTexturingSupportEnabled: 0
`,
);

emit(
  "unity/Assets/Editor/StarforgeBuild.cs",
  ({ P }) => `using System;
using System.Diagnostics;
using UnityEditor;
using UnityEditor.Build.Reporting;
using UnityEngine;
using Debug = UnityEngine.Debug;

public static class StarforgeBuild
{
    const string KeystorePath = "Keystore/starforge.keystore";
    static readonly string[] Scenes = { "Assets/Scenes/Boot.unity", "Assets/Scenes/Menu.unity", "Assets/Scenes/Arena.unity" };

    [MenuItem("Starforge/Build/Android Release (AAB)")]
    public static void BuildAndroidRelease()
    {
        EditorUserBuildSettings.buildAppBundle = true;
        PlayerSettings.Android.useCustomKeystore = true;
        PlayerSettings.Android.keystoreName = KeystorePath;
        // CI sets SF_KEYSTORE_PASS; the fallback is for the release laptop only
        PlayerSettings.Android.keystorePass = Environment.GetEnvironmentVariable("SF_KEYSTORE_PASS") ?? "${P("android_keystore_password", pw())}";
        PlayerSettings.Android.keyaliasName = "starforge";
        PlayerSettings.Android.keyaliasPass = "${P("android_key_password", pw())}";

        var report = BuildPipeline.BuildPlayer(Scenes, "Builds/Android/starforge.aab", BuildTarget.Android, BuildOptions.None);
        if (report.summary.result != BuildResult.Succeeded)
            throw new Exception("Android build failed: " + report.summary.totalErrors + " errors");
    }

    [MenuItem("Starforge/Build/Upload Windows to Steam (beta)")]
    public static void UploadSteam()
    {
        var psi = new ProcessStartInfo("Tools/steamcmd/steamcmd.exe",
            "+login sf_buildbot ${P("steam_account_password", randPw(18, "!*-_"))} +run_app_build ../scripts/app_build_2211840.vdf +quit")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        using var proc = Process.Start(psi);
        Debug.Log(proc.StandardOutput.ReadToEnd());
        proc.WaitForExit();
    }
}
`,
);

emit(
  "unity/Packages/packages-lock.json",
  ({ N }) => `{
  "dependencies": {
    "com.playfab.unitysdk": {
      "version": "https://github.com/PlayFab/UnitySDK.git?path=/Source/Packages/com.playfab.unitysdk#2.187.240401",
      "depth": 0,
      "source": "git",
      "dependencies": {},
      "hash": "${N("git_commit_sha", hex(40), "UPM git dependency commit hash")}"
    },
    "com.getsentry.unity": {
      "version": "https://github.com/getsentry/unity.git#2.1.1",
      "depth": 0,
      "source": "git",
      "dependencies": {},
      "hash": "${N("git_commit_sha", hex(40), "UPM git dependency commit hash")}"
    },
    "com.unity.addressables": {
      "version": "1.21.19",
      "depth": 0,
      "source": "registry",
      "dependencies": {
        "com.unity.scriptablebuildpipeline": "1.21.21",
        "com.unity.modules.assetbundle": "1.0.0"
      },
      "url": "https://packages.unity.com"
    },
    "com.unity.inputsystem": {
      "version": "1.7.0",
      "depth": 0,
      "source": "registry",
      "dependencies": {
        "com.unity.modules.uielements": "1.0.0"
      },
      "url": "https://packages.unity.com"
    }
  }
}
`,
);

emit(
  "unity/Packages/manifest.json",
  ({ P }) => `{
  "scopedRegistries": [
    {
      "name": "Starforge internal",
      "url": "https://upm-ci:${P("registry_password", randPw(22, "-_."), "password in a scoped registry URL")}@registry.starforge.internal/npm",
      "scopes": [
        "com.starforge"
      ]
    },
    {
      "name": "OpenUPM",
      "url": "https://package.openupm.com",
      "scopes": [
        "com.cysharp.unitask"
      ]
    }
  ],
  "dependencies": {
    "com.cysharp.unitask": "2.5.4",
    "com.starforge.netcode": "3.4.1",
    "com.unity.addressables": "1.21.19",
    "com.unity.inputsystem": "1.7.0",
    "com.unity.render-pipelines.universal": "14.0.11",
    "com.unity.textmeshpro": "3.0.6"
  }
}
`,
);

emit(
  "unity/.upmconfig.toml",
  ({ P }) => `# Copied from ~/.upmconfig.toml so CI agents can pull from npmjs (private @starforge scope).
[npmAuth."https://registry.npmjs.org"]
token = "${P("npm_token", npmToken())}"
alwaysAuth = true
`,
);

emit(
  "unity/Assets/Scripts/Net/DiscordPresence.cs",
  ({ P, U }) => `using System;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

namespace Starforge.Net
{
    /// Rich presence via the Discord Game SDK plus a tiny REST helper that posts
    /// tournament results to #results.
    public class DiscordPresence : MonoBehaviour
    {
        const long ApplicationId = ${U("discord_application_id", snowflake(), "Discord application id, public")};
        const string ResultsChannel = "${snowflake()}";
        // TODO: proxy this through the backend, the bot token must not ship in the client
        private const string BotToken = "${P("discord_bot_token", discordBotToken(true))}";

        Discord.Discord _discord;

        void Start()
        {
            _discord = new Discord.Discord(ApplicationId, (UInt64)Discord.CreateFlags.NoRequireDiscord);
        }

        public IEnumerable PostResult(string summary)
        {
            var body = Encoding.UTF8.GetBytes(JsonUtility.ToJson(new { content = summary }));
            using var req = new UnityWebRequest($"https://discord.com/api/v10/channels/{ResultsChannel}/messages", "POST");
            req.uploadHandler = new UploadHandlerRaw(body);
            req.downloadHandler = new DownloadHandlerBuffer();
            req.SetRequestHeader("Authorization", "Bot " + BotToken);
            req.SetRequestHeader("Content-Type", "application/json");
            yield return req.SendWebRequest();
        }

        void Update() => _discord?.RunCallbacks();
    }
}
`,
);

{
  const user = "patcher";
  const pass = randPw(20, "-_.");
  const enc = b64(Buffer.from(`${user}:${pass}`));
  emit(
    "unity/Assets/Scripts/Net/CdnClient.cs",
    ({ P }) => `using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

namespace Starforge.Net
{
    /// Downloads addressable bundles from the protected staging CDN (QA builds only).
    public static class CdnClient
    {
        public const string StagingRoot = "https://cdn-staging.starforge-arena.com/bundles/";

        public static UnityWebRequest Get(string bundle)
        {
            var req = UnityWebRequestAssetBundle.GetAssetBundle(StagingRoot + bundle);
#if DEVELOPMENT_BUILD
            req.SetRequestHeader("Authorization", "Basic ${P("http_basic_auth", enc, "base64 user:password for staging CDN", { decoded: `${user}:${pass}` })}");
#endif
            req.timeout = 30;
            return req;
        }
    }
}
`,
  );
}

emit("unity/Assets/StreamingAssets/google-services.json", ({ U }) => {
  const num = String(range(100000000000, 999999999999));
  return `{
  "project_info": {
    "project_number": "${num}",
    "project_id": "starforge-arena",
    "storage_bucket": "starforge-arena.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:${num}:android:${hex(22)}",
        "android_client_info": {
          "package_name": "com.starforge.arena"
        }
      },
      "oauth_client": [
        {
          "client_id": "${U("google_oauth_client_id", `${num}-${str(LOALNUM, 32)}.apps.googleusercontent.com`, "OAuth client id, public")}",
          "client_type": 3
        }
      ],
      "api_key": [
        {
          "current_key": "${U("firebase_web_api_key", `AIza${str(B64URL, 35)}`, "Firebase/Google API key shipped in apps")}"
        }
      ],
      "services": {
        "appinvite_service": {
          "other_platform_oauth_client": []
        }
      }
    }
  ],
  "configuration_version": "1"
}
`;
});

emit(
  "unity/Assets/Plugins/Android/gradleTemplate.properties",
  ({ P }) => `org.gradle.jvmargs=-Xmx**JVM_HEAP_SIZE**M
org.gradle.parallel=true
android.enableR8=**MINIFY_WITH_R_EIGHT**
unityStreamingAssets=**STREAMING_ASSETS**
android.useAndroidX=true
android.enableJetifier=true
# Release signing, read by launcherTemplate.gradle when building outside the Editor
RELEASE_STORE_FILE=../../Keystore/starforge.keystore
RELEASE_STORE_PASSWORD=${P("android_keystore_password", pw())}
RELEASE_KEY_ALIAS=starforge
RELEASE_KEY_PASSWORD=${P("android_key_password", pw())}
**ADDITIONAL_PROPERTIES**
`,
);

emit(
  "unity/.github/workflows/build.yml",
  ({ P, N }) => `name: Build and ship

on:
  push:
    branches: [main]
  workflow_dispatch:

env:
  UNITY_LICENSE: ${N("unity_license", "${{ secrets.UNITY_LICENSE }}", "GitHub Actions secret reference")}
  UNITY_EMAIL: ${"${{ secrets.UNITY_EMAIL }}"}
  UNITY_PASSWORD: ${N("unity_account_password", "${{ secrets.UNITY_PASSWORD }}", "GitHub Actions secret reference")}

jobs:
  build:
    runs-on: ubuntu-22.04
    strategy:
      matrix:
        targetPlatform: [StandaloneWindows64, StandaloneLinux64]
    steps:
      - uses: actions/checkout@${N("git_commit_sha", hex(40), "pinned action commit SHA")} # v4.1.1
        with:
          lfs: true
      - uses: actions/cache@v4
        with:
          path: Library
          key: Library-${"${{ matrix.targetPlatform }}"}-${"${{ hashFiles('Packages/packages-lock.json') }}"}
      - uses: game-ci/unity-builder@v4
        with:
          targetPlatform: ${"${{ matrix.targetPlatform }}"}
          buildName: StarforgeArena
      - name: Push to itch.io
        env:
          BUTLER_API_KEY: ${P("itch_butler_api_key", butlerKey())}
        run: |
          curl -sL -o butler.zip https://broth.itch.ovh/butler/linux-amd64/LATEST/archive/default
          unzip -q butler.zip && chmod +x butler
          ./butler push build/${"${{ matrix.targetPlatform }}"} starforge/arena:${"${{ matrix.targetPlatform }}"} --userversion 1.8.${"${{ github.run_number }}"}
      - name: Notify #builds
        if: success()
        run: >
          curl -s -H "Content-Type: application/json"
          -d '{"content":"Starforge ${"${{ matrix.targetPlatform }}"} build ${"${{ github.run_number }}"} is on itch"}'
          "${P("discord_webhook_url", discordWebhook())}"
`,
);

emit(
  "unity/Assets/Plugins/Sentry/SentryCliOptions.asset",
  ({ P, N }) =>
    scriptableHeader(N, "SentryCliOptions") +
    `  <UploadSymbols>k__BackingField: 1
  <UploadDevelopmentSymbols>k__BackingField: 0
  <UploadSources>k__BackingField: 0
  <UrlOverride>k__BackingField: 
  <Auth>k__BackingField: ${P("sentry_org_auth_token", sentryOrg("starforge-games"))}
  <Organization>k__BackingField: starforge-games
  <Project>k__BackingField: starforge-arena
  <IgnoreCliErrors>k__BackingField: 0
`,
);

// ==================================================================================================== UNREAL
const eosLive = { product: hex(32) };
const cryptoRsa = rsaKey();

emit(
  "unreal/Config/DefaultEngine.ini",
  ({ P, N, U }) => `[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/MainMenu.MainMenu
EditorStartupMap=/Game/Maps/Arena_P.Arena_P
GlobalDefaultGameMode=/Game/Blueprints/BP_IVGameMode.BP_IVGameMode_C

[/Script/Engine.RendererSettings]
r.DefaultFeature.AutoExposure=False
r.Lumen.HardwareRayTracing=True
r.Shadow.Virtual.Enable=1

[/Script/Engine.Engine]
+ActiveGameNameRedirects=(OldGameName="TP_ThirdPerson",NewGameName="/Script/IronVeil")

[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemSteam]
bEnabled=true
; 480 = Spacewar test app, real id is used for packaged builds
SteamDevAppId=${N("steam_app_id", "480", "Spacewar sample app id")}
SteamAppId=${N("steam_app_id", "1284710", "Steam app id, public")}
bInitServerOnClient=true

[/Script/OnlineSubsystemSteam.SteamNetDriver]
NetConnectionClassName="OnlineSubsystemSteam.SteamNetConnection"

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=IronVeilLive
bEnableOverlay=True
bEnableSocialOverlay=True
bUseEAS=True
bUseEOSConnect=True
bMirrorStatsToEOS=True
+Artifacts=(ArtifactName="IronVeilLive",ClientId="${U("eos_client_id", eosClientId(), "EOS client id")}",ClientSecret="${P("eos_client_secret", eosSecret())}",ProductId="${N("eos_product_id", eosLive.product, "EOS product id")}",SandboxId="${N("eos_sandbox_id", hex(32), "EOS sandbox id")}",DeploymentId="${N("eos_deployment_id", hex(32), "EOS deployment id")}",EncryptionKey="${P("eos_encryption_key", hex(64), "EOS player/title storage encryption key")}")
+Artifacts=(ArtifactName="IronVeilDev",ClientId="${U("eos_client_id", eosClientId(), "EOS client id")}",ClientSecret="${P("eos_client_secret", eosSecret())}",ProductId="${N("eos_product_id", eosLive.product, "EOS product id (same product)")}",SandboxId="${N("eos_sandbox_id", hex(32), "EOS sandbox id")}",DeploymentId="${N("eos_deployment_id", hex(32), "EOS deployment id")}",EncryptionKey="${P("eos_encryption_key", hex(64), "EOS storage encryption key")}")

[/Script/AndroidRuntimeSettings.AndroidRuntimeSettings]
PackageName=com.ironforge.ironveil
StoreVersion=57
ApplicationDisplayName=Iron Veil
MinSDKVersion=26
TargetSDKVersion=34
KeyStore=ironveil-release.keystore
KeyAlias=ironveil
KeyStorePassword=${P("android_keystore_password", pw())}
KeyPassword=${P("android_key_password", pw())}
bBuildForArm64=True
bPackageDataInsideApk=False

[/Script/Sentry.SentrySettings]
Dsn=${U("sentry_dsn", sentryDsn(), "Sentry DSN")}
UploadSymbolsAutomatically=True
IncludeSources=False
EnableAutoCrashCapturing=True
`,
  { crlf: true },
);

emit(
  "unreal/Config/DefaultGame.ini",
  ({ P, N, U }) => `[/Script/EngineSettings.GeneralProjectSettings]
ProjectID=${N("unreal_project_id", hexU(32), "Unreal ProjectID GUID")}
ProjectName=Iron Veil
CompanyName=Ironforge Interactive
CompanyDistinguishedName=CN=Ironforge Interactive
CopyrightNotice=Copyright Ironforge Interactive. All Rights Reserved.
ProjectVersion=0.9.4.24817
bShouldWindowPreserveAspectRatio=True

[/Script/UnrealEd.ProjectPackagingSettings]
Build=IfProjectHasCode
BuildConfiguration=PPBC_Shipping
bShareMaterialShaderCode=True
bSharedMaterialNativeLibraries=True
bGenerateChunks=True
bUseIoStore=True
+DirectoriesToAlwaysCook=(Path="/Game/Maps")
+DirectoriesToAlwaysCook=(Path="/Game/UI")

[/Script/IronVeil.IVBackendSettings]
; Shared secret the dedicated servers use to sign match results (HMAC-SHA256).
; Rotate with ops/runbooks/rotate-match-secret.md
BackendBaseUrl=https://api.ironveil.gg
MatchResultHmacSecret=${P("backend_hmac_secret", hex(64))}
PlayFabTitleId=${U("playfab_title_id", playfabTitle(), "PlayFab title id")}
PlayFabSecretKey=${P("playfab_secret_key", playfabSecret())}
HeartbeatIntervalSeconds=15
`,
  { crlf: true },
);

emit(
  "unreal/Config/DefaultCrypto.ini",
  ({ P, N }) => `[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey=${P("unreal_pak_encryption_key", b64(bytes(32)))}
+SecondaryEncryptionKeys=(Guid="${N("unreal_key_guid", hexU(32), "encryption key GUID, identifier")}",Name="DLC_Frostmarch",Key="${P("unreal_pak_encryption_key", b64(bytes(32)), "secondary (DLC) pak key")}")
bEnablePakIndexEncryption=True
bEnablePakIniEncryption=True
bEnablePakUAssetEncryption=False
bEnablePakFullAssetEncryption=False
bDataCryptoRequired=True
PakEncryptionRequired=True
PakSigningRequired=True
bEnablePakSigning=True
SigningPublicExponent=AQAB
SigningModulus=${N("rsa_public_modulus", b64(cryptoRsa.n), "public modulus of the pak signing key")}
SigningPrivateExponent=${P("unreal_pak_signing_private_exponent", b64(cryptoRsa.d))}
`,
  { crlf: true },
);

emit(
  "unreal/sentry.properties",
  ({ P }) => `# sentry-cli config for debug symbol upload (PDB/dSYM) after packaging
defaults.url=https://sentry.io/
defaults.org=ironforge-interactive
defaults.project=iron-veil
auth.token=${P("sentry_auth_token", hex(64), "legacy 64-hex Sentry auth token")}
cli.executable=Plugins/Sentry/Source/ThirdParty/CLI/sentry-cli-Windows-x86_64.exe
`,
);

emit(
  "unreal/Plugins/IVTelemetry/Source/IVTelemetry/Private/IVTelemetryConfig.cpp",
  ({ P, N, U }) => `// Copyright Ironforge Interactive. All Rights Reserved.

#include "IVTelemetryConfig.h"
#include "Misc/ConfigCacheIni.h"

// GameAnalytics REST v2: every batch is signed with HMAC-SHA256(secret, body), base64 in Authorization.
namespace IVTelemetry
{
#if WITH_EDITOR || UE_BUILD_DEVELOPMENT
	// Sandbox keys published in the GameAnalytics REST docs; only valid against sandbox-api.gameanalytics.com
	static const TCHAR* GA_GAME_KEY   = TEXT("${N("gameanalytics_game_key", "5c6bcb5402204249437fb5a7a80a4959", "GameAnalytics docs sandbox game key")}");
	static const TCHAR* GA_SECRET_KEY = TEXT("${N("gameanalytics_secret_key", "16813a12f718bc5c620f56944e1abc3ea13ccbac", "GameAnalytics docs sandbox secret key")}");
	static const TCHAR* GA_HOST       = TEXT("https://sandbox-api.gameanalytics.com");
#else
	static const TCHAR* GA_GAME_KEY   = TEXT("${U("gameanalytics_game_key", gaGameKey(), "GA game key")}");
	static const TCHAR* GA_SECRET_KEY = TEXT("${P("gameanalytics_secret_key", gaSecret())}");
	static const TCHAR* GA_HOST       = TEXT("https://api.gameanalytics.com");
#endif

	FTelemetryConfig LoadConfig()
	{
		FTelemetryConfig Config;
		Config.GameKey = GA_GAME_KEY;
		Config.SecretKey = GA_SECRET_KEY;
		Config.Host = GA_HOST;
		GConfig->GetInt(TEXT("IVTelemetry"), TEXT("FlushIntervalSeconds"), Config.FlushIntervalSeconds, GGameIni);
		return Config;
	}
}
`,
);

emit(
  "unreal/Build/PakHashes/pakchunk-Windows.sha1",
  ({ N }) => `# generated by BuildGraph step VerifyPaks (CL 24817) - do not edit
${N("unreal_asset_hash", hex(40), "SHA-1 of a pak file")}  Windows/IronVeil/Content/Paks/pakchunk0-Windows.pak
${N("unreal_asset_hash", hex(40), "SHA-1 of a pak file")}  Windows/IronVeil/Content/Paks/pakchunk1-Windows.pak
${N("unreal_asset_hash", hex(40), "SHA-1 of an IoStore container")}  Windows/IronVeil/Content/Paks/pakchunk1-Windows.ucas
${N("unreal_asset_hash", hex(40), "SHA-1 of an IoStore table of contents")}  Windows/IronVeil/Content/Paks/global.utoc
`,
);

emit(
  "unreal/Build/Scripts/UploadToSteam.bat",
  ({ P }) => String.raw`@echo off
REM Uploads the staged Shipping build to Steam (branch: beta). Run from Build\Scripts.
setlocal
set STEAMCMD=C:\steamworks_sdk\tools\ContentBuilder\builder\steamcmd.exe
set BUILD_USER=ironforge_ci
set BUILD_PASS=${P("steam_account_password", randPw(19, "!*-_"))}
set SCRIPT=%~dp0app_build_1284710.vdf

"%STEAMCMD%" +login %BUILD_USER% %BUILD_PASS% +run_app_build "%SCRIPT%" +quit
if errorlevel 1 (
  echo Steam upload failed
  exit /b 1
)

REM Ping #builds
curl -s -X POST -H "Content-Type: application/json" -d "{\"content\":\"Iron Veil uploaded to beta\"}" ${P("discord_webhook_url", discordWebhook("discordapp.com"))}
endlocal
`,
  { crlf: true },
);

emit(
  "unreal/Build/Scripts/app_build_1284710.vdf",
  ({ N }) => String.raw`"AppBuild"
{
	"AppID" "${N("steam_app_id", "1284710", "Steam app id")}"
	"Desc" "Iron Veil CI build"
	"BuildOutput" "..\output\"
	"ContentRoot" "..\..\Saved\StagedBuilds\Windows\"
	"SetLive" "beta"
	"Preview" "0"
	"Depots"
	{
		"${N("steam_depot_id", "1284711", "Steam depot id")}"
		{
			"FileMapping"
			{
				"LocalPath" "*"
				"DepotPath" "."
				"recursive" "1"
			}
			"FileExclusion" "*.pdb"
		}
	}
}
`,
);

// ==================================================================================================== GODOT
emit(
  "godot/export_presets.cfg",
  ({ P, N }) => `[preset.0]

name="Android"
platform="Android"
runnable=true
dedicated_server=false
custom_features=""
export_filter="all_resources"
include_filter=""
exclude_filter="dev/*"
export_path="build/android/mosslantern.aab"
encryption_include_filters=""
encryption_exclude_filters=""
encrypt_pck=false
encrypt_directory=false

[preset.0.options]

custom_template/debug=""
custom_template/release=""
gradle_build/use_gradle_build=true
gradle_build/export_format=1
architectures/armeabi-v7a=true
architectures/arm64-v8a=true
keystore/debug="res://keys/debug.keystore"
keystore/debug_user="androiddebugkey"
keystore/debug_password="${N("android_keystore_password", "android", "well-known Android debug keystore password")}"
keystore/release="/home/ci/keys/mosslantern-upload.jks"
keystore/release_user="upload"
keystore/release_password="${P("android_keystore_password", pw())}"
version/code=38
version/name="1.4.0"
package/unique_name="com.hollowpine.mosslantern"
package/name="Moss & Lantern"
permissions/internet=true

[preset.1]

name="macOS"
platform="macOS"
runnable=true
export_path="build/mac/MossLantern.zip"
encrypt_pck=false

[preset.1.options]

application/bundle_identifier="com.hollowpine.mosslantern"
application/short_version="1.4.0"
application/version="38"
codesign/codesign=3
codesign/identity="Developer ID Application: Hollow Pine Games (9XK2M4T7QD)"
codesign/certificate_file="/Users/ci/certs/devid-application.p12"
codesign/certificate_password="${P("codesign_certificate_password", pw())}"
codesign/entitlements/allow_jit_code_execution=false
notarization/notarization=2
notarization/apple_id_name="release@hollowpine.games"
notarization/apple_id_password="${P("apple_app_specific_password", appleAsp())}"
notarization/apple_team_id="9XK2M4T7QD"

[preset.2]

name="Windows Desktop"
platform="Windows Desktop"
runnable=true
export_path="build/win/MossLantern.exe"
encryption_include_filters="*.gd,*.tres"
encrypt_pck=true
encrypt_directory=true
script_encryption_key="${P("godot_script_encryption_key", hex(64))}"

[preset.2.options]

binary_format/embed_pck=true
codesign/enable=true
codesign/timestamp=true
codesign/timestamp_server_url="http://timestamp.digicert.com"
codesign/digest_algorithm=1
codesign/identity_type=0
codesign/identity="C:/certs/hollowpine-codesign.pfx"
codesign/password="${P("windows_codesign_password", pw())}"
application/company_name="Hollow Pine Games"
application/product_name="Moss & Lantern"
`,
);

emit(
  "godot/scripts/autoload/leaderboard.gd",
  ({ P }) => `extends Node
## Global leaderboard client, registered as the "Leaderboard" autoload.

signal scores_received(board: String, entries: Array)

const BASE_URL := "https://api.silentwolf.com"
const SW_API_KEY := "${P("silentwolf_api_key", str(B62, 40))}"
const SW_GAME_ID := "mosslantern"

# Old self-hosted board, still used by the 1.2 branch:
# const LEGACY_SHARED_SECRET = "${P("backend_api_secret", hex(32), "secret left in a comment")}"

var _http: HTTPRequest

func _ready() -> void:
	_http = HTTPRequest.new()
	add_child(_http)
	_http.request_completed.connect(_on_request_completed)

func _headers() -> PackedStringArray:
	return PackedStringArray([
		"x-api-key: " + SW_API_KEY,
		"x-sw-game-id: " + SW_GAME_ID,
		"Content-Type: application/json",
	])

func submit(board: String, player: String, score: int) -> void:
	var body := JSON.stringify({"game_id": SW_GAME_ID, "ldboard_name": board, "player_name": player, "score": score})
	_http.request(BASE_URL + "/save_score", _headers(), HTTPClient.METHOD_POST, body)

func _on_request_completed(_result: int, code: int, _headers_in: PackedStringArray, body: PackedByteArray) -> void:
	if code != 200:
		push_warning("leaderboard: HTTP %d" % code)
		return
	var data = JSON.parse_string(body.get_string_from_utf8())
	if data is Dictionary and data.has("top_scores"):
		scores_received.emit(data.get("ld_name", "main"), data["top_scores"])
`,
);

emit(
  "godot/scripts/net/bug_report.gd",
  ({ P, N }) => `extends Node
## Sends in-game bug reports (F8) to the #bug-reports channel.

# Format: https://discord.com/api/webhooks/<id>/<token>
const WEBHOOK_EXAMPLE := "${N("discord_webhook_url", "https://discord.com/api/webhooks/<id>/<token>", "placeholder in docs comment")}"
const WEBHOOK_URL := "${P("discord_webhook_url", discordWebhook())}"

func send_report(text: String, screenshot: Image = null) -> void:
	var http := HTTPRequest.new()
	add_child(http)
	var payload := {
		"username": "Moss & Lantern bot",
		"content": "**v%s** %s" % [ProjectSettings.get_setting("application/config/version"), text.left(1800)],
	}
	var err := http.request(WEBHOOK_URL, ["Content-Type: application/json"], HTTPClient.METHOD_POST, JSON.stringify(payload))
	if err != OK:
		push_error("bug_report: request failed (%d)" % err)
`,
);

emit(
  "godot/project.godot",
  ({ P, U }) => `; Engine configuration file.
; It's best edited using the editor UI and not directly,
; since the parameters that go here are not all obvious.
;
; Format:
;   [section] ; section goes between []
;   param=value ; assign values to parameters

config_version=5

[application]

config/name="Moss & Lantern"
config/version="1.4.0"
run/main_scene="res://scenes/boot.tscn"
config/features=PackedStringArray("4.2", "Forward Plus")
config/icon="res://icon.svg"

[autoload]

Leaderboard="*res://scripts/autoload/leaderboard.gd"
GameAnalytics="*res://addons/GameAnalytics/GameAnalytics.gd"

[display]

window/size/viewport_width=1280
window/size/viewport_height=720
window/stretch/mode="canvas_items"

[game_analytics]

game_key="${U("gameanalytics_game_key", gaGameKey(), "GA game key")}"
secret_key="${P("gameanalytics_secret_key", gaSecret())}"
build="1.4.0"
enable_info_log=false

[rendering]

textures/canvas_textures/default_texture_filter=0
`,
);

// ==================================================================================================== ELECTRON LAUNCHER
emit(
  "launcher/electron-builder.yml",
  ({ P, N }) => `appId: gg.lumen.launcher
productName: Lumen Launcher
copyright: Copyright (c) 2024 Lumen Games
directories:
  output: dist
  buildResources: build
files:
  - "out/**/*"
  - "!**/*.map"
asarUnpack:
  - resources/**
mac:
  category: public.app-category.games
  hardenedRuntime: true
  gatekeeperAssess: false
  entitlements: build/entitlements.mac.plist
  entitlementsInherit: build/entitlements.mac.plist
  notarize:
    teamId: 7QH3XK9L2M
  target:
    - target: dmg
      arch: [x64, arm64]
win:
  target: [nsis]
  certificateFile: build/certs/lumen-codesign.pfx
  certificatePassword: "${P("windows_codesign_password", pw())}"
  signingHashAlgorithms: [sha256]
  rfc3161TimeStampServer: http://timestamp.sectigo.com
  publisherName: Lumen Games Oy
nsis:
  oneClick: false
  perMachine: false
  allowToChangeInstallationDirectory: true
  guid: ${N("installer_guid", uuid(), "NSIS installer GUID")}
linux:
  target: [AppImage]
  category: Game
publish:
  - provider: github
    owner: lumen-games
    repo: launcher
    releaseType: release
    token: ${P("github_pat", ghToken())}
  - provider: generic
    url: https://updates.lumen.gg/${V("os")}/${V("arch")}
    channel: latest
`,
);

emit(
  "launcher/scripts/notarize.js",
  ({ P, N }) => `// afterSign hook: notarize the macOS build with notarytool.
// Run by electron-builder (see "afterSign" in package.json).
const { notarize } = require('@electron/notarize');

exports.default = async function notarizing(context) {
  const { electronPlatformName, appOutDir } = context;
  if (electronPlatformName !== 'darwin' || process.env.SKIP_NOTARIZE) {
    return;
  }

  const appName = context.packager.appInfo.productFilename;
  console.log(\`notarizing \${appName}.app ...\`);

  return await notarize({
    tool: 'notarytool',
    appPath: \`\${appOutDir}/\${appName}.app\`,
    appleId: process.env.APPLE_ID || 'build@lumen.gg',
    appleIdPassword: process.env.APPLE_APP_SPECIFIC_PASSWORD || '${P("apple_app_specific_password", appleAsp())}',
    teamId: '7QH3XK9L2M',
  });

  // legacy altool flow, kept for the 10.14 build agents:
  // appleIdPassword: '${N("apple_app_specific_password", "@keychain:AC_PASSWORD", "keychain item reference")}',
};
`,
);

emit(
  "launcher/.env.production",
  ({ P, U }) => `# Used by \`npm run release\` on the build Mac. DO NOT COMMIT (it's in .gitignore... right?)
APPLE_ID=build@lumen.gg
APPLE_APP_SPECIFIC_PASSWORD=${P("apple_app_specific_password", appleAsp())}
APPLE_TEAM_ID=7QH3XK9L2M
CSC_LINK=build/certs/developer-id.p12
CSC_KEY_PASSWORD=${P("codesign_certificate_password", pw())}
WIN_CSC_LINK=build/certs/lumen-codesign.pfx
WIN_CSC_KEY_PASSWORD=${P("windows_codesign_password", pw())}
GH_TOKEN=${P("github_pat", ghToken())}
EP_PRE_RELEASE=false

SENTRY_ORG=lumen-games
SENTRY_PROJECT=launcher
SENTRY_AUTH_TOKEN=${P("sentry_user_auth_token", sentryUser())}
VITE_SENTRY_DSN=${U("sentry_dsn", sentryDsn(), "Sentry DSN")}
VITE_API_BASE=https://api.lumen.gg
`,
);

emit(
  "launcher/.env.example",
  ({ N }) => `# Copy to .env.production and fill in. See docs/RELEASE.md.
APPLE_ID=you@example.com
APPLE_APP_SPECIFIC_PASSWORD=${N("apple_app_specific_password", "xxxx-xxxx-xxxx-xxxx", "placeholder")}
APPLE_TEAM_ID=XXXXXXXXXX
CSC_LINK=build/certs/developer-id.p12
CSC_KEY_PASSWORD=${N("codesign_certificate_password", "changeme", "placeholder")}
WIN_CSC_LINK=build/certs/lumen-codesign.pfx
WIN_CSC_KEY_PASSWORD=
GH_TOKEN=${N("github_pat", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}
SENTRY_AUTH_TOKEN=${N("sentry_user_auth_token", "<your-sentry-auth-token>", "placeholder")}
VITE_SENTRY_DSN=
VITE_API_BASE=http://localhost:8080
`,
);

const integrity = () => `sha512-${b64(createHash("sha512").update(bytes(32)).digest())}`;
const sha1hex = () => createHash("sha1").update(bytes(16)).digest("hex");
emit(
  "launcher/package-lock.json",
  ({ N }) => `{
  "name": "lumen-launcher",
  "version": "2.6.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "lumen-launcher",
      "version": "2.6.1",
      "license": "UNLICENSED",
      "dependencies": {
        "discord-rpc": "^4.0.1",
        "electron-updater": "^6.1.8",
        "ws": "^8.16.0"
      }
    },
    "node_modules/discord-rpc": {
      "version": "4.0.1",
      "resolved": "https://registry.npmjs.org/discord-rpc/-/discord-rpc-4.0.1.tgz",
      "integrity": "${N("lockfile_integrity", integrity(), "npm lockfile sha512 integrity")}",
      "dependencies": {
        "node-fetch": "^2.6.1",
        "ws": "^7.3.1"
      }
    },
    "node_modules/electron-updater": {
      "version": "6.1.8",
      "resolved": "https://registry.npmjs.org/electron-updater/-/electron-updater-6.1.8.tgz",
      "integrity": "${N("lockfile_integrity", integrity(), "npm lockfile sha512 integrity")}",
      "dependencies": {
        "builder-util-runtime": "9.2.4",
        "lazy-val": "^1.0.5",
        "semver": "^7.3.8"
      }
    },
    "node_modules/lazy-val": {
      "version": "1.0.5",
      "resolved": "https://registry.npmjs.org/lazy-val/-/lazy-val-1.0.5.tgz",
      "integrity": "${N("lockfile_integrity", `sha1-${b64(Buffer.from(sha1hex(), "hex"))}`, "legacy sha1 integrity")}"
    },
    "node_modules/ws": {
      "version": "8.16.0",
      "resolved": "https://registry.npmjs.org/ws/-/ws-8.16.0.tgz",
      "integrity": "${N("lockfile_integrity", integrity(), "npm lockfile sha512 integrity")}",
      "engines": {
        "node": ">=10.0.0"
      }
    }
  }
}
`,
);

{
  const sha = b64(createHash("sha512").update(bytes(64)).digest());
  emit(
    "launcher/dist/latest.yml",
    ({ N }) => `version: 2.6.1
files:
  - url: Lumen-Launcher-Setup-2.6.1.exe
    sha512: ${N("update_sha512", sha, "electron-updater artifact hash")}
    size: 98231744
path: Lumen-Launcher-Setup-2.6.1.exe
sha512: ${N("update_sha512", sha, "electron-updater artifact hash (repeated)")}
releaseDate: '2024-05-14T09:21:37.412Z'
`,
  );
}

emit(
  "launcher/src/main/discord.ts",
  ({ P, U }) => `import { Client } from 'discord-rpc';
import { BrowserWindow, shell } from 'electron';

// Rich presence + "link your Discord" flow for the launcher.
const CLIENT_ID = '${U("discord_application_id", snowflake(), "Discord application id")}';
const CLIENT_SECRET = '${P("discord_client_secret", str(B64URL, 32))}';
const REDIRECT_URI = 'http://127.0.0.1:53134/discord/callback';

const rpc = new Client({ transport: 'ipc' });

export async function startPresence(win: BrowserWindow): Promise<void> {
  rpc.on('ready', () => {
    rpc.setActivity({ details: 'In the launcher', largeImageKey: 'lumen', instance: false });
  });
  await rpc.login({ clientId: CLIENT_ID }).catch(() => undefined);
}

export async function exchangeCode(code: string): Promise<string> {
  const body = new URLSearchParams({
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
  });
  const res = await fetch('https://discord.com/api/v10/oauth2/token', { method: 'POST', body });
  if (!res.ok) throw new Error(\`discord oauth failed: \${res.status}\`);
  return (await res.json()).access_token;
}

// Patch-notes announcer; posts when the launcher detects a new build on the beta channel.
const ANNOUNCER = {
  token: process.env.LUMEN_ANNOUNCER_TOKEN ?? '${P("discord_bot_token", discordBotToken(false))}',
  channel: '${snowflake()}',
};

export async function announce(text: string): Promise<void> {
  await fetch(\`https://discord.com/api/v10/channels/\${ANNOUNCER.channel}/messages\`, {
    method: 'POST',
    headers: { Authorization: \`Bot \${ANNOUNCER.token}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: text }),
  });
}

export const openInvite = () => shell.openExternal('https://discord.gg/lumen');
`,
);

emit(
  "launcher/src/main/twitch.ts",
  ({ P, U }) => `// Twitch drops + "now streaming" integration.
import WebSocket from 'ws';

export const TWITCH = {
  clientId: '${U("twitch_client_id", twitchSecret(), "Twitch client id")}',
  clientSecret: '${P("twitch_client_secret", twitchSecret())}',
  scopes: ['user:read:email', 'chat:read'],
};

export async function appToken(): Promise<string> {
  const url = new URL('https://id.twitch.tv/oauth2/token');
  url.searchParams.set('client_id', TWITCH.clientId);
  url.searchParams.set('client_secret', TWITCH.clientSecret);
  url.searchParams.set('grant_type', 'client_credentials');
  const res = await fetch(url, { method: 'POST' });
  return (await res.json()).access_token;
}

// IRC bot account "lumenbot" used to post drop codes in chat
export function connectChat(channel: string): WebSocket {
  const ws = new WebSocket('wss://irc-ws.chat.twitch.tv:443');
  ws.on('open', () => {
    ws.send('PASS ${P("twitch_oauth_token", `oauth:${twitchSecret()}`)}');
    ws.send('NICK lumenbot');
    ws.send(\`JOIN #\${channel}\`);
  });
  return ws;
}
`,
);

emit(
  "launcher/.github/workflows/release.yml",
  ({ P, N }) => `name: Release
on:
  push:
    tags: ['v*']

jobs:
  release:
    strategy:
      matrix:
        os: [macos-14, windows-2022, ubuntu-22.04]
    runs-on: ${"${{ matrix.os }}"}
    steps:
      - uses: actions/checkout@${N("git_commit_sha", hex(40), "pinned action SHA")} # v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - name: Build & publish
        env:
          GH_TOKEN: ${N("github_pat", "${{ secrets.GITHUB_TOKEN }}", "Actions secret reference")}
          CSC_LINK: ${"${{ secrets.MAC_CERTS }}"}
          CSC_KEY_PASSWORD: ${N("codesign_certificate_password", "${{ secrets.MAC_CERTS_PASSWORD }}", "Actions secret reference")}
          APPLE_ID: build@lumen.gg
          # TODO(jv): move to secrets, temporary while the org secret is broken
          APPLE_APP_SPECIFIC_PASSWORD: ${P("apple_app_specific_password", appleAsp())}
          APPLE_TEAM_ID: 7QH3XK9L2M
        run: npm run release
`,
);

emit(
  "launcher/.npmrc",
  ({ P, N }) => `engine-strict=true
save-exact=true
@lumen:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${P("github_pat", ghToken())}
//registry.npmjs.org/:_authToken=${P("npm_token", npmToken())}
# CI uses: //registry.npmjs.org/:_authToken=${N("npm_token", V("NPM_TOKEN"), "env var reference")}
`,
);

emit(
  "launcher/.github/workflows/msstore.yml",
  ({ P, N }) => `name: Microsoft Store submission
on:
  workflow_dispatch:
    inputs:
      version:
        required: true

jobs:
  submit:
    runs-on: windows-2022
    steps:
      - uses: actions/checkout@v4
      - uses: microsoft/setup-msstore-cli@v1
      - name: Configure Microsoft Store CLI
        run: >
          msstore reconfigure
          --tenantId ${N("azure_tenant_id", "${{ secrets.PARTNER_CENTER_TENANT_ID }}", "Actions secret reference")}
          --sellerId ${range(10000000, 99999999)}
          --clientId ${"${{ secrets.PARTNER_CENTER_CLIENT_ID }}"}
          --clientSecret ${P("azure_ad_client_secret", azureSecret(), "Partner Center client secret")}
      - name: Publish
        run: msstore publish ./dist/Lumen-Launcher-${"${{ inputs.version }}"}.msixupload -id 9NBLGGH4R2KQ
`,
);

// ==================================================================================================== SPARKLE (macOS)
const sparkle = edKey();
emit(
  "mac/Lantern/Info.plist",
  ({ N }) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDevelopmentRegion</key>
	<string>en</string>
	<key>CFBundleExecutable</key>
	<string>$(EXECUTABLE_NAME)</string>
	<key>CFBundleIdentifier</key>
	<string>io.lanternapp.Lantern</string>
	<key>CFBundleShortVersionString</key>
	<string>3.2.0</string>
	<key>CFBundleVersion</key>
	<string>3207</string>
	<key>LSMinimumSystemVersion</key>
	<string>12.0</string>
	<key>SUFeedURL</key>
	<string>https://updates.lanternapp.io/appcast.xml</string>
	<key>SUPublicEDKey</key>
	<string>${N("sparkle_public_key", b64(sparkle.pub), "Sparkle EdDSA public key")}</string>
	<key>SUEnableAutomaticChecks</key>
	<true/>
	<key>SUScheduledCheckInterval</key>
	<integer>86400</integer>
</dict>
</plist>
`,
);

emit(
  "mac/scripts/release.sh",
  ({ P }) => `#!/usr/bin/env bash
# Build, notarize and publish a Lantern release + appcast entry.
set -euo pipefail
VERSION="$1"
APP="build/Release/Lantern.app"
ZIP="build/Lantern-$VERSION.zip"

# EdDSA key exported with \`generate_keys -x\` (Sparkle 2). TODO: move to the login keychain on the new mini
SPARKLE_ED_PRIVATE_KEY="${P("sparkle_eddsa_private_key", b64(sparkle.seed))}"

xcodebuild -scheme Lantern -configuration Release -derivedDataPath build archive
ditto -c -k --keepParent "$APP" "$ZIP"

xcrun notarytool submit "$ZIP" \\
  --apple-id "mac-release@lanternapp.io" \\
  --team-id "K7M2QX94LD" \\
  --password "${P("apple_app_specific_password", appleAsp())}" \\
  --wait
xcrun stapler staple "$APP"
ditto -c -k --keepParent "$APP" "$ZIP"

SIG=$(echo "$SPARKLE_ED_PRIVATE_KEY" | ./bin/sign_update --ed-key-file - "$ZIP")
echo "appcast attributes: $SIG"
aws s3 cp "$ZIP" "s3://lantern-updates/releases/" --acl public-read
`,
);

{
  const sig1 = b64(cryptoSign(null, bytes(64), sparkle.priv));
  const sig2 = b64(cryptoSign(null, bytes(64), sparkle.priv));
  emit(
    "mac/appcast.xml",
    ({ N }) => `<?xml version="1.0" standalone="yes"?>
<rss xmlns:sparkle="http://www.andymatuschak.org/xml-namespaces/sparkle" version="2.0">
    <channel>
        <title>Lantern</title>
        <item>
            <title>3.2.0</title>
            <pubDate>Tue, 14 May 2024 10:02:11 +0000</pubDate>
            <sparkle:version>3207</sparkle:version>
            <sparkle:shortVersionString>3.2.0</sparkle:shortVersionString>
            <sparkle:minimumSystemVersion>12.0</sparkle:minimumSystemVersion>
            <enclosure url="https://updates.lanternapp.io/releases/Lantern-3.2.0.zip" length="24118922" type="application/octet-stream"
                sparkle:edSignature="${N("sparkle_signature", sig1, "EdDSA signature of an update archive (public)")}"/>
        </item>
        <item>
            <title>3.1.4</title>
            <pubDate>Thu, 18 Apr 2024 08:45:39 +0000</pubDate>
            <sparkle:version>3141</sparkle:version>
            <sparkle:shortVersionString>3.1.4</sparkle:shortVersionString>
            <enclosure url="https://updates.lanternapp.io/releases/Lantern-3.1.4.zip" length="23871006" type="application/octet-stream" sparkle:edSignature="${N("sparkle_signature", sig2, "EdDSA signature (public)")}"/>
        </item>
    </channel>
</rss>
`,
  );
}

emit(
  "mac/LanternTests/UpdateSignatureTests.swift",
  ({ N }) => `import XCTest
import CryptoKit
@testable import Lantern

/// Verifies our appcast signature check against RFC 8032 section 7.1, TEST 1.
final class UpdateSignatureTests: XCTestCase {
    // RFC 8032 test vector: not a real key
    let rfcSecretKeyHex = "${N("ed25519_test_vector", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "RFC 8032 published test vector")}"
    let rfcPublicKeyHex = "${N("ed25519_test_vector", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "RFC 8032 test vector public key")}"

    func testPublicKeyDerivation() throws {
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: Data(hex: rfcSecretKeyHex))
        XCTAssertEqual(key.publicKey.rawRepresentation.hexString, rfcPublicKeyHex)
    }

    func testRejectsTamperedArchive() throws {
        let verifier = UpdateVerifier(publicKeyBase64: Bundle.main.object(forInfoDictionaryKey: "SUPublicEDKey") as! String)
        XCTAssertFalse(verifier.verify(archive: Data(repeating: 0, count: 128), signature: Data(repeating: 1, count: 64)))
    }
}
`,
);

const ascKey1 = { id: ascKeyId(), issuer: uuid(), pem: p256Pem() };
const ascKey2 = { id: ascKeyId(), issuer: ascKey1.issuer, pem: p256Pem() };
emit("mac/fastlane/Fastfile", ({ P, U }) => {
  const tok = ghToken();
  return `default_platform(:mac)

platform :mac do
  before_all do
    ENV["MATCH_PASSWORD"] ||= "${P("fastlane_match_password", pw())}"
    ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"
  end

  desc "Developer ID build, notarized, uploaded to S3"
  lane :release do
    api_key = app_store_connect_api_key(
      key_id: "${U("asc_key_id", ascKey1.id, "App Store Connect key id")}",
      issuer_id: "${U("asc_issuer_id", ascKey1.issuer, "App Store Connect issuer id")}",
      key_filepath: "./fastlane/AuthKey_${ascKey1.id}.p8",
      duration: 1200,
      in_house: false
    )
    match(
      type: "developer_id",
      api_key: api_key,
      git_url: "https://github.com/lanternapp/certificates.git",
      git_basic_authorization: Base64.strict_encode64("lantern-ci:${P("github_pat", tok)}")
    )
    build_mac_app(scheme: "Lantern", export_method: "developer-id", output_directory: "build")
    notarize(package: "build/Lantern.app", api_key: api_key)
    sh("../scripts/release.sh", get_version_number(target: "Lantern"))
  end
end
`;
});

emit(
  `mac/fastlane/AuthKey_${ascKey1.id}.p8`,
  ({ P }) => `${P("apple_p8_private_key", ascKey1.pem, "App Store Connect API key")}
`,
);

emit(
  "mac/fastlane/asc_api_key.json",
  ({ P, U }) => `{
  "key_id": "${U("asc_key_id", ascKey2.id, "App Store Connect key id")}",
  "issuer_id": "${U("asc_issuer_id", ascKey2.issuer, "App Store Connect issuer id")}",
  "key": "${P("apple_p8_private_key", JSON.stringify(ascKey2.pem).slice(1, -1), "escaped .p8 in fastlane api key JSON")}",
  "duration": 1200,
  "in_house": false
}
`,
);

// ==================================================================================================== TAURI
const tauri = tauriKeys();
emit(
  "mosaic/src-tauri/tauri.conf.json",
  ({ N }) => `{
  "$schema": "https://schema.tauri.app/config/2",
  "productName": "Mosaic Mod Manager",
  "version": "0.14.2",
  "identifier": "gg.mosaic.modmanager",
  "build": {
    "beforeDevCommand": "pnpm dev",
    "devUrl": "http://localhost:1420",
    "beforeBuildCommand": "pnpm build",
    "frontendDist": "../dist"
  },
  "app": {
    "windows": [
      { "title": "Mosaic", "width": 1100, "height": 720, "minWidth": 860 }
    ],
    "security": { "csp": "default-src 'self'; img-src 'self' https://staticdelivery.nexusmods.com" }
  },
  "bundle": {
    "active": true,
    "targets": ["nsis", "app", "appimage"],
    "createUpdaterArtifacts": true,
    "icon": ["icons/32x32.png", "icons/128x128.png", "icons/icon.icns", "icons/icon.ico"]
  },
  "plugins": {
    "updater": {
      "pubkey": "${N("tauri_public_key", tauri.pub, "Tauri updater public key (minisign)")}",
      "endpoints": [
        "https://releases.mosaic.gg/{{target}}/{{arch}}/{{current_version}}"
      ],
      "windows": { "installMode": "passive" }
    }
  }
}
`,
);

emit(
  "mosaic/.env.local",
  ({ P }) => `# local release signing, generated with \`pnpm tauri signer generate -w ~/.tauri/mosaic.key\`
TAURI_SIGNING_PRIVATE_KEY=${P("tauri_updater_private_key", tauri.priv, "base64-wrapped minisign secret key", { decoded: tauri.privDecoded })}
TAURI_SIGNING_PRIVATE_KEY_PASSWORD=${P("tauri_key_password", pw())}
VITE_RELEASE_CHANNEL=stable
`,
);

emit(
  "mosaic/.github/workflows/publish.yml",
  ({ P, N, U }) => `name: publish
on:
  push:
    branches: [release]

jobs:
  publish-tauri:
    permissions:
      contents: write
    strategy:
      fail-fast: false
      matrix:
        include:
          - platform: macos-latest
            args: --target universal-apple-darwin
          - platform: windows-latest
            args: ''
    runs-on: ${"${{ matrix.platform }}"}
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
      - uses: dtolnay/rust-toolchain@stable
      - run: pnpm install --frozen-lockfile
      - uses: tauri-apps/tauri-action@v0
        env:
          GITHUB_TOKEN: ${"${{ secrets.GITHUB_TOKEN }}"}
          TAURI_SIGNING_PRIVATE_KEY: ${N("tauri_updater_private_key", "${{ secrets.TAURI_SIGNING_PRIVATE_KEY }}", "Actions secret reference")}
          TAURI_SIGNING_PRIVATE_KEY_PASSWORD: ${N("tauri_key_password", "${{ secrets.TAURI_SIGNING_PRIVATE_KEY_PASSWORD }}", "Actions secret reference")}
          # Azure Trusted Signing (Windows)
          AZURE_TENANT_ID: ${N("azure_tenant_id", uuid(), "tenant id, identifier")}
          AZURE_CLIENT_ID: ${U("azure_client_id", uuid(), "app registration client id")}
          AZURE_CLIENT_SECRET: ${P("azure_ad_client_secret", azureSecret())}
        with:
          tagName: mosaic-v__VERSION__
          releaseName: 'Mosaic v__VERSION__'
          releaseDraft: true
          args: ${"${{ matrix.args }}"}
`,
);

emit(
  "mosaic/src-tauri/Cargo.lock",
  ({ N }) => `# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "base64"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${N("cargo_checksum", createHash("sha256").update(bytes(16)).digest("hex"), "Cargo.lock crate checksum")}"

[[package]]
name = "minisign-verify"
version = "0.2.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${N("cargo_checksum", createHash("sha256").update(bytes(16)).digest("hex"), "Cargo.lock crate checksum")}"

[[package]]
name = "mosaic"
version = "0.14.2"
dependencies = [
 "base64",
 "serde",
 "tauri",
 "tauri-plugin-updater",
]
`,
);

emit(
  "mosaic/src-tauri/src/catalog.rs",
  ({ P }) => `//! Pulls the curated mod catalog from our CDN.
use serde::Deserialize;

const CATALOG_URL: &str = "https://catalog.mosaic.gg/v1/index.json";
// read-only token for the private catalog bucket (rotated quarterly, see ops/README)
const CATALOG_TOKEN: &str = "${P("backend_api_token", hex(48))}";

#[derive(Debug, Deserialize)]
pub struct CatalogEntry {
    pub id: String,
    pub name: String,
    pub version: String,
    pub sha256: String,
}

pub async fn fetch_catalog() -> Result<Vec<CatalogEntry>, reqwest::Error> {
    reqwest::Client::new()
        .get(CATALOG_URL)
        .bearer_auth(CATALOG_TOKEN)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await
}
`,
);

// ==================================================================================================== WINDOWS INSTALLERS
emit(
  "installer/LumenSetup.iss",
  ({ P, N }) => String.raw`; Inno Setup script for Lumen Launcher (legacy installer for Windows 7/8.1 users)
#define MyAppName "Lumen Launcher"
#define MyAppVersion "2.6.1"
#define MyAppPublisher "Lumen Games Oy"
#define MyAppExeName "Lumen Launcher.exe"

[Setup]
AppId={{${N("installer_guid", uuid(true), "Inno Setup AppId GUID")}}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppPublisher={#MyAppPublisher}
DefaultDirName={autopf}\Lumen Launcher
DefaultGroupName=Lumen
OutputDir=..\dist\inno
OutputBaseFilename=LumenLauncherSetup-{#MyAppVersion}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
; beta channel installer is password protected
Password=${P("inno_setup_password", humanPw())}
Encryption=yes
SignTool=signtool
SignedUninstaller=yes

[Files]
Source: "..\dist\win-unpacked\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "Launch {#MyAppName}"; Flags: nowait postinstall skipifsilent
`,
  { crlf: true },
);

emit(
  "installer/build-installer.cmd",
  ({ P }) => String.raw`@echo off
REM Builds and signs the Inno Setup installer. Needs the EV token plugged in.
set ISCC="C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
%ISCC% "/Ssigntool=C:\Program Files (x86)\Windows Kits\10\bin\10.0.22621.0\x64\signtool.exe sign /fd sha256 /f $qC:\certs\lumen-ev.pfx$q /p ${P("windows_codesign_password", randPw(18, "-_."))} /tr http://timestamp.digicert.com /td sha256 $f" LumenSetup.iss
if errorlevel 1 exit /b 1
echo Done: ..\dist\inno
`,
  { crlf: true },
);

emit(
  "installer/lumen.nsi",
  ({ P, N }) => String.raw`; NSIS wrapper used for the portable/offline bundle
Unicode true
!define PRODUCT_NAME "Lumen Launcher"
!define PRODUCT_VERSION "2.6.1"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\{${N("installer_guid", uuid(true), "uninstall registry GUID")}}"
!define CERT_FILE "..\build\certs\lumen-codesign.pfx"
!define CERT_PASS "${P("windows_codesign_password", pw())}"

Name "${V("PRODUCT_NAME")} ${V("PRODUCT_VERSION")}"
OutFile "..\dist\LumenOffline-${V("PRODUCT_VERSION")}.exe"
InstallDir "$LOCALAPPDATA\Programs\Lumen"
RequestExecutionLevel user

!finalize 'signtool.exe sign /fd sha256 /f "${V("CERT_FILE")}" /p "${V("CERT_PASS")}" /tr http://timestamp.digicert.com /td sha256 "%1"' = 0
!uninstfinalize 'signtool.exe sign /fd sha256 /f "${V("CERT_FILE")}" /p "${N("windows_codesign_password", "%LUMEN_SIGN_PASS%", "environment variable reference")}" /tr http://timestamp.digicert.com /td sha256 "%1"' = 0

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "..\dist\win-unpacked\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "${V("UNINST_KEY")}" "DisplayName" "${V("PRODUCT_NAME")}"
  WriteRegStr HKCU "${V("UNINST_KEY")}" "UninstallString" "$INSTDIR\Uninstall.exe"
SectionEnd
`,
  { crlf: true },
);

emit(
  "installer/Submit-StoreRelease.ps1",
  ({ P, N, U }) => String.raw`<#
.SYNOPSIS
  Uploads the MSIX bundle to Partner Center (Microsoft Store) using StoreBroker.
#>
param(
    [Parameter(Mandatory)] [string] $PackagePath,
    [string] $AppId = "9NBLGGH4R2KQ"
)

$ErrorActionPreference = "Stop"
Import-Module StoreBroker

# Entra ID app "lumen-store-submit" (Partner Center > Account settings > User management > Azure AD applications)
$tenantId     = "${N("azure_tenant_id", uuid(), "tenant id, identifier")}"
$clientId     = "${U("azure_client_id", uuid(), "client id")}"
$clientSecret = "${P("azure_ad_client_secret", azureSecret(), "Partner Center client secret")}"

$cred = New-Object System.Management.Automation.PSCredential($clientId, (ConvertTo-SecureString $clientSecret -AsPlainText -Force))
Set-StoreBrokerAuthentication -TenantId $tenantId -Credential $cred

# Sign the sideload MSIX before packaging for the store
$pfxPassword = ConvertTo-SecureString -String "${P("windows_codesign_password", pw())}" -Force -AsPlainText
Import-PfxCertificate -FilePath .\certs\lumen-sideload.pfx -CertStoreLocation Cert:\CurrentUser\My -Password $pfxPassword | Out-Null

New-SubmissionPackage -ConfigPath .\StoreBroker\config.json -OutPath .\out -OutName Lumen
Update-ApplicationSubmission -AppId $AppId -SubmissionDataPath .\out\Lumen.json -PackagePath .\out\Lumen.zip -AutoCommit -Force
`,
  { crlf: true },
);

// ==================================================================================================== ANDROID / GOOGLE PLAY
const playSa = serviceAccount("hollowpine-play", "play-publisher");
emit("android/play-store-credentials.json", ({ P, U }) => saJson(playSa, P, U));

emit(
  "android/key.properties",
  ({ P }) => `storePassword=${P("android_keystore_password", pw())}
keyPassword=${P("android_key_password", pw())}
keyAlias=upload
storeFile=/Users/ci/keys/mosslantern-companion-upload.jks
`,
);

emit(
  "android/app/build.gradle",
  ({ P, N }) => `plugins {
    id "com.android.application"
    id "kotlin-android"
    id "com.google.gms.google-services"
}

android {
    namespace "com.hollowpine.companion"
    compileSdk 34

    defaultConfig {
        applicationId "com.hollowpine.companion"
        minSdk 24
        targetSdk 34
        versionCode 112
        versionName "2.3.0"
    }

    signingConfigs {
        debug {
            storeFile file("debug.keystore")
            storePassword "${N("android_keystore_password", "android", "default debug keystore password")}"
            keyAlias "androiddebugkey"
            keyPassword "${N("android_key_password", "android", "default debug key password")}"
        }
        release {
            storeFile file(System.getenv("UPLOAD_STORE_FILE") ?: "upload.jks")
            storePassword ${N("android_keystore_password", 'System.getenv("UPLOAD_STORE_PASSWORD")', "env lookup")}
            keyAlias "upload"
            keyPassword System.getenv("UPLOAD_KEY_PASSWORD") ?: "${P("android_key_password", pw())}"
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            proguardFiles getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro"
            signingConfig signingConfigs.release
        }
    }
}

dependencies {
    implementation platform("com.google.firebase:firebase-bom:32.8.0")
    implementation "com.google.firebase:firebase-messaging"
    implementation "androidx.core:core-ktx:1.12.0"
}
`,
);

{
  const sa = serviceAccount("hollowpine-play", "ci-deployer");
  const json = saJson(
    sa,
    (_t, v) => v,
    (_t, v) => v,
  );
  const enc = b64(Buffer.from(json));
  emit(
    "android/.github/workflows/deploy.yml",
    ({ P }) => `name: Deploy to Play (internal track)
on:
  push:
    branches: [main]

env:
  # base64 of the ci-deployer service account JSON (temporary, see #212)
  PLAY_JSON_KEY_B64: ${P("gcp_service_account_key", enc, "base64-encoded service-account JSON", { decoded: json })}
  FIREBASE_TOKEN: ${P("google_oauth_refresh_token", refreshToken(), "firebase login:ci token")}

jobs:
  deploy:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: 17
      - run: echo "$PLAY_JSON_KEY_B64" | base64 -d > play.json
      - run: ./gradlew bundleRelease
      - run: bundle exec fastlane supply --aab app/build/outputs/bundle/release/app-release.aab --track internal --json_key play.json
      - run: npx firebase-tools appdistribution:distribute app/build/outputs/bundle/release/app-release.aab --app 1:${range(100000000000, 999999999999)}:android:${hex(22)} --groups qa
`,
  );
}

// ==================================================================================================== GAME BACKEND
emit(
  "server/config/production.json",
  ({ P, N, U }) => `{
  "port": 8080,
  "logLevel": "info",
  "steam": {
    "appId": ${N("steam_app_id", "2211840", "Steam app id")},
    "webApiKey": "${P("steam_web_api_key", steamKey())}",
    "publisherKey": "${P("steam_web_api_key", steamKey(), "Steamworks publisher Web API key")}"
  },
  "playfab": {
    "titleId": "${U("playfab_title_id", playfabTitle(), "PlayFab title id")}",
    "secretKey": "${P("playfab_secret_key", playfabSecret())}"
  },
  "photon": {
    "appId": "${N("photon_app_id", uuid(), "Photon app id, public")}",
    "region": "eu"
  },
  "discord": {
    "botToken": "${P("discord_bot_token", discordBotToken(true))}",
    "guildId": "${snowflake()}",
    "reportChannelId": "${snowflake()}"
  },
  "database": {
    "url": "postgres://sf_api:${P("postgres_password", randPw(24, "-_"), "password in connection string")}@db-primary.internal:5432/starforge?sslmode=require"
  },
  "redis": {
    "url": "redis://:${P("redis_password", hex(32), "password in redis URL")}@cache.internal:6379/0"
  },
  "sentry": {
    "dsn": "${U("sentry_dsn", sentryDsn(), "Sentry DSN")}"
  }
}
`,
);

emit(
  "server/src/steam/auth.py",
  ({ P, N }) => `"""Steam session ticket validation for the matchmaking service."""
import os

import requests

STEAM_API = "https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/"
STEAM_APP_ID = 2211840

# Production key comes from the environment (ECS task definition).
STEAM_API_KEY = ${N("steam_web_api_key", 'os.environ["STEAM_API_KEY"]', "environment lookup")}
# Local dev publisher key for the "Starforge Dev" test app
_DEV_KEY = "${P("steam_web_api_key", steamKey(), "dev publisher key")}"


def authenticate_ticket(ticket_hex: str, dev: bool = False) -> str:
    """Return the SteamID64 for a session ticket.

    Example:
        GET .../AuthenticateUserTicket/v1/?key=${N("steam_web_api_key", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "docstring placeholder")}&appid=480&ticket=...
    """
    params = {
        "key": _DEV_KEY if dev else STEAM_API_KEY,
        "appid": STEAM_APP_ID,
        "ticket": ticket_hex,
    }
    resp = requests.get(STEAM_API, params=params, timeout=5)
    resp.raise_for_status()
    body = resp.json()["response"]
    if "error" in body:
        raise PermissionError(body["error"]["errordesc"])
    return body["params"]["steamid"]
`,
);

{
  const oldTok = discordBotToken(true);
  const masked = oldTok.slice(0, 10) + "*".repeat(20);
  const pubKey = edKey().pub.toString("hex");
  emit(
    "server/src/bots/discord_bot.py",
    ({ P, N, U }) => `"""Community bot: /stats, /link, and tournament announcements."""
import logging

import discord
from discord import app_commands
from nacl.signing import VerifyKey

log = logging.getLogger("sfbot")

APPLICATION_ID = ${U("discord_application_id", snowflake(), "Discord application id")}
# Public key from the developer portal, used to verify interaction webhooks (public by design)
DISCORD_PUBLIC_KEY = "${N("discord_public_key", pubKey, "Discord interactions Ed25519 public key")}"
verify_key = VerifyKey(bytes.fromhex(DISCORD_PUBLIC_KEY))

intents = discord.Intents.default()
intents.members = True
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)


@tree.command(name="stats", description="Show your Starforge stats")
async def stats(interaction: discord.Interaction):
    await interaction.response.send_message("Fetching stats...", ephemeral=True)


@client.event
async def on_ready():
    await tree.sync()
    log.info("logged in as %s", client.user)


if __name__ == "__main__":
    # rotated 2024-03 after the leak; old token was ${N("discord_bot_token", masked, "masked/redacted token")}
    client.run("${P("discord_bot_token", discordBotToken(true))}")
`,
  );
}

emit(
  "server/docker-compose.yml",
  ({ P, N, U }) => `services:
  api:
    build: .
    ports:
      - "8080:8080"
    environment:
      NODE_ENV: production
      DATABASE_URL: postgres://starforge:${V("POSTGRES_PASSWORD")}@db:5432/starforge
      PLAYFAB_SECRET: ${N("playfab_secret_key", V("PLAYFAB_SECRET"), "compose variable reference")}
      EOS_CLIENT_SECRET: ${P("eos_client_secret", eosSecret())}
      SENTRY_DSN: ${U("sentry_dsn", sentryDsn(), "Sentry DSN")}
    depends_on: [db, cache]

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: starforge
      POSTGRES_PASSWORD: ${P("postgres_password", pw())}
      POSTGRES_DB: starforge
    volumes:
      - pgdata:/var/lib/postgresql/data

  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${P("redis_password", randPw(28, ""))}", "--appendonly", "yes"]

volumes:
  pgdata:
`,
);

emit(
  "server/.env",
  ({ P, U }) => `# starforge-api local overrides (copied from 1Password "api prod env" on 2024-04-02)
NODE_ENV=production
STEAM_WEB_API_KEY=${P("steam_web_api_key", steamKey())}
FCM_SERVER_KEY=${P("fcm_server_key", fcmKey())}
GAMEANALYTICS_GAME_KEY=${U("gameanalytics_game_key", gaGameKey(), "GA game key")}
GAMEANALYTICS_SECRET_KEY=${P("gameanalytics_secret_key", gaSecret())}
TWITCH_CLIENT_ID=${U("twitch_client_id", twitchSecret(), "Twitch client id")}
TWITCH_CLIENT_SECRET=${P("twitch_client_secret", twitchSecret())}
DISCORD_MODLOG_WEBHOOK=${P("discord_webhook_url", discordWebhook())}
EOS_CLIENT_ID=${U("eos_client_id", eosClientId(), "EOS client id")}
EOS_CLIENT_SECRET=${P("eos_client_secret", eosSecret())}

# crash dump bucket (s3://starforge-crashdumps)
AWS_ACCESS_KEY_ID=${P("aws_access_key_id", awsKeyId())}
AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", awsSecret())}
AWS_REGION=eu-north-1
`,
);

const adminSa = serviceAccount("starforge-arena", `firebase-adminsdk-${str(LOALNUM, 5)}`);
emit("server/firebase-adminsdk.json", ({ P, U }) => saJson(adminSa, P, U));

emit(
  "server/src/webhooks/twitch-eventsub.ts",
  ({ P }) => `import crypto from 'node:crypto';
import type { Request, Response } from 'express';

// Secret we registered with EventSub for stream.online / channel.follow subscriptions (10-100 chars)
const EVENTSUB_SECRET = '${P("twitch_eventsub_secret", str(B62, 40))}';

const HMAC_PREFIX = 'sha256=';

export function verifyEventSub(req: Request & { rawBody: Buffer }, res: Response, next: () => void) {
  const id = req.header('Twitch-Eventsub-Message-Id') ?? '';
  const ts = req.header('Twitch-Eventsub-Message-Timestamp') ?? '';
  const expected = HMAC_PREFIX + crypto.createHmac('sha256', EVENTSUB_SECRET).update(id + ts + req.rawBody).digest('hex');
  const given = req.header('Twitch-Eventsub-Message-Signature') ?? '';
  if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(given))) {
    return res.sendStatus(403);
  }
  next();
}
`,
);

emit(
  "server/README.md",
  ({ N }) => `# starforge-api

Matchmaking, stats and live-ops backend for Starforge Arena.

## Local setup

1. Copy \`.env.example\` to \`.env\`.
2. Fill in the keys. You need your own Steam publisher key, e.g.

   ${BT}
   STEAM_WEB_API_KEY=${N("steam_web_api_key", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder")}
   DISCORD_BOT_TOKEN=${N("discord_bot_token", "your-bot-token-here", "placeholder")}
   FCM_SERVER_KEY=${N("fcm_server_key", "<server-key>", "placeholder")}
   ${BT}

3. For the crash-dump bucket use LocalStack; the AWS example credentials work there:

   ${BT}
   AWS_ACCESS_KEY_ID=${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example key")}
   AWS_SECRET_ACCESS_KEY=${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example secret")}
   ${BT}

4. \`docker compose up -d db cache && npm run dev\`

## Calling Discord

${BT}sh
curl -H "Authorization: Bot ${N("discord_bot_token", "$DISCORD_BOT_TOKEN", "shell variable reference")}" https://discord.com/api/v10/users/@me
${BT}
`,
);

{
  const bad1 = badChecksum(ghToken());
  const bad2 = badChecksum(npmToken());
  emit(
    "server/tests/test_redaction.py",
    ({ N }) => `"""Log redaction middleware must scrub credential-shaped strings.

All values here are synthetic: checksums are deliberately wrong or lengths are off.
"""
from starforge_api.logging import redact

FAKE_GH = "${N("github_pat", bad1, "fails CRC32 checksum (test fixture)")}"
FAKE_NPM = "${N("npm_token", bad2, "fails CRC32 checksum (test fixture)")}"
SHORT_STEAM_KEY = "${N("steam_web_api_key", hexU(31), "31 hex chars, wrong length")}"
NOT_A_WEBHOOK = "https://discord.com/api/webhooks/${N("discord_webhook_url", "123456789012345678/abcdef", "token far too short")}"


def test_redacts_github_tokens():
    assert FAKE_GH not in redact(f"push failed with token {FAKE_GH}")


def test_redacts_npm_tokens():
    assert "npm_" not in redact(f"//registry.npmjs.org/:_authToken={FAKE_NPM}")


def test_keeps_short_hex():
    assert SHORT_STEAM_KEY in redact(f"build id {SHORT_STEAM_KEY}")


def test_webhook_shape():
    assert redact(NOT_A_WEBHOOK).endswith("[REDACTED]")
`,
  );
}

{
  const k1 = steamKey();
  const k2 = discordBotToken(true);
  const dbpw = randPw(20, "-_");
  const dburl = `postgres://sf_api:${dbpw}@db-primary.internal:5432/starforge`;
  emit(
    "server/k8s/secrets.yaml",
    ({ P }) => `apiVersion: v1
kind: Secret
metadata:
  name: starforge-api
  namespace: live
  labels:
    app.kubernetes.io/name: starforge-api
type: Opaque
data:
  steam-web-api-key: ${P("steam_web_api_key", b64(Buffer.from(k1)), "base64 in k8s Secret", { decoded: k1 })}
  discord-bot-token: ${P("discord_bot_token", b64(Buffer.from(k2)), "base64 in k8s Secret", { decoded: k2 })}
  database-url: ${P("postgres_password", b64(Buffer.from(dburl)), "base64 connection string in k8s Secret", { decoded: dburl })}
`,
  );
}

emit(
  "server/scripts/upload_symbols.sh",
  ({ P, N }) => `#!/bin/sh
# Upload dedicated-server debug symbols (Linux) so native crashes symbolicate in Sentry.
set -eu
: "${N("sentry_auth_token", V("SENTRY_AUTH_TOKEN:?SENTRY_AUTH_TOKEN must be set"), "shell variable reference")}"

sentry-cli --org starforge-games --project starforge-server debug-files upload --include-sources Build/LinuxServer/

# one-off backfill for 1.7.x (CI token lacked project:releases)
sentry-cli --auth-token ${P("sentry_org_auth_token", sentryOrg("starforge-games"))} \\
  --org starforge-games --project starforge-server releases finalize "starforge-server@1.7.9"
`,
);

emit(
  "ci/Jenkinsfile",
  ({ P }) => `// Nightly Unreal build for Iron Veil (BuildGraph) on the Windows farm.
pipeline {
    agent { label 'ue5-win' }
    environment {
        P4PORT   = 'ssl:perforce.ironforge.local:1666'
        P4USER   = 'buildfarm'
        P4PASSWD = '${P("perforce_password", pw())}'
        P4CLIENT = "buildfarm_${V("env.NODE_NAME")}"
        UE_ROOT  = 'D:\\\\UE_5.3'
    }
    options { timestamps(); timeout(time: 4, unit: 'HOURS') }
    stages {
        stage('Sync') {
            steps { bat 'p4 sync -q //IronVeil/main/...#head' }
        }
        stage('BuildGraph') {
            steps {
                bat "%UE_ROOT%\\\\Engine\\\\Build\\\\BatchFiles\\\\RunUAT.bat BuildGraph -Script=IronVeil/Build/Graph.xml -Target=\\"Nightly\\" -set:Platform=Win64"
            }
        }
        stage('Archive') {
            steps {
                bat 'curl -sf -u deploy:${P("artifact_repo_password", randPw(20, "-_."))} -T Saved\\\\Archives\\\\IronVeil-Win64.zip https://artifacts.ironforge.local/nightly/'
            }
        }
    }
    post {
        failure {
            withCredentials([string(credentialsId: 'discord-builds-webhook', variable: 'HOOK')]) {
                bat 'curl -s -H "Content-Type: application/json" -d "{\\"content\\":\\"Nightly failed\\"}" %HOOK%'
            }
        }
    }
}
`,
);

emit(
  "docs/RELEASE.md",
  ({ P, N }) => `# Release runbook (launcher + Lantern)

## Secrets

All signing secrets live in 1Password ("Release" vault) and as GitHub Actions secrets.
Never paste them in tickets. When you do need to show config in docs, mask it:

${BT}
CSC_KEY_PASSWORD=${N("codesign_certificate_password", "********", "masked")}
GH_TOKEN=${N("github_pat", "ghp_************************************", "masked")}
SENTRY_AUTH_TOKEN=${N("sentry_org_auth_token", "sntrys_<REDACTED>", "redacted")}
${BT}

Apple app-specific passwords look like \`${N("apple_app_specific_password", "abcd-efgh-ijkl-mnop", "format example")}\`; create one per machine at appleid.apple.com.

## Notarization broke on the mini (2024-05-02)

The keychain profile vanished after the macOS update. Until we re-run \`store-credentials\` use:

${BT}sh
xcrun notarytool store-credentials lumen-notary --apple-id build@lumen.gg --team-id 7QH3XK9L2M --password ${P("apple_app_specific_password", appleAsp())}
${BT}

## Checklist

- [ ] bump version in package.json and Info.plist
- [ ] \`npm run release\`
- [ ] check appcast signature with \`sign_update --verify\`
- [ ] announce in #releases
`,
);

// ==================================================================================================== EXTRA RELEASE PLUMBING
emit(
  "unreal/Binaries/Win64/steam_appid.txt",
  ({ N }) => `${N("steam_app_id", "1284710", "steam_appid.txt holds the public app id")}
`,
);

emit(
  "unreal/Build/Scripts/UploadToEGS.ps1",
  ({ P, N, U }) => String.raw`# Upload a staged build to the Epic Games Store with BuildPatchTool.
# Credentials: Dev Portal > Product > Product Settings > BuildPatchTool credentials.
param([string]$BuildVersion = "0.9.4-CL24817-Win64")

$BPT = "C:\EpicTools\BuildPatchTool\Engine\Binaries\Win64\BuildPatchTool.exe"
$Common = @(
    "-OrganizationId=o-${str(LOALNUM, 30)}",
    "-ProductId=${N("epic_product_id", hex(32), "EGS product id, identifier")}",
    "-ArtifactId=${N("epic_artifact_id", hex(32), "EGS artifact id, identifier")}",
    "-ClientId=${U("epic_bpt_client_id", str(B62, 32), "BuildPatchTool client id")}"
)

if ($env:CI) {
    # build agents get the secret injected as an environment variable
    & $BPT -mode=UploadBinary @Common -ClientSecretEnvVar=${N("epic_bpt_client_secret", "BPT_CLIENT_SECRET", "name of an environment variable")} -BuildRoot="..\..\Saved\StagedBuilds\Windows" -CloudDir="D:\EGSCloud" -BuildVersion="$BuildVersion" -AppLaunch="IronVeil.exe" -AppArgs=""
} else {
    & $BPT -mode=UploadBinary @Common -ClientSecret=${P("epic_bpt_client_secret", str(`${B62}+/`, 43), "BuildPatchTool client secret")} -BuildRoot="..\..\Saved\StagedBuilds\Windows" -CloudDir="D:\EGSCloud" -BuildVersion="$BuildVersion" -AppLaunch="IronVeil.exe" -AppArgs=""
}
exit $LASTEXITCODE
`,
  { crlf: true },
);

emit(
  "launcher/.sentryclirc",
  ({ P }) => `[defaults]
org = lumen-games
project = launcher

[auth]
token = ${P("sentry_user_auth_token", sentryUser())}
`,
);

emit(
  "launcher/dev-app-update.yml",
  ({ P }) => `# electron-updater config for testing updates from a dev build (private releases repo)
provider: github
owner: lumen-games
repo: launcher-releases
private: true
token: ${P("github_pat", ghToken())}
updaterCacheDirName: lumen-launcher-updater
`,
);

emit(
  "launcher/electron-builder.env",
  ({ P }) => `# picked up automatically by electron-builder (see docs: "electron-builder.env")
CSC_KEY_PASSWORD=${P("codesign_certificate_password", pw())}
GH_TOKEN=${P("github_fine_grained_pat", `github_pat_11${str(UPALNUM, 20)}_${str(B62, 59)}`, "fine-grained PAT; no checksum claimed")}
`,
);

emit(
  "mac/fastlane/.env.default",
  ({ P, N }) => `# fastlane dotenv, loaded for every lane
FASTLANE_USER=mac-release@lanternapp.io
FASTLANE_PASSWORD=${P("apple_id_password", humanPw(), "Apple ID account password")}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${P("apple_app_specific_password", appleAsp())}
FASTLANE_TEAM_ID=K7M2QX94LD
MATCH_PASSWORD=${N("fastlane_match_password", "REPLACE_ME", "placeholder")}
FASTLANE_SKIP_UPDATE_CHECK=1
`,
);

emit(
  "server/scripts/backfill_rtdb.py",
  ({ P, U }) => `#!/usr/bin/env python3
"""One-off: copy legacy player profiles out of the Realtime Database into Postgres.

Uses the legacy database secret because the admin SDK was too slow for 2M nodes.
"""
import json
import sys

import psycopg
import requests

RTDB = "https://starforge-arena-default-rtdb.europe-west1.firebasedatabase.app"
DB_SECRET = "${P("firebase_database_secret", str(B62, 40), "legacy Firebase RTDB secret")}"
WEB_API_KEY = "${U("firebase_web_api_key", `AIza${str(B64URL, 35)}`, "Firebase web API key")}"


def fetch(path: str, shallow: bool = False):
    params = {"auth": DB_SECRET}
    if shallow:
        params["shallow"] = "true"
    r = requests.get(f"{RTDB}/{path}.json", params=params, timeout=60)
    r.raise_for_status()
    return r.json()


def main(dsn: str) -> None:
    keys = fetch("players", shallow=True) or {}
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        for uid in keys:
            profile = fetch(f"players/{uid}")
            cur.execute("INSERT INTO legacy_profiles (uid, data) VALUES (%s, %s) ON CONFLICT DO NOTHING", (uid, json.dumps(profile)))
    print(f"copied {len(keys)} profiles")


if __name__ == "__main__":
    main(sys.argv[1])
`,
);

emit(
  "server/tools/playfab-admin.sh",
  ({ P, N }) => `#!/usr/bin/env bash
# Quick admin calls against the live PlayFab title. Usage: playfab-admin.sh <PlayFabId>
set -euo pipefail
TITLE="${playfabTitle()}"
PLAYER="$1"

# normal path: secret from the environment
curl -s -X POST "https://$TITLE.playfabapi.com/Admin/GetUserAccountInfo" \\
  -H "Content-Type: application/json" \\
  -H "X-SecretKey: ${N("playfab_secret_key", "$PLAYFAB_SECRET_KEY", "shell variable reference")}" \\
  -d "{\\"PlayFabId\\": \\"$PLAYER\\"}"

# staging title (hard-coded while debugging STAR-1290)
curl -s -X POST "https://${playfabTitle()}.playfabapi.com/Admin/GetUserBans" \\
  -H "Content-Type: application/json" \\
  -H "X-SecretKey: ${P("playfab_secret_key", playfabSecret())}" \\
  -d "{\\"PlayFabId\\": \\"$PLAYER\\"}"
`,
);

{
  const sig = (name) => {
    const text = `untrusted comment: signature from tauri secret key\n${b64(Buffer.concat([Buffer.from("ED"), bytes(8), bytes(64)]))}\ntrusted comment: timestamp:${range(1_710_000_000, 1_716_000_000)}\tfile:${name}\n${b64(bytes(64))}\n`;
    return b64(Buffer.from(text));
  };
  emit(
    "mosaic/latest.json",
    ({ N }) => `{
  "version": "0.14.2",
  "notes": "Fix load order for Frostmarch DLC mods; faster archive scanning.",
  "pub_date": "2024-05-20T17:04:12Z",
  "platforms": {
    "windows-x86_64": {
      "signature": "${N("tauri_update_signature", sig("Mosaic_0.14.2_x64-setup.exe"), "minisign signature of an update (public)")}",
      "url": "https://releases.mosaic.gg/download/0.14.2/Mosaic_0.14.2_x64-setup.exe"
    },
    "darwin-universal": {
      "signature": "${N("tauri_update_signature", sig("Mosaic.app.tar.gz"), "minisign signature (public)")}",
      "url": "https://releases.mosaic.gg/download/0.14.2/Mosaic_universal.app.tar.gz"
    }
  }
}
`,
  );
}

// ==================================================================================================== write + self-check
function writeAll() {
  fs.rmSync(OUT, { recursive: true, force: true });
  for (const f of FILES) {
    const p = path.join(OUT, f.rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, f.text);
  }
  const sortKey = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  LABELS.sort(sortKey);
  NEUTRALS.sort(sortKey);
  fs.writeFileSync(path.join(HERE, "labels.json"), `${JSON.stringify(LABELS, null, 2)}\n`);
  fs.writeFileSync(path.join(HERE, "neutrals.json"), `${JSON.stringify(NEUTRALS, null, 2)}\n`);
}

function selfCheck() {
  const errors = [];
  const byFile = new Map(FILES.map((f) => [f.rel, fs.readFileSync(path.join(OUT, f.rel), "utf8")]));
  const lineStarts = (text) => {
    const s = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") s.push(i + 1);
    return s;
  };
  for (const lab of [...LABELS, ...NEUTRALS]) {
    const text = byFile.get(lab.file);
    if (text === undefined) {
      errors.push(`missing file ${lab.file}`);
      continue;
    }
    const starts = lineStarts(text);
    const from = starts[lab.line - 1];
    const to = lab.line < starts.length ? starts[lab.line] - 1 : text.length;
    if (from === undefined) {
      errors.push(`bad line ${lab.file}:${lab.line}`);
      continue;
    }
    const idx = text.indexOf(lab.secret, from);
    if (idx < 0 || idx > to)
      errors.push(`secret not on line: ${lab.file}:${lab.line} ${lab.secret.slice(0, 40)}`);
  }
  for (const f of FILES) {
    if (f.rel.endsWith(".json")) {
      try {
        JSON.parse(byFile.get(f.rel));
      } catch (e) {
        errors.push(`JSON parse failed: ${f.rel}: ${e.message}`);
      }
    }
  }
  const pos = LABELS.filter((l) => l.positive);
  const neg = LABELS.filter((l) => !l.positive);
  const posVals = new Map();
  for (const l of pos) {
    if (posVals.has(l.secret))
      errors.push(`duplicate positive value in ${l.file} and ${posVals.get(l.secret)}`);
    posVals.set(l.secret, l.file);
  }
  for (const l of neg)
    if (posVals.has(l.secret)) errors.push(`value is both positive and negative: ${l.file}:${l.line}`);
  for (const l of NEUTRALS)
    if (posVals.has(l.secret)) errors.push(`value is both positive and neutral: ${l.file}:${l.line}`);
  // format sanity for checksum-bearing tokens
  for (const l of pos) {
    if ((l.type === "github_pat" || l.type === "npm_token") && !validCrcToken(l.secret))
      errors.push(`bad checksum on positive ${l.file}:${l.line}`);
  }
  for (const l of neg) {
    if (
      (l.type === "github_pat" || l.type === "npm_token") &&
      /^(ghp|npm)_[A-Za-z0-9]{36}$/.test(l.secret) &&
      validCrcToken(l.secret)
    ) {
      errors.push(`negative token unexpectedly has a valid checksum ${l.file}:${l.line}`);
    }
  }
  // decoded values must round-trip
  for (const l of LABELS) {
    if (l.decoded !== undefined && Buffer.from(l.secret, "base64").toString("utf8") !== l.decoded) {
      errors.push(`decoded mismatch ${l.file}:${l.line}`);
    }
  }
  const fileSet = new Set(FILES.map((f) => f.rel));
  if (fileSet.size !== FILES.length) errors.push("duplicate file path");
  console.log(
    `seed=${SEED} files=${FILES.length} labels=${LABELS.length} positives=${pos.length} negatives=${neg.length} neutrals=${NEUTRALS.length}`,
  );
  if (errors.length) {
    for (const e of errors) console.error(`CHECK FAILED: ${e}`);
    process.exit(1);
  }
}

writeAll();
selfCheck();

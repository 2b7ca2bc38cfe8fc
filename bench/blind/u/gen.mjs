#!/usr/bin/env node
// Blind labelled corpus "u": an LLM-apps / AI-agents team in 2026 (repositories + laptops).
//
// Usage: node gen.mjs <seed>   -> writes ./files/**, ./labels.json, ./neutrals.json in the cwd.
// Deterministic: every random byte comes from HMAC-SHA256(key = seed, message = counter).
// No credential literal lives in this file: every key/token/password is built at run time from
// its format. The only literal sample values are vendor-published documentation samples
// (AWS AKIAIOSFODNN7EXAMPLE pair, the jwt.io sample token), used as negatives only.
//
// Credential formats used (prefix / length / alphabet / checksum -- source):
//  openai_api_key          sk-proj- | sk-svcacct- + 74 [A-Za-z0-9_-] + "T3BlbkFJ" + 74 [A-Za-z0-9_-]   -- observed shape (public leaks, GitGuardian "OpenAI Project API Key")
//  openai_admin_key        sk-admin- + same 74+T3BlbkFJ+74 body                                       -- observed shape (guessed body length)
//  anthropic_api_key       sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA" (108 chars)                        -- observed shape (key checkers' regex)
//  anthropic_admin_key     sk-ant-admin01- + 93 [A-Za-z0-9_-] + "AA"                                 -- observed shape
//  google_api_key          AIza + 35 [A-Za-z0-9_-] (Gemini / Firebase web keys)                        -- Google API key docs / observed
//  azure_openai_api_key    32 lowercase hex, no prefix                                                -- observed (Azure portal "KEY 1")
//  aws_access_key_id       AKIA|ASIA + 16 [A-Z2-7]; secret 40 [A-Za-z0-9+/]; session token IQoJb3JpZ2luX2Vj... base64 -- AWS IAM docs / observed
//  gcp service account     JSON with PKCS#8 RSA-2048 "BEGIN PRIVATE KEY" (real key, generated here), private_key_id 40 hex -- Google IAM docs
//  google_oauth_refresh_token 1//0 + letter + 98 [A-Za-z0-9_-]; client secret GOCSPX- + 28              -- observed shape
//  mistral_api_key         32 [A-Za-z0-9], no prefix                                                  -- observed shape
//  cohere_api_key          40 [A-Za-z0-9], no prefix                                                  -- observed shape
//  groq_api_key            gsk_ + 52 [A-Za-z0-9]                                                      -- observed shape
//  together_api_key        legacy 64 hex (no prefix), newer tgp_v1_ + 43 [A-Za-z0-9_-]                 -- observed shape (tgp_v1_ length guessed)
//  fireworks_api_key       fw_ + 24 [A-Za-z0-9]                                                       -- observed shape
//  perplexity_api_key      pplx- + 48 [A-Za-z0-9]                                                     -- observed shape
//  openrouter_api_key      sk-or-v1- + 64 lowercase hex                                               -- observed shape (key checkers' regex)
//  xai_api_key             xai- + 80 [A-Za-z0-9]                                                      -- observed shape
//  deepseek_api_key        sk- + 32 lowercase hex                                                     -- observed shape
//  replicate_api_token     r8_ + 37 [A-Za-z0-9]                                                       -- observed shape
//  huggingface_token       hf_ + 34 [A-Za-z]                                                          -- observed shape (HF docs show hf_ prefix)
//  elevenlabs_api_key      sk_ + 48 lowercase hex                                                     -- observed shape
//  deepgram_api_key        40 lowercase hex                                                           -- observed shape
//  assemblyai_api_key      32 lowercase hex                                                           -- observed shape
//  stability_api_key       sk- + 48 [A-Za-z0-9]                                                       -- observed shape
//  voyage_api_key          pa- + 43 [A-Za-z0-9_-]                                                     -- observed shape
//  llamacloud_api_key      llx- + 48 [A-Za-z0-9]                                                      -- observed shape
//  pinecone_api_key        pcsk_ + 5-6 [A-Za-z0-9] + _ + 63 [A-Za-z0-9]                               -- observed shape (secret-scan rules)
//  weaviate_api_key        40 [A-Za-z0-9], no prefix                                                  -- observed shape (guessed)
//  qdrant_api_key          Cloud: JWT HS256 {"access":"m","exp":..} (granular keys start eyJhb); self-hosted: operator-chosen string (48 alnum) -- Qdrant Cloud docs
//  zilliz_api_key          104 lowercase hex                                                          -- observed shape
//  chroma_api_key          ck- + 44 [A-Za-z0-9]                                                       -- observed shape (guessed length)
//  supabase_service_role_key JWT HS256 {"iss":"supabase","ref":..,"role":"service_role"} (anon = neutral) -- Supabase docs
//  supabase_access_token   sbp_ + 40 lowercase hex                                                    -- observed shape
//  postgres_password       Neon npg_ + 12 [A-Za-z0-9], or human passwords in URIs / configs           -- observed shape
//  langsmith_api_key       lsv2_pt_ | lsv2_sk_ + 32 hex + _ + 10 hex                                   -- observed shape (LangSmith docs name PATs / service keys)
//  langfuse_secret_key     sk-lf- + UUIDv4 (pk-lf- public key = neutral)                               -- Langfuse docs
//  helicone_api_key        sk-helicone- | pk-helicone- + 4 groups of 7 [a-z0-9] joined by -           -- Helicone docs (sk-/pk- prefixes), groups observed
//  wandb_api_key           40 lowercase hex                                                           -- observed shape
//  braintrust_api_key      sk- + 48 [A-Za-z0-9]                                                       -- observed shape
//  agentops_api_key        UUIDv4, no prefix                                                          -- observed shape
//  modal_token_secret      as- + 22 [A-Za-z0-9] (token id ak- + 22 = neutral)                          -- Modal docs (ak-/as-)
//  runpod_api_key          rpa_ + 40 [A-Z0-9]                                                         -- observed shape (guessed)
//  litellm_master_key / litellm_virtual_key / litellm_salt_key  sk- + 22..32 [A-Za-z0-9_-]             -- LiteLLM docs ("must start with sk-")
//  n8n_encryption_key      32 [A-Za-z0-9]; n8n_api_key JWT HS256 {"iss":"n8n","aud":"public-api"}      -- observed shape
//  github_pat              ghp_ + 30 base62 + 6-char base62 CRC32 of the 30 (left-padded with 0)       -- GitHub blog "Behind GitHub's new authentication token formats"
//  github_oauth_token      gho_ / ghu_ + same checksum scheme                                         -- GitHub blog
//  github_fine_grained_pat github_pat_ + 11 + 20 [A-Z0-9] + _ + 59 [A-Za-z0-9] (93 chars)             -- observed shape
//  github_app_private_key  PKCS#1 "BEGIN RSA PRIVATE KEY" RSA-2048 (real key, generated here)          -- GitHub Apps docs
//  npm_token               npm_ + 30 base62 + 6-char base62 CRC32                                     -- npm changelog (new token format)
//  slack_bot_token         xoxb- + 10-13 digits + - + 10-13 digits + - + 24 [A-Za-z0-9]               -- Slack docs / observed
//  slack_webhook_url       https://hooks.slack.com/services/T + 10 / B + 10 / 24 [A-Za-z0-9]          -- Slack docs
//  telegram_bot_token      8-10 digits + :AA + 33 [A-Za-z0-9_-]                                       -- Telegram Bot API docs
//  tavily_api_key          tvly- | tvly-dev- + 32 [A-Za-z0-9]                                         -- observed shape
//  exa_api_key             UUIDv4, no prefix                                                          -- observed shape
//  brave_search_api_key    BSA + 28 [A-Za-z0-9]                                                       -- observed shape
//  firecrawl_api_key       fc- + 32 lowercase hex                                                     -- observed shape
//  browserbase_api_key     bb_live_ + 27 [A-Za-z0-9_-]                                                -- observed shape
//  e2b_api_key             e2b_ + 40 lowercase hex                                                    -- observed shape
//  linear_api_key          lin_api_ + 40 [A-Za-z0-9]                                                  -- observed shape
//  notion_token            ntn_ + 46 [A-Za-z0-9]                                                      -- observed shape
//  stripe_restricted_key   rk_live_ + 99 [A-Za-z0-9] (pk_live_ = neutral)                              -- Stripe docs / observed
//  clerk_secret_key        sk_live_ + 42 [A-Za-z0-9] (pk_live_ + base64("<fapi host>$") = neutral)      -- Clerk docs / observed
//  twilio_auth_token       32 lowercase hex (Account SID AC + 32 hex = identifier, negative)           -- Twilio docs
//  livekit_api_secret      43 [A-Za-z0-9] (API key "API" + 12 = neutral)                               -- observed shape
//  serper_api_key          40 lowercase hex                                                           -- observed shape
//  datadog_api_key         32 lowercase hex (client token pub + 32 hex = neutral)                      -- Datadog docs
//  vercel_token            24 [A-Za-z0-9]                                                             -- observed shape
//  ssh_private_key         OpenSSH "BEGIN OPENSSH PRIVATE KEY" ed25519 (real key, generated here)      -- OpenSSH PROTOCOL.key
//  kubernetes_service_account_token  JWT RS256 signed with a generated RSA key                        -- Kubernetes docs
//  kubernetes_client_key   base64 of SEC1 "BEGIN EC PRIVATE KEY" P-256 (real key)                      -- kubeconfig docs
//  docker_registry_auth    base64("user:token") in ~/.docker/config.json                              -- Docker docs
//  password / generic secrets  human passwords from word lists; openssl-rand style hex / base64       -- observed practice
// Neutrals (public by design): Stripe/Clerk publishable keys, Firebase web API key, Sentry DSN,
// Google OAuth client IDs and installed-app client secrets, Datadog RUM client token, Supabase anon key,
// Langfuse public key, PostHog project key, Modal token id, LiveKit API key id, GitHub App client id.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2];
if (!SEED) {
  console.error("usage: node gen.mjs <seed>");
  process.exit(2);
}

// ---------------------------------------------------------------- deterministic random stream
let ctr = 0,
  pool = Buffer.alloc(0),
  poolOff = 0;
function bytes(n) {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    if (poolOff >= pool.length) {
      pool = crypto.createHmac("sha256", SEED).update(`u:${ctr++}`).digest();
      poolOff = 0;
    }
    out[i] = pool[poolOff++];
  }
  return out;
}
function u32() {
  return bytes(4).readUInt32BE(0);
}
function int(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  let x;
  do {
    x = u32();
  } while (x >= lim);
  return x % n;
}
function range(a, b) {
  return a + int(b - a + 1);
}
function pick(a) {
  return a[int(a.length)];
}

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LO = "abcdefghijklmnopqrstuvwxyz",
  DG = "0123456789";
const AL = {
  alnum: UP + LO + DG,
  b62: DG + UP + LO,
  hex: `${DG}abcdef`,
  HEX: `${DG}ABCDEF`,
  letters: UP + LO,
  b64url: `${UP + LO + DG}-_`,
  b64: `${UP + LO + DG}+/`,
  lowalnum: LO + DG,
  upnum: UP + DG,
  b32: `${UP}234567`,
  digits: DG,
  b58: "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
};
function rs(n, alpha = AL.alnum) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[int(alpha.length)];
  return s;
}
// b64url bodies of real keys rarely start/end with '-' or '_'; keep ends alphanumeric
function rsu(n) {
  return rs(1) + rs(n - 2, AL.b64url) + rs(1);
}
function uuid() {
  const h = rs(32, AL.hex);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
}
const b64u = (b) => Buffer.from(b).toString("base64url");
const b64 = (b) => Buffer.from(b).toString("base64");
const sha256hex = (s) => crypto.createHash("sha256").update(s).digest("hex");
const cap = (w) => w[0].toUpperCase() + w.slice(1);

// fixed calendar, never the clock
const T0 = Date.UTC(2026, 0, 5, 8, 0, 0);
function when(dayMin, dayMax) {
  return new Date(T0 + range(dayMin * 86400, dayMax * 86400) * 1000);
}
const iso = (d) => d.toISOString();
const isoS = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
const epoch = (d) => Math.floor(d.getTime() / 1000);
function onDay(day, hMin = 0, hMax = 10) {
  return new Date(T0 + day * 86400000 + range(hMin * 3600, hMax * 3600) * 1000);
}

// ---------------------------------------------------------------- human-chosen passwords
const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "falcon",
  "meadow",
  "copper",
  "willow",
  "pebble",
  "canyon",
  "maple",
  "orchid",
  "raven",
  "summit",
  "thistle",
  "walrus",
  "badger",
  "comet",
  "delta",
  "garnet",
  "heron",
  "juniper",
  "kestrel",
  "lotus",
  "marble",
  "nectar",
  "quartz",
  "saffron",
  "tundra",
  "violet",
  "zephyr",
  "winter",
  "autumn",
  "sunset",
  "river",
  "granite",
  "cobalt",
  "ember",
  "mango",
  "pretzel",
  "biscuit",
  "tangerine",
  "rocket",
  "paddle",
  "lighthouse",
  "cactus",
  "glacier",
  "puffin",
  "sparrow",
  "bamboo",
  "cricket",
];
function humanPassword() {
  const a = pick(WORDS),
    b = pick(WORDS),
    n2 = range(10, 99),
    n4 = range(1000, 9999),
    sym = pick(["!", "#", "$", "*", "&", "?"]);
  switch (int(6)) {
    case 0:
      return `${cap(a)}${sym}${cap(b)}${n2}`; // Harbor!Lantern42
    case 1:
      return `${a}-${cap(b)}-${n4}`; // winter-Otter-7731
    case 2:
      return `${cap(a)}${cap(b)}${range(2019, 2026)}${sym}`;
    case 3:
      return `${a}_${b}_${n4}`;
    case 4:
      return `${cap(a)}.${cap(b)}.${n2}`;
    default:
      return `${cap(a)}${n4}${sym}${b}`;
  }
}

// ---------------------------------------------------------------- checksummed tokens (GitHub / npm)
const CRC_TABLE = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(str) {
  let c = 0xffffffff;
  for (const ch of Buffer.from(str)) c = CRC_TABLE[(c ^ ch) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  let s = "";
  while (n > 0) {
    s = AL.b62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, "0");
}
function checksummed(prefix) {
  const body = rs(30, AL.b62);
  return prefix + body + base62(crc32(body), 6);
}
function brokenChecksum(tok) {
  const good = tok.slice(-6);
  let bad;
  do {
    bad = rs(6, AL.b62);
  } while (bad === good);
  return tok.slice(0, -6) + bad;
}

// ---------------------------------------------------------------- vendor formats
const F = {
  openai: (kind = "proj") => `sk-${kind}-${rsu(74)}T3BlbkFJ${rsu(74)}`,
  anthropic: () => `sk-ant-api03-${rsu(93)}AA`,
  anthropicAdmin: () => `sk-ant-admin01-${rsu(93)}AA`,
  google: () => `AIza${rs(35, AL.b64url)}`,
  azure: () => rs(32, AL.hex),
  akia: () => `AKIA${rs(16, AL.b32)}`,
  asia: () => `ASIA${rs(16, AL.b32)}`,
  aidaUnique: () => `AIDA${rs(17, AL.b32)}`,
  awsSecret: () => rs(40, AL.b64),
  awsSession: () => `${b64(Buffer.from("!\n\torigin_ec")).slice(0, 16) + rs(340, AL.b64)}==`,
  mistral: () => rs(32),
  cohere: () => rs(40),
  groq: () => `gsk_${rs(52)}`,
  togetherLegacy: () => rs(64, AL.hex),
  together: () => `tgp_v1_${rsu(43)}`,
  fireworks: () => `fw_${rs(24)}`,
  pplx: () => `pplx-${rs(48)}`,
  openrouter: () => `sk-or-v1-${rs(64, AL.hex)}`,
  xai: () => `xai-${rs(80)}`,
  deepseek: () => `sk-${rs(32, AL.hex)}`,
  replicate: () => `r8_${rs(37)}`,
  hf: () => `hf_${rs(34, AL.letters)}`,
  eleven: () => `sk_${rs(48, AL.hex)}`,
  deepgram: () => rs(40, AL.hex),
  assembly: () => rs(32, AL.hex),
  stability: () => `sk-${rs(48)}`,
  voyage: () => `pa-${rsu(43)}`,
  llx: () => `llx-${rs(48)}`,
  pinecone: () => `pcsk_${rs(range(5, 6))}_${rs(63)}`,
  weaviate: () => rs(40),
  zilliz: () => rs(104, AL.hex),
  chroma: () => `ck-${rs(44)}`,
  sbp: () => `sbp_${rs(40, AL.hex)}`,
  npg: () => `npg_${rs(12)}`,
  lsv2: (k = "pt") => `lsv2_${k}_${rs(32, AL.hex)}_${rs(10, AL.hex)}`,
  lfSecret: () => `sk-lf-${uuid()}`,
  lfPublic: () => `pk-lf-${uuid()}`,
  helicone: (k = "sk") =>
    `${k}-helicone-${rs(7, AL.lowalnum)}-${rs(7, AL.lowalnum)}-${rs(7, AL.lowalnum)}-${rs(7, AL.lowalnum)}`,
  wandb: () => rs(40, AL.hex),
  braintrust: () => `sk-${rs(48)}`,
  modalId: () => `ak-${rs(22)}`,
  modalSecret: () => `as-${rs(22)}`,
  runpod: () => `rpa_${rs(40, AL.upnum)}`,
  litellm: (n = 22) => `sk-${rsu(n)}`,
  ghp: () => checksummed("ghp_"),
  gho: () => checksummed("gho_"),
  ghu: () => checksummed("ghu_"),
  ghFine: () => `github_pat_11${rs(20, AL.upnum)}_${rs(59)}`,
  npm: () => checksummed("npm_"),
  xoxb: () => `xoxb-${rs(range(10, 13), AL.digits)}-${rs(13, AL.digits)}-${rs(24)}`,
  slackHook: () => `https://hooks.slack.com/services/T${rs(10, AL.upnum)}/B${rs(10, AL.upnum)}/${rs(24)}`,
  telegram: () => `${range(6, 7)}${rs(9, AL.digits)}:AA${rs(33, AL.b64url)}`,
  tavily: (dev = false) => `tvly-${dev ? "dev-" : ""}${rs(32)}`,
  brave: () => `BSA${rs(28)}`,
  firecrawl: () => `fc-${rs(32, AL.hex)}`,
  browserbase: () => `bb_live_${rsu(27)}`,
  e2b: () => `e2b_${rs(40, AL.hex)}`,
  linear: () => `lin_api_${rs(40)}`,
  notion: () => `ntn_${rs(46)}`,
  rkLive: () => `rk_live_51${rs(97)}`,
  pkLive: () => `pk_live_51${rs(97)}`,
  clerkSecret: () => `sk_live_${rs(42)}`,
  clerkPublishable: (host) => `pk_live_${b64(`${host}$`)}`,
  twilioToken: () => rs(32, AL.hex),
  twilioSid: () => `AC${rs(32, AL.hex)}`,
  livekitKey: () => `API${rs(12)}`,
  livekitSecret: () => rs(43),
  serper: () => rs(40, AL.hex),
  ddApi: () => rs(32, AL.hex),
  ddClient: () => `pub${rs(32, AL.hex)}`,
  vercel: () => rs(24),
  gocspx: () => `GOCSPX-${rsu(28)}`,
  refresh: () => `1//0${pick(["d", "e", "f", "g"])}${rsu(98)}`,
  googleClientId: () => `${rs(12, AL.digits)}-${rs(32, AL.lowalnum)}.apps.googleusercontent.com`,
  sentryDsn: () => `https://${rs(32, AL.hex)}@o${rs(7, AL.digits)}.ingest.us.sentry.io/${rs(7, AL.digits)}`,
  posthog: () => `phc_${rs(43)}`,
  hex64: () => rs(64, AL.hex),
  b64_32: () => b64(bytes(32)),
  gitsha: () => rs(40, AL.hex),
  orgId: () => `org-${rs(24)}`,
  projId: () => `proj_${rs(24)}`,
  msgId: () => `msg_01${rs(22, AL.b58)}`,
  toolu: () => `toolu_01${rs(22, AL.b58)}`,
  reqId: () => `req_011C${rs(20, AL.b58)}`,
  voiceId: () => rs(20),
  sbRef: () => rs(20, LO),
  bcrypt: () => `$2b$12$${rs(53, `./${UP}${LO}${DG}`)}`,
  awsAccount: () => `${range(1, 9)}${rs(11, AL.digits)}`,
};
const neonHost = (region = "us-east-2") =>
  `ep-${pick(["cool", "still", "misty", "bold", "quiet", "divine", "lively"])}-${pick(["darkness", "forest", "sun", "river", "meadow", "bird", "paper"])}-${rs(8, AL.lowalnum)}-pooler.${region}.aws.neon.tech`;

// ---------------------------------------------------------------- ASN.1 / RSA / EC / ed25519 (real keys, deterministic)
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  const b = Buffer.from(h, "hex");
  return Buffer.concat([Buffer.from([0x80 | b.length]), b]);
}
const der = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
function derInt(x) {
  let h = x.toString(16);
  if (h.length % 2) h = `0${h}`;
  let b = Buffer.from(h, "hex");
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}
const seq = (...p) => der(0x30, Buffer.concat(p));
const oid = (hex) => der(0x06, Buffer.from(hex, "hex"));
const NULLDER = Buffer.from([0x05, 0x00]);
const bn = (b) => BigInt(`0x${b.toString("hex")}`);
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
  let [or, r] = [a % m, m],
    [os, s] = [1n, 0n];
  while (r !== 0n) {
    const q = or / r;
    [or, r] = [r, or - q * r];
    [os, s] = [s, os - q * s];
  }
  return ((os % m) + m) % m;
}
const gcd = (a, b) => {
  while (b) [a, b] = [b, a % b];
  return a;
};
const SMALL_PRIMES = (() => {
  const N = 3000,
    s = new Uint8Array(N),
    out = [];
  for (let i = 2; i < N; i++)
    if (!s[i]) {
      out.push(BigInt(i));
      for (let j = i * i; j < N; j += i) s[j] = 1;
    }
  return out;
})();
function probablePrime(n) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n,
    s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  for (let i = 0; i < 10; i++) {
    const a = 2n + (bn(bytes(32)) % (n - 4n));
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
  const b = bytes(bits / 8);
  b[0] |= 0xc0;
  b[b.length - 1] |= 1;
  let n = bn(b);
  while (!(probablePrime(n) && gcd(n - 1n, 65537n) === 1n)) n += 2n;
  return n;
}
function rsaKey() {
  let p = genPrime(1024),
    q = genPrime(1024);
  if (p < q) [p, q] = [q, p];
  const e = 65537n,
    n = p * q,
    d = modInv(e, (p - 1n) * (q - 1n));
  const pkcs1 = seq(
    derInt(0n),
    derInt(n),
    derInt(e),
    derInt(d),
    derInt(p),
    derInt(q),
    derInt(d % (p - 1n)),
    derInt(d % (q - 1n)),
    derInt(modInv(q, p)),
  );
  const pkcs8 = seq(derInt(0n), seq(oid("2a864886f70d010101"), NULLDER), der(0x04, pkcs1));
  const key = crypto.createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
  return { key, pkcs1, pkcs8, spki: crypto.createPublicKey(key).export({ type: "spki", format: "der" }) };
}
function pem(label, buf, width = 64) {
  const s = b64(buf);
  const lines = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----`;
}
function ecKey() {
  const ecdh = crypto.createECDH("prime256v1");
  const d = bytes(32);
  d[0] &= 0x7f;
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const key = crypto.createPrivateKey({
    key: { kty: "EC", crv: "P-256", d: b64u(d), x: b64u(pub.subarray(1, 33)), y: b64u(pub.subarray(33)) },
    format: "jwk",
  });
  return {
    key,
    sec1Pem: key.export({ type: "sec1", format: "pem" }).trim(),
    spki: crypto.createPublicKey(key).export({ type: "spki", format: "der" }),
  };
}
function utc(d) {
  const p = (x) => String(x).padStart(2, "0");
  return der(
    0x17,
    Buffer.from(
      `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`,
    ),
  );
}
const cn = (name) => seq(der(0x31, seq(oid("550403"), der(0x0c, Buffer.from(name)))));
function cert(subject, subjectSpki, issuer, signerKey, from, days, isCA = false) {
  const alg = seq(oid("2a864886f70d01010b"), NULLDER);
  const serial = bytes(16);
  serial[0] &= 0x7f;
  const TRUE = Buffer.from([0x01, 0x01, 0xff]);
  const basic = seq(oid("551d13"), TRUE, der(0x04, isCA ? seq(TRUE) : seq()));
  const keyUsage = seq(
    oid("551d0f"),
    TRUE,
    der(0x04, isCA ? Buffer.from([0x03, 0x02, 0x02, 0xa4]) : Buffer.from([0x03, 0x02, 0x05, 0xa0])),
  );
  const exts = der(0xa3, seq(keyUsage, basic));
  const tbs = seq(
    der(0xa0, derInt(2n)),
    derInt(bn(serial)),
    alg,
    cn(issuer),
    seq(utc(from), utc(new Date(from.getTime() + days * 86400000))),
    cn(subject),
    subjectSpki,
    exts,
  );
  const sig = crypto.sign("sha256", tbs, signerKey);
  return pem("CERTIFICATE", seq(tbs, alg, der(0x03, Buffer.concat([Buffer.from([0]), sig]))));
}
function ed25519(comment) {
  const seed = bytes(32);
  const key = crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  const pub = Buffer.from(crypto.createPublicKey(key).export({ format: "jwk" }).x, "base64url");
  const str = (b) => {
    b = Buffer.from(b);
    const l = Buffer.alloc(4);
    l.writeUInt32BE(b.length);
    return Buffer.concat([l, b]);
  };
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const pubBlob = Buffer.concat([str("ssh-ed25519"), str(pub)]);
  const check = bytes(4);
  let priv = Buffer.concat([
    check,
    check,
    str("ssh-ed25519"),
    str(pub),
    str(Buffer.concat([seed, pub])),
    str(comment),
  ]);
  for (let i = 1; priv.length % 8; i++) priv = Buffer.concat([priv, Buffer.from([i])]);
  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    str("none"),
    str("none"),
    str(""),
    one,
    str(pubBlob),
    str(priv),
  ]);
  return { privPem: pem("OPENSSH PRIVATE KEY", body, 70), pubLine: `ssh-ed25519 ${b64(pubBlob)} ${comment}` };
}
function jwtHS(payload, secret, header = { alg: "HS256", typ: "JWT" }) {
  const h = b64u(JSON.stringify(header)),
    p = b64u(JSON.stringify(payload));
  return `${h}.${p}.${b64u(crypto.createHmac("sha256", secret).update(`${h}.${p}`).digest())}`;
}
function jwtRS(payload, key, kid) {
  const h = b64u(JSON.stringify({ alg: "RS256", kid })),
    p = b64u(JSON.stringify(payload));
  return `${h}.${p}.${b64u(crypto.sign("sha256", Buffer.from(`${h}.${p}`), key))}`;
}

// ---------------------------------------------------------------- corpus bookkeeping
// P()/N()/U() return an inline marker; emit() replaces markers and records the 1-based line where each value starts.
const pending = new Map();
let mkN = 0;
const files = new Map();
const labels = [];
const neutrals = [];
function mark(kind, type, secret, extra = {}) {
  if (typeof secret !== "string" || !secret) throw new Error(`empty secret for ${type}`);
  const id = mkN++;
  pending.set(id, { kind, type, secret, ...extra });
  return `\u27e6${id}\u27e7`;
}
const P = (type, secret, note, decoded) => mark("P", type, secret, { note, decoded });
const N = (type, secret, note) => mark("N", type, secret, { note });
const U = (type, secret, note) => mark("U", type, secret, { note });
function emit(rel, text) {
  if (files.has(rel)) throw new Error(`duplicate file ${rel}`);
  let out = "",
    last = 0,
    line = 1;
  const nl = (s) => {
    let c = 0;
    for (const ch of s) if (ch === "\n") c++;
    return c;
  };
  for (const m of text.matchAll(/\u27e6(\d+)\u27e7/g)) {
    const chunk = text.slice(last, m.index);
    out += chunk;
    line += nl(chunk);
    const id = Number(m[1]);
    const e = pending.get(id);
    if (!e) throw new Error(`marker ${id} reused in ${rel}`);
    pending.delete(id);
    const rec = { file: rel, line, type: e.type, secret: e.secret };
    if (e.kind !== "U") rec.positive = e.kind === "P";
    if (e.decoded) rec.decoded = e.decoded;
    if (e.note) rec.note = e.note;
    (e.kind === "U" ? neutrals : labels).push(rec);
    out += e.secret;
    line += nl(e.secret);
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  files.set(rel, out);
}
// Jupyter notebook (nbformat 4.5, indent 1 like Jupyter writes it)
function srcLines(s) {
  const a = s.split("\n");
  return a.map((l, i) => (i < a.length - 1 ? `${l}\n` : l)).filter((x) => x !== "");
}
function notebook(cells) {
  let n = 0;
  return `${JSON.stringify(
    {
      cells: cells.map((c) =>
        c.md
          ? { cell_type: "markdown", id: rs(8, AL.hex), metadata: {}, source: srcLines(c.md) }
          : {
              cell_type: "code",
              execution_count: ++n,
              id: rs(8, AL.hex),
              metadata: {},
              outputs: (c.out || []).map((o) =>
                o.stream
                  ? { name: "stdout", output_type: "stream", text: srcLines(o.stream) }
                  : {
                      data: { "text/plain": srcLines(o.result) },
                      execution_count: n,
                      metadata: {},
                      output_type: "execute_result",
                    },
              ),
              source: srcLines(c.code),
            },
      ),
      metadata: {
        kernelspec: { display_name: ".venv", language: "python", name: "python3" },
        language_info: {
          codemirror_mode: { name: "ipython", version: 3 },
          file_extension: ".py",
          mimetype: "text/x-python",
          name: "python",
          nbconvert_exporter: "python",
          pygments_lexer: "ipython3",
          version: "3.12.8",
        },
      },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`;
}
const jsonl = (objs) => `${objs.map((o) => JSON.stringify(o)).join("\n")}\n`;

// documentation samples (vendor-published) -- negatives only
const AWS_DOC_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const JWT_IO_SAMPLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

// ================================================================ shared identities
const _ORG = "tidepool";
const AZ_HOST = "tidepool-oai-eastus2.openai.azure.com";
const AZ_SUB = uuid(),
  _AZ_TENANT = uuid();
const AWS_ACCOUNT = F.awsAccount();
const SB_REF = F.sbRef();
const SB_JWT_SECRET = b64(bytes(40));
const SB_IAT = epoch(when(-300, -200));
const SB_ANON = jwtHS(
  { iss: "supabase", ref: SB_REF, role: "anon", iat: SB_IAT, exp: SB_IAT + 315360000 },
  SB_JWT_SECRET,
);
const SB_SERVICE = jwtHS(
  { iss: "supabase", ref: SB_REF, role: "service_role", iat: SB_IAT, exp: SB_IAT + 315360000 },
  SB_JWT_SECRET,
);
const AZURE_KEY_PROD = F.azure();
const LITELLM_MASTER = F.litellm(32);
const LF_PUB_STACK = F.lfPublic(),
  LF_SEC_STACK = F.lfSecret();

// ================================================================ repos/support-copilot (Python, LangGraph)
{
  const R = "repos/support-copilot";
  const neonPw = F.npg();
  emit(
    `${R}/.env`,
    `# local dev -- values copied from 1Password "support-copilot / dev"
# (this file is in .gitignore; it got committed in 4f1c2e9 by mistake)
OPENAI_API_KEY=${P("openai_api_key", F.openai("proj"))}
ANTHROPIC_API_KEY=${P("anthropic_api_key", F.anthropic())}

LANGSMITH_TRACING=true
LANGSMITH_ENDPOINT=https://api.smith.langchain.com
LANGSMITH_API_KEY=${P("langsmith_api_key", F.lsv2("pt"))}
LANGSMITH_PROJECT=support-copilot-dev

TAVILY_API_KEY=${P("tavily_api_key", F.tavily())}
PINECONE_API_KEY=${P("pinecone_api_key", F.pinecone())}
PINECONE_INDEX=support-kb-v3
COHERE_API_KEY=${P("cohere_api_key", F.cohere(), "no prefix; only the variable name says what it is")}

DATABASE_URL=postgresql://copilot_owner:${P("postgres_password", neonPw, "Neon role password inside the connection URI")}@${neonHost()}/copilot?sslmode=require
CHECKPOINTER=postgres
LOG_LEVEL=debug
`,
  );

  emit(
    `${R}/.env.example`,
    `# Copy to .env and fill in. Never commit .env.
OPENAI_API_KEY=${N("openai_api_key", "sk-proj-your-key-here", "placeholder")}
ANTHROPIC_API_KEY=${N("anthropic_api_key", "<your-anthropic-key>", "placeholder")}

LANGSMITH_TRACING=true
LANGSMITH_API_KEY=${N("langsmith_api_key", `lsv2_pt_${"x".repeat(32)}_${"x".repeat(10)}`, "placeholder of the right shape")}
LANGSMITH_PROJECT=support-copilot-dev

TAVILY_API_KEY=${N("tavily_api_key", `tvly-${"X".repeat(32)}`, "placeholder")}
PINECONE_API_KEY=${N("pinecone_api_key", "changeme", "placeholder")}
PINECONE_INDEX=support-kb-v3
COHERE_API_KEY=

DATABASE_URL=postgresql://postgres:${N("postgres_password", "postgres", "default local docker password")}@localhost:5432/copilot
`,
  );

  emit(
    `${R}/src/support_copilot/graph.py`,
    `"""LangGraph state machine for the support copilot."""
from __future__ import annotations

import os
from typing import Annotated, TypedDict

from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI
from langgraph.checkpoint.postgres import PostgresSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.prebuilt import ToolNode, tools_condition

from .tools.web import web_search
from .tools.kb import search_kb


class State(TypedDict):
    messages: Annotated[list, add_messages]
    ticket_id: str


llm = ChatOpenAI(model="gpt-4.1", temperature=0, api_key=${N("env_reference", 'os.environ["OPENAI_API_KEY"]', "reads the environment")})
# llm = ChatAnthropic(model="claude-sonnet-4-5", api_key="${P("anthropic_api_key", F.anthropic(), "commented-out line still holds a live key")}")  # TODO remove before push
tools = [web_search, search_kb]
llm_with_tools = llm.bind_tools(tools)


def agent(state: State) -> dict:
    return {"messages": [llm_with_tools.invoke(state["messages"])]}


def build(checkpointer: PostgresSaver | None = None):
    g = StateGraph(State)
    g.add_node("agent", agent)
    g.add_node("tools", ToolNode(tools))
    g.add_edge(START, "agent")
    g.add_conditional_edges("agent", tools_condition)
    g.add_edge("tools", "agent")
    return g.compile(checkpointer=checkpointer)
`,
  );

  emit(
    `${R}/src/support_copilot/tools/web.py`,
    `import os

from exa_py import Exa
from langchain_core.tools import tool
from langchain_tavily import TavilySearch

# fallback so the notebook works without a .env -- dev key only
TAVILY_KEY = os.getenv("TAVILY_API_KEY", "${P("tavily_api_key", F.tavily(true), "hard-coded fallback in getenv")}")
_tavily = TavilySearch(max_results=5, tavily_api_key=TAVILY_KEY)
_exa = Exa(api_key="${P("exa_api_key", uuid(), "Exa keys are bare UUIDs; only the parameter name tells")}")


@tool
def web_search(query: str) -> list[dict]:
    """Search the public web for product docs and status pages."""
    hits = _tavily.invoke({"query": query})["results"]
    if len(hits) < 2:
        hits += [
            {"url": r.url, "content": r.text[:2000]}
            for r in _exa.search_and_contents(query, num_results=3, text=True).results
        ]
    return hits
`,
  );

  const lsSk = F.lsv2("sk");
  const redactedOai = `sk-proj-${"*".repeat(28)}${rs(4)}`;
  emit(
    `${R}/notebooks/eval_retrieval.ipynb`,
    notebook([
      {
        md: "# Retrieval eval (support-kb-v3)\n\nCompares hybrid vs dense retrieval on the 200-question golden set.",
      },
      {
        code: `import os\nos.environ["OPENAI_API_KEY"] = "${P("openai_api_key", F.openai("proj"), "key pasted into a notebook cell")}"\nos.environ["LANGSMITH_TRACING"] = "true"`,
      },
      {
        code: "%env",
        out: [
          {
            result: `{'LANGSMITH_API_KEY': '${P("langsmith_api_key", lsSk, "service key printed by %env in a saved notebook output")}',\n 'LANGSMITH_ENDPOINT': 'https://api.smith.langchain.com',\n 'LANGSMITH_PROJECT': 'support-copilot-evals',\n 'LANGSMITH_TRACING': 'true',\n 'PINECONE_INDEX': 'support-kb-v3'}`,
          },
        ],
      },
      { code: "from langsmith import Client\nclient = Client()" },
      {
        code: "run = client.read_run(run_id)\nprint(run.id, run.name, corpus_digest)",
        out: [
          {
            stream: `${N("uuid_identifier", uuid(), "LangSmith run id")} retrieval-hybrid ${N("sha256_hash", F.hex64(), "corpus digest")}`,
          },
        ],
      },
      {
        code: "!env | grep OPENAI",
        out: [
          {
            stream: `OPENAI_API_KEY=${N("openai_api_key", redactedOai, "redacted by the notebook output filter")}`,
          },
        ],
      },
      {
        code: "results.groupby('retriever')[['recall@5', 'mrr']].mean()",
        out: [
          {
            result:
              "          recall@5    mrr\nretriever\ndense        0.712  0.604\nhybrid       0.801  0.688",
          },
        ],
      },
    ]),
  );

  emit(
    `${R}/tests/fixtures/fake_credentials.py`,
    `"""Obviously fake values used by test_redaction.py. None of these are real."""

FAKE_OPENAI_KEY = "${N("openai_api_key", `sk-proj-${"FAKE".repeat(8)}`, "test fixture")}"
FAKE_ANTHROPIC_KEY = "${N("anthropic_api_key", "sk-ant-api03-test-key-not-real", "test fixture")}"
FAKE_HF_TOKEN = "${N("huggingface_token", `hf_${"a".repeat(34)}`, "test fixture")}"
FAKE_PINECONE_KEY = "${N("pinecone_api_key", `pcsk_test_${"0".repeat(63)}`, "test fixture")}"

REDACTION_CASES = [
    (f"key={FAKE_OPENAI_KEY}", "key=[REDACTED:openai]"),
    (f"Authorization: Bearer {FAKE_ANTHROPIC_KEY}", "Authorization: Bearer [REDACTED:anthropic]"),
]
`,
  );

  emit(
    `${R}/.github/workflows/eval.yml`,
    `name: nightly-eval
on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:

jobs:
  eval:
    runs-on: ubuntu-latest
    env:
      OPENAI_API_KEY: ${N("ci_secret_reference", "${{ secrets.OPENAI_API_KEY }}", "GitHub Actions secret reference")}
      LANGSMITH_API_KEY: ${N("ci_secret_reference", "${{ secrets.LANGSMITH_API_KEY }}", "GitHub Actions secret reference")}
      LANGSMITH_PROJECT: support-copilot-nightly
      HF_TOKEN: ${P("huggingface_token", F.hf(), "hard-coded in workflow env")}  # TODO move to secrets
    steps:
      - uses: actions/checkout@${N("git_sha", F.gitsha(), "action pinned by commit")} # v4.2.2
      - uses: astral-sh/setup-uv@${N("git_sha", F.gitsha(), "action pinned by commit")} # v6.1.0
      - run: uv sync --frozen
      - run: uv run python -m support_copilot.evals.run --dataset golden-200 --judge gpt-4.1
`,
  );

  emit(
    `${R}/uv.lock`,
    `version = 1
revision = 2
requires-python = ">=3.12"

[[package]]
name = "langgraph"
version = "0.6.4"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/source/l/langgraph/langgraph-0.6.4.tar.gz", hash = "sha256:${N("sha256_hash", F.hex64(), "lockfile artifact hash")}", size = 452133 }

[[package]]
name = "langchain-openai"
version = "0.3.28"
source = { registry = "https://pypi.org/simple" }
wheels = [
    { url = "https://files.pythonhosted.org/packages/py3/l/langchain-openai/langchain_openai-0.3.28-py3-none-any.whl", hash = "sha256:${N("sha256_hash", F.hex64(), "lockfile artifact hash")}", size = 70441 },
]

[[package]]
name = "pinecone"
version = "7.3.0"
source = { registry = "https://pypi.org/simple" }
wheels = [
    { url = "https://files.pythonhosted.org/packages/py3/p/pinecone/pinecone-7.3.0-py3-none-any.whl", hash = "sha256:${N("sha256_hash", F.hex64(), "lockfile artifact hash")}", size = 587617 },
]
`,
  );

  emit(
    `${R}/README.md`,
    `# support-copilot

LangGraph agent that drafts replies for Zendesk tickets, grounded on the \`support-kb-v3\` Pinecone index.

## Quickstart

\`\`\`bash
cp .env.example .env        # fill in OPENAI_API_KEY, LANGSMITH_API_KEY, ...
uv sync
uv run langgraph dev
\`\`\`

Smoke-test the Anthropic fallback model directly:

\`\`\`bash
curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${N("env_reference", "$ANTHROPIC_API_KEY", "shell variable")}" \\
  -H "anthropic-version: 2023-06-01" -H "content-type: application/json" \\
  -d '{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}'
\`\`\`

### Debugging the reranker

If rerank scores look flat, call Cohere directly (this is the shared team key, ask Dana before rotating):

\`\`\`bash
curl -s https://api.cohere.com/v2/rerank \\
  -H "Authorization: Bearer ${P("cohere_api_key", F.cohere(), "key in a README curl example")}" \\
  -H "Content-Type: application/json" \\
  -d '{"model":"rerank-v3.5","query":"refund window","documents":["30 days","14 days"]}'
\`\`\`
`,
  );
}

// ================================================================ repos/research-agent (Next.js + Vercel AI SDK)
{
  const R = "repos/research-agent";
  emit(
    `${R}/.env.local`,
    `# Created by Vercel CLI, then edited by hand (mei)
OPENAI_API_KEY="${P("openai_api_key", F.openai("svcacct"), "service-account key")}"
GOOGLE_GENERATIVE_AI_API_KEY="${P("google_api_key", F.google(), "Gemini API key, server side")}"
XAI_API_KEY="${P("xai_api_key", F.xai())}"
GROQ_API_KEY="${P("groq_api_key", F.groq())}"
PERPLEXITY_API_KEY="${P("perplexity_api_key", F.pplx())}"

CLERK_SECRET_KEY="${P("clerk_secret_key", F.clerkSecret())}"
NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY="${U("clerk_publishable_key", F.clerkPublishable("clerk.research.tidepool.dev"), "publishable, shipped to the browser")}"
NEXT_PUBLIC_SENTRY_DSN="${U("sentry_dsn", F.sentryDsn(), "DSN public key is meant for browsers")}"
NEXT_PUBLIC_POSTHOG_KEY="${U("posthog_project_key", F.posthog(), "project key is public by design")}"
NEXT_PUBLIC_POSTHOG_HOST="https://us.i.posthog.com"
`,
  );

  emit(
    `${R}/app/api/chat/route.ts`,
    `import { openai } from '@ai-sdk/openai';
import { createOpenRouter } from '@openrouter/ai-sdk-provider';
import { convertToModelMessages, stepCountIs, streamText, type UIMessage } from 'ai';
import { tools } from '@/lib/ai/tools';

export const maxDuration = 60;

const openrouter = createOpenRouter({
  apiKey: process.env.OPENROUTER_API_KEY ?? '${P("openrouter_api_key", F.openrouter(), "fallback literal after ??")}',
});

export async function POST(req: Request) {
  const { messages, model }: { messages: UIMessage[]; model?: string } = await req.json();
  const result = streamText({
    model: model?.startsWith('or:') ? openrouter(model.slice(3)) : openai('gpt-4.1-mini'),
    system: 'You are a research assistant. Cite every claim.',
    messages: convertToModelMessages(messages),
    tools,
    stopWhen: stepCountIs(8),
  });
  return result.toUIMessageStreamResponse();
}
`,
  );

  emit(
    `${R}/lib/ai/providers.ts`,
    `import { createDeepSeek } from '@ai-sdk/deepseek';
import { createFireworks } from '@ai-sdk/fireworks';
import { createTogetherAI } from '@ai-sdk/togetherai';

// TODO(jonas): move to env before the demo
export const fireworks = createFireworks({ apiKey: '${P("fireworks_api_key", F.fireworks())}' });

export const deepseek = createDeepSeek({ apiKey: ${N("env_reference", "process.env.DEEPSEEK_API_KEY", "reads the environment")} });
export const together = createTogetherAI({ apiKey: process.env.TOGETHER_AI_API_KEY ?? '' });
`,
  );

  emit(
    `${R}/.vercel/.env.development.local`,
    `# Created by Vercel CLI
DEEPSEEK_API_KEY="${P("deepseek_api_key", F.deepseek())}"
STABILITY_API_KEY="${P("stability_api_key", F.stability())}"
TOGETHER_AI_API_KEY="${P("together_api_key", F.together())}"
VERCEL="1"
VERCEL_ENV="development"
VERCEL_TARGET_ENV="development"
VERCEL_URL=""
`,
  );

  const senderId = rs(12, AL.digits);
  emit(
    `${R}/lib/firebase.ts`,
    `import { initializeApp } from 'firebase/app';

// Web config from the Firebase console -- safe to ship to the browser.
const firebaseConfig = {
  apiKey: '${U("firebase_web_api_key", F.google(), "Firebase web config key, public by design")}',
  authDomain: 'tidepool-research.firebaseapp.com',
  projectId: 'tidepool-research',
  storageBucket: 'tidepool-research.firebasestorage.app',
  messagingSenderId: '${senderId}',
  appId: '${N("identifier", `1:${senderId}:web:${rs(22, AL.hex)}`, "Firebase app id")}',
};

export const app = initializeApp(firebaseConfig);
`,
  );

  const orZero = `sk-or-v1-${"0".repeat(64)}`;
  emit(
    `${R}/tests/providers.test.ts`,
    `import { describe, expect, it, vi } from 'vitest';
import { redactKey, pickProvider } from '@/lib/ai/select';

describe('pickProvider', () => {
  it('uses xAI when the key is set', () => {
    vi.stubEnv('XAI_API_KEY', '${N("xai_api_key", "xai-test-key", "test stub")}');
    expect(pickProvider('grok-4')).toBe('xai');
  });
  it('rejects the all-zero OpenRouter key', () => {
    expect(() => pickProvider('or:meta-llama/llama-4', { apiKey: '${N("openrouter_api_key", orZero, "obviously fake fixture")}' })).toThrow();
  });
  it('redacts', () => {
    expect(redactKey('gsk_live_abcdef')).toBe('${N("groq_api_key", "gsk_****", "redacted")}');
  });
});
`,
  );

  emit(
    `${R}/.github/workflows/deploy.yml`,
    `name: deploy-preview
on:
  pull_request:

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("git_sha", F.gitsha(), "action pinned by commit")} # v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: npm ci
      - name: Pull env + build
        run: |
          npx vercel pull --yes --environment=preview --token=${N("ci_secret_reference", "${{ secrets.VERCEL_TOKEN }}", "GitHub Actions secret reference")}
          npx vercel build
      - name: Deploy
        # secrets.VERCEL_TOKEN was empty on forks, hard-coding until we fix it
        run: npx vercel deploy --prebuilt --token=${P("vercel_token", F.vercel(), "hard-coded CLI token in a workflow")}
`,
  );
}

// ================================================================ repos/mcp-servers (TypeScript MCP servers)
{
  const R = "repos/mcp-servers";
  emit(
    `${R}/.mcp.json`,
    `{
  "mcpServers": {
    "github": {
      "type": "http",
      "url": "https://api.githubcopilot.com/mcp/",
      "headers": {
        "Authorization": "Bearer ${P("github_pat", F.ghp(), "classic PAT with valid CRC32 checksum in an MCP header")}"
      }
    },
    "analytics-db": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://readonly:${P("postgres_password", humanPassword(), "password inside a connection URI in MCP args")}@db.internal.tidepool.dev:5432/analytics"]
    },
    "context7": {
      "command": "npx",
      "args": ["-y", "@upstash/context7-mcp", "--api-key", "${N("env_reference", "${CONTEXT7_API_KEY}", "Claude Code expands env vars in .mcp.json")}"]
    },
    "linear": {
      "command": "npx",
      "args": ["-y", "mcp-remote", "https://mcp.linear.app/sse"]
    }
  }
}
`,
  );

  emit(
    `${R}/.vscode/mcp.json`,
    `{
  "inputs": [
    { "type": "promptString", "id": "perplexity-key", "description": "Perplexity API Key", "password": true }
  ],
  "servers": {
    "perplexity": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "server-perplexity-ask"],
      "env": { "PERPLEXITY_API_KEY": "${N("env_reference", "${input:perplexity-key}", "VS Code prompts for the value")}" }
    },
    "notion": {
      "type": "http",
      "url": "https://mcp.notion.com/mcp",
      "headers": { "Authorization": "Bearer ${P("notion_token", F.notion())}" }
    },
    "exa": {
      "type": "http",
      "url": "https://mcp.exa.ai/mcp?exaApiKey=${P("exa_api_key", uuid(), "UUID key in a URL query string")}"
    }
  }
}
`,
  );

  emit(
    `${R}/src/sandbox/server.ts`,
    `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Sandbox } from '@e2b/code-interpreter';
import { z } from 'zod';

// falls back to the team key so \`npx @tidepool/mcp-sandbox\` works out of the box
const E2B_API_KEY = process.env.E2B_API_KEY || '${P("e2b_api_key", F.e2b())}';
const KB_API_KEY = ${N("env_reference", "process.env.KB_API_KEY", "reads the environment")};

const server = new McpServer({ name: 'tidepool-sandbox', version: '0.3.1' });

server.tool('run_python', { code: z.string() }, async ({ code }) => {
  const sbx = await Sandbox.create({ apiKey: E2B_API_KEY, timeoutMs: 60_000 });
  try {
    const exec = await sbx.runCode(code);
    return { content: [{ type: 'text', text: exec.logs.stdout.join('') || String(exec.error ?? '') }] };
  } finally {
    await sbx.kill();
  }
});

await server.connect(new StdioServerTransport());
`,
  );

  emit(
    `${R}/README.md`,
    `# mcp-servers

Internal MCP servers (sandbox, kb) plus the shared client configs we use in Claude Code, Cursor and VS Code.

## Claude Desktop

\`\`\`json
{
  "mcpServers": {
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${N("github_pat", "<YOUR_TOKEN>", "placeholder")}" }
    }
  }
}
\`\`\`

A classic token looks like \`${N("github_pat", `ghp_${"x".repeat(36)}`, "placeholder of the right shape")}\`; prefer a fine-grained one
(\`${N("github_fine_grained_pat", "github_pat_...", "truncated placeholder")}\`) scoped to the repos you need.

For Linear set \`LINEAR_API_KEY=${N("linear_api_key", "lin_api_...", "truncated placeholder")}\` in your shell, never in this repo.
`,
  );

  const ghGood = F.ghp(),
    npmGood = F.npm();
  emit(
    `${R}/src/__tests__/token-format.test.ts`,
    `import { describe, expect, it } from 'vitest';
import { isWellFormedGithubToken, isWellFormedNpmToken } from '../lib/token-format';

// These fixtures have the right shape but a deliberately wrong CRC32 suffix.
const BAD_GHP = '${N("github_pat", brokenChecksum(ghGood), "right shape, broken CRC32 checksum")}';
const BAD_NPM = '${N("npm_token", brokenChecksum(npmGood), "right shape, broken CRC32 checksum")}';

describe('token format', () => {
  it('rejects a bad checksum', () => {
    expect(isWellFormedGithubToken(BAD_GHP)).toBe(false);
    expect(isWellFormedNpmToken(BAD_NPM)).toBe(false);
  });
  it('rejects placeholders', () => {
    expect(isWellFormedGithubToken('${N("github_fine_grained_pat", "github_pat_EXAMPLE_EXAMPLE", "placeholder")}')).toBe(false);
  });
});
`,
  );

  emit(
    `${R}/.npmrc`,
    `@tidepool:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${N("env_reference", "${GITHUB_TOKEN}", "npm expands env vars")}
//registry.npmjs.org/:_authToken=${P("npm_token", F.npm(), "valid CRC32 checksum")}
save-exact=true
`,
  );

  const app = rsaKey();
  emit(
    `${R}/keys/tidepool-triage-bot.2026-01-15.private-key.pem`,
    `${P("github_app_private_key", pem("RSA PRIVATE KEY", app.pkcs1), "GitHub App key downloaded into the repo")}\n`,
  );
  globalThis.__APP_RSA = app;
}

// ================================================================ machines/dana-mbp (macOS laptop)
{
  const H = "machines/dana-mbp/Users/dana";
  emit(
    `${H}/Library/Application Support/Claude/claude_desktop_config.json`,
    `{
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/dana/code", "/Users/dana/Downloads"]
    },
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      "env": {
        "GITHUB_PERSONAL_ACCESS_TOKEN": "${P("github_fine_grained_pat", F.ghFine())}"
      }
    },
    "brave-search": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-brave-search"],
      "env": { "BRAVE_API_KEY": "${P("brave_search_api_key", F.brave())}" }
    },
    "slack": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-slack"],
      "env": {
        "SLACK_BOT_TOKEN": "${P("slack_bot_token", F.xoxb())}",
        "SLACK_TEAM_ID": "${N("identifier", `T${rs(10, AL.upnum)}`, "Slack workspace id")}"
      }
    },
    "ElevenLabs": {
      "command": "uvx",
      "args": ["elevenlabs-mcp"],
      "env": { "ELEVENLABS_API_KEY": "${P("elevenlabs_api_key", F.eleven())}" }
    }
  },
  "globalShortcut": "Alt+Space"
}
`,
  );

  emit(
    `${H}/.cursor/mcp.json`,
    `{
  "mcpServers": {
    "supabase": {
      "command": "npx",
      "args": ["-y", "@supabase/mcp-server-supabase@latest", "--read-only", "--project-ref=${N("identifier", SB_REF, "Supabase project ref")}"],
      "env": { "SUPABASE_ACCESS_TOKEN": "${P("supabase_access_token", F.sbp())}" }
    },
    "stripe": {
      "command": "npx",
      "args": ["-y", "@stripe/mcp", "--tools=all", "--api-key=${P("stripe_restricted_key", F.rkLive(), "live restricted key in MCP args")}"]
    },
    "firecrawl": {
      "command": "npx",
      "args": ["-y", "firecrawl-mcp"],
      "env": { "FIRECRAWL_API_KEY": "${P("firecrawl_api_key", F.firecrawl())}" }
    },
    "browserbase": {
      "command": "npx",
      "args": ["@browserbasehq/mcp"],
      "env": {
        "BROWSERBASE_API_KEY": "${P("browserbase_api_key", F.browserbase())}",
        "BROWSERBASE_PROJECT_ID": "${N("uuid_identifier", uuid(), "Browserbase project id")}"
      }
    }
  }
}
`,
  );

  emit(
    `${H}/.aws/credentials`,
    `[default]
aws_access_key_id = ${P("aws_access_key_id", F.akia())}
aws_secret_access_key = ${P("aws_secret_access_key", F.awsSecret())}
region = us-east-1

[bedrock-sandbox]
aws_access_key_id = ${P("aws_access_key_id", F.asia(), "temporary (STS) key id")}
aws_secret_access_key = ${P("aws_secret_access_key", F.awsSecret())}
aws_session_token = ${P("aws_session_token", F.awsSession())}

# example profile from the AWS CLI docs, kept for reference
# [docs-example]
# aws_access_key_id = ${N("aws_access_key_id", AWS_DOC_KEY_ID, "AWS documentation sample")}
# aws_secret_access_key = ${N("aws_secret_access_key", AWS_DOC_SECRET, "AWS documentation sample")}
`,
  );

  emit(
    `${H}/.config/gcloud/application_default_credentials.json`,
    `{
  "account": "",
  "client_id": "${U("google_oauth_client_id", F.googleClientId(), "OAuth client id, not secret")}",
  "client_secret": "${U("google_oauth_client_secret", F.gocspx(), "installed-app client secret, not confidential by design")}",
  "quota_project_id": "tidepool-vertex-dev",
  "refresh_token": "${P("google_oauth_refresh_token", F.refresh(), "ADC user refresh token")}",
  "type": "authorized_user",
  "universe_domain": "googleapis.com"
}
`,
  );

  emit(`${H}/.cache/huggingface/token`, P("huggingface_token", F.hf()));

  emit(
    `${H}/.modal.toml`,
    `[tidepool]
token_id = "${U("modal_token_id", F.modalId(), "token id half of the pair")}"
token_secret = "${P("modal_token_secret", F.modalSecret())}"
active = true
`,
  );

  emit(
    `${H}/.netrc`,
    `machine api.wandb.ai
  login user
  password ${P("wandb_api_key", F.wandb(), "40-hex key written by wandb login")}
`,
  );

  let clock = epoch(onDay(20, 1, 3));
  const t = (d) => (clock = Math.max(clock, epoch(onDay(d, 0, 1))) + range(20, 5400));
  emit(
    `${H}/.zsh_history`,
    `: ${t(20)}:0;cd ~/code/support-copilot
: ${t(20)}:0;export OPENAI_API_KEY=${P("openai_api_key", F.openai("proj"), "exported in shell history")}
: ${t(20)}:0;uv run langgraph dev
: ${t(21)}:0;curl https://api.groq.com/openai/v1/models -H "Authorization: Bearer ${P("groq_api_key", F.groq(), "curl in shell history")}"
: ${t(22)}:0;huggingface-cli login --token ${P("huggingface_token", F.hf())}
: ${t(22)}:0;export ANTHROPIC_API_KEY=${N("secret_manager_reference", '$(op read "op://AI Platform/Anthropic/credential")', "1Password CLI reference")}
: ${t(23)}:0;git log --oneline -5
: ${t(23)}:0;docker run -d -p 3000:8080 -e OPENAI_API_KEY -v open-webui:/app/backend/data ghcr.io/open-webui/open-webui:main
: ${t(24)}:0;modal token set --token-id ${U("modal_token_id", F.modalId(), "token id half of the pair")} --token-secret ${P("modal_token_secret", F.modalSecret())} --profile scratch
: ${t(24)}:0;modal run bench/vllm_throughput.py
: ${t(25)}:0;echo "${N("openai_api_key", "sk-...", "truncated placeholder")}" | wc -c
`,
  );

  const ghcrTok = F.ghp(),
    hfTok = F.hf();
  const a1 = b64(`dana-okafor:${ghcrTok}`),
    a2 = b64(`dana:${hfTok}`);
  emit(
    `${H}/.docker/config.json`,
    `{
	"auths": {
		"ghcr.io": {
			"auth": "${P("docker_registry_auth", a1, "base64 of user:ghp_ token", `dana-okafor:${ghcrTok}`)}"
		},
		"registry.hf.space": {
			"auth": "${P("docker_registry_auth", a2, "base64 of user:hf_ token", `dana:${hfTok}`)}"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "osxkeychain",
	"currentContext": "desktop-linux"
}
`,
  );

  emit(
    `${H}/.continue/config.yaml`,
    `name: Dana's assistant
version: 1.0.0
schema: v1
models:
  - name: Claude Sonnet 4.5
    provider: anthropic
    model: claude-sonnet-4-5
    apiKey: ${P("anthropic_api_key", F.anthropic())}
    roles: [chat, edit, apply]
  - name: Codestral
    provider: mistral
    model: codestral-latest
    apiKey: ${P("mistral_api_key", F.mistral(), "no prefix")}
    roles: [autocomplete]
  - name: Qwen local
    provider: ollama
    model: qwen2.5-coder:7b
  - name: Voyage code embeddings
    provider: voyage
    model: voyage-code-3
    apiKey: ${N("secret_reference", "${{ secrets.VOYAGE_API_KEY }}", "Continue secret reference")}
    roles: [embed]
context:
  - provider: code
  - provider: docs
`,
  );
}

// ================================================================ machines/ravi-xps (Linux laptop)
{
  const H = "machines/ravi-xps/home/ravi";
  const clientId = `Iv1.${rs(16, AL.hex)}`;
  emit(
    `${H}/.config/github-copilot/apps.json`,
    `{"github.com:${clientId}":{"user":"ravi-m","oauth_token":"${P("github_oauth_token", F.ghu(), "Copilot user-to-server token")}","githubAppId":"${U("github_app_client_id", clientId, "OAuth app client id")}"}}`,
  );

  // cluster CA (RSA) signs the client cert (EC) and the service-account token
  const ca = rsaKey();
  const client = ecKey();
  const caPem = cert("kubernetes", ca.spki, "kubernetes", ca.key, when(-400, -380), 3650, true);
  const clientPem = cert("ravi", client.spki, "kubernetes", ca.key, when(-30, -20), 365);
  const kid = b64u(crypto.createHash("sha256").update(ca.spki).digest());
  const iat = epoch(when(30, 40));
  const saTok = jwtRS(
    {
      aud: ["https://kubernetes.default.svc.cluster.local"],
      exp: iat + 31536000,
      iat,
      iss: "https://kubernetes.default.svc.cluster.local",
      "kubernetes.io": { namespace: "rag", serviceaccount: { name: "ci-deployer", uid: uuid() } },
      nbf: iat,
      sub: "system:serviceaccount:rag:ci-deployer",
    },
    ca.key,
    kid,
  );
  const keyB64 = b64(`${client.sec1Pem}\n`);
  emit(
    `${H}/.kube/config`,
    `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${N("certificate", b64(`${caPem}\n`), "base64 CA certificate (public)")}
    server: https://10.40.0.10:6443
  name: gpu-lab
contexts:
- context:
    cluster: gpu-lab
    namespace: rag
    user: ravi
  name: gpu-lab
- context:
    cluster: gpu-lab
    namespace: rag
    user: ci-deployer
  name: gpu-lab-ci
current-context: gpu-lab
users:
- name: ravi
  user:
    client-certificate-data: ${N("certificate", b64(`${clientPem}\n`), "base64 client certificate (public)")}
    client-key-data: ${P("kubernetes_client_key", keyB64, "base64 of an EC private key", `${client.sec1Pem}\n`)}
- name: ci-deployer
  user:
    token: ${P("kubernetes_service_account_token", saTok)}
`,
  );
  globalThis.__KUBE_CA = ca;

  const ssh = ed25519("ravi@tidepool.dev");
  emit(`${H}/.ssh/id_ed25519`, `${P("ssh_private_key", ssh.privPem)}\n`);
  emit(`${H}/.ssh/id_ed25519.pub`, `${N("ssh_public_key", ssh.pubLine, "public key")}\n`);

  const neonPw = F.npg();
  emit(
    `${H}/.bash_history`,
    `nvidia-smi
export REPLICATE_API_TOKEN=${P("replicate_api_token", F.replicate())}
replicate run black-forest-labs/flux-schnell prompt="tidepool logo, flat"
runpodctl config --apiKey ${P("runpod_api_key", F.runpod(), "CLI flag in bash history")}
runpodctl get pod
curl -s -H "Authorization: Bearer ${N("env_reference", "$OPENROUTER_API_KEY", "shell variable")}" https://openrouter.ai/api/v1/key | jq
python -c "import anthropic; print(anthropic.Anthropic(api_key='${P("anthropic_api_key", F.anthropic(), "one-liner in bash history")}').models.list())"
psql "postgresql://neondb_owner:${P("postgres_password", neonPw, "Neon password in psql URI")}@${neonHost("eu-central-1")}/neondb?sslmode=require"
wandb login ${P("wandb_api_key", F.wandb())}
ssh-keygen -t ed25519 -C "ravi@tidepool.dev"
kubectl --context gpu-lab get pods -n rag
`,
  );

  const proxyPw = humanPassword();
  emit(
    `${H}/.config/Code/User/settings.json`,
    `{
  "editor.fontSize": 13,
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "http.proxy": "http://ravi:${P("http_proxy_password", proxyPw, "password inside proxy URL")}@proxy.corp.tidepool.dev:3128",
  "http.proxyStrictSSL": false,
  "sqltools.connections": [
    {
      "name": "agents-memory (staging)",
      "driver": "PostgreSQL",
      "server": "pg-staging.internal.tidepool.dev",
      "port": 5432,
      "database": "agents",
      "username": "ravi",
      "password": "${P("postgres_password", humanPassword(), "saved SQLTools connection password")}"
    }
  ],
  "github.copilot.enable": { "*": true, "markdown": false }
}
`,
  );
}

// ================================================================ repos/agent-stack (self-hosted n8n / Flowise / Open WebUI / LiteLLM)
{
  const R = "repos/agent-stack";
  const pgPw = humanPassword();
  const vkOpenwebui = F.litellm(22);
  emit(
    `${R}/docker-compose.yml`,
    `name: agent-stack

services:
  postgres:
    image: pgvector/pgvector:pg17
    environment:
      POSTGRES_USER: stack
      POSTGRES_PASSWORD: ${N("env_reference", "${POSTGRES_PASSWORD:-changeme}", "compose interpolation with placeholder default")}
    volumes: [pg:/var/lib/postgresql/data]

  n8n:
    image: docker.n8n.io/n8nio/n8n:1.98.2
    environment:
      DB_TYPE: postgresdb
      DB_POSTGRESDB_HOST: postgres
      DB_POSTGRESDB_DATABASE: n8n
      DB_POSTGRESDB_USER: stack
      DB_POSTGRESDB_PASSWORD: ${P("postgres_password", humanPassword())}
      N8N_ENCRYPTION_KEY: ${P("n8n_encryption_key", rs(32))}
      N8N_HOST: n8n.tidepool.dev
      WEBHOOK_URL: https://n8n.tidepool.dev/
    ports: ["5678:5678"]

  flowise:
    image: flowiseai/flowise:3.0.4
    environment:
      FLOWISE_USERNAME: admin
      FLOWISE_PASSWORD: ${P("password", humanPassword(), "Flowise admin password")}
      DATABASE_TYPE: postgres
      DATABASE_HOST: postgres
    ports: ["3001:3000"]

  open-webui:
    image: ghcr.io/open-webui/open-webui:main
    environment:
      WEBUI_SECRET_KEY: ${P("webui_secret_key", F.hex64(), "openssl rand -hex 32")}
      OPENAI_API_BASE_URL: http://litellm:4000/v1
      OPENAI_API_KEY: ${P("litellm_virtual_key", vkOpenwebui, "LiteLLM virtual key handed to Open WebUI")}
      ENABLE_SIGNUP: "false"
    ports: ["3000:8080"]

  litellm:
    image: ghcr.io/berriai/litellm:main-stable
    command: ["--config", "/app/config.yaml", "--port", "4000"]
    env_file: .env
    environment:
      LITELLM_MASTER_KEY: ${P("litellm_master_key", LITELLM_MASTER)}
      LITELLM_SALT_KEY: ${P("litellm_salt_key", F.litellm(32))}
      STORE_MODEL_IN_DB: "True"
    volumes: [./litellm/config.yaml:/app/config.yaml:ro]

  qdrant:
    image: qdrant/qdrant:v1.15.1
    environment:
      QDRANT__SERVICE__API_KEY: ${P("qdrant_api_key", rs(48), "self-hosted Qdrant API key, chosen by the team")}

  langfuse-web:
    image: langfuse/langfuse:3
    environment:
      DATABASE_URL: postgresql://stack:${N("env_reference", "${POSTGRES_PASSWORD}", "compose interpolation")}@postgres:5432/langfuse
      NEXTAUTH_SECRET: ${P("nextauth_secret", F.b64_32(), "openssl rand -base64 32")}
      SALT: "${N("placeholder", "mysalt", "Langfuse docker-compose default, replace in prod")}"
      ENCRYPTION_KEY: "${N("placeholder", "0".repeat(64), "Langfuse docs placeholder: generate via openssl rand -hex 32")}"

volumes:
  pg: {}
`,
  );

  const slackHook = F.slackHook();
  emit(
    `${R}/litellm/config.yaml`,
    `model_list:
  - model_name: gpt-4.1
    litellm_params:
      model: azure/gpt-41-prod
      api_base: https://${AZ_HOST}/
      api_key: ${N("env_reference", "os.environ/AZURE_API_KEY", "LiteLLM env reference")}
      api_version: "2025-04-01-preview"
  - model_name: claude-sonnet
    litellm_params:
      model: bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0
      aws_region_name: us-east-1
      aws_access_key_id: ${P("aws_access_key_id", F.akia())}
      aws_secret_access_key: ${P("aws_secret_access_key", F.awsSecret())}
  - model_name: llama-4-maverick
    litellm_params:
      model: together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8
      api_key: ${P("together_api_key", F.togetherLegacy(), "legacy 64-hex Together key, no prefix")}
  - model_name: gemini-2.5-pro
    litellm_params:
      model: vertex_ai/gemini-2.5-pro
      vertex_project: tidepool-vertex-prod
      vertex_location: us-central1
      vertex_credentials: /secrets/vertex-sa.json
  - model_name: mistral-large
    litellm_params:
      model: mistral/mistral-large-latest
      api_key: os.environ/MISTRAL_API_KEY

litellm_settings:
  success_callback: ["langfuse"]
  drop_params: true

general_settings:
  master_key: ${N("placeholder", "sk-1234", "LiteLLM docs default; real one comes from LITELLM_MASTER_KEY")}
  database_url: "postgresql://llmproxy:${P("postgres_password", humanPassword())}@postgres:5432/litellm"
  alerting: ["slack"]

environment_variables:
  SLACK_WEBHOOK_URL: ${P("slack_webhook_url", slackHook)}
  LANGFUSE_PUBLIC_KEY: ${U("langfuse_public_key", LF_PUB_STACK, "public half of the Langfuse pair")}
  LANGFUSE_SECRET_KEY: ${P("langfuse_secret_key", LF_SEC_STACK)}
  LANGFUSE_HOST: https://langfuse.tidepool.dev
`,
  );

  const vks = [
    ["support", "support-copilot-prod", 500],
    ["research", "research-agent", 300],
    ["evals", "braintrust-evals", 150],
  ].map(([team, alias, budget]) => ({ team, alias, budget, key: F.litellm(22) }));
  emit(
    `${R}/litellm/keys-handoff.md`,
    `# LiteLLM virtual keys -- handoff (delete after sharing!)

Generated with \`POST /key/generate\` on ${isoS(when(30, 32)).slice(0, 10)}. Budgets are monthly, USD.

| team | alias | key | budget |
|------|-------|-----|--------|
${vks.map((v) => `| ${v.team} | ${v.alias} | ${P("litellm_virtual_key", v.key)} | $${v.budget} |`).join("\n")}

LiteLLM only stores the hash; for reference the \`LiteLLM_VerificationToken.token\` of support-copilot-prod is
\`${N("sha256_hash", sha256hex(vks[0].key), "stored hash of a virtual key")}\`.
`,
  );

  emit(
    `${R}/litellm/virtual_keys_export.csv`,
    `token,key_name,key_alias,team_id,models,spend,max_budget,created_at
${vks.map((v) => `${N("sha256_hash", sha256hex(v.key), "hashed token as stored by LiteLLM")},${N("redacted_key", `sk-...${v.key.slice(-4)}`, "LiteLLM display name, redacted")},${v.alias},${v.team},"gpt-4.1,claude-sonnet",${(int(9000) / 100).toFixed(2)},${v.budget},${iso(when(30, 32))}`).join("\n")}
`,
  );

  const tgTok = F.telegram();
  emit(
    `${R}/.env`,
    `# read by litellm (env_file) and by the n8n/telegram bot
POSTGRES_PASSWORD=${P("postgres_password", pgPw)}
AZURE_API_KEY=${P("azure_openai_api_key", AZURE_KEY_PROD, "32-hex Azure key, no prefix")}
AZURE_API_BASE=https://${AZ_HOST}/
MISTRAL_API_KEY=${P("mistral_api_key", F.mistral())}
OPENAI_API_KEY=${P("openai_api_key", F.openai("proj"))}
ANTHROPIC_API_KEY=
TELEGRAM_BOT_TOKEN=${P("telegram_bot_token", tgTok)}
`,
  );

  const dgKey = F.deepgram();
  emit(
    `${R}/ops/docker-inspect-litellm.json`,
    `[
    {
        "Id": "${N("container_id", F.hex64(), "docker container id")}",
        "Created": "${iso(when(40, 41))}",
        "Path": "docker/prod_entrypoint.sh",
        "Args": ["--config", "/app/config.yaml", "--port", "4000"],
        "State": { "Status": "running", "Running": true, "Pid": ${range(1000, 90000)}, "ExitCode": 0 },
        "Image": "sha256:${N("sha256_hash", F.hex64(), "image digest")}",
        "Name": "/agent-stack-litellm-1",
        "Config": {
            "Hostname": "${rs(12, AL.hex)}",
            "Env": [
                "AZURE_API_KEY=${P("azure_openai_api_key", AZURE_KEY_PROD, "same key seen through docker inspect")}",
                "AZURE_API_BASE=https://${AZ_HOST}/",
                "LANGFUSE_PUBLIC_KEY=${U("langfuse_public_key", LF_PUB_STACK, "public half of the Langfuse pair")}",
                "LANGFUSE_SECRET_KEY=${P("langfuse_secret_key", LF_SEC_STACK)}",
                "DEEPGRAM_API_KEY=${P("deepgram_api_key", dgKey, "40-hex, no prefix")}",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "PYTHONUNBUFFERED=1"
            ],
            "Image": "ghcr.io/berriai/litellm:main-stable",
            "Labels": {
                "com.docker.compose.config-hash": "${N("sha256_hash", F.hex64(), "compose config hash")}",
                "com.docker.compose.project": "agent-stack",
                "com.docker.compose.service": "litellm"
            }
        }
    }
]
`,
  );

  emit(
    `${R}/n8n/exports/credentials-decrypted.json`,
    `[
  {
    "id": "${rs(16)}",
    "name": "OpenAi account",
    "data": { "apiKey": "${P("openai_api_key", F.openai("proj"), "n8n export --decrypted")}", "url": "https://api.openai.com/v1" },
    "type": "openAiApi"
  },
  {
    "id": "${rs(16)}",
    "name": "Telegram bot",
    "data": { "accessToken": "${P("telegram_bot_token", tgTok, "same bot token as .env")}", "baseUrl": "https://api.telegram.org" },
    "type": "telegramApi"
  },
  {
    "id": "${rs(16)}",
    "name": "Postgres agent memory",
    "data": { "host": "postgres", "database": "agents", "user": "n8n", "password": "${P("postgres_password", humanPassword())}", "port": 5432, "ssl": "disable" },
    "type": "postgres"
  }
]
`,
  );

  emit(
    `${R}/n8n/workflows/support-triage.json`,
    `{
  "name": "Support triage (Helicone-proxied)",
  "nodes": [
    {
      "parameters": { "httpMethod": "POST", "path": "triage", "options": {} },
      "id": "${N("uuid_identifier", uuid(), "n8n node id")}",
      "name": "Webhook",
      "type": "n8n-nodes-base.webhook",
      "typeVersion": 2,
      "position": [0, 0],
      "webhookId": "${N("uuid_identifier", uuid(), "n8n webhook id")}"
    },
    {
      "parameters": {
        "method": "POST",
        "url": "https://oai.helicone.ai/v1/chat/completions",
        "sendHeaders": true,
        "headerParameters": {
          "parameters": [
            { "name": "Helicone-Auth", "value": "Bearer ${P("helicone_api_key", F.helicone("sk"))}" },
            { "name": "Helicone-Property-Flow", "value": "support-triage" }
          ]
        },
        "authentication": "predefinedCredentialType",
        "nodeCredentialType": "openAiApi"
      },
      "id": "${uuid()}",
      "name": "Classify",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 4.2,
      "position": [220, 0]
    }
  ],
  "connections": { "Webhook": { "main": [[{ "node": "Classify", "type": "main", "index": 0 }]] } },
  "active": true
}
`,
  );

  const n8nIat = epoch(when(25, 30));
  emit(
    `${R}/scripts/backup-workflows.sh`,
    `#!/usr/bin/env bash
# nightly: dump all n8n workflows to S3
set -euo pipefail
N8N_URL=https://n8n.tidepool.dev
N8N_API_KEY="${P("n8n_api_key", jwtHS({ sub: uuid(), iss: "n8n", aud: "public-api", iat: n8nIat }, bytes(32)), "n8n public API key (JWT)")}"

curl -fsS -H "X-N8N-API-KEY: $N8N_API_KEY" "$N8N_URL/api/v1/workflows?limit=250" \\
  | gzip > "/tmp/n8n-workflows-$(date +%F).json.gz"
aws s3 cp "/tmp/n8n-workflows-$(date +%F).json.gz" s3://tidepool-backups/n8n/
`,
  );
}

// ================================================================ repos/rag-platform (LlamaIndex + infra)
{
  const R = "repos/rag-platform";
  const akid = F.akia();
  emit(
    `${R}/infra/terraform/terraform.tfstate`,
    `{
  "version": 4,
  "terraform_version": "1.10.5",
  "serial": 42,
  "lineage": "${N("uuid_identifier", uuid(), "terraform state lineage")}",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "azurerm_cognitive_account",
      "name": "openai",
      "provider": "provider[\\"registry.terraform.io/hashicorp/azurerm\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "custom_subdomain_name": "tidepool-oai-eastus2",
            "endpoint": "https://${AZ_HOST}/",
            "id": "/subscriptions/${N("uuid_identifier", AZ_SUB, "Azure subscription id")}/resourceGroups/rg-llm-prod/providers/Microsoft.CognitiveServices/accounts/tidepool-oai-eastus2",
            "kind": "OpenAI",
            "location": "eastus2",
            "primary_access_key": "${P("azure_openai_api_key", AZURE_KEY_PROD, "terraform state keeps sensitive attributes in clear")}",
            "sku_name": "S0",
            "tags": { "team": "ai-platform" }
          },
          "sensitive_attributes": [[{ "type": "get_attr", "value": "primary_access_key" }]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_iam_user",
      "name": "bedrock_ci",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "arn": "arn:aws:iam::${N("identifier", AWS_ACCOUNT, "AWS account id")}:user/bedrock-ci",
            "name": "bedrock-ci",
            "path": "/",
            "unique_id": "${N("identifier", F.aidaUnique(), "IAM user unique id (AIDA...), not a key")}"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "bedrock_ci",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "create_date": "${isoS(when(-60, -50))}",
            "encrypted_secret": null,
            "id": "${P("aws_access_key_id", akid)}",
            "pgp_key": null,
            "secret": "${P("aws_secret_access_key", F.awsSecret())}",
            "status": "Active",
            "user": "bedrock-ci"
          },
          "sensitive_attributes": [[{ "type": "get_attr", "value": "secret" }]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "random_password",
      "name": "pg_app",
      "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "bcrypt_hash": "${N("bcrypt_hash", F.bcrypt(), "bcrypt of the password")}",
            "id": "none",
            "length": 24,
            "result": "${P("password", rs(24, `${AL.alnum}!#%*-_=+`), "random_password result in state")}",
            "special": true
          },
          "sensitive_attributes": [[{ "type": "get_attr", "value": "result" }]]
        }
      ]
    }
  ]
}
`,
  );

  const qIat = epoch(when(0, 5));
  emit(
    `${R}/infra/terraform/terraform.tfvars`,
    `# prod vector stores -- DO NOT COMMIT (see infra/README)
qdrant_cluster_url = "https://${uuid()}.us-east4-0.gcp.cloud.qdrant.io"
qdrant_api_key     = "${P("qdrant_api_key", jwtHS({ access: "m", exp: qIat + 7776000 }, bytes(32)), "Qdrant Cloud granular key (JWT)")}"

zilliz_endpoint = "https://in03-${rs(15, AL.hex)}.serverless.gcp-us-west1.cloud.zilliz.com"
zilliz_token    = "${P("zilliz_api_key", F.zilliz(), "104-hex, no prefix")}"

weaviate_url     = "https://${rs(20, AL.lowalnum)}.c0.us-east1.gcp.weaviate.cloud"
weaviate_api_key = "${P("weaviate_api_key", F.weaviate(), "no prefix")}"

chroma_api_key  = "${P("chroma_api_key", F.chroma())}"
chroma_tenant   = "${N("uuid_identifier", uuid(), "Chroma tenant id")}"
chroma_database = "rag-prod"
`,
  );

  const oaiK8s = F.openai("proj"),
    antK8s = F.anthropic(),
    voyK8s = F.voyage();
  emit(
    `${R}/infra/k8s/llm-provider-keys.yaml`,
    `apiVersion: v1
kind: Secret
metadata:
  name: llm-provider-keys
  namespace: rag
type: Opaque
data:
  OPENAI_API_KEY: ${P("openai_api_key", b64(oaiK8s), "base64 in a Kubernetes Secret", oaiK8s)}
  ANTHROPIC_API_KEY: ${P("anthropic_api_key", b64(antK8s), "base64 in a Kubernetes Secret", antK8s)}
  VOYAGE_API_KEY: ${P("voyage_api_key", b64(voyK8s), "base64 in a Kubernetes Secret", voyK8s)}
`,
  );

  const sealed = () => `AgB${b64(bytes(range(330, 380))).replace(/=+$/, "")}`;
  emit(
    `${R}/infra/k8s/sealed-llm-provider-keys.yaml`,
    `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: llm-provider-keys
  namespace: rag
spec:
  encryptedData:
    OPENAI_API_KEY: ${N("encrypted_value", sealed(), "sealed-secrets ciphertext")}
    ANTHROPIC_API_KEY: ${N("encrypted_value", sealed(), "sealed-secrets ciphertext")}
    VOYAGE_API_KEY: ${N("encrypted_value", sealed(), "sealed-secrets ciphertext")}
  template:
    metadata:
      name: llm-provider-keys
      namespace: rag
    type: Opaque
`,
  );

  const sopsEnc = (n) =>
    `ENC[AES256_GCM,data:${b64(bytes(n))},iv:${b64(bytes(32))},tag:${b64(bytes(16))},type:str]`;
  emit(
    `${R}/infra/secrets/prod.enc.yaml`,
    `openai_api_key: ${N("encrypted_value", sopsEnc(164), "SOPS-encrypted")}
anthropic_api_key: ${N("encrypted_value", sopsEnc(108), "SOPS-encrypted")}
pinecone_api_key: ${N("encrypted_value", sopsEnc(75), "SOPS-encrypted")}
sops:
    kms: []
    gcp_kms:
        - resource_id: projects/tidepool-sec/locations/global/keyRings/sops/cryptoKeys/sops-key
          created_at: "${isoS(when(10, 12))}"
          enc: ${N("encrypted_value", `CiQA${b64(bytes(70))}`, "KMS-wrapped data key")}
    azure_kv: []
    hc_vault: []
    age: []
    lastmodified: "${isoS(when(30, 31))}"
    mac: ${N("encrypted_value", `ENC[AES256_GCM,data:${b64(bytes(32))},iv:${b64(bytes(32))},tag:${b64(bytes(16))},type:str]`, "SOPS MAC")}
    unencrypted_suffix: _unencrypted
    version: 3.9.4
`,
  );

  const vaultHex = Buffer.from(`${rs(64, AL.hex)}\n${rs(64, AL.hex)}\n${rs(192, AL.hex)}`).toString("hex");
  const vaultLines = [];
  for (let i = 0; i < vaultHex.length; i += 80) vaultLines.push(vaultHex.slice(i, i + 80));
  emit(
    `${R}/infra/ansible/group_vars/gpu_nodes/vault.yml`,
    `${N("encrypted_value", `$ANSIBLE_VAULT;1.1;AES256\n${vaultLines.join("\n")}`, "ansible-vault encrypted file")}\n`,
  );

  emit(
    `${R}/infra/helm/rag-api/values.yaml`,
    `image:
  repository: ghcr.io/tidepool/rag-api
  tag: 2026.03.2
replicaCount: 2
env:
  WEAVIATE_URL: https://rag-prod.c0.us-east1.gcp.weaviate.cloud
  EMBED_MODEL: voyage-3-large
secrets:
  existingSecret: llm-provider-keys
  openaiApiKey: ""
weaviate:
  # TODO(ravi): move into existingSecret
  apiKey: ${P("weaviate_api_key", F.weaviate(), "no prefix, Helm values")}
`,
  );
  emit(
    `${R}/infra/helm/rag-api/templates/secret.yaml`,
    `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "rag-api.fullname" . }}-extra
type: Opaque
stringData:
  WEAVIATE_API_KEY: ${N("template_reference", "{{ .Values.weaviate.apiKey | quote }}", "Helm template")}
  OPENAI_API_KEY: ${N("template_reference", "{{ .Values.secrets.openaiApiKey | quote }}", "Helm template")}
`,
  );

  emit(
    `${R}/rag_platform/ingest.py`,
    `"""Ingest PDFs from GCS into Weaviate with LlamaIndex + LlamaParse."""
import hashlib
import os

from llama_cloud_services import LlamaParse
from llama_index.core import Settings, StorageContext, VectorStoreIndex
from llama_index.embeddings.voyageai import VoyageEmbedding
from llama_index.vector_stores.weaviate import WeaviateVectorStore

Settings.embed_model = VoyageEmbedding(
    model_name="voyage-3-large", voyage_api_key=${N("env_reference", 'os.environ["VOYAGE_API_KEY"]', "reads the environment")}
)
parser = LlamaParse(api_key="${P("llamacloud_api_key", F.llx())}", result_type="markdown", num_workers=4)

# sha256 of the frozen eval corpus -- ingest refuses to run if the bucket changed
EXPECTED_CORPUS_SHA256 = "${N("sha256_hash", F.hex64(), "corpus checksum")}"


def corpus_digest(paths: list[str]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def ingest(paths: list[str], client) -> VectorStoreIndex:
    if corpus_digest(paths) != EXPECTED_CORPUS_SHA256:
        raise SystemExit("corpus changed, re-freeze it first")
    docs = parser.load_data(paths)
    store = WeaviateVectorStore(weaviate_client=client, index_name="RagDocs")
    return VectorStoreIndex.from_documents(docs, storage_context=StorageContext.from_defaults(vector_store=store))
`,
  );

  const lfPub = F.lfPublic();
  emit(
    `${R}/apps/demo/.streamlit/secrets.toml`,
    `OPENAI_API_KEY = "${P("openai_api_key", F.openai("proj"))}"

[supabase]
url = "https://${SB_REF}.supabase.co"
anon_key = "${U("supabase_anon_key", SB_ANON, "anon JWT is public by design")}"
service_role_key = "${P("supabase_service_role_key", SB_SERVICE, "service_role JWT bypasses RLS")}"

[connections.neon]
dialect = "postgresql"
host = "${neonHost()}"
database = "rag"
username = "rag_app"
password = "${P("postgres_password", F.npg())}"

[langfuse]
public_key = "${U("langfuse_public_key", lfPub, "public half of the Langfuse pair")}"
secret_key = "${P("langfuse_secret_key", F.lfSecret())}"
host = "https://cloud.langfuse.com"
`,
  );

  emit(
    `${R}/wandb/run-20260212_101455-3kq9x2ab/files/config.yaml`,
    `_wandb:
  value:
    cli_version: 0.19.8
    m: []
    python_version: 3.12.8
    t:
      "1": [1, 11, 49, 55]
      "2": [1, 11, 49, 55]
chunk_size:
  value: 512
embed_model:
  value: voyage-3-large
judge_model:
  value: gpt-4.1
openai_api_key:
  value: ${N("redacted_key", "sk-proj-********", "redacted before logging")}
pinecone_api_key:
  value: ${P("pinecone_api_key", F.pinecone(), "argparse namespace logged to W&B config")}
top_k:
  value: 8
`,
  );

  const sa = rsaKey();
  const saPemEsc = `${pem("PRIVATE KEY", sa.pkcs8).replace(/\n/g, "\\n")}\\n`;
  emit(
    `${R}/infra/keys/vertex-sa.json`,
    `{
  "type": "service_account",
  "project_id": "tidepool-vertex-prod",
  "private_key_id": "${N("identifier", rs(40, AL.hex), "key id, not the key")}",
  "private_key": "${P("gcp_service_account_private_key", saPemEsc, "PEM with JSON \\n escapes, as written")}",
  "client_email": "litellm-vertex@tidepool-vertex-prod.iam.gserviceaccount.com",
  "client_id": "${N("identifier", rs(21, AL.digits), "service account numeric id")}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/litellm-vertex%40tidepool-vertex-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  );
}

// ================================================================ repos/voice-agent (LiveKit agents, Deepgram, ElevenLabs, Twilio)
{
  const R = "repos/voice-agent";
  const dg = F.deepgram(),
    voice = F.voiceId();
  emit(
    `${R}/config/settings.yaml`,
    `stt:
  provider: deepgram
  model: nova-3
  api_key: ${P("deepgram_api_key", dg, "40-hex, no prefix")}
  fallback:
    provider: assemblyai
    api_key: ${P("assemblyai_api_key", F.assembly(), "32-hex, no prefix")}
tts:
  provider: elevenlabs
  api_key: ${P("elevenlabs_api_key", F.eleven())}
  voice_id: ${N("identifier", voice, "ElevenLabs voice id, public identifier")}
  model_id: eleven_flash_v2_5
llm:
  provider: groq
  model: llama-3.3-70b-versatile
  api_key: ${N("env_reference", "${GROQ_API_KEY}", "env interpolation")}
telephony:
  twilio_account_sid: ${N("identifier", F.twilioSid(), "Twilio Account SID, identifier")}
  twilio_auth_token: ${P("twilio_auth_token", F.twilioToken(), "32-hex, no prefix")}
  phone_number: "+1415555${range(1000, 9999)}"
livekit:
  url: wss://voice-agent-${rs(8, AL.lowalnum)}.livekit.cloud
  api_key: ${U("livekit_api_key", F.livekitKey(), "API key id, paired with the secret below")}
  api_secret: ${P("livekit_api_secret", F.livekitSecret())}
`,
  );

  const l = (d, lvl, mod, msg) => `${iso(d)} ${lvl.padEnd(5)} ${mod.padEnd(18)} ${msg}`;
  const d0 = onDay(68, 1, 9);
  const at = (s) => new Date(d0.getTime() + s * 1000 + int(999));
  emit(
    `${R}/logs/agent-2026-03-14.log`,
    `${[
      l(
        at(0),
        "INFO",
        "agent.session",
        `starting session_id=${N("uuid_identifier", uuid(), "session id")} room=support-${range(1000, 9999)}`,
      ),
      l(
        at(1),
        "DEBUG",
        "httpx",
        `HTTP Request: POST https://api.deepgram.com/v1/listen?model=nova-3&smart_format=true headers={'authorization': 'Token ${P("deepgram_api_key", dg, "debug log dumps request headers")}', 'content-type': 'audio/raw'}`,
      ),
      l(
        at(3),
        "INFO",
        "openai",
        `request_id=${N("identifier", `req_${rs(32, AL.hex)}`, "OpenAI request id")} model=gpt-4.1-mini ttft_ms=${range(200, 900)}`,
      ),
      l(
        at(4),
        "WARN",
        "config",
        `OPENAI_API_KEY=${N("redacted_key", `sk-proj-${"*".repeat(12)}${rs(4)}`, "redacted by the log filter")} (redacted)`,
      ),
      l(
        at(7),
        "DEBUG",
        "anthropic",
        `fallback message id=${N("identifier", F.msgId(), "Anthropic message id")} tool_use_id=${N("identifier", F.toolu(), "Anthropic tool_use id")}`,
      ),
      l(
        at(9),
        "ERROR",
        "elevenlabs.tts",
        `401 Unauthorized: invalid api key '${N("redacted_key", `sk_${rs(4, AL.hex)}...${rs(4, AL.hex)}`, "truncated in the error")}'`,
      ),
      l(
        at(612),
        "INFO",
        "agent.session",
        `closed reason=participant_left duration_s=${range(30, 600)} trace_id=${N("identifier", rs(32, AL.hex), "OpenTelemetry trace id")}`,
      ),
    ].join("\n")}\n`,
  );
}

// ================================================================ repos/crew-experiments (CrewAI, AutoGen, Semantic Kernel, LangChain)
{
  const R = "repos/crew-experiments";
  emit(
    `${R}/crewai_marketing/.env`,
    `MODEL=gpt-4o-mini
OPENAI_API_KEY=${P("openai_api_key", F.openai("proj"))}
SERPER_API_KEY=${P("serper_api_key", F.serper(), "40-hex, no prefix")}
AGENTOPS_API_KEY=${P("agentops_api_key", uuid(), "UUID-shaped key, only the name tells")}
`,
  );

  emit(
    `${R}/autogen/OAI_CONFIG_LIST`,
    `[
    {
        "model": "gpt-4o",
        "api_key": "${P("openai_api_key", F.openai("proj"))}"
    },
    {
        "model": "gpt-4o",
        "api_key": "${P("azure_openai_api_key", F.azure(), "32-hex, no prefix")}",
        "base_url": "https://${AZ_HOST}/",
        "api_type": "azure",
        "api_version": "2024-10-21"
    },
    {
        "model": "deepseek-chat",
        "api_key": "${P("deepseek_api_key", F.deepseek())}",
        "base_url": "https://api.deepseek.com"
    },
    {
        "model": "llama3.1:8b",
        "api_key": "${N("placeholder", "ollama", "dummy key required by the client for local Ollama")}",
        "base_url": "http://localhost:11434/v1"
    }
]
`,
  );

  emit(
    `${R}/semantic_kernel/appsettings.Development.json`,
    `{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.SemanticKernel": "Debug" }
  },
  "AzureOpenAI": {
    "Endpoint": "https://${AZ_HOST}/",
    "DeploymentName": "gpt-4o",
    "ApiKey": "${P("azure_openai_api_key", F.azure(), "32-hex, no prefix")}"
  },
  "OpenAI": {
    "ChatModelId": "gpt-4.1",
    "ApiKey": "",
    "OrgId": "${N("identifier", F.orgId(), "OpenAI organization id")}"
  },
  "ConnectionStrings": {
    "Memory": "Host=localhost;Port=5432;Database=skmemory;Username=sk;Password=${P("postgres_password", humanPassword(), "password in an ADO.NET connection string")}"
  }
}
`,
  );

  emit(
    `${R}/semantic_kernel/Program.cs`,
    `using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.Development.json")
    .AddEnvironmentVariables()
    .Build();

var builder = Kernel.CreateBuilder();
builder.AddAzureOpenAIChatCompletion(
    deploymentName: config["AzureOpenAI:DeploymentName"]!,
    endpoint: config["AzureOpenAI:Endpoint"]!,
    apiKey: ${N("env_reference", 'config["AzureOpenAI:ApiKey"]!', "configuration lookup")});
// quick test against OpenAI directly:
// builder.AddOpenAIChatCompletion("gpt-4.1", "${P("openai_api_key", F.openai("proj"), "commented-out C# line")}");

var kernel = builder.Build();
kernel.ImportPluginFromPromptDirectory("Prompts");
var settings = new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
Console.WriteLine(await kernel.InvokePromptAsync("Summarise today's incidents", new(settings)));
`,
  );

  emit(
    `${R}/langchain_agents/tool_calling.ipynb`,
    notebook([
      {
        md: "## Tool calling across providers\nSame three tools, four providers; we compare argument-validity rates.",
      },
      {
        code: 'import getpass, os\nif not os.environ.get("TAVILY_API_KEY"):\n    os.environ["TAVILY_API_KEY"] = getpass.getpass("Tavily key: ")',
      },
      {
        code: `from langchain_mistralai import ChatMistralAI\nmistral = ChatMistralAI(model="mistral-large-latest", api_key="${P("mistral_api_key", F.mistral(), "no prefix, notebook cell")}")\nmistral`,
        out: [
          {
            result: `ChatMistralAI(client=<httpx.Client object at 0x7f3a2c1e5d90>, async_client=<httpx.AsyncClient object at 0x7f3a2c1e6150>, mistral_api_key=${N("redacted_key", "SecretStr('**********')", "pydantic SecretStr repr")}, endpoint='https://api.mistral.ai/v1', model='mistral-large-latest')`,
          },
        ],
      },
      {
        code: `from langchain_xai import ChatXAI\ngrok = ChatXAI(model="grok-4", xai_api_key="${P("xai_api_key", F.xai())}")\nmsg = grok.bind_tools(tools).invoke("weather in Lisbon?")\nmsg`,
        out: [
          {
            result: `AIMessage(content='', additional_kwargs={'tool_calls': [{'id': '${N("identifier", `call_${rs(24)}`, "OpenAI tool call id")}', 'function': {'arguments': '{"city":"Lisbon"}', 'name': 'get_weather'}, 'type': 'function'}]}, response_metadata={'model_name': 'grok-4'}, id='${N("identifier", `run--${uuid()}`, "LangChain run id")}')`,
          },
        ],
      },
    ]),
  );
}

// ================================================================ repos/hf-space-demo (Gradio on Hugging Face Spaces)
{
  const R = "repos/hf-space-demo";

  emit(
    `${R}/app.py`,
    `import os

import gradio as gr
import replicate
import requests

REPLICATE_API_TOKEN = os.environ.get("REPLICATE_API_TOKEN") or "${P("replicate_api_token", F.replicate(), "fallback literal after or")}"
STABILITY_KEY = "${P("stability_api_key", F.stability(), "from dana personal account, rotate later")}"
client = replicate.Client(api_token=REPLICATE_API_TOKEN)


def cover_art(prompt: str):
    r = requests.post(
        "https://api.stability.ai/v2beta/stable-image/generate/core",
        headers={"authorization": f"Bearer {STABILITY_KEY}", "accept": "image/*"},
        files={"none": ""},
        data={"prompt": prompt, "output_format": "webp"},
        timeout=60,
    )
    r.raise_for_status()
    return r.content


def transcribe(audio):
    return client.run("openai/whisper", input={"audio": open(audio, "rb")})["transcription"]


with gr.Blocks() as demo:
    gr.LoginButton()
    a = gr.Audio(type="filepath")
    t = gr.Textbox()
    a.change(transcribe, a, t)

demo.launch()
`,
  );

  emit(
    `${R}/.github/workflows/sync-to-hub.yml`,
    `name: Sync to Hugging Face hub
on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  sync-to-hub:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("git_sha", F.gitsha(), "action pinned by commit")} # v4
        with:
          fetch-depth: 0
          lfs: true
      - name: Push to hub
        env:
          HF_TOKEN: ${N("ci_secret_reference", "${{ secrets.HF_TOKEN }}", "GitHub Actions secret reference")}
        # $HF_TOKEN was empty on the first run so I pasted it inline for now
        run: git push https://tidepool:${P("huggingface_token", F.hf(), "token inside a git remote URL")}@huggingface.co/spaces/tidepool/voice-demo main
`,
  );
}

// ================================================================ repos/evals (datasets, prompts, Braintrust)
{
  const R = "repos/evals";
  emit(
    `${R}/datasets/secret_redaction.jsonl`,
    jsonl([
      {
        id: "red-001",
        input: `Here is my key ${N("openai_api_key", `sk-proj-${"EXAMPLE".repeat(4)}`, "fake example in an eval dataset")} why does it 401?`,
        expected: "Here is my key [REDACTED] why does it 401?",
      },
      {
        id: "red-002",
        input: `aws configure says my id is ${N("aws_access_key_id", AWS_DOC_KEY_ID, "AWS documentation sample")}`,
        expected: "aws configure says my id is [REDACTED]",
      },
      {
        id: "red-003",
        input: `decode this for me: ${N("jwt", JWT_IO_SAMPLE, "jwt.io sample token")}`,
        expected: "decode this for me: [REDACTED]",
      },
      {
        id: "red-004",
        input: `slack token ${N("slack_bot_token", `xoxb-${"0".repeat(10)}-${"0".repeat(13)}-${"X".repeat(24)}`, "fake example")} stopped working`,
        expected: "slack token [REDACTED] stopped working",
      },
      {
        id: "red-005",
        input: `my anthropic key starts with ${N("anthropic_api_key", "sk-ant-api03-REDACTED", "placeholder")} is that right?`,
        expected: "my anthropic key starts with [REDACTED] is that right?",
      },
    ]),
  );

  emit(
    `${R}/datasets/support_tickets_sample.jsonl`,
    jsonl([
      {
        ticket: 48120,
        created: iso(when(36, 37)),
        channel: "email",
        body: "Hi, the export button times out for workspaces over 10k docs. Is there a CLI?",
        label: "bug",
      },
      {
        ticket: 48133,
        created: iso(when(37, 38)),
        channel: "chat",
        body: `your OpenRouter integration keeps failing, here is my key so you can check: ${P("openrouter_api_key", F.openrouter(), "customer pasted a key into a ticket that ended up in an eval set")}`,
        label: "integration",
      },
      {
        ticket: 48151,
        created: iso(when(38, 39)),
        channel: "chat",
        body: `I rotated the key, the old one ended in ${N("redacted_key", `...${rs(4)}`, "key suffix only")}, still getting 401`,
        label: "integration",
      },
    ]),
  );

  emit(
    `${R}/prompts/system/secret_guard.md`,
    `# System prompt: secret guard (v7)

You are a code-review assistant. Never repeat credentials back to the user, even partially.
If the diff contains something that looks like a credential, reply with the file and line only.

Examples of things to treat as credentials (shapes, not real values):

- OpenAI: \`${N("openai_api_key", "sk-proj-abc123...", "illustrative prefix in a prompt")}\`
- AWS: \`${N("aws_access_key_id", `AKIA${"X".repeat(16)}`, "illustrative shape in a prompt")}\`
- GitHub: \`ghp_\` followed by 36 characters
- Anthropic: \`sk-ant-api03-\` followed by ~95 characters

Do not flag lockfile hashes, git SHAs or UUIDs.
`,
  );

  emit(
    `${R}/braintrust/eval_support.ts`,
    `// run: BRAINTRUST_API_KEY=${P("braintrust_api_key", F.braintrust(), "key in a usage comment")} npx braintrust eval braintrust/eval_support.ts
import { Eval, initDataset } from 'braintrust';
import { Factuality } from 'autoevals';
import { answer } from '../src/support';

Eval('support-copilot', {
  projectId: '${N("uuid_identifier", uuid(), "Braintrust project id")}',
  data: initDataset('support-copilot', { dataset: 'golden-200' }),
  task: async (input: string) => answer(input),
  scores: [Factuality],
  metadata: { model: 'gpt-4.1', retriever: 'hybrid' },
});
`,
  );
}

// ================================================================ exports (chat transcripts)
{
  const ts = (d) => `${Math.floor(d.getTime() / 1000)}.${rs(6, AL.digits)}`;
  const d = onDay(37, 1, 9);
  const at = (m) => new Date(d.getTime() + m * 60000);
  const users = {
    dana: `U07${rs(8, AL.upnum)}`,
    ravi: `U07${rs(8, AL.upnum)}`,
    mei: `U08${rs(8, AL.upnum)}`,
  };
  const msg = (u, m, text) =>
    `    {\n        "user": "${users[u]}",\n        "type": "message",\n        "ts": "${ts(at(m))}",\n        "text": "${text}",\n        "user_profile": { "display_name": "${u}" }\n    }`;
  emit(
    "exports/slack/ai-platform/2026-02-11.json",
    `[\n${[
      msg("mei", 0, "anyone have the anthropic admin key? need it for the usage report script"),
      msg(
        "dana",
        2,
        `here: ${P("anthropic_admin_key", F.anthropicAdmin(), "pasted into a Slack channel")} -- pls don\\u2019t paste it elsewhere lol`,
      ),
      msg("mei", 3, `ty. also OpenAI usage API needs an admin key right?`),
      msg(
        "dana",
        5,
        `yep, org admin key: ${P("openai_admin_key", F.openai("admin"), "pasted into a Slack channel")}`,
      ),
      msg(
        "ravi",
        9,
        `fyi I rotated the old anthropic key, it was ${N("redacted_key", `sk-ant-api03-...${rs(4)}`, "redacted mention")}`,
      ),
      msg("ravi", 10, "and the Langfuse keys are in 1Password, vault AI Platform"),
    ].join(",\n")}\n]\n`,
  );

  const sid = uuid();
  const ccLine = (o) =>
    JSON.stringify({
      parentUuid: null,
      isSidechain: false,
      userType: "external",
      cwd: "/Users/dana/code/research-agent",
      sessionId: sid,
      version: "2.0.14",
      ...o,
    });
  const toolId = F.toolu();
  let tt = onDay(56, 1, 8).getTime();
  const tnext = () => {
    tt += range(800, 9000);
    return iso(new Date(tt));
  };
  const envDump = [
    `GEMINI_API_KEY=${P("google_api_key", F.google(), "tool output in an agent transcript")}`,
    `HELICONE_API_KEY=${P("helicone_api_key", F.helicone("pk"), "write key, tool output in an agent transcript")}`,
    `CHROMA_API_KEY=${P("chroma_api_key", F.chroma(), "tool output in an agent transcript")}`,
    "NEXT_PUBLIC_APP_URL=http://localhost:3000",
  ].join("\\n");
  emit(
    "exports/claude-code/2026-03-02-research-agent.jsonl",
    `${[
      ccLine({
        type: "user",
        message: { role: "user", content: "why is the gemini provider returning 403 locally?" },
        uuid: uuid(),
        timestamp: tnext(),
      }),
      ccLine({
        type: "assistant",
        message: {
          id: F.msgId(),
          role: "assistant",
          model: "claude-sonnet-4-5-20250929",
          content: [
            {
              type: "tool_use",
              id: N("identifier", toolId, "Anthropic tool_use id"),
              name: "Bash",
              input: { command: "cat .env.local", description: "Show local env" },
            },
          ],
        },
        uuid: uuid(),
        timestamp: tnext(),
      }),
      // tool_result written by hand so the env dump keeps its markers (JSON.stringify would escape the newlines we already escaped)
      `{"parentUuid":null,"isSidechain":false,"userType":"external","cwd":"/Users/dana/code/research-agent","sessionId":"${sid}","version":"2.0.14","type":"user","message":{"role":"user","content":[{"tool_use_id":"${N("identifier", toolId, "Anthropic tool_use id")}","type":"tool_result","content":"${envDump}","is_error":false}]},"uuid":"${uuid()}","timestamp":"${tnext()}"}`,
      ccLine({
        type: "assistant",
        message: {
          id: F.msgId(),
          role: "assistant",
          model: "claude-sonnet-4-5-20250929",
          content: [
            {
              type: "text",
              text: "The key is set, so the 403 is the API restriction on the key (HTTP referrer). Also: that file has live keys in it, I would rotate them since they are now in this transcript.",
            },
          ],
        },
        uuid: uuid(),
        timestamp: tnext(),
      }),
    ].join("\n")}\n`,
  );

  const day = onDay(17, 1, 9);
  const hm = (m) => {
    const x = new Date(day.getTime() + m * 60000);
    return `${x.toISOString().slice(0, 10)} ${x.toISOString().slice(11, 16)}`;
  };
  emit(
    "exports/teams/agents-lab-chat.txt",
    `[${hm(0)}] Mei Tanaka: does anyone have a fireworks key I can borrow for the bench run?
[${hm(2)}] Jonas Berg: use mine for today ${P("fireworks_api_key", F.fireworks(), "shared in a chat export")}
[${hm(2)}] Jonas Berg: and the HF one for the gated llama repo:
[${hm(3)}] Jonas Berg: ${P("huggingface_token", F.hf(), "shared in a chat export")}
[${hm(4)}] Mei Tanaka: ty! will swap to the team key tomorrow
[${hm(9)}] Ravi Menon: pls don't paste keys in here :( use 1Password share links
[${hm(11)}] Jonas Berg: yeah yeah, I'll rotate after the run
`,
  );
}

// ================================================================ repos/handbook (team docs)
{
  const R = "repos/handbook";
  emit(
    `${R}/docs/onboarding.md`,
    `# Onboarding -- AI Platform team

1. Ask in #ai-platform for access to the 1Password vault **AI Platform**.
2. Render your env file: \`op inject -i .env.tpl -o .env\`
3. Install the MCP servers: see \`repos/mcp-servers/README.md\`.

## Hackathon keys (shared, expire 2026-03-31)

- Langfuse (project *hackathon*): public \`${U("langfuse_public_key", F.lfPublic(), "public half of the Langfuse pair")}\`, secret \`${P("langfuse_secret_key", F.lfSecret(), "shared in onboarding docs")}\`
- Datadog LLM Observability API key: \`${P("datadog_api_key", F.ddApi(), "32-hex, no prefix")}\` with \`DD_SITE=us5.datadoghq.com\`
- Datadog RUM client token for the demo UI: \`${U("datadog_client_token", F.ddClient(), "browser client token, public by design")}\`

Do **not** copy keys from vendor docs (e.g. \`${N("aws_secret_access_key", AWS_DOC_SECRET, "AWS documentation sample")}\`); they will not work.
`,
  );

  emit(
    `${R}/.env.tpl`,
    `# 1Password template -- render with: op inject -i .env.tpl -o .env
OPENAI_API_KEY=${N("secret_manager_reference", "op://AI Platform/OpenAI/credential", "1Password reference")}
ANTHROPIC_API_KEY=${N("secret_manager_reference", "op://AI Platform/Anthropic/credential", "1Password reference")}
LANGSMITH_API_KEY=${N("secret_manager_reference", "op://AI Platform/LangSmith/credential", "1Password reference")}
PINECONE_API_KEY={{ op://AI Platform/Pinecone/credential }}
`,
  );
}

// ================================================================ write everything
if (pending.size) throw new Error(`unused markers: ${[...pending.values()].map((e) => e.type).join(", ")}`);
for (const [rel, body] of files) if (body.includes("\u27e6")) throw new Error(`marker left in ${rel}`);
const OUT = process.cwd();
fs.rmSync(path.join(OUT, "files"), { recursive: true, force: true });
for (const [rel, body] of [...files.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const p = path.join(OUT, "files", rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, body);
}
const order = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
labels.sort(order);
neutrals.sort(order);
fs.writeFileSync(path.join(OUT, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(OUT, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.error(
  `files=${files.size} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

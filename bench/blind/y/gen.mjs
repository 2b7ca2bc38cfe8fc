#!/usr/bin/env node
/*
 * Blind corpus "y": a product team's web front end and growth stack
 * (headless CMSs, feature flags, product analytics, search, CI tooling,
 * e-mail marketing). Usage:  node gen.mjs <seed>
 * Writes ./files/**, ./labels.json and ./neutrals.json into the working dir.
 *
 * Determinism: every random byte comes from HMAC-SHA256(seed, "ctr:<n>");
 * no Math.random, no clock. Same seed => byte-identical output.
 *
 * No credential literal lives in this file: every key/token/password is
 * built at run time from its format. The only fixed "credential-looking"
 * literals are vendor documentation samples, used as NEGATIVES only:
 * AWS's AKIAIOSFODNN7EXAMPLE pair, the jwt.io sample JWT, Contentful's
 * documented demo CDA token for space "cfexampleapi", Unleash's documented
 * development token "default:development.unleash-insecure-api-token" and
 * Typesense's documented local key "xyz".
 *
 * Credential formats used (prefix | body | alphabet | checksum) and source:
 *  - contentful_management_token  CFPAT- + 43 [A-Za-z0-9_-]            observed shape (Contentful PAT docs give no grammar)
 *  - contentful_delivery/preview   43 [A-Za-z0-9_-], no prefix          observed shape; CDA = neutral (published content, shipped to browsers)
 *  - contentful_space_id           12 [a-z0-9]                          observed shape (identifier, negative)
 *  - sanity_api_token              "sk" + 180 [A-Za-z0-9]               Sanity HTTP auth docs show "sk..." bearer tokens; length observed
 *  - storyblok public/preview      22 [A-Za-z0-9] + "tt"                observed shape; public token = neutral, preview = positive
 *  - storyblok_personal_access_token 22 [A-Za-z0-9]+"tt-"+6 digits+"-"+20 [A-Za-z0-9_-]  observed shape (GUESSED)
 *  - prismic_access_token          base64("0."+16-char id) + "." + base64url(bytes, >=0x80 -> U+FFFD)  observed shape ("MC5...")
 *  - strapi_api_token              256 [0-9a-f] (128 random bytes, hex)  observed shape of Strapi v4/v5 tokens
 *  - strapi APP_KEYS/salts/JWT     base64 of 16 random bytes            create-strapi-app dot-env generator (crypto.randomBytes(16).toString('base64'))
 *  - ghost_admin_api_key           24 hex id + ":" + 64 hex secret      Ghost Admin API docs ({id}:{secret})
 *  - ghost_content_api_key         26 hex                               Ghost docs; neutral (browser-safe by design)
 *  - datocms_api_token             30 [0-9a-f]                          observed shape (GUESSED length)
 *  - hygraph_permanent_auth_token  JWT RS256, kid gcms-main-production  Hygraph docs: PATs are JWT bearer tokens; claims observed
 *  - launchdarkly sdk/api          "sdk-"/"api-" + UUIDv4               LaunchDarkly docs (SDK key / access token); client-side ID = 24 hex, neutral
 *  - split_sdk_key                 36 [a-z0-9]                          observed shape (Split docs give no grammar); client-side key = neutral
 *  - statsig server/console/client "secret-"/"console-"/"client-" + 43 [A-Za-z0-9]  Statsig API-key docs (prefixes); length observed
 *  - optimizely_personal_access_token "2:" + 43 [A-Za-z0-9_-]          observed shape (GUESSED); SDK key 22 [A-Za-z0-9] = neutral
 *  - flagsmith_server_key          "ser." + 22 [A-Za-z0-9]              Flagsmith docs ("ser." server-side keys); env key 22 chars = neutral
 *  - unleash_api_token             "<project>:<env>." + 56 [0-9a-f]     Unleash API-token schema ("project:environment.xyzrandomstring"); frontend = neutral
 *  - segment_public_api_token      "sgp_" + 64 [A-Za-z0-9]              observed shape (GitLab secret-detection rule); write key 32 [A-Za-z0-9] = neutral
 *  - mixpanel_api_secret           32 [0-9a-f]; project token 32 hex = neutral; service-account secret 32 [A-Za-z0-9]   observed shape
 *  - amplitude_secret_key          32 [0-9a-f]; API key 32 hex = neutral                                                 observed shape
 *  - posthog personal/project      "phx_"/"phc_" + 43 [A-Za-z0-9]       PostHog docs (phx_ private, phc_ public = neutral); length observed
 *  - fullstory_api_key             "na1." + base64(36 bytes)            FullStory docs (data-centre prefix); body observed
 *  - algolia admin/search          32 [0-9a-f]; app ID 10 [A-Z0-9]      Algolia docs; search-only key = neutral, app ID = negative
 *  - typesense_api_key             32 [A-Za-z0-9]                       observed shape of generated keys; search-only = neutral
 *  - meilisearch_master_key        base64url(32 bytes) (>=16 bytes per docs); API keys 64 [0-9a-f]   Meilisearch security docs; search key = neutral
 *  - sentry_user_auth_token        "sntryu_" + 64 [0-9a-f]              Sentry docs / observed
 *  - sentry_org_auth_token         "sntrys_" + base64(JSON{iat,url,region_url,org}) + "_" + 43 [A-Za-z0-9+/]   observed shape (sentry-cli docs)
 *  - sentry_dsn                    https://<32 hex>@o<id>.ingest.<region>.sentry.io/<id>   Sentry docs; neutral (public key)
 *  - codecov_upload_token          UUIDv4                               Codecov docs; README badge token (10 [A-Z0-9]) = neutral
 *  - sonarcloud_token              40 [0-9a-f]; SonarQube "sqp_"/"squ_" + 40 hex; "sqb_" badge = neutral   SonarQube TokenGenerator (20 bytes hex)
 *  - snyk_api_token                UUIDv4                               Snyk docs
 *  - percy_token                   "web_" + 64 [0-9a-f]                 BrowserStack Percy docs ("web_<token_sha>")
 *  - chromatic_project_token       "chpt_" + 15 [0-9a-f]                observed shape (GUESSED length)
 *  - browserstack_access_key       20 [A-Za-z0-9]; username = negative  observed shape
 *  - saucelabs_access_key          UUIDv4; username = negative          Sauce Labs docs
 *  - mailchimp_api_key             32 [0-9a-f] + "-us" + dc             Mailchimp docs
 *  - mailchimp_transactional_key   "md-" + 22 [A-Za-z0-9_-]             observed shape
 *  - klaviyo_private_api_key       "pk_" + 34 [0-9a-f]                  Klaviyo docs (pk_ prefix); length observed; public key 6 chars = neutral
 *  - customerio track/app keys     20 hex site ID (neutral), 20 hex track key, 32 hex App API key   observed shape
 *  - brevo_api_key / smtp key      "xkeysib-"/"xsmtpsib-" + 64 hex + "-" + 16 [A-Za-z0-9]   observed shape
 *  - github_pat / npm_token        "ghp_"/"npm_" + 30 [A-Za-z0-9] + 6-char base62 CRC32 of the 30 chars   GitHub token-format blog post; npm uses the same scheme
 *  - netlify_personal_access_token "nfp_" + 36 [A-Za-z0-9]              observed shape (GUESSED)
 *  - vercel_token                  24 [A-Za-z0-9] (no prefix; variable name only)   observed shape
 *  - private_key                   Ed25519 PKCS#8 PEM (deterministic seed)          RFC 8410
 *  - algolia_write_api_key         32 [0-9a-f] scoped key (addObject ACL)   Algolia docs
 *  - unleash_admin_token           "*:*." + 56 [0-9a-f]                 Unleash API-token schema (all projects/envs)
 *  - customerio_track_credentials  base64("<site_id>:<track_api_key>") in a Basic auth header   Customer.io Track API docs
 *  - generic_webhook_secret        human-chosen shared secret (word list)
 *  - password                      word-list + digits/symbols, as people choose them
 * Hard negatives: placeholders, ${...}/{{ }}/secrets refs, vendor doc samples,
 * redactions, sha256/sha512/git SHAs, lockfile integrity, UUID identifiers,
 * X.509 certificate + public key, fixtures, broken-checksum ghp_/npm_, IDs,
 * SOPS ENC[...], ansible-vault, SealedSecrets.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SEED = process.argv[2];
if (!SEED) {
  console.error("usage: node gen.mjs <seed>");
  process.exit(2);
}

// ---------------------------------------------------------------- randomness
let ctr = 0;
let pool = Buffer.alloc(0);
function bytes(n) {
  const parts = [pool];
  let have = pool.length;
  while (have < n) {
    const h = crypto.createHmac("sha256", SEED).update(`ctr:${ctr++}`).digest();
    parts.push(h);
    have += h.length;
  }
  const all = Buffer.concat(parts);
  pool = Buffer.from(all.subarray(n));
  return Buffer.from(all.subarray(0, n));
}
function randInt(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = bytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const pick = (a) => a[randInt(a.length)];
const DIG = "0123456789";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const HEX = "0123456789abcdef";
const B62 = DIG + UP + LO;
const ALNUM_L = LO + DIG;
const UPNUM = UP + DIG;
const B64 = `${UP + LO + DIG}+/`;
const _B64URL = `${UP + LO + DIG}-_`;
function s(alpha, n) {
  let o = "";
  for (let i = 0; i < n; i++) o += alpha[randInt(alpha.length)];
  return o;
}
const digits = (n) => pick("123456789") + s(DIG, n - 1);
function uuid() {
  const b = bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const b64 = (n) => bytes(n).toString("base64");
const b64u = (n) => bytes(n).toString("base64url");
const wrap = (str, w) => str.match(new RegExp(`.{1,${w}}`, "g")).join("\n");

// ---------------------------------------------------------------- checksums
const CRC_T = (() => {
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
  for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n) {
  let o = "";
  do {
    o = B62[n % 62] + o;
    n = Math.floor(n / 62);
  } while (n > 0);
  return o;
}
function ghStyle(prefix) {
  const body = s(B62, 30);
  return prefix + body + base62(crc32(body)).padStart(6, "0");
}
function breakChecksum(tok) {
  const last = tok.slice(-1);
  let r;
  do r = pick(B62);
  while (r === last);
  return tok.slice(0, -1) + r;
}

// ---------------------------------------------------------------- generators
const WORDS = [
  "harbor",
  "lantern",
  "otter",
  "maple",
  "cobalt",
  "falcon",
  "juniper",
  "saffron",
  "quartz",
  "willow",
  "ember",
  "tundra",
  "pepper",
  "orchid",
  "comet",
  "velvet",
  "granite",
  "meadow",
  "nimbus",
  "walrus",
  "pickle",
  "tangerine",
  "basil",
  "cactus",
  "glacier",
  "biscuit",
  "marble",
  "puffin",
  "thistle",
  "rocket",
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function humanPw(style = randInt(4), syms = "!#$%&*?@") {
  const w1 = cap(pick(WORDS));
  let w2 = cap(pick(WORDS));
  while (w2 === w1) w2 = cap(pick(WORDS));
  switch (style) {
    case 0:
      return w1 + pick(syms) + w2 + digits(2);
    case 1:
      return `${pick(WORDS)}-${w2}-${digits(4)}`;
    case 2:
      return `${w1}.${w2.toLowerCase()}.${2019 + randInt(6)}`;
    default:
      return w1 + w2 + digits(3) + pick(syms);
  }
}
const BASE_TS = 1714000000; // fixed epoch (late April 2024), never the clock
const ts = (spread = 1500000) => BASE_TS + randInt(spread);
function sentryOrgToken(org) {
  const payload = `{"iat":${ts()}.${s(DIG, 6)},"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"${org}"}`;
  return `sntrys_${Buffer.from(payload).toString("base64").replace(/=+$/, "")}_${s(B64, 43)}`;
}
function hygraphJwt(projectId) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const header = { alg: "RS256", typ: "JWT", kid: "gcms-main-production" };
  const payload = {
    version: 3,
    iat: ts(),
    aud: [
      `https://api-eu-central-1-shared-euc1-02.hygraph.com/v2/${projectId}/master`,
      "https://management-eu-central-1-shared-euc1-02.hygraph.com/graphql",
    ],
    iss: "https://management-eu-central-1-shared-euc1-02.hygraph.com/",
    sub: uuid(),
    jti: s(ALNUM_L, 25),
  };
  return `${enc(header)}.${enc(payload)}.${b64u(256)}`;
}
function prismicToken() {
  const id = pick(UP) + s(`${B62}_`, 15);
  const raw = [];
  for (let i = 0; i < 18; i++) {
    const r = bytes(1)[0];
    if (r >= 0x80) raw.push(0xef, 0xbf, 0xbd);
    else raw.push(r);
  }
  return (
    Buffer.from(`0.${id}`).toString("base64").replace(/=+$/, "") +
    "." +
    Buffer.from(raw).toString("base64url")
  );
}
function ed25519FromSeed(seed32) {
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed32]);
  const priv = crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  return { priv, pub: crypto.createPublicKey(priv) };
}
// minimal DER helpers for a self-signed Ed25519 X.509 certificate (a public artefact, negative)
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 0xff);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
const tlv = (tag, c) => Buffer.concat([Buffer.from([tag]), derLen(c.length), c]);
const seq = (...c) => tlv(0x30, Buffer.concat(c));
const set = (...c) => tlv(0x31, Buffer.concat(c));
const oid = (h) => tlv(0x06, Buffer.from(h, "hex"));
const utf8s = (x) => tlv(0x0c, Buffer.from(x));
const prt = (x) => tlv(0x13, Buffer.from(x));
function selfSignedCert(cn) {
  const { priv, pub } = ed25519FromSeed(bytes(32));
  const alg = seq(oid("2b6570"));
  const name = seq(
    set(seq(oid("550406"), prt("GB"))),
    set(seq(oid("55040a"), utf8s("Parcelpine Ltd"))),
    set(seq(oid("550403"), utf8s(cn))),
  );
  const serial = bytes(16);
  serial[0] &= 0x7f;
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, serial),
    alg,
    name,
    seq(tlv(0x17, Buffer.from("240402091244Z")), tlv(0x17, Buffer.from("260402091244Z"))),
    name,
    pub.export({ format: "der", type: "spki" }),
  );
  const sig = crypto.sign(null, tbs, priv);
  const cert = seq(tbs, alg, tlv(0x03, Buffer.concat([Buffer.from([0]), sig])));
  return `-----BEGIN CERTIFICATE-----\n${wrap(cert.toString("base64"), 64)}\n-----END CERTIFICATE-----`;
}
const sopsEnc = (len) => `ENC[AES256_GCM,data:${b64(len)},iv:${b64(32)},tag:${b64(16)},type:str]`;
const sealed = () => Buffer.concat([Buffer.from([0x02, 0x00]), bytes(560)]).toString("base64");
const integrity = () => `sha512-${b64(64)}`;

// ---------------------------------------------------------------- labelling
const labels = [];
const neutrals = [];
const pend = new Map();
let sid = 0;
function mk(kind, type, value, opt) {
  if (typeof value !== "string" || !value) throw new Error(`empty value for ${type}`);
  const id = `\u0001${sid++}\u0002`;
  pend.set(id, { kind, type, value, ...opt });
  return id;
}
const P = (type, value, note, decoded) => mk("P", type, value, { note, decoded });
const X = (type, value, note) => mk("X", type, value, { note });
const U = (type, value, note) => mk("U", type, value, { note });
const outFiles = new Map();
const nl = (t) => (t.match(/\n/g) || []).length;
function file(p, text) {
  if (outFiles.has(p)) throw new Error(`duplicate file ${p}`);
  text = text.replace(/^\n/, "");
  let res = "";
  let line = 1;
  let last = 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the sentinels are control characters no file holds
  const re = /\u0001(\d+)\u0002/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const chunk = text.slice(last, m.index);
    res += chunk;
    line += nl(chunk);
    const e = pend.get(m[0]);
    if (!e) throw new Error(`sentinel reused in ${p}`);
    pend.delete(m[0]);
    const rec = { file: p, line, type: e.type, secret: e.value };
    if (e.kind !== "U") rec.positive = e.kind === "P";
    if (e.decoded) rec.decoded = e.decoded;
    if (e.note) rec.note = e.note;
    (e.kind === "U" ? neutrals : labels).push(rec);
    res += e.value;
    line += nl(e.value);
    last = re.lastIndex;
  }
  res += text.slice(last);
  if (!res.endsWith("\n")) res += "\n";
  outFiles.set(p, res);
}
const raw = String.raw;
const D = "$";
const BT = "`";
const FENCE = "```";

// ---------------------------------------------------------------- values
const V = {};
V.ctfSpace = s(ALNUM_L, 12);
V.ctfCda = s(`${B62}-_`, 43);
V.ctfCpa = s(`${B62}-_`, 43);
V.cfpat1 = `CFPAT-${s(`${B62}-_`, 43)}`;
V.cfpat2 = `CFPAT-${s(`${B62}-_`, 43)}`;
V.cfpat3 = `CFPAT-${s(`${B62}-_`, 43)}`;
V.phc = `phc_${s(B62, 43)}`;
V.phx1 = `phx_${s(B62, 43)}`;
V.phx2 = `phx_${s(B62, 43)}`;
V.phProj = digits(5);
V.algApp = s(UPNUM, 10);
V.algSearch = s(HEX, 32);
V.algAdmin = s(HEX, 32);
V.algAdmin2 = s(HEX, 32);
V.algIndexer = s(HEX, 32);
V.sentryOrgId = digits(7);
V.sentryPub = s(HEX, 32);
V.sentryLegacySecret = s(HEX, 32);
V.sentryProjId = digits(7);
V.dsn = `https://${V.sentryPub}@o${V.sentryOrgId}.ingest.de.sentry.io/${V.sentryProjId}`;
V.sntrys1 = sentryOrgToken("parcelpine");
V.sntryu1 = `sntryu_${s(HEX, 64)}`;
V.sntryu2 = `sntryu_${s(HEX, 64)}`;
V.sntryu3 = `sntryu_${s(HEX, 64)}`;
V.stClient = `client-${s(B62, 43)}`;
V.stSecret = `secret-${s(B62, 43)}`;
V.stSecretOld = `secret-${s(B62, 43)}`;
V.stConsole = `console-${s(B62, 43)}`;
V.bsUser = `parcelpineci_${s(B62, 6)}`;
V.bsKey = s(B62, 20);
V.chpt = `chpt_${s(HEX, 15)}`;
V.chromaticApp = s(HEX, 24);
V.codecov = uuid();
V.codecovBadge = s(UPNUM, 10);
V.snyk1 = uuid();
V.snyk2 = uuid();
V.percy = `web_${s(HEX, 64)}`;
V.sauceKey = uuid();
V.ghp1 = ghStyle("ghp_");
V.ghp2 = ghStyle("ghp_");
V.npm1 = ghStyle("npm_");
V.ghpBroken = breakChecksum(ghStyle("ghp_"));
V.npmBroken = breakChecksum(ghStyle("npm_"));
V.sha = Array.from({ length: 12 }, () => s(HEX, 40));
V.sbPublic = `${s(B62, 22)}tt`;
V.sbPreview = `${s(B62, 22)}tt`;
V.sbPreviewOld = `${s(B62, 22)}tt`;
V.sbPat = `${s(B62, 22)}tt-${digits(6)}-${s(`${B62}-_`, 20)}`;
V.sbSpace = digits(6);
V.prismic = prismicToken();
V.hotjar = digits(7);
V.heap = digits(10);
V.sanityProj = s(ALNUM_L, 8);
V.sanityTok = `sk${s(B62, 180)}`;
V.sanityTok2 = `sk${s(B62, 180)}`;
V.sanityUser = `sk${s(B62, 180)}`;
V.ghostContent = s(HEX, 26);
V.ghostAdmin1 = `${s(HEX, 24)}:${s(HEX, 64)}`;
V.ghostAdmin2 = `${s(HEX, 24)}:${s(HEX, 64)}`;
V.mc1 = `${s(HEX, 32)}-us14`;
V.mc2 = `${s(HEX, 32)}-us14`;
V.mcList = s(HEX, 10);
V.mandrill = `md-${s(`${B62}-_`, 22)}`;
V.strapiAppKeys = [b64(16), b64(16), b64(16), b64(16)].join(",");
V.strapiSalt = b64(16);
V.strapiAdminJwt = b64(16);
V.strapiTransfer = b64(16);
V.strapiJwt = b64(16);
V.strapiDbPw = humanPw(0);
V.strapiApiTok = s(HEX, 256);
V.tsAdmin = s(B62, 32);
V.tsSearch = s(B62, 32);
V.tsStaging = s(B62, 32);
V.meiliMaster = b64u(32);
V.meiliMaster2 = b64u(32);
V.meiliSearch = s(HEX, 64);
V.ldSdk = `sdk-${uuid()}`;
V.ldSdkStg = `sdk-${uuid()}`;
V.ldClient = s(HEX, 24);
V.ldApi = `api-${uuid()}`;
V.segWrite = s(B62, 32);
V.sgp = `sgp_${s(B62, 64)}`;
V.mpToken = s(HEX, 32);
V.mpSecret = s(HEX, 32);
V.mpSaSecret = s(B62, 32);
V.mpSaUser = `growth-notebook.${s(HEX, 6)}.mp-service-account`;
V.mpProj = digits(7);
V.kvPublic = s(B62, 6);
V.kvPriv1 = `pk_${s(HEX, 34)}`;
V.kvPriv2 = `pk_${s(HEX, 34)}`;
V.cioSite = s(HEX, 20);
V.cioTrack = s(HEX, 20);
V.cioTrack2 = s(HEX, 20);
V.cioApp = s(HEX, 32);
V.brevo = `xkeysib-${s(HEX, 64)}-${s(B62, 16)}`;
V.brevoSmtp = `xsmtpsib-${s(HEX, 64)}-${s(B62, 16)}`;
V.ampKey = s(HEX, 32);
V.ampSecret = s(HEX, 32);
V.unleashProd = `default:production.${s(HEX, 56)}`;
V.unleashStg = `default:staging.${s(HEX, 56)}`;
V.unleashFront = `storefront:staging.${s(HEX, 56)}`;
V.unleashAdmin = `*:*.${s(HEX, 56)}`;
V.fsEnv = s(B62, 22);
V.fsServer = `ser.${s(B62, 22)}`;
V.splitServer = s(ALNUM_L, 36);
V.splitClient = s(ALNUM_L, 36);
V.optSdk = s(B62, 22);
V.optPat = `2:${s(`${B62}-_`, 43)}`;
V.vercelTok = s(B62, 24);
V.vercelProj = `prj_${s(B62, 28)}`;
V.vercelTeam = `team_${s(B62, 24)}`;
V.vercelEnvId = s(B62, 16);
V.vercelEnvId2 = s(B62, 16);
V.nfp = `nfp_${s(B62, 36)}`;
V.netlifySite = uuid();
V.hygProj = `cl${s(ALNUM_L, 23)}`;
V.hyg = hygraphJwt(V.hygProj);
V.datoFull = s(HEX, 30);
V.fsOrg = `o-${s(UPNUM, 5)}-na1`;
V.fsApi = `na1.${b64(36)}`;
V.logrocket = `${s(ALNUM_L, 6)}/parcelpine-web`;
V.sonar = s(HEX, 40);
V.sqp = `sqp_${s(HEX, 40)}`;
V.sqb = `sqb_${s(HEX, 40)}`;
V.awsAcct = digits(12);
V.revalSecret = humanPw(3);
V.stagingPw = humanPw(1);
V.strapiAdminPw = humanPw(0);
V.growthDbPw = humanPw(2);
V.cmsDbPwUrl = humanPw(0, "@#$&?");
V.jwtKey = ed25519FromSeed(bytes(32));

// ============================================================== FILES
// ---------------------------------------------------------------- storefront (Next.js)
file(
  "apps/storefront/.env.local",
  raw`
# Created by Vercel CLI
# vercel env pull .env.local   (maya, for local preview mode -- don't commit)
NEXT_PUBLIC_SITE_URL="http://localhost:3000"

# --- Contentful ---
CONTENTFUL_SPACE_ID="${X("contentful_space_id", V.ctfSpace, "identifier, not a credential")}"
CONTENTFUL_ENVIRONMENT="master"
NEXT_PUBLIC_CONTENTFUL_DELIVERY_TOKEN="${U("contentful_delivery_token", V.ctfCda, "CDA token, published content, browser-exposed")}"
CONTENTFUL_PREVIEW_TOKEN="${P("contentful_preview_token", V.ctfCpa)}"
CONTENTFUL_MANAGEMENT_TOKEN="${P("contentful_management_token", V.cfpat1)}"

# --- PostHog ---
NEXT_PUBLIC_POSTHOG_KEY="${U("posthog_project_api_key", V.phc)}"
NEXT_PUBLIC_POSTHOG_HOST="https://eu.i.posthog.com"
POSTHOG_PERSONAL_API_KEY="${P("posthog_personal_api_key", V.phx1)}"
POSTHOG_PROJECT_ID="${X("posthog_project_id", V.phProj, "numeric project id")}"

# --- Algolia ---
NEXT_PUBLIC_ALGOLIA_APP_ID="${X("algolia_application_id", V.algApp, "application id is public")}"
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY="${U("algolia_search_api_key", V.algSearch, "search-only key")}"
ALGOLIA_ADMIN_KEY="${P("algolia_admin_api_key", V.algAdmin)}"

# --- Sentry ---
NEXT_PUBLIC_SENTRY_DSN="${U("sentry_dsn", V.dsn)}"
SENTRY_AUTH_TOKEN="${P("sentry_org_auth_token", V.sntrys1)}"

# --- Statsig ---
NEXT_PUBLIC_STATSIG_CLIENT_KEY="${U("statsig_client_key", V.stClient)}"
STATSIG_SERVER_SECRET="${P("statsig_server_secret", V.stSecret)}"
`,
);

file(
  "apps/storefront/.env.example",
  raw`
# Copy to .env.local and fill in -- ask in #growth-eng, never paste real values here.
CONTENTFUL_SPACE_ID=
CONTENTFUL_ENVIRONMENT=master
NEXT_PUBLIC_CONTENTFUL_DELIVERY_TOKEN=
CONTENTFUL_PREVIEW_TOKEN=${X("contentful_preview_token", "<preview-token>", "placeholder")}
CONTENTFUL_MANAGEMENT_TOKEN=${X("contentful_management_token", `CFPAT-${"x".repeat(43)}`, "placeholder")}
NEXT_PUBLIC_POSTHOG_KEY=phc_
POSTHOG_PERSONAL_API_KEY=${X("posthog_personal_api_key", "phx_your_personal_api_key_here", "placeholder")}
NEXT_PUBLIC_ALGOLIA_APP_ID=
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=
ALGOLIA_ADMIN_KEY=${X("algolia_admin_api_key", "<your-algolia-admin-key>", "placeholder")}
NEXT_PUBLIC_SENTRY_DSN=
SENTRY_AUTH_TOKEN=${X("sentry_org_auth_token", "sntrys_YOUR_TOKEN_HERE", "placeholder")}
STATSIG_SERVER_SECRET=${X("statsig_server_secret", `secret-${"X".repeat(43)}`, "placeholder")}
`,
);

file(
  "apps/storefront/.env.production",
  raw`
# Created by Vercel CLI
VERCEL="1"
VERCEL_ENV="production"
VERCEL_URL="storefront-9xk2-parcelpine.vercel.app"
VERCEL_GIT_PROVIDER="github"
VERCEL_GIT_REPO_SLUG="web"
VERCEL_GIT_COMMIT_REF="main"
VERCEL_GIT_COMMIT_SHA="${X("git_sha", V.sha[0], "commit SHA")}"
NEXT_PUBLIC_CONTENTFUL_DELIVERY_TOKEN="${U("contentful_delivery_token", V.ctfCda)}"
CONTENTFUL_PREVIEW_TOKEN="${P("contentful_preview_token", V.ctfCpa)}"
CONTENTFUL_MANAGEMENT_TOKEN="${P("contentful_management_token", V.cfpat1)}"
NEXT_PUBLIC_SENTRY_DSN="${U("sentry_dsn", V.dsn)}"
SENTRY_AUTH_TOKEN="${P("sentry_org_auth_token", V.sntrys1)}"
ALGOLIA_ADMIN_KEY="${P("algolia_admin_api_key", V.algAdmin)}"
STATSIG_SERVER_SECRET="${P("statsig_server_secret", V.stSecret)}"
LAUNCHDARKLY_SDK_KEY="${P("launchdarkly_sdk_key", V.ldSdk)}"
KLAVIYO_PRIVATE_KEY="${P("klaviyo_private_api_key", V.kvPriv1)}"
SANITY_API_TOKEN="${P("sanity_api_token", V.sanityTok)}"
REVALIDATE_SECRET="${P("generic_webhook_secret", V.revalSecret, "ISR revalidation shared secret")}"
NEXT_PUBLIC_POSTHOG_KEY="${U("posthog_project_api_key", V.phc)}"
`,
);

file(
  "apps/storefront/next.config.js",
  raw`
/** @type {import('next').NextConfig} */
const { withSentryConfig } = require('@sentry/nextjs');

const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'images.ctfassets.net' },
      { protocol: 'https', hostname: 'cdn.sanity.io' },
      { protocol: 'https', hostname: 'a.storyblok.com' },
    ],
  },
  env: {
    CONTENTFUL_SPACE_ID: process.env.CONTENTFUL_SPACE_ID,
    CONTENTFUL_DELIVERY_TOKEN: ${X("contentful_delivery_token", "process.env.NEXT_PUBLIC_CONTENTFUL_DELIVERY_TOKEN", "env reference")},
  },
  async redirects() {
    return [{ source: '/shop/:slug', destination: '/products/:slug', permanent: true }];
  },
};

module.exports = withSentryConfig(nextConfig, {
  org: 'parcelpine',
  project: 'storefront',
  authToken: ${X("sentry_org_auth_token", "process.env.SENTRY_AUTH_TOKEN", "env reference")},
  silent: true,
  widenClientFileUpload: true,
  hideSourceMaps: true,
});
`,
);

file(
  "apps/storefront/lib/contentful.ts",
  raw`
import { createClient } from 'contentful';

const space = process.env.CONTENTFUL_SPACE_ID!;

export const client = createClient({
  space,
  accessToken: process.env.CONTENTFUL_DELIVERY_TOKEN ?? '${U("contentful_delivery_token", V.ctfCda)}',
});

export const previewClient = createClient({
  space,
  host: 'preview.contentful.com',
  accessToken: ${X("contentful_preview_token", "process.env.CONTENTFUL_PREVIEW_TOKEN", "env reference")}!,
});

export const getClient = (preview: boolean) => (preview ? previewClient : client);

// TODO(maya): move to scripts/ -- only needed for the one-off locale migration
// import { createClient as createMgmt } from 'contentful-management';
// const mgmt = createMgmt({ accessToken: '${P("contentful_management_token", V.cfpat2, "commented-out code")}' });
// const env = await (await mgmt.getSpace(space)).getEnvironment('master');
`,
);

file(
  "apps/storefront/lib/algolia.ts",
  raw`
import algoliasearch from 'algoliasearch/lite';

// Search-only key: safe to ship to the browser (ACL: search; indices: products_*)
export const searchClient = algoliasearch('${X("algolia_application_id", V.algApp, "public app id")}', '${U("algolia_search_api_key", V.algSearch)}');

export const productsIndex = searchClient.initIndex('products_en');
export const suggestionsIndex = searchClient.initIndex('products_en_query_suggestions');
`,
);

file(
  "apps/storefront/.sentryclirc",
  raw`
[defaults]
url=https://sentry.io/
org=parcelpine
project=storefront

[auth]
token=${P("sentry_user_auth_token", V.sntryu1)}
`,
);

file(
  "apps/storefront/playwright.config.ts",
  raw`
import { defineConfig, devices } from '@playwright/test';

const bsCaps = {
  browser: 'playwright-webkit',
  os: 'osx',
  os_version: 'Sonoma',
  name: 'storefront e2e',
  build: ${BT}storefront-${D}{process.env.GITHUB_RUN_NUMBER ?? 'local'}${BT},
  'browserstack.username': process.env.BROWSERSTACK_USERNAME || '${X("browserstack_username", V.bsUser, "username, not a secret")}',
  'browserstack.accessKey': process.env.BROWSERSTACK_ACCESS_KEY || '${P("browserstack_access_key", V.bsKey)}',
  'client.playwrightVersion': '1.44.0',
};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  retries: process.env.CI ? 2 : 0,
  reporter: [['html', { open: 'never' }], ['github']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:3000',
    trace: 'on-first-retry',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'browserstack-safari',
      use: {
        connectOptions: {
          wsEndpoint: ${BT}wss://cdp.browserstack.com/playwright?caps=${D}{encodeURIComponent(JSON.stringify(bsCaps))}${BT},
        },
      },
    },
  ],
});
`,
);

file(
  "apps/storefront/package.json",
  raw`
{
  "name": "@parcelpine/storefront",
  "version": "3.14.2",
  "private": true,
  "scripts": {
    "dev": "next dev",
    "build": "next build",
    "start": "next start",
    "lint": "next lint",
    "storybook": "storybook dev -p 6006",
    "build-storybook": "storybook build",
    "chromatic": "chromatic --project-token=${P("chromatic_project_token", V.chpt)} --exit-zero-on-changes --only-changed",
    "test": "vitest run",
    "test:e2e": "playwright test",
    "percy": "percy exec -- playwright test --project=chromium"
  },
  "dependencies": {
    "@contentful/rich-text-react-renderer": "^15.19.6",
    "@launchdarkly/node-server-sdk": "^9.4.0",
    "@sentry/nextjs": "^8.3.0",
    "algoliasearch": "^4.23.3",
    "contentful": "^10.11.1",
    "next": "14.2.3",
    "next-sanity": "^9.3.7",
    "posthog-js": "^1.130.2",
    "react": "18.3.1",
    "react-dom": "18.3.1",
    "statsig-react": "^1.38.0"
  },
  "devDependencies": {
    "@percy/cli": "^1.28.5",
    "@playwright/test": "1.44.0",
    "@storybook/nextjs": "^8.1.1",
    "chromatic": "^11.4.0",
    "typescript": "5.4.5",
    "vitest": "^1.6.0"
  }
}
`,
);

file(
  "apps/storefront/vercel.json",
  raw`
{
  "$schema": "https://openapi.vercel.sh/vercel.json",
  "framework": "nextjs",
  "buildCommand": "pnpm build",
  "installCommand": "pnpm install --frozen-lockfile",
  "env": {
    "SANITY_API_TOKEN": "${X("sanity_api_token", "@sanity-api-token", "Vercel secret reference")}",
    "STATSIG_SERVER_SECRET": "${X("statsig_server_secret", "@statsig-server-secret", "Vercel secret reference")}"
  },
  "crons": [{ "path": "/api/cron/reindex", "schedule": "0 3 * * *" }],
  "headers": [
    { "source": "/(.*)", "headers": [{ "key": "X-Frame-Options", "value": "DENY" }] }
  ]
}
`,
);

file(
  "apps/storefront/.vercel/project.json",
  raw`
{"projectId":"${X("vercel_project_id", V.vercelProj, "identifier")}","orgId":"${X("vercel_team_id", V.vercelTeam, "identifier")}","settings":{"framework":"nextjs"}}
`,
);

file(
  "apps/storefront/.storybook/main.ts",
  raw`
import type { StorybookConfig } from '@storybook/nextjs';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-essentials', '@storybook/addon-a11y', '@chromatic-com/storybook'],
  framework: { name: '@storybook/nextjs', options: {} },
  staticDirs: ['../public'],
  // Stories for CMS blocks fetch real draft entries so designers can review copy.
  env: (config) => ({
    ...config,
    STORYBOOK_CONTENTFUL_SPACE_ID: process.env.CONTENTFUL_SPACE_ID,
    STORYBOOK_CONTENTFUL_PREVIEW_TOKEN: '${P("contentful_preview_token", V.ctfCpa, "baked into the public static Storybook build")}',
  }),
};

export default config;
`,
);

file(
  "apps/storefront/src/pages/api/revalidate.ts",
  raw`
import type { NextApiRequest, NextApiResponse } from 'next';

// Contentful webhook -> on-demand ISR. The header must match the webhook's secret header.
const REVALIDATE_SECRET = process.env.REVALIDATE_SECRET ?? '${P("generic_webhook_secret", V.revalSecret, "hard-coded fallback")}';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.headers['x-revalidate-secret'] !== REVALIDATE_SECRET) {
    return res.status(401).json({ message: 'Invalid secret' });
  }
  const slug = req.body?.fields?.slug?.['en-US'];
  try {
    await res.revalidate(slug ? ${BT}/products/${D}{slug}${BT} : '/');
    return res.json({ revalidated: true });
  } catch (err) {
    return res.status(500).send('Error revalidating');
  }
}
`,
);

file(
  "apps/storefront/public/scripts/third-party.js",
  raw`
/* Third-party tags, loaded after consent (see src/lib/consent.ts). */
(function (h, o, t, j, a, r) {
  h.hj = h.hj || function () { (h.hj.q = h.hj.q || []).push(arguments); };
  h._hjSettings = { hjid: ${X("hotjar_site_id", V.hotjar, "numeric site id")}, hjsv: 6 };
  a = o.getElementsByTagName('head')[0];
  r = o.createElement('script'); r.async = 1;
  r.src = t + h._hjSettings.hjid + j + h._hjSettings.hjsv;
  a.appendChild(r);
})(window, document, 'https://static.hotjar.com/c/hotjar-', '.js?sv=');

window['_fs_host'] = 'fullstory.com';
window['_fs_script'] = 'edge.fullstory.com/s/fs.js';
window['_fs_org'] = '${U("fullstory_org_id", V.fsOrg, "public org id from the capture snippet")}';
window['_fs_namespace'] = 'FS';

window.heap = window.heap || [];
heap.load('${X("heap_app_id", V.heap, "numeric environment id")}');

if (window.LogRocket) window.LogRocket.init('${U("logrocket_app_id", V.logrocket)}');

window.splitFactory = window.splitio && window.splitio({
  core: { authorizationKey: '${U("split_client_side_sdk_key", V.splitClient, "client-side SDK key")}', key: window.__ANON_ID__ },
});
`,
);

file(
  "apps/storefront/tests/e2e/checkout.spec.ts",
  raw`
import { test, expect } from '@playwright/test';

test.use({
  httpCredentials: {
    username: 'preview',
    password: process.env.STAGING_BASIC_AUTH_PASSWORD ?? '${P("password", V.stagingPw, "staging basic-auth password")}',
  },
});

const TEST_CARD = '${X("payment_card_test_number", "4242 4242 4242 4242", "Stripe documented test card")}';
const customer = { email: 'e2e+checkout@parcelpine.com', password: '${X("password", "password123", "obvious test fixture")}' };

test('guest checkout with card', async ({ page }) => {
  await page.goto('/products/trail-pack-28l');
  await page.getByRole('button', { name: 'Add to bag' }).click();
  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByLabel('Email').fill(customer.email);
  await page.frameLocator('iframe[name^="__privateStripeFrame"]').getByPlaceholder('1234 1234 1234 1234').fill(TEST_CARD);
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByText('Thanks for your order')).toBeVisible();
});
`,
);

file(
  "apps/storefront/src/__tests__/fixtures/tokens.ts",
  raw`
// Fixtures for the log-redaction middleware tests. None of these are valid credentials.
export const FAKE_GITHUB_TOKEN = '${X("github_pat", V.ghpBroken, "right shape, CRC32 checksum does not match")}';
export const FAKE_NPM_TOKEN = '${X("npm_token", V.npmBroken, "right shape, CRC32 checksum does not match")}';
export const REDACTED_SENTRY = '${X("sentry_org_auth_token", "sntrys_[REDACTED]", "redacted")}';
export const LD_FIXTURE = '${X("launchdarkly_sdk_key", "sdk-00000000-0000-0000-0000-000000000000", "all-zero fixture")}';
export const POSTHOG_FIXTURE = '${X("posthog_personal_api_key", `phx_${"0".repeat(43)}`, "all-zero fixture")}';

export const cases = [
  { input: ${BT}Authorization: Bearer ${D}{FAKE_GITHUB_TOKEN}${BT}, expected: 'Authorization: Bearer [REDACTED]' },
  { input: ${BT}//registry.npmjs.org/:_authToken=${D}{FAKE_NPM_TOKEN}${BT}, expected: '//registry.npmjs.org/:_authToken=[REDACTED]' },
  { input: ${BT}ld key ${D}{LD_FIXTURE}${BT}, expected: 'ld key [REDACTED]' },
];
`,
);

file(
  "apps/storefront/wdio.saucelabs.conf.js",
  raw`
// Legacy WebdriverIO suite for the Safari/iOS matrix (Playwright covers desktop).
exports.config = {
  user: process.env.SAUCE_USERNAME || '${X("saucelabs_username", "parcelpine-ci", "username")}',
  key: process.env.SAUCE_ACCESS_KEY || '${P("saucelabs_access_key", V.sauceKey)}',
  region: 'eu',
  specs: ['./tests/wdio/**/*.e2e.js'],
  maxInstances: 5,
  capabilities: [
    { browserName: 'safari', platformName: 'macOS 13', browserVersion: 'latest', 'sauce:options': { build: 'storefront-ios' } },
    { platformName: 'iOS', 'appium:deviceName': 'iPhone 15 Simulator', 'appium:platformVersion': '17.0', browserName: 'Safari' },
  ],
  services: ['sauce'],
  framework: 'mocha',
  mochaOpts: { timeout: 90000 },
};
`,
);

file(
  "apps/storefront/scripts/migrate-dato.mjs",
  raw`
// One-off: copy legacy DatoCMS "lookbook" records into Contentful.
import { buildClient } from '@datocms/cma-client-node';
import contentful from 'contentful-management';

const dato = buildClient({ apiToken: process.env.DATOCMS_FULL_ACCESS_TOKEN ?? '${P("datocms_api_token", V.datoFull, "full-access CMA token")}' });
const cma = contentful.createClient({ accessToken: ${X("contentful_management_token", "process.env.CONTENTFUL_MANAGEMENT_TOKEN", "env reference")} });

const records = await dato.items.list({ filter: { type: 'lookbook' }, page: { limit: 100 } });
const env = await (await cma.getSpace(process.env.CONTENTFUL_SPACE_ID)).getEnvironment('master');
for (const r of records) {
  await env.createEntry('lookbook', { fields: { title: { 'en-US': r.title }, slug: { 'en-US': r.slug } } });
}
console.log(${BT}migrated ${D}{records.length} records${BT});
`,
);

file(
  "apps/storefront/src/cms/hygraph.ts",
  raw`
const HYGRAPH_ENDPOINT =
  'https://eu-central-1-shared-euc1-02.cdn.hygraph.com/content/${X("hygraph_project_id", V.hygProj, "identifier")}/master';

// Permanent Auth Token "storefront-read" (Content API, draft + published)
const HYGRAPH_TOKEN =
  '${P("hygraph_permanent_auth_token", V.hyg)}';

export async function hygraph<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(HYGRAPH_ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: ${BT}Bearer ${D}{HYGRAPH_TOKEN}${BT} },
    body: JSON.stringify({ query, variables }),
    next: { revalidate: 60 },
  });
  const json = await res.json();
  if (json.errors) throw new Error(json.errors[0].message);
  return json.data as T;
}
`,
);

file(
  "apps/storefront/src/cms/prismic.ts",
  raw`
import * as prismic from '@prismicio/client';

export const repositoryName = 'parcelpine-landing';

export const client = prismic.createClient(repositoryName, {
  accessToken: '${P("prismic_access_token", V.prismic)}',
  routes: [
    { type: 'landing_page', path: '/l/:uid' },
    { type: 'campaign', path: '/campaigns/:uid' },
  ],
});
`,
);

file(
  "apps/storefront/src/lib/sanity.ts",
  raw`
import { createClient } from 'next-sanity';

export const client = createClient({
  projectId: '${X("sanity_project_id", V.sanityProj, "identifier")}',
  dataset: 'production',
  apiVersion: '2024-03-01',
  useCdn: false,
  token: ${X("sanity_api_token", "process.env.SANITY_API_READ_TOKEN", "env reference")},
  perspective: 'published',
});
`,
);

// ---------------------------------------------------------------- marketing site (Astro + Storyblok + Prismic)
file(
  "apps/marketing-site/netlify.toml",
  raw`
[build]
  command = "pnpm build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_STORYBLOK_TOKEN = "${U("storyblok_public_token", V.sbPublic, "public token: published content only")}"

[context.deploy-preview.environment]
  STORYBLOK_PREVIEW_TOKEN = "${P("storyblok_preview_token", V.sbPreview)}"
  STORYBLOK_VERSION = "draft"

[context.production.environment]
  MAILCHIMP_API_KEY = "${P("mailchimp_api_key", V.mc1)}"
  MAILCHIMP_AUDIENCE_ID = "${X("mailchimp_audience_id", V.mcList, "list identifier")}"

[[plugins]]
  package = "@netlify/plugin-lighthouse"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Referrer-Policy = "strict-origin-when-cross-origin"
`,
);

file(
  "apps/marketing-site/astro.config.mjs",
  raw`
import { defineConfig } from 'astro/config';
import { storyblok } from '@storyblok/astro';
import netlify from '@astrojs/netlify';
import { loadEnv } from 'vite';

const env = loadEnv(process.env.NODE_ENV, process.cwd(), '');

export default defineConfig({
  site: 'https://www.parcelpine.com',
  output: 'hybrid',
  adapter: netlify(),
  integrations: [
    storyblok({
      accessToken: env.STORYBLOK_PREVIEW_TOKEN ?? env.PUBLIC_STORYBLOK_TOKEN,
      // old space (before the EU migration):
      // accessToken: '${P("storyblok_preview_token", V.sbPreviewOld, "commented-out, older space")}',
      bridge: env.STORYBLOK_VERSION === 'draft',
      apiOptions: { region: 'eu' },
      components: { page: 'storyblok/Page', hero: 'storyblok/Hero', feature: 'storyblok/Feature' },
    }),
  ],
});
`,
);

file(
  "apps/marketing-site/.env",
  raw`
# Storyblok
STORYBLOK_SPACE_ID=${X("storyblok_space_id", V.sbSpace, "numeric id")}
PUBLIC_STORYBLOK_TOKEN=${U("storyblok_public_token", V.sbPublic)}
STORYBLOK_PREVIEW_TOKEN=${P("storyblok_preview_token", V.sbPreview)}
# for storyblok CLI pull-components / push-components
STORYBLOK_PERSONAL_ACCESS_TOKEN=${P("storyblok_personal_access_token", V.sbPat)}

# Prismic (legacy landing pages, being migrated to Storyblok)
PRISMIC_REPOSITORY=parcelpine-landing
PRISMIC_ACCESS_TOKEN=${P("prismic_access_token", V.prismic)}

`,
);

// ---------------------------------------------------------------- docs (Nuxt + Sanity)
file(
  "apps/docs-nuxt/nuxt.config.ts",
  raw`
export default defineNuxtConfig({
  modules: ['@nuxtjs/sanity', '@nuxt/content', '@nuxtjs/tailwindcss'],
  sanity: {
    projectId: '${X("sanity_project_id", V.sanityProj, "identifier")}',
    dataset: 'production',
    apiVersion: '2024-03-01',
    useCdn: true,
  },
  runtimeConfig: {
    sanity: {
      // server-only: used by server/api/preview.ts for draft previews
      token: '${P("sanity_api_token", V.sanityTok2)}',
    },
    public: {
      posthogKey: '${U("posthog_project_api_key", V.phc)}',
      posthogHost: 'https://eu.i.posthog.com',
    },
  },
  nitro: { preset: 'netlify' },
});
`,
);

// ---------------------------------------------------------------- blog (Ghost)
file(
  "apps/blog/.env.production",
  raw`
GHOST_URL=https://blog.parcelpine.com
GHOST_CONTENT_API_KEY=${U("ghost_content_api_key", V.ghostContent, "browser-safe content key")}
GHOST_ADMIN_API_KEY=${P("ghost_admin_api_key", V.ghostAdmin1)}
MAILCHIMP_API_KEY=${P("mailchimp_api_key", V.mc1)}
MAILCHIMP_SERVER_PREFIX=us14
MAILCHIMP_AUDIENCE_ID=${X("mailchimp_audience_id", V.mcList, "list identifier")}
`,
);

file(
  "apps/blog/scripts/cross-post.mjs",
  raw`
// Cross-post a storefront "journal" entry to Ghost as a draft.
// ran this from my laptop for the spring campaign -- dl
import GhostAdminAPI from '@tryghost/admin-api';

const api = new GhostAdminAPI({
  url: 'https://blog.parcelpine.com',
  key: '${P("ghost_admin_api_key", V.ghostAdmin2)}',
  version: 'v5.0',
});

const [, , slug] = process.argv;
const entry = await (await fetch(${BT}https://www.parcelpine.com/api/journal/${D}{slug}${BT})).json();
const post = await api.posts.add(
  { title: entry.title, html: entry.html, status: 'draft', tags: ['journal'] },
  { source: 'html' },
);
console.log('created', post.url);
`,
);

// ---------------------------------------------------------------- Strapi
file(
  "services/cms-strapi/.env",
  raw`
HOST=0.0.0.0
PORT=1337
APP_KEYS=${P("strapi_app_keys", V.strapiAppKeys)}
API_TOKEN_SALT=${P("strapi_api_token_salt", V.strapiSalt)}
ADMIN_JWT_SECRET=${P("strapi_admin_jwt_secret", V.strapiAdminJwt)}
TRANSFER_TOKEN_SALT=${P("strapi_transfer_token_salt", V.strapiTransfer)}
JWT_SECRET=${P("strapi_jwt_secret", V.strapiJwt)}

# Database
DATABASE_CLIENT=postgres
DATABASE_HOST=cms-db.internal.parcelpine.com
DATABASE_PORT=5432
DATABASE_NAME=strapi
DATABASE_USERNAME=strapi
DATABASE_PASSWORD=${P("password", V.strapiDbPw, "database password")}
DATABASE_SSL=true
`,
);

file(
  "services/cms-strapi/.env.example",
  raw`
HOST=0.0.0.0
PORT=1337
APP_KEYS="${X("strapi_app_keys", "toBeModified1,toBeModified2", "Strapi template placeholder")}"
API_TOKEN_SALT=${X("strapi_api_token_salt", "tobemodified", "Strapi template placeholder")}
ADMIN_JWT_SECRET=${X("strapi_admin_jwt_secret", "tobemodified", "Strapi template placeholder")}
TRANSFER_TOKEN_SALT=tobemodified
JWT_SECRET=${X("strapi_jwt_secret", "tobemodified", "Strapi template placeholder")}

DATABASE_CLIENT=postgres
DATABASE_HOST=127.0.0.1
DATABASE_PORT=5432
DATABASE_NAME=strapi
DATABASE_USERNAME=strapi
DATABASE_PASSWORD=${X("password", "changeme", "placeholder")}
`,
);

file(
  "services/cms-strapi/scripts/seed-products.js",
  raw`
/* eslint-disable no-console */
const STRAPI_URL = process.env.STRAPI_URL || 'https://cms.parcelpine.com';
// full-access token created under Settings > API Tokens ("seed script", no expiry)
const TOKEN = '${P("strapi_api_token", V.strapiApiTok)}';

const products = require('./fixtures/products.json');

async function upsert(product) {
  const res = await fetch(${BT}${D}{STRAPI_URL}/api/products?filters[sku][${D}eq]=${D}{product.sku}${BT}, {
    headers: { Authorization: ${BT}Bearer ${D}{TOKEN}${BT} },
  });
  const { data } = await res.json();
  const method = data.length ? 'PUT' : 'POST';
  const url = data.length ? ${BT}${D}{STRAPI_URL}/api/products/${D}{data[0].id}${BT} : ${BT}${D}{STRAPI_URL}/api/products${BT};
  await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: ${BT}Bearer ${D}{TOKEN}${BT} },
    body: JSON.stringify({ data: product }),
  });
  console.log(method, product.sku);
}

(async () => {
  for (const p of products) await upsert(p);
})();
`,
);

// ---------------------------------------------------------------- search indexer
file(
  "services/search-indexer/config.yaml",
  raw`
algolia:
  app_id: ${X("algolia_application_id", V.algApp, "public app id")}
  admin_api_key: ${X("algolia_admin_api_key", "${ALGOLIA_ADMIN_KEY}", "env interpolation")}
  index_prefix: prod_

typesense:
  nodes:
    - host: search.parcelpine.com
      port: 443
      protocol: https
  api_key: ${P("typesense_admin_api_key", V.tsAdmin)}
  search_only_api_key: ${U("typesense_search_api_key", V.tsSearch)}
  connection_timeout_seconds: 5

source:
  # read replica of the catalog DB (read-only role)
  database_url: postgres://indexer_ro:${P("password", encodeURIComponent(V.cmsDbPwUrl), "URL-encoded password in connection URI", V.cmsDbPwUrl)}@catalog-db.internal.parcelpine.com:5432/catalog?sslmode=require

meilisearch:
  url: https://meili.internal.parcelpine.com
  master_key: "${P("meilisearch_master_key", V.meiliMaster)}"
  search_key: ${U("meilisearch_search_api_key", V.meiliSearch, "default search key")}
  batch_size: 1000
`,
);

file(
  "services/search-indexer/docker-compose.yml",
  raw`
services:
  meilisearch:
    image: getmeili/meilisearch:v1.8
    environment:
      MEILI_MASTER_KEY: ${X("meilisearch_master_key", "${MEILI_MASTER_KEY}", "env interpolation")}
      MEILI_ENV: development
    ports: ["7700:7700"]
    volumes: ["meili_data:/meili_data"]

  typesense:
    image: typesense/typesense:26.0
    command: --data-dir /data --api-key=${X("typesense_admin_api_key", "xyz", "Typesense docs local-dev key")} --enable-cors
    ports: ["8108:8108"]
    volumes: ["ts_data:/data"]

  indexer:
    build: .
    depends_on: [meilisearch, typesense, db]
    environment:
      TYPESENSE_HOST: typesense
      ALGOLIA_ADMIN_KEY: ${X("algolia_admin_api_key", "${ALGOLIA_ADMIN_KEY:?set it in .env}", "env interpolation")}
      DATABASE_URL: postgres://indexer:${X("password", "indexer", "local compose default")}@db:5432/catalog

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: indexer
      POSTGRES_PASSWORD: indexer
      POSTGRES_DB: catalog

volumes:
  meili_data:
  ts_data:
`,
);

file(
  "services/search-indexer/indexer/push.py",
  raw`
"""Push catalog rows into Algolia (primary) and Meilisearch (internal admin search)."""
import os

import meilisearch
from algoliasearch.search_client import SearchClient

APP_ID = os.environ["ALGOLIA_APP_ID"]
# fallback so "make index-local" works without direnv
ADMIN_KEY = os.environ.get("ALGOLIA_ADMIN_KEY", "${P("algolia_admin_api_key", V.algAdmin2)}")
MEILI_KEY = ${X("meilisearch_admin_api_key", 'os.environ["MEILI_ADMIN_KEY"]', "env reference")}


def push(rows):
    index = SearchClient.create(APP_ID, ADMIN_KEY).init_index("prod_products_en")
    index.save_objects(rows, {"autoGenerateObjectIDIfNotExist": False})
    meili = meilisearch.Client("https://meili.internal.parcelpine.com", MEILI_KEY)
    meili.index("products").add_documents(rows, primary_key="objectID")
`,
);

// ---------------------------------------------------------------- growth-api
file(
  "services/growth-api/.env",
  raw`
# growth-api local dev -- copied from staging, ping @tomas for prod values
PORT=8080
NODE_ENV=development
MIXPANEL_TOKEN=${U("mixpanel_project_token", V.mpToken)}
MIXPANEL_API_SECRET=${P("mixpanel_api_secret", V.mpSecret)}
AMPLITUDE_API_KEY=${U("amplitude_api_key", V.ampKey)}
AMPLITUDE_SECRET_KEY=${P("amplitude_secret_key", V.ampSecret)}
CUSTOMERIO_SITE_ID=${U("customerio_site_id", V.cioSite)}
CUSTOMERIO_TRACK_API_KEY=${P("customerio_track_api_key", V.cioTrack)}
CUSTOMERIO_APP_API_KEY=${P("customerio_app_api_key", V.cioApp)}
BREVO_API_KEY=${P("brevo_api_key", V.brevo)}
POSTHOG_PERSONAL_API_KEY=${P("posthog_personal_api_key", V.phx2)}
FULLSTORY_API_KEY=${P("fullstory_api_key", V.fsApi)}
SEGMENT_PUBLIC_API_TOKEN=${P("segment_public_api_token", V.sgp)}
KLAVIYO_PRIVATE_KEY=${P("klaviyo_private_api_key", V.kvPriv2)}
STATSIG_SERVER_SECRET=${P("statsig_server_secret", V.stSecret)}
LAUNCHDARKLY_SDK_KEY=${P("launchdarkly_sdk_key", V.ldSdkStg)}
TYPESENSE_ADMIN_API_KEY=${P("typesense_admin_api_key", V.tsStaging)}
MAILCHIMP_TRANSACTIONAL_KEY=${P("mailchimp_transactional_api_key", V.mandrill)}
REDIS_URL=redis://localhost:6379/2
`,
);

file(
  "services/growth-api/.env.staging",
  raw`
APP_ENV=staging
UNLEASH_URL=https://flags.parcelpine.com/api
UNLEASH_API_TOKEN=${P("unleash_api_token", V.unleashStg, "backend token")}
UNLEASH_FRONTEND_TOKEN=${U("unleash_frontend_token", V.unleashFront, "frontend token, browser-exposed")}
FLAGSMITH_ENVIRONMENT_KEY=${U("flagsmith_environment_key", V.fsEnv, "client-side environment key")}
FLAGSMITH_SERVER_KEY=${P("flagsmith_server_key", V.fsServer)}
SPLIT_SDK_KEY=${P("split_server_side_sdk_key", V.splitServer)}
OPTIMIZELY_SDK_KEY=${U("optimizely_sdk_key", V.optSdk, "datafile key, public")}
OPTIMIZELY_API_TOKEN=${P("optimizely_personal_access_token", V.optPat)}
STATSIG_CONSOLE_KEY=${P("statsig_console_api_key", V.stConsole)}
LAUNCHDARKLY_SDK_KEY=${P("launchdarkly_sdk_key", V.ldSdkStg)}
LAUNCHDARKLY_API_TOKEN=${P("launchdarkly_api_access_token", V.ldApi)}
DATABASE_URL=postgres://growth:${P("password", V.growthDbPw, "password inside connection URI")}@growth-db.staging.internal:5432/growth
`,
);

file(
  "services/growth-api/src/flags.ts",
  raw`
import * as ld from '@launchdarkly/node-server-sdk';
import Statsig from 'statsig-node';

const LD_SDK_KEY = process.env.LAUNCHDARKLY_SDK_KEY ?? '${P("launchdarkly_sdk_key", V.ldSdk, "hard-coded fallback")}';

export const ldClient = ld.init(LD_SDK_KEY, { stream: true, diagnosticOptOut: true });

// client-side ID is handed to the browser bundle through /api/bootstrap
export const LD_CLIENT_SIDE_ID = '${U("launchdarkly_client_side_id", V.ldClient)}';

export async function initStatsig() {
  await Statsig.initialize(${X("statsig_server_secret", "process.env.STATSIG_SERVER_SECRET", "env reference")}!, {
    environment: { tier: process.env.APP_ENV ?? 'production' },
  });
}

export async function isEnabled(flag: string, userKey: string): Promise<boolean> {
  await ldClient.waitForInitialization({ timeout: 5 });
  return ldClient.variation(flag, { kind: 'user', key: userKey }, false);
}
`,
);

file(
  "services/growth-api/src/analytics.ts",
  raw`
import { Analytics } from '@segment/analytics-node';
import Mixpanel from 'mixpanel';

export const segment = new Analytics({ writeKey: '${U("segment_write_key", V.segWrite)}', maxEventsInBatch: 50 });

const mixpanel = Mixpanel.init('${U("mixpanel_project_token", V.mpToken)}', {
  host: 'api-eu.mixpanel.com',
  secret: '${P("mixpanel_api_secret", V.mpSecret)}',
});

export function trackOrder(userId: string, order: { id: string; total: number; currency: string }) {
  segment.track({ userId, event: 'Order Completed', properties: { order_id: order.id, revenue: order.total, currency: order.currency } });
  mixpanel.track('Order Completed', { distinct_id: userId, order_id: order.id, revenue: order.total });
}
`,
);

file(
  "services/growth-api/src/email/mailchimp.ts",
  raw`
import mailchimp from '@mailchimp/mailchimp_marketing';
import mailchimpTx from '@mailchimp/mailchimp_transactional';

mailchimp.setConfig({ apiKey: process.env.MAILCHIMP_API_KEY, server: 'us14' });

// Transactional (Mandrill): receipts + password resets. TODO read from env like the rest
export const tx = mailchimpTx('${P("mailchimp_transactional_api_key", V.mandrill)}');

export async function subscribe(email: string, listId: string) {
  return mailchimp.lists.setListMember(listId, email.toLowerCase(), { email_address: email, status_if_new: 'subscribed' });
}
`,
);

file(
  "services/growth-api/config/production.json",
  raw`
{
  "port": 8080,
  "email": {
    "provider": "klaviyo",
    "klaviyo": {
      "publicKey": "${U("klaviyo_public_api_key", V.kvPublic, "site id")}",
      "privateKey": "${P("klaviyo_private_api_key", V.kvPriv1)}"
    },
    "mailchimp": {
      "apiKey": "${P("mailchimp_api_key", V.mc2)}",
      "listId": "${X("mailchimp_audience_id", V.mcList, "list identifier")}"
    },
    "customerio": {
      "siteId": "${U("customerio_site_id", V.cioSite)}",
      "trackApiKey": "${P("customerio_track_api_key", V.cioTrack)}",
      "appApiKey": "${P("customerio_app_api_key", V.cioApp)}",
      "region": "eu"
    },
    "brevo": {
      "apiKey": "${P("brevo_api_key", V.brevo)}",
      "smtpKey": "${P("brevo_smtp_key", V.brevoSmtp)}"
    }
  },
  "analytics": {
    "amplitude": {
      "apiKey": "${U("amplitude_api_key", V.ampKey)}",
      "secretKey": "${P("amplitude_secret_key", V.ampSecret)}"
    }
  },
  "unleash": {
    "url": "https://flags.parcelpine.com/api",
    "appName": "growth-api",
    "token": "${P("unleash_api_token", V.unleashProd, "backend token")}"
  }
}
`,
);

file(
  "services/growth-api/config/test.json",
  raw`
{
  "email": {
    "klaviyo": { "publicKey": "TEST01", "privateKey": "${X("klaviyo_private_api_key", `pk_test_${"0".repeat(32)}`, "test fixture")}" },
    "mailchimp": { "apiKey": "${X("mailchimp_api_key", `${"0".repeat(32)}-us1`, "test fixture")}", "listId": "test-list" },
    "customerio": { "siteId": "test-site", "trackApiKey": "test-key", "appApiKey": "${X("customerio_app_api_key", "test-app-api-key", "test fixture")}" },
    "brevo": { "apiKey": "${X("brevo_api_key", "xkeysib-fake-key-for-tests", "test fixture")}" }
  },
  "unleash": {
    "url": "http://localhost:4242/api",
    "token": "${X("unleash_api_token", "default:development.unleash-insecure-api-token", "Unleash docs sample dev token")}"
  }
}
`,
);

file(
  "services/growth-api/scripts/sync-tracking-plan.ts",
  raw`
// Sync tracking-plans/*.json to Segment Protocols via the Public API.
import { readFileSync } from 'node:fs';

const SEGMENT_TOKEN = process.env.SEGMENT_PUBLIC_API_TOKEN || '${P("segment_public_api_token", V.sgp)}';
const PLAN_ID = 'tp_2bX1q9dQz0o8nB1x';

const plan = JSON.parse(readFileSync(new URL('../tracking-plans/storefront.json', import.meta.url), 'utf8'));

const res = await fetch(${BT}https://eu1.api.segmentapis.com/tracking-plans/${D}{PLAN_ID}/rules${BT}, {
  method: 'PUT',
  headers: { Authorization: ${BT}Bearer ${D}{SEGMENT_TOKEN}${BT}, 'Content-Type': 'application/vnd.segment.v1+json' },
  body: JSON.stringify({ rules: plan.rules }),
});
console.log(res.status, await res.text());
`,
);

file(
  "services/growth-api/keys/jwt-signing.pem",
  raw`
${P("private_key", V.jwtKey.priv.export({ format: "pem", type: "pkcs8" }).trim(), "Ed25519 signing key for unsubscribe links")}
`,
);

file(
  "services/growth-api/keys/jwt-signing.pub.pem",
  raw`
${X("public_key", V.jwtKey.pub.export({ format: "pem", type: "spki" }).trim(), "public key")}
`,
);

// ---------------------------------------------------------------- infra
file(
  "infra/terraform/main.tf",
  raw`
terraform {
  required_providers {
    vercel  = { source = "vercel/vercel", version = "~> 1.9" }
    sentry  = { source = "jianyuan/sentry", version = "~> 0.12" }
    netlify = { source = "netlify/netlify", version = "~> 0.2" }
    algolia = { source = "philippe-vandermoere/algolia", version = "~> 0.5" }
  }
  backend "s3" {
    bucket = "parcelpine-tfstate"
    key    = "web/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "vercel" {
  api_token = var.vercel_api_token
  team      = "parcelpine"
}

provider "sentry" {
  token = var.sentry_token
}

provider "netlify" {
  token = var.netlify_token
}

resource "vercel_project" "storefront" {
  name           = "storefront"
  framework      = "nextjs"
  root_directory = "apps/storefront"
}

resource "vercel_project_environment_variable" "ld_sdk_key" {
  project_id = vercel_project.storefront.id
  key        = "LAUNCHDARKLY_SDK_KEY"
  value      = ${X("launchdarkly_sdk_key", "var.launchdarkly_sdk_key", "terraform variable reference")}
  target     = ["production", "preview"]
  sensitive  = true
}

resource "sentry_project" "storefront" {
  organization = "parcelpine"
  teams        = ["web"]
  name         = "storefront"
  platform     = "javascript-nextjs"
}

resource "sentry_key" "storefront" {
  organization = "parcelpine"
  project      = sentry_project.storefront.id
  name         = "Default"
}
`,
);

file(
  "infra/terraform/terraform.tfvars",
  raw`
# local apply only -- CI reads these from TF_VAR_* secrets
vercel_api_token     = "${P("vercel_token", V.vercelTok)}"
sentry_token         = "${P("sentry_user_auth_token", V.sntryu2)}"
netlify_token        = "${P("netlify_personal_access_token", V.nfp)}"
launchdarkly_sdk_key = "${P("launchdarkly_sdk_key", V.ldSdk)}"
hygraph_token        = "${P("hygraph_permanent_auth_token", V.hyg)}"
`,
);

file(
  "infra/terraform/terraform.tfstate",
  raw`
{
  "version": 4,
  "terraform_version": "1.7.5",
  "serial": 57,
  "lineage": "${X("uuid_identifier", uuid(), "terraform state lineage")}",
  "outputs": {
    "storefront_dsn": {
      "value": "${U("sentry_dsn", V.dsn)}",
      "type": "string"
    }
  },
  "resources": [
    {
      "mode": "managed",
      "type": "vercel_project_environment_variable",
      "name": "ld_sdk_key",
      "provider": "provider[\"registry.terraform.io/vercel/vercel\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "comment": null,
            "git_branch": null,
            "id": "${X("vercel_env_var_id", V.vercelEnvId, "identifier")}",
            "key": "LAUNCHDARKLY_SDK_KEY",
            "sensitive": true,
            "target": ["preview", "production"],
            "value": "${P("launchdarkly_sdk_key", V.ldSdk)}"
          },
          "sensitive_attributes": [[{ "type": "get_attr", "value": "value" }]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "vercel_project_environment_variable",
      "name": "statsig_secret",
      "provider": "provider[\"registry.terraform.io/vercel/vercel\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "${X("vercel_env_var_id", V.vercelEnvId2, "identifier")}",
            "key": "STATSIG_SERVER_SECRET",
            "sensitive": true,
            "target": ["production"],
            "value": "${P("statsig_server_secret", V.stSecret)}"
          },
          "sensitive_attributes": [[{ "type": "get_attr", "value": "value" }]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "sentry_key",
      "name": "storefront",
      "provider": "provider[\"registry.terraform.io/jianyuan/sentry\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "dsn_public": "${U("sentry_dsn", V.dsn)}",
            "id": "${U("sentry_dsn_public_key", V.sentryPub, "DSN public key")}",
            "name": "Default",
            "organization": "parcelpine",
            "project": "storefront",
            "project_id": ${V.sentryProjId},
            "public": "${U("sentry_dsn_public_key", V.sentryPub, "DSN public key")}",
            "secret": "${U("sentry_dsn_secret_key", V.sentryLegacySecret, "deprecated DSN secret, no longer needed for ingestion")}"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "algolia_api_key",
      "name": "indexer",
      "provider": "provider[\"registry.terraform.io/philippe-vandermoere/algolia\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "acl": ["addObject", "deleteObject", "editSettings", "search"],
            "description": "search-indexer (write)",
            "indexes": ["prod_*"],
            "key": "${P("algolia_write_api_key", V.algIndexer)}"
          },
          "sensitive_attributes": [[{ "type": "get_attr", "value": "key" }]]
        }
      ]
    },
    {
      "mode": "managed",
      "type": "netlify_environment_variable",
      "name": "klaviyo",
      "provider": "provider[\"registry.terraform.io/netlify/netlify\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "key": "KLAVIYO_PRIVATE_KEY",
            "site_id": "${X("netlify_site_id", V.netlifySite, "identifier")}",
            "scopes": ["functions"],
            "values": [{ "context": "all", "value": "${P("klaviyo_private_api_key", V.kvPriv1)}" }]
          }
        }
      ]
    }
  ],
  "check_results": null
}
`,
);

const k8sKv = Buffer.from(V.kvPriv1).toString("base64");
const k8sPhx = Buffer.from(V.phx2).toString("base64");
const k8sSgp = Buffer.from(V.sgp).toString("base64");
file(
  "infra/k8s/growth-api/secret.yaml",
  raw`
apiVersion: v1
kind: Secret
metadata:
  name: growth-api
  namespace: growth
  labels:
    app.kubernetes.io/name: growth-api
type: Opaque
data:
  KLAVIYO_PRIVATE_KEY: ${P("klaviyo_private_api_key", k8sKv, "base64 in Secret.data", V.kvPriv1)}
  POSTHOG_PERSONAL_API_KEY: ${P("posthog_personal_api_key", k8sPhx, "base64 in Secret.data", V.phx2)}
  SEGMENT_PUBLIC_API_TOKEN: ${P("segment_public_api_token", k8sSgp, "base64 in Secret.data", V.sgp)}
stringData:
  MEILI_MASTER_KEY: "${P("meilisearch_master_key", V.meiliMaster2)}"
`,
);

file(
  "infra/k8s/growth-api/sealed-secret.yaml",
  raw`
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: growth-api-email
  namespace: growth
spec:
  encryptedData:
    BREVO_API_KEY: ${X("sealed_secret", sealed(), "SealedSecret ciphertext")}
    MAILCHIMP_API_KEY: ${X("sealed_secret", sealed(), "SealedSecret ciphertext")}
  template:
    metadata:
      name: growth-api-email
      namespace: growth
    type: Opaque
`,
);

file(
  "infra/helm/growth-api/templates/secret.yaml",
  raw`
{{- if not .Values.externalSecrets.enabled }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "growth-api.fullname" . }}
  labels:
    {{- include "growth-api.labels" . | nindent 4 }}
type: Opaque
data:
  POSTHOG_PERSONAL_API_KEY: ${X("posthog_personal_api_key", "{{ .Values.posthog.personalKey | b64enc | quote }}", "helm template")}
  STATSIG_SERVER_SECRET: ${X("statsig_server_secret", "{{ .Values.statsig.serverSecret | b64enc | quote }}", "helm template")}
  LAUNCHDARKLY_SDK_KEY: ${X("launchdarkly_sdk_key", '{{ required "launchdarkly.sdkKey is required" .Values.launchdarkly.sdkKey | b64enc }}', "helm template")}
{{- end }}
`,
);

file(
  "infra/sops/growth.enc.yaml",
  raw`
klaviyo_private_key: ${X("sops_encrypted_value", sopsEnc(38), "SOPS ciphertext")}
mailchimp_api_key: ${X("sops_encrypted_value", sopsEnc(37), "SOPS ciphertext")}
statsig_server_secret: ${X("sops_encrypted_value", sopsEnc(50), "SOPS ciphertext")}
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:${X("aws_account_id", V.awsAcct, "account id")}:key/${X("uuid_identifier", uuid(), "KMS key id")}
          created_at: "2024-04-02T09:12:44Z"
          enc: ${X("sops_kms_data_key", Buffer.concat([Buffer.from([1, 2, 2, 0, 0x78]), bytes(179)]).toString("base64"), "KMS-encrypted data key")}
          aws_profile: ""
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age: []
    lastmodified: "2024-04-02T09:12:45Z"
    mac: ${X("sops_encrypted_value", sopsEnc(32), "SOPS MAC")}
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`,
);

const vaultInner = `${bytes(32).toString("hex")}\n${bytes(32).toString("hex")}\n${bytes(64).toString("hex")}`;
file(
  "infra/ansible/group_vars/cms/vault.yml",
  raw`
${X("ansible_vault", `$ANSIBLE_VAULT;1.1;AES256\n${wrap(Buffer.from(vaultInner).toString("hex"), 80)}`, "ansible-vault ciphertext")}
`,
);

file(
  "infra/scripts/ld-stale-flags.py",
  raw`
#!/usr/bin/env python3
"""List LaunchDarkly flags with no evaluations in 30 days so we can clean them up."""
import os
import sys

import requests

TOKEN = os.getenv("LD_API_TOKEN") or "${P("launchdarkly_api_access_token", V.ldApi)}"
PROJECT = "storefront"

resp = requests.get(
    f"https://app.launchdarkly.com/api/v2/flags/{PROJECT}",
    params={"summary": "true", "filter": "state:inactive"},
    headers={"Authorization": TOKEN, "LD-API-Version": "20240415"},
    timeout=30,
)
resp.raise_for_status()
for item in resp.json()["items"]:
    print(item["key"], item.get("_maintainer", {}).get("email", "-"))
sys.exit(0)
`,
);

file(
  "security/certs/cdn-origin.crt",
  raw`
${X("x509_certificate", selfSignedCert("origin.parcelpine.com"), "public certificate")}
`,
);

// ---------------------------------------------------------------- CI
file(
  ".github/workflows/ci.yml",
  raw`
name: CI

on:
  pull_request:
  push:
    branches: [main]

env:
  NEXT_TELEMETRY_DISABLED: 1
  CODECOV_TOKEN: ${P("codecov_upload_token", V.codecov)}   # TODO move to repo secrets (dl)

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${X("git_sha", V.sha[1], "pinned action commit")} # v4.1.6
      - uses: pnpm/action-setup@${X("git_sha", V.sha[2], "pinned action commit")} # v4.0.0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: pnpm
      - run: pnpm install --frozen-lockfile
      - run: pnpm -r test -- --coverage
      - uses: codecov/codecov-action@v4
        with:
          token: ${X("codecov_upload_token", "${{ env.CODECOV_TOKEN }}", "expression reference")}
          flags: storefront
      - name: Snyk
        run: npx snyk test --all-projects --severity-threshold=high
        env:
          SNYK_TOKEN: ${P("snyk_api_token", V.snyk1)}
      - name: SonarCloud
        uses: SonarSource/sonarcloud-github-action@v2
        env:
          GITHUB_TOKEN: ${X("github_token", "${{ secrets.GITHUB_TOKEN }}", "secrets reference")}
          SONAR_TOKEN: ${X("sonarcloud_token", "${{ secrets.SONAR_TOKEN }}", "secrets reference")}

  build:
    needs: test
    runs-on: ubuntu-latest
    env:
      SENTRY_AUTH_TOKEN: ${X("sentry_org_auth_token", "${{ secrets.SENTRY_AUTH_TOKEN }}", "secrets reference")}
      ALGOLIA_ADMIN_KEY: ${X("algolia_admin_api_key", "${{ secrets.ALGOLIA_ADMIN_KEY }}", "secrets reference")}
      CONTENTFUL_MANAGEMENT_TOKEN: ${X("contentful_management_token", "${{ secrets.CONTENTFUL_MANAGEMENT_TOKEN }}", "secrets reference")}
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
      - run: pnpm install --frozen-lockfile
      - run: pnpm --filter storefront build
`,
);

file(
  ".github/workflows/visual.yml",
  raw`
name: Visual regression

on: [pull_request]

jobs:
  chromatic:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: pnpm/action-setup@v4
      - run: pnpm install --frozen-lockfile
      - uses: chromaui/action@latest
        with:
          projectToken: ${X("chromatic_project_token", "${{ secrets.CHROMATIC_PROJECT_TOKEN }}", "secrets reference")}
          workingDir: apps/storefront
          onlyChanged: true

  percy:
    runs-on: ubuntu-latest
    env:
      PERCY_TOKEN: ${P("percy_token", V.percy)}
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
      - run: pnpm install --frozen-lockfile && pnpm exec playwright install --with-deps chromium
      - run: pnpm --filter storefront percy

  saucelabs:
    runs-on: ubuntu-latest
    env:
      SAUCE_USERNAME: ${X("saucelabs_username", "parcelpine-ci", "username")}
      SAUCE_ACCESS_KEY: ${P("saucelabs_access_key", V.sauceKey)}
    steps:
      - uses: actions/checkout@v4
      - run: npx saucectl run --config .sauce/config.yml
`,
);

file(
  ".github/workflows/release.yml",
  raw`
name: Release

on:
  push:
    tags: ['v*']

permissions:
  contents: write
  packages: write

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${X("git_sha", V.sha[1], "pinned action commit")} # v4.1.6
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - name: npm auth
        run: echo "//registry.npmjs.org/:_authToken=${X("npm_token", "${NPM_TOKEN}", "env interpolation")}" > ~/.npmrc
        env:
          NPM_TOKEN: ${X("npm_token", "${{ secrets.NPM_TOKEN }}", "secrets reference")}
      - run: pnpm publish -r --no-git-checks
      - name: Create release
        run: gh release create "$GITHUB_REF_NAME" --generate-notes
        env:
          # secrets.GITHUB_TOKEN can't trigger deploy.yml, using Tomas' PAT until we have a GitHub App
          GH_TOKEN: ${P("github_pat", V.ghp1)}
      - name: Trigger marketing-site rebuild
        run: npx netlify-cli deploy --build --prod --site marketing-site
        env:
          NETLIFY_AUTH_TOKEN: ${P("netlify_personal_access_token", V.nfp)}
`,
);

file(
  ".circleci/config.yml",
  raw`
version: 2.1

orbs:
  snyk: snyk/snyk@2.1.0

jobs:
  scan-services:
    docker:
      - image: cimg/node:20.12
    environment:
      SNYK_TOKEN: ${P("snyk_api_token", V.snyk2)}
      SONAR_HOST_URL: https://sonar.internal.parcelpine.com
      SONAR_TOKEN: ${P("sonarqube_project_analysis_token", V.sqp)}
    steps:
      - checkout
      - run: pnpm install --frozen-lockfile
      - snyk/scan:
          severity-threshold: high
          token-variable: SNYK_TOKEN
      - run: npx sonar-scanner -Dsonar.projectKey=growth-services

workflows:
  nightly:
    triggers:
      - schedule:
          cron: "0 2 * * *"
          filters: { branches: { only: [main] } }
    jobs: [scan-services]
`,
);

file(
  ".npmrc",
  raw`
@parcelpine:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${P("github_pat", V.ghp2)}
//registry.npmjs.org/:_authToken=${P("npm_token", V.npm1)}
auto-install-peers=true
strict-peer-dependencies=false
`,
);

file(
  "pnpm-lock.yaml",
  raw`
lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  apps/storefront:
    dependencies:
      contentful:
        specifier: ^10.11.1
        version: 10.11.1
      posthog-js:
        specifier: ^1.130.2
        version: 1.130.2

packages:

  '@contentful/rich-text-types@16.5.2':
    resolution: {integrity: ${X("lockfile_integrity", integrity(), "sha512 integrity")}}
    engines: {node: '>=6.0.0'}

  contentful@10.11.1:
    resolution: {integrity: ${X("lockfile_integrity", integrity(), "sha512 integrity")}}
    engines: {node: '>=18'}

  posthog-js@1.130.2:
    resolution: {integrity: ${X("lockfile_integrity", integrity(), "sha512 integrity")}}

`,
);

file(
  "sonar-project.properties",
  raw`
sonar.projectKey=parcelpine_web
sonar.organization=parcelpine
sonar.host.url=https://sonarcloud.io
sonar.sources=apps,services
sonar.exclusions=**/*.test.ts,**/__tests__/**,**/*.stories.tsx
sonar.javascript.lcov.reportPaths=apps/storefront/coverage/lcov.info
# local scans only:
# sonar.login=${P("sonarcloud_token", V.sonar, "commented-out property")}
`,
);

file(
  "codecov.yml",
  raw`
codecov:
  token: ${P("codecov_upload_token", V.codecov)}
  require_ci_to_pass: true

coverage:
  status:
    project:
      default:
        target: 80%
        threshold: 1%
    patch: off

comment:
  layout: "reach,diff,flags,files"
`,
);

// ---------------------------------------------------------------- docs
file(
  "README.md",
  raw`
# parcelpine-web

[![Quality Gate Status](https://sonarcloud.io/api/project_badges/measure?project=parcelpine_web&metric=alert_status&token=${U("sonarqube_badge_token", V.sqb, "read-only badge token, public by design")})](https://sonarcloud.io/summary/new_code?id=parcelpine_web)
[![codecov](https://codecov.io/gh/parcelpine/web/graph/badge.svg?token=${U("codecov_graph_token", V.codecovBadge, "badge/graph token")})](https://codecov.io/gh/parcelpine/web)

Monorepo for the Parcelpine storefront (Next.js), marketing site (Astro + Storyblok),
docs (Nuxt + Sanity), blog (Ghost) and the growth services.

## Getting started

${FENCE}bash
pnpm install
cp apps/storefront/.env.example apps/storefront/.env.local   # then fill it in
pnpm --filter storefront dev
${FENCE}

## Creating a Sentry release by hand

If the CI upload failed you can create the release yourself:

${FENCE}bash
curl https://sentry.io/api/0/organizations/parcelpine/releases/ \
  -H 'Authorization: Bearer ${P("sentry_user_auth_token", V.sntryu3, "curl example in README")}' \
  -H 'Content-Type: application/json' \
  -d '{"version": "storefront@3.14.2", "projects": ["storefront"]}'
${FENCE}

## Reindexing search

${FENCE}bash
ALGOLIA_ADMIN_KEY=${X("algolia_admin_api_key", "<your-admin-key>", "placeholder")} pnpm --filter search-indexer reindex
${FENCE}
`,
);

file(
  "CHANGELOG.md",
  raw`
# Changelog

## 3.14.2 (2024-05-10)
- fix(search): debounce Algolia queries on mobile ([${V.sha[3].slice(0, 7)}](https://github.com/parcelpine/web/commit/${X("git_sha", V.sha[3], "commit SHA")}))
- feat(flags): move checkout gate from Split to Statsig ([${V.sha[4].slice(0, 7)}](https://github.com/parcelpine/web/commit/${X("git_sha", V.sha[4], "commit SHA")}))

## 3.14.1 (2024-04-29)
- chore: rotate Contentful CMA token after contractor offboarding ([${V.sha[5].slice(0, 7)}](https://github.com/parcelpine/web/commit/${X("git_sha", V.sha[5], "commit SHA")}))
- fix(storybook): stop fetching draft entries in the public Storybook build
`,
);

file(
  "docs/runbooks/rotate-keys.md",
  raw`
# Rotating growth-stack keys

Last full rotation: 2024-04-18 (contractor offboarding).

| Service | Key | Lives in | Fingerprint |
|---|---|---|---|
| PostHog | personal API key | 1Password "PostHog - growth bot" | ${BT}${X("posthog_personal_api_key", `phx_${"*".repeat(39)}${s(B62, 4)}`, "redacted")}${BT} |
| Contentful | CMA personal access token | Vercel env | ${BT}${X("contentful_management_token", `CFPAT-...${s(B62, 4)}`, "redacted")}${BT} |
| Brevo | API v3 key | k8s secret growth-api-email | ${BT}${X("brevo_api_key", "xkeysib-********", "redacted")}${BT} |
| Klaviyo | private key | SOPS infra/sops/growth.enc.yaml | ${BT}${X("klaviyo_private_api_key", `pk_***${s(HEX, 4)}`, "redacted")}${BT} |

## Contentful

1. Account settings -> CMA tokens -> Generate personal token ("growth-ci <date>").
2. ${BT}vercel env rm CONTENTFUL_MANAGEMENT_TOKEN production && vercel env add CONTENTFUL_MANAGEMENT_TOKEN production${BT}
3. Check it works:

${FENCE}bash
curl -s "https://api.contentful.com/spaces/$CONTENTFUL_SPACE_ID/environments/master/content_types" \
  -H "Authorization: Bearer ${P("contentful_management_token", V.cfpat1, "pasted in full in a runbook")}" | jq '.total'
${FENCE}

4. Revoke the old token in the UI.

## Statsig

Server secrets start with ${BT}secret-${BT}; client keys (${BT}client-...${BT}) are meant to be public and do not need rotating.
`,
);

file(
  "docs/onboarding.md",
  raw`
# Onboarding (web + growth)

## Local AWS for the asset pipeline

We run localstack; use the sample credentials from the AWS docs:

${FENCE}
AWS_ACCESS_KEY_ID=${X("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation sample")}
AWS_SECRET_ACCESS_KEY=${X("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation sample")}
${FENCE}

## Debugging auth

Paste tokens into jwt.io to inspect claims, e.g. their sample token
${BT}${X("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt.io sample token")}${BT}.

Contentful's docs use the demo space ${BT}cfexampleapi${BT} with token ${BT}${X("contentful_delivery_token", "b4c0n73n7fu1", "Contentful documentation demo token")}${BT} -- handy for trying the SDK.

Feature-flag SDK examples in vendor docs use ${BT}${X("launchdarkly_sdk_key", "YOUR_SDK_KEY", "placeholder")}${BT}; ours come from Vercel env.

## Staging

- Storefront staging is behind basic auth: user ${BT}preview${BT}, password ${BT}${P("password", V.stagingPw, "shared staging password in onboarding doc")}${BT}
- Strapi admin (staging): ${BT}maya.okafor@parcelpine.com${BT} / ${BT}${P("password", V.strapiAdminPw)}${BT} -- change it after first login
`,
);

file(
  "docs/incidents/2024-03-21-statsig-key-in-bundle.md",
  raw`
# 2024-03-21: Statsig server secret shipped in the client bundle

**Impact:** for ~3h the storefront's ${BT}_app-*.js${BT} chunk contained the Statsig server secret,
because ${BT}statsig-node${BT} was imported from a shared util that also ran client-side.

**Detection:** PostHog session replay showed the key in a console error.

**The key as it appeared in the bundle:**

${FENCE}
Statsig.initialize("${P("statsig_server_secret", V.stSecretOld, "quoted in a postmortem")}",{environment:{tier:"production"}})
${FENCE}

**Follow-ups**
- GROW-1187 rotate server secret
- GROW-1188 eslint rule: no ${BT}statsig-node${BT} import under ${BT}src/components${BT}
`,
);

// ---------------------------------------------------------------- notebooks
const reqId1 = uuid();
file(
  "notebooks/checkout-funnel.ipynb",
  raw`
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Checkout funnel -- May\n",
    "Pulls the funnel from Mixpanel and raw events from Amplitude for the comparison."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "MIXPANEL_PROJECT_ID = ${V.mpProj}\n",
    "MIXPANEL_SA_USER = \"${X("mixpanel_service_account_username", V.mpSaUser, "username")}\"\n",
    "MIXPANEL_SA_SECRET = \"${P("mixpanel_service_account_secret", V.mpSaSecret)}\""
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "request_id=${X("uuid_identifier", reqId1, "request id")} status=200 rows=7\n"
     ]
    }
   ],
   "source": [
    "resp = requests.get(\"https://eu.mixpanel.com/api/query/funnels\",\n",
    "                    auth=(MIXPANEL_SA_USER, MIXPANEL_SA_SECRET),\n",
    "                    params={\"project_id\": MIXPANEL_PROJECT_ID, \"funnel_id\": 58210371, \"unit\": \"week\"})\n",
    "print(f\"request_id={resp.headers['x-request-id']} status={resp.status_code} rows={len(resp.json()['data'])}\")"
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
      "amplitude-export v0.4.1\n",
      "project key: ${U("amplitude_api_key", V.ampKey)}\n",
      "secret: ${P("amplitude_secret_key", V.ampSecret, "printed in notebook output")}\n",
      "exported 184233 events to ./export/2024-05-01\n"
     ]
    }
   ],
   "source": [
    "!python ../scripts/export_amplitude.py --start 20240501T00 --end 20240507T23 --verbose"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python", "version": "3.11.8" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
);

file(
  "notebooks/posthog-retention.ipynb",
  raw`
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\n",
    "POSTHOG = \"https://eu.posthog.com\"\n",
    "PROJECT = ${V.phProj}\n",
    "# personal key (insight:read, query:read)\n",
    "H = {\"Authorization\": \"Bearer ${P("posthog_personal_api_key", V.phx1)}\"}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "{'api_token': '${U("posthog_project_api_key", V.phc)}', 'name': 'Storefront (EU)', 'timezone': 'Europe/London'}"
      ]
     },
     "execution_count": 5,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "p = requests.get(f\"{POSTHOG}/api/projects/{PROJECT}/\", headers=H).json()\n",
    "{k: p[k] for k in ('api_token', 'name', 'timezone')}"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
);

// ---------------------------------------------------------------- logs, chat, HAR, docker
const cioBasic = Buffer.from(`${V.cioSite}:${V.cioTrack2}`).toString("base64");
file(
  "logs/growth-api/2024-05-12.log",
  raw`
2024-05-12T09:14:02.118Z INFO  [req ${X("uuid_identifier", uuid(), "request id")}] POST /v1/flags/evaluate 200 12ms
2024-05-12T09:14:05.551Z DEBUG [posthog] GET https://eu.posthog.com/api/projects/${V.phProj}/feature_flags/?limit=100 headers={"Authorization":"Bearer ${P("posthog_personal_api_key", V.phx1, "logged request header")}","Content-Type":"application/json"}
2024-05-12T09:14:05.902Z WARN  [klaviyo] 401 from /api/profiles/ using key ${X("klaviyo_private_api_key", `pk_***${s(HEX, 4)}`, "redacted in log")} -- check KLAVIYO_PRIVATE_KEY
2024-05-12T09:15:11.004Z ERROR [customerio] PUT https://track-eu.customer.io/api/v1/customers/80412 failed (401) headers={"Authorization":"Basic ${P("customerio_track_credentials", cioBasic, "Basic auth header: site_id:track_api_key", `${V.cioSite}:${V.cioTrack2}`)}"}
2024-05-12T09:15:11.006Z INFO  [req ${X("uuid_identifier", uuid(), "request id")}] POST /v1/identify 502 640ms
2024-05-12T09:16:40.771Z INFO  [statsig] initialized in 212ms (config sync ok, 148 gates)
`,
);

file(
  "support/slack-export/growth-eng/2024-05-13.json",
  raw`
[
  {
    "type": "message",
    "user": "U05A8KQ2H1B",
    "text": "anyone have the typesense admin key for staging? the indexer is 401ing since the redeploy",
    "ts": "1715590211.004519"
  },
  {
    "type": "message",
    "user": "U04QW7ZP3MC",
    "text": "here: ${P("typesense_admin_api_key", V.tsStaging, "pasted in chat")} -- pls don't paste it anywhere else lol",
    "ts": "1715590384.118209"
  },
  {
    "type": "message",
    "user": "U05A8KQ2H1B",
    "text": "thx! also need the klaviyo private key for the winback flow test, is it still ${BT}${P("klaviyo_private_api_key", V.kvPriv2, "pasted in chat")}${BT}?",
    "ts": "1715590502.551870"
  },
  {
    "type": "message",
    "user": "U04QW7ZP3MC",
    "text": "yep. deployed ${X("git_sha", V.sha[6], "commit SHA")} to staging btw",
    "ts": "1715590611.090311"
  },
  {
    "type": "message",
    "user": "U05A8KQ2H1B",
    "text": "and for the record the brevo smtp key the old mailer used was ${P("brevo_smtp_key", V.brevoSmtp, "pasted in chat")} , can we kill it?",
    "ts": "1715590702.200144"
  },
  {
    "type": "message",
    "user": "U03LM9RT8VX",
    "text": "reminder: client keys like the statsig ${BT}${U("statsig_client_key", V.stClient)}${BT} one are fine in the bundle, server secrets are not",
    "ts": "1715591020.772004"
  }
]
`,
);

file(
  "support/har/storefront-preview.har",
  raw`
{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "pages": [
      { "startedDateTime": "2024-05-10T14:02:11.482Z", "id": "page_3", "title": "https://preview.parcelpine.com/products/trail-pack-28l", "pageTimings": {} }
    ],
    "entries": [
      {
        "pageref": "page_3",
        "startedDateTime": "2024-05-10T14:02:11.901Z",
        "time": 88.4,
        "request": {
          "method": "GET",
          "url": "https://preview.contentful.com/spaces/${X("contentful_space_id", V.ctfSpace, "identifier")}/environments/master/entries?content_type=product&fields.slug=trail-pack-28l&access_token=${P("contentful_preview_token", V.ctfCpa, "token in query string of a HAR")}",
          "httpVersion": "http/2.0",
          "headers": [{ "name": "accept", "value": "application/json" }],
          "queryString": [
            { "name": "content_type", "value": "product" },
            { "name": "fields.slug", "value": "trail-pack-28l" },
            { "name": "access_token", "value": "${P("contentful_preview_token", V.ctfCpa)}" }
          ],
          "cookies": [],
          "headersSize": -1,
          "bodySize": 0
        },
        "response": { "status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": [], "content": { "size": 18213, "mimeType": "application/vnd.contentful.delivery.v1+json" }, "redirectURL": "", "headersSize": -1, "bodySize": -1 },
        "cache": {},
        "timings": { "send": 0.2, "wait": 80.1, "receive": 8.1 }
      },
      {
        "pageref": "page_3",
        "startedDateTime": "2024-05-10T14:02:12.340Z",
        "time": 141.9,
        "request": {
          "method": "POST",
          "url": "https://eu-central-1-shared-euc1-02.cdn.hygraph.com/content/${X("hygraph_project_id", V.hygProj, "identifier")}/master",
          "httpVersion": "http/2.0",
          "headers": [
            { "name": "content-type", "value": "application/json" },
            { "name": "authorization", "value": "Bearer ${P("hygraph_permanent_auth_token", V.hyg, "bearer header captured in HAR")}" }
          ],
          "queryString": [],
          "cookies": [],
          "headersSize": -1,
          "bodySize": 212
        },
        "response": { "status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": [], "content": { "size": 4410, "mimeType": "application/json" }, "redirectURL": "", "headersSize": -1, "bodySize": -1 },
        "cache": {},
        "timings": { "send": 0.3, "wait": 130.2, "receive": 11.4 }
      },
      {
        "pageref": "page_3",
        "startedDateTime": "2024-05-10T14:02:13.007Z",
        "time": 52.0,
        "request": {
          "method": "POST",
          "url": "https://eu.i.posthog.com/e/?ip=1&_=1715349733007&ver=1.130.2",
          "httpVersion": "http/2.0",
          "headers": [{ "name": "content-type", "value": "application/x-www-form-urlencoded" }],
          "queryString": [{ "name": "ver", "value": "1.130.2" }],
          "postData": { "mimeType": "application/x-www-form-urlencoded", "text": "data=%7B%22token%22%3A%22${U("posthog_project_api_key", V.phc)}%22%2C%22event%22%3A%22%24pageview%22%7D" },
          "cookies": [],
          "headersSize": -1,
          "bodySize": 151
        },
        "response": { "status": 200, "statusText": "", "httpVersion": "http/2.0", "headers": [], "content": { "size": 13, "mimeType": "application/json" }, "redirectURL": "", "headersSize": -1, "bodySize": -1 },
        "cache": {},
        "timings": { "send": 0.1, "wait": 50.3, "receive": 1.6 }
      }
    ]
  }
}
`,
);

file(
  "ops/inspect/growth-api-7f9c.json",
  raw`
[
    {
        "Id": "${X("docker_container_id", s(HEX, 64), "container id (sha256)")}",
        "Created": "2024-05-11T22:04:13.118394021Z",
        "Path": "docker-entrypoint.sh",
        "Args": ["node", "dist/server.js"],
        "State": { "Status": "running", "Running": true, "Pid": 48211, "ExitCode": 0, "StartedAt": "2024-05-11T22:04:13.802117730Z" },
        "Image": "sha256:${X("sha256_digest", s(HEX, 64), "image id")}",
        "Name": "/growth-api-7f9c",
        "Config": {
            "Hostname": "7f9c1e02ab44",
            "Env": [
                "NODE_ENV=production",
                "APP_ENV=production",
                "LAUNCHDARKLY_SDK_KEY=${P("launchdarkly_sdk_key", V.ldSdk, "docker inspect env")}",
                "SEGMENT_WRITE_KEY=${U("segment_write_key", V.segWrite)}",
                "MIXPANEL_API_SECRET=${P("mixpanel_api_secret", V.mpSecret, "docker inspect env")}",
                "SPLIT_SDK_KEY=${P("split_server_side_sdk_key", V.splitServer, "docker inspect env")}",
                "KLAVIYO_PRIVATE_KEY=${P("klaviyo_private_api_key", V.kvPriv1, "docker inspect env")}",
                "CUSTOMERIO_APP_API_KEY=${P("customerio_app_api_key", V.cioApp, "docker inspect env")}",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "NODE_VERSION=20.12.2",
                "YARN_VERSION=1.22.19"
            ],
            "Cmd": ["node", "dist/server.js"],
            "Image": "ghcr.io/parcelpine/growth-api@sha256:${X("sha256_digest", s(HEX, 64), "image digest")}",
            "WorkingDir": "/app",
            "Labels": { "org.opencontainers.image.revision": "${X("git_sha", V.sha[7], "commit SHA")}" }
        }
    }
]
`,
);

// ---------------------------------------------------------------- scripts
file(
  "scripts/sync-customerio.sh",
  raw`
#!/usr/bin/env bash
# Backfill customer attributes from the warehouse export into Customer.io (EU region).
set -euo pipefail

CIO_SITE_ID="${U("customerio_site_id", V.cioSite)}"
CIO_API_KEY="${D}{CIO_API_KEY:-${P("customerio_track_api_key", V.cioTrack2, "default in shell parameter expansion")}}"

while IFS=, read -r id email plan; do
  curl -sf -u "$CIO_SITE_ID:$CIO_API_KEY" -X PUT \
    "https://track-eu.customer.io/api/v1/customers/$id" \
    -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"plan\":\"$plan\"}"
done < "${D}{1:-export/customers.csv}"

# smoke-test a transactional message
curl -s https://api-eu.customer.io/v1/send/email \
  -H "Authorization: Bearer ${P("customerio_app_api_key", V.cioApp)}" \
  -H 'Content-Type: application/json' \
  -d '{"transactional_message_id":"12","to":"qa@parcelpine.com","identifiers":{"id":"qa"}}'
`,
);

file(
  "scripts/purge-netlify-cache.sh",
  raw`
#!/bin/sh
# Purge the marketing-site CDN cache after a Storyblok publish.
SITE_ID="${X("netlify_site_id", V.netlifySite, "identifier")}"
TOKEN="${X("netlify_personal_access_token", "${NETLIFY_AUTH_TOKEN}", "env interpolation")}"
# TOKEN=${P("netlify_personal_access_token", V.nfp, "commented-out assignment")}   # mine, if the env var isn't set

curl -sS -X POST -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"site_id\":\"$SITE_ID\"}" \
  "https://api.netlify.com/api/v1/purge"
`,
);

file(
  "scripts/export_amplitude.py",
  raw`
"""Export raw Amplitude events (EU residency) for a time range into ./export/."""
import argparse
import io
import pathlib
import zipfile

import requests

API_KEY = "${U("amplitude_api_key", V.ampKey)}"
SECRET_KEY = "${P("amplitude_secret_key", V.ampSecret)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", required=True)
    ap.add_argument("--end", required=True)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if a.verbose:
        print("amplitude-export v0.4.1")
        print(f"project key: {API_KEY}")
        print(f"secret: {SECRET_KEY}")
    r = requests.get("https://analytics.eu.amplitude.com/api/2/export",
                     params={"start": a.start, "end": a.end}, auth=(API_KEY, SECRET_KEY), timeout=600)
    r.raise_for_status()
    out = pathlib.Path("export") / a.start[:8]
    out.mkdir(parents=True, exist_ok=True)
    zipfile.ZipFile(io.BytesIO(r.content)).extractall(out)


if __name__ == "__main__":
    main()
`,
);

file(
  "releases/SHA256SUMS",
  raw`
${X("sha256_checksum", s(HEX, 64), "artifact checksum")}  storefront-3.14.2-standalone.tar.gz
${X("sha256_checksum", s(HEX, 64), "artifact checksum")}  storybook-static-3.14.2.tar.gz
${X("sha256_checksum", s(HEX, 64), "artifact checksum")}  growth-api-3.8.1-linux-x64.tar.gz
`,
);

// ---------------------------------------------------------------- developer machine files
let hts = ts(200000);
const h = () => (hts += 20 + randInt(900));
file(
  "home/dev/.zsh_history",
  raw`
: ${h()}:0;cd ~/src/parcelpine-web
: ${h()}:0;pnpm i
: ${h()}:0;export SANITY_AUTH_TOKEN=${P("sanity_api_token", V.sanityUser, "exported in shell history")}
: ${h()}:0;pnpm --filter docs-nuxt exec sanity dataset export production backup.tar.gz
: ${h()}:0;curl -s -H "Authorization: Bearer ${P("posthog_personal_api_key", V.phx1, "curl in shell history")}" "https://eu.posthog.com/api/projects/${V.phProj}/insights/?limit=5" | jq '.results[].name'
: ${h()}:0;./meilisearch --master-key="${P("meilisearch_master_key", V.meiliMaster, "CLI flag in shell history")}" --env development
: ${h()}:0;npx chromatic --project-token ${P("chromatic_project_token", V.chpt)}
: ${h()}:0;PERCY_TOKEN=${P("percy_token", V.percy)} npx percy exec -- pnpm test:e2e
: ${h()}:0;vercel deploy --prebuilt --prod --token ${P("vercel_token", V.vercelTok)}
: ${h()}:0;git push origin feat/statsig-checkout
: ${h()}:0;export ALGOLIA_ADMIN_KEY=${P("algolia_admin_api_key", V.algAdmin)}
: ${h()}:0;pnpm --filter search-indexer reindex --only products_en
: ${h()}:0;sentry-cli --auth-token ${P("sentry_user_auth_token", V.sntryu1)} releases new storefront@3.14.2
: ${h()}:0;curl -u "${V.bsUser}:${P("browserstack_access_key", V.bsKey, "basic-auth in curl")}" https://api.browserstack.com/automate/plan.json
: ${h()}:0;curl -s "https://mapi.storyblok.com/v1/spaces/${V.sbSpace}/stories?per_page=100" -H "Authorization: ${P("storyblok_personal_access_token", V.sbPat)}" > stories.json
: ${h()}:0;curl -s https://flags.parcelpine.com/api/admin/features-batch/export -H "Authorization: ${P("unleash_admin_token", V.unleashAdmin)}" -H 'Content-Type: application/json' -d '{"environment":"production"}' > flags.json
: ${h()}:0;git status
`,
);

file(
  "home/dev/.contentfulrc.json",
  raw`
{
  "managementToken": "${P("contentful_management_token", V.cfpat3)}",
  "activeSpaceId": "${X("contentful_space_id", V.ctfSpace, "identifier")}",
  "activeEnvironmentId": "master",
  "host": "api.contentful.com"
}
`,
);

file(
  "home/dev/.config/sanity/config.json",
  raw`
{
  "authType": "github",
  "authToken": "${P("sanity_api_token", V.sanityUser, "CLI session token")}",
  "telemetryConsent": {
    "updatedAt": 1715160100000,
    "value": { "status": "denied", "type": "explicit" }
  }
}
`,
);

// ============================================================== write out
if (pend.size) throw new Error(`unused labelled values: ${[...pend.values()].map((e) => e.type).join(",")}`);
const cwd = process.cwd();
const root = path.join(cwd, "files");
fs.rmSync(root, { recursive: true, force: true });
for (const p of [...outFiles.keys()].sort()) {
  const full = path.join(root, p);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, outFiles.get(p));
}
const byPos = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
labels.sort(byPos);
neutrals.sort(byPos);
fs.writeFileSync(path.join(cwd, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(cwd, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);
const pos = labels.filter((l) => l.positive).length;
console.log(
  `files=${outFiles.size} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);

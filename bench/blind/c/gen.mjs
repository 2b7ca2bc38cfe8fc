#!/usr/bin/env node
// Blind test corpus generator: credentials leaked OUTSIDE application source code.
// Usage: node gen.mjs [seed]
// Rewrites ./files/ and ./labels.json next to this script, then runs a self-check.
// No npm dependencies. Every value is generated from the seed at run time
// (the only literals are well-known vendor documentation examples, labelled negative).

import { createECDH, createHash, createHmac, createPrivateKey, pbkdf2Sync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(ROOT, "files");
const LABELS = path.join(ROOT, "labels.json");
const SEED = process.argv[2] ?? "blind3c";

// ---------------------------------------------------------------------------
// Deterministic RNG: SHA-256 in counter mode over the seed.
let ctr = 0;
let pool = Buffer.alloc(0);
function bytes(n) {
  while (pool.length < n) {
    pool = Buffer.concat([pool, createHash("sha256").update(`${SEED}\u0000${ctr++}`).digest()]);
  }
  const b = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return b;
}
function randInt(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = bytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const DIG = "0123456789";
const HEX = "0123456789abcdef";
const UHEX = "0123456789ABCDEF";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO; // GitHub's base62 digit order
const B64URL = `${B62}-_`;
const ALNUM_LO = DIG + LO;
const rs = (alpha, n) => {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[randInt(alpha.length)];
  return s;
};
// like rs, but first and last characters are alphanumeric (token bodies that allow - and _)
const tok = (alpha, n) => (n < 2 ? rs(B62, n) : rs(B62, 1) + rs(alpha, n - 2) + rs(B62, 1));
const nz = (n) => rs("123456789", 1) + rs(DIG, n - 1);
const _pick = (arr) => arr[randInt(arr.length)];
const b64 = (s) => Buffer.from(s).toString("base64");
const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);

function uuid() {
  const b = bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------
// Checksums
const CRC_T = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(str) {
  let c = 0xffffffff;
  for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
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
// GitHub / npm token: prefix + 30 base62 entropy + base62(CRC32(entropy)) left-padded to 6
function checksumToken(prefix) {
  const r = rs(B62, 30);
  return prefix + r + base62(crc32(r), 6);
}
function checksumValid(t) {
  const body = t.slice(t.indexOf("_") + 1);
  if (!/^[A-Za-z0-9]{36}$/.test(body)) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
function badChecksumToken(prefix) {
  const r = rs(B62, 30);
  const good = base62(crc32(r), 6);
  let c;
  do {
    c = rs(B62, 6);
  } while (c === good);
  return prefix + r + c;
}

// ---------------------------------------------------------------------------
// Structured generators
function jwtHS256(payload) {
  const key = bytes(32);
  const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
  const p = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const s = createHmac("sha256", key).update(`${h}.${p}`).digest("base64url");
  return `${h}.${p}.${s}`;
}
function varint(n) {
  const o = [];
  while (n >= 0x80) {
    o.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  o.push(n);
  return Buffer.from(o);
}
function mfield(type, data) {
  return Buffer.concat([Buffer.from([type]), varint(data.length), data]);
}
// PyPI token: "pypi-" + base64url(macaroon V2 binary), location pypi.org / test.pypi.org
function pypiToken(location = "pypi.org") {
  const ident = Buffer.from(uuid());
  const caveat = Buffer.from('{"permissions": "user", "version": 1}');
  const rootKey = bytes(32);
  const derived = createHmac("sha256", "macaroons-key-generator").update(rootKey).digest();
  let sig = createHmac("sha256", derived).update(ident).digest();
  sig = createHmac("sha256", sig).update(caveat).digest();
  const bin = Buffer.concat([
    Buffer.from([0x02]),
    mfield(1, Buffer.from(location)),
    mfield(2, ident),
    Buffer.from([0x00]),
    mfield(2, caveat),
    Buffer.from([0x00]),
    Buffer.from([0x00]),
    mfield(6, sig),
  ]);
  return `pypi-${bin.toString("base64url")}`;
}
// Mapbox token: <pk|sk>.<base64url {"u":user,"a":cuid}>.<22 chars>
function mapboxToken(kind, user) {
  const payload = Buffer.from(JSON.stringify({ u: user, a: `c${rs(ALNUM_LO, 24)}` })).toString("base64url");
  return `${kind}.${payload}.${tok(B64URL, 22)}`;
}
function ecPrivateKey() {
  const d = bytes(32);
  d[0] &= 0x7f;
  if (d[0] === 0) d[0] = 1;
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const key = createPrivateKey({
    format: "jwk",
    key: {
      kty: "EC",
      crv: "P-256",
      d: d.toString("base64url"),
      x: pub.subarray(1, 33).toString("base64url"),
      y: pub.subarray(33).toString("base64url"),
    },
  });
  return {
    pkcs8: key.export({ type: "pkcs8", format: "pem" }).trim(),
    sec1: key.export({ type: "sec1", format: "pem" }).trim(),
  };
}
function password(n = 20) {
  const alpha = `${B62}-_.!`;
  for (;;) {
    const p = rs(alpha, n);
    if (/[0-9]/.test(p) && /[A-Z]/.test(p) && /[a-z]/.test(p) && /[-_.!]/.test(p) && /^[A-Za-z0-9]/.test(p))
      return p;
  }
}
function expressSid(secret) {
  const sid = tok(B64URL, 32);
  const sig = createHmac("sha256", secret).update(sid).digest("base64").replace(/=+$/, "");
  return `s:${sid}.${sig}`;
}
const bcryptLike = () => `$2b$12$${rs(`./${UP}${LO}${DIG}`, 53)}`;
const sha256hex = (s) => createHash("sha256").update(s).digest("hex");
const sha1hex = () => rs(HEX, 40);

const G = {
  ghp: () => checksumToken("ghp_"),
  gho: () => checksumToken("gho_"),
  ghfg: () => `github_pat_11${rs(UP + DIG, 7)}0${rs(B62, 12)}_${rs(B62, 59)}`,
  npm: () => checksumToken("npm_"),
  xoxb: () => `xoxb-${nz(12)}-${nz(13)}-${rs(B62, 24)}`,
  xoxp: () => `xoxp-${nz(12)}-${nz(12)}-${nz(13)}-${rs(HEX, 32)}`,
  slackHook: () =>
    `https://hooks.slack.com/services/T${rs(UP + DIG, 10)}/B${rs(UP + DIG, 10)}/${rs(B62, 24)}`,
  skLive: () => `sk_live_51${rs(B62, 97)}`,
  skLiveLegacy: () => `sk_live_${rs(B62, 24)}`,
  rkLive: () => `rk_live_51${rs(B62, 97)}`,
  pkLive: () => `pk_live_51${rs(B62, 97)}`,
  whsec: () => `whsec_${rs(B62, 32)}`,
  openai: () => `sk-proj-${tok(B64URL, 74)}T3BlbkFJ${tok(B64URL, 74)}`,
  anthropic: () => `sk-ant-api03-${tok(B64URL, 86)}-${tok(B64URL, 6)}AA`,
  sendgrid: () => `SG.${tok(B64URL, 22)}.${tok(B64URL, 43)}`,
  mailgun: () => `key-${rs(HEX, 32)}`,
  mailgunNew: () => `${rs(HEX, 32)}-${rs(HEX, 8)}-${rs(HEX, 8)}`,
  twilioSid: () => `AC${rs(HEX, 32)}`,
  twilioToken: () => rs(HEX, 32),
  twilioKeySid: () => `SK${rs(HEX, 32)}`,
  twilioKeySecret: () => rs(B62, 32),
  google: () => `AIzaSy${tok(B64URL, 33)}`,
  googleClientId: (pn) => `${pn}-${rs(ALNUM_LO, 32)}.apps.googleusercontent.com`,
  gocspx: () => `GOCSPX-${tok(B64URL, 28)}`,
  shpat: () => `shpat_${rs(HEX, 32)}`,
  shpss: () => `shpss_${rs(HEX, 32)}`,
  square: () => `EAAA${rs("abcdefghijklmnopqrstuvwxyzABCD", 1)}${tok(B64URL, 59)}`,
  sqcsp: () => `sq0csp-${tok(B64URL, 43)}`,
  braintree: () => `access_token$production$${rs(ALNUM_LO, 16)}$${rs(HEX, 32)}`,
  atlassian: () => `ATATT3xFfGF0${tok(B64URL, 171)}=${rs(UHEX, 8)}`,
  ntn: () => `ntn_${rs(DIG, 11)}${rs(B62, 35)}`,
  notionSecret: () => `secret_${rs(B62, 43)}`,
  linear: () => `lin_api_${rs(B62, 40)}`,
  airtable: () => `pat${rs(B62, 14)}.${rs(HEX, 64)}`,
  figma: () => `figd_${tok(B64URL, 40)}`,
  algoliaKey: () => rs(HEX, 32),
  algoliaApp: () => rs(UP + DIG, 10),
  rubygems: () => `rubygems_${rs(HEX, 48)}`,
  dckr: () => `dckr_pat_${tok(B64URL, 27)}`,
  okta: () => `00${tok(B64URL, 40)}`,
  auth0Secret: () => tok(B64URL, 64),
  auth0ClientId: () => rs(B62, 32),
  akia: () => `AKIA${rs(`${UP}234567`, 16)}`,
  awsSecret: () => rs(B62, 1) + rs(`${B62}+/`, 38) + rs(B62, 1),
  glpat: () => `glpat-${tok(B64URL, 20)}`,
  dop: () => `dop_v1_${rs(HEX, 64)}`,
  hf: () => `hf_${rs(UP + LO, 34)}`,
  telegram: () => `${nz(10)}:AA${tok(B64URL, 33)}`,
  discordHook: () => `https://discord.com/api/webhooks/12${rs(DIG, 17)}/${tok(B64URL, 68)}`,
  sentry: () => `sntryu_${rs(HEX, 64)}`,
  nrak: () => `NRAK-${rs(UP + DIG, 27)}`,
  ddApi: () => rs(HEX, 32),
  djangoSession: () => rs(ALNUM_LO, 32),
  ghOauthClientSecret: () => rs(HEX, 40),
};

// ---------------------------------------------------------------------------
// Label machinery: P()/N() return a marker that writeFile() replaces by the
// value and records {file, line, type, secret, positive, ...}.
const labels = [];
const pending = new Map();
let markId = 0;
function mark(positive, type, written, extra = {}) {
  const id = `@@M${markId++}@@`;
  pending.set(id, { positive, type, secret: written, extra });
  return id;
}
const P = (type, written, extra) => mark(true, type, written, extra);
const N = (type, written, extra) => mark(false, type, written, extra);
const files = [];
function writeFile(rel, text) {
  let out = "";
  let line = 1;
  let last = 0;
  const re = /@@M\d+@@/g;
  const nl = (s) => (s.match(/\n/g) || []).length;
  for (const m of text.matchAll(re)) {
    const chunk = text.slice(last, m.index);
    out += chunk;
    line += nl(chunk);
    const info = pending.get(m[0]);
    if (!info) throw new Error(`marker ${m[0]} used twice or unknown in ${rel}`);
    pending.delete(m[0]);
    labels.push({
      file: rel,
      line,
      type: info.type,
      secret: info.secret,
      positive: info.positive,
      ...info.extra,
    });
    out += info.secret;
    line += nl(info.secret);
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  const abs = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, out);
  files.push(rel);
}
// value that will sit inside a JSON string: label it as written (escaped) with the decoded form
const NJ = (type, raw, extra = {}) =>
  jsonEsc(raw) === raw
    ? N(type, raw, extra)
    : N(type, jsonEsc(raw), { decoded: raw, encoding: "json", ...extra });
const J = (o) => `${JSON.stringify(o, null, 2)}\n`;
const JT = (o) => `${JSON.stringify(o, null, "\t")}\n`;
// encoded-value helpers: label the value as written, with the decoded form
const basicP = (type, user, pass, note) =>
  P(type, b64(`${user}:${pass}`), {
    decoded: `${user}:${pass}`,
    encoding: "base64",
    ...(note ? { note } : {}),
  });

// ---------------------------------------------------------------------------
fs.rmSync(OUT, { recursive: true, force: true });
fs.rmSync(LABELS, { force: true });
fs.mkdirSync(OUT, { recursive: true });

// ===== 1. Postman collection ==================================================
{
  const stripeKey = G.skLive();
  const sg = G.sendgrid();
  const pw = password();
  const mg = G.mailgun();
  const piId = "pi_demo_0001";
  const coll = {
    info: {
      _postman_id: N("uuid", uuid()),
      name: "Payments API",
      schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      _exporter_id: nz(8),
    },
    item: [
      {
        name: "Create PaymentIntent",
        request: {
          auth: {
            type: "bearer",
            bearer: [{ key: "token", value: P("stripe_secret_key", stripeKey), type: "string" }],
          },
          method: "POST",
          header: [{ key: "Stripe-Version", value: "2023-10-16" }],
          body: {
            mode: "urlencoded",
            urlencoded: [
              { key: "amount", value: "2000", type: "text" },
              { key: "currency", value: "usd", type: "text" },
            ],
          },
          url: {
            raw: "https://api.stripe.com/v1/payment_intents",
            protocol: "https",
            host: ["api", "stripe", "com"],
            path: ["v1", "payment_intents"],
          },
        },
        response: [
          {
            name: "200 OK",
            originalRequest: {
              method: "POST",
              header: [],
              url: { raw: "https://api.stripe.com/v1/payment_intents" },
            },
            status: "OK",
            code: 200,
            _postman_previewlanguage: "json",
            header: [
              { key: "Content-Type", value: "application/json" },
              { key: "Request-Id", value: N("request_id", `req_${rs(B62, 14)}`) },
              { key: "ETag", value: NJ("etag", `W/"${rs(HEX, 32)}"`) },
            ],
            cookie: [],
            body: JSON.stringify(
              {
                id: piId,
                object: "payment_intent",
                amount: 2000,
                currency: "usd",
                status: "requires_payment_method",
                livemode: true,
              },
              null,
              2,
            ),
          },
        ],
      },
      {
        name: "Send receipt (SendGrid)",
        request: {
          method: "POST",
          header: [
            { key: "Authorization", value: `Bearer ${P("sendgrid_api_key", sg)}` },
            { key: "Content-Type", value: "application/json" },
          ],
          body: {
            mode: "raw",
            raw: JSON.stringify(
              {
                personalizations: [{ to: [{ email: "customer@example.com" }] }],
                from: { email: "billing@acme-payments.io" },
                subject: "Your receipt",
                content: [{ type: "text/plain", value: "Thanks for your order" }],
              },
              null,
              2,
            ),
            options: { raw: { language: "json" } },
          },
          url: {
            raw: "https://api.sendgrid.com/v3/mail/send",
            protocol: "https",
            host: ["api", "sendgrid", "com"],
            path: ["v3", "mail", "send"],
          },
        },
        response: [],
      },
      {
        name: "List customers (uses env var)",
        request: {
          auth: {
            type: "bearer",
            bearer: [
              { key: "token", value: N("template_variable", "{{stripe_secret_key}}"), type: "string" },
            ],
          },
          method: "GET",
          header: [],
          url: {
            raw: "{{base_url}}/v1/customers?limit=10",
            host: ["{{base_url}}"],
            path: ["v1", "customers"],
            query: [{ key: "limit", value: "10" }],
          },
        },
        response: [],
      },
      {
        name: "Reports export",
        request: {
          method: "GET",
          header: [{ key: "Accept", value: "text/csv" }],
          url: {
            raw:
              "https://reports.acme-payments.io/v2/export?format=csv&api_key=" +
              N("template_variable", "{{api_key}}"),
            protocol: "https",
            host: ["reports", "acme-payments", "io"],
            path: ["v2", "export"],
            query: [
              { key: "format", value: "csv" },
              { key: "api_key", value: N("template_variable", "{{api_key}}") },
            ],
          },
        },
        response: [],
      },
      {
        name: "Checkout config (public)",
        request: {
          method: "PUT",
          header: [{ key: "Content-Type", value: "application/json" }],
          body: {
            mode: "raw",
            raw: JSON.stringify(
              {
                publishableKey: N("public_key", G.pkLive(), {
                  note: "Stripe publishable key, meant to be public",
                }),
                currency: "usd",
              },
              null,
              2,
            ),
          },
          url: {
            raw: "{{base_url}}/admin/checkout-config",
            host: ["{{base_url}}"],
            path: ["admin", "checkout-config"],
          },
        },
        response: [],
      },
      {
        name: "Admin login (basic auth)",
        request: {
          auth: {
            type: "basic",
            basic: [
              { key: "password", value: P("password", pw), type: "string" },
              { key: "username", value: "billing-admin", type: "string" },
            ],
          },
          method: "POST",
          header: [],
          url: { raw: "{{base_url}}/admin/session", host: ["{{base_url}}"], path: ["admin", "session"] },
        },
        response: [],
      },
    ],
    variable: [
      { key: "base_url", value: "https://api.acme-payments.io", type: "string" },
      { key: "mailgun_key", value: P("mailgun_api_key", mg), type: "string" },
      { key: "mailgun_domain", value: "mg.acme-payments.io", type: "string" },
    ],
  };
  writeFile("postman/Payments-API.postman_collection.json", JT(coll));
}

// ===== 2. Postman environment =================================================
{
  const sid = G.twilioSid();
  const env = {
    id: N("uuid", uuid()),
    name: "production",
    values: [
      { key: "base_url", value: "https://api.acme-payments.io", type: "default", enabled: true },
      { key: "openai_api_key", value: P("openai_api_key", G.openai()), type: "secret", enabled: true },
      {
        key: "anthropic_api_key",
        value: N("template_variable", "{{vault:anthropic-prod-key}}"),
        type: "default",
        enabled: true,
      },
      {
        key: "twilio_account_sid",
        value: N("identifier", sid, { note: "Twilio Account SID: public identifier, not a credential" }),
        type: "default",
        enabled: true,
      },
      {
        key: "twilio_auth_token",
        value: P("twilio_auth_token", G.twilioToken()),
        type: "secret",
        enabled: true,
      },
      {
        key: "google_client_id",
        value: N("identifier", G.googleClientId(nz(12))),
        type: "default",
        enabled: true,
      },
      {
        key: "google_client_secret",
        value: P("google_oauth_client_secret", G.gocspx()),
        type: "secret",
        enabled: true,
      },
      { key: "auth0_domain", value: "acme-prod.us.auth0.com", type: "default", enabled: true },
      { key: "auth0_client_id", value: N("identifier", G.auth0ClientId()), type: "default", enabled: true },
      {
        key: "auth0_client_secret",
        value: P("auth0_client_secret", G.auth0Secret()),
        type: "secret",
        enabled: true,
      },
      {
        key: "stripe_secret_key",
        value: N("redacted", `sk_live_${"*".repeat(24)}`),
        type: "secret",
        enabled: false,
      },
      { key: "access_token", value: "", type: "any", enabled: true },
    ],
    _postman_variable_scope: "environment",
    _postman_exported_at: "2024-04-18T09:12:44.312Z",
    _postman_exported_using: "Postman/10.24.16",
  };
  writeFile("postman/production.postman_environment.json", JT(env));
}

// ===== 3. Insomnia export =====================================================
{
  const wrk = `wrk_${rs(HEX, 32)}`;
  const envId = `env_${rs(HEX, 32)}`;
  const idN = (v) => N("identifier", v);
  const jwt = jwtHS256({
    sub: `usr_${rs(B62, 16)}`,
    email: "ops@acme-payments.io",
    role: "admin",
    iss: "https://auth.acme-internal.io",
    iat: 1712050000,
    exp: 1714642000,
  });
  const res = {
    _type: "export",
    __export_format: 4,
    __export_date: "2024-04-02T14:03:11.902Z",
    __export_source: "insomnia.desktop.app:v8.6.1",
    resources: [
      {
        _id: idN(wrk),
        parentId: null,
        modified: 1712066591902,
        created: 1711000000000,
        name: "Internal Tools",
        description: "",
        scope: "collection",
        _type: "workspace",
      },
      {
        _id: idN(envId),
        parentId: idN(wrk),
        modified: 1712066591000,
        created: 1711000000100,
        name: "Base Environment",
        data: {
          base_url: "https://api.linear.app",
          linear_api_key: P("linear_api_key", G.linear()),
          notion_token: P("notion_token", G.ntn()),
        },
        dataPropertyOrder: { "&": ["base_url", "linear_api_key", "notion_token"] },
        color: null,
        isPrivate: false,
        metaSortKey: 1711000000100,
        _type: "environment",
      },
      {
        _id: idN(`req_${rs(HEX, 32)}`),
        parentId: idN(wrk),
        modified: 1712066500000,
        created: 1711000000200,
        url: "{{ _.base_url }}/graphql",
        name: "Linear: viewer",
        description: "",
        method: "POST",
        body: { mimeType: "application/json", text: '{"query":"{ viewer { id name email } }"}' },
        parameters: [],
        headers: [
          { name: "Content-Type", value: "application/json" },
          { name: "Authorization", value: N("template_variable", "{{ _.linear_api_key }}") },
        ],
        authentication: {},
        metaSortKey: -1711000000200,
        isPrivate: false,
        settingStoreCookies: true,
        settingSendCookies: true,
        _type: "request",
      },
      {
        _id: idN(`req_${rs(HEX, 32)}`),
        parentId: idN(wrk),
        modified: 1712066520000,
        created: 1711000000400,
        url: "https://admin-api.acme-internal.io/v1/tenants",
        name: "Admin API: tenants",
        description: "",
        method: "GET",
        body: {},
        parameters: [],
        headers: [],
        authentication: {
          type: "bearer",
          token: P("jwt", jwt, { note: "HS256-signed session JWT for internal admin API" }),
          prefix: "",
        },
        metaSortKey: -1711000000400,
        isPrivate: false,
        _type: "request",
      },
      {
        _id: idN(`req_${rs(HEX, 32)}`),
        parentId: idN(wrk),
        modified: 1712066530000,
        created: 1711000000500,
        url: "https://api.airtable.com/v0/meta/bases",
        name: "Airtable: bases",
        description: "",
        method: "GET",
        body: {},
        parameters: [],
        headers: [{ name: "Authorization", value: `Bearer ${P("airtable_pat", G.airtable())}` }],
        authentication: {},
        metaSortKey: -1711000000500,
        isPrivate: false,
        _type: "request",
      },
    ],
  };
  writeFile("insomnia/Insomnia_2024-04-02.json", J(res));
}

// ===== 4. HAR capture =========================================================
{
  const gho = G.gho();
  const ghClientId = `Iv1.${rs(HEX, 16)}`;
  const ghSecret = G.ghOauthClientSecret();
  const jwt = jwtHS256({
    sub: nz(7),
    sid: uuid(),
    scope: "payments:read payments:write",
    iat: 1713430000,
    exp: 1713433600,
  });
  const sess = G.djangoSession();
  const csrf = rs(B62, 32);
  const ga = `GA1.1.${nz(10)}.${nz(10)}`;
  const mbx = mapboxToken("sk", "acme-maps");
  const sidSecret = bytes(16).toString("hex");
  const csid = expressSid(sidSecret);
  const csidEnc = encodeURIComponent(csid);
  const svcPw = password();
  const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), bytes(180)]).toString(
    "base64",
  );
  const hdr = (name, value) => ({ name, value });
  const timings = () => ({
    blocked: 1.2,
    dns: -1,
    ssl: -1,
    connect: -1,
    send: 0.2,
    wait: 80 + randInt(200),
    receive: 1.1,
    _blocked_queueing: 0.9,
  });
  const entry = (started, request, response) => ({
    startedDateTime: started,
    time: 120.4,
    request: {
      httpVersion: "http/2.0",
      headersSize: -1,
      bodySize: 0,
      cookies: [],
      queryString: [],
      ...request,
    },
    response: {
      httpVersion: "http/2.0",
      cookies: [],
      redirectURL: "",
      headersSize: -1,
      bodySize: -1,
      _transferSize: 812,
      ...response,
    },
    cache: {},
    timings: timings(),
    serverIPAddress: `104.18.12.${randInt(250)}`,
    connection: String(nz(6)),
    pageref: "page_1",
  });
  const har = {
    log: {
      version: "1.2",
      creator: { name: "WebInspector", version: "537.36" },
      pages: [
        {
          startedDateTime: "2024-04-18T08:46:39.102Z",
          id: "page_1",
          title: "https://app.acme-payments.io/settings/integrations",
          pageTimings: { onContentLoad: 812.3, onLoad: 1204.9 },
        },
      ],
      entries: [
        entry(
          "2024-04-18T08:46:39.300Z",
          {
            method: "POST",
            url: "https://github.com/login/oauth/access_token",
            headers: [
              hdr("accept", "application/json"),
              hdr("content-type", "application/x-www-form-urlencoded"),
            ],
            postData: {
              mimeType: "application/x-www-form-urlencoded",
              text: `client_id=${N("identifier", ghClientId)}&client_secret=${P("github_oauth_client_secret", ghSecret)}&redirect_uri=https%3A%2F%2Fapp.acme-payments.io%2Fauth%2Fgithub%2Fcallback`,
              params: [],
            },
          },
          {
            status: 200,
            statusText: "OK",
            headers: [
              hdr("content-type", "application/json; charset=utf-8"),
              hdr(
                "x-github-request-id",
                N("request_id", `${rs(UHEX, 4)}:${rs(UHEX, 5)}:${rs(UHEX, 7)}:${rs(UHEX, 7)}:${rs(UHEX, 8)}`),
              ),
            ],
            content: {
              size: 88,
              mimeType: "application/json",
              text: JSON.stringify({
                access_token: P("github_oauth_token", gho),
                token_type: "bearer",
                scope: "repo,read:org",
              }),
            },
          },
        ),
        entry(
          "2024-04-18T08:46:40.010Z",
          {
            method: "GET",
            url: "https://app.acme-payments.io/api/v1/me",
            headers: [
              hdr(":authority", "app.acme-payments.io"),
              hdr(":method", "GET"),
              hdr(":path", "/api/v1/me"),
              hdr("authorization", `Bearer ${P("jwt", jwt)}`),
              hdr(
                "cookie",
                `sessionid=${P("session_cookie", sess, { note: "Django session cookie" })}; csrftoken=${N("csrf_token", csrf)}; _ga=${N("analytics_cookie", ga)}`,
              ),
              hdr("x-request-id", N("uuid", uuid())),
              hdr("traceparent", N("trace_id", `00-${rs(HEX, 32)}-${rs(HEX, 16)}-01`)),
            ],
            cookies: [
              {
                name: "sessionid",
                value: P("session_cookie", sess, { note: "Django session cookie" }),
                expires: null,
                httpOnly: true,
                secure: true,
              },
              {
                name: "csrftoken",
                value: N("csrf_token", csrf),
                expires: null,
                httpOnly: false,
                secure: true,
              },
              {
                name: "_ga",
                value: N("analytics_cookie", ga),
                expires: null,
                httpOnly: false,
                secure: false,
              },
            ],
          },
          {
            status: 200,
            statusText: "",
            headers: [
              hdr("content-type", "application/json"),
              hdr("etag", NJ("etag", `"${rs(HEX, 40)}"`)),
              hdr("x-amzn-trace-id", N("trace_id", `Root=1-${rs(HEX, 8)}-${rs(HEX, 24)}`)),
            ],
            content: {
              size: 96,
              mimeType: "application/json",
              text: JSON.stringify({ id: 48213, email: "ops@acme-payments.io", plan: "scale", mfa: true }),
            },
          },
        ),
        entry(
          "2024-04-18T08:46:40.220Z",
          {
            method: "GET",
            url: "https://reporting.acme-payments.io/v1/payouts?limit=25",
            headers: [
              hdr("authorization", `Basic ${basicP("basic_auth", "svc-reporting", svcPw)}`),
              hdr("accept", "application/json"),
            ],
            queryString: [{ name: "limit", value: "25" }],
          },
          {
            status: 200,
            statusText: "",
            headers: [hdr("content-type", "application/json")],
            content: { size: 14, mimeType: "application/json", text: '{"data":[],"has_more":false}' },
          },
        ),
        entry(
          "2024-04-18T08:46:40.400Z",
          {
            method: "GET",
            url: "https://app.acme-payments.io/static/img/logo.png",
            headers: [hdr("accept", "image/avif,image/webp,*/*")],
          },
          {
            status: 200,
            statusText: "",
            headers: [
              hdr("content-type", "image/png"),
              hdr("cache-control", "public, max-age=31536000, immutable"),
            ],
            content: {
              size: 196,
              mimeType: "image/png",
              encoding: "base64",
              text: N("base64_blob", png, { note: "image bytes" }),
            },
          },
        ),
        entry(
          "2024-04-18T08:46:41.002Z",
          {
            method: "GET",
            url: `https://api.mapbox.com/tokens/v2/acme-maps?access_token=${P("mapbox_secret_token", mbx)}`,
            headers: [hdr("accept", "application/json")],
            queryString: [{ name: "access_token", value: P("mapbox_secret_token", mbx) }],
          },
          {
            status: 200,
            statusText: "",
            headers: [hdr("content-type", "application/json")],
            content: { size: 2, mimeType: "application/json", text: "[]" },
          },
        ),
        entry(
          "2024-04-18T08:46:41.310Z",
          {
            method: "GET",
            url: "https://dashboard.acme-internal.io/api/stats/daily",
            headers: [
              hdr(
                "cookie",
                "connect.sid=" +
                  P("session_cookie", csidEnc, {
                    decoded: csid,
                    encoding: "url",
                    note: "express-session signed cookie",
                  }),
              ),
            ],
            cookies: [
              {
                name: "connect.sid",
                value: P("session_cookie", csidEnc, {
                  decoded: csid,
                  encoding: "url",
                  note: "express-session signed cookie",
                }),
              },
            ],
          },
          {
            status: 200,
            statusText: "",
            headers: [hdr("content-type", "application/json")],
            content: { size: 20, mimeType: "application/json", text: '{"signups":12,"mrr":0}' },
          },
        ),
        entry(
          "2024-04-18T08:46:42.000Z",
          {
            method: "POST",
            url: "https://api.acme-payments.io/v1/refunds",
            headers: [
              hdr("authorization", `Bearer ${N("redacted", "[REDACTED]")}`),
              hdr("content-type", "application/json"),
            ],
            postData: {
              mimeType: "application/json",
              text: JSON.stringify({ charge: "ch_demo", amount: 500 }),
            },
          },
          {
            status: 401,
            statusText: "",
            headers: [hdr("content-type", "application/json")],
            content: { size: 40, mimeType: "application/json", text: '{"error":"invalid_token"}' },
          },
        ),
      ],
    },
  };
  writeFile("har/app.acme-payments.io.har", J(har));
}

// ===== 5. VS Code REST Client .http ==========================================
{
  const ghp = G.ghp();
  const fig = G.figma();
  const jiraUser = "deploy-bot@acme-payments.io";
  const atl = G.atlassian();
  const figFile = rs(B62, 22);
  const clientId = G.auth0ClientId();
  const txt = `@baseUrl = https://api.github.com
@githubToken = ${P("github_pat", ghp)}
@figmaToken = ${P("figma_pat", fig)}

### List my repos
GET {{baseUrl}}/user/repos?per_page=100
Authorization: token {{githubToken}}
Accept: application/vnd.github+json

### Same call, token from .env
GET {{baseUrl}}/user
Authorization: Bearer ${N("template_variable", "{{$dotenv GITHUB_TOKEN}}")}

### Figma file
GET https://api.figma.com/v1/files/${N("identifier", figFile)}
X-Figma-Token: {{figmaToken}}

### Jira search (basic auth)
GET https://acme-payments.atlassian.net/rest/api/3/search?jql=project%3DPLAT
Authorization: Basic ${basicP("basic_auth", jiraUser, atl, "decodes to email:Atlassian API token")}
Accept: application/json

### Machine-to-machine token
# @name login
POST https://acme-prod.us.auth0.com/oauth/token
Content-Type: application/json

{"grant_type":"client_credentials","client_id":"${N("identifier", clientId)}","client_secret":"${P("auth0_client_secret", G.auth0Secret())}","audience":"https://api.acme-internal.io"}

### Use the token from the login response
GET https://api.acme-internal.io/v1/users
Authorization: Bearer ${N("template_variable", "{{login.response.body.$.access_token}}")}
`;
  writeFile("http/requests.http", txt);
}

// ===== 6. bash history ========================================================
{
  const sid = G.twilioSid();
  const txt = `cd ~/src/payments-api
git pull --rebase
git checkout ${N("git_commit_sha", sha1hex())}
export ANTHROPIC_API_KEY=${P("anthropic_api_key", G.anthropic())}
curl https://api.anthropic.com/v1/messages -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" -d '{"model":"claude-3-haiku-20240307","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}'
curl -s https://api.openai.com/v1/models -H "Authorization: Bearer ${N("env_reference", "$OPENAI_API_KEY")}" | jq '.data[].id'
curl -s --user 'api:${P("mailgun_api_key", G.mailgunNew())}' https://api.mailgun.net/v3/domains
curl -X POST https://api.twilio.com/2010-04-01/Accounts/${N("identifier", sid, { note: "Twilio Account SID" })}/Messages.json -u ${P("twilio_api_key", G.twilioKeySid(), { note: "Twilio API key SID (SK...), used as the username half of the pair" })}:${P("twilio_api_key_secret", G.twilioKeySecret())} --data-urlencode "To=+15558675309" --data-urlencode "From=+15017122661" --data-urlencode "Body=test"
aws configure list
export AWS_ACCESS_KEY_ID=${P("aws_access_key_id", G.akia())}
export AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", G.awsSecret())}
aws s3 ls s3://acme-payments-exports/ --region eu-west-1
docker login -u acmebuild -p ${P("dockerhub_pat", G.dckr())}
docker pull ghcr.io/acme/payments-api@sha256:${N("content_hash", rs(HEX, 64))}
curl -H "X-Shopify-Access-Token: ${P("shopify_access_token", G.shpat())}" https://acme-store.myshopify.com/admin/api/2024-01/orders.json?limit=5
npm whoami
history | grep curl
`;
  writeFile("shell/.bash_history", txt);
}

// ===== 7. zsh history (extended format) =======================================
{
  let t = 1712820031;
  const nextT = () => {
    t += 37 + randInt(400);
    return t;
  };
  const L = (cmd) => `: ${nextT()}:0;${cmd}`;
  const txt = `${[
    L(`huggingface-cli login --token ${P("huggingface_token", G.hf())}`),
    L(`export HF_TOKEN=${N("placeholder", `hf_${"x".repeat(34)}`)}`),
    L(`doctl auth init -t ${P("digitalocean_pat", G.dop())}`),
    L(`doctl auth init -t ${N("env_reference", "${DO_TOKEN}")}`),
    L(`curl "https://api.telegram.org/bot${P("telegram_bot_token", G.telegram())}/getUpdates"`),
    L(
      `psql "postgres://payments_app:${P("database_password", password(24))}@db-prod.acme-internal.io:5432/payments?sslmode=require"`,
    ),
    L(
      `curl -X POST -H 'Content-Type: application/json' -d '{"content":"deploy finished"}' ${P("discord_webhook_url", G.discordHook())}`,
    ),
    L(`gh auth login --with-token <<< ${P("github_fine_grained_pat", G.ghfg())}`),
    L("git log --oneline -3"),
    L("kubectl -n payments get pods"),
  ].join("\n")}\n`;
  writeFile("shell/.zsh_history", txt);
}

// ===== 8. Markdown onboarding doc =============================================
{
  const appId = G.algoliaApp();
  const txt = `# Developer setup

Welcome! This page gets you from a fresh laptop to a running payments stack.

## 1. Stripe

Use **test mode** locally. The Stripe docs use this key in every example, it is safe to paste:

\`\`\`bash
export STRIPE_SECRET_KEY=${N("vendor_doc_example", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", { note: "Stripe documentation test key" })}
export STRIPE_PUBLISHABLE_KEY=${N("vendor_doc_example", "pk_test_TYooMQauvdEDq54NiTphI7jx", { note: "Stripe documentation publishable test key" })}
\`\`\`

Never commit a live key. Live keys look like \`sk_live_...\` and live in Vault.

## 2. AWS

Configure a profile. The AWS docs example values below will **not** work:

\`\`\`ini
[default]
aws_access_key_id = ${N("vendor_doc_example", "AKIAIOSFODNN7EXAMPLE", { note: "AWS documentation example" })}
aws_secret_access_key = ${N("vendor_doc_example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", { note: "AWS documentation example" })}
\`\`\`

## 3. Search (Algolia)

Our search runs on Algolia, application \`${N("identifier", appId, { note: "Algolia application ID" })}\`.
The reindex script needs the admin key, current one is:

\`\`\`bash
ALGOLIA_APP_ID=${N("identifier", appId, { note: "Algolia application ID" })} ALGOLIA_ADMIN_KEY=${P("algolia_admin_key", G.algoliaKey())} npm run reindex
\`\`\`

## 4. Observability

Ask in #platform for access, then:

\`\`\`bash
export NEW_RELIC_API_KEY=${P("new_relic_user_key", G.nrak())}
export SENTRY_AUTH_TOKEN=${N("placeholder", "<your-sentry-token>")}
\`\`\`

## 5. GitHub

Create a classic token with \`repo\` scope. It looks like ${N("placeholder", `ghp_${"x".repeat(36)}`)}
(for example \`${N("invalid_checksum", badChecksumToken("ghp_"), { note: "fabricated example: CRC32 checksum does not match" })}\`, which is made up
and fails GitHub's checksum). npm tokens look the same, e.g. \`${N("invalid_checksum", badChecksumToken("npm_"), { note: "fabricated example: CRC32 checksum does not match" })}\`.

Put it in \`~/.config/gh/hosts.yml\`, never in this repo. In CI we read \`${N("env_reference", "${{ secrets.GITHUB_TOKEN }}")}\`.

## 6. Other services

| Service  | Variable            | Value                 |
|----------|---------------------|-----------------------|
| OpenAI   | \`OPENAI_API_KEY\`    | ${N("placeholder", "YOUR_API_KEY")}        |
| Postmark | \`POSTMARK_TOKEN\`    | ${N("vendor_doc_example", "POSTMARK_API_TEST", { note: "Postmark test token from their docs" })}     |
| Telegram | \`TG_BOT_TOKEN\`      | ${N("vendor_doc_example", "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", { note: "Telegram Bot API documentation example" })} |

A JWT looks like the jwt.io sample:
\`${N("vendor_doc_example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", { note: "jwt.io example token" })}\`
`;
  writeFile("docs/SETUP.md", txt);
}

// ===== 9. Wiki runbook (with a multi-line PEM) ===============================
{
  const ec = ecPrivateKey();
  const txt = `= Deploy runbook (payments) =

Last edited by dana.k on 2024-03-02. **Internal only.**

== Okta: check the deploy service account ==

{{{
curl -s -H "Accept: application/json" \\
     -H "Authorization: SSWS ${P("okta_api_token", G.okta())}" \\
     "https://acme-payments.okta.com/api/v1/users?limit=1"
}}}

Preferred (reads the token from the shell):

{{{
curl -s -H "Authorization: SSWS ${N("env_reference", "${OKTA_API_TOKEN}")}" "https://acme-payments.okta.com/api/v1/users/me"
}}}

== Jira release ticket ==

{{{
curl --user deploy-bot@acme-payments.io:${P("atlassian_api_token", G.atlassian())} \\
  -X POST -H "Content-Type: application/json" \\
  https://acme-payments.atlassian.net/rest/api/3/version
}}}

== Datadog agent on new hosts ==

{{{
DD_API_KEY=${P("datadog_api_key", G.ddApi())} DD_SITE="datadoghq.eu" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"
DD_APP_KEY=${N("placeholder", "<DATADOG_APP_KEY>")}
}}}

== Slack notifier ==

The bot token was rotated in March; the old one was ${N("redacted", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX")} (masked).

== Release signing key (break-glass) ==

Only use if the HSM is down. Rotate afterwards!

{{{
${P("private_key", ec.sec1, { note: "multi-line PEM; line is the BEGIN line" })}
}}}

== Sentry releases ==

{{{
export SENTRY_AUTH_TOKEN=${P("sentry_user_token", G.sentry())}
sentry-cli releases new "payments@$(git rev-parse --short HEAD)"
}}}
`;
  writeFile("docs/wiki/Deploy-Runbook.wiki", txt);
}

// ===== 10. Slack export =======================================================
{
  const ec = ecPrivateKey();
  const U = () => `U0${rs(UP + DIG, 9)}`;
  const users = [U(), U(), U()];
  let ts = 1710412231;
  const nextTs = () => {
    ts += 40 + randInt(300);
    return ts;
  };
  let withId = 2;
  const msg = (u, text, extra = {}) => ({
    ...(withId-- > 0 ? { client_msg_id: N("uuid", uuid()) } : {}),
    type: "message",
    text,
    user: users[u],
    ts: `${nextTs()}.${rs(DIG, 6)}`,
    team: "T0" + "A7Q2M9K4X",
    ...extra,
  });
  const arr = [
    msg(0, "checkout is 500ing, stripe webhooks failing since 09:40"),
    msg(1, "looking. can someone give me the alert bot token so I can replay the alerts locally?"),
    msg(0, `here: ${P("slack_bot_token", G.xoxb())}`),
    msg(2, "pls don't paste tokens in channels :rotating_light: rotating it after the incident"),
    msg(0, `incoming webhook for #payments-alerts is ${P("slack_webhook_url", G.slackHook())}`),
    msg(
      1,
      "the webhook verifier needs the signing key, pasting it so you can run it locally:\n```\n" +
        P("private_key", jsonEsc(ec.pkcs8), {
          decoded: ec.pkcs8,
          encoding: "json",
          note: "PEM inside a JSON string; written with \\n escapes",
        }) +
        "\n```",
    ),
    msg(
      2,
      "dashboard shows the key as " +
        N("redacted", "sk_live_••••••••••••••••••••7Hq2") +
        ", that one is fine",
    ),
    msg(2, "rotated everything, closing the incident"),
  ];
  writeFile("chat/slack-export/incidents/2024-03-14.json", J(arr));
}

// ===== 11. Jira issue export (text) ============================================
{
  const txt = `[PLAT-1423] Square sync job failing with 401
Created: 14/Mar/24 10:02   Updated: 15/Mar/24 16:40   Resolved: 15/Mar/24 16:40
Status: Done
Project: Platform
Component/s: integrations
Assignee: Marco Rossi   Reporter: Priya Nair
Priority: High

Description
-----------
The nightly square-sync job fails with HTTP 401 since the token rotation.

Comments
--------
Comment by Priya Nair [14/Mar/24 10:15]
Repro:
curl -H "Authorization: Bearer ${P("square_access_token", G.square())}" -H "Square-Version: 2024-02-22" https://connect.squareup.com/v2/locations

Comment by Marco Rossi [14/Mar/24 11:02]
The prod app (${N("identifier", `sq0idp-${tok(B64URL, 22)}`, { note: "Square application ID" })}) secret is ${P("square_oauth_secret", G.sqcsp())}, I regenerated it.

Comment by Security Bot [14/Mar/24 11:05]
A possible credential was removed from this comment: Authorization: Bearer ${N("redacted", "[REDACTED]")}

Comment by Marco Rossi [15/Mar/24 09:30]
For the fallback path we still use Braintree: ${P("braintree_access_token", G.braintree())}

Attachments
-----------
sync-job.log  (12 kB, sha256 ${N("content_hash", rs(HEX, 64))})
`;
  writeFile("chat/jira/PLAT-1423.txt", txt);
}

// ===== 12. CSV export ==========================================================
{
  const rows = [
    ["id", "tenant", "provider", "credential", "status", "created_at"],
    [
      String(1000 + randInt(9000)),
      "acme-store",
      "shopify",
      P("shopify_shared_secret", G.shpss()),
      "active",
      "2024-01-12T09:00:00Z",
    ],
    [
      String(1000 + randInt(9000)),
      "acme-eu",
      "mailgun",
      P("mailgun_api_key", G.mailgun()),
      "active",
      "2024-01-19T14:22:10Z",
    ],
    [
      String(1000 + randInt(9000)),
      "acme-docs",
      "notion",
      P("notion_token", G.notionSecret()),
      "active",
      "2024-02-03T08:15:43Z",
    ],
    [
      String(1000 + randInt(9000)),
      "acme-legacy",
      "stripe",
      N("redacted", `rk_live_${"*".repeat(28)}${rs(B62, 4)}`),
      "revoked",
      "2023-06-30T17:01:00Z",
    ],
    [
      String(1000 + randInt(9000)),
      "acme-maps",
      "mapbox",
      P("mapbox_secret_token", mapboxToken("sk", "acme-maps")),
      "active",
      "2024-03-11T10:48:27Z",
    ],
  ];
  writeFile("exports/integrations-2024-04.csv", `${rows.map((r) => r.join(",")).join("\r\n")}\r\n`);
}

// ===== 13. SQL dump ============================================================
{
  const salt = rs(B62, 22);
  const djangoHash = `pbkdf2_sha256$600000$${salt}$${pbkdf2Sync(password(), salt, 600000, 32, "sha256").toString("base64")}`;
  const gl = G.glpat();
  const npm = G.npm();
  const rk = G.rkLive();
  const hashNote = { note: "password hash, not a usable credential (judgement call)" };
  const txt = `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-prod.acme-internal.io    Database: acme
-- ------------------------------------------------------
-- Server version\t8.0.36

/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS \`users\`;
CREATE TABLE \`users\` (
  \`id\` int NOT NULL AUTO_INCREMENT,
  \`email\` varchar(255) NOT NULL,
  \`password\` varchar(255) NOT NULL,
  \`created_at\` datetime NOT NULL,
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES \`users\` WRITE;
INSERT INTO \`users\` VALUES (1,'alice@acme-payments.io','${N("password_hash", bcryptLike(), hashNote)}','2023-11-02 10:11:12');
INSERT INTO \`users\` VALUES (2,'bob@acme-payments.io','${N("password_hash", bcryptLike(), hashNote)}','2023-11-05 16:40:03');
INSERT INTO \`users\` VALUES (3,'carol@acme-payments.io','${N("password_hash", djangoHash, hashNote)}','2024-01-09 09:00:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS \`api_tokens\`;
CREATE TABLE \`api_tokens\` (
  \`id\` int NOT NULL AUTO_INCREMENT,
  \`user_id\` int NOT NULL,
  \`name\` varchar(64) NOT NULL,
  \`token\` varchar(255) DEFAULT NULL,
  \`token_sha256\` char(64) NOT NULL,
  \`created_at\` datetime NOT NULL,
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES \`api_tokens\` WRITE;
INSERT INTO \`api_tokens\` VALUES (1,1,'ci-deploy','${P("gitlab_pat", gl)}','${N("content_hash", sha256hex(gl), { note: "SHA-256 of a token" })}','2024-02-01 12:00:00');
INSERT INTO \`api_tokens\` VALUES (2,2,'npm-publish','${P("npm_token", npm)}','${N("content_hash", sha256hex(npm), { note: "SHA-256 of a token" })}','2024-02-11 08:30:00');
INSERT INTO \`api_tokens\` VALUES (3,1,'stripe-reporting','${P("stripe_restricted_key", rk)}','${N("content_hash", sha256hex(rk), { note: "SHA-256 of a token" })}','2024-03-01 07:45:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS \`integrations\`;
CREATE TABLE \`integrations\` (\`id\` char(36) NOT NULL, \`provider\` varchar(32) NOT NULL, \`config\` json NOT NULL, PRIMARY KEY (\`id\`));
LOCK TABLES \`integrations\` WRITE;
INSERT INTO \`integrations\` VALUES ('${N("uuid", uuid())}','postmark','{"server_token": "${P("postmark_server_token", uuid())}", "stream": "outbound"}');
UNLOCK TABLES;
-- Dump completed on 2024-04-20  2:00:01
`;
  writeFile("db/backup-2024-04-20.sql", txt);
}

// ===== 14. JSON-lines application log ========================================
{
  const jwt = jwtHS256({ sub: "svc-payouts", aud: "ledger", iat: 1713686400, exp: 1713690000, jti: uuid() });
  const lines = [
    {
      ts: "2024-04-21T08:00:01.113Z",
      level: "info",
      msg: "request",
      service: "api-gateway",
      trace_id: N("trace_id", rs(HEX, 32)),
      span_id: N("trace_id", rs(HEX, 16)),
      method: "GET",
      path: "/v1/maps/geocode",
      status: 200,
      headers: { "x-api-key": P("google_api_key", G.google()), "user-agent": "okhttp/4.12.0" },
    },
    {
      ts: "2024-04-21T08:00:01.420Z",
      level: "debug",
      msg: "outbound request",
      service: "api-gateway",
      url: "https://api.openai.com/v1/chat/completions",
      headers: { authorization: N("redacted", "[REDACTED]"), "content-type": "application/json" },
    },
    {
      ts: "2024-04-21T08:00:02.007Z",
      level: "debug",
      msg: "outbound request",
      service: "payout-worker",
      url: "https://ledger.acme-internal.io/v2/entries",
      request_id: N("uuid", uuid()),
      headers: { Authorization: `Bearer ${P("jwt", jwt)}` },
    },
    {
      ts: "2024-04-21T08:00:02.950Z",
      level: "info",
      msg: "config loaded",
      service: "api-gateway",
      config: {
        database_url: `postgres://gateway:${P("database_password", password(22))}@10.0.4.12:5432/gateway`,
        redis_url: "redis://10.0.4.20:6379/0",
        log_level: "debug",
      },
    },
    {
      ts: "2024-04-21T08:00:03.118Z",
      level: "info",
      msg: "feature flags refreshed",
      service: "api-gateway",
      etag: NJ("etag", `"${rs(HEX, 32)}"`),
      count: 41,
    },
    {
      ts: "2024-04-21T08:00:04.771Z",
      level: "error",
      msg: "notion sync failed",
      service: "docs-sync",
      error: "APIResponseError: API token is invalid.",
      token_prefix: "ntn_",
    },
  ];
  writeFile("logs/api-gateway.json.log", `${lines.map((o) => JSON.stringify(o)).join("\n")}\n`);
}

// ===== 15. Plain-text application log ========================================
{
  const sg = G.sendgrid();
  const pw = password();
  const txt = `2024-04-21 08:14:02,331 INFO  [main] Starting payout-worker v2.14.1 (commit ${N("git_commit_sha", sha1hex())})
2024-04-21 08:14:02,512 INFO  [main] Loaded 14 settings from /etc/payout-worker/settings.yaml
2024-04-21 08:14:03,020 DEBUG [http.client] send: b'POST /v3/mail/send HTTP/1.1\\r\\nHost: api.sendgrid.com\\r\\nAccept-Encoding: identity\\r\\nContent-Length: 312\\r\\nAuthorization: Bearer ${P("sendgrid_api_key", sg)}\\r\\nContent-Type: application/json\\r\\n\\r\\n'
2024-04-21 08:14:03,402 DEBUG [requests] Request headers: {'User-Agent': 'python-requests/2.31.0', 'Accept': 'application/json', 'Authorization': 'Basic ${basicP("basic_auth", "payouts-svc", pw)}'}
2024-04-21 08:14:03,877 INFO  [postmark] POST https://api.postmarkapp.com/email X-Postmark-Server-Token=${P("postmark_server_token", uuid())} status=200
2024-04-21 08:14:04,105 WARN  [ledger] retrying request_id=${N("uuid", uuid())} attempt=2
2024-04-21 08:14:04,990 DEBUG [ledger] Authorization: Bearer ${N("redacted", "***")}
2024-04-21 08:14:05,300 ERROR [slack] notify failed: invalid_auth (token=${N("redacted", "xoxb-***")})
2024-04-21 08:14:05,301 INFO  [main] payout batch 20240421-0814 finished: 118 ok, 0 failed
`;
  writeFile("logs/payout-worker.log", txt);
}

// ===== 16. Crash report =======================================================
{
  const txt = `*** payout-worker crashed ***
Time:      2024-05-02T03:11:22Z
Host:      ip-10-0-4-31.eu-west-1.compute.internal
Build-Id:  ${N("content_hash", sha1hex(), { note: "ELF build-id" })}
Signal:    SIGSEGV (address 0x0000000000000018)

Backtrace:
  #0  0x00007f3a2b1c4e10 in napi_get_value_string_utf8 () from /app/node_modules/bcrypt/lib/binding/bcrypt_lib.node
  #1  0x00007f3a2b1c2a47 in ?? ()
  #2  0x0000556d3c1f0a9e in node::Start(int, char**) ()

Process environment:
  HOME=/home/app
  NODE_ENV=production
  GIT_COMMIT=${N("git_commit_sha", sha1hex())}
  AWS_REGION=eu-west-1
  AWS_ACCESS_KEY_ID=${P("aws_access_key_id", G.akia())}
  AWS_SECRET_ACCESS_KEY=${P("aws_secret_access_key", G.awsSecret())}
  GITHUB_TOKEN=${P("github_pat", G.ghp())}
  STRIPE_WEBHOOK_SECRET=${P("stripe_webhook_secret", G.whsec())}
  SESSION_SECRET=${P("generic_secret", rs(HEX, 64), { note: "hex secret identified only by the variable name" })}

Loaded modules: 212
`;
  writeFile("crash/crash-2024-05-02T031122Z.txt", txt);
}

// ===== 17. Dotfiles ============================================================
{
  const regPw = password();
  writeFile(
    "home/.npmrc",
    `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${P("npm_token", G.npm())}
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${P("github_pat", G.ghp())}
//registry.acme-internal.io/:_auth=${basicP("npmrc_auth", "ci-publisher", regPw, "legacy _auth: base64 of user:password")}
//ci.acme-internal.io/:_authToken=${N("env_reference", "${NPM_TOKEN}")}
always-auth=true
`,
  );

  writeFile(
    "home/.pypirc",
    `[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = ${P("pypi_token", pypiToken("pypi.org"))}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${P("pypi_token", pypiToken("test.pypi.org"))}
`,
  );

  writeFile(
    "home/.gem/credentials",
    `---
:rubygems_api_key: ${P("rubygems_api_key", G.rubygems())}
`,
  );

  const dck = G.dckr();
  const ghcr = G.ghp();
  writeFile(
    "home/.docker/config.json",
    JT({
      auths: {
        "https://index.docker.io/v1/": {
          auth: basicP("docker_registry_auth", "acmebuild", dck, "base64 of user:Docker Hub PAT"),
        },
        "ghcr.io": { auth: basicP("docker_registry_auth", "acme-ci", ghcr, "base64 of user:GitHub PAT") },
        "registry.acme-internal.io": {},
      },
      currentContext: "default",
    }),
  );

  writeFile(
    "home/.git-credentials",
    `https://acme-ci:${P("github_pat", G.ghp())}@github.com
https://oauth2:${P("gitlab_pat", G.glpat())}@gitlab.com
`,
  );

  const heroku = uuid();
  writeFile(
    "home/.netrc",
    `machine api.heroku.com
  login ops@acme-payments.io
  password ${P("heroku_api_key", heroku)}
machine git.heroku.com
  login ops@acme-payments.io
  password ${P("heroku_api_key", heroku)}
machine github.com login acme-bot password ${P("github_oauth_token", G.gho())}
machine ftp.acme-legacy.net login backup password ${P("password", password())}
`,
  );
}

// ===== 18. Mobile app configs ================================================
{
  writeFile(
    "mobile/android/local.properties",
    `## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/dana/Library/Android/sdk
MAPS_API_KEY=${P("google_api_key", G.google())}
`,
  );

  writeFile(
    "mobile/android/gradle.properties",
    `org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# Release signing
RELEASE_STORE_FILE=../keystore/release.jks
RELEASE_STORE_PASSWORD=${P("password", password())}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=${P("password", password())}

# Mapbox SDK downloads (secret token with DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=${P("mapbox_secret_token", mapboxToken("sk", "acme-mobile"))}
SENTRY_AUTH_TOKEN=${P("sentry_user_token", G.sentry())}
`,
  );

  const pn = nz(12);
  writeFile(
    "mobile/ios/Acme/Info.plist",
    `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleIdentifier</key>
\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
\t<key>CFBundleShortVersionString</key>
\t<string>3.8.0</string>
\t<key>GIDClientID</key>
\t<string>${N("identifier", G.googleClientId(pn))}</string>
\t<key>MBXAccessToken</key>
\t<string>${N("public_key", mapboxToken("pk", "acme-mobile"), { note: "Mapbox public token" })}</string>
\t<key>StripePublishableKey</key>
\t<string>${N("public_key", G.pkLive(), { note: "Stripe publishable key" })}</string>
\t<key>OpenAIAPIKey</key>
\t<string>${P("openai_api_key", G.openai())}</string>
</dict>
</plist>
`,
  );

  const pn2 = nz(12);
  writeFile(
    "mobile/android/app/google-services.json",
    J({
      project_info: {
        project_number: pn2,
        project_id: "acme-payments-prod",
        storage_bucket: "acme-payments-prod.appspot.com",
      },
      client: [
        {
          client_info: {
            mobilesdk_app_id: N("identifier", `1:${pn2}:android:${rs(HEX, 16)}`),
            android_client_info: { package_name: "io.acme.payments" },
          },
          oauth_client: [{ client_id: N("identifier", G.googleClientId(pn2)), client_type: 3 }],
          api_key: [
            {
              current_key: P("google_api_key", G.google(), {
                note: "Firebase Android key; Google API key format",
              }),
            },
          ],
          services: { appinvite_service: { other_platform_oauth_client: [] } },
        },
      ],
      configuration_version: "1",
    }),
  );
}

// ===== 19. Frontend bundle (minified) ========================================
{
  const appId = G.algoliaApp();
  const line = `"use strict";(self.webpackChunkacme_web=self.webpackChunkacme_web||[]).push([[179],{4821:function(e,t,n){n.r(t),n.d(t,{default:function(){return c}});var r=n(7294),o=n(2231),a={NODE_ENV:"production",REACT_APP_API_URL:"https://api.acme-payments.io",REACT_APP_ALGOLIA_APP_ID:"${N("identifier", appId, { note: "Algolia application ID" })}",REACT_APP_ALGOLIA_SEARCH_KEY:"${N("public_key", G.algoliaKey(), { note: "Algolia search-only key, meant for the browser" })}",REACT_APP_STRIPE_PK:"${N("public_key", G.pkLive(), { note: "Stripe publishable key" })}",REACT_APP_MAPBOX_TOKEN:"${N("public_key", mapboxToken("pk", "acme-web"), { note: "Mapbox public token" })}",REACT_APP_AIRTABLE_TOKEN:"${P("airtable_pat", G.airtable())}",REACT_APP_HF_TOKEN:"${P("huggingface_token", G.hf())}"},i=(0,o.Z)(a.REACT_APP_ALGOLIA_APP_ID,a.REACT_APP_ALGOLIA_SEARCH_KEY);function s(e){return fetch("https://api.airtable.com/v0/"+e+"/Feedback",{method:"POST",headers:{Authorization:"Bearer "+a.REACT_APP_AIRTABLE_TOKEN,"Content-Type":"application/json"}})}function c(){var e=(0,r.useState)([]),t=e[0],n=e[1];return(0,r.useEffect)((function(){i.initIndex("products").search("").then((function(e){return n(e.hits)}))}),[]),r.createElement("ul",null,t.map((function(e){return r.createElement("li",{key:e.objectID},e.name)})))}}}]);`;
  writeFile(
    "web/static/js/main.4f9c2a1e.chunk.js",
    `${line}\n//# sourceMappingURL=main.4f9c2a1e.chunk.js.map\n`,
  );
}

// ===== 20. HTML page (negatives only) =========================================
{
  const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), bytes(90)]).toString(
    "base64",
  );
  const txt = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="csrf-token" content="${N("csrf_token", Buffer.from(bytes(64)).toString("base64"))}">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-${N("content_hash", Buffer.from(bytes(48)).toString("base64"), { note: "subresource integrity hash" })}" crossorigin="anonymous">
  <title>Sign in - Acme Payments</title>
</head>
<body>
  <img alt="Acme" width="32" height="32" src="data:image/png;base64,${N("data_uri", png, { note: "inline image" })}">
  <form method="post" action="/accounts/login/">
    <input type="hidden" name="csrfmiddlewaretoken" value="${N("csrf_token", rs(B62, 64))}">
    <input type="email" name="username" autocomplete="username">
    <input type="password" name="password" autocomplete="current-password">
    <button type="submit">Sign in</button>
  </form>
</body>
</html>
`;
  writeFile("web/templates/login.html", txt);
}

// ===== 21. Patches / diffs ====================================================
{
  const oldIdx = rs(HEX, 7);
  const newIdx = rs(HEX, 7);
  const txt = `From ${N("git_commit_sha", sha1hex())} Mon Sep 17 00:00:00 2001
From: Dana Kowalski <dana@acme-payments.io>
Date: Tue, 16 Apr 2024 11:20:03 +0200
Subject: [PATCH] Move third-party keys to environment

The keys below were committed by mistake and have been rotated.
---
 config/services.js | 6 +++---
 1 file changed, 3 insertions(+), 3 deletions(-)

diff --git a/config/services.js b/config/services.js
index ${oldIdx}..${newIdx} 100644
--- a/config/services.js
+++ b/config/services.js
@@ -3,12 +3,12 @@
 module.exports = {
   stripe: {
-    secretKey: '${P("stripe_secret_key", G.skLiveLegacy(), { note: "removed line: still in history" })}',
+    secretKey: ${N("env_reference", "process.env.STRIPE_SECRET_KEY")},
     apiVersion: '2023-10-16',
   },
   linear: {
-    apiKey: '${P("linear_api_key", G.linear(), { note: "removed line: still in history" })}',
+    apiKey: ${N("env_reference", "process.env.LINEAR_API_KEY")},
   },
   shopify: {
-    apiSecret: '${P("shopify_shared_secret", G.shpss(), { note: "removed line: still in history" })}',
+    apiSecret: ${N("env_reference", "process.env.SHOPIFY_API_SECRET")},
   },
 };
-- 
2.44.0

`;
  writeFile("patches/0001-Move-third-party-keys-to-environment.patch", txt);

  const txt2 = `diff --git a/deploy/alerts.env b/deploy/alerts.env
index ${rs(HEX, 7)}..${rs(HEX, 7)} 100644
--- a/deploy/alerts.env
+++ b/deploy/alerts.env
@@ -1,4 +1,5 @@
 ALERT_CHANNEL=#payments-alerts
-SLACK_TOKEN=${N("placeholder", "xoxp-REPLACE-ME")}
+SLACK_TOKEN=${P("slack_user_token", G.xoxp())}
+NOTION_TOKEN=${P("notion_token", G.ntn())}
 ALERT_LEVEL=warn
 RETRY=3
`;
  writeFile("patches/enable-alerts.diff", txt2);
}

if (pending.size) throw new Error(`unused markers: ${[...pending.keys()].join(", ")}`);

labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(LABELS, `${JSON.stringify(labels, null, 2)}\n`);

// ---------------------------------------------------------------------------
// Self-check
const FMT = {
  github_pat: /^ghp_[A-Za-z0-9]{36}$/,
  github_oauth_token: /^gho_[A-Za-z0-9]{36}$/,
  github_fine_grained_pat: /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/,
  github_oauth_client_secret: /^[0-9a-f]{40}$/,
  npm_token: /^npm_[A-Za-z0-9]{36}$/,
  slack_bot_token: /^xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}$/,
  slack_user_token: /^xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[0-9a-f]{32}$/,
  slack_webhook_url:
    /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/,
  stripe_secret_key: /^sk_live_(?:[A-Za-z0-9]{24}|51[A-Za-z0-9]{97})$/,
  stripe_restricted_key: /^rk_live_51[A-Za-z0-9]{97}$/,
  stripe_webhook_secret: /^whsec_[A-Za-z0-9]{32}$/,
  openai_api_key: /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/,
  anthropic_api_key: /^sk-ant-api03-[A-Za-z0-9_-]{86}-[A-Za-z0-9_-]{6}AA$/,
  sendgrid_api_key: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  mailgun_api_key: /^(?:key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})$/,
  twilio_auth_token: /^[0-9a-f]{32}$/,
  twilio_api_key: /^SK[0-9a-f]{32}$/,
  twilio_api_key_secret: /^[A-Za-z0-9]{32}$/,
  google_api_key: /^AIza[A-Za-z0-9_-]{35}$/,
  google_oauth_client_secret: /^GOCSPX-[A-Za-z0-9_-]{28}$/,
  shopify_access_token: /^shpat_[0-9a-f]{32}$/,
  shopify_shared_secret: /^shpss_[0-9a-f]{32}$/,
  square_access_token: /^EAAA[A-Za-z0-9_-]{60}$/,
  square_oauth_secret: /^sq0csp-[A-Za-z0-9_-]{43}$/,
  braintree_access_token: /^access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}$/,
  atlassian_api_token: /^ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}$/,
  notion_token: /^(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})$/,
  linear_api_key: /^lin_api_[A-Za-z0-9]{40}$/,
  airtable_pat: /^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$/,
  figma_pat: /^figd_[A-Za-z0-9_-]{40}$/,
  postmark_server_token: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  heroku_api_key: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  algolia_admin_key: /^[0-9a-f]{32}$/,
  mapbox_secret_token: /^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/,
  pypi_token: /^pypi-AgE[A-Za-z0-9_-]{100,}$/,
  rubygems_api_key: /^rubygems_[0-9a-f]{48}$/,
  dockerhub_pat: /^dckr_pat_[A-Za-z0-9_-]{27}$/,
  okta_api_token: /^00[A-Za-z0-9_-]{40}$/,
  auth0_client_secret: /^[A-Za-z0-9_-]{64}$/,
  jwt: /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/,
  aws_access_key_id: /^AKIA[A-Z2-7]{16}$/,
  aws_secret_access_key: /^[A-Za-z0-9+/]{40}$/,
  gitlab_pat: /^glpat-[A-Za-z0-9_-]{20}$/,
  digitalocean_pat: /^dop_v1_[0-9a-f]{64}$/,
  huggingface_token: /^hf_[A-Za-z]{34}$/,
  telegram_bot_token: /^[0-9]{8,10}:AA[A-Za-z0-9_-]{33}$/,
  discord_webhook_url: /^https:\/\/discord\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{68}$/,
  sentry_user_token: /^sntryu_[0-9a-f]{64}$/,
  new_relic_user_key: /^NRAK-[A-Z0-9]{27}$/,
  datadog_api_key: /^[0-9a-f]{32}$/,
  generic_secret: /^[0-9a-f]{64}$/,
  password: /^[A-Za-z0-9][A-Za-z0-9._!-]{11,}$/,
  database_password: /^[A-Za-z0-9][A-Za-z0-9._!-]{11,}$/,
  session_cookie: /^(?:[a-z0-9]{32}|s%3A[A-Za-z0-9_-]{32}\.[A-Za-z0-9%]+)$/,
  private_key: /-----BEGIN (?:EC )?PRIVATE KEY-----/,
  basic_auth: /^[A-Za-z0-9+/]+={0,2}$/,
  docker_registry_auth: /^[A-Za-z0-9+/]+={0,2}$/,
  npmrc_auth: /^[A-Za-z0-9+/]+={0,2}$/,
};
const errors = [];
const fileCache = new Map();
const readLines = (rel) => {
  if (!fileCache.has(rel)) fileCache.set(rel, fs.readFileSync(path.join(OUT, rel), "utf8"));
  return fileCache.get(rel);
};
for (const l of labels) {
  const text = readLines(l.file);
  const lines = text.split("\n");
  const lineText = lines[l.line - 1];
  if (lineText === undefined) {
    errors.push(`${l.file}:${l.line} no such line`);
    continue;
  }
  if (!l.secret.includes("\n")) {
    if (!lineText.includes(l.secret))
      errors.push(`${l.file}:${l.line} does not contain ${l.type} ${l.secret.slice(0, 24)}...`);
  } else {
    const from = lines.slice(l.line - 1).join("\n");
    const i = from.indexOf(l.secret);
    if (i < 0 || i > lineText.length)
      errors.push(`${l.file}:${l.line} multi-line ${l.type} does not start on its line`);
  }
  if (l.positive) {
    const re = FMT[l.type];
    if (!re) errors.push(`no format check for type ${l.type}`);
    else if (!re.test(l.secret))
      errors.push(`${l.file}:${l.line} ${l.type} fails format check: ${l.secret.slice(0, 40)}`);
    if (/^(gh[po]|npm)_/.test(l.secret) && !checksumValid(l.secret))
      errors.push(`${l.file}:${l.line} bad checksum ${l.secret}`);
    if (l.type === "jwt") {
      const [h, p] = l.secret.split(".");
      const hd = JSON.parse(Buffer.from(h, "base64url").toString());
      JSON.parse(Buffer.from(p, "base64url").toString());
      if (hd.alg !== "HS256") errors.push("jwt alg");
    }
    if (l.type === "pypi_token") {
      const bin = Buffer.from(l.secret.slice(5), "base64url");
      if (
        bin[0] !== 2 ||
        !bin
          .subarray(3, 3 + bin[2])
          .toString()
          .includes("pypi.org")
      )
        errors.push(`${l.file}:${l.line} pypi macaroon header`);
    }
    if (l.type === "mapbox_secret_token") {
      const pl = JSON.parse(Buffer.from(l.secret.split(".")[1], "base64url").toString());
      if (!pl.u || !pl.a) errors.push("mapbox payload");
    }
  }
  if (l.type === "invalid_checksum" && checksumValid(l.secret))
    errors.push(`${l.file}:${l.line} invalid_checksum negative actually validates`);
  if (l.decoded !== undefined) {
    let dec;
    if (l.encoding === "base64") dec = Buffer.from(l.secret, "base64").toString();
    else if (l.encoding === "url") dec = decodeURIComponent(l.secret);
    else if (l.encoding === "json") dec = JSON.parse(`"${l.secret}"`);
    if (dec !== l.decoded) errors.push(`${l.file}:${l.line} decoded mismatch (${l.encoding})`);
    if (l.type === "private_key") createPrivateKey(l.decoded);
  }
  if (l.type === "private_key" && !l.decoded) createPrivateKey(l.secret);
}
// JSON parse checks
for (const rel of files) {
  const text = readLines(rel);
  if (/\.(json|har)$/.test(rel)) {
    try {
      JSON.parse(text);
    } catch (e) {
      errors.push(`${rel}: JSON parse failed: ${e.message}`);
    }
  }
  if (/\.json\.log$/.test(rel)) {
    text
      .split("\n")
      .filter(Boolean)
      .forEach((ln, i) => {
        try {
          JSON.parse(ln);
        } catch (_e) {
          errors.push(`${rel}:${i + 1} JSONL parse failed`);
        }
      });
  }
}
// every file carries at least one label; no marker left behind
for (const rel of files) {
  if (!labels.some((l) => l.file === rel)) errors.push(`${rel}: no labels`);
  if (/@@M\d+@@/.test(readLines(rel))) errors.push(`${rel}: leftover marker`);
}

const pos = labels.filter((l) => l.positive);
const neg = labels.filter((l) => !l.positive);
const posTypes = [...new Set(pos.map((l) => l.type))].sort();
const negTypes = [...new Set(neg.map((l) => l.type))].sort();
console.log(
  `seed=${JSON.stringify(SEED)} files=${files.length} labels=${labels.length} positives=${pos.length} negatives=${neg.length}`,
);
console.log(`positive types (${posTypes.length}): ${posTypes.join(", ")}`);
console.log(`negative types (${negTypes.length}): ${negTypes.join(", ")}`);
if (errors.length) {
  console.error(`SELF-CHECK FAILED (${errors.length}):\n${errors.join("\n")}`);
  process.exit(1);
}
console.log("self-check OK");

#!/usr/bin/env node
/*
 * gen.mjs - blind, labelled secret-scanner corpus, set "r".
 *
 * Theme: "Fernhill Goods", an online shop and its marketing / SaaS integrations:
 * Next.js storefront on Shopify, WordPress/WooCommerce content site, Magento and
 * BigCommerce legacy stores, a Django payments service (Stripe, PayPal, Adyen,
 * Braintree, Square, Mollie, Klarna, Razorpay), CRM/support sync (HubSpot, Salesforce,
 * Zendesk, Intercom, Freshdesk), marketing (Mailchimp, Klaviyo, SendGrid, Postmark,
 * Mailgun, Brevo, Meta CAPI), messaging (Twilio, Vonage, Slack, Discord), shipping
 * (Shippo, EasyPost, ShipStation), search (Algolia), automation exports (Zapier, Make,
 * n8n), plus infra (compose, serverless, k8s, CI) around them.
 *
 * Usage: node gen.mjs [seed]   -> rewrites ./files/, ./labels.json, ./neutrals.json
 * All randomness comes from an HMAC-SHA256(seed, counter) stream. No credential value is
 * written literally in this file except vendor-documented example/placeholder values
 * used as negatives (e.g. AWS's AKIAIOSFODNN7EXAMPLE).
 *
 * Formats used (prefix | length after prefix | alphabet | checksum):
 *  github_pat (classic)       ghp_ | 30 + 6 | base62 | CRC32 of the 30 random chars, base62 (0-9A-Za-z), left-padded to 6
 *  github_oauth/app tokens    gho_/ghs_ | 30 + 6 | base62 | same CRC32 scheme as ghp_
 *  github_fine_grained_pat    github_pat_ | 22 + "_" + 59 | base62 | no checksum claimed
 *  npm_token                  npm_ | 30 + 6 | base62 | CRC32 of the 30 random chars, base62, padded to 6
 *  stripe_secret_key          sk_live_/sk_test_ | 24 (legacy) or 99 | base62 | none
 *  stripe_restricted_key      rk_live_ | 99 | base62 | none
 *  stripe_webhook_secret      whsec_ | 32 | base62 | none
 *  stripe_publishable_key     pk_live_/pk_test_ | 99 | base62 | none (neutral)
 *  shopify_*                  shpat_/shpss_/shpca_/shppa_ | 32 | lowercase hex | none
 *  shopify_storefront_token   (none) | 32 | lowercase hex | none (neutral)
 *  woocommerce_consumer_*     ck_/cs_ | 40 | lowercase hex | none
 *  bigcommerce_access_token   (none) | 31 | [a-z0-9] | none ; client_secret 64 hex
 *  magento_integration_token  (none) | 32 | [a-z0-9] | none ; crypt key 32 hex
 *  paypal_client_secret       (none) | 80 starting "E" | base64url chars | none ; client id 80 starting "A" (neutral)
 *  paypal_nvp_password/sig    (none) | 16 [A-Z0-9] / 56 base62 starting "A" | none
 *  braintree_access_token     access_token$production$ | 16 [a-z0-9] + "$" + 32 hex | none ; private key 32 hex
 *  square_access_token        EAAA | 60 | base64url chars | none ; app secret sq0csp- + 43 ; app id sq0idp- + 22 (neutral)
 *  adyen_api_key              AQE | base64(57 bytes) + "-" + base64(32 bytes) | base64 | none (structure approximate)
 *  adyen_hmac_key             (none) | 64 | uppercase hex | none ; client key live_/test_ + 32 [A-Z0-9] (neutral)
 *  mollie_api_key             live_/test_ | 30 | base62 | none
 *  klarna_api_password        (none) | 16 | base62 | none (context only; username PKnnnnn_hex12 neutral)
 *  razorpay_key_secret        (none) | 24 | base62 | none ; key id rzp_live_/rzp_test_ + 14 base62 (neutral)
 *  hubspot_private_app_token  pat-na1-/pat-eu1- | UUID v4 | hex | none ; legacy hapikey = UUID by context
 *  salesforce_access_token    00D + 12 base62 + "!" + AQ + 94 [A-Za-z0-9.] | none ; refresh 5Aep861 + 80 ; consumer secret 64 uppercase hex ; security token 25 base62
 *  zendesk_api_token          (none) | 40 | base62 | none
 *  intercom_access_token      base64("tok:" + UUID-with-underscores + ":1:0") -> starts "dG9rO" | none
 *  freshdesk_api_key          (none) | 20 | base62 | none
 *  mailchimp_api_key          (none) | 32 hex + "-us" + 1..21 | none ; mandrill md- + 22 base64url
 *  klaviyo_private_key        pk_ | 34 | lowercase hex | none
 *  sendgrid_api_key           SG. | 22 + "." + 43 | base64url | none
 *  postmark_server_token      (none) | UUID | hex | none
 *  mailgun_api_key            key- + 32 hex (legacy) or 32 hex + "-" + 8 hex + "-" + 8 hex ; webhook signing key 32 hex
 *  brevo_api_key/smtp_key     xkeysib-/xsmtpsib- | 64 hex + "-" + 16 base62 | none
 *  twilio_auth_token          (none) | 32 | hex | none ; account SID AC + 32 hex, API key SID SK + 32 hex (neutral) ; API secret 32 base62
 *  vonage_api_secret          (none) | 16 | base62 | none ; api key 8 hex (neutral) ; private key PKCS#8 PEM
 *  slack_webhook_url          https://hooks.slack.com/services/T + 8 [A-Z0-9] /B + 10 [A-Z0-9] / 24 base62
 *  slack_bot_token            xoxb- + 12 digits - 13 digits - 24 base62 | none
 *  discord_webhook_url        https://discord.com/api/webhooks/ + 19 digits / 68 base64url
 *  shippo_api_token           shippo_live_/shippo_test_ | 40 | lowercase hex | none
 *  easypost_api_key           EZAK/EZTK | 54 | lowercase hex | none
 *  shipstation_api_key/secret (none) | 32 | lowercase hex | none
 *  algolia_admin_key          (none) | 32 | lowercase hex | none ; search key same shape (neutral) ; app id 10 [A-Z0-9]
 *  make_api_token             (none) | UUID | none ; make/zapier hook URLs (neutral)
 *  n8n_api_key                JWT HS256 (header.payload.43-char base64url signature) ; n8n encryption key 32 base62
 *  aws_access_key_id          AKIA | 16 | [A-Z2-7] | none ; secret 40 [A-Za-z0-9/+]
 *  meta_access_token          EAAG | 180 | base62 | none
 *  google_api_key             AIza | 35 (we emit Sy + 33) | base64url | none (neutral: Firebase/Maps web keys)
 *  private_key                PEM (RSA / PKCS#8 / EC) with random base64 body (not a valid key structure)
 *  db / app secrets           passwords 18-28 chars of base62 + punctuation; session/jwt secrets hex 64;
 *                             django 50 chars; laravel "base64:" + b64(32 bytes); rails 128 hex; wordpress salt 64 printable
 */
import { createHmac } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "fernhill-goods-r";
const OUT = path.join(HERE, "files");

/* ------------------------------------------------------------------ RNG */
let ctr = 0;
let pool = Buffer.alloc(0);
function rbytes(n) {
  while (pool.length < n) {
    const h = createHmac("sha256", String(SEED)).update(`r:${ctr++}`).digest();
    pool = Buffer.concat([pool, h]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function int(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const x = rbytes(4).readUInt32BE(0);
    if (x < lim) return x % n;
  }
}
const range = (a, b) => a + int(b - a + 1);
const _pick = (arr) => arr[int(arr.length)];

const DIG = "0123456789";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO;
const HEX = `${DIG}abcdef`;
const HEXU = `${DIG}ABCDEF`;
const LALNUM = LO + DIG;
const UALNUM = UP + DIG;
const B64URL = `${UP + LO + DIG}-_`;
const B32 = `${UP}234567`;
const PWCH = `${B62}!#%*-_.+=~^`;

function s(alpha, n) {
  let out = "";
  for (let i = 0; i < n; i++) out += alpha[int(alpha.length)];
  return out;
}
const hex = (n) => s(HEX, n);
const digits = (n) => String(range(1, 9)) + s(DIG, n - 1);
const b64 = (buf) => buf.toString("base64");
const b64url = (buf) => buf.toString("base64url");
function uuid() {
  const h = hex(32).split("");
  h[12] = "4";
  h[16] = "89ab"[int(4)];
  const x = h.join("");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/* ----------------------------------------------------------- checksums */
const CRC_TABLE = (() => {
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
  for (const b of Buffer.from(str, "utf8")) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n) {
  let out = "";
  do {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out;
}
const crcTail = (body) => base62(crc32(body)).padStart(6, "0");
function crcTokenOk(tok) {
  const i = tok.indexOf("_");
  const body = tok.slice(i + 1, -6);
  return crcTail(body) === tok.slice(-6);
}

/* --------------------------------------------------- value generators */
const used = new Set();
function fresh(gen) {
  for (;;) {
    const v = gen();
    if (!used.has(v)) {
      used.add(v);
      return v;
    }
  }
}
const G = {
  ghTok: (p = "ghp") =>
    fresh(() => {
      const b = s(B62, 30);
      return `${p}_${b}${crcTail(b)}`;
    }),
  ghTokBadCrc: (p = "ghp") =>
    fresh(() => {
      const b = s(B62, 30);
      const good = crcTail(b);
      let bad;
      do bad = s(B62, 6);
      while (bad === good);
      return `${p}_${b}${bad}`;
    }),
  ghFine: () => fresh(() => `github_pat_11${s(UALNUM, 20)}_${s(B62, 59)}`),
  npm: () =>
    fresh(() => {
      const b = s(B62, 30);
      return `npm_${b}${crcTail(b)}`;
    }),
  npmBadCrc: () =>
    fresh(() => {
      const b = s(B62, 30);
      const good = crcTail(b);
      let bad;
      do bad = s(B62, 6);
      while (bad === good);
      return `npm_${b}${bad}`;
    }),
  stripe: (p, legacy = false) => fresh(() => `${p}_${legacy ? s(B62, 24) : `51${s(B62, 97)}`}`),
  whsec: () => fresh(() => `whsec_${s(B62, 32)}`),
  shop: (p) => fresh(() => `${p}_${hex(32)}`),
  hex: (n) => fresh(() => hex(n)),
  hexU: (n) => fresh(() => s(HEXU, n)),
  lalnum: (n) => fresh(() => s(LALNUM, n)),
  b62: (n) => fresh(() => s(B62, n)),
  ualnum: (n) => fresh(() => s(UALNUM, n)),
  pw: (n = range(18, 28)) => fresh(() => s(B62, 2) + s(PWCH, n - 4) + s(B62, 2)),
  uuid: () => fresh(uuid),
  woo: (p) => fresh(() => `${p}_${hex(40)}`),
  paypalId: () => fresh(() => `A${s(B64URL, 79)}`),
  paypalSecret: () => fresh(() => `E${s(B64URL, 79)}`),
  braintreeAT: () => fresh(() => `access_token$production$${s(LALNUM, 16)}$${hex(32)}`),
  squareAT: () => fresh(() => `EAAA${s(B64URL, 60)}`),
  squareSecret: () => fresh(() => `sq0csp-${s(B64URL, 43)}`),
  squareAppId: (sandbox = false) => fresh(() => `${sandbox ? "sandbox-sq0idb" : "sq0idp"}-${s(B64URL, 22)}`),
  adyenKey: () => fresh(() => `AQE${b64(rbytes(57))}-${b64(rbytes(32))}`),
  adyenClientKey: (env) => fresh(() => `${env}_${s(UALNUM, 32)}`),
  mollie: (p) => fresh(() => `${p}_${s(B62, 30)}`),
  rzpId: (p) => fresh(() => `rzp_${p}_${s(B62, 14)}`),
  hubspot: (r = "na1") => fresh(() => `pat-${r}-${uuid()}`),
  sfAccess: () => fresh(() => `00D${s(B62, 12)}!AQ${s(`${B62}.`, 94)}`),
  sfRefresh: () => fresh(() => `5Aep861${s(`${B62}.`, 80)}`),
  sfConsumerKey: () => fresh(() => `3MVG9${s(`${B62}._`, 80)}`),
  intercom: () => fresh(() => b64(Buffer.from(`tok:${uuid().replace(/-/g, "_")}:1:0`))),
  mailchimp: () => fresh(() => `${hex(32)}-us${range(1, 21)}`),
  mandrill: () => fresh(() => `md-${s(B64URL, 22)}`),
  klaviyo: () => fresh(() => `pk_${hex(34)}`),
  sendgrid: () => fresh(() => `SG.${s(B64URL, 22)}.${s(B64URL, 43)}`),
  mailgunLegacy: () => fresh(() => `key-${hex(32)}`),
  mailgun: () => fresh(() => `${hex(32)}-${hex(8)}-${hex(8)}`),
  brevo: (p = "xkeysib") => fresh(() => `${p}-${hex(64)}-${s(B62, 16)}`),
  twilioSid: (p = "AC") => fresh(() => `${p}${hex(32)}`),
  slackHook: () =>
    fresh(() => `https://hooks.slack.com/services/T${s(UALNUM, 8)}/B${s(UALNUM, 10)}/${s(B62, 24)}`),
  slackBot: () => fresh(() => `xoxb-${digits(12)}-${digits(13)}-${s(B62, 24)}`),
  discordHook: () => fresh(() => `https://discord.com/api/webhooks/${digits(19)}/${s(B64URL, 68)}`),
  shippo: (p) => fresh(() => `shippo_${p}_${hex(40)}`),
  easypost: (p) => fresh(() => `${p}${hex(54)}`),
  awsId: () => fresh(() => `AKIA${s(B32, 16)}`),
  awsSecret: () => fresh(() => s(`${B62}/+`, 40)),
  meta: () => fresh(() => `EAAG${s(B62, 180)}`),
  google: () => fresh(() => `AIzaSy${s(B64URL, 33)}`),
  sentry: () => fresh(() => `https://${hex(32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`),
  zapierHook: () => fresh(() => `https://hooks.zapier.com/hooks/catch/${digits(7)}/${s(LALNUM, 6)}/`),
  makeHook: () => fresh(() => `https://hook.eu1.make.com/${s(LALNUM, 32)}`),
  django: () => fresh(() => s(`${LALNUM}!@#%^&*(-_=+)`, 50)),
  laravel: () => fresh(() => `base64:${b64(rbytes(32))}`),
  wpSalt: () => fresh(() => s(`${B62}!@#$%^&*()-_[]{}<>~+=,.;:/?|`, 64)),
  jwtN8n: () =>
    fresh(() => {
      const h = b64url(Buffer.from('{"alg":"HS256","typ":"JWT"}'));
      const p = b64url(
        Buffer.from(
          JSON.stringify({ sub: uuid(), iss: "n8n", aud: "public-api", iat: 1712000000 + int(9000000) }),
        ),
      );
      return `${h}.${p}.${s(B64URL, 43)}`;
    }),
  pem: (kind, indent = "") =>
    fresh(() => {
      const spec = {
        RSA: ["RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1588],
        PKCS8: ["PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1620],
        EC: ["EC PRIVATE KEY", "MHcCAQEEI", 164],
      }[kind];
      const body = spec[1] + s(`${UP + LO + DIG}+/`, spec[2] - spec[1].length);
      const lines = body.match(/.{1,64}/g);
      return [`-----BEGIN ${spec[0]}-----`, ...lines, `-----END ${spec[0]}-----`].join(`\n${indent}`);
    }),
};

/* ------------------------------------------------------ file builder */
const labels = [];
const neutrals = [];
const files = new Map();
const pending = new Map();
let markId = 0;
const MARK_RE = /\u27e6(\d+)\u27e7/;

function mark(entry) {
  const id = markId++;
  pending.set(id, entry);
  return `\u27e6${id}\u27e7`;
}
/** positive: a real credential */
const P = (type, secret, note, decoded) => mark({ kind: "pos", type, secret, note, decoded });
/** negative: looks like a credential but is not one */
const N = (type, secret, note) => mark({ kind: "neg", type, secret, note });
/** neutral: public-by-design / debatable */
const U = (type, secret, note) => mark({ kind: "neu", type, secret, note });

function dedent(text) {
  const lines = text.split("\n");
  if (lines.length && lines[0].trim() === "") lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return `${lines.map((l) => l.slice(ind)).join("\n")}\n`;
}

/** Register a file. Markers are resolved in order; line = line where the value starts. */
function add(rel, text, { crlf = false, raw = false } = {}) {
  let src = raw ? text : dedent(text);
  let out = "";
  for (;;) {
    const m = MARK_RE.exec(src);
    if (!m) break;
    out += src.slice(0, m.index);
    const e = pending.get(Number(m[1]));
    pending.delete(Number(m[1]));
    const line = out.split("\n").length;
    const rec = { file: rel, line, type: e.type, secret: e.secret };
    if (e.kind === "neu") {
      if (e.note) rec.note = e.note;
      neutrals.push(rec);
    } else {
      rec.positive = e.kind === "pos";
      if (e.note) rec.note = e.note;
      if (e.decoded !== undefined) rec.decoded = e.decoded;
      labels.push(rec);
    }
    out += e.secret;
    src = src.slice(m.index + m[0].length);
  }
  out += src;
  if (crlf) {
    if (
      /\n/.test(
        labels
          .concat(neutrals)
          .filter((l) => l.file === rel)
          .map((l) => l.secret)
          .join(""),
      )
    ) {
      throw new Error(`multi-line value in CRLF file ${rel}`);
    }
    out = out.replace(/\n/g, "\r\n");
  }
  if (files.has(rel)) throw new Error(`duplicate file ${rel}`);
  files.set(rel, out);
}
const FENCE = "```";
const js = (o) => JSON.stringify(o, null, 2);

/* =================================================================== */
/*                               CONTENT                               */
/* =================================================================== */

const SHOP = "fernhill-goods";
const DOMAIN = "fernhill-goods.com";

/* ----------------------------------------------------------- README */
{
  const sha = hex(40);
  add(
    "README.md",
    `
    # Fernhill Goods - commerce monorepo

    Storefront (Next.js on Shopify Hydrogen APIs), the payments service (Django), the
    WordPress/WooCommerce content site, and the glue that keeps Shopify, HubSpot, Klaviyo
    and the 3PL in sync.

    ## Getting started

    1. Copy \`storefront/.env.example\` to \`storefront/.env.local\` and fill in the values from
       1Password (vault "Fernhill / Engineering").
    2. \`docker compose up -d db redis\`
    3. \`npm ci && npm run dev --workspace storefront\`

    Never commit real keys. Locally you only need **test** keys:

    ${FENCE}bash
    export STRIPE_SECRET_KEY=${N("stripe_secret_key", "sk_test_<your-test-key>", "placeholder")}
    export SHOPIFY_ADMIN_API_TOKEN="${N("shopify_admin_token", "shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder x-run")}"
    ${FENCE}

    ## Staging

    Staging talks to the shared sandbox accounts. Until staging moves to Doppler the EasyPost
    test key is ${P("easypost_api_key", G.easypost("EZTK"), "EasyPost test key pasted into README; grants access to the sandbox account")} (ask in #eng-shipping if it stops working).

    Product image uploads go to S3. The AWS docs example below is what the SDK README shows;
    replace it with the credentials from the \`fernhill-media-uploader\` IAM user:

        AWS_ACCESS_KEY_ID=${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example key")}
        AWS_SECRET_ACCESS_KEY=${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example secret")}

    ## Deploy

    \`main\` is deployed by \`.github/workflows/deploy.yml\`. Last known-good release:
    ${N("git_commit_sha", sha, "commit SHA")} (tag v2.14.3). Roll back with \`./scripts/rollback.sh ${sha.slice(0, 7)}\`.

    ## Integrations

    | System      | Owner      | Where the credentials live            |
    |-------------|------------|----------------------------------------|
    | Shopify     | @marta     | Vercel env, n8n credential "Shopify"  |
    | Stripe      | @jonas     | Vercel env + payments k8s secret      |
    | Klaviyo     | @growth    | Make connection, WordPress options    |
    | ShipStation | @ops       | \`shipping/\` scripts, 1Password        |
  `,
  );
}

/* ------------------------------------------------------- storefront */
add(
  "storefront/.env.example",
  `
  # Copy to .env.local. Real values: 1Password -> "Storefront env".
  NEXT_PUBLIC_SITE_URL=http://localhost:3000
  DATABASE_URL=postgresql://fernhill:${N("postgres_password", "changeme", "placeholder password")}@localhost:5432/fernhill_dev
  REDIS_URL=redis://localhost:6379/0

  STRIPE_SECRET_KEY=${N("stripe_secret_key", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}
  STRIPE_WEBHOOK_SECRET=${N("stripe_webhook_secret", "whsec_...", "placeholder")}
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=

  SHOPIFY_STORE_DOMAIN=${SHOP}.myshopify.com
  SHOPIFY_ADMIN_API_TOKEN=${N("shopify_admin_token", "<your-admin-api-token>", "placeholder")}
  SHOPIFY_API_SECRET=

  ALGOLIA_APP_ID=
  ALGOLIA_ADMIN_KEY=${N("algolia_admin_key", "your-algolia-admin-key", "placeholder")}
  SENDGRID_API_KEY=${N("sendgrid_api_key", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder x-run")}
  SESSION_SECRET=${N("session_secret", "generate-with-openssl-rand-hex-32", "placeholder instruction")}
`,
);

add(
  "storefront/.env.production",
  `
  # Production env - pulled from Vercel by scripts/pull-env.sh. DO NOT COMMIT.
  NODE_ENV=production
  NEXT_PUBLIC_SITE_URL=https://www.${DOMAIN}
  DATABASE_URL=postgresql://storefront:${P("postgres_password", G.pw(24), "password in connection URL")}@db-prod.internal.${DOMAIN}:5432/storefront?sslmode=require
  REDIS_URL=rediss://default:${P("redis_password", G.b62(32), "password in redis URL")}@redis-prod.${DOMAIN}:6380
  STRIPE_SECRET_KEY=${P("stripe_secret_key", G.stripe("sk_live"))}
  STRIPE_WEBHOOK_SECRET=${P("stripe_webhook_secret", G.whsec())}
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${U("stripe_publishable_key", G.stripe("pk_live"), "publishable key, public by design")}
  SHOPIFY_STORE_DOMAIN=${SHOP}.myshopify.com
  SHOPIFY_ADMIN_API_TOKEN=${P("shopify_admin_token", G.shop("shpat"))}
  SHOPIFY_STOREFRONT_TOKEN=${U("shopify_storefront_token", G.hex(32), "Storefront API public token, shipped to browsers")}
  ALGOLIA_APP_ID=${N("algolia_app_id", G.ualnum(10), "application ID, public identifier")}
  ALGOLIA_ADMIN_KEY=${P("algolia_admin_key", G.hex(32), "identified by variable name only")}
  NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${U("algolia_search_key", G.hex(32), "search-only key, public by design")}
  SENDGRID_API_KEY=${P("sendgrid_api_key", G.sendgrid())}
  SESSION_SECRET=${P("session_secret", G.hex(64), "random hex assigned to SESSION_SECRET")}
  NEXT_PUBLIC_SENTRY_DSN=${U("sentry_dsn", G.sentry(), "Sentry DSN, public by design")}
`,
);

add(
  "storefront/src/lib/stripe.ts",
  `
  import Stripe from 'stripe';

  // TODO(payments): remove the fallback once preview deployments get their own env.
  // The restricted key only has write access to PaymentIntents + Refunds.
  const key = process.env.STRIPE_SECRET_KEY ?? '${P("stripe_restricted_key", G.stripe("rk_live"), "hard-coded fallback")}';

  export const stripe = new Stripe(key, {
    apiVersion: '2024-06-20',
    appInfo: { name: 'fernhill-storefront', version: '2.14.3' },
    maxNetworkRetries: 2,
  });

  export const PRICE_IDS = {
    giftCard25: '${N("stripe_price_id", `price_1${G.b62(23)}`, "Stripe object ID, not a secret")}',
    giftCard50: '${N("stripe_price_id", `price_1${G.b62(23)}`, "Stripe object ID, not a secret")}',
  } as const;

  export function idempotencyKey(orderId: string, attempt = 0): string {
    return \`order-\${orderId}-\${attempt}\`;
  }
`,
);

add(
  "storefront/src/app/api/webhooks/stripe/route.ts",
  `
  import { NextResponse } from 'next/server';
  import type Stripe from 'stripe';
  import { stripe } from '@/lib/stripe';
  import { fulfillOrder, markRefunded } from '@/lib/orders';

  const endpointSecret = ${N("stripe_webhook_secret", "process.env.STRIPE_WEBHOOK_SECRET", "env var reference")}!;
  // The Connect endpoint (marketplace sellers) signs with its own secret.
  // FIXME: move to env before the next audit
  const connectEndpointSecret = "${P("stripe_webhook_secret", G.whsec(), "inline in webhook handler")}";

  export async function POST(req: Request) {
    const sig = req.headers.get('stripe-signature') ?? '';
    const body = await req.text();
    const isConnect = req.headers.get('x-fernhill-endpoint') === 'connect';

    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(body, sig, isConnect ? connectEndpointSecret : endpointSecret);
    } catch (err) {
      console.warn('stripe webhook signature failed', (err as Error).message);
      return NextResponse.json({ ok: false }, { status: 400 });
    }

    switch (event.type) {
      case 'checkout.session.completed':
        await fulfillOrder(event.data.object as Stripe.Checkout.Session);
        break;
      case 'charge.refunded':
        await markRefunded(event.data.object as Stripe.Charge);
        break;
      default:
        break;
    }
    return NextResponse.json({ received: true });
  }
`,
);

add(
  "storefront/src/lib/shopify-admin.ts",
  `
  import { createAdminApiClient } from '@shopify/admin-api-client';

  const STORE = process.env.SHOPIFY_STORE_DOMAIN ?? '${SHOP}.myshopify.com';

  // Storefront token is safe to expose (read-only, rate limited per buyer IP).
  export const STOREFRONT_PUBLIC_TOKEN = '${U("shopify_storefront_token", G.hex(32), "Storefront API public access token")}';

  export const admin = createAdminApiClient({
    storeDomain: STORE,
    apiVersion: '2024-04',
    // custom app "Fernhill ops" (Settings > Apps > Develop apps)
    accessToken: process.env.SHOPIFY_ADMIN_API_TOKEN || "${P("shopify_custom_app_token", G.shop("shpca"), "fallback literal in code")}",
  });

  export async function adjustInventory(inventoryItemId: string, locationId: string, delta: number) {
    const { data, errors } = await admin.request(
      \`mutation adjust($input: InventoryAdjustQuantitiesInput!) {
        inventoryAdjustQuantities(input: $input) { userErrors { field message } }
      }\`,
      { variables: { input: { reason: 'correction', name: 'available',
        changes: [{ delta, inventoryItemId, locationId }] } } },
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  }
`,
);

{
  const pkgs = [
    ["next", "14.2.5"],
    ["stripe", "16.2.0"],
    ["@shopify/admin-api-client", "1.0.1"],
  ];
  const lines = [];
  for (const [name, ver] of pkgs) {
    const base = name.split("/").pop();
    lines.push(`    "node_modules/${name}": {`);
    lines.push(`      "version": "${ver}",`);
    lines.push(`      "resolved": "https://registry.npmjs.org/${name}/-/${base}-${ver}.tgz",`);
    lines.push(
      `      "integrity": "${N("npm_integrity_hash", `sha512-${b64(rbytes(64))}`, "lockfile integrity hash")}",`,
    );
    lines.push(`      "license": "MIT"`);
    lines.push(`    },`);
  }
  lines[lines.length - 1] = "    }";
  add(
    "storefront/package-lock.json",
    [
      "{",
      '  "name": "fernhill-storefront",',
      '  "version": "2.14.3",',
      '  "lockfileVersion": 3,',
      '  "requires": true,',
      '  "packages": {',
      '    "": {',
      '      "name": "fernhill-storefront",',
      '      "version": "2.14.3"',
      "    },",
      ...lines,
      "  }",
      "}",
      "",
    ].join("\n"),
    { raw: true },
  );
}

add(
  "storefront/.npmrc",
  `
  @fernhill:registry=https://npm.pkg.github.com
  //npm.pkg.github.com/:_authToken=${P("github_pat", G.ghTok("ghp"), "classic PAT with valid CRC32 checksum in .npmrc")}
  //registry.npmjs.org/:_authToken=${P("npm_token", G.npm(), "npm automation token with valid CRC32 checksum")}
  save-exact=true
  fund=false
`,
);

add(
  "storefront/tests/setup.ts",
  `
  import { beforeAll, vi } from 'vitest';

  // Integration tests hit the Stripe *test* account "Fernhill QA".
  // (Yes, this is a real test-mode key; rotate it if this repo ever goes public.)
  process.env.STRIPE_SECRET_KEY ??= '${P("stripe_secret_key", G.stripe("sk_test"), "real test-mode secret key: grants access to the sandbox account")}';

  // Unit tests never reach Stripe; the docs' sample key is enough for the SDK constructor.
  export const DOCS_SAMPLE_KEY = '${N("stripe_secret_key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe documentation published sample key")}';

  beforeAll(() => {
    vi.stubEnv('SHOPIFY_ADMIN_API_TOKEN', '${N("shopify_admin_token", "shpat_test", "too short, dummy")}');
    vi.stubEnv('SENDGRID_API_KEY', '${N("sendgrid_api_key", "SG.fake.fake", "dummy, wrong length")}');
  });
`,
);

{
  const sigHex = hex(64);
  add(
    "storefront/tests/fixtures/stripe-events.json",
    `${js({
      id: N("stripe_event_id", `evt_1${G.b62(23)}`, "Stripe object ID"),
      object: "event",
      api_version: "2024-06-20",
      created: 1718035200,
      type: "checkout.session.completed",
      livemode: false,
      data: {
        object: {
          id: N(
            "stripe_checkout_session_id",
            `cs_test_a1${G.b62(56)}`,
            "checkout session ID (not a secret, despite the cs_test_ prefix)",
          ),
          object: "checkout.session",
          amount_total: 8400,
          currency: "eur",
          customer: N("stripe_customer_id", `cus_${G.b62(14)}`, "Stripe object ID"),
          payment_intent: `pi_3${G.b62(23)}`,
          metadata: { shopify_order_id: "5518208450741" },
        },
      },
      request: { id: null, idempotency_key: N("uuid", G.uuid(), "idempotency key, random UUID") },
      _test_headers: {
        "stripe-signature": N(
          "stripe_signature",
          `t=1718035200,v1=${sigHex}`,
          "recorded signature header, HMAC output not a key",
        ),
      },
    })}\n`,
    { raw: true },
  );
}
// payment_intent above is built without a marker (nested literal); label it as a negative here.
{
  const f = "storefront/tests/fixtures/stripe-events.json";
  const text = files.get(f);
  const lines = text.split("\n");
  lines.forEach((l, i) => {
    const m = l.match(/"payment_intent": "(pi_3[0-9A-Za-z]+)"/);
    if (m)
      labels.push({
        file: f,
        line: i + 1,
        type: "stripe_payment_intent_id",
        secret: m[1],
        positive: false,
        note: "Stripe object ID",
      });
  });
}

add(
  "storefront/public/checkout.html",
  `
  <!doctype html>
  <html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Checkout - Fernhill Goods</title>
    <script src="https://js.stripe.com/v3/" integrity="${N("sri_hash", `sha384-${b64(rbytes(48))}`, "subresource integrity hash")}" crossorigin="anonymous"></script>
    <script>
      !function(){var analytics=window.analytics=window.analytics||[];if(!analytics.initialize){analytics.invoked=!0;
      analytics.load=function(key){var t=document.createElement("script");t.async=!0;
      t.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";document.head.appendChild(t)};
      analytics.SNIPPET_VERSION="5.2.0";
      analytics.load("${U("segment_write_key", G.b62(32), "Segment write key, public by design")}");}}();
    </script>
    <script src="https://www.paypal.com/sdk/js?client-id=${U("paypal_client_id", G.paypalId(), "PayPal client ID in SDK URL, public")}&currency=EUR&intent=capture"></script>
  </head>
  <body>
    <div id="payment-element"></div>
    <div id="paypal-buttons"></div>
    <script>
      const stripe = Stripe('${U("stripe_publishable_key", G.stripe("pk_live"), "publishable key in browser code")}');
      const elements = stripe.elements({ clientSecret: window.__CHECKOUT__.clientSecret });
      elements.create('payment').mount('#payment-element');
      paypal.Buttons({ createOrder: () => fetch('/api/paypal/order', { method: 'POST' }).then(r => r.json()).then(o => o.id) })
        .render('#paypal-buttons');
    </script>
  </body>
  </html>
`,
);

add(
  "storefront/cypress.env.json",
  `${js({
    baseUrl: "http://localhost:3000",
    paypalSandboxBuyer: {
      email: "sb-buyer-qa@personal.example.com",
      password: P(
        "paypal_sandbox_password",
        G.pw(16),
        "PayPal sandbox buyer account password; sandbox but real login",
      ),
    },
    adminUser: { email: "qa-admin@fernhill-goods.com", password: N("password", "REDACTED", "redacted") },
    stripeTestCard: "4242424242424242",
  })}\n`,
  { raw: true },
);

/* ---------------------------------------------------------- WordPress */
{
  const salts = [
    "AUTH_KEY",
    "SECURE_AUTH_KEY",
    "LOGGED_IN_KEY",
    "NONCE_KEY",
    "AUTH_SALT",
    "SECURE_AUTH_SALT",
    "LOGGED_IN_SALT",
    "NONCE_SALT",
  ];
  const saltLines = salts
    .map(
      (k) =>
        `define( '${k}',${" ".repeat(17 - k.length)}'${P("wordpress_salt", G.wpSalt(), "wp-config authentication key/salt")}' );`,
    )
    .join("\n");
  add(
    "wordpress/wp-config.php",
    `
<?php
/**
 * WordPress configuration for journal.${DOMAIN} (content + WooCommerce gift shop).
 */

// ** Database settings ** //
define( 'DB_NAME', 'fernhill_wp' );
define( 'DB_USER', 'wp_fernhill' );
define( 'DB_PASSWORD', '${P("mysql_password", G.pw(22), "WordPress DB_PASSWORD")}' );
define( 'DB_HOST', 'mysql-prod.internal.${DOMAIN}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * https://api.wordpress.org/secret-key/1.1/salt/
 */
${saltLines}
/**#@-*/

$table_prefix = 'fh_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_REDIS_HOST', 'redis-prod.${DOMAIN}' );
define( 'WP_REDIS_PASSWORD', getenv( 'WP_REDIS_PASSWORD' ) );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    { raw: false },
  );
}

add(
  "wordpress/wp-content/plugins/fernhill-sync/fernhill-sync.php",
  `
  <?php
  /**
   * Plugin Name: Fernhill Sync
   * Description: Pushes WooCommerce gift-shop orders to Shopify and subscribers to Klaviyo.
   * Version:     1.4.2
   * Author:      Fernhill Engineering
   */

  defined( 'ABSPATH' ) || exit;

  const FERNHILL_SYNC_VERSION = '1.4.2';

  // REST credentials of the *Shopify-side* import user in WooCommerce (read/write).
  // Generated under WooCommerce > Settings > Advanced > REST API, key "shopify-bridge".
  const FERNHILL_WC_CONSUMER_KEY    = '${P("woocommerce_consumer_key", G.woo("ck"))}';
  const FERNHILL_WC_CONSUMER_SECRET = '${P("woocommerce_consumer_secret", G.woo("cs"))}';

  function fernhill_sync_defaults() {
  	return array(
  		'klaviyo_private_key' => '',          // set on the settings page
  		'klaviyo_public_key'  => '${N("klaviyo_public_key", G.ualnum(6), "Klaviyo site ID / public key, identifier")}',
  		'klaviyo_list_id'     => '${N("klaviyo_list_id", G.ualnum(6), "list ID")}',
  		'shopify_token'       => '${N("shopify_admin_token", "********", "masked")}',
  	);
  }

  function fernhill_klaviyo_key() {
  	$opts = get_option( 'fernhill_sync', fernhill_sync_defaults() );
  	// Hotfix 2024-05-02: options were wiped by the migration, hard-code until restored.
  	return ! empty( $opts['klaviyo_private_key'] ) ? $opts['klaviyo_private_key'] : '${P("klaviyo_private_key", G.klaviyo(), "hotfix literal in plugin")}';
  }

  add_action( 'woocommerce_order_status_completed', function ( $order_id ) {
  	$order = wc_get_order( $order_id );
  	wp_remote_post( 'https://a.klaviyo.com/api/events/', array(
  		'headers' => array(
  			'Authorization' => 'Klaviyo-API-Key ' . fernhill_klaviyo_key(),
  			'revision'      => '2024-02-15',
  			'Content-Type'  => 'application/json',
  		),
  		'body'    => wp_json_encode( array( 'data' => array( 'type' => 'event', 'attributes' => array(
  			'metric'     => array( 'data' => array( 'type' => 'metric', 'attributes' => array( 'name' => 'Gift Shop Order' ) ) ),
  			'profile'    => array( 'data' => array( 'type' => 'profile', 'attributes' => array( 'email' => $order->get_billing_email() ) ) ),
  			'properties' => array( 'total' => $order->get_total() ),
  		) ) ) ),
  		'timeout' => 8,
  	) );
  } );
`,
);

add(
  "wordpress/wp-content/plugins/fernhill-sync/includes/class-mailchimp.php",
  `
  <?php
  /**
   * Legacy Mailchimp audience sync (kept for the wholesale newsletter).
   */
  class Fernhill_Mailchimp {
  	// Mailchimp Transactional (Mandrill) for B2B receipts
  	const MANDRILL_KEY = '${P("mandrill_api_key", G.mandrill())}';

  	private $api_key;
  	private $server;

  	public function __construct( $api_key = null ) {
  		$this->api_key = $api_key ?: '${P("mailchimp_api_key", G.mailchimp())}';
  		$this->server  = substr( $this->api_key, strpos( $this->api_key, '-' ) + 1 );
  	}

  	public function subscribe( $list_id, $email ) {
  		$url = "https://{$this->server}.api.mailchimp.com/3.0/lists/{$list_id}/members/" . md5( strtolower( $email ) );
  		return wp_remote_request( $url, array(
  			'method'  => 'PUT',
  			'headers' => array( 'Authorization' => 'Basic ' . base64_encode( 'fernhill:' . $this->api_key ) ),
  			'body'    => wp_json_encode( array( 'email_address' => $email, 'status_if_new' => 'subscribed' ) ),
  		) );
  	}
  }

  // Example from the Mailchimp docs: $mc = new Fernhill_Mailchimp( '${N("mailchimp_api_key", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us6", "placeholder from docs")}' );
`,
);

{
  const sv = (raw, m = raw) => `s:${Buffer.byteLength(raw)}:"${m}";`;
  const pk = G.stripe("pk_live"),
    sk = G.stripe("sk_live", true),
    tpk = G.stripe("pk_test"),
    tsk = G.stripe("sk_test", true),
    wh = G.whsec();
  const stripeSettings =
    "a:9:{" +
    sv("enabled") +
    sv("yes") +
    sv("testmode") +
    sv("no") +
    sv("publishable_key") +
    sv(pk, U("stripe_publishable_key", pk, "publishable key in serialized option")) +
    sv("secret_key") +
    sv(sk, P("stripe_secret_key", sk, "inside PHP-serialized wp_options value in SQL dump")) +
    sv("test_publishable_key") +
    sv(tpk, U("stripe_publishable_key", tpk, "publishable test key")) +
    sv("test_secret_key") +
    sv(tsk, P("stripe_secret_key", tsk, "test-mode secret in serialized option; grants sandbox access")) +
    sv("webhook_secret") +
    sv(wh, P("stripe_webhook_secret", wh, "serialized option")) +
    sv("title") +
    sv("Credit Card (Stripe)") +
    sv("capture") +
    sv("yes") +
    "}";
  const ppSecret = G.paypalSecret();
  const ppId = G.paypalId();
  const ppSettings =
    "a:4:{" +
    sv("enabled") +
    sv("yes") +
    sv("client_id") +
    sv(ppId, U("paypal_client_id", ppId, "PayPal REST client ID")) +
    sv("client_secret") +
    sv(ppSecret, P("paypal_client_secret", ppSecret, "serialized option in SQL dump")) +
    sv("sandbox") +
    sv("no") +
    "}";
  const adminHash = `$P$B${s(`./${B62}`, 30)}`;
  add(
    "wordpress/backups/wp_options-2024-05-01.sql",
    `
    -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
    -- Host: mysql-prod.internal.${DOMAIN}    Database: fernhill_wp
    -- ------------------------------------------------------
    /*!40101 SET NAMES utf8mb4 */;

    LOCK TABLES \`fh_options\` WRITE;
    INSERT INTO \`fh_options\` VALUES (1,'siteurl','https://journal.${DOMAIN}','yes'),(2,'home','https://journal.${DOMAIN}','yes'),(3,'blogname','Fernhill Journal','yes');
    INSERT INTO \`fh_options\` VALUES (412,'woocommerce_stripe_settings','${stripeSettings}','yes');
    INSERT INTO \`fh_options\` VALUES (413,'woocommerce_ppcp-gateway_settings','${ppSettings}','yes');
    INSERT INTO \`fh_options\` VALUES (420,'fernhill_sync','a:2:{s:19:"klaviyo_private_key";s:0:"";s:15:"klaviyo_list_id";s:6:"XyZ9Qa";}','yes');
    UNLOCK TABLES;

    LOCK TABLES \`fh_users\` WRITE;
    INSERT INTO \`fh_users\` VALUES (1,'fernhill-admin','${N("password_hash", adminHash, "phpass password hash")}','fernhill-admin','webmaster@${DOMAIN}','','2021-03-02 10:11:12','',0,'Fernhill Admin');
    UNLOCK TABLES;
  `,
  );
}

/* ----------------------------------------------------- Magento / BigC */
add(
  "magento/app/etc/env.php",
  `
  <?php
  return [
      'backend' => [
          'frontName' => 'admin_fh7x2'
      ],
      'crypt' => [
          'key' => '${P("magento_crypt_key", G.hex(32), "Magento encryption key")}'
      ],
      'db' => [
          'table_prefix' => '',
          'connection' => [
              'default' => [
                  'host' => 'magento-db.internal',
                  'dbname' => 'magento',
                  'username' => 'magento',
                  'password' => '${P("mysql_password", G.pw(20), "Magento DB password")}',
                  'model' => 'mysql4',
                  'engineConfig' => '',
                  'initStatements' => 'SET NAMES utf8;',
                  'active' => '1'
              ]
          ]
      ],
      'resource' => [
          'default_setup' => ['connection' => 'default']
      ],
      'x-frame-options' => 'SAMEORIGIN',
      'MAGE_MODE' => 'production',
      'session' => [
          'save' => 'redis',
          'redis' => [
              'host' => 'magento-redis.internal',
              'port' => '6379',
              'password' => '',
              'database' => '2'
          ]
      ],
      'cache_types' => ['config' => 1, 'layout' => 1, 'block_html' => 1, 'full_page' => 1],
      'install' => ['date' => 'Tue, 14 Jun 2022 09:12:44 +0000']
  ];
`,
);

add(
  "magento/scripts/sync_inventory.py",
  `
  #!/usr/bin/env python3
  """Copy stock levels from the EU Magento store into Shopify (nightly cron)."""
  import os
  import requests
  from requests_oauthlib import OAuth1

  MAGENTO_URL = "https://eu-legacy.${DOMAIN}/rest/V1"

  # Integration "shopify-stock-bridge" (System > Extensions > Integrations)
  oauth = OAuth1(
      client_key="${P("magento_consumer_key", G.lalnum(32), "Magento integration consumer key (OAuth1, used with secret)")}",
      client_secret="${P("magento_consumer_secret", G.lalnum(32), "Magento integration consumer secret")}",
      resource_owner_key="${P("magento_integration_token", G.lalnum(32), "Magento integration access token")}",
      resource_owner_secret="${P("magento_integration_token_secret", G.lalnum(32), "Magento access token secret")}",
      signature_method="HMAC-SHA256",
  )

  SHOPIFY_TOKEN = os.environ["SHOPIFY_ADMIN_API_TOKEN"]
  LOCATION_ID = "gid://shopify/Location/${digits(11)}"


  def magento_stock(sku: str) -> int:
      r = requests.get(f"{MAGENTO_URL}/stockItems/{sku}", auth=oauth, timeout=15)
      r.raise_for_status()
      return int(r.json()["qty"])


  if __name__ == "__main__":
      for sku in open("skus.txt").read().split():
          print(sku, magento_stock(sku))
`,
);

add(
  "bigcommerce/config/bigcommerce.yml",
  `
  # BigCommerce wholesale storefront (B2B Edition)
  store:
    hash: ${N("bigcommerce_store_hash", G.lalnum(10), "store hash, public identifier in URLs")}
    api_url: https://api.bigcommerce.com/stores/
    channel_id: 1
  app:
    client_id: ${U("bigcommerce_client_id", G.lalnum(31), "OAuth client ID")}
    client_secret: ${P("bigcommerce_client_secret", G.hex(64), "unquoted YAML value")}
    # store-level API account "erp-sync" (Products: modify, Orders: read-only)
    access_token: "${P("bigcommerce_access_token", G.lalnum(31))}"
  webhooks:
    destination: https://hooks.${DOMAIN}/bigcommerce
    headers:
      X-Fernhill-Webhook-Token: ${P("webhook_shared_secret", G.b62(40), "custom webhook header secret we chose at registration")}
    scopes:
      - store/order/created
      - store/product/inventory/updated
`,
);

/* ---------------------------------------------------------- payments */
{
  const adyenKey = G.adyenKey();
  add(
    "services/payments/payments/settings/production.py",
    `
    """Production settings for the payments service."""
    from .base import *  # noqa: F401,F403
    import os

    DEBUG = False
    ALLOWED_HOSTS = ["payments.internal.${DOMAIN}", "pay.${DOMAIN}"]
    SECRET_KEY = '${P("django_secret_key", G.django())}'

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "payments",
            "USER": "payments_app",
            "PASSWORD": os.environ.get("PAYMENTS_DB_PASSWORD", "${P("postgres_password", G.pw(24), "default value of os.environ.get")}"),
            "HOST": "db-prod.internal.${DOMAIN}",
            "PORT": 5432,
        }
    }

    PAYPAL = {
        "mode": "live",
        "client_id": "${U("paypal_client_id", G.paypalId(), "PayPal REST client ID")}",
        "client_secret": "${P("paypal_client_secret", G.paypalSecret())}",
    }

    BRAINTREE = {
        "environment": "production",
        "merchant_id": "${N("braintree_merchant_id", G.lalnum(16), "merchant ID, identifier")}",
        "public_key": "${U("braintree_public_key", G.lalnum(16), "Braintree public key (API username)")}",
        "private_key": "${P("braintree_private_key", G.hex(32))}",
    }

    ADYEN = {
        "environment": "LIVE",
        "live_endpoint_prefix": "a1b2c3d4e5f6a7b8-FernhillGoods",
        "merchant_account": "FernhillGoodsECOM",
        "api_key": "${P("adyen_api_key", adyenKey)}",
        "client_key": "${U("adyen_client_key", G.adyenClientKey("live"), "Adyen client key, used in browser")}",
        "hmac_key": "${P("adyen_hmac_key", G.hexU(64), "webhook HMAC key")}",
    }

    STRIPE_API_KEY = os.environ["STRIPE_SECRET_KEY"]
    SENTRY_DSN = "${U("sentry_dsn", G.sentry(), "Sentry DSN")}"
  `,
  );
}

add(
  "services/payments/payments/settings/test.py",
  `
  """Settings for pytest. Nothing here may point at a live account."""
  from .base import *  # noqa: F401,F403

  SECRET_KEY = "${N("django_secret_key", "django-insecure-test-key-not-for-production", "explicit insecure test key")}"
  PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

  PAYPAL = {"mode": "sandbox", "client_id": "test", "client_secret": "${N("paypal_client_secret", "test", "too short, dummy")}"}
  BRAINTREE = {
      "environment": "sandbox",
      "merchant_id": "${N("braintree_merchant_id", "your_merchant_id", "placeholder")}",
      "public_key": "your_public_key",
      "private_key": "${N("braintree_private_key", "your_private_key", "placeholder")}",
  }
  ADYEN = {
      "environment": "TEST",
      "api_key": "${N("adyen_api_key", "ADYEN_API_KEY", "env-var name used as placeholder")}",
      "hmac_key": "${N("adyen_hmac_key", "0000000000000000000000000000000000000000000000000000000000000000", "all-zero dummy")}",
  }
`,
);

add(
  "services/payments/payments/providers/adyen_webhook.py",
  `
  import base64
  import hashlib
  import hmac
  import os

  from django.http import HttpResponse, JsonResponse
  from django.views.decorators.csrf import csrf_exempt

  HMAC_KEY = ${N("adyen_hmac_key", 'os.environ["ADYEN_HMAC_KEY"]', "env var reference")}

  SIGNED_FIELDS = ("pspReference", "originalReference", "merchantAccountCode",
                   "merchantReference", "value", "currency", "eventCode", "success")


  def _payload(item: dict) -> str:
      amount = item.get("amount", {})
      values = [item.get("pspReference", ""), item.get("originalReference", ""),
                item.get("merchantAccountCode", ""), item.get("merchantReference", ""),
                str(amount.get("value", "")), amount.get("currency", ""),
                item.get("eventCode", ""), item.get("success", "")]
      return ":".join(values)


  def is_valid(item: dict) -> bool:
      key = bytes.fromhex(HMAC_KEY)
      expected = base64.b64encode(hmac.new(key, _payload(item).encode(), hashlib.sha256).digest()).decode()
      return hmac.compare_digest(expected, item["additionalData"]["hmacSignature"])


  # Recorded notification used by tests/test_adyen.py (signature computed with the test HMAC key)
  SAMPLE_SIGNATURE = "${N("hmac_signature", b64(rbytes(32)), "HMAC-SHA256 output, not a key")}"
  SAMPLE_PSP_REFERENCE = "${N("adyen_psp_reference", digits(16), "payment reference")}"


  @csrf_exempt
  def notifications(request):
      import json
      body = json.loads(request.body)
      for wrapper in body.get("notificationItems", []):
          if not is_valid(wrapper["NotificationRequestItem"]):
              return HttpResponse(status=401)
      return JsonResponse({"notificationResponse": "[accepted]"})
`,
);

add(
  "services/payments/app/square_client.rb",
  `
  # frozen_string_literal: true

  require 'square'

  module Payments
    # Square is used for the pop-up shop POS terminals.
    class SquareClient
      LOCATION_ID = '${N("square_location_id", `L${G.ualnum(12)}`, "location ID")}'
      APPLICATION_ID = '${U("square_application_id", G.squareAppId(), "Square application ID, public")}'

      def initialize(access_token: ENV.fetch('SQUARE_ACCESS_TOKEN') { '${P("square_access_token", G.squareAT(), "default block of ENV.fetch")}' })
        @client = Square::Client.new(access_token: access_token, environment: 'production')
      end

      def oauth_client
        # OAuth app secret for the marketplace connector (renew_token flow)
        @oauth_client ||= Square::Client.new(environment: 'production').o_auth.tap do |c|
          c.instance_variable_set(:@client_secret, '${P("square_app_secret", G.squareSecret())}')
        end
      end

      def charge(amount_cents:, source_id:, idempotency_key: SecureRandom.uuid)
        @client.payments.create_payment(body: {
          source_id: source_id,
          idempotency_key: idempotency_key,
          amount_money: { amount: amount_cents, currency: 'EUR' },
          location_id: LOCATION_ID
        })
      end
    end
  end
`,
);

add(
  "services/payments/config/services.php",
  `
  <?php

  return [
      // Laravel side-service for NL/BE/IN checkout (Mollie, Klarna, Razorpay).

      'mollie' => [
          'key' => env('MOLLIE_KEY', '${P("mollie_api_key", G.mollie("live"), "default of env()")}'),
          'webhook_url' => 'https://pay.${DOMAIN}/webhooks/mollie',
      ],

      'klarna' => [
          'region' => 'eu',
          'username' => '${U("klarna_api_username", `PK${digits(5)}_${G.hex(12)}`, "Klarna API username (UID), identifier")}',
          'password' => '${P("klarna_api_password", G.b62(16), "Klarna API password / shared secret, context only")}',
          'test_mode' => false,
      ],

      'razorpay' => [
          'key_id' => '${U("razorpay_key_id", G.rzpId("live"), "Razorpay key ID, sent to Checkout.js")}',
          'key_secret' => env('RAZORPAY_KEY_SECRET'),
          'webhook_secret' => '${N("razorpay_webhook_secret", "{{RAZORPAY_WEBHOOK_SECRET}}", "template placeholder")}',
      ],

      'postmark' => [
          'token' => env('POSTMARK_TOKEN'),
      ],
  ];
`,
);

add(
  "services/payments/.env",
  `
  APP_NAME="Fernhill Pay"
  APP_ENV=production
  APP_KEY=${P("laravel_app_key", G.laravel())}
  APP_DEBUG=false
  APP_URL=https://pay.${DOMAIN}

  DB_CONNECTION=mysql
  DB_HOST=mysql-prod.internal.${DOMAIN}
  DB_PORT=3306
  DB_DATABASE=pay
  DB_USERNAME=pay
  DB_PASSWORD="${P("mysql_password", G.pw(18), "quoted .env value")}"

  MAIL_MAILER=postmark
  POSTMARK_TOKEN=${P("postmark_server_token", G.uuid(), "Postmark server token (UUID) by context")}

  MOLLIE_KEY=${P("mollie_api_key", G.mollie("test"), "Mollie test key; grants access to test-mode data of the account")}
  # organization access token for cross-profile refunds (refunds.write, payments.read)
  MOLLIE_ACCESS_TOKEN=${P(
    "mollie_access_token",
    fresh(() => `access_${s(B62, 40)}`),
  )}
  RAZORPAY_KEY_ID=${U("razorpay_key_id", G.rzpId("test"), "Razorpay key ID")}
  RAZORPAY_KEY_SECRET=${P("razorpay_key_secret", G.b62(24), "Razorpay secret, context only")}

  QUEUE_CONNECTION=redis
  REDIS_PASSWORD=null
`,
);

add(
  "services/payments/tests/test_braintree_sandbox.py",
  `
  import braintree
  import pytest

  # Shared Braintree *sandbox* merchant "fernhill-qa". Sandbox, but the credentials are real.
  gateway = braintree.BraintreeGateway(
      braintree.Configuration(
          environment=braintree.Environment.Sandbox,
          merchant_id="${N("braintree_merchant_id", G.lalnum(16), "merchant ID")}",
          public_key="${U("braintree_public_key", G.lalnum(16), "Braintree public key (API username)")}",
          private_key="${P("braintree_private_key", G.hex(32), "sandbox private key; real sandbox access")}",
      )
  )

  # Access-token style credentials for the PayPal-via-Braintree flow (production merchant!)
  PP_GATEWAY = braintree.BraintreeGateway(access_token="${P("braintree_access_token", G.braintreeAT())}")


  @pytest.mark.integration
  def test_sale_with_nonce():
      result = gateway.transaction.sale({"amount": "10.00", "payment_method_nonce": "fake-valid-nonce",
                                         "options": {"submit_for_settlement": True}})
      assert result.is_success
`,
);

/* ------------------------------------------------------------ legacy */
add(
  "legacy/wholesale/checkout.php",
  `
  <?php
  // Legacy PayPal Express Checkout (NVP) - wholesale portal only. Scheduled for removal Q3.
  define('PAYPAL_API_USERNAME',  'payments_api1.${DOMAIN}');
  define('PAYPAL_API_PASSWORD',  '${P("paypal_nvp_password", G.ualnum(16), "classic NVP API password")}');
  define('PAYPAL_API_SIGNATURE', '${P(
    "paypal_nvp_signature",
    fresh(() => `A${s(B62, 55)}`),
    "classic NVP API signature",
  )}');
  define('PAYPAL_API_ENDPOINT',  'https://api-3t.paypal.com/nvp');
  define('PAYPAL_VERSION',       '204.0');

  function paypal_nvp($method, array $fields) {
      $fields = array_merge($fields, array(
          'METHOD'    => $method,
          'VERSION'   => PAYPAL_VERSION,
          'USER'      => PAYPAL_API_USERNAME,
          'PWD'       => PAYPAL_API_PASSWORD,
          'SIGNATURE' => PAYPAL_API_SIGNATURE,
      ));
      $ch = curl_init(PAYPAL_API_ENDPOINT);
      curl_setopt($ch, CURLOPT_POST, true);
      curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($fields));
      curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
      parse_str(curl_exec($ch), $resp);
      return $resp;
  }
`,
  { crlf: true },
);

add(
  "legacy/wholesale/config.ini",
  `
  ; wholesale portal configuration (Windows IIS box, do not convert line endings)
  [database]
  server = WHOLESALE-SQL01
  database = Wholesale
  user = wholesale_web
  password = ${P("mssql_password", G.pw(20), "INI value, unquoted")}

  [shipstation]
  api_key = ${P("shipstation_api_key", G.hex(32), "ShipStation API key, used as basic-auth user with the secret")}
  api_secret = ${P("shipstation_api_secret", G.hex(32))}

  [smtp]
  host = smtp-relay.brevo.com
  port = 587
  login = ops@${DOMAIN}
  password = ${P("brevo_smtp_key", G.brevo("xsmtpsib"))}
`,
  { crlf: true },
);

add(
  "tools/Export-ShopifyOrders.ps1",
  `
  <#
    .SYNOPSIS
    Exports yesterday's Shopify orders to CSV for the accounting team.
  #>
  param(
      [string]$Shop = "${SHOP}.myshopify.com",
      [string]$OutDir = "\\\\fileserver\\finance\\shopify"
  )

  $token = $env:SHOPIFY_ADMIN_API_TOKEN
  if (-not $token) {
      # finance laptop has no env var; token of the private app "Accounting export"
      $token = "${P("shopify_private_app_token", G.shop("shppa"), "PowerShell fallback, CRLF file")}"
  }

  $since = (Get-Date).AddDays(-1).ToString("yyyy-MM-ddT00:00:00Z")
  $headers = @{ "X-Shopify-Access-Token" = $token }
  $uri = "https://$Shop/admin/api/2024-04/orders.json?status=any&created_at_min=$since&limit=250"
  $orders = (Invoke-RestMethod -Uri $uri -Headers $headers).orders
  $orders | Select-Object id, name, total_price, currency, financial_status |
      Export-Csv -Path (Join-Path $OutDir "orders-$((Get-Date).ToString('yyyyMMdd')).csv") -NoTypeInformation
`,
  { crlf: true },
);

/* --------------------------------------------------------------- CRM */
add(
  "crm/hubspot/sync-contacts.js",
  `
  // Nightly: upsert Shopify customers as HubSpot contacts.
  const { Client } = require('@hubspot/api-client');
  const { listCustomersSince } = require('../../storefront/src/lib/shopify-admin');

  const hubspot = new Client({
    accessToken: process.env.HUBSPOT_TOKEN || '${P("hubspot_private_app_token", G.hubspot("eu1"))}',
  });
  const PORTAL_ID = ${N("hubspot_portal_id", digits(8), "portal (account) ID")};

  async function main() {
    const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
    for await (const c of listCustomersSince(since)) {
      await hubspot.crm.contacts.basicApi.create({
        properties: { email: c.email, firstname: c.first_name, lastname: c.last_name, lifecyclestage: 'customer' },
      }).catch((e) => console.warn('hubspot', PORTAL_ID, e.code));
    }
  }

  main();
`,
);

add(
  "crm/hubspot/legacy_forms.php",
  `
  <?php
  // Old WordPress form -> HubSpot bridge. Uses the legacy hapikey query parameter.
  // TODO: confirm with @growth whether the portal still accepts it, then delete.
  $hapikey = '${P("hubspot_api_key", G.uuid(), "legacy HubSpot API key (UUID), identified by context")}';
  $form_guid = '${N("uuid", G.uuid(), "HubSpot form GUID, identifier")}';

  $url = "https://api.hubapi.com/contacts/v1/contact/createOrUpdate/email/" . urlencode($_POST['email']) . "/?hapikey=" . $hapikey;
  wp_remote_post($url, array('body' => wp_json_encode(array('properties' => array(
      array('property' => 'source_form', 'value' => $form_guid),
  )))));
`,
);

add(
  "crm/salesforce/sfdx-auth.json",
  `${js({
    accessToken: P("salesforce_access_token", G.sfAccess(), "session ID / access token"),
    instanceUrl: "https://fernhill.my.salesforce.com",
    orgId: N("salesforce_org_id", `00D${G.b62(15)}`, "18-char org ID"),
    username: "integration@fernhill.com.prod",
    loginUrl: "https://login.salesforce.com",
    clientId: U("salesforce_consumer_key", G.sfConsumerKey(), "connected app consumer key (client ID)"),
    refreshToken: P("salesforce_refresh_token", G.sfRefresh()),
    isDevHub: false,
    instanceApiVersion: "60.0",
  })}\n`,
  { raw: true },
);

add(
  "crm/salesforce/sf_sync.py",
  `
  from simple_salesforce import Salesforce

  # Connected app "Shop Sync" (Setup > App Manager)
  SF_CONSUMER_SECRET = "${P("salesforce_consumer_secret", G.hexU(64))}"

  sf = Salesforce(
      username="integration@fernhill.com.prod",
      password="${P("salesforce_password", G.pw(16), "Salesforce integration user password")}",
      security_token="${P("salesforce_security_token", G.b62(25))}",
      client_id="ShopSync",
  )


  def push_order(order):
      sf.Order__c.upsert(f"Shopify_Id__c/{order['id']}", {
          "Name": order["name"],
          "Total__c": float(order["total_price"]),
      })
`,
);

{
  const tok = G.b62(40);
  const enc = b64(Buffer.from(`returns@${DOMAIN}/token:${tok}`));
  add(
    "support/zendesk/returns-bot.http",
    `
    ### Returns bot - Zendesk (REST Client / IntelliJ HTTP file)
    @host = https://fernhillgoods.zendesk.com

    ### list open return tickets
    GET {{host}}/api/v2/search.json?query=type:ticket status:open tags:return
    Authorization: Basic ${P("zendesk_api_token", enc, 'base64 of "email/token:TOKEN" in Basic auth header', tok)}
    Accept: application/json

    ### same, with the env variable
    GET {{host}}/api/v2/tickets/recent.json
    Authorization: Basic ${N("zendesk_api_token", "{{zendesk_basic}}", "template variable")}
  `,
  );
}

add(
  "support/intercom/messenger.js",
  `
  // Intercom: identify logged-in shoppers + server-side user sync.
  import Intercom from 'intercom-client';

  export const INTERCOM_APP_ID = '${N("intercom_app_id", G.lalnum(8), "workspace app ID, public")}';

  const client = new Intercom.Client({
    tokenAuth: { token: '${P("intercom_access_token", G.intercom(), 'base64 "tok:..." access token')}' },
  });

  export async function upsertShopper(customer) {
    return client.contacts.createUser({
      externalId: String(customer.id),
      email: customer.email,
      name: \`\${customer.first_name} \${customer.last_name}\`,
      customAttributes: { lifetime_value: customer.total_spent },
    });
  }
`,
);

add(
  "support/freshdesk/export-tickets.sh",
  `
  #!/usr/bin/env bash
  # Dump Freshdesk tickets for the quarterly CX review.
  set -euo pipefail

  FD_DOMAIN=fernhill.freshdesk.com
  FD_KEY=\${FRESHDESK_API_KEY:-${P("freshdesk_api_key", G.b62(20), "default in shell parameter expansion")}}

  page=1
  while :; do
    out=$(curl -sf -u "$FD_KEY:X" "https://$FD_DOMAIN/api/v2/tickets?per_page=100&page=$page&include=requester")
    [ "$(echo "$out" | jq length)" -eq 0 ] && break
    echo "$out" | jq -c '.[]' >> tickets.ndjson
    page=$((page + 1))
  done

  # old key (revoked 2024-02): ${N("freshdesk_api_key", "XXXXXXXXXXXXXXXXXXXX", "masked x-run")}
`,
);

/* --------------------------------------------------------- marketing */
add(
  "marketing/klaviyo/flows.py",
  `
  """Back-in-stock + browse-abandonment flow helpers (Klaviyo API, revision 2024-02-15)."""
  import os
  import requests

  KLAVIYO_PUBLIC_KEY = "${N("klaviyo_public_key", G.ualnum(6), "public site ID")}"
  KLAVIYO_PRIVATE_KEY = os.getenv("KLAVIYO_PRIVATE_KEY", "")
  HEADERS = {
      "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
      "revision": "2024-02-15",
      "accept": "application/json",
  }

  # Read-only key for the BI export job (Klaviyo > Settings > API keys > "bi-export")
  BI_KEY = "${P("klaviyo_private_key", G.klaviyo(), "read-only private key; still a secret")}"


  def subscribe_back_in_stock(email: str, variant_id: str) -> None:
      requests.post("https://a.klaviyo.com/api/back-in-stock-subscriptions/", headers=HEADERS, json={
          "data": {"type": "back-in-stock-subscription",
                   "attributes": {"profile": {"data": {"type": "profile", "attributes": {"email": email}}},
                                  "channels": ["EMAIL"]},
                   "relationships": {"variant": {"data": {"type": "catalog-variant",
                                                          "id": f"$shopify:::$default:::{variant_id}"}}}}
      }, timeout=10).raise_for_status()
`,
);

add(
  "marketing/email/postmark_mailer.rb",
  `
  require 'postmark'

  module Mailers
    # Transactional mail (order confirmation, shipping updates).
    class PostmarkMailer
      SERVER_TOKEN = ENV['POSTMARK_SERVER_TOKEN'] || '${P("postmark_server_token", G.uuid(), "fallback literal")}'
      # Postmark's documented test token: accepted by the API, never delivers.
      TEST_TOKEN = '${N("postmark_server_token", "POSTMARK_API_TEST", "Postmark documented test token")}'

      def self.client(test: false)
        Postmark::ApiClient.new(test ? TEST_TOKEN : SERVER_TOKEN)
      end

      def self.order_confirmation(order, test: false)
        client(test: test).deliver_with_template(
          from: 'orders@${DOMAIN}',
          to: order.email,
          template_alias: 'order-confirmation',
          template_model: { order_name: order.name, total: order.total_price }
        )
      end
    end
  end
`,
);

add(
  "marketing/email/mailgun/client.go",
  `
  package mailgun

  import (
  	"context"
  	"os"
  	"time"

  	"github.com/mailgun/mailgun-go/v4"
  )

  const domain = "mg.${DOMAIN}"

  // apiKey is used by the wholesale newsletter worker.
  var apiKey = envOr("MAILGUN_API_KEY", "${P("mailgun_api_key", G.mailgun(), "new-style Mailgun key as Go default")}")

  // webhookSigningKey verifies Mailgun event webhooks (bounces, complaints).
  const webhookSigningKey = "${P("mailgun_webhook_signing_key", G.hex(32), "context only: 32 hex")}"

  // Legacy account (EU region) still used for the archive domain.
  var legacyKey = "${P("mailgun_api_key", G.mailgunLegacy(), "legacy key- format")}"

  func envOr(k, def string) string {
  	if v := os.Getenv(k); v != "" {
  		return v
  	}
  	return def
  }

  func Send(ctx context.Context, to, subject, body string) error {
  	mg := mailgun.NewMailgun(domain, apiKey)
  	mg.SetAPIBase(mailgun.APIBaseEU)
  	m := mg.NewMessage("Fernhill Goods <hello@${DOMAIN}>", subject, body, to)
  	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
  	defer cancel()
  	_, _, err := mg.Send(ctx, m)
  	return err
  }

  var _ = legacyKey
  var _ = webhookSigningKey
`,
);

add(
  "marketing/brevo/contacts_import.py",
  `
  import sib_api_v3_sdk
  from sib_api_v3_sdk.rest import ApiException

  configuration = sib_api_v3_sdk.Configuration()
  configuration.api_key['api-key'] = '${P("brevo_api_key", G.brevo())}'
  # configuration.api_key['api-key'] = '${N("brevo_api_key", "xkeysib-****************", "masked")}'   # staging

  api = sib_api_v3_sdk.ContactsApi(sib_api_v3_sdk.ApiClient(configuration))


  def import_csv(url: str, list_id: int) -> None:
      try:
          api.import_contacts(sib_api_v3_sdk.RequestContactImport(file_url=url, list_ids=[list_id],
                                                                  update_existing_contacts=True))
      except ApiException as e:
          print("brevo import failed:", e.status)
`,
);

add(
  "marketing/meta/capi.ts",
  `
  // Meta Conversions API - server-side Purchase events.
  import crypto from 'node:crypto';

  const PIXEL_ID = '${N("meta_pixel_id", digits(16), "pixel ID, public")}';
  const ACCESS_TOKEN =
    '${P("meta_access_token", G.meta(), "system-user token split over a line break from its name")}';

  const sha256 = (v: string) => crypto.createHash('sha256').update(v.trim().toLowerCase()).digest('hex');

  export async function sendPurchase(order: { id: string; email: string; total: number; currency: string }) {
    const body = {
      data: [{
        event_name: 'Purchase',
        event_time: Math.floor(Date.now() / 1000),
        event_id: order.id,
        action_source: 'website',
        user_data: { em: [sha256(order.email)] },
        custom_data: { value: order.total, currency: order.currency },
      }],
    };
    const res = await fetch(\`https://graph.facebook.com/v19.0/\${PIXEL_ID}/events?access_token=\${ACCESS_TOKEN}\`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(\`capi \${res.status}\`);
  }
`,
);

/* -------------------------------------------------------- messaging */
add(
  "notifications/sms/twilio_sms.py",
  `
  """Shipping SMS via Twilio Messaging Service."""
  from twilio.rest import Client

  ACCOUNT_SID = "${U("twilio_account_sid", G.twilioSid("AC"), "account SID, identifier")}"
  AUTH_TOKEN = "${P("twilio_auth_token", G.hex(32), "context only: 32 hex next to account SID")}"
  MESSAGING_SERVICE_SID = "${N("twilio_messaging_service_sid", G.twilioSid("MG"), "service SID, identifier")}"

  # API key for the ops dashboard (preferred over the auth token)
  API_KEY_SID = "${U("twilio_api_key_sid", G.twilioSid("SK"), "API key SID, identifier paired with a secret")}"
  API_KEY_SECRET = "${P("twilio_api_secret", G.b62(32))}"

  client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)


  def notify_shipped(phone: str, order_name: str, tracking_url: str) -> str:
      msg = client.messages.create(
          messaging_service_sid=MESSAGING_SERVICE_SID,
          to=phone,
          body=f"Fernhill Goods: order {order_name} is on its way! {tracking_url}",
      )
      return msg.sid
`,
);

add(
  "notifications/sms/vonage.ts",
  `
  import { Vonage } from '@vonage/server-sdk';
  import { Auth } from '@vonage/auth';

  // Vonage (ex-Nexmo) is the fallback SMS route for UK numbers.
  const auth = new Auth({
    apiKey: '${U("vonage_api_key", G.hex(8), "Vonage API key, identifier")}',
    apiSecret: '${P("vonage_api_secret", G.b62(16))}',
    applicationId: '${N("uuid", G.uuid(), "application ID")}',
    privateKey: \`${P("private_key", G.pem("PKCS8"), "Vonage application private key in a template literal (multi-line)")}\`,
  });

  export const vonage = new Vonage(auth);

  export async function sendSms(to: string, text: string) {
    return vonage.sms.send({ to, from: 'Fernhill', text });
  }
`,
);

add(
  "notifications/alerts.yml",
  `
  # Routing for ops alerts (read by notifications/router.py)
  defaults:
    timeout_seconds: 5
    retry: 2

  routes:
    orders_failed:
      slack:
        webhook: ${P("slack_webhook_url", G.slackHook(), "unquoted YAML")}
        channel: "#ops-orders"
    payouts:
      slack:
        webhook: "${P("slack_webhook_url", G.slackHook())}"
        channel: "#finance-alerts"
    community:
      discord:
        webhook_url: '${P("discord_webhook_url", G.discordHook())}'
    marketing_digest:
      slack:
        # posted by the bot user so we can thread replies
        bot_token: ${P("slack_bot_token", G.slackBot())}
        channel: C${G.ualnum(10)}
    staging:
      slack:
        webhook: \${STAGING_SLACK_WEBHOOK}
        example: "${N("slack_webhook_url", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "Slack docs example")}"
`,
);

/* --------------------------------------------------------- shipping */
add(
  "shipping/shippo_labels.py",
  `
  import shippo
  from shippo.models import components

  LIVE = True
  # Shippo: live token for label purchase; test token for the QA script below.
  SHIPPO_LIVE_TOKEN = '${P("shippo_api_token", G.shippo("live"))}'
  SHIPPO_TEST_TOKEN = '${P("shippo_api_token", G.shippo("test"), "test token; grants access to the test account")}'

  client = shippo.Shippo(api_key_header=SHIPPO_LIVE_TOKEN if LIVE else SHIPPO_TEST_TOKEN)

  WAREHOUSE = components.AddressCreateRequest(
      name="Fernhill Goods Fulfilment", street1="Industrieweg 14", city="Utrecht",
      zip="3542 AD", country="NL", email="warehouse@${DOMAIN}",
  )


  def buy_label(rate_id: str):
      return client.transactions.create(components.TransactionCreateRequest(rate=rate_id, label_file_type="PDF_4x6"))
`,
);

add(
  "shipping/easypost/returns.rb",
  `
  require 'easypost'

  # Returns portal: generate prepaid return labels.
  class ReturnLabels
    def initialize(mode = :production)
      key = if mode == :production
              ENV.fetch('EASYPOST_API_KEY', '${P("easypost_api_key", G.easypost("EZAK"))}')
            else
              '${N("easypost_api_key", `EZTK${"x".repeat(54)}`, "placeholder x-run")}'
            end
      @client = EasyPost::Client.new(api_key: key)
    end

    def create(order)
      @client.shipment.create(
        to_address: { name: 'Fernhill Returns', street1: 'Industrieweg 14', city: 'Utrecht', zip: '3542 AD', country: 'NL' },
        from_address: order.shipping_address,
        parcel: { weight: order.weight_oz },
        is_return: true
      )
    end
  end
`,
);

/* ----------------------------------------------------------- search */
add(
  "search/algolia-reindex.mjs",
  `
  #!/usr/bin/env node
  // Full product reindex: Shopify -> Algolia. Run from CI nightly or by hand.
  import algoliasearch from 'algoliasearch';

  const APP_ID = '${N("algolia_app_id", G.ualnum(10), "application ID")}';
  // Admin key (addObject/deleteIndex). Search-only key lives in the theme.
  const ADMIN_API_KEY = process.argv[2] ?? '${P("algolia_admin_key", G.hex(32), "admin key, context only")}';
  const SEARCH_ONLY_KEY = '${U("algolia_search_key", G.hex(32), "search-only key, public")}';

  const client = algoliasearch(APP_ID, ADMIN_API_KEY);
  const index = client.initIndex('products_prod');

  const products = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('products.json', 'utf8')));
  await index.replaceAllObjects(products.map((p) => ({ objectID: p.id, ...p })), { safe: true });
  console.log(\`reindexed \${products.length} products (search key \${SEARCH_ONLY_KEY.slice(0, 4)}...)\`);
`,
);

/* ------------------------------------------------------- automation */
{
  const hook = G.zapierHook();
  add(
    "automation/zapier/zapfile.json",
    `${js({
      metadata: { version: 2, exported_at: "2024-04-18T08:31:55Z", account_id: 8812331 },
      zaps: [
        {
          id: 231877412,
          title: "New Shopify order -> Mailchimp tag + Slack",
          status: "on",
          nodes: {
            1: {
              type_of: "read",
              app: "ShopifyCLIAPI",
              action: "new_order",
              authentication_id: 48120771,
              params: { status: "any" },
            },
            2: {
              type_of: "write",
              app: "WebHookCLIAPI",
              action: "custom_request",
              authentication_id: null,
              params: {
                method: "POST",
                url: "https://us14.api.mailchimp.com/3.0/lists/5c3a9e2f1b/members/{{1__customer__email_md5}}/tags",
                headers: {
                  Authorization: `apikey ${P("mailchimp_api_key", G.mailchimp(), "inline in Zapier webhook step header")}`,
                },
                data: '{"tags":[{"name":"customer","status":"active"}]}',
              },
            },
            3: {
              type_of: "write",
              app: "SlackCLIAPI",
              action: "channel_message",
              authentication_id: 48120903,
              params: { channel: "C04QW7Y2HJK", text: "New order {{1__name}}" },
            },
          },
        },
        {
          id: 231877590,
          title: "Catch returns form -> Zendesk",
          status: "on",
          nodes: {
            1: {
              type_of: "read",
              app: "WebHookCLIAPI",
              action: "hook_v2",
              params: {
                hook_url: U("zapier_webhook_url", hook, "catch hook URL; unauthenticated trigger, debatable"),
              },
            },
            2: {
              type_of: "write",
              app: "ZendeskCLIAPI",
              action: "ticket",
              authentication_id: 48121002,
              params: {
                subject: "Return {{1__order}}",
                api_token: N("zendesk_api_token", "**********", "masked by Zapier export"),
              },
            },
          },
        },
      ],
    })}\n`,
    { raw: true },
  );
}

add(
  "automation/make/abandoned-cart.blueprint.json",
  `${js({
    name: "Abandoned cart -> Klaviyo event",
    flow: [
      {
        id: 1,
        module: "gateway:CustomWebHook",
        version: 1,
        parameters: { hook: 1180442, maxResults: 1 },
        mapper: {},
        metadata: {
          designer: { x: 0, y: 0 },
          restore: {
            parameters: { hook: { label: "shopify-checkout-abandoned", data: { editable: "true" } } },
          },
        },
      },
      {
        id: 2,
        module: "http:ActionSendData",
        version: 3,
        parameters: { handleErrors: true, useNewZLibDeCompress: true },
        mapper: {
          url: "https://a.klaviyo.com/api/events/",
          method: "post",
          headers: [
            {
              name: "Authorization",
              value:
                "Klaviyo-API-Key " +
                P("klaviyo_private_key", G.klaviyo(), "inline in Make HTTP module header"),
            },
            { name: "revision", value: "2024-02-15" },
          ],
          bodyType: "raw",
          contentType: "application/json",
          data: '{"data":{"type":"event","attributes":{"metric":{"data":{"type":"metric","attributes":{"name":"Checkout Abandoned"}}},"profile":{"data":{"type":"profile","attributes":{"email":"{{1.email}}"}}}}}}',
        },
        metadata: { designer: { x: 300, y: 0 } },
      },
      {
        id: 3,
        module: "slack:CreateMessage",
        version: 4,
        parameters: { __IMTCONN__: 2284013 },
        mapper: { channel: "C04QW7Y2HJK", text: "Abandoned cart: {{1.email}}" },
        metadata: {
          designer: { x: 600, y: 0 },
          restore: { parameters: { __IMTCONN__: { label: "Fernhill Slack (ops-bot)" } } },
        },
      },
    ],
    metadata: {
      instant: true,
      version: 1,
      scenario: {
        roundtrips: 1,
        maxErrors: 3,
        autoCommit: true,
        sequential: false,
        confidential: false,
        dataloss: false,
        dlq: false,
      },
      designer: { orphans: [] },
      zone: "eu1.make.com",
    },
  })}\n`,
  { raw: true },
);

add(
  "automation/make/README.md",
  `
  # Make scenarios

  Exported blueprints live next to this file. Import via *Scenarios > ... > Import blueprint*.

  Shopify "checkout abandoned" webhook points at:

      ${U("make_webhook_url", G.makeHook(), "Make custom webhook URL; unauthenticated trigger, debatable")}

  The CLI deploy script uses the Make API with the token of the \`ci@${DOMAIN}\` user:

  ${FENCE}bash
  curl -H "Authorization: Token ${P("make_api_token", G.uuid(), "Make API token (UUID) in curl example")}" \\
       https://eu1.make.com/api/v2/scenarios?teamId=402118
  ${FENCE}

  For your own user, create a token under *Profile > API* and use \`Authorization: Token ${N("make_api_token", "<your-token>", "placeholder")}\`.
`,
);

{
  add(
    "automation/n8n/workflows/refund-sync.json",
    `${js({
      name: "Refund sync (Stripe -> Shopify)",
      nodes: [
        {
          parameters: { httpMethod: "POST", path: "stripe-refund", responseMode: "onReceived", options: {} },
          id: N("uuid", G.uuid(), "node ID"),
          name: "Stripe webhook",
          type: "n8n-nodes-base.webhook",
          typeVersion: 2,
          position: [240, 300],
          webhookId: N("uuid", G.uuid(), "webhook ID"),
        },
        {
          parameters: {
            method: "POST",
            url: "=https://fernhill-goods.myshopify.com/admin/api/2024-04/orders/{{ $json.body.data.object.metadata.shopify_order_id }}/refunds.json",
            sendHeaders: true,
            headerParameters: {
              parameters: [
                {
                  name: "X-Shopify-Access-Token",
                  value: P(
                    "shopify_admin_token",
                    G.shop("shpat"),
                    "inline header value in n8n HTTP Request node",
                  ),
                },
                { name: "Content-Type", value: "application/json" },
              ],
            },
            sendBody: true,
            specifyBody: "json",
            jsonBody:
              '={ "refund": { "notify": true, "note": "Stripe refund {{ $json.body.data.object.id }}" } }',
            options: {},
          },
          id: G.uuid(),
          name: "Create Shopify refund",
          type: "n8n-nodes-base.httpRequest",
          typeVersion: 4.2,
          position: [520, 300],
        },
        {
          parameters: {
            method: "GET",
            url: "=https://api.stripe.com/v1/charges/{{ $json.body.data.object.charge }}",
            sendHeaders: true,
            headerParameters: {
              parameters: [
                {
                  name: "Authorization",
                  value: N(
                    "stripe_secret_key",
                    "=Bearer {{ $env.STRIPE_SECRET_KEY }}",
                    "n8n expression referencing env",
                  ),
                },
              ],
            },
            options: {},
          },
          id: G.uuid(),
          name: "Fetch charge",
          type: "n8n-nodes-base.httpRequest",
          typeVersion: 4.2,
          position: [520, 480],
        },
      ],
      connections: {
        "Stripe webhook": {
          main: [
            [
              { node: "Create Shopify refund", type: "main", index: 0 },
              { node: "Fetch charge", type: "main", index: 0 },
            ],
          ],
        },
      },
      active: true,
      settings: { executionOrder: "v1" },
      versionId: G.uuid(),
      meta: { instanceId: N("n8n_instance_id", G.hex(64), "instance ID hash") },
      tags: [{ name: "payments" }],
    })}\n`,
    { raw: true },
  );
}
// Node ids / versionId above are plain UUIDs without markers; label them as negatives too.
{
  const f = "automation/n8n/workflows/refund-sync.json";
  const known = new Set(labels.filter((l) => l.file === f).map((l) => `${l.line}:${l.secret}`));
  files
    .get(f)
    .split("\n")
    .forEach((l, i) => {
      const m = l.match(
        /"(?:id|versionId)": "([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})"/,
      );
      if (m && !known.has(`${i + 1}:${m[1]}`))
        labels.push({
          file: f,
          line: i + 1,
          type: "uuid",
          secret: m[1],
          positive: false,
          note: "node/version ID",
        });
    });
}

add(
  "automation/n8n/credentials-export.json",
  `${js([
    {
      id: N("n8n_credential_id", G.b62(16), "credential ID"),
      name: "Shopify Admin (prod)",
      data: {
        shopSubdomain: SHOP,
        accessToken: P("shopify_custom_app_token", G.shop("shpca"), "decrypted n8n credential export"),
        appSecretKey: P("shopify_app_secret", G.shop("shpss"), "decrypted n8n credential export"),
      },
      type: "shopifyAccessTokenApi",
    },
    {
      id: N("n8n_credential_id", G.b62(16), "credential ID"),
      name: "Postgres orders (read replica)",
      data: {
        host: "db-replica.internal.fernhill-goods.com",
        database: "storefront",
        user: "n8n_ro",
        password: P("postgres_password", G.pw(22), "decrypted n8n credential"),
        port: 5432,
        ssl: "require",
      },
      type: "postgres",
    },
    {
      id: N("n8n_credential_id", G.b62(16), "credential ID"),
      name: "HubSpot app token",
      data: { appToken: P("hubspot_private_app_token", G.hubspot("na1")) },
      type: "hubspotAppToken",
    },
    {
      id: N("n8n_credential_id", G.b62(16), "credential ID"),
      name: "Vonage",
      data: {
        apiKey: U("vonage_api_key", G.hex(8), "Vonage API key"),
        apiSecret: P("vonage_api_secret", G.b62(16)),
      },
      type: "vonageApi",
    },
    {
      id: N("n8n_credential_id", G.b62(16), "credential ID"),
      name: "Apple Pay merchant identity (payments.fernhill)",
      data: (() => {
        const pem = G.pem("EC");
        return {
          privateKey: P(
            "private_key",
            `${pem.replace(/\n/g, "\\n")}\\n`,
            "EC private key with JSON \\n escapes on one line",
            `${pem}\n`,
          ),
        };
      })(),
      type: "httpSslAuth",
    },
  ])}\n`,
  { raw: true },
);

add(
  "automation/n8n/docker-compose.yml",
  `
  services:
    n8n:
      image: docker.n8n.io/n8nio/n8n:1.48.3
      restart: unless-stopped
      ports:
        - "5678:5678"
      environment:
        - N8N_HOST=automation.${DOMAIN}
        - N8N_PROTOCOL=https
        - WEBHOOK_URL=https://automation.${DOMAIN}/
        - N8N_ENCRYPTION_KEY=${P("n8n_encryption_key", G.b62(32), "encrypts all stored credentials")}
        - DB_TYPE=postgresdb
        - DB_POSTGRESDB_HOST=postgres
        - DB_POSTGRESDB_USER=n8n
        - DB_POSTGRESDB_PASSWORD=\${N8N_DB_PASSWORD}
        - GENERIC_TIMEZONE=Europe/Amsterdam
      volumes:
        - n8n_data:/home/node/.n8n
    postgres:
      image: postgres:16-alpine
      environment:
        POSTGRES_USER: n8n
        POSTGRES_PASSWORD: ${P("postgres_password", G.pw(20), "unquoted compose value")}
        POSTGRES_DB: n8n
      volumes:
        - pg_data:/var/lib/postgresql/data
  volumes:
    n8n_data:
    pg_data:
`,
);

/* -------------------------------------------------------------- infra */
add(
  "docker-compose.yml",
  `
  # Local development stack
  services:
    db:
      image: postgres:16
      environment:
        POSTGRES_USER: fernhill
        POSTGRES_PASSWORD: ${N("postgres_password", "changeme", "local dev placeholder")}
        POSTGRES_DB: fernhill_dev
      ports: ["5432:5432"]
    redis:
      image: redis:7-alpine
      command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:-devpassword}"]
    storefront:
      build: ./storefront
      env_file: ./storefront/.env.local
      environment:
        STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY}
        SHOPIFY_ADMIN_API_TOKEN: \${SHOPIFY_ADMIN_API_TOKEN}
      depends_on: [db, redis]
    mailhog:
      image: mailhog/mailhog
      ports: ["8025:8025"]
    stripe-cli:
      image: stripe/stripe-cli:latest
      command: listen --forward-to storefront:3000/api/webhooks/stripe
      environment:
        STRIPE_API_KEY: ${N("stripe_secret_key", "${STRIPE_SECRET_KEY}", "env var reference")}
        STRIPE_DEVICE_NAME: docker
`,
);

add(
  "serverless.yml",
  `
  service: fernhill-webhooks
  frameworkVersion: '3'

  provider:
    name: aws
    runtime: nodejs20.x
    region: eu-central-1
    environment:
      SHOPIFY_API_SECRET: ${N("shopify_app_secret", "${ssm:/fernhill/prod/shopify/api_secret}", "SSM reference")}
      STRIPE_SECRET_KEY: ${N("stripe_secret_key", "${env:STRIPE_SECRET_KEY}", "env reference")}
      SHIPPO_TOKEN: \${ssm:/fernhill/prod/shippo/token}
      # quick fix for the Black Friday outage; move to SSM (JIRA OPS-1182)
      KLAVIYO_PRIVATE_KEY: '${P("klaviyo_private_key", G.klaviyo(), "inline in serverless.yml")}'
      EASYPOST_WEBHOOK_SECRET: ${P("easypost_webhook_secret", G.hex(32), "context only")}

  functions:
    shopifyOrders:
      handler: handlers/shopify.orders
      events:
        - httpApi: { path: /shopify/orders, method: post }
    easypostTracker:
      handler: handlers/easypost.tracker
      events:
        - httpApi: { path: /easypost, method: post }
`,
);

add(
  "handlers/shopify.js",
  `
  'use strict';
  // Shopify webhook HMAC check for the serverless webhooks service.
  const crypto = require('node:crypto');

  // app "Fernhill ops" API secret key (used to sign webhooks)
  const SHOPIFY_APP_SECRET = process.env.SHOPIFY_API_SECRET || '${P("shopify_app_secret", G.shop("shpss"), "fallback literal")}';
  const SHOPIFY_API_KEY = '${U("shopify_api_key", G.hex(32), "app API key (client ID)")}';

  function verify(rawBody, hmacHeader) {
    const digest = crypto.createHmac('sha256', SHOPIFY_APP_SECRET).update(rawBody, 'utf8').digest('base64');
    return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(hmacHeader || ''));
  }

  module.exports.orders = async (event) => {
    const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    if (!verify(body, event.headers['x-shopify-hmac-sha256'])) return { statusCode: 401 };
    const order = JSON.parse(body);
    console.log('order', order.name, SHOPIFY_API_KEY.slice(0, 6));
    return { statusCode: 200 };
  };

  // test vector used in handlers/__tests__/shopify.test.js
  module.exports.SAMPLE_HMAC = '${N("hmac_signature", b64(rbytes(32)), "sample HMAC digest")}';
`,
);

{
  const sk = G.stripe("sk_live");
  const adyen = G.adyenKey();
  const dbpw = G.pw(24);
  const shipKey = G.easypost("EZAK");
  add(
    "infra/k8s/payments-secret.yaml",
    `
    apiVersion: v1
    kind: Secret
    metadata:
      name: payments-secrets
      namespace: payments
      labels:
        app.kubernetes.io/part-of: payments
    type: Opaque
    data:
      STRIPE_SECRET_KEY: ${P("stripe_secret_key", b64(Buffer.from(sk)), "base64 in Kubernetes Secret", sk)}
      ADYEN_API_KEY: ${P("adyen_api_key", b64(Buffer.from(adyen)), "base64 in Kubernetes Secret", adyen)}
      PAYMENTS_DB_PASSWORD: ${P("postgres_password", b64(Buffer.from(dbpw)), "base64 in Kubernetes Secret", dbpw)}
      EASYPOST_API_KEY: ${P("easypost_api_key", b64(Buffer.from(shipKey)), "base64 in Kubernetes Secret", shipKey)}
      SENTRY_ENVIRONMENT: ${b64(Buffer.from("production"))}
    ---
    apiVersion: v1
    kind: Secret
    metadata:
      name: payments-secrets
      namespace: payments-staging
    type: Opaque
    stringData:
      STRIPE_SECRET_KEY: "${N("stripe_secret_key", "REPLACE_ME", "placeholder")}"
      PAYMENTS_DB_PASSWORD: ${N("postgres_password", b64(Buffer.from("changeme")), 'base64 of "changeme" (placeholder)')}
  `,
  );
}

add(
  "infra/k8s/storefront-deployment.yaml",
  `
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: storefront
    namespace: web
  spec:
    replicas: 3
    selector:
      matchLabels: { app: storefront }
    template:
      metadata:
        labels: { app: storefront }
      spec:
        containers:
          - name: storefront
            image: ghcr.io/fernhill/storefront@${N("docker_image_digest", `sha256:${G.hex(64)}`, "image digest")}
            ports: [{ containerPort: 3000 }]
            env:
              - name: STRIPE_SECRET_KEY
                valueFrom:
                  secretKeyRef: { name: storefront-secrets, key: STRIPE_SECRET_KEY }
              - name: ALGOLIA_ADMIN_KEY
                value: "${P("algolia_admin_key", G.hex(32), "plain env value in Deployment")}"
              - name: SHIPPO_TOKEN
                valueFrom:
                  secretKeyRef: { name: storefront-secrets, key: SHIPPO_TOKEN }
`,
);

{
  const sha1 = hex(40),
    sha2 = hex(40);
  add(
    ".github/workflows/deploy.yml",
    `
    name: deploy
    on:
      push:
        branches: [main]

    permissions:
      contents: read
      id-token: write

    jobs:
      deploy:
        runs-on: ubuntu-latest
        env:
          AWS_REGION: eu-central-1
          # media uploader (temporary, OIDC role pending)
          AWS_ACCESS_KEY_ID: ${P("aws_access_key_id", G.awsId())}
          AWS_SECRET_ACCESS_KEY: ${P("aws_secret_access_key", G.awsSecret(), "next to AWS_SECRET_ACCESS_KEY")}
        steps:
          - uses: actions/checkout@${N("git_commit_sha", sha1, "pinned action commit SHA")} # v4.1.7
          - uses: actions/setup-node@${N("git_commit_sha", sha2, "pinned action commit SHA")} # v4.0.3
            with: { node-version: 20, cache: npm }
          - run: npm ci && npm run build --workspace storefront
          - name: Deploy to Vercel
            run: npx vercel deploy --prod --token=${N("vercel_token", "${{ secrets.VERCEL_TOKEN }}", "GitHub Actions secret reference")}
          - name: Reindex Algolia
            run: node search/algolia-reindex.mjs "\${{ secrets.ALGOLIA_ADMIN_KEY }}"
          - name: Notify Slack
            env:
              SLACK_WEBHOOK: ${N("slack_webhook_url", "${{ secrets.SLACK_DEPLOY_WEBHOOK }}", "secret reference")}
            run: |
              curl -sf -X POST -H 'Content-type: application/json' \\
                --data "{\\"text\\":\\"storefront deployed: \${GITHUB_SHA::7}\\"}" "$SLACK_WEBHOOK"
  `,
  );
}

{
  const tok = G.ghTok("ghp");
  const pw = G.pw(24);
  add(
    "deploy/registry-auth.json",
    `${js({
      auths: {
        "ghcr.io": {
          auth: P(
            "github_pat",
            b64(Buffer.from(`fernhill-ci:${tok}`)),
            'docker config auth = base64("user:ghp_...")',
            tok,
          ),
        },
        [`registry.${DOMAIN}`]: {
          auth: P(
            "docker_registry_password",
            b64(Buffer.from(`deploy:${pw}`)),
            'docker config auth = base64("deploy:PASSWORD")',
            pw,
          ),
        },
        "https://index.docker.io/v1/": { auth: "", credsStore: "desktop" },
      },
      currentContext: "default",
    })}\n`,
    { raw: true },
  );
}

add(
  "deploy/.git-credentials",
  `
  https://fernhill-deploy:${P("github_fine_grained_pat", G.ghFine(), "fine-grained PAT in git credential store URL")}@github.com
  https://oauth2:${P("github_oauth_token", G.ghTok("gho"), "OAuth token with valid CRC32 checksum in credential URL")}@github.com
`,
);

add(
  "ops/crontab",
  `
  # m h dom mon dow  command   (installed on ops-01 via ansible)
  MAILTO=ops@${DOMAIN}
  SHELL=/bin/bash
  15 2 * * * PGPASSWORD='${P("postgres_password", G.pw(20), "inline env assignment in crontab")}' pg_dump -h db-prod.internal.${DOMAIN} -U backup storefront | gzip > /backups/storefront-$(date +\\%F).sql.gz
  30 3 * * * /opt/fernhill/bin/sync_inventory.py >> /var/log/fernhill/inventory.log 2>&1
  0 4 * * * N8N_API_KEY=${P("n8n_api_key", G.jwtN8n(), "n8n public API key (JWT) inline in crontab")} /opt/fernhill/bin/backup-n8n-workflows.sh
  */5 * * * * curl -fsS -m 10 --retry 3 https://hc-ping.com/${N("uuid", G.uuid(), "healthcheck ping UUID (URL is a low-value identifier)")} > /dev/null
`,
);

{
  const raw = `${s(B62, 6)}@${s(B62, 5)}/${s(B62, 6)}:${s(B62, 4)}`;
  const enc = encodeURIComponent(raw);
  used.add(raw);
  add(
    "ops/reports/mongo_export.py",
    `
    """Weekly LTV export from the reviews/UGC MongoDB (Atlas)."""
    from pymongo import MongoClient

    # password contains @ / : so it is percent-encoded
    MONGO_URI = "mongodb+srv://reports:${P("mongodb_password", enc, "percent-encoded password in mongodb+srv URI", raw)}@reviews.x7k2q.mongodb.net/reviews?retryWrites=true&w=majority"
    PLACEHOLDER_URI = "mongodb+srv://<username>:${N("mongodb_password", "<password>", "placeholder")}@cluster0.example.mongodb.net/"

    client = MongoClient(MONGO_URI)
    reviews = client.reviews.product_reviews

    for doc in reviews.aggregate([{"$group": {"_id": "$product_id", "n": {"$sum": 1}, "avg": {"$avg": "$rating"}}}]):
        print(doc["_id"], doc["n"], round(doc["avg"], 2))
  `,
  );
}

add(
  "ops/runbooks/2024-03-payment-outage.md",
  `
  # Incident 2024-03-09: Adyen webhooks rejected (HMAC mismatch)

  **Impact:** 312 orders stuck in "payment pending" for 47 minutes.

  ## Timeline (UTC)

  - 14:02 alert in #ops-orders (\`orders_failed\` > 20/5min)
  - 14:11 confirmed the HMAC key in the payments secret was the *test* one
  - 14:30 fixed, replayed notifications:

  ${FENCE}
  $ curl -X POST https://checkout-live.adyen.com/v71/payments/details \\
      -H "X-API-Key: ${P("adyen_api_key", G.adyenKey(), "pasted into incident runbook curl")}" \\
      -H "Content-Type: application/json" -d @replay.json
  ${FENCE}

  - 14:49 queue drained

  ## Follow-ups

  - [ ] rotate the key used above (it was pasted in Slack too)
  - [ ] Authorization headers in logs are now masked: \`Authorization: Bearer ${N("bearer_token", "[REDACTED]", "redacted")}\`
  - [x] add alert on \`hmac_invalid\` metric
`,
);

{
  const ssKey = G.hex(32);
  const ssSecret = G.hex(32);
  const basicPw = `${ssKey}:${ssSecret}`;
  const enc = b64(Buffer.from(basicPw));
  add(
    "ops/logs/webhook-gateway-2024-05-12.log",
    `
    2024-05-12T08:14:02.118Z INFO  gateway request_id=${N("uuid", G.uuid(), "request ID")} route=/shopify/orders status=200 dur=41ms
    2024-05-12T08:14:05.921Z INFO  gateway request_id=${G.uuid()} route=/easypost status=200 dur=12ms
    2024-05-12T08:15:44.337Z DEBUG gateway outbound POST https://ssapi.shipstation.com/orders/createorder headers={"Authorization":"Basic ${P("shipstation_api_secret", enc, 'ShipStation Basic auth leaked into debug log; base64 of "apiKey:apiSecret", decoded is the pair', basicPw)}","Content-Type":"application/json"}
    2024-05-12T08:15:44.902Z INFO  gateway upstream=shipstation status=200 dur=565ms
    2024-05-12T08:16:10.004Z DEBUG gateway outbound POST https://api.stripe.com/v1/refunds headers={"Authorization":"Bearer ${N("stripe_secret_key", `sk_live_****************************${s(B62, 4)}`, "masked in log")}"}
    2024-05-12T08:16:10.381Z WARN  gateway upstream=stripe status=402 code=charge_already_refunded
  `,
  );
}
// label the unmarked second request_id as a negative
{
  const f = "ops/logs/webhook-gateway-2024-05-12.log";
  files
    .get(f)
    .split("\n")
    .forEach((l, i) => {
      const m = l.match(/route=\/easypost.*/) && l.match(/request_id=([0-9a-f-]{36})/);
      if (m)
        labels.push({
          file: f,
          line: i + 1,
          type: "uuid",
          secret: m[1],
          positive: false,
          note: "request ID",
        });
    });
}

add(
  "ops/nginx/shop.conf",
  `
  upstream storefront { server 127.0.0.1:3000; keepalive 32; }

  server {
      listen 443 ssl http2;
      server_name www.${DOMAIN};

      ssl_certificate     /etc/letsencrypt/live/${DOMAIN}/fullchain.pem;
      ssl_certificate_key /etc/letsencrypt/live/${DOMAIN}/privkey.pem;

      location /api/ {
          proxy_pass http://storefront;
          proxy_set_header Host $host;
      }

      # ShipStation pulls the XML order feed with a shared secret in a header
      location /feeds/shipstation.xml {
          if ($http_x_feed_token != "${P("feed_token", G.hex(40), "shared secret compared in nginx config")}") { return 403; }
          proxy_pass http://storefront;
      }
  }
`,
);

/* --------------------------------------------------- mobile / misc */
add(
  "mobile/ios/Fernhill/Config/Release.xcconfig",
  `
  // Release build settings
  PRODUCT_BUNDLE_IDENTIFIER = com.fernhillgoods.app
  API_BASE_URL = https:/$()/api.${DOMAIN}
  STRIPE_PUBLISHABLE_KEY = ${U("stripe_publishable_key", G.stripe("pk_live"), "publishable key in app config")}
  // used by the in-app "track my parcel" screen - should be proxied through our API instead
  SHIPPO_API_TOKEN = ${P("shippo_api_token", G.shippo("live"), "shipped inside the iOS app bundle")}
  ALGOLIA_SEARCH_KEY = ${U("algolia_search_key", G.hex(32), "search-only key")}
  FIREBASE_API_KEY = ${U("google_api_key", G.google(), "Firebase iOS API key, public by design")}
`,
);

{
  const nb = {
    cells: [
      {
        cell_type: "markdown",
        metadata: {},
        source: [
          "# Customer LTV by acquisition channel\n",
          "Pulls charges from Stripe and joins on Klaviyo profiles.",
        ],
      },
      {
        cell_type: "code",
        execution_count: 3,
        metadata: {},
        source: [
          "import stripe, pandas as pd\n",
          "stripe.api_key = '" +
            P("stripe_restricted_key", G.stripe("rk_live"), "inside a Jupyter notebook cell source (JSON)") +
            "'  # read-only restricted key\n",
          "charges = stripe.Charge.list(limit=100, created={'gte': 1704067200})\n",
          "df = pd.DataFrame([c.to_dict() for c in charges.auto_paging_iter()])",
        ],
        outputs: [],
      },
      {
        cell_type: "code",
        execution_count: 4,
        metadata: {},
        source: ["import os\n", "os.environ['KLAVIYO_PRIVATE_KEY']"],
        outputs: [
          {
            output_type: "execute_result",
            execution_count: 4,
            metadata: {},
            data: {
              "text/plain": [
                `'${P("klaviyo_private_key", G.klaviyo(), "leaked in a notebook cell *output*")}'`,
              ],
            },
          },
        ],
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.8" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  add("analytics/notebooks/ltv_by_channel.ipynb", `${JSON.stringify(nb, null, 1)}\n`, { raw: true });
}

add(
  "tools/secret-guard/test_patterns.py",
  `
  """Unit tests for our pre-commit secret guard.

  The tokens below are *deliberately invalid*: right prefix and length, but the CRC32
  checksum does not match, so GitHub/npm would never have issued them.
  """
  from secret_guard import classify

  INVALID_GITHUB = "${N("github_pat", G.ghTokBadCrc("ghp"), "CRC32 checksum does not match")}"
  INVALID_GITHUB_APP = "${N("github_app_token", G.ghTokBadCrc("ghs"), "CRC32 checksum does not match")}"
  INVALID_NPM = "${N("npm_token", G.npmBadCrc(), "CRC32 checksum does not match")}"
  TOO_SHORT = "${N("github_pat", `ghp_${s(B62, 20)}`, "too short for the format")}"
  WRONG_ALPHABET = "${N("shopify_admin_token", `shpat_${s("ghijklmnopqrstuvwxyz", 32)}`, "non-hex body, not a Shopify token")}"


  def test_rejects_bad_checksums():
      for tok in (INVALID_GITHUB, INVALID_GITHUB_APP, INVALID_NPM):
          assert classify(tok) == "invalid-checksum"


  def test_rejects_malformed():
      assert classify(TOO_SHORT) is None
      assert classify(WRONG_ALPHABET) is None
`,
);

add(
  "apps/shopify-app/.env",
  `
  SHOPIFY_API_KEY=${U("shopify_api_key", G.hex(32), "app client ID")}
  SHOPIFY_API_SECRET=${P("shopify_app_secret", G.shop("shpss"))}
  SCOPES=read_orders,write_orders,read_inventory,write_inventory
  HOST=https://ops-app.${DOMAIN}
  DATABASE_URL=mysql://ops_app:${P("mysql_password", G.pw(20), "password in mysql URL")}@mysql-prod.internal.${DOMAIN}:3306/ops_app
  SESSION_SECRET=${P("session_secret", G.hex(64))}
`,
);

add(
  "apps/shopify-app/prisma/seed.ts",
  `
  import { PrismaClient } from '@prisma/client';
  const prisma = new PrismaClient();

  // Dev-store session so the admin UI loads without OAuth locally.
  await prisma.session.upsert({
    where: { id: 'offline_fernhill-dev.myshopify.com' },
    update: {},
    create: {
      id: 'offline_fernhill-dev.myshopify.com',
      shop: 'fernhill-dev.myshopify.com',
      state: '${N("oauth_state", G.uuid(), "OAuth state nonce")}',
      isOnline: false,
      scope: 'read_orders,write_orders',
      accessToken: '${P("shopify_admin_token", G.shop("shpat"), "dev-store token in seed script; real token for a dev store")}',
    },
  });
`,
);

add(
  "apps/wholesale-api/config/credentials.yml",
  `
  # Rails credentials (decrypted copy - was supposed to be credentials.yml.enc!)
  secret_key_base: ${P("rails_secret_key_base", G.hex(128))}

  stripe:
    secret_key: ${P("stripe_secret_key", G.stripe("sk_live", true), "legacy 24-char key, YAML nested")}
    publishable_key: ${U("stripe_publishable_key", G.stripe("pk_live", true), "publishable")}

  active_record_encryption:
    primary_key: ${P("rails_ar_encryption_key", G.b62(32))}
    deterministic_key: ${P("rails_ar_encryption_key", G.b62(32))}
    key_derivation_salt: ${P("rails_ar_encryption_key", G.b62(32))}

  hubspot:
    token: <%= ENV["HUBSPOT_TOKEN"] %>

  buyer_portal:
    # HS256 secret for buyer-portal JWTs, rotated 2024-01
    jwt_secret: "${P("jwt_secret", G.hex(64), "random hex assigned to jwt_secret")}"

  intercom:
    app_id: ${N("intercom_app_id", G.lalnum(8), "workspace app ID")}
    identity_verification_secret: ${P("intercom_identity_secret", G.b62(40), "identity verification secret, context only")}
`,
);

add(
  "apps/wholesale-api/config/master.key",
  `${P("rails_master_key", G.hex(32), "whole file is the key")}\n`,
  { raw: true },
);

add(
  "apps/wholesale-api/config/database.yml",
  `
  default: &default
    adapter: postgresql
    encoding: unicode
    pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

  development:
    <<: *default
    database: wholesale_dev
    password: ${N("postgres_password", "password", "trivial dev default")}

  production:
    <<: *default
    database: wholesale
    username: wholesale
    password: <%= ENV["WHOLESALE_DATABASE_PASSWORD"] %>
    # replica used by Metabase
    replica:
      url: postgres://metabase:${P("postgres_password", G.pw(22), "password in nested YAML URL")}@db-replica.internal.${DOMAIN}/wholesale
`,
);

add(
  "docs/integrations/payments.md",
  `
  # Payment provider integration notes

  ## Stripe

  Keys come from the Dashboard > Developers > API keys. In examples we use Stripe's
  documented sample key \`${N("stripe_secret_key", "sk_test_BQokikJOvBiI2HlWgH4olfQ2", "Stripe docs published example key")}\`.

  The live key starts with \`sk_live_\`; it is **never** pasted here. A masked key looks like
  \`${N("stripe_secret_key", `sk_live_${"*".repeat(20)}${s(B62, 4)}`, "masked")}\` in the dashboard.

  ## PayPal

  Sandbox REST app "Fernhill QA":

  - Client ID: ${U("paypal_client_id", G.paypalId(), "PayPal sandbox client ID")}
  - Secret: ${P("paypal_client_secret", G.paypalSecret(), "PayPal sandbox app secret; sandbox, but grants API access")}

  ## Square

  Sandbox access token for the POS simulator (Square sandbox tokens start with EAAAE... / EAAAl...):

      SQUARE_ACCESS_TOKEN=${P(
        "square_access_token",
        fresh(() => `EAAAl${s(B64URL, 59)}`),
        "Square sandbox access token",
      )}
      SQUARE_APPLICATION_ID=${U("square_application_id", G.squareAppId(true), "sandbox application ID")}

  ## Klarna

  Playground credentials are requested per developer; use \`${N("klarna_api_password", "<klarna-playground-password>", "placeholder")}\` in \`.env.local\`.

  ## Adyen

  Test API credential \`ws_${digits(6)}@Company.FernhillGoods\`; the API key is in 1Password. Client key for Drop-in:
  ${U("adyen_client_key", G.adyenClientKey("test"), "Adyen test client key, used in browser")}
`,
);
{
  const f = "docs/integrations/payments.md";
  files
    .get(f)
    .split("\n")
    .forEach((l, i) => {
      const m = l.match(/`(ws_\d{6}@Company\.FernhillGoods)`/);
      if (m)
        labels.push({
          file: f,
          line: i + 1,
          type: "adyen_api_username",
          secret: m[1],
          positive: false,
          note: "API credential username, identifier",
        });
    });
}

add(
  "docs/integrations/shipping.md",
  `
  # Shipping integrations

  | Carrier API | Env var              | Format                                     |
  |-------------|----------------------|--------------------------------------------|
  | Shippo      | \`SHIPPO_TOKEN\`       | \`${N("shippo_api_token", "shippo_live_<40 hex chars>", "format description")}\`              |
  | EasyPost    | \`EASYPOST_API_KEY\`   | \`${N("easypost_api_key", "EZAK...", "truncated")}\` (prod) / \`EZTK...\` (test)           |
  | ShipStation | \`SHIPSTATION_API_*\`  | key + secret, basic auth                    |

  Tracking numbers look like credentials to some linters, e.g. \`${N("tracking_number", `1Z${G.ualnum(16)}`, "UPS tracking number")}\` - they are not secret.

  The DHL Parcel NL integration authenticates with user id + key; ours:

  ${FENCE}yaml
  dhl_parcel:
    user_id: ${N("uuid", G.uuid(), "DHL user ID (identifier)")}
    key: ${P("dhl_api_key", G.uuid(), "DHL Parcel API key (UUID), context only")}
  ${FENCE}
`,
);

add(
  "services/payments/app/razorpay_webhook.rb",
  `
  # Razorpay webhook endpoint for the India storefront.
  class RazorpayWebhook
    WEBHOOK_SECRET = ENV.fetch('RAZORPAY_WEBHOOK_SECRET', '${N("razorpay_webhook_secret", "xxxxxxxx", "placeholder")}')

    def self.call(env)
      req = Rack::Request.new(env)
      body = req.body.read
      expected = OpenSSL::HMAC.hexdigest('SHA256', WEBHOOK_SECRET, body)
      return [401, {}, ['bad signature']] unless Rack::Utils.secure_compare(expected, env['HTTP_X_RAZORPAY_SIGNATURE'].to_s)

      [200, {}, ['ok']]
    end
  end

  # Razorpay::Client for refunds (live)
  Razorpay.setup('${U("razorpay_key_id", G.rzpId("live"), "key ID")}', '${P("razorpay_key_secret", G.b62(24), "positional argument after key id")}')
`,
);

add(
  "ops/ansible/group_vars/shop.yml",
  `
  ---
  # Vars for the legacy shop hosts. Secrets come from ansible-vault (vault.yml).
  fernhill_db_password: "{{ vault_fernhill_db_password }}"
  mailgun_api_key: ${N("mailgun_api_key", '"{{ vault_mailgun_api_key }}"', "Jinja reference to vault var")}
  twilio_auth_token: ${N("twilio_auth_token", "\"{{ lookup('env', 'TWILIO_AUTH_TOKEN') }}\"", "env lookup")}
  redis_password: !vault |
            $ANSIBLE_VAULT;1.1;AES256
            ${N("ansible_vault_ciphertext", [G.hex(64), G.hex(64), G.hex(48)].join("\n          "), "vault-encrypted blob (multi-line)")}
  slack_ops_webhook: ${P("slack_webhook_url", G.slackHook(), "plain var next to vaulted ones")}
  php_fpm_max_children: 24
`,
);

add("ops/keys/apple-pay-merchant.pem", `${G.pem("RSA")}\n`, { raw: true });
{
  // label the whole file after the fact (it is the value itself)
  const f = "ops/keys/apple-pay-merchant.pem";
  const text = files.get(f);
  labels.push({
    file: f,
    line: 1,
    type: "private_key",
    secret: text.replace(/\n$/, ""),
    positive: true,
    note: "RSA private key file (Apple Pay payment processing)",
  });
}

/* =================================================================== */
/*                      write + self-check                             */
/* =================================================================== */
if (pending.size) throw new Error(`${pending.size} markers never placed`);

fs.rmSync(OUT, { recursive: true, force: true });
for (const [rel, text] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const p = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}
const byFileLine = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
labels.sort(byFileLine);
neutrals.sort(byFileLine);
fs.writeFileSync(path.join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(HERE, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);

const errors = [];
for (const l of [...labels, ...neutrals]) {
  const text = files.get(l.file);
  if (text === undefined) {
    errors.push(`missing file ${l.file}`);
    continue;
  }
  const lines = text.split(/\r?\n/);
  const first = l.secret.split("\n")[0];
  if (!l.secret) errors.push(`empty secret at ${l.file}:${l.line}`);
  if (!(lines[l.line - 1] ?? "").includes(first))
    errors.push(`not on line: ${l.file}:${l.line} ${first.slice(0, 40)}`);
  if (!text.includes(l.secret)) errors.push(`not in file: ${l.file}:${l.line}`);
  if (!/^[a-z0-9_]+$/.test(l.type)) errors.push(`bad type ${l.type}`);
  if (l.decoded !== undefined && l.decoded === l.secret)
    errors.push(`decoded equals secret ${l.file}:${l.line}`);
}
for (const [rel, text] of files) {
  if (rel.endsWith(".json") || rel.endsWith(".ipynb")) {
    try {
      JSON.parse(text);
    } catch (e) {
      errors.push(`JSON parse ${rel}: ${e.message}`);
    }
  }
}
const pos = labels.filter((l) => l.positive);
const neg = labels.filter((l) => !l.positive);
const posVals = new Map();
for (const l of pos) {
  for (const v of [l.secret, l.decoded].filter((x) => x !== undefined)) {
    if (posVals.has(v) && posVals.get(v) !== l) errors.push(`duplicate positive value ${v.slice(0, 30)}`);
    posVals.set(v, l);
  }
}
for (const l of [...neg, ...neutrals]) {
  if (posVals.has(l.secret))
    errors.push(`value is both positive and negative/neutral: ${l.secret.slice(0, 30)}`);
}
// every positive appears exactly once in the whole corpus (no unlabelled copies)
const all = [...files.values()].join("\n\u0000\n");
for (const l of pos) {
  const n = all.split(l.secret).length - 1;
  if (n !== 1) errors.push(`positive occurs ${n}x: ${l.file}:${l.line}`);
  if (l.decoded !== undefined && all.includes(l.decoded))
    errors.push(`decoded value also appears in clear: ${l.file}:${l.line}`);
}
// checksum sanity
for (const l of labels) {
  const v = l.decoded ?? l.secret;
  if (/^(gh[pousr]|npm)_[0-9A-Za-z]{36}$/.test(v)) {
    if (crcTokenOk(v) !== l.positive) errors.push(`checksum/label mismatch ${l.file}:${l.line}`);
  }
}
if (crc32("123456789") !== 0xcbf43926) errors.push("crc32 self-test failed");

console.log(
  `seed=${SEED} files=${files.size} labels=${labels.length} positives=${pos.length} negatives=${neg.length} neutrals=${neutrals.length}`,
);
if (errors.length) {
  for (const e of errors) console.error("CHECK FAILED:", e);
  process.exit(1);
}

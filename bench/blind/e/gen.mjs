#!/usr/bin/env node
// Blind labelled corpus generator: breadth of SaaS / developer-vendor credentials.
// Usage: node gen.mjs [seed]
// Rewrites ./files/ and ./labels.json next to this script. node:crypto only (+ fs/path).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, "files");
const LABELS = path.join(HERE, "labels.json");
const SEED = process.argv[2] ?? "blind3e";

// ---------------------------------------------------------------- deterministic randomness
let ctr = 0;
let pool = Buffer.alloc(0);
function rbytes(n) {
  while (pool.length < n) {
    const blk = crypto.createHmac("sha256", `blind3e|${SEED}`).update(String(ctr++)).digest();
    pool = Buffer.concat([pool, blk]);
  }
  const out = Buffer.from(pool.subarray(0, n));
  pool = pool.subarray(n);
  return out;
}
function rint(n) {
  const lim = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = rbytes(4).readUInt32BE(0);
    if (v < lim) return v % n;
  }
}
const NUM = "0123456789";
const HEX = "0123456789abcdef";
const HEXU = "0123456789ABCDEF";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const LETTERS = UPPER + LOWER;
const ALNUM = NUM + UPPER + LOWER;
const LOWALNUM = LOWER + NUM;
const UPALNUM = UPPER + NUM;
const B64URL = `${ALNUM}-_`;
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
function rs(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[rint(alpha.length)];
  return s;
}
// random string over an alphabet, but guaranteed to start and end with an alphanumeric
function rsb(alpha, n) {
  if (n <= 2) return rs(ALNUM, n);
  return rs(ALNUM, 1) + rs(alpha, n - 2) + rs(ALNUM, 1);
}
const nz = (n) => rs("123456789", 1) + rs(NUM, n - 1);
function uuid() {
  const b = rbytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const b64 = (x) => Buffer.from(x).toString("base64");
const b64url = (x) => Buffer.from(x).toString("base64url");

// ---------------------------------------------------------------- checksums
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(data) {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(n) {
  let s = "";
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s;
}

// ---------------------------------------------------------------- generators (current formats)
// Grafana service account token: glsa_<32 alnum>_<crc32(LE bytes) hex>  (grafana pkg/components/satokengen)
function grafanaChecksum(secret) {
  const c = crc32(`glsa_${secret}`);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(c);
  return le.toString("hex");
}
const glsa = () => {
  const s = rs(ALNUM, 32);
  return `glsa_${s}_${grafanaChecksum(s)}`;
};
function glsaValid(t) {
  const m = /^glsa_([A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(t);
  return !!m && grafanaChecksum(m[1]) === m[2];
}

// GitLab routable token (lib/authn/token_field/generator/routable_token.rb)
function gitlabRoutable(prefix, routing) {
  const payload = Object.keys(routing)
    .sort()
    .map((k) => `${k}:${routing[k]}`)
    .join("\n");
  const enc = Buffer.concat([rbytes(16), Buffer.from(payload), Buffer.from([Buffer.byteLength(payload)])]);
  const b = enc.toString("base64url");
  const encoded = `${prefix}${b}.${(1).toString(36).padStart(2, "0")}.${b.length.toString(36).padStart(2, "0")}`;
  return encoded + crc32(encoded).toString(36).padStart(7, "0");
}
function gitlabRoutableValid(t) {
  const enc = t.slice(0, -7),
    crc = t.slice(-7);
  return crc32(enc).toString(36).padStart(7, "0") === crc;
}
const glpat = () =>
  gitlabRoutable("glpat-", {
    c: "1",
    o: (1 + rint(90000)).toString(36),
    u: (1000000 + rint(9000000)).toString(36),
  });
const glrt = () =>
  gitlabRoutable("glrt-t1_", {
    c: "1",
    o: (1 + rint(90000)).toString(36),
    u: (1000000 + rint(9000000)).toString(36),
  });

// npm granular/automation token: npm_ + 30 base62 + 6-char base62 CRC32 of the 30 random chars
function npmTok() {
  const body = rs(ALNUM, 30);
  return `npm_${body}${base62(crc32(body)).padStart(6, "0")}`;
}
function npmValid(t) {
  const body = t.slice(4, 34);
  return base62(crc32(body)).padStart(6, "0") === t.slice(34);
}

// Atlassian API token: ATATT3xFfGF0 ... =XXXXXXXX (192 chars). Trailing 8 uppercase hex, computed here as CRC32.
function atlassian() {
  const head = `ATATT3xFfGF0${rsb(B64URL, 171)}`;
  return `${head}=${crc32(head).toString(16).toUpperCase().padStart(8, "0")}`;
}

function sentryOrgToken(org) {
  const iat = 1700000000 + rint(60000000) + Number(`0.${nz(6)}`);
  const payload = JSON.stringify({ iat, url: "https://sentry.io", region_url: "https://us.sentry.io", org });
  return `sntrys_${b64(payload)}_${b64(rs(HEX, 32)).replace(/=+$/, "")}`;
}
function grafanaCloud(stack) {
  const j = { o: nz(6), n: `${stack}-otlp-write`, k: rs(ALNUM, 24), m: { r: "prod-us-east-0" } };
  return `glc_${b64(JSON.stringify(j))}`;
}
function onePassword() {
  const sk = `A3-${rs(UPALNUM, 6)}-${rs(UPALNUM, 6)}-${rs(UPALNUM, 5)}-${rs(UPALNUM, 5)}-${rs(UPALNUM, 5)}-${rs(UPALNUM, 5)}`;
  const j = {
    signInAddress: "https://acme-platform.1password.com",
    userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: b64url(rbytes(16)) },
    email: `${rs(LOWALNUM, 13)}@1passwordserviceaccounts.com`,
    srpX: rs(HEX, 64),
    muk: {
      alg: "A256GCM",
      ext: false,
      k: b64url(rbytes(32)),
      key_ops: ["decrypt", "encrypt"],
      kty: "oct",
      kid: "mp",
    },
    secretKey: sk,
    throttleSecret: { seed: rs(HEX, 64), uuid: rs(UPALNUM, 26) },
    deviceUuid: rs(LOWALNUM, 26),
  };
  return `ops_${b64(JSON.stringify(j))}`;
}
function jwtHS256(payload) {
  const h = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64url(JSON.stringify(payload));
  const sig = crypto.createHmac("sha256", rbytes(32)).update(`${h}.${p}`).digest("base64url");
  return `${h}.${p}.${sig}`;
}
function mapboxToken(kind, user) {
  const p = b64url(JSON.stringify({ u: user, a: `cl${rs(LOWALNUM, 23)}` }));
  return `${kind}.${p}.${rs(ALNUM, 22)}`;
}
function discordBot(id) {
  return `${b64(id).replace(/=+$/, "")}.G${rs(B64URL, 4)}${rs(ALNUM, 1)}.${rsb(B64URL, 27)}`;
}
function pypiTok() {
  const ident = Buffer.from(uuid().replace(/-/g, ""));
  const caveat = Buffer.from('{"permissions": "user", "version": 1}');
  const parts = [
    Buffer.from([0x02, 0x01, 0x08]),
    Buffer.from("pypi.org"),
    Buffer.from([0x02, ident.length]),
    ident,
    Buffer.from([0x00]),
    Buffer.from([0x02, caveat.length]),
    caveat,
    Buffer.from([0x00, 0x00]),
    Buffer.from([0x06, 0x20]),
    rbytes(32),
  ];
  return `pypi-${Buffer.concat(parts).toString("base64url")}`;
}

const gen = {
  linear_api_key: () => `lin_api_${rs(ALNUM, 40)}`,
  notion_integration_token: () => `ntn_${rs(NUM, 11)}${rs(ALNUM, 35)}`,
  asana_pat: () => `2/${nz(16)}/${nz(16)}:${rs(HEX, 32)}`,
  clickup_pat: () => `pk_${nz(8)}_${rs(UPALNUM, 32)}`,
  hubspot_private_app_token: (r = "na1") => `pat-${r}-${uuid()}`,
  intercom_access_token: () => b64(`tok:${uuid()}:1:0`),
  launchdarkly_sdk_key: () => `sdk-${uuid()}`,
  contentful_cma_token: () => `CFPAT-${rsb(B64URL, 43)}`,
  pinecone_api_key: () => `pcsk_${rs(ALNUM, 6)}_${rs(ALNUM, 63)}`,
  cohere_api_key: () => rs(ALNUM, 40),
  groq_api_key: () => `gsk_${rs(ALNUM, 52)}`,
  replicate_api_token: () => `r8_${rs(ALNUM, 37)}`,
  perplexity_api_key: () => `pplx-${rs(ALNUM, 48)}`,
  deepseek_api_key: () => `sk-${rs(HEX, 32)}`,
  xai_api_key: () => `xai-${rs(ALNUM, 80)}`,
  elevenlabs_api_key: () => `sk_${rs(HEX, 48)}`,
  plaid_secret: () => rs(HEX, 30),
  razorpay_key_secret: () => rs(ALNUM, 24),
  paystack_secret_key: () => `sk_live_${rs(HEX, 40)}`,
  flutterwave_secret_key: () => `FLWSECK-${rs(HEX, 32)}-X`,
  mollie_api_key: () => `live_${rs(ALNUM, 30)}`,
  gocardless_access_token: () => `live_${rsb(B64URL, 40)}`,
  shippo_api_token: () => `shippo_live_${rs(HEX, 40)}`,
  easypost_api_key: () => `EZAK${rs(ALNUM, 54)}`,
  twitch_client_secret: () => rs(LOWALNUM, 30),
  dropbox_access_token: () => `sl.B${rsb(B64URL, 134)}`,
  typeform_pat: () => `tfp_${rs(ALNUM, 44)}_${rs(ALNUM, 14)}`,
  airtable_pat: () => `pat${rs(ALNUM, 14)}.${rs(HEX, 64)}`,
  postman_api_key: () => `PMAK-${rs(HEX, 24)}-${rs(HEX, 34)}`,
  doppler_personal_token: () => `dp.pt.${rs(ALNUM, 43)}`,
  infisical_service_token: () => `st.${uuid()}.${rs(HEX, 32)}.${rs(HEX, 32)}`,
  onepassword_service_account_token: onePassword,
  pulumi_access_token: () => `pul-${rs(HEX, 40)}`,
  terraform_cloud_token: () => `${rs(ALNUM, 14)}.atlasv1.${rs(ALNUM, 67)}`,
  fastly_api_token: () => rsb(B64URL, 32),
  render_api_key: () => `rnd_${rs(ALNUM, 28)}`,
  supabase_access_token: () => `sbp_${rs(HEX, 40)}`,
  supabase_service_role_key: (ref) =>
    jwtHS256({
      iss: "supabase",
      ref,
      role: "service_role",
      iat: 1718000000 + rint(9000000),
      exp: 2033576000 + rint(9000000),
    }),
  planetscale_service_token: () => `pscale_tkn_${rsb(B64URL, 43)}`,
  clerk_secret_key: () => `sk_live_${rs(ALNUM, 42)}`,
  resend_api_key: () => `re_${rs(B58, 8)}_${rs(B58, 24)}`,
  mailchimp_api_key: () => `${rs(HEX, 32)}-us${10 + rint(12)}`,
  brevo_api_key: () => `xkeysib-${rs(HEX, 64)}-${rs(ALNUM, 16)}`,
  sendgrid_api_key: () => `SG.${rsb(B64URL, 22)}.${rsb(B64URL, 43)}`,
  messagebird_api_key: () => rs(ALNUM, 25),
  telnyx_api_key: () => `KEY${rs(HEXU, 32)}_${rs(ALNUM, 22)}`,
  sentry_org_token: sentryOrgToken,
  grafana_service_account_token: glsa,
  grafana_cloud_token: grafanaCloud,
  honeycomb_api_key: () => rs(ALNUM, 22),
  newrelic_user_api_key: () => `NRAK-${rs(UPALNUM, 27)}`,
  newrelic_license_key: () => `${rs(HEX, 36)}NRAL`,
  snyk_token: uuid,
  sonarcloud_token: () => rs(HEX, 40),
  atlassian_api_token: atlassian,
  gitlab_pat: glpat,
  gitlab_runner_token: glrt,
  huggingface_token: () => `hf_${rs(LETTERS, 34)}`,
  shopify_access_token: () => `shpat_${rs(HEX, 32)}`,
  square_access_token: () => `EAAA${rsb(B64URL, 60)}`,
  discord_bot_token: discordBot,
  mapbox_secret_token: (user) => mapboxToken("sk", user),
  algolia_admin_key: () => rs(HEX, 32),
  cloudinary_url: (cloud) => `cloudinary://${nz(15)}:${rsb(B64URL, 27)}@${cloud}`,
  digitalocean_pat: () => `dop_v1_${rs(HEX, 64)}`,
  heroku_api_key: () => `HRKU-AA${rsb(B64URL, 58)}`,
  databricks_token: () => `dapi${rs(HEX, 32)}`,
  dynatrace_api_token: () => `dt0c01.${rs(UPALNUM, 24)}.${rs(UPALNUM, 64)}`,
  npm_token: npmTok,
  pypi_token: pypiTok,
};
const TYPES = Object.keys(gen);

// ---------------------------------------------------------------- labelling machinery
const reg = [];
const mark = (i) => `\u0001${i}\u0002`;
function S(type, value) {
  if (!gen[type]) throw new Error(`unknown positive type ${type}`);
  reg.push({ type, value, positive: true });
  return mark(reg.length - 1);
}
function N(type, value) {
  reg.push({ type, value, positive: false });
  return mark(reg.length - 1);
}
const files = [];
function file(rel, text) {
  files.push({ rel, text: text.replace(/^\n/, "") });
}

// ---------------------------------------------------------------- shared values
const V = {};
for (const t of TYPES) V[t] = null;
const SB_REF = rs(LOWER, 20);
const supaAnon = jwtHS256({
  iss: "supabase",
  ref: SB_REF,
  role: "anon",
  iat: 1718000000 + rint(9000000),
  exp: 2033576000 + rint(9000000),
});
const DISCORD_APP_ID = `1${rs(NUM, 17)}`;
const ALGOLIA_APP_ID = rs(UPALNUM, 10);
const MAILCHIMP_KEY = gen.mailchimp_api_key();
const v = {
  clerk: gen.clerk_secret_key(),
  supaSvc: gen.supabase_service_role_key(SB_REF),
  algoliaAdmin: gen.algolia_admin_key(),
  pinecone: gen.pinecone_api_key(),
  groq: gen.groq_api_key(),
  replicate: gen.replicate_api_token(),
  xai: gen.xai_api_key(),
  resend: gen.resend_api_key(),
  contentful: gen.contentful_cma_token(),
  linear: gen.linear_api_key(),
  hf: gen.huggingface_token(),
  cohere: gen.cohere_api_key(),
  ld: gen.launchdarkly_sdk_key(),
  sentry: gen.sentry_org_token("acme-commerce"),
  glpat: gen.gitlab_pat(),
  pulumi: gen.pulumi_access_token(),
  doppler: gen.doppler_personal_token(),
  sendgrid: gen.sendgrid_api_key(),
  shopify: gen.shopify_access_token(),
  airtable: gen.airtable_pat(),
  notion: gen.notion_integration_token(),
  npm: gen.npm_token(),
  hubspot: gen.hubspot_private_app_token("na1"),
  nrLicense: gen.newrelic_license_key(),
  honeycomb: gen.honeycomb_api_key(),
  glsa: gen.grafana_service_account_token(),
  square: gen.square_access_token(),
};

// hard-negative helpers
function breakLast(s, alpha) {
  const last = s[s.length - 1];
  let c;
  do {
    c = alpha[rint(alpha.length)];
  } while (c === last);
  return s.slice(0, -1) + c;
}

// ================================================================= repo 1: storefront-web (Next.js)
file(
  "storefront-web/.env.local",
  `
# Local environment for storefront-web. Copied from 1Password "storefront / prod" on 2024-11-02.
NEXT_PUBLIC_SITE_URL=https://shop.acme-goods.com
NODE_ENV=production

# --- Auth (Clerk)
NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${N("clerk_publishable_key", `pk_live_${b64("clerk.acme-goods.com$").replace(/=+$/, "")}`)}
CLERK_SECRET_KEY=${S("clerk_secret_key", v.clerk)}
NEXT_PUBLIC_CLERK_SIGN_IN_URL=/sign-in

# --- Supabase
NEXT_PUBLIC_SUPABASE_URL=https://${N("id:supabase_project_ref", SB_REF)}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${N("supabase_anon_key", supaAnon)}
SUPABASE_SERVICE_ROLE_KEY=${S("supabase_service_role_key", v.supaSvc)}

# --- Search (Algolia)
NEXT_PUBLIC_ALGOLIA_APP_ID=${N("id:algolia_app_id", ALGOLIA_APP_ID)}
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${N("algolia_search_only_key", rs(HEX, 32))}
ALGOLIA_ADMIN_KEY=${S("algolia_admin_key", v.algoliaAdmin)}
ALGOLIA_INDEX=products_prod

# --- Maps / analytics (public by design)
NEXT_PUBLIC_MAPBOX_TOKEN=${N("mapbox_public_token", mapboxToken("pk", "acmegoods"))}
NEXT_PUBLIC_SEGMENT_WRITE_KEY=${N("segment_browser_write_key", rs(ALNUM, 32))}

# --- AI
PINECONE_API_KEY=${S("pinecone_api_key", v.pinecone)}
PINECONE_INDEX=catalog-embeddings
GROQ_API_KEY=${S("groq_api_key", v.groq)}
REPLICATE_API_TOKEN=${S("replicate_api_token", v.replicate)}
XAI_API_KEY=${S("xai_api_key", v.xai)}

# --- Email
RESEND_API_KEY=${S("resend_api_key", v.resend)}
EMAIL_FROM="Acme Goods <orders@acme-goods.com>"

# --- CMS
CONTENTFUL_SPACE_ID=${N("id:contentful_space_id", rs(LOWALNUM, 12))}
CONTENTFUL_ENVIRONMENT=master
CONTENTFUL_MANAGEMENT_TOKEN=${S("contentful_cma_token", v.contentful)}
`,
);

file(
  "storefront-web/.env.example",
  `
# Copy to .env.local and fill in. Never commit real values.
NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_...
CLERK_SECRET_KEY=${N("placeholder:clerk_secret_key", "sk_test_your_secret_key_here")}
SUPABASE_SERVICE_ROLE_KEY=${N("placeholder:supabase_service_role_key", "your-service-role-key")}
ALGOLIA_ADMIN_KEY=${N("placeholder:algolia_admin_key", "YOUR_ALGOLIA_ADMIN_API_KEY")}
PINECONE_API_KEY=${N("placeholder:pinecone_api_key", "pcsk_...")}
GROQ_API_KEY=${N("placeholder:groq_api_key", "gsk_your_groq_api_key_here")}
REPLICATE_API_TOKEN=${N("placeholder:replicate_api_token", `r8_${"x".repeat(37)}`)}
XAI_API_KEY=
RESEND_API_KEY=${N("placeholder:resend_api_key", "re_123456789")}
CONTENTFUL_MANAGEMENT_TOKEN=${N("placeholder:contentful_cma_token", "CFPAT-<your-token>")}
`,
);

file(
  "storefront-web/lib/search.ts",
  `
import algoliasearch from "algoliasearch";

// Browser client: search-only key, safe to ship.
export const searchClient = algoliasearch(
  process.env.NEXT_PUBLIC_ALGOLIA_APP_ID!,
  process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_KEY!
);

// Server-side indexing client. TODO(mk): move back to env before launch
export function adminClient() {
  return algoliasearch("${N("id:algolia_app_id", ALGOLIA_APP_ID)}", "${S("algolia_admin_key", v.algoliaAdmin)}");
}
`,
);

file(
  "storefront-web/app/api/assistant/route.ts",
  `
import Groq from "groq-sdk";
import OpenAI from "openai";
import { NextResponse } from "next/server";

const groq = new Groq({
  apiKey: process.env.GROQ_API_KEY ?? "${S("groq_api_key", v.groq)}",
});

// Grok as fallback when Groq rate-limits us
const xai = new OpenAI({
  baseURL: "https://api.x.ai/v1",
  apiKey: process.env.XAI_API_KEY,
});

export async function POST(req: Request) {
  const { messages } = await req.json();
  try {
    const out = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages });
    return NextResponse.json(out.choices[0].message);
  } catch (err) {
    const out = await xai.chat.completions.create({ model: "grok-3-mini", messages });
    return NextResponse.json(out.choices[0].message);
  }
}
`,
);

const rzpKeyId = `rzp_live_${rs(ALNUM, 14)}`;
file(
  "storefront-web/app/api/payments/route.ts",
  `
import { NextResponse } from "next/server";
import Razorpay from "razorpay";
import { SquareClient, SquareEnvironment } from "square";

// India storefront
const razorpay = new Razorpay({
  key_id: "${N("razorpay_key_id_public", rzpKeyId)}", // also used by checkout.js in the browser
  key_secret: "${S("razorpay_key_secret", gen.razorpay_key_secret())}",
});

// US pop-up stores
const square = new SquareClient({
  token: "${S("square_access_token", v.square)}",
  environment: SquareEnvironment.Production,
});
const SQUARE_APPLICATION_ID = "${N("square_application_id", `sq0idp-${rsb(B64URL, 22)}`)}";

// Nigeria / Ghana
const PAYSTACK_PUBLIC_KEY = "${N("paystack_public_key", `pk_live_${rs(HEX, 40)}`)}";
const PAYSTACK_SECRET_KEY = "${S("paystack_secret_key", gen.paystack_secret_key())}";

export async function POST(req: Request) {
  const body = await req.json();
  if (body.region === "IN") {
    const order = await razorpay.orders.create({ amount: body.amount, currency: "INR" });
    return NextResponse.json({ order, key: "${N("razorpay_key_id_public", rzpKeyId)}" });
  }
  if (body.region === "NG") {
    const r = await fetch("https://api.paystack.co/transaction/initialize", {
      method: "POST",
      headers: { Authorization: \`Bearer \${PAYSTACK_SECRET_KEY}\`, "Content-Type": "application/json" },
      body: JSON.stringify({ email: body.email, amount: body.amount }),
    });
    return NextResponse.json({ ...(await r.json()), publicKey: PAYSTACK_PUBLIC_KEY });
  }
  const payment = await square.payments.create({ sourceId: body.nonce, idempotencyKey: crypto.randomUUID(), amountMoney: { amount: BigInt(body.amount), currency: "USD" } });
  return NextResponse.json({ payment, appId: SQUARE_APPLICATION_ID });
}
`,
);

file(
  "storefront-web/lib/shipping.ts",
  `
import EasyPostClient from "@easypost/api";
import { Shippo } from "shippo";

export const easypost = new EasyPostClient("${S("easypost_api_key", gen.easypost_api_key())}");

export const shippo = new Shippo({
  apiKeyHeader: "ShippoToken ${S("shippo_api_token", gen.shippo_api_token())}",
});

export const DEFAULT_PARCEL = { length: 10, width: 8, height: 4, distanceUnit: "in", weight: 2, massUnit: "lb" };
`,
);

file(
  "storefront-web/scripts/upload-tilesets.mjs",
  `
#!/usr/bin/env node
// Uploads store-locator tilesets. Needs a *secret* token with uploads:write.
const MAPBOX_USERNAME = "acmegoods";
const MAPBOX_SECRET_TOKEN =
  process.env.MAPBOX_SECRET_TOKEN || "${S("mapbox_secret_token", gen.mapbox_secret_token("acmegoods"))}";

const res = await fetch(\`https://api.mapbox.com/uploads/v1/\${MAPBOX_USERNAME}/credentials?access_token=\${MAPBOX_SECRET_TOKEN}\`, { method: "POST" });
console.log(await res.json());
`,
);

file(
  "storefront-web/README.md",
  `
# storefront-web

Next.js 14 storefront for Acme Goods.

## Setup

1. \`cp .env.example .env.local\`
2. Ask in #storefront for the Doppler project, or fill values by hand.
3. \`pnpm dev\`

Example of what a Clerk secret looks like once set (last 4 shown in the dashboard):
\`CLERK_SECRET_KEY=${N("redacted:clerk_secret_key", `sk_live_${"•".repeat(38)}${v.clerk.slice(-4)}`)}\`

For Resend, the docs use \`${N("placeholder:resend_api_key", "re_123456789")}\` as the example key.
The Mapbox SDK reads \`NEXT_PUBLIC_MAPBOX_TOKEN\` (a public \`pk.\` token; never put an \`sk.\` token there).
`,
);

// ================================================================= repo 2: ledger-etl (Python data service)
const plaidClientId = rs(HEX, 24);
file(
  "ledger-etl/ledger_etl/settings.py",
  `
"""Runtime settings for ledger-etl. Values fall back to the prod defaults below."""
import os

ENV = os.getenv("LEDGER_ENV", "production")

# --- Bank feeds
PLAID_CLIENT_ID = os.getenv("PLAID_CLIENT_ID", "${N("id:plaid_client_id", plaidClientId)}")
PLAID_SECRET = os.getenv("PLAID_SECRET", "${S("plaid_secret", gen.plaid_secret())}")
PLAID_ENV = "production"

# --- EU payments
MOLLIE_API_KEY = os.getenv("MOLLIE_API_KEY", "${S("mollie_api_key", gen.mollie_api_key())}")
GOCARDLESS_ACCESS_TOKEN = "${S("gocardless_access_token", gen.gocardless_access_token())}"
GOCARDLESS_ENVIRONMENT = "live"

# --- Ops tooling we sync into the warehouse
AIRTABLE_BASE_ID = "${N("id:airtable_base_id", `app${rs(ALNUM, 14)}`)}"
AIRTABLE_API_KEY = os.environ.get("AIRTABLE_API_KEY") or "${S("airtable_pat", v.airtable)}"

NOTION_TOKEN = "${S("notion_integration_token", v.notion)}"
NOTION_DATABASE_ID = "${N("id:notion_database_id", rs(HEX, 32))}"

LINEAR_API_KEY = os.getenv("LINEAR_API_KEY", "${S("linear_api_key", v.linear)}")
LINEAR_TEAM_ID = "${N("id:linear_team_id", uuid())}"

ASANA_WORKSPACE_GID = "${N("id:asana_workspace_gid", nz(16))}"
ASANA_ACCESS_TOKEN = "${S("asana_pat", gen.asana_pat())}"

HUBSPOT_ACCESS_TOKEN = os.getenv("HUBSPOT_ACCESS_TOKEN", "${S("hubspot_private_app_token", v.hubspot)}")
HUBSPOT_PORTAL_ID = ${nz(8)}
`,
);

const mcAudience = rs(HEX, 10);
file(
  "ledger-etl/ledger_etl/notify.py",
  `
import requests
import sendgrid
from sendgrid.helpers.mail import Mail
import brevo_python
import mailchimp_marketing as MailchimpMarketing
import messagebird

SENDGRID_API_KEY = "${S("sendgrid_api_key", v.sendgrid)}"

_brevo_cfg = brevo_python.Configuration()
_brevo_cfg.api_key["api-key"] = "${S("brevo_api_key", gen.brevo_api_key())}"

mailchimp = MailchimpMarketing.Client()
mailchimp.set_config({
    "api_key": "${S("mailchimp_api_key", MAILCHIMP_KEY)}",
    "server": "${MAILCHIMP_KEY.split("-")[1]}",
})
FINANCE_AUDIENCE_ID = "${N("id:mailchimp_audience_id", mcAudience)}"

sms = messagebird.Client("${S("messagebird_api_key", gen.messagebird_api_key())}")

TELNYX_HEADERS = {
    "Authorization": "Bearer ${S("telnyx_api_key", gen.telnyx_api_key())}",
    "Content-Type": "application/json",
}


def send_statement(to: str, html: str) -> None:
    sg = sendgrid.SendGridAPIClient(api_key=SENDGRID_API_KEY)
    sg.send(Mail(from_email="ledger@acme-goods.com", to_emails=to, subject="Monthly statement", html_content=html))


def page_oncall(number: str, text: str) -> None:
    requests.post("https://api.telnyx.com/v2/messages", headers=TELNYX_HEADERS,
                  json={"from": "+15550100", "to": number, "text": text}, timeout=10)
`,
);

file(
  "ledger-etl/ledger_etl/llm.py",
  `
"""Transaction categorisation helpers."""
import os

import cohere
from openai import OpenAI
from elevenlabs.client import ElevenLabs
from huggingface_hub import InferenceClient

co = cohere.ClientV2(api_key=os.getenv("CO_API_KEY", "${S("cohere_api_key", v.cohere)}"))

perplexity = OpenAI(
    api_key="${S("perplexity_api_key", gen.perplexity_api_key())}",
    base_url="https://api.perplexity.ai",
)

deepseek = OpenAI(api_key="${S("deepseek_api_key", gen.deepseek_api_key())}", base_url="https://api.deepseek.com")

# Reads statements aloud for the accessibility export
tts = ElevenLabs(api_key="${S("elevenlabs_api_key", gen.elevenlabs_api_key())}")

hf = InferenceClient(model="BAAI/bge-small-en-v1.5", token=os.environ.get("HF_TOKEN", "${S("huggingface_token", v.hf)}"))


def categorise(description: str) -> str:
    resp = co.chat(model="command-r-plus", messages=[{"role": "user", "content": f"Categorise: {description}"}])
    return resp.message.content[0].text.strip()
`,
);

file(
  "ledger-etl/.env",
  `
LEDGER_ENV=production
DATABASE_URL=postgresql://ledger@db.internal:5432/ledger
CO_API_KEY=${S("cohere_api_key", v.cohere)}
HF_TOKEN=${S("huggingface_token", v.hf)}
LINEAR_API_KEY=${S("linear_api_key", v.linear)}
AIRTABLE_API_KEY=${S("airtable_pat", v.airtable)}
NOTION_TOKEN=${S("notion_integration_token", v.notion)}
HUBSPOT_ACCESS_TOKEN=${N("redacted:hubspot_private_app_token", "pat-na1-********-****-****-****-************")}
`,
);

// invalid tokens used as fixtures for a redaction unit test
const badGlsa = (() => {
  const t = glsa();
  const p = t.split("_");
  return `glsa_${p[1]}_${breakLast(p[2], HEX)}`;
})();
const badGlpat = breakLast(glpat(), LOWALNUM);
const badNpm = (() => {
  let t;
  do {
    t = `npm_${rs(ALNUM, 36)}`;
  } while (npmValid(t));
  return t;
})();
file(
  "ledger-etl/tests/test_redaction.py",
  `
import pytest

from ledger_etl.redact import redact

# Look-alike strings that must NOT be treated as live credentials by the redactor.
NOT_SECRETS = [
    "${N("grafana_service_account_token:bad_checksum", badGlsa)}",
    "${N("gitlab_pat:bad_checksum", badGlpat)}",
    "${N("npm_token:bad_checksum", badNpm)}",
    "${N("groq_api_key:wrong_length", `gsk_${rs(ALNUM, 40)}`)}",
    "${N("linear_api_key:wrong_length", `lin_api_${rs(ALNUM, 32)}`)}",
    "${N("shopify_access_token:wrong_alphabet", `shpat_${rs("ghijklmnopqrstuvwxyz", 8)}${rs(HEX, 24)}`)}",
    "${N("perplexity_api_key:wrong_length", `pplx-${rs(ALNUM, 47)}`)}",
    "${N("brevo_api_key:wrong_length", `xkeysib-${rs(HEX, 63)}-${rs(ALNUM, 16)}`)}",
]


@pytest.mark.parametrize("value", NOT_SECRETS)
def test_lookalikes_pass_through(value):
    assert redact(value) == value


def test_masked_values_stay_masked():
    assert redact("${N("redacted:sendgrid_api_key", `SG.${"x".repeat(22)}.${"x".repeat(43)}`)}").startswith("SG.")
`,
);

// ================================================================= repo 3: dispatch-worker (Go)
const twitchClientId = rs(LOWALNUM, 30);
file(
  "dispatch-worker/internal/config/defaults.go",
  `
package config

// Defaults baked into the binary for the "community" build. Overridden by env in prod.
const (
	TwitchClientID     = "${N("id:twitch_client_id", twitchClientId)}"
	TwitchClientSecret = "${S("twitch_client_secret", gen.twitch_client_secret())}"

	DiscordApplicationID = "${N("id:discord_application_id", DISCORD_APP_ID)}"
	DiscordPublicKey     = "${N("discord_interactions_public_key", rs(HEX, 64))}"
	DiscordBotToken      = "${S("discord_bot_token", gen.discord_bot_token(DISCORD_APP_ID))}"

	DropboxAppKey      = "${N("id:dropbox_app_key", rs(LOWALNUM, 15))}"
	DropboxAccessToken = "${S("dropbox_access_token", gen.dropbox_access_token())}"

	TypeformToken = "${S("typeform_pat", gen.typeform_pat())}"
	ClickUpToken  = "${S("clickup_pat", gen.clickup_pat())}"
)
`,
);

file(
  "dispatch-worker/cmd/worker/main.go",
  `
package main

import (
	"context"
	"log"
	"os"

	"github.com/newrelic/go-agent/v3/newrelic"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
)

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	ctx := context.Background()

	app, err := newrelic.NewApplication(
		newrelic.ConfigAppName("dispatch-worker"),
		newrelic.ConfigLicense(getenv("NEW_RELIC_LICENSE_KEY", "${S("newrelic_license_key", v.nrLicense)}")),
	)
	if err != nil {
		log.Fatal(err)
	}
	defer app.Shutdown(0)

	exp, err := otlptracehttp.New(ctx,
		otlptracehttp.WithEndpoint("api.honeycomb.io"),
		otlptracehttp.WithHeaders(map[string]string{
			"x-honeycomb-team": getenv("HONEYCOMB_API_KEY", "${S("honeycomb_api_key", v.honeycomb)}"),
		}),
	)
	if err != nil {
		log.Fatal(err)
	}
	_ = exp
	run(ctx)
}
`,
);

file(
  "dispatch-worker/internal/config/defaults_test.go",
  `
package config

import "testing"

func TestBrowserKeyIsNotSecret(t *testing.T) {
	// Browser agent keys are embedded in every page; they are not credentials.
	const browserKey = "${N("newrelic_browser_key", `NRJS-${rs(HEX, 19)}`)}"
	if isSecret(browserKey) {
		t.Fatalf("browser key flagged")
	}
}

func TestTruncatedAtlassianTokenRejected(t *testing.T) {
	const truncated = "${N("atlassian_api_token:wrong_length", atlassian().slice(0, 120))}"
	if looksLikeAtlassian(truncated) {
		t.Fatalf("truncated token accepted")
	}
}
`,
);

file(
  "dispatch-worker/deploy/docker-compose.yml",
  `
services:
  worker:
    image: ghcr.io/acme-goods/dispatch-worker@sha256:${N("docker_image_digest", rs(HEX, 64))}
    restart: unless-stopped
    environment:
      NEW_RELIC_APP_NAME: dispatch-worker
      NEW_RELIC_LICENSE_KEY: ${S("newrelic_license_key", v.nrLicense)}
      NEW_RELIC_API_KEY: ${S("newrelic_user_api_key", gen.newrelic_user_api_key())}
      NEW_RELIC_ACCOUNT_ID: "${nz(7)}"
      HONEYCOMB_API_KEY: ${S("honeycomb_api_key", v.honeycomb)}
      HONEYCOMB_DATASET: dispatch
      DOPPLER_TOKEN: ${S("doppler_personal_token", v.doppler)}
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}

  alloy:
    image: grafana/alloy:v1.4.2
    environment:
      GRAFANA_CLOUD_OTLP_ENDPOINT: https://otlp-gateway-prod-us-east-0.grafana.net/otlp
      GRAFANA_CLOUD_INSTANCE_ID: "${nz(6)}"
      GRAFANA_CLOUD_API_KEY: ${S("grafana_cloud_token", gen.grafana_cloud_token("acmegoods"))}
`,
);

// ================================================================= repo 4: billing-rails (Rails)
const ldClientSide = rs(HEX, 24);
file(
  "billing-rails/config/credentials/production.yml",
  `
# Decrypted with \`bin/rails credentials:edit --environment production\` -- accidentally committed, see INC-2291
hubspot:
  access_token: ${S("hubspot_private_app_token", v.hubspot)}
  portal_id: ${nz(8)}

intercom:
  access_token: ${S("intercom_access_token", gen.intercom_access_token())}

shopify:
  shop: acme-goods.myshopify.com
  api_key: ${N("id:shopify_api_key_client_id", rs(HEX, 32))}
  admin_api_access_token: ${S("shopify_access_token", v.shopify)}

cloudinary_url: ${S("cloudinary_url", gen.cloudinary_url("acme-goods"))}

flutterwave:
  public_key: ${N("flutterwave_public_key", `FLWPUBK-${rs(HEX, 32)}-X`)}
  secret_key: ${S("flutterwave_secret_key", gen.flutterwave_secret_key())}

launchdarkly:
  sdk_key: ${S("launchdarkly_sdk_key", v.ld)}
  client_side_id: ${N("id:launchdarkly_client_side_id", ldClientSide)}

sendgrid:
  api_key: ${S("sendgrid_api_key", v.sendgrid)}
`,
);

file(
  "billing-rails/config/initializers/launch_darkly.rb",
  `
# frozen_string_literal: true

Rails.configuration.ld_client = LaunchDarkly::LDClient.new(
  ENV.fetch("LAUNCHDARKLY_SDK_KEY", "${S("launchdarkly_sdk_key", v.ld)}")
)

# Exposed to the JS bundle for client-side flags
Rails.configuration.ld_client_side_id = "${N("id:launchdarkly_client_side_id", ldClientSide)}"
`,
);

file(
  "billing-rails/config/initializers/sentry.rb",
  `
# frozen_string_literal: true

Sentry.init do |config|
  # DSNs are public (they only allow event submission).
  config.dsn = "${N("sentry_dsn_public", `https://${rs(HEX, 32)}@o${nz(6)}.ingest.us.sentry.io/${nz(7)}`)}"
  config.traces_sample_rate = 0.2
  config.environment = Rails.env
end
`,
);

file(
  "billing-rails/app/services/shopify_sync.rb",
  `
# frozen_string_literal: true

class ShopifySync
  SHOP = "acme-goods.myshopify.com"

  def initialize(token: Rails.application.credentials.dig(:shopify, :admin_api_access_token))
    @session = ShopifyAPI::Auth::Session.new(shop: SHOP, access_token: token)
  end

  # Fallback used by the one-off backfill rake task (2024-09)
  BACKFILL_TOKEN = "${S("shopify_access_token", v.shopify)}"

  def orders_since(time)
    ShopifyAPI::Order.all(session: @session, created_at_min: time.iso8601, status: "any")
  end
end
`,
);

// ================================================================= repo 5: platform-infra
const actionsSha = rs(HEX, 40);
file(
  "platform-infra/.github/workflows/deploy.yml",
  `
name: deploy

on:
  push:
    branches: [main]

env:
  PULUMI_ACCESS_TOKEN: ${S("pulumi_access_token", v.pulumi)}
  DOPPLER_TOKEN: ${S("doppler_personal_token", v.doppler)}
  SONAR_TOKEN: ${S("sonarcloud_token", gen.sonarcloud_token())}
  SNYK_TOKEN: ${S("snyk_token", gen.snyk_token())}
  SENTRY_AUTH_TOKEN: ${S("sentry_org_token", v.sentry)}
  SENTRY_ORG: acme-commerce

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("git_commit_sha", actionsSha)} # v4.2.2
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${S("npm_token", v.npm)}
      - name: API contract tests
        run: npx newman run "https://api.getpostman.com/collections/${N("id:postman_collection_uid", `${nz(8)}-${uuid()}`)}?apikey=${S("postman_api_key", gen.postman_api_key())}"
      - name: Publish python client
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${S("pypi_token", gen.pypi_token())}
      - name: Mirror to GitLab
        run: git push --mirror https://oauth2:${S("gitlab_pat", v.glpat)}@gitlab.com/acme-goods/platform-infra.git
      - name: Transition Jira issue
        env:
          JIRA_USER: deploy-bot@acme-goods.com
          JIRA_API_TOKEN: ${S("atlassian_api_token", atlassian())}
        run: ./scripts/jira-transition.sh "\${{ github.sha }}"
      - name: Notify
        env:
          GROQ_API_KEY: \${{ secrets.GROQ_API_KEY }}
        run: ./scripts/summarise-release.sh
`,
);

file(
  "platform-infra/terraform/prod.auto.tfvars",
  `
# Production inputs. Sensitive values should come from TFC workspace variables...
tfe_token           = "${S("terraform_cloud_token", gen.terraform_cloud_token())}"
tfe_organization    = "acme-goods"

digitalocean_token  = "${S("digitalocean_pat", gen.digitalocean_pat())}"
heroku_api_key      = "${S("heroku_api_key", gen.heroku_api_key())}"

databricks_host     = "https://dbc-${rs(HEX, 8)}-${rs(HEX, 4)}.cloud.databricks.com"
databricks_token    = "${S("databricks_token", gen.databricks_token())}"

dynatrace_env_url   = "https://${rs(LOWER, 3)}${rs(NUM, 5)}.live.dynatrace.com"
dynatrace_api_token = "${S("dynatrace_api_token", gen.dynatrace_api_token())}"

planetscale_service_token_id = "${N("id:planetscale_service_token_id", rs(LOWALNUM, 12))}"
planetscale_service_token    = "${S("planetscale_service_token", gen.planetscale_service_token())}"

render_api_key        = "${S("render_api_key", gen.render_api_key())}"
supabase_access_token = "${S("supabase_access_token", gen.supabase_access_token())}"
fastly_api_key        = "${S("fastly_api_token", gen.fastly_api_token())}"

grafana_url  = "https://acmegoods.grafana.net"
grafana_auth = "${S("grafana_service_account_token", v.glsa)}"

op_service_account_token = "${S("onepassword_service_account_token", gen.onepassword_service_account_token())}"
infisical_service_token  = "${S("infisical_service_token", gen.infisical_service_token())}"
`,
);

file(
  "platform-infra/docker-compose.yml",
  `
services:
  gitlab-runner:
    image: gitlab/gitlab-runner:v17.5.0
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
      - ./runner:/etc/gitlab-runner
    command: >
      register --non-interactive
      --url https://gitlab.com
      --token ${S("gitlab_runner_token", gen.gitlab_runner_token())}
      --executor docker --docker-image alpine:3.20

  grafana:
    image: grafana/grafana:11.3.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
      GRAFANA_SA_TOKEN: ${S("grafana_service_account_token", v.glsa)}
`,
);

file(
  "platform-infra/.npmrc",
  `
@acme-goods:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${S("npm_token", v.npm)}
always-auth=true
`,
);

file(
  "platform-infra/.sentryclirc",
  `
[defaults]
url=https://sentry.io/
org=acme-commerce
project=storefront-web

[auth]
token=${S("sentry_org_token", v.sentry)}
`,
);

file(
  "platform-infra/Makefile",
  `
PULUMI_ACCESS_TOKEN ?= ${S("pulumi_access_token", v.pulumi)}
STACK ?= acme-goods/platform/prod

.PHONY: preview up
preview:
\tPULUMI_ACCESS_TOKEN=$(PULUMI_ACCESS_TOKEN) pulumi preview --stack $(STACK)

up:
\tPULUMI_ACCESS_TOKEN=$(PULUMI_ACCESS_TOKEN) pulumi up --yes --stack $(STACK)
`,
);

file(
  "platform-infra/scripts/local-supabase.sh",
  `
#!/usr/bin/env bash
# Points the integration tests at the local Supabase stack started by \`supabase start\`.
# These are the CLI's fixed local-development defaults, not real credentials.
export SUPABASE_URL=http://127.0.0.1:54321
export SUPABASE_SECRET_KEY=${N("supabase_cli_local_default_secret", "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz")}
exec pytest -m integration "$@"
`,
);

file(
  "platform-infra/README.md",
  `
# platform-infra

Terraform + Pulumi for Acme Goods. Secrets live in Doppler (\`platform/prd\`) and 1Password.

## Rotating tokens

| Token | Where it lives | Example (redacted) |
|---|---|---|
| Pulumi | Doppler \`PULUMI_ACCESS_TOKEN\` | \`${N("redacted:pulumi_access_token", `pul-${"*".repeat(40)}`)}\` |
| GitLab mirror | GitHub secret | \`${N("redacted:gitlab_pat", "glpat-[REDACTED]")}\` |
| Sentry | \`.sentryclirc\` (local only!) | \`${N("redacted:sentry_org_token", `sntrys_${"*".repeat(24)}`)}\` |
| Render | Doppler \`RENDER_API_KEY\` | \`${N("redacted:render_api_key", `rnd_${rs(ALNUM, 6)}…`)}\` |
| Brevo | Doppler \`BREVO_API_KEY\` | \`${N("redacted:brevo_api_key", `xkeysib-${"•".repeat(16)}`)}\` |

Placeholders used in docs and onboarding:

\`\`\`bash
export HF_TOKEN=${N("placeholder:huggingface_token", `hf_${"x".repeat(34)}`)}
export LAUNCHDARKLY_SDK_KEY=${N("placeholder:launchdarkly_sdk_key", "sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")}
export SENTRY_AUTH_TOKEN=${N("placeholder:sentry_org_token", "sntrys_YOUR_TOKEN_HERE")}
export HUBSPOT_ACCESS_TOKEN=${N("placeholder:hubspot_private_app_token", "pat-na1-00000000-0000-0000-0000-000000000000")}
export TFE_TOKEN=${N("placeholder:terraform_cloud_token", `XXXXXXXXXXXXXX.atlasv1.${"X".repeat(67)}`)}
\`\`\`
`,
);

// ---------------------------------------------------------------- write + label
fs.rmSync(OUT, { recursive: true, force: true });
fs.rmSync(LABELS, { force: true });
const labels = [];
const MARK_OPEN = String.fromCharCode(1);
const MARK_CLOSE = String.fromCharCode(2);
const MARK_RE = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, "g");
for (const f of files) {
  const lines = f.text.split("\n");
  const out = lines.map((line, i) =>
    line.replace(MARK_RE, (_, idx) => {
      const r = reg[Number(idx)];
      if (r.value.includes("\n")) throw new Error("multi-line value");
      labels.push({ file: f.rel, line: i + 1, type: r.type, secret: r.value, positive: r.positive });
      r.used = (r.used ?? 0) + 1;
      return r.value;
    }),
  );
  const abs = path.join(OUT, f.rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, out.join("\n"));
}
if (reg.some((r) => r.used !== 1)) throw new Error("marker used != once");
fs.writeFileSync(LABELS, `${JSON.stringify(labels, null, 2)}\n`);

// ---------------------------------------------------------------- self-check
const fail = (m) => {
  console.error("SELF-CHECK FAILED:", m);
  process.exit(1);
};
const cache = new Map();
for (const l of labels) {
  if (!cache.has(l.file)) cache.set(l.file, fs.readFileSync(path.join(OUT, l.file), "utf8").split("\n"));
  const ln = cache.get(l.file)[l.line - 1];
  if (ln === undefined || !ln.includes(l.secret)) fail(`${l.file}:${l.line} missing ${l.type}`);
}
for (const [f, lines] of cache)
  if (lines.some((x) => x.includes(MARK_OPEN) || x.includes(MARK_CLOSE))) fail(`leftover marker in ${f}`);
const pos = labels.filter((l) => l.positive);
const neg = labels.filter((l) => !l.positive);
const posTypes = new Set(pos.map((l) => l.type));
const missing = TYPES.filter((t) => !posTypes.has(t));
if (missing.length) fail(`types never planted: ${missing.join(",")}`);
for (const t of TYPES) {
  const n = pos.filter((l) => l.type === t).length;
  if (n < 1 || n > 2) fail(`type ${t} planted ${n} times`);
}
const posValues = new Set(pos.map((l) => l.secret));
for (const l of neg) if (posValues.has(l.secret)) fail(`negative equals a positive: ${l.secret}`);
// format checks for the checksummed / structured formats
const fmt = {
  grafana_service_account_token: glsaValid,
  gitlab_pat: (t) => /^glpat-[A-Za-z0-9_-]+\.01\.[0-9a-z]{2}[0-9a-z]{7}$/.test(t) && gitlabRoutableValid(t),
  gitlab_runner_token: (t) =>
    /^glrt-t1_[A-Za-z0-9_-]+\.01\.[0-9a-z]{2}[0-9a-z]{7}$/.test(t) && gitlabRoutableValid(t),
  npm_token: (t) => /^npm_[A-Za-z0-9]{36}$/.test(t) && npmValid(t),
  atlassian_api_token: (t) => t.length === 192 && t.startsWith("ATATT3xFfGF0") && /=[0-9A-F]{8}$/.test(t),
  sentry_org_token: (t) =>
    /^sntrys_eyJpYXQiO[A-Za-z0-9+/]+={0,2}_[A-Za-z0-9+/]{43}$/.test(t) &&
    /LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6/.test(t),
  pinecone_api_key: (t) => /^pcsk_[A-Za-z0-9]{6}_[A-Za-z0-9]{63}$/.test(t),
  resend_api_key: (t) => /^re_[1-9A-HJ-NP-Za-km-z]{8}_[1-9A-HJ-NP-Za-km-z]{24}$/.test(t),
  contentful_cma_token: (t) => t.length === 49,
  telnyx_api_key: (t) => /^KEY[0-9A-Za-z_-]{55}$/.test(t),
  discord_bot_token: (t) => /^[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}$/.test(t),
  intercom_access_token: (t) =>
    t.length === 60 && t.startsWith("dG9rO") && Buffer.from(t, "base64").toString().startsWith("tok:"),
  onepassword_service_account_token: (t) => /^ops_eyJ[A-Za-z0-9+/]{250,}={0,3}$/.test(t),
  pypi_token: (t) => t.startsWith("pypi-AgEIcHlwaS5vcmc"),
  terraform_cloud_token: (t) => /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/.test(t),
  cloudinary_url: (t) => /^cloudinary:\/\/\d{15}:[A-Za-z0-9_-]{27}@[a-z0-9-]+$/.test(t),
  mailchimp_api_key: (t) => /^[0-9a-f]{32}-us\d\d$/.test(t),
  dropbox_access_token: (t) => /^sl\.[A-Za-z0-9_-]{135}$/.test(t),
  typeform_pat: (t) => /^tfp_[A-Za-z0-9_]{59}$/.test(t),
  supabase_service_role_key: (t) =>
    JSON.parse(Buffer.from(t.split(".")[1], "base64url")).role === "service_role",
};
for (const l of pos)
  if (fmt[l.type] && !fmt[l.type](l.secret)) fail(`format check failed for ${l.type}: ${l.secret}`);
if (glsaValid(badGlsa) || gitlabRoutableValid(badGlpat) || npmValid(badNpm))
  fail("broken-checksum negative is valid");

const fileCount = files.length;
console.log(
  `seed=${SEED} files=${fileCount} labels=${labels.length} positives=${pos.length} negatives=${neg.length} positive_types=${posTypes.size}`,
);
console.log("self-check OK");

#!/usr/bin/env node
// gen.mjs — blind, labelled secret-scanner test corpus (set "i"):
// CI/CD and developer-tooling configuration.
//
// Covers GitHub Actions, GitLab CI + runner config, Jenkins (Jenkinsfile, credentials.xml, JCasC,
// job config.xml), CircleCI, Buildkite (pipeline, hooks, agent cfg), Azure Pipelines, Bitbucket
// Pipelines, Travis; package-manager credential files (.npmrc, .yarnrc.yml, .pypirc, pip.conf,
// ~/.gem/credentials, Cargo credentials.toml, NuGet.Config, Maven settings.xml, gradle.properties,
// composer auth.json, .terraformrc, credentials.tfrc.json, Docker config.json, Helm repositories);
// tooling tokens (Sonar, Codecov, Snyk, Sentry, Vault, Doppler, Pulumi, TFC, Fly.io, Netlify,
// Vercel, Heroku, DigitalOcean, Linear, Postman, Atlassian, Artifactory, CircleCI, Buildkite...).
// Hard negatives: secret references, masked log values, image digests, lockfile hashes, commit
// SHAs, docs example keys, placeholders, bad-checksum tokens, encrypted-at-rest blobs.
//
// Usage: node gen.mjs [seed]   (default seed "blind4i"). Writes ./files/, ./labels.json,
// ./neutrals.json next to this script. All randomness: HMAC-SHA256(seed, counter) stream.
//
// Credential formats used (every value is generated at run time):
//   ghp_/gho_/ghs_/ghu_ : prefix + 30 base62 + 6-char CRC32 of the 30 chars, base62 (0-9A-Za-z), left-padded '0'
//   github_pat_         : "github_pat_" + 22 [A-Za-z0-9] + "_" + 59 [A-Za-z0-9]; no checksum claimed
//   npm_                : "npm_" + 30 base62 + 6-char base62 CRC32 (same scheme as GitHub)
//   npm legacy token    : UUIDv4 after _authToken= (context only)
//   npm _auth/_password : base64("user:pass") / base64("pass")
//   glpat- / gldt-      : prefix + 20 [A-Za-z0-9_-] (legacy 20-char format)
//   glrt-               : "glrt-" + 20 [A-Za-z0-9_-]
//   glptt-              : "glptt-" + 40 hex
//   pypi-               : "pypi-" + base64url(no pad) of a macaroon v2 (location pypi.org / test.pypi.org,
//                         36-char UUID identifier, one v1 JSON caveat, 32-byte signature); signature not verifiable
//   rubygems_           : "rubygems_" + 48 hex
//   crates.io           : "cio" + 32 [A-Za-z0-9]
//   NuGet API key       : "oy2" + 43 [a-z0-9]
//   Azure DevOps PAT    : 52 [a-z2-7] (legacy base32 format, context only)
//   Azure AD secret     : 3 [A-Za-z0-9] + digit + "Q~" + 34 [A-Za-z0-9_~.-] (40 chars)
//   sntrys_             : "sntrys_" + base64(JSON{iat,url,region_url,org}) + "_" + base64(32 bytes) without '='
//   sntryu_             : "sntryu_" + 64 hex
//   hvs.                : "hvs." + base64url(protobuf 08 01 12 20 <32B> 1a 1e 0a 1c "hvs."+24 base62) = 91 chars
//   dp.st. / dp.pt.     : "dp.st.<config>." + 43 [A-Za-z0-9]  /  "dp.pt." + 43 [A-Za-z0-9]
//   pul-                : "pul-" + 40 hex
//   Terraform Cloud     : 14 [A-Za-z0-9] + ".atlasv1." + 67 [A-Za-z0-9]
//   fo1_                : "fo1_" + 43 [A-Za-z0-9_-]
//   nfp_                : "nfp_" + 36 [A-Za-z0-9] (length not certain)
//   Vercel token        : 24 [A-Za-z0-9] (context only)
//   Heroku / Codecov / Snyk / Cypress / Chocolatey keys : UUIDv4 (context only)
//   dop_v1_             : "dop_v1_" + 64 hex
//   DO Spaces           : "DO00" + 16 [A-Z0-9] access id, 43 [A-Za-z0-9+/] secret
//   lin_api_            : "lin_api_" + 40 [A-Za-z0-9]
//   PMAK-               : "PMAK-" + 24 hex + "-" + 34 hex
//   Atlassian API token : "ATATT3xFfGF0" + 171 [A-Za-z0-9_-] + "=" + 8 [0-9A-F] (192 chars); trailing hex not verified
//   Bitbucket app pw    : "ATBB" + 24 [A-Za-z0-9] + 8 [0-9A-F] (36 chars)
//   Artifactory API key : "AKCp8" + 68 [A-Za-z0-9] (73 chars)
//   Artifactory ref tok : base64("reftkn:01:<10-digit expiry>:<27 alnum>") = 64 chars, starts "cmVmdGtu"
//   JFrog access token  : JWT (RS256 header, jfrt@ claims, 256-byte signature) — signature random
//   CCIPAT_             : "CCIPAT_" + 22 [A-Za-z0-9] + "_" + 40 hex; legacy CircleCI token 40 hex (context)
//   squ_/sqa_/sqp_      : prefix + 40 hex; SonarCloud legacy token 40 hex (context)
//   bkua_               : "bkua_" + 40 hex; Buildkite agent token 50 [a-z0-9] (context, length not certain)
//   dckr_pat_           : "dckr_pat_" + 27 [A-Za-z0-9_-]
//   AWS                 : "AKIA" + 16 [A-Z2-7]; secret 40 [A-Za-z0-9+/]
//   Slack               : webhook https://hooks.slack.com/services/T<8>/B<10>/<24 alnum>; xoxb-<12d>-<13d>-<24 alnum>
//   MinIO / Harbor      : access key 20 [A-Z0-9], secret 40 [A-Za-z0-9]; robot secret 32 [A-Za-z0-9]
//   SSH / EC keys       : OpenSSH ed25519 (openssh-key-v1, real pubkey derived from seed); SEC1 P-256 PEM
//   passwords           : random strings or word+digit passphrases, identified by context only
//
import { createECDH, createHmac, createPrivateKey, createPublicKey } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "blind4i";

// ---------------------------------------------------------------- deterministic randomness
class Rng {
  constructor(seed) {
    this.key = Buffer.from(String(seed), "utf8");
    this.ctr = 0n;
    this.buf = Buffer.alloc(0);
    this.pos = 0;
  }
  bytes(n) {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      if (this.pos >= this.buf.length) {
        const c = Buffer.alloc(8);
        c.writeBigUInt64BE(this.ctr++);
        this.buf = createHmac("sha256", this.key).update(c).digest();
        this.pos = 0;
      }
      out[i] = this.buf[this.pos++];
    }
    return out;
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
    if (b - a + 1 > 0xffffffff) throw new Error("range too large");
    return a + this.int(b - a + 1);
  }
  pick(a) {
    return a[this.int(a.length)];
  }
  str(alpha, n) {
    let s = "";
    for (let i = 0; i < n; i++) s += alpha[this.int(alpha.length)];
    return s;
  }
}
const R = new Rng(SEED);

// ---------------------------------------------------------------- alphabets & encoders
const DIG = "0123456789",
  UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LO = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIG + UP + LO; // GitHub/npm checksum alphabet (lexicographic order)
const ALNUM = B62,
  HEX = `${DIG}abcdef`,
  HEXU = `${DIG}ABCDEF`;
const _B64 = `${UP + LO + DIG}+/`,
  B64URL = `${UP + LO + DIG}-_`;
const LOWALNUM = LO + DIG,
  UPALNUM = UP + DIG,
  B32L = `${LO}234567`;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, pad = 6) {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(pad, "0");
}
const b64 = (b) => Buffer.from(b).toString("base64");
const b64url = (b) => Buffer.from(b).toString("base64url");
const hex = (n) => R.str(HEX, n);
const wrap = (s, w) => s.match(new RegExp(`.{1,${w}}`, "g")).join("\n");

// ---------------------------------------------------------------- credential generators
function ghStyle(prefix) {
  const body = R.str(B62, 30);
  return prefix + body + base62(crc32(Buffer.from(body)));
}
function ghStyleBad(prefix) {
  // same shape, checksum deliberately wrong
  const body = R.str(B62, 30);
  const ck = base62(crc32(Buffer.from(body)));
  const alt = B62[(B62.indexOf(ck[5]) + 1 + R.int(61)) % 62];
  return prefix + body + ck.slice(0, 5) + alt;
}
const gen = {
  ghp: () => ghStyle("ghp_"),
  gho: () => ghStyle("gho_"),
  ghs: () => ghStyle("ghs_"),
  ghu: () => ghStyle("ghu_"),
  githubPat: () => `github_pat_${R.str(ALNUM, 22)}_${R.str(ALNUM, 59)}`,
  npm: () => ghStyle("npm_"),
  uuid() {
    const b = R.bytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  },
  glpat: () => `glpat-${R.str(ALNUM, 1)}${R.str(`${ALNUM}_-`, 18)}${R.str(ALNUM, 1)}`,
  glrt: () => `glrt-${R.str(ALNUM, 1)}${R.str(`${ALNUM}_-`, 18)}${R.str(ALNUM, 1)}`,
  gldt: () => `gldt-${R.str(ALNUM, 1)}${R.str(`${ALNUM}_-`, 18)}${R.str(ALNUM, 1)}`,
  glptt: () => `glptt-${hex(40)}`,
  pypi(location = "pypi.org", project = "acme-widgets") {
    const varint = (n) => {
      const o = [];
      while (n >= 0x80) {
        o.push((n & 0x7f) | 0x80);
        n >>>= 7;
      }
      o.push(n);
      return Buffer.from(o);
    };
    const field = (t, d) => Buffer.concat([Buffer.from([t]), varint(d.length), Buffer.from(d)]);
    const caveat = JSON.stringify({ version: 1, permissions: { projects: [project] } });
    const mac = Buffer.concat([
      Buffer.from([2]),
      field(1, location),
      field(2, gen.uuid()),
      Buffer.from([0]),
      field(2, caveat),
      Buffer.from([0]),
      Buffer.from([0]),
      field(6, R.bytes(32)),
    ]);
    return `pypi-${b64url(mac)}`;
  },
  rubygems: () => `rubygems_${hex(48)}`,
  cargo: () => `cio${R.str(ALNUM, 32)}`,
  nuget: () => `oy2${R.str(LOWALNUM, 43)}`,
  adoPat: () => R.str(B32L, 52),
  azureSecret: () =>
    `${R.str(ALNUM, 3) + R.pick("78")}Q~${R.str(ALNUM, 1)}${R.str(`${ALNUM}_~.-`, 32)}${R.str(ALNUM, 1)}`,
  sentryOrg(org) {
    const iat = `${1700000000 + R.int(30000000)}.${String(R.int(1000000)).padStart(6, "0")}`;
    const payload = `{"iat":${iat},"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"${org}"}`;
    return `sntrys_${b64(payload)}_${b64(R.bytes(32)).replace(/=+$/, "")}`;
  },
  sentryUser: () => `sntryu_${hex(64)}`,
  vault() {
    const inner = `hvs.${R.str(B62, 24)}`;
    return `hvs.${b64url(Buffer.concat([Buffer.from([0x08, 0x01, 0x12, 0x20]), R.bytes(32), Buffer.from([0x1a, 0x1e, 0x0a, 0x1c]), Buffer.from(inner)]))}`;
  },
  dopplerSt: (cfg) => `dp.st.${cfg}.${R.str(ALNUM, 43)}`,
  pulumi: () => `pul-${hex(40)}`,
  tfc: () => `${R.str(ALNUM, 14)}.atlasv1.${R.str(ALNUM, 67)}`,
  fly: () => `fo1_${R.str(ALNUM, 1)}${R.str(B64URL, 41)}${R.str(ALNUM, 1)}`,
  netlify: () => `nfp_${R.str(ALNUM, 36)}`,
  vercel: () => R.str(ALNUM, 24),
  dop: () => `dop_v1_${hex(64)}`,
  doSpacesId: () => `DO00${R.str(UPALNUM, 16)}`,
  doSpacesSecret: () => R.str(`${ALNUM}+/`, 43),
  linear: () => `lin_api_${R.str(ALNUM, 40)}`,
  postman: () => `PMAK-${hex(24)}-${hex(34)}`,
  atlassian: () => `ATATT3xFfGF0${R.str(ALNUM, 1)}${R.str(B64URL, 169)}${R.str(ALNUM, 1)}=${R.str(HEXU, 8)}`,
  atbb: () => `ATBB${R.str(ALNUM, 24)}${R.str(HEXU, 8)}`,
  akcp: () => `AKCp8${R.str(ALNUM, 68)}`,
  artRef() {
    for (;;) {
      const t = b64(`reftkn:01:${1780000000 + R.int(90000000)}:${R.str(ALNUM, 27)}`);
      if (/^[A-Za-z0-9]+$/.test(t)) return t;
    }
  },
  jfrogJwt() {
    const kid = R.str(B64URL, 43),
      jti = gen.uuid();
    const head = { ver: "2", typ: "JWT", alg: "RS256", kid };
    const iat = 1710000000 + R.int(20000000);
    const body = {
      sub: `jfac@01h${R.str(LOWALNUM, 22)}/users/ci`,
      scp: "applied-permissions/user",
      aud: "*@*",
      iss: `jfac@01h${R.str(LOWALNUM, 22)}`,
      exp: iat + 31536000,
      iat,
      jti,
    };
    return `${b64url(JSON.stringify(head))}.${b64url(JSON.stringify(body))}.${b64url(R.bytes(256))}`;
  },
  acrJwt() {
    const kid = Array.from({ length: 12 }, () => R.str(UPALNUM, 4)).join(":");
    const iat = 1712000000 + R.int(20000000);
    const body = {
      jti: gen.uuid(),
      sub: "svc-build@acme.io",
      nbf: iat,
      exp: iat + 1209600,
      iat,
      iss: "Azure Container Registry",
      aud: "acmeprod.azurecr.io",
      version: "1.0",
      rid: hex(32),
      grant_type: "refresh_token",
      appid: gen.uuid(),
      tenant: gen.uuid(),
      permissions: { actions: ["read", "write"] },
      roles: [],
    };
    return `${b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }))}.${b64url(JSON.stringify(body))}.${b64url(R.bytes(256))}`;
  },
  ccipat: () => `CCIPAT_${R.str(ALNUM, 22)}_${hex(40)}`,
  sonar: (p) => p + hex(40),
  bkua: () => `bkua_${hex(40)}`,
  bkAgent: () => R.str(LOWALNUM, 50),
  dckr: () => `dckr_pat_${R.str(ALNUM, 1)}${R.str(B64URL, 25)}${R.str(ALNUM, 1)}`,
  awsId: () => `AKIA${R.str(`${UP}234567`, 16)}`,
  awsSecret: () => R.str(`${ALNUM}+/`, 40),
  slackHook: () =>
    `https://hooks.slack.com/services/T${R.str(UPALNUM, 8)}/B${R.str(UPALNUM, 10)}/${R.str(ALNUM, 24)}`,
  xoxb: () => `xoxb-${R.range(1, 9)}${R.str(DIG, 11)}-${R.range(1, 9)}${R.str(DIG, 12)}-${R.str(ALNUM, 24)}`,
  minioKey: () => R.str(UPALNUM, 20),
  minioSecret: () => R.str(ALNUM, 40),
  harbor: () => R.str(ALNUM, 32),
  sshEd25519(comment) {
    const seed = R.bytes(32);
    const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
    const pub = createPublicKey(createPrivateKey({ key: der, format: "der", type: "pkcs8" }))
      .export({ format: "der", type: "spki" })
      .subarray(-32);
    const str = (b) => {
      b = Buffer.from(b);
      const l = Buffer.alloc(4);
      l.writeUInt32BE(b.length);
      return Buffer.concat([l, b]);
    };
    const u32 = (n) => {
      const l = Buffer.alloc(4);
      l.writeUInt32BE(n);
      return l;
    };
    const pubBlob = Buffer.concat([str("ssh-ed25519"), str(pub)]);
    const check = R.bytes(4);
    let priv = Buffer.concat([
      check,
      check,
      str("ssh-ed25519"),
      str(pub),
      str(Buffer.concat([seed, pub])),
      str(comment),
    ]);
    const pad = [];
    for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
    priv = Buffer.concat([priv, Buffer.from(pad)]);
    const blob = Buffer.concat([
      Buffer.from("openssh-key-v1\0"),
      str("none"),
      str("none"),
      str(""),
      u32(1),
      str(pubBlob),
      str(priv),
    ]);
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(blob), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  ecP256() {
    let d;
    do {
      d = R.bytes(32);
    } while (d[0] === 0xff || d.every((x) => x === 0));
    const ecdh = createECDH("prime256v1");
    ecdh.setPrivateKey(d);
    const pub = ecdh.getPublicKey();
    const der = Buffer.concat([
      Buffer.from("30770201010420", "hex"),
      d,
      Buffer.from("a00a06082a8648ce3d030107a144034200", "hex"),
      pub,
    ]);
    return `-----BEGIN EC PRIVATE KEY-----\n${wrap(b64(der), 64)}\n-----END EC PRIVATE KEY-----`;
  },
  // look-alikes (negatives / neutrals)
  sha256: () => `sha256:${hex(64)}`,
  sha1: () => hex(40),
  sri: () => `sha512-${b64(R.bytes(64))}`,
  jenkinsEnc() {
    const n = R.pick([16, 32, 48]);
    return `{${b64(Buffer.concat([Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, n]), R.bytes(16 + n)]))}}`;
  },
  mavenEnc: () => `{${b64(R.bytes(R.pick([24, 32])))}}`,
  dpapi: () =>
    b64(
      Buffer.concat([Buffer.from("01000000d08c9ddf0115d1118c7a00c04fc297eb01000000", "hex"), R.bytes(178)]),
    ),
  travisSecure: () => b64(R.bytes(256)),
};
const WORDS = [
  "harbor",
  "falcon",
  "copper",
  "meadow",
  "quartz",
  "lantern",
  "orbit",
  "cobalt",
  "willow",
  "ember",
  "glacier",
  "saffron",
  "tundra",
  "velvet",
  "pioneer",
  "cinder",
  "marble",
  "thistle",
  "juniper",
  "beacon",
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function password(style = "strong") {
  if (style === "url") return R.str(ALNUM, 1) + R.str(ALNUM, R.range(17, 23));
  if (style === "words")
    return (
      cap(R.pick(WORDS)) +
      R.pick(["-", ".", "_"]) +
      cap(R.pick(WORDS)) +
      R.str(DIG, R.range(2, 4)) +
      R.pick(["!", "*", "+", "^"])
    );
  return R.str(ALNUM, 1) + R.str(`${ALNUM}!*-_.+=~^`, R.range(15, 22)) + R.str(ALNUM, 1);
}

// ---------------------------------------------------------------- labelling machinery
const files = new Map(); // rel path -> content
const jsonFiles = new Set();
const labels = [],
  neutrals = [];
let pend = [];
const mark = (o) => {
  pend.push(o);
  return `\u27e6${pend.length - 1}\u27e7`;
};
/** positive label */ const P = (type, secret, note, decoded) =>
  mark({ kind: "pos", type, secret, note, decoded });
/** hard negative   */ const N = (type, secret, note) => mark({ kind: "neg", type, secret, note });
/** neutral         */ const U = (type, value, note) => mark({ kind: "neu", type, secret: value, note });

function emit(rel, text, { crlf = false, json = false } = {}) {
  if (files.has(rel)) throw new Error(`duplicate file ${rel}`);
  text = text.replace(/^\n/, "");
  let out = "",
    last = 0,
    used = 0,
    m;
  const re = /\u27e6(\d+)\u27e7/g;
  const recs = [];
  for (m = re.exec(text); m !== null; m = re.exec(text)) {
    out += text.slice(last, m.index);
    const it = pend[+m[1]];
    used++;
    const line = out.split("\n").length;
    recs.push({ it, line });
    out += it.secret;
    last = re.lastIndex;
  }
  out += text.slice(last);
  if (used !== pend.length) throw new Error(`${rel}: ${pend.length - used} marker(s) created but not placed`);
  pend = [];
  if (crlf) out = out.replace(/\n/g, "\r\n");
  for (const { it, line } of recs) {
    const secret = crlf ? it.secret.replace(/\n/g, "\r\n") : it.secret;
    if (it.kind === "neu") {
      neutrals.push({ file: rel, line, type: it.type, value: secret, note: it.note });
      continue;
    }
    const rec = { file: rel, line, type: it.type, secret, positive: it.kind === "pos" };
    if (it.note) rec.note = it.note;
    if (it.decoded !== undefined) rec.decoded = it.decoded;
    labels.push(rec);
  }
  files.set(rel, out);
  if (json) jsonFiles.add(rel);
}
const ghaSecret = (name) => `\${{ secrets.${name} }}`;
const _REF = "secret_reference";

// ================================================================= files
// ---------------------------------------------------------------- GitHub Actions
emit(
  ".github/workflows/ci.yml",
  `
name: CI

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

env:
  NODE_VERSION: "20.x"
  # TODO(ops): move these to repository secrets before the repo goes public
  NPM_TOKEN: ${P("npm_token", gen.npm(), "hard-coded in workflow env")}
  SONAR_TOKEN: ${P("sonarqube_token", gen.sonar("squ_"), "SonarQube user token")}

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres@${N("container_image_digest", gen.sha256(), "pinned image digest")}
        env:
          POSTGRES_USER: ci
          POSTGRES_PASSWORD: ${U("postgres_password", "postgres", "default password of a throwaway CI service container")}
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
    steps:
      - uses: actions/checkout@${N("git_commit_sha", gen.sha1(), "action pinned to commit SHA")} # v4.1.1
      - uses: actions/setup-node@${N("git_commit_sha", gen.sha1(), "action pinned to commit SHA")} # v4.0.2
        with:
          node-version: \${{ env.NODE_VERSION }}
          registry-url: https://registry.npmjs.org
          cache: npm
      - run: npm ci
        env:
          NODE_AUTH_TOKEN: ${N("npm_token", ghaSecret("NPM_TOKEN"), "GitHub Actions secret reference")}
      - run: npm test -- --coverage
      - name: Upload coverage
        uses: codecov/codecov-action@v4
        with:
          token: ${P("codecov_token", gen.uuid(), "Codecov upload token (UUID) by context")}
          files: ./coverage/lcov.info
          fail_ci_if_error: true
      - name: SonarQube scan
        uses: SonarSource/sonarqube-scan-action@v2
        env:
          GITHUB_TOKEN: ${N("github_token", ghaSecret("GITHUB_TOKEN"), "GitHub Actions secret reference")}
          SONAR_HOST_URL: https://sonar.acme.io
`,
);

emit(
  ".github/workflows/release.yml",
  `
name: Release

on:
  push:
    tags: ["v*.*.*"]

jobs:
  publish-pypi:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install --upgrade build && python -m build
      - name: Publish to PyPI
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          # password: ${N("pypi_token", ghaSecret("PYPI_API_TOKEN"), "commented-out secret reference")}
          password: ${P("pypi_token", gen.pypi("pypi.org", "acme-widgets"), "PyPI macaroon token")}

  github-release:
    needs: publish-pypi
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Create GitHub release
        run: |
          curl -sSf -X POST \\
            -H "Authorization: token ${P("github_pat", gen.ghp(), "classic PAT in curl header")}" \\
            -H "Accept: application/vnd.github+json" \\
            https://api.github.com/repos/acme/widgets/releases \\
            -d "{\\"tag_name\\": \\"\${GITHUB_REF_NAME}\\", \\"generate_release_notes\\": true}"
      - name: Notify #releases
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"widgets \${GITHUB_REF_NAME} released\\"}" \\
            ${P("slack_webhook_url", gen.slackHook(), "incoming webhook URL")}
`,
);

emit(
  ".github/workflows/deploy.yml",
  `
name: Deploy

on:
  workflow_dispatch:
  push:
    branches: [main]

concurrency: deploy-\${{ github.ref }}

jobs:
  web:
    runs-on: ubuntu-latest
    env:
      VERCEL_ORG_ID: ${N("vercel_team_id", `team_${R.str(ALNUM, 24)}`, "public team identifier, not a credential")}
      VERCEL_PROJECT_ID: ${N("vercel_project_id", `prj_${R.str(ALNUM, 28)}`, "project identifier")}
      NEXT_PUBLIC_FIREBASE_API_KEY: ${U("firebase_web_api_key", `AIza${R.str(`${ALNUM}_-`, 35)}`, "Firebase web API key, public by design")}
      NEXT_PUBLIC_SENTRY_DSN: ${U("sentry_dsn", `https://${hex(32)}@o${R.range(100000, 999999)}.ingest.sentry.io/450${R.str(DIG, 13)}`, "Sentry DSN is shipped to browsers")}
    steps:
      - uses: actions/checkout@v4
      - run: npm install --global vercel@latest
      - run: vercel pull --yes --environment=production --token=${P("vercel_token", gen.vercel(), "Vercel token on the command line")}
      - run: vercel build --prod
      - run: vercel deploy --prebuilt --prod --token=${N("vercel_token", ghaSecret("VERCEL_TOKEN"), "secret reference")}

  docs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run docs:build
      - uses: nwtgck/actions-netlify@v3
        with:
          publish-dir: ./docs/.vitepress/dist
          production-deploy: true
        env:
          NETLIFY_AUTH_TOKEN: ${P("netlify_token", gen.netlify(), "Netlify personal access token")}
          NETLIFY_SITE_ID: ${N("netlify_site_id", gen.uuid(), "site ID (UUID), not secret")}

  api:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only --config fly.toml
        env:
          FLY_API_TOKEN: ${P("flyio_token", gen.fly(), "Fly.io org token")}

  worker:
    runs-on: ubuntu-latest
    steps:
      - uses: digitalocean/action-doctl@v2
        with:
          token: ${P("digitalocean_token", gen.dop(), "DigitalOcean PAT")}
      - run: doctl apps create-deployment ${N("digitalocean_app_id", gen.uuid(), "App Platform app ID")} --wait
`,
);

emit(
  ".github/workflows/docker-publish.yml",
  `
name: Docker

on:
  push:
    branches: [main]
    tags: ["v*"]

jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: acmebot
          password: ${P("docker_hub_pat", gen.dckr(), "Docker Hub PAT")}
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: ${N("github_token", "${{ github.token }}", "automatic token expression")}
      - id: build
        uses: docker/build-push-action@v5
        with:
          push: true
          tags: |
            acme/api:\${{ github.sha }}
            ghcr.io/acme/api:latest
          build-args: |
            BASE_IMAGE=node:20-alpine@${N("container_image_digest", gen.sha256(), "base image digest")}
      # last known-good digest (rollback target): ${N("container_image_digest", gen.sha256(), "digest in a comment")}
      - name: Sign image
        run: cosign sign --yes --key cosign.key acme/api@\${{ steps.build.outputs.digest }}
        env:
          COSIGN_PASSWORD: ${P("cosign_key_password", password("strong"), "password for the cosign signing key")}
`,
);

emit(
  ".github/workflows/nightly-security.yml",
  `
name: Nightly security

on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:

jobs:
  snyk:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: snyk/actions/node@master
        continue-on-error: true
        env:
          SNYK_TOKEN: ${P("snyk_token", gen.uuid(), "Snyk API token (UUID) by context")}
        with:
          args: --org=${N("snyk_org_id", gen.uuid(), "organisation ID, not secret")} --severity-threshold=high

  sentry-release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: getsentry/action-release@v1
        env:
          SENTRY_AUTH_TOKEN: ${P("sentry_org_token", gen.sentryOrg("acme"), "Sentry org auth token")}
          SENTRY_ORG: acme
          SENTRY_PROJECT: web
        with:
          environment: production

  report:
    needs: [snyk]
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          github-token: ${P("github_fine_grained_pat", gen.githubPat(), "fine-grained PAT")}
          script: |
            await github.rest.issues.create({ owner: 'acme', repo: 'security', title: 'Nightly scan failed' })
`,
);

emit(
  ".github/dependabot.yml",
  `
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${N("npm_token", "${{secrets.DEPENDABOT_NPM_TOKEN}}", "Dependabot secret reference")}
  maven-artifactory:
    type: maven-repository
    url: https://acme.jfrog.io/artifactory/libs-release
    username: svc-dependabot
    password: ${P("artifactory_api_key", gen.akcp(), "Artifactory API key")}
  dockerhub:
    type: docker-registry
    url: registry.hub.docker.com
    username: acmebot
    password: ${N("docker_password", "${{secrets.DOCKERHUB_PASSWORD}}", "Dependabot secret reference")}
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [npm-github]
    schedule: { interval: weekly }
  - package-ecosystem: gradle
    directory: "/backend"
    registries: [maven-artifactory]
    schedule: { interval: weekly }
`,
);

emit(
  ".github/workflows/terraform.yml",
  `
name: Terraform

on:
  pull_request:
    paths: ["infra/**"]
  push:
    branches: [main]
    paths: ["infra/**"]

defaults:
  run:
    working-directory: infra

jobs:
  plan:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: eu-west-1
      AWS_ACCESS_KEY_ID: ${P("aws_access_key_id", gen.awsId())}
      AWS_SECRET_ACCESS_KEY: ${P("aws_secret_access_key", gen.awsSecret())}
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/setup-terraform@v3
        with:
          terraform_version: 1.7.5
          cli_config_credentials_token: ${P("terraform_cloud_token", gen.tfc(), "TFC user/team token")}
      - run: terraform init -input=false
        env:
          TF_TOKEN_app_terraform_io: ${N("terraform_cloud_token", ghaSecret("TF_API_TOKEN"), "secret reference")}
      - run: terraform plan -no-color -input=false
        env:
          TF_VAR_do_token: ${N("digitalocean_token", ghaSecret("DO_TOKEN"), "secret reference")}
`,
);

emit(
  ".github/workflows/pulumi.yml",
  `
name: Pulumi

on:
  push:
    branches: [main]
    paths: ["infra/pulumi/**"]

jobs:
  up:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
        working-directory: infra/pulumi
      - uses: dopplerhq/cli-action@v3
      - uses: pulumi/actions@v5
        with:
          command: up
          stack-name: acme/prod
          work-dir: infra/pulumi
        env:
          PULUMI_ACCESS_TOKEN: ${N("pulumi_access_token", ghaSecret("PULUMI_ACCESS_TOKEN"), "secret reference")}
          DOPPLER_TOKEN: ${P("doppler_service_token", gen.dopplerSt("prd"), "Doppler service token")}
          ARM_CLIENT_SECRET: ${N("azure_client_secret", ghaSecret("ARM_CLIENT_SECRET"), "secret reference")}
`,
);

emit(
  ".github/workflows/e2e.yml",
  `
name: E2E

on:
  pull_request:
  schedule:
    - cron: "0 6 * * 1-5"

jobs:
  cypress:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        containers: [1, 2, 3]
    steps:
      - uses: actions/checkout@v4
      - name: Checkout fixtures repo
        uses: actions/checkout@v4
        with:
          repository: acme/e2e-fixtures
          token: ${P("github_fine_grained_pat", gen.githubPat(), "fine-grained PAT for a private checkout")}
          path: fixtures
      - uses: cypress-io/github-action@v6
        with:
          record: true
          parallel: true
          start: npm run start:ci
        env:
          CYPRESS_RECORD_KEY: ${P("cypress_record_key", gen.uuid(), "Cypress Cloud record key (UUID)")}
          GITHUB_TOKEN: ${N("github_token", ghaSecret("E2E_GH_TOKEN"), "secret reference")}
`,
);

// ---------------------------------------------------------------- GitLab
emit(
  ".gitlab-ci.yml",
  `
stages: [build, test, publish, deploy]

variables:
  DOCKER_DRIVER: overlay2
  GIT_DEPTH: "20"
  # read_api scope only, used by the changelog job
  GITLAB_API_TOKEN: ${P("gitlab_pat", gen.glpat(), "PAT in CI variables block")}
  NPM_CONFIG_REGISTRY: https://gitlab.example.com/api/v4/projects/42/packages/npm/

default:
  image: node:20-bookworm@${N("container_image_digest", gen.sha256(), "pinned image digest")}

include:
  - local: ci/templates/deploy.gitlab-ci.yml

build:
  stage: build
  script:
    - echo "//gitlab.example.com/api/v4/projects/42/packages/npm/:_authToken=${N("gitlab_job_token", "${CI_JOB_TOKEN}", "predefined CI variable reference")}" > .npmrc
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

test:
  stage: test
  script: npm test

docker:
  stage: publish
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "${N("gitlab_registry_password", "$CI_REGISTRY_PASSWORD", "predefined CI variable reference")}" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - docker login -u deploy-bot -p ${P("docker_registry_password", password("url"), "password on docker login command line")} registry.acme.io
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

trigger-downstream:
  stage: deploy
  script:
    - curl --fail -X POST -F token=${P("gitlab_pipeline_trigger_token", gen.glptt())} -F ref=main "https://gitlab.example.com/api/v4/projects/118/trigger/pipeline"

changelog:
  stage: deploy
  rules:
    - if: $CI_COMMIT_TAG
  script:
    # job log shows: PRIVATE-TOKEN: ${N("masked_value", "[MASKED]", "GitLab masked variable in a log excerpt")}
    - 'curl --header "PRIVATE-TOKEN: $GITLAB_API_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/repository/changelog?version=$CI_COMMIT_TAG"'
`,
);

emit(
  "ci/templates/deploy.gitlab-ci.yml",
  `
.deploy_template: &deploy
  image: registry.gitlab.com/gitlab-org/cloud-deploy/aws-base:latest
  variables:
    AWS_DEFAULT_REGION: eu-west-1
  before_script:
    - aws configure set aws_access_key_id ${P("aws_access_key_id", gen.awsId())}
    - aws configure set aws_secret_access_key ${P("aws_secret_access_key", gen.awsSecret())}

deploy_staging:
  <<: *deploy
  stage: deploy
  environment: staging
  script:
    - git clone https://gitlab+deploy-token-17:${P("gitlab_deploy_token", gen.gldt(), "deploy token in clone URL")}@gitlab.example.com/platform/helm-charts.git
    - helm upgrade --install api ./helm-charts/api -f helm/values-staging.yaml

deploy_production:
  <<: *deploy
  stage: deploy
  environment: production
  variables:
    AWS_SECRET_ACCESS_KEY: ${N("aws_secret_access_key", "$PROD_AWS_SECRET_ACCESS_KEY", "CI variable reference")}
  when: manual
  script:
    - helm upgrade --install api ./helm-charts/api -f helm/values-production.yaml
`,
);

emit(
  "gitlab-runner/config.toml",
  `
concurrent = 4
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "docker-runner-01"
  url = "https://gitlab.example.com"
  id = 27
  token = "${P("gitlab_runner_token", gen.glrt(), "runner authentication token")}"
  token_obtained_at = 2024-03-11T08:14:02Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.cache]
    Type = "s3"
    Shared = true
    [runners.cache.s3]
      ServerAddress = "minio.internal:9000"
      AccessKey = "${P("minio_access_key", gen.minioKey(), "S3/MinIO cache access key by context")}"
      SecretKey = "${P("minio_secret_key", gen.minioSecret(), "S3/MinIO cache secret key")}"
      BucketName = "runner-cache"
      Insecure = true
  [runners.docker]
    tls_verify = false
    image = "alpine:3.19"
    privileged = true
    volumes = ["/cache", "/certs/client"]
    shm_size = 0

[[runners]]
  name = "shell-runner-legacy"
  url = "https://gitlab.example.com"
  id = 9
  token = "${N("gitlab_runner_token", "REDACTED", "placeholder")}"
  executor = "shell"
`,
);

// ---------------------------------------------------------------- Jenkins
emit(
  "Jenkinsfile",
  `
pipeline {
  agent { label 'linux && docker' }

  options {
    timestamps()
    buildDiscarder(logRotator(numToKeepStr: '30'))
  }

  environment {
    ARTIFACTORY_URL   = 'https://acme.jfrog.io/artifactory'
    ARTIFACTORY_CREDS = ${N("jenkins_credential_binding", "credentials('artifactory-deployer')", "credential ID lookup, no secret value")}
    SONAR_HOST_URL    = 'https://sonar.acme.io'
    // FIXME: temporary until the sonar credential is added to the folder
    SONAR_TOKEN       = '${P("sonarqube_token", gen.sonar("sqa_"), "global analysis token")}'
  }

  stages {
    stage('Checkout') {
      steps { checkout scm }
    }
    stage('Build') {
      steps {
        sh './gradlew clean build -x test --no-daemon'
      }
    }
    stage('Publish') {
      when { branch 'main' }
      steps {
        sh "curl -sSf -H 'X-JFrog-Art-Api: ${P("artifactory_api_key", gen.akcp(), "API key in curl header")}' -T build/libs/app.jar \${ARTIFACTORY_URL}/libs-release-local/com/acme/app/\${BUILD_NUMBER}/app-\${BUILD_NUMBER}.jar"
      }
    }
    stage('Deploy') {
      when { branch 'main' }
      steps {
        withCredentials([usernamePassword(credentialsId: 'prod-ssh', usernameVariable: 'DEPLOY_USER', passwordVariable: 'DEPLOY_PW')]) {
          sh 'sshpass -p "${N("ssh_password", "$DEPLOY_PW", "withCredentials variable reference")}" ssh -o StrictHostKeyChecking=no $DEPLOY_USER@app01.internal ./deploy.sh'
        }
        sh 'mysql -h db01.internal -u deployer -p${P("mysql_password", password("url"), "password in mysql -p argument")} app < migrations/latest.sql'
      }
    }
  }

  post {
    failure {
      slackSend channel: '#ci', tokenCredentialId: 'slack-bot', message: "Build failed: \${env.JOB_NAME} #\${env.BUILD_NUMBER}"
    }
  }
}
`,
);

emit(
  "jenkins/credentials.xml",
  `
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>artifactory-deployer</id>
          <description>Artifactory deploy user</description>
          <username>svc-jenkins</username>
          <password>${U("jenkins_encrypted_secret", gen.jenkinsEnc(), "hudson.util.Secret ciphertext; only usable with the controller master key")}</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>github-token</id>
          <description>GitHub PAT for commit statuses (restored from backup 2024-02-19, re-save to encrypt)</description>
          <secret>${P("github_pat", gen.ghp(), "plaintext secret in credentials.xml")}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey plugin="ssh-credentials@337.v395d2403ccd4">
          <scope>GLOBAL</scope>
          <id>deploy-key</id>
          <description>deploy@app01</description>
          <username>deploy</username>
          <usernameSecret>false</usernameSecret>
          <privateKeySource class="com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource">
            <privateKey>${P("ssh_private_key", gen.sshEd25519("deploy@jenkins"), "unencrypted OpenSSH ed25519 key")}</privateKey>
          </privateKeySource>
        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-bot</id>
          <description>Slack bot token</description>
          <secret>${U("jenkins_encrypted_secret", gen.jenkinsEnc(), "hudson.util.Secret ciphertext")}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`,
);

{
  const ind = " ".repeat(20);
  const ec = gen.ecP256().split("\n").join(`\n${ind}`);
  emit(
    "jenkins/casc.yaml",
    `
jenkins:
  systemMessage: "Acme CI - configured by JCasC, manual changes will be overwritten"
  numExecutors: 0
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: admin
          password: ${N("jenkins_user_password", '"${JENKINS_ADMIN_PASSWORD}"', "JCasC variable interpolation")}
        - id: release-bot
          password: ${P("jenkins_user_password", password("words"), "local user password")}
  authorizationStrategy:
    loggedInUsersCanDoAnything:
      allowAnonymousRead: false

credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: gitlab-api
              secret: ${P("gitlab_pat", gen.glpat())}
          - string:
              scope: GLOBAL
              id: sonar
              secret: ${N("sonarqube_token", '"${readFile:/run/secrets/sonar_token}"', "JCasC file interpolation")}
          - usernamePassword:
              scope: GLOBAL
              id: nexus
              username: ci
              password: ${P("nexus_password", password("strong"))}
          - basicSSHUserPrivateKey:
              scope: GLOBAL
              id: deploy-ec
              username: deploy
              privateKeySource:
                directEntry:
                  privateKey: |
                    ${P("ec_private_key", ec, "PEM EC key in YAML block scalar (continuation lines indented)")}

unclassified:
  gitLabConnectionConfig:
    connections:
      - apiTokenId: gitlab-api
        name: gitlab
        url: https://gitlab.example.com
  slackNotifier:
    teamDomain: acme
    tokenCredentialId: slack-bot
`,
  );
}

emit(
  "jenkins/jobs/nightly-db-backup/config.xml",
  `
<?xml version='1.1' encoding='UTF-8'?>
<project>
  <description>Nightly pg_dump of the app database to S3</description>
  <keepDependencies>false</keepDependencies>
  <properties>
    <hudson.model.ParametersDefinitionProperty>
      <parameterDefinitions>
        <hudson.model.StringParameterDefinition>
          <name>PGPASSWORD</name>
          <description>backup role password</description>
          <defaultValue>${P("postgres_password", password("strong"), "plain string parameter default")}</defaultValue>
          <trim>true</trim>
        </hudson.model.StringParameterDefinition>
        <hudson.model.PasswordParameterDefinition>
          <name>S3_SECRET</name>
          <defaultValue>${U("jenkins_encrypted_secret", gen.jenkinsEnc(), "password parameter stored encrypted")}</defaultValue>
        </hudson.model.PasswordParameterDefinition>
      </parameterDefinitions>
    </hudson.model.ParametersDefinitionProperty>
  </properties>
  <scm class="hudson.scm.NullSCM"/>
  <triggers>
    <hudson.triggers.TimerTrigger><spec>H 2 * * *</spec></hudson.triggers.TimerTrigger>
  </triggers>
  <builders>
    <hudson.tasks.Shell>
      <command>pg_dump -h db01.internal -U backup app | gzip | aws s3 cp - s3://acme-backups/app-$(date +%F).sql.gz</command>
    </hudson.tasks.Shell>
  </builders>
</project>
`,
);

// ---------------------------------------------------------------- CircleCI / Buildkite / Azure / Bitbucket / Travis
emit(
  ".circleci/config.yml",
  `
version: 2.1

orbs:
  node: circleci/node@5.2.0
  slack: circleci/slack@4.12.5

parameters:
  run-e2e:
    type: boolean
    default: false

executors:
  default:
    docker:
      - image: cimg/node:20.11@${N("container_image_digest", gen.sha256(), "pinned image digest")}
    environment:
      SLACK_ACCESS_TOKEN: ${P("slack_bot_token", gen.xoxb(), "Slack bot token for the slack orb")}
      SLACK_DEFAULT_CHANNEL: C04ABCD1234

jobs:
  test:
    executor: default
    environment:
      HEROKU_APP_NAME: acme-staging
      HEROKU_API_KEY: ${P("heroku_api_key", gen.uuid(), "Heroku API key (UUID) by context")}
    steps:
      - checkout
      - node/install-packages:
          pkg-manager: npm
      - run: npm test
      - run: git push https://heroku:$HEROKU_API_KEY@git.heroku.com/$HEROKU_APP_NAME.git HEAD:main
      - slack/notify:
          event: fail
          template: basic_fail_1

  trigger-e2e:
    executor: default
    steps:
      - run:
          name: Trigger e2e pipeline
          command: |
            curl -sSf -X POST https://circleci.com/api/v2/project/gh/acme/e2e/pipeline \\
              -H "Circle-Token: ${P("circleci_personal_token", gen.ccipat())}" \\
              -H "Content-Type: application/json" \\
              -d '{"branch":"main","parameters":{"sha":"${N("git_commit_sha", "<< pipeline.git.revision >>", "pipeline value template")}"}}'
      - run: curl -s -H "Circle-Token: ${N("circleci_personal_token", "$CIRCLE_TOKEN", "env var reference")}" https://circleci.com/api/v2/me

workflows:
  main:
    jobs:
      - test
      - trigger-e2e:
          requires: [test]
          filters: { branches: { only: main } }
`,
);

emit(
  ".buildkite/pipeline.yml",
  `
env:
  DOCKER_BUILDKIT: "1"

steps:
  - label: ":docker: build"
    key: build
    command: .buildkite/scripts/build.sh
    plugins:
      - docker-login#v2.1.0:
          username: acmebot
          password-env: DOCKER_LOGIN_PASSWORD

  - wait

  - label: ":pulumi: preview"
    env:
      PULUMI_ACCESS_TOKEN: ${P("pulumi_access_token", gen.pulumi())}
    command: pulumi preview --stack acme/prod --cwd infra/pulumi

  - label: ":rocket: trigger deploy"
    branches: main
    command: |
      curl -sf -H "Authorization: Bearer ${P("buildkite_api_token", gen.bkua())}" \\
        -X POST "https://api.buildkite.com/v2/organizations/acme/pipelines/deploy/builds" \\
        -d '{"commit": "${N("git_commit_sha", gen.sha1(), "pinned commit SHA")}", "branch": "main", "message": "release"}'
`,
);

emit(
  ".buildkite/hooks/pre-command",
  `
#!/usr/bin/env bash
# Agent-wide pre-command hook: exports credentials for every step on this queue.
set -euo pipefail

export DOCKER_LOGIN_PASSWORD="${N("docker_password", "$(buildkite-agent secret get docker_login_password)", "fetched at runtime from Buildkite secrets")}"
export NPM_TOKEN=${P("npm_token", gen.npm(), "exported in agent hook")}
export VAULT_ADDR=https://vault.acme.internal:8200
export VAULT_TOKEN=${P("vault_token", gen.vault(), "Vault service token")}

if [[ "\${BUILDKITE_PIPELINE_SLUG}" == "deploy" ]]; then
  export KUBECONFIG=/etc/buildkite-agent/kubeconfig-prod
fi
`,
);

emit(
  "buildkite/buildkite-agent.cfg",
  `
# The token from your Buildkite "Agents" page
token="${P("buildkite_agent_token", gen.bkAgent(), "agent registration token by context")}"

# The name of the agent
name="%hostname-%spawn"

# The number of agents to spawn in parallel
spawn=4

# Tags for the agent (default is "queue=default")
tags="queue=default,os=linux,docker=true"

# Path to where the builds will run from
build-path="/var/lib/buildkite-agent/builds"

# Directory where the hook scripts are found
hooks-path="/etc/buildkite-agent/hooks"

# Directory where plugins will be installed
plugins-path="/etc/buildkite-agent/plugins"

# git-mirrors-path="/var/lib/buildkite-agent/git-mirrors"
`,
);

emit(
  "azure-pipelines.yml",
  `
trigger:
  branches:
    include: [ main, release/* ]

pool:
  vmImage: ubuntu-latest

variables:
  - group: release-secrets
  - name: buildConfiguration
    value: Release
  - name: subscriptionId
    value: ${N("azure_subscription_id", gen.uuid(), "subscription ID, not secret")}

steps:
  - checkout: self
    persistCredentials: true

  - script: |
      git config --global url."https://build:${P("azure_devops_pat", gen.adoPat(), "PAT embedded in git insteadOf URL")}@dev.azure.com/acme/".insteadOf "https://dev.azure.com/acme/"
    displayName: Configure private module access

  - task: DotNetCoreCLI@2
    inputs:
      command: restore
      projects: '**/*.csproj'
      feedsToUse: config
      nugetConfigPath: NuGet.Config

  - script: dotnet pack -c $(buildConfiguration) -o $(Build.ArtifactStagingDirectory)

  - script: dotnet nuget push "$(Build.ArtifactStagingDirectory)/*.nupkg" --api-key ${P("nuget_api_key", gen.nuget())} --source https://api.nuget.org/v3/index.json --skip-duplicate
    displayName: Push to nuget.org

  - script: dotnet nuget push "$(Build.ArtifactStagingDirectory)/*.nupkg" --api-key az --source acme-feed
    env:
      VSS_NUGET_ACCESSTOKEN: ${N("azure_devops_pat", "$(System.AccessToken)", "pipeline macro reference")}

  - task: AzureCLI@2
    inputs:
      azureSubscription: 'acme-prod-connection'
      scriptType: bash
      scriptLocation: inlineScript
      inlineScript: |
        az login --service-principal -u ${U("azure_client_id", gen.uuid(), "application (client) ID")} -p ${P("azure_client_secret", gen.azureSecret())} --tenant ${N("azure_tenant_id", gen.uuid(), "tenant ID, not secret")}
        az webapp deploy --resource-group acme-prod --name acme-api --src-path $(Build.ArtifactStagingDirectory)/api.zip
`,
  { crlf: true },
);

emit(
  "bitbucket-pipelines.yml",
  `
image: atlassian/default-image:4

definitions:
  caches:
    gradlewrapper: ~/.gradle/wrapper

pipelines:
  default:
    - step:
        name: Build and test
        caches: [gradle, gradlewrapper]
        script:
          - ./gradlew build

  branches:
    main:
      - step:
          name: Mirror to GitHub and publish
          script:
            - git push --mirror https://acme-ci:${P("bitbucket_app_password", gen.atbb(), "app password in push URL")}@bitbucket.org/acme/legacy-api.git
            - >-
              curl -sf -u release-bot@acme.io:${P("atlassian_api_token", gen.atlassian(), "Atlassian API token in curl basic auth")}
              -X POST -H "Content-Type: application/json"
              https://acme.atlassian.net/rest/api/3/issue/REL-12/transitions
              -d '{"transition":{"id":"31"}}'
            - pipe: atlassian/bitbucket-upload-file:0.7.1
              variables:
                BITBUCKET_USERNAME: acme-ci
                BITBUCKET_APP_PASSWORD: ${N("bitbucket_app_password", "$BITBUCKET_APP_PASSWORD", "repository variable reference")}
                FILENAME: build/libs/*.jar
`,
);

emit(
  ".travis.yml",
  `
language: node_js
node_js:
  - "18"
  - "20"

env:
  global:
    - secure: "${N("travis_encrypted_secret", gen.travisSecure(), "RSA-encrypted with the repo public key; safe to commit")}"
    - secure: "${N("travis_encrypted_secret", gen.travisSecure(), "RSA-encrypted with the repo public key; safe to commit")}"
    - CXX=g++-10

script:
  - npm run lint
  - npm test

after_success:
  - bash <(curl -s https://codecov.io/bash) -t ${N("codecov_token", "$CODECOV_TOKEN", "env var reference")}

deploy:
  - provider: npm
    email: releases@acme.io
    api_token: ${P("npm_token", gen.npm(), "Travis npm deploy token in clear")}
    skip_cleanup: true
    on:
      tags: true
      node_js: "20"
  - provider: releases
    token: ${P("github_oauth_token", gen.gho(), "OAuth token from travis setup releases")}
    file_glob: true
    file: dist/*
    on:
      tags: true
`,
);

// ---------------------------------------------------------------- npm / yarn
emit(
  ".npmrc",
  `
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${P("github_pat", gen.ghp(), "GitHub Packages token in .npmrc")}
//registry.npmjs.org/:_authToken=${N("npm_token", "${NPM_TOKEN}", "env var expansion")}
# old publish token (rotated 2024-02):
# //registry.npmjs.org/:_authToken=${N("npm_token", ghStyleBad("npm_"), "CRC32 checksum does not verify")}
save-exact=true
engine-strict=true
fund=false
audit-level=high
`,
);

{
  const u1 = "ci-reader",
    p1 = password("url");
  const p2 = password("strong");
  emit(
    "packages/legacy-admin/.npmrc",
    `
registry=https://nexus.acme.internal/repository/npm-group/
_auth=${P("npm_basic_auth", b64(`${u1}:${p1}`), "base64 user:password", `${u1}:${p1}`)}
always-auth=true
email=ci@acme.io
strict-ssl=false
//nexus.acme.internal/repository/npm-hosted/:username=ci-publisher
//nexus.acme.internal/repository/npm-hosted/:_password=${P("npm_password", b64(p2), "base64-encoded password", p2)}
//nexus.acme.internal/repository/npm-hosted/:email=ci@acme.io
//registry.npmjs.org/:_authToken=${P("npm_legacy_token", gen.uuid(), "pre-2021 UUID npm token by context")}
`,
  );
}

{
  const ident = `svc-yarn:${password("url")}`;
  emit(
    ".yarnrc.yml",
    `
nodeLinker: node-modules
enableTelemetry: false
enableGlobalCache: true

npmRegistryServer: "https://registry.yarnpkg.com"
npmAuthToken: ${P("npm_token", gen.npm(), "Yarn berry npmAuthToken")}

npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "${P("github_oauth_token", gen.gho(), "token for GitHub Packages scope")}"
  acme-internal:
    npmRegistryServer: "https://acme.jfrog.io/artifactory/api/npm/npm-local/"
    npmAuthIdent: "${P("npm_basic_auth", b64(ident), "base64 npmAuthIdent", ident)}"
  oss:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: "${N("npm_token", "${NPM_PUBLISH_TOKEN:-}", "yarn env var interpolation")}"

yarnPath: .yarn/releases/yarn-4.1.1.cjs
`,
  );
}

emit(
  "package-lock.json",
  `
{
  "name": "@acme/widgets",
  "version": "3.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@acme/widgets",
      "version": "3.4.1",
      "license": "MIT",
      "dependencies": {
        "@acme/ui": "^2.8.0",
        "express": "^4.19.2",
        "zod": "^3.22.4"
      },
      "devDependencies": {
        "vitest": "^1.4.0"
      }
    },
    "node_modules/@acme/ui": {
      "version": "2.8.3",
      "resolved": "https://npm.pkg.github.com/download/@acme/ui/2.8.3/${hex(40)}",
      "integrity": "${N("lockfile_integrity_hash", gen.sri(), "npm SRI integrity")}",
      "license": "UNLICENSED"
    },
    "node_modules/express": {
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "${N("lockfile_integrity_hash", gen.sri(), "npm SRI integrity")}",
      "license": "MIT",
      "engines": {
        "node": ">= 0.10.0"
      }
    },
    "node_modules/vitest": {
      "version": "1.4.0",
      "resolved": "https://registry.npmjs.org/vitest/-/vitest-1.4.0.tgz",
      "integrity": "${N("lockfile_integrity_hash", gen.sri(), "npm SRI integrity")}",
      "dev": true,
      "license": "MIT"
    },
    "node_modules/zod": {
      "version": "3.22.4",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.22.4.tgz",
      "integrity": "${N("lockfile_integrity_hash", gen.sri(), "npm SRI integrity")}",
      "license": "MIT"
    }
  }
}
`,
  { json: true },
);

emit(
  "packages/legacy-admin/yarn.lock",
  `
# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@babel/code-frame@^7.22.13":
  version "7.23.5"
  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.23.5.tgz#${N("lockfile_integrity_hash", gen.sha1(), "sha1 of tarball in resolved URL fragment")}"
  integrity ${N("lockfile_integrity_hash", gen.sri(), "yarn SRI integrity")}
  dependencies:
    "@babel/highlight" "^7.23.4"
    chalk "^2.4.2"

chalk@^2.4.2:
  version "2.4.2"
  resolved "https://registry.yarnpkg.com/chalk/-/chalk-2.4.2.tgz#${N("lockfile_integrity_hash", gen.sha1(), "sha1 of tarball in resolved URL fragment")}"
  integrity ${N("lockfile_integrity_hash", gen.sri(), "yarn SRI integrity")}
  dependencies:
    ansi-styles "^3.2.1"
    escape-string-regexp "^1.0.5"
    supports-color "^5.3.0"
`,
);

// ---------------------------------------------------------------- Python
emit(
  ".pypirc",
  `
[distutils]
index-servers =
    pypi
    testpypi
    acme

[pypi]
username = __token__
password = ${P("pypi_token", gen.pypi("pypi.org", "acme-cli"))}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${N("pypi_token", "<your-testpypi-token>", "placeholder")}

[acme]
repository = https://pypi.acme.internal/
username = release
password = ${P("pypi_private_index_password", password("strong"))}
`,
);

emit(
  "ci/pip.conf",
  `
[global]
index-url = https://ci-reader:${P("artifactory_password", password("url"), "password in pip index URL")}@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
extra-index-url = https://__token__:${P("gitlab_pat", gen.glpat(), "PAT in extra-index-url")}@gitlab.example.com/api/v4/projects/311/packages/pypi/simple
trusted-host = acme.jfrog.io
timeout = 60

[install]
no-cache-dir = false
`,
);

emit(
  "requirements/ci.txt",
  `
# CI extras. Credentials come from the environment (pip expands \${VAR} here).
--extra-index-url https://\${PIP_EXTRA_USER}:${N("pip_index_password", "${PIP_EXTRA_TOKEN}", "env var expansion in requirements file")}@pypi.acme.internal/simple
-r base.txt

pytest==8.1.1 \\
    --hash=${N("lockfile_integrity_hash", gen.sha256(), "pip hash-checking mode")}
coverage[toml]==7.4.4 \\
    --hash=${N("lockfile_integrity_hash", gen.sha256(), "pip hash-checking mode")}
`,
);

emit(
  "Makefile",
  `
.PHONY: build publish publish-test clean

PYTHON ?= python3

build: clean
\t$(PYTHON) -m build

publish: build
\ttwine upload --non-interactive -u __token__ -p ${N("pypi_token", "$(PYPI_TOKEN)", "make variable reference")} dist/*

publish-test: build
\ttwine upload --repository testpypi --non-interactive -u __token__ -p ${P("pypi_token", gen.pypi("test.pypi.org", "acme-cli"), "TestPyPI token")} dist/*

clean:
\trm -rf build dist *.egg-info
`,
);

// ---------------------------------------------------------------- Ruby / Rust
emit(
  "ci/home/.gem/credentials",
  `
---
:rubygems_api_key: ${P("rubygems_api_key", gen.rubygems())}
:github: Bearer ${P("github_pat", gen.ghp(), "GitHub Packages RubyGems key")}
`,
);

emit(
  "ci/home/.cargo/credentials.toml",
  `
[registry]
token = "${P("crates_io_token", gen.cargo())}"

[registries.acme-internal]
token = "Bearer ${P("artifactory_reference_token", gen.artRef(), "JFrog reference token for the Cargo registry")}"
`,
);

emit(
  "tools/cli/Cargo.lock",
  `
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "anyhow"
version = "1.0.81"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${N("lockfile_integrity_hash", hex(64), "crate checksum")}"

[[package]]
name = "clap"
version = "4.5.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${N("lockfile_integrity_hash", hex(64), "crate checksum")}"
dependencies = [
 "clap_builder",
 "clap_derive",
]

[[package]]
name = "acme-cli"
version = "0.9.2"
dependencies = [
 "anyhow",
 "clap",
 "serde",
]

[[package]]
name = "serde"
version = "1.0.197"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${N("lockfile_integrity_hash", hex(64), "crate checksum")}"
`,
);

// ---------------------------------------------------------------- .NET / JVM / PHP
emit(
  "NuGet.Config",
  `
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="acme-feed" value="https://pkgs.dev.azure.com/acme/_packaging/acme-feed/nuget/v3/index.json" />
    <add key="github" value="https://nuget.pkg.github.com/acme/index.json" />
    <add key="legacy-myget" value="https://www.myget.org/F/acme/api/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme-feed>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="${P("azure_devops_pat", gen.adoPat(), "ClearTextPassword in NuGet.Config")}" />
    </acme-feed>
    <github>
      <add key="Username" value="acme-ci" />
      <add key="ClearTextPassword" value="${N("github_token", "%GITHUB_PACKAGES_TOKEN%", "environment variable reference")}" />
    </github>
    <legacy-myget>
      <add key="Username" value="acme" />
      <add key="Password" value="${U("dpapi_encrypted_password", gen.dpapi(), "DPAPI-encrypted; decryptable only by the same Windows user")}" />
    </legacy-myget>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org/api/v2/package" value="${P("nuget_api_key", gen.nuget())}" />
  </apikeys>
</configuration>
`,
  { crlf: true },
);

emit(
  "ci/maven/settings.xml",
  `
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>ossrh</id>
      <username>acme-release</username>
      <password>${P("maven_repository_password", password("strong"), "Sonatype OSSRH password")}</password>
    </server>
    <server>
      <id>acme-artifactory</id>
      <username>ci</username>
      <password>${P("artifactory_reference_token", gen.artRef())}</password>
    </server>
    <server>
      <id>github</id>
      <username>acme-ci</username>
      <password>${N("github_token", "${env.GITHUB_TOKEN}", "Maven env interpolation")}</password>
    </server>
    <server>
      <id>legacy-nexus</id>
      <username>deploy</username>
      <password>${U("maven_encrypted_password", gen.mavenEnc(), "mvn --encrypt-password output; needs settings-security.xml master key")}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>release</id>
      <properties>
        <gpg.keyname>${N("gpg_key_id", R.str(HEXU, 16), "public GPG key ID")}</gpg.keyname>
        <gpg.passphrase>${P("gpg_passphrase", password("words"))}</gpg.passphrase>
      </properties>
    </profile>
  </profiles>
</settings>
`,
);

emit(
  "gradle.properties",
  `
org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
kotlin.code.style=official
android.useAndroidX=true

# --- publishing ---------------------------------------------------------
ossrhUsername=acme-release
ossrhPassword=${P("maven_repository_password", password("strong"), "gradle.properties publishing password")}
signing.keyId=${N("gpg_key_id", R.str(HEXU, 8), "short public key ID")}
signing.password=${P("gpg_passphrase", password("words"))}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
artifactory_user=ci
artifactory_password=${P("artifactory_api_key", gen.akcp())}
artifactory_contextUrl=https://acme.jfrog.io/artifactory
gpr.user=acme-ci
gpr.key=${N("github_token", "<github-packages-token>", "placeholder")}
#systemProp.sonar.token=${P("sonarqube_token", gen.sonar("squ_"), "commented out but still a valid token")}
systemProp.sonar.host.url=https://sonar.acme.io
`,
);

emit(
  "auth.json",
  `
{
    "github-oauth": {
        "github.com": "${P("github_oauth_token", gen.gho(), "composer github-oauth")}"
    },
    "gitlab-token": {
        "gitlab.example.com": "${P("gitlab_pat", gen.glpat(), "composer gitlab-token")}"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "${P("private_packagist_token", hex(64), "Private Packagist token by context")}"
        },
        "satis.acme.io": {
            "username": "ci",
            "password": "${P("composer_http_basic_password", password("strong"))}"
        }
    },
    "bearer": {
        "packages.acme.io": "${N("bearer_token", "REPLACE_ME", "placeholder")}"
    }
}
`,
  { json: true },
);

{
  const r1 = gen.sha1(),
    r2 = gen.sha1(),
    r3 = gen.sha1();
  emit(
    "composer.lock",
    `
{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
        "This file is @generated automatically"
    ],
    "content-hash": "${N("lockfile_integrity_hash", hex(32), "composer content-hash (md5)")}",
    "packages": [
        {
            "name": "guzzlehttp/guzzle",
            "version": "7.8.1",
            "source": {
                "type": "git",
                "url": "https://github.com/guzzle/guzzle.git",
                "reference": "${N("git_commit_sha", r1, "composer source reference")}"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/guzzle/guzzle/zipball/${r1}",
                "reference": "${r1}",
                "shasum": ""
            },
            "type": "library"
        },
        {
            "name": "acme/internal-sdk",
            "version": "2.3.0",
            "source": {
                "type": "git",
                "url": "https://gitlab.example.com/platform/internal-sdk.git",
                "reference": "${N("git_commit_sha", r2, "composer source reference")}"
            },
            "dist": {
                "type": "zip",
                "url": "https://satis.acme.io/dist/acme/internal-sdk/acme-internal-sdk-${r2}-zip-${r3}.zip",
                "reference": "${r2}",
                "shasum": "${N("lockfile_integrity_hash", r3, "dist sha1 checksum")}"
            },
            "type": "library"
        }
    ],
    "packages-dev": [],
    "minimum-stability": "stable",
    "prefer-stable": true,
    "plugin-api-version": "2.6.0"
}
`,
    { json: true },
  );
}

// ---------------------------------------------------------------- Terraform / Pulumi / DO
emit(
  "ci/home/.terraformrc",
  `
plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "${P("terraform_cloud_token", gen.tfc())}"
}

credentials "tfe.acme.internal" {
  token = "${N("terraform_cloud_token", `${"x".repeat(14)}.atlasv1.${"x".repeat(67)}`, "placeholder of the right shape")}"
}
`,
);

emit(
  "ci/terraform/credentials.tfrc.json",
  `
{
  "credentials": {
    "app.terraform.io": {
      "token": "${P("terraform_cloud_token", gen.tfc(), "terraform login output file")}"
    }
  }
}
`,
  { json: true },
);

emit(
  "infra/main.tf",
  `
terraform {
  required_version = ">= 1.6"
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
  cloud {
    organization = "acme"
    workspaces { name = "prod" }
  }
}

variable "do_token" {
  type      = string
  sensitive = true
}

provider "digitalocean" {
  token = ${N("digitalocean_token", "var.do_token", "Terraform variable reference")}
}

# TODO: remove once the old team's resources are imported into the main account
provider "digitalocean" {
  alias             = "legacy"
  token             = "${P("digitalocean_token", gen.dop())}"
  spaces_access_id  = "${P("digitalocean_spaces_access_key", gen.doSpacesId())}"
  spaces_secret_key = "${P("digitalocean_spaces_secret_key", gen.doSpacesSecret())}"
}

resource "digitalocean_spaces_bucket" "artifacts" {
  provider = digitalocean.legacy
  name     = "acme-ci-artifacts"
  region   = "ams3"
}
`,
);

emit(
  "infra/.terraform.lock.hcl",
  `
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/digitalocean/digitalocean" {
  version     = "2.36.0"
  constraints = "~> 2.34"
  hashes = [
    "${N("lockfile_integrity_hash", `h1:${b64(R.bytes(32))}`, "provider package hash")}",
    "${N("lockfile_integrity_hash", `zh:${hex(64)}`, "provider zip hash")}",
    "${N("lockfile_integrity_hash", `zh:${hex(64)}`, "provider zip hash")}",
  ]
}
`,
);

emit(
  "infra/pulumi/Pulumi.prod.yaml",
  `
encryptionsalt: ${N("pulumi_encrypted_value", `v1:${b64(R.bytes(8))}:v1:${b64(R.bytes(12))}:${b64(R.bytes(32))}`, "passphrase-provider salt")}
config:
  aws:region: eu-west-1
  acme:dbPassword:
    secure: ${N("pulumi_encrypted_value", `v1:${b64(R.bytes(12))}:${b64(R.bytes(40))}`, "Pulumi ciphertext")}
  acme:datadogApiKey:
    secure: ${N("pulumi_encrypted_value", `v1:${b64(R.bytes(12))}:${b64(R.bytes(48))}`, "Pulumi ciphertext")}
  # set with \`pulumi config set\` (forgot --secret)
  acme:doToken: ${P("digitalocean_token", gen.dop(), "plaintext Pulumi config value")}
  acme:replicas: "3"
`,
);

emit(
  "ci/home/.config/doctl/config.yaml",
  `
access-token: ${P("digitalocean_token", gen.dop(), "doctl default context")}
auth-contexts:
  staging: ${P("digitalocean_token", gen.dop(), "doctl named context")}
  sandbox: ${N("digitalocean_token", "dop_v1_<token>", "placeholder")}
context: default
output: text
`,
);

// ---------------------------------------------------------------- Docker / Helm
{
  const dck = gen.dckr();
  const glUser = "gitlab-ci-pull",
    glPw = password("url");
  const acrAuth = b64("00000000-0000-0000-0000-000000000000:");
  emit(
    "ci/home/.docker/config.json",
    `
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${P("docker_registry_auth", b64(`acmebot:${dck}`), "base64 user:PAT", `acmebot:${dck}`)}"
    },
    "registry.gitlab.com": {
      "auth": "${P("docker_registry_auth", b64(`${glUser}:${glPw}`), "base64 user:password", `${glUser}:${glPw}`)}"
    },
    "acmeprod.azurecr.io": {
      "auth": "${N("docker_registry_auth", acrAuth, "base64 of the all-zero GUID user and empty password used with identity tokens")}",
      "identitytoken": "${P("docker_identity_token", gen.acrJwt(), "ACR refresh token (JWT)")}"
    },
    "ghcr.io": {
      "auth": "${N("docker_registry_auth", b64("username:password"), "base64 of placeholder credentials")}"
    }
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
`,
    { json: true },
  );
}

emit(
  "helm/repositories.yaml",
  `
apiVersion: ""
generated: "2024-04-02T10:11:12.123456789Z"
repositories:
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: bitnami
  pass_credentials_all: false
  password: ""
  url: https://charts.bitnami.com/bitnami
  username: ""
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: acme-charts
  pass_credentials_all: false
  password: ${P("helm_repo_password", password("strong"), "chartmuseum basic-auth password")}
  url: https://charts.acme.io
  username: ci-helm
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: harbor
  pass_credentials_all: false
  password: ${P("harbor_robot_secret", gen.harbor(), "Harbor robot account secret")}
  url: https://harbor.acme.io/chartrepo/platform
  username: robot$platform+ci-pull
`,
);

{
  const user = "gitlab+deploy-token-23",
    tok = gen.gldt();
  const dockercfg = JSON.stringify({
    auths: { "registry.gitlab.com": { username: user, password: tok, auth: b64(`${user}:${tok}`) } },
  });
  emit(
    "helm/values-ci.yaml",
    `
replicaCount: 1

image:
  repository: registry.gitlab.com/acme/api
  tag: ""
  pullPolicy: IfNotPresent

imagePullSecrets:
  - name: regcred

# rendered into a kubernetes.io/dockerconfigjson Secret by templates/regcred.yaml
regcred:
  dockerconfigjson: ${P("docker_registry_auth", b64(dockercfg), "base64 .dockerconfigjson with a GitLab deploy token inside", tok)}

sentry:
  dsn: ${U("sentry_dsn", `https://${hex(32)}@o${R.range(100000, 999999)}.ingest.us.sentry.io/450${R.str(DIG, 13)}`, "Sentry DSN, ingest-only")}

resources:
  limits: { cpu: 500m, memory: 512Mi }
`,
  );
}

emit(
  "Dockerfile",
  `
# syntax=docker/dockerfile:1.7
FROM node:20-alpine@${N("container_image_digest", gen.sha256(), "base image digest")} AS deps
WORKDIR /app
# default only used for local builds; CI passes --build-arg
ARG NPM_TOKEN=${P("npm_token", gen.npm(), "ARG default bakes the token into image history")}
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc \\
 && npm ci --omit=dev \\
 && rm -f .npmrc

FROM gcr.io/distroless/nodejs20-debian12@${N("container_image_digest", gen.sha256(), "base image digest")}
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY dist ./dist
USER nonroot
CMD ["dist/server.js"]
`,
);

{
  const pgpw = password("url");
  emit(
    "docker-compose.ci.yml",
    `
services:
  e2e:
    build:
      context: .
      args:
        NPM_TOKEN: ${N("npm_token", "${NPM_TOKEN}", "compose variable interpolation")}
        JFROG_ACCESS_TOKEN: ${P("artifactory_reference_token", gen.artRef())}
    environment:
      DATABASE_URL: postgres://app:${P("postgres_password", pgpw, "password in connection URL")}@db:5432/app_e2e
      REDIS_URL: redis://redis:6379/0
    depends_on: [db, redis]

  db:
    image: postgres:16@${N("container_image_digest", gen.sha256(), "pinned image digest")}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]

  redis:
    image: redis:7-alpine

secrets:
  pg_password:
    file: ./ci/secrets/pg_password.txt
`,
  );
}

// ---------------------------------------------------------------- Tool configs
emit(
  "sonar-project.properties",
  `
sonar.projectKey=acme_widgets
sonar.organization=acme
sonar.host.url=https://sonarcloud.io
sonar.login=${P("sonarcloud_token", hex(40), "legacy 40-hex SonarCloud token by context")}
# sonar.token=${N("sonarqube_token", "${env.SONAR_TOKEN}", "env reference")}

sonar.sources=src
sonar.tests=test
sonar.exclusions=**/*.spec.ts,**/generated/**
sonar.javascript.lcov.reportPaths=coverage/lcov.info
`,
);

emit(
  "codecov.yml",
  `
codecov:
  token: ${P("codecov_token", gen.uuid(), "repository upload token")}
  require_ci_to_pass: yes
  notify:
    wait_for_ci: yes

coverage:
  precision: 2
  round: down
  range: "70...100"
  status:
    project:
      default:
        target: auto
        threshold: 1%

comment:
  layout: "reach,diff,flags,files"
  behavior: default
`,
);

emit(
  ".sentryclirc",
  `
[defaults]
url = https://sentry.io/
org = acme
project = web

[auth]
token = ${P("sentry_user_token", gen.sentryUser())}

[log]
level = info
`,
);

emit(
  "scripts/vault-login.sh",
  `
#!/usr/bin/env bash
# Obtain a Vault token for CI or local use.
# Local dev server:  vault server -dev -dev-root-token-id=${N("vault_token", "root", "documented dev-mode root token id")}
set -euo pipefail

export VAULT_ADDR="\${VAULT_ADDR:-https://vault.acme.internal:8200}"

if [[ "\${CI:-}" == "true" ]]; then
  # AppRole login for CI
  VAULT_TOKEN=$(vault write -field=token auth/approle/login \\
    role_id=${U("vault_approle_role_id", gen.uuid(), "AppRole role_id: identifier, semi-sensitive")} \\
    secret_id=${P("vault_approle_secret_id", gen.uuid(), "AppRole secret_id")})
else
  VAULT_TOKEN=${P("vault_token", gen.vault(), "personal Vault token")}   # expires in 32d
fi
export VAULT_TOKEN
vault token lookup -format=json | jq -r '.data.display_name'
`,
);

emit(
  ".env.ci",
  `
# CI-only environment, sourced by scripts/ci-env.sh
NODE_ENV=test
LOG_LEVEL=warn
DOPPLER_TOKEN=${P("doppler_service_token", gen.dopplerSt("ci"))}
LINEAR_API_KEY=${P("linear_api_key", gen.linear())}
POSTMAN_API_KEY=${P("postman_api_key", gen.postman())}
POSTMAN_COLLECTION_UID=${N("postman_collection_uid", `${R.range(10000000, 39999999)}-${gen.uuid()}`, "collection UID")}
CIRCLECI_TOKEN=${P("circleci_personal_token", hex(40), "legacy 40-hex CircleCI token by context")}
HEROKU_API_KEY=${N("heroku_api_key", "your-heroku-api-key", "placeholder")}
SNYK_TOKEN=
CODECOV_TOKEN=${N("codecov_token", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "placeholder")}
`,
);

emit(
  "renovate.json",
  `
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended", ":semanticCommits"],
  "timezone": "Europe/Berlin",
  "schedule": ["before 6am on monday"],
  "hostRules": [
    {
      "hostType": "npm",
      "matchHost": "npm.pkg.github.com",
      "token": "${N("github_token", "{{ secrets.GITHUB_PACKAGES_TOKEN }}", "Renovate secrets template")}"
    },
    {
      "hostType": "docker",
      "matchHost": "acme.jfrog.io",
      "username": "renovate",
      "password": "${P("artifactory_api_key", gen.akcp())}"
    }
  ],
  "encrypted": {
    "npmToken": "${N("renovate_encrypted_secret", b64(R.bytes(420)), "encrypted with the Renovate app public key")}"
  }
}
`,
  { json: true },
);

emit(
  ".vscode/settings.json",
  `
{
  "editor.formatOnSave": true,
  "editor.defaultFormatter": "esbenp.prettier-vscode",
  "typescript.tsdk": "node_modules/typescript/lib",
  "sonarlint.connectedMode.connections.sonarqube": [
    {
      "connectionId": "acme-sonar",
      "serverUrl": "https://sonar.acme.io",
      "token": "${P("sonarqube_token", gen.sonar("squ_"), "token in editor settings")}"
    }
  ],
  "rest-client.environmentVariables": {
    "staging": {
      "baseUrl": "https://api.staging.acme.io",
      "linearToken": "${P("linear_api_key", gen.linear(), "token in REST client env")}"
    }
  }
}
`,
  { json: true },
);

emit(
  "ci/home/.netrc",
  `
machine github.com
  login ${P("github_pat", gen.ghp(), "token as netrc login")}
  password ${N("password", "x-oauth-basic", "conventional literal used with token logins")}
machine api.heroku.com
  login ops@acme.io
  password ${P("heroku_api_key", gen.uuid(), "Heroku API key in netrc")}
`,
);

emit(
  "ci/home/.jfrog/jfrog-cli.conf.v6",
  `
{
  "servers": [
    {
      "url": "https://acme.jfrog.io/",
      "artifactoryUrl": "https://acme.jfrog.io/artifactory/",
      "distributionUrl": "https://acme.jfrog.io/distribution/",
      "user": "ci",
      "password": "${P("artifactory_password", password("strong"))}",
      "accessToken": "${P("jfrog_access_token", gen.jfrogJwt(), "JFrog access token (JWT)")}",
      "serverId": "acme",
      "isDefault": true
    }
  ],
  "version": "6"
}
`,
  { json: true },
);

emit(
  "tools/release_notes.py",
  `
"""Build release notes from Jira + Linear and post them to the release channel."""
import os
import sys

import requests

JIRA_URL = "https://acme.atlassian.net"
JIRA_USER = "release-bot@acme.io"
# fallback for local runs -- remove before merging!!
JIRA_TOKEN = os.environ.get("JIRA_API_TOKEN") or "${P("atlassian_api_token", gen.atlassian(), "fallback literal in code")}"
LINEAR_KEY = ${N("linear_api_key", 'os.environ["LINEAR_API_KEY"]', "env lookup")}
POSTMAN_KEY = os.getenv("POSTMAN_API_KEY", "${N("postman_api_key", `PMAK-${"x".repeat(24)}-${"x".repeat(34)}`, "placeholder default")}")


def jira_issues(version: str) -> list[dict]:
    r = requests.get(
        f"{JIRA_URL}/rest/api/3/search",
        params={"jql": f'fixVersion = "{version}"', "fields": "summary"},
        auth=(JIRA_USER, JIRA_TOKEN),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["issues"]


def linear_issues(label: str) -> list[dict]:
    q = {"query": "query($l:String!){issues(filter:{labels:{name:{eq:$l}}}){nodes{identifier title}}}", "variables": {"l": label}}
    r = requests.post("https://api.linear.app/graphql", json=q, headers={"Authorization": LINEAR_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["issues"]["nodes"]


if __name__ == "__main__":
    version = sys.argv[1]
    for issue in jira_issues(version):
        print(f"- {issue['key']}: {issue['fields']['summary']}")
    for issue in linear_issues(version):
        print(f"- {issue['identifier']}: {issue['title']}")
`,
);

emit(
  "scripts/sync-postman.sh",
  `
#!/bin/sh
# Push the OpenAPI-generated collection to Postman.
set -eu
API_KEY="\${POSTMAN_API_KEY:-${P("postman_api_key", gen.postman(), "default value in shell parameter expansion")}}"
COLLECTION="${N("postman_collection_uid", `${R.range(10000000, 39999999)}-${gen.uuid()}`, "collection UID")}"

npx openapi-to-postmanv2 -s openapi.yaml -o postman/collection.json -p
curl --fail -sS -X PUT "https://api.getpostman.com/collections/$COLLECTION" \\
  -H "X-Api-Key: $API_KEY" \\
  -H "Content-Type: application/json" \\
  --data @postman/collection.json
`,
);

emit(
  ".pre-commit-config.yaml",
  `
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: ${N("git_commit_sha", gen.sha1(), "hook pinned by commit SHA")}  # frozen: v4.5.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/gitleaks/gitleaks
    rev: ${N("git_commit_sha", gen.sha1(), "hook pinned by commit SHA")}  # frozen: v8.18.2
    hooks:
      - id: gitleaks
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: ${N("git_commit_sha", gen.sha1(), "hook pinned by commit SHA")}  # frozen: v0.3.4
    hooks:
      - id: ruff
`,
);

// ---------------------------------------------------------------- docs, logs, tests, Windows
emit(
  "docs/ci-setup.md",
  `
# CI setup

All pipeline credentials live in the CI secret store. **Never** paste real values into this repo.

## GitHub Actions

1. Create a classic token with \`repo\` and \`write:packages\` scopes. It looks like
   \`${N("github_pat", `ghp_${"x".repeat(36)}`, "docs placeholder")}\`.
2. Save it as the \`GH_PACKAGES_TOKEN\` repository secret and reference it as
   \`${N("github_token", ghaSecret("GH_PACKAGES_TOKEN"), "secret reference in docs")}\`.

## AWS (local testing only)

The AWS CLI docs use these example values, which are not real:

\`\`\`bash
export AWS_ACCESS_KEY_ID=${N("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE", "AWS documentation example key")}
export AWS_SECRET_ACCESS_KEY=${N("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example secret")}
\`\`\`

## GitLab runners

Register with a runner authentication token (\`glrt-...\`). Tokens shorter than 20 characters,
like \`${N("gitlab_pat", `glpat-${R.str(LOWALNUM, 6)}`, "too short for the format")}\`, are from the old test instance and do not work.

### Troubleshooting

If registration fails with \`403 Forbidden\`, the token was probably rotated. Output from #ops, 2024-03-11:

\`\`\`console
$ gitlab-runner register --non-interactive --url https://gitlab.example.com --token ${P("gitlab_runner_token", gen.glrt(), "real token pasted into troubleshooting docs")} --executor docker --docker-image alpine:3.19
Runtime platform                                    arch=amd64 os=linux pid=4121 revision=782c6ecb version=16.9.1
Verifying runner... is valid                        runner=${R.str(ALNUM, 8)}
Runner registered successfully.
\`\`\`

## Vault

\`VAULT_TOKEN\` must be a service token (\`${N("vault_token", `hvs.${"X".repeat(24)}`, "docs placeholder")}\`); batch tokens cannot create child tokens.
`,
);

{
  const deployPw = password("url");
  const basic = b64(`deploy:${deployPw}`);
  emit(
    "ci-logs/gha-publish-4812.log",
    `
2024-05-14T09:12:31.1023412Z ##[group]Run npm publish --access public
2024-05-14T09:12:31.1024518Z \u001b[36;1mnpm publish --access public\u001b[0m
2024-05-14T09:12:31.1024777Z shell: /usr/bin/bash -e {0}
2024-05-14T09:12:31.1024999Z env:
2024-05-14T09:12:31.1025234Z   NODE_AUTH_TOKEN: ${N("masked_value", "***", "GitHub Actions log masking")}
2024-05-14T09:12:31.1025481Z   NPM_CONFIG_USERCONFIG: /home/runner/work/_temp/.npmrc
2024-05-14T09:12:31.1025733Z ##[endgroup]
2024-05-14T09:12:40.2210034Z npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access
2024-05-14T09:12:41.0023344Z + @acme/widgets@3.4.1
2024-05-14T09:12:44.2001187Z ##[group]Run ./scripts/push-tag.sh
2024-05-14T09:12:44.2310554Z + git remote set-url origin https://x-access-token:${P("github_app_token", gen.ghs(), "installation token from a GitHub App step, not registered with add-mask, echoed by set -x")}@github.com/acme/widgets.git
2024-05-14T09:12:44.9120031Z + git push origin v3.4.1
2024-05-14T09:12:45.1134555Z ##[group]Run docker push acme/api:3.4.1
2024-05-14T09:12:52.9981122Z 3.4.1: digest: ${N("container_image_digest", gen.sha256(), "push output digest")} size: 2204
2024-05-14T09:12:53.5512000Z ##[group]Run curl -v -u "deploy:***" -T dist/widgets-3.4.1.tgz https://files.acme.io/releases/
2024-05-14T09:12:53.5998121Z * Server auth using Basic with user 'deploy'
2024-05-14T09:12:53.6000473Z > PUT /releases/widgets-3.4.1.tgz HTTP/2
2024-05-14T09:12:53.6000901Z > Host: files.acme.io
2024-05-14T09:12:53.6001122Z > authorization: Basic ${P("http_basic_auth", basic, "base64 of a masked secret is not masked by the runner", `deploy:${deployPw}`)}
2024-05-14T09:12:53.6001480Z > user-agent: curl/8.5.0
2024-05-14T09:12:53.7114002Z < HTTP/2 201
2024-05-14T09:12:54.0100021Z ##[group]Run git log -1 --format=%H
2024-05-14T09:12:54.0200044Z ${N("git_commit_sha", gen.sha1(), "commit SHA in log")}
2024-05-14T09:12:54.1200100Z Cleaning up orphan processes
`,
  );
}

emit(
  "ci-logs/gitlab-job-99812.log",
  `
Running with gitlab-runner 16.9.1 (782c6ecb)
  on docker-runner-01 xP8zyf1D, system ID: s_4c1f0e9a2b7d
Preparing the "docker" executor
Using Docker executor with image node:20-bookworm ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out 5d1c2a7e as detached HEAD (ref is v3.4.1)...
Executing "step_script" stage of the job script
$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
Login Succeeded
$ curl --header "PRIVATE-TOKEN: ${N("masked_value", "[MASKED]", "GitLab masked variable")}" "$CI_API_V4_URL/projects/42/releases"
$ export SENTRY_AUTH_TOKEN=${P("sentry_org_token", gen.sentryOrg("acme"), "unmasked variable echoed by set -x")}
$ npx @sentry/cli releases new "$CI_COMMIT_TAG"
Created release 3.4.1
Cleaning up project directory and file based variables
Job succeeded
`,
);

emit(
  "tests/ci/redact.test.ts",
  `
import { describe, expect, it } from "vitest";
import { redact } from "../../src/ci/redact";

// Fixtures below are deliberately invalid (bad checksums / placeholders) so that
// push protection and secret scanners do not flag them.
describe("redact()", () => {
  it("masks GitHub classic tokens", () => {
    const fake = "${N("github_pat", ghStyleBad("ghp_"), "test fixture; CRC32 checksum fails")}";
    expect(redact(\`token \${fake}\`)).toBe("token ghp_****");
  });

  it("masks npm tokens", () => {
    const fake = "${N("npm_token", ghStyleBad("npm_"), "test fixture; CRC32 checksum fails")}";
    expect(redact(\`//registry.npmjs.org/:_authToken=\${fake}\`)).toContain("npm_****");
  });

  it("masks GitLab PATs", () => {
    expect(redact("${N("gitlab_pat", `glpat-${"x".repeat(20)}`, "placeholder fixture")}")).toBe("glpat-****");
  });

  it("leaves image digests alone", () => {
    const digest = "${N("container_image_digest", gen.sha256(), "digest fixture")}";
    expect(redact(digest)).toBe(digest);
  });

  it("leaves short pulumi-looking strings alone", () => {
    expect(redact("${N("pulumi_access_token", `pul-${hex(39)}`, "one hex char too short")}")).not.toContain("****");
  });
});
`,
);

emit(
  "ci/windows/publish.cmd",
  `
@echo off
setlocal EnableDelayedExpansion
REM Publishes the Windows agent installer. Run from the repo root on the signing box.

set CHOCO_API_KEY=${P("chocolatey_api_key", gen.uuid(), "Chocolatey API key (UUID) by context")}
set VERSION=%1
if "%VERSION%"=="" set VERSION=1.4.0

signtool sign /f certs\\codesign.pfx /p ${P("codesign_pfx_password", password("url"), "PFX password on signtool command line")} /tr http://timestamp.digicert.com /td sha256 /fd sha256 dist\\acme-agent.exe
if errorlevel 1 exit /b 1

choco pack packaging\\acme-agent.nuspec --version %VERSION% --outputdirectory dist
choco push dist\\acme-agent.%VERSION%.nupkg --source https://push.chocolatey.org/ --api-key %CHOCO_API_KEY%
endlocal
`,
  { crlf: true },
);

// ================================================================= write + self-check
function writeAll() {
  rmSync(join(HERE, "files"), { recursive: true, force: true });
  for (const [rel, content] of files) {
    const p = join(HERE, "files", rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  writeFileSync(join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
  writeFileSync(join(HERE, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);
}

function selfCheck() {
  const errs = [];
  const at = (rel, line, value) => {
    const content = readFileSync(join(HERE, "files", rel), "utf8");
    const lines = content.split("\n");
    if (line < 1 || line > lines.length) return false;
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    const idx = content.indexOf(value, start);
    return idx >= 0 && idx < start + lines[line - 1].length;
  };
  for (const l of labels)
    if (!at(l.file, l.line, l.secret))
      errs.push(`label not found at ${l.file}:${l.line}: ${l.secret.slice(0, 40)}`);
  for (const n of neutrals)
    if (!at(n.file, n.line, n.value)) errs.push(`neutral not found at ${n.file}:${n.line}`);
  for (const rel of jsonFiles) {
    try {
      JSON.parse(readFileSync(join(HERE, "files", rel), "utf8"));
    } catch (e) {
      errs.push(`JSON parse ${rel}: ${e.message}`);
    }
  }
  for (const [rel, c] of files) if (/[\u27e6\u27e7]/.test(c)) errs.push(`unresolved marker in ${rel}`);
  const pos = labels.filter((l) => l.positive),
    neg = labels.filter((l) => !l.positive);
  const posSet = new Set();
  for (const l of pos) {
    if (posSet.has(l.secret)) errs.push(`duplicate positive ${l.secret.slice(0, 40)}`);
    posSet.add(l.secret);
  }
  for (const l of neg)
    if (posSet.has(l.secret)) errs.push(`value is both positive and negative: ${l.secret.slice(0, 40)}`);
  for (const n of neutrals)
    if (posSet.has(n.value)) errs.push(`neutral equals a positive: ${n.value.slice(0, 40)}`);
  // format sanity for checksummed tokens
  for (const l of labels) {
    const m = /^(ghp_|gho_|ghs_|ghu_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(l.secret);
    if (!m) continue;
    const ok = base62(crc32(Buffer.from(m[2]))) === m[3];
    if (ok !== l.positive) errs.push(`checksum/label mismatch for ${l.file}:${l.line}`);
  }
  return { errs, pos: pos.length, neg: neg.length };
}

writeAll();
const { errs, pos, neg } = selfCheck();
console.log(
  `seed=${SEED} files=${files.size} labels=${labels.length} positives=${pos} negatives=${neg} neutrals=${neutrals.length}`,
);
if (errs.length) {
  for (const e of errs) console.error(`SELF-CHECK FAILED: ${e}`);
  process.exit(1);
}

#!/usr/bin/env node
/*
 * gen.mjs — blind, labelled secret-scanner corpus: developer workstations and dotfiles.
 *
 * Writes ./files/ (a backup of three home directories plus a chezmoi dotfiles repository),
 * ./labels.json (positives + hard negatives) and ./neutrals.json (debatable, public-by-design values).
 *
 *   home/alice/      Linux backend developer: bash/fish/profile, histories, AWS, Docker, kube, npm, PyPI,
 *                    ssh, gh, git-credentials, netrc, rclone, Terraform Cloud, gcloud, Azure CLI caches,
 *                    VS Code, Gradle, and a side project (.env, .env.example, .envrc, launch.json, lockfile)
 *   Users/bob/       macOS devops engineer: zsh + extended history, AWS, .s3cfg, .boto, gem, ssh (RSA/ECDSA),
 *                    glab, .terraformrc, VS Code, JetBrains dataSources/workspace, Postman, .pgpass, .my.cnf,
 *                    direnv, .vault-token, DBeaver, chezmoi age identity
 *   C/Users/carol/   Windows data engineer (CRLF files): gitconfig extraheader, Azure Artifacts .npmrc,
 *                    VS Code mssql, Azure Functions local.settings.json, PowerShell profile + PSReadLine history,
 *                    _netrc, OpenSSH + PuTTY keys, pip.ini, Maven settings.xml, dbt profiles.yml
 *   dotfiles/        chezmoi source: op:// / pass / bitwarden templates, age + sops + ansible-vault encrypted
 *                    values, CI workflow with ${{ secrets.X }}, PGP public key, and two real leaks
 *
 * All randomness comes from an HMAC-SHA256(seed, counter) stream; same seed => byte-identical output.
 * No credential value is written literally here except vendor-published documentation examples used as
 * negatives (AWS AKIAIOSFODNN7EXAMPLE pair, Stripe docs sk_test key, jwt.io sample, Azurite dev key).
 *
 * Formats used (prefix, length, alphabet, checksum):
 *   github_classic_pat / github_oauth_token / github_app_installation_token: ghp_/gho_/ghs_ + 30 base62 + 6-char base62 CRC32 of the 30 (alphabet 0-9A-Za-z, left-pad '0'); 40 total
 *   github_fine_grained_pat: github_pat_ + "11" + 20 [0-9A-Z] + "_" + 59 base62; no checksum claimed
 *   github_legacy_token: 40 lowercase hex, no prefix (context only)
 *   npm_token: npm_ + 30 base62 + 6-char base62 CRC32 (same scheme as GitHub); 40 total
 *   gitlab_pat: glpat- + 20 [A-Za-z0-9_-] (legacy, un-routable format; no checksum)
 *   pypi_token: pypi- + base64url(no pad) of a macaroon v2 (location pypi.org, 36-byte UUID identifier, one JSON caveat, 32-byte HMAC-chain signature)
 *   rubygems_api_key: rubygems_ + 48 lowercase hex
 *   docker_hub_pat: dckr_pat_ + 27 [A-Za-z0-9_-]
 *   docker_registry_auth / npm _auth / basic-auth headers: base64("user:password"), `decoded` gives the plain text
 *   aws_access_key_id: AKIA (long-term) / ASIA (STS) + 16 [A-Z2-7]
 *   aws_secret_access_key: 40 [A-Za-z0-9+/]
 *   aws_session_token: the STS prefix IQoJb3JpZ2luX2VjE + 499 [A-Za-z0-9+/] (516 chars)
 *   gcp_service_account_private_key / snowflake_private_key: RSA-2048 PKCS#8 PEM (real key, generated with BigInt Miller-Rabin)
 *   google_oauth_refresh_token: "1//0" + [cdefg] + 98 [A-Za-z0-9_-]; google_oauth_access_token: "ya29.a0A" + 180 [A-Za-z0-9_-]
 *   google_oauth_client_secret (neutral): GOCSPX- + 28 [A-Za-z0-9_-]
 *   azure_client_secret: 3 [A-Za-z0-9_~.] + digit + "Q~" + 34 [A-Za-z0-9_~.-]; 40 total
 *   azure_devops_pat: 52 [a-z2-7]
 *   azure_storage_account_key: base64 of 64 bytes (88 chars, "==")
 *   azure_service_bus_key: base64 of 32 bytes (44 chars)
 *   azure_container_registry_password: 42 [A-Za-z0-9+/] + "+ACR" + 6 base62 (observed shape, not vendor-documented)
 *   azure_access_token / kubernetes_service_account_token / jwt_access_token: JWT, RS256 header, random 256-byte signature
 *   azure_refresh_token: "0.A" + 110 [A-Za-z0-9_-] + ".AgABAAEAAAD" + 600 [A-Za-z0-9_-] (opaque; shape only)
 *   openai_api_key: sk-proj- + 74 [A-Za-z0-9_-] + "T3BlbkFJ" + 74 [A-Za-z0-9_-]; legacy sk- + 20 base62 + T3BlbkFJ + 20 base62
 *   anthropic_api_key: sk-ant-api03- + 93 [A-Za-z0-9_-] + "AA"
 *   huggingface_token: hf_ + 34 [A-Za-z]
 *   stripe_secret_key / stripe_restricted_key: sk_live_51 / rk_live_51 + 97 base62 (one legacy sk_live_ + 24 base62)
 *   stripe_publishable_key (neutral): pk_live_51 + 97 base62; stripe_webhook_secret: whsec_ + 32 base62
 *   slack_bot_token: xoxb- + 12-13 digits + "-" + 13 digits + "-" + 24 base62
 *   slack_webhook_url: https://hooks.slack.com/services/T + 10 [A-Z0-9] /B + 10 [A-Z0-9] / + 24 base62
 *   sendgrid_api_key: SG. + 22 [A-Za-z0-9_-] + "." + 43 [A-Za-z0-9_-]
 *   datadog_api_key: 32 hex; datadog_app_key: 40 hex (context only)
 *   cloudflare_api_token: 40 [A-Za-z0-9_-] (context only)
 *   digitalocean_pat: dop_v1_ + 64 hex; digitalocean_spaces key: DO00 + 16 [A-Z0-9], secret 43 [A-Za-z0-9+/]
 *   hetzner_api_token: 64 base62 (context only)
 *   terraform_cloud_token: 14 base62 + ".atlasv1." + 67 base62
 *   vault_token: hvs.CAESI + 86 [A-Za-z0-9_-]
 *   jfrog_api_key: AKCp8 + 68 base62 (73 total)
 *   atlassian_api_token: ATATT3xFfGF0 + 171 [A-Za-z0-9_-] + "=" + 8 [0-9A-F] (192 total; no checksum claimed)
 *   databricks_token: dapi + 32 hex; kaggle_api_key: 32 hex (context only)
 *   ngrok_authtoken: "2" + 26 base62 + "_" + 21 base62 (context only)
 *   sentry_auth_token: 64 hex (legacy, context only); session_secret: 64 hex (context only)
 *   heroku_api_key / postmark_server_token: UUID v4 (context only)
 *   backblaze_application_key: K005 + 27 [A-Za-z0-9+/] (31 chars); key id (neutral) 25 hex
 *   rclone_obscured_password: base64url(no pad) of 16-byte IV + ciphertext (rclone obscure, reversible)
 *   age_secret_key: Bech32 (valid checksum), HRP "age-secret-key-", 32-byte X25519 scalar, upper-cased; age1… public key derived from it
 *   ssh_private_key: OpenSSH "openssh-key-v1" (ed25519, ecdsa-sha2-nistp256, cipher none) or PKCS#1 RSA-2048 PEM; real keys
 *   ssh_private_key_putty: PuTTY-User-Key-File-3 ssh-ed25519, Encryption none, HMAC-SHA-256 MAC with empty key (not checked with puttygen)
 *   kubernetes_client_key: base64 of a SEC1 "EC PRIVATE KEY" PEM (P-256)
 *   passwords / generic secrets: random base62 (+ context-safe symbols) or word-word-digits-symbol, identified by context only
 *   negatives: AWS/Stripe/jwt.io/Azurite documentation values, placeholders, env/secret-manager references, masked values,
 *     bad-checksum ghp_/npm_ tokens, too-short ids, commit SHAs, SHA-256 digests, GPG ids, SSH public keys, hashed known_hosts,
 *     X.509 certificates, age/sops/ansible-vault/maven encrypted blobs, UUIDs, lockfile integrity hashes, IDE ids.
 */
import { createECDH, createHash, createHmac, createPrivateKey, createPublicKey } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, "files");
const SEED = process.argv[2] ?? "blind5-s-workstations";

// ---------------------------------------------------------------- deterministic randomness
let rngCounter = 0;
let rngPool = Buffer.alloc(0);
function randomBytes(n) {
  const chunks = [rngPool];
  let have = rngPool.length;
  while (have < n) {
    const block = createHmac("sha256", SEED).update(`ctr:${rngCounter++}`).digest();
    chunks.push(block);
    have += block.length;
  }
  const all = Buffer.concat(chunks);
  rngPool = Buffer.from(all.subarray(n));
  return Buffer.from(all.subarray(0, n));
}
function randInt(n) {
  const limit = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const v = randomBytes(4).readUInt32BE(0);
    if (v < limit) return v % n;
  }
}
const pick = (arr) => arr[randInt(arr.length)];

const DIGITS = "0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const B62 = DIGITS + UPPER + LOWER; // also the GitHub/npm checksum alphabet, in this order
const HEX = "0123456789abcdef";
const B64 = `${UPPER + LOWER + DIGITS}+/`;
const B64URL = `${UPPER + LOWER + DIGITS}-_`;
const B32 = `${UPPER}234567`;
const rs = (alphabet, n) => {
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[randInt(alphabet.length)];
  return s;
};
const hex = (n) => rs(HEX, n);
const digits = (n) => rs("123456789", 1) + rs(DIGITS, n - 1);
const b64 = (s) => Buffer.from(s).toString("base64");
const b64uJson = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");

const USED = new Set();
function fresh(make) {
  for (;;) {
    const v = make();
    if (!USED.has(v)) {
      USED.add(v);
      return v;
    }
  }
}
function uuid() {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- checksummed token formats
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
  for (const b of Buffer.from(str)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, pad) {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(pad, "0");
}
const ghChecksum = (entropy) => base62(crc32(entropy), 6);
const ghStyle = (prefix) => {
  const e = rs(B62, 30);
  return prefix + e + ghChecksum(e);
};
function ghStyleValid(tok) {
  const body = tok.slice(tok.indexOf("_") + 1);
  return body.length === 36 && ghChecksum(body.slice(0, 30)) === body.slice(30);
}
function breakChecksum(tok) {
  const last = tok.at(-1);
  let c;
  do c = B62[randInt(62)];
  while (c === last);
  return tok.slice(0, -1) + c;
}

// Bech32 (BIP-173) for age keys
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bech32Polymod(values) {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}
const hrpExpand = (hrp) =>
  [...hrp]
    .map((c) => c.charCodeAt(0) >> 5)
    .concat(
      [0],
      [...hrp].map((c) => c.charCodeAt(0) & 31),
    );
function toWords(bytes) {
  const out = [];
  let acc = 0,
    bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return out;
}
function bech32Encode(hrp, bytes) {
  const data = toWords(bytes);
  const mod = bech32Polymod(hrpExpand(hrp).concat(data, [0, 0, 0, 0, 0, 0])) ^ 1;
  const check = [];
  for (let i = 0; i < 6; i++) check.push((mod >>> (5 * (5 - i))) & 31);
  return (
    hrp +
    "1" +
    data
      .concat(check)
      .map((d) => BECH32[d])
      .join("")
  );
}
function bech32Valid(str) {
  const s = str.toLowerCase();
  const pos = s.lastIndexOf("1");
  const hrp = s.slice(0, pos);
  const data = [...s.slice(pos + 1)].map((c) => BECH32.indexOf(c));
  return !data.includes(-1) && bech32Polymod(hrpExpand(hrp).concat(data)) === 1;
}

// ---------------------------------------------------------------- keys (real, deterministic)
const bigFromBuf = (b) => BigInt(`0x${b.length ? b.toString("hex") : "0"}`);
function bigToBuf(n) {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex");
}
const b64uBig = (n) => bigToBuf(n).toString("base64url");
function modPow(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}
function modInv(a, m) {
  let [r0, r1] = [a % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error("not invertible");
  return ((s0 % m) + m) % m;
}
const SMALL_PRIMES = (() => {
  const ps = [];
  for (let n = 3; ps.length < 400; n += 2) if (ps.every((p) => p * p > n || n % p)) ps.push(n);
  return ps.map(BigInt);
})();
function isProbablePrime(n) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n,
    s = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    s++;
  }
  outer: for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}
function genPrime(bits) {
  for (;;) {
    const b = randomBytes(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    const c = bigFromBuf(b);
    if ((c - 1n) % 65537n === 0n) continue;
    if (isProbablePrime(c)) return c;
  }
}
function rsaKey(bits = 2048) {
  let p, q;
  do {
    p = genPrime(bits / 2);
    q = genPrime(bits / 2);
  } while (p === q);
  if (p < q) [p, q] = [q, p];
  const n = p * q,
    e = 65537n;
  const d = modInv(e, (p - 1n) * (q - 1n));
  const jwk = {
    kty: "RSA",
    n: b64uBig(n),
    e: b64uBig(e),
    d: b64uBig(d),
    p: b64uBig(p),
    q: b64uBig(q),
    dp: b64uBig(d % (p - 1n)),
    dq: b64uBig(d % (q - 1n)),
    qi: b64uBig(modInv(q, p)),
  };
  const key = createPrivateKey({ key: jwk, format: "jwk" });
  return { key, n, e, d, p, q };
}
const ED_PKCS8 = Buffer.from("302e020100300506032b657004220420", "hex");
const X_PKCS8 = Buffer.from("302e020100300506032b656e04220420", "hex");
function ed25519() {
  const seed = randomBytes(32);
  const key = createPrivateKey({ key: Buffer.concat([ED_PKCS8, seed]), format: "der", type: "pkcs8" });
  const pub = Buffer.from(createPublicKey(key).export({ format: "jwk" }).x, "base64url");
  return { seed, pub, key };
}
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
function p256() {
  let d;
  do d = randomBytes(32);
  while (bigFromBuf(d) === 0n || bigFromBuf(d) >= P256_N);
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(d);
  const Q = ecdh.getPublicKey();
  const key = createPrivateKey({
    key: {
      kty: "EC",
      crv: "P-256",
      d: d.toString("base64url"),
      x: Q.subarray(1, 33).toString("base64url"),
      y: Q.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  return { d, Q, key };
}
function ageIdentity() {
  const scalar = randomBytes(32);
  const key = createPrivateKey({ key: Buffer.concat([X_PKCS8, scalar]), format: "der", type: "pkcs8" });
  const pub = Buffer.from(createPublicKey(key).export({ format: "jwk" }).x, "base64url");
  return {
    secret: bech32Encode("age-secret-key-", scalar).toUpperCase(),
    recipient: bech32Encode("age", pub),
  };
}

// SSH wire format
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const sshStr = (b) => {
  b = Buffer.isBuffer(b) ? b : Buffer.from(b);
  return Buffer.concat([u32(b.length), b]);
};
const mpint = (n) => {
  let b = bigToBuf(n);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return sshStr(b);
};
function pem(label, der, width = 64) {
  const body = der
    .toString("base64")
    .match(new RegExp(`.{1,${width}}`, "g"))
    .join("\n");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}
const edPubBlob = (k) => Buffer.concat([sshStr("ssh-ed25519"), sshStr(k.pub)]);
const ecPubBlob = (k) => Buffer.concat([sshStr("ecdsa-sha2-nistp256"), sshStr("nistp256"), sshStr(k.Q)]);
const rsaPubBlob = (k) => Buffer.concat([sshStr("ssh-rsa"), mpint(k.e), mpint(k.n)]);
function opensshPrivate(keytype, pubBlob, privFields, comment) {
  const check = randomBytes(4);
  let priv = Buffer.concat([check, check, sshStr(keytype), privFields, sshStr(comment)]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshStr("none"),
    sshStr("none"),
    sshStr(""),
    u32(1),
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  return pem("OPENSSH PRIVATE KEY", blob, 70);
}
const edOpenssh = (k, comment) =>
  opensshPrivate(
    "ssh-ed25519",
    edPubBlob(k),
    Buffer.concat([sshStr(k.pub), sshStr(Buffer.concat([k.seed, k.pub]))]),
    comment,
  );
const ecOpenssh = (k, comment) =>
  opensshPrivate(
    "ecdsa-sha2-nistp256",
    ecPubBlob(k),
    Buffer.concat([sshStr("nistp256"), sshStr(k.Q), mpint(bigFromBuf(k.d))]),
    comment,
  );
const _sshPubLine = (type, blob, comment) =>
  `${type} ${blob.toString("base64")}${comment ? ` ${comment}` : ""}`;
const sshFingerprint = (blob) =>
  `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
function hashedHost(host) {
  const salt = randomBytes(20);
  return `|1|${salt.toString("base64")}|${createHmac("sha1", salt).update(host).digest("base64")}`;
}

// Minimal DER, enough for structurally valid X.509 certificates (negatives: public certs)
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = bigToBuf(BigInt(n));
  return Buffer.concat([Buffer.from([0x80 | b.length]), b]);
}
const der = (tag, ...c) => {
  const body = Buffer.concat(c);
  return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
};
const SEQ = (...c) => der(0x30, ...c);
const SET = (...c) => der(0x31, ...c);
function INT(v) {
  let b = typeof v === "bigint" ? bigToBuf(v) : Buffer.from(v);
  while (b.length > 1 && b[0] === 0 && !(b[1] & 0x80)) b = b.subarray(1);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}
function OID(s) {
  const p = s.split(".").map(Number);
  const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) {
    const st = [v & 0x7f];
    for (let x = v >>> 7; x; x >>>= 7) st.unshift(0x80 | (x & 0x7f));
    out.push(...st);
  }
  return der(0x06, Buffer.from(out));
}
const UTF8 = (s) => der(0x0c, Buffer.from(s));
const BITSTR = (b) => der(0x03, Buffer.from([0]), b);
const OCTET = (b) => der(0x04, b);
const BOOL_TRUE = der(0x01, Buffer.from([0xff]));
const utcTime = (ts) => {
  const d = new Date(ts * 1000).toISOString();
  return der(
    0x17,
    Buffer.from(
      d.slice(2, 4) +
        d.slice(5, 7) +
        d.slice(8, 10) +
        d.slice(11, 13) +
        d.slice(14, 16) +
        d.slice(17, 19) +
        "Z",
    ),
  );
};
const x509Name = (cn, o) =>
  SEQ(...(o ? [SET(SEQ(OID("2.5.4.10"), UTF8(o)))] : []), SET(SEQ(OID("2.5.4.3"), UTF8(cn))));
function fakeCert({ subjectCN, subjectO, issuerCN, Q, notBefore, years, ca }) {
  const sigAlg = SEQ(OID("1.2.840.10045.4.3.2"));
  const serial = randomBytes(8);
  serial[0] &= 0x7f;
  const ext = ca
    ? SEQ(
        SEQ(OID("2.5.29.15"), BOOL_TRUE, OCTET(der(0x03, Buffer.from([0x02, 0xa4])))),
        SEQ(OID("2.5.29.19"), BOOL_TRUE, OCTET(SEQ(BOOL_TRUE))),
      )
    : SEQ(
        SEQ(OID("2.5.29.15"), BOOL_TRUE, OCTET(der(0x03, Buffer.from([0x05, 0xa0])))),
        SEQ(OID("2.5.29.37"), OCTET(SEQ(OID("1.3.6.1.5.5.7.3.2")))),
      );
  const tbs = SEQ(
    der(0xa0, INT(2n)),
    INT(serial),
    sigAlg,
    x509Name(issuerCN),
    SEQ(utcTime(notBefore), utcTime(notBefore + years * 31536000)),
    x509Name(subjectCN, subjectO),
    SEQ(SEQ(OID("1.2.840.10045.2.1"), OID("1.2.840.10045.3.1.7")), BITSTR(Q)),
    der(0xa3, ext),
  );
  const sig = SEQ(INT(randomBytes(32)), INT(randomBytes(32))); // well-formed, not a real signature
  return pem("CERTIFICATE", SEQ(tbs, sigAlg, BITSTR(sig)));
}

// PyPI macaroon (v2 binary serialisation)
function varint(n) {
  const out = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}
const mfield = (type, data) => Buffer.concat([Buffer.from([type]), varint(data.length), data]);
function pypiToken(caveat) {
  const id = Buffer.from(uuid());
  const cav = Buffer.from(caveat);
  const k = createHmac("sha256", "macaroons-key-generator").update(randomBytes(32)).digest();
  let sig = createHmac("sha256", k).update(id).digest();
  sig = createHmac("sha256", sig).update(cav).digest();
  const bin = Buffer.concat([
    Buffer.from([2]),
    mfield(1, Buffer.from("pypi.org")),
    mfield(2, id),
    Buffer.from([0]),
    mfield(2, cav),
    Buffer.from([0]),
    Buffer.from([0]),
    mfield(6, sig),
  ]);
  return `pypi-${bin.toString("base64url")}`;
}

// PuTTY PPK v3 (unencrypted ed25519)
function puttyPpk(k, comment) {
  const pub = edPubBlob(k);
  const priv = sshStr(Buffer.from(k.seed).reverse()); // little-endian private scalar as PuTTY writes it
  const mac = createHmac("sha256", Buffer.alloc(0))
    .update(
      Buffer.concat([sshStr("ssh-ed25519"), sshStr("none"), sshStr(comment), sshStr(pub), sshStr(priv)]),
    )
    .digest("hex");
  const wrap = (b) => b.toString("base64").match(/.{1,64}/g);
  const pubLines = wrap(pub),
    privLines = wrap(priv);
  return [
    "PuTTY-User-Key-File-3: ssh-ed25519",
    "Encryption: none",
    `Comment: ${comment}`,
    `Public-Lines: ${pubLines.length}`,
    ...pubLines,
    `Private-Lines: ${privLines.length}`,
    ...privLines,
    `Private-MAC: ${mac}`,
  ].join("\n");
}

// Encrypted / encoded look-alikes (negatives)
function ageArmor(recipientCount = 1) {
  let hdr = "age-encryption.org/v1\n";
  for (let i = 0; i < recipientCount; i++) {
    hdr += `-> X25519 ${randomBytes(32).toString("base64").replace(/=+$/, "")}\n${randomBytes(32).toString("base64").replace(/=+$/, "")}\n`;
  }
  hdr += `--- ${randomBytes(32).toString("base64").replace(/=+$/, "")}\n`;
  const body = Buffer.concat([Buffer.from(hdr), randomBytes(16), randomBytes(60 + randInt(120))]);
  return pem("AGE ENCRYPTED FILE", body);
}
const sopsValue = (len) =>
  `ENC[AES256_GCM,data:${randomBytes(len).toString("base64")},iv:${randomBytes(32).toString("base64")},tag:${randomBytes(16).toString("base64")},type:str]`;
function ansibleVault(bytes) {
  const h = Buffer.from(`${hex(64)}\n${hex(64)}\n${randomBytes(bytes).toString("hex")}`).toString("hex");
  return `$ANSIBLE_VAULT;1.1;AES256\n${h.match(/.{1,80}/g).join("\n")}`;
}
function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}
function pgpPublicKeyBlock(uid, created) {
  const key = Buffer.concat([
    Buffer.from([4]),
    u32(created),
    Buffer.from([22, 9]),
    Buffer.from("2b06010401da470f01", "hex"),
    Buffer.from([0x01, 0x07, 0x40]),
    randomBytes(32),
  ]);
  const uidB = Buffer.from(uid);
  const sig = randomBytes(117);
  const data = Buffer.concat([
    Buffer.from([0x98, key.length]),
    key,
    Buffer.from([0xb4, uidB.length]),
    uidB,
    Buffer.from([0x88, sig.length]),
    sig,
  ]);
  const c = crc24(data);
  const body = data
    .toString("base64")
    .match(/.{1,64}/g)
    .join("\n");
  return `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${body}\n=${Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString("base64")}\n-----END PGP PUBLIC KEY BLOCK-----`;
}

function jwt(header, payload, sigBytes = 256) {
  return `${b64uJson(header)}.${b64uJson(payload)}.${randomBytes(sigBytes).toString("base64url")}`;
}

// ---------------------------------------------------------------- value generators
const WORDS = [
  "harbor",
  "cobalt",
  "maple",
  "falcon",
  "orbit",
  "granite",
  "willow",
  "ember",
  "quartz",
  "tundra",
  "lantern",
  "meadow",
  "saffron",
  "glacier",
  "copper",
  "juniper",
  "velvet",
  "summit",
  "thistle",
  "raven",
  "basalt",
  "cinder",
  "fjord",
  "pepper",
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
function strongPw(n, extra) {
  for (;;) {
    const s = rs(B62 + extra, n);
    if (/[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s)) return s;
  }
}
const V = {
  ghp: () => fresh(() => ghStyle("ghp_")),
  gho: () => fresh(() => ghStyle("gho_")),
  ghs: () => fresh(() => ghStyle("ghs_")),
  ghFine: () => fresh(() => `github_pat_11${rs(UPPER + DIGITS, 20)}_${rs(B62, 59)}`),
  ghLegacy: () => fresh(() => hex(40)),
  npm: () => fresh(() => ghStyle("npm_")),
  glpat: () => fresh(() => `glpat-${rs(`${B62}-_`, 20)}`),
  akia: () => fresh(() => `AKIA${rs(B32, 16)}`),
  asia: () => fresh(() => `ASIA${rs(B32, 16)}`),
  awsSecret: () => fresh(() => rs(B64, 40)),
  awsSession: () => fresh(() => `IQoJb3JpZ2luX2VjE${rs(B64, 499)}`),
  openai: () => fresh(() => `sk-proj-${rs(B64URL, 74)}T3BlbkFJ${rs(B64URL, 74)}`),
  openaiLegacy: () => fresh(() => `sk-${rs(B62, 20)}T3BlbkFJ${rs(B62, 20)}`),
  anthropic: () => fresh(() => `sk-ant-api03-${rs(B64URL, 93)}AA`),
  hf: () => fresh(() => `hf_${rs(UPPER + LOWER, 34)}`),
  stripe: () => fresh(() => `sk_live_51${rs(B62, 97)}`),
  stripeOld: () => fresh(() => `sk_live_${rs(B62, 24)}`),
  stripeRk: () => fresh(() => `rk_live_51${rs(B62, 97)}`),
  stripePk: () => fresh(() => `pk_live_51${rs(B62, 97)}`),
  whsec: () => fresh(() => `whsec_${rs(B62, 32)}`),
  slackBot: () => fresh(() => `xoxb-${digits(12 + randInt(2))}-${digits(13)}-${rs(B62, 24)}`),
  slackHook: () =>
    fresh(
      () =>
        `https://hooks.slack.com/services/T${rs(UPPER + DIGITS, 10)}/B${rs(UPPER + DIGITS, 10)}/${rs(B62, 24)}`,
    ),
  sendgrid: () => fresh(() => `SG.${rs(B64URL, 22)}.${rs(B64URL, 43)}`),
  dckr: () => fresh(() => `dckr_pat_${rs(B64URL, 27)}`),
  tfc: () => fresh(() => `${rs(B62, 14)}.atlasv1.${rs(B62, 67)}`),
  rubygems: () => fresh(() => `rubygems_${hex(48)}`),
  dop: () => fresh(() => `dop_v1_${hex(64)}`),
  vault: () => fresh(() => `hvs.CAESI${rs(B64URL, 86)}`),
  gRefresh: () => fresh(() => `1//0${pick(["c", "d", "e", "f", "g"])}${rs(B64URL, 98)}`),
  gAccess: () => fresh(() => `ya29.a0A${rs(B64URL, 180)}`),
  gClientSecret: () => fresh(() => `GOCSPX-${rs(B64URL, 28)}`),
  gClientId: () => fresh(() => `${digits(12)}-${rs(LOWER + DIGITS, 32)}.apps.googleusercontent.com`),
  azSecret: () => fresh(() => `${rs(`${B62}_~.`, 3) + rs(DIGITS, 1)}Q~${rs(`${B62}_~.-`, 34)}`),
  adoPat: () => fresh(() => rs(`${LOWER}234567`, 52)),
  azStorageKey: () => fresh(() => randomBytes(64).toString("base64")),
  azSasKey: () => fresh(() => randomBytes(32).toString("base64")),
  acr: () => fresh(() => `${rs(`${B62}+/`, 42)}+ACR${rs(B62, 6)}`),
  azRefresh: () => fresh(() => `0.A${rs(B64URL, 110)}.AgABAAEAAAD${rs(B64URL, 600)}`),
  datadogApi: () => fresh(() => hex(32)),
  datadogApp: () => fresh(() => hex(40)),
  cloudflare: () => fresh(() => rs(B64URL, 40)),
  hcloud: () => fresh(() => rs(B62, 64)),
  jfrog: () => fresh(() => `AKCp8${rs(B62, 68)}`),
  atlassian: () => fresh(() => `ATATT3xFfGF0${rs(B64URL, 171)}=${rs("0123456789ABCDEF", 8)}`),
  databricks: () => fresh(() => `dapi${hex(32)}`),
  kaggle: () => fresh(() => hex(32)),
  ngrok: () => fresh(() => `2${rs(B62, 26)}_${rs(B62, 21)}`),
  hex64: () => fresh(() => hex(64)),
  uuid: () => fresh(uuid),
  b2Key: () => fresh(() => `K005${rs(`${B62}/+`, 27)}`),
  b2Id: () => fresh(() => `005${hex(12)}000000000${rs("123456789", 1)}`),
  spacesKey: () => fresh(() => `DO00${rs(UPPER + DIGITS, 16)}`),
  spacesSecret: () => fresh(() => rs(B64, 43)),
  rcloneObscured: (n = 14) => fresh(() => randomBytes(16 + n).toString("base64url")),
  pw: (n = 18, extra = "") => fresh(() => strongPw(n, extra)),
  human: (sep = "-", syms = "!#") =>
    fresh(() => cap(pick(WORDS)) + sep + cap(pick(WORDS)) + rs(DIGITS, 3) + pick([...syms])),
  apiKey: (prefix, n = 32) => fresh(() => prefix + rs(B62, n)),
};
const SH = "%^*-_=+.,@"; // safe inside single-quoted shell / ini / yaml quoted
const URLSAFE = "-_.~";

// ---------------------------------------------------------------- labelling template
const pos = (type, secret, extra = {}) => ({ kind: "label", type, secret, positive: true, ...extra });
const neg = (type, secret, note, extra = {}) => ({
  kind: "label",
  type,
  secret,
  positive: false,
  note,
  ...extra,
});
const neu = (type, secret, note) => ({ kind: "neutral", type, secret, note });

function dedent(strings) {
  const parts = [...strings];
  if (parts[0].startsWith("\n")) parts[0] = parts[0].slice(1);
  let min = Infinity;
  parts.forEach((p, i) => {
    const segs = p.split("\n");
    segs.forEach((seg, j) => {
      if (i !== 0 && j === 0) return; // not a line start
      const last = j === segs.length - 1;
      if (seg.trim() === "" && (!last || i === parts.length - 1)) return; // blank line / closing indentation
      min = Math.min(min, seg.match(/^ */)[0].length);
    });
  });
  if (min === Infinity) min = 0;
  const re = new RegExp(`^ {0,${min}}`);
  return parts.map((p, i) =>
    p
      .split("\n")
      .map((seg, j) => (i === 0 || j > 0 ? seg.replace(re, "") : seg))
      .join("\n"),
  );
}
function t(strings, ...vals) {
  const parts = dedent(strings);
  let text = "";
  const marks = [];
  const put = (v) => {
    if (v === undefined || v === null)
      throw new Error(`undefined interpolation after: ${JSON.stringify(text.slice(-60))}`);
    if (Array.isArray(v)) return v.forEach(put);
    if (typeof v === "object" && v.kind === "frag") {
      for (const m of v.marks) marks.push({ offset: text.length + m.offset, item: m.item });
      text += v.text;
      return;
    }
    if (typeof v === "object" && (v.kind === "label" || v.kind === "neutral")) {
      marks.push({ offset: text.length, item: v });
      text += v.secret;
      return;
    }
    text += String(v);
  };
  parts.forEach((s, i) => {
    text += s;
    if (i < vals.length) put(vals[i]);
  });
  return { kind: "frag", text, marks };
}
const FILES = [];
function emit(path, frag, { crlf = false } = {}) {
  if (FILES.some((f) => f.path === path)) throw new Error(`duplicate file ${path}`);
  FILES.push({ path, frag, crlf });
}
const lines = (arr) => arr.map((l) => [l, "\n"]);
const indentBlock = (text, pad) =>
  text
    .split("\n")
    .map((l, i) => (i ? pad + l : l))
    .join("\n");

// Clock-free timestamps
const T0 = 1709251200 + randInt(86400 * 45); // March/April 2024
const iso = (ts) => new Date(ts * 1000).toISOString();

// Published documentation examples (negatives; public by design, never valid)
const AWS_DOC_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const STRIPE_DOC_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
const JWT_IO_SAMPLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const AZURITE_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

// ================================================================= alice (Linux, home/alice)
const A = "home/alice/";
const aliceEd = ed25519();
const aliceEdBlob = edPubBlob(aliceEd);
const bastionKey = ed25519();

emit(
  `${A}.bashrc`,
  t`
  # ~/.bashrc: executed by bash(1) for non-login shells.

  # If not running interactively, don't do anything
  case $- in
      *i*) ;;
        *) return;;
  esac

  HISTCONTROL=ignoreboth
  HISTSIZE=10000
  HISTFILESIZE=20000
  shopt -s histappend
  shopt -s checkwinsize

  if [ -f ~/.bash_aliases ]; then
      . ~/.bash_aliases
  fi

  # --- toolchains ------------------------------------------------------------
  export GOPATH="$HOME/go"
  export PATH="$HOME/.local/bin:$GOPATH/bin:$HOME/.cargo/bin:$PATH"
  export EDITOR=nvim
  eval "$(direnv hook bash)"
  [ -s "$HOME/.nvm/nvm.sh" ] && . "$HOME/.nvm/nvm.sh"

  # --- tokens (TODO: move the rest into pass like DO) ------------------------
  export GITHUB_TOKEN=${pos("github_classic_pat", V.ghp())}
  export OPENAI_API_KEY="${pos("openai_api_key", V.openai())}"
  export HF_TOKEN='${pos("huggingface_token", V.hf())}'
  export DIGITALOCEAN_ACCESS_TOKEN="${neg("digitalocean_pat", "$(pass show cloud/digitalocean/token)", "secret-manager reference resolved at shell start")}"
  # export ANTHROPIC_API_KEY=${neg("anthropic_api_key", "sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "commented-out placeholder")}
  export SENTRY_AUTH_TOKEN=${pos("sentry_auth_token", V.hex64(), { note: "legacy 64-hex Sentry auth token, context only" })}
  export SENTRY_ORG=lumenforge

  # --- aliases -----------------------------------------------------------------
  alias k=kubectl
  alias tf=terraform
  alias ll='ls -alF'
  alias gs='git status -sb'
  alias prodpsql='PGPASSWORD=${pos("postgres_password", V.pw(20))} psql -h db-prod.lumenforge.internal -U reporting analytics'
  alias dcu='docker compose up -d'

  if ! shopt -oq posix; then
    if [ -f /usr/share/bash-completion/bash_completion ]; then
      . /usr/share/bash-completion/bash_completion
    fi
  fi
`,
);

{
  const sha1 = hex(40),
    sha2 = hex(40),
    backupSum = hex(64);
  emit(
    `${A}.bash_history`,
    t`
    cd ~/projects/side-api
    git pull --rebase
    npm ci
    docker compose up -d postgres redis
    psql "postgresql://app:${pos("postgres_password", V.pw(16))}@localhost:5432/sideapi_dev"
    git log --oneline -n 20
    git checkout ${neg("git_commit_sha", sha1, "commit SHA-1")}
    git cherry-pick ${neg("git_commit_sha", sha2, "commit SHA-1")}
    npm run test -- --watch=false
    export AWS_ACCESS_KEY_ID=${pos("aws_access_key_id", V.akia())}
    export AWS_SECRET_ACCESS_KEY=${pos("aws_secret_access_key", V.awsSecret())}
    aws s3 ls s3://lumenforge-exports/2024/
    aws configure set aws_secret_access_key ${neg("aws_secret_access_key", AWS_DOC_SECRET, "AWS documentation example key (localstack profile)")} --profile localstack
    curl -s https://api.stripe.com/v1/balance -u ${pos("stripe_secret_key", V.stripeOld())}:
    mysql -h 10.20.3.14 -u deploy -p'${pos("mysql_password", V.pw(14, SH))}' billing
    kubectl -n payments create secret generic stripe --from-literal=api-key=${pos("stripe_restricted_key", V.stripeRk())}
    kubectl -n payments get secret stripe -o jsonpath='{.data.api-key}' | base64 -d
    git clone https://alice-nguyen:${pos("github_classic_pat", V.ghp())}@github.com/lumenforge/infra-live.git
    docker login -u alicedev -p ${pos("docker_hub_pat", V.dckr())}
    export GITHUB_TOKEN=${neg("github_classic_pat", "$(gh auth token)", "command substitution, no literal value")}
    echo "${neg("sha256_hash", backupSum, "SHA-256 digest of a backup archive")}  backup-2024-04.tar.zst" | sha256sum -c -
    vault login -method=token ${pos("vault_token", V.vault())}
    curl -H "Authorization: Bearer ${neg("jwt", JWT_IO_SAMPLE, "jwt.io documentation sample token")}" http://localhost:3000/api/me
    doctl auth init --context lumen -t ${pos("digitalocean_pat", V.dop())}
    ngrok config add-authtoken ${pos("ngrok_authtoken", V.ngrok(), { note: "context only" })}
    ngrok http 3000
    ssh-keygen -t ed25519 -C "alice@lumenforge.io"
    htop
  `,
  );
}

emit(
  `${A}.profile`,
  t`
  # ~/.profile: executed by the command interpreter for login shells.
  # This file is not read by bash(1), if ~/.bash_profile or ~/.bash_login exists.

  # if running bash
  if [ -n "$BASH_VERSION" ]; then
      # include .bashrc if it exists
      if [ -f "$HOME/.bashrc" ]; then
  \t. "$HOME/.bashrc"
      fi
  fi

  # set PATH so it includes user's private bin if it exists
  if [ -d "$HOME/bin" ] ; then
      PATH="$HOME/bin:$PATH"
  fi

  export GOPRIVATE='github.com/lumenforge/*'
  export GONOSUMDB='github.com/lumenforge/*'

  # Artifactory (maven + npm mirror) used by gradle and the build scripts
  export ARTIFACTORY_URL=https://lumenforge.jfrog.io/artifactory
  export ARTIFACTORY_USER=alice.nguyen
  export ARTIFACTORY_API_KEY=${pos("jfrog_api_key", V.jfrog())}
`,
);

emit(
  `${A}.config/fish/config.fish`,
  t`
  if status is-interactive
      starship init fish | source
      zoxide init fish | source
  end

  fish_add_path ~/.local/bin ~/go/bin ~/.cargo/bin

  set -gx EDITOR nvim
  set -gx GITLAB_HOST https://gitlab.com
  set -gx GITLAB_TOKEN ${pos("gitlab_pat", V.glpat())}
  set -gx OPENAI_API_KEY ${neg("openai_api_key", "(pass show api/openai)", "secret-manager reference")}
  set -gx ANTHROPIC_API_KEY "${pos("anthropic_api_key", V.anthropic())}"

  abbr -a gco git checkout
  abbr -a k kubectl
  abbr -a tfa terraform apply
`,
);

emit(
  `${A}.config/fish/fish_variables`,
  t`
  # This file contains fish universal variable definitions.
  # VERSION: 3.0
  SETUVAR --export CLOUDSDK_CORE_PROJECT:lumen\\x2ddata\\x2dprod
  SETUVAR --export HCLOUD_TOKEN:${pos("hetzner_api_token", V.hcloud(), { note: "fish universal variable, context only" })}
  SETUVAR __fish_initialized:3400
  SETUVAR fish_color_autosuggestion:555\\x1ebrblack
  SETUVAR fish_color_command:blue
  SETUVAR fish_color_comment:red
  SETUVAR fish_color_end:green
  SETUVAR fish_color_error:brred
  SETUVAR fish_color_param:cyan
  SETUVAR fish_greeting:
  SETUVAR fish_key_bindings:fish_default_key_bindings
  SETUVAR fish_user_paths:/home/alice/\\x2elocal/bin\\x1e/home/alice/go/bin
`,
);

emit(
  `${A}.aws/credentials`,
  t`
  [default]
  aws_access_key_id = ${pos("aws_access_key_id", V.akia())}
  aws_secret_access_key = ${pos("aws_secret_access_key", V.awsSecret())}
  region = eu-west-1

  [lumen-staging]
  aws_access_key_id=${pos("aws_access_key_id", V.asia(), { note: "temporary STS key id" })}
  aws_secret_access_key=${pos("aws_secret_access_key", V.awsSecret())}
  aws_session_token=${pos("aws_session_token", V.awsSession())}

  [localstack]
  aws_access_key_id = test
  aws_secret_access_key = ${neg("aws_secret_access_key", "test", "localstack dummy value")}
  endpoint_url = http://localhost:4566

  [docs-example]
  aws_access_key_id = ${neg("aws_access_key_id", AWS_DOC_KEY_ID, "AWS documentation example")}
  aws_secret_access_key = ${neg("aws_secret_access_key", AWS_DOC_SECRET, "AWS documentation example")}
`,
);

{
  const hubUser = "alicedev",
    hubTok = V.dckr();
  const ghcrTok = V.ghp();
  const jfPw = V.pw(20, URLSAFE);
  emit(
    `${A}.docker/config.json`,
    t`
    {
    \t"auths": {
    \t\t"https://index.docker.io/v1/": {
    \t\t\t"auth": "${pos("docker_registry_auth", b64(`${hubUser}:${hubTok}`), { decoded: `${hubUser}:${hubTok}` })}"
    \t\t},
    \t\t"ghcr.io": {
    \t\t\t"auth": "${pos("docker_registry_auth", b64(`alice-nguyen:${ghcrTok}`), { decoded: `alice-nguyen:${ghcrTok}` })}"
    \t\t},
    \t\t"lumenforge.jfrog.io": {
    \t\t\t"auth": "${pos("docker_registry_auth", b64(`alice.nguyen:${jfPw}`), { decoded: `alice.nguyen:${jfPw}` })}"
    \t\t},
    \t\t"registry.gitlab.com": {}
    \t},
    \t"credHelpers": {
    \t\t"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
    \t},
    \t"currentContext": "default",
    \t"plugins": {
    \t\t"-x-cli-hints": {
    \t\t\t"enabled": "true"
    \t\t}
    \t}
    }
  `,
  );
}

{
  const caKey = p256(),
    clientKey = p256(),
    eksCaKey = p256();
  const ca = fakeCert({
    subjectCN: `k3s-server-ca@${T0 - 86400 * 400}`,
    issuerCN: `k3s-server-ca@${T0 - 86400 * 400}`,
    Q: caKey.Q,
    notBefore: T0 - 86400 * 400,
    years: 10,
    ca: true,
  });
  const eksCa = fakeCert({
    subjectCN: "kubernetes",
    issuerCN: "kubernetes",
    Q: eksCaKey.Q,
    notBefore: T0 - 86400 * 200,
    years: 10,
    ca: true,
  });
  const clientCert = fakeCert({
    subjectCN: "system:admin",
    subjectO: "system:masters",
    issuerCN: `k3s-client-ca@${T0 - 86400 * 400}`,
    Q: clientKey.Q,
    notBefore: T0 - 86400 * 30,
    years: 1,
    ca: false,
  });
  const clientPem = clientKey.key.export({ type: "sec1", format: "pem" });
  const saJwt = jwt(
    { alg: "RS256", kid: randomBytes(32).toString("base64url") },
    {
      aud: ["https://kubernetes.default.svc.cluster.local", "k3s"],
      exp: T0 + 86400 * 365,
      iat: T0 - 3600,
      iss: "https://kubernetes.default.svc.cluster.local",
      "kubernetes.io": { namespace: "ci", serviceaccount: { name: "deployer", uid: uuid() } },
      nbf: T0 - 3600,
      sub: "system:serviceaccount:ci:deployer",
    },
  );
  emit(
    `${A}.kube/config`,
    t`
    apiVersion: v1
    clusters:
    - cluster:
        certificate-authority-data: ${neg("x509_certificate", b64(`${ca}\n`), "base64 CA certificate (public)")}
        server: https://10.42.0.1:6443
      name: homelab
    - cluster:
        certificate-authority-data: ${neg("x509_certificate", b64(`${eksCa}\n`), "base64 EKS cluster CA certificate (public)")}
        server: https://4F1C29B7E0A35D86C2B94E17A6D0C853.gr7.eu-west-1.eks.amazonaws.com
      name: arn:aws:eks:eu-west-1:123456789012:cluster/lumen-prod
    contexts:
    - context:
        cluster: homelab
        user: homelab-admin
      name: homelab
    - context:
        cluster: homelab
        namespace: ci
        user: ci-deployer
      name: homelab-ci
    - context:
        cluster: arn:aws:eks:eu-west-1:123456789012:cluster/lumen-prod
        user: arn:aws:eks:eu-west-1:123456789012:cluster/lumen-prod
      name: lumen-prod
    current-context: homelab
    kind: Config
    preferences: {}
    users:
    - name: homelab-admin
      user:
        client-certificate-data: ${neg("x509_certificate", b64(`${clientCert}\n`), "base64 client certificate (public half)")}
        client-key-data: ${pos("kubernetes_client_key", b64(clientPem), { decoded: clientPem.trimEnd() })}
    - name: ci-deployer
      user:
        token: ${pos("kubernetes_service_account_token", saJwt)}
    - name: arn:aws:eks:eu-west-1:123456789012:cluster/lumen-prod
      user:
        exec:
          apiVersion: client.authentication.k8s.io/v1beta1
          args:
          - --region
          - eu-west-1
          - eks
          - get-token
          - --cluster-name
          - lumen-prod
          command: aws
          env:
          - name: AWS_PROFILE
            value: lumen-prod
          interactiveMode: IfAvailable
          provideClusterInfo: false
  `,
  );
}

{
  const jfPw = V.pw(18, URLSAFE);
  emit(
    `${A}.npmrc`,
    t`
    //registry.npmjs.org/:_authToken=${pos("npm_token", V.npm())}
    @lumenforge:registry=https://npm.pkg.github.com/
    //npm.pkg.github.com/:_authToken=${neg("github_classic_pat", "${GITHUB_PACKAGES_TOKEN}", "env-var reference expanded by npm")}
    @internal:registry=https://lumenforge.jfrog.io/artifactory/api/npm/npm-virtual/
    //lumenforge.jfrog.io/artifactory/api/npm/npm-virtual/:_auth=${pos("artifactory_basic_auth", b64(`alice.nguyen:${jfPw}`), { decoded: `alice.nguyen:${jfPw}` })}
    //lumenforge.jfrog.io/artifactory/api/npm/npm-virtual/:always-auth=true
    //lumenforge.jfrog.io/artifactory/api/npm/npm-virtual/:email=alice@lumenforge.io
    save-exact=true
    fund=false
    audit-level=high
  `,
  );
}

emit(
  `${A}.pypirc`,
  t`
  [distutils]
  index-servers =
      pypi
      testpypi
      lumen

  [pypi]
  username = __token__
  password = ${pos("pypi_token", pypiToken('{"permissions": "user", "version": 1}'))}

  [testpypi]
  repository = https://test.pypi.org/legacy/
  username = __token__
  password = ${neg("pypi_token", "pypi-<paste-your-test-pypi-token-here>", "placeholder")}

  [lumen]
  repository = https://nexus.lumenforge.internal/repository/pypi-internal/
  username = alice.nguyen
  password = ${pos("nexus_password", V.pw(22, SH))}
`,
);

emit(
  `${A}.ssh/id_ed25519`,
  t`
  ${pos("ssh_private_key", edOpenssh(aliceEd, "alice@thinkpad-x1"))}
`,
);
emit(
  `${A}.ssh/id_ed25519.pub`,
  t`
  ssh-ed25519 ${neg("ssh_public_key", aliceEdBlob.toString("base64"), "public key")} alice@thinkpad-x1
`,
);
{
  const gh = ed25519(),
    gl = p256(),
    nas = ed25519();
  emit(
    `${A}.ssh/known_hosts`,
    t`
    github.com ssh-ed25519 ${neg("ssh_public_key", edPubBlob(gh).toString("base64"), "host public key")}
    gitlab.com ecdsa-sha2-nistp256 ${neg("ssh_public_key", ecPubBlob(gl).toString("base64"), "host public key")}
    ${neg("known_hosts_hashed_host", hashedHost("18.203.44.120"), "HashKnownHosts salted SHA-1 of a host name")} ssh-ed25519 ${edPubBlob(bastionKey).toString("base64")}
    [192.168.1.20]:2222 ssh-ed25519 ${edPubBlob(nas).toString("base64")}
  `,
  );
}
emit(
  `${A}.ssh/config`,
  t`
  Host *
      AddKeysToAgent yes
      IdentitiesOnly yes
      ServerAliveInterval 60
      HashKnownHosts yes

  Host github.com gitlab.com
      User git
      IdentityFile ~/.ssh/id_ed25519

  # bastion host key: ${neg("ssh_host_key_fingerprint", sshFingerprint(edPubBlob(bastionKey)), "public host key fingerprint")}
  Host bastion
      HostName 18.203.44.120
      User alice
      IdentityFile ~/.ssh/id_ed25519

  Host db-prod
      HostName 10.20.3.14
      User alice
      ProxyJump bastion
      LocalForward 15432 localhost:5432

  Host nas
      HostName 192.168.1.20
      Port 2222
      User alice
`,
);

emit(
  `${A}.config/gh/hosts.yml`,
  t`
  github.com:
      user: alice-nguyen
      oauth_token: ${pos("github_oauth_token", V.gho())}
      git_protocol: ssh
  github.lumenforge.com:
      user: anguyen
      oauth_token: ${pos("github_oauth_token", V.gho())}
      git_protocol: https
`,
);

emit(
  `${A}.git-credentials`,
  t`
  https://alice-nguyen:${pos("github_classic_pat", V.ghp())}@github.com
  https://oauth2:${pos("gitlab_pat", V.glpat())}@gitlab.com
  https://alicen:${pos("bitbucket_app_password", V.pw(20), { note: "context only" })}@bitbucket.org
  https://alice.nguyen%40lumenforge.io:${pos("git_http_password", V.pw(16, URLSAFE))}@git.lumenforge.internal
`,
);

emit(
  `${A}.gitconfig`,
  t`
  [user]
  \tname = Alice Nguyen
  \temail = alice@lumenforge.io
  \tsigningkey = ${neg("gpg_key_id", rs("0123456789ABCDEF", 16), "GPG long key id (public)")}
  [commit]
  \tgpgsign = true
  [core]
  \teditor = nvim
  \texcludesfile = ~/.gitignore_global
  [init]
  \tdefaultBranch = main
  [pull]
  \trebase = true
  [credential]
  \thelper = store
  [github]
  \tuser = alice-nguyen
  \ttoken = ${pos("github_legacy_token", V.ghLegacy(), { note: "pre-2021 40-hex token, context only" })}
  [alias]
  \tlg = log --graph --oneline --decorate --all
  \tst = status -sb
`,
);

emit(
  `${A}.netrc`,
  t`
  machine api.heroku.com
    login alice@lumenforge.io
    password ${pos("heroku_api_key", V.uuid(), { note: "UUID-shaped, context only" })}
  machine ftp.lumenforge-partners.net login lumen_upload password ${pos("ftp_password", V.pw(14))}
  machine registry.local.test login dev password ${neg("password", "changeme", "placeholder")}
`,
);

{
  const driveTok = `{"access_token":"${"\u0000"}","token_type":"Bearer","refresh_token":"${"\u0001"}","expiry":"${iso(T0 + 3000).replace("Z", "+02:00")}"}`;
  const [pre, mid, post] = driveTok.split("\u0000").flatMap((part) => part.split("\u0001"));
  emit(
    `${A}.config/rclone/rclone.conf`,
    t`
    [s3-archive]
    type = s3
    provider = AWS
    env_auth = false
    access_key_id = ${pos("aws_access_key_id", V.akia())}
    secret_access_key = ${pos("aws_secret_access_key", V.awsSecret())}
    region = eu-west-1
    storage_class = DEEP_ARCHIVE

    [gdrive]
    type = drive
    scope = drive
    token = ${pre}${pos("google_oauth_access_token", V.gAccess())}${mid}${pos("google_oauth_refresh_token", V.gRefresh())}${post}
    team_drive =

    [nas]
    type = sftp
    host = 192.168.1.20
    port = 2222
    user = alice
    pass = ${pos("rclone_obscured_password", V.rcloneObscured(14), { note: "rclone obscure() output, reversible" })}
    shell_type = unix

    [b2]
    type = b2
    account = ${neu("backblaze_key_id", V.b2Id(), "application key id: an identifier, useless without the key")}
    key = ${pos("backblaze_application_key", V.b2Key())}

    [vault]
    type = crypt
    remote = b2:alice-vault
    password = ${pos("rclone_obscured_password", V.rcloneObscured(24), { note: "rclone obscure() output, reversible" })}
    password2 = ${pos("rclone_obscured_password", V.rcloneObscured(24), { note: "rclone obscure() output, reversible" })}
  `,
  );
}

emit(
  `${A}.terraform.d/credentials.tfrc.json`,
  t`
  {
    "credentials": {
      "app.terraform.io": {
        "token": "${pos("terraform_cloud_token", V.tfc())}"
      }
    }
  }
`,
);

emit(
  `${A}.config/gcloud/application_default_credentials.json`,
  t`
  {
    "account": "",
    "client_id": "${neu("google_oauth_client_id", V.gClientId(), "OAuth client id of the gcloud CLI: public identifier")}",
    "client_secret": "${neu("google_oauth_client_secret", V.gClientSecret(), "installed-app client secret shipped with gcloud: public by design")}",
    "quota_project_id": "lumen-data-prod",
    "refresh_token": "${pos("google_oauth_refresh_token", V.gRefresh())}",
    "type": "authorized_user",
    "universe_domain": "googleapis.com"
  }
`,
);

{
  const sa = rsaKey(2048);
  const saPem = sa.key.export({ type: "pkcs8", format: "pem" });
  const escaped = JSON.stringify(saPem).slice(1, -1);
  const keyId = hex(40);
  emit(
    `${A}Downloads/lumen-data-prod-${keyId.slice(0, 12)}.json`,
    t`
    {
      "type": "service_account",
      "project_id": "lumen-data-prod",
      "private_key_id": "${neg("gcp_private_key_id", keyId, "key identifier, not secret")}",
      "private_key": "${pos("gcp_service_account_private_key", escaped, { decoded: saPem.trimEnd() })}",
      "client_email": "etl-runner@lumen-data-prod.iam.gserviceaccount.com",
      "client_id": "${digits(21)}",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/etl-runner%40lumen-data-prod.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
  `,
  );
}

{
  const tenant = uuid(),
    oid = uuid(),
    cliId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
  const home = `${oid}.${tenant}`;
  const at = jwt(
    {
      typ: "JWT",
      alg: "RS256",
      x5t: randomBytes(20).toString("base64url"),
      kid: randomBytes(20).toString("base64url"),
    },
    {
      aud: "https://management.core.windows.net/",
      iss: `https://sts.windows.net/${tenant}/`,
      iat: T0,
      nbf: T0,
      exp: T0 + 4479,
      acr: "1",
      amr: ["pwd", "mfa"],
      appid: cliId,
      appidacr: "0",
      family_name: "Nguyen",
      given_name: "Alice",
      idtyp: "user",
      ipaddr: `81.152.33.${randInt(250)}`,
      name: "Alice Nguyen",
      oid,
      puid: rs("0123456789ABCDEF", 16),
      rh: `0.A${rs(B64URL, 40)}.`,
      scp: "user_impersonation",
      sub: randomBytes(32).toString("base64url"),
      tid: tenant,
      unique_name: "alice@lumenforge.io",
      upn: "alice@lumenforge.io",
      uti: rs(B64URL, 22),
      ver: "1.0",
      xms_tcdt: T0 - 86400 * 900,
    },
  );
  const idt = jwt(
    { typ: "JWT", alg: "RS256", kid: randomBytes(20).toString("base64url") },
    {
      aud: cliId,
      iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
      iat: T0,
      nbf: T0,
      exp: T0 + 3600,
      name: "Alice Nguyen",
      oid,
      preferred_username: "alice@lumenforge.io",
      sub: randomBytes(32).toString("base64url"),
      tid: tenant,
      ver: "2.0",
    },
  );
  const env = "login.microsoftonline.com";
  emit(
    `${A}.azure/msal_token_cache.json`,
    t`
    {
        "AccessToken": {
            "${home}-${env}-accesstoken-${cliId}-${tenant}-https://management.core.windows.net//user_impersonation https://management.core.windows.net//.default": {
                "credential_type": "AccessToken",
                "secret": "${pos("azure_access_token", at)}",
                "home_account_id": "${home}",
                "environment": "${env}",
                "client_id": "${cliId}",
                "target": "https://management.core.windows.net//user_impersonation https://management.core.windows.net//.default",
                "realm": "${tenant}",
                "token_type": "Bearer",
                "cached_at": "${T0}",
                "expires_on": "${T0 + 4479}",
                "extended_expires_on": "${T0 + 4479}"
            }
        },
        "Account": {
            "${home}-${env}-${tenant}": {
                "home_account_id": "${home}",
                "environment": "${env}",
                "realm": "${tenant}",
                "local_account_id": "${oid}",
                "username": "alice@lumenforge.io",
                "authority_type": "MSSTS"
            }
        },
        "IdToken": {
            "${home}-${env}-idtoken-${cliId}-${tenant}-": {
                "credential_type": "IdToken",
                "secret": "${neu("azure_id_token", idt, "OpenID id_token: identity assertion, not accepted as an API bearer token")}",
                "home_account_id": "${home}",
                "environment": "${env}",
                "realm": "${tenant}",
                "client_id": "${cliId}"
            }
        },
        "RefreshToken": {
            "${home}-${env}-refreshtoken-1--": {
                "credential_type": "RefreshToken",
                "secret": "${pos("azure_refresh_token", V.azRefresh())}",
                "home_account_id": "${home}",
                "environment": "${env}",
                "client_id": "${cliId}",
                "target": "https://management.core.windows.net//user_impersonation https://management.core.windows.net//.default",
                "last_modification_time": "${T0}",
                "family_id": "1"
            }
        },
        "AppMetadata": {
            "appmetadata-${env}-${cliId}": {
                "client_id": "${cliId}",
                "environment": "${env}",
                "family_id": "1"
            }
        }
    }
  `,
  );
  emit(
    `${A}.azure/service_principal_entries.json`,
    t`
    [
      {
        "client_id": "${neu("azure_client_id", V.uuid(), "application (client) id: identifier")}",
        "tenant": "${tenant}",
        "client_secret": "${pos("azure_client_secret", V.azSecret())}"
      }
    ]
  `,
  );
}

emit(
  `${A}.config/Code/User/settings.json`,
  t`
  {
    "editor.fontFamily": "'JetBrains Mono', monospace",
    "editor.formatOnSave": true,
    "editor.rulers": [100],
    "workbench.colorTheme": "Tokyo Night",
    "go.toolsManagement.autoUpdate": true,
    "sqltools.connections": [
      {
        "previewLimit": 50,
        "server": "localhost",
        "port": 5432,
        "driver": "PostgreSQL",
        "name": "side-api (docker)",
        "database": "sideapi_dev",
        "username": "app",
        "password": "${pos("postgres_password", V.pw(16, URLSAFE))}"
      },
      {
        "previewLimit": 50,
        "server": "localhost",
        "port": 15432,
        "driver": "PostgreSQL",
        "name": "analytics (prod via bastion)",
        "database": "analytics",
        "username": "reporting",
        "askForPassword": true
      }
    ],
    "rest-client.environmentVariables": {
      "$shared": {
        "contentType": "application/json"
      },
      "local": {
        "baseUrl": "http://localhost:3000",
        "apiKey": "${neg("generic_api_key", "dev-local-key", "obvious local placeholder")}"
      },
      "staging": {
        "baseUrl": "https://api.staging.lumenforge.io",
        "apiKey": "${pos("generic_api_key", V.apiKey("lf_live_"), { note: "in-house key format, context only" })}"
      }
    },
    "github.copilot.enable": {
      "*": true,
      "markdown": false
    },
    "terminal.integrated.env.linux": {
      "SENDGRID_API_KEY": "${pos("sendgrid_api_key", V.sendgrid())}"
    },
    "redhat.telemetry.enabled": false
  }
`,
);

emit(
  `${A}.gradle/gradle.properties`,
  t`
  org.gradle.jvmargs=-Xmx4g -XX:+UseParallelGC
  org.gradle.daemon=true
  org.gradle.parallel=true
  org.gradle.caching=true

  # Maven Central publishing for lumen-commons
  ossrhUsername=anguyen
  ossrhPassword=${pos("sonatype_password", V.pw(24))}
  signing.keyId=${neg("gpg_key_id", rs("0123456789ABCDEF", 8), "short GPG key id (public)")}
  signing.password=${pos("gpg_passphrase", V.human(" ", ".!"))}
  signing.secretKeyRingFile=/home/alice/.gnupg/secring.gpg
`,
);

// side project
const SIDE = `${A}projects/side-api/`;
emit(
  `${SIDE}.env`,
  t`
  # side-api local config: never commit (listed in .gitignore)
  NODE_ENV=development
  PORT=3000
  DATABASE_URL=postgres://sideapi_owner:${pos("postgres_password", V.pw(16))}@ep-frosty-sun-${digits(6)}.eu-central-1.aws.neon.tech/sideapi?sslmode=require
  REDIS_URL=rediss://default:${pos("redis_password", V.pw(32))}@eu1-sharp-lemur-${digits(5)}.upstash.io:6379
  STRIPE_SECRET_KEY=${pos("stripe_secret_key", V.stripe())}
  STRIPE_PUBLISHABLE_KEY=${neu("stripe_publishable_key", V.stripePk(), "publishable key is meant to ship to browsers")}
  STRIPE_WEBHOOK_SECRET=${pos("stripe_webhook_secret", V.whsec())}
  SESSION_SECRET=${pos("session_secret", V.hex64(), { note: "context only" })}
  SENTRY_DSN=${neu("sentry_dsn", `https://${hex(32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`, "DSN is embedded in client bundles by design")}
  POSTMARK_SERVER_TOKEN=${pos("postmark_server_token", V.uuid(), { note: "UUID-shaped, context only" })}
  LOG_LEVEL=debug
`,
);
emit(
  `${SIDE}.env.example`,
  t`
  # copy to .env and fill in
  NODE_ENV=development
  PORT=3000
  DATABASE_URL=postgres://app:${neg("postgres_password", "changeme", "placeholder")}@localhost:5432/sideapi_dev
  REDIS_URL=redis://localhost:6379
  STRIPE_SECRET_KEY=${neg("stripe_secret_key", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}
  STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
  STRIPE_WEBHOOK_SECRET=${neg("stripe_webhook_secret", "whsec_<from `stripe listen`>", "placeholder")}
  SESSION_SECRET=${neg("session_secret", "<generate with: openssl rand -hex 32>", "placeholder")}
  SENTRY_DSN=
  POSTMARK_SERVER_TOKEN=${neg("postmark_server_token", "00000000-0000-0000-0000-000000000000", "nil UUID placeholder")}
  LOG_LEVEL=info
`,
);
emit(
  `${SIDE}.envrc`,
  t`
  # direnv: loads .env plus a few extras for terraform
  dotenv_if_exists .env
  export AWS_PROFILE=lumen-staging
  export TF_VAR_db_password='${pos("postgres_password", V.pw(20, SH))}'
  export GITHUB_TOKEN=${neg("github_classic_pat", "$(gh auth token)", "command substitution, no literal value")}
  export SLACK_WEBHOOK_URL=${pos("slack_webhook_url", V.slackHook())}
  PATH_add node_modules/.bin
`,
);
emit(
  `${SIDE}.vscode/launch.json`,
  t`
  {
    "version": "0.2.0",
    "configurations": [
      {
        "type": "node",
        "request": "launch",
        "name": "API (local)",
        "program": "\${workspaceFolder}/src/server.ts",
        "runtimeArgs": ["-r", "ts-node/register"],
        "envFile": "\${workspaceFolder}/.env",
        "env": {
          "LOG_LEVEL": "debug",
          "ANTHROPIC_API_KEY": "${pos("anthropic_api_key", V.anthropic())}",
          "OPENAI_API_KEY": "${neg("openai_api_key", "${env:OPENAI_API_KEY}", "VS Code env reference")}"
        },
        "console": "integratedTerminal"
      },
      {
        "type": "node",
        "request": "launch",
        "name": "Worker (staging data)",
        "program": "\${workspaceFolder}/src/worker.ts",
        "runtimeArgs": ["-r", "ts-node/register"],
        "env": {
          "DATABASE_URL": "postgres://readonly:${pos("postgres_password", V.pw(18))}@sideapi-staging.cluster-ro-c9xk2m4q1zab.eu-west-1.rds.amazonaws.com:5432/sideapi",
          "QUEUE_URL": "https://sqs.eu-west-1.amazonaws.com/123456789012/side-jobs"
        }
      }
    ]
  }
`,
);
{
  const integ = () => `sha512-${randomBytes(64).toString("base64")}`;
  emit(
    `${SIDE}package-lock.json`,
    t`
    {
      "name": "side-api",
      "version": "0.4.1",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "side-api",
          "version": "0.4.1",
          "dependencies": {
            "ms": "^2.1.3",
            "pg": "^8.11.3"
          }
        },
        "node_modules/ms": {
          "version": "2.1.3",
          "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",
          "integrity": "${neg("lockfile_integrity", integ(), "SRI hash of a public tarball")}"
        },
        "node_modules/pg": {
          "version": "8.11.3",
          "resolved": "https://registry.npmjs.org/pg/-/pg-8.11.3.tgz",
          "integrity": "${neg("lockfile_integrity", integ(), "SRI hash of a public tarball")}",
          "license": "MIT"
        }
      }
    }
  `,
  );
}

// ================================================================= bob (macOS, Users/bob)
const B = "Users/bob/";
const bobAge = ageIdentity();

emit(
  `${B}.zshrc`,
  t`
  # Path to your oh-my-zsh installation.
  export ZSH="$HOME/.oh-my-zsh"
  ZSH_THEME="robbyrussell"
  plugins=(git docker kubectl aws terraform fzf)
  source $ZSH/oh-my-zsh.sh

  export PATH="/opt/homebrew/bin:$HOME/.local/bin:$PATH"
  export HOMEBREW_NO_ANALYTICS=1
  export HOMEBREW_GITHUB_API_TOKEN=${pos("github_fine_grained_pat", V.ghFine())}
  export NPM_TOKEN="${pos("npm_token", V.npm())}"
  export GEM_HOST_API_KEY=${neg("rubygems_api_key", '$(op read "op://Private/RubyGems/api-key")', "1Password CLI lookup")}
  export SLACK_BOT_TOKEN=${pos("slack_bot_token", V.slackBot())}
  export CLOUDFLARE_API_TOKEN="${pos("cloudflare_api_token", V.cloudflare(), { note: "context only" })}"
  export DD_API_KEY=${pos("datadog_api_key", V.datadogApi(), { note: "context only" })}
  export DD_APP_KEY=${pos("datadog_app_key", V.datadogApp(), { note: "context only" })}
  export DD_SITE=datadoghq.eu
  export OP_SERVICE_ACCOUNT_TOKEN="${neg("onepassword_service_account_token", "$(security find-generic-password -a bob -s op-sa -w)", "macOS keychain lookup")}"
  export OPENAI_API_KEY="${neg("openai_api_key", "sk-proj-****************************************", "masked value")}"
  # export STRIPE_API_KEY=${neg("stripe_secret_key", STRIPE_DOC_KEY, "Stripe documentation sample key")}   # from the Stripe quickstart

  alias awsume='. awsume'
  alias tfp='terraform plan -out=tfplan'
  alias kctx=kubectx
  eval "$(pyenv init -)"
  eval "$(direnv hook zsh)"
  [ -f ~/.fzf.zsh ] && source ~/.fzf.zsh
`,
);

{
  let ts = T0 - 86400 * 3;
  const h = (frag) => {
    ts += 5 + randInt(900);
    return t`: ${ts}:${randInt(3)};${frag}`;
  };
  const quarryJwt = jwt(
    { alg: "RS256", typ: "JWT", kid: `qh-${hex(8)}` },
    {
      iss: "https://auth.quarryhq.com/",
      sub: `user_${rs(B62, 24)}`,
      aud: "https://api.quarryhq.com",
      iat: T0 - 600,
      exp: T0 + 86400,
      scope: "billing:read billing:write admin",
      azp: rs(B62, 32),
    },
  );
  const entries = [
    h(t`brew upgrade`),
    h(t`gh auth login --with-token <<< ${pos("github_classic_pat", V.ghp())}`),
    h(t`export OPENAI_API_KEY=${pos("openai_api_key", V.openaiLegacy())}`),
    h(t`terraform -chdir=envs/prod plan`),
    h(t`docker run --rm -e POSTGRES_PASSWORD=${pos("postgres_password", V.pw(16))} -p 5432:5432 postgres:16`),
    h(
      t`git push https://x-access-token:${pos("github_app_installation_token", V.ghs())}@github.com/quarryhq/platform.git HEAD:hotfix/rate-limit`,
    ),
    h(t`git reset --hard ${neg("git_commit_sha", hex(40), "commit SHA-1")}`),
    h(
      t`aws sts get-session-token --serial-number arn:aws:iam::210987654321:mfa/bob --token-code ${neg("mfa_code", digits(6), "one-time MFA code (expired, 6 digits)")}`,
    ),
    h(
      t`gpg --recv-keys ${neg("gpg_fingerprint", rs("0123456789ABCDEF", 40), "OpenPGP fingerprint (public)")}`,
    ),
    h(
      t`curl -X GET -H "DD-API-KEY: ${pos("datadog_api_key", V.datadogApi(), { note: "header context" })}" https://api.datadoghq.eu/api/v1/validate`,
    ),
    h(
      t`http POST https://api.quarryhq.com/v2/invoices/recalc Authorization:"Bearer ${pos("jwt_access_token", quarryJwt)}"`,
    ),
    h(
      t`slack-notify --token ${neg("slack_bot_token", "xoxb-your-bot-token", "placeholder")} "#deploys" "billing deployed"`,
    ),
    h(t`kubectl config use-context prod`),
    h(t`export DOCKER_PASSWORD='${neg("password", "********", "masked")}'`),
    h(t`npm publish --access public`),
    h(t`chezmoi apply -v`),
  ];
  emit(`${B}.zsh_history`, t`${lines(entries)}`);
}

emit(
  `${B}.aws/credentials`,
  t`
  [default]
  aws_access_key_id = ${neg("aws_access_key_id", "AKIAXXXXXXXXXXXXXXXX", "placeholder")}
  aws_secret_access_key = ${neg("aws_secret_access_key", "<your-secret-access-key>", "placeholder")}

  [quarry-prod-admin]
  aws_access_key_id = ${pos("aws_access_key_id", V.akia())}
  aws_secret_access_key = ${pos("aws_secret_access_key", V.awsSecret())}
  mfa_serial = arn:aws:iam::210987654321:mfa/bob

  [quarry-ci]
  aws_access_key_id = ${neg("aws_access_key_id", `AKIA${rs(B32, 8)}`, "truncated: too short for the format")}
  aws_secret_access_key = ${neg("aws_secret_access_key", "REDACTED", "redacted")}
`,
);

emit(
  `${B}.s3cfg`,
  t`
  [default]
  access_key = ${pos("digitalocean_spaces_access_key", V.spacesKey())}
  access_token =
  add_encoding_exts =
  add_headers =
  bucket_location = fra1
  cache_file =
  check_ssl_certificate = True
  check_ssl_hostname = True
  default_mime_type = binary/octet-stream
  delete_removed = False
  encoding = UTF-8
  encrypt = False
  gpg_command = /opt/homebrew/bin/gpg
  gpg_decrypt = %(gpg_command)s -d --verbose --no-use-agent --batch --yes --passphrase-fd %(passphrase_fd)s -o %(output_file)s %(input_file)s
  gpg_encrypt = %(gpg_command)s -c --verbose --no-use-agent --batch --yes --passphrase-fd %(passphrase_fd)s -o %(output_file)s %(input_file)s
  gpg_passphrase = ${pos("s3cmd_gpg_passphrase", V.human("-", "!"))}
  host_base = fra1.digitaloceanspaces.com
  host_bucket = %(bucket)s.fra1.digitaloceanspaces.com
  human_readable_sizes = False
  multipart_chunk_size_mb = 15
  secret_key = ${pos("digitalocean_spaces_secret_key", V.spacesSecret())}
  signature_v2 = False
  use_https = True
`,
);

emit(
  `${B}.boto`,
  t`
  # This file contains credentials and other configuration information needed
  # by the boto library, used by gsutil.

  [Credentials]
  aws_access_key_id = ${pos("aws_access_key_id", V.akia())}
  aws_secret_access_key = ${pos("aws_secret_access_key", V.awsSecret())}
  gs_oauth2_refresh_token = ${pos("google_oauth_refresh_token", V.gRefresh())}

  [Boto]
  https_validate_certificates = True

  [GSUtil]
  content_language = en
  default_project_id = quarry-analytics
  parallel_composite_upload_threshold = 150M

  [OAuth2]
  client_id = ${neu("google_oauth_client_id", V.gClientId(), "OAuth client id: public identifier")}
  client_secret = ${neu("google_oauth_client_secret", V.gClientSecret(), "installed-app client secret distributed with gsutil: public by design")}
`,
);

emit(
  `${B}.gem/credentials`,
  t`
  ---
  :rubygems_api_key: ${pos("rubygems_api_key", V.rubygems())}
  :github: Bearer ${pos("github_classic_pat", V.ghp())}
`,
);

{
  const bobRsa = rsaKey(2048);
  const bobEc = p256();
  emit(
    `${B}.ssh/id_rsa`,
    t`
    ${pos("ssh_private_key", bobRsa.key.export({ type: "pkcs1", format: "pem" }).trimEnd())}
  `,
  );
  emit(
    `${B}.ssh/id_rsa.pub`,
    t`
    ssh-rsa ${neg("ssh_public_key", rsaPubBlob(bobRsa).toString("base64"), "public key")} bob@quarry-mbp
  `,
  );
  emit(
    `${B}.ssh/id_ecdsa`,
    t`
    ${pos("ssh_private_key", ecOpenssh(bobEc, "bob@quarry-mbp"))}
  `,
  );
  const _bobEcPubB64 = ecPubBlob(bobEc).toString("base64");
  const h1 = ed25519(),
    h2 = p256(),
    h3 = ed25519();
  emit(
    `${B}.ssh/known_hosts`,
    t`
    github.com ssh-ed25519 ${neg("ssh_public_key", edPubBlob(h1).toString("base64"), "host public key")}
    ${neg("known_hosts_hashed_host", hashedHost("bastion.quarryhq.com"), "HashKnownHosts salted SHA-1 of a host name")} ecdsa-sha2-nistp256 ${ecPubBlob(h2).toString("base64")}
    ${hashedHost("10.8.0.12")} ssh-ed25519 ${neg("ssh_public_key", edPubBlob(h3).toString("base64"), "host public key")}
  `,
  );
}

emit(
  `${B}.config/glab-cli/config.yml`,
  t`
  # What protocol to use when performing git operations. Supported values: ssh, https
  git_protocol: ssh
  # What editor glab should run when creating issues, merge requests, etc. This is a global config that cannot be overridden by hostname.
  editor:
  # What browser glab should run when opening links. This is a global config that cannot be overridden by hostname.
  browser:
  # Set your desired markdown renderer style. Available options are [dark, light, notty] or set a custom path to a JSON style file.
  glamour_style: dark
  # Allow glab to automatically check for updates and notify when there are new updates
  check_update: false
  # Whether or not to display hyperlink escape characters in the terminal.
  display_hyperlinks: false
  # configure host for non-interactive use
  host: gitlab.com
  no_prompt: false
  hosts:
      gitlab.com:
          # What protocol to use to access the API endpoint. Supported values: http, https
          api_protocol: https
          # Configure host for api endpoint, defaults to the host itself
          api_host: gitlab.com
          # Your GitLab access token. Get an access token at https://gitlab.com/-/profile/personal_access_tokens
          token: ${pos("gitlab_pat", V.glpat())}
          user: bob.okafor
      gitlab.quarryhq.com:
          api_protocol: https
          api_host: gitlab.quarryhq.com
          token: ${pos("gitlab_pat", V.glpat())}
          git_protocol: ssh
          user: bokafor
`,
);

emit(
  `${B}.terraformrc`,
  t`
  plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
  disable_checkpoint = true

  credentials "app.terraform.io" {
    token = "${pos("terraform_cloud_token", V.tfc())}"
  }

  provider_installation {
    network_mirror {
      url     = "https://tf-mirror.quarryhq.com/providers/"
      include = ["registry.terraform.io/*/*"]
    }
    direct {
      exclude = ["registry.terraform.io/*/*"]
    }
  }
`,
);

emit(
  `${B}Library/Application Support/Code/User/settings.json`,
  t`
  {
    "workbench.colorTheme": "GitHub Dark Default",
    "editor.fontSize": 13,
    "editor.minimap.enabled": false,
    "terminal.integrated.defaultProfile.osx": "zsh",
    "terminal.integrated.env.osx": {
      "GITHUB_TOKEN": "${pos("github_classic_pat", V.ghp())}",
      "VAULT_ADDR": "https://vault.quarryhq.com"
    },
    "rest-client.environmentVariables": {
      "staging": {
        "host": "https://api.staging.quarryhq.com",
        "token": "${neg("jwt_access_token", "{{$dotenv STAGING_TOKEN}}", "REST Client dotenv reference")}"
      },
      "prod": {
        "host": "https://api.quarryhq.com",
        "token": "${neg("jwt_access_token", "{{$processEnv PROD_TOKEN}}", "REST Client env reference")}"
      }
    },
    "mdb.presetConnections": [
      {
        "name": "analytics-cluster",
        "connectionString": "mongodb+srv://analytics:${pos("mongodb_password", V.pw(20))}@cluster0.x7k2p.mongodb.net/?retryWrites=true&w=majority"
      }
    ],
    "yaml.schemas": {
      "https://json.schemastore.org/github-workflow.json": ".github/workflows/*.yml"
    }
  }
`,
);

{
  const BS = `${B}code/billing-service/.idea/`;
  emit(
    `${BS}dataSources.xml`,
    t`
    <?xml version="1.0" encoding="UTF-8"?>
    <project version="4">
      <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
        <data-source source="LOCAL" name="billing@localhost" uuid="${uuid()}">
          <driver-ref>postgresql</driver-ref>
          <synchronize>true</synchronize>
          <jdbc-driver>org.postgresql.Driver</jdbc-driver>
          <jdbc-url>jdbc:postgresql://localhost:5432/billing</jdbc-url>
          <working-dir>$ProjectFileDir$</working-dir>
        </data-source>
        <data-source source="LOCAL" name="billing-replica (prod)" uuid="${uuid()}">
          <driver-ref>postgresql</driver-ref>
          <synchronize>true</synchronize>
          <jdbc-driver>org.postgresql.Driver</jdbc-driver>
          <jdbc-url>jdbc:postgresql://billing-replica.internal.quarryhq.com:5432/billing?user=billing_ro&amp;password=${pos("postgres_password", V.pw(18))}&amp;ssl=true</jdbc-url>
          <working-dir>$ProjectFileDir$</working-dir>
        </data-source>
        <data-source source="LOCAL" name="warehouse" uuid="${uuid()}">
          <driver-ref>snowflake</driver-ref>
          <synchronize>true</synchronize>
          <jdbc-driver>net.snowflake.client.jdbc.SnowflakeDriver</jdbc-driver>
          <jdbc-url>jdbc:snowflake://qh12345.eu-central-1.snowflakecomputing.com/?warehouse=DEV_WH&amp;db=ANALYTICS</jdbc-url>
          <working-dir>$ProjectFileDir$</working-dir>
        </data-source>
      </component>
    </project>
  `,
  );
  emit(
    `${BS}workspace.xml`,
    t`
    <?xml version="1.0" encoding="UTF-8"?>
    <project version="4">
      <component name="ChangeListManager">
        <list default="true" id="${uuid()}" name="Changes" comment="" />
        <option name="SHOW_DIALOG" value="false" />
      </component>
      <component name="Git.Settings">
        <option name="RECENT_GIT_ROOT_PATH" value="$PROJECT_DIR$" />
      </component>
      <component name="ProjectId" id="${neg("jetbrains_project_id", rs(B62, 27), "random IDE project identifier")}" />
      <component name="RunManager" selected="Spring Boot.BillingApplication">
        <configuration name="BillingApplication" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
          <module name="billing-service.main" />
          <option name="SPRING_BOOT_MAIN_CLASS" value="com.quarryhq.billing.BillingApplication" />
          <option name="ACTIVE_PROFILES" value="local" />
          <envs>
            <env name="STRIPE_API_KEY" value="${pos("stripe_restricted_key", V.stripeRk())}" />
            <env name="SPRING_DATASOURCE_PASSWORD" value="${pos("postgres_password", V.pw(16))}" />
            <env name="JAVA_TOOL_OPTIONS" value="-Xmx1g" />
          </envs>
          <method v="2">
            <option name="Make" enabled="true" />
          </method>
        </configuration>
      </component>
      <component name="PropertiesComponent"><![CDATA[{
      "keyToString": {
        "RunOnceActivity.ShowReadmeOnStart": "true",
        "git-widget-placeholder": "main",
        "project.structure.last.edited": "Modules"
      }
    }]]></component>
    </project>
  `,
  );
}

emit(
  `${B}Postman/environments/billing-staging.postman_environment.json`,
  t`
  {
  \t"id": "${uuid()}",
  \t"name": "billing-staging",
  \t"values": [
  \t\t{
  \t\t\t"key": "baseUrl",
  \t\t\t"value": "https://billing.staging.quarryhq.com",
  \t\t\t"type": "default",
  \t\t\t"enabled": true
  \t\t},
  \t\t{
  \t\t\t"key": "client_id",
  \t\t\t"value": "billing-postman",
  \t\t\t"type": "default",
  \t\t\t"enabled": true
  \t\t},
  \t\t{
  \t\t\t"key": "client_secret",
  \t\t\t"value": "${pos("oauth_client_secret", V.pw(40), { note: "context only" })}",
  \t\t\t"type": "secret",
  \t\t\t"enabled": true
  \t\t},
  \t\t{
  \t\t\t"key": "api_key",
  \t\t\t"value": "${pos("generic_api_key", V.apiKey("qk_live_"), { note: "in-house key format, context only" })}",
  \t\t\t"type": "secret",
  \t\t\t"enabled": true
  \t\t},
  \t\t{
  \t\t\t"key": "admin_password",
  \t\t\t"value": "${neg("password", "{{vault:billing-admin-password}}", "Postman Vault reference")}",
  \t\t\t"type": "secret",
  \t\t\t"enabled": true
  \t\t},
  \t\t{
  \t\t\t"key": "access_token",
  \t\t\t"value": "",
  \t\t\t"type": "any",
  \t\t\t"enabled": true
  \t\t}
  \t],
  \t"_postman_variable_scope": "environment",
  \t"_postman_exported_at": "${iso(T0 - 86400 * 9)}",
  \t"_postman_exported_using": "Postman/10.24.16"
  }
`,
);

emit(
  `${B}.pgpass`,
  t`
  # hostname:port:database:username:password
  localhost:5432:*:postgres:${pos("postgres_password", V.pw(14))}
  billing-primary.internal.quarryhq.com:5432:billing:billing_app:${pos("postgres_password", V.pw(24))}
  *:6432:*:pgbouncer_admin:${pos("postgres_password", V.pw(20))}
  # staging-db.internal.quarryhq.com:5432:*:billing_app:${neg("postgres_password", "CHANGE_ME", "placeholder in a commented line")}
`,
);

emit(
  `${B}.my.cnf`,
  t`
  [client]
  user=bob
  password="${pos("mysql_password", V.pw(18, SH))}"
  host=127.0.0.1
  port=3306

  [mysqldump]
  user=backup
  password=${pos("mysql_password", V.pw(22))}
  single-transaction
  quick
  max_allowed_packet=512M
`,
);

emit(
  `${B}code/infra/.envrc`,
  t`
  # infra repo: direnv
  export VAULT_ADDR=https://vault.quarryhq.com
  export VAULT_TOKEN="${neg("vault_token", "$(cat ~/.vault-token)", "file read at runtime")}"
  export TF_TOKEN_app_terraform_io=${pos("terraform_cloud_token", V.tfc())}
  export ARM_SUBSCRIPTION_ID=${uuid()}
  export ARM_TENANT_ID=${uuid()}
  export ARM_CLIENT_ID=${neu("azure_client_id", V.uuid(), "application (client) id: identifier")}
  export ARM_CLIENT_SECRET='${pos("azure_client_secret", V.azSecret())}'
  export CLOUDFLARE_API_TOKEN=${neg("cloudflare_api_token", "op://Infra/cloudflare-terraform/credential", "1Password reference (resolved by op run)")}
  export TF_VAR_datadog_api_key=${neg("datadog_api_key", "${DD_API_KEY}", "shell variable reference")}
`,
);

emit(
  `${B}.vault-token`,
  t`${pos("vault_token", V.vault(), { note: "file written by vault login, no trailing newline" })}`,
);

emit(
  `${B}Library/Application Support/DBeaverData/workspace6/General/.dbeaver/data-sources.json`,
  t`
  {
  \t"folders": {},
  \t"connections": {
  \t\t"postgres-jdbc-18e2f1a0b3e-${hex(16)}": {
  \t\t\t"provider": "postgresql",
  \t\t\t"driver": "postgres-jdbc",
  \t\t\t"name": "billing replica (prod)",
  \t\t\t"save-password": true,
  \t\t\t"configuration": {
  \t\t\t\t"host": "billing-replica.internal.quarryhq.com",
  \t\t\t\t"port": "5432",
  \t\t\t\t"database": "billing",
  \t\t\t\t"url": "jdbc:postgresql://billing-replica.internal.quarryhq.com:5432/billing",
  \t\t\t\t"configurationType": "MANUAL",
  \t\t\t\t"home": "postgresql-15",
  \t\t\t\t"type": "prod",
  \t\t\t\t"auth-model": "native"
  \t\t\t}
  \t\t},
  \t\t"mysql8-18e2f1c77d1-${hex(16)}": {
  \t\t\t"provider": "mysql",
  \t\t\t"driver": "mysql8",
  \t\t\t"name": "legacy-crm",
  \t\t\t"save-password": true,
  \t\t\t"configuration": {
  \t\t\t\t"url": "jdbc:mysql://crm-db.internal.quarryhq.com:3306/crm?user=crm_ro&password=${pos("mysql_password", V.pw(16))}&useSSL=true",
  \t\t\t\t"configurationType": "URL",
  \t\t\t\t"type": "prod",
  \t\t\t\t"auth-model": "native"
  \t\t\t}
  \t\t}
  \t}
  }
`,
);

emit(
  `${B}Library/Application Support/Code/User/globalStorage/storage.json`,
  t`
  {
    "telemetry.machineId": "${neg("vscode_machine_id", hex(64), "SHA-256-shaped telemetry id")}",
    "telemetry.sqmId": "",
    "telemetry.devDeviceId": "${neg("uuid", uuid(), "device id")}",
    "backupWorkspaces": {
      "workspaces": [],
      "folders": [
        {
          "folderUri": "file:///Users/bob/code/billing-service"
        }
      ],
      "emptyWindows": []
    },
    "windowControlHeight": 35,
    "theme": "vs-dark"
  }
`,
);

emit(
  `${B}.config/chezmoi/key.txt`,
  t`
  # created: ${iso(T0 - 86400 * 140).replace(".000Z", "+01:00")}
  # public key: ${neg("age_public_key", bobAge.recipient, "age recipient (public key)")}
  ${pos("age_secret_key", bobAge.secret)}
`,
);

// ================================================================= carol (Windows, C/Users/carol, CRLF)
const C = "C/Users/carol/";
{
  const pat = V.adoPat();
  emit(
    `${C}.gitconfig`,
    t`
    [user]
    \tname = Carol Mendes
    \temail = carol.mendes@fenwick-analytics.com
    [core]
    \tautocrlf = true
    \teditor = "C:/Users/carol/AppData/Local/Programs/Microsoft VS Code/Code.exe" --wait
    [credential]
    \thelper = manager
    [credential "https://dev.azure.com"]
    \tuseHttpPath = true
    [http "https://dev.azure.com/fenwick/"]
    \textraheader = AUTHORIZATION: Basic ${pos("azure_devops_pat", b64(`:${pat}`), { decoded: `:${pat}` })}
    [safe]
    \tdirectory = C:/Users/carol/source/repos/etl-jobs
    [filter "lfs"]
    \tclean = git-lfs clean -- %f
    \tsmudge = git-lfs smudge -- %f
    \tprocess = git-lfs filter-process
    \trequired = true
  `,
    { crlf: true },
  );
}
{
  const pat = V.adoPat();
  const feed = "//pkgs.dev.azure.com/fenwick/_packaging/fenwick-npm/npm";
  emit(
    `${C}.npmrc`,
    t`
    registry=https:${feed}/registry/
    always-auth=true
    ; begin auth token
    ${feed}/registry/:username=fenwick
    ${feed}/registry/:_password=${pos("azure_devops_pat", b64(pat), { decoded: pat })}
    ${feed}/registry/:email=npm requires email to be set but doesn't use the value
    ${feed}/:username=fenwick
    ${feed}/:_password=${neg("azure_devops_pat", "[BASE64_ENCODED_PERSONAL_ACCESS_TOKEN]", "placeholder from the Azure Artifacts template")}
    ${feed}/:email=npm requires email to be set but doesn't use the value
    ; end auth token
  `,
    { crlf: true },
  );
}
emit(
  `${C}AppData/Roaming/Code/User/settings.json`,
  t`
  {
      "workbench.colorTheme": "Default Dark Modern",
      "python.defaultInterpreterPath": "C:\\\\Users\\\\carol\\\\miniconda3\\\\python.exe",
      "mssql.connections": [
          {
              "server": "fenwick-sql.database.windows.net",
              "database": "reporting",
              "authenticationType": "SqlLogin",
              "user": "carol_admin",
              "password": "${pos("mssql_password", V.pw(20, URLSAFE))}",
              "savePassword": true,
              "profileName": "reporting (azure)"
          },
          {
              "server": "localhost,1433",
              "database": "etl_dev",
              "authenticationType": "SqlLogin",
              "user": "sa",
              "password": "",
              "savePassword": false,
              "profileName": "local docker"
          }
      ],
      "terminal.integrated.env.windows": {
          "AZURE_STORAGE_CONNECTION_STRING": "DefaultEndpointsProtocol=https;AccountName=fenwickraw;AccountKey=${pos("azure_storage_account_key", V.azStorageKey())};EndpointSuffix=core.windows.net"
      },
      "azurite.location": "C:\\\\Users\\\\carol\\\\.azurite",
      "jupyter.askForKernelRestart": false
  }
`,
  { crlf: true },
);
emit(
  `${C}source/repos/etl-jobs/local.settings.json`,
  t`
  {
    "IsEncrypted": false,
    "Values": {
      "AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${neg("azure_storage_account_key", AZURITE_KEY, "published Azurite/storage-emulator development key")};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;",
      "FUNCTIONS_WORKER_RUNTIME": "python",
      "SQL_CONNECTION": "Server=tcp:fenwick-sql.database.windows.net,1433;Initial Catalog=reporting;User ID=etl_writer;Password=${pos("mssql_password", V.pw(22))};Encrypt=True;Connection Timeout=30;",
      "SERVICEBUS_CONNECTION": "Endpoint=sb://fenwick-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${pos("azure_service_bus_key", V.azSasKey())}",
      "APPINSIGHTS_INSTRUMENTATIONKEY": "${neu("azure_appinsights_instrumentation_key", V.uuid(), "ingestion-only key, shipped in client telemetry")}"
    }
  }
`,
  { crlf: true },
);
emit(
  `${C}Documents/WindowsPowerShell/Microsoft.PowerShell_profile.ps1`,
  t`
  # PowerShell profile (carol)
  Import-Module posh-git
  Import-Module Terminal-Icons
  oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\paradox.omp.json" | Invoke-Expression

  Set-PSReadLineOption -PredictionSource History
  Set-PSReadLineOption -EditMode Windows

  # Azure DevOps CLI
  $env:AZURE_DEVOPS_EXT_PAT = "${pos("azure_devops_pat", V.adoPat())}"
  $env:GITHUB_TOKEN = ${neg("github_classic_pat", "(Get-Secret -Name GitHubToken -AsPlainText)", "SecretManagement vault lookup")}
  $env:DATABRICKS_HOST = "https://adb-${digits(16)}.${randInt(9) + 1}.azuredatabricks.net"
  $env:DATABRICKS_TOKEN = "${pos("databricks_token", V.databricks())}"
  $env:KAGGLE_USERNAME = "carolmendes"
  $env:KAGGLE_KEY = "${pos("kaggle_api_key", V.kaggle(), { note: "context only" })}"

  function Connect-Reporting {
      $pw = ConvertTo-SecureString "${pos("mssql_password", V.pw(18, SH))}" -AsPlainText -Force
      $cred = New-Object System.Management.Automation.PSCredential("carol_admin", $pw)
      Invoke-Sqlcmd -ServerInstance "fenwick-sql.database.windows.net" -Database reporting -Credential $cred -Query $args[0]
  }

  Set-Alias -Name k -Value kubectl
`,
  { crlf: true },
);
emit(
  `${C}AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt`,
  t`
  winget install Microsoft.AzureCLI
  az login
  az account set --subscription "Fenwick Production"
  az login --service-principal -u ${uuid()} -p ${pos("azure_client_secret", V.azSecret())} --tenant ${uuid()}
  docker run -e "ACCEPT_EULA=Y" -e "MSSQL_SA_PASSWORD=${pos("mssql_password", V.pw(16))}" -p 1433:1433 -d mcr.microsoft.com/mssql/server:2022-latest
  sqlcmd -S fenwick-sql-dev.database.windows.net -U etl_admin -P "${pos("mssql_password", V.pw(18))}" -Q "SELECT @@VERSION"
  git clone https://fenwick@dev.azure.com/fenwick/Data/_git/etl-jobs
  cd .\\etl-jobs\\
  docker login fenwickacr.azurecr.io -u fenwickacr -p ${pos("azure_container_registry_password", V.acr(), { note: "context only" })}
  git checkout ${neg("git_commit_sha", hex(40), "commit SHA-1")}
  Get-FileHash .\\dist\\etl_jobs-1.4.2-py3-none-any.whl -Algorithm SHA256
  $env:KAGGLE_KEY = "${neg("kaggle_api_key", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")}"
  pip install -r requirements.txt
  func start
`,
  { crlf: true },
);
emit(
  `${C}_netrc`,
  t`
  machine github.com
  login carol-mendes
  password ${pos("github_classic_pat", V.ghp())}
  machine urs.earthdata.nasa.gov
  login cmendes
  password ${pos("password", V.human("", "!$"), { note: "NASA Earthdata login, context only" })}
`,
  { crlf: true },
);
{
  const carolEd = ed25519(),
    puttyKey = ed25519();
  emit(
    `${C}.ssh/id_ed25519`,
    t`
    ${pos("ssh_private_key", edOpenssh(carolEd, "carol@FENWICK-LT042"))}
  `,
  );
  emit(
    `${C}.ssh/id_ed25519.pub`,
    t`
    ssh-ed25519 ${neg("ssh_public_key", edPubBlob(carolEd).toString("base64"), "public key")} carol@FENWICK-LT042
  `,
  );
  emit(
    `${C}.ssh/fenwick-sftp.ppk`,
    t`
    ${pos("ssh_private_key_putty", puttyPpk(puttyKey, "fenwick-sftp-upload"))}
  `,
    { crlf: true },
  );
}
emit(
  `${C}AppData/Roaming/pip/pip.ini`,
  t`
  [global]
  index-url = https://pypi.org/simple
  extra-index-url = https://fenwick:${pos("azure_devops_pat", V.adoPat())}@pkgs.dev.azure.com/fenwick/_packaging/fenwick-py/pypi/simple/
  timeout = 60
`,
  { crlf: true },
);
emit(
  `${C}.m2/settings.xml`,
  t`
  <?xml version="1.0" encoding="UTF-8"?>
  <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
    <servers>
      <server>
        <id>fenwick-nexus</id>
        <username>cmendes</username>
        <password>${neg("maven_encrypted_password", `{${randomBytes(32).toString("base64")}}`, "maven --encrypt-password output (master key not present)")}</password>
      </server>
      <server>
        <id>ossrh</id>
        <username>cmendes</username>
        <password>${pos("maven_repository_password", V.pw(20))}</password>
      </server>
      <server>
        <id>github</id>
        <username>carol-mendes</username>
        <password>${neg("github_classic_pat", "${env.GITHUB_TOKEN}", "Maven env reference")}</password>
      </server>
    </servers>
    <mirrors>
      <mirror>
        <id>fenwick-nexus</id>
        <mirrorOf>central</mirrorOf>
        <url>https://nexus.fenwick-analytics.com/repository/maven-public/</url>
      </mirror>
    </mirrors>
  </settings>
`,
  { crlf: true },
);
{
  const sf = rsaKey(2048);
  const sfPem = sf.key.export({ type: "pkcs8", format: "pem" }).trimEnd();
  emit(
    `${C}.dbt/profiles.yml`,
    t`
    fenwick:
      target: dev
      outputs:
        dev:
          type: snowflake
          account: fk12345.west-europe.azure
          user: CAROL_MENDES
          password: "${pos("snowflake_password", V.pw(18, SH))}"
          role: TRANSFORMER
          database: ANALYTICS_DEV
          warehouse: TRANSFORM_WH
          schema: dbt_cmendes
          threads: 8
        prod:
          type: snowflake
          account: fk12345.west-europe.azure
          user: DBT_PROD
          private_key: |
            ${pos("snowflake_private_key", indentBlock(sfPem, "        "), { decoded: sfPem })}
          role: TRANSFORMER
          database: ANALYTICS
          warehouse: TRANSFORM_WH
          schema: marts
          threads: 16
        ci:
          type: snowflake
          account: fk12345.west-europe.azure
          user: DBT_CI
          password: "${neg("snowflake_password", "{{ env_var('DBT_CI_PASSWORD') }}", "dbt env_var reference")}"
          role: TRANSFORMER
          database: ANALYTICS_CI
          warehouse: CI_WH
          schema: ci
          threads: 4
  `,
  );
}

// ================================================================= dotfiles (chezmoi source repo)
const D = "dotfiles/";
const bobAge2 = ageIdentity(); // second recipient (backup key), only the public half appears
emit(
  `${D}README.md`,
  t`
  # dotfiles

  Managed with [chezmoi](https://www.chezmoi.io/). Secrets never live in this repo in clear text:
  they are read from 1Password at apply time (\`onepasswordRead\`), from \`pass\`, or stored
  age-encrypted (\`encrypted_*\` files, key in \`~/.config/chezmoi/key.txt\`).

  ## Bootstrap

  \`\`\`sh
  sh -c "$(curl -fsLS get.chezmoi.io)" -- init --apply bokafor
  \`\`\`

  ## Where secrets come from

  | what            | source                                   |
  |-----------------|------------------------------------------|
  | GitHub token    | \`${neg("github_classic_pat", "op://Private/GitHub CLI/token", "1Password reference")}\`          |
  | npm token       | \`pass show dev/npm-token\`                |
  | AWS keys        | 1Password item \`aws-quarry-bob\`          |

  The rendered \`~/.npmrc\` looks like this:

  \`\`\`ini
  //registry.npmjs.org/:_authToken=${neg("npm_token", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder")}
  \`\`\`

  A token that fails its checksum is rejected by npm before any request, e.g. \`${neg("npm_token", breakChecksum(ghStyle("npm_")), "well-formed but CRC32 checksum fails")}\`.
`,
);
emit(
  `${D}.chezmoi.toml.tmpl`,
  t`
  {{- $email := promptStringOnce . "email" "Email address" -}}
  encryption = "age"

  [age]
      identity = "~/.config/chezmoi/key.txt"
      recipients = ["${bobAge.recipient}", "${neg("age_public_key", bobAge2.recipient, "age recipient (public key)")}"]

  [data]
      email = {{ $email | quote }}
      gpgkey = "${neg("gpg_key_id", rs("0123456789ABCDEF", 16), "GPG long key id (public)")}"

  [onepassword]
      mode = "account"

  [diff]
      pager = "delta"
`,
);
emit(
  `${D}dot_zshrc.tmpl`,
  t`
  # managed by chezmoi: edit ~/.local/share/chezmoi/dot_zshrc.tmpl
  export ZSH="$HOME/.oh-my-zsh"
  ZSH_THEME="robbyrussell"
  plugins=(git docker kubectl aws terraform fzf)
  source $ZSH/oh-my-zsh.sh

  export GITHUB_TOKEN=${neg("github_classic_pat", '{{ onepasswordRead "op://Private/GitHub CLI/token" | quote }}', "chezmoi 1Password template")}
  export NPM_TOKEN=${neg("npm_token", '{{ pass "dev/npm-token" | quote }}', "chezmoi pass template")}
  export OPENAI_API_KEY=${neg("openai_api_key", '{{ (bitwarden "item" "openai-api").login.password | quote }}', "chezmoi Bitwarden template")}
  export ANTHROPIC_API_KEY=${neg("anthropic_api_key", '{{ (onepasswordItemFields "Anthropic").credential.value }}', "chezmoi 1Password template")}
  {{- if eq .chezmoi.os "darwin" }}
  export HOMEBREW_GITHUB_API_TOKEN=${neg("github_fine_grained_pat", '{{ gopass "github/homebrew-token" }}', "chezmoi gopass template")}
  {{- end }}
`,
);
emit(
  `${D}private_dot_aws/private_credentials.tmpl`,
  t`
  [default]
  aws_access_key_id = ${neg("aws_access_key_id", '{{ (onepasswordItemFields "aws-quarry-bob").access_key_id.value }}', "chezmoi 1Password template")}
  aws_secret_access_key = ${neg("aws_secret_access_key", '{{ (onepasswordItemFields "aws-quarry-bob").secret_access_key.value }}', "chezmoi 1Password template")}
  region = eu-central-1
`,
);
emit(
  `${D}encrypted_private_dot_npmrc.age`,
  t`
  ${neg("age_encrypted_file", ageArmor(2), "age-encrypted file (ASCII armor)")}
`,
);
{
  const enc = ageArmor(1);
  emit(
    `${D}secrets/work.sops.yaml`,
    t`
    gitlab_token: ${neg("sops_encrypted_value", sopsValue(26), "SOPS AES-GCM ciphertext")}
    datadog:
        api_key: ${neg("sops_encrypted_value", sopsValue(32), "SOPS AES-GCM ciphertext")}
        app_key: ${neg("sops_encrypted_value", sopsValue(40), "SOPS AES-GCM ciphertext")}
    sops:
        kms: []
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age:
            - recipient: ${bobAge.recipient}
              enc: |
                ${indentBlock(enc, "            ")}
        lastmodified: "${iso(T0 - 86400 * 20).replace(".000Z", "Z")}"
        mac: ${neg("sops_encrypted_value", sopsValue(32), "SOPS MAC (encrypted)")}
        pgp: []
        unencrypted_suffix: _unencrypted
        version: 3.8.1
  `,
  );
}
emit(
  `${D}run_once_before_10-bootstrap.sh.tmpl`,
  t`
  #!/usr/bin/env bash
  set -euo pipefail

  # install the CLIs we need
  brew bundle --file=- <<'EOF'
  brew "age"
  brew "gh"
  brew "sops"
  cask "1password-cli"
  EOF

  # log in to CLIs with secrets pulled from the password managers
  op whoami >/dev/null 2>&1 || eval "$(op signin)"
  gh auth login --with-token < <(op read "${neg("github_classic_pat", "op://Private/GitHub CLI (bootstrap)/token", "1Password reference")}")
  npm config set //registry.npmjs.org/:_authToken "${neg("npm_token", "$(pass show dev/npm-token)", "pass lookup")}"
  export VAULT_TOKEN="${neg("vault_token", "${VAULT_TOKEN:?VAULT_TOKEN must be set}", "shell parameter reference")}"
  vault kv get -field=value secret/bob/dotfiles >/dev/null
`,
);
emit(
  `${D}.github/workflows/ci.yml`,
  t`
  name: ci
  on: [push, pull_request]

  jobs:
    apply:
      runs-on: \${{ matrix.os }}
      strategy:
        matrix:
          os: [ubuntu-latest, macos-latest]
      steps:
        - uses: actions/checkout@${neg("git_commit_sha", hex(40), "pinned action commit SHA")} # v4.1.1
        - name: chezmoi apply (dry run)
          env:
            CHEZMOI_AGE_KEY: ${neg("age_secret_key", "${{ secrets.CHEZMOI_AGE_KEY }}", "GitHub Actions secret reference")}
            OP_SERVICE_ACCOUNT_TOKEN: ${neg("onepassword_service_account_token", "${{ secrets.OP_SERVICE_ACCOUNT_TOKEN }}", "GitHub Actions secret reference")}
          run: |
            sh -c "$(curl -fsLS get.chezmoi.io)" -- init --dry-run --verbose --source .
        - name: shellcheck
          run: shellcheck $(git ls-files '*.sh' '*.sh.tmpl' | grep -v tmpl)
`,
);
emit(
  `${D}ansible/host_vars/homelab/vault.yml`,
  t`
  ${neg("ansible_vault", ansibleVault(96), "ansible-vault AES256 ciphertext")}
`,
);
emit(
  `${D}dot_config/fish/conf.d/work.fish`,
  t`
  # work helpers
  set -gx JIRA_URL https://quarryhq.atlassian.net
  set -gx JIRA_USER bob.okafor@quarryhq.com
  set -gx JIRA_API_TOKEN ${pos("atlassian_api_token", V.atlassian(), { note: "committed by mistake instead of templated" })}

  function jira-mine
      jira issue list -a$JIRA_USER -s~Done --plain
  end
`,
);
emit(
  `${D}docs/new-machine.md`,
  t`
  # New machine checklist

  1. Install Homebrew, then \`brew install chezmoi age\`.
  2. Copy \`key.txt\` from the 1Password item "chezmoi age key" to \`~/.config/chezmoi/key.txt\`.
  3. \`chezmoi init --apply bokafor\`
  4. If the clone asks for a password (SSH agent not set up yet), use HTTPS once:

     \`\`\`sh
     git remote set-url origin https://bokafor:${pos("github_classic_pat", V.ghp())}@github.com/bokafor/dotfiles.git
     \`\`\`

     and switch back to \`git@github.com:bokafor/dotfiles.git\` afterwards.
  5. Verify the signing key: \`gpg --fingerprint bob@quarryhq.com\`.
`,
);
emit(
  `${D}gpg/bokafor-public.asc`,
  t`
  ${neg("pgp_public_key", pgpPublicKeyBlock("Bob Okafor <bob@quarryhq.com>", T0 - 86400 * 700), "OpenPGP public key block")}
`,
);

// a malformed look-alike inside an otherwise real file (npm checksum fail is in README); one GitHub one here
emit(
  `${B}.config/gh/hosts.yml`,
  t`
  github.com:
      user: bokafor
      oauth_token: ${neg("github_oauth_token", breakChecksum(ghStyle("gho_")), "well-formed but CRC32 checksum fails (hand-edited test value)")}
      git_protocol: ssh
`,
);

// ================================================================= write + self-check
function build() {
  rmSync(OUT, { recursive: true, force: true });
  const labels = [],
    neutrals = [];
  for (const f of FILES) {
    const { text, marks } = f.frag;
    const fix = (s) => (f.crlf ? s.replace(/\r?\n/g, "\r\n") : s);
    for (const m of marks) {
      const line = text.slice(0, m.offset).split("\n").length;
      const it = m.item;
      if (it.kind === "label") {
        const rec = { file: f.path, line, type: it.type, secret: fix(it.secret), positive: it.positive };
        if (it.note) rec.note = it.note;
        if (it.decoded !== undefined) rec.decoded = it.decoded;
        labels.push(rec);
      } else {
        neutrals.push({ file: f.path, line, type: it.type, secret: fix(it.secret), note: it.note });
      }
    }
    const full = join(OUT, f.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, fix(text));
  }
  const order = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  labels.sort(order);
  neutrals.sort(order);
  writeFileSync(join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
  writeFileSync(join(HERE, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);
}

function selfCheck() {
  const errors = [];
  const labels = JSON.parse(readFileSync(join(HERE, "labels.json"), "utf8"));
  const neutrals = JSON.parse(readFileSync(join(HERE, "neutrals.json"), "utf8"));
  const texts = new Map(FILES.map((f) => [f.path, readFileSync(join(OUT, f.path), "utf8")]));
  const lineStart = (text, line) => {
    let off = 0;
    for (let i = 1; i < line; i++) {
      off = text.indexOf("\n", off) + 1;
      if (off === 0) return -1;
    }
    return off;
  };
  for (const l of [...labels, ...neutrals]) {
    const text = texts.get(l.file);
    if (text === undefined) {
      errors.push(`missing file ${l.file}`);
      continue;
    }
    const start = lineStart(text, l.line);
    const end = text.indexOf("\n", start);
    const idx = start < 0 ? -1 : text.indexOf(l.secret, start);
    if (idx < 0 || (end >= 0 && idx > end))
      errors.push(`${l.file}:${l.line} secret not on its line: ${l.secret.slice(0, 40)}`);
    if (!l.secret.length) errors.push(`${l.file}:${l.line} empty secret`);
  }
  for (const [path, text] of texts) {
    if (path.endsWith(".json")) {
      try {
        JSON.parse(text);
      } catch (e) {
        errors.push(`${path}: invalid JSON (${e.message})`);
      }
    }
  }
  const positives = labels.filter((l) => l.positive),
    negatives = labels.filter((l) => !l.positive);
  const posSet = new Set();
  for (const p of positives) {
    if (posSet.has(p.secret)) errors.push(`duplicate positive value ${p.file}:${p.line}`);
    posSet.add(p.secret);
  }
  for (const n of [...negatives, ...neutrals])
    if (posSet.has(n.secret)) errors.push(`value is both positive and negative/neutral: ${n.file}:${n.line}`);
  const corpus = [...texts.values()].join("\u0000");
  for (const p of positives) {
    let count = 0;
    for (let i = corpus.indexOf(p.secret); i >= 0; i = corpus.indexOf(p.secret, i + 1)) count++;
    if (count !== 1) errors.push(`positive occurs ${count}x in corpus: ${p.file}:${p.line}`);
  }
  // format-specific checks
  const GH = new Set([
    "github_classic_pat",
    "github_oauth_token",
    "github_app_installation_token",
    "npm_token",
  ]);
  for (const l of labels) {
    const m = l.secret.match(/^(ghp_|gho_|ghs_|ghu_|ghr_|npm_)[0-9A-Za-z]{36}$/);
    if (!GH.has(l.type) || !m) continue;
    const valid = ghStyleValid(l.secret);
    if (l.positive && !valid) errors.push(`bad checksum on positive ${l.file}:${l.line}`);
    if (!l.positive && /checksum/.test(l.note ?? "") && valid)
      errors.push(`negative expected to fail checksum ${l.file}:${l.line}`);
  }
  for (const l of positives) {
    if (l.type === "pypi_token") {
      const bin = Buffer.from(l.secret.slice(5), "base64url");
      if (bin[0] !== 2 || bin.subarray(3, 11).toString() !== "pypi.org")
        errors.push(`pypi token malformed ${l.file}:${l.line}`);
    }
    if (l.type === "age_secret_key" && !bech32Valid(l.secret))
      errors.push(`age key checksum ${l.file}:${l.line}`);
    const pemText = (l.decoded ?? l.secret).replace(/\r\n/g, "\n");
    if (/^-----BEGIN (RSA |EC )?PRIVATE KEY-----/.test(pemText)) {
      try {
        createPrivateKey(pemText.replace(/^ +/gm, ""));
      } catch (e) {
        errors.push(`unparseable private key ${l.file}:${l.line}: ${e.message}`);
      }
    }
  }
  return { errors, labels, positives, negatives, neutrals };
}

build();
const { errors, labels, positives, negatives } = selfCheck();
console.log(
  `seed=${SEED} files=${FILES.length} labels=${labels.length} positives=${positives.length} negatives=${negatives.length}`,
);
if (errors.length) {
  for (const e of errors) console.error(`SELF-CHECK FAILED: ${e}`);
  process.exit(1);
}

#!/usr/bin/env node
// gen.mjs — blind, labelled secret-scanner corpus: "identity, security and secrets tooling".
//
// Writes ./files/ (a fictional company "Larkspur Labs" monorepo: identity apps, Terraform for
// Okta/Auth0/Entra ID/Keycloak/Vault, Helm values, k8s manifests, SOPS/age/sealed-secrets/git-crypt,
// runbooks, CI, scripts and test fixtures), ./labels.json (positives + hard negatives) and
// ./neutrals.json (public-by-design identifiers).  Usage: node gen.mjs [seed]
// Deterministic: every random byte comes from HMAC-SHA256(seed, counter).  No credential literal
// lives in this file; all values are built at run time from a prefix and random characters.
//
// Formats used (prefix, length, alphabet, checksum):
//  github_pat / gho / ghs / ghu / ghr : ghX_ + 30 base62 + 6-char CRC32(of the 30) in base62 (0-9A-Za-z), left-padded '0'
//  github_fine_grained_pat            : github_pat_ + "11" + 20 [A-Z0-9] + "_" + 59 base62; no checksum claimed
//  github_oauth_client_secret         : 40 lowercase hex; client id "Iv1." + 16 hex (neutral)
//  npm_token                          : npm_ + 30 base62 + 6-char CRC32 base62 (same scheme as GitHub)
//  okta_api_token                     : "00" + 40 [A-Za-z0-9_-] (SSWS header); client id 0oa + 17 base62 (neutral)
//  okta_client_secret                 : 40 [A-Za-z0-9_-]
//  auth0_client_secret                : 64 [A-Za-z0-9_-]; client id 32 base62 (neutral)
//  auth0_management_api_token / jwt   : RS256/HS256 JWT, header.payload.signature base64url, really signed
//  azure_ad_client_secret             : 3 [A-Za-z0-9_~.] + "8Q~" + 34 [A-Za-z0-9_~.-] (40 chars); legacy = base64 of 32 bytes (44)
//  google_oauth_client_secret         : GOCSPX- + 28 [A-Za-z0-9_-]; legacy 24 [A-Za-z0-9_-]; client id 12 digits-32 [a-z0-9].apps.googleusercontent.com
//  keycloak_client_secret             : 32 base62; realm keys: hmac 64 bytes base64url, aes 16 bytes base64url
//  vault_token                        : hvs. + 24 base62 | hvs.CAESI + 86 [A-Za-z0-9_-] | legacy s. + 24 base62
//  vault_batch_token                  : hvb.AAAAAQ + 130 [A-Za-z0-9_-]
//  vault_unseal_key / recovery_key    : base64 of 33 bytes (Shamir share, 44 chars)
//  vault_approle_secret_id            : UUIDv4 (context only); role_id UUID is neutral, accessors are negatives
//  age_secret_key                     : AGE-SECRET-KEY-1 + bech32(hrp "age-secret-key-", 32 bytes) upper-case, valid bech32 checksum
//  age_public_key (negative)          : age1 + bech32(hrp "age", X25519 public key of the above)
//  doppler tokens                     : dp.st.<config>. + 40 base62 | dp.pt. + 43 base62 | dp.ct. + 43 base62
//  infisical_service_token            : st. + 24 hex + . + 32 hex + . + 32 hex (layout approximate); client secret 64 hex
//  bitwarden_access_token             : 0. + UUID + . + 30 base62 + : + base64(16 bytes)
//  onepassword_service_account_token  : ops_ + base64(JSON account blob) (starts ops_eyJ); secret key A3-6-6-5-5-5
//  duo_secret_key                     : 40 base62; ikey DI + 18 [A-Z0-9] (neutral); akey 40 hex
//  onelogin_client_secret             : 64 hex; pingone/pingfederate secrets 64 [A-Za-z0-9~._-] (context only)
//  totp_seed                          : otpauth://totp/...?secret= 32 base32 [A-Z2-7]
//  kerberos_keytab                    : base64 of a binary MIT keytab v0x0502 (aes256 + aes128 entries)
//  rsa/ec/ed25519 private keys, JWKs  : real keys (RSA-2048 from BigInt Miller-Rabin on the stream, P-256, Ed25519), PEM/DER/JWK
//  x509 certificates (negative)       : real self-signed RSA certificates built in DER and signed
//  aws_access_key_id / secret         : AKIA + 16 [A-Z2-7] / 40 [A-Za-z0-9+/]
//  api gateway keys                   : AWS x-api-key 40 base62, Kong key-auth 32 base62, APIM subscription 32 hex, Apigee secret 16 base62
//  framework secrets                  : Django 50 chars of its startproject alphabet, Rails secret_key_base 128 hex,
//                                       Laravel base64: + 32 bytes, Phoenix 64 base64 chars, Flask/JWT/session hex or base64
//  sendgrid_api_key (as SMTP pw)      : SG. + 22 [A-Za-z0-9_-] + . + 43 [A-Za-z0-9_-]
//  scim / oauth client secrets, refresh tokens, session/cookie secrets, JWT/HMAC keys: context only (random base62/hex/base64)
//  passwords (LDAP, DB, SMTP, ...)    : context only; random or word+digit+symbol shapes
// Negatives: placeholders, env/secret-manager references, masked values, docs examples (jwt.io token computed at
// run time, Google Authenticator sample URI, RFC 4231/6238 vectors), bad-checksum/short tokens, hashes, SOPS/
// sealed-secrets/ansible-vault/transit ciphertexts, public keys/certs/JWKS, lockfile hashes, UUIDs, commit SHAs.
// Neutrals: OAuth client ids, Firebase web key, Sentry DSN, Duo ikey, AppRole role_id, PingOne env id.
import {
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  X509Certificate,
} from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "larkspur-q-2024";

// ---------------------------------------------------------------- deterministic random stream
class Stream {
  constructor(seed) {
    this.key = Buffer.from(`blind5/q|${seed}`, "utf8");
    this.ctr = 0n;
    this.pool = Buffer.alloc(0);
  }
  bytes(n) {
    const parts = [this.pool];
    let have = this.pool.length;
    while (have < n) {
      const c = Buffer.alloc(8);
      c.writeBigUInt64BE(this.ctr++);
      parts.push(createHmac("sha256", this.key).update(c).digest());
      have += 32;
    }
    const all = Buffer.concat(parts);
    this.pool = all.subarray(n);
    return Buffer.from(all.subarray(0, n));
  }
  int(n) {
    const lim = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const v = this.bytes(4).readUInt32BE(0);
      if (v < lim) return v % n;
    }
  }
  pick(a) {
    return a[this.int(a.length)];
  }
  str(alpha, len) {
    let s = "";
    for (let i = 0; i < len; i++) s += alpha[this.int(alpha.length)];
    return s;
  }
  hex(len) {
    return this.str(HEX, len);
  }
  digits(len) {
    return String(1 + this.int(9)) + this.str(DIGITS, len - 1);
  }
  b64(nBytes) {
    return this.bytes(nBytes).toString("base64");
  }
  b64u(nBytes) {
    return this.bytes(nBytes).toString("base64url");
  }
  uuid() {
    const b = this.bytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}
const R = new Stream(SEED);

const DIGITS = "0123456789";
const HEX = "0123456789abcdef";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const BASE62 = DIGITS + UPPER + LOWER; // GitHub/npm checksum alphabet order
const ALNUM = BASE62;
const URLSAFE = `${ALNUM}-_`;
const UPPER_ALNUM = UPPER + DIGITS;
const LOWER_ALNUM = LOWER + DIGITS;
const B32 = `${UPPER}234567`;
const _B64CH = `${UPPER + LOWER + DIGITS}+/`;

// ---------------------------------------------------------------- checksums & encodings
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
function base62(n, pad) {
  let s = "";
  while (n > 0) {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(pad, "0");
}

const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bechPolymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ G[i]) >>> 0;
  }
  return chk;
}
function bech32(hrp, bytes) {
  const data = [];
  let acc = 0,
    bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >>> bits) & 31);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const hx = [...hrp]
    .map((c) => c.charCodeAt(0) >> 5)
    .concat(
      [0],
      [...hrp].map((c) => c.charCodeAt(0) & 31),
    );
  const mod = bechPolymod([...hx, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = [0, 1, 2, 3, 4, 5].map((p) => (mod >>> (5 * (5 - p))) & 31);
  return `${hrp}1${[...data, ...chk].map((d) => BECH[d]).join("")}`;
}
const b64u = (buf) => Buffer.from(buf).toString("base64url");
const wrap = (s, w = 64) => s.match(new RegExp(`.{1,${w}}`, "g")).join("\n");
const indentCont = (text, ind) => text.split("\n").join(`\n${ind}`); // indent continuation lines of a block value

// ---------------------------------------------------------------- real key material (deterministic)
const SMALL_PRIMES = (() => {
  const s = [];
  for (let i = 3; s.length < 400; i += 2) if (s.every((p) => i % p)) s.push(i);
  return s.map(BigInt);
})();
const big = (b) => BigInt(`0x${Buffer.from(b).toString("hex")}`);
function bigBuf(n) {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex");
}
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
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}
function probablePrime(n) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return false;
  let d = n - 1n,
    s = 0;
  while (!(d & 1n)) {
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
function genPrime(bits) {
  for (;;) {
    const b = R.bytes(bits / 8);
    b[0] |= 0xc0;
    b[b.length - 1] |= 1;
    const n = big(b);
    if ((n - 1n) % 65537n !== 0n && probablePrime(n)) return n;
  }
}
function rsaKey() {
  const e = 65537n;
  let p, q;
  do {
    p = genPrime(1024);
    q = genPrime(1024);
  } while (p === q);
  const n = p * q,
    d = modInv(e, (p - 1n) * (q - 1n));
  const jwk = {
    kty: "RSA",
    n: b64u(bigBuf(n)),
    e: "AQAB",
    d: b64u(bigBuf(d)),
    p: b64u(bigBuf(p)),
    q: b64u(bigBuf(q)),
    dp: b64u(bigBuf(d % (p - 1n))),
    dq: b64u(bigBuf(d % (q - 1n))),
    qi: b64u(bigBuf(modInv(q, p))),
  };
  const key = createPrivateKey({ key: jwk, format: "jwk" });
  const pub = createPublicKey(key);
  return {
    jwk,
    key,
    pub,
    pkcs1Pem: key.export({ type: "pkcs1", format: "pem" }).trim(),
    pkcs8Pem: key.export({ type: "pkcs8", format: "pem" }).trim(),
    pkcs1B64: key.export({ type: "pkcs1", format: "der" }).toString("base64"),
    pkcs8B64: key.export({ type: "pkcs8", format: "der" }).toString("base64"),
    spkiPem: pub.export({ type: "spki", format: "pem" }).trim(),
    spkiDer: pub.export({ type: "spki", format: "der" }),
  };
}
function ecKey() {
  for (;;) {
    const d = R.bytes(32);
    try {
      const ecdh = createECDH("prime256v1");
      ecdh.setPrivateKey(d);
      const pt = ecdh.getPublicKey();
      const jwk = {
        kty: "EC",
        crv: "P-256",
        x: b64u(pt.subarray(1, 33)),
        y: b64u(pt.subarray(33)),
        d: b64u(d),
      };
      const key = createPrivateKey({ key: jwk, format: "jwk" });
      return {
        jwk,
        key,
        pkcs8Pem: key.export({ type: "pkcs8", format: "pem" }).trim(),
        sec1Pem: key.export({ type: "sec1", format: "pem" }).trim(),
      };
    } catch {
      /* d out of range: draw again */
    }
  }
}
function okpKey(kind) {
  // 'ed25519' | 'x25519'
  const seed = R.bytes(32);
  const prefix = kind === "ed25519" ? "302e020100300506032b657004220420" : "302e020100300506032b656e04220420";
  const key = createPrivateKey({
    key: Buffer.concat([Buffer.from(prefix, "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  const jwk = key.export({ format: "jwk" });
  return {
    seed,
    key,
    jwk,
    pub: Buffer.from(jwk.x, "base64url"),
    pkcs8Pem: key.export({ type: "pkcs8", format: "pem" }).trim(),
  };
}
// minimal DER writer for self-signed certificates (negatives: public material)
const DER = {
  tlv(tag, body) {
    body = Buffer.from(body);
    const l = body.length;
    const len = l < 128 ? [l] : l < 256 ? [0x81, l] : [0x82, l >> 8, l & 255];
    return Buffer.concat([Buffer.from([tag, ...len]), body]);
  },
  seq: (...x) => DER.tlv(0x30, Buffer.concat(x)),
  set: (...x) => DER.tlv(0x31, Buffer.concat(x)),
  int(buf) {
    buf = Buffer.from(buf);
    if (buf[0] & 0x80) buf = Buffer.concat([Buffer.from([0]), buf]);
    return DER.tlv(0x02, buf);
  },
  oid(s) {
    const a = s.split(".").map(Number);
    const out = [40 * a[0] + a[1]];
    for (const v of a.slice(2)) {
      const t = [];
      let x = v;
      do {
        t.unshift(x & 127);
        x >>= 7;
      } while (x);
      for (let i = 0; i < t.length - 1; i++) t[i] |= 128;
      out.push(...t);
    }
    return DER.tlv(0x06, out);
  },
  nul: () => Buffer.from([5, 0]),
  utf8: (s) => DER.tlv(0x0c, Buffer.from(s)),
  utc: (s) => DER.tlv(0x17, Buffer.from(s)),
  bits: (b) => DER.tlv(0x03, Buffer.concat([Buffer.from([0]), b])),
  octet: (b) => DER.tlv(0x04, b),
  ctx: (n, b) => DER.tlv(0xa0 + n, b),
};
function selfSignedCert(rsa, cn, org, from, to) {
  const name = DER.seq(
    DER.set(DER.seq(DER.oid("2.5.4.10"), DER.utf8(org))),
    DER.set(DER.seq(DER.oid("2.5.4.3"), DER.utf8(cn))),
  );
  const alg = DER.seq(DER.oid("1.2.840.113549.1.1.11"), DER.nul());
  const serial = R.bytes(16);
  serial[0] &= 0x7f;
  serial[0] |= 0x10;
  const ski = createHash("sha1").update(rsa.spkiDer).digest();
  const ext = DER.ctx(3, DER.seq(DER.seq(DER.oid("2.5.29.14"), DER.octet(DER.octet(ski)))));
  const tbs = DER.seq(
    DER.ctx(0, DER.int([2])),
    DER.int(serial),
    alg,
    name,
    DER.seq(DER.utc(from), DER.utc(to)),
    name,
    rsa.spkiDer,
    ext,
  );
  const der = DER.seq(tbs, alg, DER.bits(cryptoSign("sha256", tbs, rsa.key)));
  const b64 = der.toString("base64");
  const pem = `-----BEGIN CERTIFICATE-----\n${wrap(b64)}\n-----END CERTIFICATE-----`;
  if (!new X509Certificate(pem).verify(rsa.pub)) throw new Error("certificate self-check failed");
  return {
    b64,
    pem,
    sha1: createHash("sha1").update(der).digest("hex").toUpperCase().match(/../g).join(":"),
  };
}
function jwt(header, payload, signer) {
  const data = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${data}.${b64u(signer(data))}`;
}
const hs256 = (secret) => (data) => createHmac("sha256", secret).update(data).digest();
const rs256 = (rsa) => (data) => cryptoSign("sha256", Buffer.from(data), rsa.key);

// ---------------------------------------------------------------- credential value factories
const V = {
  gh: (prefix) => {
    const ent = R.str(BASE62, 30);
    return `${prefix}${ent}${base62(crc32(ent), 6)}`;
  },
  ghBadChecksum: (prefix) => {
    const t = V.gh(prefix);
    const last = t.at(-1);
    return t.slice(0, -1) + BASE62[(BASE62.indexOf(last) + 7) % 62];
  },
  ghFine: () => `github_pat_11${R.str(UPPER_ALNUM, 20)}_${R.str(BASE62, 59)}`,
  npm: () => {
    const ent = R.str(BASE62, 30);
    return `npm_${ent}${base62(crc32(ent), 6)}`;
  },
  oktaToken: () => `00${R.str(URLSAFE, 40)}`,
  oktaSecret: () => R.str(URLSAFE, 40),
  oktaClientId: () => `0oa${R.str(ALNUM, 17)}`,
  auth0Secret: () => R.str(URLSAFE, 64),
  auth0ClientId: () => R.str(ALNUM, 32),
  azureSecret: () => `${R.str(`${ALNUM}_~.`, 3)}8Q~${R.str(`${ALNUM}_~.-`, 34)}`,
  azureLegacySecret: () => R.b64(32),
  googleSecret: () => `GOCSPX-${R.str(URLSAFE, 28)}`,
  googleLegacySecret: () => R.str(URLSAFE, 24),
  googleClientId: () => `${R.digits(12)}-${R.str(LOWER_ALNUM, 32)}.apps.googleusercontent.com`,
  keycloakSecret: () => R.str(ALNUM, 32),
  vault: () => `hvs.${R.str(BASE62, 24)}`,
  vaultLong: () => `hvs.CAESI${R.str(URLSAFE, 86)}`,
  vaultLegacy: () => `s.${R.str(BASE62, 24)}`,
  vaultBatch: () => `hvb.AAAAAQ${R.str(URLSAFE, 130)}`,
  shamir: () => R.b64(33),
  doppler: (kind, cfg) =>
    kind === "st" ? `dp.st.${cfg}.${R.str(BASE62, 40)}` : `dp.${kind}.${R.str(BASE62, 43)}`,
  infisical: () => `st.${R.hex(24)}.${R.hex(32)}.${R.hex(32)}`,
  bws: () => `0.${R.uuid()}.${R.str(BASE62, 30)}:${R.b64(16)}`,
  opSecretKey: () => {
    const a = "23456789ABCDEFGHJKLMNPQRSTVWXYZ";
    return `A3-${R.str(a, 6)}-${R.str(a, 6)}-${R.str(a, 5)}-${R.str(a, 5)}-${R.str(a, 5)}`;
  },
  opsToken: () => {
    const blob = {
      signInAddress: "larkspur.1password.com",
      userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: R.b64u(16) },
      email: `${R.str(LOWER_ALNUM, 13)}@1passwordserviceaccounts.com`,
      srpX: R.hex(64),
      muk: {
        alg: "A256GCM",
        ext: false,
        k: R.b64u(32),
        key_ops: ["decrypt", "encrypt"],
        kty: "oct",
        kid: "mp",
      },
      secretKey: V.opSecretKey(),
      throttleSecret: { seed: R.hex(64), uuid: R.str(LOWER_ALNUM, 26) },
      deviceUuid: R.str(LOWER_ALNUM, 26),
    };
    return `ops_${Buffer.from(JSON.stringify(blob)).toString("base64")}`;
  },
  duoIkey: () => `DI${R.str(UPPER_ALNUM, 18)}`,
  duoSkey: () => R.str(BASE62, 40),
  duoHost: () => `api-${R.hex(8)}.duosecurity.com`,
  pingSecret: () => R.str(`${ALNUM}~._-`, 64),
  totp: () => R.str(B32, 32),
  awsKeyId: () => `AKIA${R.str(`${UPPER}234567`, 16)}`,
  awsSecret: () => R.str(`${ALNUM}+/`, 40),
  django: () => R.str("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50),
  phoenix: () => R.str(`${ALNUM}+/`, 64),
  laravel: () => `base64:${R.b64(32)}`,
  cookieSecret: () => R.b64(32).replace(/\+/g, "-").replace(/\//g, "_"),
  firebase: () => `AIza${R.str(URLSAFE, 35)}`,
  sentry: () => `https://${R.hex(32)}@o${R.digits(6)}.ingest.sentry.io/${R.digits(7)}`,
  bcrypt: () => `$2a$10$${R.str(`./${UPPER}${LOWER}${DIGITS}`, 53)}`,
  ssha: () => `{SSHA}${R.b64(24)}`,
  sha512int: () => `sha512-${R.b64(64)}`,
  transit: () => `vault:v1:${R.b64(45)}`,
  sops: (len) => `ENC[AES256_GCM,data:${R.b64(len)},iv:${R.b64(32)},tag:${R.b64(16)},type:str]`,
  sealed: () => Buffer.concat([Buffer.from([0x02, 0x00]), R.bytes(520)]).toString("base64"),
};
// passwords: random (rnd) or human-ish (word) shapes; alphabets chosen to be safe in YAML/.env/URLs
const WORDS = [
  "Falcon",
  "Harbor",
  "Copper",
  "Nimbus",
  "Granite",
  "Saffron",
  "Tundra",
  "Velvet",
  "Quartz",
  "Cobalt",
  "Juniper",
  "Meadow",
  "Orbit",
  "Lantern",
  "Thistle",
  "Marble",
  "Sparrow",
  "Ember",
];
const pw = {
  rnd: (len = 20) => R.pick(ALNUM) + R.str(`${ALNUM}!*-_.+^`, len - 2) + R.pick(ALNUM),
  url: (len = 22) => R.str(`${ALNUM}-_.~`, len),
  word: () =>
    `${R.pick(WORDS)}${R.pick(["!", "*", "-", "_", ".", "+", "^"])}${R.pick(WORDS)}${R.digits(2 + R.int(3))}`,
  alnum: (len = 24) => R.str(ALNUM, len),
};

// ---------------------------------------------------------------- labelling machinery
// P/N/U return an inline marker; emit() replaces markers in order and records file/line.
const pending = new Map();
let nextMark = 0;
const mark = (kind, type, secret, extra = {}) => {
  const id = nextMark++;
  pending.set(id, { kind, type, secret, ...extra });
  return `\u27e6${id}\u27e7`;
};
const P = (type, secret, extra) => mark("pos", type, secret, extra);
const N = (type, secret, extra) => mark("neg", type, secret, extra);
const U = (type, secret, note) => mark("neu", type, secret, { note });
const files = new Map();
const labels = [];
const neutrals = [];
const nl = (s) => (s.match(/\n/g) || []).length;
function emit(file, text, { crlf = false } = {}) {
  if (files.has(file)) throw new Error(`duplicate file ${file}`);
  let out = "",
    line = 1,
    last = 0;
  for (const m of text.matchAll(/\u27e6(\d+)\u27e7/g)) {
    const chunk = text.slice(last, m.index);
    out += chunk;
    line += nl(chunk);
    const rec = pending.get(+m[1]);
    if (!rec) throw new Error(`marker ${m[1]} used twice`);
    pending.delete(+m[1]);
    const written = crlf ? rec.secret.replace(/\n/g, "\r\n") : rec.secret;
    if (rec.kind === "neu") neutrals.push({ file, line, type: rec.type, secret: written, note: rec.note });
    else {
      const e = { file, line, type: rec.type, secret: written, positive: rec.kind === "pos" };
      if (rec.note) e.note = rec.note;
      if (rec.decoded !== undefined) e.decoded = rec.decoded;
      labels.push(e);
    }
    out += rec.secret;
    line += nl(rec.secret);
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  files.set(file, crlf ? out.replace(/\r?\n/g, "\r\n") : out);
}

// ---------------------------------------------------------------- shared key material
const rsaKeycloak = rsaKey(),
  rsaSaml = rsaKey(),
  rsaJwt = rsaKey(),
  rsaJwks = rsaKey(),
  rsaGsa = rsaKey(),
  rsaAuth0 = rsaKey(),
  rsaIdp = rsaKey();
const ecApple = ecKey(),
  ecJwks = ecKey(),
  ecPublicOnly = ecKey();
const edAgent = okpKey("ed25519");
const ageId = okpKey("x25519");
const ageSecret = bech32("age-secret-key-", ageId.seed).toUpperCase();
const agePub = bech32("age", ageId.pub);
const certKeycloak = selfSignedCert(rsaKeycloak, "larkspur", "Keycloak", "240115093000Z", "340112093000Z");
const certSaml = selfSignedCert(
  rsaSaml,
  "portal.larkspur.io",
  "Larkspur Labs",
  "240301000000Z",
  "270301000000Z",
);
const certIdp = selfSignedCert(rsaIdp, "larkspur.okta.com", "Okta", "230911120000Z", "330911120000Z");

// ================================================================= FILES
// ---- apps/portal (Next.js + Okta + Auth0) -------------------------------------------------
{
  const pgPw = pw.url(24);
  emit(
    "apps/portal/.env.production",
    `# Portal — production environment (loaded by \`next start\` via dotenv-flow)
# Owner: identity-platform. Rotation: docs/runbooks/okta-token-rotation.md
NODE_ENV=production
NEXT_PUBLIC_APP_URL=https://portal.larkspur.io

# Okta OIDC web app "Larkspur Portal"
OKTA_ISSUER=https://larkspur.okta.com/oauth2/default
OKTA_CLIENT_ID=${U("okta_client_id", V.oktaClientId(), "OIDC client_id, visible in every authorize redirect")}
OKTA_CLIENT_SECRET=${P("okta_client_secret", V.oktaSecret())}
# management API, used by /admin/users
OKTA_API_TOKEN=${P("okta_api_token", V.oktaToken())}

NEXTAUTH_URL=https://portal.larkspur.io
NEXTAUTH_SECRET=${P("session_secret", R.b64(32))}

DATABASE_URL=postgresql://portal_app:${P("postgres_password", pgPw)}@pg-prod-01.internal.larkspur.io:5432/portal?sslmode=require
REDIS_URL=rediss://default:${P("redis_password", pw.alnum(32))}@cache-prod.internal.larkspur.io:6380/0

NEXT_PUBLIC_FIREBASE_API_KEY=${U("firebase_api_key", V.firebase(), "Firebase web API key, shipped to browsers by design")}
SENTRY_DSN=${U("sentry_dsn", V.sentry(), "Sentry DSN is public by design (ingest only)")}
LOG_LEVEL=info
`,
  );

  emit(
    "apps/portal/.env.example",
    `# Copy to .env.local and fill in. Never commit real values.
NODE_ENV=development
NEXT_PUBLIC_APP_URL=http://localhost:3000

OKTA_ISSUER=https://dev-000000.okta.com/oauth2/default
OKTA_CLIENT_ID=0oaXXXXXXXXXXXXXXXXX
OKTA_CLIENT_SECRET=${N("okta_client_secret", "<your-okta-client-secret>")}
OKTA_API_TOKEN=${N("okta_api_token", `00${"x".repeat(40)}`, { note: "placeholder of the right length" })}

NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=${N("session_secret", "changeme")}

DATABASE_URL=postgresql://portal_app:${N("postgres_password", "password")}@localhost:5432/portal
REDIS_URL=redis://localhost:6379/0
`,
  );

  const fallback = V.auth0Secret();
  emit(
    "apps/portal/src/lib/auth.ts",
    `import NextAuth, { type NextAuthOptions } from "next-auth";
import Auth0Provider from "next-auth/providers/auth0";
import OktaProvider from "next-auth/providers/okta";

// TODO(sec-482): remove the hard-coded fallback once staging reads from Doppler
const AUTH0_FALLBACK_SECRET = "${P("auth0_client_secret", fallback, { note: "fallback literal in code" })}";

export const authOptions: NextAuthOptions = {
  providers: [
    OktaProvider({
      clientId: process.env.OKTA_CLIENT_ID!,
      clientSecret: ${N("okta_client_secret", "process.env.OKTA_CLIENT_SECRET!", { note: "env-var reference" })},
      issuer: process.env.OKTA_ISSUER,
    }),
    Auth0Provider({
      clientId: process.env.AUTH0_CLIENT_ID ?? "${U("auth0_client_id", V.auth0ClientId(), "Auth0 client_id, public in SPA flows")}",
      clientSecret: process.env.AUTH0_CLIENT_SECRET ?? AUTH0_FALLBACK_SECRET,
      issuer: "https://larkspur-staging.eu.auth0.com",
    }),
  ],
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  secret: process.env.NEXTAUTH_SECRET,
  callbacks: {
    async jwt({ token, account }) {
      if (account?.access_token) token.accessToken = account.access_token;
      return token;
    },
  },
};

export default NextAuth(authOptions);
`,
  );

  const mgmt = jwt(
    { alg: "RS256", typ: "JWT", kid: R.b64u(15) },
    {
      iss: "https://larkspur-prod.us.auth0.com/",
      sub: `${R.str(ALNUM, 32)}@clients`,
      aud: "https://larkspur-prod.us.auth0.com/api/v2/",
      iat: 1709290000,
      exp: 1740826000,
      scope: "read:users update:users read:clients",
      gty: "client-credentials",
    },
    rs256(rsaAuth0),
  );
  emit(
    "apps/portal/README.md",
    `# Larkspur Portal

Self-service portal for employees: profile, MFA enrollment, app catalogue.

## Local setup

1. \`cp .env.example .env.local\`
2. Ask #identity-platform for a dev Okta app, then set \`OKTA_CLIENT_ID\` / \`OKTA_CLIENT_SECRET\`.
3. \`pnpm install && pnpm dev\`

## Calling the Auth0 Management API by hand

Get a token from the dashboard (APIs → Auth0 Management API → API Explorer) and:

\`\`\`bash
curl -s https://larkspur-prod.us.auth0.com/api/v2/users?q=email:%22jdoe@larkspur.io%22 \\
  -H "Authorization: Bearer <MGMT_API_TOKEN>"
\`\`\`

Token I used while debugging the blocked-user issue (expires in a year, revoke after release!):

\`\`\`
Authorization: Bearer ${P("auth0_management_api_token", mgmt, { note: "RS256 JWT, long expiry" })}
\`\`\`

## Firebase / analytics

Public config is the \`NEXT_PUBLIC_*\` block of \`.env.production\` (referrer-restricted in GCP).
`,
  );
}

// ---- Terraform: Okta --------------------------------------------------------------------------
{
  const gClient = V.googleClientId();
  emit(
    "infra/terraform/okta/main.tf",
    `terraform {
  required_version = ">= 1.5"
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.8"
    }
  }
  backend "s3" {
    bucket = "larkspur-tfstate"
    key    = "identity/okta.tfstate"
    region = "eu-west-1"
  }
}

provider "okta" {
  org_name  = "larkspur"
  base_url  = "okta.com"
  # FIXME: move to TF_VAR_okta_api_token before the audit
  api_token = "${P("okta_api_token", V.oktaToken())}"
}

resource "okta_app_oauth" "portal" {
  label                      = "Larkspur Portal"
  type                       = "web"
  grant_types                = ["authorization_code", "refresh_token"]
  redirect_uris              = ["https://portal.larkspur.io/api/auth/callback/okta"]
  post_logout_redirect_uris  = ["https://portal.larkspur.io"]
  response_types             = ["code"]
  token_endpoint_auth_method = "client_secret_basic"
  # imported from the old org so existing deployments keep working
  client_basic_secret        = "${P("okta_client_secret", V.oktaSecret(), { note: "client_basic_secret attribute of okta_app_oauth" })}"
}

resource "okta_app_oauth" "grafana" {
  label          = "Grafana"
  type           = "web"
  grant_types    = ["authorization_code"]
  redirect_uris  = ["https://grafana.larkspur.io/login/generic_oauth"]
  response_types = ["code"]
  client_basic_secret = ${N("okta_client_secret", "var.grafana_client_secret", { note: "variable reference" })}
}

resource "okta_idp_oidc" "google" {
  name                  = "Google Workspace"
  authorization_url     = "https://accounts.google.com/o/oauth2/v2/auth"
  authorization_binding = "HTTP-REDIRECT"
  token_url             = "https://oauth2.googleapis.com/token"
  token_binding         = "HTTP-POST"
  user_info_url         = "https://openidconnect.googleapis.com/v1/userinfo"
  user_info_binding     = "HTTP-REDIRECT"
  jwks_url              = "https://www.googleapis.com/oauth2/v3/certs"
  jwks_binding          = "HTTP-REDIRECT"
  scopes                = ["openid", "email", "profile"]
  client_id             = "${U("google_oauth_client_id", gClient, "Google OAuth client id, public")}"
  client_secret         = "${P("google_oauth_client_secret", V.googleSecret())}"
  issuer_url            = "https://accounts.google.com"
  username_template     = "idpuser.email"
}
`,
  );

  emit(
    "infra/terraform/okta/terraform.tfvars",
    `# Applied from the identity-admin laptop only. (Yes, this should be in Vault.)
okta_org_name  = "larkspur"
okta_base_url  = "okta.com"
okta_api_token = "${P("okta_api_token", V.oktaToken())}"

grafana_client_secret = "${P("okta_client_secret", V.oktaSecret())}"

# SCIM bearer token Okta sends to the HR connector (Okta -> hr-sync)
scim_connector_token = "${P("scim_token", R.str(ALNUM, 48), { note: "SCIM provisioning bearer token" })}"

admin_group_ids = ["00g${R.str(ALNUM, 17)}"]
`,
  );

  emit(
    "infra/terraform/okta/.terraform.lock.hcl",
    `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/okta/okta" {
  version     = "4.8.1"
  constraints = "~> 4.8"
  hashes = [
    "${N("terraform_provider_hash", `h1:${R.b64(32)}`, { note: "lockfile checksum" })}",
    "${N("terraform_provider_hash", `zh:${R.hex(64)}`, { note: "lockfile checksum" })}",
    "zh:${R.hex(64)}",
    "zh:${R.hex(64)}",
  ]
}
`,
  );
}

// ---- Terraform: Auth0 -------------------------------------------------------------------------
emit(
  "infra/terraform/auth0/main.tf",
  `terraform {
  required_providers {
    auth0 = {
      source  = "auth0/auth0"
      version = "~> 1.2"
    }
  }
}

provider "auth0" {
  domain        = "larkspur-prod.us.auth0.com"
  client_id     = "${U("auth0_client_id", V.auth0ClientId(), "M2M client id for the Terraform app")}"
  client_secret = "${P("auth0_client_secret", V.auth0Secret())}"
}

resource "auth0_client" "mobile" {
  name            = "Larkspur Mobile"
  app_type        = "native"
  callbacks       = ["io.larkspur.mobile://larkspur-prod.us.auth0.com/ios/io.larkspur.mobile/callback"]
  oidc_conformant = true
}

resource "auth0_client" "partner_api" {
  name     = "Partner API (M2M)"
  app_type = "non_interactive"
}

resource "auth0_client_credentials" "partner_api" {
  client_id             = auth0_client.partner_api.id
  authentication_method = "client_secret_post"
  client_secret         = ${N("auth0_client_secret", "var.partner_api_client_secret", { note: "variable reference" })}
}

resource "auth0_connection" "google" {
  name     = "google-oauth2"
  strategy = "google-oauth2"
  options {
    client_id     = "${U("google_oauth_client_id", V.googleClientId(), "Google OAuth client id")}"
    client_secret = "${P("google_oauth_client_secret", V.googleSecret())}"
    scopes        = ["email", "profile"]
  }
}

resource "auth0_connection" "corp_ldap" {
  name     = "corp-ad"
  strategy = "ad"
}
`,
);

// ---- Terraform: Entra ID (Azure AD) + state -----------------------------------------------------
{
  const tenant = R.uuid(),
    tfClient = R.uuid();
  emit(
    "infra/terraform/azuread/main.tf",
    `terraform {
  required_providers {
    azuread = {
      source  = "hashicorp/azuread"
      version = "~> 2.47"
    }
  }
}

provider "azuread" {
  tenant_id     = "${N("azure_tenant_id", tenant, { note: "tenant id is a public identifier" })}"
  client_id     = "${U("azure_client_id", tfClient, "app registration client id")}"
  client_secret = "${P("azure_ad_client_secret", V.azureSecret())}"
}

resource "azuread_application" "portal" {
  display_name     = "Larkspur Portal (prod)"
  sign_in_audience = "AzureADMyOrg"
  web {
    redirect_uris = ["https://portal.larkspur.io/api/auth/callback/azure-ad"]
  }
  required_resource_access {
    resource_app_id = "00000003-0000-0000-c000-000000000000" # Microsoft Graph
    resource_access {
      id   = "e1fe6dd8-ba31-4d61-89e7-88639da4683d" # User.Read
      type = "Scope"
    }
  }
}

resource "azuread_application_password" "portal" {
  application_id = azuread_application.portal.id
  display_name   = "terraform-managed"
  end_date       = "2026-01-01T00:00:00Z"
}

output "portal_client_secret" {
  value     = azuread_application_password.portal.value
  sensitive = true
}
`,
  );

  const state = {
    version: 4,
    terraform_version: "1.7.4",
    serial: 23,
    lineage: R.uuid(),
    outputs: {
      portal_client_secret: {
        value: P("azure_ad_client_secret", V.azureSecret(), { note: "secret in terraform state output" }),
        type: "string",
        sensitive: true,
      },
    },
    resources: [
      {
        mode: "managed",
        type: "azuread_application_password",
        name: "portal",
        provider: 'provider["registry.terraform.io/hashicorp/azuread"]',
        instances: [
          {
            schema_version: 1,
            attributes: {
              application_id: `/applications/${R.uuid()}`,
              display_name: "terraform-managed",
              end_date: "2026-01-01T00:00:00Z",
              id: `${R.uuid()}/password/${R.uuid()}`,
              key_id: N("azure_key_id", R.uuid(), { note: "key id (UUID), not secret" }),
              start_date: "2024-02-12T10:11:42Z",
              value: P("azure_ad_client_secret", V.azureSecret()),
            },
            sensitive_attributes: [[{ type: "get_attr", value: "value" }]],
          },
        ],
      },
      {
        mode: "managed",
        type: "random_password",
        name: "break_glass",
        provider: 'provider["registry.terraform.io/hashicorp/random"]',
        instances: [
          {
            schema_version: 3,
            attributes: {
              bcrypt_hash: N("password_hash", V.bcrypt(), { note: "bcrypt hash" }),
              id: "none",
              length: 24,
              lower: true,
              min_numeric: 2,
              numeric: true,
              special: true,
              upper: true,
              result: P("break_glass_password", pw.rnd(24), { note: "random_password.result in state" }),
            },
          },
        ],
      },
    ],
    check_results: null,
  };
  emit("infra/terraform/azuread/terraform.tfstate", `${JSON.stringify(state, null, 2)}\n`);
}

// ---- Terraform: Keycloak + Vault ---------------------------------------------------------------
emit(
  "infra/terraform/keycloak/main.tf",
  `provider "keycloak" {
  client_id     = "terraform"
  client_secret = "${P("keycloak_client_secret", V.keycloakSecret())}"
  url           = "https://sso.larkspur.io"
  realm         = "master"
}

resource "keycloak_realm" "larkspur" {
  realm             = "larkspur"
  display_name      = "Larkspur"
  login_with_email_allowed = true
  password_policy   = "length(14) and notUsername and passwordHistory(5)"
}

resource "keycloak_ldap_user_federation" "corp_ad" {
  name                    = "corp-ad"
  realm_id                = keycloak_realm.larkspur.id
  enabled                 = true
  username_ldap_attribute = "sAMAccountName"
  rdn_ldap_attribute      = "cn"
  uuid_ldap_attribute     = "objectGUID"
  user_object_classes     = ["person", "organizationalPerson", "user"]
  connection_url          = "ldaps://dc01.corp.larkspur.io:636"
  users_dn                = "OU=Staff,DC=corp,DC=larkspur,DC=io"
  bind_dn                 = "CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=larkspur,DC=io"
  bind_credential         = "${P("ldap_bind_password", pw.word())}"
  edit_mode               = "READ_ONLY"
}

resource "keycloak_openid_client" "argocd" {
  realm_id              = keycloak_realm.larkspur.id
  client_id             = "argocd"
  access_type           = "CONFIDENTIAL"
  standard_flow_enabled = true
  valid_redirect_uris   = ["https://argocd.larkspur.io/auth/callback"]
  client_secret         = ${N("keycloak_client_secret", "random_password.argocd_client.result", { note: "reference to generated value" })}
}
`,
);

emit(
  "infra/terraform/vault/main.tf",
  `provider "vault" {
  address = "https://vault.larkspur.internal:8200"
  # bootstrap token; replace with the TFC workload identity once it lands
  token   = "${P("vault_token", V.vault())}"
}

resource "vault_aws_secret_backend" "aws" {
  path       = "aws"
  region     = "eu-west-1"
  access_key = "${P("aws_access_key_id", V.awsKeyId())}"
  secret_key = "${P("aws_secret_access_key", V.awsSecret())}"
}

resource "vault_ldap_auth_backend" "corp" {
  path         = "ldap"
  url          = "ldaps://dc01.corp.larkspur.io"
  userdn       = "OU=Staff,DC=corp,DC=larkspur,DC=io"
  userattr     = "sAMAccountName"
  binddn       = "CN=svc-vault,OU=Service Accounts,DC=corp,DC=larkspur,DC=io"
  bindpass     = var.ldap_bindpass
  groupdn      = "OU=Groups,DC=corp,DC=larkspur,DC=io"
  insecure_tls = false
}

resource "vault_jwt_auth_backend" "okta" {
  path               = "oidc"
  type               = "oidc"
  oidc_discovery_url = "https://larkspur.okta.com"
  oidc_client_id     = "${U("okta_client_id", V.oktaClientId(), "OIDC client id")}"
  oidc_client_secret = data.vault_generic_secret.okta_oidc.data["client_secret"]
  default_role       = "engineer"
}

resource "vault_approle_auth_backend_role" "ci" {
  backend        = "approle"
  role_name      = "gitlab-ci"
  token_policies = ["ci-read"]
  secret_id_ttl  = 0
}
`,
);

// ---- Keycloak realm exports --------------------------------------------------------------------
{
  const user = (name, extra) => ({
    username: name,
    enabled: true,
    email: `${name}@larkspur.io`,
    emailVerified: true,
    ...extra,
  });
  const realm = {
    id: "larkspur",
    realm: "larkspur",
    enabled: true,
    sslRequired: "external",
    registrationAllowed: false,
    accessTokenLifespan: 300,
    ssoSessionIdleTimeout: 1800,
    bruteForceProtected: true,
    smtpServer: {
      host: "smtp.sendgrid.net",
      port: "587",
      from: "sso@larkspur.io",
      auth: "true",
      starttls: "true",
      user: "apikey",
      password: P("sendgrid_api_key", `SG.${R.str(URLSAFE, 22)}.${R.str(URLSAFE, 43)}`, {
        note: "SendGrid key used as SMTP password",
      }),
    },
    clients: [
      {
        clientId: "portal",
        name: "Larkspur Portal",
        enabled: true,
        clientAuthenticatorType: "client-secret",
        secret: P("keycloak_client_secret", V.keycloakSecret()),
        redirectUris: ["https://portal.larkspur.io/*"],
        publicClient: false,
        protocol: "openid-connect",
      },
      {
        clientId: "grafana",
        name: "Grafana",
        enabled: true,
        clientAuthenticatorType: "client-secret",
        secret: P("keycloak_client_secret", V.keycloakSecret()),
        redirectUris: ["https://grafana.larkspur.io/login/generic_oauth"],
        publicClient: false,
        protocol: "openid-connect",
      },
      {
        clientId: "account-console",
        name: "${client_account-console}",
        enabled: true,
        publicClient: true,
        protocol: "openid-connect",
        attributes: { "pkce.code.challenge.method": "S256" },
      },
    ],
    users: [
      user("svc-backup", {
        credentials: [
          {
            type: "password",
            value: P("keycloak_user_password", pw.word(), {
              note: "plain-text credential in an import file",
            }),
            temporary: false,
          },
        ],
      }),
      user("amaya.patel", {
        credentials: [
          {
            type: "password",
            createdDate: 1707400000000,
            secretData: N(
              "password_hash",
              JSON.stringify(
                `{"value":"${R.b64(64)}","salt":"${R.b64(16)}","additionalParameters":{}}`,
              ).slice(1, -1),
              { note: "pbkdf2 hash + salt (JSON-escaped string)" },
            ),
            credentialData: '{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}',
          },
        ],
      }),
    ],
    identityProviders: [
      {
        alias: "google",
        providerId: "google",
        enabled: true,
        trustEmail: true,
        config: {
          clientId: U("google_oauth_client_id", V.googleClientId(), "Google client id"),
          clientSecret: P("google_oauth_client_secret", V.googleSecret()),
          hostedDomain: "larkspur.io",
          syncMode: "IMPORT",
        },
      },
      {
        alias: "github",
        providerId: "github",
        enabled: true,
        config: {
          clientId: U("github_oauth_client_id", `Iv1.${R.hex(16)}`, "GitHub OAuth app client id"),
          clientSecret: P("github_oauth_client_secret", R.hex(40)),
          syncMode: "IMPORT",
        },
      },
    ],
    components: {
      "org.keycloak.keys.KeyProvider": [
        {
          name: "rsa-generated",
          providerId: "rsa-generated",
          subComponents: {},
          config: {
            privateKey: [
              P("rsa_private_key", rsaKeycloak.pkcs1B64, {
                note: "realm signing key (PKCS#1 DER, base64, no PEM armour)",
              }),
            ],
            certificate: [N("x509_certificate", certKeycloak.b64, { note: "public certificate" })],
            priority: ["100"],
            algorithm: ["RS256"],
          },
        },
        {
          name: "hmac-generated",
          providerId: "hmac-generated",
          subComponents: {},
          config: {
            kid: [R.uuid()],
            secret: [P("keycloak_hmac_secret", R.b64u(64))],
            priority: ["100"],
            algorithm: ["HS512"],
          },
        },
        {
          name: "aes-generated",
          providerId: "aes-generated",
          subComponents: {},
          config: {
            kid: [R.uuid()],
            secret: [P("keycloak_aes_secret", R.b64u(16))],
            priority: ["100"],
          },
        },
      ],
      "org.keycloak.storage.UserStorageProvider": [
        {
          name: "corp-ad",
          providerId: "ldap",
          subComponents: {},
          config: {
            connectionUrl: ["ldaps://dc01.corp.larkspur.io:636"],
            bindDn: ["CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=larkspur,DC=io"],
            bindCredential: [P("ldap_bind_password", pw.word())],
            vendor: ["ad"],
            editMode: ["READ_ONLY"],
            usersDn: ["OU=Staff,DC=corp,DC=larkspur,DC=io"],
          },
        },
      ],
    },
  };
  emit("deploy/keycloak/realm-export.json", `${JSON.stringify(realm, null, 2)}\n`);

  const masked = "**********";
  const partial = {
    id: "larkspur-staging",
    realm: "larkspur-staging",
    enabled: true,
    clients: [
      {
        clientId: "portal",
        enabled: true,
        clientAuthenticatorType: "client-secret",
        secret: N("keycloak_client_secret", masked, { note: "admin-console partial export masks secrets" }),
        publicClient: false,
      },
      {
        clientId: "grafana",
        enabled: true,
        clientAuthenticatorType: "client-secret",
        secret: N("keycloak_client_secret", masked),
        publicClient: false,
      },
    ],
    identityProviders: [
      {
        alias: "google",
        providerId: "google",
        enabled: true,
        config: { clientId: "REPLACE_WITH_CLIENT_ID", clientSecret: N("google_oauth_client_secret", masked) },
      },
    ],
    components: {
      "org.keycloak.storage.UserStorageProvider": [
        {
          name: "corp-ad",
          providerId: "ldap",
          config: {
            bindDn: ["CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=larkspur,DC=io"],
            bindCredential: [N("ldap_bind_password", masked)],
          },
        },
      ],
    },
    smtpServer: { host: "smtp.sendgrid.net", user: "apikey", password: N("smtp_password", masked) },
  };
  emit("deploy/keycloak/realm-partial-export.json", `${JSON.stringify(partial, null, 2)}\n`);
}

// ---- Helm values ------------------------------------------------------------------------------
emit(
  "deploy/helm/keycloak/values-prod.yaml",
  `# bitnami/keycloak 21.x — production overrides
replicaCount: 3
production: true
proxy: edge

auth:
  adminUser: admin
  adminPassword: ${P("keycloak_admin_password", pw.word())}

postgresql:
  enabled: false

externalDatabase:
  host: pg-prod-01.internal.larkspur.io
  port: 5432
  user: keycloak
  database: keycloak
  password: "${P("postgres_password", pw.rnd(22))}"

extraEnvVars:
  - name: KC_HOSTNAME
    value: sso.larkspur.io
  - name: KC_SPI_EVENTS_LISTENER_JBOSS_LOGGING_SUCCESS_LEVEL
    value: info

metrics:
  enabled: true
  serviceMonitor:
    enabled: true
`,
);

emit(
  "deploy/helm/oauth2-proxy/values.yaml",
  `# oauth2-proxy in front of internal dashboards (Entra ID)
config:
  clientID: "${U("azure_client_id", R.uuid(), "Entra ID application (client) id")}"
  clientSecret: "${P("azure_ad_client_secret", V.azureSecret())}"
  # openssl rand -base64 32 | tr -- '+/' '-_'
  cookieSecret: "${P("oauth2_proxy_cookie_secret", V.cookieSecret())}"
  configFile: |-
    provider = "entra-id"
    oidc_issuer_url = "https://login.microsoftonline.com/${R.uuid()}/v2.0"
    email_domains = [ "larkspur.io" ]
    cookie_secure = true
    skip_provider_button = true

extraArgs:
  upstream: http://grafana.monitoring.svc:3000
  pass-access-token: true

ingress:
  enabled: true
  hosts: [dashboards.larkspur.io]
`,
);

emit(
  "deploy/helm/vault/values.yaml",
  `# hashicorp/vault chart — HA with raft, auto-unseal via transit on the "seal" cluster
server:
  ha:
    enabled: true
    replicas: 3
    raft:
      enabled: true
      config: |
        ui = true
        listener "tcp" {
          address = "[::]:8200"
          tls_cert_file = "/vault/userconfig/tls/tls.crt"
          tls_key_file  = "/vault/userconfig/tls/tls.key"
        }
        storage "raft" {
          path = "/vault/data"
        }
        seal "transit" {
          address         = "https://vault-seal.larkspur.internal:8200"
          token           = "${P("vault_token", V.vaultLong(), { note: "transit auto-unseal token inside HCL inside YAML" })}"
          disable_renewal = "false"
          key_name        = "autounseal"
          mount_path      = "transit/"
        }
  extraSecretEnvironmentVars:
    - envName: AWS_SECRET_ACCESS_KEY
      secretName: vault-backup-s3
      secretKey: ${N("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", { note: "k8s secret key name" })}
injector:
  enabled: true
`,
);

function keytab(components, realm, kvno, ts) {
  const u16 = (n) => {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(n);
    return b;
  };
  const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const cs = (s) => Buffer.concat([u16(Buffer.byteLength(s)), Buffer.from(s)]);
  const entries = [
    [18, 32],
    [17, 16],
  ].map(([etype, klen]) => {
    const body = Buffer.concat([
      u16(components.length),
      cs(realm),
      ...components.map(cs),
      u32(1),
      u32(ts),
      Buffer.from([kvno]),
      u16(etype),
      u16(klen),
      R.bytes(klen),
      u32(kvno),
    ]);
    return Buffer.concat([u32(body.length), body]);
  });
  return Buffer.concat([Buffer.from([5, 2]), ...entries]).toString("base64");
}

// ---- Dex, Argo CD, Kubernetes secrets ---------------------------------------------------------
emit(
  "deploy/dex/config.yaml",
  `issuer: https://dex.larkspur.io
storage:
  type: kubernetes
  config:
    inCluster: true
web:
  http: 0.0.0.0:5556
oauth2:
  skipApprovalScreen: true

connectors:
- type: ldap
  id: corp-ad
  name: Corporate AD
  config:
    host: dc01.corp.larkspur.io:636
    bindDN: CN=svc-dex,OU=Service Accounts,DC=corp,DC=larkspur,DC=io
    bindPW: ${P("ldap_bind_password", pw.rnd(20))}
    usernamePrompt: Email
    userSearch:
      baseDN: OU=Staff,DC=corp,DC=larkspur,DC=io
      filter: "(objectClass=person)"
      username: userPrincipalName
      idAttr: objectGUID
      emailAttr: mail
      nameAttr: displayName
- type: github
  id: github
  name: GitHub
  config:
    clientID: $GITHUB_CLIENT_ID
    clientSecret: ${N("github_oauth_client_secret", "$GITHUB_CLIENT_SECRET", { note: "env expansion" })}
    redirectURI: https://dex.larkspur.io/callback
    orgs:
    - name: larkspur-labs
- type: oidc
  id: google
  name: Google
  config:
    issuer: https://accounts.google.com
    clientID: ${U("google_oauth_client_id", V.googleClientId(), "Google client id")}
    clientSecret: ${P("google_oauth_client_secret", V.googleSecret())}
    redirectURI: https://dex.larkspur.io/callback

staticClients:
- id: kubectl-oidc
  name: kubectl
  public: true
  redirectURIs: [http://localhost:8000]
- id: argo-workflows
  name: Argo Workflows
  secret: ${P("dex_client_secret", R.b64u(24))}
  redirectURIs:
  - https://workflows.larkspur.io/oauth2/callback
`,
);

emit(
  "deploy/argocd/argocd-oidc.yaml",
  `apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-cm
  namespace: argocd
data:
  url: https://argocd.larkspur.io
  oidc.config: |
    name: Okta
    issuer: https://larkspur.okta.com
    clientID: ${U("okta_client_id", V.oktaClientId(), "OIDC client id")}
    clientSecret: ${N("okta_client_secret", "$oidc.okta.clientSecret", { note: "Argo CD secret reference" })}
    requestedScopes: ["openid", "profile", "email", "groups"]
---
apiVersion: v1
kind: Secret
metadata:
  name: argocd-secret
  namespace: argocd
  labels:
    app.kubernetes.io/part-of: argocd
type: Opaque
stringData:
  oidc.okta.clientSecret: ${P("okta_client_secret", V.oktaSecret())}
  server.secretkey: ${P("argocd_server_secret_key", R.b64(32))}
  # argocd account bcrypt-hash — the hash, not the password
  admin.password: "${N("password_hash", V.bcrypt(), { note: "bcrypt hash" })}"
  admin.passwordMtime: "2024-02-01T10:00:00Z"
`,
);

{
  const secretId = R.uuid(),
    ldapPw = pw.word();
  emit(
    "deploy/k8s/hr-sync/secrets.yaml",
    `# consumed by the vault-agent sidecar (auto_auth method "approle")
apiVersion: v1
kind: Secret
metadata:
  name: vault-approle-hr-sync
  namespace: hr-sync
type: Opaque
data:
  role-id: ${U("vault_approle_role_id", Buffer.from(R.uuid()).toString("base64"), "AppRole role_id (base64); identifier, secret_id is the credential")}
  secret-id: ${P("vault_approle_secret_id", Buffer.from(secretId).toString("base64"), { decoded: secretId, note: "base64 in k8s Secret data" })}
  ldap-bind-password: ${P("ldap_bind_password", Buffer.from(ldapPw).toString("base64"), { decoded: ldapPw })}
---
apiVersion: v1
kind: Secret
metadata:
  name: hr-sync-spnego-keytab
  namespace: hr-sync
type: Opaque
data:
  krb5.keytab: ${P("kerberos_keytab", keytab(["HTTP", "hr-sync.corp.larkspur.io"], "CORP.LARKSPUR.IO", 2, 1704100000), { note: "base64 of binary MIT keytab" })}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: hr-sync-krb5
  namespace: hr-sync
data:
  krb5.conf: |
    [libdefaults]
      default_realm = CORP.LARKSPUR.IO
      dns_lookup_kdc = true
`,
  );
}

emit(
  "deploy/k8s/sealed/okta-credentials.sealedsecret.yaml",
  `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: okta-credentials
  namespace: portal
spec:
  encryptedData:
    OKTA_API_TOKEN: ${N("sealed_secret_ciphertext", V.sealed(), { note: "encrypted with the controller public key" })}
    OKTA_CLIENT_SECRET: ${N("sealed_secret_ciphertext", V.sealed())}
  template:
    metadata:
      name: okta-credentials
      namespace: portal
    type: Opaque
`,
);

// ---- SOPS / age / git-crypt ---------------------------------------------------------------------
{
  // age v1 file: text header (X25519 stanza + MAC) followed by the encrypted data key, armoured
  const ageHdr = `age-encryption.org/v1\n-> X25519 ${R.b64(32).replace(/=+$/, "")}\n${R.b64(32).replace(/=+$/, "")}\n--- ${R.b64(32).replace(/=+$/, "")}\n`;
  const ageBlock = `-----BEGIN AGE ENCRYPTED FILE-----\n${wrap(Buffer.concat([Buffer.from(ageHdr), R.bytes(60)]).toString("base64"))}\n-----END AGE ENCRYPTED FILE-----`;
  emit(
    "deploy/secrets/prod.enc.yaml",
    `okta:
    api_token: ${N("sops_encrypted_value", V.sops(42), { note: "SOPS ciphertext" })}
    client_secret: ${N("sops_encrypted_value", V.sops(40))}
auth0:
    client_secret: ${N("sops_encrypted_value", V.sops(64))}
jwt:
    signing_secret: ${N("sops_encrypted_value", V.sops(64))}
ldap:
    bind_password: ${N("sops_encrypted_value", V.sops(18))}
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: ${N("age_public_key", agePub, { note: "age recipient (public key)" })}
          enc: |
            ${N("age_encrypted_data_key", indentCont(ageBlock, "            "), { note: "age-encrypted SOPS data key" })}
    lastmodified: "2024-03-02T14:21:09Z"
    mac: ${N("sops_mac", V.sops(32), { note: "SOPS MAC (encrypted)" })}
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`,
  );

  emit(
    "deploy/secrets/prod.dec.yaml",
    `# sops -d prod.enc.yaml > prod.dec.yaml   (was supposed to be in .gitignore...)
okta:
    api_token: ${P("okta_api_token", V.oktaToken(), { note: "decrypted SOPS leftover" })}
    client_secret: ${P("okta_client_secret", V.oktaSecret(), { note: "decrypted SOPS leftover" })}
auth0:
    client_secret: ${P("auth0_client_secret", V.auth0Secret(), { note: "decrypted SOPS leftover" })}
jwt:
    signing_secret: ${P("jwt_secret", R.hex(64), { note: "decrypted SOPS leftover" })}
ldap:
    bind_password: ${P("ldap_bind_password", pw.rnd(18), { note: "decrypted SOPS leftover" })}
`,
  );

  emit(
    "ops/age/keys.txt",
    `# created: 2024-03-02T14:02:51Z
# public key: ${N("age_public_key", agePub, { note: "public half of the identity below" })}
${P("age_secret_key", ageSecret, { note: "valid bech32 checksum" })}
`,
  );
}

emit(
  "config/git-crypt/hr-sync.env",
  `# git-crypt protected (config/git-crypt/** filter=git-crypt). This is the decrypted working copy after \`git-crypt unlock\`.
HR_SYNC_SCIM_BASE_URL=https://hr-sync.larkspur.io/scim/v2
HR_SYNC_SCIM_TOKEN=${P("scim_token", R.str(URLSAFE, 48), { note: "git-crypt plaintext in working tree" })}
WORKDAY_CLIENT_ID=${U("oauth_client_id", R.str(ALNUM, 40), "Workday API client id")}
WORKDAY_CLIENT_SECRET=${P("oauth_client_secret", R.str(ALNUM, 64), { note: "git-crypt plaintext in working tree" })}
WORKDAY_REFRESH_TOKEN=${P("oauth_refresh_token", R.str(ALNUM, 128), { note: "git-crypt plaintext in working tree" })}
`,
);

// ---- Runbooks ---------------------------------------------------------------------------------
{
  const keys = [0, 1, 2, 3, 4].map(() => V.shamir());
  emit(
    "docs/runbooks/vault-unseal.md",
    `# Runbook: unsealing the "seal" Vault cluster

The main cluster auto-unseals via transit against \`vault-seal\`. \`vault-seal\` itself uses
Shamir keys (5 shares, threshold 3). Key holders: see the on-call rota.

## Generic procedure (from the Vault docs)

\`\`\`
$ vault operator unseal
Unseal Key (will be hidden): ${N("vault_unseal_key", "<unseal-key-1>", { note: "placeholder" })}
\`\`\`

## Initialisation output (2024-01-18, seal-0)

> Copied here during the DR test so nobody needs to page the key holders. **Move to 1Password.**

\`\`\`
Unseal Key 1: ${P("vault_unseal_key", keys[0])}
Unseal Key 2: ${P("vault_unseal_key", keys[1])}
Unseal Key 3: ${P("vault_unseal_key", keys[2])}
Unseal Key 4: ${P("vault_unseal_key", keys[3])}
Unseal Key 5: ${P("vault_unseal_key", keys[4])}

Initial Root Token: ${P("vault_token", V.vault(), { note: "initial root token" })}

Vault initialized with 5 key shares and a key threshold of 3.
\`\`\`

## Verify

\`\`\`
vault status -address=https://vault-seal.larkspur.internal:8200
\`\`\`

Sealed should be \`false\`; HA mode \`active\`.
`,
  );
}

emit(
  "docs/runbooks/approle-onboarding.md",
  `# Onboarding a service to Vault with AppRole

1. Create the role (platform team):

   \`\`\`
   vault write auth/approle/role/hr-sync token_policies=hr-sync token_ttl=20m secret_id_ttl=0
   \`\`\`

2. Read the role id (not secret — it goes in the service config):

   \`\`\`
   $ vault read auth/approle/role/hr-sync/role-id
   Key        Value
   ---        -----
   role_id    ${U("vault_approle_role_id", R.uuid(), "AppRole role_id, an identifier")}
   \`\`\`

3. Generate a secret id and hand it over through 1Password:

   \`\`\`
   $ vault write -f auth/approle/role/hr-sync/secret-id
   Key                   Value
   ---                   -----
   secret_id             ${P("vault_approle_secret_id", R.uuid(), { note: "UUID shape, secret by context" })}
   secret_id_accessor    ${N("vault_accessor", R.uuid(), { note: "accessor, cannot be used to log in" })}
   secret_id_num_uses    0
   secret_id_ttl         0s
   \`\`\`

4. Test the login:

   \`\`\`
   curl -s --request POST --data '{"role_id":"$ROLE_ID","secret_id":"$SECRET_ID"}' \\
     https://vault.larkspur.internal:8200/v1/auth/approle/login | jq .auth
   {
     "client_token": "${P("vault_token", V.vault())}",
     "accessor": "${N("vault_accessor", R.str(BASE62, 24), { note: "token accessor" })}",
     "policies": ["default", "hr-sync"],
     "lease_duration": 1200,
     "renewable": true
   }
   \`\`\`

Never paste the secret id in tickets; use \`${N("vault_approle_secret_id", "<secret-id>", { note: "placeholder" })}\` in examples.
`,
);

{
  const totp = V.totp();
  emit(
    "docs/runbooks/okta-break-glass.md",
    `# Okta break-glass account

Use only when SSO is down and the on-call director approves (#inc channel).

| Field    | Value |
|----------|-------|
| URL      | https://larkspur-admin.okta.com |
| Username | breakglass-01@larkspur.io |
| Password | ${P("break_glass_password", pw.word(), { note: "admin password in runbook table" })} |
| 1Password | \`${N("onepassword_reference", "op://Break Glass/okta-breakglass-01/password", { note: "secret reference, not a value" })}\` |

MFA is a TOTP factor. If the hardware token is lost, re-enrol an authenticator from this URI:

\`\`\`
${P("totp_seed", `otpauth://totp/Okta:breakglass-01%40larkspur.io?secret=${totp}&issuer=Okta&digits=6&period=30`, { note: "otpauth URI with seed" })}
\`\`\`

Do not confuse it with the sample URI in the Google Authenticator wiki, which some tools pre-fill:
\`${N("totp_seed", "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example", { note: "published documentation example" })}\`

After use: rotate the password, reset the factor, file the access review.
`,
  );
}

emit(
  "docs/runbooks/okta-token-rotation.md",
  `# Rotating the Okta API token used by the portal

1. In the Okta admin console: Security → API → Tokens → Create token (name \`portal-prod-YYYYQn\`).
2. Store it: \`doppler secrets set OKTA_API_TOKEN --project portal --config prd\`
3. Verify:

   \`\`\`bash
   curl -s -H "Authorization: SSWS \${OKTA_API_TOKEN}" https://larkspur.okta.com/api/v1/users/me | jq .profile.login
   \`\`\`

   or with the token pasted (only on your own machine):

   \`\`\`bash
   curl -s -H "Authorization: SSWS ${N("okta_api_token", "00aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-_AB", { note: "obviously sequential example" })}" https://larkspur.okta.com/api/v1/users/me
   \`\`\`

4. Revoke the previous token. Last rotation removed \`${N("okta_api_token", "00Qw3…(revoked)", { note: "truncated, revoked reference" })}\`.

## History

- 2024-02-14: token \`${N("okta_api_token", "00Tq************************************", { note: "masked" })}\` leaked in a CI log
  (debug \`set -x\` added in ${N("git_commit_sha", R.hex(40), { note: "commit SHA" })}), revoked after 38 minutes.
- 2023-11-02: scheduled rotation, see ${N("git_commit_sha", R.hex(40), { note: "commit SHA" })}.
`,
);

// ---- Incident / ADR docs ----------------------------------------------------------------------

emit(
  "docs/adr/0007-token-formats.md",
  `# ADR 0007: Prefer prefixed, checksummed tokens for internal APIs

## Context
Scanners recognise vendor tokens by prefix (\`ghp_\`, \`npm_\`, \`hvs.\`, \`dp.st.\`) and GitHub/npm
tokens carry a CRC32 checksum in the last six characters, which reduces false positives.

The placeholder our docs use: \`${N("github_pat", `ghp_${"X".repeat(36)}`, { note: "placeholder" })}\`.

A token that *looks* right but fails the checksum — for example this one generated for the unit tests —
must not be reported: \`${N("github_pat", V.ghBadChecksum("ghp_"), { note: "right shape, CRC32 checksum fails" })}\`.

## Decision
Internal tokens will use the form \`lsk_<30 base62><6 base62 crc32>\`.

## Consequences
Request IDs in logs look like \`${N("request_id", R.uuid(), { note: "UUID request id" })}\` and are not secrets.
`,
);

// ---- Integration docs -------------------------------------------------------------------------

{
  const cid = "intranet-gateway",
    sec = V.pingSecret();
  const basic = Buffer.from(`${cid}:${sec}`).toString("base64");
  emit(
    "docs/integrations/pingfederate.md",
    `# PingFederate client for the intranet gateway

Client id: \`${cid}\` · grant: client_credentials · auth: client_secret_basic

## Smoke test

\`\`\`bash
curl -s https://pf.corp.larkspur.io:9031/as/token.oauth2 \\
  -H "Authorization: Basic ${P("http_basic_auth", basic, { decoded: `${cid}:${sec}`, note: "base64 client_id:client_secret" })}" \\
  -d "grant_type=client_credentials&scope=intranet.read"
\`\`\`

Or in the query string (PF accepts it when "Allow client secret in query" is on — it is, sadly):

\`\`\`
https://pf.corp.larkspur.io:9031/as/token.oauth2?grant_type=client_credentials&client_id=reporting&client_secret=${P("pingfederate_client_secret", V.pingSecret())}
\`\`\`

PingOne (cloud) worker app for user sync:

\`\`\`
PINGONE_ENV_ID=${U("pingone_environment_id", R.uuid(), "environment id")}
PINGONE_CLIENT_ID=${U("pingone_client_id", R.uuid(), "worker app client id")}
PINGONE_CLIENT_SECRET=${P("pingone_client_secret", V.pingSecret())}
\`\`\`
`,
  );
}

// ---- Scripts ----------------------------------------------------------------------------------
emit(
  "scripts/scim/sync_users.py",
  `#!/usr/bin/env python3
"""Push HR changes to downstream SCIM endpoints (GitHub Enterprise, Slack, Zoom).

Run nightly from the hr-sync cron job. See docs/runbooks/scim.md.
"""
import logging
import os

import requests

log = logging.getLogger("scim-sync")

GITHUB_SCIM = "https://api.github.com/scim/v2/enterprises/larkspur/Users"
# enterprise owner PAT with admin:enterprise — TODO move to Vault (SEC-511)
GITHUB_TOKEN = "${P("github_pat", V.gh("ghp_"))}"

ZOOM_SCIM = "https://api.zoom.us/scim2/Users"
ZOOM_SCIM_TOKEN = os.environ.get("ZOOM_SCIM_TOKEN", "${P("scim_token", R.str(URLSAFE, 44), { note: "default value of env lookup" })}")

SLACK_SCIM_TOKEN = ${N("scim_token", 'os.environ["SLACK_SCIM_TOKEN"]', { note: "env-var reference" })}


def push(url: str, token: str, user: dict) -> None:
    resp = requests.post(
        url,
        json=user,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"},
        timeout=30,
    )
    if resp.status_code >= 300:
        log.error("SCIM push failed: %s %s", resp.status_code, resp.text[:200])


def main() -> None:
    for user in load_changes():
        push(GITHUB_SCIM, GITHUB_TOKEN, user)
        push(ZOOM_SCIM, ZOOM_SCIM_TOKEN, user)


def load_changes():
    return []


if __name__ == "__main__":
    main()
`,
);

emit(
  "scripts/okta/rotate_keys.sh",
  `#!/usr/bin/env bash
# Rotate the signing key of the custom authorization server and list active keys.
set -euo pipefail

OKTA_ORG="https://larkspur.okta.com"
AUTH_SERVER_ID="aus${R.str(ALNUM, 17)}"
: "\${OKTA_API_TOKEN:?set OKTA_API_TOKEN}"

okta() {
  curl -sf -H "Accept: application/json" -H "Authorization: SSWS ${N("okta_api_token", "${OKTA_API_TOKEN}", { note: "shell variable" })}" "$@"
}

okta -X POST "$OKTA_ORG/api/v1/authorizationServers/$AUTH_SERVER_ID/credentials/lifecycle/keyRotate" \\
  -H "Content-Type: application/json" -d '{"use":"sig"}' | jq '.[] | {kid, status}'

# one-off: read-only token for the staging org (keep until staging moves to Doppler)
curl -sf -H "Authorization: SSWS ${P("okta_api_token", V.oktaToken(), { note: "inline in curl header" })}" \\
  https://larkspur-staging.oktapreview.com/api/v1/authorizationServers | jq length
`,
);

emit(
  "scripts/bootstrap/fetch-secrets.sh",
  `#!/usr/bin/env bash
# Bootstrap secrets on a fresh build agent / runner. Usage: fetch-secrets.sh doppler|bitwarden|infisical
# We are migrating away from Doppler (FY25); the other two branches are the pilots.
set -euo pipefail

BACKEND="\${1:-doppler}"
OUT=/opt/build/.env

case "$BACKEND" in
  doppler)
    # personal token of the build-agent owner (scoped to workplace "larkspur")
    doppler configure set token ${P("doppler_personal_token", V.doppler("pt"))} --scope /opt/build
    # read-only service token for the portal prd config
    export DOPPLER_TOKEN="${P("doppler_service_token", V.doppler("st", "prd"))}"
    # better: mint a short-lived token per run
    export CI_DOPPLER_TOKEN="${N("doppler_service_token", "$(doppler configs tokens create ci-$(date +%s) --project portal --config ci --plain --max-age 1h)", { note: "command substitution" })}"
    doppler secrets download --no-file --format env > "$OUT"
    ;;
  bitwarden)
    export BWS_ACCESS_TOKEN="${P("bitwarden_access_token", V.bws())}"
    PROJECT_ID="${R.uuid()}"
    # password-manager CLI (bw) for the legacy shared vault
    export BW_CLIENTID="${U("bitwarden_client_id", `user.${R.uuid()}`, "bw API key client_id")}"
    export BW_CLIENTSECRET="${P("bitwarden_client_secret", R.str(BASE62, 30))}"
    export BW_PASSWORD='${P("bitwarden_master_password", pw.word(), { note: "master password for bw unlock --passwordenv" })}'
    bw login --apikey
    export BW_SESSION="$(bw unlock --passwordenv BW_PASSWORD --raw)"
    bws secret list "$PROJECT_ID" --output env > "$OUT"
    ;;
  infisical)
    # machine identity (universal auth) for the reporting job
    INFISICAL_CLIENT_ID="${U("infisical_client_id", R.uuid(), "machine identity client id")}"
    INFISICAL_CLIENT_SECRET="${P("infisical_client_secret", R.hex(64))}"
    export INFISICAL_TOKEN=$(infisical login --method=universal-auth \\
      --client-id="$INFISICAL_CLIENT_ID" --client-secret="$INFISICAL_CLIENT_SECRET" --plain --silent)
    infisical export --env=prod --format=dotenv > "$OUT"
    ;;
  *)
    echo "unknown backend: $BACKEND" >&2; exit 2 ;;
esac
chmod 600 "$OUT"
`,
);

emit(
  "scripts/bootstrap/op-inject.env.tpl",
  `# Rendered with: op inject -i op-inject.env.tpl -o .env
OKTA_API_TOKEN=${N("onepassword_reference", "op://Identity/okta-portal-prod/api-token", { note: "secret reference" })}
OKTA_CLIENT_SECRET=${N("onepassword_reference", "op://Identity/okta-portal-prod/client-secret", { note: "secret reference" })}
AUTH0_CLIENT_SECRET=${N("onepassword_reference", "{{ op://Identity/auth0-prod/credential }}", { note: "secret reference template" })}
DATABASE_URL=postgresql://portal_app:{{ op://Databases/pg-prod/password }}@pg-prod-01.internal.larkspur.io/portal
`,
);

emit(
  "config/krb5/kdc-bootstrap.sh",
  `#!/usr/bin/env bash
# Staging KDC for the intranet SPNEGO rollout (realm STAGE.LARKSPUR.IO). Runs once in the kdc container.
set -euo pipefail

kdb5_util create -s -r STAGE.LARKSPUR.IO -P '${P("kerberos_master_password", pw.rnd(20), { note: "KDC database master password" })}'
kadmin.local -q "addprinc -pw ${P("kerberos_password", pw.word(), { note: "principal password" })} admin/admin@STAGE.LARKSPUR.IO"
kadmin.local -q "addprinc -randkey HTTP/portal.stage.larkspur.io@STAGE.LARKSPUR.IO"
kadmin.local -q "ktadd -k /keytabs/portal.keytab HTTP/portal.stage.larkspur.io@STAGE.LARKSPUR.IO"
krb5kdc && kadmind -nofork
`,
);

// ---- LDAP configs ---------------------------------------------------------------------------
emit(
  "config/ldap/sssd.conf",
  `[sssd]
services = nss, pam, ssh
config_file_version = 2
domains = corp.larkspur.io

[domain/corp.larkspur.io]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.corp.larkspur.io, ldaps://dc02.corp.larkspur.io
ldap_search_base = DC=corp,DC=larkspur,DC=io
ldap_default_bind_dn = CN=svc-sssd,OU=Service Accounts,DC=corp,DC=larkspur,DC=io
ldap_default_authtok_type = password
ldap_default_authtok = ${P("ldap_bind_password", pw.rnd(22))}
ldap_tls_reqcert = demand
ldap_id_mapping = true
cache_credentials = true
`,
);

emit(
  "config/grafana/ldap.toml",
  `# Grafana LDAP — two servers, the second is the subsidiary directory
[[servers]]
host = "dc01.corp.larkspur.io"
port = 636
use_ssl = true
bind_dn = "CN=svc-grafana,OU=Service Accounts,DC=corp,DC=larkspur,DC=io"
bind_password = '${P("ldap_bind_password", pw.word())}'
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Staff,DC=corp,DC=larkspur,DC=io"]

[servers.attributes]
name = "givenName"
surname = "sn"
username = "sAMAccountName"
email = "mail"

[[servers]]
host = "ldap.nimbus-labs.io"
port = 636
use_ssl = true
bind_dn = "cn=grafana,ou=apps,dc=nimbus-labs,dc=io"
bind_password = '${N("ldap_bind_password", "$__env{NIMBUS_LDAP_BIND_PASSWORD}", { note: "Grafana env interpolation" })}'
search_filter = "(uid=%s)"
search_base_dns = ["ou=people,dc=nimbus-labs,dc=io"]
`,
);

emit(
  "config/gitlab/gitlab.rb",
  `## GitLab omnibus — identity section only (rest in gitlab.base.rb)
external_url 'https://gitlab.larkspur.io'

gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = {
  'main' => {
    'label' => 'Corporate AD',
    'host' =>  'dc01.corp.larkspur.io',
    'port' => 636,
    'uid' => 'sAMAccountName',
    'encryption' => 'simple_tls',
    'bind_dn' => 'CN=svc-gitlab,OU=Service Accounts,DC=corp,DC=larkspur,DC=io',
    'password' => '${P("ldap_bind_password", pw.rnd(20))}',
    'base' => 'OU=Staff,DC=corp,DC=larkspur,DC=io',
    'active_directory' => true
  }
}

gitlab_rails['omniauth_allow_single_sign_on'] = ['azure_activedirectory_v2']
gitlab_rails['omniauth_providers'] = [
  {
    name: "azure_activedirectory_v2",
    label: "Larkspur SSO",
    args: {
      client_id: "${U("azure_client_id", R.uuid(), "Entra client id")}",
      client_secret: "${P("azure_ad_client_secret", V.azureSecret())}",
      tenant_id: "${N("azure_tenant_id", R.uuid(), { note: "tenant id" })}",
    }
  },
  {
    name: "google_oauth2",
    app_id: "${U("google_oauth_client_id", V.googleClientId(), "Google client id")}",
    app_secret: "${P("google_oauth_client_secret", V.googleLegacySecret(), { note: "pre-2021 Google secret, no GOCSPX prefix" })}",
    args: { access_type: "offline", approval_prompt: "" }
  }
]
`,
);

emit(
  "config/openldap/olcRootPW.ldif",
  `# Applied with ldapmodify -Y EXTERNAL -H ldapi:///
dn: olcDatabase={1}mdb,cn=config
changetype: modify
replace: olcRootPW
olcRootPW: ${N("password_hash", V.ssha(), { note: "SSHA hash of the root DN password" })}

# lab replica — plaintext on purpose "until slappasswd is in the image"
dn: olcDatabase={2}mdb,cn=config
changetype: modify
replace: olcRootPW
olcRootPW: ${P("ldap_root_password", pw.word())}
`,
);

// ---- Web framework apps -------------------------------------------------------------------------
emit(
  "apps/web-django/larkspur_hub/settings/production.py",
  `"""Production settings for the Larkspur Hub intranet."""
import os

from .base import *  # noqa: F401,F403

import ldap
from django_auth_ldap.config import LDAPSearch

DEBUG = False
ALLOWED_HOSTS = ["hub.larkspur.io"]

SECRET_KEY = '${P("django_secret_key", V.django())}'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "hub",
        "USER": "hub",
        "PASSWORD": "${P("postgres_password", pw.rnd(20))}",
        "HOST": "pg-prod-02.internal.larkspur.io",
        "PORT": "5432",
    }
}

# social-auth-app-django
SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "${U("google_oauth_client_id", V.googleClientId(), "Google client id")}"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "${P("google_oauth_client_secret", V.googleSecret())}"
SOCIAL_AUTH_GOOGLE_OAUTH2_WHITELISTED_DOMAINS = ["larkspur.io"]

# django-auth-ldap
AUTH_LDAP_SERVER_URI = "ldaps://dc01.corp.larkspur.io"
AUTH_LDAP_BIND_DN = "CN=svc-hub,OU=Service Accounts,DC=corp,DC=larkspur,DC=io"
AUTH_LDAP_BIND_PASSWORD = "${P("ldap_bind_password", pw.word())}"
AUTH_LDAP_USER_SEARCH = LDAPSearch("OU=Staff,DC=corp,DC=larkspur,DC=io", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)")

EMAIL_HOST = "smtp.office365.com"
EMAIL_HOST_USER = "hub-noreply@larkspur.io"
EMAIL_HOST_PASSWORD = ${N("smtp_password", 'os.environ["EMAIL_HOST_PASSWORD"]', { note: "env-var reference" })}
`,
);

emit(
  "apps/web-django/saml/settings.json",
  `${JSON.stringify(
    {
      strict: true,
      debug: false,
      sp: {
        entityId: "https://hub.larkspur.io/saml/metadata/",
        assertionConsumerService: {
          url: "https://hub.larkspur.io/saml/acs/",
          binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
        },
        NameIDFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        x509cert: N("x509_certificate", certSaml.b64, { note: "SP certificate (public)" }),
        privateKey: P("rsa_private_key", rsaSaml.pkcs8B64, {
          note: "SAML SP signing key, PKCS#8 body without armour",
        }),
      },
      idp: {
        entityId: `http://www.okta.com/exk${R.str(ALNUM, 17)}`,
        singleSignOnService: {
          url: "https://larkspur.okta.com/app/larkspur_hub/exk/sso/saml",
          binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
        },
        x509cert: N("x509_certificate", certIdp.b64, { note: "IdP certificate (public)" }),
        certFingerprint: N("certificate_fingerprint", certIdp.sha1, {
          note: "SHA-1 fingerprint of a public cert",
        }),
        certFingerprintAlgorithm: "sha1",
      },
    },
    null,
    4,
  )}\n`,
);

emit(
  "apps/rails-sso/config/secrets.yml",
  `# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  okta_client_secret: ${N("okta_client_secret", '<%= ENV["OKTA_CLIENT_SECRET"] %>', { note: "ERB env reference" })}

test:
  secret_key_base: ${N("rails_secret_key_base", "0".repeat(128), { note: "all-zero test value" })}

production:
  secret_key_base: ${P("rails_secret_key_base", R.hex(128))}
  okta_client_secret: ${P("okta_client_secret", V.oktaSecret())}
`,
);

{
  const devKey = R.hex(64);
  emit(
    "apps/express-api/src/app.js",
    `'use strict';
const express = require('express');
const session = require('express-session');
const jwt = require('jsonwebtoken');
const passport = require('passport');
const { Strategy: SamlStrategy } = require('@node-saml/passport-saml');

const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET || '${N("session_secret", "keyboard cat", { note: "express-session README example" })}',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, sameSite: 'lax' },
}));

// service-to-service tokens for the reporting job
const S2S_SIGNING_KEY = '${P("jwt_secret", devKey, { note: "HS256 key inline in code" })}';

app.post('/internal/token', (req, res) => {
  const token = jwt.sign({ sub: req.body.service, scope: 'reports:read' }, S2S_SIGNING_KEY, { expiresIn: '15m' });
  res.json({ token });
});

passport.use(new SamlStrategy({
  callbackUrl: 'https://api.larkspur.io/login/callback',
  entryPoint: 'https://larkspur.okta.com/app/larkspur_api/sso/saml',
  issuer: 'larkspur-api',
  idpCert: process.env.SAML_IDP_CERT,
}, (profile, done) => done(null, profile)));

module.exports = app;
`,
  );
}

emit(
  "apps/express-api/config/default.json",
  `${JSON.stringify(
    {
      port: 8080,
      jwt: {
        issuer: "https://api.larkspur.io",
        audience: "larkspur-api",
        secret: P("jwt_secret", R.b64(48)),
      },
      auth0: {
        domain: "larkspur-prod.us.auth0.com",
        clientId: U("auth0_client_id", V.auth0ClientId(), "Auth0 client id"),
        clientSecret: "",
      },
      onelogin: {
        subdomain: "nimbus-labs",
        clientId: U("onelogin_client_id", R.hex(64), "OneLogin client id"),
        clientSecret: P("onelogin_client_secret", R.hex(64)),
      },
      apiGateway: { baseUrl: "https://gw.larkspur.io", apiKey: P("aws_api_gateway_key", R.str(BASE62, 40)) },
      logging: { level: "info", redact: ["req.headers.authorization", 'req.headers["x-api-key"]'] },
    },
    null,
    2,
  )}\n`,
);

{
  const jwtio = jwt(
    { alg: "HS256", typ: "JWT" },
    { sub: "1234567890", name: "John Doe", iat: 1516239022 },
    hs256("your-256-bit-secret"),
  );
  const none = `${b64u(JSON.stringify({ alg: "none", typ: "JWT" }))}.${b64u(JSON.stringify({ sub: "test-user", scope: "admin" }))}.`;
  emit(
    "apps/express-api/test/fixtures/tokens.js",
    `// Fixtures for auth middleware tests. None of these are real credentials.
module.exports = {
  // the jwt.io debugger example (HS256, secret "your-256-bit-secret")
  JWT_IO_EXAMPLE:
    '${N("jwt", jwtio, { note: "jwt.io published example" })}',

  // alg=none must be rejected by the verifier
  UNSIGNED_TOKEN: '${N("jwt", none, { note: "unsigned alg=none test token" })}',

  // right shape, wrong CRC32 — the token validator must reject it
  BAD_CHECKSUM_GITHUB_TOKEN: '${N("github_pat", V.ghBadChecksum("ghp_"), { note: "checksum fails" })}',
  SHORT_GITHUB_TOKEN: '${N("github_pat", `ghp_${R.str(BASE62, 12)}`, { note: "too short" })}',

  TEST_JWT_SECRET: '${N("jwt_secret", "test-secret", { note: "test value" })}',
};
`,
  );
}

emit(
  "apps/express-api/keys/jwks.private.json",
  `${JSON.stringify(
    {
      keys: [
        {
          ...rsaJwks.jwk,
          d: P("jwk_private_key", rsaJwks.jwk.d, {
            note: "private exponent of an RSA JWK (p, q, dp, dq, qi also present)",
          }),
          kid: "2024-03-rsa",
          use: "sig",
          alg: "RS256",
        },
        {
          ...ecJwks.jwk,
          d: P("jwk_private_key", ecJwks.jwk.d, { note: "EC P-256 private scalar" }),
          kid: "2024-03-ec",
          use: "sig",
          alg: "ES256",
        },
        {
          ...edAgent.jwk,
          d: P("jwk_private_key", edAgent.jwk.d, { note: "Ed25519 private key" }),
          kid: "2024-03-okp",
          use: "sig",
          alg: "EdDSA",
        },
      ],
    },
    null,
    2,
  )}\n`,
);

emit(
  "apps/express-api/public/.well-known/jwks.json",
  `${JSON.stringify(
    {
      keys: [
        {
          kty: "RSA",
          kid: "2024-03-rsa",
          use: "sig",
          alg: "RS256",
          n: N("jwk_public_key", rsaJwks.jwk.n, { note: "public modulus" }),
          e: "AQAB",
        },
        {
          kty: "EC",
          kid: "2024-03-pub",
          use: "sig",
          alg: "ES256",
          crv: "P-256",
          x: ecPublicOnly.jwk.x,
          y: N("jwk_public_key", ecPublicOnly.jwk.y, { note: "public point" }),
        },
      ],
    },
    null,
    2,
  )}\n`,
);

emit(
  "apps/express-api/keys/jwt-signing.pem",
  `${P("rsa_private_key", rsaJwt.pkcs1Pem, { note: "PEM file" })}\n`,
);

emit(
  "apps/phoenix-hub/config/runtime.exs",
  `import Config

if config_env() == :prod do
  config :hub, HubWeb.Endpoint,
    url: [host: "hub-live.larkspur.io", port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: 4000],
    secret_key_base: System.get_env("SECRET_KEY_BASE") ||
      "${P("phoenix_secret_key_base", V.phoenix(), { note: "fallback literal" })}",
    live_view: [signing_salt: "${N("signing_salt", R.str(ALNUM, 8), { note: "LiveView signing salt, not a secret" })}"]

  config :ueberauth, Ueberauth.Strategy.Okta.OAuth,
    client_id: "${U("okta_client_id", V.oktaClientId(), "OIDC client id")}",
    client_secret: "${P("okta_client_secret", V.oktaSecret())}",
    site: "https://larkspur.okta.com"

  config :hub, Hub.Guardian,
    issuer: "hub",
    secret_key: "${P("jwt_secret", R.b64(48), { note: "Guardian HS512 key" })}"
end
`,
);

{
  const dbPw = `${pw.word()}@${R.digits(2)}/${R.pick(WORDS)}`;
  emit(
    "apps/laravel-admin/.env",
    `APP_NAME="Larkspur Admin"
APP_ENV=production
APP_KEY=${P("laravel_app_key", V.laravel())}
APP_DEBUG=false
APP_URL=https://admin.larkspur.io

DB_CONNECTION=pgsql
DATABASE_URL=pgsql://admin_app:${P("postgres_password", encodeURIComponent(dbPw), { decoded: dbPw, note: "percent-encoded in URL" })}@pg-prod-02.internal.larkspur.io:5432/admin

LDAP_CONNECTION=default
LDAP_HOST=dc01.corp.larkspur.io
LDAP_USERNAME="CN=svc-admin,OU=Service Accounts,DC=corp,DC=larkspur,DC=io"
LDAP_PASSWORD="${N("ldap_bind_password", "${LDAP_BIND_PASSWORD}", { note: "env interpolation" })}"
LDAP_PORT=636
LDAP_SSL=true

MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_USERNAME=admin-noreply@larkspur.io
MAIL_PASSWORD=${N("smtp_password", "null", { note: "literal null" })}

SESSION_DRIVER=redis
`,
  );
}

emit(
  "apps/spring-idp-client/src/main/resources/application.yml",
  `server:
  port: 8443
  ssl:
    key-store: classpath:keystore.p12
    key-store-password: ${P("keystore_password", pw.rnd(16))}

spring:
  security:
    oauth2:
      client:
        registration:
          okta:
            client-id: ${U("okta_client_id", V.oktaClientId(), "OIDC client id")}
            client-secret: ${P("okta_client_secret", V.oktaSecret())}
            scope: openid,profile,email
          azure:
            provider: azure
            client-id: ${U("azure_client_id", R.uuid(), "Entra client id")}
            client-secret: "${P("azure_ad_client_secret", V.azureSecret())}"
            authorization-grant-type: authorization_code
        provider:
          okta:
            issuer-uri: https://larkspur.okta.com/oauth2/default
          azure:
            issuer-uri: https://login.microsoftonline.com/${R.uuid()}/v2.0
  ldap:
    urls: ldaps://dc01.corp.larkspur.io:636
    base: DC=corp,DC=larkspur,DC=io
    username: CN=svc-spring,OU=Service Accounts,DC=corp,DC=larkspur,DC=io
    password: ${N("ldap_bind_password", "${LDAP_BIND_PASSWORD:}", { note: "Spring placeholder with empty default" })}
  datasource:
    url: jdbc:postgresql://pg-prod-02.internal.larkspur.io:5432/idpclient
    username: idpclient
    password: ${N("postgres_password", `ENC(${R.b64(48)})`, { note: "jasypt-encrypted value" })}

---
spring:
  config:
    activate:
      on-profile: ci
  security:
    oauth2:
      client:
        registration:
          okta:
            client-secret: ${N("okta_client_secret", "${OKTA_CLIENT_SECRET}", { note: "Spring placeholder" })}
`,
);

emit(
  "apps/spring-idp-client/src/main/resources/db/migration/V3__seed_oauth_clients.sql",
  `-- Seed the legacy Spring Authorization Server clients
INSERT INTO oauth2_registered_client (id, client_id, client_secret, client_name, client_authentication_methods, authorization_grant_types, scopes)
VALUES
  ('${R.uuid()}', 'reporting', '{noop}${P("oauth_client_secret", R.str(ALNUM, 32), { note: "{noop} means stored in plain text" })}', 'Reporting', 'client_secret_basic', 'client_credentials', 'reports.read'),
  ('${R.uuid()}', 'hr-sync', '{bcrypt}${N("password_hash", V.bcrypt(), { note: "bcrypt hash" })}', 'HR Sync', 'client_secret_basic', 'client_credentials', 'users.write');
`,
);

emit(
  "apps/go-authz/config.toml",
  `[server]
listen = ":8080"
trusted_proxies = ["10.0.0.0/8"]

[oidc]
issuer = "https://pf.corp.larkspur.io:9031"
client_id = "${U("pingfederate_client_id", "go-authz", "client id")}"
client_secret = "${P("pingfederate_client_secret", V.pingSecret())}"

[session]
# gorilla/securecookie: 32-byte hash key, 16-byte block key, hex encoded
hash_key = "${P("session_secret", R.hex(64))}"
block_key = "${P("session_secret", R.hex(32))}"

[opa]
bundle_url = "https://bundles.larkspur.io/authz.tar.gz"
bundle_sha256 = "${N("sha256_hash", R.hex(64), { note: "bundle digest" })}"
`,
);

emit(
  "apps/go-authz/internal/crypto/hmac_test.go",
  `package crypto

import (
	"encoding/hex"
	"testing"
)

// RFC 4231 test case 1 and RFC 6238 TOTP reference secret — published test vectors.
var rfc4231Key = mustHex("${N("hmac_secret", "0b".repeat(20), { note: "RFC 4231 test vector" })}")

const rfc6238Secret = "${N("totp_seed", "12345678901234567890", { note: "RFC 6238 reference secret" })}"

func TestHMACSHA256Vector(t *testing.T) {
	got := hex.EncodeToString(Sign(rfc4231Key, []byte("Hi There")))
	want := "${createHmac("sha256", Buffer.alloc(20, 0x0b)).update("Hi There").digest("hex")}"
	if got != want {
		t.Fatalf("got %s want %s", got, want)
	}
}

func mustHex(s string) []byte { b, _ := hex.DecodeString(s); return b }
`,
);

// ---- API gateway --------------------------------------------------------------------------------
emit(
  "apps/api-gateway/kong.yml",
  `_format_version: "3.0"
_transform: true

services:
  - name: partner-api
    url: http://partner-api.apps.svc:8080
    routes:
      - name: partner
        paths: [/partner]
    plugins:
      - name: key-auth
        config:
          key_names: [apikey]
      - name: jwt

consumers:
  - username: acme-logistics
    keyauth_credentials:
      - key: ${P("kong_api_key", R.str(BASE62, 32))}
  - username: globex
    keyauth_credentials:
      - key: ${P("kong_api_key", R.str(BASE62, 32))}
    jwt_secrets:
      - key: globex-issuer
        algorithm: HS256
        secret: ${P("jwt_secret", R.b64u(32))}
  - username: initech
    keyauth_credentials:
      - key: ${N("kong_api_key", "{vault://env/INITECH_API_KEY}", { note: "Kong vault reference" })}
  - username: mobile-app
    oauth2_credentials:
      - name: mobile
        client_id: ${U("oauth_client_id", R.str(ALNUM, 32), "Kong OAuth2 client id")}
        client_secret: ${P("oauth_client_secret", R.str(ALNUM, 32))}
        redirect_uris: [io.larkspur.mobile://callback]
`,
);

emit(
  "apps/api-gateway/clients/partner_client.py",
  `"""Thin client for the partner gateway (AWS API Gateway) and the Azure APIM mirror."""
import requests

AWS_GW = "https://abc123def4.execute-api.eu-west-1.amazonaws.com/prod"
APIM = "https://larkspur-apim.azure-api.net/partner/v1"

SESSION = requests.Session()
SESSION.headers.update({"x-api-key": "${P("aws_api_gateway_key", R.str(BASE62, 40))}"})


def shipments(since: str) -> list:
    r = SESSION.get(f"{AWS_GW}/shipments", params={"since": since}, timeout=20)
    r.raise_for_status()
    return r.json()


def shipments_apim(since: str) -> list:
    r = requests.get(
        f"{APIM}/shipments",
        params={"since": since},
        headers={"Ocp-Apim-Subscription-Key": "${P("azure_apim_subscription_key", R.hex(32))}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()
`,
);

emit(
  "apps/api-gateway/openapi.yaml",
  `openapi: 3.0.3
info:
  title: Larkspur Partner API
  version: 2.4.0
servers:
  - url: https://gw.larkspur.io/partner
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: x-api-key
paths:
  /shipments:
    get:
      security:
        - ApiKeyAuth: []
      parameters:
        - name: x-api-key
          in: header
          required: true
          schema: { type: string }
          example: ${N("aws_api_gateway_key", "YOUR_API_KEY", { note: "docs placeholder" })}
      responses:
        "200":
          description: OK
      x-codeSamples:
        - lang: curl
          source: curl -H "x-api-key: ${N("aws_api_gateway_key", "x".repeat(40), { note: "placeholder of the right length" })}" https://gw.larkspur.io/partner/shipments
`,
);

// ---- Legacy Windows app (CRLF) ----------------------------------------------------------------------
emit(
  "apps/legacy-intranet/Web.config",
  `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ida:ClientId" value="${U("azure_client_id", R.uuid(), "Entra client id")}" />
    <add key="ida:ClientSecret" value="${P("azure_ad_client_secret", V.azureLegacySecret(), { note: "legacy 44-char base64 secret format" })}" />
    <add key="ida:TenantId" value="${N("azure_tenant_id", R.uuid(), { note: "tenant id" })}" />
    <add key="ida:PostLogoutRedirectUri" value="https://intranet.corp.larkspur.io/" />
  </appSettings>
  <connectionStrings>
    <add name="IntranetDb" connectionString="Server=sql01.corp.larkspur.io;Database=Intranet;User Id=intranet_app;Password=${P("mssql_password", pw.word())};Encrypt=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="${P("aspnet_machine_key", R.hex(128).toUpperCase())}" decryptionKey="${P("aspnet_machine_key", R.hex(64).toUpperCase())}" validation="HMACSHA256" decryption="AES" />
    <authentication mode="None" />
  </system.web>
</configuration>
`,
  { crlf: true },
);

emit(
  "apps/legacy-intranet/deploy.ps1",
  `# Deploys the intranet to the IIS farm and refreshes its Graph permissions.
param([string]$Environment = "prod")

$TenantId = "${N("azure_tenant_id", R.uuid(), { note: "tenant id" })}"
$AppId    = "${U("azure_client_id", R.uuid(), "Entra client id")}"

# the pipeline sets this; the literal is for running it from the jump host
if (-not $env:AZURE_CLIENT_SECRET) {
    $secret = ConvertTo-SecureString "${P("azure_ad_client_secret", V.azureSecret())}" -AsPlainText -Force
} else {
    $secret = ConvertTo-SecureString ${N("azure_ad_client_secret", "$env:AZURE_CLIENT_SECRET", { note: "env reference" })} -AsPlainText -Force
}
$cred = New-Object System.Management.Automation.PSCredential($AppId, $secret)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

Invoke-Command -ComputerName web01, web02 -ScriptBlock {
    Import-Module WebAdministration
    Restart-WebAppPool -Name "Intranet"
}
`,
  { crlf: true },
);

emit(
  "scripts/windows/join-domain.bat",
  `@echo off
REM Join a new lab VM to CORP and register it with the Duo RDP agent.
set DOMAIN=corp.larkspur.io
set JOINUSER=CORP\\svc-domainjoin
set JOINPASS=${P("ad_service_account_password", pw.word().replace("^", "#"), { note: "no ^ so cmd.exe keeps it verbatim" })}

netdom join %COMPUTERNAME% /domain:%DOMAIN% /userd:%JOINUSER% /passwordd:%JOINPASS% /reboot:30

msiexec /i DuoWindowsLogon64.msi IKEY="${U("duo_integration_key", V.duoIkey(), "Duo ikey")}" SKEY="${P("duo_secret_key", V.duoSkey())}" HOST="${V.duoHost()}" AUTOPUSH="#1" FAILOPEN="#0" /qn
`,
  { crlf: true },
);

// ---- CI ------------------------------------------------------------------------------------------
emit(
  ".github/workflows/deploy-portal.yml",
  `name: deploy-portal
on:
  push:
    branches: [main]
    paths: ["apps/portal/**"]

permissions:
  id-token: write
  contents: read

env:
  VAULT_ADDR: https://vault.larkspur.internal:8200
  VAULT_TOKEN: ${N("vault_token", "${{ secrets.VAULT_TOKEN }}", { note: "GitHub Actions secret reference" })}
  DOPPLER_TOKEN: ${P("doppler_service_token", V.doppler("st", "prd_ci"))}

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${N("git_commit_sha", R.hex(40), { note: "pinned action SHA" })} # v4.1.1
      - uses: 1password/load-secrets-action@v2
        with:
          export-env: true
        env:
          OP_SERVICE_ACCOUNT_TOKEN: ${P("onepassword_service_account_token", V.opsToken())}
          OKTA_API_TOKEN: ${N("onepassword_reference", "op://Identity/okta-portal-prod/api-token", { note: "secret reference" })}
      - name: Tag release on the mirror
        run: |
          git remote add mirror https://x-access-token:${P("github_app_installation_token", V.gh("ghs_"), { note: "token in git remote URL" })}@github.com/larkspur-labs/portal-mirror.git
          git push mirror HEAD:refs/heads/main --tags
      - run: doppler run -- pnpm --filter portal deploy
`,
);

emit(
  ".github/workflows/scim-sync.yml",
  `name: scim-sync
on:
  schedule:
    - cron: "15 2 * * *"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: [self-hosted, identity]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Configure npm for the private registry
        run: |
          echo "//registry.npmjs.org/:_authToken=${P("npm_token", V.npm())}" >> ~/.npmrc
          echo "@larkspur:registry=https://npm.pkg.github.com" >> ~/.npmrc
          echo "//npm.pkg.github.com/:_authToken=${N("github_pat", "${{ secrets.GITHUB_TOKEN }}", { note: "Actions secret reference" })}" >> ~/.npmrc
      - run: npm ci && node scripts/scim/run.js
        env:
          SCIM_TOKEN: ${N("scim_token", "${{ secrets.SCIM_TOKEN }}", { note: "Actions secret reference" })}
          GH_REFRESH_TOKEN: ${P("github_refresh_token", V.gh("ghr_"))}
`,
);

emit(
  ".gitlab-ci.yml",
  `stages: [lint, test, deploy]

variables:
  VAULT_ADDR: "https://vault.larkspur.internal:8200"
  VAULT_ROLE_ID: "${U("vault_approle_role_id", R.uuid(), "AppRole role_id")}"
  VAULT_SECRET_ID: "${P("vault_approle_secret_id", R.uuid())}"
  INFISICAL_TOKEN: "${P("infisical_service_token", V.infisical())}"

lint:
  stage: lint
  image: python:3.12
  script:
    - pip install ruff && ruff check scripts/

deploy-keycloak-theme:
  stage: deploy
  image: registry.larkspur.io/platform/deployer:1.9
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.larkspur.internal
  script:
    - export VAULT_TOKEN="$(vault write -field=token auth/jwt/login role=ci jwt=${N("jwt", "$VAULT_ID_TOKEN", { note: "CI variable reference" })})"
    - export BWS_ACCESS_TOKEN="${P("bitwarden_access_token", V.bws())}"
    - bws run -- ./deploy-theme.sh
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
`,
);

// ---- Ops: systemd, cron, Docker, Ansible, notebooks, editor configs -------------------------------
emit(
  "ops/systemd/vault-agent.service",
  `[Unit]
Description=Vault Agent (hr-sync)
After=network-online.target
Wants=network-online.target

[Service]
User=vault-agent
Environment=VAULT_ADDR=https://vault.larkspur.internal:8200
Environment=VAULT_TOKEN=${P("vault_token", V.vaultLegacy(), { note: "legacy s. token format" })}
ExecStart=/usr/bin/vault agent -config=/etc/vault-agent/hr-sync.hcl
Restart=on-failure
LimitMEMLOCK=infinity

[Install]
WantedBy=multi-user.target
`,
);

emit(
  "ops/cron/identity-backups.cron",
  `# m h dom mon dow  command
MAILTO=identity-oncall@larkspur.io
# nightly Keycloak realm export + upload
30 1 * * * root /opt/kc/bin/kc.sh export --dir /backup/kc --realm larkspur && curl -sf -u svc-backup:${P("http_basic_auth_password", pw.url(20))} -T /backup/kc/larkspur-realm.json https://backup.larkspur.io/upload/kc/
# prune
15 4 * * 0 root find /backup/kc -mtime +30 -delete
`,
);

emit(
  "ops/bastion/.bash_history",
  `sudo systemctl status sssd
kinit admin/admin@STAGE.LARKSPUR.IO
klist
vault login -method=ldap username=jmorales
vault token lookup
export VAULT_TOKEN=${P("vault_token", V.vault(), { note: "token in shell history" })}
vault kv get -field=bind_password secret/identity/ldap
ldapsearch -H ldaps://dc01.corp.larkspur.io -D "CN=svc-sssd,OU=Service Accounts,DC=corp,DC=larkspur,DC=io" -w '${P("ldap_bind_password", pw.rnd(16), { note: "ldapsearch -w in shell history" })}' -b "OU=Staff,DC=corp,DC=larkspur,DC=io" "(sAMAccountName=jmorales)" memberOf
history -c
`,
);

emit(
  "docker-compose.yml",
  `# Partner demo environment (runs on demo-01.larkspur.io via "docker compose up -d")
# Keycloak + Postgres + OpenLDAP; Vault in dev mode for the integration tests only
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: keycloak
      POSTGRES_PASSWORD: ${P("postgres_password", pw.alnum(20))}
      POSTGRES_DB: keycloak

  keycloak:
    image: quay.io/keycloak/keycloak:24.0
    command: start-dev --import-realm
    environment:
      KC_DB: postgres
      KC_DB_URL: jdbc:postgresql://postgres/keycloak
      KC_DB_USERNAME: keycloak
      KC_DB_PASSWORD: ${N("postgres_password", "${POSTGRES_PASSWORD}", { note: "compose interpolation" })}
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: ${P("keycloak_admin_password", pw.word())}
    ports: ["8080:8080"]
    volumes:
      - ./deploy/keycloak:/opt/keycloak/data/import:ro

  openldap:
    image: bitnami/openldap:2.6
    environment:
      LDAP_ADMIN_USERNAME: admin
      LDAP_ADMIN_PASSWORD: ${P("ldap_admin_password", pw.rnd(16))}
      LDAP_ROOT: dc=demo,dc=larkspur,dc=io

  vault:
    image: hashicorp/vault:1.15
    cap_add: [IPC_LOCK]
    environment:
      VAULT_DEV_ROOT_TOKEN_ID: ${N("vault_token", "root", { note: "dev-mode root token" })}
    ports: ["8200:8200"]
`,
);

emit(
  "apps/hr-sync/Dockerfile",
  `FROM python:3.12-slim AS base
WORKDIR /app
ARG NPM_TOKEN
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# TODO: inject at runtime instead of baking into the image
ENV VAULT_ADDR=https://vault.larkspur.internal:8200 \\
    VAULT_TOKEN=${P("vault_token", V.vault(), { note: "ENV in Dockerfile" })}
ENV NPM_CONFIG_TOKEN=${N("npm_token", "$NPM_TOKEN", { note: "build-arg reference" })}
USER 1000
CMD ["python", "-m", "hr_sync"]
`,
);

emit(
  "ops/ansible/group_vars/idp/vars.yml",
  `---
idp_hostname: sso.larkspur.io
keycloak_version: "24.0.1"
keycloak_admin_user: admin
keycloak_admin_password: ${N("keycloak_admin_password", '"{{ vault_keycloak_admin_password }}"', { note: "Ansible vault variable reference" })}
keycloak_db_password: !vault |
          ${N("ansible_vault_ciphertext", indentCont(`$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => R.hex(80)).join("\n")}`, "          "), { note: "inline ansible-vault value" })}

ldap_bind_dn: CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=larkspur,DC=io
ldap_bind_password: ${N("ldap_bind_password", '"{{ vault_ldap_bind_password }}"', { note: "Ansible vault variable reference" })}

duo_ikey: ${U("duo_integration_key", V.duoIkey(), "Duo ikey")}
duo_skey: ${P("duo_secret_key", V.duoSkey(), { note: "should have been in vault.yml" })}
duo_akey: ${P("duo_application_key", R.hex(40), { note: "Duo Web SDK v2 application key" })}
duo_host: ${V.duoHost()}
`,
);

{
  const tok = V.oktaToken();
  const masked = tok.slice(0, 6) + "*".repeat(30) + tok.slice(-6);
  const nb = {
    cells: [
      {
        cell_type: "markdown",
        metadata: {},
        source: ["# Okta admin audit — inactive users\n", "Lists users with no login in 90 days."],
      },
      {
        cell_type: "code",
        execution_count: 1,
        metadata: {},
        outputs: [],
        source: [
          "import requests, pandas as pd\n",
          'OKTA = "https://larkspur.okta.com"\n',
          `TOKEN = "${P("okta_api_token", tok, { note: "in notebook source" })}"\n`,
          'H = {"Authorization": f"SSWS {TOKEN}", "Accept": "application/json"}',
        ],
      },
      {
        cell_type: "code",
        execution_count: 2,
        metadata: {},
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: [
              `using token ${N("okta_api_token", masked, { note: "masked print of the same token" })}\n`,
            ],
          },
        ],
        source: ['print("using token", TOKEN[:6] + "*" * 30 + TOKEN[-6:])'],
      },
      {
        cell_type: "code",
        execution_count: 3,
        metadata: {},
        outputs: [],
        source: [
          'users = requests.get(f"{OKTA}/api/v1/users?filter=status eq \\"ACTIVE\\"", headers=H).json()\n',
          'df = pd.DataFrame([{"login": u["profile"]["login"], "last": u["lastLogin"]} for u in users])\n',
          'df[df["last"] < "2023-12-01"]',
        ],
      },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.6" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  emit("ops/notebooks/okta-inactive-users.ipynb", `${JSON.stringify(nb, null, 1)}\n`);
}

emit(
  ".vscode/settings.json",
  `${JSON.stringify(
    {
      "editor.formatOnSave": true,
      "rest-client.environmentVariables": {
        $shared: { oktaOrg: "https://larkspur.okta.com" },
        prod: {
          oktaToken: P("okta_api_token", V.oktaToken(), {
            note: "REST Client environment in editor settings",
          }),
          vaultToken: P("vault_token", V.vault()),
        },
        dev: {
          oktaToken: N("okta_api_token", "{{$dotenv OKTA_API_TOKEN}}", {
            note: "REST Client dotenv reference",
          }),
          vaultToken: N("vault_token", "{{$processEnv VAULT_TOKEN}}", { note: "process env reference" }),
        },
      },
      "files.exclude": { "**/.terraform": true },
    },
    null,
    2,
  )}\n`,
);

// ---- Mobile / Apple Sign in ----------------------------------------------------------------------
emit(
  "apps/mobile/keys/AuthKey_7QX4M2K9LP.p8",
  `${P("ec_private_key", ecApple.pkcs8Pem, { note: "Sign in with Apple .p8 key" })}\n`,
);
emit(
  "apps/mobile/ios/Larkspur/Auth0.plist",
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>ClientId</key>
    <string>${U("auth0_client_id", V.auth0ClientId(), "native app client id, public")}</string>
    <key>Domain</key>
    <string>larkspur-prod.us.auth0.com</string>
</dict>
</plist>
`,
);

// ---- Google service account ---------------------------------------------------------------------
emit(
  "apps/hr-sync/credentials/workspace-directory-sa.json",
  `{
  "type": "service_account",
  "project_id": "larkspur-directory",
  "private_key_id": "${N("private_key_id", R.hex(40), { note: "key id, not the key" })}",
  "private_key": "${P("google_service_account_key", `${rsaGsa.pkcs8Pem.replace(/\n/g, "\\n")}\\n`, { note: "PEM with \\n escapes inside JSON" })}",
  "client_email": "directory-sync@larkspur-directory.iam.gserviceaccount.com",
  "client_id": "${R.digits(21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/directory-sync%40larkspur-directory.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
);

// ---- HR sync app config (TOML) with GitHub OAuth tokens -----------------------------------------------
emit(
  "apps/hr-sync/config/prod.toml",
  `[hr_sync]
schedule = "0 2 * * *"
dry_run = false

[github]
org = "larkspur-labs"
# OAuth app user token of the bot account (from the device flow)
token = "${P("github_oauth_token", V.gh("gho_"))}"
# GitHub App user-to-server token used for team sync
app_user_token = "${P("github_user_to_server_token", V.gh("ghu_"))}"
fine_grained_pat = "${P("github_fine_grained_pat", V.ghFine())}"

[okta]
org_url = "https://larkspur.okta.com"
api_token = "${N("okta_api_token", "REDACTED", { note: "redacted" })}"

[ldap]
url = "ldaps://dc01.corp.larkspur.io"
bind_dn = "CN=svc-hrsync,OU=Service Accounts,DC=corp,DC=larkspur,DC=io"
bind_password = "${N("ldap_bind_password", "********", { note: "masked" })}"

[export]
# data key wrapped by Vault transit (hr-export); safe to commit
wrapped_key = "${N("vault_transit_ciphertext", V.transit(), { note: "transit ciphertext" })}"
`,
);

emit(
  ".npmrc",
  `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${P("npm_token", V.npm())}
@larkspur:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${N("github_pat", "${GITHUB_TOKEN}", { note: "env interpolation" })}
save-exact=true
`,
);

emit(
  "package-lock.json",
  `${JSON.stringify(
    {
      name: "larkspur-identity",
      version: "0.0.0",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": {
          name: "larkspur-identity",
          version: "0.0.0",
          devDependencies: { jose: "^5.2.3", "openid-client": "^5.6.5" },
        },
        "node_modules/jose": {
          version: "5.2.3",
          resolved: "https://registry.npmjs.org/jose/-/jose-5.2.3.tgz",
          integrity: N("lockfile_integrity", V.sha512int(), { note: "SRI hash" }),
          dev: true,
          funding: { url: "https://github.com/sponsors/panva" },
        },
        "node_modules/openid-client": {
          version: "5.6.5",
          resolved: "https://registry.npmjs.org/openid-client/-/openid-client-5.6.5.tgz",
          integrity: N("lockfile_integrity", V.sha512int(), { note: "SRI hash" }),
          dev: true,
        },
      },
    },
    null,
    2,
  )}\n`,
);

// ---- Tests ------------------------------------------------------------------------------------------
emit(
  "tests/integration/test_vault_login.py",
  `"""Integration tests against a dev-mode Vault started by docker-compose."""
import os

import hvac
import pytest

VAULT_ADDR = os.environ.get("VAULT_ADDR", "http://127.0.0.1:8200")
DEV_ROOT_TOKEN = "${N("vault_token", "root", { note: "dev-mode token" })}"
BOGUS_TOKEN = "${N("vault_token", `hvs.${"X".repeat(24)}`, { note: "placeholder" })}"
TRUNCATED = "${N("vault_token", `hvs.${R.str(BASE62, 6)}`, { note: "too short" })}"
NIL_SECRET_ID = "${N("vault_approle_secret_id", "00000000-0000-0000-0000-000000000000", { note: "nil UUID" })}"


@pytest.fixture
def client():
    return hvac.Client(url=VAULT_ADDR, token=DEV_ROOT_TOKEN)


def test_bogus_token_rejected():
    c = hvac.Client(url=VAULT_ADDR, token=BOGUS_TOKEN)
    assert not c.is_authenticated()


def test_approle_login_fails_with_nil_secret(client):
    client.sys.enable_auth_method("approle")
    with pytest.raises(hvac.exceptions.InvalidRequest):
        client.auth.approle.login(role_id="test", secret_id=NIL_SECRET_ID)
`,
);

emit(
  "tests/fixtures/saml/response_signed.xml",
  `<?xml version="1.0" encoding="UTF-8"?>
<!-- captured from the Okta preview org for parser tests; the assertion has expired -->
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="id${R.digits(20)}" Version="2.0" IssueInstant="2024-02-20T10:00:00.000Z" Destination="https://hub.larkspur.io/saml/acs/">
  <saml:Issuer>http://www.okta.com/exk${R.str(ALNUM, 17)}</saml:Issuer>
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#id${R.digits(20)}">
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>${N("xml_digest", R.b64(32), { note: "digest value" })}</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>${N("xml_signature", R.b64(256), { note: "signature value" })}</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${N("x509_certificate", certIdp.b64, { note: "IdP certificate" })}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
</samlp:Response>
`,
);

// ================================================================= write + self-check
if (pending.size) throw new Error(`unused markers: ${[...pending.keys()].join(",")}`);
const FILES_DIR = path.join(HERE, "files");
fs.rmSync(FILES_DIR, { recursive: true, force: true });
for (const f of ["labels.json", "neutrals.json"]) fs.rmSync(path.join(HERE, f), { force: true });
for (const [rel, content] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
  const p = path.join(FILES_DIR, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}
const byPos = (a, b) => a.file.localeCompare(b.file) || a.line - b.line;
labels.sort(byPos);
neutrals.sort(byPos);
fs.writeFileSync(path.join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);
fs.writeFileSync(path.join(HERE, "neutrals.json"), `${JSON.stringify(neutrals, null, 2)}\n`);

const errors = [];
const occursOnLine = (content, secret, line) => {
  let start = 0;
  for (let i = 1; i < line; i++) {
    start = content.indexOf("\n", start) + 1;
    if (start === 0) return false;
  }
  let end = content.indexOf("\n", start);
  if (end < 0) end = content.length;
  for (let i = content.indexOf(secret, start); i >= 0 && i <= end; i = content.indexOf(secret, i + 1))
    if (i >= start && i <= end) return true;
  return false;
};
for (const l of [...labels, ...neutrals]) {
  const content = fs.readFileSync(path.join(FILES_DIR, l.file), "utf8");
  if (!l.secret) {
    if (!("positive" in l) || l.positive) errors.push(`empty value ${l.file}:${l.line}`);
    continue;
  }
  if (!occursOnLine(content, l.secret, l.line))
    errors.push(`not found on its line: ${l.file}:${l.line} ${l.type}`);
}
for (const [rel] of files)
  if (/\.(json|ipynb|tfstate)$/.test(rel)) {
    try {
      JSON.parse(fs.readFileSync(path.join(FILES_DIR, rel), "utf8"));
    } catch (e) {
      errors.push(`JSON does not parse: ${rel}: ${e.message}`);
    }
  }
const posVals = new Map();
for (const l of labels.filter((l) => l.positive)) {
  if (posVals.has(l.secret))
    errors.push(`duplicate positive value ${l.file}:${l.line} and ${posVals.get(l.secret)}`);
  posVals.set(l.secret, `${l.file}:${l.line}`);
}
for (const l of labels.filter((l) => !l.positive))
  if (posVals.has(l.secret)) errors.push(`negative equals a positive: ${l.file}:${l.line}`);
for (const n of neutrals)
  if (posVals.has(n.secret)) errors.push(`neutral equals a positive: ${n.file}:${n.line}`);
for (const l of labels) if (!/^[a-z0-9_]+$/.test(l.type)) errors.push(`bad type ${l.type}`);
// format checks on our own generators
for (const l of labels.filter((l) => /^gh[pousr]_/.test(l.secret) && l.secret.length === 40)) {
  const ok = base62(crc32(l.secret.slice(4, 34)), 6) === l.secret.slice(34);
  if (ok !== l.positive) errors.push(`github checksum expectation wrong at ${l.file}:${l.line}`);
}

const pos = labels.filter((l) => l.positive).length;
console.log(
  `seed=${SEED} files=${files.size} labels=${labels.length} positives=${pos} negatives=${labels.length - pos} neutrals=${neutrals.length}`,
);
if (errors.length) {
  console.error(errors.join("\n"));
  process.exit(1);
}

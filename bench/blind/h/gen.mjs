#!/usr/bin/env node
// Blind cloud-provider credential corpus generator.
// Usage: node gen.mjs [seed]   (Node 20+, node:crypto only)
// Rewrites ./files/ and ./labels.json next to this script, then self-checks.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = process.argv[2] ?? "blind3h-cloud-2025";
const OUT = path.join(HERE, "files");

// ---------------------------------------------------------------- seeded RNG
class Rng {
  constructor(seed) {
    this.key = crypto.createHash("sha256").update(String(seed)).digest();
    this.ctr = 0;
    this.buf = Buffer.alloc(0);
  }
  bytes(n) {
    while (this.buf.length < n) {
      const c = Buffer.alloc(8);
      c.writeBigUInt64BE(BigInt(this.ctr++));
      this.buf = Buffer.concat([this.buf, crypto.createHmac("sha256", this.key).update(c).digest()]);
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return Buffer.from(out);
  }
  int(n) {
    // uniform in [0,n)
    const lim = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const v = this.bytes(4).readUInt32BE(0);
      if (v < lim) return v % n;
    }
  }
  str(alpha, n) {
    let s = "";
    for (let i = 0; i < n; i++) s += alpha[this.int(alpha.length)];
    return s;
  }
  pick(a) {
    return a[this.int(a.length)];
  }
}
const R = new Rng(SEED);
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LO = "abcdefghijklmnopqrstuvwxyz",
  DIG = "0123456789";
const ALNUM = UP + LO + DIG,
  B64 = `${ALNUM}+/`,
  B64URL = `${ALNUM}-_`,
  HEX = "0123456789abcdef";
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const hex = (n) => R.str(HEX, n);
const uuid = () => {
  const b = R.bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const digits = (n) => String(1 + R.int(9)) + R.str(DIG, n - 1);

// ---------------------------------------------------------------- checksums
function marvin32(data, seed) {
  const [hi, lo] = marvin64(data, seed);
  return (hi ^ lo) >>> 0;
}
function marvin64(data, seed) {
  // Microsoft Marvin32 (64-bit state); ComputeHash32 = hi ^ lo
  let p0 = Number(seed & 0xffffffffn) >>> 0,
    p1 = Number(seed >> 32n) >>> 0;
  const rot = (v, s) => ((v << s) | (v >>> (32 - s))) >>> 0;
  const block = () => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rot(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = rot(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rot(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = rot(p1, 19);
  };
  let i = 0;
  const n = data.length;
  for (; i + 4 <= n; i += 4) {
    p0 = (p0 + data.readUInt32LE(i)) >>> 0;
    block();
  }
  const rem = n - i;
  if (rem === 0) p0 = (p0 + 0x80) >>> 0;
  else if (rem === 1) p0 = (p0 + (0x8000 | data[i])) >>> 0;
  else if (rem === 2) p0 = (p0 + (0x800000 | data.readUInt16LE(i))) >>> 0;
  else p0 = (p0 + ((0x80000000 | (data[i + 2] << 16) | data.readUInt16LE(i)) >>> 0)) >>> 0;
  block();
  block();
  return [p1, p0];
}
const CRC_T = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
const crc32 = (b) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC_T[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function base32(buf, alpha = B32) {
  let bits = 0,
    val = 0,
    out = "";
  for (const x of buf) {
    val = (val << 8) | x;
    bits += 8;
    while (bits >= 5) {
      out += alpha[(val >>> (bits - 5)) & 31];
      bits -= 5;
    }
    val &= (1 << bits) - 1;
  }
  if (bits) out += alpha[(val << (5 - bits)) & 31];
  return out;
}
function unbase32(s, alpha = B32) {
  let bits = 0,
    val = 0;
  const out = [];
  for (const ch of s.toUpperCase()) {
    val = (val << 5) | alpha.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((val >>> (bits - 8)) & 0xff);
      bits -= 8;
      val &= (1 << bits) - 1;
    }
  }
  return Buffer.from(out);
}

// known-answer tests (Marvin vectors used by .NET / microsoft/security-utilities tests; CRC-32 check value)
{
  const S0 = 0x004fb61a001bdbccn,
    h = (d, s) => {
      const [a, b] = marvin64(Buffer.from(d), s);
      return ((BigInt(a) << 32n) | BigInt(b)).toString(16).padStart(16, "0");
    };
  const kat = [
    [[], S0, "30ed35c100cd3c7d"],
    [[175], S0, "48e73fc77d75ddc1"],
    [[231, 15], S0, "b5f6e1fc485dbff8"],
    [[55, 244, 149], S0, "f0b07c789b8cf7e8"],
    [[134, 66, 220, 89], S0, "7008f2e87e9cf556"],
    ["abc", 0xd53cd9cecd0893b7n, "22c74339492769bf"],
    ["abcdefghijklmnopqrstuvwxyz", 0xddddeeeeffff000n, "a128eb7e7260aca2"],
  ];
  for (const [d, s, want] of kat)
    if (h(d, s) !== want) throw new Error(`Marvin KAT failed for ${JSON.stringify(d)}`);
  if (marvin32(Buffer.from("abc"), 0xd53cd9cecd0893b7n) !== 0x6be02a86) throw new Error("Marvin32 fold KAT");
  if (crc32(Buffer.from("123456789")) !== 0xcbf43926) throw new Error("CRC32 KAT");
}

// ---------------------------------------------------------------- Microsoft identifiable keys
const SEEDS = {
  storage: 0x44656661756c7430n, // 'Default0'  (AzureStorageAccountChecksumSeed, also VersionTwoChecksumSeed)
  cosmosRW: 0x4d61737452573030n, // 'MastRW00'
  sbManage: 0x4d616e6167653030n, // 'Manage00'
  acr: 0x41435244666c7430n, // 'ACRDflt0'
  aad: 0x4161645077643030n, // 'AadPwd00'
};
// Build a standard-base64 identifiable key: random prefix, 4-char signature, then Marvin32 checksum in the last 4 bytes.
function identKey(totalChars, sigOffset, sig, seed, pad) {
  const prefix = R.str(B64, sigOffset);
  const draft = prefix + sig + "A".repeat(totalChars - sigOffset - 4 - pad) + "=".repeat(pad);
  const bytes = Buffer.from(draft, "base64");
  bytes.writeUInt32LE(marvin32(bytes.subarray(0, bytes.length - 4), seed), bytes.length - 4);
  const key = bytes.toString("base64");
  if (key.length !== totalChars || !key.startsWith(prefix + sig)) throw new Error(`identKey layout ${key}`);
  return key;
}
function validateIdentKey(key, seed, sig) {
  // mirrors IdentifiableSecrets.ValidateBase64Key
  const b = Buffer.from(key, "base64");
  if (b.readUInt32LE(b.length - 4) !== marvin32(b.subarray(0, b.length - 4), seed)) return false;
  const t = key.replace(/=+$/, "");
  return t.substr(t.length - 10, 4) === sig;
}
const AAD_SET = `${LO + UP}1234567890.-_~`;
function aadEncode(v) {
  let s = "";
  while (v > 0) {
    s += AAD_SET[v % AAD_SET.length];
    v = Math.floor(v / AAD_SET.length);
  }
  while (s.length < 6) s += AAD_SET[0];
  return [...s].reverse().join("");
}
function aadSecret() {
  // current '8Q~' format, 40 chars, 3-char Marvin checksum prefix
  const body = `${R.str(AAD_SET, 3)}8Q~${R.str(AAD_SET, 31)}`;
  return body + aadEncode(marvin32(Buffer.from(body, "latin1"), SEEDS.aad)).slice(0, 3);
}
const validateAad = (s) =>
  s.length === 40 &&
  s.substr(3, 3) === "8Q~" &&
  aadEncode(marvin32(Buffer.from(s.slice(0, 37), "latin1"), SEEDS.aad)).slice(0, 3) === s.slice(37);
function adoLegacyPat() {
  // 52 chars [a-z2-7], CRC32 ^ AdoUserPatChecksumSeed scattered at bytes 22,8,7,2
  const b = Buffer.alloc(32);
  const tok = R.bytes(28);
  tok.copy(b, 0, 0, 2);
  tok.copy(b, 3, 2, 6);
  tok.copy(b, 9, 6, 19);
  tok.copy(b, 23, 19, 28);
  const c = (crc32(tok) ^ 0xe0b9692d) >>> 0;
  b[22] = c & 0xff;
  b[8] = (c >>> 8) & 0xff;
  b[7] = (c >>> 16) & 0xff;
  b[2] = c >>> 24;
  return base32(b).toLowerCase();
}
function validateAdoLegacy(s) {
  const b = unbase32(s).subarray(0, 32);
  const tok = Buffer.concat([b.subarray(0, 2), b.subarray(3, 7), b.subarray(9, 22), b.subarray(23, 32)]);
  const emb = (b[22] | (b[8] << 8) | (b[7] << 16) | (b[2] << 24)) >>> 0;
  return emb === (crc32(tok) ^ 0xe0b9692d) >>> 0;
}
function adoCaskPat() {
  // 84-char common annotated security key, ...JQQJ99<Y><M><platform12><provider4>AZDO<chk4>
  for (;;) {
    const rnd = R.str(ALNUM, 52);
    const date = `99${R.pick("BC")}${UP[R.int(12)]}`;
    const plat = Buffer.alloc(9);
    plat[1] = 0x20 + R.int(0x20);
    const prov = Buffer.from([0, 0, 1 + R.int(40)]);
    const head = `${rnd}JQQJ${date}${plat.toString("base64")}${prov.toString("base64")}AZDO`;
    if (!/^[A-Za-z0-9]{80}$/.test(head)) continue;
    const bytes = Buffer.from(head, "base64"); // 60 bytes
    const c = Buffer.alloc(4);
    c.writeUInt32LE(marvin32(bytes, SEEDS.storage));
    const tail = c.toString("base64").slice(0, 4);
    if (/[+/]/.test(tail)) continue;
    return head + tail;
  }
}
function validateCask(s) {
  if (!/^[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}$/.test(s))
    return false;
  const full = Buffer.alloc(64);
  Buffer.from(s, "base64").copy(full);
  const c = Buffer.alloc(4);
  c.writeUInt32LE(marvin32(full.subarray(0, 60), SEEDS.storage));
  return c.toString("base64").startsWith(s.slice(80));
}

// ---------------------------------------------------------------- AWS
function awsKeyId(prefix, account) {
  // key id encodes the account id: ((bytes0..5 & 0x7fffffffff80) >> 7)
  const z = (BigInt(R.int(2)) << 47n) | (BigInt(account) << 7n) | BigInt(R.int(128));
  const b = Buffer.alloc(10);
  b.writeUIntBE(Number(z), 0, 6);
  R.bytes(4).copy(b, 6);
  return prefix + base32(b);
}
const awsAccountOf = (id) =>
  Number((BigInt(`0x${unbase32(id.slice(4)).subarray(0, 6).toString("hex")}`) & 0x7fffffffff80n) >> 7n);
const awsSecret = () => R.bytes(30).toString("base64");
const awsSessionToken = () =>
  Buffer.concat([
    Buffer.from([0x21, 0x0a, 0x09]),
    Buffer.from("origin_ec"),
    R.bytes(560 + R.int(120)),
  ]).toString("base64");
const awsStsLegacyToken = () =>
  Buffer.concat([Buffer.from([0x17, 0x0a, 0x06]), Buffer.from("er/aws"), R.bytes(250 + R.int(60))]).toString(
    "base64",
  );
const kmsBlob = () => Buffer.concat([Buffer.from([1, 2, 2, 0, 0x78]), R.bytes(180)]).toString("base64");

// ---------------------------------------------------------------- RSA keys from the seed (BigInt primes -> JWK -> node:crypto PEM)
const SMALL = (() => {
  const p = [];
  for (let n = 3; p.length < 300; n += 2) if (p.every((q) => n % q)) p.push(n);
  return p;
})();
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
const big = (bytes) => BigInt(`0x${bytes.toString("hex")}`);
function isProbablePrime(n) {
  for (const p of SMALL) if (n % BigInt(p) === 0n) return n === BigInt(p);
  let d = n - 1n,
    s = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    s++;
  }
  for (let k = 0; k < 24; k++) {
    const a = 2n + (big(R.bytes(64)) % (n - 4n));
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
function prime(bits) {
  const b = R.bytes(bits / 8);
  b[0] |= 0xc0;
  b[b.length - 1] |= 1;
  let n = big(b);
  for (; ; n += 2n) if ((n - 1n) % 65537n !== 0n && isProbablePrime(n)) return n;
}
function modInv(a, m) {
  let [o, r] = [a % m, m],
    [x0, x1] = [1n, 0n];
  while (r) {
    const q = o / r;
    [o, r] = [r, o - q * r];
    [x0, x1] = [x1, x0 - q * x1];
  }
  return ((x0 % m) + m) % m;
}
const b64u = (n) => {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, "hex").toString("base64url");
};
function rsaKey() {
  let p = prime(1024),
    q = prime(1024);
  if (p < q) [p, q] = [q, p];
  const e = 65537n,
    d = modInv(e, (p - 1n) * (q - 1n));
  const jwk = {
    kty: "RSA",
    n: b64u(p * q),
    e: b64u(e),
    d: b64u(d),
    p: b64u(p),
    q: b64u(q),
    dp: b64u(d % (p - 1n)),
    dq: b64u(d % (q - 1n)),
    qi: b64u(modInv(q, p)),
  };
  const key = crypto.createPrivateKey({ key: jwk, format: "jwk" });
  const pem = key.export({ type: "pkcs8", format: "pem" }).trim();
  const spki = crypto.createPublicKey(key).export({ type: "spki", format: "der" });
  return { pem, md5: crypto.createHash("md5").update(spki).digest("hex").match(/../g).join(":") };
}

// ---------------------------------------------------------------- corpus builder
const files = new Map();
const labels = [];
const P = (type, secret, decoded = null) => ({ type, secret, decoded, positive: true });
const N = (type, secret) => ({ type, secret, decoded: null, positive: false });
function file(p) {
  const lines = [];
  files.set(p, lines);
  const f = {
    l(text, ...labs) {
      const ln = lines.length + 1;
      lines.push(...String(text).split("\n"));
      for (const x of labs) labels.push({ file: p, line: ln, ...x });
      return f;
    },
  };
  return f;
}

// =============================================================== AWS
const acct1 = Number(digits(12)),
  acct2 = Number(digits(12)),
  acct3 = Number(digits(12));
{
  const k1 = awsKeyId("AKIA", acct1),
    s1 = awsSecret(),
    k2 = awsKeyId("AKIA", acct2),
    s2 = awsSecret();
  const t1 = awsKeyId("ASIA", acct1),
    ts1 = awsSecret(),
    tok1 = awsSessionToken();
  file("home/.aws/credentials")
    .l("[default]")
    .l(`aws_access_key_id = ${k1}`, P("aws-access-key-id", k1))
    .l(`aws_secret_access_key = ${s1}`, P("aws-secret-access-key", s1))
    .l("")
    .l("[legacy-ci]")
    .l(`aws_access_key_id=${k2}`, P("aws-access-key-id", k2))
    .l(`aws_secret_access_key=${s2}`, P("aws-secret-access-key", s2))
    .l("region=eu-west-1")
    .l("")
    .l("[mfa-session]")
    .l(`aws_access_key_id = ${t1}`, P("aws-temporary-access-key-id", t1))
    .l(`aws_secret_access_key = ${ts1}`, P("aws-secret-access-key", ts1))
    .l(`aws_session_token = ${tok1}`, P("aws-session-token", tok1))
    .l("# expires 2025-06-03T11:42:07Z");
  const roleArn = `arn:aws:iam::${acct2}:role/OrganizationAccountAccessRole`;
  file("home/.aws/config")
    .l("[default]")
    .l("region = us-east-1")
    .l("output = json")
    .l("")
    .l("[profile prod-admin]")
    .l("sso_session = corp")
    .l(`sso_account_id = ${acct2}`, N("aws-account-id", String(acct2)))
    .l("sso_role_name = AdministratorAccess")
    .l("region = us-west-2")
    .l("")
    .l("[profile deployer]")
    .l(`role_arn = ${roleArn}`, N("aws-arn", roleArn))
    .l("source_profile = default")
    .l("")
    .l("[profile vault]")
    .l("credential_process = /usr/local/bin/aws-vault exec ops --json")
    .l("")
    .l("[sso-session corp]")
    .l("sso_start_url = https://d-9067a1b2c3.awsapps.com/start")
    .l("sso_region = us-east-1")
    .l("sso_registration_scopes = sso:account:access");
  const k3 = awsKeyId("AKIA", acct3),
    s3 = awsSecret();
  file("deploy/README.md")
    .l("# Deploying the reporting stack")
    .l("")
    .l("Configure a profile first. The AWS docs show the shape of the values:")
    .l("")
    .l("```")
    .l("$ aws configure --profile example")
    .l(
      "AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE",
      N("aws-documentation-example-key", "AKIAIOSFODNN7EXAMPLE"),
    )
    .l(
      "AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      N("aws-documentation-example-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    )
    .l("Default region name [None]: us-west-2")
    .l("Default output format [None]: json")
    .l("```")
    .l("")
    .l("What I ran on the build box (TODO remove before merging):")
    .l("")
    .l("```")
    .l("$ aws configure")
    .l(`AWS Access Key ID [None]: ${k3}`, P("aws-access-key-id", k3))
    .l(`AWS Secret Access Key [None]: ${s3}`, P("aws-secret-access-key", s3))
    .l("Default region name [None]: ap-southeast-2")
    .l("Default output format [None]: table")
    .l("```")
    .l("")
    .l(`Account: \`${acct3}\` (reporting-prod)`, N("aws-account-id", String(acct3)));
  const at = `aoa${R.str(ALNUM, 6)}${R.bytes(220).toString("base64").replace(/=+$/, "")}:MGUCM${R.bytes(72).toString("base64")}`;
  file(`home/.aws/sso/cache/${crypto.createHash("sha1").update("corp").digest("hex")}.json`)
    .l("{")
    .l('  "startUrl": "https://d-9067a1b2c3.awsapps.com/start",')
    .l('  "region": "us-east-1",')
    .l(`  "accessToken": "${at}",`, P("aws-sso-access-token", at))
    .l('  "expiresAt": "2025-05-14T18:03:22Z"')
    .l("}");
  const t2 = awsKeyId("ASIA", acct2),
    ts2 = awsSecret(),
    tok2 = awsStsLegacyToken();
  file("support/ticket-4412-credential-process.txt")
    .l("Output of `aws-vault exec ops --json` that the credential_process hook returns:")
    .l("")
    .l("{")
    .l('  "Version": 1,')
    .l(`  "AccessKeyId": "${t2}",`, P("aws-temporary-access-key-id", t2))
    .l(`  "SecretAccessKey": "${ts2}",`, P("aws-secret-access-key", ts2))
    .l(`  "SessionToken": "${tok2}",`, P("aws-session-token", tok2))
    .l('  "Expiration": "2025-04-02T09:15:00Z"')
    .l("}");
  const k4 = awsKeyId("AKIA", acct1),
    s4 = awsSecret();
  const inst = `i-0${hex(16)}`,
    vpc = `vpc-0${hex(16)}`,
    bucketArn = `arn:aws:s3:::acme-invoices-${acct1}`;
  file("app/s3_client.py")
    .l("import boto3")
    .l("")
    .l(`BUCKET_ARN = "${bucketArn}"`, N("aws-arn", bucketArn))
    .l(`BASTION_INSTANCE = "${inst}"`, N("aws-resource-id", inst))
    .l(`VPC_ID = "${vpc}"`, N("aws-resource-id", vpc))
    .l("")
    .l("def client():")
    .l("    return boto3.client(")
    .l('        "s3",')
    .l(`        aws_access_key_id="${k4}",`, P("aws-access-key-id", k4))
    .l(`        aws_secret_access_key="${s4}",`, P("aws-secret-access-key", s4))
    .l('        region_name="us-east-1",')
    .l("    )");
  const k5 = awsKeyId("AKIA", acct3),
    s5 = awsSecret();
  file("infra/aws/provider.tf")
    .l('provider "aws" {')
    .l('  region     = "us-east-1"')
    .l(`  access_key = "${k5}"`, P("aws-access-key-id", k5))
    .l(`  secret_key = "${s5}"`, P("aws-secret-access-key", s5))
    .l("}")
    .l("")
    .l('provider "aws" {')
    .l('  alias      = "dr"')
    .l('  region     = "us-west-2"')
    .l("  access_key = var.aws_access_key", N("terraform-variable-reference", "var.aws_access_key"))
    .l("  secret_key = var.aws_secret_key", N("terraform-variable-reference", "var.aws_secret_key"))
    .l("}");
  const k6 = awsKeyId("AKIA", acct2),
    s6 = awsSecret();
  const execRole = `arn:aws:iam::${acct2}:role/ecsTaskExecutionRole`,
    smArn = `arn:aws:secretsmanager:us-east-1:${acct2}:secret:prod/db-${R.str(ALNUM, 6)}`;
  file("ecs/taskdef-worker.json")
    .l("{")
    .l('  "family": "worker",')
    .l(`  "executionRoleArn": "${execRole}",`, N("aws-arn", execRole))
    .l('  "networkMode": "awsvpc",')
    .l('  "containerDefinitions": [')
    .l("    {")
    .l('      "name": "worker",')
    .l(`      "image": "${acct2}.dkr.ecr.us-east-1.amazonaws.com/worker:1.8.2",`)
    .l('      "environment": [')
    .l(`        { "name": "AWS_ACCESS_KEY_ID", "value": "${k6}" },`, P("aws-access-key-id", k6))
    .l(`        { "name": "AWS_SECRET_ACCESS_KEY", "value": "${s6}" },`, P("aws-secret-access-key", s6))
    .l('        { "name": "AWS_REGION", "value": "us-east-1" }')
    .l("      ],")
    .l('      "secrets": [')
    .l(`        { "name": "DB_PASSWORD", "valueFrom": "${smArn}" }`, N("aws-arn", smArn))
    .l("      ]")
    .l("    }")
    .l("  ]")
    .l("}");
  const k7 = awsKeyId("AKIA", acct1),
    s7 = awsSecret();
  file("web/src/lib/uploader.js")
    .l("import { S3Client } from '@aws-sdk/client-s3';")
    .l("")
    .l("export const s3 = new S3Client({")
    .l("  region: 'eu-central-1',")
    .l("  credentials: {")
    .l(`    accessKeyId: '${k7}',`, P("aws-access-key-id", k7))
    .l(`    secretAccessKey: '${s7}',`, P("aws-secret-access-key", s7))
    .l("  },")
    .l("});");
  const ghRole = `arn:aws:iam::${acct1}:role/github-deploy`;
  file(".github/workflows/deploy.yml")
    .l("name: deploy")
    .l("on: { push: { branches: [main] } }")
    .l("jobs:")
    .l("  deploy:")
    .l("    runs-on: ubuntu-latest")
    .l("    steps:")
    .l("      - uses: aws-actions/configure-aws-credentials@v4")
    .l("        with:")
    .l(
      "          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}",
      N("ci-secret-reference", "${{ secrets.AWS_ACCESS_KEY_ID }}"),
    )
    .l(
      "          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
      N("ci-secret-reference", "${{ secrets.AWS_SECRET_ACCESS_KEY }}"),
    )
    .l(`          role-to-assume: ${ghRole}`, N("aws-arn", ghRole))
    .l("          aws-region: us-east-1")
    .l("      - run: heroku container:release web -a acme-api")
    .l("        env:")
    .l(
      "          HEROKU_API_KEY: ${{ secrets.HEROKU_API_KEY }}",
      N("ci-secret-reference", "${{ secrets.HEROKU_API_KEY }}"),
    );
  const kb1 = kmsBlob(),
    kb2 = kmsBlob(),
    sg = `sg-0${hex(16)}`,
    ami = `ami-0${hex(16)}`,
    subnet = `subnet-0${hex(16)}`;
  file("infra/aws/encrypted.auto.tfvars")
    .l("# values are KMS ciphertext blobs (aws kms encrypt ... --output text --query CiphertextBlob)")
    .l(`db_password_enc = "${kb1}"`, N("aws-kms-ciphertext", kb1))
    .l(`api_secret_enc  = "${kb2}"`, N("aws-kms-ciphertext", kb2))
    .l(`security_group  = "${sg}"`, N("aws-resource-id", sg))
    .l(`ami             = "${ami}"`, N("aws-resource-id", ami))
    .l(`subnet          = "${subnet}"`, N("aws-resource-id", subnet));
}

// =============================================================== GCP
const gproj = `${R.pick(["acme-analytics", "orbit-payments", "tidal-ml"])}-${100000 + R.int(900000)}`;
const gprojNum = digits(12);
const apiKey = () => `AIzaSy${R.str(B64URL, 33)}`;
const gClientId = () => `${gprojNum}-${R.str(LO + DIG, 32)}.apps.googleusercontent.com`;
{
  const rk = rsaKey();
  const pkid = hex(40);
  const cid = digits(21);
  const esc = JSON.stringify(`${rk.pem}\n`).slice(1, -1);
  file(`gcp/keys/${gproj}-${pkid.slice(0, 12)}.json`)
    .l("{")
    .l('  "type": "service_account",')
    .l(`  "project_id": "${gproj}",`, N("gcp-project-id", gproj))
    .l(`  "private_key_id": "${pkid}",`, N("gcp-private-key-id", pkid))
    .l(`  "private_key": "${esc}",`, P("gcp-service-account-private-key", esc, `${rk.pem}\n`))
    .l(`  "client_email": "ci-deployer@${gproj}.iam.gserviceaccount.com",`)
    .l(`  "client_id": "${cid}",`)
    .l('  "auth_uri": "https://accounts.google.com/o/oauth2/auth",')
    .l('  "token_uri": "https://oauth2.googleapis.com/token",')
    .l('  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",')
    .l(
      `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ci-deployer%40${gproj}.iam.gserviceaccount.com",`,
    )
    .l('  "universe_domain": "googleapis.com"')
    .l("}");
  const a1 = apiKey();
  file("android/app/src/release/res/values/google_maps_api.xml")
    .l('<?xml version="1.0" encoding="utf-8"?>')
    .l("<resources>")
    .l("    <!-- restricted to com.acme.rider, SHA-1 of the upload key -->")
    .l(
      `    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">${a1}</string>`,
      P("gcp-api-key", a1),
    )
    .l("</resources>");
  const a2 = apiKey(),
    ocid = gClientId(),
    appid = `1:${gprojNum}:android:${hex(22)}`;
  file("android/app/google-services.json")
    .l("{")
    .l('  "project_info": {')
    .l(`    "project_number": "${gprojNum}",`, N("gcp-project-number", gprojNum))
    .l(`    "project_id": "${gproj}",`, N("gcp-project-id", gproj))
    .l(`    "storage_bucket": "${gproj}.appspot.com"`)
    .l("  },")
    .l('  "client": [')
    .l("    {")
    .l('      "client_info": {')
    .l(`        "mobilesdk_app_id": "${appid}",`)
    .l('        "android_client_info": { "package_name": "com.acme.rider" }')
    .l("      },")
    .l('      "oauth_client": [')
    .l(`        { "client_id": "${ocid}", "client_type": 3 }`, N("gcp-oauth-client-id", ocid))
    .l("      ],")
    .l('      "api_key": [')
    .l(`        { "current_key": "${a2}" }`, P("gcp-api-key", a2))
    .l("      ]")
    .l("    }")
    .l("  ],")
    .l('  "configuration_version": "1"')
    .l("}");
  const a3 = apiKey(),
    icid = gClientId();
  file("ios/Rider/GoogleService-Info.plist")
    .l('<?xml version="1.0" encoding="UTF-8"?>')
    .l(
      '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    )
    .l('<plist version="1.0">')
    .l("<dict>")
    .l("\t<key>CLIENT_ID</key>")
    .l(`\t<string>${icid}</string>`, N("gcp-oauth-client-id", icid))
    .l("\t<key>API_KEY</key>")
    .l(`\t<string>${a3}</string>`, P("gcp-api-key", a3))
    .l("\t<key>GCM_SENDER_ID</key>")
    .l(`\t<string>${gprojNum}</string>`, N("gcp-project-number", gprojNum))
    .l("\t<key>BUNDLE_ID</key>")
    .l("\t<string>com.acme.rider</string>")
    .l("\t<key>PROJECT_ID</key>")
    .l(`\t<string>${gproj}</string>`, N("gcp-project-id", gproj))
    .l("</dict>")
    .l("</plist>");
  const a4 = apiKey();
  file("server/geo/geocode.go")
    .l("package geo")
    .l("")
    .l('import "googlemaps.github.io/maps"')
    .l("")
    .l("// TODO: move to Secret Manager")
    .l(`const mapsKey = "${a4}"`, P("gcp-api-key", a4))
    .l("")
    .l("func NewClient() (*maps.Client, error) {")
    .l("\treturn maps.NewClient(maps.WithAPIKey(mapsKey))")
    .l("}");
  file("docs/maps-setup.md")
    .l("## Maps setup")
    .l("")
    .l("Create a key in the console and pass it as `key=YOUR_API_KEY`:")
    .l("")
    .l(
      "    https://maps.googleapis.com/maps/api/js?key=YOUR_API_KEY&callback=initMap",
      N("documentation-placeholder", "YOUR_API_KEY"),
    );
  const cs = `GOCSPX-${R.str(B64URL, 28)}`,
    wcid = gClientId();
  file(`gcp/client_secret_${wcid.replace(".apps.googleusercontent.com", "")}.json`).l(
    JSON.stringify({
      web: {
        client_id: wcid,
        project_id: gproj,
        auth_uri: "https://accounts.google.com/o/oauth2/auth",
        token_uri: "https://oauth2.googleapis.com/token",
        auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
        client_secret: cs,
        redirect_uris: ["https://app.example.com/oauth2/callback"],
      },
    }),
    P("gcp-oauth-client-secret", cs),
    N("gcp-oauth-client-id", wcid),
  );
  const cs2 = `GOCSPX-${R.str(B64URL, 28)}`,
    rt = `1//0${R.str(B64URL, 99)}`,
    acid = gClientId();
  file("home/.config/gcloud/application_default_credentials.json")
    .l("{")
    .l(`  "account": "",`)
    .l(`  "client_id": "${acid}",`, N("gcp-oauth-client-id", acid))
    .l(`  "client_secret": "${cs2}",`, P("gcp-oauth-client-secret", cs2))
    .l(`  "quota_project_id": "${gproj}",`)
    .l(`  "refresh_token": "${rt}",`, P("gcp-oauth-refresh-token", rt))
    .l('  "type": "authorized_user",')
    .l('  "universe_domain": "googleapis.com"')
    .l("}");
  const ya = `ya29.a0${R.str(B64URL, 240)}`;
  file("scripts/list-buckets.sh")
    .l("#!/usr/bin/env bash")
    .l("# token from `gcloud auth print-access-token`, valid ~1h")
    .l("set -euo pipefail")
    .l(`curl -sS -H "Authorization: Bearer ${ya}" \\`, P("gcp-oauth-access-token", ya))
    .l(`  "https://storage.googleapis.com/storage/v1/b?project=${gproj}"`);
}

// =============================================================== Azure
const tenant = uuid(),
  sub = uuid();
{
  const stKey = identKey(88, 76, "+ASt", SEEDS.storage, 2),
    sbKey = identKey(44, 33, "+ASb", SEEDS.sbManage, 1);
  const cosKey = identKey(88, 76, "ACDb", SEEDS.cosmosRW, 2),
    cliSec = aadSecret(),
    aiKey = uuid(),
    clientId = uuid();
  file("src/Api/appsettings.Production.json")
    .l("{")
    .l('  "ConnectionStrings": {')
    .l(
      `    "Blob": "DefaultEndpointsProtocol=https;AccountName=stcontosoprod01;AccountKey=${stKey};EndpointSuffix=core.windows.net",`,
      P("azure-storage-account-key", stKey),
    )
    .l(
      `    "Bus": "Endpoint=sb://contoso-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sbKey}",`,
      P("azure-service-bus-shared-access-key", sbKey),
    )
    .l(
      `    "Cosmos": "AccountEndpoint=https://contoso-catalog.documents.azure.com:443/;AccountKey=${cosKey};"`,
      P("azure-cosmosdb-account-key", cosKey),
    )
    .l("  },")
    .l('  "ApplicationInsights": {')
    .l(
      `    "ConnectionString": "InstrumentationKey=${aiKey};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/"`,
      N("azure-appinsights-instrumentation-key", aiKey),
    )
    .l("  },")
    .l('  "AzureAd": {')
    .l('    "Instance": "https://login.microsoftonline.com/",')
    .l(`    "TenantId": "${tenant}",`, N("azure-tenant-id", tenant))
    .l(`    "ClientId": "${clientId}",`, N("azure-client-id", clientId))
    .l(`    "ClientSecret": "${cliSec}"`, P("azure-ad-client-secret", cliSec))
    .l("  }")
    .l("}");
  const ehKey = identKey(44, 33, "+AEh", SEEDS.sbManage, 1);
  const azurite = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
  file("functions/local.settings.json")
    .l("{")
    .l('  "IsEncrypted": false,')
    .l('  "Values": {')
    .l(
      '    "AzureWebJobsStorage": "UseDevelopmentStorage=true",',
      N("azure-development-storage-shortcut", "UseDevelopmentStorage=true"),
    )
    .l(
      `    "BlobLocal": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${azurite};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",`,
      N("azure-azurite-published-key", azurite),
    )
    .l('    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",')
    .l(
      `    "TelemetryHub": "Endpoint=sb://contoso-telemetry.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${ehKey};EntityPath=device-events"`,
      P("azure-event-hubs-shared-access-key", ehKey),
    )
    .l("  }")
    .l("}");
  const spPwd = aadSecret(),
    appId = uuid();
  file("ops/sp-github-actions.json")
    .l("{")
    .l(`  "appId": "${appId}",`, N("azure-client-id", appId))
    .l('  "displayName": "sp-github-actions-prod",')
    .l(`  "password": "${spPwd}",`, P("azure-ad-client-secret", spPwd))
    .l(`  "tenant": "${tenant}"`, N("azure-tenant-id", tenant))
    .l("}");
  const legSt = R.bytes(64).toString("base64"),
    legCos = R.bytes(64).toString("base64"),
    legCli = `${R.str(AAD_SET, 3)}7Q~${R.str(AAD_SET, 31)}`;
  file("deploy/azure.env")
    .l(`AZURE_SUBSCRIPTION_ID=${sub}`, N("azure-subscription-id", sub))
    .l(`AZURE_TENANT_ID=${tenant}`, N("azure-tenant-id", tenant))
    .l(`AZURE_CLIENT_SECRET=${legCli}`, P("azure-ad-client-secret", legCli))
    .l("AZURE_STORAGE_ACCOUNT=stlegacyarchive", N("azure-storage-account-name", "stlegacyarchive"))
    .l(`AZURE_STORAGE_KEY=${legSt}`, P("azure-storage-account-key", legSt))
    .l(`COSMOS_KEY=${legCos}`, P("azure-cosmosdb-account-key", legCos));
  const sig = R.bytes(32).toString("base64"),
    sigEnc = encodeURIComponent(sig);
  file("docs/data-share.md")
    .l("# Sharing the nightly export")
    .l("")
    .l("Partner download link (valid to end of quarter):")
    .l("")
    .l(
      `https://stcontosoexport.blob.core.windows.net/nightly/export.parquet?sp=r&st=2025-04-01T00:00:00Z&se=2025-06-30T23:59:59Z&spr=https&sv=2022-11-02&sr=b&sig=${sigEnc}`,
      P("azure-sas-signature", sigEnc, sig),
    )
    .l("")
    .l("Older link from the wiki (signature removed):")
    .l("")
    .l(
      "https://stcontosoexport.blob.core.windows.net/nightly?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-01-01T00:00:00Z&spr=https&sig=REDACTED",
      N("azure-sas-redacted", "sig=REDACTED"),
    )
    .l("")
    .l(
      "Template from the docs: `https://<account>.blob.core.windows.net/<container>?<sas-token>`",
      N("documentation-placeholder", "<sas-token>"),
    )
    .l("")
    .l(
      "Connection string shape: `DefaultEndpointsProtocol=https;AccountName=<storage-account-name>;AccountKey=<storage-account-key>`",
      N("documentation-placeholder", "<storage-account-key>"),
    );
  const upwd = R.str(ALNUM, 60);
  file("publish/contoso-api.PublishSettings")
    .l("<publishData>")
    .l(
      `  <publishProfile profileName="contoso-api - Web Deploy" publishMethod="MSDeploy" publishUrl="contoso-api.scm.azurewebsites.net:443" msdeploySite="contoso-api" userName="$contoso-api" userPWD="${upwd}" destinationAppUrl="https://contoso-api.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites">`,
      P("azure-publish-profile-password", upwd),
    )
    .l("    <databases />")
    .l("  </publishProfile>")
    .l(
      `  <publishProfile profileName="contoso-api - FTP" publishMethod="FTP" publishUrl="ftps://waws-prod-am2-517.ftp.azurewebsites.windows.net/site/wwwroot" ftpPassiveMode="True" userName="contoso-api\\$contoso-api" userPWD="${upwd}" destinationAppUrl="https://contoso-api.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites">`,
      P("azure-publish-profile-password", upwd),
    )
    .l("    <databases />")
    .l("  </publishProfile>")
    .l("</publishData>");
  const pat52 = adoLegacyPat(),
    pat84 = adoCaskPat();
  file("scripts/mirror-repos.sh")
    .l("#!/bin/sh")
    .l("# mirror the ADO repos to the backup host nightly")
    .l(
      `git clone --mirror https://build:${pat52}@dev.azure.com/contoso/Platform/_git/platform-core`,
      P("azure-devops-pat", pat52),
    )
    .l("git -C platform-core.git push --mirror backup:platform-core.git");
  file("nuget.config")
    .l('<?xml version="1.0" encoding="utf-8"?>')
    .l("<configuration>")
    .l("  <packageSources>")
    .l(
      '    <add key="contoso" value="https://pkgs.dev.azure.com/contoso/_packaging/internal/nuget/v3/index.json" />',
    )
    .l("  </packageSources>")
    .l("  <packageSourceCredentials>")
    .l("    <contoso>")
    .l('      <add key="Username" value="az" />')
    .l(`      <add key="ClearTextPassword" value="${pat84}" />`, P("azure-devops-pat", pat84))
    .l("    </contoso>")
    .l("  </packageSourceCredentials>")
    .l("</configuration>");
  file("azure-pipelines.yml")
    .l("trigger: [main]")
    .l("pool: { vmImage: ubuntu-latest }")
    .l("steps:")
    .l(
      "  - script: git push https://$(System.AccessToken)@dev.azure.com/contoso/Platform/_git/platform-core HEAD:release",
      N("ci-secret-reference", "$(System.AccessToken)"),
    )
    .l("    env:")
    .l(
      "      AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)",
      N("ci-secret-reference", "$(System.AccessToken)"),
    );
  const acr = identKey(52, 42, "+ACR", SEEDS.acr, 0);
  file("scripts/acr-push.sh")
    .l("#!/usr/bin/env bash")
    .l("set -e")
    .l(
      `docker login contosoacr.azurecr.io --username contosoacr --password ${acr}`,
      P("azure-container-registry-password", acr),
    )
    .l("docker push contosoacr.azurecr.io/api:${GIT_SHA}");
  const tfSec = aadSecret(),
    tfCid = uuid();
  file("infra/azure/main.tf")
    .l('provider "azurerm" {')
    .l("  features {}")
    .l(`  subscription_id = "${sub}"`, N("azure-subscription-id", sub))
    .l(`  tenant_id       = "${tenant}"`, N("azure-tenant-id", tenant))
    .l(`  client_id       = "${tfCid}"`, N("azure-client-id", tfCid))
    .l(`  client_secret   = "${tfSec}"`, P("azure-ad-client-secret", tfSec))
    .l("}")
    .l("")
    .l('provider "azurerm" {')
    .l('  alias           = "shared"')
    .l("  features {}")
    .l(
      "  client_secret   = var.shared_client_secret",
      N("terraform-variable-reference", "var.shared_client_secret"),
    )
    .l("}")
    .l("")
    .l('resource "azurerm_storage_account" "logs" {')
    .l('  name                     = "stcontosologs001"', N("azure-storage-account-name", "stcontosologs001"))
    .l('  resource_group_name      = "rg-platform"')
    .l('  location                 = "westeurope"')
    .l('  account_tier             = "Standard"')
    .l('  account_replication_type = "LRS"')
    .l("}")
    .l("")
    .l('resource "azurerm_application_insights" "api" {')
    .l('  name             = "appi-contoso-api"')
    .l('  location         = "westeurope"')
    .l('  resource_group_name = "rg-platform"')
    .l('  application_type = "web"')
    .l("}")
    .l("# instrumentation key of the existing component, safe to share:")
    .l(`# ${uuid()}`);
  // last line is an App Insights key in a comment -> negative
  const last = files.get("infra/azure/main.tf");
  const aik2 = last[last.length - 1].slice(2);
  labels.push({
    file: "infra/azure/main.tf",
    line: last.length,
    ...N("azure-appinsights-instrumentation-key", aik2),
  });
}

// =============================================================== Alibaba, Tencent, Huawei
{
  const ak = `LTAI5t${R.str(ALNUM, 18)}`,
    sk = R.str(ALNUM, 30);
  file("home/.aliyun/config.json")
    .l("{")
    .l('\t"current": "default",')
    .l('\t"profiles": [')
    .l("\t\t{")
    .l('\t\t\t"name": "default",')
    .l('\t\t\t"mode": "AK",')
    .l(`\t\t\t"access_key_id": "${ak}",`, P("alibaba-access-key-id", ak))
    .l(`\t\t\t"access_key_secret": "${sk}",`, P("alibaba-access-key-secret", sk))
    .l('\t\t\t"region_id": "cn-hangzhou",')
    .l('\t\t\t"output_format": "json",')
    .l('\t\t\t"language": "en"')
    .l("\t\t}")
    .l("\t],")
    .l('\t"meta_path": ""')
    .l("}");
  const ak2 = `LTAI5t${R.str(ALNUM, 18)}`,
    sk2 = R.str(ALNUM, 30);
  file("jobs/oss_upload.py")
    .l("import oss2")
    .l("")
    .l(
      `auth = oss2.Auth("${ak2}", "${sk2}")`,
      P("alibaba-access-key-id", ak2),
      P("alibaba-access-key-secret", sk2),
    )
    .l('bucket = oss2.Bucket(auth, "https://oss-cn-shanghai.aliyuncs.com", "media-cdn-origin")');
  const tid = `AKID${R.str(ALNUM, 32)}`,
    tkey = R.str(ALNUM, 32);
  file("home/.tccli/default.credential")
    .l("{")
    .l(`    "secretId": "${tid}",`, P("tencent-secret-id", tid))
    .l(`    "secretKey": "${tkey}"`, P("tencent-secret-key", tkey))
    .l("}");
  const tid2 = `AKID${R.str(ALNUM, 32)}`,
    tkey2 = R.str(ALNUM, 32);
  file("infra/tencent/provider.tf")
    .l('provider "tencentcloud" {')
    .l(`  secret_id  = "${tid2}"`, P("tencent-secret-id", tid2))
    .l(`  secret_key = "${tkey2}"`, P("tencent-secret-key", tkey2))
    .l('  region     = "ap-guangzhou"')
    .l("}");
  const hak = R.str(UP + DIG, 20),
    hsk = R.str(ALNUM, 40);
  file("downloads/credentials.csv")
    .l("User Name,Access Key Id,Secret Access Key")
    .l(`obs-sync,${hak},${hsk}`, P("huawei-access-key-id", hak), P("huawei-secret-access-key", hsk));
  const hak2 = R.str(UP + DIG, 20),
    hsk2 = R.str(ALNUM, 40);
  file("jobs/obs_sync.py")
    .l("from obs import ObsClient")
    .l("")
    .l("client = ObsClient(")
    .l(`    access_key_id="${hak2}",`, P("huawei-access-key-id", hak2))
    .l(`    secret_access_key="${hsk2}",`, P("huawei-secret-access-key", hsk2))
    .l('    server="https://obs.ap-southeast-1.myhuaweicloud.com",')
    .l(")");
}

// =============================================================== Oracle, IBM
{
  const rk = rsaKey();
  const user = `ocid1.user.oc1..aaaaaaaa${R.str("abcdefghijklmnopqrstuvwxyz234567", 52)}`,
    ten = `ocid1.tenancy.oc1..aaaaaaaa${R.str("abcdefghijklmnopqrstuvwxyz234567", 52)}`;
  file("home/.oci/config")
    .l("[DEFAULT]")
    .l(`user=${user}`, N("oci-ocid", user))
    .l(`fingerprint=${rk.md5}`, N("oci-key-fingerprint", rk.md5))
    .l(`tenancy=${ten}`, N("oci-ocid", ten))
    .l("region=eu-frankfurt-1")
    .l("key_file=~/.oci/oci_api_key.pem");
  file("home/.oci/oci_api_key.pem").l(rk.pem, P("oci-api-signing-private-key", rk.pem)).l("OCI_API_KEY");
  const ibm = R.str(B64URL, 44),
    ibm2 = R.str(B64URL, 44);
  file("ibm/apikey.json")
    .l("{")
    .l('  "name": "terraform-ci",')
    .l('  "description": "created by ibmcloud iam api-key-create",')
    .l('  "createdAt": "2025-02-11T10:21+0000",')
    .l(`  "apikey": "${ibm}"`, P("ibm-cloud-api-key", ibm))
    .l("}");
  file("ibm/.env").l("IC_REGION=eu-de").l(`IBMCLOUD_API_KEY=${ibm2}`, P("ibm-cloud-api-key", ibm2));
}

// =============================================================== DigitalOcean, Linode, Hetzner, Vultr, Scaleway, OVH
{
  const d1 = `dop_v1_${hex(64)}`,
    d2 = `dop_v1_${hex(64)}`;
  file("home/.config/doctl/config.yaml")
    .l(`access-token: ${d1}`, P("digitalocean-personal-access-token", d1))
    .l("context: default")
    .l("output: text");
  file("infra/do/terraform.tfvars")
    .l(`do_token = "${d2}"`, P("digitalocean-personal-access-token", d2))
    .l('region   = "fra1"');
  file("docs/do-api.md")
    .l("```sh")
    .l(
      'curl -X GET -H "Authorization: Bearer $DIGITALOCEAN_TOKEN" "https://api.digitalocean.com/v2/droplets"',
      N("documentation-placeholder", "$DIGITALOCEAN_TOKEN"),
    )
    .l("```");
  const lin = hex(64);
  file("home/.config/linode-cli")
    .l("[DEFAULT]")
    .l("default-user = ops-team")
    .l("")
    .l("[ops-team]")
    .l(`token = ${lin}`, P("linode-personal-access-token", lin))
    .l("region = eu-central")
    .l("type = g6-standard-2");
  const hz = R.str(ALNUM, 64);
  file("home/.config/hcloud/cli.toml")
    .l('active_context = "prod"')
    .l("")
    .l("[[contexts]]")
    .l('  name = "prod"')
    .l(`  token = "${hz}"`, P("hetzner-cloud-api-token", hz));
  const vu = R.str(UP + DIG, 36);
  file("home/.vultr-cli.yaml").l(`api-key: ${vu}`, P("vultr-api-key", vu));
  const scwA = `SCW${R.str(UP + DIG, 17)}`,
    scwS = uuid(),
    org = uuid(),
    prj = uuid();
  file("home/.config/scw/config.yaml")
    .l(`access_key: ${scwA}`, P("scaleway-access-key", scwA))
    .l(`secret_key: ${scwS}`, P("scaleway-secret-key", scwS))
    .l(`default_organization_id: ${org}`, N("scaleway-organization-id", org))
    .l(`default_project_id: ${prj}`, N("scaleway-project-id", prj))
    .l("default_region: fr-par")
    .l("default_zone: fr-par-1");
  const ovhAk = R.str(ALNUM, 16),
    ovhAs = R.str(ALNUM, 32),
    ovhCk = R.str(ALNUM, 32);
  file("ovh.conf")
    .l("[default]")
    .l("endpoint=ovh-eu")
    .l("")
    .l("[ovh-eu]")
    .l(`application_key=${ovhAk}`)
    .l(`application_secret=${ovhAs}`, P("ovh-application-secret", ovhAs))
    .l(`consumer_key=${ovhCk}`, P("ovh-consumer-key", ovhCk));
}

// =============================================================== Cloudflare, Heroku, Fly.io
{
  const cft = R.str(B64URL, 40),
    gk = hex(37),
    zone = hex(32),
    acc = hex(32);
  file("edge/.env")
    .l(`CLOUDFLARE_API_TOKEN=${cft}`, P("cloudflare-api-token", cft))
    .l("CLOUDFLARE_EMAIL=webmaster@contoso.example")
    .l(`CLOUDFLARE_API_KEY=${gk}`, P("cloudflare-global-api-key", gk))
    .l(`CLOUDFLARE_ZONE_ID=${zone}`, N("cloudflare-zone-id", zone))
    .l(`CLOUDFLARE_ACCOUNT_ID=${acc}`, N("cloudflare-account-id", acc));
  const oca = `v1.0-${hex(24)}-${hex(146)}`;
  file("k8s/origin-ca-issuer-secret.yaml")
    .l("apiVersion: v1")
    .l("kind: Secret")
    .l("metadata:")
    .l("  name: origin-ca-key")
    .l("  namespace: cert-manager")
    .l("type: Opaque")
    .l("stringData:")
    .l(`  key: ${oca}`, P("cloudflare-origin-ca-key", oca));
  const tsec = R.bytes(32).toString("base64"),
    tid = uuid();
  file(`home/.cloudflared/${tid}.json`).l(
    `{"AccountTag":"${acc}","TunnelSecret":"${tsec}","TunnelID":"${tid}","Endpoint":""}`,
    N("cloudflare-account-id", acc),
    P("cloudflare-tunnel-secret", tsec),
    N("cloudflare-tunnel-id", tid),
  );
  file("edge/wrangler.toml")
    .l('name = "edge-router"')
    .l('main = "src/index.ts"')
    .l('compatibility_date = "2025-03-01"')
    .l(`account_id = "${acc}"`, N("cloudflare-account-id", acc))
    .l("# set the token with: wrangler secret put API_TOKEN  (never commit it)")
    .l("[vars]")
    .l('UPSTREAM = "https://origin.contoso.example"');
  const hk = `HRKU-AA${R.str(B64URL, 58)}`,
    hkLegacy = uuid(),
    appIdH = uuid();
  file("home/.netrc")
    .l("machine api.heroku.com")
    .l("  login deploy@contoso.example")
    .l(`  password ${hk}`, P("heroku-api-key", hk))
    .l("machine git.heroku.com")
    .l("  login deploy@contoso.example")
    .l(`  password ${hk}`, P("heroku-api-key", hk));
  file("scripts/heroku-release.sh")
    .l("#!/bin/sh")
    .l(`export HEROKU_API_KEY=${hkLegacy}`, P("heroku-api-key-legacy", hkLegacy))
    .l("heroku container:push web -a acme-api && heroku container:release web -a acme-api");
  file("docs/heroku-app.json")
    .l("{")
    .l(`  "id": "${appIdH}",`, N("heroku-app-id", appIdH))
    .l('  "name": "acme-api",')
    .l('  "stack": { "name": "heroku-24" },')
    .l('  "region": { "name": "eu" }')
    .l("}");
  const fo = `fo1_${R.str(B64URL, 43)}`,
    fm = `fm2_${R.bytes(160 + R.int(60)).toString("base64")}`;
  file("fly/deploy.sh")
    .l("#!/usr/bin/env bash")
    .l(`FLY_API_TOKEN=${fo} flyctl deploy --remote-only`, P("flyio-access-token", fo));
  file("fly/.env.ci").l(`FLY_API_TOKEN="FlyV1 ${fm}"`, P("flyio-macaroon-token", fm)).l("FLY_APP=acme-edge");
}

// ---------------------------------------------------------------- write + self-check
fs.rmSync(OUT, { recursive: true, force: true });
fs.rmSync(path.join(HERE, "labels.json"), { force: true });
for (const [p, lines] of files) {
  const full = path.join(OUT, p);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, `${lines.join("\n")}\n`);
}
labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(path.join(HERE, "labels.json"), `${JSON.stringify(labels, null, 2)}\n`);

let bad = 0;
const fail = (m) => {
  bad++;
  console.error("SELF-CHECK FAIL:", m);
};
for (const lb of labels) {
  const txt = fs.readFileSync(path.join(OUT, lb.file), "utf8");
  const ls = txt.split("\n");
  if (lb.line < 1 || lb.line > ls.length) {
    fail(`${lb.file}:${lb.line} out of range`);
    continue;
  }
  const start = ls.slice(0, lb.line - 1).reduce((a, s) => a + s.length + 1, 0),
    end = start + ls[lb.line - 1].length;
  const at = txt.indexOf(lb.secret, start);
  if (at < 0 || at > end) fail(`${lb.file}:${lb.line} ${lb.type} not found on its line`);
}
// format / checksum assertions on positives
const chk = (cond, m) => {
  if (!cond) fail(m);
};
for (const lb of labels.filter((x) => x.positive)) {
  const s = lb.secret;
  switch (lb.type) {
    case "aws-access-key-id":
      chk(/^AKIA[A-Z2-7]{16}$/.test(s) && String(awsAccountOf(s)).length === 12, `akia ${s}`);
      break;
    case "aws-temporary-access-key-id":
      chk(/^ASIA[A-Z2-7]{16}$/.test(s), `asia ${s}`);
      break;
    case "aws-secret-access-key":
      chk(/^[A-Za-z0-9+/]{40}$/.test(s), `aws secret ${s}`);
      break;
    case "azure-storage-account-key":
      chk(
        s.length === 88 && (!s.includes("+ASt") || validateIdentKey(s, SEEDS.storage, "+ASt")),
        `storage ${s}`,
      );
      break;
    case "azure-cosmosdb-account-key":
      chk(
        s.length === 88 && (!s.includes("ACDb") || validateIdentKey(s, SEEDS.cosmosRW, "ACDb")),
        `cosmos ${s}`,
      );
      break;
    case "azure-service-bus-shared-access-key":
      chk(validateIdentKey(s, SEEDS.sbManage, "+ASb"), `sb ${s}`);
      break;
    case "azure-event-hubs-shared-access-key":
      chk(validateIdentKey(s, SEEDS.sbManage, "+AEh"), `eh ${s}`);
      break;
    case "azure-container-registry-password":
      chk(
        /^[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5}$/.test(s) && validateIdentKey(s, SEEDS.acr, "+ACR"),
        `acr ${s}`,
      );
      break;
    case "azure-ad-client-secret":
      chk(s.substr(3, 3) === "7Q~" ? s.length === 37 : validateAad(s), `aad ${s}`);
      break;
    case "azure-devops-pat":
      chk(s.length === 52 ? /^[a-z2-7]{52}$/.test(s) && validateAdoLegacy(s) : validateCask(s), `ado ${s}`);
      break;
    case "gcp-api-key":
      chk(/^AIza[0-9A-Za-z_-]{35}$/.test(s), `aiza ${s}`);
      break;
    case "gcp-oauth-client-secret":
      chk(/^GOCSPX-[A-Za-z0-9_-]{28}$/.test(s), `gocspx ${s}`);
      break;
    case "gcp-service-account-private-key":
      chk(!!crypto.createPrivateKey(lb.decoded), "pem");
      break;
    case "oci-api-signing-private-key":
      chk(!!crypto.createPrivateKey(s), "pem");
      break;
    case "alibaba-access-key-id":
      chk(/^LTAI[A-Za-z0-9]{20}$/.test(s), `ltai ${s}`);
      break;
    case "tencent-secret-id":
      chk(/^AKID[A-Za-z0-9]{32}$/.test(s), `akid ${s}`);
      break;
    case "digitalocean-personal-access-token":
      chk(/^dop_v1_[a-f0-9]{64}$/.test(s), `do ${s}`);
      break;
    case "cloudflare-origin-ca-key":
      chk(/^v1\.0-[a-f0-9]{24}-[a-f0-9]{146}$/.test(s), `oca ${s}`);
      break;
    case "heroku-api-key":
      chk(/^HRKU-AA[0-9A-Za-z_-]{58}$/.test(s), `hrku ${s}`);
      break;
    case "flyio-access-token":
      chk(/^fo1_[\w-]{43}$/.test(s), `fo1 ${s}`);
      break;
    case "scaleway-access-key":
      chk(/^SCW[A-Z0-9]{17}$/.test(s), `scw ${s}`);
      break;
  }
}
// decoy sanity: no positive secret should equal a negative one
const negSet = new Set(labels.filter((x) => !x.positive).map((x) => x.secret));
for (const lb of labels.filter((x) => x.positive))
  chk(!negSet.has(lb.secret), `positive equals negative ${lb.secret}`);
const pos = labels.filter((x) => x.positive).length;
console.log(
  `seed=${JSON.stringify(SEED)} files=${files.size} labels=${labels.length} positives=${pos} negatives=${labels.length - pos} self-check=${bad ? `FAILED (${bad})` : "ok"}`,
);
if (bad) process.exit(1);
